from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from justicekg.text.normalize import expand_abbreviations, fold, normalize, normalize_tone


@pytest.mark.parametrize(
    "raw,expected",
    [
        pytest.param("Thanh Hoá", "Thanh Hóa", id="oa"),
        pytest.param("Thuỷ, thuý, khoẻ", "Thủy, thúy, khỏe", id="uy-oe"),
        pytest.param("Hoàng Huỳnh thuyền Quý", "Hoàng Huỳnh thuyền Quý", id="closed-qu"),
        pytest.param(unicodedata.normalize("NFD", "Khánh Hòa"), "Khánh Hòa", id="nfd"),
        pytest.param("a\r\nb  c\u00a0d\u200b", "a\nb c d", id="spaces-crlf"),
        pytest.param("\n\n\na\n\n\n\nb", "a\n\nb", id="blank-lines"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Cục THADS TP.HCM", "Cục Thi hành án dân sự thành phố Hồ Chí Minh"),
        ("TAND và VKSND huyện", "Tòa án nhân dân và Viện kiểm sát nhân dân huyện"),
        ("Tp. Đà Nẵng", "thành phố Đà Nẵng"),
        ("TPHCMX", "TPHCMX"),
    ],
)
def test_expand_abbreviations(raw: str, expected: str) -> None:
    assert expand_abbreviations(raw) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [("Đắk Lắk", "dak lak"), (" Sở  Tư pháp ", "so tu phap"), ("Thanh Hoá", "thanh hoa")],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@given(st.text())
def test_normalize_is_idempotent_nfc(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.text())
def test_tone_is_length_preserving(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert len(normalize_tone(text)) == len(text)
