"""Which ``/id/<kind>/<slug>`` paths can name an entity: exactly those :mod:`justicekg.rdf.mint`
can produce. Anything else is answered 404 before a query is even built.

The grammar follows the minter: :func:`~justicekg.rdf.mint.fold` gives runs of ``[0-9a-z]``
joined by single hyphens; :func:`~justicekg.rdf.mint.slug` joins the folded parts with ``--``
and may append ``-`` and a base32 digest; :func:`~justicekg.rdf.mint.compose` joins slugs with
``_``. So a slug is one or more ``[0-9a-z]`` runs separated by ``-``, ``--`` or ``_``: no
``<``, ``>``, spaces, braces, percent signs or dots can ever reach a query.

>>> is_entity_path("org", "bo-tu-phap-o7up22")
True
>>> is_entity_path("evidence", "seed-thanhhoa-2017-11-27_120-164")
True
>>> is_entity_path("org", "x> ?p ?o } UNION { SERVICE <http://127.0.0.1:9/x> {?s ?p ?o} } } #")
False
>>> is_entity_path("nonsense", "a")
False
"""

from __future__ import annotations

import re

from justicekg.rdf.mint import KINDS

__all__ = ["MAX_SLUG_LENGTH", "SLUG_PATTERN", "is_entity_path"]

#: A slug the minter can produce (see the module docstring).
SLUG_PATTERN = re.compile(r"[0-9a-z]+(?:(?:--?|_)[0-9a-z]+)*")

#: Longer slugs are refused outright (composed facts of long names stay far below this).
MAX_SLUG_LENGTH = 1000


def is_entity_path(kind: str, slug: str) -> bool:
    """True when ``/id/<kind>/<slug>`` is a path the minter could have produced."""
    return (
        kind in KINDS and len(slug) <= MAX_SLUG_LENGTH and SLUG_PATTERN.fullmatch(slug) is not None
    )
