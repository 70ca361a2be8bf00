"""Appointments: the verbs that lead from a name to the post it is given or holds
(``được bổ nhiệm giữ chức``, ``được bầu làm``, ``giữ chức``), and the post a repeat mention
is appointed to."""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_careers import CAREER_CUE
from justicekg.extract.position_chains import HONORIFIC
from justicekg.extract.position_details import term_dates
from justicekg.extract.title_orgs import org_after_title, resolve_title_org

#: from a name (or its aside) to the title it is given: "… đã được Thủ tướng bổ nhiệm Thứ
#: trưởng", "được bầu giữ chức", "giữ chức", "đều là"
APPOINT = re.compile(
    # "… đã được Thủ tướng (Chính phủ) bổ nhiệm Thứ trưởng": the appointing office may be named
    r"\s*,?\s*(?:đã\s+)?(?:chính thức\s+)?"
    r"(?:được\s+(?:(?:Thủ tướng|Bộ trưởng|Chủ tịch|Quốc hội)(?:\s+[A-ZĐ]\w*){0,3}\s+)?)?"
    r"(?:(?:(?:điều động|bổ nhiệm lại|bổ nhiệm|phân công|chỉ định)[, ]*)+"
    r"(?:(?:giữ chức vụ|giữ chức|làm)\s+)?"
    # "được tín nhiệm (tái) bầu làm Bí thư …", "được bầu giữ chức Chủ tịch …"
    r"|(?:(?:tín nhiệm|tín nhiệm cao)\s+)?(?:tái\s+)?bầu(?:\s+lại)?"
    r"\s+(?:giữ chức vụ|giữ chức|làm)\s+"
    r"|(?:giữ chức vụ|giữ chức|sang làm|làm|đảm nhiệm|về làm)\s+"
    r"|(?:đều|cùng)\s+(?:là|giữ chức)\s+"  # "A, B, đều là Thư ký …": each of them
    rf"|{CAREER_CUE})"
)

_APPOINT_VERB = re.compile(r"giữ chức|bổ nhiệm|điều động|chỉ định")
_STILL = re.compile(r"[ \t]+(?:còn|cũng|vẫn|đang)(?=[ \t]+giữ[ \t]+chức)")
#: a word of a proposal's span that is a decision's: "của" (of "theo đề nghị của"), "đã",
#: "quyết (định)", "ký", "đồng ý", "thống nhất", "nhất trí"
_DECIDED = (
    r"(?!(?i:của|đã|quyết|ký|theo|sau|khi|đồng[ \t]+ý|thống[ \t]+nhất|nhất[ \t]+trí)(?![\w]))"
)
#: the words that propose an act rather than decide it ("Sở A đề nghị bổ nhiệm …"), and those
#: of them that ask a deciding office to consider it ("trình UBND tỉnh xem xét, …")
PROPOSALS = ("đề nghị", "đề xuất", "dự kiến", "trình")
_ASKING = "đề nghị|trình"
_PROPOSING = "|".join(PROPOSALS)

#: a proposal of the act right before the name: "Sở A đề nghị (UBND tỉnh) bổ nhiệm ông B giữ
#: chức …", "trình UBND tỉnh xem xét, bổ nhiệm ông B làm …" (not "theo đề nghị của Sở A, UBND
#: tỉnh bổ nhiệm ông B", nor after a decision's "quyết định", "đã"); review 14b. "xem xét" is
#: the deciding body's ("đã xem xét, bổ nhiệm", "xem xét và thống nhất bổ nhiệm"): a proposal
#: only when asked for ("đề nghị Chủ tịch UBND tỉnh xem xét, bổ nhiệm") or pending ("UBND tỉnh
#: xem xét bổ nhiệm", review 14 M7); review 15
_PROPOSED = re.compile(
    r"(?<![\w])(?<!quá )(?<!lộ )(?<!chương )(?<!công )"
    rf"(?:(?i:{_PROPOSING})"
    rf"(?:[ \t]+{_DECIDED}[\w/.]+){{0,6}}?"
    rf"|(?i:{_ASKING})"
    rf"(?:[ \t]+{_DECIDED}[\w/.]+){{0,10}}?[ \t]+xem[ \t]+xét"
    # "UBND tỉnh xem xét bổ nhiệm": being considered (not "đã xem xét", "xem xét, bổ nhiệm")
    r"|(?<![Đđ]ã )(?i:xem xét)(?=[ \t]+(?i:bổ nhiệm|điều động)))"
    r"[ \t]*,?[ \t]+(?i:bổ nhiệm|điều động)"  # not "bổ nhiệm lại": the post is held
    rf"[ \t]+(?:{HONORIFIC}[ \t]+)?$"
)


#: a request to consider, right before the act: "đề nghị Chủ tịch UBND tỉnh xem xét, "
_ASKED_TO_CONSIDER = re.compile(
    rf"(?<![\w])(?i:{_ASKING})(?:[ \t]+{_DECIDED}[\w/.]+){{0,10}}?[ \t]+xem[ \t]+xét"
    r"[ \t]*,?[ \t]*$"
)


def is_asked_to_consider(text: str, end: int) -> bool:
    """Whether ``text`` ends at ``end`` with a request to consider (``trình UBND tỉnh xem
    xét``): the act that follows is proposed, not decided.

    >>> is_asked_to_consider("Sở A trình UBND tỉnh xem xét ", 29)
    True
    >>> is_asked_to_consider("UBND tỉnh đã xem xét ", 21)
    False
    """
    return _ASKED_TO_CONSIDER.search(text, max(0, end - 100), end) is not None


def is_proposed(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a proposed, not decided, appointment.

    >>> s = "Sở A đề nghị UBND tỉnh bổ nhiệm ông Bình giữ chức …"
    >>> is_proposed(s, s.index("Bình"))
    True
    >>> s = "Sở A đề nghị bổ nhiệm lại ông Bình giữ chức …"  # reappointed: the post is held
    >>> is_proposed(s, s.index("Bình"))
    False
    >>> s = "Theo đề nghị của Sở A, UBND tỉnh bổ nhiệm ông Bình giữ chức …"
    >>> is_proposed(s, s.index("Bình"))
    False
    >>> s = "UBND tỉnh đã xem xét, bổ nhiệm ông Bình giữ chức …"  # decided
    >>> is_proposed(s, s.index("Bình"))
    False
    """
    return _PROPOSED.search(text, max(0, start - 120), start) is not None


def appointed_after_ref(
    doc: Doc, r: Span, title_at: dict[int, Span], orgs: list[Span]
) -> list[tuple[str, str | None, Span]]:
    """``ông Lực được điều động giữ chức Cục trưởng Cục X``: a post a repeat mention is
    appointed to (an appointment verb required: a bare ``làm`` is a role for the day)."""
    text = doc.text
    if is_proposed(text, r.start):
        return []  # "đề nghị bổ nhiệm ông B giữ chức …": a proposal
    still = _STILL.match(text, r.end)  # "ông B còn giữ chức …"
    app = APPOINT.match(text, still.end() if still else r.end)
    if app is None or not _APPOINT_VERB.search(app.group(0)):
        return []
    t = title_at.get(app.end())
    if t is None:
        return []
    o = org_after_title(text, t, orgs)
    name = o.name if o else resolve_title_org(doc, t, orgs, t.start)
    term_dates(doc, t, o)
    return [(t.name, name, t)]
