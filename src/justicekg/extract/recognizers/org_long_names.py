"""Bodies with a long fixed name, or a head and a tail the head grammar does not read.

``Hội đồng Thi đua - Khen thưởng Trung ương`` (or ``… ngành Tư pháp``), ``Tổng cục Cảnh sát
thi hành án hình sự và hỗ trợ tư pháp`` (a ``và`` inside the name), ``Viện Hàn lâm …``, ``Ban
Chỉ đạo Bộ Tư pháp về chuyển đổi số`` (a steering committee and its remit up to the end of the
clause), ``Hội Luật gia huyện X`` and ``Ủy ban Mặt trận Tổ quốc tỉnh X`` (a head and its place),
``Phòng Công chứng số 1`` (a numbered office), ``Kho bạc Nhà nước khu vực VII`` (a regional
office from 2025), ``Bộ Tư pháp Nhật Bản`` (a foreign body: a head
and its country). The names and tails are data (``data/gazetteers/org_named_bodies.tsv``); a
name is reported as written, its spaces and dashes normalized.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract.alternation import first_then_behind
from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.org_boards import _words_re
from justicekg.extract.recognizers.org_heads import COUNT_BEFORE
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["full_front", "long_named_bodies"]

_SECTOR = re.compile(rf"[ \t]+ngành[ \t]+[{UPPER}][\w]*(?:[ \t]+[\w]+)?(?=[ \t]*[,.;:)\n]|\Z)")
_NUMBER = re.compile(r"[ \t]+số[ \t]+\d{1,3}(?![\w])")
#: a regional unit's area from 2025 ("khu vực 3", "khu vực XV")
_REGION = re.compile(r"[ \t]+[Kk]hu vực[ \t]+(?:\d{1,2}|[IVX]{1,5})(?![\w])")
#: a remit: "về" and words up to the end of the clause ("…, chủ trì", "… dự.")
_REMIT = re.compile(r"[ \t]+về[ \t]+[^.;:()\n\"“”]{3,160}")
_REMIT_END = re.compile(
    r"[ \t]*,?[ \t]+(?:chủ trì|dự|tham dự|phát biểu|cho biết|trình bày|nhấn mạnh|khẳng định|"
    r"yêu cầu|đề nghị|báo cáo|ký|trao|tặng|gửi|kết luận|quán triệt|"
    # the clause's own verb after the remit ("… về X họp", "… về X đã ban hành")
    r"họp|ban hành|làm việc|tiến hành|đã|vừa|sẽ|đang)(?![\w])"
    r"|[ \t]*,[ \t]*(?:ông|bà|đồng chí|cùng|và các|các)(?![\w])"
    # a capitalized word after a comma: the next body or clause, not the remit ("… về cải
    # cách tư pháp, Bộ Tư pháp đã …"; a remit goes on in small letters: "thể chế, pháp luật")
    rf"|[ \t]*,[ \t]*(?=[{UPPER}])"
)
#: a local Fatherland Front committee is named in full, with ``Việt Nam``, whether or not the
#: page writes it (``Ủy ban Mặt trận Tổ quốc tỉnh X`` → ``Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X``)
_FULL_FRONT = re.compile(r"^Ủy ban Mặt trận Tổ quốc (?!Việt Nam(?![\w]))", re.IGNORECASE)
#: a council's or a steering committee's remit written small, up to a place word: one to nine
#: words, a comma only in "phòng, chống"
_SMALL_REMIT = re.compile(
    rf"(?:[ \t]+[{UPPER}][{LOWER}]*)?"
    rf"(?:[ \t]+(?:phòng,[ \t]+chống|phổ biến,[ \t]+giáo dục|[{LOWER}]+|-)){{1,8}}"
    r"(?=[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)[ \t]+[A-ZĐ\d])"
)
#: the word that says whose the remit is, last before its place ("… của tỉnh X")
_OWNER_WORD = re.compile(r"[ \t]+của$")
#: words that show a clause, not a remit ("Hội đồng đã họp tại xã X")
_REMIT_STOPS = re.compile(
    r"(?<![\w])(?:đã|sẽ|đang|vừa|họp|tại|của|cho|với|các|những|là|có|được|đến|từ|ở|nhận|gồm"
    r"|thuộc|cấp|hai|ba|trên|địa bàn|tổ chức|thông qua|làm việc|tuyên|xử phạt)(?![\w])"
)
#: a cell's number before the body it belongs to ("Chi bộ 2 Cục THADS tỉnh X")
_CELL_NUMBER = re.compile(r"[ \t]+(\d{1,2})[ \t]+(?=[A-ZĐỦ])")
#: a party committee right after a body it owns ("Ban Chỉ đạo 35 Tỉnh ủy X")
_COMMITTEE = re.compile(r"[ \t]+(?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ \t]+ủy(?![\w]))")
#: a word that links a unit to the parent written next ("trực thuộc", "thuộc")
_PARENT_LINK = re.compile(r"[ \t]+(?:trực[ \t]+)?thuộc(?=[ \t])")
#: a title ending with the body's head noun ("Trưởng phòng Công chứng số 1")
_AFTER_HEAD = re.compile(r"(?<![\w])[Tt]rưởng[ \t]+\Z")
_REMIT_WORDS = 20  # "về" and at most 19 words
#: words that end a remit only pointed at ("về việc này", "về vấn đề đó")
_POINTING = frozenset({"này", "đó", "ấy", "trên"})

#: a body or place between a steering committee and its remit ("Ban Chỉ đạo Bộ Tư pháp về …")
_REMIT_OWNER = re.compile(
    rf"[ \t]+(?:Trung ương|Bộ[ \t]+[{UPPER}][\w]*(?:[ \t]+[\w]+)?|tỉnh|thành phố|huyện|quận)"
    rf"(?:[ \t]+[{UPPER}][\w]*)*(?=[ \t]+về[ \t])"
)


def _first_either(words: str) -> str:
    """``words`` with its first letter capitalized or small (``Trưởng phòng Công chứng …``:
    the body starts at the title's head noun)."""
    return f"[{words[0].upper()}{words[0].lower()}]{words[1:]}"


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str], str, str, str], ...]:
    """(the name's first two words in small letters, a cheap test; its pattern; tail; kind;
    the name as listed)."""
    rows = sorted(load_rows("org_named_bodies"), key=lambda r: len(r["name"]), reverse=True)
    return tuple(
        (
            " ".join(r["name"].split()[:2]).lower(),
            re.compile(first_then_behind(_first_either(_words_re(r["name"]))) + r"(?![\w])"),
            r["tail"],
            r["kind"],
            r["name"],
        )
        for r in rows
    )


