"""Organizations written with journalists' forms (session 11, x-org13): an abbreviation in
brackets between a body's head and its place, the canonical domain's last words written after
that bracket, a city's all-capital alias after ``TP`` and a space, a law firm's ``và Cộng sự``
ending, a foreign chamber or supreme court named with its country, a firm named by dotted
initials. Every sentence is invented; the expected names follow the conventions (names in full,
abbreviations expanded, a provincial body with its province).

Each row: a sentence, the date of its page, the organizations the report must list, and names
it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"  # before the 2025 mergers
NEW = "2025-11-20"  # the provincial enforcement office is named "Thi hành án dân sự tỉnh X"
THA = "Thi hành án dân sự"

BRACKETS = [
    P(
        "Ngày 19-11, Thi hành án dân sự (THADS) tỉnh Kon Tum đã ra thông báo.",
        NEW,
        {f"{THA} tỉnh Kon Tum"},
        set(),
        id="office-bracket-province",
    ),
    P(
        "Thi hành án dân sự (THADS) TP HCM vừa tổ chức hội nghị giao ban tháng 10.",
        NEW,
        {f"{THA} thành phố Hồ Chí Minh"},
        set(),
        id="office-bracket-city-alias",
    ),
    P(
        "Sáng nay, Thi hành án dân sự (THA) tỉnh Cao Bằng phối hợp với Công an tỉnh.",
        NEW,
        {f"{THA} tỉnh Cao Bằng", "Công an tỉnh Cao Bằng"},
        set(),
        id="office-short-bracket",
    ),
    P(
        "Ngày 19-11, Thi hành án dân sự (THADS) tỉnh Kon Tum đã ra thông báo.",
        OLD,
        set(),
        {f"{THA} tỉnh Kon Tum"},
        id="neg-office-before-2025",
    ),
    P(
        "Công tác Thi hành án dân sự (THADS) tỉnh Kon Tum năm 2025 đạt kết quả tốt.",
        NEW,
        set(),
        {f"{THA} tỉnh Kon Tum"},
        id="neg-office-activity",
    ),
    P(
        "Cơ quan Thi hành án dân sự (THADS) đã tổ chức cưỡng chế.",
        NEW,
        set(),
        {THA},
        id="neg-office-without-place",
    ),
    P(
        "Trung tâm Trợ giúp pháp lý (TGPL) nhà nước tỉnh Cao Bằng tổ chức tập huấn.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cao Bằng"},
        set(),
        id="centre-tail-after-bracket",
    ),
    P(
        "Trung tâm Trợ giúp pháp lý (TGPL) Nhà nước tỉnh Cao Bằng tổ chức tập huấn.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cao Bằng"},
        set(),
        id="centre-tail-capitalized",
    ),
    P(
        "Trung tâm Trợ giúp pháp lý (TGPL) tỉnh Cao Bằng tổ chức tập huấn.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cao Bằng"},
        set(),
        id="centre-bracket-without-tail",
    ),
    P(
        "Trung tâm Trợ giúp pháp lý (TGPL) nhà nước tỉnh Cao Bằng và Ủy ban nhân dân (UBND)"
        " huyện Hà Quảng phối hợp.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cao Bằng", "Ủy ban nhân dân huyện Hà Quảng"},
        set(),
        id="centre-and-committee-brackets",
    ),
]

CITY_ALIAS = [
    P(
        "Ủy ban nhân dân TP HCM và Công an TP HCM phối hợp kiểm tra.",
        OLD,
        {"Ủy ban nhân dân thành phố Hồ Chí Minh", "Công an thành phố Hồ Chí Minh"},
        set(),
        id="alias-after-space",
    ),
    P(
        "Tòa án nhân dân TP HCM xét xử; Sở Tư pháp Tp HCM cử người theo dõi.",
        OLD,
        {"Tòa án nhân dân thành phố Hồ Chí Minh", "Sở Tư pháp thành phố Hồ Chí Minh"},
        set(),
        id="alias-both-prefixes",
    ),
    P(
        "Phòng Tư pháp TP Vinh tổ chức hội nghị.",
        OLD,
        {"Phòng Tư pháp thành phố Vinh"},
        set(),
        id="neg-city-name-not-an-alias",
    ),
]

FIRMS = [
    P(
        "Công ty Luật TNHH Đoàn Khải và Cộng sự tham gia trợ giúp pháp lý.",
        OLD,
        {"Công ty Luật TNHH Đoàn Khải và Cộng sự"},
        {"Công ty Luật TNHH Đoàn Khải và Cộng"},
        id="firm-partners-before-verb",
    ),
    P(
        "Văn phòng Luật sư Tạ Ngần và Cộng sự đã nhận vụ việc.",
        OLD,
        {"Văn phòng Luật sư Tạ Ngần và Cộng sự"},
        set(),
        id="law-office-partners",
    ),
    P(
        "Ông Khải, Công ty Luật TNHH Đoàn Khải và Cộng sự, phát biểu.",
        OLD,
        {"Công ty Luật TNHH Đoàn Khải và Cộng sự"},
        set(),
        id="firm-partners-before-comma",
    ),
    P(
        "Công ty Luật TNHH Minh Khải tham gia cùng các cộng sự.",
        OLD,
        {"Công ty Luật TNHH Minh Khải"},
        {"Công ty Luật TNHH Minh Khải tham gia cùng các cộng sự"},
        id="neg-partners-written-small",
    ),
]

ALL = BRACKETS + CITY_ALIAS + FIRMS


@pytest.mark.parametrize(("text", "published", "expected", "absent"), ALL)
def test_written_forms(
    text: str, published: str | None, expected: set[str], absent: set[str]
) -> None:
    got = scored_orgs(text, published)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)


#: foreign chambers and courts named with their country; firms named by dotted initials
FOREIGN_AND_INITIALS = [
    P(
        "Đoàn đã thăm Tòa án Tối cao Nhật Bản và Hạ viện Nhật Bản.",
        OLD,
        {"Tòa án tối cao Nhật Bản", "Hạ viện Nhật Bản"},
        set(),
        id="foreign-court-capitalized-and-lower-chamber",
    ),
    P(
        "Đoàn làm việc với Thượng viện Nhật Bản và Quốc hội Lào.",
        OLD,
        {"Thượng viện Nhật Bản", "Quốc hội Lào"},
        set(),
        id="foreign-upper-chamber",
    ),
    P(
        "Thượng viện đã thông qua dự luật.",
        OLD,
        set(),
        {"Thượng viện"},
        id="neg-chamber-without-country",
    ),
    P(
        "Ông Tạ Văn Khải, Giám đốc Công ty Luật X.Y.Z (Khai Law Firm), phát biểu.",
        OLD,
        {"Công ty Luật X.Y.Z"},
        {"Công ty Luật X"},
        id="firm-dotted-initials",
    ),
    P(
        "Công ty Luật TNHH A. Nguyễn tham gia hỗ trợ.",
        OLD,
        set(),
        {"Công ty Luật TNHH A. Nguyễn"},
        id="neg-initial-then-name-not-joined",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "absent"), FOREIGN_AND_INITIALS)
def test_foreign_and_initials(
    text: str, published: str | None, expected: set[str], absent: set[str]
) -> None:
    got = scored_orgs(text, published)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
