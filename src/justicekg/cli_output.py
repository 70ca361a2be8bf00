"""What ``justicekg query`` reads and prints: a query file (bounded), error positions in the
user's own text, and the results as a table, SPARQL results formats or Turtle."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.cli_lang import tr
from justicekg.errors import InputError

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def read_query_file(path: Path, limit: int) -> str:
    """The text of a query file, refusing one over ``limit`` bytes (``@/dev/zero`` fails fast)."""
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise InputError(Message("cli_cannot_read_query", why=str(exc)), where=str(path)) from exc
    if len(data) > limit:
        raise InputError(
            Message("cli_query_file_too_large", limit=limit),
            where=str(path),
            hint=Message("cli_query_file_too_large_hint"),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Message("cli_cannot_read_query", why=str(exc)), where=str(path)) from exc


_POSITION = re.compile(r"\b(\d+):(\d+)\b")


def user_positions(message: str, prologue: str) -> str:
    """An Oxigraph error message with its ``line:column`` positions counted in the user's
    text, not in the hidden ``PREFIX`` lines put before it.

    >>> user_positions("error at 14:3: expected OPTIONAL", "PREFIX a: <a:>\\n" * 13)
    'error at 1:3: expected OPTIONAL'
    """
    hidden = prologue.count("\n")
    head, sep, rest = message.partition("error at ")
    if not sep:
        return message

    def shift(m: re.Match[str]) -> str:
        line = int(m.group(1)) - hidden
        return f"{line}:{m.group(2)}" if line >= 1 else m.group(0)

    position, _, tail = rest.partition(": ")
    return head + sep + _POSITION.sub(shift, position) + (": " + tail if tail else "")


def render(results: Any, fmt: str) -> str:
    graph = not isinstance(results, (ox.QueryBoolean, ox.QuerySolutions))
    if fmt == "turtle" and not graph:
        raise InputError(
            Message("cli_turtle_for_graphs"), hint=Message("cli_turtle_for_graphs_hint")
        )
    if graph and fmt in RESULT_FORMATS:
        raise InputError(
            Message("cli_format_for_solutions", format=fmt),
            hint=Message("cli_format_for_solutions_hint"),
        )
    if isinstance(results, (ox.QueryBoolean, ox.QuerySolutions)) and fmt in RESULT_FORMATS:
        out = io.BytesIO()
        results.serialize(out, RESULT_FORMATS[fmt])
        return out.getvalue().decode()
    if isinstance(results, ox.QueryBoolean):
        return ("true" if bool(results) else "false") + "\n"
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        rows = [[cell(row[n]) for n in names] for row in results]
        return table(names, rows)
    # triples (CONSTRUCT / DESCRIBE)
    out = io.BytesIO()
    ox.serialize(results, out, ox.RdfFormat.TURTLE)
    return out.getvalue().decode()


def cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return str(term.value) if hasattr(term, "value") else str(term)


def table(names: list[str], rows: list[list[str]]) -> str:
    """A plain-text table with a row count under it."""
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))

    parts = [line(names), "-+-".join("-" * w for w in widths), *(line(r) for r in rows)]
    parts.append(tr("cli_rows" if len(rows) != 1 else "cli_row", n=len(rows)))
    return "\n".join(p.rstrip() for p in parts) + "\n"


def compact_iri(iri: str) -> str:
    """``prefix:local`` for an IRI under a well-known namespace, else the IRI."""
    from justicekg.namespaces import PREFIXES

    for prefix, namespace in PREFIXES.items():
        if prefix and iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri
