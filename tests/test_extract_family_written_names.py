"""Family N1-N4: names written with apostrophes and hyphens, provinces spelled as the page
spells them, and names cut short at the end of an excerpt.

Grammar.

- N1 persons. Names of the Central Highlands' peoples carry a glottal prefix and an
  apostrophe inside a syllable (Cơ Ho, Mạ ``K'Brơn``, ``Ka'Sơ``; Ê Đê women ``H'Lan Niê``;
  Jrai ``R'Mah``), a one-letter syllable (Ê Đê men ``Y Thanh Niê Kdăm``, also hyphened
  ``Y-Krông``; Xơ Đăng ``A Pớt``), or a surname of two syllables (``Rơ Châm``, ``Rah Lan``,
  ``Zơ Râm``, ``Pơ Loong``, ``Bh'Riu``) or of one that is no Kinh surname (``Ksor``, ``Siu``,
  ``Nay``, ``Kpă``, ``Điểu``). The apostrophe is typed ``'`` or ``’`` (``‘``, ``ʼ``); the
  syllable after it is capitalized, a single capital (``R'Ô``) or lower case. Such names
  come after ``ông``/``bà``/``đồng chí``/a rank, before or after a title and its body, in
  lists, in photo credits (``Ảnh: R'Ê Bông``, in capitals too) and bylines under the headline.
  The report keeps the name whole and with the page's apostrophe; the same name written
  once with ``'`` and once with ``’`` is one person, as first written.
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
- N4 cut excerpts. An excerpt that stops inside a word (``… bà Lê Thị Chan``) cuts the last
  name short; when the page writes the same words with more letters elsewhere, the cut
  name is no person.

Every name and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract import extract


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

PERSON_CASES = [
    pytest.param(
        "Đến dự có các đồng chí: Chánh án TAND Tối cao Trương Thái Bình; Trưởng Ban Nội chính"
        " Trung ương Ngô Văn Tư.",
        {(P, "Trương Thái Bình")},
        {(V, "Thái Bình")},
        id="surname-then-a-provinces-name",
    ),
    pytest.param(
        "Ông Quách Hà Nam, Phó Chánh án TAND tỉnh Lào Cai phát biểu.",
        {(P, "Quách Hà Nam"), (V, "Lào Cai")},
        {(V, "Hà Nam")},
        id="surname-then-a-provinces-name-before-title",
    ),
    pytest.param(
        "Đoàn Hà Giang làm việc tại Sở Tư pháp tỉnh Lào Cai.",
        {(V, "Hà Giang")},
        {(P, "Đoàn Hà Giang")},
        id="a-delegation-of-a-province-stays-a-province",
    ),
    pytest.param(
        "Giám đốc Sở Tư pháp tỉnh Đắk Nông K’Tiến phát biểu.",
        {(P, "K’Tiến"), (ORG, "Sở Tư pháp tỉnh Đắk Nông")},
        set(),
        id="glottal-one-word-after-title-and-body",
    ),
    pytest.param(
        "Bà H’Nga ÊBan, Phó Chánh án TAND tỉnh phát biểu.",
        {(P, "H’Nga ÊBan")},
        {(P, "H’Nga")},
        id="two-capitals-in-a-syllable",
    ),
    pytest.param(
        "Ông Y KDăm Niê, Chủ tịch UBND xã Ea Tul phát biểu.",
        {(P, "Y KDăm Niê"), (ORG, "Ủy ban nhân dân xã Ea Tul")},
        set(),
        id="two-capitals-after-y",
    ),
    pytest.param(
        "Ông Rơ Ô Hyun, Phó Bí thư Đảng ủy xã Ia Piơr phát biểu.",
        {(P, "Rơ Ô Hyun"), (ORG, "Đảng ủy xã Ia Piơr")},
        set(),
        id="one-letter-syllable-of-a-surname",
    ),
    pytest.param(
        "Ông Lê Văn T. bị xử phạt. Ông Ksor Ô phát biểu.",
        set(),
        {(P, "Lê Văn T"), (P, "Lê Văn T."), (P, "Ksor Ô")},
        id="initials-stay-withheld",
    ),
    pytest.param(
        "Tham dự có ông K’Drơng, Chủ tịch UBND xã Lộc Bảo.",
        {(P, "K’Drơng")},
        set(),
        id="glottal-one-word-curly",
    ),
    pytest.param(
        "Bà H’Lan Niê, Phó Giám đốc Sở Tư pháp tỉnh Đắk Lắk phát biểu.",
        {(P, "H’Lan Niê")},
        set(),
        id="ede-woman-curly",
    ),
    pytest.param(
        "Giám đốc Sở Tư pháp H’Ngọc Êban phát biểu khai mạc.",
        {(P, "H’Ngọc Êban")},
        set(),
        id="ede-woman-after-title-curly",
    ),
    pytest.param(
        "Bà H’lan Niê phát biểu.", {(P, "H’lan Niê")}, set(), id="lower-case-after-apostrophe"
    ),
    pytest.param(
        "Quang cảnh hội nghị. Ảnh: R’Ê Bông",
        {(P, "R’Ê Bông")},
        set(),
        id="credit-one-capital-after-curly-apostrophe",
    ),
    pytest.param(
        "Quang cảnh hội nghị. Ảnh: R'Ê Bông",
        {(P, "R'Ê Bông")},
        set(),
        id="credit-one-capital-after-apostrophe",
    ),
    pytest.param(
        "Đại biểu dự hội nghị. Ảnh: R'Ê Bông\nLãnh đạo Sở phát biểu. Ảnh: R’Ê Bông",
        {(P, "R'Ê Bông")},
        {(P, "R’Ê Bông")},
        id="two-apostrophes-one-person",
    ),
    pytest.param("Ảnh: H’Lam Byă", {(P, "H’Lam Byă")}, set(), id="credit-ede-curly"),
    pytest.param(
        "Ngành Kiểm sát quyên góp ủng hộ đồng bào vùng lũ\n\nR'ÊN HƠK\n(GLO)- Viện Kiểm sát"
        " nhân dân tỉnh Gia Lai vừa phát động quyên góp ủng hộ đồng bào bị ảnh hưởng bởi bão.",
        {(P, "R'Ên Hơk")},
        set(),
        id="byline-in-capitals-under-headline",
    ),
    pytest.param(
        "Tham dự hội nghị có đồng chí Y-Krông Niê Kdăm, Phó Chủ tịch UBND tỉnh Đắk Lắk.",
        {(P, "Y-Krông Niê Kdăm")},
        set(),
        id="ede-man-hyphened",
    ),
    pytest.param(
        "Ông Y-Blim Mlô phát biểu.", {(P, "Y-Blim Mlô")}, set(), id="ede-man-hyphened-two-syllables"
    ),
    pytest.param(
        "ông Y Ngông Niê Kđăm, Chánh án TAND huyện Buôn Đôn",
        {(P, "Y Ngông Niê Kđăm")},
        set(),
        id="ede-man-four-syllables",
    ),
    pytest.param(
        "Ông Ksor Y Duan, Chủ tịch UBND huyện Ia Pa; bà Siu H’Lun, Phó Trưởng phòng Tư pháp huyện.",
        {(P, "Ksor Y Duan"), (P, "Siu H’Lun")},
        set(),
        id="jrai-pair-semicolon",
    ),
    pytest.param(
        "Bà Kpă H’Thoi, Thẩm phán Tòa án nhân dân huyện Ia Grai, chủ tọa phiên tòa.",
        {(P, "Kpă H’Thoi")},
        set(),
        id="jrai-surname-glottal-given-name",
    ),
    pytest.param(
        "Ông R’Mah Hlinh, Chấp hành viên Chi cục THADS huyện Đức Cơ.",
        {(P, "R’Mah Hlinh")},
        set(),
        id="jrai-glottal-surname",
    ),
    pytest.param(
        "Ông Điểu K’Rơi, Phó Trưởng Công an huyện Tuy Đức báo cáo.",
        {(P, "Điểu K’Rơi")},
        set(),
        id="stieng-surname-glottal",
    ),
    pytest.param(
        "Bà Ka’Bảy, hòa giải viên thôn Đạ Nghịt tham gia.",
        {(P, "Ka’Bảy")},
        set(),
        id="coho-two-letter-glottal",
    ),
    pytest.param(
        "Tham dự có các đồng chí: Y Dhăm Ênuôl, Phó Giám đốc Sở Tư pháp; H’Lim Mlô,"
        " Trưởng phòng Phổ biến, giáo dục pháp luật.",
        {(P, "Y Dhăm Ênuôl"), (P, "H’Lim Mlô")},
        set(),
        id="list-of-ede-officials",
    ),
    pytest.param(
        "Chịu trách nhiệm chính: Zơ Râm Thị Mơ - Phó Chủ tịch HĐND huyện Nam Giang",
        {(P, "Zơ Râm Thị Mơ")},
        set(),
        id="cotu-two-syllable-surname-footer",
    ),
    pytest.param(
        "Dự hội nghị có Rah Lan Chiến, Phó Giám đốc Sở Tư pháp tỉnh Gia Lai.",
        {(P, "Rah Lan Chiến")},
        set(),
        id="jrai-two-syllable-surname-no-honorific",
    ),
    pytest.param(
        "Bh'Riu Liếc, Chủ tịch UBND xã A Tiêng, huyện Tây Giang phát biểu.",
        {(P, "Bh'Riu Liếc")},
        set(),
        id="cotu-glottal-surname-opens-sentence",
    ),
    pytest.param(
        "Tham dự có Pơ Loong Thị Hoa, Phó Trưởng ban Pháp chế HĐND huyện Đông Giang.",
        {(P, "Pơ Loong Thị Hoa")},
        set(),
        id="cotu-surname-with-thi",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, Rơ Mah Hương – Thẩm phán TAND tỉnh Gia Lai đề nghị"
        " tăng cường phối hợp.",
        {(P, "Rơ Mah Hương")},
        set(),
        id="jrai-dash-title",
    ),
    pytest.param(
        "Đồng chí Rơ Châm Blếch - Phó Bí thư Huyện ủy Chư Păh dự và chỉ đạo.",
        {(P, "Rơ Châm Blếch"), (ORG, "Huyện ủy Chư Păh")},
        set(),
        id="jrai-party-post",
    ),
    pytest.param(
        "Đồng chí A Pớt, Phó Chủ tịch UBND huyện Kon Plông phát biểu.",
        {(P, "A Pớt")},
        set(),
        id="xodang-one-letter-syllable",
    ),
    pytest.param(
        "Ông Đinh Y Ngơm, Chủ tịch UBND xã Kon Chiêng.",
        {(P, "Đinh Y Ngơm")},
        set(),
        id="bahnar-dinh-y",
    ),
    pytest.param(
        "Sáng 12/4, Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị triển khai công tác phổ biến pháp"
        " luật vùng đồng bào dân tộc thiểu số. Dự hội nghị có bà Siu H’Mai, Phó Giám đốc Sở Tư"
        " pháp; ông Rơ Châm Lếch, Chủ tịch UBND huyện Ia Grai và đại diện các xã Ia Dêr, Ia"
        " Sao. Ông Ksor Y Phơn, Trưởng phòng Tư pháp huyện Ia Pa báo cáo. Ảnh: R’Ô Lây",
        {
            (P, "Siu H’Mai"),
            (P, "Rơ Châm Lếch"),
            (P, "Ksor Y Phơn"),
            (P, "R’Ô Lây"),
            (ORG, "Ủy ban nhân dân huyện Ia Grai"),
        },
        set(),
        id="long-paragraph-mixed-apostrophes",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PERSON_CASES)
def test_names_with_apostrophes_and_one_letter_syllables(
    text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = facts(text)
    assert present <= got, sorted(got)
    assert not (absent & got), sorted(got)


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


CUT_CASES = [
    pytest.param(
        "Bà Đinh Thị Chanh, Tổ trưởng tổ hòa giải, phát biểu. Năm nay, bà Đinh Thị Chan",
        {(P, "Đinh Thị Chanh")},
        {(P, "Đinh Thị Chan")},
        id="person-cut",
    ),
    pytest.param(
        "Hội Luật gia tỉnh Kiên Giang tổ chức Đại hội. Đại hội Hội Luật gia tỉnh Kiên Gian",
        set(),
        {(P, "Kiên Gian")},
        id="province-cut-is-no-person",
    ),
    pytest.param(
        "Đoàn Luật sư tỉnh Hậu Giang tổ chức Đại hội. Vị thế của Đoàn Lu",
        set(),
        {(P, "Đoàn Lu")},
        id="body-cut-is-no-person",
    ),
    pytest.param(
        "Ông Lê Văn Tám phát biểu.\n\nBài: Lê Văn Tám",
        {(P, "Lê Văn Tám")},
        set(),
        id="byline-repeating-a-name-stays",
    ),
    pytest.param(
        "Dự hội nghị có ông Trần Minh Khoa, Phó Giám đốc Sở Tư pháp. Phát biểu tại hội"
        " nghị, ông Trần Minh Kh",
        {(P, "Trần Minh Khoa")},
        {(P, "Trần Minh Kh")},
        id="cut-after-honorific",
    ),
    pytest.param(
        "Ông Vũ Văn Hà phát biểu. Thẩm phán Vũ Văn Hà",
        {(P, "Vũ Văn Hà")},
        set(),
        id="complete-name-at-the-end-stays",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CUT_CASES)
def test_names_cut_short_by_the_excerpt(
    text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = facts(text)
    assert present <= got, sorted(got)
    assert not (absent & got), sorted(got)
