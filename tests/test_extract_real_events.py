"""Events and participants on real-page patterns (invented people and sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two named activities joined by "và" in one sentence: two events, same day
        (
            "Ngày 12/3, Sở Tư pháp tỉnh Yên Bái tổ chức Lễ kỷ niệm 20 năm thành lập "
            "Trung tâm và Đại hội Công đoàn cơ sở lần thứ III.",
            "2024-03-13",
            {("ceremony", "2024-03-12"), ("other", "2024-03-12")},
        ),
        # "trao đổi với báo …" is no award handed out: a statement, not an event
        (
            "Ngày 4/2, trao đổi với phóng viên, đại diện Sở Tư pháp cho biết đơn vị có "
            "hai Phó Giám đốc xin nghỉ hưu sớm.",
            "2024-02-05",
            set(),
        ),
        # the day an anniversary recalls is not an event
        (
            "Các đơn vị thi đua lập thành tích chào mừng kỷ niệm 50 năm ngày ký Hiệp định "
            "ngày 27/1/1973 trong toàn ngành.",
            "2023-01-10",
            set(),
        ),
        # … but an anniversary's ceremony held on a day is an event
        (
            "Lễ kỷ niệm 30 năm ngày thành lập Sở Tư pháp diễn ra ngày 15/10/2022 tại hội trường.",
            "2022-10-16",
            {("ceremony", "2022-10-15")},
        ),
        # an award received at a ceremony on a day is an event
        (
            "Ngày 5/9/2022, Sở Tư pháp vinh dự nhận được Cờ thi đua tại Lễ kỷ niệm của tỉnh.",
            "2022-09-20",
            {("ceremony", "2022-09-05")},
        ),
        # a document received on a day is no event
        (
            "Ngày 05/9/2022, Sở Tư pháp nhận được văn bản số 15/CV của Hội đồng về việc "
            "chuẩn bị cho Lễ trao giải năm 2022.",
            "2022-09-20",
            set(),
        ),
        # "tiếp xúc cử tri": a meeting, even undated
        (
            "Kết thúc buổi tiếp xúc cử tri, đồng chí Trần Văn Khải gặp gỡ các cử tri.",
            None,
            {("meeting", None)},
        ),
        # "những kỷ niệm" are memories, not a ceremony; a person placed "tại Đại hội"
        (
            "Tôi nhớ mãi những kỷ niệm sâu sắc về ông. Ông Hà Minh Quân chụp ảnh cùng các "
            "đại biểu tại Đại hội đại biểu Hội Công chứng lần thứ hai.",
            None,
            {("other", None)},
        ),
        # a cited plan "tiến tới kỷ niệm …" reports nothing held
        (
            "Thực hiện Kế hoạch số 12/KH-STP của Sở Tư pháp về việc phát động thi đua, "
            "tiến tới kỷ niệm các ngày lễ lớn trong năm, các phòng đăng ký chỉ tiêu.",
            None,
            set(),
        ),
        # "được trao tặng Giải thưởng": an award received, no event reported
        (
            "Tập thể nữ công chức Sở Tư pháp được trao tặng Giải thưởng Phụ nữ năm 2021",
            None,
            set(),
        ),
        # "Cùng ngày, … dự buổi công bố quyết định …" after an undated meeting: same (null) day
        (
            "Tại buổi làm việc, ông Đỗ Văn Lâm đề nghị Sở tiếp tục cải cách thủ tục. "
            "Cùng ngày, ông Đỗ Văn Lâm dự buổi công bố quyết định bổ nhiệm Giám đốc Sở.",
            None,
            {("meeting", None), ("ceremony", None)},
        ),
        # "ký Hiệp định": signing
        (
            "Ngày 3/4, hai Bộ trưởng đã ký Hiệp định tương trợ tư pháp về dân sự.",
            "2024-04-04",
            {("signing", "2024-04-03")},
        ),
        # a party plenum cited ("Hội nghị lần thứ 6, Ban Chấp hành Trung ương") is no event;
        # "sinh hoạt pháp luật" is an activity of kind other
        (
            "Phòng Tư pháp huyện tổ chức sinh hoạt pháp luật. Bà Lương Thị Hoa thông báo "
            "kết quả Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XIII.",
            None,
            {("other", None)},
        ),
        # a passive training is still reported ("cán bộ được tập huấn")
        (
            "Các công chức tư pháp xã được tập huấn nghiệp vụ hộ tịch tại hội trường Sở.",
            None,
            {("training", None)},
        ),
    ],
)
def test_events(text: str, published: str | None, expected: set[tuple[str, str | None]]) -> None:
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the late holder of a post ("cố Bộ trưởng …") is remembered, not present
        (
            "Ngày 20/8, ông Lý Quốc Hưng, Giám đốc Sở Tư pháp đã tới thăm gia đình và thắp "
            "hương tưởng nhớ cố Giám đốc Sở Tư pháp Đoàn Văn Tâm.",
            "2024-08-21",
            {("2024-08-20", "Lý Quốc Hưng")},
        ),
        # a name-only line under the title is the byline, not a participant
        (
            "Sở Tư pháp làm việc với Đoàn giám sát\n\nPhan Thị Yến\n\n"
            "Chiều 14/5, Đoàn giám sát của Ban Pháp chế đã làm việc với Sở Tư pháp. "
            "Ông Mai Văn Tú, Trưởng Ban chủ trì buổi làm việc.",
            "2024-05-15",
            {("2024-05-14", "Mai Văn Tú")},
        ),
    ],
)
def test_participants(
    text: str, published: str | None, expected: set[tuple[str | None, str]]
) -> None:
    assert _participants(text, published) == expected
