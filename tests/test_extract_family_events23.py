"""Event families, twenty-third table (rules round 7, third round). (D) Dates: a day one or two
days after the page's date line that the sentence reports as held (the date line is when the
report was written); a day after it announced is not held. (S) Spurious events: a document
signed and sent (``đã ký văn bản gửi …``, ``có Công văn số … gửi …``), a memorandum signed
before and cited (``theo Biên bản ghi nhớ ký kết giữa …``), a member's fields of work (``tham
gia vào hoạt động lập pháp, giám sát …``), a body named after a check (``Cục Kiểm tra văn
bản``). Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _iso(dateline: str) -> str:
    """``29/06/2024`` → ``2024-06-29`` (the page's date, as a harvested page gives it)."""
    d, m, y = dateline.split("/")
    return f"{y}-{m}-{d}"


_LINE = "Sở Tư pháp tỉnh tích cực thực hiện nhiệm vụ trọng tâm\n\n{dl}\n{body}"

#: (D) a day after the date line, reported as held: the day
AFTER_DATELINE: list[tuple[str, str, str, str]] = [
    (
        "29/06/2024",
        "Trong ngày 30/6/2024, Sở Tư pháp tỉnh Hòa Bình đã tổ chức họp giao ban "
        "đánh giá kết quả công tác 6 tháng đầu năm.",
        "meeting",
        "2024-06-30",
    ),
    (
        "15/03/2023",
        "Ngày 16/3/2023, Sở Tư pháp đã tổ chức Hội nghị triển khai công tác phổ "
        "biến pháp luật năm 2023.",
        "conference",
        "2023-03-16",
    ),
    (
        "30/12/2022",
        "Sáng ngày 31/12/2022, Cục Thi hành án dân sự tỉnh đã tổ chức Hội nghị tổng "
        "kết công tác năm 2022.",
        "conference",
        "2022-12-31",
    ),
    (
        "10/05/2024",
        "Chiều 12/5/2024, Phòng Tư pháp huyện đã tiến hành kiểm tra công tác hộ tịch "
        "tại UBND xã Tân Phú.",
        "inspection",
        "2024-05-12",
    ),
    (
        "01/08/2023",
        "Ngày 2/8/2023, Trung tâm Trợ giúp pháp lý đã tổ chức tập huấn kỹ năng cho "
        "trợ giúp viên pháp lý.",
        "training",
        "2023-08-02",
    ),
    (
        "20/11/2024",
        "Sáng 21/11/2024, Sở Tư pháp vừa tổ chức Lễ kỷ niệm ngày Pháp luật Việt Nam.",
        "ceremony",
        "2024-11-21",
    ),
    (
        "28/02/2023",
        "Ngày 1/3/2023, Đoàn công tác Sở Tư pháp đã đến làm việc với UBND huyện Tân Lạc.",
        "meeting",
        "2023-03-01",
    ),
    (
        "29/06/2024",
        "Sáng 30-6-2024, Sở Tư pháp tỉnh đã tổ chức Hội nghị sơ kết công tác tư pháp "
        "6 tháng đầu năm.",
        "conference",
        "2024-06-30",
    ),
    (
        "29/06/2024",
        "Ngày 30.6.2024, Cục Thi hành án dân sự tỉnh đã tổ chức Hội nghị giao ban trực tuyến.",
        "conference",
        "2024-06-30",
    ),
    (
        "29/06/2024",
        "Chiều 1/7/2024, Sở Tư pháp đã tiến hành kiểm tra công tác chứng thực tại UBND huyện.",
        "inspection",
        "2024-07-01",
    ),
    (
        "31/12/2023",
        "Ngày 1/1/2024, Sở Tư pháp đã tổ chức Lễ chào cờ đầu năm mới.",
        "ceremony",
        "2024-01-01",
    ),
    (
        "14/02/2024",
        "Sáng ngày 15/02/2024, Sở Tư pháp đã tổ chức Lễ ra quân đầu xuân.",
        "ceremony",
        "2024-02-15",
    ),
    (
        "19/09/2024",
        "Ngày 20/9/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã phối hợp tổ chức "
        "tập huấn cho cán bộ cơ sở.",
        "training",
        "2024-09-20",
    ),
    (
        "05/04/2023",
        "Ngày 6/4/2023, Hội đồng phối hợp phổ biến giáo dục pháp luật tỉnh đã họp phiên thứ nhất.",
        "meeting",
        "2023-04-06",
    ),
    (
        "09/11/2022",
        "Trong ngày 10/11/2022, Sở Tư pháp đã tổ chức Hội thi hòa giải viên giỏi cấp tỉnh.",
        "other",
        "2022-11-10",
    ),
    (
        "25/08/2024",
        "Ngày 26/8/2024, Chi cục Thi hành án dân sự huyện Lạc Sơn đã tổ chức cưỡng chế "
        "giao tài sản.",
        "other",
        "2024-08-26",
    ),
]


@pytest.mark.parametrize(
    ("dateline", "body", "kind", "date"),
    [pytest.param(*v, id=f"a{i}") for i, v in enumerate(AFTER_DATELINE)],
)
def test_a_day_after_the_date_line_held_is_the_events_day(
    dateline: str, body: str, kind: str, date: str
) -> None:
    assert _events(_LINE.format(dl=dateline, body=body), _iso(dateline)) == {(kind, date)}


#: (D) a day after the date line announced: not an event of that day
NOT_AFTER: list[tuple[str, str, str]] = [
    (
        "29/06/2024",
        "Ngày 30/6/2024, Sở Tư pháp sẽ tổ chức họp giao ban đánh giá kết quả công tác 6 tháng "
        "đầu năm.",
        "2024-06-30",
    ),
    (
        "15/03/2023",
        "Dự kiến ngày 17/3/2023, Sở Tư pháp đã thống nhất tổ chức Hội nghị tập huấn.",
        "2023-03-17",
    ),
    (
        "05/09/2024",
        "Sở Tư pháp dự kiến tổ chức Hội nghị tập huấn Luật Hòa giải ở cơ sở vào ngày 6/9/2024.",
        "2024-09-06",
    ),
    ("29/06/2024", "Ngày 30/6/2024, Sở Tư pháp dự kiến tổ chức Hội nghị giao ban.", "2024-06-30"),
    (
        "29/06/2024",
        "Theo kế hoạch, ngày 1/7/2024 Sở Tư pháp tổ chức Hội nghị triển khai Luật.",
        "2024-07-01",
    ),
    ("29/06/2024", "Ngày 30/6/2024, Sở Tư pháp sắp tổ chức Hội nghị tập huấn.", "2024-06-30"),
]


@pytest.mark.parametrize(
    ("dateline", "body", "day"), [pytest.param(*v, id=f"n{i}") for i, v in enumerate(NOT_AFTER)]
)
def test_a_day_after_the_date_line_announced_is_not_the_events_day(
    dateline: str, body: str, day: str
) -> None:
    assert day not in {d for _k, d in _events(_LINE.format(dl=dateline, body=body), _iso(dateline))}


#: (S) documents sent or cited, fields of work, a body named after a check: no event
SPURIOUS: list[str] = [
    "Ngày 22-9, Cục trưởng Cục Kiểm tra văn bản Trần Văn Luận đã ký văn bản gửi bảy bộ và 13 "
    "tỉnh để đôn đốc xử lý văn bản trái pháp luật.",
    "Cục đã có Công văn số 125/KTrVB gửi các bộ, ngành đề nghị tự kiểm tra, xử lý văn bản.",
    "Sở Tư pháp đã có văn bản gửi UBND các huyện về việc tăng cường công tác hộ tịch.",
    "Vụ trưởng Lê Thị Hoa đã ký công văn gửi các Sở Tư pháp hướng dẫn thực hiện Luật Hộ tịch.",
    "Sở đã gửi văn bản hướng dẫn tới các phòng Tư pháp về việc rà soát thủ tục hành chính.",
    "UBND tỉnh có Công văn số 1829/UBND-NC ngày 12/8/2023 gửi các sở, ngành về tăng cường trợ "
    "giúp pháp lý.",
    "Những bộ và tỉnh bị nhắc nhở do chưa gửi thông báo kết quả xử lý cho Cục Kiểm tra văn bản.",
    "Sở Tư pháp tỉnh Lai Châu tăng cường hợp tác với tỉnh bạn theo Biên bản ghi nhớ ký kết giữa "
    "Sở Tư pháp hai tỉnh về hộ tịch, quốc tịch.",
    "Hai bên thực hiện tốt Quy chế phối hợp ký kết giữa Cục Thi hành án dân sự và Công an tỉnh.",
    "Các nội dung triển khai theo Thỏa thuận hợp tác ký kết năm 2019 giữa hai Sở.",
    "Suốt nhiệm kỳ khóa XIV, ông tham gia tích cực vào hoạt động lập pháp, giám sát và quyết "
    "định những vấn đề hệ trọng của đất nước.",
    "Ông luôn tích cực trong các hoạt động xây dựng pháp luật, giám sát và tiếp xúc cử tri.",
    "Ngày 3-10, Vụ trưởng Vụ Pháp chế Nguyễn Văn Khải đã ký văn bản gửi các đơn vị thuộc Bộ để "
    "đôn đốc báo cáo.",
    "Sở Tư pháp có Công văn số 456/STP-VB gửi các sở, ban, ngành về việc rà soát văn bản.",
    "Cục Bổ trợ tư pháp đã có văn bản hướng dẫn gửi Sở Tư pháp các tỉnh, thành phố.",
    "Chánh Văn phòng đã ký công văn đôn đốc gửi các Chi cục Thi hành án dân sự.",
    "Phòng Tư pháp huyện đã gửi công văn đề nghị UBND các xã báo cáo kết quả hòa giải.",
    "Bộ Tư pháp có văn bản đề nghị gửi UBND các tỉnh rà soát đội ngũ hòa giải viên.",
    "Thanh tra Sở đã gửi văn bản đến các tổ chức hành nghề công chứng về việc chấn chỉnh.",
    "Hai đơn vị tiếp tục thực hiện Chương trình phối hợp ký kết giữa Sở Tư pháp và Hội Nông dân "
    "tỉnh.",
    "Thực hiện có hiệu quả Thỏa thuận hợp tác đã ký kết với Sở Tư pháp tỉnh bạn, hai bên đã phối "
    "hợp tuyên truyền.",
    "Bà luôn quan tâm đến các hoạt động giám sát, tiếp xúc cử tri và tiếp công dân.",
    "Trong nhiệm kỳ, ông tham gia vào hoạt động thẩm tra, giám sát của Ban Pháp chế.",
    "Nhiều kiến nghị của cử tri đã được gửi tới Cục Kiểm tra văn bản quy phạm pháp luật.",
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"s{i}") for i, s in enumerate(SPURIOUS)])
def test_a_document_sent_or_cited_or_a_field_of_work_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-10-01") == set()
