"""Helpers shared by the extraction rule tests: award facts of an invented text."""

from __future__ import annotations

from justicekg.extract.pipeline import extract

CON = "conferred"
NOM = "nominated"


def award_facts(text: str, published: str) -> list[tuple[str, str, str]]:
    """(award, recipient, status) of each award decision extracted from ``text``."""
    report = extract(text, article_id="t", published=published)
    return [(a.award, a.recipient, a.status) for a in report.awards]
