"""One preferred label per title: the form ``data/gazetteers/titles.tsv`` lists first.

A title's IRI is keyed by the title as written, folded (``Trưởng Phòng`` and ``Trưởng phòng``
are one node), but each article used to give the node its own spelling as ``skos:prefLabel``:
two preferred labels in one language, which SKOS forbids and which doubled rows in answers. The
preferred label is now the gazetteer's first form with the same identity key
(:func:`justicekg.rdf.mint.name_key`: case, tone placement and punctuation folded); a spelling
that differs is kept as ``skos:altLabel``. A title the gazetteer does not list keeps its
written form.
"""

from __future__ import annotations

import csv
from functools import cache

from justicekg.config import DATA_DIR
from justicekg.rdf.mint import name_key

__all__ = ["preferred_title"]

TITLES = DATA_DIR / "gazetteers" / "titles.tsv"


@cache
def _preferred() -> dict[str, str]:
    forms: dict[str, str] = {}
    with open(TITLES, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            title = (row.get("title") or "").strip()
            if title and not title.startswith("#"):
                forms.setdefault(name_key(title), title)
    return forms


def preferred_title(text: str) -> str:
    """The preferred label of the title written ``text``.

    >>> preferred_title("Trưởng Phòng"), preferred_title("Trưởng phòng")
    ('Trưởng phòng', 'Trưởng phòng')
    >>> preferred_title("Chuyên viên chính về pháp chế")
    'Chuyên viên chính về pháp chế'
    """
    return _preferred().get(name_key(text), text)
