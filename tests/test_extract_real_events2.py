"""Event rules for real pages, second round (issue 9): years, kinds and date lines.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    r = extract(text, article_id="t")
    return [(e.kind, e.date) for e in r.events]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Sáng 19/7, Giám đốc Sở Tư pháp tỉnh Kon Tum chủ trì hội nghị sơ kết công tác 6 tháng "
            "đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.",
            [("conference", "2022-07-19")],
            id="plan-for-the-rest-of-the-year-is-that-year",
        ),
        pytest.param(
            "Chiều 29/12, Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị triển khai nhiệm vụ năm 2026.",
            [("conference", "2025-12-29")],
            id="plan-for-next-year-keeps-the-year-before",
        ),
        pytest.param(
            "Chiều 8/8, tại Hà Nội, Đại hội Đảng bộ Sở Tư pháp lần thứ V, nhiệm kỳ 2025 - 2030 đã "
            "diễn ra trọng thể.",
            [("other", "2025-08-08")],
            id="congress-in-the-first-year-of-its-term",
        ),
        pytest.param(
            "Ngày 30/8, tại thành phố Đông Hà, Sở Tư pháp tỉnh Quảng Trị đã hội đàm với Sở Tư pháp "
            "tỉnh Savannakhet (Lào) và ký thỏa thuận hợp tác.",
            [("signing", None)],
            id="talks-to-sign-an-agreement-no-year",
        ),
        pytest.param(
            "Ngày 12/9, Sở Tư pháp tỉnh Quảng Trị hội đàm với đoàn công tác tỉnh Salavan (Lào).",
            [("meeting", None)],
            id="talks-are-a-meeting",
        ),
        pytest.param(
            "Ngày 20 tháng 01 năm 2023\nSáng 19-1, Sở Tư pháp tỉnh Lạng Sơn tổ chức Hội nghị "
            "triển khai nhiệm vụ.",
            [("conference", "2023-01-19")],
            id="date-line-in-words-gives-the-year",
        ),
    ],
)
def test_event_dates_and_kinds(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected
