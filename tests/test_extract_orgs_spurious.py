"""Spurious bodies (O4): a bare head with the next capitalized word, office names used as
titles, a trailing word that belongs to the sentence; and the precision guards of the
unseen-page families O1-O4 (what their rules must leave alone). Checked on invented
sentences (never taken from any real page); the other families in
``test_extract_general_orgs6.py``.

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = "2023-05-10") -> set[str]:
    """The organization names the report lists for ``text``, compared as the scorer does
    (case, dashes and abbreviations folded)."""
    return scored_orgs(text, published)


P = pytest.param

# O4: spurious bodies: a bare head with the next capitalized word, office names used as titles,
# a trailing word that belongs to the sentence
SPURIOUS = [
    P(
        "Văn phòng Dự án JICA tại Hà Nội tổ chức hội thảo.",
        {"Văn phòng Dự án JICA"},
        {"Văn phòng tỉnh Dự"},
        id="o4-van-phong-du-an",
    ),
    P(
        "Ông Lê Văn Hải, Chánh Văn phòng. Dự hội nghị còn có đại diện các phòng.",
        set(),
        {"Văn phòng tỉnh Dự"},
        id="o4-van-phong-sentence-du",
    ),
    P(
        "Văn phòng Liên đoàn Luật sư Việt Nam tiếp nhận hồ sơ.",
        {"Văn phòng Liên đoàn Luật sư Việt Nam"},
        {"Văn phòng tỉnh Liên"},
        id="o4-van-phong-lien",
    ),
    P(
        "KT. CHÁNH VĂN PHÒNG\nThừa lệnh Giám đốc, Phó Chánh Văn phòng Nguyễn Văn Tư ký.",
        set(),
        {"Văn phòng tỉnh Thừa"},
        id="o4-van-phong-thua-lenh",
    ),
    P(
        "Chánh Văn phòng Thừa ủy quyền ký thông báo.",
        set(),
        {"Văn phòng tỉnh Thừa"},
        id="o4-van-phong-thua-uy-quyen",
    ),
    P(
        "Văn phòng Hội Luật gia tỉnh Hà Nam tổ chức tập huấn.",
        {"Văn phòng Hội Luật gia tỉnh Hà Nam"},
        {"Văn phòng tỉnh Hội"},
        id="o4-van-phong-hoi",
    ),
    P(
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Nam tổng hợp ý kiến.",
        {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Nam"},
        {"Văn phòng tỉnh Đoàn"},
        id="o4-van-phong-doan-dbqh",
    ),
    P(
        "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Cục Thi hành án dân sự tỉnh Nam Định.",
        {"Chủ tịch nước", "Cục Thi hành án dân sự tỉnh Nam Định"},
        set(),
        id="o4-chu-tich-nuoc-gives-award",
    ),
    P(
        "Được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì, Sở Tư pháp tỉnh Hà Nam"
        " vinh dự.",
        {"Chủ tịch nước"},
        set(),
        id="o4-chu-tich-nuoc-passive-award",
    ),
    P(
        "Huân chương Lao động hạng Ba của Chủ tịch nước được trao cho Sở Tư pháp tỉnh Hà Nam.",
        {"Chủ tịch nước"},
        set(),
        id="o4-chu-tich-nuoc-award-of",
    ),
    P(
        "Sinh thời, Chủ tịch nước Trần Văn Lương từng làm việc tại tỉnh.",
        set(),
        {"Chủ tịch nước"},
        id="o4-chu-tich-nuoc-title",
    ),
    P(
        "Phó Chủ tịch nước Lê Thị Thu dự lễ kỷ niệm ngày truyền thống ngành Tư pháp.",
        set(),
        {"Chủ tịch nước"},
        id="o4-pho-chu-tich-nuoc-title",
    ),
    P(
        "Lễ công bố Quyết định của Chủ tịch nước về việc bổ nhiệm Thẩm phán được tổ chức.",
        {"Chủ tịch nước"},
        set(),
        id="o4-chu-tich-nuoc-decision",
    ),
    P(
        "Ông Đỗ Văn Hùng, Vụ trưởng Vụ Phổ biến, giáo dục pháp luật kiêm nhiệm Trưởng ban.",
        {"Vụ Phổ biến, giáo dục pháp luật"},
        {"Vụ Phổ biến, giáo dục pháp luật kiêm nhiệm"},
        id="o4-vu-kiem-nhiem",
    ),
    P(
        "Bà Ngô Thị Yến, Phó Vụ trưởng Vụ Tuyên truyền pháp luật kiêm nhiệm Thư ký Hội đồng.",
        {"Vụ Tuyên truyền pháp luật"},
        {"Vụ Tuyên truyền pháp luật kiêm nhiệm"},
        id="o4-vu-tuyen-truyen-kiem-nhiem",
    ),
    P(
        "Tạp chí Dân chủ và Pháp luật nhân dịp kỷ niệm 30 năm thành lập tổ chức hội thảo.",
        {"Tạp chí Dân chủ và Pháp luật"},
        {"Tạp chí Dân chủ và Pháp luật nhân"},
        id="o4-tap-chi-nhan-dip",
    ),
    P(
        "Tạp chí Nghề Luật nhân kỷ niệm ngày thành lập đã ra số đặc biệt.",
        {"Tạp chí Nghề Luật"},
        {"Tạp chí Nghề Luật nhân"},
        id="o4-tap-chi-nhan",
    ),
    P(
        "Báo Pháp luật Việt Nam nhân dịp Tết tổ chức chương trình thiện nguyện.",
        {"Báo Pháp luật Việt Nam"},
        {"Báo Pháp luật Việt Nam nhân"},
        id="o4-bao-nhan-dip",
    ),
    P(
        "Văn phòng Sở Tư pháp tỉnh Hà Nam. Dự buổi lễ có lãnh đạo Sở.",
        {"Văn phòng Sở Tư pháp tỉnh Hà Nam"},
        {"Văn phòng tỉnh Dự"},
        id="o4-van-phong-so-then-du",
    ),
    P(
        "Chánh Văn phòng Sở Tư pháp tỉnh Hà Nam Lê Văn Bắc cho biết.",
        {"Văn phòng Sở Tư pháp tỉnh Hà Nam"},
        {"Văn phòng Sở Tư pháp tỉnh Hà Nam Lê Văn Bắc"},
        id="o4-van-phong-then-name",
    ),
    P(
        "Văn phòng Cục Thi hành án dân sự tỉnh Nam Định. Liên hệ: số 12 đường Trần Phú.",
        {"Văn phòng Cục Thi hành án dân sự tỉnh Nam Định"},
        {"Văn phòng tỉnh Liên"},
        id="o4-van-phong-then-lien-he",
    ),
    P(
        "Chánh Văn phòng\nLiên tục trong năm, đơn vị đã hoàn thành nhiệm vụ.",
        set(),
        {"Văn phòng tỉnh Liên"},
        id="o4-van-phong-newline-lien",
    ),
    P(
        "Trưởng phòng Hành chính tư pháp Hà Văn Tú phát biểu.",
        set(),
        {"Phòng Hành chính tư pháp Hà Văn Tú"},
        id="o4-phong-then-name",
    ),
    P(
        "Văn phòng Thừa phát lại Sài Gòn tống đạt văn bản.",
        {"Văn phòng Thừa phát lại Sài Gòn"},
        {"Văn phòng tỉnh Thừa"},
        id="o4-van-phong-thua-phat-lai",
    ),
    P(
        "Văn phòng Thừa Thiên Huế. Dự hội nghị có 50 đại biểu.",
        set(),
        {"Văn phòng tỉnh Dự"},
        id="o4-van-phong-place-then-du",
    ),
    P(
        "Ông Lê Minh Khoa - Vụ trưởng Vụ Pháp luật dân sự - kinh tế kiêm nhiệm Thư ký Hội đồng.",
        {"Vụ Pháp luật dân sự - kinh tế"},
        {"Vụ Pháp luật dân sự - kinh tế kiêm nhiệm"},
        id="o4-vu-dash-kiem-nhiem",
    ),
]

# precision guards: what the rules above must leave alone
GUARDS = [
    P(
        "Quốc hội thông qua Dự án Luật Thi hành án dân sự (sửa đổi) tại kỳ họp.",
        set(),
        {"Dự án Luật Thi hành án dân sự"},
        id="guard-draft-law-is-no-project",
    ),
    P(
        "Toàn tỉnh có 115 Câu lạc bộ Pháp luật đang hoạt động.",
        set(),
        {"Câu lạc bộ Pháp luật"},
        id="guard-counted-clubs",
    ),
    P(
        "Ông Lê Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Nam Định dự.",
        {"Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Nam Định"},
        set(),
        id="guard-party-central-committee",
    ),
    P(
        "Vụ Pháp chế Bộ Công an phối hợp với Bộ Tư pháp.",
        {"Vụ Pháp chế", "Bộ Công an"},
        {"Vụ Pháp chế Bộ Công an"},
        id="guard-vietnamese-ministry-unit-alone",
    ),
    P(
        "Báo Công an nhân dân đưa tin về hội nghị.",
        {"Báo Công an nhân dân"},
        set(),
        id="guard-paper-ending-in-nhan-dan",
    ),
    P(
        "Báo Pháp luật Việt Nam nhấn mạnh vai trò của hòa giải.",
        {"Báo Pháp luật Việt Nam"},
        set(),
        id="guard-paper-then-verb",
    ),
    P(
        "Sở Khoa học và Công nghệ tỉnh Nam Định phối hợp.",
        {"Sở Khoa học và Công nghệ tỉnh Nam Định"},
        set(),
        id="guard-khoa-hoc-is-no-faculty",
    ),
    P(
        "Chủ tịch nước Lê Văn Bằng dự lễ kỷ niệm.",
        set(),
        {"Chủ tịch nước"},
        id="guard-head-of-state-named",
    ),
    P(
        "Ban Chấp hành Công đoàn Sở Tư pháp tỉnh Nam Định họp.",
        {"Công đoàn Sở Tư pháp tỉnh Nam Định"},
        set(),
        id="guard-union-board-is-the-union",
    ),
    P(
        "Ông Trần Văn Tước, Trưởng Khoa Luật Đại học Huế phát biểu.",
        {"Khoa Luật Đại học Huế"},
        set(),
        id="guard-faculty-after-title",
    ),
    P(
        "Đại sứ quán Nhật Bản tại Hà Nội tổ chức tiệc.",
        {"Đại sứ quán Nhật Bản"},
        {"Đại sứ quán Nhật Bản tại Việt Nam"},
        id="guard-embassy-in-a-city",
    ),
    P(
        "Văn phòng Hội đồng nhân dân tỉnh Nam Định chuẩn bị kỳ họp.",
        {"Văn phòng Hội đồng nhân dân tỉnh Nam Định"},
        set(),
        id="guard-council-office",
    ),
    P(
        "Dự án EU JULE hỗ trợ tập huấn.",
        {"Dự án EU JULE"},
        set(),
        id="guard-two-word-acronym-project",
    ),
    P(
        "Dự án Luật Hòa giải do Bộ Tư pháp chủ trì soạn thảo, được UNDP hỗ trợ.",
        set(),
        {"Dự án Luật Hòa giải"},
        id="guard-draft-law-with-a-donor",
    ),
    P(
        "Chi đoàn Khối nội chính tổ chức sinh hoạt.",
        set(),
        {"Chi đoàn Khối nội chính"},
        id="guard-bloc-cell-without-its-place",
    ),
]


@pytest.mark.parametrize("text,present,absent", SPURIOUS + GUARDS)
def test_organization_families(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
