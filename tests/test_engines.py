"""justicekg on real SPARQL servers: Oxigraph server and Virtuoso, started on 127.0.0.1.

Marked ``engines`` (``pytest -m engines``; ``.ci/run`` installs both servers). Each server is
started by the project's recipe (``scripts/engines.py``); nothing is skipped: a missing
server fails with the command that installs it. For each engine: ingest the bundled and
``data/eval/`` articles, then ``validate``, ``stats``, ``query`` (the README's examples),
``export``, ``analyze`` and ``serve`` give what the embedded store gives (timestamps aside),
and a ``kill -9`` mid-ingest leaves whole article graphs only.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from justicekg.catalogue import render
from justicekg.cli import main
from justicekg.config import PROJECT_ROOT, Settings
from justicekg.errors import QueryError, StoreError
from justicekg.store import open_store

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import engines as recipe

pytestmark = pytest.mark.engines

ENGINES = ["oxigraph", "virtuoso"]
SOURCES = [
    str(PROJECT_ROOT / "data" / "articles"),
    *sorted(str(p) for p in (PROJECT_ROOT / "data" / "eval").glob("*/articles")),
]
README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
_TIMES = re.compile(
    r"((?:prov#(?:generatedAtTime|startedAtTime|endedAtTime)|terms/(?:created|modified))> )"
    r'"[^"]*"'
)  # the time of the ingest itself
DIGEST_USER, DIGEST_PASSWORD = "jkg", "jkg-digest-pw"


def _cli(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


_DOUBLE = re.compile(r'"([^"]*)"\^\^<http://www.w3.org/2001/XMLSchema#double>')


def _canonical(nquads: str) -> list[str]:
    """Lines without the ingest's own timestamps, doubles by value (Virtuoso stores
    ``"0"^^xsd:double`` as ``"0.0"``: the same value)."""
    lines = (_TIMES.sub(r'\1"T"', line) for line in nquads.splitlines() if line.strip())
    return sorted(_DOUBLE.sub(lambda m: f'"{float(m.group(1))!r}"^^double', ln) for ln in lines)


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The embedded store ingested from the same articles: the reference answers."""
    folder = str(tmp_path_factory.mktemp("embedded") / "store")
    result = _cli(["ingest", *SOURCES, "--store", folder])
    assert result.exit_code == 0, result.output
    return {"JUSTICEKG_STORE": folder, "JUSTICEKG_ARTICLES_DIR": "/nonexistent"}


@pytest.fixture(scope="module", params=ENGINES)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    name = request.param
    folder = tmp_path_factory.mktemp(name)
    if name == "oxigraph":
        if recipe.oxigraph_binary() is None:
            pytest.fail("Oxigraph server is missing: pip install oxigraph (the bench extra)")
        server = recipe.start_oxigraph(folder)
    else:
        if recipe.virtuoso_binary() is None:
            pytest.fail("Virtuoso is missing: apt-get install virtuoso-opensource")
        server = recipe.start_virtuoso(
            folder, digest_user=DIGEST_USER, digest_password=DIGEST_PASSWORD
        )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def env(engine: Any) -> dict[str, str]:
    """The engine's settings as ``JUSTICEKG_*`` variables, ingested once per engine."""
    variables = {**engine.env(), "JUSTICEKG_ARTICLES_DIR": "/nonexistent"}
    result = _cli(["ingest", *SOURCES], env=variables)
    assert result.exit_code == 0, result.output
    assert "0 rejected" in result.output
    return variables


def test_ingest_stores_what_the_embedded_store_stores(
    env: dict[str, str], embedded: dict[str, str]
) -> None:
    mine = json.loads(_cli(["stats", "--format", "json"], env=env).output)
    theirs = json.loads(_cli(["stats", "--format", "json"], env=embedded).output)
    assert mine["triples"] == theirs["triples"] and mine["graphs"] == theirs["graphs"]
    assert mine["classes"] == theirs["classes"]
    assert mine["graph_triples"] == theirs["graph_triples"]  # no system graph is counted


def test_stats_names_the_server(env: dict[str, str], engine: Any) -> None:
    out = _cli(["stats"], env=env).output
    assert "in memory" not in out and f"on the SPARQL server {engine.url}" in out


