"""Professions written before a name, and the body an aside names for them: ``luật sư C
(Đoàn Luật sư tỉnh X)``.

Pages of the sector write a lawyer's or jurist's profession right before the name:
``báo cáo viên Luật sư A``, ``luật sư B (Chủ nhiệm)``. A profession is a role, not an
honorific, rank or degree: with no body named for it, it is a position with organization null
(the conventions' ``báo cáo viên pháp luật``). The bar or firm written right after the name as
its aside (``luật sư C (Đoàn Luật sư tỉnh X)``, ``Luật sư D, Công ty Luật Y``) is the
profession's body. A lawyer of a named bar before the name (``Luật sư Đoàn Luật sư tỉnh X E``),
or a profession written after the name as an apposition, keeps its reading. The professions and
the heads of their bodies are data (``data/gazetteers/profession_prefixes.tsv``).
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold

__all__ = ["profession_post"]

#: between the profession and the name: white space, a degree ("Luật sư, TS. A")
_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:TS|ThS|Ths|PGS\.TS|GS\.TS|NCS)\.?[ \t]*)?")
#: between the name and its body's aside: a bracket, a comma or a dash
_ASIDE = re.compile(r"[ \t]*(?:\(|,|[-–—])[ \t]*")
#: what closes the aside: a bracket, a comma, a semicolon, a full stop, "và", the line's end
_CLOSE = re.compile(r"[ \t]*(?:[),;.]|và(?![\w])|$)", re.MULTILINE)


@gz.derived
def _professions() -> dict[str, tuple[str, ...]]:
    return {
        fold(r["title"]): tuple(h + " " for h in r["bodies"].split("|") if h)
        for r in gz.load_rows("profession_prefixes")
    }


def profession_post(
    doc: Doc, title: str, org: str | None, span: Span, names: list[Span], orgs: list[Span]
) -> str | None:
    """The body of the position ``title`` at ``span`` with ``org``: for a profession with no
    body written right before one of the person's ``names``, the body of the profession the
    name's aside names (``luật sư C (Đoàn Luật sư tỉnh X)``); otherwise ``org`` (null for a
    bare ``luật sư A``: a role with no body given)."""
    heads = _professions().get(fold(title)) if org is None else None
    if heads is None:
        return org
    gap = _GAP.match(doc.text, span.end)
    end = gap.end() if gap else span.end
    name = next((m for m in names if m.start == end), None)
    if name is None:
        return org  # "ông A, luật sư, …": an apposition keeps its reading
    aside = _ASIDE.match(doc.text, name.end)
    if aside is not None:
        body = next((o for o in orgs if o.start == aside.end()), None)
        if body is not None and body.name.startswith(heads) and _CLOSE.match(doc.text, body.end):
            return body.name  # "luật sư C (Đoàn Luật sư tỉnh X)"
    return org
