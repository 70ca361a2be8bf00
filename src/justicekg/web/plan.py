"""What a client's SPARQL request *is*, decided from a real parse (rdflib's SPARQL parser).

Every decision the endpoint makes about a request's text comes from here: the operation
(``select``, ``ask``, ``graph`` for CONSTRUCT/DESCRIBE, or an update), whether ``SERVICE`` or
``LOAD`` occurs anywhere (nested groups, ``EXISTS``, sub-queries, the ``WHERE`` of an update),
whether a query is a bounded lookup (:mod:`justicekg.web.bounded`, on the algebra) and which
update operations a request holds. Nothing is decided from keywords in the text.

**Where the two parsers could read a text differently.** Oxigraph runs the query; rdflib only
judges it. Two lexical rules differ, and the text is adjusted so that rdflib reads what
Oxigraph reads before it judges:

* a comment ends at ``\\r`` as well as ``\\n`` (SPARQL's EOL), but pyparsing's "rest of line"
  runs on past a ``\\r``: every ``\\r`` becomes ``\\n`` (outside comments both are white
  space; a raw ``\\r`` or ``\\n`` is only allowed in long strings, where either is fine);
* Oxigraph expands ``\\uXXXX`` / ``\\UXXXXXXXX`` only inside IRIs and strings, rdflib
  everywhere *before* parsing (so ``"\\u0022#"`` would end a string and start a comment for
  rdflib only): each escape becomes the letter ``x``, which keeps every token's boundaries
  where Oxigraph sees them, and rdflib's own pre-expansion is skipped.

A text rdflib cannot parse is refused (``QueryError``, 400): it is never a lookup and never
reaches Oxigraph, so a SERVICE hidden in syntax only one parser understands cannot run. The
property test ``tests/test_web_plan_property.py`` checks these rules against Oxigraph itself.

Parsing costs 2–5 ms for a typical query but grows fast on some texts (a 2 kB sum
``1+1+…`` takes rdflib two seconds; 500 triple patterns about one), so the HTTP worker never
parses a client's query: a text it has no plan for goes to a killable query process (for a
``memory:`` store, a query thread), which plans it (under the time limit, with
:func:`plan_deep`), refuses it or runs it, and hands the plan back; :func:`remember` keeps
it, by a hash of the text, in a byte-bounded LRU (:class:`ByteLRU`), and :func:`cached_plan`
finds it for the next request. Only updates (behind the update token) are planned in the HTTP
worker, by :func:`plan_update`, which follows long and deep texts as :func:`plan_deep` does.

>>> plan_query("PREFIX s: <http://x/select> ASK { ?a ?b ?c }").form
'ask'
>>> plan_query('SELECT * { ?s ?p "SERVICE" } # SERVICE <http://x/> {}').remote
''
>>> plan_query("SELECT * { #\\rSERVICE <http://127.0.0.1:9/> { ?a ?b ?c }\\n}").remote
'SERVICE'
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from justicekg.catalogue import Message
from justicekg.errors import QueryError
from justicekg.web.bounded import is_lookup
from justicekg.web.cache import ByteLRU
from justicekg.web.rdflib_algebra import algebra
from justicekg.web.stacks import has_big_stack, run_on_big_stack

_ESCAPE = re.compile(r"\\\\|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}")

#: Parse-tree node names that make the server fetch a URL.
_REMOTE = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_FORMS = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "graph",
    "DescribeQuery": "graph",
}


class PlanTooDeepError(QueryError):
    """The text nests deeper than this thread's recursion allows (:func:`plan_deep` may
    follow it)."""


@dataclass(frozen=True, slots=True)
class QueryPlan:
    """What a query request is: ``form`` (select, ask, graph); ``remote`` names the first
    SERVICE or LOAD found ('' if none); ``lookup`` says it may run in the HTTP worker."""

    form: str
    remote: str = ""
    lookup: bool = False


@dataclass(frozen=True, slots=True)
class UpdatePlan:
    """What an update request is: its operations in order (``InsertData``, ``Modify``, …)."""

    operations: tuple[str, ...]
    remote: str = ""
    #: A ``PREFIX``/``BASE`` after a ``;`` (valid SPARQL that Oxigraph 0.5 refuses).
    late_prologue: bool = False
    #: Evidence offsets it would write that are not non-negative integers, or whose value is
    #: only known when it runs (described; :mod:`justicekg.web.update_offsets`).
    bad_offsets: tuple[str, ...] = ()
    #: Why those offsets could not be judged ('' if they were): such an update is refused.
    unjudged: str = ""
    #: Some operation names its own dataset (``USING``, ``USING NAMED`` or ``WITH``).
    names_dataset: bool = False
    #: The ``USING``/``USING NAMED`` clauses of each ``Modify``, in order, as written
    #: (``USING <x:g>``; a prefixed name as ``p:local``).
    datasets: tuple[tuple[str, ...], ...] = ()


#: pyparsing's grammar objects are shared and not thread-safe: one parse at a time (parsing
#: holds the GIL anyway, so this costs no throughput). A parse that raises the recursion limit
#: (:data:`DEEP_RECURSION`) does so holding this lock, so two parses never race on it.
_PARSE_LOCK = threading.Lock()

#: The recursion limit :func:`plan_deep` parses with when the ordinary one is not enough
#: (rdflib's grammar spends about 11 Python frames on each triple pattern of a group and about
#: 25 on each nested group); a text deeper than that is refused as nested too deep (1,600
#: nested groups, 3,700 triple patterns in one group; 1,500 and 3,600 are followed).
DEEP_RECURSION = 40_000

_QUERY_PLANS: ByteLRU[QueryPlan | QueryError] = ByteLRU(4 << 20)
_UPDATE_PLANS: ByteLRU[UpdatePlan | QueryError] = ByteLRU(1 << 20)


def rdflib_view(text: str) -> str:
    """The text as rdflib must see it to read Oxigraph's tokens (see the module doc).

    >>> rdflib_view('SELECT * { #\\r?s <x:\\\\u0041> "\\\\u0022" }')
    'SELECT * { #\\n?s <x:x> "x" }'
    """
    text = text.replace("\r", "\n")
    return _ESCAPE.sub(lambda m: m.group(0) if m.group(0) == "\\\\" else "x", text)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


_P = TypeVar("_P", "QueryPlan", "UpdatePlan")


def _parsed(
    cache: ByteLRU[_P | QueryError],
    text: str,
    make: Callable[[str], _P],
    *,
    deep: Callable[[str], _P] | None = None,
) -> _P:
    """``make(text)`` once per text (one parse at a time), refusals remembered as well.

    With ``deep``, a text too deep for the ordinary recursion limit is planned again by
    ``deep(text)`` with :data:`DEEP_RECURSION`. A refusal as too deep is only remembered when
    made with it (a deep planner may follow what an ordinary one could not).
    """
    key = _key(text)
    cached = cache.get(key)
    if cached is None:
        try:
            with _PARSE_LOCK:
                cached = _make(text, make, deep)
        except PlanTooDeepError as exc:
            if deep is None:
                raise
            cached = exc
        except QueryError as exc:
            cached = exc
        cache.put(key, cached)
    return _answer(cached)


def _answer(found: _P | QueryError) -> _P:
    """A remembered plan, or its remembered refusal raised afresh."""
    if isinstance(found, QueryError):
        raise type(found)(found.message, hint=found.hint)
    return found


def _make(text: str, make: Callable[[str], _P], deep: Callable[[str], _P] | None) -> _P:
    """``make(text)``, else ``deep(text)`` with the deep recursion limit if the text needs it
    (the caller holds ``_PARSE_LOCK``: nothing else changes the limit meanwhile)."""
    try:
        return make(text)
    except PlanTooDeepError:
        if deep is None:
            raise
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, DEEP_RECURSION))
    try:
        return deep(text)
    finally:
        sys.setrecursionlimit(old)


def plan_query(text: str) -> QueryPlan:
    """Parse ``text`` as a SPARQL query (cached by its hash) and describe it.

    Raises:
        QueryError: rdflib cannot parse it (a syntax error, an update, or nesting deeper than
            the checker follows).
    """
    return _parsed(_QUERY_PLANS, text, _plan_query)


def plan_deep(text: str) -> QueryPlan:
    """:func:`plan_query` that follows longer and deeper texts, for the threads that plan a
    client's query.

    A text the ordinary recursion limit cannot follow (a group of 100 triple patterns, 50
    nested groups) is parsed again with :data:`DEEP_RECURSION`, on a thread with a big stack
    (:mod:`justicekg.web.stacks`): this one if it has one, else a new one. The limit is
    process-wide, so other threads run with it too while such a text is parsed (one at a
    time); the ordinary texts that make up most requests never raise it. Such a text is never
    a lookup (a lookup runs on an HTTP thread, whose stack is an ordinary one).

    Raises:
        QueryError: as :func:`plan_query`; nesting deeper than :data:`DEEP_RECURSION`
            follows is refused as too deep.
    """
    return _parsed_deep(_QUERY_PLANS, text, _plan_query, _plan_deep_query)


def _parsed_deep(
    cache: ByteLRU[_P | QueryError], text: str, make: Callable[[str], _P], deep: Callable[[str], _P]
) -> _P:
    """:func:`_parsed` with ``deep``, on a thread with a big stack: this one if it has one,
    else a new one (a text found in ``cache`` is answered here, with no thread)."""
    cached = cache.get(_key(text))
    if cached is not None:
        return _answer(cached)
    if not has_big_stack():
        return run_on_big_stack(lambda: _parsed_deep(cache, text, make, deep), name="jkg-plan")
    return _parsed(cache, text, make, deep=deep)


def cached_plan(text: str) -> QueryPlan | None:
    """The plan of ``text`` if this process has it (no parsing), else ``None``.

    Raises:
        QueryError: the text was refused before.
    """
    cached = _QUERY_PLANS.get(_key(text))
    return None if cached is None else _answer(cached)


def remember(text: str, plan: QueryPlan) -> None:
    """Keep a plan made elsewhere (by a query process) for ``text``."""
    _QUERY_PLANS.put(_key(text), plan)


def plan_update(text: str) -> UpdatePlan:
    """Parse ``text`` as a SPARQL update (cached by its hash) and list its operations.

    It follows the texts :func:`plan_deep` follows, the same way (a ``WHERE`` of 100 triple
    patterns or 50 nested groups is parsed again with :data:`DEEP_RECURSION`, on a thread
    with a big stack): the update endpoint accepts what the query endpoint accepts.

    Raises:
        QueryError: rdflib cannot parse it (a syntax error, or nesting deeper than
            :data:`DEEP_RECURSION` follows: refused as too deep).
    """
    return _parsed_deep(_UPDATE_PLANS, text, _plan_update, _plan_update)


def refuse_remote(plan: QueryPlan | UpdatePlan, *, what: str = "query") -> None:
    """Refuse a request that uses SERVICE or LOAD: the server never fetches a URL for a client.

    Raises:
        QueryError: the plan found SERVICE or LOAD.
    """
    if plan.remote:
        raise QueryError(
            Message("error_remote_refused", remote=plan.remote, what=what),
            hint=Message("error_remote_refused_hint"),
        )


def _plan_query(text: str, *, lookups: bool = True) -> QueryPlan:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import Query

    try:
        tree = Query.parse_string(rdflib_view(text), parse_all=True)
    except ParseBaseException as exc:
        if _looks_like_update(text):
            raise QueryError(
                Message("error_update_here"), hint=Message("error_post_to_update")
            ) from None
        raise _syntax_error(exc, "query") from None
    except RecursionError:
        raise _too_deep() from None
    except Exception as exc:  # the checker failed: never run what it could not read
        raise _unreadable(exc, "query") from None
    remote = _find_remote(tree)
    form = next((_FORMS[n.name] for n in tree if getattr(n, "name", None) in _FORMS), "select")
    lookup = False
    if lookups and not remote:
        try:
            lookup = is_lookup(algebra().translateQuery(tree).algebra)
        except RecursionError:
            lookup = False
        except Exception:  # e.g. an undeclared prefix: Oxigraph reports it, in a worker
            lookup = False
    return QueryPlan(form, remote, lookup)


def _plan_deep_query(text: str) -> QueryPlan:
    """:func:`_plan_query` for a text that needs the deep recursion limit: never a lookup (a
    lookup runs on an HTTP thread, whose stack is an ordinary one)."""
    return _plan_query(text, lookups=False)


def _plan_update(text: str) -> UpdatePlan:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import UpdateUnit

    try:
        tree = UpdateUnit.parse_string(rdflib_view(text), parse_all=True)[0]
    except ParseBaseException as exc:
        raise _syntax_error(exc, "update") from None
    except RecursionError:
        raise _too_deep() from None
    except Exception as exc:
        raise _unreadable(exc, "update") from None
    requests = tree["request"] if "request" in tree else []
    operations = tuple(str(op.name) for op in requests if getattr(op, "name", None))
    prologues = tree["prologue"] if "prologue" in tree else []
    late = any(len(p) for p in list(prologues)[1:])
    remote = _find_remote(tree)
    dataset = any("using" in op or "withClause" in op for op in requests)
    datasets = tuple(_clauses(op) for op in requests if getattr(op, "name", None) == "Modify")
    checked = not remote and {"InsertData", "Modify"} & set(operations)
    if not checked:
        return UpdatePlan(operations, remote, late, names_dataset=dataset, datasets=datasets)
    from justicekg.web.update_iris import as_stored
    from justicekg.web.update_offsets import written_offsets

    try:
        if any(m.group(0) != "\\\\" for m in _ESCAPE.finditer(text)):
            tree = UpdateUnit.parse_string(offsets_view(text), parse_all=True)[0]
        found = written_offsets(as_stored(tree))
    except RecursionError:  # rdflib's translation recurses too: planned again deeper, or refused
        raise _too_deep() from None
    except Exception as exc:  # fail closed: an update whose offsets cannot be judged never runs
        return UpdatePlan(
            operations,
            remote,
            late,
            unjudged=f"{type(exc).__name__}: {exc}",
            names_dataset=dataset,
            datasets=datasets,
        )
    return UpdatePlan(operations, remote, late, found, names_dataset=dataset, datasets=datasets)


def _clauses(op: Any) -> tuple[str, ...]:
    """The ``USING``/``USING NAMED`` clauses of one ``Modify`` of a parse tree, as written."""
    from rdflib.term import URIRef

    clauses: list[str] = []
    for clause in dict.get(op, "using") or ():
        named = "named" in clause
        iri = clause["named"] if named else clause["default"]
        shown = (
            f"<{iri}>" if isinstance(iri, URIRef) else f"{iri.prefix or ''}:{iri.localname or ''}"
        )
        clauses.append(f"USING NAMED {shown}" if named else f"USING {shown}")
    return tuple(clauses)


#: Characters an escape may stand for without moving a token boundary (a quote, ``<``,
#: ``>``, a backslash or a line break would end a string, an IRI or a comment early).
_UNSAFE = set("\"'<>\\\r\n")


def offsets_view(text: str) -> str:
    """The text as the offset check reads it: :func:`rdflib_view`, but with each ``\\u``/
    ``\\U`` escape that Oxigraph expands (in IRIs and strings) standing for its character.

    Oxigraph reads ``<…#\\u0073tartOffset>`` as ``jkg:startOffset``; the ``x`` of
    :func:`rdflib_view` would hide it from the check. An escape for a character that would
    move a token boundary stays ``x``: no offset predicate, ``xsd:integer`` or offset value
    holds such a character (nor an ``x``), so the verdict is the same. Outside IRIs and strings
    Oxigraph refuses an escape, and inside a comment a safe character changes nothing.

    >>> offsets_view('<x:\\\\u0073> "\\\\u0031\\\\u0022" # \\\\u000A')
    '<x:s> "1x" # x'
    """
    text = text.replace("\r", "\n")

    def expand(match: re.Match[str]) -> str:
        if match.group(0) == "\\\\":
            return match.group(0)
        code = int(match.group(0)[2:], 16)
        char = chr(code) if code <= 0x10FFFF else "x"
        return "x" if char in _UNSAFE or 0xD800 <= code <= 0xDFFF else char

    return _ESCAPE.sub(expand, text)


def _looks_like_update(text: str) -> bool:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import UpdateUnit

    try:
        UpdateUnit.parse_string(rdflib_view(text), parse_all=True)
    except (ParseBaseException, RecursionError):
        return False
    return True


def _syntax_error(exc: Any, what: str) -> QueryError:
    return QueryError(
        Message("error_sparql_syntax", what=what, line=exc.lineno, column=exc.col, why=exc.msg),
        hint=Message("error_sparql_syntax_hint"),
    )


def _unreadable(exc: Exception, what: str) -> QueryError:
    return QueryError(
        Message("error_unreadable", what=what, why=f"{type(exc).__name__}: {exc}"),
        hint=Message("error_unreadable_hint"),
    )


def _too_deep() -> QueryError:
    return PlanTooDeepError(Message("error_too_deep"), hint=Message("error_too_deep_hint"))


def _find_remote(tree: Any) -> str:
    """The keyword of the first SERVICE or LOAD node anywhere in a parse tree, else ''."""
    for node in _walk(tree):
        name = getattr(node, "name", None)
        if isinstance(name, str) and name in _REMOTE:
            return _REMOTE[name]
    return ""


def _walk(tree: Any) -> Iterator[Any]:
    """Every node of a pyparsing/rdflib parse tree, iteratively (trees can be deep)."""
    from pyparsing import ParseResults

    stack = [tree]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, dict):  # CompValue is an OrderedDict
            stack.extend(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)
