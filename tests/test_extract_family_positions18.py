"""Positions as a family, rules round 18: forms read on pages no rule was written from.

- a province's committee of its party, state and mass-organization agencies before the blocs
  were merged (``Đảng ủy Khối Dân chính Đảng tỉnh X``, also written without ``Khối``) is a
  party committee, and the boards named with it are its organs;
- national bodies written as pages write them: ``Hội LHPN Việt Nam`` is ``Hội Liên hiệp Phụ nữ
  Việt Nam``; ``Ủy ban Dân tộc`` after its officers' titles is the Government's committee (not
  the ``Ủy ban dân tộc giải phóng`` of 1945);
- a ministry's department the gazetteer does not list, named after its head's title and
  followed by a dash and a verb (``Vụ trưởng Vụ X – chủ trì``), ends before the dash;
- a party's leader written bare before a second post (``Tổng Bí thư, Chủ tịch nước X``, ``Bí
  thư thứ nhất, Chủ tịch nước Y``) is the person's post too, with no body (as ``Bí thư Trung
  ương Đảng``);
- a list of units before a foreign ministry does not run over a full stop: ``…, Phòng Hợp tác
  2, Vụ Hợp tác quốc tế. Về phía Bộ Tư pháp Lào, …`` names no unit of the Lao ministry;
- an association or union written short after its officer's title (``Phó Chủ tịch Hội Luật
  gia phát biểu``, ``Chủ tịch CĐCS cùng …``) is the one body of the page named in full with
  those first words; none, or two, leave the title to its usual reading.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are, scored_orgs, scored_positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

BLOC_CASES = [
    pytest.param(
        "Đến dự Đại hội có đồng chí Lê Văn An- Phó Bí thư Đảng ủy Dân chính Đảng tỉnh Ninh Bình"
        " và đồng chí Trịnh Văn Khoa- Phó ban tuyên giáo Đảng ủy Dân chính Đảng tỉnh Ninh Bình.",
        "Lê Văn An",
        {("Phó Bí thư", "Đảng ủy Dân chính Đảng tỉnh Ninh Bình")},
        id="bloc-committee-deputy-secretary",
    ),
    pytest.param(
        "Đến dự Đại hội có đồng chí Lê Văn An- Phó Bí thư Đảng ủy Dân chính Đảng tỉnh Ninh Bình"
        " và đồng chí Trịnh Văn Khoa- Phó ban tuyên giáo Đảng ủy Dân chính Đảng tỉnh Ninh Bình.",
        "Trịnh Văn Khoa",
        {("Phó ban", "Ban Tuyên giáo Đảng ủy Dân chính Đảng tỉnh Ninh Bình")},
        id="bloc-committee-board",
    ),
    pytest.param(
        "Ông Đỗ Văn Hải, Bí thư Đảng ủy Khối Dân chính Đảng tỉnh Nam Định phát biểu chỉ đạo.",
        "Đỗ Văn Hải",
        {("Bí thư", "Đảng ủy Khối Dân chính Đảng tỉnh Nam Định")},
        id="bloc-committee-with-khoi",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BLOC_CASES)
def test_bloc_committee(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


NATIONAL_CASES = [
    pytest.param(
        "Tham dự có bà Hoàng Thị Lan, Phó Chủ tịch Hội LHPN Việt Nam.",
        "Hoàng Thị Lan",
        {("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam")},
        id="women-union-short",
    ),
    pytest.param(
        "Tham dự có ông Lò Văn Sơn, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ nhiệm Ủy ban"
        " Dân tộc.",
        "Lò Văn Sơn",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Phó Chủ nhiệm", "Ủy ban Dân tộc"),
        },
        id="ethnic-affairs-committee",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), NATIONAL_CASES)
def test_national_body(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_liberation_committee_of_1945_is_not_the_ethnic_affairs_committee() -> None:
    text = "Ngày 28-8-1945, Ủy ban dân tộc giải phóng được cải tổ thành Chính phủ lâm thời."
    assert "ủy ban dân tộc" not in scored_orgs(text)


def test_unlisted_department_ends_before_a_dash() -> None:
    text = (
        "Về phía Bộ Tư pháp, có đồng chí Lê Văn An, Vụ trưởng Vụ Quản lý thi hành án – chủ trì,"
        " các đồng chí Phó Vụ trưởng."
    )
    ok, got = positions_are(text, "Lê Văn An", {("Vụ trưởng", "Vụ Quản lý thi hành án")})
    assert ok, got


LEADER_CASES = [
    pytest.param(
        "Sáng 5/3, Tổng Bí thư, Chủ tịch nước Trần Văn Bảo đã ký quyết định thành lập đoàn.",
        "Trần Văn Bảo",
        {("Tổng Bí thư", None), ("Chủ tịch nước", None)},
        id="general-secretary-and-president",
    ),
    pytest.param(
        "Sáng 5/3, Tổng Bí thư Trần Văn Bảo đã ký quyết định thành lập đoàn.",
        "Trần Văn Bảo",
        {("Tổng Bí thư", None)},
        id="general-secretary-alone",
    ),
    pytest.param(
        "Ngày 11/8, Bí thư thứ nhất, Chủ tịch nước Lý Văn Minh đã tiếp Bộ trưởng Bộ Tư pháp.",
        "Lý Văn Minh",
        {("Bí thư thứ nhất", None), ("Chủ tịch nước", None)},
        id="first-secretary-and-president",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), LEADER_CASES)
def test_party_leader(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_units_listed_before_a_parent_stop_at_the_sentence_end() -> None:
    text = (
        "Dự họp có bà Trần Thị Hà, Phó trưởng phòng phụ trách Phòng Điều ước 3, Vụ Pháp luật"
        " quốc tế. Đại diện phía Bộ Tư pháp Lào là ông Bun Mi Xay, Vụ trưởng Vụ Pháp chế."
    )
    orgs = scored_orgs(text)
    assert not any("đại diện" in o or "phòng điều ước 3 bộ" in o for o in orgs), orgs
    ok, got = positions_are(
        text, "Trần Thị Hà", {("Phó trưởng phòng phụ trách", "Phòng Điều ước 3")}
    )
    assert ok, got


SHORT_BODY_CASES = [
    pytest.param(
        "Hội Luật gia tỉnh Nam Định tổ chức hội nghị. Ông Lê Văn An - Phó Chủ tịch Hội Luật gia"
        " phát biểu.",
        "Lê Văn An",
        {("Phó Chủ tịch", "Hội Luật gia tỉnh Nam Định")},
        id="association-first-words",
    ),
    pytest.param(
        "Công đoàn cơ sở và lãnh đạo Chi cục Thi hành án dân sự huyện Ý Yên tổ chức gặp mặt. Dự"
        " có bà Lê Thị An, Chủ tịch CĐCS cùng 09 nữ công chức.",
        "Lê Thị An",
        {("Chủ tịch", "Công đoàn cơ sở Chi cục Thi hành án dân sự huyện Ý Yên")},
        id="union-abbreviated",
    ),
    pytest.param(
        "Hội Luật gia tỉnh Nam Định và Hội Luật gia tỉnh Thái Bình ký kết. Ông Lê Văn An - Phó"
        " Chủ tịch Hội Luật gia phát biểu.",
        "Lê Văn An",
        {("Phó Chủ tịch", None)},
        id="two-bodies-none",
    ),
    # a further title of a national body: the national association, which the page need not name
    pytest.param(
        "Hội Luật gia tỉnh Điện Biên phối hợp với Sở Tư pháp tổ chức hội nghị. Dự hội nghị có"
        " ông Lường Văn Khiêm, Phó Chủ tịch Hội Luật gia – nguyên Thứ trưởng Bộ Tư pháp.",
        "Lường Văn Khiêm",
        {("Phó Chủ tịch", None)},
        id="further-title-of-another-level-none",
    ),
    # the one body so named is already held in that title by someone else: none
    pytest.param(
        "Công đoàn ngành Giáo dục tỉnh Hà Giang tặng quà cho Sở Tư pháp. Tiếp đoàn có bà Vàng"
        " Thị Mỷ, Chủ tịch Công đoàn cơ sở Sở Tư pháp và ông Sùng Văn Chư, Chủ tịch Công đoàn,"
        " phát biểu.",
        "Sùng Văn Chư",
        {("Chủ tịch", None)},
        id="two-chairs-of-one-union-none",
    ),
    pytest.param(
        "Công đoàn cơ sở Sở Tư pháp tỉnh Hà Giang tổ chức gặp mặt. Dự có bà Vàng Thị Mỷ, Chủ"
        " tịch Công đoàn cơ sở Sở Tư pháp và ông Sùng Văn Chư, Chủ tịch Công đoàn, phát biểu.",
        "Sùng Văn Chư",
        {("Chủ tịch", None)},
        id="one-body-already-held-none",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), SHORT_BODY_CASES)
def test_short_body_named_in_full(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_body_of_another_holder_in_the_same_title_is_skipped() -> None:
    # (review 18, S3) the body named before in the sentence is another person's, in the same
    # title: not this one's; the page's other body is
    text = (
        "Hội Luật gia tỉnh Điện Biên tổ chức Đại hội. Dự Đại hội có ông Quàng Văn Phởi, Phó Chủ"
        " tịch Hội Luật gia Việt Nam và ông Lò Văn Xuân, Phó Chủ tịch Hội Luật gia, Trưởng Ban"
        " Pháp chế HĐND tỉnh."
    )
    got = scored_positions(text)
    assert ("phó chủ tịch", "hội luật gia tỉnh điện biên") in got["Lò Văn Xuân"], got
    assert ("phó chủ tịch", "hội luật gia việt nam") not in got["Lò Văn Xuân"], got
