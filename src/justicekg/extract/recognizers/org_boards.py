"""Boards, organs and offices of a body named right after them, foreign missions placed
``tại Việt Nam``, and the bodies of :mod:`.org_civil` merged in.

``Ban Chủ nhiệm Đoàn Luật sư tỉnh X``, ``Đảng đoàn Hội Luật gia Việt Nam``, ``Tòa soạn Tạp chí
X``, ``Khoa Luật Kinh tế Đại học X``: the prefixes are data (``data/gazetteers/org_boards.tsv``),
each with the kinds of body it belongs to; the body itself stays an organization of the page.
``Đại sứ quán X tại Việt Nam`` keeps its ``tại Việt Nam`` where the page writes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows
from justicekg.extract.lexicon import UPPER
from justicekg.extract.recognizers.org_civil import civil_bodies

__all__ = ["boards_of_bodies"]


def _words_re(prefix: str) -> str:
    """``prefix`` as a regex: spaces match runs of spaces, a dash any dash with any spacing,
    and each word after the first its capitalized or small form."""
    parts: list[str] = []
    for i, w in enumerate(prefix.split(" ")):
        if w in ("-", "–"):
            parts.append(r"[-–]")
        elif i == 0 or not w[:1].isalpha():
            parts.append(re.escape(w))
        else:
            parts.append(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}")
    out = parts[0]
    for p in parts[1:]:
        out += (r"[ \t]*" if p == r"[-–]" or out.endswith(r"[-–]") else r"[ \t]+") + p
    return out


@dataclass(frozen=True)
class _Board:
    """One row of ``org_boards.tsv``: the prefix as a regex ending right before its body."""

    pattern: re.Pattern[str]
    canonical: str
    parents: tuple[str, ...]
    abroad: bool
    key: str  # the prefix's last word, lower-cased: a board not written near lacks it


#: a unit's own name after its head: a capitalized word, then up to six more (no head, no "và")
#: (nor a verb or preposition: "Khoa Luật phối hợp với Trường …" names no board)
_OWN_NAME = (
    rf"[ \t]+[{UPPER}][\w]*(?:[ \t]+(?!(?:và|Vụ|Cục|Bộ|Sở|phối|với|cùng|tại|của|được|đã|cho|là"
    rf"|có|đến|làm|dự|tổ|ký|nhận|thăm)(?![\w]))[\w]+){{0,6}}?"
)


@gz.derived
def _boards() -> list[_Board]:
    """The boards of ``org_boards.tsv``, the longest prefixes first."""
    rows = sorted(load_rows("org_boards"), key=lambda r: len(r["prefix"]), reverse=True)
    named = {"@" + r["name"]: r["parents"].split("|") for r in load_rows("org_board_parents")}
    out = []
    for r in rows:
        words = _words_re(r["prefix"]) + (_OWN_NAME if r["canonical"] == "*" else "")
        if words.startswith("Ban"):
            # "Trưởng ban liên lạc cán bộ hưu trí Sở X": small after its head's title
            words = rf"(?:Ban|(?:(?<=Trưởng )|(?<=trưởng )|(?<=Phó )|(?<=phó ))ban){words[3:]}"
        pattern = re.compile(
            rf"(?<![\w])(?P<p>{words})(?:[ \t]+(?:của|thuộc))?[ \t]*(?:[,\-–][ \t]*)?\Z"
        )
        parents = tuple(
            p for cell in r["parents"].split("|") for p in named.get(cell, (cell,))
        )  # "@teams": the named list of org_board_parents.tsv
        key = r["prefix"].split()[-1].lower()
        out.append(_Board(pattern, r["canonical"], parents, r["abroad"] == "yes", key))
    return out


#: a foreign mission's place when the page writes it
_IN_VIETNAM = re.compile(r"(?:[ \t]*\([A-Z]{2,10}\))?[ \t]+tại[ \t]+Việt[ \t]+Nam(?![\w])")
_MISSIONS = ("Đại sứ quán ", "Tổng Lãnh sự quán ", "Cơ quan Hợp tác quốc tế ")


def _board_of(text: str, body: Span) -> Span | None:
    """The board, organ or office written right before ``body`` and named with it."""
    window = text[max(0, body.start - 80) : body.start]
    low = window.lower()
    abroad = body.rule == "foreign" or bool(body.data.get("foreign"))
    for board in _boards():
        if not body.name.startswith(board.parents) or (board.abroad and not abroad):
            continue
        if board.key not in low:
            continue
        m = board.pattern.search(window)
        if m is None:
            continue
        start = body.start - len(window) + m.start("p")
        written = " ".join(m.group("p").split())
        prefix = written if board.canonical == "*" else board.canonical
        if text.startswith("Trung ương ", body.start) and not prefix.endswith("Trung ương"):
            prefix += " Trung ương"  # "Ban Thường vụ Trung ương Hội …": read as the Hội
        return Span(
            start,
            body.end,
            "org",
            f"{prefix} {body.name}",
            "board",
            {**body.data, "kind": "other", "parent": body.name},
        )
    return None


def boards_of_bodies(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with the bodies of :mod:`.org_civil` added, foreign missions placed ``tại
    Việt Nam`` where written, and the boards written before a body added (a shorter span they
    cover at its start gives way)."""
    text = doc.text
    orgs = list(spans)
    for new in civil_bodies(doc):
        clash = [o for o in orgs if o.label == "org" and new.overlaps(o)]
        if all(new.start <= o.start and o.end <= new.end for o in clash):
            # "Dự án JICA": the project, not the agency its acronym names
            orgs = [o for o in orgs if o not in clash] + [new]
    for o in orgs:
        if o.label == "org" and o.name.startswith(_MISSIONS) and "tại" not in o.name:
            at = _IN_VIETNAM.match(text, o.end)
            if at is not None:
                o.name, o.end = f"{o.name} tại Việt Nam", at.end()
    for body in [o for o in orgs if o.label == "org"]:
        board = _board_of(text, body)
        if board is None or any(
            o.start <= board.start and o.end >= board.end for o in orgs if o is not body
        ):
            continue
        # "Ban Chấp hành Trung ương" read alone as the party's: the association's board
        orgs = [o for o in orgs if not (o.start == board.start and o.end <= body.start)]
        orgs.append(board)
        if body.name.startswith("Đảng bộ ") and body.start > board.start:
            # "Ban Chấp hành Đảng bộ tỉnh X": the committee is the body the page names; the
            # party organization it heads is named only where written on its own
            orgs = [o for o in orgs if o is not body]
    return orgs
