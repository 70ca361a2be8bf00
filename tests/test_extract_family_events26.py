"""Event families, table 26 (rules round 15): (T) a trial reported as held without a day of its
own (``… đã đưa ra xét xử sơ thẩm vụ án …``, ``vừa mở phiên tòa xét xử lưu động …``) is an
event of kind other, dated null — though a court's tally (``đã xét xử sơ thẩm 350 vụ án``) or
its field of work (``công tác xét xử``) is none; (L) the session of the Quốc hội that passed a
law the page cites (``Luật … được Quốc hội khóa XIII, kỳ họp thứ 8 thông qua``, ``… thông qua
tại kỳ họp thứ 5 ngày 18/1/2024``) is no meeting the page reports — while a session reported
as held still is; (Q) a sentence that opens with a quotation is a speech: the activities the
speaker names are not held (``“Phải kiểm tra thường xuyên …”, ông A nhấn mạnh``), unless the
speaker says they were done (``“Đơn vị đã tổ chức hội nghị tập huấn …”``). Invented bodies,
names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-06-01"

TRIALS = [
    "Theo đó, Tòa án nhân dân tỉnh Hòa Lâm đã đưa ra xét xử sơ thẩm vụ án hình sự đối với bị "
    "cáo Lạc Văn Thuyên về tội trộm cắp tài sản.",
    "Tòa án nhân dân huyện Tân Lạc vừa mở phiên tòa xét xử lưu động vụ án cố ý gây thương tích "
    "đối với bị cáo Lạc Văn Thuyên.",
    "Tòa án nhân dân tỉnh Hòa Lâm đã xét xử phúc thẩm vụ án hình sự đối với bị cáo Lạc Văn Thuyên.",
    "Tòa án nhân dân tỉnh Hòa Lâm đưa vụ án ra xét xử đối với bị cáo Lạc Văn Thuyên về tội lừa "
    "đảo chiếm đoạt tài sản.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"trial-{i}") for i, t in enumerate(TRIALS)])
def test_a_trial_reported_without_a_day_is_an_undated_event(text: str) -> None:
    assert event_facts(text, _PUB) == {("other", None)}
    assert event_participants(text, _PUB) == {(None, "Lạc Văn Thuyên")}


NOT_TRIALS = [
    "Năm 2023, Tòa án nhân dân hai cấp tỉnh Hòa Lâm đã xét xử 1.200 vụ án hình sự.",
    "Tòa án nhân dân hai cấp đã xét xử sơ thẩm 350 vụ án, xét xử phúc thẩm 45 vụ án.",
    "Tòa án nhân dân tỉnh Hòa Lâm luôn chú trọng nâng cao chất lượng công tác xét xử.",
    "Các Thẩm phán đã xét xử đúng pháp luật, không để xảy ra oan sai.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"not-trial-{i}") for i, t in enumerate(NOT_TRIALS)]
)
def test_a_courts_tally_or_field_of_work_is_no_trial(text: str) -> None:
    assert event_facts(text, _PUB) == set()


LAWS = [
    "Theo Điều 2 Luật Tổ chức Viện kiểm sát nhân dân được Quốc hội khóa XIII, kỳ họp thứ 8 "
    "thông qua, Viện kiểm sát có nhiệm vụ thực hành quyền công tố.",
    "Luật Thi hành án dân sự được Quốc hội khóa XII thông qua tại kỳ họp thứ 4.",
    "Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua tại kỳ họp bất thường lần thứ 5 ngày "
    "18/1/2024 có hiệu lực từ ngày 1/8/2024.",
    "Bộ luật Hình sự đã được Quốc hội khóa XIII thông qua tại kỳ họp thứ 10 ngày 27/11/2015.",
    "Nghị quyết số 81/2014/QH13 được Quốc hội khóa XIII, kỳ họp thứ 8 thông qua quy định việc "
    "thi hành Luật Tổ chức Tòa án nhân dân.",
    "Năm qua, Tòa án đã trình và được Quốc hội tại kỳ họp thứ 9, ngày 26/6/2015 phê chuẩn 12 "
    "Thẩm phán; thành lập Hội đồng tuyển chọn và giám sát Thẩm phán.",
    "Danh sách Thẩm phán được Quốc hội phê chuẩn tại kỳ họp thứ 7 ngày 20/6/2024.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"law-{i}") for i, t in enumerate(LAWS)])
def test_the_session_that_passed_a_law_cited_is_no_event(text: str) -> None:
    assert event_facts(text, _PUB) == set()


def test_a_session_reported_as_held_is_still_a_meeting() -> None:
    text = "Sáng 20/5/2024, Quốc hội khóa XV khai mạc kỳ họp thứ 7 tại Hà Nội."
    assert event_facts(text, _PUB) == {("meeting", "2024-05-20")}


def test_an_event_about_a_law_passed_at_a_session_is_still_reported() -> None:
    text = (
        "Ngày 12/3/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị triển khai Luật Đất đai được "
        "Quốc hội khóa XV thông qua tại kỳ họp bất thường lần thứ 5."
    )
    assert event_facts(text, _PUB) == {("conference", "2024-03-12")}


SPEECHES = [
    "“Phải kiểm tra thường xuyên, không để sai sót”, ông Khổng Minh Trác, Chi cục trưởng nhấn "
    "mạnh.",
    "“Chúng tôi không thể ra quyết định rồi đến nhà cưỡng chế được, mà phải bám cơ sở để vận "
    "động”, ông Khổng Minh Trác, Chi cục trưởng chia sẻ.",
    '"Muốn làm tốt thì phải tổ chức hội nghị tập huấn thường xuyên", ông Khổng Minh Trác nói.',
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"speech-{i}") for i, t in enumerate(SPEECHES)]
)
def test_activities_named_in_a_quoted_speech_are_not_held(text: str) -> None:
    assert event_facts(text, _PUB) == set()


def test_a_quoted_speech_that_says_it_was_done_reports_it() -> None:
    text = (
        "“Vừa qua, đơn vị đã tổ chức hội nghị tập huấn cho toàn bộ cán bộ”, ông Khổng Minh Trác, "
        "Chi cục trưởng cho biết."
    )
    assert event_facts(text, _PUB) == {("training", None)}


def test_a_cue_after_the_quotation_closes_is_reported() -> None:
    text = (
        "“Thi hành án phải đúng pháp luật”, ông Khổng Minh Trác, Chi cục trưởng nhấn mạnh tại "
        "hội nghị tổng kết công tác do Chi cục tổ chức."
    )
    assert event_facts(text, _PUB) == {("conference", None)}


#: (K) the anniversary's activities named as a topic ("tổng kết các hoạt động kỷ niệm …") are
#: no ceremony; a Lễ kỷ niệm still is
ANNIVERSARY_TOPICS = [
    (
        "Sáng 12/9/2024, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức Hội nghị tổng kết các hoạt "
        "động kỷ niệm 64 năm thành lập ngành.",
        {("conference", "2024-09-12")},
    ),
    (
        "Sáng 12/9/2024, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổng kết các hoạt động kỷ niệm 64 năm "
        "thành lập ngành.",
        {("other", "2024-09-12")},
    ),
    (
        "Sáng 12/9/2024, Sở Tư pháp tỉnh Hòa Lâm họp triển khai các hoạt động chào mừng kỷ niệm 80 "
        "năm Ngày truyền thống ngành Tư pháp.",
        {("meeting", "2024-09-12")},
    ),
    (
        "Sáng 12/9/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành "
        "Tư pháp.",
        {("ceremony", "2024-09-12")},
    ),
    (
        "Sáng 12/9/2024, Sở Tư pháp tỉnh Hòa Lâm long trọng kỷ niệm 80 năm Ngày truyền thống ngành "
        "Tư pháp.",
        {("ceremony", "2024-09-12")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"anniversary-{i}") for i, row in enumerate(ANNIVERSARY_TOPICS)],
)
def test_an_anniversarys_activities_named_as_a_topic_are_no_ceremony(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert event_facts(text) == expected
