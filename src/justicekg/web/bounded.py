"""Which SPARQL queries may be answered in the HTTP process, without the killable worker pool.

Sending a query to a worker process costs a pipe round trip and two process wake-ups, more
than a lookup query itself costs. A query whose work is bounded by construction can skip it:
:func:`is_bounded` accepts only **lookups** — every triple pattern has a constant subject and
a constant predicate (no property paths), no variable occurs twice (so the patterns are
independent factors, no join can discard rows), and there is nothing that can scan or compute
without producing output: no ``FILTER``, ``OPTIONAL``, ``UNION``, ``GRAPH``, ``VALUES``,
``BIND``, sub-queries, aggregates, ``GROUP BY``/``ORDER BY`` or ``SERVICE``; and with more
than one pattern no ``DISTINCT``, ``REDUCED`` or ``OFFSET`` (each could consume a large
cross product while writing nothing). Such a query reads the ``(subject, predicate)`` index
ranges it names and streams what it finds; its output is cut by the row cap, and the
evaluation's writer checks the deadline between chunks
(:func:`~justicekg.web.executor.run_job`), so the time limit still holds.

The check is a small tokenizer, not a parser: anything it does not recognise makes the query
"not bounded" and it goes to the pool as before. Oxigraph still parses every query, so a
syntax error is reported the same way on both paths.

>>> is_bounded('SELECT ?l WHERE { <http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> ?l }')
True
>>> is_bounded('PREFIX r: <http://r/> SELECT * { <http://x/a> r:p ?o ; a ?t . } LIMIT 5')
True
>>> is_bounded('DESCRIBE <http://x/a>')
True
>>> is_bounded('SELECT ?s WHERE { ?s a <http://x/T> }')  # a variable subject: a scan
False
>>> is_bounded('SELECT ?o WHERE { <http://x/a> <http://x/p> ?o FILTER(?o > 1) }')
False
>>> is_bounded('SELECT DISTINCT ?z { <http://x/a> <http://x/p> ?x . <http://x/b> <http://x/p> ?y }')
False
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+|\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<dt>\^\^)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?
        :(?:[\w\-.:%\u00B7\u00C0-\uFFFF]*[\w\-:%\u00B7\u00C0-\uFFFF])?)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<word>[A-Za-z]+)
  | (?P<punct>[{}.;,*])
    """,
    re.VERBOSE,
)

#: Keywords allowed around the graph pattern (everything else, e.g. FILTER, is refused).
_HEAD_WORDS = frozenset({"select", "distinct", "reduced", "ask", "where", "from", "named"})
_TAIL_WORDS = frozenset({"limit", "offset"})


@lru_cache(maxsize=2048)
def is_bounded(query: str) -> bool:
    """True when ``query`` is a lookup whose work the engine bounds (see the module doc)."""
    tokens = _tokens(query)
    if tokens is None:
        return False
    pos = _prologue(tokens)
    if pos >= len(tokens) or tokens[pos][0] != "word":
        return False
    form = tokens[pos][1].lower()
    if form == "describe":
        rest = tokens[pos + 1 :]
        return bool(rest) and all(kind in ("iri", "pname") for kind, _ in rest)
    if form not in ("select", "ask"):
        return False
    pos += 1
    head = pos
    while pos < len(tokens) and tokens[pos][1] != "{":  # projection and FROM clauses
        kind, text = tokens[pos]
        if not (
            kind in ("var", "iri")
            or text == "*"
            or (kind == "word" and text.lower() in _HEAD_WORDS)
        ):
            return False  # e.g. (COUNT(*) AS ?n): parentheses are not even tokens here
        pos += 1
    shape = _group(tokens, pos)
    if shape is None:
        return False
    end, patterns = shape
    if not _tail(tokens[end:]):
        return False
    if patterns > 1:  # a cross product: only what streams it row by row is allowed
        words = {text.lower() for kind, text in tokens[head:pos] + tokens[end:] if kind == "word"}
        return not words & {"distinct", "reduced", "offset"}
    return True


