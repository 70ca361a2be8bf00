"""Foreign officials' posts: the country and the party that the page writes once for a chain.

Grammar (Vietnamese news on cooperation with Laos, Cambodia …): a foreign official's chain of
posts names the country once, at its end (``bà Chanthala X, Ủy viên Trung ương Đảng Nhân dân
Cách mạng Lào, Phó Chủ tịch Quốc hội, nguyên Chánh án Tòa án nhân dân tối cao Lào``):
the national bodies written bare earlier in that chain (``Quốc hội``, ``Chính phủ``, ``Bộ Nội
vụ``, ``Tòa án nhân dân tối cao``) are that country's (``Quốc hội Lào``, ``Bộ Nội vụ Lào``), as
:mod:`justicekg.extract.foreign_chains` reads a chain (its ``posts`` reader).
A Central Committee or Politburo seat followed by a foreign party's name is of that party's
organ (``Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào``); a minister's or deputy
minister's title written bare is of the one foreign ministry the page names; the parties are in
``data/gazetteers/foreign_parties.tsv``. Only a person whose name does not open with a
Vietnamese surname is read so: a Vietnamese official's chain that ends with a foreign body
(``Đại sứ Việt Nam tại Lào``) keeps its own bodies.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.foreign_chains import chain_posts_bodies, country_at_end
from justicekg.extract.gazetteers import load_rows, surnames

Post = tuple[str, str | None, Span]

#: the organs of a party whose seat the title names
PARTY_ORGANS = ("Ban Chấp hành Trung ương Đảng", "Bộ Chính trị")


@gz.derived
def _parties() -> re.Pattern[str]:
    rows = load_rows("foreign_parties")
    alts = []
    for i, r in enumerate(rows):
        words = "|".join(
            re.escape(w) for w in sorted(r["written"].split("|"), key=len, reverse=True)
        )
        alts.append(rf"(?P<p{i}>{words})")
    # case aside: pages write "Đảng Nhân dân cách mạng Lào" too
    return re.compile(rf"[ \t]+(?:Đảng[ \t]+)?(?:{'|'.join(alts)})(?![\w])", re.IGNORECASE)


def party_after(text: str, end: int) -> str | None:
    """The foreign party whose name is written at ``end`` (``Đảng Nhân dân Cách mạng Lào``)."""
    m = _parties().match(text, end)
    if m is None:
        return None
    rows = load_rows("foreign_parties")
    i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
    return rows[i]["party"]


def _page_ministry(doc: Doc) -> str | None:
    """The one foreign ministry the page names (``Bộ Tư pháp Lào``), if only one."""
    found = {
        o.name
        for o in doc.by_label("org")
        if o.name.startswith("Bộ ") and country_at_end(o.name, aliases=True) is not None
    }
    return found.pop() if len(found) == 1 else None


def foreign_chain(doc: Doc, name: str, posts: list[Post]) -> list[Post]:
    """``posts`` of one chain of ``name``, the bare national bodies given the country the
    chain ends with and party seats given the foreign party written after the title."""
    if not posts or not name.split() or name.split()[0] in surnames():
        return posts
    text = doc.text
    out: list[Post] = []
    ministry = _page_ministry(doc)
    for title, org, span in posts:
        if org is None and span.data.get("head") == "Bộ" and ministry is not None:
            org = ministry  # "Thứ trưởng Bounmy X" on a page about the ministry of Laos
        if org in PARTY_ORGANS:
            party = party_after(text, span.end)
            if party is not None:
                # "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": the organ of that party
                org = f"{org.removesuffix(' Đảng')} {party}"
        out.append((title, org, span))
    orgs = chain_posts_bodies([org for _, org, _ in out])
    return [(title, org, span) for (title, _, span), org in zip(out, orgs, strict=True)]
