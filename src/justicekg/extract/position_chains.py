"""Position chains beyond the title next to a name: chained party roles and shared titles.

A party role with its committee chained by a comma before the title next to a name is the
person's too (``Bí thư Huyện ủy X, Trưởng Ban Chỉ đạo … Name``). Names listed under a plural
title are read in :mod:`.position_lists`, posts set apart by a dash in :mod:`.position_dashes`,
posts given or held away from the name in :mod:`.position_given`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_details import TERM_BEFORE
from justicekg.extract.position_party import committee_of_body
from justicekg.extract.title_orgs import party_committee_of_title, title_body
from justicekg.text.normalize import fold

if TYPE_CHECKING:
    from justicekg.extract.position_mentions import PersonFacts


def _names_body(t: Span) -> bool:
    """A title that names its body (``Ủy viên Trung ương Đảng``) or implies its party
    committee (``Tỉnh ủy viên``)."""
    return title_body(t) is not None or party_committee_of_title(fold(t.name)) is not None


_LEFT_JOIN = re.compile(r"\s*(?:,|và|kiêm)\s*$")
#: a plural before a title: a class of people ("sự tham dự của các Ủy viên Trung ương Đảng, Bộ
#: trưởng … Name"), not the posts of the person named after the chain
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:các|những|Các|Những)[ \t]+$")


def left_chain(
    text: str,
    t: Span,
    orgs: list[Span],
    titles: list[Span],
    title_end: dict[int, Span],
    chain: list[tuple[Span, Span | None]],
) -> None:
    """``Bí thư Huyện ủy X, Trưởng Ban Chỉ đạo … Name``: a party role with its committee
    chained by a comma before the title next to the name is the person's too; so are the
    state posts between such a role and that title (``Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh,
    Trưởng đoàn ĐBQH tỉnh Name``), when the party role opens the chain."""
    pending: list[tuple[Span, Span | None]] = []  # state posts waiting for a party role
    for _ in range(5):
        join = _LEFT_JOIN.search(text, max(0, t.start - 8), t.start)
        if join is None:
            return
        end = join.start()
        term = TERM_BEFORE.search(text, max(0, end - 40), end)
        if term is not None:
            end = term.start()  # "Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng … Name"
        if _lower_committee_left(text, end, title_end, chain):
            return  # "Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh X Name"
        o = next((x for x in orgs if x.end == end), None)
        bare = title_end.get(end)
        if bare is not None and _PLURAL_BEFORE.search(text, max(0, bare.start - 8), bare.start):
            return
        if (
            bare is not None
            and (o is None or o.start >= bare.start)
            and (_names_body(bare) or _party_board_member(bare, chain))
        ):
            # "Bí thư Trung ương Đảng, Chánh Văn phòng … Name", "Tỉnh ủy viên, Giám đốc Sở
            # … Name": a party title that names (or implies) its body
            chain[:0] = [(bare, None), *pending]
            pending = []
            t = bare
            continue
        if o is None:
            return
        ws = len(text[: o.start]) - len(text[: o.start].rstrip())
        prev = title_end.get(o.start - ws)
        if prev is None:
            prev = next((x for x in titles if x.start < o.start < x.end < o.end), None)
        if prev is None:  # "Ủy viên Bộ Chính trị, …": the title ends with its body
            prev = next((x for x in titles if x.start < o.start and x.end == o.end), None)
        if prev is None or _PLURAL_BEFORE.search(text, max(0, prev.start - 8), prev.start):
            return
        if o.data.get("kind") != "party-committee" and not prev.name.lower().startswith(
            ("bí thư", "phó bí thư", "ủy viên")
        ):
            # "có Giám đốc Sở Tư pháp, Phó Chủ tịch UBND tỉnh X": a list, not one person,
            # unless a party role opens the chain further left
            if any(x.start == prev.start for x, _ in pending):
                return
            pending.insert(0, (prev, o))
            t = prev
            continue
        chain[:0] = [(prev, o), *pending]
        pending = []
        t = prev


@gz.derived
def _board_members() -> tuple[frozenset[str], tuple[str, ...]]:
    """A standing board's member written bare ("Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND tỉnh
    X Name", "UVBTVTU, …"): a party role whose committee the chain's next body gives, as on the
    right of a name; and the associations, whose standing boards are their own (read on the
    right of a name only) (data/gazetteers/left_board_members.tsv)."""
    rows = gz.load_rows("left_board_members")
    members = frozenset(fold(r["word"]) for r in rows if r["role"] == "member")
    return members, tuple(r["word"] + " " for r in rows if r["role"] == "own_board")


def _party_board_member(bare: Span, chain: list[tuple[Span, Span | None]]) -> bool:
    """A bare standing board's member before posts of a state body, not of an association."""
    members, associations = _board_members()
    if fold(bare.name) not in members:
        return False
    return not any(
        o is not None and o.name.startswith(associations) and not o.name.startswith("Hội đồng")
        for _, o in chain
    )


