"""Every gazetteer loads, is NFC with the new tone style, and has no duplicate keys."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest

from justicekg.extract import gazetteers as gz
from justicekg.model import ORG_KINDS

# key columns per gazetteer (rows must be unique on these)
KEYS = {
    "provinces": ("name",),
    "districts": ("name", "kind", "province", "valid_from"),
    "org_domains": ("head", "domain"),
    "org_boards": ("prefix", "canonical", "parents"),
    "org_named_bodies": ("name", "tail"),
    "grassroots_roles": ("kind", "title", "body"),
    "org_domain_levels": ("head", "domain"),
    "remote_words": ("word", "kind"),
}


def all_names() -> list[str]:
    return sorted(p.stem for p in gz.GAZETTEER_DIR.glob("*.tsv"))


@pytest.mark.parametrize("name", all_names())
def test_gazetteer_integrity(name: str) -> None:
    from justicekg.text.normalize import normalize_tone

    rows = gz.load_rows(name)
    assert rows, name
    key = KEYS.get(name, tuple(rows[0])[:1])
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        k = tuple(row[c] for c in key)
        assert k not in seen, f"{name}: duplicate {k}"
        seen.add(k)
        for value in row.values():
            assert unicodedata.normalize("NFC", value) == value
            assert normalize_tone(value) == value, f"{name}: old tone style in {value!r}"


def test_provinces_cover_both_eras() -> None:
    recs = gz.provinces()
    before = [p for p in recs if not p.valid_from or p.valid_from <= "2024-12-31"]
    before = [p for p in before if not p.valid_to or p.valid_to > "2024-12-31"]
    after = [
        p for p in recs if not p.valid_to and (not p.valid_from or p.valid_from <= "2025-07-01")
    ]
    assert len(before) == 63
    assert len(after) == 34
    names = {p.name for p in recs}
    for p in recs:
        assert p.kind in ("tỉnh", "thành phố")
        assert p.successor is None or p.successor in names
    assert next(p for p in recs if p.name == "Quảng Bình").successor == "Quảng Trị"
    assert next(p for p in recs if p.name == "Hà Tây").successor == "Hà Nội"


def test_districts_point_to_known_provinces() -> None:
    names = {p.name for p in gz.provinces()}
    for d in gz.districts():
        assert d.province in names
        assert d.kind in ("huyện", "quận", "thị xã", "thành phố")


def test_admin_units_do_not_drift() -> None:
    path = gz.GAZETTEER_DIR / "make_admin_units.py"
    spec = importlib.util.spec_from_file_location("make_admin_units", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    provinces, districts = module.build()
    assert gz.gazetteer_path("provinces").read_text("utf-8") == provinces
    assert gz.gazetteer_path("districts").read_text("utf-8") == districts


def test_a_bad_row_is_named_by_its_line_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.tsv").write_text(
        "# a comment\nname\tkind\n\n# another\nSở Tư pháp\tbody\nonly one cell\n", encoding="utf-8"
    )
    monkeypatch.setattr(gz, "GAZETTEER_DIR", tmp_path)
    gz.load_rows.cache_clear()
    try:
        with pytest.raises(gz.OntologyError, match=r"bad\.tsv:6"):
            gz.load_rows("bad")
    finally:
        gz.load_rows.cache_clear()


@pytest.mark.parametrize(
    ("name", "text", "line", "error"),
    [
        ("org_name_kinds", "head\tkind\nSở\tprovincial-department\nBan\tagency\n", 3, "kind"),
        ("org_name_kinds", "head\tkind\n\tministry\n", 2, "empty head"),
        ("org_name_kinds", "head\n# no kind column\nSở\n", 1, "no column kind"),
        ("chu_nhiem_bodies", "head\tpage\tafter\nLớp\t\tyes\nKhoa\tno\t\n", 3, "page"),
        ("chu_nhiem_bodies", "head\tpage\tafter\nỦy ban\tchaired\tchaired\n", 2, "after"),
        ("org_organs", "organ\tlisted\tnamed\nChi bộ\tlower\tyes\nĐảng ủy\tupper\t\n", 3, "listed"),
        ("org_organs", "organ\tlisted\tnamed\nChi bộ\tyes\tlower\n", 2, "named"),
        ("org_organs", "organ\tlisted\tnamed\nChi bộ\tyes\n", 2, "cells"),
        ("org_domain_levels", "head\tdomain\tlevel\nPhòng\tNội vụ\tcommune\n", 2, "level"),
        ("org_domain_levels", "head\tdomain\tlevel\nVụ\tPháp chế\tdistrict\n", 2, "head"),
        ("remote_words", "word\tkind\nquan tâm\tbacking\nký\tverb\n", 3, "kind"),
        ("count_nouns", "words\ncán bộ\n", 1, "no column word"),
        # review 14 M13: the session-14 tables with a role or a word column
        ("post_decisions", "word\trole\nbổ nhiệm\tact\nđiều động\tacts\n", 3, "role"),
        ("post_decisions", "word\trole\n\tpost\n", 2, "empty word"),
        ("bracketed_post_bodies", "title\theads\nbí thư\t\n", 2, "empty heads"),
        ("profession_prefixes", "title\tbody\nLuật sư\tĐoàn Luật sư\n", 1, "no column bodies"),
        ("visit_care_words", "words\nchúc thọ\n", 1, "no column word"),
        ("caption_subjects", "words\ncán bộ\n", 1, "no column word"),
        ("career_work_leads", "words\nnhận vào\n", 1, "no column word"),
        ("org_group_after_number", "words\ncác\n", 1, "no column word"),
        ("plural_subject_nouns", "words\nvị\n", 1, "no column word"),
        ("vote_verbs", "words\nbầu\n", 1, "no column word"),
        ("opening_time_words", "words\nsáng\n", 1, "no column word"),
    ],
    ids=lambda v: v if isinstance(v, str) and "\t" not in v else None,
)
def test_an_unknown_value_of_a_checked_table_is_named_by_its_line(
    name: str, text: str, line: int, error: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / f"{name}.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(gz, "GAZETTEER_DIR", tmp_path)
    gz.load_rows.cache_clear()
    try:
        with pytest.raises(gz.OntologyError) as caught:
            gz.load_rows(name)
    finally:
        gz.load_rows.cache_clear()
    assert caught.value.where == f"{tmp_path / f'{name}.tsv'}:{line}"
    assert error in caught.value.message.render("en")  # type: ignore[attr-defined]


def test_the_checked_tables_hold_only_allowed_values() -> None:
    for name, columns in gz.CELLS.items():
        rows = gz.load_rows(name)  # loading checks them
        for key, allowed in columns.items():
            if allowed is not None:
                assert {r[key] for r in rows} <= allowed, (name, key)
    assert {r["kind"] for r in gz.load_rows("org_name_kinds")} <= set(ORG_KINDS)


def test_the_domain_levels_name_domains_of_their_head() -> None:
    # a level given to a domain no list reads would be a dead row
    domains = {(r["head"], r["domain"]) for r in gz.load_rows("org_domains")}
    for r in gz.load_rows("org_domain_levels"):
        assert (r["head"], r["domain"]) in domains, r
