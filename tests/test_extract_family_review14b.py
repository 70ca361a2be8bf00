"""Second review of session 14 (N1, N2, N4, N5, m1): a delegation "đang / hiện / bắt đầu làm
việc tại <body>" holds a working session (employment only for a person); a bare district
committee takes its district from the member's own title chain, not from a body the member
works with; rounds are events only when they are rounds of the activity (not payments or
filing windows); a check held "ở <body>" is no desk work. Invented sentences (the reviewer's
probes and variants); expected facts written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants, positions_are, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
PUB = "2024-06-06"

# N1 / m1: a delegation's working session vs a person's workplace
CAREER = [
    P(
        "Chiều 5/3, Đoàn công tác của Bộ Tư pháp đang làm việc tại Sở Tư pháp tỉnh Điện Biên.",
        ("meeting", "2024-03-05"),
        True,
        id="delegation-dang-lam-viec-tai",
    ),
    P(
        "Ngày 5/3, Đoàn công tác của Sở Tư pháp tỉnh Điện Biên hiện làm việc tại UBND huyện"
        " Mường Nhé về công tác hộ tịch.",
        ("meeting", "2024-03-05"),
        True,
        id="delegation-hien-lam-viec-tai",
    ),
    P(
        "Sáng 5/3, Đoàn công tác của Sở Tư pháp tỉnh Điện Biên bắt đầu làm việc tại Chi cục Thi"
        " hành án dân sự huyện Mường Nhé.",
        ("meeting", "2024-03-05"),
        True,
        id="m1-delegation-bat-dau-lam-viec-tai",
    ),
    P(
        "Ngày 5/3, lãnh đạo Sở Tư pháp tỉnh Điện Biên đang làm việc tại UBND huyện Mường Nhé.",
        ("meeting", "2024-03-05"),
        True,
        id="leaders-dang-lam-viec-tai",
    ),
    P(
        "Ngày 5/3, Sở Tư pháp tỉnh Điện Biên tổ chức tuyên dương anh Lò Văn Inh. Anh Lò Văn Inh"
        " hiện làm việc tại Phòng Tư pháp huyện Mường Nhé.",
        ("meeting", "2024-03-05"),
        False,
        id="negative-a-person-hien-lam-viec-tai",
    ),
    P(
        "Ngày 5/3, Sở Tư pháp tỉnh Điện Biên tổ chức tuyên dương chị Quàng Thị Nhiên. Chị Nhiên"
        " đang làm việc tại Chi cục Thi hành án dân sự huyện Mường Nhé.",
        ("meeting", "2024-03-05"),
        False,
        id="negative-a-person-dang-lam-viec-tai",
    ),
]


@pytest.mark.parametrize(("text", "fact", "present"), CAREER)
def test_delegation_works_at_a_body(text: str, fact: tuple, present: bool) -> None:
    got = event_facts(text, PUB)
    assert (fact in got) is present, got


# N2: a bare committee's district from the member's own title chain
COMMITTEES = [
    P(
        "Ngày 5/3, Ban Thường vụ Huyện ủy Tủa Chùa tổ chức hội nghị. Ông Lò Văn Inh, Ủy viên Ban"
        " Thường vụ Huyện ủy đã làm việc với UBND huyện Mường Nhé.",
        "Lò Văn Inh",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Tủa Chùa")},
        id="works-with-another-district",
    ),
    P(
        "Ngày 5/3, Ban Thường vụ Huyện ủy Tủa Chùa tổ chức hội nghị. Ông Lò Văn Inh, Ủy viên Ban"
        " Thường vụ Huyện ủy dự hội nghị tại xã Sính Phình, huyện Tủa Chùa và làm việc với UBND"
        " huyện Mường Nhé.",
        "Lò Văn Inh",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Tủa Chùa")},
        id="visits-then-works-with-another-district",
    ),
    P(
        "Ông Cầm Văn Pọm, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Mường Nhé và ông Lò"
        " Văn Inh, Bí thư Huyện ủy Tủa Chùa dự hội nghị.",
        "Cầm Văn Pọm",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Mường Nhé"),
            ("Chủ tịch", "Ủy ban nhân dân huyện Mường Nhé"),
        },
        id="positive-own-title-chain",
    ),
    P(
        "Ngày 5/3, Ban Thường vụ Huyện ủy Tủa Chùa tổ chức hội nghị. Ông Cầm Văn Pọm, Bí thư"
        " Huyện ủy kiêm Chủ tịch UBND huyện Mường Nhé phát biểu.",
        "Cầm Văn Pọm",
        {("Bí thư", "Huyện ủy Mường Nhé"), ("Chủ tịch", "Ủy ban nhân dân huyện Mường Nhé")},
        id="positive-kiem-chain",
    ),
    P(
        "Ngày 5/3, Ban Thường vụ Huyện ủy Tủa Chùa tổ chức hội nghị. Ông Cầm Văn Pọm, Chủ tịch"
        " UBND huyện Mường Nhé, Ủy viên Ban Thường vụ Huyện ủy phát biểu.",
        "Cầm Văn Pọm",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Mường Nhé"),
            ("Chủ tịch", "Ủy ban nhân dân huyện Mường Nhé"),
        },
        id="positive-chain-before-the-committee",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), COMMITTEES)
def test_bare_committee_from_own_chain(text: str, person: str, expected: set) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_partner_district_adds_no_committee() -> None:
    text = (
        "Ngày 5/3, Ban Thường vụ Huyện ủy Tủa Chùa tổ chức hội nghị. Ông Lò Văn Inh, Ủy viên Ban"
        " Thường vụ Huyện ủy đã làm việc với UBND huyện Mường Nhé."
    )
    got = scored_orgs(text)
    assert "ban thường vụ huyện ủy mường nhé" not in got, got


# N5: a check held "ở <body>" is held at a body
CHECKS = [
    P(
        "Sở Tư pháp tỉnh Điện Biên đã kiểm tra hồ sơ hộ tịch ở UBND xã Nà Hỳ, huyện Mường Nhé."
        " Ông Cầm Văn Pọm, Phó Giám đốc Sở làm trưởng đoàn.",
        True,
        id="held-o-a-commune",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên đã kiểm tra hồ sơ hộ tịch tại UBND xã Nà Hỳ, huyện Mường Nhé."
        " Ông Cầm Văn Pọm, Phó Giám đốc Sở làm trưởng đoàn.",
        True,
        id="held-tai-a-commune",
    ),
    P(
        "Cán bộ Phòng Tư pháp thường xuyên kiểm tra hồ sơ hộ tịch. Ông Cầm Văn Pọm, Phó Giám"
        " đốc Sở Tư pháp tỉnh Điện Biên phát biểu.",
        False,
        id="negative-desk-check-no-place",
    ),
    P(
        "Cán bộ Phòng Tư pháp thường xuyên kiểm tra hồ sơ hộ tịch ở khâu tiếp nhận. Ông Cầm Văn"
        " Pọm, Phó Giám đốc Sở Tư pháp tỉnh Điện Biên phát biểu.",
        False,
        id="negative-o-a-step-not-a-body",
    ),
]


@pytest.mark.parametrize(("text", "held"), CHECKS)
def test_check_held_o_a_body(text: str, held: bool) -> None:
    got = event_participants(text, PUB)
    assert ((None, "Cầm Văn Pọm") in got) is held, got


# N4: rounds of a payment or a filing window, even after an activity named
ROUNDS = [
    P(
        "Sở Tư pháp tỉnh Điện Biên tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch ngày 5/3/2024."
        " Kinh phí hỗ trợ được chi trả làm hai đợt, đợt 1 vào ngày 5/4/2024, đợt 2 vào ngày"
        " 9/5/2024.",
        False,
        id="payment-after-a-training",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên tổ chức tiếp nhận hồ sơ đăng ký dự tuyển viên chức, đợt 1 vào"
        " ngày 5/4/2024, đợt 2 vào ngày 9/5/2024.",
        False,
        id="filing-window-organized",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên tổ chức tuyên truyền pháp luật cho bà con vùng cao. Sở đã chi"
        " trả thù lao cho báo cáo viên làm hai đợt, đợt 1 vào ngày 5/4/2024, đợt 2 vào ngày"
        " 9/5/2024.",
        False,
        id="fee-paid-after-an-outreach",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên tổ chức tuyên truyền pháp luật cho bà con vùng cao. Năm nay,"
        " Sở chia thành hai đợt, đợt 1 vào ngày 5/4/2024 tại xã Nà Hỳ, đợt 2 vào ngày 9/5/2024"
        " tại xã Sính Phình.",
        True,
        id="positive-rounds-of-the-outreach",
    ),
]


@pytest.mark.parametrize(("text", "events"), ROUNDS)
def test_rounds_of_a_payment_or_filing_are_no_events(text: str, events: bool) -> None:
    got = {f for f in event_facts(text, PUB) if f[1] in ("2024-04-05", "2024-05-09")}
    assert got == ({("other", "2024-04-05"), ("other", "2024-05-09")} if events else set()), got
