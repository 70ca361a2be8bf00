"""Events and participants, fourth pass: construction families (another activity on the same
occasion, flashbacks, press briefings, visits and award handovers, captions repeating a day).
Invented people, places and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import participants_by_date as _by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_CONTEST = (
    "Ngày 20/10/2022, Cục THADS tỉnh Sóc Trăng tổ chức hội thi Chấp hành viên giỏi năm 2022. "
    "Tham dự có ông Thạch Văn Rinh, Cục trưởng.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Cũng trong dịp này,",
        "Trong dịp này,",
        "Nhân dịp này,",
        "Bên lề Hội thi,",
        "Sau Hội thi,",
        "Kết thúc hội thi,",
        "Cũng trong ngày,",
        "Chiều cùng ngày,",
    ],
)
def test_another_activity_on_the_same_occasion(lead: str) -> None:
    text = _CONTEST + f"{lead} Cục tổ chức tọa đàm về công tác cán bộ nữ.\n"
    assert _events(text) == {("other", "2022-10-20"), ("conference", "2022-10-20")}


def test_an_award_handed_out_on_the_occasion_is_no_activity_of_its_own() -> None:
    text = _CONTEST + "Dịp này, Cục trao Giấy khen cho 05 tập thể.\n"
    assert _events(text) == {("other", "2022-10-20")}


def test_a_later_day_in_the_text_is_its_own_event() -> None:
    text = _CONTEST + "Trong ngày 21/10, Cục tổ chức tọa đàm về công tác cán bộ nữ.\n"
    assert _events(text) == {("other", "2022-10-20"), ("conference", "2022-10-21")}


def test_a_flashback_paragraph_gives_the_text_after_it_back_to_the_main_event() -> None:
    text = (
        "Ngày 15/5/2023, Đoàn công tác của Bộ Tư pháp do Thứ trưởng Vũ Minh Khang làm Trưởng "
        "đoàn đã có buổi làm việc với UBND tỉnh Lai Châu.\n"
        "Thứ trưởng cho biết, trước đó, ngày 14/5, Đoàn đã kiểm tra công tác thi hành án dân sự "
        "tại Chi cục THADS huyện Tam Đường.\n"
        "Tiếp Đoàn có ông Lò Văn Chiến, Phó Chủ tịch UBND tỉnh Lai Châu.\n"
    )
    people = _by_date(text)
    assert "Lò Văn Chiến" in people["2023-05-15"]
    assert "Lò Văn Chiến" not in people["2023-05-14"]


def test_a_flashback_closing_the_page_keeps_what_follows_it() -> None:
    text = (
        "Ngày 15/5/2023, Sở Tư pháp tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác.\n"
        "Trước đó, ngày 14/5, Sở đã tổ chức Lễ trao quyết định bổ nhiệm.\n"
        "Ông Lò Văn Chiến, Giám đốc Sở trao quyết định cho bà Tòng Thị Mai.\n"
    )
    people = _by_date(text)
    assert {"Lò Văn Chiến", "Tòng Thị Mai"} <= people["2023-05-14"]
    assert "Lò Văn Chiến" not in people["2023-05-15"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a press briefing about a contest is a meeting, not the contest
        (
            "Chiều 11/3/2024, Sở Tư pháp tỉnh Hòa Bình tổ chức họp báo thông tin về Hội thi hòa "
            "giải viên giỏi lần thứ III.",
            "meeting",
        ),
        (
            # a visit of care (families visited, no body worked with): "other" (session 14)
            "Ngày 20/1/2024, lãnh đạo Sở Tư pháp tỉnh Nam Định đã thăm, chúc Tết các gia đình.",
            "other",
        ),
        ("Ngày 20/1/2024, Bộ trưởng Bộ Tư pháp tiếp Đại sứ Nhật Bản tại Việt Nam.", "meeting"),
        (
            "Ngày 20/1/2024, Đoàn công tác của Sở Tư pháp tỉnh Hà Giang do ông Hoàng Văn Dũng "
            "dẫn đầu đã có chuyến công tác tại tỉnh Cao Bằng.",
            "meeting",
        ),
        ("Ngày 20/1/2024, Sở Tư pháp tỉnh Nam Định tổ chức khánh thành trụ sở mới.", "ceremony"),
        (
            "Ngày 20/1/2024, Giám đốc Sở Tư pháp tỉnh Nam Định trao Giấy khen cho 5 tập thể.",
            "ceremony",
        ),
        (
            "Ngày 20/1/2024, Đoàn khảo sát của Bộ Tư pháp khảo sát tình hình thi hành pháp luật "
            "tại tỉnh Nam Định.",
            "inspection",  # (a delegation's survey is oversight, as the dev gold writes it)
        ),
    ],
)
def test_kinds_of_named_activities(sentence: str, kind: str) -> None:
    assert _events(sentence) == {(kind, "2024-01-20" if "20/1" in sentence else "2024-03-11")}


def test_awards_handed_out_at_a_conference_named_later() -> None:
    dated = (
        "Ngày 5/1/2024, ông Trần Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định trao Giấy khen cho "
        "5 tập thể.\nPhát biểu tại hội nghị, ông Lê Văn Nam, Phó Giám đốc Sở cho biết năm 2023 "
        "Sở hoàn thành nhiệm vụ.\n"
    )
    assert _events(dated) == {("conference", "2024-01-05")}
    caption = dated.replace("Ngày 5/1/2024, ông", "Ông")
    assert _events(caption) == {("conference", None)}


def test_a_ceremony_named_later_keeps_the_handover_a_ceremony() -> None:
    text = (
        "Ông Trần Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định trao Giấy khen cho 5 tập thể.\n"
        "Sở Tư pháp tỉnh Nam Định vừa tổ chức Lễ kỷ niệm 78 năm Ngày truyền thống ngành.\n"
    )
    assert _events(text) == {("ceremony", None)}


def test_a_caption_repeating_a_day_of_a_range_without_its_year() -> None:
    text = (
        "Trong hai ngày 21-22/11/2023, Đoàn kiểm tra của Cục THADS tỉnh Bình Phước do ông Điểu "
        "Văn Thành, Phó Cục trưởng làm Trưởng đoàn đã kiểm tra công tác tại Chi cục THADS huyện "
        "Bù Đăng.\nẢnh: Đoàn kiểm tra làm việc tại Chi cục ngày 22/11\n"
    )
    assert _events(text) == {("inspection", "2023-11-21")}


_CONFERENCE = (
    "Ngày 20/3/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2023. "
    "Ông Trần Văn Hòa, Giám đốc Sở chủ trì Hội nghị.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thừa ủy quyền của Bộ trưởng Lê Văn Khôi, ông Phạm Minh Đức, Thứ trưởng Bộ Tư pháp trao "
        "Bằng khen cho Sở.",
        "Thay mặt Bộ trưởng Lê Văn Khôi, Thứ trưởng Phạm Minh Đức trao Bằng khen cho Sở.",
        "Được sự ủy quyền của Chủ tịch UBND tỉnh Lê Văn Khôi, ông Phạm Minh Đức, Phó Chủ tịch "
        "UBND tỉnh trao Bằng khen.",
        "Ông Phạm Minh Đức, Phó Chủ tịch UBND tỉnh chuyển lời thăm hỏi của đồng chí Lê Văn Khôi, "
        "Bí thư Tỉnh ủy tới các đại biểu.",
        "Ông Phạm Minh Đức, Phó Chủ tịch UBND tỉnh gửi lời chúc mừng của Chủ tịch UBND tỉnh Lê "
        "Văn Khôi tới Hội nghị.",
        "Thực hiện chỉ đạo của đồng chí Lê Văn Khôi, Chủ tịch UBND tỉnh, năm qua Sở đã hoàn thành "
        "nhiệm vụ.",
        "Theo Quyết định số 12/QĐ-UBND do ông Lê Văn Khôi, Chủ tịch UBND tỉnh ký, Sở được tặng "
        "Bằng khen.",
        "Hội nghị đã nghe ông Phạm Minh Đức trình bày báo cáo; ông Lê Văn Khôi, Phó Giám đốc Sở "
        "vắng mặt vì lý do công tác.",
        "Năm 2020, ông Lê Văn Khôi, khi đó là Giám đốc Sở, đã đề xuất mô hình này.",
    ],
)
def test_a_name_standing_for_an_authority_or_another_time_is_no_participant(
    sentence: str,
) -> None:
    people = _by_date(_CONFERENCE + sentence + "\n")["2024-03-20"]
    assert "Trần Văn Hòa" in people
    assert "Lê Văn Khôi" not in people


def test_a_directing_speech_given_at_the_event_is_a_participant() -> None:
    text = _CONFERENCE + (
        "Hội nghị đã nghe phát biểu chỉ đạo của Phó Thủ tướng Chính phủ Lê Văn Khôi và báo cáo "
        "tổng kết của Sở.\n"
    )
    assert "Lê Văn Khôi" in _by_date(text)["2024-03-20"]


_BRIEFING = (
    "Ngày 11/3/2024, Sở Tư pháp tỉnh Hòa Bình họp báo giới thiệu Hội thi hòa giải viên giỏi. "
    "Ông Đinh Văn Khởi, Phó Giám đốc Sở chủ trì.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự kiến, Lễ tổng kết được tổ chức vào sáng 28/3/2024 tại Hà Nội.",
        "Theo kế hoạch, Hội thi diễn ra vào ngày 25/3/2024 tại Nhà văn hóa tỉnh.",
        "Hội thi được tổ chức từ ngày 25/3 đến 27/3/2024 với sự tham gia của 10 đội.",
        "Hội thi khai mạc vào 8 giờ ngày 25/3/2024 tại Hội trường Sở.",
        "Vòng chung kết Hội thi diễn ra ngày 25/3/2024, Ban tổ chức mời ông Bùi Văn Tỉnh, Chủ "
        "tịch UBND tỉnh dự.",
    ],
)
def test_days_after_a_press_briefing_are_the_event_it_announces(sentence: str) -> None:
    text = _BRIEFING + sentence + "\n"
    assert _events(text) == {("meeting", "2024-03-11")}
    assert _by_date(text)["2024-03-11"] == {"Đinh Văn Khởi"}


def test_a_plan_done_is_reported() -> None:
    text = "Theo kế hoạch, ngày 25/3/2024, Sở Tư pháp tỉnh Hòa Bình đã tổ chức Hội thi hòa giải."
    assert _events(text) == {("other", "2024-03-25")}


@pytest.mark.parametrize("lead", ["Vừa qua, Sở", "Sở đã"])
def test_a_second_named_activity_on_an_undated_page(lead: str) -> None:
    text = (
        f"{lead} Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác tư pháp năm 2023. "
        "Ông Lê Văn Sơn, Giám đốc Sở chủ trì Hội nghị.\n"
        "Cũng trong dịp này, Sở tổ chức gặp mặt cán bộ hưu trí. Bà Nguyễn Thị Hằng, Phó Giám đốc "
        "Sở phát biểu tại buổi gặp mặt.\n"
    )
    lead_only = text.split("\n", 1)[0]
    assert _events(text) == {("conference", None), ("meeting", None)}
    assert _events(lead_only) == {("conference", None)}


def test_a_speaker_reporting_an_earlier_activity_is_at_the_event_they_speak_at() -> None:
    text = (
        "Ngày 12/4/2024, Đoàn công tác của Bộ Tư pháp do Thứ trưởng Vũ Minh Khang dẫn đầu đã làm "
        "việc với UBND tỉnh Điện Biên.\n"
        "Báo cáo tại buổi làm việc, ông Lò Văn Mừng, Giám đốc Sở Tư pháp cho biết, ngày 3/4, Sở "
        "đã tổ chức Hội nghị tập huấn Luật Hòa giải cho 200 hòa giải viên.\n"
    )
    people = _by_date(text)
    assert people["2024-04-12"] == {"Vũ Minh Khang", "Lò Văn Mừng"}
    assert "Lò Văn Mừng" not in people["2024-04-03"]


@pytest.mark.parametrize("label", ["Người đăng", "Biên tập", "Đăng bởi"])
def test_a_credit_line_names_no_participant(label: str) -> None:
    text = _CONFERENCE + f"{label}: Lê Thị Thu\n"
    assert _by_date(text)["2024-03-20"] == {"Trần Văn Hòa"}


def test_a_full_day_in_parentheses_after_the_activity_it_dates() -> None:
    text = (
        "Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023 (15/1/2024)\n"
        "Hội nghị do ông Trần Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định chủ trì.\n"
    )
    assert _events(text) == {("conference", "2024-01-15")}
    cited = (
        "Sở Tư pháp tổ chức Hội nghị sơ kết Nghị quyết số 18 (25/10/2017)\n"
        "Hội nghị do ông Trần Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định chủ trì.\n"
    )
    assert ("conference", "2017-10-25") not in _events(cited)


def test_a_bare_review_named_as_a_conference_by_the_next_sentence() -> None:
    text = (
        "Ngày 15/1/2024, Sở Tư pháp tỉnh Nam Định tổng kết công tác năm 2023.\n"
        "Hội nghị do ông Trần Văn Hòa, Giám đốc Sở chủ trì.\n"
    )
    assert _events(text) == {("conference", "2024-01-15")}


@pytest.mark.parametrize(("lead", "day"), [("Hôm qua", "2024-01-15"), ("Sáng nay", "2024-01-16")])
def test_yesterday_and_today_on_a_dated_page(lead: str, day: str) -> None:
    text = (
        "Hội nghị tổng kết công tác tư pháp năm 2023\n16/01/2024\n"
        f"{lead}, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết. Ông Trần Văn Hòa, Giám đốc "
        "Sở chủ trì.\n"
    )
    assert _events(text) == {("conference", day)}
    assert _events(text.split("\n", 2)[2]) == {("conference", None)}


def test_a_caption_dates_the_activity_an_undated_lead_reports() -> None:
    text = (
        "Vừa qua, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2023. Ông Trần "
        "Văn Hòa, Giám đốc Sở chủ trì.\n"
        "Quang cảnh Hội nghị tổng kết ngày 15/1/2024 (Ảnh: Lê Thu)\n"
        "Hội nghị đã nghe báo cáo.\n"
    )
    assert _events(text) == {("conference", "2024-01-15")}
    assert _by_date(text)["2024-01-15"] == {"Trần Văn Hòa"}


def test_a_years_programme_is_no_event() -> None:
    text = (
        "Hội Luật gia tỉnh Kon Tum vừa tổ chức tổng kết công tác Hội năm 2023.\n"
        "Trong năm 2024, Hội tiếp tục tuyên truyền pháp luật, giám sát thực hiện pháp luật và "
        "nâng cao chất lượng hòa giải ở cơ sở.\n"
    )
    assert _events(text) == {("other", None)}


def test_a_habitual_working_visit_is_no_event() -> None:
    text = "Anh Trần Văn Luận cùng đồng nghiệp trong một lần làm việc tại cơ sở.\n"
    assert _events(text) == set()


def test_the_working_session_of_a_check_is_the_check() -> None:
    text = (
        "Ông Nông Văn Toàn, Phó Viện trưởng VKSND tỉnh Cao Bằng, Trưởng đoàn phát biểu tại buổi "
        "làm việc.\n"
        "Tham gia giám sát có ông Hoàng Văn Hiếu, Phó Trưởng Ban dân chủ Ủy ban MTTQ tỉnh.\n"
    )
    assert _events(text) == {("inspection", None)}


def test_an_activity_just_held_whatever_it_is_called() -> None:
    text = (
        "Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Yên Bái vừa phối hợp với Hội Liên hiệp Phụ nữ "
        "tỉnh tổ chức tuyên truyền pháp luật cho người dân xã Nậm Búng.\n"
        "Bà Lò Thị Hoa, Phó Giám đốc Trung tâm trực tiếp tuyên truyền.\n"
    )
    assert _events(text) == {("other", None)}
    assert _by_date(text)[None] == {"Lò Thị Hoa"}


def test_decisions_announced_in_the_plural() -> None:
    text = (
        "Tổng cục Thi hành án dân sự đã công bố các quyết định bổ nhiệm lãnh đạo hai Vụ thuộc "
        "Tổng cục.\n"
    )
    assert _events(text) == {("ceremony", None)}


def test_another_activity_on_a_day_written_again() -> None:
    text = (
        "Sáng 15/1/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2023. "
        "Ông Trần Văn Hòa, Giám đốc Sở chủ trì.\n"
        "Chiều 15/1/2024, Đoàn công tác của Sở đã làm việc với UBND huyện Hải Hậu. Tiếp đoàn có "
        "ông Vũ Văn Tiến, Chủ tịch UBND huyện.\n"
    )
    assert _events(text) == {("conference", "2024-01-15"), ("meeting", "2024-01-15")}
    again = text.split("\n")[0] + "\nNgày 15/1, Hội nghị đã thông qua Chương trình công tác.\n"
    assert _events(again) == {("conference", "2024-01-15")}


def test_a_schedule_page_reports_no_event() -> None:
    text = (
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ TƯ PHÁP\n(Từ ngày 15/1/2024 đến ngày 19/1/2024)\n"
        "Thứ Hai (15/1):\n- 8h00: Giám đốc Sở Trần Văn Hòa dự Hội nghị tổng kết công tác năm 2023 "
        "của UBND tỉnh.\n- 14h00: Phó Giám đốc Lê Văn Nam làm việc với Phòng Tư pháp huyện.\n"
    )
    assert _events(text) == set()
