"""Events and participants, fifth pass: activities held in a month (``diễn ra trong tháng
9/2023``, ``Trong tháng 9/2023 vừa qua, … tổ chức …``, ``trong tháng 9`` under a date line).
Invented people, places and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import participants_by_date as _by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội thi Tuyên truyền viên pháp luật giỏi khu vực miền Trung diễn ra trong tháng 8/2022 "
        "tại thành phố Quy Nhơn.",
        "Hội thi Tuyên truyền viên pháp luật giỏi khu vực miền Trung được tổ chức tại thành phố "
        "Quy Nhơn trong tháng 08/2022.",
        "Trong tháng 8/2022 vừa qua, Sở Tư pháp tỉnh Bình Định đã tổ chức Hội thi Tuyên truyền "
        "viên pháp luật giỏi.",
        "Vào cuối tháng 8 năm 2022, Sở Tư pháp tỉnh Bình Định tổ chức Hội thi Tuyên truyền viên "
        "pháp luật giỏi.",
    ],
)
def test_an_activity_held_in_a_month_is_dated_by_the_month(sentence: str) -> None:
    text = (
        f"{sentence}\nPhát biểu tại hội thi, ông Đinh Quang Vũ, Phó Giám đốc Sở Tư pháp "
        "tỉnh Bình Định, đánh giá cao các đội thi.\n"
    )
    assert ("2022-08", "Đinh Quang Vũ") in {(d, p) for d, ps in _by_date(text).items() for p in ps}
    assert {d for _, d in _events(text)} == {"2022-08"}


def test_a_bare_month_takes_the_year_of_the_date_line() -> None:
    text = (
        "Hội thi Hòa giải viên giỏi cấp tỉnh diễn ra trong tháng 11 tại huyện Tuy Phước.\n"
        "Tham dự có ông Đinh Quang Vũ, Phó Giám đốc Sở Tư pháp tỉnh Bình Định.\n"
    )
    assert _events(text, published="2021-12-03") == {("other", "2021-11")}
    # a month after the page's date is of the year before
    assert _events(text, published="2022-02-10") == {("other", "2021-11")}


def test_a_bare_month_without_a_date_line_gives_no_year() -> None:
    text = (
        "Hội thi Hòa giải viên giỏi cấp tỉnh diễn ra trong tháng 11 tại huyện Tuy Phước.\n"
        "Tham dự có ông Đinh Quang Vũ, Phó Giám đốc Sở Tư pháp tỉnh Bình Định.\n"
    )
    assert {d for _, d in _events(text)} <= {None}


@pytest.mark.parametrize(
    "sentence",
    [
        # a month's tally, not one activity
        "Trong tháng 8/2022, Sở Tư pháp tỉnh Bình Định đã tổ chức 05 hội nghị tuyên truyền "
        "pháp luật.",
        "Trong tháng 8/2022, Sở Tư pháp tỉnh Bình Định đã tổ chức nhiều buổi tuyên truyền "
        "pháp luật.",
        # planned, not held
        "Hội thi Tuyên truyền viên pháp luật giỏi sẽ diễn ra trong tháng 8/2022.",
    ],
)
def test_a_month_tally_or_plan_is_no_month_event(sentence: str) -> None:
    assert all(d != "2022-08" for _, d in _events(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum phối hợp với Đoàn Luật sư tỉnh vừa "
        "tuyên truyền và trợ giúp pháp lý miễn phí cho 150 người dân xã Đăk Pxi.",
        "Phòng Tư pháp huyện Sa Thầy vừa tuyên truyền, phổ biến pháp luật cho đồng bào ở làng "
        "Kà Bầy.",
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum vừa trợ giúp pháp lý lưu động tại xã "
        "Đăk Pxi.",
    ],
)
def test_outreach_just_done_is_an_event(sentence: str) -> None:
    text = f"{sentence}\nCác luật sư đã giải đáp vướng mắc cho bà con.\n"
    assert _events(text) == {("other", None)}


def test_both_and_is_no_outreach() -> None:
    text = "Ông Y Bri vừa tuyên truyền viên, vừa là hòa giải viên ở buôn.\nBà con tin yêu ông.\n"
    assert _events(text) == set()


@pytest.mark.parametrize(
    "clause",
    [
        "sau buổi tọa đàm, cán bộ hai cơ quan đã tổ chức thi đấu giao hữu bóng đá",
        "sau buổi làm việc, hai đơn vị cũng tổ chức gặp mặt thân mật",
        "bên lề hội thảo, Ban tổ chức đã tổ chức trao quà cho hộ nghèo",
    ],
)
def test_a_clause_after_a_semicolon_reports_another_activity(clause: str) -> None:
    text = (
        "Qua buổi tọa đàm, cán bộ Cục THADS tỉnh Gia Lai và Cục THADS tỉnh Kon Tum đã trao đổi "
        f"kinh nghiệm trong công tác thi hành án; {clause}.\n"
    )
    kinds = sorted(k for k, _ in _events(text))
    assert len(kinds) == 2 and kinds != ["conference", "conference"]


def test_a_semicolon_clause_of_the_same_activity_adds_nothing() -> None:
    text = (
        "Qua buổi tọa đàm, cán bộ Cục THADS tỉnh Gia Lai đã trao đổi kinh nghiệm; sau buổi tọa "
        "đàm, các đại biểu đã tổ chức tọa đàm tiếp về công tác cán bộ.\n"
    )
    assert _events(text) == {("conference", None)}


def test_a_buoi_gap_mat_is_a_meeting() -> None:
    text = (
        "Tại buổi gặp mặt, ông Lò Văn Pấng, nguyên Viện trưởng VKSND tỉnh Điện Biên, đã chia sẻ "
        "kỷ niệm về những năm công tác.\n"
    )
    assert _events(text) == {("meeting", None)}
    # a "Lễ" still decides
    assert _events("Tại buổi gặp mặt và Lễ kỷ niệm, ông Lò Văn Pấng đã phát biểu.\n") == {
        ("ceremony", None)
    }


def test_an_anniversary_held_takes_the_head_named_later() -> None:
    text = (
        "Ngày 26/8/2022, Phòng Tư pháp huyện Thanh Bình tổ chức hoạt động kỷ niệm 77 năm Ngày "
        "truyền thống ngành Tư pháp. Hội nghị do ông Huỳnh Văn Bé, Trưởng phòng Tư pháp, chủ "
        "trì.\n"
    )
    assert _events(text) == {("conference", "2022-08-26")}
    lễ = text.replace("hoạt động kỷ niệm", "Lễ kỷ niệm")
    assert _events(lễ) == {("ceremony", "2022-08-26")}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Quyết định điều động trên do Chánh án TAND TP.HCM Lâm Văn Tư ký.", "Lâm Văn Tư"),
        (
            "Nội dung cuộc thi tìm hiểu về cuộc đời của đồng chí Lê Văn Ba, Viện trưởng đầu tiên.",
            "Lê Văn Ba",
        ),
        ("Hội thi gồm phần tìm hiểu về đồng chí Lê Văn Ba, Viện trưởng đầu tiên.", "Lê Văn Ba"),
    ],
)
def test_a_signer_or_a_subject_is_no_participant(sentence: str, absent: str) -> None:
    text = (
        "Ngày 12/3/2021, Viện KSND tỉnh Cà Mau tổ chức Lễ công bố quyết định. Tham dự có ông "
        f"Đỗ Văn Nam, Viện trưởng. {sentence}\n"
    )
    people = _by_date(text)["2021-03-12"]
    assert "Đỗ Văn Nam" in people and absent not in people


_TALK = (
    "Phát biểu tại hội nghị, ông Bùi Văn Cửu, Phó Giám đốc Sở Tư pháp tỉnh Hòa Bình, đề nghị "
    "các hòa giải viên phát huy vai trò.\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Sau hội nghị, Đoàn công tác đã đến thăm và tặng quà gia đình chính sách ở xã Ân Nghĩa.",
        "Kết thúc hội nghị, các đại biểu đã dâng hương tại Khu di tích lịch sử của tỉnh.",
        "Bên lề hội nghị, Ban tổ chức trao quà cho 20 hộ nghèo ở xã Mường Chiềng.",
    ],
)
def test_after_the_event_another_activity_without_to_chuc(after: str) -> None:
    assert len(_events(_TALK + after + "\n")) == 2


def test_on_this_occasion_a_visit_is_the_visit_reported() -> None:
    text = (
        "Ngày 14/7/2021, Đoàn công tác của Sở Tư pháp tỉnh Hòa Bình thăm và làm việc tại Phòng "
        "Tư pháp huyện Lạc Sơn. Dịp này, đoàn đã đến thăm, tặng quà gia đình cán bộ có hoàn cảnh "
        "khó khăn.\n"
    )
    assert _events(text) == {("meeting", "2021-07-14")}