#: a provincial party committee written in lower case and bare, ending the text before a joint
_LOWER_COMMITTEE_TAIL = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)$")


def _lower_committee_left(
    text: str, end: int, title_end: dict[int, Span], chain: list[tuple[Span, Span | None]]
) -> bool:
    """``Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh X Name``: a party role with its committee in
    lower case, chained before the posts next to the name, is of the committee of the province
    those posts' bodies name; prepended to ``chain`` (True) when read."""
    m = _LOWER_COMMITTEE_TAIL.search(text, max(0, end - 12), end)
    party = title_end.get(m.start()) if m is not None else None
    if m is None or party is None:
        return False
    if not party.name.lower().startswith(("bí thư", "phó bí thư", "ủy viên")):
        return False
    body = next((o for _, o in chain if o is not None and o.data.get("province")), None)
    name = committee_of_body(text, m.group(1), body) if body is not None else None
    if name is None:
        return False
    party.data["commune_org"] = name
    party.data["commune_org_kind"] = "party-committee"
    chain.insert(0, (party, None))
    return True


_BARE_PARTY_LEFT = re.compile(r"[ \t]+Đảng [uỦủ]y[ \t]*(?:,|và|kiêm)[ \t]*$")


def left_bare_party(
    text: str, t: Span, body: str | None, title_end: dict[int, Span], chain: list[Any]
) -> None:
    """``Bí thư Đảng ủy, Bộ trưởng Name``: a bare party secretary chained before the title next
    to a name is the secretary of the party committee of that title's body."""
    m = _BARE_PARTY_LEFT.search(text, max(0, t.start - 20), t.start)
    if m is None or not body or body.startswith(("Đảng ủy", "Tỉnh ủy", "Thành ủy", "Huyện ủy")):
        return
    prev = title_end.get(m.start())
    if prev is None or not prev.name.lower().startswith(("bí thư", "phó bí thư")):
        return
    prev.data["commune_org"] = "Đảng ủy " + body
    prev.data["commune_org_kind"] = "party-committee"
    # the committee word stays in the title, as in "Name, Bí thư Đảng ủy, Giám đốc Sở …"
    word = " ".join(text[m.start() : m.end()].strip(" \t,").split()[:2])
    prev = Span(prev.start, prev.end, prev.label, f"{prev.name} {word}", prev.rule, prev.data)
    chain.insert(0, (prev, None))


#: "đồng chí", "ông", "bà", "đ/c" before a name
HONORIFIC = r"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)"
#: between two names of a run: a comma or "và", an honorific
_RUN_SEP = re.compile(rf"[ \t]*(?:,|và)[ \t]*(?:{HONORIFIC}[ \t]+)?")
#: what opens a run of names that share one title: a colon or a plural honorific
_RUN_CUE = re.compile(
    rf"(?::|(?<![\w])(?i:các|hai|ba|bốn|năm)[ \t]+(?:đồng chí|ông|bà))[ \t]*"
    rf"(?:{HONORIFIC}[ \t]*)?$"
)


