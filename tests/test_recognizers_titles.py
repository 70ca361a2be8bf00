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
