"""Bodies named by their level only: ``Tòa án nhân dân cùng cấp`` ("the court of the same
level") after a placed body of the sentence is the court of that body's place.

The grammar::

    SAME  := HEAD "cùng cấp"
    HEAD  := "Tòa án (nhân dân)" | "TAND" | "Viện kiểm sát (nhân dân)" | "VKSND" | "Công an"
           | "Cơ quan (Cảnh sát điều tra | CSĐT | điều tra) Công an" | "Ủy ban nhân dân" | "UBND"
           | "Hội đồng nhân dân" | "HĐND" | "Thi hành án dân sự"

- ``VKSND huyện A phối hợp với TAND cùng cấp`` → ``Tòa án nhân dân huyện A``;
- ``VKSND tỉnh B phê chuẩn quyết định của Cơ quan CSĐT Công an cùng cấp`` → ``Cơ quan Cảnh sát
  điều tra Công an tỉnh B`` and its force ``Công an tỉnh B``;
- the place is the nearest body of the sentence before it that carries one (a province's or a
  district's court, procuracy, police, council, committee or enforcement office); none (``các
  phòng Tư pháp cấp huyện … UBND cùng cấp``, a plural ``các cơ quan … cùng cấp``) gives nothing.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon

__all__ = ["same_level_bodies"]

_HEADS = (
    r"(?P<head>Tòa án nhân dân|Tòa án|TAND|Viện [Kk]iểm sát nhân dân|Viện [Kk]iểm sát|"
    r"VKSND|Cơ quan (?:[Cc]ảnh sát điều tra|CSĐT|[Đđ]iều tra) Công an|Công an|"
    r"Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Thi hành án dân sự|THADS)"
)
_SAME = re.compile(r"(?<![\w])" + _HEADS + r"[ \t]+cùng[ \t]+cấp(?![\w])")
#: a head listed right before ("Công an, Tòa án cùng cấp"): of the same level too
_LISTED_BEFORE = re.compile(r"(?<![\w])" + _HEADS + r"[ \t]*(?:,|và)[ \t]*$")
#: the canonical head of each written head (investigation agencies by their first word)
_CANON = {
    "Tòa án nhân dân": "Tòa án nhân dân",
    "Tòa án": "Tòa án nhân dân",
    "TAND": "Tòa án nhân dân",
    "Viện kiểm sát nhân dân": "Viện kiểm sát nhân dân",
    "Viện Kiểm sát nhân dân": "Viện kiểm sát nhân dân",
    "Viện kiểm sát": "Viện kiểm sát nhân dân",
    "Viện Kiểm sát": "Viện kiểm sát nhân dân",
    "VKSND": "Viện kiểm sát nhân dân",
    "Công an": "Công an",
    "Ủy ban nhân dân": "Ủy ban nhân dân",
    "UBND": "Ủy ban nhân dân",
    "Hội đồng nhân dân": "Hội đồng nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "Thi hành án dân sự": "Thi hành án dân sự",
    "THADS": "Thi hành án dân sự",
}
_KINDS = {
    "Tòa án nhân dân": "court",
    "Viện kiểm sát nhân dân": "procuracy",
    "Công an": "police",
    "Ủy ban nhân dân": "peoples-committee",
    "Hội đồng nhân dân": "peoples-council",
}
#: the placed bodies whose place a later "cùng cấp" takes, by the head their name starts with
_PLACED_HEADS = (
    "Tòa án nhân dân ",
    "Viện kiểm sát nhân dân ",
    "Công an ",
    "Ủy ban nhân dân ",
    "Hội đồng nhân dân ",
    "Chi cục Thi hành án dân sự ",
    "Cục Thi hành án dân sự ",
    "Thi hành án dân sự ",
)
_PLACE = re.compile(r"^(?:tỉnh|thành phố|huyện|quận|Quận|thị xã|xã|phường|thị trấn)[ \t]+\S")
_DISTRICT_LEVEL = ("huyện ", "quận ", "Quận ", "thị xã ")
_COMMUNE_LEVEL = ("xã ", "phường ", "thị trấn ")
#: the heads a commune has (its police, its committee and council)
_AT_COMMUNES = ("Công an", "Ủy ban nhân dân", "Hội đồng nhân dân")


def _place_of(span: Span) -> str | None:
    """The place a body's name ends with (``huyện A`` of ``Tòa án nhân dân huyện A``)."""
    for head in _PLACED_HEADS:
        if span.name.startswith(head):
            rest = span.name[len(head) :]
            if _PLACE.match(rest) and not rest.startswith(("tỉnh, ", "thành phố, ")):
                return rest
    return None


def same_level_bodies(doc: Doc, found: list[Span]) -> list[Span]:
    """Every ``HEAD cùng cấp`` whose sentence names a placed body before it, as that head's
    body of the same place (label ``org``, rule ``same-level``)."""
    text = doc.text
    if "cùng cấp" not in text:
        return []
    orgs = sorted((o for o in found if o.label == "org"), key=lambda o: o.start)
    names = {o.name for o in orgs}
    out: list[Span] = []
    for m in _SAME.finditer(text):
        if text[max(0, m.start() - 4) : m.start()].rstrip().endswith(("các", "Các")):
            continue  # "các Tòa án cùng cấp": a plural, no one body
        sentence = doc.sentence_of(m.start())
        heads = [(m.start(), m.end(), m.group("head"))]
        pos = m.start()
        for _ in range(4):
            lm = _LISTED_BEFORE.search(text, max(sentence.start, pos - 60), pos)
            if lm is None:
                break
            heads.append((lm.start(), lm.end("head"), lm.group("head")))
            pos = lm.start()
        before = [o for o in orgs if sentence.start <= o.start and o.end <= pos]
        place = next((p for o in reversed(before) if (p := _place_of(o))), None)
        if place is None:
            continue
        for start, end, written in heads:
            out.extend(_bodies(start, end, written, place, names))
    return out


def _bodies(start: int, end: int, written: str, place: str, names: set[str]) -> list[Span]:
    """The body (and an investigation agency's force) of ``written`` at ``place``, unless named
    already."""
    out: list[Span] = []
    head = _CANON.get(written, "Công an")
    if place.startswith(_COMMUNE_LEVEL) and head not in _AT_COMMUNES:
        return out  # "Công an phường A … Tòa án cùng cấp": no court of a commune
    data: dict[str, str | None] = {"kind": _KINDS.get(head, "provincial-enforcement")}
    if head == "Thi hành án dân sự":
        # a city is a province's level only when it is a province ("thành phố Vinh" is not)
        city = place.startswith("thành phố ") and lexicon().province(place[10:]) is None
        district = place.startswith(_DISTRICT_LEVEL) or city
        head = "Chi cục Thi hành án dân sự" if district else "Cục Thi hành án dân sự"
        data["kind"] = "district-enforcement" if district else "provincial-enforcement"
    body = f"{head} {place}"
    if body not in names:
        out.append(Span(start, end, "org", body, "same-level", data))
        names.add(body)
    if written.startswith("Cơ quan") and ("ảnh sát" in written or "CSĐT" in written):
        agency = f"Cơ quan Cảnh sát điều tra {body}"
        if agency not in names:
            out.append(Span(start, end, "org", agency, "same-level", {}))
            names.add(agency)
    return out
