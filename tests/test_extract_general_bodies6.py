"""Position bodies of unseen-page constructions, checked on invented sentences (never taken
from any real page): councils named by their task, bare district committees, capitalized
district words.

Each row: a sentence, the person, and the (title, organization) positions the extractor must
report for that person.
"""

from __future__ import annotations

import pytest
from extract_helpers import person_positions as _positions

from justicekg.extract import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    "text,person,positions",
    [
        pytest.param(
            "Ông Lê Văn Tâm, Chủ tịch Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện Kim Bảng"
            " chủ trì cuộc họp.",
            "Lê Văn Tâm",
            [("Chủ tịch", "Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện Kim Bảng")],
            id="legal-access-council",
        ),
        pytest.param(
            "Bà Trần Thị Bình - Phó Chủ tịch UBND huyện Kim Bảng, Chủ tịch Hội đồng đánh giá"
            " tiếp cận pháp luật huyện phát biểu.",
            "Trần Thị Bình",
            [
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng"),
                ("Chủ tịch", "Hội đồng đánh giá tiếp cận pháp luật huyện Kim Bảng"),
            ],
            id="legal-access-council-without-chuan",
        ),
        pytest.param(
            "Sáng 12/3, ông Lê Văn Tâm, Phó Chủ tịch Hội đồng đánh giá chuẩn tiếp cận pháp luật"
            " Huyện Kim Bảng đã chủ trì cuộc họp.",
            "Lê Văn Tâm",
            [("Phó Chủ tịch", "Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện Kim Bảng")],
            id="capitalized-district-word",
        ),
        pytest.param(
            "Bà Trần Thị Mai, Trưởng phòng Tư pháp Thị xã Sơn Tây dự họp.",
            "Trần Thị Mai",
            [("Trưởng phòng", "Phòng Tư pháp thị xã Sơn Tây")],
            id="capitalized-town-word",
        ),
        pytest.param(
            "Đồng chí Lê Văn Tâm - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện chủ trì.",
            "Lê Văn Tâm",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy"),
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện"),
            ],
            id="bare-district-standing-board-stays-district",
        ),
        pytest.param(
            "Đồng chí Lê Văn Tâm - UVBTV Quận ủy, Phó Chủ tịch UBND quận chủ trì.",
            "Lê Văn Tâm",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Quận ủy"),
                ("Phó Chủ tịch", "Ủy ban nhân dân quận"),
            ],
            id="bare-urban-district-standing-board",
        ),
        pytest.param(
            "Đồng chí Lê Văn Tâm - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện Kim Bảng chủ trì.",
            "Lê Văn Tâm",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Kim Bảng"),
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng"),
            ],
            id="district-standing-board-completed-from-chain",
        ),
        pytest.param(
            "Đồng chí Lê Văn Tâm - Ủy viên Ban Thường vụ, Giám đốc Sở Tư pháp tỉnh Hà Nam.",
            "Lê Văn Tâm",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hà Nam"),
                ("Giám đốc", "Sở Tư pháp tỉnh Hà Nam"),
            ],
            id="bare-standing-board-is-still-the-provinces",
        ),
        pytest.param(
            "Ông Lê Văn Tâm – Chủ tịch Công đoàn, Phó Viện trưởng VKSND tỉnh Hà Nam phát biểu.",
            "Lê Văn Tâm",
            [
                ("Chủ tịch", "Công đoàn Viện kiểm sát nhân dân tỉnh Hà Nam"),
                ("Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Hà Nam"),
            ],
            id="bare-union-of-the-next-titles-body",
        ),
        pytest.param(
            "Ông Lê Văn Tâm – Chủ tịch Công đoàn ngành Tư pháp dự.",
            "Lê Văn Tâm",
            [("Chủ tịch", None)],
            id="union-not-bare-is-not-guessed",
        ),
        pytest.param(
            "Đ/c Lê Văn Tâm – UVTV, Phó CT UBND tỉnh Hà Nam, Chủ tịch Hội đồng phối hợp PBGDPL"
            " phát biểu chỉ đạo.",
            "Lê Văn Tâm",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hà Nam"),
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
                ("Chủ tịch", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hà Nam"),
            ],
            id="abbreviated-membership-and-half-written-title",
        ),
        pytest.param(
            "Ông Trần Văn Nam, PGĐ Sở Tư pháp tỉnh Hà Nam dự.",
            "Trần Văn Nam",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Nam")],
            id="whole-code-title-read-out",
        ),
        pytest.param(
            "Tham dự Đại hội về phía Đảng ủy UBND tỉnh Hà Nam có ông Lê Văn Tâm, Phó Bí thư"
            " Đảng ủy; ông Trần Văn Luận, Đảng ủy viên.",
            "Lê Văn Tâm",
            [("Phó Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Hà Nam")],
            id="bare-committee-of-the-one-named-on-the-page",
        ),
        pytest.param(
            "Tham dự Đại hội về phía Đảng ủy UBND tỉnh Hà Nam có ông Lê Văn Tâm, Phó Bí thư"
            " Đảng ủy; ông Trần Văn Luận, Đảng ủy viên.",
            "Trần Văn Luận",
            [("Đảng ủy viên", "Đảng ủy Ủy ban nhân dân tỉnh Hà Nam")],
            id="committee-member-title",
        ),
        pytest.param(
            "Đến dự có đồng chí Lê Văn Tâm - Bí thư Đảng ủy và các đồng chí trong Ban chấp hành,"
            " đại diện các Chi bộ trực thuộc Đảng bộ Sở Tư pháp tỉnh Hà Nam.",
            "Lê Văn Tâm",
            [("Bí thư", "Đảng ủy Sở Tư pháp tỉnh Hà Nam")],
            id="bare-committee-of-the-named-party-organization",
        ),
        pytest.param(
            "Ngày 3/5, Đảng ủy Khối các cơ quan tỉnh Hà Nam trao quyết định. Bà Trần Thị Mai -"
            " Tỉnh ủy viên, Bí thư Đảng ủy Khối đã trực tiếp trao Quyết định.",
            "Trần Thị Mai",
            [
                ("Tỉnh ủy viên", "Tỉnh ủy Hà Nam"),
                ("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Hà Nam"),
            ],
            id="bare-bloc-committee",
        ),
        pytest.param(
            "Đảng bộ Sở Tư pháp và Đảng bộ Sở Nội vụ tỉnh Hà Nam tổ chức đại hội. Ông Lê Văn"
            " Tâm, Bí thư Đảng ủy phát biểu.",
            "Lê Văn Tâm",
            [("Bí thư", None)],
            id="two-committees-named-no-guess",
        ),
        pytest.param(
            "Dự có ông Trần Văn Luận - Ủy viên Ban Thường vụ, Phó Bí thư Đảng ủy Khối các cơ"
            " quan tỉnh Hà Nam.",
            "Trần Văn Luận",
            [
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hà Nam"),
                ("Phó Bí thư", "Đảng ủy Khối các cơ quan tỉnh Hà Nam"),
            ],
            id="bare-standing-board-of-the-next-party-role",
        ),
        pytest.param(
            "Ông Hoàng Văn Chiến, Phó Trưởng Cơ quan đại diện Bộ Tư pháp tại TP.HCM phát biểu.",
            "Hoàng Văn Chiến",
            [
                (
                    "Phó Trưởng Cơ quan đại diện",
                    "Cơ quan đại diện Bộ Tư pháp tại Thành phố Hồ Chí Minh",
                )
            ],
            id="ministry-representative-office",
        ),
        pytest.param(
            "Chiều 20/7, ông Nguyễn Văn Bổng đã chính thức được Quốc hội bầu làm Chánh án TAND"
            " Tối cao.",
            "Nguyễn Văn Bổng",
            [("Chánh án", "Tòa án nhân dân tối cao")],
            id="elected-by-the-national-assembly",
        ),
        pytest.param(
            "Đó là lời nhắn nhủ của Chủ tịch Liên đoàn Luật sư Việt Nam Lê Văn Tâm tại Đại hội.",
            "Lê Văn Tâm",
            [("Chủ tịch", "Liên đoàn Luật sư Việt Nam")],
            id="country-ending-a-body-before-the-name",
        ),
    ],
)
def test_positions(text: str, person: str, positions: list[tuple[str, str | None]]) -> None:
    assert sorted(_positions(text, person), key=str) == sorted(positions, key=str)


