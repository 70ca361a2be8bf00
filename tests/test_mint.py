"""IRI minting: deterministic, valid, readable, and the cross-article identity rules."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from justicekg.config import Settings
from justicekg.model import Article, ExtractionReport, Organization, Person, Position
from justicekg.namespaces import FOAF, JKG, RDF
from justicekg.rdf.build import build_graph
from justicekg.rdf.mint import (
    KINDS,
    compose,
    event_iri,
    fold,
    graph_iri,
    iri_slug,
    mint_iri,
    name_key,
    person_context,
    slug,
)

IRI = re.compile(r"^https://w3id\.org/justicekg/id/[a-z]+/[a-z0-9_-]+$")
VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
names = st.text(
    alphabet=VIETNAMESE + VIETNAMESE.upper() + string.ascii_letters + string.digits + " -–.,'",
    min_size=1,
    max_size=40,
).filter(lambda s: name_key(s) != "")
kinds = st.sampled_from(sorted(KINDS))


@given(kind=kinds, name=names)
def test_mint_is_deterministic_and_a_valid_ascii_iri(kind: str, name: str) -> None:
    iri = mint_iri(kind, name)
    assert iri == mint_iri(kind, name)
    assert str(iri).isascii()
    assert IRI.match(str(iri)), iri


@given(kind=kinds, a=names, b=names)
def test_distinct_normalized_names_get_distinct_iris(kind: str, a: str, b: str) -> None:
    assert (mint_iri(kind, a) == mint_iri(kind, b)) == (name_key(a) == name_key(b))


@given(name=names, context=names)
def test_name_and_context_never_collide_with_a_longer_name(name: str, context: str) -> None:
    assert mint_iri("person", name, context) != mint_iri("person", f"{name} {context}")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("Thuỷ", "Thủy"),
        ("Vụ Thi đua – Khen thưởng", "Vụ Thi đua - Khen thưởng"),
        ("  Sở Tư pháp   tỉnh Nghệ An ", "sở tư pháp tỉnh nghệ an"),
        ("Tho\u0301", "Thó"),  # NFD and NFC
    ],
)
def test_spelling_variants_of_one_name_share_an_iri(a: str, b: str) -> None:
    assert mint_iri("org", a) == mint_iri("org", b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"), ("Lê Anh Tuấn", "Nguyễn Anh Tuấn"), ("Đà", "Da")],
)
def test_names_that_fold_alike_stay_apart(a: str, b: str) -> None:
    assert mint_iri("person", a) != mint_iri("person", b)


def test_slugs_are_readable() -> None:
    assert fold("Phòng Tư pháp Quận 3") == "phong-tu-phap-quan-3"
    assert slug("Le Anh Tuan", "Thanh Hoa") == "le-anh-tuan--thanh-hoa"
    assert slug("Lê Anh Tuấn", "Thanh Hóa").startswith("le-anh-tuan--thanh-hoa-")
    assert compose("a", "b") == "a_b"
    assert iri_slug(str(mint_iri("org", "Bo Tu phap"))) == "bo-tu-phap"


def test_base_iri_comes_from_settings() -> None:
    settings = Settings(base_iri="http://example.org/kg")
    assert str(mint_iri("org", "X", settings=settings)) == "http://example.org/kg/id/org/x"
    assert graph_iri("a1", settings) == "http://example.org/kg/graph/a1"


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown IRI kind"):
        mint_iri("thing", "x")


# -- identity rules ------------------------------------------------------------------------


def test_rule1_provincial_position_gives_the_province() -> None:
    rows = [("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa", "peoples-committee")]
    assert person_context(rows) == "Thanh Hóa"


def test_rule1_is_order_independent() -> None:
    rows = [
        ("Sở Tư pháp tỉnh Lâm Đồng", "Lâm Đồng", "provincial-department"),
        ("Cục Thi hành án dân sự tỉnh Đắk Nông", "Đắk Nông", "provincial-enforcement"),
        ("Bộ Tư pháp", None, "ministry"),
    ]
    assert person_context(rows) == person_context(list(reversed(rows))) == "Đắk Nông"


def test_rule1_national_organization_when_no_province() -> None:
    rows = [("Vụ Thi đua - Khen thưởng", None, "ministry-unit"), ("Bộ Tư pháp", None, "ministry")]
    assert person_context(rows) == "Bộ Tư pháp"


def test_rule1_name_alone_without_positions() -> None:
    assert person_context([]) is None
    assert mint_iri("person", "Nguyễn Oanh") == mint_iri("person", "Nguyễn Oanh")


def _report(
    article_id: str, person: str, org: str, province: str | None, kind: str
) -> ExtractionReport:
    return ExtractionReport(
        article=Article(id=article_id, published="2020-01-01"),
        persons=[Person(person, [Position("Giám đốc", org)])],
        organizations=[Organization(org, kind, province)],
    )


def _person_iri(report: ExtractionReport) -> str:
    graph = build_graph(report, Settings())
    (node,) = set(graph.subjects(RDF.type, JKG.Person))
    assert graph.value(node, FOAF.name) is not None
    return str(node)


def test_same_person_same_province_in_two_articles_is_one_iri() -> None:
    a = _report("a", "Lê Văn Bằng", "Sở Tư pháp tỉnh Nghệ An", "Nghệ An", "provincial-department")
    b = _report("b", "Lê Văn Bằng", "Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An", "peoples-committee")
    assert _person_iri(a) == _person_iri(b)


def test_same_name_different_provinces_no_shared_org_stay_apart() -> None:
    a = _report("a", "Lê Văn Bằng", "Sở Tư pháp tỉnh Nghệ An", "Nghệ An", "provincial-department")
    b = _report("b", "Lê Văn Bằng", "Sở Tư pháp tỉnh Hà Tĩnh", "Hà Tĩnh", "provincial-department")
    assert _person_iri(a) != _person_iri(b)


def test_same_name_same_national_org_is_one_iri() -> None:
    a = _report("a", "Trần Văn Cường", "Bộ Tư pháp", None, "ministry")
    b = _report("b", "Trần Văn Cường", "Bộ Tư pháp", None, "ministry")
    assert _person_iri(a) == _person_iri(b)


def test_province_aliases_and_tone_variants_are_one_context() -> None:
    a = _report(
        "a", "Lê Văn Bằng", "Sở Tư pháp thành phố Hồ Chí Minh", "TP.HCM", "provincial-department"
    )
    b = _report(
        "b",
        "Lê Văn Bằng",
        "Sở Tư pháp thành phố Hồ Chí Minh",
        "Hồ Chí Minh",
        "provincial-department",
    )
    assert _person_iri(a) == _person_iri(b)


def test_rule2_organization_is_its_full_name() -> None:
    assert mint_iri("org", "Sở Tư pháp tỉnh Nghệ An") != mint_iri("org", "Sở Tư pháp tỉnh Hà Tĩnh")


def test_rule4_event_is_kind_date_place_organizer_name() -> None:
    a = event_iri("conference", "2017-11-27", "Thanh Hóa", name="Hội nghị tổng kết")
    assert a == event_iri("conference", "2017-11-27", "Thanh Hoá", name="hội nghị  tổng kết")
    assert a != event_iri("conference", "2017-11-28", "Thanh Hóa", name="Hội nghị tổng kết")
    assert a != event_iri("ceremony", "2017-11-27", "Thanh Hóa", name="Hội nghị tổng kết")
    assert a != event_iri("conference", "2017-11-27", "Nghệ An", name="Hội nghị tổng kết")
    # Same day, same province: another name or another organizer is another event.
    assert a != event_iri("conference", "2017-11-27", "Thanh Hóa", name="Hội nghị tập huấn")
    assert a != event_iri(
        "conference", "2017-11-27", "Thanh Hóa", name="Hội nghị tổng kết", organizer="Sở Tư pháp"
    )
    assert "/conference--2017-11-27--thanh-hoa-" in str(a)
    # Undated: keyed by article and sentence, never merged across either.
    u = event_iri("meeting", None, None, article="a1", text="Họp giao ban tháng.")
    assert str(u).rsplit("/", 1)[1].startswith("meeting--undated-")
    assert u != event_iri("meeting", None, None, article="a2", text="Họp giao ban tháng.")
    assert u != event_iri("meeting", None, None, article="a1", text="Họp chi bộ.")
    assert u == event_iri("meeting", None, None, article="a1", text="Họp giao ban tháng.")


def test_rule6_decision_is_award_recipient_status_year() -> None:
    from justicekg.model import AwardDecision

    def decision(article_id: str, status: str, year: int) -> set[str]:
        report = ExtractionReport(
            Article(id=article_id, published="2018-01-05"),
            organizations=[
                Organization("Sở Tư pháp tỉnh Nghệ An", "provincial-department", "Nghệ An")
            ],
            awards=[
                AwardDecision("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Nghệ An", status, year)
            ],
        )
        graph = build_graph(report, Settings())
        return {str(s) for s in graph.subjects(RDF.type, JKG.AwardDecision)}

    assert decision("a", "nominated", 2017) == decision("b", "nominated", 2017)
    assert decision("a", "nominated", 2017) != decision("a", "conferred", 2017)
    assert decision("a", "nominated", 2017) != decision("a", "nominated", 2018)