@cache
def _country_re() -> re.Pattern[str]:
    names: list[str] = []
    for r in load_rows("countries"):
        names.append(r["country"])
        names.extend(a for a in r["aliases"].split("|") if a)
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # a transliterated name with hyphens after its form of state ("Vương quốc Căm-pu-chia")
    hyphenated = rf"(?:Vương quốc|Cộng hòa)[ \t]+[{UPPER}][\w]*(?:-[\w]+)+"
    return re.compile(rf"[ \t]+(?:{alts}|{hyphenated})(?![\w])")


def _tail_end(doc: Doc, end: int, tail: str) -> tuple[int, str] | None:
    """Where the body whose head ends at ``end`` ends and its place as reported (when its tail
    is a place), or None when its tail is missing."""
    text = doc.text
    if not tail:
        return end, ""
    if tail == "sector":
        m = _SECTOR.match(text, end)
        return (m.end(), "") if m else None
    if tail == "country":
        m = _country_re().match(text, end)
        return (m.end(), "") if m else None
    if tail == "region":
        m = _REGION.match(text, end)
        return (m.end(), "") if m else None
    if tail == "remit-place":
        # "Ban Chỉ đạo phòng, chống tội phạm tỉnh X", "Hội đồng Giáo dục quốc phòng và an ninh
        # tỉnh X": a remit written small (its first word may be capitalized), then a place
        m = _SMALL_REMIT.match(text, end)
        remit_end = m.end() if m else end
        owner = _OWNER_WORD.search(text, max(end, remit_end - 4), remit_end) if m else None
        if owner is not None:
            remit_end = owner.start()  # "… pháp luật của tỉnh X": the remit ends before "của"
        if m is None or _REMIT_STOPS.search(text, end, remit_end):
            return None
        place = place_at(doc, m.end())
        if place is None or place.level in ("implicit", "foreign") or not place.name:
            return None
        return place.end, text[end:remit_end].rstrip() + place_suffix(place)
    if tail == "province":
        # "Báo và Phát thanh, Truyền hình X": a province's name, no place word
        m = re.compile(r"[ \t]+").match(text, end)
        pm = lexicon().province_re.match(text, m.end()) if m else None
        rec = lexicon().province(pm.group(0)) if pm else None
        return (pm.end(), f" {rec.name}") if pm and rec else None
    if tail == "numbered-body":
        # "Chi bộ 2 Cục THADS tỉnh X": a numbered cell and the body it belongs to, named with it
        from justicekg.extract.recognizers.org_grammar import parse

        m = _CELL_NUMBER.match(text, end)
        found = parse(doc, m.end(), depth=1) if m else None
        if m is None or found is None or found.label != "org":
            return None
        return found.end, f" {m.group(1)} {found.name}"
    if tail == "committee":
        # "Ban Chỉ đạo 35 Tỉnh ủy X": a party committee written next, named with it
        from justicekg.extract.recognizers.org_grammar import parse

        m = _COMMITTEE.match(text, end)
        found = parse(doc, m.end(), depth=1) if m else None
        if found is None or found.label != "org" or found.name.split()[-1] == "ủy":
            return None
        return found.end, f" {found.name}"
    if tail == "number":
        m = _NUMBER.match(text, end)
        if m is None:
            return None
        end = m.end()
    if tail in ("place", "number"):
        place = place_at(doc, end)
        if place is None or place.level == "implicit":
            return None
        return place.end, place_suffix(place)
    if tail.startswith("parent:"):
        # "Phòng Công chứng Sở Tư pháp": a unit and its parent, placed as the parent is (a
        # word may say so: "Trung tâm Tư vấn pháp luật trực thuộc Hội Luật gia tỉnh X")
        link = _PARENT_LINK.match(text, end)
        parent = re.compile(rf"[ \t]+{_words_re(tail[7:])}(?![\w])").match(
            text, link.end() if link else end
        )
        if parent is None:
            return None
        place = place_at(doc, parent.end())
        if place is not None:
            return place.end if place.level != "implicit" else parent.end(), place_suffix(place)
        main = doc.meta.get("main_province")
        rec = lexicon().province(main) if main else None
        return parent.end(), f" {rec.kind} {rec.name}" if rec else ""
    if tail == "remit":
        owner = _REMIT_OWNER.match(text, end)
        m = _REMIT.match(text, owner.end() if owner else end)
        if m is None:
            return None
        stop = _REMIT_END.search(text, m.start() + 4, m.end())
        out = stop.start() if stop else m.end()
        remit = text[m.start() : out].split()
        if len(remit) > _REMIT_WORDS:
            return None  # no clear end: a sentence, not a remit
        if remit[-1].strip(",") in _POINTING:
            return None  # "Ban Chỉ đạo về việc này": a remit pointed at, no name
        return len(text[:out].rstrip(" \t,")), ""
    raise ValueError(f"org_named_bodies.tsv: unknown tail {tail!r}")


