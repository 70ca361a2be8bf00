"""Long and deep SPARQL texts on a ``memory:`` store (the thread executor).

rdflib's grammar, which plans every client's text, spends about 11 Python frames on each triple
pattern of a group, so a group of 100 patterns is past the ordinary recursion limit: such a text
is planned again with the deep limit, on a thread with a big stack (``justicekg.web.plan``), and
the query threads of ``ThreadExecutor`` have that stack, so Oxigraph, which recurses on the
machine stack, has room too. Nesting deeper than the planner follows is still refused with the
"nested too deep" message.

The answers are checked on a chain ``n0 → n1 → … → nN`` with a dead end ``m10``, ``m20`` …
beside every tenth node: the query walks the chain, every tenth node a variable that the pattern
before it binds to two nodes and the pattern after it to one, so exactly one row comes back.

Updates (``/update``) follow the same texts: their ``WHERE`` is planned by ``plan.plan_update``
with the same deep parse, and Oxigraph runs them on a big stack. A walk of the chain marks the
nodes it passes (``PASSES``) in a graph of its own, so the store changes by exactly the row.

What could crash a process (Oxigraph on an ordinary stack) runs against a real ``justicekg serve
--store memory:`` on loopback, never in the test process.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_support import free_port, stop_serving, wait_serving

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app, plan, stacks
from justicekg.web.executor import QueryJob, ThreadExecutor
from justicekg.web.process_pool import ProcessPool

EX = "http://example.org/chain/"
NEXT = EX + "next"
G = "https://w3id.org/justicekg/graph/chain"
STEP = 10
#: The chain's length: the longest query walks all of it.
LENGTH = 400
TOO_DEEP = "lồng quá sâu"
TOKEN = "deep-s3cret"
WALK = EX + "walk"
PASSES = EX + "passes"
MARKS = "https://w3id.org/justicekg/graph/marks"


def chain(n: int = LENGTH) -> list[ox.Triple]:
    """``n0 → … → n<n>`` and a dead end ``m<j>`` after ``n<j-1>`` for every tenth ``j < n``."""
    step = ox.NamedNode(NEXT)
    triples = [
        ox.Triple(ox.NamedNode(f"{EX}n{i}"), step, ox.NamedNode(f"{EX}n{i + 1}")) for i in range(n)
    ]
    triples += [
        ox.Triple(ox.NamedNode(f"{EX}n{j - 1}"), step, ox.NamedNode(f"{EX}m{j}"))
        for j in range(STEP, n, STEP)
    ]
    return triples


def chain_query(n: int) -> str:
    """``n`` triple patterns in one group, walking the first ``n`` steps of the chain."""

    def term(j: int) -> str:
        return f"?v{j}" if j % STEP == 0 and 0 < j < n else f"<{EX}n{j}>"

    patterns = " ".join(f"{term(i)} <{NEXT}> {term(i + 1)} ." for i in range(n))
    return f"SELECT * WHERE {{ {patterns} }}"


def expected_row(n: int) -> dict[str, str]:
    return {f"v{j}": f"{EX}n{j}" for j in range(STEP, n, STEP)}


def rows(answer: dict[str, Any]) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def nested_groups(n: int) -> str:
    return "SELECT * " + "{" * n + "}" * n


def nested_exists(n: int) -> str:
    """``n`` nested ``FILTER EXISTS``, the innermost asking for the chain's first step (an
    ordinary 8 MB thread dies in Oxigraph from about 900 of them; the planner follows 1,100)."""
    inner = f"<{EX}n0> <{NEXT}> <{EX}n1>"
    return "ASK { " + "FILTER EXISTS { " * n + inner + " }" * n + " }"


def marking_update(n: int) -> str:
    """An update whose ``WHERE`` is the walk of :func:`chain_query`: it writes that ``WALK``
    ``PASSES`` each node the walk binds (the values of :func:`expected_row`)."""
    where = chain_query(n).split("WHERE", 1)[1]
    marks = " ".join(f"<{WALK}> <{PASSES}> ?v{j} ." for j in range(STEP, n, STEP))
    return f"INSERT {{ GRAPH <{MARKS}> {{ {marks} }} }} WHERE {where}"


def deleting_update(where: str) -> str:
    """An update that would delete every stored triple if its ``WHERE`` ran."""
    return f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ {where} GRAPH ?g {{ ?s ?p ?o }} }}"


def nested(n: int) -> str:
    return "{" * n + "}" * n


# -- the Flask test client on a memory store ---------------------------------------------------


@pytest.fixture
def app() -> Flask:
    store = OxigraphStore("memory:")
    store.replace_graphs({G: chain()})
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _post(client: FlaskClient, text: str) -> Any:
    return client.post(
        "/sparql",
        data=text.encode(),
        content_type="application/sparql-query",
        headers={"Accept": "application/sparql-results+json"},
    )


@pytest.mark.parametrize("n", [200, 400])
def test_a_group_of_hundreds_of_triple_patterns_is_answered_right(
    app: Flask, client: FlaskClient, n: int
) -> None:
    for _ in range(2):  # the second time from the plan the first one left in the cache
        r = _post(client, chain_query(n))
        assert r.status_code == 200, r.data[:300]
        assert rows(r.json) == [expected_row(n)]
    state = app.extensions["justicekg"]
    # A text that needs the deep limit is never a lookup: it never runs on the HTTP thread.
    assert (state.inline_queries, state.pooled_queries) == (0, 2)


def test_a_short_walk_is_still_a_lookup(app: Flask, client: FlaskClient) -> None:
    text = f"SELECT ?o WHERE {{ <{EX}n0> <{NEXT}> ?o }}"
    for _ in range(2):
        r = _post(client, text)
        assert r.status_code == 200
        assert sorted(row["o"] for row in rows(r.json)) == [f"{EX}n1"]
    assert app.extensions["justicekg"].inline_queries == 1


def test_hundreds_of_nested_groups_are_answered(client: FlaskClient) -> None:
    r = _post(client, nested_groups(300))
    assert r.status_code == 200, r.data[:300]
    assert rows(r.json) == [{}]


# -- updates through the Flask test client ------------------------------------------------------


@pytest.fixture
def writable() -> tuple[OxigraphStore, FlaskClient]:
    store = OxigraphStore("memory:")
    store.replace_graphs({G: chain()})
    app = create_app(
        {"TESTING": True, "STORE": store, "STORE_URL": "memory:", "UPDATE_TOKEN": TOKEN}
    )
    return store, app.test_client()


def _update(client: FlaskClient, text: str, token: str = TOKEN) -> Any:
    return client.post(
        "/update",
        data=text.encode(),
        content_type="application/sparql-update",
        headers={"Authorization": f"Bearer {token}"},
    )


def _stored(store: OxigraphStore) -> set[bytes]:
    """The quads of the chain's graph and the marks' (an update also recomputes the
    analytics graph, as an ingest does)."""
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    ours = (f"<{G}> .".encode(), f"<{MARKS}> .".encode())
    return {line for line in out.getvalue().splitlines() if line.endswith(ours)}


def _passed(client: FlaskClient) -> set[str]:
    r = _post(client, f"SELECT ?n {{ <{WALK}> <{PASSES}> ?n }}")
    assert r.status_code == 200, r.data[:300]
    return {row["n"] for row in rows(r.json)}


@pytest.mark.parametrize("n", [200, 400])
def test_an_update_whose_where_has_hundreds_of_triple_patterns_is_applied(
    writable: tuple[OxigraphStore, FlaskClient], n: int
) -> None:
    store, client = writable
    before = _stored(store)
    r = _update(client, marking_update(n))
    assert r.status_code == 204, r.data[:300]
    assert _passed(client) == set(expected_row(n).values())
    added = _stored(store) - before
    assert len(added) == len(expected_row(n)) and before <= _stored(store)


def test_an_update_whose_where_nests_hundreds_of_groups_is_applied(
    writable: tuple[OxigraphStore, FlaskClient],
) -> None:
    _, client = writable
    where = "{" * 300 + f"<{EX}n0> <{NEXT}> ?n" + "}" * 300
    r = _update(client, f"INSERT {{ GRAPH <{MARKS}> {{ <{WALK}> <{PASSES}> ?n }} }} WHERE {where}")
    assert r.status_code == 204, r.data[:300]
    assert _passed(client) == {f"{EX}n1"}


@pytest.mark.parametrize(
    "where",
    [nested(5000), nested(1600), chain_query(3700).split("WHERE", 1)[1]],
    ids=["5000-groups", "1600-groups", "3700-patterns"],
)
def test_a_too_deep_update_is_refused_and_changes_nothing(
    writable: tuple[OxigraphStore, FlaskClient], where: str
) -> None:
    store, client = writable
    before = _stored(store)
    for _ in range(2):  # the second time from the refusal the first one left in the cache
        r = _update(client, deleting_update(where))
        assert r.status_code == 400 and TOO_DEEP in r.data.decode(), r.data[:300]
    assert _stored(store) == before


def test_a_deep_update_with_service_is_refused_and_changes_nothing(
    writable: tuple[OxigraphStore, FlaskClient],
) -> None:
    store, client = writable
    before = _stored(store)
    where = chain_query(200).split("WHERE", 1)[1]
    remote = f"SERVICE <http://127.0.0.1:9/> {{ {where} }}"
    r = _update(client, deleting_update(nested(300)[:300] + remote + nested(300)[300:]))
    assert r.status_code == 400 and "SERVICE không được phép" in r.data.decode(), r.data[:300]
    assert _stored(store) == before


def test_a_deep_update_still_needs_the_token(writable: tuple[OxigraphStore, FlaskClient]) -> None:
    store, client = writable
    before = _stored(store)
    assert _update(client, deleting_update(nested(300)), token="wrong").status_code == 401
    assert _stored(store) == before


# -- the recursion limit and the stacks ----------------------------------------------------------


def test_an_ordinary_text_never_raises_the_recursion_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limits: list[int] = []
    real = sys.setrecursionlimit

    def record(limit: int) -> None:
        limits.append(limit)
        real(limit)

    monkeypatch.setattr(sys, "setrecursionlimit", record)
    before = sys.getrecursionlimit()
    plan.plan_deep(f"SELECT * {{ <{EX}n0> <{NEXT}> ?o . ?o <{NEXT}> ?p }}")
    assert limits == []
    plan.plan_deep(chain_query(150))
    assert limits == [plan.DEEP_RECURSION, before]
    assert sys.getrecursionlimit() == before


def test_deep_texts_planned_at_once_are_all_followed_and_the_limit_put_back() -> None:
    """Each thread plans its own text (so none is answered from another's cache); raising and
    restoring the process-wide limit is done holding the parse lock, so no planner restores it
    while another is still parsing."""
    before = sys.getrecursionlimit()
    texts = [chain_query(120 + k) for k in range(4)]
    results: list[Any] = [None] * len(texts)
    start = threading.Barrier(len(texts))

    def work(k: int) -> None:
        start.wait()
        try:
            results[k] = plan.plan_deep(texts[k])
        except Exception as exc:  # reported below
            results[k] = exc

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [plan.QueryPlan("select")] * len(texts)
    assert sys.getrecursionlimit() == before


def test_the_query_threads_are_started_with_the_big_stack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``threading.stack_size`` at the moment a thread starts is the stack it gets."""
    started: list[tuple[str, int]] = []
    real_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        started.append((self.name, threading.stack_size()))
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    store = OxigraphStore("memory:")
    store.replace_graphs({G: chain(20)})
    executor = ThreadExecutor(store, threads=3)
    callers = [
        threading.Thread(target=executor.execute, args=(QueryJob(chain_query(k)), 60))
        for k in (5, 10, 20)
    ]
    try:
        for c in callers:
            c.start()
        for c in callers:
            c.join()
    finally:
        executor.close()
    ours = [size for name, size in started if name.startswith("sparql")]
    assert ours and all(size == stacks.BIG_STACK for size in ours), started
    assert threading.stack_size() == 0
    assert all(size == 0 for name, size in started if name.startswith("Thread-")), started


# -- the query processes of an on-disk store ----------------------------------------------------


def test_query_processes_answer_long_groups_and_what_kills_an_ordinary_stack(
    tmp_path: Path,
) -> None:
    """A query process plans and runs on a big stack too: 1,000 nested ``FILTER EXISTS`` were
    a SIGSEGV of the process (a 500) while its queries ran on its main thread."""
    store = OxigraphStore(str(tmp_path / "store"))
    store.replace_graphs({G: chain()})
    store.flush()
    pool = ProcessPool(store.url, size=1)
    try:
        out = pool.execute(QueryJob(chain_query(LENGTH)), 300)
        assert rows(json.loads(out.body)) == [expected_row(LENGTH)]
        assert out.plan == plan.QueryPlan("select")
        out = pool.execute(QueryJob(nested_exists(1000)), 300)
        assert json.loads(out.body)["boolean"] is True
        assert pool.restarts == 0
    finally:
        pool.close()
        store.close()


# -- a real `justicekg serve --store memory:` on loopback ---------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The ``/sparql`` URL of ``justicekg serve --store memory:`` holding the chain, which
    takes updates with ``TOKEN`` (at ``/update``; only the update tests write, into ``MARKS``
    or nothing)."""
    root = tmp_path_factory.mktemp("deep")
    fixture = root / "chain.trig"
    fixture.write_bytes(
        ox.serialize(
            (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(G)) for t in chain()),
            format=ox.RdfFormat.TRIG,
        )
        or b""
    )
    port = free_port()
    env = dict(
        os.environ,
        JUSTICEKG_LOAD_FIXTURE=str(fixture),
        JUSTICEKG_ARTICLES_DIR=str(root / "no-articles"),  # nothing to ingest first
        JUSTICEKG_QUERY_TIMEOUT="300",  # planning 1,000 nested EXISTS takes seconds
        JUSTICEKG_UPDATE_TOKEN=TOKEN,
    )
    log_path = root / "serve.log"
    cli = [sys.executable, "-m", "justicekg", "serve", "--store", "memory:"]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [*cli, "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_serving(url, proc, log_path)
        yield url
    finally:
        stop_serving(proc)


def _post_live(url: str, text: str, headers: dict[str, str]) -> tuple[int, bytes]:
    """POST ``text`` to ``url``: the status and body, an error status included."""
    request = urllib.request.Request(url, data=text.encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


def _ask_live(url: str, text: str) -> tuple[int, bytes]:
    headers = {
        "Content-Type": "application/sparql-query",
        "Accept": "application/sparql-results+json",
    }
    return _post_live(url, text, headers)


def _alive(url: str) -> bool:
    status, body = _ask_live(url, "ASK {}")
    return status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("n", [200, 400])
def test_served_memory_store_answers_hundreds_of_triple_patterns(served: str, n: int) -> None:
    status, body = _ask_live(served, chain_query(n))
    assert status == 200, body[:300]
    assert rows(json.loads(body)) == [expected_row(n)]


def test_served_memory_store_refuses_too_deep_nesting_and_lives(served: str) -> None:
    status, body = _ask_live(served, nested_groups(5000))
    assert status == 400 and TOO_DEEP in body.decode()
    assert _alive(served)


def test_served_memory_store_runs_what_kills_an_ordinary_stack(served: str) -> None:
    """1,000 nested ``FILTER EXISTS``: Oxigraph dies on an ordinary 8 MB thread (SIGSEGV);
    on a query thread's big stack the answer comes back, and the server lives on."""
    status, body = _ask_live(served, nested_exists(1000))
    assert status == 200, body[:300]
    assert json.loads(body)["boolean"] is True
    assert _alive(served)


def _update_live(url: str, text: str) -> tuple[int, bytes]:
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    return _post_live(url.removesuffix("/sparql") + "/update", text, headers)


def _count_live(url: str) -> int:
    text = f"SELECT (COUNT(*) AS ?n) {{ VALUES ?g {{ <{G}> <{MARKS}> }} GRAPH ?g {{ ?s ?p ?o }} }}"
    status, body = _ask_live(url, text)
    assert status == 200, body[:300]
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def _passed_live(url: str) -> set[str]:
    status, body = _ask_live(url, f"SELECT ?n {{ <{WALK}> <{PASSES}> ?n }}")
    assert status == 200, body[:300]
    return {row["n"] for row in rows(json.loads(body))}


@pytest.mark.parametrize("n", [200, 400])
def test_served_memory_store_applies_updates_with_hundreds_of_triple_patterns(
    served: str, n: int
) -> None:
    before, marked = _count_live(served), _passed_live(served)
    status, body = _update_live(served, marking_update(n))
    assert status == 204, body[:300]
    wanted = set(expected_row(n).values())
    assert _passed_live(served) == marked | wanted
    assert _count_live(served) == before + len(wanted - marked)


def test_served_memory_store_refuses_a_too_deep_update_and_keeps_everything(served: str) -> None:
    before = _count_live(served)
    status, body = _update_live(served, deleting_update(nested(5000)))
    assert status == 400 and TOO_DEEP in body.decode()
    assert _count_live(served) == before
    assert _alive(served)


def test_served_memory_store_applies_an_update_that_kills_an_ordinary_stack(served: str) -> None:
    """An update whose ``WHERE`` holds 1,000 nested ``FILTER EXISTS`` (Oxigraph dies on an
    ordinary 8 MB thread, as for a query): applied on a big stack, and the server lives on."""
    inner = f"<{EX}n0> <{NEXT}> <{EX}n1>"
    where = "{ " + "FILTER EXISTS { " * 1000 + inner + " }" * 1000 + " }"
    mark = f"<{WALK}> <{PASSES}> <{EX}deep>"
    status, body = _update_live(served, f"INSERT {{ GRAPH <{MARKS}> {{ {mark} }} }} WHERE {where}")
    assert status == 204, body[:300]
    status, body = _ask_live(served, f"ASK {{ {mark} }}")
    assert json.loads(body)["boolean"] is True
    assert _alive(served)


def test_the_chain_has_its_dead_ends_and_one_walk() -> None:
    """The data and the expected row, on a plain Oxigraph store: every tenth step has two
    ways on, and the walk keeps the one the next pattern continues from."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in chain(40))
    ways = store.query(f"SELECT ?m {{ <{EX}n9> <{NEXT}> ?m }} ORDER BY ?m")
    assert isinstance(ways, ox.QuerySolutions)
    assert [s["m"].value for s in ways] == [f"{EX}m10", f"{EX}n10"]  # type: ignore[union-attr]
    walks = store.query(chain_query(40))
    assert isinstance(walks, ox.QuerySolutions)
    names = [v.value for v in walks.variables]
    assert [{n: s[n].value for n in names} for s in walks] == [expected_row(40)]  # type: ignore[union-attr]
