"""Events: days a sentence gives as background are no events (a death, a law passed by a body
named with its session, the end of a period written with a dash, a bound given with an hour, a
day announced in parentheses), nor is households' pledging a signing; the activity a sentence
reports on its own day still is. Invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_NONE = [
    # deaths
    "Đoàn chia buồn cùng gia đình cố Thứ trưởng Bùi Văn Khiêm vừa từ trần vào ngày 30/3/2025.",
    "Ông Hà Văn Lộc, nguyên Giám đốc Sở Tư pháp, đã qua đời ngày 12/5/2024 tại quê nhà.",
    "Đồng chí Lưu Văn Thắm từ trần lúc 14 giờ 30 phút ngày 2/1/2024 tại nhà riêng.",
    "Cụ Triệu Văn Đức tạ thế ngày 15-8-2023, hưởng thọ 90 tuổi.",
    # laws passed by a body named with its term and session
    "Luật Đấu giá tài sản đã được Quốc hội khóa XIV, kỳ họp thứ 5 thông qua ngày 9-6-2018.",
    "Luật Hòa giải ở cơ sở được Quốc hội khóa XIII, kỳ họp thứ 3 thông qua ngày 20/6/2012.",
    "Nghị quyết được Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 12 thông qua ngày 8/12/2023.",
    "Luật được Quốc hội khóa XV biểu quyết thông qua vào ngày 24/6/2025.",
    # the end of a period after a dash
    "Viện kiểm sát ban hành Quyết định số 02/QĐ-VKS ngày 24/4/2023 về việc kiểm sát trực tiếp "
    "tại Chi cục thời điểm từ ngày 1/12/2022 - 30/4/2023.",
    "Số liệu kiểm tra tính từ 01/10/2023 – 31/3/2024 của Chi cục.",
    "Kỳ báo cáo từ ngày 1/10/2024 - 30/9/2025 của Cục Thi hành án dân sự tỉnh.",
    # bounds with an hour
    "Cuộc thi diễn ra trong 15 ngày, bắt đầu từ 0h ngày 15/1 đến 24h ngày 29/1.",
    "Cuộc thi trực tuyến mở từ 8 giờ ngày 1/3/2024 đến 17 giờ ngày 31/3/2024.",
    "Thí sinh nộp bài trước 17h00 ngày 20/10/2023 qua hệ thống.",
    "Cổng thi mở từ 7h30 sáng ngày 5/6/2024 đến 17h ngày 30/6/2024.",
    # announced, the day in parentheses
    "Theo đó, dự kiến kỳ họp diễn ra trong vòng 1 ngày (10-9-2019) tại hội trường tỉnh.",
    "Dự kiến hội nghị sẽ diễn ra trong 2 ngày (15-16/11/2024) tại thành phố.",
]

_KEPT = [
    (
        "Sáng 3/4/2025, Đoàn công tác đến chào Thứ trưởng Bộ Tư pháp bạn và chia buồn về việc "
        "cố Thứ trưởng Bùi Văn Khiêm từ trần.",
        {("meeting", "2025-04-03")},
    ),
    (
        "Ngày 17/6/2024, Sở Tư pháp tổ chức hội nghị triển khai Luật được Quốc hội thông qua.",
        {("conference", "2024-06-17")},
    ),
    (
        "Từ ngày 20 đến 22/6/2023, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ hộ tịch.",
        {("training", "2023-06-20")},
    ),
    (
        "Lúc 8 giờ ngày 12/3/2024, Chi cục Thi hành án dân sự huyện tổ chức cưỡng chế thi hành án.",
        {("other", "2024-03-12")},
    ),
    (
        "Ngày 9/5/2024, Cục Thi hành án dân sự và Viện kiểm sát nhân dân tỉnh ký kết Quy chế phối "
        "hợp.",
        {("signing", "2024-05-09")},
    ),
]

_PLEDGES = [
    "Hiện, các địa phương trong huyện đã tổ chức cho trên 97% hộ ký cam kết thực hiện hương ước.",
    "Năm qua, 100% hộ gia đình trong xã đã ký cam kết không vi phạm pháp luật.",
    "Toàn huyện có hơn 5.000 hộ dân ký cam kết thực hiện quy ước của thôn.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"bg{i}") for i, t in enumerate(_NONE)])
def test_a_background_day_is_no_event(text: str) -> None:
    assert {d for _, d in _events(text)} <= {None}
    assert _events(text) == set() or all(d is None for _, d in _events(text))


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=f"kept{i}") for i, (t, e) in enumerate(_KEPT)]
)
def test_the_day_of_an_activity_stays(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=f"pl{i}") for i, t in enumerate(_PLEDGES)])
def test_households_pledging_is_no_signing(text: str) -> None:
    assert "signing" not in {k for k, _ in _events(text)}
