"""Events and participants, round 6: error classes of unseen pages (invented people and
sentences only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

from justicekg.text.dates import year_from_sentence

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Chiều ngày 14/9/2022, tại Hội trường Sở Tư pháp, Chi bộ Phòng Công chứng số 2 tổ chức "
    "Đại hội Chi bộ nhiệm kỳ 2022 – 2025. Tham dự có đồng chí Trịnh Văn Thạch - Giám đốc Sở "
    "Tư pháp.\n"
)


@pytest.mark.parametrize(
    "clock",
    [
        pytest.param("Thứ 3 Ngày 02/3/2021, 08:15:40 AM\n\n", id="weekday-clock-before"),
        pytest.param("Chuyên mục tin tức 05/02/2029\n\n", id="stamp-years-after"),
    ],
)
def test_a_site_clock_contradicted_by_the_lead_is_not_the_page_date(clock: str) -> None:
    assert _events(clock + _LEAD) == {("other", "2022-09-14")}
    assert _participants(clock + _LEAD) == {("2022-09-14", "Trịnh Văn Thạch")}


def test_a_date_line_the_lead_agrees_with_still_dates_the_page() -> None:
    text = "Thứ 5, 15/9/2022\n\n" + _LEAD.replace("Chiều ngày 14/9/2022", "Chiều ngày 14/9")
    assert _events(text) == {("other", "2022-09-14")}


def test_a_yearless_day_carrying_out_a_dated_plan_takes_the_plan_s_year() -> None:
    text = (
        "Trong hai ngày, 20-21/11, thực hiện Kế hoạch số 88/KH-STP ngày 04/11/2024 của Sở Tư "
        "pháp, Phòng Hành chính tư pháp tổ chức hội nghị tập huấn nghiệp vụ hộ tịch. Dự hội "
        "nghị có bà Lương Thị Diệp - Phó Giám đốc Sở Tư pháp.\n"
    )
    assert _events(text) == {("training", "2024-11-20")}
    assert _participants(text) == {("2024-11-20", "Lương Thị Diệp")}


@pytest.mark.parametrize(
    ("sentence", "month", "day", "expected"),
    [
        pytest.param(
            "Ngày 5/1, thực hiện Kế hoạch số 3 ngày 20/12/2024 của Sở, …", 1, 5, 2025, id="next"
        ),
        pytest.param("Ngày 18/7, theo Công văn số 9/STP ngày 09/7/2025, …", 7, 18, 2025, id="same"),
        pytest.param(
            "Ngày 5/1, thực hiện Kế hoạch số 3 ngày 20/3/2024 của Sở, …", 1, 5, None, id="far"
        ),
        pytest.param("Ngày 5/1, Sở tổ chức hội nghị tại hội trường", 1, 5, None, id="no-document"),
    ],
)
def test_year_after_the_cited_document(
    sentence: str, month: int, day: int, expected: int | None
) -> None:
    assert year_from_sentence(sentence, month, day) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ngày 12/6/2024, Chi cục phối hợp với Ủy ban kiểm tra Huyện ủy trao quà cho thôn 3.",
            "other",
            id="committee-name",
        ),
        pytest.param(
            "Ngày 12/6/2024, Phó Chánh án chủ trì phiên họp Hội đồng tuyển chọn, giám sát "
            "Thẩm phán.",
            "meeting",
            id="council-name",
        ),
        pytest.param(
            "Ngày 12/6/2024, Đoàn kiểm tra của Cục đã kiểm tra tại Chi cục huyện.",
            "inspection",
            id="team-checks",
        ),
    ],
)
def test_a_check_named_in_a_body_s_name_is_not_the_activity(sentence: str, expected: str) -> None:
    assert _events(sentence) == {(expected, "2024-06-12")}


_ENFORCEMENT = (
    "Sáng ngày 15/3/2023, Chi cục Thi hành án dân sự huyện Yên Lạc tổ chức cưỡng chế giao "
    "tài sản trong vụ tranh chấp giữa ông Đàm Văn Quế và ông Khổng Văn Lựu. Buổi cưỡng chế có "
    "đại diện người phải thi hành án là bà Khổng Thị Mơ và đại diện người được thi hành án là "
    "ông Đàm Văn Quế.\n"
    "Trước đó, năm 2010, ông Khổng Văn Lựu mua thửa đất này. Sau đó, ông Lựu được cấp giấy "
    "chứng nhận quyền sử dụng đất.\n"
)


def test_enforcement_participants_are_the_parties_agents_not_the_case() -> None:
    assert _participants(_ENFORCEMENT) == {
        ("2023-03-15", "Khổng Thị Mơ"),
        ("2023-03-15", "Đàm Văn Quế"),
    }


def test_a_case_named_after_a_person_does_not_place_them() -> None:
    text = (
        "Ngày 15/3/2023, Chi cục Thi hành án dân sự huyện Yên Lạc cưỡng chế thành công trong vụ "
        "Khổng Văn Lựu.\n"
    )
    assert _participants(text) == set()


def test_an_election_reported_on_a_day_is_an_event() -> None:
    text = (
        "TTV - Sáng 12/6, bà Lò Thị Hoa đã chính thức được Hội đồng nhân dân tỉnh bầu giữ chức "
        "Phó Chủ tịch Ủy ban nhân dân tỉnh.\n"
    )
    assert _events(text) == {("other", None)}
    assert _participants(text) == {(None, "Lò Thị Hoa")}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Tòa nhà mới của Trường cao 9 tầng, gồm 20 phòng học, phòng làm việc, hội trường lớn.",
            id="a-room",
        ),
        pytest.param(
            "Công tác tiếp công dân thực hiện đúng quy định; công tác kiểm tra và tự kiểm tra đi "
            "vào thực chất, hiệu quả.",
            id="fields-of-work",
        ),
    ],
)
def test_sentences_that_report_no_activity(sentence: str) -> None:
    text = "Lễ khánh thành trụ sở mới của Trường đã diễn ra trang trọng. " + sentence
    assert _events(text) == {("ceremony", None)}


def test_an_undated_conference_the_page_calls_a_training_class_is_a_training() -> None:
    text = (
        "Tại Hội nghị, các hòa giải viên được nghe ông Bế Văn Sình - Trưởng phòng Tư pháp huyện "
        "quán triệt các điểm mới của Luật Hòa giải ở cơ sở.\n"
        "Qua lớp tập huấn, các hòa giải viên nắm vững hơn kỹ năng hòa giải.\n"
    )
    assert _events(text) == {("training", None)}


def test_the_author_of_a_speech_studied_is_not_a_participant() -> None:
    text = (
        "Ngày 10/1/2024, Tòa án nhân dân tỉnh tổ chức hội nghị triển khai công tác năm 2024. "
        "Hội nghị đã quán triệt nội dung bài phát biểu quan trọng của đồng chí Thủ tướng Chính "
        "phủ Đoàn Minh Khuê tại Hội nghị toàn quốc. Chủ trì hội nghị có ông Vi Văn Lành - Chánh "
        "án Tòa án nhân dân tỉnh.\n"
    )
    assert _participants(text) == {("2024-01-10", "Vi Văn Lành")}
