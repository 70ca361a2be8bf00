"""The body of a post written bare in brackets after a name in a list of a body's members.

Election and appointment reports list a body's new leaders with their posts in brackets and
the body named once, before the list: ``Ban Chấp hành Chi bộ Sở X nhiệm kỳ mới gồm đồng chí A
(Bí thư) và đồng chí B (Phó Bí thư)``, ``Ban Chủ nhiệm Câu lạc bộ Y gồm: ông C (Chủ nhiệm)…``.
The bracketed post is of the last body its sentence names before the name whose head fits the
post (``Bí thư`` of a ``Chi bộ`` or ``Đảng ủy``, ``Chủ nhiệm`` of a ``Câu lạc bộ`` …; data in
``data/gazetteers/bracketed_post_bodies.tsv``); a ``Đảng bộ`` stands for its committee
(``Đảng ủy``). A post with a body of its own, or one the sentence gives no fitting body, keeps
its reading.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span

__all__ = ["bracketed_post_body"]

_OPEN = re.compile(r"[ \t]*\([ \t]*$")
_CLOSE = re.compile(r"[ \t]*\)")
_PARTY = ("Chi bộ", "Đảng ủy", "Đảng bộ")


@gz.derived
def _heads() -> dict[str, tuple[str, ...]]:
    return {
        r["title"]: tuple(h + " " for h in r["heads"].split("|") if h)
        for r in gz.load_rows("bracketed_post_bodies")
    }


def bracketed_post_body(
    doc: Doc, p: Span, chain: list[tuple[Span, Span | None]], orgs: list[Span]
) -> None:
    """Give the bare bracketed post after ``p`` the body of the list its sentence names."""
    if len(chain) != 1:
        return
    t, o = chain[0]
    if o is not None or t.data.get("commune_org"):
        return
    heads = _heads().get(t.name.lower())
    text = doc.text
    if heads is None or _CLOSE.match(text, t.end) is None:
        return
    if t.start - p.end > 6 or _OPEN.search(text, p.end, t.start) is None:
        return
    sent = doc.sentence_of(p.start)
    body = next(
        (
            x
            for x in reversed(orgs)
            if sent.start <= x.start and x.end <= p.start and x.name.startswith(heads)
        ),
        None,
    )
    if body is None:
        return
    name = body.name
    if name.startswith("Đảng bộ "):
        name = "Đảng ủy " + name.removeprefix("Đảng bộ ")  # the committee of the party unit
    t.data["commune_org"] = name
    t.data["commune_org_kind"] = "party-committee" if name.startswith(_PARTY) else "other"