@pytest.mark.parametrize(
    "text,orgs",
    [
        pytest.param(
            "Chiều 5-3, TAND Tối cao tại Đà Nẵng tổ chức hội nghị.",
            ["Tòa án nhân dân tối cao tại Đà Nẵng"],
            id="supreme-court-seat",
        ),
        pytest.param(
            "Theo bản án của Tòa Phúc thẩm Tòa án nhân dân Tối cao tại TP.HCM, ông A phải trả nợ.",
            ["Tòa Phúc thẩm Tòa án nhân dân tối cao tại Thành phố Hồ Chí Minh"],
            id="supreme-court-chamber-seat",
        ),
        pytest.param(
            "Ông Lê Văn Tâm, Phó Chánh án TAND tối cao tại Hội nghị đã phát biểu.",
            ["Tòa án nhân dân tối cao"],
            id="tai-before-an-event-is-no-seat",
        ),
        pytest.param(
            "Bổ nhiệm 12 kiểm sát viên VKSND Tối cao tại Đà Nẵng.",
            ["Viện kiểm sát nhân dân tối cao"],
            id="procuracy-staff-placed-not-a-seat",
        ),
        pytest.param(
            "Bà Trần Thị Mai, Phó Chủ tịch UBND huyện Thanh Liêm chủ trì cuộc họp. Phòng Tư"
            " pháp - cơ quan thường trực Hội đồng đã tổng hợp bảng điểm.",
            ["Ủy ban nhân dân huyện Thanh Liêm", "Phòng Tư pháp huyện Thanh Liêm"],
            id="bare-district-justice-office-of-the-one-district",
        ),
        pytest.param(
            "UBND huyện Bình Lục và UBND huyện Thanh Liêm họp. Phòng Tư pháp đã tổng hợp.",
            ["Ủy ban nhân dân huyện Bình Lục", "Ủy ban nhân dân huyện Thanh Liêm"],
            id="bare-district-justice-office-two-districts-no-guess",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hà Nam họp. Phòng Tư pháp đã tổng hợp bảng điểm.",
            ["Sở Tư pháp tỉnh Hà Nam"],
            id="bare-district-justice-office-no-district",
        ),
        pytest.param(
            "Tại Đà Nẵng, TAND khu vực 7, TP.HCM và TAND khu vực 2 TP Đà Nẵng đã trao đổi.",
            [
                "Tòa án nhân dân khu vực 7 - Thành phố Hồ Chí Minh",
                "Tòa án nhân dân khu vực 2 - Thành phố Đà Nẵng",
            ],
            id="regional-court-city-after-comma-or-space",
        ),
        pytest.param(
            "VKSND khu vực 2, tỉnh Đồng Nai dự hội nghị.",
            ["Viện kiểm sát nhân dân khu vực 2 - Đồng Nai"],
            id="regional-procuracy-province-after-comma",
        ),
        pytest.param(
            "TAND khu vực 5, Công an tỉnh Đồng Nai phối hợp.",
            ["Tòa án nhân dân khu vực 5", "Công an tỉnh Đồng Nai"],
            id="regional-court-then-another-body",
        ),
    ],
)
def test_organizations(text: str, orgs: list[str]) -> None:
    r = extract(text, article_id="t", published="2013-05-10")
    assert sorted(o.name for o in r.organizations) == sorted(orgs)


@pytest.mark.parametrize(
    "text,persons",
    [
        pytest.param(
            "Dự có đồng chí Vưu Nghị Tâm, Giám đốc Sở Tư pháp tỉnh Bạc Liêu.",
            ["Vưu Nghị Tâm"],
            id="rare-surname-and-nghi-middle-name",
        ),
        pytest.param(
            "Ông Chử Văn Nam, Phó Giám đốc Sở Tư pháp tỉnh Hà Nam dự.",
            ["Chử Văn Nam"],
            id="rare-surname",
        ),
        pytest.param(
            "Thực hiện Chỉ thị của Ban Bí thư Nghị Quyết 27 được triển khai.",
            [],
            id="capitalized-decree-is-no-name",
        ),
    ],
)
def test_persons(text: str, persons: list[str]) -> None:
    r = extract(text, article_id="t", published="2021-05-10")
    assert sorted(p.name for p in r.persons) == sorted(persons)
