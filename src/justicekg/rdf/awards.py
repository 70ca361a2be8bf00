"""An award decision's year and giver, read from its sentence.

Rules as data: ``data/reference/award_cues.tsv``.

* The **year** of an award decision is the year of the *achievement* it is for (``thành tích
  xuất sắc trong công tác năm 2022``), never the year of the ceremony or decision that reports
  it: a Cờ thi đua received on 12/01/2023 for 2022 is of 2022. The extractor's year is kept only
  when the sentence states it as a year (``năm 2022``); otherwise it was the event's or the
  article's year, and the decision gets no ``jkg:year`` (its day is ``jkg:decisionDate``).
* The **giver** comes from the verb frame: in ``được X tặng`` (and ``X trao tặng``) X gives.
  :func:`is_giver` tells when a recipient the extractor returned is in fact the giver; the
  mapping then records it as the conferrer too, and the shapes leave the decision out.

>>> achievement_year("đón nhận Cờ thi đua vì thành tích xuất sắc trong công tác năm 2022", 2023)
2022
>>> achievement_year("được Chủ tịch UBND tỉnh tặng Bằng khen", 2023) is None
True
>>> is_giver("Thủ tướng Chính phủ", "Sở X được Thủ tướng Chính phủ tặng Bằng khen")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError

__all__ = ["achievement_year", "is_giver"]

CUES_FILE = DATA_DIR / "reference" / "award_cues.tsv"


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    try:
        text = CUES_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"cannot read award cues: {exc}", where=str(CUES_FILE)) from exc
    found: dict[str, list[str]] = {"achievement": [], "giver": []}
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    lines = [(n, ln) for n, ln in lines if not ln.startswith("#")]
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != 2 or cells[0] not in found:
            raise OntologyError(
                "expected 'kind<TAB>pattern', kind achievement or giver", where=f"{CUES_FILE}:{n}"
            )
        pattern = unicodedata.normalize("NFC", cells[1])
        try:
            re.compile(pattern.replace("{X}", "X"))
        except re.error as exc:
            raise OntologyError(f"bad pattern: {exc}", where=f"{CUES_FILE}:{n}") from exc
        if cells[0] == "giver" and "{X}" not in pattern:
            raise OntologyError("a giver pattern needs {X}", where=f"{CUES_FILE}:{n}")
        if cells[0] == "achievement" and "(?P<year>" not in pattern:
            raise OntologyError(
                "an achievement pattern needs (?P<year>…)", where=f"{CUES_FILE}:{n}"
            )
        found[cells[0]].append(pattern)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _achievement_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _cues()["achievement"])


def achievement_year(
    sentence: str, extracted: int | None, context: Iterable[str] = ()
) -> int | None:
    """The year of the achievement an award of ``sentence`` is for, or None when not stated.

    Args:
        sentence: the decision's evidence sentence.
        extracted: the year the extractor gave (possibly the event's or the article's).
        context: other sentences about the same award (its event's name and sentence, the
            article's sentences naming the award); used when ``sentence`` states no year and
            they agree on one.

    >>> context = ["lễ đón nhận Cờ thi đua vì thành tích năm 2022"]
    >>> achievement_year("X đón nhận Cờ thi đua", 2023, context)
    2022
    """
    for pattern in _achievement_res():
        m = pattern.search(sentence)
        if m:
            return int(m.group("year"))
    if extracted and re.search(rf"(?<!\w)năm\s+{extracted}(?!\d)", sentence, re.IGNORECASE):
        return int(extracted)
    years = set()
    for text in context:
        for pattern in _achievement_res():
            m = pattern.search(text)
            if m:
                years.add(int(m.group("year")))
                break
    return years.pop() if len(years) == 1 else None


def is_giver(name: str, sentence: str) -> bool:
    """Whether the verb frame of ``sentence`` makes ``name`` a giver (``được X tặng``)."""
    if not name.strip():
        return False
    x = r"\s+".join(map(re.escape, name.split()))
    return any(re.search(p.replace("{X}", x), sentence, re.IGNORECASE) for p in _cues()["giver"])
