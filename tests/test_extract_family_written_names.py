"""Family N1 and N4: persons' names as the page writes them, with apostrophes, hyphens and
one-letter syllables, and names cut short at the end of an excerpt. Places written with
apostrophes and provinces spelled as the page spells them (N2, N3) are in
``test_extract_written_places.py``.

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
- N4 cut excerpts. An excerpt that stops inside a word (``… bà Lê Thị Chan``) cuts the last
  name short; when the page writes the same words with more letters elsewhere, the cut
  name is no person.

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
        "Cán bộ Viện Kiểm sát góp quỹ giúp dân vùng ngập\n\nR'ÔM KLONG\n(GLO)- Viện Kiểm sát"
        " nhân dân tỉnh Gia Lai mới đây kêu gọi cán bộ chung tay giúp đỡ bà con sau mưa lũ.",
        {(P, "R'Ôm Klong")},
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
