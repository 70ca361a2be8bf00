"""Variants that unseen pages write (abbreviations, lists, title orders, names that look like
bodies), checked on invented sentences (never taken from any real page).

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str):  # type: ignore[no-untyped-def]
    return extract(text, article_id="t", published="2022-06-10")


def _positions(text: str) -> dict[str, set[tuple[str, str | None]]]:
    r = _report(text)
    return {p.name: {(q.title, q.organization) for q in p.positions} for p in r.persons}


def _orgs(text: str) -> set[str]:
    return {o.name for o in _report(text).organizations}


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Dự hội thảo có bà Lương Thị Nhàn, Phó Chủ tịch Trung ương Hội luật gia Việt Nam.",
            "Lương Thị Nhàn",
            {("Phó Chủ tịch", "Hội Luật gia Việt Nam")},
            id="association-central-body-lower-case",
        ),
        pytest.param(
            "Tham dự có ông Hà Văn Quyết, Phó Chủ tịch Liên đoàn Luật sư VN nhiệm kỳ 3.",
            "Hà Văn Quyết",
            {("Phó Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
            id="viet-nam-abbreviated",
        ),
        pytest.param(
            "Về phía tỉnh Phú Yên có bà Trịnh Thị Vân, Phó Chủ tịch Thường trực UBMTTQ Việt Nam;"
            " ông Đỗ Văn Lực, Phó Chủ tịch UBND tỉnh.",
            "Trịnh Thị Vân",
            {("Phó Chủ tịch Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên")},
            id="front-committee-abbreviated-on-a-province-page",
        ),
        pytest.param(
            "Ông Hồ Văn Khôi, Phó Tổng giám đốc Đài tiếng nói Việt Nam phát biểu chào mừng.",
            "Hồ Văn Khôi",
            {("Phó Tổng giám đốc", "Đài Tiếng nói Việt Nam")},
            id="deputy-director-general",
        ),
        pytest.param(
            "Sáng 12/4, Chủ tịch nước Tạ Quang Vĩnh tiếp đoàn đại biểu ngành Tư pháp.",
            "Tạ Quang Vĩnh",
            {("Chủ tịch nước", None)},
            id="head-of-state-before-name",
        ),
        pytest.param(
            "Phó trưởng Ban Tổ chức Tỉnh ủy Ninh Bình - Đinh Văn Khải cùng 80 đại biểu dự.",
            "Đinh Văn Khải",
            {("Phó trưởng Ban", "Ban Tổ chức Tỉnh ủy Ninh Bình")},
            id="caption-title-overlapping-its-board",
        ),
        pytest.param(
            "Ông Vi Văn Đoàn, Trưởng phòng Tư pháp huyện Lục Ngạn, tỉnh Bắc Giang phát biểu.",
            "Vi Văn Đoàn",
            {("Trưởng phòng", "Phòng Tư pháp huyện Lục Ngạn")},
            id="given-name-like-a-youth-union",
        ),
        pytest.param(
            "Ngày 2/3, tại huyện Kim Sơn, tỉnh Ninh Bình, bà Tô Thị Huệ trưởng phòng Tư pháp"
            " huyện Kim Sơn trình bày báo cáo.",
            "Tô Thị Huệ",
            {("Trưởng phòng", "Phòng Tư pháp huyện Kim Sơn")},
            id="lower-case-title-right-after-the-name",
        ),
        pytest.param(
            "Phóng viên trao đổi với đồng chí Hà Quang Vinh - Ủy viên BCH Trung ương Đảng, Bộ"
            " trưởng Bộ Tư pháp.",
            "Hà Quang Vinh",
            {
                # the title as written (BCH is not a schema abbreviation), its body in full
                ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Bộ trưởng", "Bộ Tư pháp"),
            },
            id="central-committee-abbreviated-in-a-title",
        ),
        pytest.param(
            "Đại hội đại biểu Liên đoàn Luật sư Việt Nam bế mạc. Chủ tịch Liên đoàn Phùng Văn"
            " Tứ phát biểu cảm ơn các đại biểu.",
            "Phùng Văn Tứ",
            {("Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
            id="bare-federation-before-the-name",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, bà Hoàng Thị Thơm, Viện trưởng VKS tỉnh dự.",
            "Hoàng Thị Thơm",
            {("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Quảng Bình")},
            id="procuracy-short-abbreviation",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Võ Văn Lành, Giám đốc Trung tâm TGPLNN"
            " tỉnh phát biểu.",
            "Võ Văn Lành",
            {("Giám đốc", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Bình")},
            id="legal-aid-centre-abbreviated",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Đào Văn Thuận, Phó Chủ tịch UBND TX Ba Đồn"
            " phát biểu.",
            "Đào Văn Thuận",
            {("Phó Chủ tịch", "Ủy ban nhân dân thị xã Ba Đồn")},
            id="town-abbreviated",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Đinh Văn Chiến, Bí thư Chi bộ, Trưởng phòng"
            " Tư pháp huyện Lệ Thủy phát biểu.",
            "Đinh Văn Chiến",
            {
                ("Bí thư Chi bộ", "Chi bộ Phòng Tư pháp huyện Lệ Thủy"),
                ("Trưởng phòng", "Phòng Tư pháp huyện Lệ Thủy"),
            },
            id="party-cell-of-the-next-body",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại xã Sen Thủy, tỉnh Quảng Bình, bà Cao Thị Mến, Công chức Tư pháp"
            " – Hộ tịch xã Sen Thủy trình bày.",
            "Cao Thị Mến",
            {("Công chức Tư pháp – Hộ tịch", "Ủy ban nhân dân xã Sen Thủy")},
            id="title-with-an-en-dash",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Phan Văn Gấm, Phó Chủ tịch UBND huyện Lệ"
            " Thủy, Chủ tịch Hội đồng PBGDPL huyện phát biểu.",
            "Phan Văn Gấm",
            {
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Lệ Thủy"),
                ("Chủ tịch", "Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện Lệ Thủy"),
            },
            id="legal-education-council-abbreviated",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Lưu Đình Thụ, Q. Cục trưởng Cục THADS"
            " tỉnh phát biểu.",
            "Lưu Đình Thụ",
            {("Quyền Cục trưởng", "Cục Thi hành án dân sự tỉnh Quảng Bình")},
            id="acting-abbreviated",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, bà Vũ Thị Hạnh, PCVP UBND tỉnh phát biểu.",
            "Vũ Thị Hạnh",
            {("Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Quảng Bình")},
            id="abbreviated-office-title-names-the-office",
        ),
        pytest.param(
            "Ngày 5/4/2022, tại tỉnh Quảng Bình, ông Mai Xuân Thu, Bí thư Đảng ủy kiêm Chủ tịch"
            " UBND xã Hải Ninh phát biểu.",
            "Mai Xuân Thu",
            {
                ("Bí thư", "Đảng ủy xã Hải Ninh"),
                ("Chủ tịch", "Ủy ban nhân dân xã Hải Ninh"),
            },
            id="party-role-joined-by-kiem",
        ),
        pytest.param(
            "Đại biểu Quốc hội Khang Thị Lụa dự buổi tiếp xúc cử tri.",
            "Khang Thị Lụa",
            {("Đại biểu Quốc hội", "Quốc hội")},
            id="less-common-surname",
        ),
    ],
)
def test_position_variants(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_list_after_a_counted_plural_title() -> None:
    text = (
        "Đại hội bầu ông Lò Văn Sơn làm Chủ tịch; ba Phó Chủ tịch Hội Luật gia tỉnh Sơn La"
        " nhiệm kỳ 2024 - 2029 gồm các ông: Cầm Văn Hoa, Quàng Văn Tiến và Lường Thị Én."
    )
    found = _positions(text)
    for name in ("Cầm Văn Hoa", "Quàng Văn Tiến", "Lường Thị Én"):
        assert ("Phó Chủ tịch", "Hội Luật gia tỉnh Sơn La") in found[name]


def test_an_events_organizing_board_is_no_party_commission() -> None:
    text = (
        "Ngày 8/6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội thi hòa giải viên giỏi. Ông Trần Quốc"
        " Hưng, Phó Chủ tịch UBND tỉnh, Trưởng ban tổ chức; bà Mai Thị Nga, Phó Giám đốc Sở"
        " Tư pháp, Phó trưởng Ban Tổ chức cuộc thi phát biểu."
    )
    orgs = _orgs(text)
    # round 16: the contest's board named by its noun (R16 dev gold 3 : 1), no commission
    assert [o for o in orgs if o.startswith("Ban Tổ chức")] == ["Ban Tổ chức cuộc thi"]
    found = _positions(text)
    assert found["Mai Thị Nga"] == {
        ("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Nam"),
        ("Phó trưởng Ban", "Ban Tổ chức cuộc thi"),
    }
    assert ("Trưởng ban tổ chức", None) in found["Trần Quốc Hưng"]
    # the party's commission written with its committee still is one
    assert "Ban Tổ chức Tỉnh ủy Hà Nam" in _orgs(
        "Ngày 8/6, bà Mai Thị Nga, Phó trưởng Ban Tổ chức Tỉnh ủy Hà Nam dự hội nghị."
    )


def test_youth_union_written_as_a_body_stays_one() -> None:
    assert "Thành đoàn Hà Nội" in _orgs("Ngày 3/3, Thành đoàn Hà Nội tổ chức ra quân.")


def test_newspaper_abbreviation_expanded() -> None:
    assert "Báo Pháp luật Việt Nam" in _orgs("Báo PLVN giới thiệu bài viết của tác giả.")


def test_a_named_office_stops_before_its_heads_name() -> None:
    text = (
        "Ngày 4/5/2021, ông Đặng Văn Sỹ, Trưởng Văn phòng công chứng Hòa Bình Lương Thị Ngà và"
        " VPCC Minh Khai được Sở Tư pháp tỉnh Hòa Bình kiểm tra."
    )
    orgs = _orgs(text)
    assert "Văn phòng công chứng Hòa Bình" in orgs
    assert "Văn phòng công chứng Minh Khai" in orgs
    assert "Lương Thị Ngà" in _positions(text)


def test_names_after_a_plural_title_inside_a_list_sentence() -> None:
    text = (
        "Ngày 9/9/2022, tại tỉnh Quảng Bình, Ban Giám đốc Sở Tư pháp gồm Giám đốc Trương Văn Lý"
        " và các Phó Giám đốc Hồ Thị Nhung, Đoàn Văn Tân."
    )
    found = _positions(text)
    for name in ("Hồ Thị Nhung", "Đoàn Văn Tân"):
        assert found[name] == {("Phó Giám đốc", "Sở Tư pháp tỉnh Quảng Bình")}


def test_caption_name_alone_on_its_line() -> None:
    text = (
        "Ngày 9/9/2022, tại tỉnh Quảng Bình.\nĐồng chí Lê Văn Bảy\nPhó Chủ tịch UBND tỉnh phát biểu"
    )
    assert _positions(text)["Lê Văn Bảy"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")}
    # a name inside a running line keeps no title from the next line
    other = "Ngày 9/9/2022, tại tỉnh Quảng Bình, phóng viên Lê Văn Bảy\nGiám đốc Sở Tư pháp nói."
    assert _positions(other)["Lê Văn Bảy"] == set()


def test_a_body_shortened_to_its_level_word_is_the_one_named_in_full() -> None:
    text = (
        "Ngày 9/9/2022, Phòng Tư pháp huyện Minh Hóa, tỉnh Quảng Bình tổ chức tuyên truyền."
        " Cán bộ Phòng Tư pháp huyện đã giải đáp 12 câu hỏi của người dân."
    )
    orgs = _orgs(text)
    assert "Phòng Tư pháp huyện Minh Hóa" in orgs
    assert "Phòng Tư pháp huyện" not in orgs
