"""People's jurors' delegations: ``Đoàn Hội thẩm`` of a court, named as the page writes it.

Grammar (pages of people's councils and courts on the jurors' delegation of a term):

- the body: ``Đoàn Hội thẩm`` (``nhân dân`` written or not), then its court (``Tòa án nhân dân``
  or ``TAND``, ``của`` written or not, with its level and place: ``Đoàn Hội thẩm Tòa án nhân
  dân tỉnh X``, ``Đoàn Hội thẩm nhân dân của TAND huyện Y``) or the level alone (``Đoàn Hội thẩm
  nhân dân huyện Y``); the name keeps the words the page writes (``của`` dropped, abbreviations
  expanded) and the court's full name;
- its head shares the noun ``đoàn``: ``Trưởng đoàn Hội thẩm TAND tỉnh``, ``Phó trưởng đoàn Hội
  thẩm nhân dân huyện`` name the delegation ``Đoàn Hội thẩm …`` (read from ``đoàn``);
- a level without a place takes the place of the page: the court's own place when the court is
  named, else the one district (``huyện``, ``quận``, ``thị xã``) the page names, or the main
  province for ``tỉnh``/``thành phố``; a page that names none keeps the bare level;
- a bare ``Đoàn Hội thẩm`` (no court, no level) refers back to the delegation named before it
  (or the first one named after it) and is no new body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, lexicon

__all__ = ["DELEGATION_RULE", "juror_delegations"]

DELEGATION_RULE = "juror-delegation"

#: "Đoàn Hội thẩm (nhân dân)", or the "đoàn" a head's title shares
_HEAD = re.compile(
    r"(?P<d>[Đđ](?<![\w][\s\S])oàn)[ \t]+[Hh]ội[ \t]+thẩm(?P<nd>[ \t]+nhân[ \t]+dân)?(?![\w])"
)
#: what may come between the head and its court
_OF = re.compile(r"[ \t]+(?:của[ \t]+)?")
#: a level with its place (or without: "huyện" alone); a syllable may go on with a capital
#: after its apostrophe ("huyện Đắk R'Lấp")
_LEVEL = re.compile(
    r"[ \t]+(?P<level>tỉnh|huyện|quận|thị[ \t]+xã|thành[ \t]+phố|TP\.?|Tp\.?)"
    rf"(?P<place>(?:[ \t]*(?<=[ \t.])[{UPPER}][{LOWER}'’]*(?:(?<=['’])[{UPPER}][{LOWER}'’]*)?)"
    r"{1,3}|[ \t]+\d{1,2})?(?![\w])"
)
#: levels written short
_LEVEL_WORDS = {"TP": "thành phố", "Tp": "thành phố"}
_DISTRICT_LEVELS = ("huyện", "quận", "thị xã")


def _page_place(doc: Doc, level: str, orgs: Sequence[Span]) -> str | None:
    """The place of ``level`` the page names: the one district of that level its bodies carry,
    or the main province."""
    if level in _DISTRICT_LEVELS:
        named = {
            str(o.data["district"])
            for o in orgs
            if o.data.get("district") and o.name.endswith(f"{level} {o.data['district']}")
        }
        return next(iter(named)) if len(named) == 1 else None
    province = doc.meta.get("main_province")
    return str(province) if province else None


def _known_place(level: str, words: str | None) -> str | None:
    """The longest run of ``words`` that names a place of ``level`` the gazetteers know."""
    if not words:
        return None
    parts = words.split()
    if level == "quận" and parts[0].isdigit():
        return parts[0]  # "quận 3"
    lex = lexicon()
    for k in range(len(parts), 0, -1):
        cand = " ".join(parts[:k])
        known = lex.districts(cand) if level in _DISTRICT_LEVELS else lex.province(cand)
        if known or (level == "thành phố" and lex.districts(cand)):
            return cand
    return None


def juror_delegations(doc: Doc, orgs: Sequence[Span]) -> list[Span]:
    """The jurors' delegations the page names (each written mention, bare ones excepted)."""
    text = doc.text
    courts = {o.start: o for o in orgs if o.label == "org" and o.name.startswith("Tòa án")}
    out: list[Span] = []
    for m in _HEAD.finditer(text):
        head = "Đoàn Hội thẩm" + (" nhân dân" if m.group("nd") else "")
        of = _OF.match(text, m.end())
        court = courts.get(of.end()) if of else None
        if court is not None and " tối cao" not in court.name and " cấp cao" not in court.name:
            name, end = f"{head} {court.name}", court.end
            data = {k: court.data[k] for k in ("province", "district") if court.data.get(k)}
        else:
            lv = _LEVEL.match(text, m.end())
            if lv is None:
                continue  # a bare delegation: referred back to, not a new body
            level = " ".join(lv.group("level").split()).rstrip(".")
            level = _LEVEL_WORDS.get(level, level)
            written = _known_place(level, lv.group("place"))
            place = written or _page_place(doc, level, orgs)
            name = f"{head} {level}" + (f" {place}" if place else "")
            end = lv.end("level") + (len(lv.group("place")) if written else 0)
            if written:
                # the place's own words only ("… tỉnh Quảng Trị Lê Thị Na": a name follows)
                end = text.index(written.split()[-1], lv.end("level")) + len(written.split()[-1])
            data = {"district": place} if place and level in _DISTRICT_LEVELS else {}
            if level not in _DISTRICT_LEVELS and place:
                data["province"] = place
            if level in _DISTRICT_LEVELS and doc.meta.get("main_province"):
                data["province"] = doc.meta["main_province"]
        out.append(Span(m.start("d"), end, "org", name, DELEGATION_RULE, {**data, "kind": "court"}))
    return out
