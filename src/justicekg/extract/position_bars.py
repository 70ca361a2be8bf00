"""The bar whose head a bare ``Chủ nhiệm`` is, on a page about one bar association.

A page about a provincial bar (``Đoàn Luật sư tỉnh X``) names its heads with the title alone:
``do luật sư A làm Chủ nhiệm``, ``luật sư B (Phó chủ nhiệm)``, ``được bầu làm chủ nhiệm
đoàn``. The post is of the page's one bar. A page that names two bars, or another body a
``Chủ nhiệm`` heads (a committee, an office, a club, a cooperative), leaves the title bare.
"""

from __future__ import annotations

from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold


@cache
def _bodies() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """From ``chu_nhiem_bodies.tsv``: the other bodies a "Chủ nhiệm" heads (as organization
    names), the same and others as the words right after the title (folded), and the
    committees a "Chủ nhiệm" never heads, each head with the space after it."""
    rows = gz.load_rows("chu_nhiem_bodies")
    return (
        tuple(f"{r['head']} " for r in rows if r["page"] == "yes"),
        tuple(f"{fold(r['head'])} " for r in rows if r["after"] == "yes"),
        tuple(f"{r['head']} " for r in rows if r["page"] == "chaired"),
    )


def bar_of_page(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The page's one bar association, when ``title`` is a bare (deputy) ``Chủ nhiệm``.

    >>> from justicekg.extract.pipeline import extract
    >>> t = "Đoàn Luật sư tỉnh Hưng Yên được thành lập do luật sư Kha Văn Lịch làm Chủ nhiệm."
    >>> r = extract(t, article_id="t")
    >>> ("Chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên") in [
    ...     (q.title, q.organization) for p in r.persons for q in p.positions]
    True
    """
    words = fold(title.name).split()
    if words[:1] == ["pho"]:
        words = words[1:]
    if words != ["chu", "nhiem"]:
        return None
    other_headed, after_title, chaired = _bodies()
    if fold(doc.text[title.end : title.end + 24]).lstrip().startswith(after_title):
        return None  # "Chủ nhiệm Hợp tác xã Tân Lập": another body the recognizers missed
    bars = {o.name for o in orgs if o.name.startswith("Đoàn Luật sư ")}
    others = [o for o in orgs if o.name.startswith(other_headed)]
    if len(bars) != 1 or any(not o.name.startswith(chaired) for o in others):
        return None
    return next(iter(bars))
