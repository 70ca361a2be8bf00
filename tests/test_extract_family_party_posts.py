"""Family P2: party posts with their body.

Grammar: a party post (``Bí thư``, ``Phó Bí thư``, ``Phó Bí thư Thường trực``, ``Đảng ủy
viên``, ``Tỉnh ủy viên``/``Huyện ủy viên``, ``Ủy viên Ban Thường vụ`` and its abbreviations
``UVBTV``/``Ủy viên BTV``) is written

- with its committee next to it (``Bí thư Tỉnh ủy X``, ``Phó Bí thư Đảng ủy Khối các cơ quan
  tỉnh X``, ``Ủy viên Ban Thường vụ Tỉnh ủy``): the title is the post (``Bí thư``), the body
  the committee (for the standing board, ``Ban Thường vụ`` + the committee);
- elliptically, as the first link of a chain whose state post names the body the committee
  belongs to (``Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh X``, ``Bí thư Chi bộ, Chi cục trưởng
  Chi cục THADS huyện Y``, ``Ủy viên Ban Thường vụ Đảng ủy, Thứ trưởng Bộ Tư pháp``): the
  title keeps the committee word as written (``Bí thư Đảng ủy``, ``Bí thư Chi bộ``) and the
  body is that committee of the chain's body (``Đảng ủy Sở Tư pháp tỉnh X``);
- with the province or district named only later in the chain (``Phó Bí thư Huyện ủy, Chủ
  tịch UBND huyện Y``) or earlier on the page.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

SO = "Sở Tư pháp tỉnh Thái Bình"
CUC = "Cục Thi hành án dân sự tỉnh Thái Bình"

ELLIPTICAL_CASES = [
    pytest.param(
        "Dự hội nghị có ông Vũ Văn Lâm, Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="secretary-comma-director",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Vũ Văn Lâm - Bí thư Đảng ủy - Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="secretary-dash-director",
    ),
    pytest.param(
        "Dự hội nghị có bà Phạm Thị Huế, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Tư pháp tỉnh Thái"
        " Bình.",
        "Phạm Thị Huế",
        {("Phó Bí thư", f"Đảng ủy {SO}"), ("Phó Giám đốc", SO)},
        id="deputy-secretary-deputy-director",
    ),
    pytest.param(
        "Chủ trì hội nghị là ông Đào Văn Hưng, Bí thư Đảng ủy, Cục trưởng Cục THADS tỉnh Thái"
        " Bình.",
        "Đào Văn Hưng",
        {("Bí thư", f"Đảng ủy {CUC}"), ("Cục trưởng", CUC)},
        id="secretary-head-of-enforcement",
    ),
    pytest.param(
        "Chủ trì hội nghị là ông Đào Văn Hưng, Bí thư Đảng ủy, Chánh án TAND tỉnh Thái Bình.",
        "Đào Văn Hưng",
        {
            ("Bí thư", "Đảng ủy Tòa án nhân dân tỉnh Thái Bình"),
            ("Chánh án", "Tòa án nhân dân tỉnh Thái Bình"),
        },
        id="secretary-chief-judge",
    ),
    pytest.param(
        "Chủ trì hội nghị là ông Đào Văn Hưng, Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh"
        " Thái Bình.",
        "Đào Văn Hưng",
        {
            ("Bí thư Ban cán sự đảng", "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh Thái Bình"),
            ("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Thái Bình"),
        },
        id="secretary-of-the-party-board-chief-procurator",
    ),
    pytest.param(
        "Tham dự có bà Mai Thị Thoa, Bí thư Chi bộ, Chi cục trưởng Chi cục THADS huyện Kiến Xương.",
        "Mai Thị Thoa",
        {
            ("Bí thư Chi bộ", "Chi bộ Chi cục Thi hành án dân sự huyện Kiến Xương"),
            ("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Kiến Xương"),
        },
        id="cell-secretary-head-of-district-office",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Thái Bình tổ chức đại hội chi bộ. Dự có bà Mai Thị Thoa, Bí thư Chi"
        " bộ, Chánh Văn phòng Sở.",
        "Mai Thị Thoa",
        {
            ("Bí thư Chi bộ", f"Chi bộ Văn phòng {SO}"),
            ("Chánh Văn phòng", f"Văn phòng {SO}"),
        },
        id="cell-secretary-chief-of-office",
    ),
    pytest.param(
        "Ông Vũ Văn Lâm, Ủy viên Ban Thường vụ Đảng ủy, Thứ trưởng Bộ Tư pháp phát biểu.",
        "Vũ Văn Lâm",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Đảng ủy Bộ Tư pháp"),
            ("Thứ trưởng", "Bộ Tư pháp"),
        },
        id="standing-member-deputy-minister",
    ),
    pytest.param(
        "Ông Vũ Văn Lâm, Đảng ủy viên, Phó Giám đốc Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Vũ Văn Lâm",
        {("Đảng ủy viên", f"Đảng ủy {SO}"), ("Phó Giám đốc", SO)},
        id="committee-member-deputy-director",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Thái Bình tổ chức hội nghị. Đồng chí Vũ Văn Lâm - Bí thư Đảng ủy,"
        " Giám đốc Sở phát biểu khai mạc.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="secretary-director-of-the-page-department",
    ),
    pytest.param(
        "Cục THADS tỉnh Thái Bình tổ chức hội nghị. Đồng chí Đào Văn Hưng, Bí thư Đảng ủy,"
        " Cục trưởng chủ trì.",
        "Đào Văn Hưng",
        {("Bí thư", f"Đảng ủy {CUC}"), ("Cục trưởng", CUC)},
        id="secretary-head-of-the-page-office",
    ),
    pytest.param(
        "Tham dự có đồng chí Lại Văn Tuân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Vũ Thư.",
        "Lại Văn Tuân",
        {("Phó Bí thư", "Huyện ủy Vũ Thư"), ("Chủ tịch", "Ủy ban nhân dân huyện Vũ Thư")},
        id="district-deputy-secretary-district-named-later",
    ),
    pytest.param(
        "Tham dự có đồng chí Lại Văn Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình.",
        "Lại Văn Tuân",
        {("Phó Bí thư", "Tỉnh ủy Thái Bình"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")},
        id="province-deputy-secretary-province-named-later",
    ),
    pytest.param(
        "Tham dự có bà Tô Thị Hằng, Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện Vũ Thư.",
        "Tô Thị Hằng",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Vũ Thư"),
            ("Phó Chủ tịch", "Ủy ban nhân dân huyện Vũ Thư"),
        },
        id="abbreviated-standing-member-of-a-district-committee",
    ),
    pytest.param(
        "Tham dự có bà Tô Thị Hằng, Huyện ủy viên, Trưởng phòng Tư pháp huyện Vũ Thư.",
        "Tô Thị Hằng",
        {("Huyện ủy viên", "Huyện ủy Vũ Thư"), ("Trưởng phòng", "Phòng Tư pháp huyện Vũ Thư")},
        id="district-committee-member-head-of-division",
    ),
    pytest.param(
        "Tham dự có ông Vũ Văn Lâm, Tỉnh ủy viên, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Tỉnh ủy viên", "Tỉnh ủy Thái Bình"), ("Giám đốc", SO)},
        id="province-committee-member-director",
    ),
]

NAMED_COMMITTEE_CASES = [
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Tỉnh ủy Thái Bình.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Tỉnh ủy Thái Bình")},
        id="province-secretary",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Thái Bình Nguyễn Hữu Tài làm việc với Sở Tư pháp.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Tỉnh ủy Thái Bình")},
        id="province-secretary-before-name",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Phó Bí thư Thường trực Tỉnh ủy Thái Bình.",
        "Nguyễn Hữu Tài",
        {("Phó Bí thư Thường trực", "Tỉnh ủy Thái Bình")},
        id="standing-deputy-secretary",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Thành ủy Hải Phòng.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Thành ủy Hải Phòng")},
        id="city-secretary",
    ),
    pytest.param(
        "Đến dự có bà Trần Thị Nhàn, Bí thư Quận ủy Quận 3.",
        "Trần Thị Nhàn",
        {("Bí thư", "Quận ủy Quận 3")},
        id="urban-district-secretary",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính"
        " Tỉnh ủy Thái Bình.",
        "Nguyễn Hữu Tài",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Thái Bình"),
        },
        id="standing-member-head-of-internal-affairs",
    ),
    pytest.param(
        "Đến dự có bà Hà Thị Lụa, Bí thư Đảng ủy Khối các cơ quan tỉnh Thái Bình.",
        "Hà Thị Lụa",
        {("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Thái Bình")},
        id="bloc-committee-secretary",
    ),
    pytest.param(
        "Đến dự có bà Hà Thị Lụa, Phó Bí thư Đảng ủy khối các cơ quan tỉnh Thái Bình.",
        "Hà Thị Lụa",
        {("Phó Bí thư", "Đảng ủy Khối các cơ quan tỉnh Thái Bình")},
        id="bloc-committee-lower-case-khoi",
    ),
    pytest.param(
        "Đến dự có bà Hà Thị Lụa, Bí thư Đảng ủy Sở Tư pháp tỉnh Thái Bình.",
        "Hà Thị Lụa",
        {("Bí thư", f"Đảng ủy {SO}")},
        id="department-committee-secretary-named",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Đảng ủy Bộ Tư pháp.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Đảng ủy Bộ Tư pháp")},
        id="ministry-committee-secretary",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Đảng ủy Cục THADS tỉnh Thái Bình.",
        "Nguyễn Hữu Tài",
        {("Bí thư", f"Đảng ủy {CUC}")},
        id="enforcement-committee-secretary-named",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Đảng ủy xã Vũ Hội, Chủ tịch UBND xã Vũ Hội.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Đảng ủy xã Vũ Hội"), ("Chủ tịch", "Ủy ban nhân dân xã Vũ Hội")},
        id="commune-secretary-and-chairman",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Huyện ủy Vũ Thư.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Huyện ủy Vũ Thư")},
        id="district-secretary",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thái Bình.",
        "Nguyễn Hữu Tài",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình"),
        },
        id="glued-abbreviated-standing-member",
    ),
    pytest.param(
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình Nguyễn Hữu Tài chủ trì buổi làm việc.",
        "Nguyễn Hữu Tài",
        {("Phó Bí thư", "Tỉnh ủy Thái Bình"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")},
        id="chain-before-the-name",
    ),
    pytest.param(
        "Dự đại hội có ông Lương Văn Quế, Phó Bí thư Đảng ủy UBND tỉnh Cao Bằng.",
        "Lương Văn Quế",
        {("Phó Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Cao Bằng")},
        id="committee-of-the-provincial-government",
    ),
    pytest.param(
        "Tại Đại hội, đồng chí Lương Văn Quế được bầu làm Bí thư Chi bộ Phòng Hành chính tư"
        " pháp, Sở Tư pháp tỉnh Cao Bằng.",
        "Lương Văn Quế",
        {("Bí thư Chi bộ", "Chi bộ Phòng Hành chính tư pháp Sở Tư pháp tỉnh Cao Bằng")},
        id="cell-of-a-division-named",
    ),
]

#: the same grammar as the sector writes it: case and tone-mark slips, "kiêm", "đ/c", three
#: links, the chain before the name, cities, towns and urban districts, former posts
WRITTEN_FORMS_CASES = [
    pytest.param(
        "Dự có ông Lại Văn Tuân, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình.",
        "Lại Văn Tuân",
        {("Phó bí thư", "Tỉnh ủy Thái Bình"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")},
        id="lower-case-deputy-secretary",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Bí Thư Đảng Ủy, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="capitalized-secretary-and-committee",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Bí thư Đảng uỷ, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="old-tone-mark-committee",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, Bí thư Tỉnh uỷ Thái Bình.",
        "Nguyễn Hữu Tài",
        {("Bí thư", "Tỉnh ủy Thái Bình")},
        id="old-tone-mark-province-committee",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Bí thư Đảng ủy kiêm Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="secretary-kiem-director",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Tỉnh ủy viên, Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {
            ("Tỉnh ủy viên", "Tỉnh ủy Thái Bình"),
            ("Bí thư", f"Đảng ủy {SO}"),
            ("Giám đốc", SO),
        },
        id="three-links",
    ),
    pytest.param(
        "Dự có đ/c Vũ Văn Lâm, Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="abbreviated-comrade",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Thái Bình tổ chức hội nghị. Bí thư Đảng ủy, Giám đốc Sở Vũ Văn Lâm"
        " phát biểu khai mạc.",
        "Vũ Văn Lâm",
        {("Bí thư", f"Đảng ủy {SO}"), ("Giám đốc", SO)},
        id="chain-before-the-name-bare-department",
    ),
    pytest.param(
        "Tham dự có bà Mai Thị Thoa, Bí thư Chi bộ, Trưởng phòng Hành chính tư pháp Sở Tư pháp"
        " tỉnh Thái Bình.",
        "Mai Thị Thoa",
        {
            ("Bí thư Chi bộ", f"Chi bộ Phòng Hành chính tư pháp {SO}"),
            ("Trưởng phòng", f"Phòng Hành chính tư pháp {SO}"),
        },
        id="cell-secretary-head-of-a-division",
    ),
    pytest.param(
        "Dự có bà Phạm Thị Huế, Phó Bí thư Thường trực Đảng ủy, Phó Giám đốc Sở Tư pháp tỉnh"
        " Thái Bình.",
        "Phạm Thị Huế",
        {("Phó Bí thư Thường trực", f"Đảng ủy {SO}"), ("Phó Giám đốc", SO)},
        id="standing-deputy-secretary-elliptical",
    ),
    pytest.param(
        "Dự có ông Đinh Văn Hòa, Ủy viên Ban Thường vụ Thành ủy, Giám đốc Sở Tư pháp thành phố"
        " Hải Phòng.",
        "Đinh Văn Hòa",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Thành ủy Hải Phòng"),
            ("Giám đốc", "Sở Tư pháp thành phố Hải Phòng"),
        },
        id="standing-member-of-a-city-committee",
    ),
    pytest.param(
        "Dự có ông Đinh Văn Hòa, Thành ủy viên, Giám đốc Sở Tư pháp TP Hải Phòng.",
        "Đinh Văn Hòa",
        {("Thành ủy viên", "Thành ủy Hải Phòng"), ("Giám đốc", "Sở Tư pháp thành phố Hải Phòng")},
        id="city-committee-member-abbreviated-city",
    ),
    pytest.param(
        "Dự có ông Trương Văn Nam, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Cần Thơ.",
        "Trương Văn Nam",
        {("Phó Bí thư", "Thành ủy Cần Thơ"), ("Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ")},
        id="city-deputy-secretary-city-named-later",
    ),
    pytest.param(
        "Dự có ông Kiều Văn Sơn, Bí thư Thị ủy Sơn Tây.",
        "Kiều Văn Sơn",
        {("Bí thư", "Thị ủy Sơn Tây")},
        id="town-committee-secretary",
    ),
    pytest.param(
        "Dự có bà Lê Thị Hà, Phó Bí thư Quận ủy, Chủ tịch UBND quận Hoàn Kiếm.",
        "Lê Thị Hà",
        {("Phó Bí thư", "Quận ủy Hoàn Kiếm"), ("Chủ tịch", "Ủy ban nhân dân quận Hoàn Kiếm")},
        id="urban-district-deputy-secretary-named-later",
    ),
    pytest.param(
        "Hội nghị do bà Lương Thị Hiền, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Tư"
        " pháp tỉnh Thái Bình chủ trì.",
        "Lương Thị Hiền",
        {("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Thái Bình"), ("Giám đốc", SO)},
        id="member-of-the-provincial-party-executive",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Hữu Tài, nguyên Bí thư Tỉnh ủy Thái Bình.",
        "Nguyễn Hữu Tài",
        {("Nguyên Bí thư", "Tỉnh ủy Thái Bình")},
        id="former-secretary",
    ),
    pytest.param(
        "Dự có ông Phạm Văn Tâm, Bí thư Đảng đoàn, Chủ tịch Hội Luật gia tỉnh Thái Bình.",
        "Phạm Văn Tâm",
        {
            ("Bí thư Đảng đoàn", "Đảng đoàn Hội Luật gia tỉnh Thái Bình"),
            ("Chủ tịch", "Hội Luật gia tỉnh Thái Bình"),
        },
        id="party-group-secretary-of-an-association",
    ),
    pytest.param(
        "Dự có ông Lò Văn Chiến, Bí thư Đảng ủy xã Mường Bú, tỉnh Sơn La.",
        "Lò Văn Chiến",
        {("Bí thư", "Đảng ủy xã Mường Bú")},
        id="commune-committee-after-2025",
    ),
    pytest.param(
        "Chi bộ cơ sở Đảng Hội Luật gia tỉnh Ninh Thuận tổ chức lễ ra mắt. Lãnh đạo Đảng ủy Khối"
        " trao quyết định cho ông Trần Văn Mạnh (Bí thư Chi bộ) và bà Lê Thị Lan (Phó Bí thư"
        " Chi bộ).",
        "Lê Thị Lan",
        {("Phó Bí thư Chi bộ", "Chi bộ cơ sở Hội Luật gia tỉnh Ninh Thuận")},
        id="cell-of-the-page-in-brackets",
    ),
    pytest.param(
        "Chi bộ Văn phòng Sở Tư pháp tỉnh Ninh Thuận tổ chức đại hội nhiệm kỳ 2020 - 2022. Đồng"
        " chí Trần Văn Mạnh, Bí thư chi bộ phát biểu khai mạc.",
        "Trần Văn Mạnh",
        {("Bí thư chi bộ", "Chi bộ Văn phòng Sở Tư pháp tỉnh Ninh Thuận")},
        id="cell-of-the-page-lower-case",
    ),
    pytest.param(
        "Chi bộ Văn phòng Sở Tư pháp tỉnh Ninh Thuận tổ chức đại hội. Ông Trần Văn Mạnh, Bí thư"
        " chi bộ thôn Đông phát biểu.",
        "Trần Văn Mạnh",
        # the village's own cell (a grassroots body named with its hamlet), not the page's
        {("Bí thư Chi bộ", "Chi bộ thôn Đông")},
        id="a-village-cell-is-not-the-page-cell",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, UV BTV Tỉnh ủy, Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"), ("Giám đốc", SO)},
        id="spaced-abbreviated-standing-member",
    ),
]

#: longer chains and rarer committees
CHAIN_CASES = [
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh"
        " ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách tư pháp tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Thái Bình"),
            ("Phó Trưởng ban Thường trực", "Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình"),
        },
        id="three-posts-the-province-named-last",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu"
        " Quốc hội tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Phó Bí thư Thường trực", "Tỉnh ủy Thái Bình"),
            ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Thái Bình"),
        },
        id="standing-deputy-secretary-head-of-delegation",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND"
        " tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bí thư", "Tỉnh ủy Thái Bình"),
            ("Chủ tịch", "Hội đồng nhân dân tỉnh Thái Bình"),
        },
        id="central-member-secretary-council-chair",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Bí thư Chi bộ Chi cục THADS huyện Vũ Thư.",
        "Nguyễn Văn An",
        {("Bí thư Chi bộ", "Chi bộ Chi cục Thi hành án dân sự huyện Vũ Thư")},
        id="cell-of-a-district-office-named",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Tư pháp tỉnh Thái"
        " Bình.",
        "Nguyễn Văn An",
        {("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Thái Bình"), ("Giám đốc", SO)},
        id="abbreviated-member-of-the-provincial-executive",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Tỉnh ủy viên – Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {("Tỉnh ủy viên", "Tỉnh ủy Thái Bình"), ("Giám đốc", SO)},
        id="committee-member-dash-director",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy"
        " Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Nguyên Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Nguyên Bí thư", "Tỉnh ủy Thái Bình"),
        },
        id="former-posts-chained",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Phó Bí thư Đảng ủy, Phó Chánh án TAND tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Phó Bí thư", "Đảng ủy Tòa án nhân dân tỉnh Thái Bình"),
            ("Phó Chánh án", "Tòa án nhân dân tỉnh Thái Bình"),
        },
        id="deputy-secretary-deputy-chief-judge",
    ),
    pytest.param(
        "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy, Cục trưởng Cục Thi hành án dân sự tỉnh Thái"
        " Bình và đồng chí Lê Thị Hoa, Phó Bí thư Đảng ủy, Phó Cục trưởng đồng chủ trì.",
        "Lê Thị Hoa",
        {
            ("Phó Bí thư", f"Đảng ủy {CUC}"),
            ("Phó Cục trưởng", CUC),
        },
        id="second-official-of-the-same-body",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Bí thư Đảng ủy phường Quang Trung, thành phố Thái Bình.",
        "Nguyễn Văn An",
        {("Bí thư", "Đảng ủy phường Quang Trung")},
        id="ward-committee",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh,"
        " Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Bình"),
            ("Giám đốc", SO),
        },
        id="standing-member-of-the-bloc-committee",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Nội chính Tỉnh uỷ Thái"
        " Bình.",
        "Vũ Văn Lâm",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Thái Bình"),
        },
        id="old-tone-marks-throughout",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Đảng uỷ viên, Phó Giám đốc Sở Tư pháp tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {("Đảng ủy viên", f"Đảng ủy {SO}"), ("Phó Giám đốc", SO)},
        id="old-tone-committee-member",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Chi ủy viên, Phó Trưởng phòng Hành chính tư pháp Sở Tư pháp tỉnh"
        " Thái Bình.",
        "Vũ Văn Lâm",
        {("Chi ủy viên", None), ("Phó Trưởng phòng", f"Phòng Hành chính tư pháp {SO}")},
        id="cell-committee-member-does-not-hide-the-post",
    ),
    pytest.param(
        "Dự có ông Vũ Văn Lâm, Ủy viên Ban Chấp hành Đảng bộ Sở, Chánh Văn phòng Sở Tư pháp"
        " tỉnh Thái Bình.",
        "Vũ Văn Lâm",
        {
            ("Ủy viên Ban Chấp hành", f"Ban Chấp hành Đảng bộ {SO}"),
            ("Chánh Văn phòng", f"Văn phòng {SO}"),
        },
        id="executive-member-of-the-department-party",
    ),
    pytest.param(
        "Dự có đồng chí Nguyễn Văn An, Bí thư Đảng ủy cơ quan Sở Tư pháp tỉnh Thái Bình.",
        "Nguyễn Văn An",
        {("Bí thư", f"Đảng ủy cơ quan {SO}")},
        id="committee-of-the-agency",
    ),
]


@pytest.mark.parametrize(
    "text,person,expected",
    ELLIPTICAL_CASES + NAMED_COMMITTEE_CASES + WRITTEN_FORMS_CASES + CHAIN_CASES,
)
def test_party_post_with_its_committee(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got