def full_front(name: str) -> str:
    """``name`` with a local Fatherland Front committee's name in full.

    >>> full_front("Ủy ban Mặt trận Tổ quốc tỉnh Điện Biên")
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên'
    >>> full_front("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mường Chà")
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mường Chà'
    """
    return _FULL_FRONT.sub("Ủy ban Mặt trận Tổ quốc Việt Nam ", name)


def long_named_bodies(doc: Doc) -> list[Span]:
    """The bodies of ``org_named_bodies.tsv`` written in ``doc`` (the longest at each start)."""
    text = doc.text
    out: list[Span] = []
    taken: set[int] = set()
    small = text.lower()
    for first, pattern, tail, kind, listed in _rows():
        if first not in small:
            continue
        for m in pattern.finditer(text):
            if m.start() in taken or (
                text[m.start()].islower()
                and not _AFTER_HEAD.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # a small first letter only as a title's head noun ("Trưởng phòng …")
            if tail.startswith("parent:") and COUNT_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "các Phòng Công chứng thuộc Sở Tư pháp": many units, not one
            found = _tail_end(doc, m.end(), tail)
            if found is None:
                continue
            end, place = found
            taken.add(m.start())
            written = text[m.start() : end]
            if tail.startswith("parent:"):
                # the unit and its parent as listed (no linking word), the place as reported
                written = f"{listed} {tail[7:]}{place}"
            elif place:
                # the place as reported ("TP.HCM" → "thành phố Hồ Chí Minh")
                head = _NUMBER.match(text, m.end())
                written = text[m.start() : head.end() if head else m.end()] + place
            name = full_front(" ".join(written.split()))
            name = re.sub(rf"[ \t]*[-–][ \t]*(?=[{UPPER}])", " - ", name)
            data: dict[str, object] = {"kind": kind}
            if tail == "country":
                data["foreign"] = True
            out.append(Span(m.start(), end, "org", name, "long-name", data))
    return out
