"""The unseen readings' commands on an invented git repository (justicekg.extract.learn.unseen)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from justicekg.errors import ConfigError, OntologyError
from justicekg.extract.learn import unseen

_GIT = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run([*_GIT, "-C", str(repo), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _item(corpus: Path, item: str, part: str, *, text: bool = True) -> None:
    data = {"id": item, "part": part, "text_sha256": "", "gold": {"persons": []}}
    (corpus / f"{item}.json").write_text(json.dumps(data), encoding="utf-8")
    if text:
        (corpus / "texts" / f"{item}.txt").write_text(f"Bài {item}.", encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose corpus gained items in two commits after a first one."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    corpus = root / "data" / "real"
    (corpus / "texts").mkdir(parents=True)
    _git(root, "init", "-q")
    (root / "README.md").write_text("x\n", encoding="utf-8")
    (root / ".gitignore").write_text("texts/\n", encoding="utf-8")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "start")
    _item(corpus, "r1", "dev")
    _item(corpus, "r2", "blind")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first items")
    _item(corpus, "r3", "dev")
    _item(corpus, "r4", "dev", text=False)
    _item(corpus, "r5", "blind")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "second items")
    _item(corpus, "r6", "dev")  # not committed: not in the map
    return root


def test_map_lists_dev_items_with_their_adding_commit_and_parent(repo: Path) -> None:
    corpus = repo / "data" / "real"
    first, second, start = (_git(repo, "rev-parse", f"HEAD~{n}") for n in (1, 0, 2))
    out = repo.parent / "map.tsv"
    assert unseen.main(["map", str(corpus), str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        f"r1\t{first}\t{start}",
        f"r3\t{second}\t{first}",
    ]
    assert [r.id for r in unseen.read_map(out)] == ["r1", "r3"]


def test_map_never_lists_blind_items(repo: Path) -> None:
    ids = {r.id for r in unseen.rows(repo / "data" / "real")}
    assert not ids & {"r2", "r5"}
    assert set(unseen.added(repo / "data" / "real")) >= {"r2.json", "r5.json"}


def test_map_of_a_folder_outside_git_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "corpus"
    folder.mkdir()
    with pytest.raises(ConfigError) as caught:
        unseen.rows(folder)
    assert caught.value.where == str(folder)
    assert "not in a git repository" in caught.value.message.render("en")  # type: ignore[attr-defined]
    assert unseen.main(["map", str(folder), str(tmp_path / "m.tsv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(folder) in err and "not in a git repository" in err
    assert not (tmp_path / "m.tsv").exists()


def test_checkouts_and_reports(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = repo / "data" / "real"
    out = repo.parent / "map.tsv"
    unseen.write_map(unseen.rows(corpus), out)
    trees = repo.parent / "trees"
    assert unseen.checkouts(out, trees, repo=repo) == 2
    assert unseen.checkouts(out, trees, repo=repo) == 0  # existing ones are kept
    found = unseen.read_map(out)
    assert all(r.checkout and Path(r.checkout).parent == trees.resolve() for r in found)
    assert not (Path(str(found[0].checkout)) / "data" / "real" / "r1.json").exists()
    assert (Path(str(found[1].checkout)) / "data" / "real" / "r1.json").exists()
    # a stand-in for each checkout's extractor: writes which checkout read which text
    for row in found:
        package = Path(str(row.checkout)) / "src" / "justicekg"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("", encoding="utf-8")
        (package / "__main__.py").write_text(_STAND_IN.format(where=row.parent), encoding="utf-8")
    monkeypatch.setenv("JUSTICEKG_LEARNED", "events")
    assert unseen.reports(out, repo.parent / "reports", corpus=corpus) == 2
    for row in found:
        report = json.loads((repo.parent / "reports" / f"{row.id}.json").read_text("utf-8"))
        assert report == {"id": row.id, "by": row.parent, "text": f"Bài {row.id}.", "env": None}


_STAND_IN = """
import json, os, pathlib, sys
folder, out = pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[4])
out.mkdir(parents=True)
for p in folder.glob("*.txt"):
    row = {{"id": p.stem, "by": "{where}", "text": p.read_text("utf-8"),
           "env": os.environ.get("JUSTICEKG_LEARNED")}}
    (out / (p.stem + ".json")).write_text(json.dumps(row), "utf-8")
"""


def test_reports_need_checkouts(tmp_path: Path) -> None:
    out = tmp_path / "map.tsv"
    out.write_text("r1\tabc\tdef\n", encoding="utf-8")
    with pytest.raises(OntologyError) as caught:
        unseen.reports(out, tmp_path / "reports")
    assert caught.value.where == f"{out}:1"
    out.write_text("r1\tabc\tdef\t/x\n\nr2\tabc\tdef\n", encoding="utf-8")
    with pytest.raises(OntologyError) as caught:
        unseen.reports(out, tmp_path / "reports")
    assert caught.value.where == f"{out}:3"  # the file's line, blank lines counted
    out.write_text("r1\tabc\n", encoding="utf-8")
    with pytest.raises(OntologyError):
        unseen.read_map(out)
