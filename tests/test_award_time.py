"""Award years and givers (issue 11): the achievement's year, not the ceremony's; ``được X
tặng`` makes X the giver. From the invented articles of ``tests/data/awards/``, through SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_stores import ingest_invented, select

from justicekg.config import Settings
from justicekg.model import Article, AwardDecision, Evidence, ExtractionReport, Organization
from justicekg.rdf.awards import achievement_year, is_giver
from justicekg.rdf.build import build_graph
from justicekg.validate import validate
from justicekg.web.examples import examples


@pytest.mark.parametrize(
    "sentence,extracted,year",
    [
        ("đón nhận Cờ thi đua vì thành tích xuất sắc trong công tác năm 2022", 2023, 2022),
        ("tặng Bằng khen cho tập thể có thành tích giai đoạn 2018 - 2022", 2023, 2022),
        ("được tặng Cờ thi đua ngành Tư pháp năm 2021", 2021, 2021),
        ("được Chủ tịch UBND tỉnh tặng Bằng khen", 2023, None),  # the article's year only
        ("tổng kết công tác năm 2017, đề nghị tặng Cờ thi đua", 2017, 2017),
    ],
    ids=["achievement", "period", "award-year", "no-year", "review-year"],
)
def test_achievement_year(sentence: str, extracted: int, year: int | None) -> None:
    assert achievement_year(sentence, extracted) == year


@pytest.mark.parametrize(
    "name,sentence,giver",
    [
        ("Thủ tướng Chính phủ", "Sở X được Thủ tướng Chính phủ tặng Bằng khen", True),
        ("Bộ trưởng Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp trao tặng Cờ thi đua cho Sở X", True),
        ("Sở X", "Sở X được Thủ tướng Chính phủ tặng Bằng khen", False),
        ("Sở X", "Thủ tướng Chính phủ tặng Bằng khen cho Sở X", False),
    ],
    ids=["passive-giver", "active-giver", "passive-recipient", "active-recipient"],
)
def test_giver_from_the_verb_frame(name: str, sentence: str, giver: bool) -> None:
    assert is_giver(name, sentence) is giver


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_invented(tmp_path_factory, "awards")


_select = select


def test_year_of_achievement_and_day_of_ceremony(store_dir: Path) -> None:
    rows = _select(
        store_dir,
        """PREFIX jkg: <https://w3id.org/justicekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?recipient ?year ?day ?giver WHERE {
  ?d jkg:award/skos:prefLabel "Cờ thi đua của Chính phủ"@vi ; jkg:recipient/rdfs:label ?recipient ;
     jkg:year ?year ; jkg:decisionDate ?day ; jkg:conferrer/rdfs:label ?giver }""",
    )
    assert rows == [("Cục Thi hành án dân sự tỉnh Bình Định", "2022", "2023-01-12", "Chính phủ")]


def test_the_prime_minister_gives_and_receives_nothing(store_dir: Path) -> None:
    received = _select(
        store_dir,
        """PREFIX jkg: <https://w3id.org/justicekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?d WHERE { ?d jkg:recipient/rdfs:label "Thủ tướng Chính phủ"@vi }""",
    )
    assert received == []
    given = _select(
        store_dir,
        """PREFIX jkg: <https://w3id.org/justicekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?r ?year WHERE { ?d jkg:conferrer/rdfs:label "Thủ tướng Chính phủ"@vi ;
  jkg:recipient/rdfs:label ?r . OPTIONAL { ?d jkg:year ?year } }""",
    )
    assert ("Sở Tư pháp tỉnh Phú Yên", "2022") in given


def test_editor_example_awards_of_a_year_in_a_province(store_dir: Path) -> None:
    query = next(e.query for e in examples("x") if e.key == "awards_of_year_in_province")
    query = query.replace('(2017 "Thanh Hóa"@vi)', '(2022 "Phú Yên"@vi)')
    rows = _select(store_dir, query)
    assert ("Sở Tư pháp tỉnh Phú Yên", "Bằng khen của Thủ tướng Chính phủ", "Được tặng") in rows
    none_2023 = _select(store_dir, query.replace("(2022 ", "(2023 "))
    assert none_2023 == []  # 2023 is the year of the review, not of any achievement


def test_a_recipient_read_as_giver_is_refused_by_the_shapes() -> None:
    sentence = "Sở Tư pháp tỉnh Phú Yên được Thủ tướng Chính phủ tặng Bằng khen."
    report = ExtractionReport(
        Article(id="giver", published="2023-01-20", text=sentence),
        organizations=[Organization("Thủ tướng Chính phủ", "government")],
        awards=[
            AwardDecision(
                "Bằng khen của Thủ tướng Chính phủ",
                "Thủ tướng Chính phủ",
                "conferred",
                evidence=Evidence(0, len(sentence), sentence),
            )
        ],
    )
    result = validate(build_graph(report, Settings()))
    assert not result.conforms
    assert any(
        r.shape == "jkgsh:AwardDecisionShape" and "giver" in r.message for r in result.violations
    ), result.text
