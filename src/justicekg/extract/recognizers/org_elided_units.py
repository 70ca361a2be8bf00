"""A unit named by its head's title alone: ``Vụ trưởng Pháp luật quốc tế``.

Pages shorten ``Vụ trưởng Vụ Pháp luật quốc tế`` to ``Vụ trưởng Pháp luật quốc tế`` and ``Cục
trưởng Cục Bổ trợ tư pháp`` to ``Cục trưởng Bổ trợ tư pháp``: the head noun of the title
stands for the unit's own (``Vụ``, ``Cục``), and the domain a ministry's unit of that head has
(``org_domains.tsv``) follows it, in any case. The unit is an organization of the page, named
as the conventions name it: without its ministry (``Vụ Pháp luật quốc tế``), but with the
Supreme People's Procuracy or Court or the General Department written right after it (``Vụ
trưởng tổ chức cán bộ Viện KSND tối cao`` → ``Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối
cao``). A title whose unit is already written (``Vụ trưởng Vụ …``) or whose next words are no
known domain (``Cục trưởng cho biết``) names nothing, and so does ``Cục trưởng THADS``: the
enforcement Cục is a province's.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import domain_key, lexicon
from justicekg.text.normalize import fold

#: the heads whose holders' titles may stand for the unit's name, and the kind of the unit
_HEADS = {"Vụ": "ministry-unit", "Cục": "ministry-unit"}
_GAP = re.compile(r"[ \t]+")
_TO_PARENT = re.compile(r"[ \t]*,?[ \t]*")
#: parents a unit is named with (a ministry's units are named without their ministry)
_KEPT_PARENTS = ("Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao", "Tổng cục ")
#: domains whose unit is a province's (``Cục trưởng THADS`` heads the Cục of a province the
#: page names elsewhere): no unit of the ministry
_PROVINCIAL = frozenset({"Thi hành án dân sự", "Thi hành án"})


def elided_units(doc: Doc) -> list[Span]:
    """The organization spans of the units written by their head's title alone.

    >>> from justicekg.extract.pipeline import extract
    >>> r = extract("Ông Lò Văn Khiên, Vụ trưởng Pháp luật quốc tế phát biểu.", article_id="t")
    >>> [(q.title, q.organization) for p in r.persons for q in p.positions]
    [('Vụ trưởng', 'Vụ Pháp luật quốc tế')]
    """
    text = doc.text
    lex = lexicon()
    orgs = doc.by_label("org")
    out: list[Span] = []
    for t in doc.by_label("title"):
        head = t.data.get("head")
        if head not in _HEADS or fold(str(head)) not in fold(t.name).split():
            continue
        gap = _GAP.match(text, t.end)
        if gap is None or any(o.start <= gap.end() < o.end for o in orgs):
            continue  # "Vụ trưởng Vụ Pháp chế": the unit is written
        dre = lex.domain_re.get(str(head))
        dm = dre.match(text, gap.end()) if dre is not None else None
        if dm is None:
            continue
        domain = lex.domain_canon.get((str(head), domain_key(dm.group(0))), dm.group(0).strip())
        if domain in _PROVINCIAL:
            continue
        name, end, data = f"{head} {domain}", dm.end(), {"kind": _HEADS[str(head)]}
        to = _TO_PARENT.match(text, end)
        parent = next(
            (o for o in orgs if to is not None and o.start == to.end()),
            None,
        )
        if parent is not None and parent.name.startswith(_KEPT_PARENTS):
            name, end = f"{name} {parent.name}", parent.end
            data = {"kind": str(parent.data.get("kind") or "other"), "parent": parent.name}
        out.append(Span(gap.end(), end, "org", name, "elided-unit", data))
    return out
