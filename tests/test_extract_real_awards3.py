"""Award rules for real pages, third round (issue 9): recipient lists in more layouts.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PM = "Bằng khen của Bộ trưởng Bộ Tư pháp"


def _awards(text: str, published: str = "2023-01-20") -> set[tuple[str, str, str]]:
    return set(award_facts(text, published))


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Cục THADS tỉnh Lào Cai tổ chức hội nghị. Bộ trưởng Bộ Tư pháp tặng Bằng khen cho "
            "2 đơn vị:\nChi cục THADS huyện Bảo Thắng\nChi cục THADS huyện Bát Xát\n"
            "Và 2 cá nhân:\nÔng Lù Văn Sáng - Chi cục trưởng Chi cục THADS huyện Mường Khương\n"
            "Bà Vàng Thị Dinh - Chấp hành viên Cục THADS tỉnh Lào Cai",
            {
                (PM, "Chi cục Thi hành án dân sự huyện Bảo Thắng", CON),
                (PM, "Chi cục Thi hành án dân sự huyện Bát Xát", CON),
                (PM, "Lù Văn Sáng", CON),
                (PM, "Vàng Thị Dinh", CON),
            },
            id="second-group-heading-with-a-count",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bắc Kạn tổng kết năm. Theo đó, UBND tỉnh Bắc Kạn tặng Bằng khen cho "
            "các tập thể: Phòng Phổ biến, giáo dục pháp luật; Trung tâm Trợ giúp pháp lý nhà nước "
            "tỉnh.\nCác cá nhân: ông Hoàng Văn Sâm, Phó Giám đốc Sở; bà Triệu Thị Mận, Trưởng "
            "phòng Hành chính tư pháp.",
            {
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn",
                    "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Bắc Kạn",
                    CON,
                ),
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn",
                    "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Bắc Kạn",
                    CON,
                ),
                ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn", "Hoàng Văn Sâm", CON),
                ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn", "Triệu Thị Mận", CON),
            },
            id="next-line-goes-on-with-another-group",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái tổng kết năm. Các đồng chí: Lê Văn Hạc, Trưởng phòng Hành "
            "chính tư pháp; Vũ Thị Mây, Chánh Văn phòng Sở được tặng danh hiệu Chiến sĩ thi đua "
            "cấp tỉnh.",
            {
                ("Chiến sĩ thi đua cấp tỉnh", "Lê Văn Hạc", CON),
                ("Chiến sĩ thi đua cấp tỉnh", "Vũ Thị Mây", CON),
            },
            id="subjects-after-cac-dong-chi-colon",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Quảng Bình tổng kết năm. 02 cá nhân được tặng danh hiệu Chiến sĩ thi "
            "đua ngành Tư pháp là ông Lê Văn Tấn và bà Phạm Thị Hường.",
            {
                ("Chiến sĩ thi đua ngành Tư pháp", "Lê Văn Tấn", CON),
                ("Chiến sĩ thi đua ngành Tư pháp", "Phạm Thị Hường", CON),
            },
            id="names-after-la",
        ),
        pytest.param(
            "Danh sách tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh Tuyên Quang:\n"
            "| STT | Tên tập thể, cá nhân | Chức vụ, đơn vị |\n"
            "| 1 | Phòng Tư pháp huyện Hàm Yên | |\n"
            "| 2 | Ông Nông Văn Hải | Trưởng phòng Tư pháp huyện Na Hang |",
            {
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang",
                    "Phòng Tư pháp huyện Hàm Yên",
                    CON,
                ),
                ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang", "Nông Văn Hải", CON),
            },
            id="table-rows-under-the-award-line",
        ),
    ],
)
def test_recipient_layouts(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_clause_with_its_own_subject_does_not_carry_the_recipient() -> None:
    text = (
        "Sở Tư pháp tỉnh Quảng Bình vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động "
        "hạng Nhì; Phòng Quốc tịch được Thủ tướng Chính phủ tặng Bằng khen."
    )
    found = _awards(text)
    assert ("Huân chương Lao động hạng Nhì", "Sở Tư pháp tỉnh Quảng Bình", CON) in found
    assert not any(a == "Bằng khen của Thủ tướng Chính phủ" for a, r, _ in found if "Sở" in r)


def test_coordinated_clause_without_subject_still_carries() -> None:
    text = (
        "Cục THADS tỉnh Sơn La đạt danh hiệu Tập thể lao động xuất sắc, năm 2019 được Thủ tướng "
        "Chính phủ tặng Bằng khen."
    )
    assert ("Bằng khen của Thủ tướng Chính phủ", "Cục Thi hành án dân sự tỉnh Sơn La", CON) in (
        _awards(text)
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Dịp này, Chánh án TAND tối cao trao Cờ thi đua của Chính phủ tặng Vụ 2, TAND tối cao.",
            {("Cờ thi đua của Chính phủ", "Vụ 2 Tòa án nhân dân tối cao", CON)},
            id="numbered-unit-with-its-parent",
        ),
        pytest.param(
            "Hội đồng thi đua ngành đề nghị tặng Cờ thi đua của Chính phủ cho các đơn vị gồm: Vụ "
            "Tổng hợp và thống kê án, TAND tối cao; Tòa án nhân dân tỉnh Lào Cai.",
            {
                ("Cờ thi đua của Chính phủ", "Vụ Tổng hợp và thống kê án", "nominated"),
                ("Cờ thi đua của Chính phủ", "Tòa án nhân dân tỉnh Lào Cai", "nominated"),
            },
            id="unit-named-as-written-its-parent-no-recipient",
        ),
        pytest.param(
            "Năm qua, Phòng Tư pháp huyện Tam Đảo được nhận Giấy khen năm 2022 của UBND huyện Tam "
            "Đảo.",
            {
                (
                    # the committee's, as written after the head (dev gold)
                    "Giấy khen của Ủy ban nhân dân huyện Tam Đảo",
                    "Phòng Tư pháp huyện Tam Đảo",
                    CON,
                )
            },
            id="giver-after-what-the-award-is-for",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bình Định được Chủ tịch nước tặng thưởng Huân\nchương Lao động hạng "
            "Nhì.",
            {("Huân chương Lao động hạng Nhì", "Sở Tư pháp tỉnh Bình Định", CON)},
            id="award-name-over-a-line-break",
        ),
        pytest.param(
            "Cục THADS tỉnh Bình Định vinh dự được phong tặng danh hiệu Anh hùng Lao động trong "
            "thời kỳ đổi mới.",
            {("Anh hùng Lao động", "Cục Thi hành án dân sự tỉnh Bình Định", CON)},
            id="hero-of-labour",
        ),
        pytest.param(
            "Năm 2018, Cục THADS tỉnh Phú Yên được tặng thưởng Huân chương Lao động hạng Nhì, Cục "
            "trưởng Cục được tặng Bằng khen của Thủ tướng Chính phủ; nhiều tập thể được công nhận "
            "danh hiệu Tập thể lao động xuất sắc.",
            {("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Phú Yên", CON)},
            id="title-only-or-vague-subjects-do-not-take-the-body",
        ),
    ],
)
def test_givers_units_and_subjects(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_comma_list_of_known_units_keeps_every_name() -> None:
    text = (
        "Hội nghị suy tôn đề nghị Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp cho 03 Cục Thi hành "
        "án dân sự: Cục THADS tỉnh Gia Lai, Cục THADS tỉnh Kon Tum và Cục THADS tỉnh Đắk Nông."
    )
    assert {r for _, r, _ in _awards(text)} == {
        "Cục Thi hành án dân sự tỉnh Gia Lai",
        "Cục Thi hành án dân sự tỉnh Kon Tum",
        "Cục Thi hành án dân sự tỉnh Đắk Nông",
    }


def test_list_goes_on_over_paragraphs_past_a_caption() -> None:
    text = (
        "Hội đồng thi đua ngành Tòa án trình Thủ tướng Chính phủ xem xét, tặng Cờ thi đua cho "
        "các đơn vị sau: Vụ Giám đốc kiểm tra về hình sự, TAND tối cao; Tòa án nhân dân tỉnh Hà "
        "Giang.\n\nLãnh đạo ngành trao cờ cho các đơn vị năm trước. (Ảnh minh hoạ)\n\n"
        "Tòa án nhân dân tỉnh Cao Bằng; Tòa án nhân dân tỉnh Bắc Kạn.\n\n"
        "Hội nghị đã thảo luận các giải pháp."
    )
    found = _awards(text)
    assert {r for _, r, _ in found} == {
        "Vụ Giám đốc kiểm tra về hình sự",
        "Tòa án nhân dân tỉnh Hà Giang",
        "Tòa án nhân dân tỉnh Cao Bằng",
        "Tòa án nhân dân tỉnh Bắc Kạn",
    }
    assert {(a, s) for a, _, s in found} == {("Cờ thi đua của Chính phủ", "nominated")}


def test_known_unit_then_its_national_body() -> None:
    text = (
        "Thủ tướng Chính phủ tặng Bằng khen cho các tập thể: Văn phòng Bộ Tư pháp; "
        "Vụ Tổ chức cán bộ, Bộ Tư pháp."
    )
    assert {r for _, r, _ in _awards(text)} == {"Văn phòng Bộ Tư pháp", "Vụ Tổ chức cán bộ"}


def test_a_title_alone_names_the_person_who_holds_it() -> None:
    text = (
        "Bà Lê Thị Hạnh - Giám đốc Sở Tư pháp tỉnh Phú Yên đọc diễn văn. Dịp này, Sở Tư pháp "
        "tỉnh Phú Yên được tặng Cờ thi đua ngành Tư pháp, Giám đốc Sở được tặng Bằng khen của "
        "Bộ trưởng Bộ Tư pháp."
    )
    assert _awards(text) == {
        ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Phú Yên", CON),
        ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lê Thị Hạnh", CON),
    }


def test_a_sentence_without_subject_goes_on_about_the_one_before() -> None:
    text = (
        "Trong nhiều năm, Chi cục THADS huyện Bảo Yên luôn đạt danh hiệu Tập thể lao động xuất "
        "sắc. Năm 2020 được tặng thưởng Huân chương Lao động hạng Nhì; năm 2022 được tặng Bằng "
        "khen của Bộ trưởng Bộ Tư pháp."
    )
    assert {a for a, r, _ in _awards(text) if r == "Chi cục Thi hành án dân sự huyện Bảo Yên"} == {
        "Tập thể lao động xuất sắc",
        "Huân chương Lao động hạng Nhì",
        "Bằng khen của Bộ trưởng Bộ Tư pháp",
    }
