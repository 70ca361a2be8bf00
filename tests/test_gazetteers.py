"""Every gazetteer loads, is NFC with the new tone style, and has no duplicate keys."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest

from justicekg.extract import gazetteers as gz

# key columns per gazetteer (rows must be unique on these)
KEYS = {
    "provinces": ("name",),
    "districts": ("name", "kind", "province", "valid_from"),
    "org_domains": ("head", "domain"),
    "org_boards": ("prefix", "canonical", "parents"),
    "org_named_bodies": ("name", "tail"),
    "grassroots_roles": ("kind", "title", "body"),
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
