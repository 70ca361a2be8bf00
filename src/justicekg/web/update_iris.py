"""The IRIs of a SPARQL update as Oxigraph stores them, written into rdflib's parse tree.

The offset check (:mod:`justicekg.web.update_offsets`) judges rdflib's reading of an update,
and Oxigraph runs it. rdflib reads three kinds of IRI differently, which would let an offset
predicate pass unseen (``<ontology#startOffset>`` is ``jkg:startOffset`` for Oxigraph under the
service's base ``https://w3id.org/justicekg/``):

* a **relative IRI**: rdflib resolves only one without a ``:``, with :func:`urllib.parse.urljoin`
  (which ignores the base of a scheme it does not know, e.g. ``urn:``);
* a **relative BASE**: rdflib takes ``BASE <ontology>`` as the new base as written, Oxigraph
  resolves it against the base before it;
* an **escape in a prefixed name** (``PN_LOCAL_ESC``, ``j:\\#startOffset``): rdflib keeps the
  backslash, Oxigraph drops it (``\\X`` stands for ``X``).

:func:`as_stored` rewrites the tree before rdflib translates it: each ``BASE`` becomes the
absolute IRI Oxigraph resolves it to, each IRI (in ``PREFIX`` declarations and in operations) is
resolved against the base in force by **Oxigraph's own resolver** (a one-line Turtle document per
IRI, parsed with that base), and local names lose their escapes. Bases and prefixes carry over
from one operation to the next, as in both engines. Nothing of the request is put into a query.

>>> from rdflib.plugins.sparql.parser import UpdateUnit
>>> text = "BASE <https://w3id.org/justicekg/> BASE <ontology>"
>>> text += " INSERT DATA { <urn:e> <#endOffset> 1 }"
>>> tree = as_stored(UpdateUnit.parse_string(text, parse_all=True)[0])
>>> str(tree["request"][0]["quads"]["triples"][0][1])
'https://w3id.org/justicekg/ontology#endOffset'
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
from rdflib.term import URIRef

__all__ = ["as_stored", "resolve"]

#: ``PN_LOCAL_ESC``: a backslash and the character it stands for.
_LOCAL_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def resolve(iris: list[str], base: str | None) -> list[str]:
    """Each IRI as Oxigraph reads it with ``base`` in force (as written when there is none).

    Raises:
        SyntaxError, ValueError: Oxigraph cannot read one of them or the base (the update
            would be refused as well).

    >>> resolve(["ontology#x", "//w3id.org/a", "urn:b", "../c"], "https://w3id.org/justicekg/")
    ['https://w3id.org/justicekg/ontology#x', 'https://w3id.org/a', 'urn:b', 'https://w3id.org/c']
    """
    if base is None or not iris:
        return list(iris)
    # rdflib's IRIREF holds none of <>"{}|^`\ nor white space: each line is one IRI
    document = "".join(f"<{iri}> <urn:p> <urn:o> .\n" for iri in iris)
    quads = ox.parse(document.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=base)
    return [quad.subject.value for quad in quads]  # one per line: callers zip them strictly


def as_stored(tree: Any) -> Any:
    """``tree`` (rdflib's ``UpdateUnit`` parse) with its IRIs as Oxigraph stores them.

    The tree is changed in place and returned.

    Raises:
        SyntaxError: an IRI Oxigraph cannot resolve.
    """
    prologues = list(tree["prologue"] if "prologue" in tree else [])
    requests = tree["request"] if "request" in tree else []
    base: str | None = None
    for index, prologue in enumerate(prologues):
        for declaration in prologue:
            if declaration.name == "Base":
                base = resolve([str(declaration["iri"])], base)[0]
                declaration["iri"] = URIRef(base)
            elif declaration.name == "PrefixDecl":
                declaration["iri"] = URIRef(resolve([str(declaration["iri"])], base)[0])
        if index >= len(requests):
            break
        requests[index] = _resolved(requests[index], base)
    return tree


def _resolved(request: Any, base: str | None) -> Any:
    """One operation of the parse tree with its IRIs resolved against ``base`` and the escapes
    of its local names dropped."""
    from rdflib.plugins.sparql.algebra import traverse
    from rdflib.plugins.sparql.parserutils import CompValue

    found: dict[str, None] = {}

    def collect(node: Any) -> None:
        if isinstance(node, URIRef):
            found[str(node)] = None
        elif isinstance(node, CompValue) and node.name == "pname":
            local = dict.get(node, "localname")
            if isinstance(local, str) and "\\" in local:
                node["localname"] = _LOCAL_ESCAPE.sub(r"\1", local)

    traverse(request, visitPost=collect)
    names = list(found)
    table = dict(zip(names, resolve(names, base), strict=True))

    def replace(node: Any) -> Any:
        return URIRef(table[str(node)]) if isinstance(node, URIRef) else None

    return traverse(request, visitPost=replace)