def test_validate_agrees(env: dict[str, str], embedded: dict[str, str]) -> None:
    mine = _cli(["validate", "--format", "json"], env=env)
    theirs = _cli(["validate", "--format", "json"], env=embedded)
    assert mine.exit_code == theirs.exit_code
    assert json.loads(mine.output) == json.loads(theirs.output)


@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_export_equals_the_embedded_store(
    env: dict[str, str], embedded: dict[str, str], fmt: str
) -> None:
    mine = _cli(["export", "--format", fmt], env=env).output
    theirs = _cli(["export", "--format", fmt], env=embedded).output
    if fmt == "turtle":  # the merged graph: compare as N-Triples
        mine, theirs = (
            "\n".join(_nt(q.triple) for q in ox.parse(text.encode(), ox.RdfFormat.TURTLE))
            for text in (mine, theirs)
        )
    assert len(mine.splitlines()) > 10_000  # past Virtuoso's row cap: paged
    assert _canonical(mine) == _canonical(theirs)


def _nt(t: ox.Triple) -> str:
    return f"{t.subject} {t.predicate} {t.object} ."


def test_readme_queries_give_the_same_answers(
    env: dict[str, str], embedded: dict[str, str], engine: Any
) -> None:
    examples = re.findall(r"justicekg query '([^']+)'", README)
    assert examples
    for sparql in examples:
        mine = _cli(["query", sparql, "--format", "json"], env=env)
        theirs = _cli(["query", sparql, "--format", "json"], env=embedded)
        assert mine.exit_code == 0, mine.output
        rows = json.loads(mine.stdout)["results"]["bindings"]
        assert rows
        key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
        assert sorted(rows, key=key) == sorted(
            json.loads(theirs.stdout)["results"]["bindings"], key=key
        )


#: Virtuoso 7.2.5 cannot compile VALUES-bound variables inside FILTER EXISTS (also with BIND):
#: "SP031: SPARQL compiler: Internal error: ssg_print_rvr_fixed_val()" (the README writes the
#: constants in place instead). A server bug must reach the user as a clear error, never as a
#: wrong answer.
VIRTUOSO_COMPILER_BUG = "ssg_print_rvr_fixed_val"


def test_a_query_the_server_cannot_compile_is_a_clear_error(
    env: dict[str, str], embedded: dict[str, str], engine: Any
) -> None:
    sparql = (  # the README's first tenure query as it was written before (VALUES)
        "SELECT ?name ?begin ?end WHERE { VALUES (?orgName ?title ?day) {"
        ' ("Ủy ban nhân dân tỉnh Thanh Hóa"@vi "Phó Chủ tịch"@vi "2017-11-27"^^xsd:date) }'
        " ?org rdfs:label ?orgName . ?post org:postIn ?org ; org:role/skos:prefLabel ?title ."
        " ?m jkg:post ?post ; org:member/foaf:name ?name ; org:memberDuring ?i ."
        " FILTER EXISTS { ?i time:hasBeginning/jkg:notAfter ?b FILTER (?b <= ?day) }"
        " FILTER NOT EXISTS { ?i time:hasEnd/jkg:notAfter ?e FILTER (?e <= ?day) }"
        " FILTER (EXISTS { ?i time:hasBeginning/time:inXSDDate ?x } ||"
        " EXISTS { ?i time:hasEnd/jkg:notBefore ?l FILTER (?l > ?day) })"
        " OPTIONAL { ?i time:hasBeginning/time:inXSDDate ?begin }"
        " OPTIONAL { ?i time:hasEnd/time:inXSDDate ?end } }"
    )
    mine = _cli(["query", sparql, "--format", "json"], env=env)
    if engine.name == "virtuoso":
        assert mine.exit_code == 2 and VIRTUOSO_COMPILER_BUG in mine.output
    else:
        theirs = _cli(["query", sparql, "--format", "json"], env=embedded)
        assert mine.exit_code == theirs.exit_code == 0, mine.output
        assert json.loads(mine.stdout)["results"]["bindings"]


