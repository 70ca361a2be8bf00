"""Which SPARQL queries may be answered in the HTTP process, without the killable worker pool.

Sending a query to a worker process costs a pipe round trip and two process wake-ups, more
than a lookup query itself costs. A query whose work is bounded by construction can skip it:
:func:`is_lookup` accepts only the algebra of a **lookup** — every triple pattern has a
constant subject and a constant predicate (no property paths, no blank nodes), no variable
occurs twice (so the patterns are independent factors, no join can discard rows), and there is
nothing that can scan or compute without producing output: no ``FILTER``, ``OPTIONAL``,
``UNION``, ``GRAPH``, ``VALUES``, ``BIND``, sub-queries, aggregates, ``GROUP BY``/``ORDER BY``
or ``SERVICE``; and with more than one pattern no ``DISTINCT``, ``REDUCED`` or ``OFFSET``
(each could consume a large cross product while writing nothing). Such a query reads the
``(subject, predicate)`` index ranges it names and streams what it finds; its output is cut by
the row cap, and the evaluation's writer checks the deadline between chunks
(:func:`~justicekg.web.executor.run_job`), so the time limit still holds.

The algebra comes from rdflib's parser (:func:`justicekg.web.plan.plan_query`), never from
keywords in the text.

>>> from justicekg.web.plan import plan_query
>>> L = "<http://www.w3.org/2000/01/rdf-schema#label>"
>>> plan_query('SELECT ?l WHERE { <http://x/a> ' + L + ' ?l }').lookup
True
>>> plan_query('PREFIX r: <http://r/> SELECT * { <http://x/a> r:p ?o ; a ?t . } LIMIT 5').lookup
True
>>> plan_query('DESCRIBE <http://x/a>').lookup
True
>>> plan_query('SELECT ?s WHERE { ?s a <http://x/T> }').lookup  # a variable subject: a scan
False
>>> plan_query('SELECT ?o WHERE { <http://x/a> <http://x/p> ?o FILTER(?o > 1) }').lookup
False
>>> plan_query('SELECT DISTINCT ?z { <x:a> <x:p> ?x . <x:b> <x:p> ?y }').lookup
False
"""

from __future__ import annotations

from typing import Any

#: Solution modifiers allowed around the basic graph pattern.
_WRAPPERS = frozenset({"Project", "Slice", "Distinct", "Reduced"})


def is_lookup(algebra: Any) -> bool:
    """True when an rdflib query algebra is a lookup whose work the engine bounds."""
    from rdflib.term import Literal, URIRef, Variable

    name = getattr(algebra, "name", None)
    if name == "DescribeQuery":
        return algebra.get("p") is None and all(isinstance(t, URIRef) for t in algebra["PV"])
    if name not in ("SelectQuery", "AskQuery"):
        return False
    node = algebra.get("p")
    wrappers: list[Any] = []
    while getattr(node, "name", None) in _WRAPPERS:
        wrappers.append(node)
        node = node.get("p")
    if getattr(node, "name", None) != "BGP":
        return False
    triples = node.get("triples") or []
    seen: set[str] = set()
    for s, p, o in triples:
        if type(s) is not URIRef or type(p) is not URIRef:
            return False  # a variable, blank node, literal or path
        if isinstance(o, Variable):
            if str(o) in seen:
                return False  # a join: it could discard rows after long work
            seen.add(str(o))
        elif not isinstance(o, (URIRef, Literal)):
            return False  # a blank node joins like a variable
    if len(triples) > 1:  # a cross product: only what streams it row by row is allowed
        for w in wrappers:
            if w.name in ("Distinct", "Reduced"):
                return False
            if w.name == "Slice" and (w.get("start") or 0) > 0:
                return False
    return True
