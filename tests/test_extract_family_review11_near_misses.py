"""Near misses of this session's rules (review 11): sentences of the sector on which a new rule
fired and should not have.

- Participants (``participant_remote``): a meeting's report that says what was done as planned
  (``Theo chương trình, hội nghị đã nghe A báo cáo``), who led the activity there (``diễn ra
  dưới sự điều hành của A``), the appointee of a decision read there (``Quyết định của Tỉnh ủy
  chỉ định đồng chí A``), an official reporting others' complaints (``A, Chánh Thanh tra báo
  cáo các vụ việc công dân gửi đơn khiếu nại``) and a guest listed before someone who signed
  (``có đồng chí A, …, đồng chí B đã ký Quyết định số …``) still place the person there.
- Positions: the line under a byline that is a sentence of its own (``Giám đốc Sở Tư pháp chủ
  trì hội nghị.``) is no post of the author; a bare ``Chi cục trưởng`` on a page that names
  another kind of ``Chi cục`` (``Chi cục Thuế``) is not the district's enforcement office's; a
  ``Chủ nhiệm`` followed by another body it heads (``Chủ nhiệm Hợp tác xã …``) is not the bar's.

Invented names, bodies and sentences only.
"""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants, person_positions

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_DAY = "2024-05-15"
_LEAD = "Sáng 15/5/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị sơ kết công tác 6 tháng. "


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Theo chương trình, hội nghị đã nghe đồng chí Kha Văn Lịch, Phó Giám đốc Sở báo cáo "
            "tóm tắt kết quả công tác.",
            "Kha Văn Lịch",
            id="as-planned-done",
        ),
        pytest.param(
            "Theo kế hoạch, đồng chí Kha Văn Lịch, Giám đốc Sở đã chủ trì và kết luận hội nghị.",
            "Kha Văn Lịch",
            id="as-planned-chaired",
        ),
        pytest.param(
            "Hội nghị diễn ra dưới sự điều hành của đồng chí Kha Văn Lịch, Phó Giám đốc Sở.",
            "Kha Văn Lịch",
            id="led-there-dieu-hanh",
        ),
        pytest.param(
            "Phần thảo luận diễn ra dưới sự hướng dẫn của bà Ung Thị Mận, Trưởng phòng Hành "
            "chính tư pháp.",
            "Ung Thị Mận",
            id="led-there-huong-dan",
        ),
        pytest.param(
            "Tại hội nghị, đồng chí Kha Văn Lịch, Chánh Thanh tra Sở báo cáo kết quả giải quyết "
            "các vụ việc công dân gửi đơn khiếu nại.",
            "Kha Văn Lịch",
            id="reports-others-complaints",
        ),
        pytest.param(
            "Đồng chí Kha Văn Lịch, Chánh Thanh tra Sở cho biết, từ đầu năm có 12 lượt người dân "
            "gửi đơn khiếu nại.",
            "Kha Văn Lịch",
            id="tells-of-complaints",
        ),
        pytest.param(
            "Dự hội nghị có đồng chí Kha Văn Lịch, Phó Chủ tịch UBND tỉnh, đồng chí Ung Thị Mận, "
            "Giám đốc Sở đã ký Quyết định số 15/QĐ-STP trước đó.",
            "Kha Văn Lịch",
            id="guest-before-a-signer",
        ),
    ],
)
def test_a_person_placed_there_stays_a_participant(sentence: str, name: str) -> None:
    assert (_DAY, name) in event_participants(_LEAD + sentence, "2024-05-20")


def test_the_appointee_of_a_decision_read_at_the_ceremony_takes_part() -> None:
    text = (
        "Ngày 15/5/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ công bố Quyết định của Tỉnh ủy chỉ "
        "định đồng chí Kha Văn Lịch giữ chức Bí thư Đảng ủy Sở."
    )
    assert (_DAY, "Kha Văn Lịch") in event_participants(text, "2024-05-20")


def test_a_planned_meeting_still_names_no_participant() -> None:
    # the plan's future keeps the narrowing honest: "Theo chương trình, Đoàn sẽ …"
    text = _LEAD + "Theo chương trình, Đoàn sẽ làm việc với ông Kha Văn Lịch vào tuần tới."
    assert (_DAY, "Kha Văn Lịch") not in event_participants(text, "2024-05-20")


def test_a_sentence_under_a_byline_is_no_post_of_the_author() -> None:
    text = (
        "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tập huấn nghiệp vụ hộ tịch năm 2021.\n\n"
        "Kha Văn Lịch\nGiám đốc Sở Tư pháp chủ trì hội nghị và giao nhiệm vụ cho các phòng.\n"
    )
    assert person_positions(text, "Kha Văn Lịch") == []


def test_a_post_line_under_a_byline_is_still_the_authors() -> None:
    text = (
        "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tập huấn nghiệp vụ hộ tịch năm 2021.\n\n"
        "Kha Văn Lịch\nPhó Giám đốc Sở Tư pháp tỉnh Nam Định.\n"
    )
    assert person_positions(text, "Kha Văn Lịch") == [("Phó Giám đốc", "Sở Tư pháp tỉnh Nam Định")]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("Chi cục Thuế", id="thue"),
        pytest.param("Chi cục Kiểm lâm", id="kiem-lam"),
    ],
)
def test_a_bare_chi_cuc_head_beside_another_chi_cuc_is_not_enforcements(other: str) -> None:
    text = (
        "Ngày 15/5/2018, Ban Chỉ đạo thi hành án dân sự huyện Sóc Sơn họp phiên thường kỳ. "
        f"Ông Kha Văn Lịch - Phó Chi cục trưởng {other} báo cáo tình hình. "
        "Ông Ung Văn Tạo - Chi cục trưởng phát biểu."
    )
    enforcement = "Chi cục Thi hành án dân sự huyện Sóc Sơn"
    for name in ("Kha Văn Lịch", "Ung Văn Tạo"):
        assert all(org != enforcement for _, org in person_positions(text, name))


