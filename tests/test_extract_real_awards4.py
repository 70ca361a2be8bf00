"""Award rules for real pages, fourth round (issue 9): givers said once, recipients the
organization list does not know, and names that only place a recipient.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

TTG = "Bằng khen của Thủ tướng Chính phủ"


def _awards(text: str, published: str = "2023-01-20") -> set[tuple[str, str, str]]:
    return set(award_facts(text, published))


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Thủ tướng Chính phủ quyết định tặng Bằng khen cho 2 tập thể và 1 cá nhân thuộc Sở "
            "Tư pháp tỉnh Hà Nam.\n\nTập thể được tặng Bằng khen là Phòng Công chứng số 1 tỉnh "
            "Hà Nam và Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam.",
            {
                (TTG, "Phòng Công chứng số 1 tỉnh Hà Nam", CON),
                (TTG, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam", CON),
            },
            id="giver-said-in-an-earlier-sentence",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Sở Tư pháp tỉnh Nam Định. Tại hội nghị, các "
            "đơn vị không nhận cờ thi đua năm nay.",
            {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp tỉnh Nam Định", CON)},
            id="generic-lower-case-mention-takes-no-earlier-giver",
        ),
        pytest.param(
            "Thủ tướng Chính phủ tặng Bằng khen cho 3 cá nhân thuộc Công an tỉnh Thái Bình. Các "
            "cá nhân được tặng Bằng khen của Thủ tướng Chính phủ là Trung tá Đinh Văn Khải, Đội "
            "trưởng, Phòng Cảnh sát hình sự, Công an tỉnh Thái Bình; Thượng úy Lò Thị Hoa, Cán bộ "
            "Công an huyện Vũ Thư và Đại úy Mạc Văn Tùng.",
            {
                (TTG, "Đinh Văn Khải", CON),
                (TTG, "Lò Thị Hoa", CON),
                (TTG, "Mạc Văn Tùng", CON),
            },
            id="ranks-open-the-parts-of-a-list-and-workplace-chains-are-no-recipients",
        ),
        pytest.param(
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Phan Văn Tới trao danh hiệu Anh hùng lực "
            "lượng vũ trang nhân dân cho Ban An ninh thị xã 3 (tiền thân của Công an thành phố "
            "Hà Tĩnh) và liệt sĩ Nguyễn Văn Bổn, nguyên Trưởng ty Công an tỉnh Hà Tĩnh.",
            {
                ("Anh hùng Lực lượng vũ trang nhân dân", "Ban An ninh thị xã 3", CON),
                ("Anh hùng Lực lượng vũ trang nhân dân", "Nguyễn Văn Bổn", CON),
            },
            id="a-predecessor-in-parentheses-and-a-former-post-place-the-recipients",
        ),
        pytest.param(
            "UBND tỉnh tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 02 tập thể, gồm:\n"
            "1. Ban Quản lý dự án đầu tư xây dựng huyện Quế Sơn; đã có thành tích xuất sắc;\n"
            "2. Trung tâm Văn hóa - Thể thao huyện Quế Sơn; đã có thành tích xuất sắc.",
            {
                (
                    "Cờ thi đua của Ủy ban nhân dân tỉnh",
                    "Ban Quản lý dự án đầu tư xây dựng huyện Quế Sơn",
                    CON,
                ),
                (
                    "Cờ thi đua của Ủy ban nhân dân tỉnh",
                    "Trung tâm Văn hóa - Thể thao huyện Quế Sơn",
                    CON,
                ),
            },
            id="list-items-name-bodies-the-organization-list-does-not-know",
        ),
        pytest.param(
            "Năm 2022, Khối thi đua số 3 có 2 đơn vị được tặng Cờ thi đua của Chính phủ.",
            set(),
            id="a-body-whose-members-are-counted-receives-nothing",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Cà Mau tổng kết năm. Khối thi đua số 2 đề nghị cờ thi đua của UBND "
            "tỉnh cho Phòng Tư pháp huyện Năm Căn.",
            {
                (
                    "Cờ thi đua của Ủy ban nhân dân tỉnh Cà Mau",
                    "Phòng Tư pháp huyện Năm Căn",
                    NOM,
                )
            },
            id="committee-named-without-its-chairman",
        ),
    ],
)
def test_award_rules_round_four(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_a_short_reference_is_no_name_of_its_own() -> None:
    text = (
        "Giám đốc Sở Tư pháp tỉnh Lạng Sơn trao Giấy khen của Giám đốc Sở Tư pháp cho Phòng Tư "
        "pháp huyện Văn Lãng và Văn phòng Sở."
    )
    recipients = {r for _, r, _ in _awards(text)}
    assert "Văn phòng Sở" not in recipients
    assert "Phòng Tư pháp huyện Văn Lãng" in recipients


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Sở Tư pháp tỉnh Hà Nam được Chủ tịch nước tặng thưởng “Huân chương Lao động” hạng "
            "Nhì.",
            {("Huân chương Lao động hạng Nhì", "Sở Tư pháp tỉnh Hà Nam", CON)},
            id="order-quoted-before-its-class",
        ),
        pytest.param(
            "Trao Huân chương Lao động hạng 3 cho đồng chí Lê Văn Tâm, Giám đốc Sở Tư pháp tỉnh "
            "Bắc Ninh.",
            {("Huân chương Lao động hạng Ba", "Lê Văn Tâm", CON)},
            id="class-in-digits",
        ),
        pytest.param(
            "Bà Quàng Thị Dung, Phó Chánh án TAND tỉnh Lai Châu được tặng Huân chương Đại đoàn "
            "kết dân tộc.",
            {("Huân chương Đại đoàn kết dân tộc", "Quàng Thị Dung", CON)},
            id="order-without-classes",
        ),
        pytest.param(
            "Ông Lò Văn Mạnh, Kiểm sát viên VKSND tỉnh Điện Biên đạt danh hiệu Chiến sĩ thi đua "
            "ngành Kiểm sát nhân dân; VKSND huyện Mường Nhé được tặng Cờ thi đua của ngành Kiểm "
            "sát nhân dân.",
            {
                ("Chiến sĩ thi đua ngành Kiểm sát nhân dân", "Lò Văn Mạnh", CON),
                (
                    "Cờ thi đua ngành Kiểm sát nhân dân",
                    "Viện kiểm sát nhân dân huyện Mường Nhé",
                    CON,
                ),
            },
            id="another-sectors-title-and-flag",
        ),
        pytest.param(
            "Tòa án nhân dân huyện Mường Tè được tặng Cờ thi đua của Tòa án nhân dân tối cao.",
            {
                (
                    "Cờ thi đua của Tòa án nhân dân tối cao",
                    "Tòa án nhân dân huyện Mường Tè",
                    CON,
                )
            },
            id="a-court-as-giver-is-no-sector",
        ),
        pytest.param(
            "Năm 2021, Cục THADS tỉnh Sơn La được Bộ Tư pháp xếp loại hoàn thành xuất sắc nhiệm "
            "vụ, được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp năm 2021 và được Chủ tịch "
            "UBND tỉnh tặng Cờ thi đua khối các cơ quan Nội chính.",
            {
                ("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Sơn La", CON),
                # a bloc's flag is its giver's when the text names one (adjudicated gold)
                (
                    "Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
                    "Cục Thi hành án dân sự tỉnh Sơn La",
                    CON,
                ),
            },
            id="agent-of-a-passive-verb-and-a-blocs-flag-after-a-qualified-award",
        ),
    ],
)
def test_award_names_round_four(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Tập thể nữ cán bộ, công chức, người lao động Cục THADS tỉnh Ninh Bình được trao "
            "tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
            {
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Tập thể nữ cán bộ, công chức, người lao động Cục Thi hành án dân sự tỉnh "
                    "Ninh Bình",
                    CON,
                )
            },
            id="a-collective-named-by-its-members",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp trao Bằng khen cho tập thể Phòng Tư pháp huyện Kim Sơn.",
            {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Kim Sơn", CON)},
            id="tap-the-before-a-body-alone-is-the-body",
        ),
        pytest.param(
            "Thủ tướng Chính phủ tặng Bằng khen cho 2 cá nhân là Đại úy Bạch Thị Hà, Cán bộ Khoa "
            "Nội tổng hợp, Bệnh viện Công an tỉnh Ninh Bình, Bộ Công an và Thượng úy Mai Văn "
            "Lực.",
            {(TTG, "Bạch Thị Hà", CON), (TTG, "Mai Văn Lực", CON)},
            id="a-persons-post-and-workplace-are-no-recipients",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh Ninh Bình tặng danh hiệu Tập thể lao động xuất sắc cho 02 tập "
            "thể, đó là: Nhân dân và cán bộ xã Gia Vân; Nhân dân và cán bộ xã Gia Lạc (huyện Gia "
            "Viễn).",
            {
                ("Tập thể lao động xuất sắc", "Nhân dân và cán bộ xã Gia Vân", CON),
                ("Tập thể lao động xuất sắc", "Nhân dân và cán bộ xã Gia Lạc", CON),
            },
            id="a-places-people-as-a-collective",
        ),
    ],
)
def test_collectives_and_descriptions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_a_group_heading_with_two_lead_words_goes_on_with_the_list() -> None:
    text = (
        "Tại hội nghị, Cục THADS tỉnh Hòa Bình đã trao Giấy khen của Cục trưởng cho các tập "
        "thể:\nChi cục THADS huyện Lạc Sơn\nChi cục THADS huyện Mai Châu\nvà các cá nhân:\n"
        "Ông Bùi Văn Thắng - Chấp hành viên\nBà Đinh Thị Nga - Thư ký thi hành án"
    )
    recipients = {r for _, r, _ in _awards(text)}
    assert {"Bùi Văn Thắng", "Đinh Thị Nga"} <= recipients


def test_a_lower_case_head_listed_after_an_award_is_one_too() -> None:
    text = (
        "Ông Lò Văn Mạnh, Chánh án TAND huyện Mường Chà nhiều năm liền đạt danh hiệu Chiến sỹ "
        "thi đua cơ sở, chiến sĩ thi đua Tòa án và được tặng Bằng khen của Chánh án TAND tối "
        "cao."
    )
    assert _awards(text) == {
        ("Chiến sĩ thi đua cơ sở", "Lò Văn Mạnh", CON),
        ("Chiến sĩ thi đua Tòa án", "Lò Văn Mạnh", CON),
        ("Bằng khen của Chánh án Tòa án nhân dân tối cao", "Lò Văn Mạnh", CON),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Năm nay, Sở Tư pháp tỉnh Hòa Bình không nhận Cờ thi đua của Chính phủ để nhường cho "
            "đơn vị khác.",
            set(),
            id="a-denied-verb-states-no-status",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hòa Bình không ngừng phấn đấu, được tặng Cờ thi đua của Chính phủ.",
            {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hòa Bình", CON)},
            id="striving-that-aims-at-no-award-registers-nothing",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hòa Bình đăng ký phấn đấu đạt Cờ thi đua của Chính phủ.",
            {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hòa Bình", "registered")},
            id="striving-for-an-award-registers-it",
        ),
    ],
)
def test_status_round_four(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_the_year_an_award_is_for() -> None:
    text = (
        "Ngày 10/1/2023, Sở Tư pháp tỉnh Hòa Bình được tặng Cờ thi đua ngành Tư pháp năm 2022. "
        "Năm 2023, ông Bùi Văn Thắng được tặng Bằng khen của Bộ trưởng Bộ Tư pháp vì thành tích "
        "xuất sắc giai đoạn 2018 - 2022."
    )
    report = extract(text, article_id="t", published="2023-01-20")
    assert {(a.recipient, a.year) for a in report.awards} == {
        ("Sở Tư pháp tỉnh Hòa Bình", 2022),
        ("Bùi Văn Thắng", 2022),
    }
