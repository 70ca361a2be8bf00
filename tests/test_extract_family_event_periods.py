"""Effective dates and rules' topics are no events (rules round 7): ``Từ ngày 1/7/2025, …
áp dụng quy định mới liên quan đến tiếp công dân`` starts a period and names a topic, ``thôi
làm việc tại trụ sở cũ`` no working session; an activity held on such a day still is one
(``Từ ngày 1/7/2025, Sở tổ chức Hội nghị tập huấn …``). Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUBLISHED = "2025-07-05"

NO_EVENT: list[str] = [
    (
        "Từ ngày 1-7-2025, Cục Thi hành án dân sự tỉnh Nam Định áp dụng nhiều quy định mới liên "
        "quan đến tiếp công dân."
    ),
    "Từ ngày 1/7/2025, Luật Thi hành án dân sự (sửa đổi) chính thức có hiệu lực.",
    (
        "Kể từ ngày 1/3/2025, việc tiếp công dân được thực hiện tại Trung tâm Phục vụ hành chính "
        "công tỉnh Nam Định."
    ),
    "Từ ngày 1/7/2025, các xã, phường thực hiện việc đăng ký hộ tịch theo quy định mới.",
    "Bắt đầu từ ngày 15/8/2025, Sở Tư pháp tỉnh Nam Định tiếp nhận hồ sơ trực tuyến.",
    "Từ ngày 1/7/2025, Chi cục Thi hành án dân sự huyện Ý Yên chấm dứt hoạt động.",
    "Từ ngày 1-1-2026, quy trình tiếp công dân và xử lý đơn thư sẽ được áp dụng thống nhất.",
    "Kể từ ngày 1/7/2025, Phòng Tư pháp huyện Ý Yên thôi làm việc tại trụ sở cũ.",
    "Từ ngày 1/7/2025, Sở Tư pháp tỉnh Nam Định thực hiện quy định mới về tiếp công dân.",
    (
        "Từ ngày 1-7-2025, Chi cục Thi hành án dân sự huyện Ý Yên áp dụng quy trình tiếp công dân"
        " mới."
    ),
    (
        "Kể từ ngày 15/8/2025, Cục Thi hành án dân sự tỉnh Nam Định áp dụng các quy định liên "
        "quan đến kiểm tra hồ sơ thi hành án."
    ),
    (
        "Từ ngày 1/1/2026, Sở Tư pháp tỉnh Nam Định áp dụng thủ tục về tập huấn hòa giải viên "
        "theo hướng dẫn mới."
    ),
    "Từ ngày 1/7/2025, Phòng Tư pháp huyện Ý Yên ngừng làm việc vào ngày thứ Bảy.",
    "Từ ngày 1/7/2025, Văn phòng Sở Tư pháp tỉnh Nam Định nghỉ làm việc buổi chiều thứ Sáu.",
    (
        "Từ ngày 01/07/2025, Sở Tư pháp tỉnh Nam Định áp dụng quy định mới liên quan đến giám sát"
        " hoạt động công chứng."
    ),
    (
        "Kể từ ngày 1.7.2025, các cơ quan thi hành án áp dụng quy định mới liên quan đến tiếp "
        "công dân và xử lý đơn."
    ),
    "Từ ngày 1/7/2025, Sở Tư pháp tỉnh Nam Định có quy định mới về tiếp công dân tại trụ sở.",
    "Từ ngày 1/7/2025, Tòa án nhân dân huyện Ý Yên thôi làm việc tại trụ sở tạm.",
    ("Từ ngày 1/8/2025, Sở Tư pháp tỉnh Nam Định áp dụng quy trình kiểm tra hồ sơ công chứng mới."),
    (
        "Bắt đầu từ ngày 1/9/2025, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nam Định thực hiện "
        "quy trình mới về tiếp công dân."
    ),
]
HELD: list[tuple[str, tuple[str, str]]] = [
    (
        (
            "Từ ngày 10/6 đến ngày 12/6/2025, Sở Tư pháp tỉnh Nam Định tổ chức lớp tập huấn "
            "nghiệp vụ hộ tịch."
        ),
        ("training", "2025-06-10"),
    ),
    (
        "Ngày 1/7/2025, Sở Tư pháp tỉnh Nam Định tổ chức tiếp công dân định kỳ.",
        ("meeting", "2025-07-01"),
    ),
    (
        (
            "Ngày 2/7/2025, Đoàn công tác của Bộ Tư pháp làm việc với Sở Tư pháp tỉnh Nam Định về"
            " công tác tiếp công dân."
        ),
        ("meeting", "2025-07-02"),
    ),
    (
        (
            "Từ ngày 1/7/2025, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tập huấn quy định mới về"
            " tiếp công dân."
        ),
        ("training", "2025-07-01"),
    ),
    (
        (
            "Ngày 3/7/2025, Thanh tra Sở Tư pháp tỉnh Nam Định kiểm tra việc thực hiện quy định "
            "về tiếp công dân tại Phòng Tư pháp huyện Ý Yên."
        ),
        ("inspection", "2025-07-03"),
    ),
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"period-{i:02d}") for i, t in enumerate(NO_EVENT)]
)
def test_an_effective_date_is_no_event(text: str) -> None:
    assert event_facts(text, _PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "event"), [pytest.param(*row, id=f"held-{i:02d}") for i, row in enumerate(HELD)]
)
def test_an_activity_on_such_a_day_is_one(text: str, event: tuple[str, str]) -> None:
    assert event_facts(text, _PUBLISHED) == {event}
