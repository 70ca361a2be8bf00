"""A body's emulation council that is no one's body is named by its body.

``đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh X xét, tặng …``: the conventions list the
emulation council among the generic mentions that are no organizations, and the body it belongs
to is the one the page names (``Viện kiểm sát nhân dân tỉnh X``). A council the report refers
to (a person's body: ``Chủ tịch Hội đồng Thi đua - Khen thưởng Sở …``; an organizer, a
recipient, a conferrer) is kept by the closure rule, and the sector's and the central council
(``… ngành Tư pháp``, ``… Trung ương``), named bodies of their own with no parent, stay.
"""

from __future__ import annotations

from collections.abc import Collection

from justicekg.extract.recognizers.org_heads import kind_of_name
from justicekg.model import Organization

__all__ = ["councils_as_bodies"]

_COUNCIL = "Hội đồng Thi đua - Khen thưởng "


def councils_as_bodies(
    orgs: dict[str, Organization], referenced: Collection[str | None]
) -> tuple[dict[str, Organization], dict[str, str]]:
    """``orgs`` (by name, in order) with each body's council that nothing in ``referenced``
    names replaced by its body (``Hội đồng Thi đua - Khen thưởng Sở A`` → ``Sở A``), and the
    names replaced (council → body).

    >>> body = "Sở Tư pháp tỉnh A"
    >>> o = Organization(name=_COUNCIL + body, kind="other", parent=body)
    >>> [list(d) for d in councils_as_bodies({o.name: o}, set())]
    [['Sở Tư pháp tỉnh A'], ['Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh A']]
    >>> list(councils_as_bodies({o.name: o}, {o.name})[0]) == [o.name]
    True
    """
    out: dict[str, Organization] = {}
    renamed: dict[str, str] = {}
    for name, ob in orgs.items():
        parent = ob.parent
        if parent and name == _COUNCIL + parent and name not in referenced:
            if parent not in orgs and parent not in out:
                out[parent] = Organization(
                    name=parent,
                    kind=kind_of_name(parent),
                    province=ob.province,
                    district=ob.district,
                    evidence=ob.evidence,
                )
            renamed[name] = parent
            continue
        out[name] = ob
    return out, renamed
