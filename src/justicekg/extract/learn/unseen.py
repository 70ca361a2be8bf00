"""Unseen readings: each dev item extracted by the checkout just before it entered git.

The rules are fitted to the development items, so their readings there are better than on
pages they never saw. The learned components train on readings of each dev item by the
checkout of the project just before the commit that added the item (its parent): rules that
had never seen it. Three steps, each a command::

    python -m justicekg.extract.learn.unseen map data/eval/real var/unseen/map.tsv
    python -m justicekg.extract.learn.unseen checkouts var/unseen/map.tsv var/unseen/checkouts
    python -m justicekg.extract.learn.unseen reports var/unseen/map.tsv var/unseen/reports

``map`` lists, from ``git log --diff-filter=A`` on the corpus items, each ``dev`` item whose
text is present with the commit that first added it and that commit's (first) parent: ``id TAB
commit TAB parent`` a line (the blind part is never listed; an item added by a root commit has
no checkout before it and is left out). ``checkouts`` adds a detached git worktree per distinct
parent under a folder (existing ones are kept) and writes each row's worktree as a fourth
column, the map :mod:`.position_readings` reads (``positions readings --map``). ``reports``
runs each worktree's own ``python -m justicekg extract`` (its ``src`` first on ``PYTHONPATH``)
on a temporary folder of its items' texts and writes ``OUT/<id>.json``, the folder ``events
train --unseen`` reads. The reports name real people: keep them out of git (``var/``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from justicekg.config import DATA_DIR
from justicekg.errors import ConfigError, ExtractionError, JusticeKGError, OntologyError
from justicekg.extract.corpus import load_items

#: the corpus folder whose texts ``reports`` extracts by default
CORPUS = DATA_DIR / "eval" / "real"


@dataclass(frozen=True, slots=True)
class Row:
    """One dev item: the commit that added it, that commit's parent, the parent's worktree."""

    id: str
    commit: str
    parent: str
    checkout: str | None = None

    def line(self) -> str:
        cells = [self.id, self.commit, self.parent] + ([self.checkout] if self.checkout else [])
        return "\t".join(cells)


def git(repo: str | Path, *args: str) -> str:
    """The output of ``git -C repo ARGS...`` (no shell).

    Raises:
        ConfigError: git fails (the message names the folder and gives git's words).
    """
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        from justicekg.catalogue import Message  # (babel, only for the error)

        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ConfigError(
            Message("unseen_git_failed"),
            where=str(repo),
            hint=Message(
                "unseen_git_failed_hint",
                command=" ".join(args[:2]),
                detail=detail[-1] if detail else done.returncode,
            ),
        )
    return done.stdout


def added(corpus: str | Path) -> dict[str, tuple[str, str]]:
    """The commit that first added each ``r*.json`` of ``corpus`` and its first parent, by
    file name (items added by a root commit are left out).

    Raises:
        ConfigError: ``corpus`` is not a folder in a git repository (the message names it).
    """
    folder = Path(corpus)
    try:
        git(folder, "rev-parse", "--show-toplevel")
    except ConfigError as error:
        from justicekg.catalogue import Message

        raise ConfigError(
            Message("unseen_not_a_repo"),
            where=str(folder),
            hint=Message("unseen_not_a_repo_hint", detail=error.hint),
        ) from error
    log = git(
        folder,
        "log",
        "--reverse",
        "--diff-filter=A",
        "--name-only",
        "--format=C %H %P",
        "--",
        ":(glob)r*.json",
    )
    out: dict[str, tuple[str, str]] = {}
    commit: tuple[str, str] | None = None
    for line in log.splitlines():
        if line.startswith("C "):
            hashes = line.split()[1:]
            commit = (hashes[0], hashes[1]) if len(hashes) > 1 else None
        elif line.strip() and commit is not None:
            out.setdefault(Path(line).name, commit)  # the first time it entered the repository
    return out


def rows(corpus: str | Path) -> list[Row]:
    """The map's rows: each ``dev`` item of ``corpus`` with its text and its adding commit."""
    adds = added(corpus)
    out = []
    for item in load_items(corpus, part="dev"):
        if item.text_path.is_file() and item.path.name in adds:
            out.append(Row(item.id, *adds[item.path.name]))
    return out


def read_map(path: str | Path, *, checkouts: bool = False) -> list[Row]:
    """The rows of a map file (``id TAB commit TAB parent [TAB checkout]``; blank lines
    skipped); the one reader of maps (:func:`.position_readings.checkouts_of` is built on it).

    Args:
        checkouts: every row must have its checkout (the fourth column).

    Raises:
        OntologyError: the file is missing, a line is not such a row, or (``checkouts``) a
            row has no checkout; the message names the file and line.
    """
    from justicekg.catalogue import Message

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as error:
        raise OntologyError(Message("unseen_map_unreadable"), where=str(path)) from error
    out = []
    for n, line in enumerate(lines, start=1):
        cells = line.split("\t")
        if not line.strip():
            continue
        if len(cells) not in (3, 4):
            raise OntologyError(Message("unseen_map_unreadable"), where=f"{path}:{n}")
        row = Row(*cells)
        if checkouts and not row.checkout:
            raise OntologyError(
                Message("unseen_map_no_checkout"),
                where=f"{path}:{n}",
                hint=Message("unseen_map_no_checkout_hint"),
            )
        out.append(row)
    return out


def write_map(found: Sequence[Row], path: str | Path) -> None:
    """Write ``found`` as a map file (the folder is made)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("".join(r.line() + "\n" for r in found), encoding="utf-8")


def checkouts(map_path: str | Path, folder: str | Path, *, repo: str | Path = ".") -> int:
    """A detached worktree of ``repo`` per distinct parent of the map, ``folder/<parent[:12]>``
    (existing ones kept), written into the map's fourth column; the number added."""
    found = read_map(map_path)
    made = 0
    where: dict[str, str] = {}
    for parent in dict.fromkeys(r.parent for r in found):
        target = Path(folder).resolve() / parent[:12]
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            git(repo, "worktree", "add", "--quiet", "--detach", str(target), parent)
            made += 1
        where[parent] = str(target)
    write_map([Row(r.id, r.commit, r.parent, where[r.parent]) for r in found], map_path)
    return made


def reports(
    map_path: str | Path, out: str | Path, *, corpus: str | Path = CORPUS, workers: int = 2
) -> int:
    """Each item of the map extracted by its parent's worktree, ``out/<id>.json``; the number
    written.

    Raises:
        OntologyError: a row has no worktree (run :func:`checkouts` first).
        ExtractionError: a worktree's extraction failed (names it, with its last error line).
    """
    groups: dict[str, list[str]] = {}
    for row in read_map(map_path, checkouts=True):
        groups.setdefault(str(row.checkout), []).append(row.id)
    Path(out).mkdir(parents=True, exist_ok=True)
    jobs = sorted(groups.items())
    with ThreadPoolExecutor(max(1, workers)) as pool:
        done = list(pool.map(lambda job: _extract(job[0], job[1], Path(corpus), Path(out)), jobs))
    return sum(done)


def _extract(checkout: str, ids: list[str], corpus: Path, out: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="unseen-") as tmp:
        texts, reports_dir = Path(tmp) / "texts", Path(tmp) / "reports"
        texts.mkdir()
        for item in ids:
            shutil.copyfile(corpus / "texts" / f"{item}.txt", texts / f"{item}.txt")
        # the checkout's rules as they were: its own src first, no JUSTICEKG_* setting
        env = {k: v for k, v in os.environ.items() if not k.startswith("JUSTICEKG_")}
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(Path(checkout) / "src"), os.environ.get("PYTHONPATH")) if p
        )
        # relative paths: a checkout that writes the path given as the source writes the same
        # path on every run (``texts/<id>.txt``), not the temporary folder's
        done = subprocess.run(
            [sys.executable, "-m", "justicekg", "extract", "texts", "--out", "reports"],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            from justicekg.catalogue import Message

            lines = done.stderr.strip().splitlines()
            raise ExtractionError(
                Message("unseen_extract_failed"),
                where=checkout,
                hint=lines[-1] if lines else str(done.returncode),
            )
        for item in ids:
            shutil.copyfile(reports_dir / f"{item}.json", out / f"{item}.json")
    return len(ids)


_CMD = "python -m justicekg.extract.learn.unseen"


@dataclass(frozen=True, slots=True)
class _Args:
    """A parsed command line of :func:`main`: the command, its two arguments, its options."""

    command: str
    first: str = ""
    second: str = ""
    options: dict[str, str] = field(default_factory=dict)


def _positive_int(lang: str) -> Callable[[str], int]:
    """An argparse type: a whole number of at least 1, else a usage error from the catalogue
    in ``lang`` (``--workers 0`` or ``-1`` is refused, not silently read as 1).

    >>> _positive_int("en")("3")
    3
    """
    from justicekg.catalogue import gettext

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(gettext("learn_workers_positive", lang, value=text))
        return value

    return parse


def _parse(argv: Sequence[str], lang: str) -> _Args | int:
    """``COMMAND ARG ARG [--option VALUE]...`` (argparse, its words from the catalogue in
    ``lang``); the exit status when it is not one (2, the usage and the error printed) or
    asks for the help (0).

    >>> _parse(["reports", "m.tsv", "out", "--workers", "3"], "en").options["workers"]
    '3'
    """
    from justicekg.cli_lang import developer_parser, parse_developer_args

    positional = {"map": ("corpus", "out"), "checkouts": ("map", "dir"), "reports": ("map", "out")}
    parser, command = developer_parser(_CMD, "learn_unseen_usage", lang)
    for name, (first, second) in positional.items():
        sub = command(name)
        sub.add_argument(first, metavar=first.upper())
        sub.add_argument(second, metavar=second.upper())
        if name == "checkouts":
            sub.add_argument("--repo", default=".")
        elif name == "reports":
            sub.add_argument("--corpus", default=str(CORPUS))
            sub.add_argument("--workers", type=_positive_int(lang), default=2)
    parsed = parse_developer_args(parser, argv, lang)
    if isinstance(parsed, int):
        return parsed
    found = vars(parsed)
    name = found.pop("command")
    first, second = (found.pop(k) for k in positional[name])
    return _Args(name, first, second, {k: str(v) for k, v in found.items()})


def main(argv: Sequence[str] | None = None) -> int:
    """``map CORPUS OUT.tsv``, ``checkouts MAP DIR [--repo R]``, ``reports MAP OUT
    [--corpus CORPUS] [--workers N]``; what it prints, and an error (one line, ``lỗi: …`` /
    ``error: …``, exit 2), from the catalogue in the command line's language."""
    from justicekg.catalogue import gettext
    from justicekg.cli_lang import current, error_line

    lang = current()
    args = _parse(sys.argv[1:] if argv is None else argv, lang)
    if isinstance(args, int):
        return args
    try:
        if args.command == "map":
            found = rows(args.first)
            write_map(found, args.second)
            parents = len({r.parent for r in found})
            line = gettext(
                "unseen_map_written", lang, path=args.second, items=len(found), parents=parents
            )
        elif args.command == "checkouts":
            made = checkouts(args.first, args.second, repo=args.options["repo"])
            line = gettext("unseen_checkouts_added", lang, path=args.second, n=made)
        else:
            n = reports(
                args.first,
                args.second,
                corpus=args.options["corpus"],
                workers=int(args.options["workers"]),
            )
            line = gettext("unseen_reports_written", lang, path=args.second, n=n)
    except JusticeKGError as error:
        print(error_line(error), file=sys.stderr)
        return 2
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
