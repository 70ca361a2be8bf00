"""Event family (rules session 14): a visit of care (``đến thăm, chúc Tết và tặng quà các hộ
nghèo``, ``thăm hỏi, động viên nguyên Giám đốc Sở``) is an activity of kind ``other``, as the
kit's conventions make ``thăm hỏi`` and ``tặng quà``; a visit to a body to work with it stays a
meeting (``đến thăm và làm việc với Sở``), and so does a greeting visit to a body with no word
of care (``đến chúc Tết Cục Thi hành án dân sự tỉnh``) or with a souvenir (``quà lưu niệm``).
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-02-08"

CARE = [
    "Ngày 2/2, Sở Tư pháp tỉnh Hòa Lâm đã đến thăm, chúc Tết và tặng quà các hộ nghèo tại xã "
    "Tân Vĩnh.",
    "Ngày 2/2, lãnh đạo Cục Thi hành án dân sự tỉnh Hòa Lâm đến thăm và tặng quà gia đình "
    "chính sách tại huyện Bàu Sen.",
    "Ngày 2/2, ông Kha Đình Nhượng, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đã đến thăm, chúc Tết "
    "nguyên Giám đốc Sở Mai Trọng Bưởi.",
    "Chiều 2/2, Công đoàn Chi cục Thi hành án dân sự huyện Bàu Sen đi thăm các thương binh, "
    "người có công trên địa bàn.",
    "Ngày 2/2, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm đi thăm, chúc Tết các gia đình có hoàn "
    "cảnh khó khăn tại xã Tân Vĩnh.",
    "Ngày 2/2, Viện kiểm sát nhân dân tỉnh Hòa Lâm đến thăm và chúc thọ các cán bộ hưu trí của "
    "ngành.",
    "Ngày 2/2, Hội Luật gia tỉnh Hòa Lâm đến thăm, chúc Tết các hộ nghèo xã Tân Vĩnh vui xuân đón "
    "Tết.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"care-{i}") for i, t in enumerate(CARE)])
def test_a_visit_of_care_is_other(text: str) -> None:
    assert event_facts(text, PUB) == {("other", "2024-02-02")}


WORK = [
    "Ngày 2/2, Bộ trưởng Bộ Tư pháp Kha Đình Nhượng đến thăm và làm việc với Sở Tư pháp tỉnh "
    "Hòa Lâm.",
    "Ngày 2/2, ông Kha Đình Nhượng, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đã đến thăm và chúc Tết "
    "Cục Thi hành án dân sự tỉnh.",
    "Ngày 2/2, Đoàn công tác Sở Tư pháp tỉnh Hòa Lâm đến thăm Sở Tư pháp tỉnh bạn và tặng quà "
    "lưu niệm.",
    "Ngày 2/2, Giám đốc Sở Tư pháp tỉnh Hòa Lâm đến thăm, làm việc và hỗ trợ kinh phí cho Phòng "
    "Tư pháp huyện Bàu Sen.",
    # a body's staff visited, encouraged or given gifts: a working visit, no care (narrowed)
    "Sáng 2/2, đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm đã tới thăm, động viên cán bộ, chiến sĩ "
    "Đồn Biên phòng Tân Vĩnh.",
    "Sáng 2/2, Giám đốc Sở Tư pháp tỉnh Hòa Lâm Kha Đình Nhượng đến thăm, động viên cán bộ, công "
    "chức Phòng Tư pháp huyện Bàu Sen.",
    "Ngày 2/2, Đoàn công tác của Tỉnh ủy Hòa Lâm đến thăm, chúc Tết và trao quà Sở Tư pháp tỉnh. "
    "Tại buổi làm việc, ông Mai Trọng Bưởi, Giám đốc Sở báo cáo kết quả công tác năm.",
    "Ngày 2/2, Đoàn công tác của Tỉnh ủy Hòa Lâm đến thăm, chúc Tết đại gia đình Sở Tư pháp "
    "tỉnh, chúc cán bộ một năm mới an khang.",
    # a visit that also works, or a delegation the body receives
    "Ngày 2/2, Bí thư Tỉnh ủy Hòa Lâm Kha Đình Nhượng đến thăm, chúc Tết và làm việc với Cục Thi "
    "hành án dân sự tỉnh.",
    "Ngày 2/2, Thứ trưởng Kha Đình Nhượng đến thăm, làm việc với Chi cục Thi hành án dân sự huyện "
    "Bàu Sen và động viên các gia đình cán bộ.",
    "Ngày 2/2, Sở Tư pháp tỉnh Hòa Lâm đón Đoàn công tác của Bộ Tư pháp đến thăm, chúc Tết và "
    "động viên cán bộ, công chức của Sở.",
    "Ngày 2/2, Chi cục Thi hành án dân sự huyện Bàu Sen vinh dự được đón đoàn công tác của Cục đến "
    "thăm, chúc Tết và hỗ trợ đơn vị.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"work-{i}") for i, t in enumerate(WORK)])
def test_a_visit_to_work_with_a_body_stays_a_meeting(text: str) -> None:
    assert event_facts(text, PUB) == {("meeting", "2024-02-02")}


def test_care_words_without_a_visit_change_nothing() -> None:
    text = (
        "Ngày 2/2, Sở Tư pháp tỉnh Hòa Lâm tổ chức họp bàn công tác hỗ trợ các gia đình chính "
        "sách dịp Tết."
    )
    assert event_facts(text, PUB) == {("meeting", "2024-02-02")}
