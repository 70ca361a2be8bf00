"""Event families, twenty-fifth table (rules round 8, second round), (K) kinds and month dates:
a procuracy's own check (``tiến hành kiểm sát``, ``kiểm sát định kỳ``, ``kiểm sát đột xuất``,
``Đoàn kiểm sát``) is an ``inspection`` like ``kiểm sát trực tiếp``; a council's session
(``khai mạc``/``tiếp tục``/``bế mạc kỳ họp``) is a ``meeting`` even with its questioning hour;
an activity with a kind of its own (``cưỡng chế``) keeps it whatever the headline says; the first
days of a month (``Trong những ngày đầu tháng 7/2025, …``) date an activity ``YYYY-MM``.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: (expected events, text, published)
KINDS: list[tuple[set[tuple[str, str | None]], str, str | None]] = [
    (
        {("inspection", "2020-07-21")},
        "Ngày 21/7/2020 Viện kiểm sát nhân dân tỉnh Hòa Lâm đã tiến hành kiểm sát định kỳ tháng "
        "7 tại Trại giam Tân Khê.",
        None,
    ),
    (
        {("inspection", "2023-03-14")},
        "Sáng 14/3/2023, VKSND huyện Tân Khê tiến hành kiểm sát việc tạm giữ, tạm giam tại Nhà "
        "tạm giữ Công an huyện.",
        None,
    ),
    (
        {("inspection", "2024-09-05")},
        "Ngày 05/9/2024, Viện KSND thành phố Long Hải kiểm sát đột xuất việc thi hành án hình sự "
        "tại UBND phường 3.",
        None,
    ),
    (
        {("inspection", "2022-11-10")},
        "Ngày 10-11-2022, Đoàn kiểm sát của Viện kiểm sát nhân dân tỉnh do ông Lò Văn Khiêm, "
        "Phó Viện trưởng làm Trưởng đoàn đã làm việc tại Chi cục Thi hành án dân sự huyện Tân Khê.",
        None,
    ),
    (
        {("inspection", "2021-06-22")},
        "Chiều 22/6/2021, Viện kiểm sát nhân dân quận Hòa An tiến hành kiểm sát trực tiếp công "
        "tác thi hành án dân sự tại Chi cục.",
        None,
    ),
    (
        {("inspection", "2025-08-19")},
        "Ngày 19/8/2025, VKSND khu vực 3 đã kiểm sát định kỳ tại Nhà tạm giữ Công an xã Tân Khê.",
        None,
    ),
    (
        {("inspection", "2019-04-02")},
        "Thực hiện Kế hoạch công tác năm 2019, ngày 02/4/2019, Viện kiểm sát nhân dân tỉnh tiến "
        "hành kiểm sát trực tiếp tại Trại tạm giam Công an tỉnh.",
        None,
    ),
    (
        {("meeting", "2020-12-04")},
        "Ngày 4-12, HĐND tỉnh Hòa Lâm tiếp tục kỳ họp thứ 18 với phiên chất vấn. Trả lời chất vấn, "
        "ông Khổng Minh Trác, Cục trưởng Cục Thi hành án dân sự tỉnh giải trình.",
        "2020-12-06",
    ),
    (
        {("meeting", "2023-07-11")},
        "Sáng 11/7/2023, HĐND tỉnh Hòa Lâm khai mạc kỳ họp thứ 14, trong đó có phiên chất vấn "
        "về công tác thi hành án.",
        None,
    ),
    (
        {("meeting", "2024-12-10")},
        "Chiều 10/12/2024, Hội đồng nhân dân huyện Tân Khê bế mạc kỳ họp thứ 9 sau phiên chất vấn "
        "và trả lời chất vấn.",
        None,
    ),
    (
        {("inspection", "2024-03-15")},
        "Ngày 15/3/2024, Thường trực HĐND tỉnh tổ chức phiên chất vấn về công tác hộ tịch.",
        None,
    ),
    (
        {("other", "2024-05-20")},
        "Cơ quan thi hành án mời ông Thạch đến làm việc nhưng ông không hợp tác.\n\nSáng "
        "20/5/2024, Chi cục Thi hành án dân sự huyện Tân Khê tổ chức cưỡng chế giao nhà.",
        None,
    ),
    (
        {("other", "2023-10-02")},
        "Sở Tư pháp làm việc với Tòa án\n\nNgày 2/10/2023, Tòa án nhân dân tỉnh Hòa Lâm mở phiên "
        "tòa xét xử sơ thẩm vụ án hành chính.",
        None,
    ),
    (
        {("meeting", "2024-02-02")},
        "Sở Tư pháp làm việc với Tòa án\n\nNgày 2/2/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức buổi "
        "làm việc với Tòa án nhân dân tỉnh.",
        None,
    ),
    (
        {("meeting", "2025-07")},
        "Trong những ngày đầu tháng 7/2025, ngay sau khi 12 Viện KSND khu vực trên địa bàn tỉnh "
        "chính thức đi vào hoạt động theo mô hình mới, đồng chí Ma Văn Tiễn - Tỉnh ủy viên, Viện "
        "trưởng Viện KSND tỉnh Hòa Lâm - đã trực tiếp đến thăm và làm việc tại các đơn vị.",
        None,
    ),
    (
        {("inspection", "2024-03")},
        "Trong những ngày cuối tháng 3/2024, Đoàn kiểm tra của Sở Tư pháp đã kiểm tra công tác "
        "chứng thực tại UBND các xã.",
        None,
    ),
    (
        {("meeting", "2023-09")},
        "Trong các ngày giữa tháng 9/2023, lãnh đạo Cục Thi hành án dân sự tỉnh đã làm việc với "
        "các Chi cục về tiến độ thi hành án.",
        None,
    ),
    (
        {("training", "2022-06")},
        "Những ngày đầu tháng 6/2022, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị tập huấn nghiệp "
        "vụ hòa giải ở cơ sở.",
        None,
    ),
    (
        {("meeting", "2025-07")},
        "Giám đốc Sở làm việc với các phòng\n\nTrong tháng 7/2025, sau khi sắp xếp bộ máy, "
        "ông Hứa Văn Liêm - Giám đốc Sở Tư pháp tỉnh "
        "Hòa Lâm - đã trực tiếp làm việc với các phòng chuyên môn.",
        None,
    ),
    (
        set(),
        "Trong những ngày đầu tháng 7/2025, Sở Tư pháp sẽ tổ chức Hội nghị tập huấn cho công chức.",
        None,
    ),
    (
        set(),
        "Trong những ngày đầu tháng 8/2024, Sở Tư pháp đã tổ chức 12 hội nghị tuyên truyền pháp "
        "luật tại các xã.",
        None,
    ),
    (
        {("inspection", "2024-10-08")},
        "Sáng 8/10/2024, VKSND tỉnh Hòa Lâm tiến hành kiểm sát tại Trại tạm giam, ông Lò Văn "
        "Khiêm, Phó Viện trưởng làm Trưởng đoàn.",
        None,
    ),
    (
        {("meeting", "2024-06-14")},
        "Sáng 14/6/2024, Viện trưởng VKSND tỉnh làm việc với Viện KSND khu vực 2 về công tác kiểm "
        "sát việc giải quyết các vụ án hành chính.",
        None,
    ),
    (
        {("conference", "2024-01-12")},
        "Ngày 12/01/2024, Viện kiểm sát nhân dân tỉnh tổ chức Hội nghị tổng kết công tác kiểm "
        "sát năm 2023.",
        None,
    ),
    (
        {("meeting", "2019-11-07")},
        "Chiều 7/11/2019, Hội đồng nhân dân thành phố Long Hải tiếp tục kỳ họp thứ 10 với phần "
        "chất vấn và trả lời chất vấn.",
        None,
    ),
    (
        {("ceremony", "2023-12-18")},
        "Ngày 18-12-2023, Văn phòng Thừa phát lại Tân Khê tổ chức khai trương, chính thức đi vào "
        "hoạt động.",
        None,
    ),
    (
        {("ceremony", "2024-03-05")},
        "Sáng 5/3/2024, Phòng Công chứng số 4 tỉnh Hòa Lâm khai trương trụ sở mới.",
        None,
    ),
    (
        {("other", "2023-04-18")},
        "Ngày 18/4/2023, Hội Bảo trợ người khuyết tật tỉnh phối hợp với Trung tâm Trợ giúp pháp lý "
        "trao tặng 73 phần quà cho người khuyết tật.",
        None,
    ),
    (
        {("other", "2024-01-30")},
        "Chiều 30/1/2024, Sở Tư pháp tỉnh Hòa Lâm trao 50 suất quà Tết cho hộ nghèo xã Tân Khê.",
        None,
    ),
    (
        set(),
        "Qua 60 năm xây dựng và trưởng thành, dưới sự lãnh đạo của Đảng và sự giám sát của "
        "Quốc hội, ngành Kiểm sát từng bước lớn mạnh.",
        None,
    ),
    (
        set(),
        "Dưới sự kiểm tra, giám sát của cấp ủy, các đơn vị đã hoàn thành tốt nhiệm vụ được giao.",
        None,
    ),
    (
        {("training", "2026-01-08")},
        "Đồng chí Lò Văn Pản, Phó Viện trưởng Thường trực VKSND tỉnh phát biểu chỉ đạo Hội nghị "
        "Thực hiện chương trình công tác năm 2026 của Ngành, để cán bộ nắm chắc các văn bản mới "
        "ngày 08/01/2026, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức Hội nghị tập huấn kỹ năng "
        "kiểm sát án hành chính.",
        None,
    ),
    (
        {("ceremony", "2024-03-26"), ("other", "2024-03-26")},
        "Ngày 26/3/2024, Đoàn Thanh niên Sở Tư pháp tổ chức Lễ kỷ niệm ngày thành lập Đoàn và Đại "
        "hội Chi đoàn nhiệm kỳ 2024-2027.",
        None,
    ),
    (
        {("conference", "2024-01-15")},
        "Ngày 15/1/2024, Khối thi đua các cơ quan nội chính tỉnh Hòa Lâm tổ chức Hội nghị tổng kết "
        "công tác thi đua năm 2023. Nhân dịp này, các đơn vị trong Khối đã ký kết giao ước thi "
        "đua năm 2024.",
        None,
    ),
    (
        {("conference", None)},
        "Khối thi đua tổng kết công tác năm 2023\n\nQua tổng kết, Sở Tư pháp được Khối đề nghị "
        "tặng Cờ thi đua. Phát biểu tại hội nghị, ông Khổng Minh Trác, Trưởng Khối biểu dương các "
        "đơn vị. Cũng trong dịp này, các đơn vị trong Khối tiếp tục ký kết giao ước thi đua.",
        None,
    ),
    (
        {("signing", "2024-03-12")},
        "Ngày 12/3/2024, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
        None,
    ),
    (
        {("meeting", "2024-09-20"), ("signing", "2024-09-20")},
        "Ngày 20/9/2024, Thứ trưởng Ma Văn Tiễn tiếp và làm việc với Đoàn đại biểu Bộ Tư pháp "
        "Croatia. Cuối buổi làm việc, hai bên đã ký Bản ghi nhớ hợp tác về pháp luật.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("expected", "text", "published"),
    [pytest.param(e, t, p, id=f"k{i}") for i, (e, t, p) in enumerate(KINDS)],
)
def test_kinds_and_month_dates(
    expected: set[tuple[str, str | None]], text: str, published: str | None
) -> None:
    assert _events(text, published=published) == expected
