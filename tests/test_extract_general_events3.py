"""Events and participants: rules from a third pass over real pages nobody tuned on (invented
people, places and sentences only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

from justicekg.extract.participants import is_absent
from justicekg.extract.pipeline import extract
from justicekg.text.dates import resolve_year_near, year_from_sentence

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "về"/"đến" are no visit unless a visit follows: a letter asking for a report on a
        # topic reports no event
        (
            "Ngày 6-9, Tổng cục Thi hành án dân sự vừa có công văn yêu cầu các Cục báo cáo về "
            "kết quả công tác năm 2011 để trình Chính phủ.",
            set(),
        ),
        (
            "Sáng 6-9, đoàn công tác của Bộ Tư pháp về làm việc với Sở Tư pháp tỉnh Yên Bái.",
            {("meeting", "2023-09-06")},
        ),
        # a deadline ("trước 30/6") and an entry into force are no events
        (
            "Trung ương yêu cầu hoàn thành việc sắp xếp trước ngày 30/6 và có hiệu lực từ ngày "
            "1/7.",
            set(),
        ),
        # a day of the history a page recalls, decades before its date, is not reported
        (
            "Ngày 12/9/1955, Hội đồng Chính phủ ra quyết định thành lập cơ quan, đánh dấu sự ra "
            "đời của ngành.",
            set(),
        ),
    ],
)
def test_no_event_from_topics_deadlines_and_history(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text, published="2024-07-19") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mourning, incense and a funeral rite are ceremonies, held without a date
        (
            "Bộ trưởng Trần Văn Khởi dẫn đầu đoàn đại biểu vào viếng các liệt sĩ và dâng hương "
            "tưởng nhớ.",
            {("other", None)},  # an offering without a "Lễ" head noun is "other"
        ),
        (
            "Lễ truy điệu nguyên Bộ trưởng Đinh Văn Sáu được cử hành trọng thể tại Nhà tang lễ.",
            {("ceremony", None)},
        ),
        # "trước giờ khai mạc Hội nghị" only times the incense offering reported
        (
            "Sáng 12-8, trước giờ khai mạc Hội nghị tổng kết ngành, đoàn đại biểu do ông Lò Văn "
            "Hải dẫn đầu đã dâng hương tại Khu di tích.",
            {("other", None)},
        ),
        # a caption "Toàn cảnh buổi Lễ." is the only sign of the ceremony held
        (
            "Toàn cảnh buổi Lễ.\nBộ trưởng đã ký ban hành quyết định thành lập Cục.",
            {("ceremony", None)},
        ),
    ],
)
def test_undated_ceremonies(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body's duties, a recurring practice, a goal and a general practice of many units
        "Ban Chỉ đạo có chức năng tham mưu cho Ủy ban nhân dân, cưỡng chế các vụ việc lớn.",
        "Hội nghị sơ kết công tác tư pháp được tổ chức thường niên để đánh giá kết quả.",
        "Kế hoạch nhằm tăng cường giao lưu, đoàn kết, phối hợp trong công tác.",
        "Một số đơn vị đã tổ chức tốt việc thăm hỏi các gia đình chính sách.",
    ],
)
def test_no_undated_event_from_duties_practices_and_goals(text: str) -> None:
    assert _events(text) == set()


def test_one_undated_activity_named_twice_is_one_event() -> None:
    # "Hội nghị …" then "Tại cuộc họp, …"; "Lễ ký kết …" then "… chủ trì buổi Lễ"
    text = (
        "Tòa án nhân dân tỉnh tổ chức Hội nghị giao ban công tác quý IV.\n"
        "Tại cuộc họp, các đại biểu đã góp ý kiến vào dự thảo báo cáo."
    )
    assert _events(text) == {("conference", None)}
    text = (
        "Lễ ký kết chương trình phối hợp trợ giúp pháp lý\n"
        "Ông Lê Văn Bảy, Giám đốc Sở Tư pháp chủ trì buổi Lễ."
    )
    assert _events(text) == {("signing", None)}


def test_a_month_of_a_held_activity_dates_it() -> None:
    text = (
        "Tại Hội nghị triển khai công tác năm 2005 được tổ chức tại TP. Huế vào cuối tháng "
        "12/2004, ông Trịnh Văn Tư đã tới dự và phát biểu."
    )
    assert _events(text) == {("conference", "2004-12")}
    assert _participants(text) == {("2004-12", "Trịnh Văn Tư")}


@pytest.mark.parametrize(
    ("sentence", "month", "expected"),
    [
        ("Ngày 3.4, Đoàn làm việc về Chiến lược phát triển đến năm 2030", 4, None),
        ("Ngày 3.4, hội nghị triển khai Đề án, tầm nhìn đến năm 2045", 4, None),
        ("Sáng 9/5, hội nghị tập huấn Bộ luật Tố tụng dân sự năm 2015", 5, None),
        ("Sáng 9/5, hội nghị sơ kết công tác quý I năm 2023", 5, 2023),
    ],
)
def test_horizons_and_law_years_date_no_day(
    sentence: str, month: int, expected: int | None
) -> None:
    assert year_from_sentence(sentence, month) == expected


def test_a_day_long_before_the_latest_full_date_has_no_certain_year() -> None:
    assert resolve_year_near(6, 12, "2024-04-19") is None
    assert resolve_year_near(7, 16, "2016-07-19") == 2016
    text = (
        "Sáng 12/6, Sở Tư pháp tỉnh Cao Bằng hội đàm với đoàn đại biểu tỉnh bạn. Hai bên "
        "thúc đẩy thực hiện Thỏa thuận đã được ký kết tại hội đàm ngày 19/4/2024."
    )
    assert ("meeting", None) in _events(text)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Quyết định buộc ông Lê Văn Tám và bà Đỗ Thị Năm trả tiền cho hộ bà Phan Thị Chín.",
            "Đỗ Thị Năm",
            True,
        ),
        (
            "Trong vụ bà Lâm Thị Mười có trách nhiệm hoàn trả cho ông Kha Văn Một 50 triệu đồng.",
            "Kha Văn Một",
            True,
        ),
        (
            "Qua xác minh điều kiện thi hành án của bà Lâm Thị Mười, Chấp hành viên đã báo cáo.",
            "Lâm Thị Mười",
            True,
        ),
        (
            "Chấp hành viên Lê Văn Tám chủ trì buổi cưỡng chế, bà Phan Thị Chín dự.",
            "Phan Thị Chín",
            False,
        ),
        ("Ông Hồ Văn Hai trao quyết định cho ông Vũ Văn Ba.", "Vũ Văn Ba", False),
    ],
)
def test_parties_of_a_case_are_not_present(text: str, name: str, absent: bool) -> None:
    assert is_absent(text, text.index(name), (0, len(text))) is absent


def test_case_parties_are_no_participants_but_officials_are() -> None:
    text = (
        "Ngày 14/3/2022, Chi cục Thi hành án dân sự huyện Yên Thế tổ chức cưỡng chế. Ông Ngô "
        "Văn Hùng, Chi cục trưởng chủ trì. Quyết định buộc ông Lý Văn Sáu trả cho bà Mạc Thị "
        "Bảy số tiền còn lại."
    )
    assert _participants(text) == {("2022-03-14", "Ngô Văn Hùng")}


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("PHAN VĂN LONG\n\n", ""),  # an upper-case byline under the headline
        ("", "\nTin bài: Phan Văn Long, Chi cục THADS huyện Văn Lãng"),  # a labelled one
    ],
)
def test_bylines_are_no_participants(head: str, tail: str) -> None:
    text = (
        "Phiên tòa giả định ở phường Hòa Bình và lời nhắn nhủ với thanh thiếu niên\n\n"
        f"{head}Chiều 8-11, Ủy ban nhân dân phường Hòa Bình tổ chức phiên "
        "tòa giả định năm 2024 trên địa bàn phường.\n\n"
        f"Ông Đặng Văn Mạnh, Chủ tịch Ủy ban nhân dân phường phát biểu.{tail}"
    )
    r = extract(text, article_id="t")
    assert {p for e in r.events for p in e.participants} == {"Đặng Văn Mạnh"}
    assert r.article.author == "Phan Văn Long"


@pytest.mark.parametrize(
    "text",
    [
        # a congress of emulation is no contest ("hội thi"): the working session is a meeting
        "Chiều 4/10, Thứ trưởng Lò Văn Pả chủ trì buổi làm việc với Ban Tổ chức Đại hội Thi "
        "đua yêu nước ngành lần thứ IV.",
    ],
)
def test_a_congress_of_emulation_is_no_contest(text: str) -> None:
    assert _events(text) == {("meeting", None)}


def test_a_later_head_noun_names_the_activity_reported_first() -> None:
    text = (
        "Hội Luật gia tỉnh Bắc Kạn vừa tổ chức tổng kết công tác Hội năm 2021.\n"
        "Ông Hà Văn Tín, Phó Chủ tịch Ủy ban nhân dân tỉnh đã tham gia hội nghị.\n"
        "Hội đã giám sát giải quyết 210 đơn thư, hòa giải 98 vụ việc tranh chấp."
    )
    assert _events(text) == {("conference", None)}
    assert _participants(text) == {(None, "Hà Văn Tín")}


@pytest.mark.parametrize(
    "text",
    [
        "Được phát động vào ngày 9/4/2024, phong trào thi đua chào mừng kỷ niệm 50 năm ngày "
        "giải phóng tỉnh đã thật sự đi vào cuộc sống.",
        "Thông tư này có hiệu lực từ ngày 1-10-2025, áp dụng đối với các cá nhân được xét "
        "tặng, trao tặng Kỷ niệm chương.",
    ],
)
def test_launch_days_and_entry_into_force_are_no_events(text: str) -> None:
    assert _events(text, published="2025-10-20") == set()


@pytest.mark.parametrize(
    "text",
    [
        # a plan's name and a directive report no check held
        "Việc xây dựng Kế hoạch kiểm tra phải bám sát Quy chế kiểm tra của ngành.",
        "Tập trung kiểm tra sâu vào những lĩnh vực dễ sai phạm như bán đấu giá tài sản.",
    ],
)
def test_plans_and_directives_report_no_event(text: str) -> None:
    assert _events(text) == set()


def test_who_sends_a_letter_is_not_present() -> None:
    text = (
        "Chiều 12/3/2024, Sở Tư pháp tỉnh Hà Giang tổ chức Lễ công bố cuộc thi viết. Bộ "
        "trưởng Bộ Tư pháp Lương Văn Bảy đã có Thư chúc mừng cuộc thi. Ông Hầu Văn Tám, "
        "Giám đốc Sở Tư pháp phát biểu khai mạc."
    )
    assert _participants(text) == {("2024-03-12", "Hầu Văn Tám")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short range in parentheses right after the activity dates it
        (
            "Ngày làm việc thứ hai Hội nghị triển khai công tác tư pháp năm 2009 (08 - "
            "09/01/2009)\nHội nghị đã nghe các tham luận của đại biểu.",
            {("conference", "2009-01-08")},
        ),
        # a campaign's full days in the sentence give a day and month its year
        (
            "Hưởng ứng Tháng hành động từ 01/10 đến 31/10/2022, ngày 14/10, Sở Tư pháp tổ "
            "chức hội nghị tuyên truyền tại xã Tân Lập.",
            {("conference", "2022-10-14")},
        ),
    ],
)
def test_days_a_sentence_gives_its_activity(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day starts a report's day even right after a law's name
        (
            "Nhằm chuẩn bị sửa đổi Luật Công chứng năm 2014, sáng ngày 12/6/2023, Cục Bổ trợ "
            "tư pháp tổ chức Hội thảo tại thành phố Cần Thơ.",
            {("conference", "2023-06-12")},
        ),
        # a letter sent and a plan issued on a day are no events
        ("Ngày 3/5/2009, Bộ Tư pháp đã có Công văn số 12/BTP hướng dẫn các Sở.", set()),
        (
            "Ngày 2/8/2021, Ủy ban nhân dân huyện Mèo Vạc đã ban hành kế hoạch tổ chức Hội thi "
            "hòa giải viên giỏi.",
            set(),
        ),
        # days only announced ("sẽ thi vào … ngày 14/8") are no events
        (
            "Sáng 13/8/2022, Ủy ban nhân dân huyện Yên Thành khai mạc Hội thi. Các đơn vị còn "
            "lại sẽ thi vào chiều 13 và ngày 14/8.",
            {("other", "2022-08-13")},
        ),
    ],
)
def test_days_of_reports_documents_and_announcements(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


def test_an_activity_as_the_subject_and_what_is_said_at_it() -> None:
    # "Hội thảo đánh giá cao …" reports the activity; a promise made at it is no plan of it
    assert _events("Hội thảo đánh giá cao việc phân tách các quy định của dự thảo.") == {
        ("conference", None)
    }
    text = (
        "Kết luận Hội thảo, ông Đinh Văn Mười hứa sẽ tổng hợp ý kiến trình Quốc hội.\n"
        "Lò Văn Tư - Sở Tư pháp tỉnh Lai Châu"
    )
    assert _participants(text) == {(None, "Đinh Văn Mười")}
    # "Tập huấn …" then "Tham dự hội nghị có …": one training
    text = (
        "Tập huấn nghiệp vụ trợ giúp pháp lý cho người thực hiện trợ giúp pháp lý\n"
        "Tham dự hội nghị có 120 đại biểu của các cơ quan tiến hành tố tụng."
    )
    assert _events(text) == {("training", None)}


def test_a_surname_before_a_province_name_is_a_person() -> None:
    # "Long An" is a province, "Nguyễn Long An" a name; "Đoàn Hà Giang" a delegation
    text = "Chánh án Tòa án nhân dân tối cao Nguyễn Long An chủ trì hội nghị tập huấn."
    r = extract(text, article_id="t")
    assert [p.name for p in r.persons] == ["Nguyễn Long An"]
    assert _participants(text) == {(None, "Nguyễn Long An")}
    r = extract("Đoàn Hà Giang do ông Lò Văn Tư dẫn đầu.", article_id="t")
    assert [p.name for p in r.persons] == ["Lò Văn Tư"]


def test_the_dead_and_parties_at_a_line_start_are_not_present() -> None:
    text = (
        "Nguyên Bộ trưởng Đinh Văn Chín an nghỉ tại quê nhà\n"
        "Lễ truy điệu được cử hành trọng thể, ông Mai Văn Sáu, Thứ trưởng dự."
    )
    assert _participants(text) == {(None, "Mai Văn Sáu")}
    text = (
        "Ngày 4/4/2019, Chi cục tổ chức cưỡng chế, ông Lò Văn Ba, Chi cục trưởng chủ trì.\n"
        "2. Buộc ông Hà Văn Bốn tháo dỡ tường rào."
    )
    assert _participants(text) == {("2019-04-04", "Lò Văn Ba")}


@pytest.mark.parametrize(
    "text",
    [
        "Nội dung kiểm tra gồm việc cấp bản sao giấy tờ hộ tịch, kiểm tra việc ghi chép sổ.",
        "Ngành tòa án cần tích cực triển khai chiến lược theo đúng lộ trình, chú trọng tổng kết "
        "và hướng dẫn áp dụng thống nhất pháp luật.",
    ],
)
def test_contents_and_what_should_be_done_report_no_event(text: str) -> None:
    assert _events(text) == set()


def test_a_speech_is_dated_by_its_heading_line() -> None:
    text = (
        "Bài phát biểu khai mạc Hội nghị của Chánh án\n\n(28/12/2019 10:05)\n\n"
        "PHÁT BIỂU KHAI MẠC\n\n(Hà Nội, ngày 26/12/2019)\n\n"
        "Kính thưa Đồng chí Hà Văn Mười, Phó Thủ tướng Chính phủ;\n\n"
        "Hôm nay, Tòa án nhân dân tối cao long trọng tổ chức Hội nghị triển khai công tác năm "
        "2020."
    )
    assert ("conference", "2019-12-26") in _events(text)


def test_another_activity_on_the_same_occasion() -> None:
    text = (
        "Sáng 20/7/2021, Viện kiểm sát nhân dân tỉnh Kon Tum tổ chức Lễ kỷ niệm 60 năm Ngày "
        "thành lập ngành.\nNhân dịp này, Viện kiểm sát nhân dân tỉnh tổ chức Hội thao chào mừng "
        "kỷ niệm 60 năm Ngày thành lập ngành."
    )
    assert _events(text) == {("ceremony", "2021-07-20"), ("other", "2021-07-20")}


def test_a_day_followed_by_its_issuer_dates_a_document() -> None:
    text = (
        "Thực hiện Kế hoạch số 12/KH-UBND ngày\n15/9/2020 của Ủy ban nhân dân huyện Đăk Hà về "
        "tổ chức Hội nghị điển hình tiên tiến."
    )
    assert ("conference", "2020-09-15") not in _events(text)


@pytest.mark.parametrize("verb", ["tiếp kiến", "hội kiến"])
def test_audiences_are_meetings(verb: str) -> None:
    text = f"Chiều 4/9/2012, đoàn cán bộ Bộ Tư pháp tỉnh bạn đã {verb} Phó Chủ tịch Quốc hội."
    assert _events(text) == {("meeting", "2012-09-04")}


def test_an_activity_named_later_with_a_capital_head() -> None:
    text = (
        "Ngày 12 tháng 6 năm 2013, Phòng Tư pháp huyện Gò Dầu tổ chức trợ giúp pháp lý lưu "
        "động tại xã Thạnh Đức. Tại Hội nghị, bà Lê Thị Mười đã trình bày các quy định."
    )
    assert _events(text) == {("conference", "2013-06-12")}