def test_a_bare_chi_cuc_head_on_an_enforcement_page_is_still_the_districts() -> None:
    text = (
        "Ngày 15/5/2018, Ban Chỉ đạo thi hành án dân sự huyện Sóc Sơn họp phiên thường kỳ. "
        "Ông Ung Văn Tạo - Chi cục trưởng phát biểu."
    )
    assert person_positions(text, "Ung Văn Tạo") == [
        ("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Sóc Sơn")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Hợp tác xã nông nghiệp Tân Lập", id="hop-tac-xa"),
        pytest.param("Đề án tuyên truyền pháp luật", id="de-an"),
    ],
)
def test_a_chu_nhiem_of_another_body_is_not_the_bars(body: str) -> None:
    text = (
        "Ngày 15/5/2021, Đoàn Luật sư tỉnh Hưng Yên tổ chức Đại hội. Luật sư Kha Văn Lịch được "
        f"bầu làm Chủ nhiệm. Ông Ung Văn Tạo, Chủ nhiệm {body} cũng dự."
    )
    assert person_positions(text, "Kha Văn Lịch") == [("Chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên")]
    assert all(
        org != "Đoàn Luật sư tỉnh Hưng Yên" for _, org in person_positions(text, "Ung Văn Tạo")
    )


@pytest.mark.parametrize(
    "since",
    [
        pytest.param(
            "Từ 1/12/2024 đến nay, Sở đã giải quyết 120 hồ sơ, thời gian tới Sở sẽ tiếp tục cải "
            "cách.",
            id="period-to-now",
        ),
        pytest.param(
            "Từ ngày 1/12/2024, Sở đã triển khai phần mềm mới và sẽ mở rộng trong năm tới.",
            id="done-since",
        ),
    ],
)
def test_what_was_done_since_a_day_dates_no_yearless_report(since: str) -> None:
    # "Từ <day>, … sẽ" bounds the page before that day only for a change still to come; a
    # period since that day, or what was done since, puts the page after it
    text = "Sáng 20/11, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết. " + since
    assert event_facts(text) == {("conference", None)}


def test_a_change_still_to_come_still_dates_a_yearless_report() -> None:
    text = (
        "Sáng 20/11, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết. Từ 1/12/2024, Sở sẽ "
        "triển khai phần mềm mới."
    )
    assert event_facts(text) == {("conference", "2024-11-20")}


_MEETING = "Sáng 10/7, Chi cục Thi hành án dân sự huyện Lạc Sơn tổ chức hội nghị. "


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("Chi cục phấn đấu đến ngày 30/6/2024 hoàn thành 80% chỉ tiêu.", id="aim"),
        pytest.param(
            "Kế hoạch yêu cầu đến ngày 30/6/2024 các Chấp hành viên phải hoàn thành hồ sơ.",
            id="deadline",
        ),
    ],
)
def test_a_target_day_is_no_tallys_cut_off(target: str) -> None:
    # a day still to come gives no year to the report's yearless day
    assert event_facts(_MEETING + target) == {("conference", None)}


def test_a_tallys_cut_off_still_dates_the_meeting_that_hears_it() -> None:
    text = _MEETING + "Tính đến hết ngày 30/6/2024, Chi cục đã hoàn thành 80% chỉ tiêu."
    assert event_facts(text) == {("conference", "2024-07-10")}


def test_a_bulleted_list_of_names_names_no_author() -> None:
    # a bullet is the page's byline only beside the page's particulars (a stamp, a count)
    text = (
        "Sáng 15/5/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị sơ kết. Thành phần tham dự:\n"
        "• Kha Văn Lịch\n• Ung Thị Mận\nHội nghị đã thảo luận nhiều nội dung."
    )
    assert extract(text, article_id="t").article.author is None
    assert event_participants(text) == {(_DAY, "Kha Văn Lịch"), (_DAY, "Ung Thị Mận")}


def test_a_bullet_beside_the_pages_stamp_is_still_its_byline() -> None:
    text = (
        "Hội nghị sơ kết công tác tư pháp\n• Ung Thị Mận\n• 16/05/2024 08:15\n"
        "Sáng 15/5/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị sơ kết."
    )
    assert extract(text, article_id="t").article.author == "Ung Thị Mận"


def test_who_tells_of_a_plan_is_there_to_tell_it() -> None:
    text = _LEAD + (
        "Dự kiến đến cuối năm, Sở hoàn thành các chỉ tiêu, ông Kha Văn Lịch, Phó Giám đốc Sở "
        "cho biết."
    )
    assert (_DAY, "Kha Văn Lịch") in event_participants(text, "2024-05-20")


def test_a_tallys_figures_owed_are_no_deadline() -> None:
    # "phải" in the tally's own clause after its comma: the cases owed, no target
    text = _MEETING + (
        "Theo báo cáo, đến ngày 30/6/2024, đơn vị thụ lý 29 việc phải theo dõi, đã xong 21 việc."
    )
    assert event_facts(text) == {("conference", "2024-07-10")}
