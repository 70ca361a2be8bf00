"""Event families, session 16 (convention alignment on unseen pages): the head noun decides the
kind, and a report's month is its date.

- A contest or congress held (``diễn ra Hội thi …``, ``tổ chức Đại hội …``) or a ``buổi tuyên
  truyền`` keeps ``other`` though a later sentence speaks ``tại lễ khai mạc`` / ``tại Hội nghị``.
- A bare review at which an award is received (``tổng kết công tác … và đón nhận Cờ thi đua``)
  is ``other`` (the conventions: a bare ``tổng kết`` is ``other``); a ``Hội nghị tổng kết`` stays
  a conference, a ``Lễ`` a ceremony.
- A survey team's working session (``Đoàn khảo sát … có buổi làm việc với …``) is a meeting (a
  survey is none of the conventions' checks); a survey at a facility stays an inspection.
- A minister receiving a foreign guest (``tiếp ngài …``) is a meeting; a visit named as a trip
  over several days (``chuyến thăm và làm việc tại … từ ngày 8-12/10``) is ``other``, not the
  working sessions of a visit (``đến thăm và làm việc tại …``), meetings.
- A check word capitalized in a list of bodies after a semicolon (``…; Thanh tra huyện; …``) is a
  body, and a check others are told to do (``chỉ đạo các phòng … kiểm tra thực địa``) is not held:
  neither makes a session an inspection.
- A day and month on a page dated by its month alone (``date 2017-03``) take the latest such day
  not after that month (``Ngày 9-5`` -> 2016-05-09, ``Ngày 20-3`` -> 2017-03-20).
- An undated report held in a month (``trong tháng 8 năm 2022``, ``từ tháng 7/2024``) is dated
  ``YYYY-MM``; a span (``từ tháng 7/2024 đến nay``) is not.

Invented bodies, guests and sentences only.
"""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

from justicekg.extract.recognizers.event_heads import (
    bare_review_award,
    held_other_head,
    survey_session,
)
from justicekg.extract.recognizers.event_undated_dates import held_year

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

