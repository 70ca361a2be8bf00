"""Events of session 18 (read set R18): a dated report of a day of several activities (``Ngày
8/3/2022, Công đoàn Sở … tổ chức các hoạt động …``) followed by a sentence that names one of
them by its head noun, held (``Sở tổ chức buổi Tọa đàm …``), reports that activity on the same
day; a sentence that names none, or a report of one activity, adds nothing. Invented sentences
and names."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_DAY = (
    "Ngày 8/3/2022, Công đoàn Sở Tư pháp tỉnh Hòa Bình tổ chức các hoạt động giao lưu văn nghệ, "
    "thể thao sôi nổi cho công chức nữ."
)


def test_activity_named_after_the_day_is_held_on_it() -> None:
    text = _DAY + " Sở tổ chức buổi Tọa đàm để chị em ôn lại truyền thống của Ngày Quốc tế Phụ nữ."
    assert event_facts(text) == {("other", "2022-03-08"), ("conference", "2022-03-08")}


def test_sentence_naming_no_activity_adds_nothing() -> None:
    text = _DAY + " Chị em công chức nữ đều phấn khởi, vui tươi."
    assert event_facts(text) == {("other", "2022-03-08")}


def test_one_activity_reported_is_not_a_day_of_activities() -> None:
    text = (
        "Ngày 8/3/2022, Công đoàn Sở Tư pháp tỉnh Hòa Bình tổ chức giao lưu văn nghệ cho công "
        "chức nữ. Sở tổ chức buổi Tọa đàm vào năm trước với chủ đề tương tự."
    )
    assert ("conference", "2022-03-08") not in event_facts(text)
