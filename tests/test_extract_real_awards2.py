"""Award rules for real pages, second round (issue 9): one invented example per rule.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _awards(text: str, published: str = "2022-12-20") -> list[tuple[str, str, str]]:
    return award_facts(text, published)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Cục THADS tỉnh Sơn La tổ chức hội nghị tổng kết. Cục trưởng trao Giấy khen cho các "
            "tập thể:\n- Chi cục THADS huyện Mai Sơn;\n- Chi cục THADS huyện Yên Châu.",
            [
                (
                    "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Sơn La",
                    "Chi cục Thi hành án dân sự huyện Mai Sơn",
                    CON,
                ),
                (
                    "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Sơn La",
                    "Chi cục Thi hành án dân sự huyện Yên Châu",
                    CON,
                ),
            ],
            id="bare-title-giver-heads-the-only-body",
        ),
        pytest.param(
            "Cục THADS tỉnh Đồng Nai họp. Ông Trương Văn Hiếu, Cục trưởng trao Giấy khen của Cục "
            "trưởng cho Chi cục THADS thành phố Biên Hòa.",
            [
                (
                    "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Nai",
                    "Chi cục Thi hành án dân sự thành phố Biên Hòa",
                    CON,
                )
            ],
            id="bare-title-in-award-name",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái họp. Chủ tịch UBND tỉnh Yên Bái đã tặng Bằng khen cho 3 tập "
            "thể và 5 cá nhân có thành tích xuất sắc, trong đó có Phòng Tư pháp huyện Văn Chấn.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
                    "Phòng Tư pháp huyện Văn Chấn",
                    CON,
                )
            ],
            id="named-among-count-after-reason",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bình Phước tổ chức hội nghị.\nKhen thưởng:\nBằng khen của Bộ trưởng "
            "Bộ Tư pháp:\nPhòng Tư pháp huyện Bù Đăng\nGiấy khen của Giám đốc Sở:\nPhòng Tư pháp "
            "huyện Đồng Phú\n",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Bù Đăng", CON),
                (
                    "Giấy khen của Giám đốc Sở Tư pháp tỉnh Bình Phước",
                    "Phòng Tư pháp huyện Đồng Phú",
                    CON,
                ),
            ],
            id="award-headings-take-the-section-status",
        ),
        pytest.param(
            "Phòng Tư pháp huyện Kim Bảng, tỉnh Hà Nam họp. Dịp này, UBND huyện Kim Bảng tặng "
            "Giấy khen cho ông Vũ Văn Sơn.",
            [("Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kim Bảng", "Vũ Văn Sơn", CON)],
            id="committee-commendation-is-the-chairmans",
        ),
        pytest.param(
            "Cục THADS tỉnh Hà Nam họp. Chi cục THADS huyện Lý Nhân được Cục THADS tỉnh tặng "
            "Giấy khen.",
            [
                (
                    "Giấy khen của Cục Thi hành án dân sự tỉnh Hà Nam",
                    "Chi cục Thi hành án dân sự huyện Lý Nhân",
                    CON,
                )
            ],
            id="body-commendation-as-written",
        ),
        pytest.param(
            "Cục THADS tỉnh Hà Nam họp. Dịp này, Bộ Công an tặng Bằng khen cho Cục THADS tỉnh "
            "Hà Nam.",
            [("Bằng khen của Bộ Công an", "Cục Thi hành án dân sự tỉnh Hà Nam", CON)],
            id="other-ministry-certificate-as-written",
        ),
        pytest.param(
            "Cục THADS tỉnh Tây Ninh họp. Chi cục THADS huyện Châu Thành được Bộ trưởng Bộ Tư "
            "pháp tặng Bằng khen, Chi cục THADS huyện Hòa Thành được Tổng cục trưởng tặng Bằng "
            "khen.",
            [
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Chi cục Thi hành án dân sự huyện Châu Thành",
                    CON,
                ),
                (
                    "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                    "Chi cục Thi hành án dân sự huyện Hòa Thành",
                    CON,
                ),
            ],
            id="title-only-giver-of-a-coordinated-clause",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Tiền Giang tổ chức lễ đón nhận huân chương Lao động hạng Ba.",
            [("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Tiền Giang", CON)],
            id="lower-case-order-with-its-class",
        ),
        pytest.param(
            "Viện trưởng VKSND tối cao tặng Kỷ niệm chương “Vì sự nghiệp Kiểm sát” cho ông Lê "
            "Văn Đức.",
            [("Kỷ niệm chương Vì sự nghiệp Kiểm sát", "Lê Văn Đức", CON)],
            id="other-sector-medal",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Tiền Giang họp. Phòng Tư pháp huyện Cai Lậy đăng ký Cờ thi đua của "
            "UBND tỉnh, các phòng còn lại đăng ký danh hiệu Tập thể lao động xuất sắc.",
            [
                (
                    "Cờ thi đua của Ủy ban nhân dân tỉnh Tiền Giang",
                    "Phòng Tư pháp huyện Cai Lậy",
                    "registered",
                )
            ],
            id="generic-subject-does-not-carry-the-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Quảng Nam họp. Chủ tịch UBND tỉnh Quảng Nam Đào Văn Khiêm trao Cờ "
            "thi đua của UBND tỉnh và Bằng khen cho Sở Tư pháp tỉnh Quảng Nam.",
            [
                ("Cờ thi đua của Ủy ban nhân dân tỉnh Quảng Nam", "Sở Tư pháp tỉnh Quảng Nam", CON),
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam",
                    "Sở Tư pháp tỉnh Quảng Nam",
                    CON,
                ),
            ],
            id="conjoined-awards-share-giver-and-recipients",
        ),
        pytest.param(
            "Cục THADS tỉnh Bình Thuận họp. Chi cục THADS huyện Tuy Phong được tặng Bằng khen "
            "của Tổng Cục trưởng Tổng cục THADS.",
            [
                (
                    "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                    "Chi cục Thi hành án dân sự huyện Tuy Phong",
                    CON,
                )
            ],
            id="giver-title-with-odd-capital",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hà Giang họp. Ông Hoàng Văn Páo, Giám đốc Sở Tư pháp thay mặt tập "
            "thể Sở đón nhận Cờ thi đua của Chính phủ.",
            [("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hà Giang", CON)],
            id="flag-received-on-behalf-of-the-body",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên họp.\n| STT | Họ và tên | Chức vụ | Hình thức khen thưởng "
            "|\n| 1 | Lò Văn Pầng | Chuyên viên | Bằng khen của Bộ trưởng Bộ Tư pháp |\n",
            [("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lò Văn Pầng", CON)],
            id="table-status-from-its-header",
        ),
        pytest.param(
            "Cục THADS tỉnh Nghệ An. Cục THADS tỉnh Nghệ An đã được tặng Huân chương Lao động "
            "hạng Ba, hạng Nhì.",
            [
                ("Huân chương Lao động hạng Ba", "Cục Thi hành án dân sự tỉnh Nghệ An", CON),
                ("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Nghệ An", CON),
            ],
            id="elliptical-order-classes",
        ),
        pytest.param(
            "Cục THADS tỉnh Lai Châu họp. Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Phó Cục trưởng "
            "Nguyễn Văn Hưởng; Chấp hành viên Lò Thị Mai và Chi cục THADS huyện Tam Đường.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn Hưởng", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lò Thị Mai", CON),
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Chi cục Thi hành án dân sự huyện Tam Đường",
                    CON,
                ),
            ],
            id="names-listed-over-semicolons",
        ),
        pytest.param(
            "Cục THADS tỉnh Lai Châu họp. Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Chi cục THADS "
            "huyện Sìn Hồ; Chi cục THADS huyện Tam Đường đạt danh hiệu Tập thể lao động xuất sắc.",
            [
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Chi cục Thi hành án dân sự huyện Sìn Hồ",
                    CON,
                ),
                ("Tập thể lao động xuất sắc", "Chi cục Thi hành án dân sự huyện Tam Đường", CON),
            ],
            id="semicolon-part-with-its-own-verb-is-a-clause",
        ),
    ],
)
def test_real_award_rules(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(set(_awards(text))) == sorted(expected)


def test_a_district_head_is_no_organization() -> None:
    """The giver's title is stripped from the conferring body (closure rule: no title in
    ``organizations``)."""
    r = extract(
        "Cục THADS tỉnh Bình Thuận họp. Chi cục trưởng Chi cục THADS huyện Bắc Bình tặng Giấy "
        "khen cho bà Phạm Thị Nga.",
        article_id="t",
        published="2022-12-20",
    )
    assert [a.conferrer for a in r.awards] == ["Chi cục Thi hành án dân sự huyện Bắc Bình"]
    assert not any(o.name.startswith("Chi cục trưởng") for o in r.organizations)
