"""Shared pieces of the guards that keep literal text out of errors and output
(``test_web_messages.py``, ``test_cli_messages.py``): each guard decides which calls it reads."""

from __future__ import annotations

import ast
from collections.abc import Callable


def call_name(func: ast.expr) -> str:
    """The called name: ``f`` of ``f(...)`` and of ``x.f(...)``, else ``""``."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def literals(node: ast.AST, skip: Callable[[ast.Call], bool]) -> list[ast.Constant]:
    """String literals holding a letter under ``node``, not below a call ``skip`` accepts."""
    if isinstance(node, ast.Call) and skip(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if any(ch.isalpha() for ch in node.value) else []
    found: list[ast.Constant] = []
    for child in ast.iter_child_nodes(node):
        found += literals(child, skip)
    return found