KINDS: list[tuple[set[_Fact], str]] = [
    # a contest held, then its opening ceremony: the contest, "other"
    (
        {("other", "2024-06-04")},
        "Ngày 4/6, tại thành phố Hòa Lạc đã diễn ra Hội thi Thẩm tra viên giỏi khu vực phía Nam "
        "với sự tham gia của 9 đội thi. Phát biểu tại lễ khai mạc, Phó Cục trưởng nhấn mạnh "
        "ý nghĩa của Hội thi.",
    ),
    (
        {("other", "2024-09-12")},
        "Ngày 12/9, tại huyện Tân Lợi đã tổ chức thành công Đại hội Hội Luật gia huyện lần thứ "
        "III. Phát biểu tại lễ khai mạc, Chủ tịch Hội Luật gia tỉnh chúc mừng Đại hội.",
    ),
    # a propaganda session reported undated, then a caption "tại Hội nghị": the session, "other"
    (
        {("other", None)},
        "Tuyên truyền hòa giải cơ sở cho người dân phường Đông Vân\n\n"
        "Sở Tư pháp tỉnh vừa tổ chức một buổi tuyên truyền về hòa giải cơ sở cho người dân "
        "phường Đông Vân. Đông đảo người dân đã tham dự. Các đại biểu tại Hội nghị trao đổi "
        "nhiều câu hỏi.",
    ),
    # a bare review at which a flag is received: "other"
    (
        {("other", "2024-01-09")},
        "Ngày 9-1-2024, Tòa án nhân dân quận Hòa Lạc tổng kết công tác năm 2023, triển khai "
        "công tác năm 2024 và đón nhận Cờ thi đua của Ủy ban nhân dân tỉnh.",
    ),
    (
        {("other", "2024-01-12")},
        "Ngày 12/01/2024, Phòng Tư pháp huyện Tân Lợi tổng kết công tác tư pháp năm 2023 và "
        "đón nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.",
    ),
    # named by its head noun: a conference, a ceremony
    (
        {("conference", "2024-01-09")},
        "Ngày 9-1-2024, Tòa án nhân dân quận Hòa Lạc tổ chức Hội nghị tổng kết công tác năm "
        "2023 và đón nhận Cờ thi đua của Ủy ban nhân dân tỉnh.",
    ),
    (
        {("ceremony", "2024-01-09")},
        "Ngày 9-1-2024, Tòa án nhân dân quận Hòa Lạc tổ chức Lễ đón nhận Cờ thi đua của Ủy ban "
        "nhân dân tỉnh.",
    ),
    # a survey team's working session: a meeting
    (
        {("meeting", "2024-03-21")},
        "Ngày 21/3/2024, Đoàn khảo sát của Ban Chỉ đạo Đề án 12 do Phó Trưởng ban làm Trưởng "
        "đoàn đã có buổi làm việc với Ban cán sự đảng Sở Tư pháp tỉnh.",
    ),
    (
        {("meeting", "2024-07-28")},
        "Sáng ngày 28/7/2024, Đoàn khảo sát việc tổng kết 5 năm thực hiện Quy chế phối hợp "
        "giữa hai cơ quan có buổi làm việc với Viện kiểm sát nhân dân huyện Tân Lợi.",
    ),
    # a survey at a facility, or a session about a check: an inspection
    (
        {("inspection", "2024-04-11")},
        "Ngày 11/4/2024, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh đã khảo sát tại Nhà tạm giữ "
        "Công an huyện Tân Lợi.",
    ),
    # a trip over several days: "other"; the working sessions of a visit: a meeting
    (
        {("other", "2024-10-08")},
        "Nhận lời mời của Chính phủ nước Bắc Lâm, Phó Thủ tướng dẫn đầu đoàn đại biểu đã tới "
        "thủ đô nước bạn, bắt đầu chuyến thăm và làm việc từ ngày 8-12/10/2024.",
    ),
    (
        {("meeting", "2024-04-19")},
        "Trong thời gian từ ngày 19/04 đến ngày 25/04/2024, Đoàn công tác của Cục do Cục trưởng "
        "dẫn đầu đã đến thăm và làm việc tại Chi cục Thi hành án dân sự ba huyện.",
    ),
    # a citizens' reception attended by bodies, one of them "Thanh tra huyện": a meeting
    (
        {("meeting", None)},
        "Lãnh đạo huyện tiếp công dân tháng này\n"
        "Cùng dự buổi tiếp có Phòng Tư pháp; Thanh tra huyện; Văn phòng HĐND và UBND huyện; "
        "đại diện UBND xã Phú Hạ.\n"
        "Phó Chủ tịch UBND huyện giao các phòng chuyên môn kiểm tra hiện trường và báo cáo "
        "trước ngày cuối tháng.",
    ),
    # a minister receiving a foreign guest: a meeting
    (
        {("meeting", "2024-07-16")},
        "Chiều ngày 16/7/2024, tại trụ sở Bộ, Bộ trưởng đã tiếp ngài Olaf Brennvik, Trưởng "
        "Đại diện Văn phòng Quỹ Hợp tác Bắc Âu tại Việt Nam.",
    ),
]


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_the_head_noun_decides(expected: set[_Fact], text: str) -> None:
    assert _events(text, published="2024-12-20") == expected


MONTHS: list[tuple[str, str, str]] = [
    ("2022-08", "2022-09-05", "Kết quả, trong tháng 8 năm 2022, 05/05 chi bộ đã tổ chức Đại hội"),
    ("2024-07", "2025-10-31", "Chương trình Vinh danh được phát động từ tháng 7/2024 tại Hà Nội"),
    ("2023-11", "2024-02-01", "Vào cuối tháng 11/2023, Hội Luật gia huyện tổ chức Hội thao"),
    ("2023", "2024-02-01", "Trong năm 2023, Hội Luật gia huyện tổ chức Hội thao truyền thống"),
    ("", "2025-10-31", "Từ tháng 7/2024 đến nay, Sở đã tổ chức tuyên truyền tại các xã"),
    ("", "2024-05-02", "Trong tháng 8 năm 2024, Sở tổ chức Hội nghị tập huấn"),  # after the page
    ("", None, "Ông A cho biết: trong tháng 8 năm 2022, Tòa án đã tổ chức 27 phiên tòa"),
]


