from __future__ import annotations

import pytest
from _extract_helpers import names, run_until


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Sáng ngày 27-11-2017, hội nghị", None, ["2017-11-27"]),
        ("Chiều 10/1, đoàn kiểm tra", "2018-01-11", ["2018-01-10"]),
        ("Ngày 29/12, Sở tổ chức", "2023-01-05", ["2022-12-29"]),
    ],
)
def test_dates(text: str, published: str | None, expected: list[str]) -> None:
    assert names(run_until(text, "dates", published=published), "date") == expected
