"""Event families, sixth table (rules round 5): the year a day without one takes from its own
sentence. A review's year, a plan's year, a term's first year, a period's last year (also in
parentheses) and an anniversary's closing year (in parentheses or not) date it; the year of a law
or of a cited document does not, nor an anniversary named in another sentence, and the day stays
undated (invented bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

YEARS: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("conference", "2024-01-15")},
        (
            "Hội nghị tổng kết công tác tư pháp năm 2023 của tỉnh Hà Nam\nSáng 15/1, Sở Tư "
            "pháp tổ chức Hội nghị tổng kết."
        ),
    ),
    (
        None,
        {("conference", "2023-12-20")},
        "Sáng 20/12, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("conference", None)},
        "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị triển khai Luật Đất đai năm 2013.",
    ),
    (
        None,
        {("ceremony", "2024-08-27")},
        (
            "Ngày 27/8, Sở Tư pháp tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống ngành Tư pháp "
            "(28/8/1945 - 28/8/2024)."
        ),
    ),
    (
        None,
        {("other", "2020-06-12")},
        "Ngày 12/6, Chi bộ Sở Tư pháp tổ chức Đại hội nhiệm kỳ 2020 - 2025.",
    ),
    (
        None,
        {("conference", "2025-06-12")},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị đánh giá kết quả thực hiện Đề án giai đoạn "
            "2021 - 2025."
        ),
    ),
    (
        None,
        {("other", "2024-06-12")},
        "Ngày 12/6, Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi năm 2024.",
    ),
    (
        None,
        {("ceremony", "2024-06-12")},
        "Ngày 12/6, Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm Ngày thành lập (1994 - 2024).",
    ),
    (
        None,
        {("conference", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị triển khai Quyết định số 123/QĐ-UBND năm "
            "2019 của UBND tỉnh."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị triển khai Nghị định số 55/2011/NĐ-CP của "
            "Chính phủ."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW năm 2016 "
            "của Bộ Chính trị."
        ),
    ),
    (
        None,
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024 và "
            "triển khai nhiệm vụ 6 tháng cuối năm."
        ),
    ),
    (
        None,
        {("conference", "2025-01-10")},
        "Ngày 10/1, Cục THADS tỉnh tổ chức Hội nghị triển khai nhiệm vụ công tác năm 2025.",
    ),
    (
        None,
        {("conference", "2024-12-20")},
        "Ngày 20/12, Cục THADS tỉnh tổ chức Hội nghị triển khai nhiệm vụ công tác năm 2025.",
    ),
    (
        None,
        {("conference", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở "
            "cơ sở năm 2013."
        ),
    ),
    (
        None,
        {("training", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức tập huấn Luật Xử lý vi phạm hành chính năm 2012 "
            "(sửa đổi, bổ sung năm 2020)."
        ),
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị triển khai Luật Đất đai năm 2013.",
    ),
    (
        None,
        # a programme's period does not make the year of the day certain (Real pages)
        {("conference", None)},
        (
            "Sáng ngày 12/5, Sở Tư pháp tổ chức Hội nghị điển hình tiên tiến giai đoạn (2005 - "
            "2010) nhằm tổng kết phong trào thi đua trong 5 năm qua."
        ),
    ),
    (
        None,
        {("other", "2024-06-12")},
        (
            "Ngày 12/6, Công đoàn Sở Tư pháp đến thăm và hỗ trợ xã điểm xây dựng nông thôn mới "
            "năm 2024."
        ),
    ),
    (
        None,
        {("ceremony", "2015-08-28")},
        (
            "Ngày 28/8, Sở Tư pháp tổ chức họp mặt kỷ niệm 70 năm truyền thống ngành Tư pháp "
            "28/8/1945-28/8/2015."
        ),
    ),
    (
        None,
        {("ceremony", "2020-07-15")},
        (
            "Chào mừng kỷ niệm 60 năm ngày thành lập ngành Kiểm sát nhân dân 26/7/1960 - 26 "
            "/7/2020, sáng 15/7, Viện kiểm sát nhân dân huyện Mỹ Lộc long trọng tổ chức Lễ mít "
            "tinh."
        ),
    ),
    (
        None,
        {("ceremony", None)},
        (
            "Chiều 17/7, tại trụ sở Bộ Tư pháp đã diễn ra Lễ trao giải Cuộc thi viết về nghề "
            "thi hành án. Đây là hoạt động hướng tới Kỷ niệm 79 năm Ngày truyền thống Thi hành "
            "án dân sự (19/7/1946 - 19/7/2025)."
        ),
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("years", YEARS),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