def share_trailing_title(
    doc: Doc,
    persons: list[Span],
    right_title: dict[int, Span],
    chained: set[int],
    people: dict[str, PersonFacts],
    appointed: set[int] | frozenset[int] = frozenset(),
) -> None:
    """``đồng chí: A, B – Phó Cục trưởng``, ``các ông A và B, Phó Giám đốc Sở``: names listed
    with no title of their own, after a colon or a plural honorific, share the title written
    after the last name of the run; so do names joined to one whose title an appointment
    verb introduces (``A và B được bổ nhiệm làm Phó Giám đốc …``) or ``đều là`` follows
    (``A, B, đều là Thư ký …``), cue or not."""
    text = doc.text
    i = 0
    while i < len(persons):
        p = persons[i]
        if p.start in chained:
            i += 1
            continue
        cued = _RUN_CUE.search(text, max(0, p.start - 24), p.start) is not None
        run = [p]
        j = i + 1
        while (
            j < len(persons)
            and persons[j].start not in chained
            and _RUN_SEP.fullmatch(text, run[-1].end, persons[j].start)
        ):
            run.append(persons[j])
            j += 1
        if (
            j < len(persons)
            and persons[j].start in right_title
            and (cued or persons[j].start in appointed)
            and _RUN_SEP.fullmatch(text, run[-1].end, persons[j].start)
        ):
            t = right_title[persons[j].start]
            shared = [x for x in people[persons[j].name].positions if x[2] is t]
            for r in run:
                people[r.name].positions.extend(
                    x for x in shared if x not in people[r.name].positions
                )
        i = j


#: a signature line: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN" (the part after the dot is the title)
_SIGNATURE_PREFIX = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\.?[ \t]+")


def title_line_above(doc: Doc, p: Span) -> Span | None:
    """A signature block: ``PHÓ CHỦ TỊCH`` alone on the line above a name that is alone on
    its own line; the title (sentence-cased) is the signer's."""
    from justicekg.extract.lexicon import lexicon
    from justicekg.extract.recognizers.titles import canonical_title

    text = doc.text
    line_start = text.rfind("\n", 0, p.start) + 1
    line_end = text.find("\n", p.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : p.start].strip() or text[p.end : line_end].strip(" \t|"):
        return None
    if line_start < 2:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].strip(" \t|")
    above = _SIGNATURE_PREFIX.sub("", above)
    if not above or not above.isupper() or len(above) > 40:
        return None
    cased = above.lower()
    cased = cased[:1].upper() + cased[1:]
    m = lexicon().title_re.fullmatch(cased)
    if m is None:
        return None
    key = " ".join(w for w in cased.lower().split() if w not in ("phó", "quyền"))
    head = lexicon().title_head.get(key, "")
    at = text.find(above, above_start)
    return Span(at, at + len(above), "title", canonical_title(cased), "signature", {"head": head})


#: a parent ministry set apart between a unit and the name: "Vụ trưởng Vụ X (Bộ Tư pháp) A",
#: "Cục trưởng Cục X, Bộ Tư pháp A"
_PARENT_ASIDE = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*)$")


def past_parent_aside(
    text: str, edge: int, title_end: dict[int, Span], org_ending: dict[int, Span]
) -> int:
    """The end of the unit a title names when only its parent ministry, set apart in
    parentheses or after a comma, stands between it and the name that ends at ``edge``; else
    ``edge``. (Units of a ministry are named without the ministry.)"""
    end = edge - 1 if text[edge - 1 : edge] == ")" else edge
    parent = org_ending.get(len(text[:end].rstrip()))
    if parent is None or parent.data.get("kind") != "ministry":
        return edge
    aside = _PARENT_ASIDE.search(text, max(0, parent.start - 4), parent.start)
    if aside is None or ("(" in aside.group(0)) != (end != edge):
        return edge
    unit = org_ending.get(aside.start())
    if unit is None or unit.data.get("kind") != "ministry-unit":
        return edge
    ws = len(text[: unit.start]) - len(text[: unit.start].rstrip())
    if title_end.get(unit.start - ws) is None:
        return edge
    return unit.end