def _tokens(query: str) -> list[tuple[str, str]] | None:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _TOKEN.finditer(query):
        if m.start() != pos:
            return None  # a character no token covers, e.g. ( ) [ ] / | ^ ! =
        pos = m.end()
        kind = m.lastgroup or ""
        if kind != "ws":
            out.append((kind, m.group(0)))
    if pos != len(query):
        return None
    return out


def _prologue(tokens: list[tuple[str, str]]) -> int:
    pos = 0
    while pos < len(tokens) and tokens[pos][0] == "word":
        word = tokens[pos][1].lower()
        if word == "base" and pos + 1 < len(tokens) and tokens[pos + 1][0] == "iri":
            pos += 2
        elif (
            word == "prefix"
            and pos + 2 < len(tokens)
            and tokens[pos + 1][0] == "pname"
            and tokens[pos + 1][1].endswith(":")
            and tokens[pos + 2][0] == "iri"
        ):
            pos += 3
        else:
            break
    return pos


def _term(tokens: list[tuple[str, str]], pos: int, *, constant: bool) -> int | None:
    """The position after one RDF term at ``pos``; ``None`` if there is none."""
    if pos >= len(tokens):
        return None
    kind, text = tokens[pos]
    if kind in ("iri", "pname"):
        return pos + 1
    if constant:
        return None
    if kind == "var" or kind == "number" or (kind == "word" and text in ("true", "false")):
        return pos + 1
    if kind == "string":
        pos += 1
        if pos < len(tokens) and tokens[pos][0] == "lang":
            return pos + 1
        if pos < len(tokens) and tokens[pos][0] == "dt":
            return (
                pos + 2
                if pos + 1 < len(tokens) and tokens[pos + 1][0] in ("iri", "pname")
                else None
            )
        return pos
    return None


def _group(tokens: list[tuple[str, str]], pos: int) -> tuple[int, int] | None:
    """Check ``{ s p o (; p o | , o)* (. s p o ...)* }`` with no variable used twice.

    Returns the position after ``}`` and the number of triple patterns.
    """
    if pos >= len(tokens) or tokens[pos][1] != "{":
        return None
    pos += 1
    patterns = 0
    seen: set[str] = set()
    while True:
        if pos < len(tokens) and tokens[pos][1] == "}":
            return pos + 1, patterns
        after = _term(tokens, pos, constant=True)  # subject
        if after is None:
            return None
        pos = after
        while True:
            if pos < len(tokens) and tokens[pos] == ("word", "a"):
                pos += 1
            else:
                after = _term(tokens, pos, constant=True)  # predicate: no variables, no paths
                if after is None:
                    return None
                pos = after
            while True:
                after = _term(tokens, pos, constant=False)  # object
                if after is None:
                    return None
                if tokens[pos][0] == "var":
                    name = tokens[pos][1][1:]
                    if name in seen:
                        return None  # a join: it could discard rows after long work
                    seen.add(name)
                patterns += 1
                pos = after
                if pos < len(tokens) and tokens[pos][1] == ",":
                    pos += 1
                    continue
                break
            if pos < len(tokens) and tokens[pos][1] == ";":
                pos += 1
                if pos < len(tokens) and tokens[pos][1] in (".", "}"):
                    break
                continue
            break
        if pos < len(tokens) and tokens[pos][1] == ".":
            pos += 1
        elif pos >= len(tokens) or tokens[pos][1] != "}":
            return None


def _tail(tokens: list[tuple[str, str]]) -> bool:
    pos = 0
    while pos < len(tokens):
        kind, text = tokens[pos]
        if kind == "word" and text.lower() in _TAIL_WORDS:
            if pos + 1 < len(tokens) and tokens[pos + 1][0] == "number":
                pos += 2
                continue
        return False
    return True
