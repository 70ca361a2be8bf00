"""The one reading of a foreign official's chain (:mod:`justicekg.extract.foreign_chains`) and
its two readers: organization spans and a person's posts. Every person is invented."""

from __future__ import annotations

import pytest

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.foreign_chains import (
    READERS,
    chain_posts_bodies,
    foreign_chain_bodies,
    is_national,
)


def test_the_gazetteer_names_each_reader_yes_or_no() -> None:
    for row in gz.load_rows("foreign_national_bodies"):
        assert row["form"] in {"name", "ministry"}, row
        for reader in READERS:
            assert row[reader] in {"yes", "no"}, row


@pytest.mark.parametrize(
    ("name", "orgs", "posts"),
    [
        ("Quốc hội", True, True),
        ("Bộ Nội vụ", True, True),
        ("Bộ Chính trị", False, False),
        ("Văn phòng Chính phủ", True, False),
        ("Viện kiểm sát nhân dân tối cao", False, True),
        ("quốc hội", False, True),  # posts compare in any case
    ],
)
def test_each_reader_reads_its_bodies(name: str, orgs: bool, posts: bool) -> None:
    assert (is_national(name, "orgs"), is_national(name, "posts")) == (orgs, posts)


def test_posts_take_the_country_of_the_last_body() -> None:
    assert chain_posts_bodies(["Quốc hội", "Bộ Nội vụ", "Bộ Tư pháp nước Lào"]) == [
        "Quốc hội Lào",
        "Bộ Nội vụ Lào",
        "Bộ Tư pháp nước Lào",
    ]
    assert chain_posts_bodies(["Quốc hội Lào", "Bộ Nội vụ"]) == ["Quốc hội Lào", "Bộ Nội vụ"]
    assert chain_posts_bodies([None, "Chính phủ", "Bộ Ngoại giao Cuba"]) == [
        None,
        "Chính phủ Cu Ba",
        "Bộ Ngoại giao Cuba",
    ]


def test_organization_spans_of_a_foreign_chain_take_its_country() -> None:
    text = (
        "Ông Khamsy Vongsa, Phó Chủ tịch Quốc hội, Văn phòng Chính phủ, Viện trưởng Viện Kiểm sát"
        " nhân dân tối cao Lào. Quốc hội đã họp."
    )
    doc = Doc(text)

    def org(name: str, nth: int = 0) -> Span:
        start = text.index(name, text.index(name) + 1) if nth else text.index(name)
        return Span(start, start + len(name), "org", name)

    supreme = org("Viện Kiểm sát nhân dân tối cao Lào")
    supreme.name = "Viện kiểm sát nhân dân tối cao Lào"
    spans = [org("Quốc hội"), org("Văn phòng Chính phủ"), supreme, org("Quốc hội", 1)]
    foreign_chain_bodies(doc, spans)
    assert [s.name for s in spans] == [
        "Quốc hội Lào",
        "Văn phòng Chính phủ Lào",
        "Viện kiểm sát nhân dân tối cao Lào",
        "Quốc hội",  # outside any person's chain
    ]
