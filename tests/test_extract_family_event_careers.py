"""Career stories are no visits (rules round 7): ``được chuyển về làm việc tại …``, ``điều động
sang làm việc``, ``biệt phái đến làm việc`` tell where a person works, also after ``Sau đó,``
or ``Tiếp đó,`` that otherwise open the next activity of the day (``Sau đó, Đoàn công tác làm
việc với …``, still a meeting). Invented sentences after an invented lead."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác thi hành án. "
_HELD = ("conference", "2024-06-12")

CAREERS: list[str] = [
    "Sau đó, anh Trần Văn Dũng được chuyển về làm việc tại Phòng Tư pháp huyện Ý Yên.",
    "Năm 2010, ông Trần Văn Dũng được điều động về làm việc tại Sở Tư pháp tỉnh Nam Định.",
    ("Năm 2005, bà Trần Thị Bình chuyển về công tác tại Chi cục Thi hành án dân sự huyện Ý Yên."),
    (
        "Ông Trần Văn Dũng được luân chuyển về làm việc tại Cục Thi hành án dân sự tỉnh Nam Định "
        "từ năm 2015."
    ),
    "Tốt nghiệp đại học, chị Trần Thị Bình về nhận công tác tại Phòng Tư pháp huyện Ý Yên.",
    (
        "Anh Trần Văn Dũng được tuyển dụng vào làm việc tại Chi cục Thi hành án dân sự huyện Ý "
        "Yên năm 2012."
    ),
    (
        "Hai mươi năm trước, ông Trần Văn Dũng được tổ chức phân công từ cơ quan Đảng về nhận "
        "công tác tại cơ quan thi hành án."
    ),
    "Bà Trần Thị Bình đã có 15 năm làm việc tại Phòng Tư pháp huyện Ý Yên.",
    (
        "Ông Trần Văn Dũng từng làm việc tại Tòa án nhân dân huyện Ý Yên trước khi chuyển sang "
        "ngành thi hành án."
    ),
    "Năm 2018, ông Trần Văn Dũng được biệt phái về làm việc tại Sở Tư pháp tỉnh Nam Định.",
    "Khi được hỏi, ông Trần Văn Dũng cho biết đang bận họp, chưa thể trả lời.",
    "Liên hệ với ông Trần Văn Dũng, ông cho biết đang họp nên hẹn trả lời sau.",
    (
        "Thời gian làm việc tại Chi cục Thi hành án dân sự huyện Ý Yên, ông Trần Văn Dũng luôn "
        "hoàn thành tốt nhiệm vụ."
    ),
    "Sau khi ra trường, anh Trần Văn Dũng về làm việc tại Phòng Tư pháp huyện Ý Yên.",
    (
        "Tiếp đó, chị Trần Thị Bình được điều động sang làm việc tại Cục Thi hành án dân sự tỉnh "
        "Nam Định."
    ),
    "Tiếp theo, bà Trần Thị Bình được phân công về làm việc tại Phòng Tư pháp huyện Ý Yên.",
    (
        "Sau đó, anh Trần Văn Dũng được luân chuyển về làm việc tại Chi cục Thi hành án dân sự "
        "huyện Ý Yên."
    ),
    "Sau đó, ông Trần Văn Dũng chuyển sang làm việc tại Tòa án nhân dân huyện Ý Yên.",
    "Sau đó, chị Trần Thị Bình được biệt phái đến làm việc tại Sở Tư pháp tỉnh Nam Định.",
    "Sau đó, anh Trần Văn Dũng được tuyển dụng vào làm việc tại Phòng Tư pháp huyện Ý Yên.",
    "Sau đó, ông Trần Văn Dũng được chuyển công tác về làm việc tại Sở Tư pháp tỉnh Nam Định.",
]
VISITS: list[tuple[str, tuple[str, str]]] = [
    (
        ("Ngày 15/6/2024, Đoàn công tác của Bộ Tư pháp đến làm việc tại Sở Tư pháp tỉnh Nam Định."),
        ("meeting", "2024-06-15"),
    ),
    (
        (
            "Ngày 15/6/2024, Thứ trưởng Bộ Tư pháp Trần Văn Dũng về làm việc tại Cục Thi hành án "
            "dân sự tỉnh Nam Định."
        ),
        ("meeting", "2024-06-15"),
    ),
    (
        "Ngày 15/6/2024, Sở Tư pháp tỉnh Nam Định làm việc với Phòng Tư pháp huyện Ý Yên.",
        ("meeting", "2024-06-15"),
    ),
    (
        "Sau đó, Đoàn công tác đã làm việc với Chi cục Thi hành án dân sự huyện Ý Yên.",
        ("meeting", "2024-06-12"),
    ),
    (
        (
            "Sau đó, Thứ trưởng Bộ Tư pháp Trần Văn Dũng làm việc tại Cục Thi hành án dân sự tỉnh"
            " Nam Định."
        ),
        ("meeting", "2024-06-12"),
    ),
    (
        "Tiếp đó, Đoàn kiểm tra làm việc với Phòng Tư pháp huyện Ý Yên.",
        ("inspection", "2024-06-12"),
    ),
]


@pytest.mark.parametrize(
    "tail", [pytest.param(t, id=f"career-{i:02d}") for i, t in enumerate(CAREERS)]
)
def test_a_career_is_no_event(tail: str) -> None:
    assert event_facts(_LEAD + tail, "2024-06-15") == {_HELD}


@pytest.mark.parametrize(
    ("tail", "event"), [pytest.param(*row, id=f"visit-{i:02d}") for i, row in enumerate(VISITS)]
)
def test_a_visit_is_a_meeting(tail: str, event: tuple[str, str]) -> None:
    assert event_facts(_LEAD + tail, "2024-06-16") - {_HELD} == {event}
