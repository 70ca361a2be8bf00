from __future__ import annotations

import pytest
from _extract_helpers import names, run_until


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Phó Chủ tịch Thường trực UBND tỉnh", ["Phó Chủ tịch Thường trực"]),
        ("Tỉnh ủy viên, Phó Chủ tịch", ["Tỉnh ủy viên", "Phó Chủ tịch"]),
        ("Cục trưởng Cục THADS", ["Cục trưởng"]),
        ("Quyền Chi cục trưởng", ["Quyền Chi cục trưởng"]),
        ("tân Cục trưởng", ["Cục trưởng"]),
        ("Trợ giúp viên pháp lý của Trung tâm", ["Trợ giúp viên pháp lý"]),
        ("báo cáo viên pháp luật", ["Báo cáo viên pháp luật"]),
        ("Phó Trưởng Ban Pháp chế", ["Phó Trưởng Ban"]),
    ],
)
def test_titles(text: str, expected: list[str]) -> None:
    assert names(run_until(text, "titles"), "title") == expected


def test_abbreviated_titles_read_as_the_title() -> None:
    doc = run_until(
        "Ông Lương Văn Phúc - PGĐ Sở Tư pháp trình bày; bà Cao Thị Hạnh, PCT UBND.", "titles"
    )
    assert [(t.name, t.rule) for t in doc.by_label("title")] == [
        ("Phó Giám đốc", "abbreviation"),
        ("Phó Chủ tịch", "abbreviation"),
    ]
