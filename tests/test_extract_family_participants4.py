"""Participant families, fourth table (rules round 15), (P) people named on the page without
being placed at the event it reports: the authors who sign under the headline, several of them
or with the time the page was posted (``Thu Hà - Minh Anh 23/06/2023 - 20:08``, ``Lê Minh Tú|
29/12/2015 10:12``), and someone talking to the press (``Trao đổi với PV, ông A cho biết …``,
``Trả lời phỏng vấn Báo …``, ``PV đã liên hệ với bà B``) — though what is said to a reporter on
the sidelines of the event or after it places the speaker there. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants as _participants

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_HEAD = "Sở Tư pháp tỉnh Hòa Lâm tổng kết công tác năm 2023"
_BODY = (
    "Sáng 22/6/2023, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm 2023. "
    "Ông Khổng Minh Trác, Giám đốc Sở Tư pháp chủ trì hội nghị."
)
_AT = {("2023-06-22", "Khổng Minh Trác")}

#: (byline line under the headline, the authors it names)
BYLINES = [
    ("Thu Hà - Minh Anh 23/06/2023 - 20:08", {"Thu Hà", "Minh Anh"}),
    ("Thu Hà - Minh Anh", {"Thu Hà", "Minh Anh"}),
    ("Thu Hà, Minh Anh 23/06/2023", {"Thu Hà", "Minh Anh"}),
    ("Lạc Minh Tú| 23/06/2023 10:12", {"Lạc Minh Tú"}),
    ("Lạc Minh Tú | 23/06/2023 10:12", {"Lạc Minh Tú"}),
    ("Lạc Minh Tú 10:12, 23/06/2023", {"Lạc Minh Tú"}),
    ("Lạc Minh Tú - 10:12, 23/06/2023", {"Lạc Minh Tú"}),
    ("Thu Hà và Minh Anh 23/06/2023 - 20:08", {"Thu Hà", "Minh Anh"}),
]


@pytest.mark.parametrize(
    ("line", "authors"), [pytest.param(*row, id=f"byline-{i}") for i, row in enumerate(BYLINES)]
)
def test_authors_under_the_headline_sign_and_take_no_part(line: str, authors: set[str]) -> None:
    text = f"{_HEAD}\n\n{line}\n\n{_BODY}"
    assert _participants(text) == _AT
    report = extract(text, article_id="t")
    assert authors <= {p.name for p in report.persons}


def test_a_place_pair_under_the_headline_is_no_byline() -> None:
    # (a province is no name: "Hòa Bình - Sơn La" is a route, not two authors)
    text = f"{_HEAD}\n\nHòa Bình - Sơn La 23/06/2023\n\n{_BODY}"
    report = extract(text, article_id="t")
    assert report.article.author is None
    assert _participants(text) == _AT


_CONF = (
    "Ngày 12/3/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết do ông Khổng Minh Trác, "
    "Giám đốc Sở chủ trì. "
)
_HOST = {("2024-03-12", "Khổng Minh Trác")}
_BOTH = _HOST | {("2024-03-12", "Đàm Thị Nguyệt")}

#: (expected (date, participant) pairs, text)
PRESS: list[tuple[set[tuple[str | None, str]], str]] = [
    (
        _HOST,
        _CONF + "Trao đổi với PV, bà Đàm Thị Nguyệt, Phó Giám đốc Sở cho biết sẽ chuyển đổi số.",
    ),
    (_HOST, _CONF + "Trao đổi với phóng viên, Phó Giám đốc Sở Đàm Thị Nguyệt khẳng định như vậy."),
    (_HOST, _CONF + "Trả lời phỏng vấn Báo Hòa Lâm, bà Đàm Thị Nguyệt, Phó Giám đốc Sở cho biết."),
    (_HOST, _CONF + "Trả lời PV, Đại tá Đàm Thị Nguyệt, Phó Giám đốc Công an tỉnh nói rõ thêm."),
    (_HOST, _CONF + "Chia sẻ với báo chí, bà Đàm Thị Nguyệt cho rằng kết quả còn khiêm tốn."),
    (
        _HOST,
        _CONF + "Nói với Tạp chí Dân chủ, ông Lạc Văn Thuyên cho biết vụ việc đã rõ. Bà "
        "Đàm Thị Nguyệt không bình luận thêm với PV.",
    ),
    (_HOST, _CONF + "Sáng cùng ngày, PV đã liên hệ với bà Đàm Thị Nguyệt để hỏi thêm."),
    # on the sidelines of the event, or after it: said there, placed there
    (_BOTH, _CONF + "Bên lề hội nghị, trao đổi với phóng viên, bà Đàm Thị Nguyệt cho biết thêm."),
    (_BOTH, _CONF + "Trao đổi với chúng tôi sau hội nghị, bà Đàm Thị Nguyệt cho biết thêm."),
    (_BOTH, _CONF + "Phát biểu tại hội nghị, bà Đàm Thị Nguyệt, Phó Giám đốc Sở cho biết thêm."),
    # (a report exchanged is no newspaper: "báo cáo" is not "Báo …")
    (_BOTH, _CONF + "Các đại biểu trao đổi báo cáo chuyên đề, bà Đàm Thị Nguyệt kết luận."),
    (_BOTH, _CONF + "Các đơn vị chia sẻ báo cáo, Phó Giám đốc Sở Đàm Thị Nguyệt kết luận."),
]


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(*row, id=f"press-{i}") for i, row in enumerate(PRESS)]
)
def test_someone_talking_to_the_press_is_not_placed_at_the_event(
    expected: set[tuple[str | None, str]], text: str
) -> None:
    assert _participants(text) == expected


_LAUNCH = "Ngày 12/3/2024, Bộ Tư pháp tổ chức Lễ khởi động Dự án hợp tác pháp luật. "

#: (L) foreign guests in the list of those present: a romanized name after a title and a body of
#: Japan ("Nhật Bản" ends in "Bản", no village), or with its post after a dash ("Sato Takeshi -
#: Giáo sư …": the degree is no part of the name)
GUESTS: list[tuple[str, set[str]]] = [
    (
        "Tham dự có Bộ trưởng Bộ Tư pháp Nhật Bản Sato Takeshi; Phó Chủ tịch JICA Ito Yumiko.",
        {"Sato Takeshi", "Ito Yumiko"},
    ),
    (
        "Tham dự có Bộ trưởng Bộ Tư pháp Nhật Bản Tanaka Hiroshi và ông Khổng Minh Trác.",
        {"Tanaka Hiroshi", "Khổng Minh Trác"},
    ),
    (
        "Tham dự có ông Sato Takeshi - Giáo sư Đại học Kyoto và bà Ito Yumiko.",
        {"Sato Takeshi", "Ito Yumiko"},
    ),
    (
        "Tham dự có ông Sato Takeshi - Tiến sĩ luật và bà Ito Yumiko - Chuyên gia JICA.",
        {"Sato Takeshi", "Ito Yumiko"},
    ),
    (
        "Tham dự có ông Xổm Phăn - Vông Sa Lít, Giám đốc Sở Tư pháp tỉnh Hủa Phăn.",
        {"Xổm Phăn - Vông Sa Lít"},
    ),
    (
        "Tham dự có ông Xổm Phăn - Thứ trưởng Bộ Tư pháp Lào.",
        {"Xổm Phăn"},
    ),
]


@pytest.mark.parametrize(
    ("text", "names"), [pytest.param(*row, id=f"guest-{i}") for i, row in enumerate(GUESTS)]
)
def test_foreign_guests_listed_are_participants(text: str, names: set[str]) -> None:
    assert _participants(_LAUNCH + text) == {("2024-03-12", n) for n in names}


def test_a_village_name_is_still_no_person() -> None:
    text = "Ngày 12/3/2024, Đoàn công tác đến thăm bản Tà Lùng Hiroshi và tặng quà."
    assert not extract(text, article_id="t").persons


#: (S) the authors on the line right after the page's time stamp, below a header box of many
#: lines (a weather box, a menu): bylines too
_BOX = "\n".join(f"Thành phố {i} 2{i} °C" for i in range(1, 9))
STAMPED_PAGES = [
    (
        f"{_BOX}\n\n{_HEAD}\n\nHoạt động tư pháp\n23/06/2023 20:31\nThu Hà - Minh Anh\n{_BODY}",
        {"Thu Hà", "Minh Anh"},
    ),
    (f"{_BOX}\n\n{_HEAD}\n\nThứ Sáu, 23/06/2023\nLạc Minh Tú\n{_BODY}", {"Lạc Minh Tú"}),
    (
        f"{_BOX}\n\n{_HEAD}\n\n23/06/2023 - 20:31\nThu Hà, Minh Anh\n\n{_BODY}",
        {"Thu Hà", "Minh Anh"},
    ),
]


@pytest.mark.parametrize(
    ("text", "authors"),
    [pytest.param(*row, id=f"stamped-{i}") for i, row in enumerate(STAMPED_PAGES)],
)
def test_authors_under_the_time_stamp_sign_and_take_no_part(text: str, authors: set[str]) -> None:
    assert _participants(text) == _AT
    assert authors <= {p.name for p in extract(text, article_id="t").persons}


def test_a_line_of_prose_under_the_time_stamp_is_no_byline() -> None:
    text = f"{_HEAD}\n\n23/06/2023 20:31\nÔng Khổng Minh Trác chủ trì.\n{_BODY}"
    report = extract(text, article_id="t")
    assert report.article.author is None


_VISIT = (
    "Ngày 2/4/2025, Đoàn công tác Bộ Tư pháp do ông Khổng Minh Trác, Vụ trưởng làm trưởng đoàn "
    "đến làm việc với Bộ Tư pháp Lào. "
)
_LEAD = {("2025-04-02", "Khổng Minh Trác")}

#: (D) someone mourned on the visit's page: the late official (capitalized "Cố", or "vừa từ
#: trần" after the name) is not there; an adviser ("Cố vấn") is
MOURNED: list[tuple[set[tuple[str | None, str]], str]] = [
    (_LEAD, _VISIT + "Đoàn chia buồn cùng gia đình Cố Thứ trưởng Phouvong Keomany."),
    (_LEAD, _VISIT + "Đoàn chia buồn cùng gia đình ông Phouvong Keomany vừa từ trần ngày 30/3."),
    (_LEAD, _VISIT + "Đoàn viếng ông Phouvong Keomany, nguyên Thứ trưởng, mới qua đời."),
    (
        _LEAD | {("2025-04-02", "Tanaka Hiroshi")},
        _VISIT + "Cùng dự có Cố vấn trưởng Dự án JICA Tanaka Hiroshi.",
    ),
    # ("củng cố", "sự cố", "kiên cố", "cầm cố": no one late, whatever capital follows)
    (
        _LEAD | {("2025-04-02", "Đàm Văn Nguyệt")},
        _VISIT + "Hai bên thống nhất củng cố Tổ công tác gồm ông Đàm Văn Nguyệt, Phó Vụ trưởng.",
    ),
    (
        _LEAD | {("2025-04-02", "Đàm Văn Nguyệt")},
        _VISIT + "Đoàn nghe báo cáo sự cố Cổng thông tin của ông Đàm Văn Nguyệt, Phó Vụ trưởng.",
    ),
]


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(*row, id=f"mourned-{i}") for i, row in enumerate(MOURNED)]
)
def test_someone_mourned_is_not_placed_at_the_visit(
    expected: set[tuple[str | None, str]], text: str
) -> None:
    assert _participants(text) == expected
