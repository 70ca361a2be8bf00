"""Schools named only as the place of an activity (session 14, org14).

Legal-education pages hold their sessions in schools: ``phiên tòa giả định tại Trường THPT A``,
``tuyên truyền pháp luật tại Trường Tiểu học B và Trường THCS C``, ``các em học sinh Trường
THCS C hào hứng …``. There the school is a venue, which the conventions make a location, not an
organization. A school the page gives any other part (``phối hợp với Trường THPT A``,
``Hiệu trưởng Trường Mầm non D``, a contestant's school) stays an organization.

So a school below university level (``Trường`` + ``Mầm non``, ``Tiểu học``, ``THCS``,
``THPT`` …, written in full or short) is dropped when every mention of it on the page stands
right after ``tại`` / ``ở`` (or in a list that follows them) or after ``học sinh``, and at least
one stands after ``tại`` / ``ở``: ``học sinh Trường X`` names the school's pupils, not a venue,
so alone it keeps the school (``tặng Giấy khen cho tập thể học sinh Trường X``: the recipient).
``tại`` / ``ở`` right after a title or a word of work (``Hiệu trưởng ở Trường X``, ``giáo viên
tại``, ``công tác tại``) gives a workplace, not a venue (review 14, S1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import title_matches
from justicekg.text.normalize import fold

#: the school levels below university, as the report names them (abbreviations expanded)
_SCHOOL = re.compile(
    r"^Trường (?:Mầm non|Mẫu giáo|Tiểu học|Trung học|Phổ thông|THCS|THPT|PTDTNT|PTDTBT"
    r"|Tiểu học và Trung học)(?![\w])",
    re.IGNORECASE,
)
#: a venue's word right before a mention ("tại", "ở"; "tại các")
_VENUE_BEFORE = re.compile(r"(?<![\w])(?:[Tt]ại|[Ởở])[ \t]+(?:các[ \t]+)?$")
#: the pupils of the school ("học sinh Trường X", "các em học sinh của Trường X")
_PUPILS_BEFORE = re.compile(r"(?<![\w])học[ \t]+sinh[ \t]+(?:của[ \t]+)?$")
#: a word of work before the preposition: the school is a workplace ("giáo viên tại Trường X")
_WORK_BEFORE = re.compile(
    r"(?<![\w])(?:công[ \t]+tác|làm[ \t]+việc|giáo[ \t]+viên|giảng[ \t]+dạy|nhân[ \t]+viên"
    r"|học[ \t]+tập|đang[ \t]+học|cán[ \t]+bộ)[ \t]+(?:[Tt]ại|[Ởở])[ \t]+(?:các[ \t]+)?$",
    re.IGNORECASE,
)
#: a list's joint between two mentions
_LIST_JOINT = re.compile(r"^[ \t]*(?:,|;|và(?![\w])|,[ \t]*và(?![\w]))[ \t]*$")


def _after_title(text: str, cue_start: int) -> bool:
    """Whether a title ends right before the preposition at ``cue_start`` ("Hiệu trưởng ở")."""
    return any(
        m.end() <= cue_start and not text[m.end() : cue_start].strip()
        for m in title_matches(text)
        if cue_start - 3 <= m.end() <= cue_start
    )


def _mention_part(text: str, span: Span, schools: Sequence[Span]) -> str:
    """How ``span`` (a school) is written: ``"venue"`` (after ``tại`` / ``ở`` of an activity),
    ``"pupils"`` (after ``học sinh``) or ``""`` (any other part)."""
    before = text[max(0, span.start - 24) : span.start]
    venue = _VENUE_BEFORE.search(before)
    if venue:
        cue = span.start - len(before) + venue.start()
        if _WORK_BEFORE.search(text[max(0, span.start - 40) : span.start]) or _after_title(
            text, cue
        ):
            return ""  # "giáo viên tại Trường X", "Hiệu trưởng ở Trường X": a workplace
        return "venue"
    if _PUPILS_BEFORE.search(before):
        return "pupils"
    # "tại Trường A và Trường B": a later item of a venue's list
    prev = max((s for s in schools if s.end <= span.start), key=lambda s: s.end, default=None)
    if prev is None or not _LIST_JOINT.match(text[prev.end : span.start]):
        return ""
    return _mention_part(text, prev, schools)


def drop_venue_schools(doc: Doc, orgs: list[Span]) -> list[Span]:
    """``orgs`` without the schools every mention of which is a venue (see the module's
    docstring)."""
    schools = [o for o in orgs if o.label == "org" and _SCHOOL.match(o.name)]
    if not schools:
        return orgs
    text = doc.text
    by_name: dict[str, list[Span]] = {}
    for s in schools:
        by_name.setdefault(fold(s.name), []).append(s)
    ordered = sorted(schools, key=lambda s: s.start)
    drop: set[int] = set()
    for spans in by_name.values():
        parts = {_mention_part(text, s, ordered) for s in spans}
        if "venue" in parts and parts <= {"venue", "pupils"}:
            drop.update(id(s) for s in spans)
    return [o for o in orgs if id(o) not in drop]
