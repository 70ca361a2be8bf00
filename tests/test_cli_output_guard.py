"""A guard on what the commands print as prose (``eval``, ``analyze``, ``holders``,
``harvest``, ``stats``, ``validate``, ``ingest``): inside the functions that lay that text
out (:data:`RENDERERS`), a string literal holding a letter must be a catalogue key or value
(``tr``, ``gettext``, ``Message`` …) or plainly a key: a subscript (``row["label"]``), a dict
key, a comparison operand, a ``for`` loop's key tuple, a ``columns = [...]`` list, a path
part (``folder / "README.md"``), a docstring. New English prose there fails the test.

Machine formats are not prose: JSON keys and values, CSV, the ``--format json`` outputs, the
fact-set names of ``eval`` and the kinds of ``analyze --format json`` stay as they are.
"""

from __future__ import annotations

import ast

import pytest

from justicekg.config import PROJECT_ROOT
from tests.literal_guard import call_name

SRC = PROJECT_ROOT / "src" / "justicekg"

#: Module → the functions (``name`` or ``Class.name``) that lay out what a command prints.
RENDERERS: dict[str, tuple[str, ...]] = {
    "extract/scores_text.py": ("format_table", "format_verbose", "format_intervals"),
    "extract/evaluate.py": ("_stage_corpus", "_scores_text", "_intervals"),
    "analytics/cli_support.py": ("render", "_path_text", "_table", "run_analyze"),
    "analytics/paths.py": ("Quote.line",),
    "holders.py": ("render_holders",),
    "validate/report.py": ("ValidationResult.line", "ValidationReport.text_in", "_text"),
    "harvest/cli.py": ("harvest",),
    "cli_read.py": ("stats", "holders"),
    "ingest_summary.py": ("IngestSummary.text",),
}
#: Calls whose string arguments are catalogue keys or values, or names, not prose.
LOOKUPS = {
    "Message",
    "tr",
    "gettext",
    "translate",
    "translator",
    "_word",
    "describe_error",
    "get",
    "getattr",
    "hasattr",
    "isinstance",
    "setdefault",
    "pop",
}
#: Keywords that carry a location, a stream, an encoding or a flag, not prose.
NOT_PROSE = {"where", "err", "nl", "file", "encoding"}
#: Names a list or tuple of keys is assigned to.
KEY_LISTS = {"columns"}


def _key_positions(tree: ast.AST) -> set[int]:
    """``id()`` of every node that sits where a literal is a key, not prose."""
    keys: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            keys.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            mark(node.slice)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                mark(key)
        elif isinstance(node, ast.Compare):
            mark(node.left)
            for comparator in node.comparators:
                mark(comparator)
        elif isinstance(node, (ast.For, ast.comprehension)):
            mark(node.iter if isinstance(node.iter, (ast.Tuple, ast.List)) else None)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in KEY_LISTS for t in node.targets
        ):
            mark(node.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            mark(node.right)
        elif isinstance(node, ast.Call):
            if call_name(node.func) in LOOKUPS:
                mark(node)
            for keyword in node.keywords:
                if keyword.arg in NOT_PROSE:
                    mark(keyword.value)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node):
            mark(node.body[0])
    return keys


def english_literals(function: ast.FunctionDef) -> list[tuple[int, str]]:
    """``(line, text)`` of the prose literals in ``function``'s body (its decorators and
    defaults are options and their help, which the CLI guard and the help texts cover)."""
    keys = _key_positions(function)
    found = [
        node
        for statement in function.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(ch.isalpha() for ch in node.value)
        and id(node) not in keys
    ]
    return sorted((n.lineno, str(n.value)) for n in found)


def functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """Module functions by name, methods as ``Class.name``."""
    found: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found[f"{node.name}.{item.name}"] = item
    return found


def _scan(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    return [hit for f in functions(tree).values() for hit in english_literals(f)]


def test_the_guard_catches_english_prose() -> None:
    """The check itself can fail: each of these prints English past the catalogue."""
    bad = (
        "def render(result):\n"
        "    head = f\"{result['command']} on {result['projection']}\"\n"
        '    return head + " communities"\n'
        "def line(self):\n"
        '    return f"stated in {self.where}"\n'
        "def stats(rows):\n"
        '    click.echo(table(["class", "instances"], rows))\n'
        "def harvest(n):\n"
        '    label = "overall" if n else ""\n'
    )
    assert [line for line, _ in _scan(bad)] == [2, 3, 5, 7, 7, 9]
    good = (
        "def render(result, lang):\n"
        '    """The human view."""\n'
        "    tr = translator(lang)\n"
        '    if result["command"] == "centrality":\n'
        '        columns = ["label", "kind"]\n'
        '        return tr("analyze_on_projection", projection=result.get("projection"))\n'
        '    rows = [{"relation": _word("rel", e["relation"], lang)} for e in result["edges"]]\n'
        '    for label in ("missed", "spurious"):\n'
        '        sys.stderr.write(tr(f"eval_{label}") + "\\n")\n'
        '    return str(folder / "README.md"), rows, getattr(result, "message", None)\n'
    )
    assert _scan(good) == []


@pytest.mark.parametrize("module", sorted(RENDERERS))
def test_what_the_commands_print_holds_no_english_prose(module: str) -> None:
    tree = ast.parse((SRC / module).read_text(encoding="utf-8"))
    found_functions = functions(tree)
    missing = [name for name in RENDERERS[module] if name not in found_functions]
    assert not missing, f"{module}: no function {missing} (renamed? update RENDERERS)"
    found = [hit for name in RENDERERS[module] for hit in english_literals(found_functions[name])]
    assert not found, f"{module}: literal prose bypasses the catalogue: {found}"
