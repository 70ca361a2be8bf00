"""Event family, fixes after the review of rules session 14 (findings S2, S3, S4, S7, S8, M8).

- S2 (known limitation, expected to fail): a day announced on the page (``Dự kiến, Hội thi … sẽ
  diễn ra vào ngày 20/9/2024``) should hide only the sentences about the activity announced, not
  another activity the page reports as held with no day. The fix written for it was reverted:
  on the held-out dev part it brought back two spurious undated events (pages that only
  announce), undoing what the announced-page rule gained there.
- S3: the numbered rounds of a campaign (``đợt 1 vào ngày …, đợt 2 vào ngày …``) are events only
  where an activity is named, in the sentence or in the one that leads to it: a document's plan,
  a payment in instalments, a filing window or a tally of services is none (the kit: plans,
  reporting periods and documents are no activities held).
- S4: ``bắt đầu / hiện đang làm việc với …`` is a working session (a meeting), not employment;
  ``… làm việc tại …`` after those words still tells where someone works.
- S7: ``nguyên`` is "former" only before a title (``nguyên Giám đốc``), not inside ``Sở Tài
  nguyên Môi trường`` or ``Tết nguyên Đán``.
- S8, M8: a visit is one of care when the people the sector looks after (``hộ nghèo``, ``học
  sinh``, a former leader) are the ones visited, right after the visit verb (the occasion, ``Tết
  Nguyên đán``, or a person's name may stand between); not when they are only the topic of what
  is done at a body visited, nor mentioned in passing.

Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

from justicekg.extract.recognizers.event_visits import care_visit

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

# --- S2: an announced day hides only the activity announced ----------------------------------

PUB_S2 = "2024-09-05"
_HELD = (
    "Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch cho công chức tư pháp "
    "cấp xã. Ông Kha Đình Nhượng, Giám đốc Sở Tư pháp chủ trì hội nghị. "
)
_AHEAD = "Dự kiến, Hội thi hòa giải viên giỏi sẽ diễn ra vào ngày 20/9/2024."
#: review S2, not fixed (see the module's docstring)
_S2_OPEN = pytest.mark.xfail(
    strict=True, reason="review14 S2: an announced day hides a held activity"
)

S2_CASES = [
    pytest.param(_HELD + _AHEAD, {("training", None)}, id="held-then-announced", marks=_S2_OPEN),
    pytest.param(
        _AHEAD + " " + _HELD.strip(),
        {("training", None)},
        id="announced-then-held",
        marks=_S2_OPEN,
    ),
    # the page's other sentences about the activity announced still report nothing
    pytest.param(
        _AHEAD + " Hội thi có 12 đội tham gia. Ông Kha Đình Nhượng, Giám đốc Sở Tư pháp chủ trì "
        "Hội thi.",
        set(),
        id="announced-only",
    ),
    pytest.param(
        "Ngày 20/9 tới, Sở Tư pháp tỉnh Hòa Lâm sẽ tổ chức Hội nghị tổng kết công tác tư pháp. "
        "Hội nghị do ông Kha Đình Nhượng, Giám đốc Sở chủ trì.",
        set(),
        id="announced-head-repeated",
    ),
]


@pytest.mark.parametrize("text,facts", S2_CASES)
def test_an_announced_day_hides_only_the_activity_announced(text: str, facts: set) -> None:
    assert event_facts(text, PUB_S2) == facts


@_S2_OPEN
def test_the_held_activity_keeps_its_participant() -> None:
    assert event_participants(_HELD + _AHEAD, PUB_S2) == {(None, "Kha Đình Nhượng")}


# --- S3: rounds are events only of an activity named -----------------------------------------

PUB_S3 = "2024-05-10"

S3_NO_ACTIVITY = [
    pytest.param(
        "Chi cục đã chi trả tiền cho người được thi hành án làm hai đợt, đợt 1 vào ngày "
        "5/3/2024, đợt 2 vào ngày 9/4/2024.",
        id="payment",
    ),
    pytest.param(
        "UBND tỉnh ban hành Kế hoạch tuyển dụng công chức năm 2024, đợt 1 vào ngày 5/3/2024, "
        "đợt 2 vào ngày 9/4/2024.",
        id="document-plan",
    ),
    pytest.param(
        "Hồ sơ xét nâng lương được nhận theo hai đợt, đợt một vào ngày 5/3/2024 và đợt hai vào "
        "ngày 9/4/2024.",
        id="filing-window",
    ),
    pytest.param(
        "Đợt một năm 2023 (12/5/2023), Sở đã cấp 300 phiếu lý lịch tư pháp; đợt hai (15/9/2023) "
        "cấp thêm 200 phiếu.",
        id="tally",
    ),
    # an activity held before, then rounds of a document's plan: the plan's rounds are none
    pytest.param(
        "Ngày 2/3/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị triển khai công tác năm 2024.\n"
        "UBND tỉnh ban hành Kế hoạch tuyển dụng công chức, đợt 1 vào ngày 5/4/2024, đợt 2 vào "
        "ngày 9/4/2024.",
        id="plan-after-a-conference",
    ),
]


@pytest.mark.parametrize("text", S3_NO_ACTIVITY)
def test_rounds_without_an_activity_are_no_events(text: str) -> None:
    assert {f for f in event_facts(text, PUB_S3) if f[1] != "2024-03-02"} == set()


S3_ACTIVITY = [
    pytest.param(
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm tổ chức trợ giúp pháp lý lưu động làm "
        "hai đợt, đợt một vào ngày 4/10/2023 tại xã Tân Vĩnh; đợt hai vào ngày 9/11/2023 tại xã "
        "Bàu Sen.",
        id="activity-in-the-sentence",
    ),
    pytest.param(
        "Hưởng ứng Ngày Pháp luật Việt Nam, Sở Tư pháp tỉnh Hòa Lâm tổ chức tuyên truyền pháp "
        "luật cho bà con vùng cao.\nNăm nay, Sở chia thành hai đợt, đợt 1 vào ngày 4/10/2023 tại "
        "xã Tân Vĩnh, đợt 2 vào ngày 9/11/2023 tại xã Bàu Sen.",
        id="activity-in-the-lead",
    ),
]


@pytest.mark.parametrize("text", S3_ACTIVITY)
def test_rounds_of_an_activity_named_are_events(text: str) -> None:
    assert event_facts(text, "2023-11-20") == {("other", "2023-10-04"), ("other", "2023-11-09")}


# --- S4: "bắt đầu / hiện đang làm việc với" is a session -------------------------------------

PUB_S4 = "2024-03-10"

S4_SESSIONS = [
    pytest.param(
        "Sáng 5/3, ông Kha Đình Nhượng, Phó Giám đốc Sở Tư pháp tỉnh Hòa Lâm bắt đầu làm việc "
        "với Chi cục Thi hành án dân sự huyện Tân Vĩnh.",
        id="bat-dau-voi",
    ),
    pytest.param(
        "Chiều 5/3, ông Kha Đình Nhượng, Giám đốc Sở Tư pháp tỉnh Hòa Lâm và đoàn công tác hiện "
        "đang làm việc với UBND huyện Bàu Sen về công tác hộ tịch.",
        id="hien-dang-voi",
    ),
    pytest.param(
        "Ngày 5/3, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm vẫn đang làm việc với Phòng Tư pháp "
        "huyện Bàu Sen.",
        id="van-dang-voi",
    ),
]


@pytest.mark.parametrize("text", S4_SESSIONS)
def test_a_session_after_an_employment_lead_stays_a_meeting(text: str) -> None:
    assert event_facts(text, PUB_S4) == {("meeting", "2024-03-05")}


S4_CAREERS = [
    pytest.param(
        "Bà Mai Thị Bưởi hiện đang làm việc tại Phòng Tư pháp huyện Bàu Sen.", id="hien-dang-tai"
    ),
    pytest.param(
        "Ông Kha Đình Nhượng bắt đầu làm việc tại Sở Tư pháp tỉnh Hòa Lâm từ năm 2005.",
        id="bat-dau-tai",
    ),
]


@pytest.mark.parametrize("text", S4_CAREERS)
def test_employment_after_a_lead_is_still_no_session(text: str) -> None:
    assert event_facts(text, PUB_S4) == set()


# --- S7: "nguyên" is former only before a title ----------------------------------------------

PUB_S7 = "2024-02-10"

S7_WORK = [
    pytest.param(
        "Ngày 5/2, ông Mai Trọng Bưởi, Giám đốc Sở Tài nguyên Môi trường tỉnh Hòa Lâm đến thăm, "
        "chúc Tết cán bộ Chi cục Thi hành án dân sự huyện Tân Vĩnh.",
        id="tai-nguyen",
    ),
    pytest.param(
        "Ngày 5/2, ông Mai Trọng Bưởi, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đến thăm Chi cục Thi hành "
        "án dân sự huyện Tân Vĩnh và chúc Tết nguyên Đán cán bộ, công chức.",
        id="tet-nguyen-dan",
    ),
    # a former leader who visits is no one visited
    pytest.param(
        "Ngày 5/2, ông Mai Trọng Bưởi, nguyên Giám đốc Sở Tư pháp tỉnh Hòa Lâm đến thăm, chúc Tết "
        "cán bộ Chi cục Thi hành án dân sự huyện Tân Vĩnh.",
        id="former-visitor",
    ),
]


@pytest.mark.parametrize("text", S7_WORK)
def test_a_visit_to_a_body_is_no_visit_of_care(text: str) -> None:
    assert event_facts(text, PUB_S7) == {("meeting", "2024-02-05")}


S7_FORMER = [
    pytest.param(
        "Ngày 5/2, lãnh đạo Sở Tư pháp tỉnh Hòa Lâm đến thăm, chúc Tết nguyên Phó Giám đốc Sở "
        "Kha Đình Nhượng.",
        id="nguyen-pho-giam-doc",
    ),
    pytest.param(
        "Ngày 5/2, lãnh đạo Tòa án nhân dân tỉnh Hòa Lâm đến thăm nguyên Chánh án Mai Trọng Bưởi.",
        id="nguyen-chanh-an",
    ),
]


@pytest.mark.parametrize("text", S7_FORMER)
def test_a_visit_to_a_former_leader_is_one_of_care(text: str) -> None:
    assert event_facts(text, PUB_S7) == {("other", "2024-02-05")}


# --- S8, M8: the care word is the one visited ------------------------------------------------

CARE_TOPIC = [
    pytest.param(
        "Ngày 5/2, ông Mai Trọng Bưởi, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đến thăm Trung tâm Trợ "
        "giúp pháp lý nhà nước tỉnh và nghe báo cáo về công tác trợ giúp pháp lý cho người khuyết "
        "tật.",
        id="topic-of-a-report",
    ),
    pytest.param(
        "Ngày 5/2, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm đến thăm Trại giam Tân Vĩnh và tuyên "
        "truyền pháp luật cho các phạm nhân, trong đó có nhiều người cao tuổi.",
        id="in-passing",
    ),
    # M8: pupils who are only the audience of a body's visit
    pytest.param(
        "Ngày 5/2, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm đến thăm Trường Trung học cơ sở Tân "
        "Vĩnh và tuyên truyền pháp luật cho học sinh.",
        id="school-audience",
    ),
]


@pytest.mark.parametrize("text", CARE_TOPIC)
def test_a_care_word_that_is_not_visited_keeps_the_meeting(text: str) -> None:
    assert not care_visit(text)
    assert event_facts(text, PUB_S7) == {("meeting", "2024-02-05")}


CARE_VISITED = [
    pytest.param(
        "Ngày 5/2, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm đến thăm, tặng quà các em học sinh "
        "có hoàn cảnh khó khăn tại xã Tân Vĩnh.",
        id="pupils-visited",
    ),
    pytest.param(
        "Ngày 5/2, Sở Tư pháp tỉnh Hòa Lâm đến thăm, chúc Tết và tặng quà cho các gia đình chính "
        "sách tại huyện Bàu Sen.",
        id="families-visited",
    ),
    pytest.param(
        "Ngày 5/2, Hội Luật gia tỉnh Hòa Lâm đi thăm người cao tuổi và trẻ em tại xã Tân Vĩnh.",
        id="old-and-children-visited",
    ),
    # the occasion named with capitals ("Tết Nguyên đán", "Trung thu"): no body visited
    pytest.param(
        "Ngày 5/2, Sở Tư pháp tỉnh Hòa Lâm đến thăm, chúc Tết Nguyên đán các gia đình chính sách "
        "tại xã Tân Vĩnh.",
        id="tet-nguyen-dan-families",
    ),
    pytest.param(
        "Ngày 5/2, Đoàn thanh niên Sở Tư pháp tỉnh Hòa Lâm đến thăm, tặng quà Trung thu cho các em "
        "học sinh xã Tân Vĩnh.",
        id="mid-autumn-pupils",
    ),
    # a person visited, named, then said to be one the sector looks after: no body visited
    pytest.param(
        "Ngày 5/2, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đến thăm, chúc Tết ông Mai Trọng Bưởi, nguyên "
        "Giám đốc Sở.",
        id="named-former-leader",
    ),
    pytest.param(
        "Ngày 5/2, Sở Tư pháp tỉnh Hòa Lâm đến thăm, tặng quà gia đình bà Mai Thị Bưởi, Mẹ Việt "
        "Nam anh hùng.",
        id="named-hero-mother",
    ),
]


@pytest.mark.parametrize("text", CARE_VISITED)
def test_the_people_visited_make_a_visit_of_care(text: str) -> None:
    assert care_visit(text)
    assert event_facts(text, PUB_S7) == {("other", "2024-02-05")}
