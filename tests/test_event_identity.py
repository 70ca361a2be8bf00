"""Event identity (issue 11): distinct events never merge; the same event stated twice does."""

from __future__ import annotations

from justicekg.config import Settings
from justicekg.model import Article, Event, Evidence, ExtractionReport
from justicekg.namespaces import JKG, RDF
from justicekg.rdf.build import build_graph

SETTINGS = Settings(store="memory:")


def _events(*reports: ExtractionReport) -> int:
    """How many distinct events the articles' graphs hold together."""
    found = set()
    for report in reports:
        found |= set(build_graph(report, SETTINGS).subjects(RDF.type, JKG.Event))
    return len(found)


def _sentence(text: str) -> Evidence:
    return Evidence(0, len(text), text)


def test_two_events_of_a_day_in_a_province_stay_apart() -> None:
    report = ExtractionReport(
        Article(id="two-events", published="2023-12-21"),
        events=[
            Event(
                "conference",
                "Hội nghị tổng kết công tác tư pháp",
                "2023-12-21",
                province="Tuyên Quang",
                organizer="Sở Tư pháp tỉnh Tuyên Quang",
            ),
            Event(
                "conference",
                "Hội nghị triển khai Luật Hòa giải",
                "2023-12-21",
                province="Tuyên Quang",
                organizer="Sở Tư pháp tỉnh Tuyên Quang",
            ),
            Event(
                "conference",
                "Hội nghị tổng kết công tác tư pháp",
                "2023-12-21",
                province="Tuyên Quang",
                organizer="Cục Thi hành án dân sự tỉnh Tuyên Quang",
            ),
        ],
    )
    assert _events(report) == 3


def test_undated_events_are_keyed_by_article_and_sentence() -> None:
    def report(article: str, *texts: str) -> ExtractionReport:
        return ExtractionReport(
            Article(id=article),
            events=[Event("meeting", None, None, evidence=_sentence(t)) for t in texts],
        )

    assert _events(report("u1", "Họp giao ban tháng 3.", "Họp chi bộ tháng 3.")) == 2
    assert _events(report("u1", "Họp giao ban."), report("u2", "Họp giao ban.")) == 2


def test_the_same_event_in_two_articles_is_one() -> None:
    def report(article: str) -> ExtractionReport:
        return ExtractionReport(
            Article(id=article, published="2023-12-22"),
            events=[
                Event(
                    "conference",
                    "Hội nghị tổng kết công tác tư pháp",
                    "2023-12-21",
                    province="Tuyên Quang",
                    organizer="Sở Tư pháp tỉnh Tuyên Quang",
                )
            ],
        )

    assert _events(report("b1"), report("b2")) == 1
