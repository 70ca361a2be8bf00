from __future__ import annotations

import pytest
from _extract_helpers import names, run_until


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Sở Tư pháp tỉnh Thanh Hoá", ["Thanh Hóa"], id="old-tone"),
        pytest.param("Cục THADS TP.HCM và Tp. Hồ Chí Minh", ["Hồ Chí Minh"], id="alias"),
        pytest.param("tại TP Thanh Hóa", [], id="provincial-city"),
        pytest.param("thành phố Đà Nẵng", ["Đà Nẵng"], id="central-city"),
        pytest.param(
            "tỉnh Thừa Thiên Huế và Đắk Nông", ["Thừa Thiên Huế", "Đắk Nông"], id="historical"
        ),
        pytest.param("khu vực Tây Nguyên, Duyên hải miền Trung", [], id="regions"),
        pytest.param("huyện Vĩnh Long Xuyên, đường Hà Nội", [], id="not-after-district"),
        pytest.param("Đoàn công tác đến Quảng Trị làm việc", ["Quảng Trị"], id="bare"),
    ],
)
def test_provinces(text: str, expected: list[str]) -> None:
    assert names(run_until(text, "provinces"), "province") == expected


def test_main_province() -> None:
    doc = run_until("Sở Tư pháp tỉnh Nghệ An. UBND tỉnh Nghệ An và tỉnh Hà Tĩnh.", "provinces")
    assert doc.meta["main_province"] == "Nghệ An"
