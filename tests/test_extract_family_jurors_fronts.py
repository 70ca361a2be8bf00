"""Jurors' delegations and Fatherland Front standing boards, on invented sentences.

Each row: an invented text, the (title, organization) pairs some persons must hold (compared as
the scorer compares them), the organizations the page must list, and the ones it must not.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored, scored_facts, scored_names

from justicekg.extract._score import normalize

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def extract_facts(text: str) -> tuple[dict[str, set[tuple]], set[str | None]]:
    return scored_facts(text, "2021-08-10")


_pairs = scored
_orgs = scored_names


HG = "Tòa án nhân dân tỉnh Hậu Giang"
DJ = "Đoàn Hội thẩm Tòa án nhân dân tỉnh Hậu Giang"
DJN = "Đoàn Hội thẩm nhân dân Tòa án nhân dân tỉnh Hậu Giang"
DH = "Đoàn Hội thẩm nhân dân huyện Thanh Sơn"
DHT = "Đoàn Hội thẩm nhân dân Tòa án nhân dân huyện Thanh Sơn"
CTX_HG = "Ngày 5/7/2021, Tòa án nhân dân tỉnh Hậu Giang tổ chức hội nghị Hội thẩm. "
CTX_TS = (
    "Ngày 5/7/2021, Thường trực Hội đồng nhân dân huyện Thanh Sơn phối hợp với Tòa án nhân dân"
    " huyện Thanh Sơn tổ chức hội nghị toàn thể Hội thẩm. "
)

JURORS = [
    pytest.param(
        CTX_HG + "Hội nghị đã bầu ông Lù Văn Khiêm làm Trưởng đoàn Đoàn Hội thẩm Tòa án nhân dân"
        " tỉnh; ông Mạc Văn Dũng và bà Tô Thị Nhàn làm Phó Trưởng đoàn Đoàn Hội thẩm Tòa án nhân"
        " dân tỉnh, nhiệm kỳ 2021-2026.",
        {
            "Lù Văn Khiêm": {("Trưởng đoàn", DJ)},
            "Mạc Văn Dũng": {("Phó Trưởng đoàn", DJ)},
            "Tô Thị Nhàn": {("Phó Trưởng đoàn", DJ)},
        },
        {DJ},
        id="elected-full-body-twice",
    ),
    pytest.param(
        CTX_HG + "Kết quả, ông Lù Văn Khiêm được tín nhiệm bầu giữ cương vị Trưởng đoàn Hội thẩm"
        " TAND tỉnh nhiệm kỳ 2021-2026; các ông Mạc Văn Dũng và Tô Văn Nhẫn làm Phó trưởng đoàn.",
        {
            "Lù Văn Khiêm": {("Trưởng đoàn", DJ)},
            "Mạc Văn Dũng": {("Phó trưởng đoàn", DJ)},
            "Tô Văn Nhẫn": {("Phó trưởng đoàn", DJ)},
        },
        {DJ},
        id="shared-head-then-bare-deputies",
    ),
    pytest.param(
        CTX_TS + "Hội nghị nhất trí bầu bà Hà Thị Mơ - cán bộ hưu trí làm Trưởng đoàn và ông Đinh"
        " Công Lực - Phó Chủ tịch UBMTTQ huyện làm Phó trưởng đoàn Hội thẩm nhân dân huyện.",
        {
            "Hà Thị Mơ": {("Trưởng đoàn", DH)},
            "Đinh Công Lực": {("Phó trưởng đoàn", DH)},
        },
        {DH},
        id="bare-head-joined-to-the-next",
    ),
    pytest.param(
        CTX_TS + "Tham dự có bà Hà Thị Mơ - Trưởng đoàn Hội thẩm nhân dân huyện và các vị Hội"
        " thẩm.",
        {"Hà Thị Mơ": {("Trưởng đoàn", DH)}},
        {DH},
        id="apposition-dash",
    ),
    pytest.param(
        CTX_TS + "Ông Đinh Công Lực, Phó Trưởng đoàn Hội thẩm nhân dân Tòa án nhân dân huyện"
        " phát biểu.",
        {"Đinh Công Lực": {("Phó Trưởng đoàn", DHT)}},
        {DHT},
        id="apposition-comma-with-court",
    ),
    pytest.param(
        CTX_HG + "Các vị Hội thẩm đã thống nhất bầu ông Lù Văn Khiêm - Phó Chủ tịch Ủy ban Mặt"
        " trận Tổ quốc Việt Nam tỉnh Hậu Giang làm Trưởng đoàn Hội thẩm, bà Tô Thị Nhàn - Phó"
        " Giám đốc Sở Nội vụ và bà Lò Thị Xuân - Phó Chủ tịch Hội Nông dân tỉnh làm Phó Trưởng"
        " đoàn Hội thẩm nhân dân của TAND tỉnh.",
        {
            "Lù Văn Khiêm": {("Trưởng đoàn", DJN)},
            "Tô Thị Nhàn": {("Phó Trưởng đoàn", DJN)},
            "Lò Thị Xuân": {("Phó Trưởng đoàn", DJN)},
        },
        {DJN},
        id="elected-with-asides-body-after",
    ),
    pytest.param(
        CTX_HG + "Ông Lù Văn Khiêm được bầu làm Trưởng đoàn Đoàn Hội thẩm nhân dân Tòa án nhân"
        " dân tỉnh.",
        {"Lù Văn Khiêm": {("Trưởng đoàn", DJN)}},
        {DJN},
        id="passive-elected",
    ),
    pytest.param(
        CTX_HG + "Đồng chí Lù Văn Khiêm được bầu giữ chức Trưởng Đoàn Hội thẩm TAND tỉnh Hậu"
        " Giang nhiệm kỳ 2021 - 2026.",
        {"Lù Văn Khiêm": {("Trưởng Đoàn", DJ)}},
        {DJ},
        id="capital-doan-shared",
    ),
    pytest.param(
        "Hội nghị bầu Trưởng đoàn, Phó Trưởng đoàn Hội thẩm nhân dân huyện Thanh Sơn. Kết quả,"
        " bà Hà Thị Mơ được bầu làm Trưởng đoàn; ông Đinh Công Lực làm Phó Trưởng đoàn.",
        {
            "Hà Thị Mơ": {("Trưởng đoàn", DH)},
            "Đinh Công Lực": {("Phó Trưởng đoàn", DH)},
        },
        {DH},
        id="headline-names-the-body",
    ),
    pytest.param(
        "Sáng 3/8/2021, Tòa án nhân dân quận Hải An tổ chức hội nghị Đoàn Hội thẩm nhân dân quận"
        " Hải An. Ông Vi Văn Tường - Trưởng đoàn Hội thẩm nhân dân quận báo cáo.",
        {"Vi Văn Tường": {("Trưởng đoàn", "Đoàn Hội thẩm nhân dân quận Hải An")}},
        {"Đoàn Hội thẩm nhân dân quận Hải An"},
        id="quan-level",
    ),
    pytest.param(
        "Tòa án nhân dân thị xã Sơn Tây phối hợp tổ chức hội nghị. Bà Khổng Thị Lụa được bầu làm"
        " Phó Trưởng đoàn Hội thẩm nhân dân thị xã.",
        {"Khổng Thị Lụa": {("Phó Trưởng đoàn", "Đoàn Hội thẩm nhân dân thị xã Sơn Tây")}},
        {"Đoàn Hội thẩm nhân dân thị xã Sơn Tây"},
        id="thi-xa-level-from-page",
    ),
    pytest.param(
        "Hội nghị bầu ông Vi Văn Tường làm Trưởng đoàn Hội thẩm Tòa án nhân dân tỉnh.",
        {"Vi Văn Tường": {("Trưởng đoàn", "Đoàn Hội thẩm Tòa án nhân dân tỉnh")}},
        {"Đoàn Hội thẩm Tòa án nhân dân tỉnh"},
        id="no-province-on-page",
    ),
    pytest.param(
        CTX_HG + "Trưởng đoàn Hội thẩm TAND tỉnh, ông Lù Văn Khiêm phát biểu.",
        {},
        {DJ},
        id="title-before-name-body-still-listed",
    ),
    pytest.param(
        CTX_HG + "Ông Lù Văn Khiêm, Trưởng đoàn công tác của Tòa án nhân dân tối cao, làm việc"
        " với Đoàn Hội thẩm Tòa án nhân dân tỉnh.",
        {"Lù Văn Khiêm": set()},
        {DJ},
        id="another-delegation-not-jurors",
    ),
    pytest.param(
        CTX_HG + "Ông Lù Văn Khiêm làm Trưởng đoàn kiểm tra; Đoàn Hội thẩm TAND tỉnh tham gia.",
        {"Lù Văn Khiêm": set()},
        {DJ},
        id="inspection-delegation-not-jurors",
    ),
    pytest.param(
        CTX_TS + "Đoàn Hội thẩm nhân dân Tòa án nhân dân huyện gồm 20 Hội thẩm; ông Đinh Công"
        " Lực và bà Hà Thị Mơ được bầu làm Phó Trưởng đoàn.",
        {
            "Đinh Công Lực": {("Phó Trưởng đoàn", DHT)},
            "Hà Thị Mơ": {("Phó Trưởng đoàn", DHT)},
        },
        {DHT},
        id="body-first-then-two-deputies",
    ),
    pytest.param(
        CTX_TS + "Hội nghị Đoàn Hội thẩm nhân dân huyện Thanh Sơn đã bầu ông Đinh Công Lực làm"
        " Trưởng đoàn.",
        {"Đinh Công Lực": {("Trưởng đoàn", DH)}},
        {DH},
        id="body-in-same-sentence-before",
    ),
    pytest.param(
        CTX_HG + "Phát biểu tại hội nghị, ông Lù Văn Khiêm chúc mừng các đồng chí vừa trúng cử"
        " Trưởng đoàn, Phó Trưởng đoàn Hội thẩm Tòa án nhân dân tỉnh.",
        {"Lù Văn Khiêm": set()},
        {DJ},
        id="congratulating-is-not-holding",
    ),
    pytest.param(
        CTX_TS + "Kết quả, 100% Hội thẩm nhất trí bầu: ông Đinh Công Lực làm Trưởng đoàn Hội thẩm"
        " nhân dân huyện; bà Hà Thị Mơ làm Phó Trưởng đoàn.",
        {
            "Đinh Công Lực": {("Trưởng đoàn", DH)},
            "Hà Thị Mơ": {("Phó Trưởng đoàn", DH)},
        },
        {DH},
        id="colon-after-verb",
    ),
    pytest.param(
        "TAND thành phố Cẩm Phả tổ chức hội nghị. Bà Khổng Thị Lụa, Trưởng đoàn Hội thẩm TAND"
        " thành phố Cẩm Phả, phát biểu.",
        {"Khổng Thị Lụa": {("Trưởng đoàn", "Đoàn Hội thẩm Tòa án nhân dân thành phố Cẩm Phả")}},
        {"Đoàn Hội thẩm Tòa án nhân dân thành phố Cẩm Phả"},
        id="city-court-abbreviated",
    ),
    pytest.param(
        CTX_HG + "Ông Lù Văn Khiêm – Trưởng Đoàn Hội thẩm nhân dân tỉnh Hậu Giang trình bày báo"
        " cáo.",
        {"Lù Văn Khiêm": {("Trưởng Đoàn", "Đoàn Hội thẩm nhân dân tỉnh Hậu Giang")}},
        {"Đoàn Hội thẩm nhân dân tỉnh Hậu Giang"},
        id="en-dash-province-level",
    ),
    pytest.param(
        CTX_HG + "Hội thẩm nhân dân Tòa án nhân dân tỉnh Hậu Giang nhiệm kỳ 2021-2026 gồm 25"
        " người; bà Tô Thị Nhàn được bầu làm Trưởng đoàn Hội thẩm nhân dân.",
        {"Tô Thị Nhàn": set()},
        set(),
        id="no-delegation-named-no-guess",
    ),
    pytest.param(
        CTX_HG + "Hội nghị bầu ông Lù Văn Khiêm, Chánh Văn phòng Sở Tư pháp, làm Trưởng đoàn Hội"
        " thẩm TAND tỉnh.",
        {
            "Lù Văn Khiêm": {
                ("Trưởng đoàn", DJ),
                ("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Hậu Giang"),
            }
        },
        {DJ},
        id="comma-aside-before-lam",
    ),
    pytest.param(
        CTX_HG + "Thay mặt Thường trực HĐND tỉnh, ông Mạc Văn Dũng chủ trì; hội nghị bầu bà Tô Thị"
        " Nhàn làm Trưởng đoàn Hội thẩm TAND tỉnh.",
        {"Mạc Văn Dũng": set(), "Tô Thị Nhàn": {("Trưởng đoàn", DJ)}},
        {DJ},
        id="presiding-person-not-elected",
    ),
    pytest.param(
        CTX_HG + "Ông Mạc Văn Dũng chủ trì hội nghị bầu bà Tô Thị Nhàn làm Trưởng đoàn Hội thẩm"
        " TAND tỉnh.",
        {"Mạc Văn Dũng": set(), "Tô Thị Nhàn": {("Trưởng đoàn", DJ)}},
        {DJ},
        id="presiding-person-same-clause",
    ),
    pytest.param(
        "Trưởng đoàn Hội thẩm nhân dân tỉnh Hậu Giang Tô Thị Nhàn phát biểu.",
        {"Tô Thị Nhàn": {("Trưởng đoàn", "Đoàn Hội thẩm nhân dân tỉnh Hậu Giang")}},
        {"Đoàn Hội thẩm nhân dân tỉnh Hậu Giang"},
        id="title-and-body-before-the-name",
    ),
    pytest.param(
        "Bà Tô Thị Nhàn, Hội thẩm nhân dân TAND huyện Thanh Sơn, phát biểu.",
        {"Tô Thị Nhàn": {("Hội thẩm nhân dân", "Tòa án nhân dân huyện Thanh Sơn")}},
        {"Tòa án nhân dân huyện Thanh Sơn"},
        id="juror-apposition",
    ),
    pytest.param(
        "Hội thẩm Tòa án nhân dân tỉnh Hậu Giang bà Tô Thị Nhàn tham gia xét xử 40 vụ án.",
        {"Tô Thị Nhàn": {("Hội thẩm", HG)}},
        {HG},
        id="juror-before-the-name",
    ),
    pytest.param(
        "Ông Mạc Văn Dũng chủ trì hội nghị toàn thể Hội thẩm Tòa án nhân dân tỉnh Hậu Giang.",
        {"Mạc Văn Dũng": set()},
        {HG},
        id="plenary-of-jurors-no-post",
    ),
    pytest.param(
        "Bà Tô Thị Nhàn, Trưởng đoàn Hội thẩm nhân dân TP. Cần Thơ phát biểu.",
        {"Tô Thị Nhàn": {("Trưởng đoàn", "Đoàn Hội thẩm nhân dân thành phố Cần Thơ")}},
        {"Đoàn Hội thẩm nhân dân thành phố Cần Thơ"},
        id="city-level-abbreviated",
    ),
    pytest.param(
        CTX_HG + "Ông Mạc Văn Dũng được bầu giữ chức danh Phó Trưởng đoàn thường trực Đoàn Hội"
        " thẩm TAND tỉnh.",
        {"Mạc Văn Dũng": {("Phó Trưởng đoàn thường trực", DJ)}},
        {DJ},
        id="standing-deputy-qualifier-kept",
    ),
    pytest.param(
        "Đoàn Hội thẩm nhân dân quận 3 tổ chức hội nghị. Bà Tô Thị Nhàn được bầu làm Trưởng đoàn.",
        {"Tô Thị Nhàn": {("Trưởng đoàn", "Đoàn Hội thẩm nhân dân Quận 3")}},
        {"Đoàn Hội thẩm nhân dân Quận 3"},
        id="numbered-urban-district",
    ),
]


@pytest.mark.parametrize("text,positions,orgs", JURORS)
def test_jurors_delegations(text: str, positions: dict, orgs: set) -> None:
    people, found = extract_facts(text)
    for name, pairs in positions.items():
        held = people.get(name, set())
        juror = {p for p in held if "hội thẩm" in (p[0] or "") + (p[1] or "")}
        assert _pairs(pairs) <= held, (name, held)
        if not pairs:
            assert not juror, (name, held)
    assert _orgs(orgs) <= found


MT = "Ủy ban Mặt trận Tổ quốc Việt Nam"
BT = "Ban Thường trực " + MT

FRONTS = [
    pytest.param(
        "Thường trực HĐND tỉnh phối hợp với Ban Thường trực UBMTTQ Việt Nam tỉnh Ninh Thuận tổ"
        " chức hội nghị.",
        {},
        {f"{BT} tỉnh Ninh Thuận", "Thường trực Hội đồng nhân dân tỉnh Ninh Thuận"},
        id="standing-board-abbreviated",
    ),
    pytest.param(
        "Ban Thường trực Ủy ban MTTQ tỉnh Ninh Thuận tổ chức hội nghị.",
        {},
        {f"{BT} tỉnh Ninh Thuận"},
        id="standing-board-mttq",
    ),
    pytest.param(
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận tổ chức hội nghị.",
        {},
        {f"{BT} tỉnh Ninh Thuận"},
        id="standing-board-full",
    ),
    pytest.param(
        "Huyện Ninh Sơn: Ban Thường trực UBMTTQVN huyện Ninh Sơn và Thường trực HĐND huyện Ninh"
        " Sơn giám sát.",
        {},
        {f"{BT} huyện Ninh Sơn", "Thường trực Hội đồng nhân dân huyện Ninh Sơn"},
        id="standing-board-district",
    ),
    pytest.param(
        "Hội đồng nhân dân tỉnh Ninh Thuận, Ban Thường trực UBMTTQ tỉnh cùng dự.",
        {},
        {f"{BT} tỉnh Ninh Thuận"},
        id="standing-board-province-from-page",
    ),
    pytest.param(
        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam ban hành hướng dẫn.",
        {},
        {"Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        id="central-standing-board",
    ),
    pytest.param(
        "Dự hội nghị có bà Quàng Thị Liên - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận.",
        {"Quàng Thị Liên": {("Phó Chủ tịch", f"{MT} tỉnh Ninh Thuận")}},
        {f"{MT} tỉnh Ninh Thuận"},
        id="vice-chair-front",
    ),
    pytest.param(
        "Tòa án nhân dân tỉnh Ninh Thuận tổ chức hội nghị. Dự có bà Quàng Thị Liên, Phó Chủ tịch"
        " UBMTTQ tỉnh.",
        {"Quàng Thị Liên": {("Phó Chủ tịch", f"{MT} tỉnh Ninh Thuận")}},
        {f"{MT} tỉnh Ninh Thuận"},
        id="vice-chair-front-province-from-page",
    ),
    pytest.param(
        "Huyện Ninh Sơn tổ chức hội nghị. Dự có ông Chu Văn Tải - UVBTV Huyện ủy, Chủ tịch"
        " UBMTTQ huyện Ninh Sơn.",
        {"Chu Văn Tải": {("Chủ tịch", f"{MT} huyện Ninh Sơn")}},
        {f"{MT} huyện Ninh Sơn"},
        id="chair-district-front",
    ),
    pytest.param(
        "Ngày 2/3/2022, Thường trực Hội đồng nhân dân, Ủy ban MTTQ Việt Nam phối hợp với Tòa án"
        " nhân dân huyện Ninh Sơn tổ chức hội nghị.",
        {},
        {"Thường trực Hội đồng nhân dân huyện Ninh Sơn"},
        id="bare-standing-council-in-list",
        marks=pytest.mark.xfail(
            reason="a bare body listed before the district's court", strict=True
        ),
    ),
    pytest.param(
        "Thường trực HĐND huyện Ninh Sơn chủ trì hội nghị.",
        {},
        {"Thường trực Hội đồng nhân dân huyện Ninh Sơn"},
        id="standing-council-district",
    ),
    pytest.param(
        "Thay mặt Thường trực HĐND tỉnh Ninh Thuận, ông Chu Văn Tải phát biểu.",
        {},
        {"Thường trực Hội đồng nhân dân tỉnh Ninh Thuận"},
        id="standing-council-on-behalf",
    ),
    pytest.param(
        "Tham dự có ông Chu Văn Tải, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Bảo Lộc.",
        {"Chu Văn Tải": {("Chủ tịch", f"{MT} thành phố Bảo Lộc")}},
        set(),
        id="city-front-dash-name",
    ),
    pytest.param(
        "Dự có bà Quàng Thị Liên - Phó Chủ tịch Ủy ban MTTQ xã Phước Hà.",
        {"Quàng Thị Liên": {("Phó Chủ tịch", f"{MT} xã Phước Hà")}},
        {f"{MT} xã Phước Hà"},
        id="commune-front",
    ),
    pytest.param(
        "Tòa án nhân dân tỉnh Ninh Thuận tổ chức hội nghị. Ông Chu Văn Tải – Phó Chủ tịch"
        " UBMTTQVN tỉnh làm Trưởng đoàn Hội thẩm TAND tỉnh.",
        {
            "Chu Văn Tải": {
                ("Phó Chủ tịch", f"{MT} tỉnh Ninh Thuận"),
                ("Trưởng đoàn", "Đoàn Hội thẩm Tòa án nhân dân tỉnh Ninh Thuận"),
            }
        },
        {f"{MT} tỉnh Ninh Thuận"},
        id="front-vice-chair-and-juror-head",
    ),
    pytest.param(
        "Ông Chu Văn Tải - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận phát biểu.",
        {},
        {f"{BT} tỉnh Ninh Thuận"},
        id="member-of-standing-board",
    ),
    pytest.param(
        "Tỉnh Ninh Thuận: Thường trực HĐND tỉnh, Ban Thường trực UBMTTQVN tỉnh và TAND tỉnh"
        " Ninh Thuận phối hợp tổ chức hội nghị.",
        {},
        {f"{BT} tỉnh Ninh Thuận", "Thường trực Hội đồng nhân dân tỉnh Ninh Thuận"},
        id="three-bodies-listed",
    ),
    pytest.param(
        "Sáng 4/5/2022, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ninh Sơn phối"
        " hợp với Phòng Tư pháp huyện Ninh Sơn tổ chức tuyên truyền pháp luật.",
        {},
        {f"{BT} huyện Ninh Sơn", "Phòng Tư pháp huyện Ninh Sơn"},
        id="standing-board-with-justice-office",
    ),
    pytest.param(
        "Dự có ông Chu Văn Tải, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh Ninh Thuận.",
        {"Chu Văn Tải": {("Phó Chủ tịch Thường trực", f"{MT} tỉnh Ninh Thuận")}},
        {f"{MT} tỉnh Ninh Thuận"},
        id="standing-vice-chair-front",
    ),
    pytest.param(
        "Ban Thường trực UB MTTQ tỉnh Ninh Thuận ban hành kế hoạch giám sát.",
        {},
        {f"{BT} tỉnh Ninh Thuận"},
        id="standing-board-spaced-abbreviation",
    ),
    pytest.param(
        "Thường trực Hội đồng nhân dân tỉnh Ninh Thuận chủ trì, phối hợp với Chánh án Tòa án"
        " nhân dân tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị.",
        {},
        {f"{BT} tỉnh Ninh Thuận", "Thường trực Hội đồng nhân dân tỉnh Ninh Thuận"},
        id="jurors-conference-organizers",
    ),
    pytest.param(
        "Bà Quàng Thị Liên - Trưởng Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh Ninh Thuận dự.",
        {},
        {f"{MT} tỉnh Ninh Thuận"},
        id="front-board-head",
    ),
    pytest.param(
        "Huyện Ninh Sơn: Thường trực HĐND, Ban Thường trực Ủy ban MTTQ huyện Ninh Sơn cùng dự.",
        {},
        {f"{BT} huyện Ninh Sơn"},
        id="standing-board-after-bare-council",
    ),
    pytest.param(
        "Ông Chu Văn Tải, Chủ tịch UBMTTQVN tỉnh Ninh Thuận, được bầu làm Trưởng đoàn Hội thẩm"
        " TAND tỉnh Ninh Thuận.",
        {
            "Chu Văn Tải": {
                ("Chủ tịch", f"{MT} tỉnh Ninh Thuận"),
                ("Trưởng đoàn", "Đoàn Hội thẩm Tòa án nhân dân tỉnh Ninh Thuận"),
            }
        },
        {f"{MT} tỉnh Ninh Thuận"},
        id="front-chair-elected-juror-head",
    ),
    pytest.param(
        "Thường trực HĐND thành phố Phan Thiết giám sát việc giải quyết khiếu nại.",
        {},
        {"Thường trực Hội đồng nhân dân thành phố Phan Thiết"},
        id="standing-council-city",
    ),
    pytest.param(
        "Tỉnh Ninh Thuận: bà Quàng Thị Liên- Phó Chủ tịch UB.MTTQVN tỉnh và ông Chu Văn Tải-"
        " Chánh án TAND tỉnh chủ trì hội nghị.",
        {"Quàng Thị Liên": {("Phó Chủ tịch", f"{MT} tỉnh Ninh Thuận")}},
        {f"{MT} tỉnh Ninh Thuận"},
        id="dotted-abbreviation",
    ),
    pytest.param(
        CTX_TS + "Hội nghị bầu bà Hà Thị Mơ - Chủ tịch Hội khuyến học huyện làm Trưởng đoàn Hội"
        " thẩm nhân dân huyện.",
        {"Hà Thị Mơ": {("Chủ tịch", "Hội Khuyến học huyện Thanh Sơn"), ("Trưởng đoàn", DH)}},
        {"Hội Khuyến học huyện Thanh Sơn"},
        id="association-in-lower-case-as-aside",
    ),
]


@pytest.mark.parametrize("text,positions,orgs", FRONTS)
def test_fatherland_front_bodies(text: str, positions: dict, orgs: set) -> None:
    people, found = extract_facts(text)
    for name, pairs in positions.items():
        assert _pairs(pairs) <= people.get(name, set()), (name, people.get(name))
    assert _orgs(orgs) <= found


def test_a_district_with_a_capital_after_its_apostrophe_keeps_its_place() -> None:
    # "Đắk R'Lấp": the capital after the apostrophe is still the place's own syllable
    people, orgs = extract_facts(
        "Đoàn Hội thẩm nhân dân huyện Đắk R’Lấp đã bầu ông Lù Văn Khiêm làm Trưởng đoàn."
    )
    body = "Đoàn Hội thẩm nhân dân huyện Đắk R’Lấp"
    assert people["Lù Văn Khiêm"] == _pairs({("Trưởng đoàn", body)})
    assert normalize(body) in orgs
