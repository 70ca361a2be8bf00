"""A body's emulation council named in running text is listed as its body.

``đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh X xét, tặng …`` names the council that
decides for the body; the conventions list no such council (a generic mention) but the body
it belongs to (``Viện kiểm sát nhân dân tỉnh X``). The council is still a body where a person
holds a post in it (``Chủ tịch Hội đồng Thi đua - Khen thưởng …``): the report adds it then for
that post. A sector's council (``… ngành Tư pháp``) and a province's (``… tỉnh X``) have no
parent and stay as they are.
"""

from __future__ import annotations

from justicekg.extract.doc import Span
from justicekg.extract.recognizers.org_heads import kind_of_name

__all__ = ["listed_org"]

#: the emulation council's canonical head, as the sub-unit grammar names it
_COUNCIL = "Hội đồng Thi đua - Khen thưởng "


def listed_org(span: Span) -> Span:
    """The organization a span is listed as: a body's emulation council (a sub-unit named
    ``Hội đồng Thi đua - Khen thưởng`` + its parent) as its parent, any other span as itself.

    >>> s = Span(0, 9, "org", "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh A", "sub-unit",
    ...          {"kind": "other", "province": "A", "parent": "Sở Tư pháp tỉnh A"})
    >>> listed_org(s).name
    'Sở Tư pháp tỉnh A'
    """
    parent = span.data.get("parent")
    if not isinstance(parent, str) or span.name != _COUNCIL + parent:
        return span
    data = {"kind": kind_of_name(parent), "province": span.data.get("province")}
    return Span(span.start, span.end, span.label, parent, span.rule, data)
