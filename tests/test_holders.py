"""Facts in time (issue 11): who held which post on a day, from small invented articles.

The articles in ``tests/data/tenure/`` are written for these tests (see its README). Each case
is checked through ``justicekg holders … --format json`` and, for "who held post X on day D",
through the SPARQL query the README and the editor offer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from invented_stores import ingest_invented

from justicekg.catalogue import describe_error
from justicekg.cli import main
from justicekg.holders import HoldersError, check_day, pick_organization
from justicekg.rdf.tenure import held_on, read_tenure, read_title
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web.examples import examples

NGHE_AN = "Sở Tư pháp tỉnh Nghệ An"
HA_TINH = "so tu phap tinh ha tinh"  # diacritic-free names are accepted
QUANG_NAM = "Cục Thi hành án dân sự tỉnh Quảng Nam"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_invented(tmp_path_factory, "tenure")


def holders(store_dir: Path, org: str, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(
        main, ["holders", org, *args, "--format", "json", "--store", str(store_dir)]
    )
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.output)["holders"]
    return found


def names(rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(r["name"], r["title"]) for r in rows}


# -- the reading of titles and sentences (no store) ----------------------------------------


@pytest.mark.parametrize(
    "title,post,former,acting",
    [
        ("Giám đốc", "Giám đốc", False, False),
        ("Nguyên Giám đốc", "Giám đốc", True, False),
        ("nguyên Phó Giám đốc", "Phó Giám đốc", True, False),
        ("Quyền Cục trưởng", "Cục trưởng", False, True),
        ("Phó Cục trưởng phụ trách", "Cục trưởng", False, True),
        ("Cố vấn", "Cố vấn", False, False),
        ("Phụ trách kế toán", "Phụ trách kế toán", False, False),
    ],
    ids=["plain", "former", "former-lower", "acting", "deputy-in-charge", "adviser", "accountant"],
)
def test_read_title(title: str, post: str, former: bool, acting: bool) -> None:
    reading = read_title(title)
    assert (reading.post_title, reading.former, reading.acting) == (post, former, acting)


def test_attested_interval_is_honest_about_what_is_unknown() -> None:
    t = read_tenure("Giám đốc", on="2021-03-15")
    assert (t.kind, t.attested) == ("attested", True)
    assert (t.begin.exact, t.begin.not_after) == (None, "2021-03-15")
    assert (t.end.exact, t.end.not_before, t.end.not_after) == (None, "2021-03-16", None)
    assert held_on("2021-03-15", [t.begin], [t.end])
    assert not held_on("2021-03-16", [t.begin], [t.end])
    assert not held_on("2021-03-14", [t.begin], [t.end])


def test_a_year_start_compares_as_days() -> None:
    t = read_tenure("Giám đốc", on=None, start="2020")
    assert (t.begin.exact, t.begin.not_before, t.begin.not_after) == (
        "2020",
        "2020-01-01",
        "2020-12-31",
    )
    assert held_on("2021-01-01", [t.begin], [t.end])
    assert not held_on("2019-12-31", [t.begin], [t.end])


@pytest.mark.parametrize("bad", ["2021", "2021-13-01", "01/10/2020", "x"])
def test_check_day_refuses_what_is_not_a_day(bad: str) -> None:
    with pytest.raises(HoldersError):
        check_day(bad)


def test_pick_organization_names_the_ambiguity() -> None:
    rows = [
        ("http://x/id/org/a", "Phòng Tư pháp huyện Hưng Hà"),
        ("http://x/id/org/b", "Phòng Tư pháp huyện Hùng Hà"),
        ("http://x/id/org/c", "Sở Tư pháp tỉnh Lào Cai"),
        ("http://x/id/org/c-2025", "Sở Tư pháp tỉnh Lào Cai"),
    ]
    with pytest.raises(HoldersError) as two:
        pick_organization("phong tu phap huyen hung ha", rows, "http://x/")
    assert "2 different organizations" in describe_error(two.value, "en")
    assert "2 cơ quan khác nhau" in describe_error(two.value, "vi")
    assert pick_organization("Phòng Tư pháp huyện Hùng Hà", rows, "http://x/") == [
        "http://x/id/org/b"
    ]
    # One name, two periods of its province: both IRIs.
    assert pick_organization("so tu phap tinh lao cai", rows, "http://x/") == [
        "http://x/id/org/c",
        "http://x/id/org/c-2025",
    ]
    with pytest.raises(HoldersError) as none:
        pick_organization("Bộ Ngoại giao", rows, "http://x/")
    assert describe_error(none.value, "en").startswith("no organization")


# -- through `justicekg holders` ------------------------------------------------------------


def test_former_director_is_not_director_on_the_article_day(store_dir: Path) -> None:
    on_day = holders(store_dir, NGHE_AN, "--at", "2021-03-15")
    assert names(on_day) == {("Lê Minh Đức", "Giám đốc"), ("Phạm Thị Lan", "Phó Giám đốc")}
    directors = holders(store_dir, NGHE_AN, "--title", "giam doc")
    hai = next(r for r in directors if r["name"] == "Trần Văn Hải")
    # One position for `Giám đốc` (2019) and `nguyên Giám đốc` (2021): the same post, ended.
    assert sum(r["name"] == "Trần Văn Hải" for r in directors) == 1
    assert hai["interval"]["begin_not_after"] == "2019-05-01"
    assert hai["interval"]["end_not_after"] == "2021-03-15"
    assert hai["attested_on"] == ["2019-05-01"]
    ends = [b for b in hai["bounds"] if b["side"] == "end" and b["not_after"] == "2021-03-15"]
    assert ends and "nguyên Giám đốc" in ends[0]["evidence"]
    assert names(holders(store_dir, NGHE_AN, "--at", "2019-05-01", "--title", "Giám đốc")) == {
        ("Trần Văn Hải", "Giám đốc")
    }


def test_appointment_starts_the_new_post_and_ends_the_old(store_dir: Path) -> None:
    before = holders(store_dir, HA_TINH, "--at", "2020-09-30")
    assert names(before) == {("Nguyễn Quốc Bảo", "Phó Giám đốc")}
    for day in ("2020-10-01", "2021-01-01"):
        assert names(holders(store_dir, HA_TINH, "--at", day)) == {("Nguyễn Quốc Bảo", "Giám đốc")}
    every = {r["title"]: r for r in holders(store_dir, HA_TINH)}
    assert every["Giám đốc"]["interval"]["begin"] == "2020-10-01"
    assert every["Giám đốc"]["attested_on"] == []  # appointed after the article's day
    assert every["Phó Giám đốc"]["interval"]["end"] == "2020-10-01"
    assert every["Phó Giám đốc"]["interval"]["begin"] is None
    assert every["Phó Giám đốc"]["attested_on"] == ["2020-09-30"]
    assert all("kể từ ngày 01/10/2020" in r["evidence"][0] for r in every.values())


def test_acting_heads_are_flagged(store_dir: Path) -> None:
    rows = holders(store_dir, QUANG_NAM, "--at", "2021-05-10", "--title", "Cục trưởng")
    assert {(r["name"], r["acting"], r["title_as_written"]) for r in rows} == {
        ("Võ Văn Tâm", True, "Quyền Cục trưởng"),
        ("Đặng Thị Hoa", True, "Phó Cục trưởng phụ trách"),
    }


def test_holders_errors_exit_2(store_dir: Path) -> None:
    runner = CliRunner()
    bad_day = runner.invoke(main, ["holders", NGHE_AN, "--at", "2021", "--store", str(store_dir)])
    assert bad_day.exit_code == 2 and "YYYY-MM-DD" in bad_day.output
    unknown = runner.invoke(main, ["holders", "Sở Ngoại vụ", "--store", str(store_dir)])
    assert unknown.exit_code == 2 and "no organization" in unknown.output


def test_table_format(store_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["holders", HA_TINH, "--at", "2021-01-01", "--store", str(store_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "Nguyễn Quốc Bảo" in result.output and "2020-10-01 → ?" in result.output


# -- through SPARQL: the README / editor example -----------------------------------------------


def _example(key: str) -> str:
    return next(e.query for e in examples("https://w3id.org/justicekg/") if e.key == key)


@pytest.mark.parametrize(
    "org,title,day,expected",
    [
        ("Sở Tư pháp tỉnh Nghệ An", "Giám đốc", "2021-03-15", {"Lê Minh Đức"}),
        ("Sở Tư pháp tỉnh Nghệ An", "Giám đốc", "2019-05-01", {"Trần Văn Hải"}),
        ("Sở Tư pháp tỉnh Nghệ An", "Giám đốc", "2020-01-01", set()),  # no evidence either way
        ("Sở Tư pháp tỉnh Hà Tĩnh", "Giám đốc", "2020-09-30", set()),
        ("Sở Tư pháp tỉnh Hà Tĩnh", "Giám đốc", "2021-01-01", {"Nguyễn Quốc Bảo"}),
        ("Sở Tư pháp tỉnh Hà Tĩnh", "Phó Giám đốc", "2020-09-30", {"Nguyễn Quốc Bảo"}),
        ("Sở Tư pháp tỉnh Hà Tĩnh", "Phó Giám đốc", "2021-01-01", set()),
    ],
)
def test_sparql_example_agrees_with_holders(
    store_dir: Path, org: str, title: str, day: str, expected: set[str]
) -> None:
    query = (
        _example("holders_on_day")
        .replace('"Sở Tư pháp tỉnh Hà Tĩnh"@vi', f'"{org}"@vi')
        .replace('"Giám đốc"@vi', f'"{title}"@vi')
        .replace('"2021-01-01"^^xsd:date', f'"{day}"^^xsd:date')
    )
    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        by_sparql = {str(s["name"].value) for s in store.query(query)}
    finally:
        store.close()
    by_cli = {r["name"] for r in holders(store_dir, org, "--at", day, "--title", title)}
    assert by_sparql == by_cli == expected


# -- the organization page with ?at=DATE ----------------------------------------------------


def test_org_page_lists_holders_on_a_day(store_dir: Path) -> None:
    from justicekg.rdf.mint import iri_slug, mint_iri
    from justicekg.web import create_app

    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        app = create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})
        client = app.test_client()
        path = "/page/org/" + iri_slug(mint_iri("org", "Sở Tư pháp tỉnh Hà Tĩnh"))
        after = client.get(path + "?at=2021-01-01").get_data(as_text=True)
        section = after[after.index('id="holders_at"') : after.index("</section>")]
        assert "Nguyễn Quốc Bảo" in section and "2020-10-01 → ?" in section
        assert ">Giám đốc</a>" in section and ">Phó Giám đốc</a>" not in section
        before = client.get(path + "?at=2020-09-30").get_data(as_text=True)
        section = before[before.index('id="holders_at"') : before.index("</section>")]
        assert ">Phó Giám đốc</a>" in section and ">Giám đốc</a>" not in section
        assert "kể từ ngày 01/10/2020" in section
        plain = client.get(path).get_data(as_text=True)
        assert 'id="holders_at"' not in plain and 'name="at"' in plain  # the date form
        assert client.get(path + "?at=2021").status_code == 400
        assert "Post holders on" in client.get(path + "?at=2021-01-01&lang=en").get_data(
            as_text=True
        )
    finally:
        store.close()
