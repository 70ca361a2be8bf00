"""Participants of session 18 (read set R18): someone quoted on what the activity is for
(``Theo Chánh án …, lớp tập huấn nhằm …``) is not placed at it (the conventions: participants
are those the article places at the event); quoted on anything else, or placed there by
another mention, they stay. A subheading right before an event's paragraph (``Hội đàm với Giám
đốc Sở A`` over ``Sáng ngày 6/6/2023, … hội đàm …``) belongs to the event it heads, not to the
one before. Invented sentences and names."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Ngày 12/6/2021, Tòa án nhân dân tỉnh Hòa Bình tổ chức tập huấn nghiệp vụ cho các thẩm "
    "phán. Ông Đinh Công Sứ, Phó Chánh án Tòa án nhân dân tối cao, trực tiếp giảng dạy. "
)
_ROWS = [
    # the aim, said: no participant
    (
        _LEAD + "Theo Chánh án Tòa án nhân dân tỉnh Lò Văn Khánh, lớp tập huấn nhằm nâng cao kỹ "
        "năng xét xử cho đội ngũ thẩm phán.",
        {("2021-06-12", "Đinh Công Sứ")},
    ),
    # the year's results, said: there to report them
    (
        _LEAD + "Theo Chánh án Tòa án nhân dân tỉnh Lò Văn Khánh, năm 2020 Tòa án đã giải quyết "
        "hơn 900 vụ án.",
        {("2021-06-12", "Đinh Công Sứ"), ("2021-06-12", "Lò Văn Khánh")},
    ),
    # placed there by another mention
    (
        _LEAD + "Ông Lò Văn Khánh, Chánh án Tòa án nhân dân tỉnh phát biểu khai mạc. Theo Chánh "
        "án Lò Văn Khánh, lớp tập huấn nhằm nâng cao kỹ năng xét xử.",
        {("2021-06-12", "Đinh Công Sứ"), ("2021-06-12", "Lò Văn Khánh")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"quoted-{i:02d}") for i, (t, e) in enumerate(_ROWS)],
)
def test_quoted_participants(text: str, expected: set[tuple[str | None, str]]) -> None:
    assert event_participants(text) == expected


_HEADED = (
    "Ngày 5/6/2023, Đoàn công tác của Sở Tư pháp tỉnh Hòa Bình do ông Lò Văn Khánh dẫn đầu đã "
    "làm việc với Sở Tư pháp tỉnh Luang Namtha.\nHội đàm với Giám đốc Sở Tư pháp Bua Khăm Xổm\n"
    "Sáng ngày 6/6/2023, tại trụ sở Sở Tư pháp tỉnh Luang Namtha, hai bên đã có cuộc hội đàm về "
    "hợp tác."
)


def test_subheading_belongs_to_the_event_it_heads() -> None:
    assert event_participants(_HEADED) == {
        ("2023-06-05", "Lò Văn Khánh"),
        ("2023-06-06", "Bua Khăm Xổm"),
    }


#: (review 18, S2) a photo's caption with no final stop ("Ông A … phát biểu tại hội nghị")
#: describes the paragraph above it: its person is no participant of the event below
_CAPTIONED = (
    "Sáng 5/3/2024, Sở Tư pháp tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác năm 2023 với sự "
    "tham dự của ông Giàng A Tính, Giám đốc Sở.\n\nÔng Giàng A Tính, Giám đốc Sở Tư pháp phát "
    "biểu tại hội nghị\n\nChiều cùng ngày 5/3/2024, Sở Tư pháp tỉnh Lai Châu tổ chức Lễ trao Bằng "
    "khen cho các tập thể có thành tích xuất sắc."
)


def test_caption_is_no_subheading() -> None:
    report = extract(_CAPTIONED, article_id="t")
    assert {e.kind: e.participants for e in report.events} == {
        "conference": ["Giàng A Tính"],
        "ceremony": [],
    }


def test_subheading_led_by_its_verb_still_heads() -> None:
    headed = _HEADED.replace("Hội đàm với", "Làm việc với")
    assert ("2023-06-06", "Bua Khăm Xổm") in event_participants(headed)