def test_a_result_past_the_row_cap_is_never_cut_silently(
    env: dict[str, str], engine: Any, embedded: dict[str, str]
) -> None:
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    mine = _cli(["query", everything, "--format", "json"], env=env)
    if engine.name == "virtuoso":  # ResultSetMaxRows = 10000, announced by X-SPARQL-MaxRows
        assert mine.exit_code == 2 and "cut the result at 10000 rows" in mine.output
    else:  # Oxigraph server has no cap: every row
        theirs = _cli(["query", everything, "--format", "json"], env=embedded)
        assert len(json.loads(mine.stdout)["results"]["bindings"]) == len(
            json.loads(theirs.stdout)["results"]["bindings"]
        )


@pytest.mark.parametrize("command", [["centrality"], ["components"]])
def test_analyze_agrees(env: dict[str, str], embedded: dict[str, str], command: list[str]) -> None:
    mine = _cli(["analyze", *command, "--format", "json"], env=env)
    theirs = _cli(["analyze", *command, "--format", "json"], env=embedded)
    assert mine.exit_code == theirs.exit_code == 0, mine.output
    assert json.loads(mine.output) == json.loads(theirs.output)


def _get(url: str, accept: str = "text/html") -> tuple[int, str, str]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as r:
            return r.status, r.headers.get("Location", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", ""), exc.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def served(env: dict[str, str], engine: Any) -> Iterator[str]:
    """``justicekg serve`` on top of the engine, on a free port."""
    port = recipe.free_port()
    log = engine.folder / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "justicekg", "serve", "--port", str(port)],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=5).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise RuntimeError(log.read_text()) from None
            time.sleep(0.3)
    try:
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


PERSONS = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?p LIMIT 20"""


def test_serve_passes_sparql_through(served: str, embedded: dict[str, str]) -> None:
    status, _loc, body = _get(
        served + "/sparql?" + urllib.parse.urlencode({"query": PERSONS}),
        "application/sparql-results+json",
    )
    assert status == 200, body
    theirs = _cli(["query", PERSONS, "--format", "json"], env=embedded).stdout
    assert json.loads(body)["results"]["bindings"] == json.loads(theirs)["results"]["bindings"]


def test_serve_pages_and_linked_data(served: str, embedded: dict[str, str]) -> None:
    rows = json.loads(_cli(["query", PERSONS, "--format", "json"], env=embedded).stdout)
    person = rows["results"]["bindings"][0]
    iri, name = person["p"]["value"], person["name"]["value"]
    path = "/" + iri.removeprefix(Settings().base_iri)  # /id/person/<slug>
    assert _get(served + "/")[0] == 200
    status, location, _ = _get(served + path, "text/turtle")
    assert status == 303 and "/data/" in location
    status, _, turtle = _get(urllib.parse.urljoin(served, location), "text/turtle")
    assert status == 200
    subjects = {q.subject for q in ox.parse(turtle.encode(), ox.RdfFormat.TURTLE, base_iri=served)}
    assert ox.NamedNode(iri) in subjects
    status, location, _ = _get(served + path, "text/html")
    assert status == 303
    status, _, html = _get(urllib.parse.urljoin(served, location))
    assert status == 200 and name in html


def test_kill_9_mid_ingest_leaves_whole_article_graphs(
    env: dict[str, str], embedded: dict[str, str]
) -> None:
    """Re-ingest everything with --replace, kill -9 once the first batch is committed; every
    article graph is then whole (as the embedded store has it), and the next ingest leaves
    the store equal to the embedded one."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "justicekg", "ingest", *SOURCES, "--replace", "-v"],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(b"stored "):
            break
    time.sleep(0.2)  # into the next batch's requests
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    settings = Settings().replace(
        **{k[10:].lower(): v for k, v in env.items() if k != "JUSTICEKG_ARTICLES_DIR"}
    )
    store = open_store(settings.store, settings=settings)
    reference = open_store(embedded["JUSTICEKG_STORE"], read_only=True)
    try:
        expected = {g: _canonical_graph(reference.triples(g)) for g in reference.graph_names()}
        for graph in store.graph_names():
            assert _canonical_graph(store.triples(graph)) == expected[graph], graph
    finally:
        reference.close()
    result = _cli(["ingest", *SOURCES, "--replace"], env=env)
    assert result.exit_code == 0, result.output
    mine = _cli(["export"], env=env).output
    theirs = _cli(["export"], env=embedded).output
    assert _canonical(mine) == _canonical(theirs)


