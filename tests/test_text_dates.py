from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from justicekg.text.dates import find_dates, parse_date


@pytest.mark.parametrize(
    "text,reference,expected",
    [
        pytest.param("Sáng ngày 27-11-2017", None, "2017-11-27", id="dash"),
        pytest.param("ngày 27/11/2017", None, "2017-11-27", id="slash"),
        pytest.param("10.01.2020", None, "2020-01-10", id="dots"),
        pytest.param("ngày 27 tháng 11 năm 2017", None, "2017-11-27", id="words"),
        pytest.param("sáng 17/7", "2023-07-20", "2023-07-17", id="no-year"),
        pytest.param("Ngày 29/12", "2023-01-05", "2022-12-29", id="previous-year"),
        pytest.param("Chiều 10/1", "2018-01-11", "2018-01-10", id="same-year"),
        pytest.param("tháng 11/2017", None, "2017-11", id="month"),
        pytest.param("trong năm 2017", None, "2017", id="year"),
        pytest.param("từ 20/6–30/6/2007", None, "2007-06-20", id="range"),
        pytest.param("Thứ Bảy, 16/07/2016 08:45", None, "2016-07-16", id="dateline"),
        pytest.param("ngày 20 và 21/8/2025", None, "2025-08-20", id="range-va"),
        pytest.param("Từ ngày 20 đến ngày 22/6", "2024-07-01", "2024-06-20", id="range-den-ngay"),
        pytest.param("trong 2 ngày 20-21/8", "2023-09-01", "2023-08-20", id="range-no-year"),
        pytest.param("Chiều 9 và 10/11/2021", None, "2021-11-09", id="range-va-chieu"),
        pytest.param("gồm 3 và 21/8/2025", None, "2025-08-21", id="va-needs-day-word"),
        pytest.param("Hôm nay 14/3", "2022-03-15", "2022-03-14", id="hom-nay"),
        pytest.param("Sáng thứ Hai 14/3", "2022-03-15", "2022-03-14", id="weekday"),
        pytest.param("Chiều thứ Sáu, ngày 11/3", "2022-03-15", "2022-03-11", id="weekday-ngay"),
        pytest.param("gồm 14/3 hồ sơ", "2022-03-15", None, id="bare-day-month"),
        pytest.param("trong 02 ngày (20 - 21/8)", "2025-09-01", "2025-08-20", id="range-parens"),
        pytest.param("ngày 31/2/2020", None, None, id="invalid"),
        pytest.param("sáng 17/7", None, "--07-17", id="no-reference"),
        pytest.param("Chiều 14-12, Cục tổ chức", None, "--12-14", id="dash-day-month"),
        pytest.param("Ngày 9.1, Sở Tư pháp", "2021-01-20", "2021-01-09", id="dot-day-month"),
        pytest.param("Sáng 19-1, đoàn", "2020-02-01", "2020-01-19", id="dash-with-reference"),
        pytest.param("khoản 9.1 Điều 4", "2021-01-20", None, id="dot-needs-day-word"),
        pytest.param("tỷ lệ 14-12 phiếu", None, None, id="dash-needs-day-word"),
        pytest.param("ngày 30-2", None, None, id="dash-invalid-day"),
        pytest.param("Trong hai ngày 18 và 19/5", None, "--05-18", id="range-without-year"),
        pytest.param("Sáng 10 - 6, Sở tổ chức", "2024-06-20", "2024-06-10", id="spaced-dash"),
        pytest.param("Mỗi ngày 2 - 3 lần", "2024-06-20", None, id="spaced-dash-count"),
        pytest.param("Sáng 8 - 9 giờ, Sở họp", "2024-06-20", None, id="spaced-dash-hours"),
        pytest.param("Tối 7 - 8 người dự", "2024-06-20", None, id="spaced-dash-people"),
        pytest.param("trong 2 ngày (23 và 24 -11)", "2024-12-01", "2024-11-23", id="half-dash"),
        pytest.param(
            "ngày 23 và 24 -11 tại Hà Nội", "2024-12-01", "2024-11-23", id="half-dash-tai"
        ),
        pytest.param("Chiều 5, 6 -8 cán bộ dự", "2024-09-01", None, id="half-dash-people"),
        pytest.param("Ngày 5 và 6- 8 cán bộ dự", "2024-09-01", None, id="half-dash-people-2"),
    ],
)
def test_parse_date(text: str, reference: str | None, expected: str | None) -> None:
    assert parse_date(text, reference=reference) == expected


@given(st.text(), st.sampled_from([None, "2020-02-29", "2017"]))
def test_find_dates_never_raises(text: str, reference: str | None) -> None:
    for dm in find_dates(text, reference=reference):
        assert 0 <= dm.start < dm.end <= len(text)
