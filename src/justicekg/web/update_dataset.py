"""The dataset of an update request (SPARQL 1.1 Protocol §2.2.3): ``using-graph-uri`` and
``using-named-graph-uri`` become ``USING`` / ``USING NAMED`` clauses of each ``DELETE``/``INSERT
… WHERE`` operation, since the engine (Oxigraph) takes a dataset only in the update's text.

The graph names are checked as absolute IRIs and written by the engine's own serializer
(``pyoxigraph.NamedNode``); they go in front of the ``WHERE`` keyword of each operation, found
by a scanner that skips IRIs, strings, comments and the escapes of prefixed names (``ex:a\\'``
is no string) and counts braces, and that must find as many top-level ``WHERE`` as the parser
found operations with one, or nothing runs. The scanner is no parser: the rewritten text is
parsed again, and unless every operation then has exactly the requested dataset
(:func:`check_dataset`), nothing runs either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyoxigraph as ox

from justicekg.web.errors import BadRequestError
from justicekg.web.i18n import translate
from justicekg.web.plan import UpdatePlan

#: An IRI reference (with ``\\u`` escapes), a string (long or short), or a comment.
_SKIP = re.compile(
    r"""<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r"""|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|#[^\n\r]*""",
    re.DOTALL,
)
#: The keyword, after white space, a ``}`` or the ``>`` of an IRI (``USING <g>WHERE``), never
#: inside a prefixed name (``ex:a·WHERE``, ``ex:a\\,WHERE``), and before white space, a comment
#: or its group.
_WHERE = re.compile(r"(?<=[ \t\r\n}>])WHERE(?=[ \t\r\n#{])", re.IGNORECASE)


def where_positions(text: str) -> list[int]:
    """Offsets of the ``WHERE`` keywords outside braces, IRIs, strings and comments.

    >>> where_positions('DELETE { ?s <x:where#1> "where" } # where\\nWHERE { ?s ?p ?o }')
    [42]
    >>> where_positions("INSERT { ?s ?p ?o } WHERE { { SELECT * WHERE { ?s ?p ?o } } }")
    [20]
    >>> where_positions("INSERT { ?s ?p ex:a\\\\' } WHERE { ?s ?p 'x' }")
    [24]
    """
    found: list[int] = []
    depth, i = 0, 0
    while i < len(text):
        char = text[i]
        if char == "\\":  # an escape in a prefixed name (PN_LOCAL_ESC): it starts nothing
            i += 2
            continue
        if char in "<\"'#":
            skipped = _SKIP.match(text, i)
            if skipped:
                i = skipped.end()
                continue
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char in "Ww":
            keyword = _WHERE.match(text, i)
            if keyword:
                found.append(i)
                i = keyword.end()
                continue
        i += 1
    return found


def apply_dataset(
    text: str, plan: UpdatePlan, using: Sequence[str], using_named: Sequence[str]
) -> str:
    """``text`` with ``USING``/``USING NAMED`` before each operation's ``WHERE``.

    Raises:
        BadRequestError: a graph name is not an absolute IRI; the update also names its own
        dataset (``USING``/``WITH``); it has a ``DELETE WHERE`` (no place for ``USING``); or
        the operations could not be matched to their ``WHERE`` keywords.

    >>> from justicekg.web.plan import plan_update
    >>> u = "INSERT { GRAPH <x:g> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    >>> apply_dataset(u, plan_update(u), ["http://a.example/"], [])
    'INSERT { GRAPH <x:g> { ?s ?p ?o } } USING <http://a.example/> WHERE { ?s ?p ?o }'
    """
    if not using and not using_named:
        return text
    clauses = [f"USING {_iri(v, 'using-graph-uri')}" for v in using]
    clauses += [f"USING NAMED {_iri(v, 'using-named-graph-uri')}" for v in using_named]
    if plan.names_dataset:
        raise BadRequestError(
            translate("update_dataset_conflict"), hint=translate("update_dataset_conflict_hint")
        )
    if "DeleteWhere" in plan.operations:
        raise BadRequestError(
            translate("update_dataset_delete_where"),
            hint=translate("update_dataset_delete_where_hint"),
        )
    positions = where_positions(text)
    if len(positions) != plan.operations.count("Modify"):
        raise BadRequestError(translate("update_dataset_unmatched"))
    joined = " ".join(clauses) + " "
    for at in reversed(positions):
        text = text[:at] + joined + text[at:]
    return text


def check_dataset(plan: UpdatePlan, using: Sequence[str], using_named: Sequence[str]) -> None:
    """Refuse unless each ``DELETE``/``INSERT … WHERE`` of ``plan`` (the rewritten update,
    parsed again) has exactly the dataset asked for, in order.

    Raises:
        BadRequestError: an operation has another dataset, or none (a clause landed in a
            string or a comment, or before the wrong keyword).

    >>> from justicekg.web.plan import plan_update
    >>> u = "INSERT { ?s ?p 1 } USING <urn:g> WHERE { ?s ?p 'x' }"
    >>> check_dataset(plan_update(u), ["urn:g"], [])
    >>> check_dataset(plan_update(u), ["urn:h"], [])
    Traceback (most recent call last):
    ...
    justicekg.web.errors.BadRequestError: ...
    """
    clauses = [f"USING {_iri(v, 'using-graph-uri')}" for v in using]
    clauses += [f"USING NAMED {_iri(v, 'using-named-graph-uri')}" for v in using_named]
    wanted = tuple(clauses)
    if len(plan.datasets) != plan.operations.count("Modify") or any(
        found != wanted for found in plan.datasets
    ):
        raise BadRequestError(translate("update_dataset_misplaced"))


def _iri(value: str, name: str) -> str:
    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:
        raise BadRequestError(
            translate("update_dataset_bad_iri", name=name, value=value[:200], why=str(exc))
        ) from None
