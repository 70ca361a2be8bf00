"""A professional title's employer: the body that employs a title given without one
(``Chấp hành viên`` → the enforcement office the page names; ``title_employers.tsv``)."""

from __future__ import annotations

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold


@gz.derived
def _employers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Professional titles and the bodies that employ them (``title_employers.tsv``)."""
    return tuple(
        (fold(r["title"]), tuple(r["employers"].split("|")))
        for r in gz.load_rows("title_employers")
    )


def implied_employer(
    doc: Doc, title: Span, orgs: list[Span], own: list[Span] | None = None
) -> str | None:
    """``Chấp hành viên Lê Minh Quang`` with no body named: the enforcement office the article
    names nearest before the title (else the first after); ``Trợ giúp viên pháp lý``: the
    legal-aid centre. Nothing when the article names no such body, or when that body is an
    item of the same list (``cho Phòng A; ông B, Chấp hành viên``: co-recipients)."""
    key = fold(title.name)
    prefixes = next((e for t, e in _employers() if key == t or key.startswith(t + " ")), None)
    if prefixes is None:
        return None
    for o in own or ():
        # "chấp hành viên A – Phó Trưởng phòng Nghiệp vụ Cục THADS tỉnh X": the enforcement
        # office of the person's own other post, not the nearest one the page names
        at = min((i for i in (o.name.find(p) for p in prefixes) if i >= 0), default=-1)
        if at >= 0:
            return o.name[at:]
    cands = [o for o in orgs if o.name.startswith(prefixes)]
    if not cands:
        return None
    before = [o for o in cands if o.end <= title.start]
    chosen = before[-1] if before else cands[0]
    lo, hi = sorted((chosen.end, title.start))
    sent = doc.sentence_of(title.start)
    if sent.start <= chosen.start < sent.end and ";" in doc.text[lo:hi]:
        return None
    return chosen.name
