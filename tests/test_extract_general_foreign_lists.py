"""Foreign state bodies, a foreign department named without ``tỉnh``, district members of a
shared-place list and deputies listed under a counted title; every example is invented."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str):  # type: ignore[no-untyped-def]
    return extract(text, article_id="t")


def _orgs(text: str) -> set[str]:
    return {o.name for o in _report(text).organizations}


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in _report(text).persons for q in p.positions}


def test_a_royal_government_abroad_is_not_vietnams_government() -> None:
    orgs = _orgs("Chính phủ Hoàng gia Campuchia cử đoàn công tác sang làm việc với Bộ Tư pháp.")
    assert "Chính phủ Hoàng gia Campuchia" in orgs
    assert "Chính phủ" not in orgs


def test_a_supreme_court_abroad_takes_its_country_canonical() -> None:
    orgs = _orgs(
        "Tòa án tối cao Vương quốc Campuchia và Quốc hội nước CHDCND Lào gửi thư chúc mừng."
    )
    assert {"Tòa án tối cao Campuchia", "Quốc hội Lào"} <= orgs
    assert "Quốc hội" not in orgs


def test_a_supreme_court_without_country_is_no_foreign_body() -> None:
    assert not any("tối cao" in o for o in _orgs("Hội nghị bàn về án lệ của Tòa án tối cao."))


def test_a_prosecutor_generals_office_abroad_and_its_deputy() -> None:
    text = (
        "Đoàn đại biểu Campuchia do ông Sok Dara, Phó Tổng chưởng lý dẫn đầu. Viện trưởng Viện "
        "kiểm sát nhân dân tối cao tiếp Đoàn đại biểu Tổng Chưởng lý Tòa án tối cao Vương quốc "
        "Campuchia."
    )
    office = "Tổng Chưởng lý Tòa án tối cao Campuchia"
    assert office in _orgs(text)
    assert ("Sok Dara", "Phó Tổng chưởng lý", office) in _positions(text)


def test_a_foreign_department_written_again_without_its_place_word() -> None:
    text = (
        "Sở Tư pháp tỉnh Quảng Trị và Sở Tư pháp tỉnh Xaynhabuly, nước CHDCND Lào ký biên bản "
        "ghi nhớ.\nVề phía Sở Tư pháp XayNhabuly có ông Khăm Xay Vông- Giám đốc Sở cùng các "
        "thành viên.\nVề phía Sở Tư pháp tỉnh Quảng Trị có ông Lê Văn Hùng, Giám đốc Sở."
    )
    positions = _positions(text)
    assert ("Khăm Xay Vông", "Giám đốc", "Sở Tư pháp tỉnh Xaynhabuly") in positions
    assert ("Lê Văn Hùng", "Giám đốc", "Sở Tư pháp tỉnh Quảng Trị") in positions


def test_district_members_of_a_list_share_its_trailing_district() -> None:
    text = (
        "Tòa án nhân dân huyện Tân Hòa được khen thưởng. Cùng với các cơ quan khối nội chính "
        "gồm: Công an, Viện kiểm sát nhân dân, Ban chỉ huy quân sự, Tòa án nhân dân và Chi cục "
        "thi hành án dân sự huyện, Ủy ban nhân dân huyện Tân Hòa đã tặng giấy khen."
    )
    assert {
        "Ban Chỉ huy Quân sự huyện Tân Hòa",
        "Công an huyện Tân Hòa",
        "Chi cục Thi hành án dân sự huyện Tân Hòa",
        "Viện kiểm sát nhân dân huyện Tân Hòa",
    } <= _orgs(text)


def test_a_district_office_beside_a_province_takes_no_province() -> None:
    orgs = _orgs("Chi cục THADS, Công an tỉnh Hà Giang phối hợp tổ chức cưỡng chế.")
    assert "Chi cục Thi hành án dân sự tỉnh Hà Giang" not in orgs


def test_counted_deputies_listed_after_a_colon_are_of_the_head_body() -> None:
    text = (
        "Đại hội bầu ông Nguyễn Văn An làm Chủ tịch Hội Luật gia tỉnh Yên Bái; bốn Phó Chủ tịch "
        "là các ông, bà: Trần Văn Luận, Lê Thị Cúc, Phạm Văn Dưỡng, Hoàng Văn Em."
    )
    positions = _positions(text)
    for name in ("Trần Văn Luận", "Lê Thị Cúc", "Phạm Văn Dưỡng", "Hoàng Văn Em"):
        assert (name, "Phó Chủ tịch", "Hội Luật gia tỉnh Yên Bái") in positions


def test_counted_deputies_in_the_next_sentence_are_of_the_head_body() -> None:
    text = (
        "Ông Nguyễn Văn An giữ chức Chủ tịch Hội Luật gia tỉnh Yên Bái. Ba Phó Chủ tịch là ông "
        "Trần Văn Luận, bà Lê Thị Cúc và ông Phạm Văn Dưỡng."
    )
    assert ("Lê Thị Cúc", "Phó Chủ tịch", "Hội Luật gia tỉnh Yên Bái") in _positions(text)


def test_a_deputy_with_two_headed_bodies_before_stays_without_one() -> None:
    text = (
        "Ông Nguyễn Văn An, Chủ tịch Hội Luật gia tỉnh Yên Bái và ông Lê Văn Bửu, Chủ tịch Hội "
        "Nông dân tỉnh Yên Bái dự. Phó Chủ tịch Trần Văn Luận phát biểu."
    )
    assert ("Trần Văn Luận", "Phó Chủ tịch", "Hội Luật gia tỉnh Yên Bái") not in _positions(text)


_TEASER = "Sở Tư pháp tỉnh {p} triển khai kế hoạch.\n{body}"


def test_a_bare_tinh_body_beside_another_provinces_district_stays_bare() -> None:
    text = _TEASER.format(
        p="Ninh Thuận",
        body="Trung tâm Trợ giúp pháp lý nhà nước tỉnh cùng Phòng Tư pháp huyện Hương Sơn đã "
        "trợ giúp pháp lý lưu động tại xã.",
    )
    orgs = _orgs(text)
    assert "Trung tâm Trợ giúp pháp lý nhà nước tỉnh" in orgs
    assert "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Thuận" not in orgs


def test_a_bare_tinh_body_beside_its_own_provinces_district_takes_it() -> None:
    for prov, district in (("Hà Tĩnh", "Hương Sơn"), ("Ninh Thuận", "Ninh Phước")):
        text = _TEASER.format(
            p=prov,
            body="Trung tâm Trợ giúp pháp lý nhà nước tỉnh cùng Phòng Tư pháp huyện "
            f"{district} đã trợ giúp pháp lý lưu động tại xã.",
        )
        assert f"Trung tâm Trợ giúp pháp lý nhà nước tỉnh {prov}" in _orgs(text)
