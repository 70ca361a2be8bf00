"""Events and participants: general rules found on pages nobody tuned on (invented people and
sentences only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

from justicekg.text.dates import latest_reported_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị quán triệt Nghị quyết số 07 ngày 12/4/2019 của Tỉnh ủy.", None),
        ("Công văn số 45/STP-VP ngày 03/02/2021 gửi các phòng.", None),
        ("thời kỳ kiểm tra từ ngày 01/10/2018 đến ngày 30/9/2019", None),
        ("tính đến ngày 30/6/2020, toàn tỉnh thụ lý 900 việc", None),
        ("Ngày 15/3/2023, Sở Tư pháp tổ chức hội nghị.", "2023-03-15"),
        ("Ngày 15/3/2023 và Quyết định số 9 ngày 20/3/2023", "2023-03-15"),
    ],
)
def test_latest_reported_date_skips_documents_and_periods(text: str, expected: str | None) -> None:
    assert latest_reported_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only full date is a cited resolution's: the year of "Sáng 14-12" is not certain
        (
            "Sáng 14-12, Ban Thường vụ Huyện ủy tổ chức Hội nghị sơ kết việc thực hiện Nghị "
            "quyết số 21 ngày 16-6-2018 của Ban Chấp hành Trung ương. Đồng chí Hà Minh Quyết, "
            "Bí thư Huyện ủy chủ trì hội nghị.",
            {("conference", None)},
        ),
        # a document dated in another sentence does not date the meeting either
        (
            "Ngày 8-7, Ban Kinh tế - Ngân sách HĐND tỉnh họp với các sở để thẩm tra các tờ "
            "trình. Trước đó, Sở Tài chính đã có Công văn số 77/STC ngày 02/6/2020 gửi Ban.",
            {("meeting", None)},
        ),
        # the bounds of the period a check covers do not date the check
        (
            "Thời kỳ kiểm tra từ ngày 01/10/2017 đến ngày 30/9/2018. Chiều 15/10, Đoàn kiểm "
            "tra đã làm việc tại Cục Thi hành án dân sự tỉnh Hòa Bình.",
            {("inspection", None)},
        ),
    ],
)
def test_cited_and_period_days_give_no_year(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


def test_a_long_range_is_a_period_not_an_event_day() -> None:
    text = (
        "Phạm vi kiểm tra là hoạt động của Chi cục Thi hành án dân sự huyện Lục Nam trong "
        "khoảng thời gian từ 01/10/2015 đến 31/3/2017. Tại buổi khai mạc, đồng chí Lương Văn "
        "Hải, Chi cục trưởng đã báo cáo trước Đoàn kiểm tra về tình hình chung của đơn vị."
    )
    assert _events(text) == {("inspection", None)}
    assert _participants(text) == {(None, "Lương Văn Hải")}


def test_a_short_range_is_still_one_event_on_its_first_day() -> None:
    text = (
        "Từ ngày 20 đến 22/6/2023, Sở Tư pháp tỉnh Phú Thọ tổ chức lớp tập huấn nghiệp vụ "
        "hộ tịch cho công chức tư pháp cấp xã."
    )
    assert _events(text) == {("training", "2023-06-20")}


def test_a_period_start_is_not_an_event_day() -> None:
    text = (
        "Phạm vi kiểm tra là hoạt động của Cục Thi hành án dân sự tỉnh Sơn La từ giai đoạn "
        "01/10/2014 đến 31/3/2016. Tại buổi khai mạc, đồng chí Tòng Văn Piếng, Cục trưởng "
        "đã báo cáo trước Đoàn kiểm tra về tình hình chung."
    )
    assert _events(text) == {("inspection", None)}


def test_a_held_clause_decides_the_kind_when_another_is_only_announced() -> None:
    text = (
        "Theo thông tin tại buổi họp báo do Sở Tư pháp tỉnh Nam Định tổ chức chiều 14-10, Lễ "
        "trao giải cuộc thi tìm hiểu pháp luật dự kiến được tổ chức vào sáng 2-11 tại Hội "
        "trường tỉnh."
    )
    assert _events(text, published="2024-10-15") == {("meeting", "2024-10-14")}


@pytest.mark.parametrize(
    ("text", "kind", "person"),
    [
        (
            "Tại buổi kỷ niệm, Giám đốc Sở Tư pháp Đinh Quang Hưởng ghi nhận công sức đóng góp "
            "của toàn thể công chức, viên chức Sở trong những năm qua.",
            "ceremony",
            "Đinh Quang Hưởng",
        ),
        (
            "Tại lớp tập huấn, các học viên được nghe bà Mạc Thị Liên, Phó Trưởng phòng Hành "
            "chính tư pháp giới thiệu các quy định mới về đăng ký hộ tịch.",
            "training",
            "Mạc Thị Liên",
        ),
    ],
)
def test_a_person_placed_at_a_named_session_makes_an_undated_event(
    text: str, kind: str, person: str
) -> None:
    assert _events(text) == {(kind, None)}
    assert _participants(text) == {(None, person)}


def test_an_activity_announced_in_the_same_clause_does_not_decide_the_kind() -> None:
    text = (
        "Chiều 5/3, Sở Tư pháp tỉnh Hà Giang tổ chức họp báo giới thiệu Hội thảo khoa học về "
        "hòa giải ở cơ sở sẽ diễn ra vào cuối tháng."
    )
    assert _events(text, published="2024-03-06") == {("meeting", "2024-03-05")}


def test_a_training_conference_before_a_plan_keeps_its_kind() -> None:
    text = (
        "Ngày 5/3, Sở Tư pháp tỉnh Hà Giang tổ chức Hội nghị tập huấn công tác hộ tịch, thời "
        "gian tới sẽ mở thêm các lớp ở cấp huyện."
    )
    assert _events(text, published="2024-03-06") == {("training", "2024-03-05")}


@pytest.mark.parametrize(
    "text",
    [
        # an activity one body asks another to hold is not reported as held
        "Ngoài ra, Cục Thi hành án dân sự tỉnh còn yêu cầu Chi cục trưởng Chi cục Thi hành án "
        "dân sự huyện Mỹ Đức họp toàn thể công chức để kiểm điểm, rút kinh nghiệm.",
        # a negated activity is not held either
        "Người phải thi hành án không tự nguyện nộp tiền nên Chi cục nhiều lần ra thông báo "
        "kê biên tài sản nhưng không tổ chức cưỡng chế.",
    ],
)
def test_requested_or_negated_activities_are_not_events(text: str) -> None:
    assert _events(text) == set()


def test_a_request_made_at_a_conference_still_places_its_speaker_there() -> None:
    text = (
        "Ông Hoàng Văn Thụ, Phó Giám đốc Sở Tư pháp đề nghị các đơn vị tăng cường phối hợp "
        "tại hội nghị."
    )
    assert _events(text) == {("conference", None)}
    assert _participants(text) == {(None, "Hoàng Văn Thụ")}


def test_a_later_day_on_an_undated_page_takes_the_year_of_the_day_before_it() -> None:
    text = (
        "Ngày 15/3/2023, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn công tác hộ tịch "
        "cho công chức cấp xã. Ông Trần Văn Định, Giám đốc Sở dự và phát biểu.\n"
        "Chiều 16/3, Đoàn công tác của Sở đã kiểm tra công tác chứng thực tại Ủy ban nhân dân "
        "xã Thanh Hà. Bà Lê Thị Miên, Phó Giám đốc Sở làm Trưởng đoàn.\n"
    )
    assert _events(text) == {("training", "2023-03-15"), ("inspection", "2023-03-16")}


def test_a_date_line_with_a_time_is_not_a_period_bound() -> None:
    assert latest_reported_date("Thứ Ba, 20/02/2024 - 10:15\nChiều 19/2, Sở họp.") == "2024-02-20"


def test_a_dated_request_to_hold_an_activity_is_no_event() -> None:
    text = (
        "Ngày 5/3/2024, UBND tỉnh Ninh Bình có văn bản yêu cầu Sở Tư pháp khẩn trương tổ chức "
        "hội nghị tập huấn Luật Đất đai cho cán bộ cấp xã."
    )
    assert _events(text) == set()


def test_a_negated_cue_does_not_decide_the_kind() -> None:
    text = (
        "Ngày 10/4/2024, Sở Tư pháp tỉnh Nam Định làm việc với Phòng Tư pháp thành phố về "
        "công tác chứng thực, không tổ chức tập huấn riêng."
    )
    assert _events(text) == {("meeting", "2024-04-10")}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 14/6/2023, Đại hội Hội Luật gia tỉnh Hưng Yên tiếp tục phiên làm việc thứ hai.",
        "Sau hai ngày làm việc, Đại hội Công đoàn Sở Tư pháp tỉnh Hưng Yên bế mạc ngày 14/6/2023.",
    ],
)
def test_a_session_of_a_congress_is_no_meeting(text: str) -> None:
    assert _events(text) == {("other", "2023-06-14")}


def test_a_working_visit_stays_a_meeting() -> None:
    text = "Ngày 14/6/2023, đoàn công tác Bộ Tư pháp làm việc với Sở Tư pháp tỉnh Hưng Yên."
    assert _events(text) == {("meeting", "2023-06-14")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cũng tại Hà Nội, từ ngày 11 đến 13/10/2023, Hội nghị thường niên của Hội Luật gia "
            "sẽ chính thức diễn ra.",
            set(),
            id="announced-range",
        ),
        pytest.param(
            "Chương trình tư vấn sẽ diễn ra tại trụ sở Đoàn Luật sư tỉnh Hưng Yên trong hai ngày "
            "(7-8/10/2023).",
            set(),
            id="announced-before-the-day",
        ),
        pytest.param(
            "Ngày 5/3/2023, Sở Tư pháp tỉnh Hưng Yên tổ chức họp báo giới thiệu Hội thảo về "
            "trợ giúp pháp lý sẽ diễn ra vào cuối tháng.",
            {("meeting", "2023-03-05")},
            id="held-then-announced",
        ),
    ],
)
def test_an_event_only_announced_is_not_reported(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected
