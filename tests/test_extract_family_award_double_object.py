"""Persons and participants, rules session 11: an award named right after the person given it
(``tặng ông A Bằng khen``, ``trao tặng Bộ trưởng B Bằng khen của …``, ``tặng bà C Huân chương
Lao động hạng Ba``) ends the person's name: its first syllable is no given name, so the
person, their award and their part in the event are read whole; a given name that happens to
be such a syllable (``ông Lê Văn Bằng khen ngợi …``) stays. Invented bodies, names and sentences
only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("sentence", "person", "award"),
    [
        pytest.param(
            "Ủy ban nhân dân tỉnh tặng ông Lục Văn Chiến Bằng khen vì thành tích xuất sắc.",
            "Lục Văn Chiến",
            "Bằng khen",
            id="bang-khen",
        ),
        pytest.param(
            "Chủ tịch nước tặng bà Cung Thị Nhạn Huân chương Lao động hạng Ba.",
            "Cung Thị Nhạn",
            "Huân chương Lao động hạng Ba",
            id="huan-chuong",
        ),
        pytest.param(
            "Giám đốc Sở trao tặng ông Đàm Quang Thiệp Giấy khen.",
            "Đàm Quang Thiệp",
            "Giấy khen",
            id="giay-khen",
        ),
        pytest.param(
            "Bộ trưởng trao tặng ông Đàm Quang Thiệp Kỷ niệm chương Vì sự nghiệp Tư pháp.",
            "Đàm Quang Thiệp",
            "Kỷ niệm chương",
            id="ky-niem-chuong",
        ),
    ],
)
def test_an_award_after_the_name_ends_it(sentence: str, person: str, award: str) -> None:
    report = extract(sentence, article_id="t", published="2024-06-15")
    names = {p.name for p in report.persons}
    assert person in names
    assert not any(n.startswith(person + " ") for n in names)
    assert any(a.recipient == person and a.award.startswith(award) for a in report.awards)


def test_a_given_name_before_praise_stays() -> None:
    report = extract("Ông Lê Văn Bằng khen ngợi các đơn vị.", article_id="t")
    assert [p.name for p in report.persons] == ["Lê Văn Bằng"]


def test_the_person_given_the_award_there_takes_part_by_name() -> None:
    text = (
        "Sáng 12/6/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 30 năm thành lập. Thừa "
        "ủy quyền, ông Khổng Minh Trác, Phó Chủ tịch Ủy ban nhân dân tỉnh trao tặng bà Cung Thị "
        "Nhạn Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh."
    )
    got = event_participants(text, "2024-06-13")
    assert ("2024-06-12", "Cung Thị Nhạn") in got
    assert all(not p.startswith("Cung Thị Nhạn ") for _, p in got)
