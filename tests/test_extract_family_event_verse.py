"""Events, rules session 11: a poem a page prints (short lines without a closing stop) reports
no activity, even where a line uses an activity's word (``Anh em ngồi lại hội đàm``); a headline
over a menu and a date line, or prose, still does. Invented verse, bodies, names and sentences
only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_POEM = (
    "Trăng lên đầu ngõ sáng ngời\n\nGió về bên bãi lúa thơm\n\nNgành ta bền bỉ tháng năm\n\n"
    "Anh em ngồi lại hội đàm\n\nBên nhau vững bước đường xa\n\n"
    "Ông Lạc Văn Thuyên - Nguyên Kiểm sát viên Viện kiểm sát nhân dân tỉnh Hòa Lâm;\n"
)


def test_a_poems_line_is_no_activity() -> None:
    # (the signature under the last lines closes with a stop: still a poem's line)
    assert event_facts(_POEM) == set()


def test_a_headline_over_a_menu_and_a_date_line_still_reports() -> None:
    text = (
        "Trang chủ / Tin tức\n\nSở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị tập huấn hộ tịch\n\n"
        "14/05/2024\n\nVừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị tập huấn công tác hộ "
        "tịch. Bà Cung Thị Nhạn, Phó Giám đốc Sở chủ trì hội nghị."
    )
    assert {kind for kind, _ in event_facts(text)} == {"training"}
