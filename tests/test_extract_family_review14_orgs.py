"""Review 14 findings on the session's organization and award rules (S1, S5, S6): a school
that is a workplace or an award's recipient stays an organization; a bare district committee
takes its own sentence's district before a committee named in full elsewhere; a reported
speaker (``Theo ông A,``, ``Bà A chia sẻ,``) is no award's recipient. Invented sentences (the
reviewer's probes); expected facts written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts, positions_are, scored_names, scored_orgs

P = pytest.param

_NHE = "Trường Trung học phổ thông Mường Nhé"
_NAHY = "Trường Trung học cơ sở Nà Hỳ"

SCHOOLS = [
    P(
        "Ông Cầm Văn Pọm, Hiệu trưởng ở Trường THPT Mường Nhé phát biểu tại buổi tuyên truyền.",
        {_NHE},
        set(),
        id="a-head-at-his-school",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên tặng Giấy khen cho tập thể học sinh Trường THCS Nà Hỳ.",
        {_NAHY},
        set(),
        id="its-pupils-receive-an-award",
    ),
    P(
        "Bà Lò Thị Mẩy, giáo viên tại Trường THCS Nà Hỳ, trình bày tham luận.",
        {_NAHY},
        set(),
        id="a-teacher-at-her-school",
    ),
    P(
        "Ông Lò Văn Inh công tác tại Trường THPT Mường Nhé đã nhiều năm.",
        {_NHE},
        set(),
        id="works-at-the-school",
    ),
    P(
        "Bằng khen của Sở Tư pháp tỉnh Điện Biên được trao cho Trường Tiểu học Nà Hỳ tại"
        " Trường THPT Mường Nhé.",
        {"Trường Tiểu học Nà Hỳ"},
        {_NHE},
        id="positive-the-ceremony-venue",
    ),
    P(
        "Đoàn viên tuyên truyền pháp luật tại Trường THCS Nà Hỳ. Các em học sinh Trường THCS"
        " Nà Hỳ hào hứng.",
        set(),
        {_NAHY},
        id="positive-venue-then-its-pupils",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SCHOOLS)
def test_school_workplace_or_recipient_stays(text: str, present: set, absent: set) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


def test_school_recipient_keeps_its_award() -> None:
    text = "Sở Tư pháp tỉnh Điện Biên tặng Giấy khen cho tập thể học sinh Trường THCS Nà Hỳ."
    assert ("Giấy khen của Sở Tư pháp tỉnh Điện Biên", _NAHY, CON) in award_facts(
        text, "2024-03-01"
    )


COMMITTEES = [
    P(
        "Ông Cầm Văn Pọm, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Mường Nhé và ông Lò"
        " Văn Inh, Bí thư Huyện ủy Tủa Chùa dự hội nghị.",
        "Cầm Văn Pọm",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Mường Nhé"),
            ("Chủ tịch", "Ủy ban nhân dân huyện Mường Nhé"),
        },
        id="own-sentence-district-first",
    ),
    P(
        "Ông Lò Văn Inh, Bí thư Huyện ủy Tủa Chùa chủ trì hội nghị. Ông Cầm Văn Pọm, Ủy viên Ban"
        " Thường vụ Huyện ủy phát biểu.",
        "Cầm Văn Pọm",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Tủa Chùa")},
        id="positive-no-district-in-sentence-takes-the-full-one",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), COMMITTEES)
def test_bare_committee_own_district(text: str, person: str, expected: set) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


SPEAKERS = [
    P(
        "Theo ông Lò Văn Inh, Phòng Tư pháp huyện Mường Nhé từng được Chủ tịch UBND tỉnh Điện"
        " Biên tặng bằng khen.",
        "Phòng Tư pháp huyện Mường Nhé",
        "Lò Văn Inh",
        id="theo-frame",
    ),
    P(
        "Bà Quàng Thị Nhiên chia sẻ, năm ngoái Sở Tư pháp tỉnh Điện Biên được UBND tỉnh tặng"
        " bằng khen về thành tích xuất sắc.",
        "Sở Tư pháp tỉnh Điện Biên",
        "Quàng Thị Nhiên",
        id="chia-se-frame",
    ),
    P(
        "Phòng Tư pháp huyện Mường Nhé từng được Chủ tịch UBND tỉnh Điện Biên tặng bằng khen.",
        "Phòng Tư pháp huyện Mường Nhé",
        None,
        id="positive-no-frame",
    ),
    P(
        "Ông Lò Văn Inh từng được Chủ tịch UBND tỉnh Điện Biên tặng bằng khen.",
        "Lò Văn Inh",
        None,
        id="positive-the-person-is-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "recipient", "speaker"), SPEAKERS)
def test_reported_speaker_is_no_recipient(text: str, recipient: str, speaker: str | None) -> None:
    got = {r for _, r, _ in award_facts(text, "2024-03-01")}
    assert recipient in got, got
    assert speaker is None or speaker not in got, got
