"""Family N2 and N3: places as the page writes them: district and commune names with
apostrophes closing a body's name, and provinces spelled as the page spells them. Persons'
names written so (N1, N4) are in ``test_extract_family_written_names.py``.

Grammar.

- N2 places. District and commune names with an apostrophe (``Đắk R'Lấp``, ``Ea H'Leo``,
  ``Cư M'gar``, ``M'Đrắk``, ``Ia H'Drai``, ``Đắk N'Drót``) and multi-part names (``Krông A
  Na``, ``Ia Grai``, ``Chư Păh``) close a body's name at every level (huyện, thị xã, xã); the
  body is named as written, apostrophe included, never cut at the apostrophe. A district the
  page writes once with and once without the apostrophe (``Đắk G'Long``, ``Đắk Glong``) is
  one body, as first written.
- N3 province spellings. A page may spell a province in a variant the gazetteer lists
  (``Đăk Lăk``, ``Đắc Lắc``, ``Đăk Nông``, ``Kontum``, ``Bắc Cạn``): bodies and the
  provinces list keep the page's spelling (names as written; the dev gold does so on every
  such page), the organization's ``province`` field stays canonical. Abbreviations and
  punctuation variants (``TP.HCM``, ``Thừa Thiên - Huế``, ``Bà Rịa-Vũng Tàu``), slugs without
  marks (``Dak Lak`` in a caption) and misspellings the gazetteer does not list are written
  canonically. A body the page names in the canonical spelling keeps it on a page that
  mostly writes a variant, and the reverse; a bare body (``Sở Tư pháp``) takes the page's
  usual spelling.
Every name and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def facts(text: str, published: str = "2021-05-10") -> set[tuple[str, str]]:
    """The persons, organizations and provinces of ``text``, exactly as reported."""
    r = extract(text, article_id="t", published=published)
    out = {("person", p.name) for p in r.persons}
    out |= {("org", o.name) for o in r.organizations}
    out |= {("province", p) for p in r.provinces}
    return out


def positions(text: str) -> set[tuple[str, str, str | None]]:
    r = extract(text, article_id="t", published="2021-05-10")
    return {(p.name, q.title, q.organization) for p in r.persons for q in p.positions}


P, ORG, V = "person", "org", "province"

PLACE_CASES = [
    pytest.param(
        "UBND xã Ia KDăm, huyện Ia Pa tổ chức tuyên truyền.",
        {(ORG, "Ủy ban nhân dân xã Ia KDăm")},
        {(ORG, "Ủy ban nhân dân xã Ia")},
        id="commune-two-capitals",
    ),
    pytest.param(
        "Chi cục THADS huyện KBang và UBND huyện Kbang phối hợp.",
        {(ORG, "Chi cục Thi hành án dân sự huyện KBang"), (ORG, "Ủy ban nhân dân huyện Kbang")},
        set(),
        id="district-capitals-as-written",
    ),
    pytest.param(
        "UBND huyện Đắk R’Lấp và Chi cục THADS huyện Ea H’Leo ký kết quy chế.",
        {
            (ORG, "Ủy ban nhân dân huyện Đắk R’Lấp"),
            (ORG, "Chi cục Thi hành án dân sự huyện Ea H’Leo"),
        },
        {(ORG, "Ủy ban nhân dân huyện Đắk R")},
        id="two-districts-curly",
    ),
    pytest.param(
        "Tòa án nhân dân huyện Cư M’gar xét xử lưu động.",
        {(ORG, "Tòa án nhân dân huyện Cư M’gar")},
        {(ORG, "Tòa án nhân dân huyện Cư M")},
        id="lower-case-after-curly",
    ),
    pytest.param(
        "Tòa án nhân dân huyện Cư M'gar xét xử lưu động.",
        {(ORG, "Tòa án nhân dân huyện Cư M'gar")},
        set(),
        id="lower-case-after-straight",
    ),
    pytest.param(
        "Chi cục THADS huyện Đắk G’Long và Chi cục THADS huyện M’Đrắk.",
        {
            (ORG, "Chi cục Thi hành án dân sự huyện Đắk G’Long"),
            (ORG, "Chi cục Thi hành án dân sự huyện M’Đrắk"),
        },
        {(ORG, "Chi cục Thi hành án dân sự huyện M")},
        id="enforcement-offices-curly",
    ),
    pytest.param(
        "UBND huyện Ia H’Drai tổ chức hội nghị.",
        {(ORG, "Ủy ban nhân dân huyện Ia H’Drai")},
        set(),
        id="committee-kon-tum-district",
    ),
    pytest.param(
        "UBND xã Ea H’Đing tổ chức tuyên truyền pháp luật cho đồng bào.",
        {(ORG, "Ủy ban nhân dân xã Ea H’Đing")},
        set(),
        id="commune-curly",
    ),
    pytest.param(
        "UBND xã Đắk N’Drót, huyện Đắk Mil ký kết quy chế.",
        {(ORG, "Ủy ban nhân dân xã Đắk N’Drót")},
        set(),
        id="commune-then-district",
    ),
    pytest.param(
        "Chi cục THADS huyện Ea H’Leo phối hợp Công an huyện Ea H’Leo tổ chức cưỡng chế.",
        {(ORG, "Chi cục Thi hành án dân sự huyện Ea H’Leo"), (ORG, "Công an huyện Ea H’Leo")},
        set(),
        id="same-district-twice",
    ),
    pytest.param(
        "VKSND huyện Cư M’gar kiểm sát việc tạm giữ.",
        {(ORG, "Viện kiểm sát nhân dân huyện Cư M’gar")},
        set(),
        id="procuracy-curly",
    ),
    pytest.param(
        "Phòng Tư pháp huyện M’Đrắk tổ chức Ngày Pháp luật.",
        {(ORG, "Phòng Tư pháp huyện M’Đrắk")},
        set(),
        id="justice-office-initial-m",
    ),
    pytest.param(
        "Hội đồng nhân dân huyện Đắk R’Lấp tổ chức giám sát.",
        {(ORG, "Hội đồng nhân dân huyện Đắk R’Lấp")},
        set(),
        id="council-curly",
    ),
    pytest.param(
        "VKSND huyện Krông A Na tổ chức hội nghị.",
        {(ORG, "Viện kiểm sát nhân dân huyện Krông A Na")},
        set(),
        id="one-letter-syllable-district",
    ),
    pytest.param(
        "UBND thị xã Buôn Hồ và UBND huyện Krông A Na.",
        {(ORG, "Ủy ban nhân dân thị xã Buôn Hồ"), (ORG, "Ủy ban nhân dân huyện Krông A Na")},
        set(),
        id="town-and-district",
    ),
    pytest.param(
        "Phòng Tư pháp huyện Đam Rông tổ chức tập huấn.",
        {(ORG, "Phòng Tư pháp huyện Đam Rông")},
        set(),
        id="lam-dong-district",
    ),
    pytest.param(
        "Công an xã Ia Dêr, huyện Ia Grai.",
        {(ORG, "Công an xã Ia Dêr")},
        set(),
        id="commune-police",
    ),
    pytest.param(
        "TAND huyện Krông Pắc và VKSND huyện Krông Pắc phối hợp.",
        {(ORG, "Tòa án nhân dân huyện Krông Pắc"), (ORG, "Viện kiểm sát nhân dân huyện Krông Pắc")},
        set(),
        id="court-procuracy",
    ),
    pytest.param(
        "Cụm thi đua số 2 gồm: VKSND huyện Đắk G’Long, VKSND huyện Đắk R’Lấp và VKSND huyện"
        " Tuy Đức. Năm nay VKSND huyện Đắk Glong làm cụm trưởng.",
        {
            (ORG, "Viện kiểm sát nhân dân huyện Đắk G’Long"),
            (ORG, "Viện kiểm sát nhân dân huyện Đắk R’Lấp"),
        },
        {(ORG, "Viện kiểm sát nhân dân huyện Đắk Glong")},
        id="district-written-twice-one-body",
    ),
    pytest.param(
        "Ông Lê Văn Tám, Chủ tịch UBND huyện Đắk R’Lấp phát biểu.",
        {(P, "Lê Văn Tám"), (ORG, "Ủy ban nhân dân huyện Đắk R’Lấp")},
        set(),
        id="position-body-curly",
    ),
    pytest.param(
        "Chi cục Thi hành án dân sự huyện Ea H‘Leo tổ chức hội nghị.",
        {(ORG, "Chi cục Thi hành án dân sự huyện Ea H‘Leo")},
        set(),
        id="left-quote-as-apostrophe",
    ),
    pytest.param(
        "UBND xã Ia Kriêng, huyện Đức Cơ, tỉnh Gia Lai tổ chức hội nghị.",
        {(ORG, "Ủy ban nhân dân xã Ia Kriêng"), (V, "Gia Lai")},
        set(),
        id="commune-with-district-and-province",
    ),
    pytest.param(
        "Sau hội nghị, Báo cáo viên nói chuyện chủ đề ‘Ngày Pháp luật’ tại xã Ea Kao.",
        set(),
        {(P, "Ngày Pháp")},
        id="quotes-stay-quotes",
    ),
    pytest.param(
        "Ngày 20/9, Chi cục THADS huyện Ea H’Leo phối hợp với UBND xã Ea Ral tổ chức cưỡng chế"
        " thi hành án. Tham gia có ông Nguyễn Văn Sĩ, Chi cục trưởng Chi cục THADS huyện Ea"
        " H’Leo và đại diện Công an huyện Ea H’Leo, VKSND huyện Ea H’Leo.",
        {
            (ORG, "Chi cục Thi hành án dân sự huyện Ea H’Leo"),
            (ORG, "Công an huyện Ea H’Leo"),
            (ORG, "Viện kiểm sát nhân dân huyện Ea H’Leo"),
            (ORG, "Ủy ban nhân dân xã Ea Ral"),
        },
        {(ORG, "Chi cục Thi hành án dân sự huyện Ea H")},
        id="long-paragraph-one-district",
    ),
    pytest.param(
        "Đại diện Tòa án nhân dân khu vực 9 - Đắk Lắk và UBND xã Ea H’Leo tham dự.",
        {(ORG, "Ủy ban nhân dân xã Ea H’Leo")},
        set(),
        id="post-2025-commune",
    ),
    pytest.param(
        "Phòng Tư pháp huyện Ia H'Drai và Phòng Tư pháp huyện Sa Thầy phối hợp.",
        {(ORG, "Phòng Tư pháp huyện Ia H'Drai"), (ORG, "Phòng Tư pháp huyện Sa Thầy")},
        set(),
        id="straight-apostrophe-kept",
    ),
    pytest.param(
        "Chi cục THADS huyện Cư M’gar, tỉnh Đắk Lắk tổ chức hội nghị.",
        {(ORG, "Chi cục Thi hành án dân sự huyện Cư M’gar"), (V, "Đắk Lắk")},
        set(),
        id="district-and-province",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PLACE_CASES)
def test_places_with_apostrophes_close_a_bodys_name(
    text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = facts(text)
    assert present <= got, sorted(got)
    assert not (absent & got), sorted(got)


SPELLING_CASES = [
    pytest.param(
        "Sở Tư pháp tỉnh Đăk Lăk tổ chức hội nghị tổng kết công tác năm 2023.",
        {(ORG, "Sở Tư pháp tỉnh Đăk Lăk"), (V, "Đăk Lăk")},
        {(ORG, "Sở Tư pháp tỉnh Đắk Lắk"), (V, "Đắk Lắk")},
        id="department-variant",
    ),
    pytest.param(
        "Ngày 12/3, UBND tỉnh Đắc Lắc tổ chức hội nghị. Ông Lê Văn Tâm, Giám đốc Sở Tư"
        " pháp báo cáo.",
        {(ORG, "Ủy ban nhân dân tỉnh Đắc Lắc"), (ORG, "Sở Tư pháp tỉnh Đắc Lắc"), (V, "Đắc Lắc")},
        {(V, "Đắk Lắk")},
        id="bare-department-takes-page-spelling",
    ),
    pytest.param(
        "UBND tỉnh Đác Lắc vừa tổ chức hội nghị. Đác Lắc có đường biên giới dài.",
        {(ORG, "Ủy ban nhân dân tỉnh Đác Lắc"), (V, "Đác Lắc")},
        {(V, "Đắk Lắk")},
        id="acute-variant",
    ),
    pytest.param(
        "Cục THADS tỉnh Đăk Nông phối hợp với VKSND tỉnh Đăk Nông tổ chức hội nghị.",
        {
            (ORG, "Cục Thi hành án dân sự tỉnh Đăk Nông"),
            (ORG, "Viện kiểm sát nhân dân tỉnh Đăk Nông"),
            (V, "Đăk Nông"),
        },
        {(V, "Đắk Nông")},
        id="dak-nong-variant",
    ),
    pytest.param(
        "Ông Trần Văn Lực, Phó Chủ tịch UBND tỉnh Đăk Nông phát biểu chỉ đạo.",
        {(ORG, "Ủy ban nhân dân tỉnh Đăk Nông")},
        set(),
        id="position-body-variant",
    ),
    pytest.param(
        "SỞ TƯ PHÁP TỈNH ĐĂK LĂK\nSở Tư pháp tỉnh Đăk Lăk tổ chức tập huấn cho 200 hòa giải viên.",
        {(ORG, "Sở Tư pháp tỉnh Đăk Lăk"), (V, "Đăk Lăk")},
        {(V, "ĐĂK LĂK")},
        id="header-in-capitals",
    ),
    pytest.param(
        "Tỉnh ủy Đắk Lắk chỉ đạo. UBND tỉnh Đắk Lắk ban hành kế hoạch. Sở Tư pháp tỉnh"
        " Đăk Lăk chủ trì.",
        {
            (ORG, "Tỉnh ủy Đắk Lắk"),
            (ORG, "Ủy ban nhân dân tỉnh Đắk Lắk"),
            (ORG, "Sở Tư pháp tỉnh Đăk Lăk"),
            (V, "Đắk Lắk"),
        },
        {(V, "Đăk Lăk")},
        id="mixed-page-each-body-as-written",
    ),
    pytest.param(
        "Ảnh: Dak Lak Online\nSở Tư pháp tỉnh Đắk Lắk tổ chức hội nghị.",
        {(ORG, "Sở Tư pháp tỉnh Đắk Lắk"), (V, "Đắk Lắk")},
        {(V, "Dak Lak")},
        id="slug-without-marks-is-no-spelling",
    ),
    pytest.param(
        "Sở Tư pháp TP.HCM phối hợp với Sở Tư pháp tỉnh Thừa Thiên - Huế tổ chức hội nghị.",
        {(V, "Hồ Chí Minh"), (V, "Thừa Thiên Huế"), (ORG, "Sở Tư pháp thành phố Hồ Chí Minh")},
        {(V, "TP.HCM")},
        id="abbreviations-stay-canonical",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Bà Rịa-Vũng Tàu tổ chức hội nghị.",
        {(V, "Bà Rịa - Vũng Tàu")},
        set(),
        id="dash-variant-canonical",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Bà Rịa Vũng Tàu tổ chức hội nghị.",
        {(V, "Bà Rịa - Vũng Tàu"), (ORG, "Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu")},
        {(V, "Bà Rịa Vũng Tàu")},
        id="dash-left-out-canonical",
    ),
    pytest.param(
        "Tòa án nhân dân tỉnh Kontum xét xử phúc thẩm.",
        {(ORG, "Tòa án nhân dân tỉnh Kontum"), (V, "Kontum")},
        set(),
        id="joined-words",
    ),
    pytest.param(
        "UBND tỉnh Bắc Cạn tổ chức hội nghị.",
        {(ORG, "Ủy ban nhân dân tỉnh Bắc Cạn"), (V, "Bắc Cạn")},
        set(),
        id="northern-variant",
    ),
    pytest.param(
        "Đoàn công tác làm việc tại các tỉnh Đăk Nông, Lâm Đồng và Gia Lai.",
        {(V, "Đăk Nông"), (V, "Lâm Đồng"), (V, "Gia Lai")},
        {(V, "Đắk Nông")},
        id="province-list-variant",
    ),
    pytest.param(
        "Đoàn công tác làm việc tại tỉnh Đác Lắc.",
        {(V, "Đác Lắc")},
        set(),
        id="province-alone-variant",
    ),
    pytest.param(
        "Phòng Tư pháp huyện Đắk Glong phối hợp với Phòng Tư pháp huyện Cư Jút, tỉnh Đăk Nông.",
        {(ORG, "Phòng Tư pháp huyện Đắk Glong"), (V, "Đăk Nông")},
        set(),
        id="district-as-written-province-variant",
    ),
    pytest.param(
        "Sở Tư pháp Đăk Lăk tổ chức Ngày Pháp luật.",
        {(ORG, "Sở Tư pháp tỉnh Đăk Lăk"), (V, "Đăk Lăk")},
        set(),
        id="place-word-left-out",
    ),
    pytest.param(
        "Hội đồng phối hợp PBGDPL tỉnh Đăk Nông họp phiên thứ nhất. Ông Nguyễn Minh"
        " Đạt, Giám đốc Sở Tư pháp, Phó Chủ tịch Hội đồng.",
        {(ORG, "Sở Tư pháp tỉnh Đăk Nông"), (V, "Đăk Nông")},
        set(),
        id="council-and-bare-department",
    ),
    pytest.param(
        "Chi cục THADS thành phố Buôn Ma Thuột, tỉnh Đăk Lăk tổ chức cưỡng chế.",
        {(ORG, "Chi cục Thi hành án dân sự thành phố Buôn Ma Thuột"), (V, "Đăk Lăk")},
        set(),
        id="district-body-province-after",
    ),
    pytest.param(
        "Cục Thi hành án dân sự tỉnh Đắk Nông và Cục Thi hành án dân sự tỉnh Đăk Lăk"
        " ký kết giao ước thi đua.",
        {
            (ORG, "Cục Thi hành án dân sự tỉnh Đắk Nông"),
            (ORG, "Cục Thi hành án dân sự tỉnh Đăk Lăk"),
            (V, "Đắk Nông"),
            (V, "Đăk Lăk"),
        },
        set(),
        id="two-provinces-two-spellings",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Quảng Ngai tổ chức hội nghị. Sở Tư pháp tỉnh Quảng Ngãi"
        " triển khai kế hoạch. UBND tỉnh Quảng Ngãi chỉ đạo.",
        {(V, "Quảng Ngãi"), (ORG, "Sở Tư pháp tỉnh Quảng Ngãi")},
        {(V, "Quảng Ngai")},
        id="unlisted-misspelling-is-a-typo",
    ),
    pytest.param(
        "Thủ đô Hà Nội và Sở Tư pháp thành phố Hà Nội.",
        {(V, "Hà Nội")},
        {(V, "Thủ đô Hà Nội")},
        id="capital-title-is-no-spelling",
    ),
    pytest.param(
        "Sài Gòn hôm nay rực rỡ cờ hoa. Người Sài Gòn đón Tết. Sở Tư pháp TP.HCM tổ chức hội nghị.",
        {(ORG, "Sở Tư pháp thành phố Hồ Chí Minh"), (V, "Hồ Chí Minh")},
        {(V, "Sài Gòn")},
        id="another-name-is-no-spelling",
    ),
    pytest.param(
        "UBND tỉnh KonTum tổ chức hội nghị.",
        {(ORG, "Ủy ban nhân dân tỉnh KonTum")},
        set(),
        id="joined-words-inner-capital",
    ),
    pytest.param(
        "Sáng 15/12, Sở Tư pháp tỉnh Đăk Lăk tổ chức Hội nghị tổng kết công tác tư pháp năm"
        " 2022. Dự hội nghị có ông Phạm Văn Khiêm, Phó Chủ tịch UBND tỉnh; bà H’Mai Niê, Giám"
        " đốc Sở Tư pháp. Tỉnh ủy Đăk Lăk, Cục THADS tỉnh và Trung tâm TGPL tỉnh cùng tham dự.",
        {
            (ORG, "Sở Tư pháp tỉnh Đăk Lăk"),
            (ORG, "Ủy ban nhân dân tỉnh Đăk Lăk"),
            (ORG, "Tỉnh ủy Đăk Lăk"),
            (ORG, "Cục Thi hành án dân sự tỉnh Đăk Lăk"),
            (V, "Đăk Lăk"),
            (P, "H’Mai Niê"),
        },
        {(V, "Đắk Lắk")},
        id="long-paragraph-variant-and-bare-bodies",
    ),
    pytest.param(
        "Ông Nguyễn Hữu Tâm, Phó Chánh án TAND tỉnh Đăk Nông phát biểu.",
        {(ORG, "Tòa án nhân dân tỉnh Đăk Nông"), (V, "Đăk Nông")},
        set(),
        id="court-variant",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPELLING_CASES)
def test_provinces_keep_the_pages_spelling(
    text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = facts(text)
    assert present <= got, sorted(got)
    assert not (absent & got), sorted(got)


def test_the_province_field_stays_canonical() -> None:
    r = extract("Sở Tư pháp tỉnh Đăk Lăk tổ chức hội nghị.", article_id="t")
    assert [(o.name, o.province) for o in r.organizations] == [
        ("Sở Tư pháp tỉnh Đăk Lăk", "Đắk Lắk")
    ]


def test_a_position_names_its_body_as_written() -> None:
    text = "Ông Trần Văn Lực, Phó Chủ tịch UBND tỉnh Đăk Nông phát biểu chỉ đạo."
    assert positions(text) == {("Trần Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đăk Nông")}


def test_the_report_keeps_the_pages_text_and_apostrophes() -> None:
    text = "Ông Lê Văn Tám, Chủ tịch UBND huyện Đắk R’Lấp phát biểu."
    r = extract(text, article_id="t")
    assert r.article.text == text
    org = next(o for o in r.organizations)
    assert org.evidence is not None and "R’Lấp" in org.evidence.text
