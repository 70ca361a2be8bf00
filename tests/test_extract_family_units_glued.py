"""Sub-units, emulation groups and military units, and names glued to the words after them.

Invented sentences only. Each row: a text, organizations the page must list, and ones it must
not (a name that runs on into the next phrase).
"""

from __future__ import annotations

import pytest

from justicekg.extract._score import normalize
from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str) -> set[str | None]:
    r = extract(text, article_id="t", published="2023-03-01")
    return {normalize(o.name) for o in r.organizations}


VKS = "Viện kiểm sát nhân dân tỉnh Kon Tum"

ROWS = [
    pytest.param(
        "Tham dự có đại diện các đơn vị thuộc Khối thi đua số 4 và đại diện chính quyền địa"
        " phương nơi Trại giam Sông Mây đóng quân.",
        {"Khối thi đua số 4", "Trại giam Sông Mây"},
        {"Khối thi đua số 4 và đại diện chính quyền địa phương nơi Trại giam Sông Mây"},
        id="group-and-lower-phrase",
    ),
    pytest.param(
        "Các đơn vị Cụm thi đua số 2 và lãnh đạo Sở Tư pháp tỉnh Kon Tum dự.",
        {"Cụm thi đua số 2", "Sở Tư pháp tỉnh Kon Tum"},
        {"Cụm thi đua số 2 và lãnh đạo Sở Tư pháp tỉnh Kon Tum"},
        id="cluster-and-lower-phrase",
    ),
    pytest.param(
        "Chiều 2/3/2023, tại Trại giam Sông Mây – Khối trưởng Khối thi đua số 4, đã tổ chức lễ"
        " ký giao ước thi đua.",
        {"Trại giam Sông Mây", "Khối thi đua số 4"},
        {"Trại giam Sông Mây – Khối trưởng Khối"},
        id="camp-dash-group-head-role",
    ),
    pytest.param(
        "Tại Trại giam Sông Mây - Cụm trưởng Cụm thi đua số 2 tổ chức hội nghị.",
        {"Trại giam Sông Mây"},
        {"Trại giam Sông Mây - Cụm trưởng Cụm"},
        id="camp-hyphen-cluster-head-role",
    ),
    pytest.param(
        "Trại giam Sông Mây – Giám thị Trại giam đã phát biểu.",
        {"Trại giam Sông Mây"},
        {"Trại giam Sông Mây – Giám thị Trại giam"},
        id="camp-dash-warden",
    ),
    pytest.param(
        "Thành viên gồm Trung đoàn Cảnh sát cơ động Đông Bắc và Lữ đoàn 172, Bộ Tư lệnh Đặc công.",
        {"Trung đoàn Cảnh sát cơ động Đông Bắc", "Lữ đoàn 172 Bộ Tư lệnh Đặc công"},
        {"Lữ đoàn 172"},
        id="regiment-by-arm-brigade-with-command",
    ),
    pytest.param(
        "Lữ đoàn 172 - Bộ Tư lệnh Thủ đô tổ chức hội nghị.",
        {"Lữ đoàn 172 Bộ Tư lệnh Thủ đô"},
        set(),
        id="brigade-dash-command",
    ),
    pytest.param(
        "Sư đoàn 316, Quân khu 2 phối hợp tổ chức.",
        {"Sư đoàn 316 Quân khu 2"},
        set(),
        id="division-military-zone",
    ),
    pytest.param(
        "Các cơ quan tư pháp quân sự trên địa bàn Quân khu 9 đã phối hợp chặt chẽ.",
        {"Quân khu 9"},
        set(),
        id="military-zone-alone",
    ),
    pytest.param(
        "Tòa án Quân sự Quân khu 9 tổ chức phiên tòa.",
        {"Tòa án Quân sự Quân khu 9"},
        {"Quân khu 9"},
        id="military-court-keeps-its-zone",
    ),
    pytest.param(
        "Tiểu đoàn Cảnh sát đặc nhiệm 2 tham gia diễn tập.",
        {"Tiểu đoàn Cảnh sát đặc nhiệm 2"},
        set(),
        id="battalion-by-arm-numbered",
    ),
    pytest.param(
        "Tại Hội nghị, Văn phòng tổng hợp VKSND tỉnh Kon Tum đã báo cáo tổng kết.",
        {f"Văn phòng tổng hợp {VKS}"},
        set(),
        id="procuracy-general-office-abbreviated",
    ),
    pytest.param(
        "Văn phòng Tổng hợp Viện kiểm sát nhân dân tỉnh Kon Tum đã báo cáo.",
        {f"Văn phòng tổng hợp {VKS}"},
        set(),
        id="procuracy-general-office-capital",
    ),
    pytest.param(
        "Ông Lê Văn Tý, Chánh Văn phòng tổng hợp VKSND tỉnh Kon Tum báo cáo.",
        {f"Văn phòng tổng hợp {VKS}"},
        set(),
        id="head-of-general-office",
    ),
    pytest.param(
        "Phòng 3 VKSND tỉnh Kon Tum hướng dẫn các tiêu chí.",
        {f"Phòng 3 {VKS}"},
        set(),
        id="numbered-division",
    ),
    pytest.param(
        "Phòng 7, Viện kiểm sát nhân dân tỉnh Kon Tum chủ trì.",
        {f"Phòng 7 {VKS}"},
        set(),
        id="numbered-division-comma",
    ),
    pytest.param(
        "Trung tâm Giám định pháp y tỉnh Kon Tum đã thực hiện 300 vụ giám định.",
        {"Trung tâm Giám định pháp y tỉnh Kon Tum"},
        set(),
        id="forensic-centre",
    ),
    pytest.param(
        "Trung tâm Giám định pháp y tỉnh đã thực hiện 300 vụ giám định.",
        {"Trung tâm Giám định pháp y tỉnh"},
        set(),
        id="forensic-centre-no-province-named",
    ),
    pytest.param(
        "Tỉnh Kon Tum: Trung tâm Pháp y tỉnh đã thực hiện 300 vụ giám định.",
        {"Trung tâm Pháp y tỉnh Kon Tum"},
        set(),
        id="forensic-centre-province-from-page",
    ),
    pytest.param(
        "Trung tâm Giám định pháp y tâm thần khu vực Tây Nguyên phối hợp thực hiện.",
        set(),
        {"Trung tâm Giám định pháp y"},
        id="psychiatric-forensic-not-cut",
    ),
    pytest.param(
        "Viện kiểm sát nhân dân huyện Đắk R’Lấp tổ chức hội nghị.",
        {"Viện kiểm sát nhân dân huyện Đắk R’Lấp"},
        {"Viện kiểm sát nhân dân huyện Đắk R"},
        id="district-typographic-apostrophe",
    ),
    pytest.param(
        "Tòa án nhân dân huyện Cư M’gar và Tòa án nhân dân huyện Ea H'leo tham dự.",
        {"Tòa án nhân dân huyện Cư M’gar", "Tòa án nhân dân huyện Ea H'leo"},
        {"Tòa án nhân dân huyện Cư M"},
        id="two-apostrophe-styles",
    ),
    pytest.param(
        "Khối thi đua số 4 hiện có 12 cơ quan, đơn vị gồm: Tòa án nhân dân tỉnh Kon Tum, Trại"
        " giam Sông Mây, Trung đoàn Cảnh sát cơ động Đông Bắc và Lữ đoàn 172, Bộ Tư lệnh Đặc"
        " công. Trong đó Trại giam Sông Mây là đơn vị Khối trưởng.",
        {
            "Khối thi đua số 4 tỉnh Kon Tum",  # (the province's bloc, as the gold names it)
            "Trại giam Sông Mây",
            "Trung đoàn Cảnh sát cơ động Đông Bắc",
            "Lữ đoàn 172 Bộ Tư lệnh Đặc công",
        },
        {"Lữ đoàn 172"},
        id="member-list-paragraph",
    ),
    pytest.param(
        "Khối thi đua số 4 và Khối thi đua số 5 cùng tổ chức ký kết.",
        {"Khối thi đua số 4", "Khối thi đua số 5"},
        {"Khối thi đua số 4 và Khối thi đua số 5"},
        id="two-groups-joined",
    ),
    pytest.param(
        "Cụm thi đua số IX Tòa án nhân dân tổ chức hội nghị.",
        {"Cụm thi đua số IX Tòa án nhân dân"},
        set(),
        id="roman-numbered-cluster-named-with-sector",
    ),
    pytest.param(
        "Năm 2022, Công an tỉnh Kon Tum là Khối trưởng Khối thi đua số 4, Sở Tư pháp là Khối phó.",
        {"Khối thi đua số 4 tỉnh Kon Tum", "Sở Tư pháp tỉnh Kon Tum"},
        {"Khối thi đua số 4, Sở Tư pháp"},
        id="numbered-group-comma-member",
    ),
]


@pytest.mark.parametrize("text,orgs,not_orgs", ROWS)
def test_units_and_glued_names(text: str, orgs: set, not_orgs: set) -> None:
    found = _orgs(text)
    assert {normalize(n) for n in orgs} <= found, found
    assert not ({normalize(n) for n in not_orgs} & found), found
