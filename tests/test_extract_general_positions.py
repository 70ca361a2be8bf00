"""General position rules checked on invented sentences (never taken from any real page).

Each row: a sentence, the person, and the (title, organization) positions the extractor must
report for that person.
"""

from __future__ import annotations

import pytest
from extract_helpers import person_positions as _positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    "text,person,positions",
    [
        pytest.param(
            "Đồng chí Lê Văn Tâm, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân"
            " tỉnh Hà Nam chủ trì hội nghị.",
            "Lê Văn Tâm",
            [
                ("Bí thư Ban cán sự đảng", "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh Hà Nam"),
                ("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Hà Nam"),
            ],
            id="party-organ-before-head",
        ),
        pytest.param(
            "Dự có đồng chí Trần Văn Luận - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hà Nam.",
            "Trần Văn Luận",
            [
                # a title is reported as written (BTV is not one of the schema's abbreviations)
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hà Nam"),
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
            ],
            id="standing-board-abbreviated",
        ),
        pytest.param(
            "Anh Đào Văn Nam (SN 1975), Chi Cục trưởng Chi Cục Thi hành án dân sự huyện Kim"
            " Bảng, tỉnh Hà Nam đã nhiều năm công tác.",
            "Đào Văn Nam",
            [("Chi Cục trưởng", "Chi cục Thi hành án dân sự huyện Kim Bảng")],
            id="birth-year-aside-and-capitalized-head",
        ),
        pytest.param(
            "Ông Hà Minh Đức (sinh năm 1968), Giám đốc Sở Tư pháp tỉnh Hà Nam, chủ trì.",
            "Hà Minh Đức",
            [("Giám đốc", "Sở Tư pháp tỉnh Hà Nam")],
            id="birth-year-aside",
        ),
        pytest.param(
            "Tại cuộc họp, đồng chí Phan Văn Nam, Bí thư Chi đoàn Sở – Phó Chánh Văn phòng Sở"
            " Tư pháp tỉnh Hà Nam đã báo cáo.",
            "Phan Văn Nam",
            # the bare "Sở" of the youth cell is the department the chain names (as a parent)
            [
                ("Bí thư", "Chi đoàn Sở Tư pháp tỉnh Hà Nam"),
                ("Phó Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Hà Nam"),
            ],
            id="union-role-with-unknown-body-keeps-chain",
        ),
        pytest.param(
            "Ngày 2/3/2023, Phòng Tư pháp huyện Kim Bảng tổ chức hội nghị. Hội nghị do ông Đào"
            " Văn Nam, Trưởng phòng Tư pháp huyện chủ trì.",
            "Đào Văn Nam",
            [("Trưởng phòng", "Phòng Tư pháp huyện Kim Bảng")],
            id="bare-district-body-named-in-full-earlier",
        ),
        pytest.param(
            "Ông Đào Văn Nam, Phó Chủ tịch Hội đồng Phổ biến, giáo dục pháp luật tỉnh Hà Nam,"
            " chủ trì hội nghị. UBND tỉnh ban hành kế hoạch.",
            "Đào Văn Nam",
            # the council is read now (org_heads.tsv, without "phối hợp"); never the UBND
            [("Phó Chủ tịch", "Hội đồng phổ biến, giáo dục pháp luật tỉnh Hà Nam")],
            id="unrecognized-council-is-not-the-peoples-committee",
        ),
        pytest.param(
            "Dự có ông Trần Văn Luận, Ủy viên Trung ương Đảng, Bí thư tỉnh ủy tỉnh Hà Nam.",
            "Trần Văn Luận",
            [
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Bí thư", "Tỉnh ủy Hà Nam"),
            ],
            id="lower-case-provincial-committee",
        ),
        pytest.param(
            "Bà Trần Thị Lan - Phó trưởng Phòng Nghiệp vụ Cục Thi hành án dân sự tỉnh Hà Nam"
            " phát biểu.",
            "Trần Thị Lan",
            [("Phó trưởng Phòng", "Phòng Nghiệp vụ Cục Thi hành án dân sự tỉnh Hà Nam")],
            id="deputy-head-capitalized-unit",
        ),
        pytest.param(
            "Ông Lê Văn Thạch - Chi cục trưởng Chi cục THADS huyện Kim Bảng và chấp hành viên"
            " Trần Thị Lan - Phó Trưởng phòng Nghiệp vụ Cục Thi hành án dân sự tỉnh Hà Nam"
            " cùng dự.",
            "Trần Thị Lan",
            [
                ("Phó Trưởng phòng", "Phòng Nghiệp vụ Cục Thi hành án dân sự tỉnh Hà Nam"),
                ("Chấp hành viên", "Cục Thi hành án dân sự tỉnh Hà Nam"),
            ],
            id="professional-title-employed-by-own-office",
        ),
        pytest.param(
            "Đồng chí Lê Văn Tâm, Bí thư Ban cán sự đảng, Bí thư Đảng ủy, Viện trưởng Viện kiểm"
            " sát nhân dân tỉnh Hà Nam chủ trì.",
            "Lê Văn Tâm",
            [
                ("Bí thư Ban cán sự đảng", "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh Hà Nam"),
                ("Bí thư", "Đảng ủy Viện kiểm sát nhân dân tỉnh Hà Nam"),
                ("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Hà Nam"),
            ],
            id="two-bare-party-roles-before-head",
        ),
    ],
)
def test_general_positions(text: str, person: str, positions: list[tuple[str, str | None]]) -> None:
    assert _positions(text, person) == positions
