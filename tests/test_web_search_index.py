"""Issue 13: search reads bounded ranges of a sorted folded-label index (invented labels, not
timed): diacritics folded (đ → d), exact and prefix matches first, phrases and scattered words
found, headlines only when the other entities are too few, and the ranges capped."""

from __future__ import annotations

import pytest

from justicekg.web import search
from justicekg.web.search import Entry, LabelIndex, fold

BASE = "https://w3id.org/justicekg/id/"


def _index(labels: list[tuple[str, str]]) -> LabelIndex:
    entries = [
        Entry(fold(label), f"{BASE}{kind}/e{i}", label, kind)
        for i, (kind, label) in enumerate(labels)
    ]
    return LabelIndex(entries)


LABELS = [
    ("person", "Lã Minh Lộc"),
    ("person", "Lê Minh Lộc Anh"),
    ("person", "Đặng Đình Đức"),
    ("person", "Nguyễn Thanh Hà"),
    ("org", "Sở Tư pháp tỉnh Hà Nam"),
    ("org", "Chi cục Thi hành án dân sự huyện Kim Bảng"),
    ("province", "Hà Nam"),
    ("article", "Sở Tư pháp tỉnh Hà Nam tổng kết công tác năm 2023"),
]


def _labels(index: LabelIndex, q: str, **options: object) -> list[str]:
    return [e.label for e in index.search(q, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "q,first",
    [
        pytest.param("dang dinh duc", "Đặng Đình Đức", id="d-stroke-folded"),
        pytest.param("ĐẶNG ĐÌNH", "Đặng Đình Đức", id="case-and-marks"),
        pytest.param("la minh loc", "Lã Minh Lộc", id="exact-first"),
        pytest.param("minh loc", "Lã Minh Lộc", id="phrase-from-a-word-start"),
        pytest.param("la loc", "Lã Minh Lộc", id="scattered-words"),
        pytest.param("ha nam", "Hà Nam", id="shortest-exact-before-longer"),
        pytest.param("thads kim bang", "Chi cục Thi hành án dân sự huyện Kim Bảng", id="abbrev"),
    ],
)
def test_search_finds_and_ranks(q: str, first: str) -> None:
    assert _labels(_index(LABELS), q)[0] == first


def test_a_word_inside_another_word_is_not_a_hit_alone() -> None:
    # "anh" is inside "thanh" but starts no word of "Nguyễn Thanh Hà": not offered.
    assert "Nguyễn Thanh Hà" not in _labels(_index(LABELS), "anh")
    assert _labels(_index(LABELS), "anh") == ["Lê Minh Lộc Anh"]


def test_headlines_only_when_entities_are_too_few() -> None:
    index = _index(LABELS)
    assert "Sở Tư pháp tỉnh Hà Nam tổng kết công tác năm 2023" not in _labels(
        index, "ha nam", limit=2
    )
    assert _labels(index, "ha nam", limit=10)[-1].startswith("Sở Tư pháp tỉnh Hà Nam tổng kết")
    assert _labels(index, "tong ket", kind="article") == [LABELS[-1][1]]
    assert _labels(index, "ha nam", kind="province") == ["Hà Nam"]


def test_ranges_are_capped_but_the_exact_match_comes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search, "SCAN_CAP", 5)
    many = [("person", f"Nguyễn Văn {chr(0x61 + i % 26)}{i}") for i in range(200)]
    index = _index([*many, ("person", "Nguyễn")])
    assert _labels(index, "nguyen")[0] == "Nguyễn"
    assert len(_labels(index, "nguyen", limit=50)) <= 2 * 5 + 1  # two ranges of five at most


def test_word_start_suffixes_are_sorted_and_complete() -> None:
    index = _index(LABELS)
    ranges = index.parts["entities"]
    keys = ranges.keys
    texts = [keys[p >> search.OFFSET_BITS][p & 4095 :] for p in ranges.suffixes]
    assert texts == sorted(texts)
    assert len(texts) == sum(len(k.split()) for k in keys)