def _canonical_graph(triples: Any) -> list[str]:
    return _canonical("\n".join(_nt(t) for t in triples))


def test_virtuoso_digest_authentication(engine: Any, env: dict[str, str]) -> None:
    if engine.name != "virtuoso":
        assert engine.name == "oxigraph"  # Oxigraph server has no authentication of its own
        return
    auth = engine.url.replace("/sparql", "/sparql-auth")
    good = Settings(
        store=auth, store_user=DIGEST_USER, store_password=DIGEST_PASSWORD, store_auth="digest"
    )
    store = open_store(auth, settings=good)
    assert store.stats() == open_store(engine.url, settings=Settings(store=engine.url)).stats()
    for _ in range(8):  # every request is challenged again
        assert not store.is_empty()
    bad = good.replace(store_password="wrong")
    refusing = open_store(auth, settings=bad)
    try:
        with pytest.raises(StoreError) as refused:
            refusing.is_empty()
        message = render(refused.value.message, "en")
        del refused  # the traceback's frames would keep the store's socket for a later GC
    finally:
        refusing.close()
    assert "refused the credentials" in message


def test_virtuoso_system_graphs_are_not_justicekgs(engine: Any, env: dict[str, str]) -> None:
    settings = Settings(store=engine.url)
    store = open_store(engine.url, settings=settings)
    names = store.graph_names()
    assert names and all(n.startswith(settings.base_iri + "graph/") for n in names)
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {r["g"].value for r in rows} == set(names)
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")


def test_the_query_url_alone_finds_the_rest(engine: Any, env: dict[str, str]) -> None:
    """``--store URL`` alone: the update and Graph Store endpoints are found (README)."""
    store = open_store(engine.url, settings=Settings(store=engine.url))
    found = {"update_url": store.update_url, "graph_store_url": store.graph_store_url}
    expected = {"update_url": engine.options.get("update_url", engine.url)}
    expected["graph_store_url"] = engine.options["graph_store_url"]
    assert found == expected
    bare = {"JUSTICEKG_ARTICLES_DIR": "/nonexistent"}
    again = _cli(
        ["ingest", str(PROJECT_ROOT / "data" / "articles"), "--store", engine.url], env=bare
    )
    assert again.exit_code == 0, again.output
    flags = ["--store", engine.url, "--graph-store-url", "none"]
    if "update_url" in engine.options:
        flags += ["--update-url", engine.options["update_url"]]
    by_updates = _cli(["ingest", str(PROJECT_ROOT / "data" / "articles"), *flags], env=bare)
    assert by_updates.exit_code == 0, by_updates.output
    assert json.loads(
        _cli(["stats", "--format", "json", "--store", engine.url], env=bare).output
    ) == json.loads(_cli(["stats", "--format", "json"], env=env).output)


def test_web_updates_keep_the_merged_graph(
    engine: Any, env: dict[str, str], embedded: dict[str, str]
) -> None:
    """``/update`` (with ``update_token``) on top of each server: the merged graph follows,
    in the server's layout (a named merged graph on Virtuoso)."""
    from justicekg.web import create_app

    settings = engine.settings(Settings(articles_dir="/nonexistent", update_token="t0ken"))
    store = open_store(settings.store, settings=settings)
    client = create_app({"TESTING": True, "SETTINGS": settings, "STORE": store}).test_client()
    auth = {"Authorization": "Bearer t0ken"}
    graph = settings.base_iri + "graph/zz-web-update"
    insert = f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:jkg:s> <urn:jkg:p> "web" }} }}'
    ask = 'ASK { <urn:jkg:s> <urn:jkg:p> "web" }'
    r = client.post("/update", data=insert, content_type="application/sparql-update", headers=auth)
    assert r.status_code in (200, 204), r.get_data(as_text=True)
    assert bool(store.query(ask))
    r = client.post(
        "/update",
        data=f"DROP SILENT GRAPH <{graph}>",
        content_type="application/sparql-update",
        headers=auth,
    )
    assert r.status_code in (200, 204), r.get_data(as_text=True)
    assert not bool(store.query(ask))
    # the merged graph is again the set union of justicekg's graphs
    union = (
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{settings.base_iri}graph/")) }} }}'
    )
    assert int(next(iter(store.query(union, default_graph=[])))["n"].value) == store.stats().triples
