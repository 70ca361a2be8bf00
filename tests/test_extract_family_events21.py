"""Event families, twenty-first table (rules round 6), (E4) a month's tally: a sentence led by a
month that counts the month's activities (``N lượt``, ``N cuộc``, ``N buổi``, ``N đoàn``, ``N vụ``,
``N việc``, ``N đơn``, ``số liệu``) reports a period's figures, not one activity held; the same
month leading one activity held (a count of its attendants at most) is one event dated
``YYYY-MM``. A body named after a verb (``Trụ sở Tiếp công dân``, ``Ủy ban Kiểm tra``) is no
held verb. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: (E4) month-led tallies: no event
TALLIES: list[str] = [
    "Tháng 10-2023, Trụ sở Tiếp công dân tỉnh đã tiếp 215 lượt, với 340 người.",
    "Trong tháng 9/2023, Ban Tiếp công dân huyện đã tiếp 48 lượt công dân đến khiếu nại.",
    "Tháng 5/2024, các địa điểm tiếp công dân cấp xã đã tiếp 96 lượt và 03 đoàn đông người.",
    "Trong tháng 3/2024, Thanh tra tỉnh đã tiến hành 12 cuộc thanh tra hành chính.",
    "Tháng 8/2022, Đoàn kiểm tra của Sở đã kiểm tra 15 cuộc tại các xã, phường.",
    "Tháng 11 năm 2023, Sở Tư pháp đã tổ chức tuyên truyền được 25 buổi cho 3.000 lượt người.",
    "Trong tháng 7/2023, Cục THADS tỉnh đã thụ lý 1.250 việc, thi hành xong 640 việc.",
    "Tháng 6-2024, TAND hai cấp tỉnh đã thụ lý 320 vụ, giải quyết 285 vụ.",
    "Trong tháng 4/2024, Ban Tiếp công dân tỉnh đã tiếp nhận 87 đơn khiếu nại, tố cáo.",
    "Tháng 12/2023, Trung tâm Trợ giúp pháp lý đã thực hiện 42 vụ việc trợ giúp pháp lý.",
    "Cuối tháng 9/2024, theo số liệu tổng hợp, các cơ quan đã tiếp 150 lượt công dân.",
    "Trong tháng 2/2024, Thanh tra huyện đã tiếp 20 lượt, với 5 đoàn đông người.",
    "Tháng 1/2025, Phòng Tư pháp các huyện đã tổ chức hòa giải thành 36 vụ.",
    "Trong tháng 10/2024, UBND các xã đã tiếp 64 lượt, giảm 12 lượt so với tháng trước.",
    "Tháng 3-2023, Thanh tra Sở đã tiến hành kiểm tra 08 đợt tại các tổ chức hành nghề công chứng.",
    "Trong tháng 8/2024, Hội Luật gia tỉnh đã tư vấn pháp luật miễn phí 57 vụ việc.",
    "Tháng 7/2022, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 6 cuộc đối với tổ chức đảng.",
    "Đầu tháng 6/2024, Trụ sở Tiếp công dân tỉnh đã tiếp 30 lượt đoàn đông người.",
]

#: (E4) the same month leading one activity held: one event of that month
HELD: list[tuple[str, str]] = [
    (
        "meeting",
        "Trong tháng 9/2023, Ban Tiếp công dân tỉnh đã tiếp và làm việc với các hộ dân xã Tân Phú.",
    ),
    (
        "training",
        "Trong tháng 3/2024, Sở Tư pháp tỉnh đã tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch "
        "cho 150 đại biểu.",
    ),
    (
        "conference",
        "Cuối tháng 12/2023, Sở Tư pháp đã tổ chức Hội nghị tổng kết công tác tư pháp năm 2023.",
    ),
    (
        "inspection",
        "Tháng 5/2024, Đoàn kiểm tra của Sở Tư pháp đã kiểm tra công tác chứng thực tại "
        "UBND xã Bình Minh.",
    ),
    (
        "meeting",
        "Vừa qua, trong tháng 10/2024, Đoàn công tác của Bộ Tư pháp đã làm việc với UBND "
        "tỉnh Hà Tĩnh.",
    ),
    (
        "other",
        "Trong tháng 11/2023, Sở Tư pháp đã tổ chức Hội thi hòa giải viên giỏi thu hút 500 lượt "
        "người tham gia.",
    ),
    (
        "conference",
        "Tháng 8/2024, Cục THADS tỉnh đã tổ chức Hội nghị sơ kết với sự tham dự của 120 đại biểu.",
    ),
    (
        "meeting",
        "Trong tháng 6/2024, Trụ sở Tiếp công dân tỉnh đã tiếp và làm việc với đoàn công tác của "
        "Thanh tra Chính phủ.",
    ),
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"t{i}") for i, s in enumerate(TALLIES)])
def test_a_months_tally_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2025-02-10") == set()


@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"h{i}") for i, (k, s) in enumerate(HELD)]
)
def test_one_activity_held_in_a_month_is_an_event(kind: str, sentence: str) -> None:
    found = _events(sentence, published="2025-02-10")
    assert len(found) == 1
    ((got_kind, date),) = found
    assert (got_kind, date is not None and len(date) == 7) == (kind, True)


#: (E5) an inspection announced or a complaint verified is an inspection, not a ceremony
CHECKS: list[tuple[str | None, str]] = [
    (
        None,
        "Phó Chánh Thanh tra Bộ Tư pháp Trần Văn Luận đã công bố quyết định thanh tra lĩnh vực "
        "công chứng tại tỉnh Nam Định.",
    ),
    (
        "2024-03-12",
        "Sáng 12/3/2024, Sở Tư pháp tỉnh Hà Nam công bố Quyết định kiểm tra công tác hộ tịch tại "
        "UBND huyện Kim Bảng.",
    ),
    (
        "2024-04-02",
        "Ngày 2/4/2024, Chánh Thanh tra Sở Tư pháp công bố quyết định thanh tra việc chấp hành "
        "pháp luật về đấu giá tài sản.",
    ),
    (
        None,
        "Thanh tra tỉnh đã tiến hành xác minh nội dung đơn phản ánh của công dân tại xã Hòa Bình.",
    ),
    (
        "2024-05-08",
        "Chiều 8/5/2024, Đoàn xác minh của Thanh tra huyện đã kiểm tra, xác minh hồ sơ đất đai tại "
        "UBND xã Tân Lập.",
    ),
    (None, "Thanh tra Sở đã tổ chức xác minh, làm rõ các nội dung công dân phản ánh."),
]

#: (E5) verification only mentioned, ongoing or a result: no event
NOT_CHECKS: list[str] = [
    "Chấp hành viên đang xác minh điều kiện thi hành án của người phải thi hành án.",
    "Cơ quan chức năng sẽ xác minh làm rõ nội dung đơn.",
    "Theo kết quả xác minh, ông Nguyễn Văn Tư không có tài sản để thi hành án.",
    "Có 16 trường hợp đang chờ ý kiến xác minh của các cơ quan có liên quan.",
]


@pytest.mark.parametrize(
    ("date", "sentence"), [pytest.param(d, s, id=f"c{i}") for i, (d, s) in enumerate(CHECKS)]
)
def test_an_inspection_announced_or_a_verification_is_an_inspection(
    date: str | None, sentence: str
) -> None:
    assert _events(sentence, published="2024-06-20") == {("inspection", date)}


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"v{i}") for i, s in enumerate(NOT_CHECKS)]
)
def test_a_verification_mentioned_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == set()


#: (E6) a visit's span framing the day of one of its activities: the activity's day
VISITS: list[tuple[str, str]] = [
    (
        "2024-09-21",
        "Trong khuôn khổ chuyến thăm và làm việc tại Việt Nam từ ngày 20 đến 24/9/2024 theo lời "
        "mời của Bộ Tư pháp, Đoàn đại biểu Bộ Tư pháp Lào đã có buổi chào xã giao Thứ trưởng "
        "Trần Văn Hải vào ngày 21/9/2024 tại Hà Nội.",
    ),
    (
        "2024-06-11",
        "Trong chuyến công tác từ ngày 10 đến 12/6/2024, Đoàn đã làm việc với Sở Tư pháp tỉnh "
        "Kiên Giang ngày 11/6/2024.",
    ),
    (
        "2024-05-15",
        "Trong khuôn khổ đợt công tác từ 14 - 17/5/2024, đoàn công tác của Bộ Tư pháp đã làm "
        "việc với UBND tỉnh Sơn La vào sáng 15/5/2024.",
    ),
    # (no day of its own: the visit's first day)
    (
        "2024-09-20",
        "Từ ngày 20 đến 24/9/2024, Đoàn công tác của Bộ Tư pháp đã có chuyến thăm và làm việc "
        "tại Vương quốc Campuchia.",
    ),
]


@pytest.mark.parametrize(
    ("date", "sentence"), [pytest.param(d, s, id=f"w{i}") for i, (d, s) in enumerate(VISITS)]
)
def test_a_visits_span_gives_way_to_the_day_of_its_activity(date: str, sentence: str) -> None:
    assert {d for _k, d in _events(sentence, published="2024-10-01")} == {date}


#: (E7) background that names no activity held: memories ("kỷ niệm" as a noun), a document's
#: findings cited ("Theo Kết luận của …, … đã vi phạm quy chế làm việc")
BACKGROUND: list[str] = [
    "Mười năm không dài, nhưng đối với những cán bộ gắn bó cùng Trung tâm từ buổi đầu, mỗi lần "
    "nhìn lại vẫn đầy ắp cảm xúc và kỷ niệm về những ngày mới thành lập.",
    "Những người đã trực tiếp tham gia công tác hòa giải ở cơ sở vẫn giữ nhiều ký ức và kỷ niệm "
    "về những ngày đầu thành lập Tổ hòa giải.",
    "Ông Lê Văn Tâm chia sẻ những kỷ niệm khó quên khi tham gia đoàn công tác lên vùng biên giới.",
    "Với bà Trần Thị Huệ, kỷ niệm đáng nhớ nhất là lần đầu tham gia trợ giúp pháp lý cho đồng bào.",
    "Cán bộ Sở Tư pháp đã tham gia nhiều hoạt động, để lại những kỷ niệm đẹp trong lòng người dân.",
    "TPO - Theo Kết luận của Ủy ban Kiểm tra Trung ương, Ban cán sự đảng TAND tỉnh đã vi phạm "
    "quy chế làm việc.",
    "Theo Kết luận thanh tra số 12/KL-TTr ngày 5/3/2024 của Thanh tra tỉnh, Sở đã chậm ban hành "
    "kế hoạch kiểm tra.",
    "Tại Kết luận của Đoàn giám sát, Ban Pháp chế HĐND tỉnh đề nghị Sở tổ chức tập huấn.",
    "(PL)- Theo Thông báo kết luận của Ban Thường vụ Tỉnh ủy, Đảng đoàn HĐND tỉnh đã buông lỏng "
    "lãnh đạo, chưa thực hiện đúng lề lối làm việc.",
]


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"g{i}") for i, s in enumerate(BACKGROUND)]
)
def test_memories_and_cited_findings_are_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == set()


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("ceremony", "Ngày 10/5/2024, Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm Ngày thành lập."),
        ("meeting", "Ngày 3/4/2024, Ban Thường vụ Tỉnh ủy đã họp thông qua Quy chế làm việc."),
        (
            "inspection",
            "Ngày 8/4/2024, theo Kế hoạch của Sở, Đoàn kiểm tra đã kiểm tra công tác chứng thực.",
        ),
    ],
)
def test_a_held_anniversary_or_session_still_is(kind: str, sentence: str) -> None:
    assert {k for k, _d in _events(sentence, published="2024-06-20")} == {kind}
