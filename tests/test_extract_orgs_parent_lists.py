"""Units listed before a parent that keeps their names (F: supreme bodies, foreign
bodies), checked on invented sentences (never taken from any real page); a family of pages
scored at arrival (session 7, round 2; the others in ``test_extract_general_orgs8.py``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text`` (a page with no date line: its
    date is read from the text), compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param

# F: units listed before a parent that keeps their names (supreme bodies, foreign bodies)
FOREIGN = [
    P(
        "Tặng Bằng khen cho Vụ Tổ chức cán bộ, Văn phòng, Phòng Hợp tác quốc tế của Viện kiểm "
        "sát nhân dân tối cao Lào.",
        {
            "Phòng Hợp tác quốc tế Viện kiểm sát nhân dân tối cao Lào",
            "Văn phòng Viện kiểm sát nhân dân tối cao Lào",
            "Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao Lào",
        },
        {"Vụ Tổ chức cán bộ"},
        id="f-units-of-foreign-procuracy",
    ),
    P(
        "Các tập thể được khen gồm: vụ tổ chức cán bộ, văn phòng, phòng hợp tác quốc tế của "
        "VKSND tối cao Lào.",
        {
            "Văn phòng Viện kiểm sát nhân dân tối cao Lào",
            "Phòng hợp tác quốc tế Viện kiểm sát nhân dân tối cao Lào",
            "Vụ tổ chức cán bộ Viện kiểm sát nhân dân tối cao Lào",
        },
        set(),
        id="f-units-lowercase-abbrev-parent",
    ),
    P(
        "Vụ 7, Vụ 14 và Văn phòng VKSND tối cao được tặng Cờ thi đua.",
        {
            "Vụ 7 Viện kiểm sát nhân dân tối cao",
            "Văn phòng Viện kiểm sát nhân dân tối cao",
            "Vụ 14 Viện kiểm sát nhân dân tối cao",
        },
        set(),
        id="f-numbered-units-supreme",
    ),
    P(
        "Vụ Hợp tác quốc tế, Vụ Tổ chức cán bộ thuộc Tòa án nhân dân tối cao Lào đã phối hợp.",
        {
            "Vụ Hợp tác quốc tế Tòa án nhân dân tối cao Lào",
            "Vụ Tổ chức cán bộ Tòa án nhân dân tối cao Lào",
        },
        set(),
        id="f-units-thuoc-foreign-court",
    ),
    P(
        "Vụ Hợp tác quốc tế của Bộ Tư pháp Lào đã phối hợp tổ chức hội thảo.",
        {"Vụ Hợp tác quốc tế Bộ Tư pháp Lào"},
        set(),
        id="f-unit-of-foreign-ministry",
    ),
    P(
        "Vụ Pháp chế, Vụ Hợp tác quốc tế Bộ Tư pháp đã phối hợp.",
        {"Vụ Pháp chế", "Vụ Hợp tác quốc tế"},
        {"Vụ Pháp chế Bộ Tư pháp"},
        id="f-ministry-units-without-ministry",
    ),
    P(
        "Lãnh đạo một số vụ, phòng thuộc TAND tối cao dự hội nghị.",
        {"Tòa án nhân dân tối cao"},
        {"Phòng Tòa án nhân dân tối cao", "Vụ Tòa án nhân dân tối cao"},
        id="f-generic-units-nothing",
    ),
    P(
        "Ông Lê Văn Tâm, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân tối cao phát "
        "biểu.",
        {"Viện kiểm sát nhân dân tối cao"},
        {"Viện trưởng Viện kiểm sát nhân dân tối cao"},
        id="f-title-not-unit",
    ),
    P(
        "Phòng Tư pháp huyện Gia Viễn, Văn phòng VKSND tối cao đã phối hợp.",
        {"Phòng Tư pháp huyện Gia Viễn", "Văn phòng Viện kiểm sát nhân dân tối cao"},
        {"Phòng Tư pháp huyện Gia Viễn Viện kiểm sát nhân dân tối cao"},
        id="f-placed-body-not-unit",
    ),
    P(
        "Vụ Kế hoạch - Tài chính, Vụ 2 của Viện kiểm sát nhân dân tối cao nhận Bằng khen.",
        {
            "Vụ Kế hoạch - Tài chính Viện kiểm sát nhân dân tối cao",
            "Vụ 2 Viện kiểm sát nhân dân tối cao",
        },
        set(),
        id="f-dash-unit",
    ),
    P(
        "Huân chương Độc lập hạng Ba cho ông Khamla Vongsa, Bộ trưởng Bộ Nội vụ, nguyên Viện "
        "trưởng Viện kiểm sát nhân dân tối cao Lào.",
        {"Bộ Nội vụ Lào"},
        {"Bộ Nội vụ"},
        id="f-chain-ministry-before-foreign",
    ),
    P(
        "Đoàn do bà Souphan Keomixay, Phó Chủ tịch Quốc hội, Viện trưởng Viện kiểm sát nhân dân "
        "tối cao Lào dẫn đầu.",
        {"Quốc hội Lào"},
        {"Quốc hội"},
        id="f-chain-assembly",
    ),
    P(
        "Tiếp đoàn có ông Bounmy Phommala, Bộ trưởng Bộ Tư pháp Lào, nguyên Thứ trưởng Bộ Tài "
        "chính.",
        {"Bộ Tài chính Lào", "Bộ Tư pháp Lào"},
        set(),
        id="f-chain-foreign-first",
    ),
    P(
        "Tham dự có ông Lê Văn Tâm, Thứ trưởng Bộ Tư pháp và ông Khamla Vongsa, Thứ trưởng Bộ Tư "
        "pháp Lào.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-two-chains-kept-apart",
    ),
    P(
        "Thay mặt Chính phủ, Bộ Tư pháp trao Huân chương Lao động cho Bộ Tư pháp Lào.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào", "Chính phủ"},
        {"Chính phủ Lào"},
        id="f-no-person-chain",
    ),
    P(
        "Chủ tịch nước đã ký quyết định tặng Huân chương Hữu nghị cho ông Khamla Vongsa, Viện "
        "trưởng Viện kiểm sát nhân dân tối cao Lào.",
        {"Viện kiểm sát nhân dân tối cao Lào"},
        {"Chủ tịch nước Lào"},
        id="f-conferrer-outside-chain",
    ),
    P(
        "Ông Somsak Inthavong, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội, Viện trưởng Viện "
        "kiểm sát nhân dân tối cao Lào phát biểu.",
        {"Quốc hội Lào"},
        {"Bộ Chính trị Lào"},
        id="f-chain-politburo-not-suffixed",
    ),
    P(
        "Ông Lê Văn Tâm, Bộ trưởng Bộ Tư pháp, đã có chuyến thăm và làm việc tại Lào.",
        {"Bộ Tư pháp"},
        {"Bộ Tư pháp Lào"},
        id="f-country-as-destination",
    ),
    P(
        "Bà Trần Thị Mai nhấn mạnh: Bản ghi nhớ giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào được "
        "thực hiện tốt.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-speaker-clause-not-a-chain",
    ),
    P(
        "Tiếp đoàn có ông Khamla Vongsa, Thứ trưởng Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-vietnam-written-stays",
    ),
    P(
        "Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam ký kết kế hoạch hợp tác.",
        {"Bộ Tư pháp Lào"},
        set(),
        id="f-foreign-ministry",
    ),
    P(
        "Viện Kiểm sát Nhân dân Tối cao Lào cử đoàn công tác sang làm việc.",
        {"Viện kiểm sát nhân dân tối cao Lào"},
        set(),
        id="f-foreign-procuracy-capitalized",
    ),
]


@pytest.mark.parametrize("text,present,absent", FOREIGN)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
