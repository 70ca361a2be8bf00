"""Organization rules for error classes seen on real pages; every example is invented.

No name or sentence here comes from a real article: each text is written to exercise one rule
(one example per rule): what must be found, and what must not.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract


def _orgs(text: str, published: str | None = None) -> set[str]:
    return {o.name for o in extract(text, article_id="t", published=published).organizations}


CASES = [
    # --- places written without their name -------------------------------------------------
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Lò Văn Khánh phát biểu chỉ đạo.",
        {"Ủy ban nhân dân tỉnh"},
        {"Ủy ban nhân dân"},
        id="bare-province-word-before-a-name",
    ),
    pytest.param(
        "Đoàn công tác thành phố Cần Thơ làm việc tại Ban Nội chính Tỉnh ủy, có đại diện HĐND "
        "tỉnh dự.",
        {"Ban Nội chính Tỉnh ủy", "Hội đồng nhân dân tỉnh"},
        {"Ban Nội chính Thành ủy Cần Thơ", "Hội đồng nhân dân thành phố Cần Thơ"},
        id="a-tinh-body-is-never-a-city's",
    ),
    pytest.param(
        "Chỉ thị của Tỉnh ủy về công tác thi hành án được quán triệt.",
        {"Tỉnh ủy"},
        set(),
        id="bare-party-committee",
    ),
    pytest.param(
        "Sáng nay, Cục Thi hành án dân sự (THADS) tỉnh tổ chức giao ban.",
        {"Cục Thi hành án dân sự tỉnh"},
        set(),
        id="bare-provincial-enforcement",
    ),
    pytest.param(
        "THÀNH PHỐ TAM KỲ: HỘI NGHỊ HÒA GIẢI\nUBND thành phố giao Phòng Tư pháp chủ trì.",
        {"Ủy ban nhân dân thành phố Tam Kỳ"},
        {"Ủy ban nhân dân thành phố", "Ủy ban nhân dân tỉnh Quảng Nam"},
        id="the-one-district-the-page-names",
    ),
    pytest.param(
        "Vừa qua, UBND huyện phối hợp tổ chức tập huấn pháp luật.",
        {"Ủy ban nhân dân huyện"},
        set(),
        id="bare-district-word",
    ),
    pytest.param(
        "Chủ tịch UBND thành phố Đặng Văn Hòa dự hội nghị.",
        {"Ủy ban nhân dân thành phố"},
        {"Ủy ban nhân dân thành phố Đặng Văn Hòa"},
        id="city-word-before-a-name",
    ),
    # --- national bodies -------------------------------------------------------------------
    pytest.param(
        "Ông Trần Văn Bình, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp dự.",
        {"Ban Chấp hành Trung ương Đảng", "Bộ Tư pháp"},
        set(),
        id="member-of-the-central-committee",
    ),
    pytest.param(
        "Cùng dự có lãnh đạo Ủy ban Tư pháp, Ủy ban Pháp luật của Quốc hội.",
        {"Ủy ban Tư pháp của Quốc hội", "Ủy ban Pháp luật của Quốc hội"},
        {"Quốc hội"},
        id="committees-of-the-national-assembly",
    ),
    pytest.param(
        "Tỉnh triển khai Nghị quyết số 27-NQ/TW của Bộ Chính trị.",
        {"Bộ Chính trị"},
        set(),
        id="politburo",
    ),
    pytest.param(
        "Thượng tướng Hà Văn Tâm, Ủy viên Thường vụ Quân ủy Trung ương, chủ trì.",
        {"Quân ủy Trung ương"},
        set(),
        id="central-military-commission",
    ),
    pytest.param(
        "Ngay sau đó, Chính phủ lâm thời ra sắc lệnh thành lập Bộ Tư pháp.",
        {"Chính phủ lâm thời", "Bộ Tư pháp"},
        {"Chính phủ"},
        id="historical-government",
    ),
    # --- the press -------------------------------------------------------------------------
    pytest.param(
        "Trả lời Báo Pháp luật Việt Nam, ông cho biết. Theo dõi Báo Yên Bái trên mạng. Báo cáo "
        "nêu rõ.",
        {"Báo Pháp luật Việt Nam", "Báo Yên Bái"},
        {"Báo cáo", "Báo Yên Bái trên"},
        id="newspapers",
    ),
    # --- the Government behind a title -------------------------------------------------------
    pytest.param(
        "Phó Thủ tướng Chính phủ Lê Văn Minh dự và phát biểu chỉ đạo.",
        {"Chính phủ"},
        {"Thủ tướng Chính phủ"},
        id="deputy-prime-minister-names-the-government",
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_real_page_organizations(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert present <= found, found
    assert not (absent & found), found