@pytest.mark.parametrize(("expected", "published", "sentence"), MONTHS)
def test_held_month(expected: str, published: str | None, sentence: str) -> None:
    assert held_year(sentence, published) == expected


def test_undated_report_takes_its_month() -> None:
    text = (
        "Thực hiện kế hoạch của Đảng ủy, trong tháng 8 năm 2022, 05/05 chi bộ trực thuộc Đảng "
        "bộ Sở đã tổ chức thành công Đại hội chi bộ nhiệm kỳ 2022 - 2025."
    )
    assert _events(text, published="2022-09-10") == {("other", "2022-08")}


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (True, "Ngày 4/6, tại tỉnh A đã diễn ra Hội thi Hòa giải viên giỏi"),
        (True, "Sáng 3/9, Hội Luật gia huyện tổ chức thành công Đại hội lần thứ V"),
        (True, "Sở vừa tổ chức một buổi tuyên truyền pháp luật cho người dân"),
        (False, "Ngày 4/6, Sở tổ chức chương trình hưởng ứng Ngày Pháp luật"),
        (False, "Ngày 4/6, Sở nghe báo cáo công tác chuẩn bị tổ chức Đại hội thi đua"),
        (False, "Trước khi diễn ra Hội thi, Ban tổ chức họp các đội"),
    ],
)
def test_held_other_head(expected: bool, sentence: str) -> None:
    assert held_other_head(sentence) is expected


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (True, "Ngày 9-1, Tòa án huyện A tổng kết công tác năm 2023 và đón nhận Cờ thi đua"),
        (True, "Chiều 5/3, Sở tổng kết và trao giải Cuộc thi tìm hiểu pháp luật"),
        (False, "Ngày 9-1, Tòa án huyện A tổ chức Lễ tổng kết và trao giải cuộc thi"),
        (False, "Ngày 9-1, Sở tổ chức Hội nghị tổng kết và đón nhận Cờ thi đua"),
        (False, "Ngày 9-1, ông A trao Bằng khen cho tập thể Phòng Tư pháp"),
        (False, "Ngày 9-1, Sở tổng kết công tác năm 2023"),
    ],
)
def test_bare_review_award(expected: bool, sentence: str) -> None:
    assert bare_review_award(sentence) is expected


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (True, "Sáng 3/4, Đoàn khảo sát của Ủy ban A đã có buổi làm việc với Sở Tư pháp"),
        (True, "Chiều 3/4, đoàn khảo sát làm việc với Ủy ban nhân dân huyện B"),
        (False, "Sáng 3/4, Đoàn khảo sát của Ủy ban A khảo sát tại Trại giam B"),
        (False, "Sáng 3/4, Đoàn khảo sát làm việc với Sở về kết quả kiểm tra văn bản"),
        (False, "Sáng 3/4, Đoàn công tác của Ủy ban A làm việc với Sở Tư pháp"),
    ],
)
def test_survey_session(expected: bool, sentence: str) -> None:
    assert survey_session(sentence) is expected


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (
            {("ceremony", "2016-05-09")},
            "Ngày 9-5, Công an tỉnh đã trao tặng giấy khen cho tập thể Công an huyện Tân Lợi.",
        ),
        (
            {("ceremony", "2017-03-20")},
            "Ngày 20-3, Công an tỉnh đã trao tặng giấy khen cho tập thể Công an huyện Tân Lợi.",
        ),
    ],
)
def test_day_on_a_page_dated_by_month(expected: set[_Fact], sentence: str) -> None:
    assert _events(sentence, published="2017-03") == expected
