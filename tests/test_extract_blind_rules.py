"""General rules for error classes seen on blind sets (invented examples only)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract(text, article_id="t", published=published)


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    r = _report(text)
    return {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}


@pytest.mark.parametrize(
    "text,person,positions",
    [
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Dự có bà Lù Thị Mai, Phó Chủ tịch "
            "Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hà Giang.",
            "Lù Thị Mai",
            [
                (
                    "Phó Chủ tịch Thường trực",
                    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hà Giang",
                )
            ],
            id="pbgdpl-council",
        ),
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Dự có ông Sùng Văn Pó, Phó Chủ tịch "
            "Công đoàn Viên chức tỉnh Hà Giang.",
            "Sùng Văn Pó",
            [("Phó Chủ tịch", "Công đoàn Viên chức tỉnh Hà Giang")],
            id="civil-servants-union",
        ),
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Bà Vàng Thị Dung, Chủ tịch Công đoàn "
            "cơ sở Sở Tư pháp phát biểu.",
            "Vàng Thị Dung",
            [("Chủ tịch", "Công đoàn cơ sở Sở Tư pháp tỉnh Hà Giang")],
            id="grassroots-union",
        ),
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Bà Vàng Thị Dung, Bí thư Chi đoàn Sở "
            "Tư pháp phát biểu.",
            "Vàng Thị Dung",
            [("Bí thư", "Chi đoàn Sở Tư pháp tỉnh Hà Giang")],
            id="youth-cell",
        ),
        pytest.param(
            "Sáng 11/5/2023, Bộ Tư pháp tổ chức giao ban. Dự có ông Đinh Quang Hưng, Chánh "
            "Văn phòng; bà Tạ Thu Hà, Chánh Thanh tra.",
            "Đinh Quang Hưng",
            [("Chánh Văn phòng", "Văn phòng Bộ Tư pháp")],
            id="ministry-office",
        ),
        pytest.param(
            "Sáng 11/5/2023, Bộ Tư pháp tổ chức giao ban. Dự có ông Đinh Quang Hưng, Chánh "
            "Văn phòng; bà Tạ Thu Hà, Chánh Thanh tra.",
            "Tạ Thu Hà",
            [("Chánh Thanh tra", "Thanh tra Bộ Tư pháp")],
            id="ministry-inspectorate",
        ),
        pytest.param(
            "Ngày 2/3/2022, Sở Tư pháp tỉnh Sơn La họp. Dự có bà Cầm Thị Yến, Chánh Văn phòng.",
            "Cầm Thị Yến",
            [("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Sơn La")],
            id="department-office",
        ),
    ],
)
def test_title_takes_the_body_written_or_the_articles_own(
    text: str, person: str, positions: list[tuple[str, str | None]]
) -> None:
    assert _positions(text)[person] == positions


@pytest.mark.parametrize(
    "text,org",
    [
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum phối hợp với Bưu điện tỉnh Kon Tum.",
            "Bưu điện tỉnh Kon Tum",
            id="post-office",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc tại Trung tâm Phục vụ hành chính công tỉnh Kon Tum.",
            "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
            id="public-service-centre-full-name",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc tại Trung tâm Hành chính công tỉnh Kon Tum.",
            "Trung tâm Hành chính công tỉnh Kon Tum",
            id="administrative-centre",
        ),
        pytest.param(
            "Ông Lò A dự. Trung tâm TGPL nhà nước tỉnh Kon Tum tổ chức.",
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum",
            id="legal-aid-short-with-state",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum, Công đoàn Viên chức tỉnh Kon Tum tổ chức giải.",
            "Công đoàn Viên chức tỉnh Kon Tum",
            id="union",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum phối hợp với Đoàn Thanh niên Sở Tư pháp tổ chức.",
            "Đoàn Thanh niên Sở Tư pháp tỉnh Kon Tum",
            id="youth-union-not-a-person",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum và Công đoàn Sở Tư pháp tổ chức giải.",
            "Công đoàn Sở Tư pháp tỉnh Kon Tum",
            id="department-union",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc với Văn phòng Đoàn ĐBQH và HĐND tỉnh Kon Tum.",
            "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Kon Tum",
            id="assembly-office",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc với Viện KSND thị xã Buôn Hồ.",
            "Viện kiểm sát nhân dân thị xã Buôn Hồ",
            id="procuracy-short",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc với Trung tâm Phục vụ Hành chính công tỉnh.",
            "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
            id="bare-province-word",
        ),
    ],
)
def test_bodies_named_by_fixed_phrase(text: str, org: str) -> None:
    r = _report(text)
    assert org in [o.name for o in r.organizations]
    assert [p.name for p in r.persons if "Lò" not in p.name] == []


def test_inspectorate_name_is_not_an_inspection() -> None:
    r = _report(
        "Ngày 9/6/2023, Sở Tư pháp tỉnh Kon Tum phối hợp với Thanh tra Bộ Tư pháp tổ chức hội nghị."
    )
    assert [(e.kind, e.date) for e in r.events] == [("conference", "2023-06-09")]


def test_unlisted_unit_named_with_its_department() -> None:
    r = _report(
        "Ngày 15/01/2024, Sở Tư pháp tỉnh Bắc Kạn tổ chức Hội nghị. Tặng Bằng khen của Bộ "
        "trưởng Bộ Tư pháp cho 02 tập thể và 01 cá nhân: Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh "
        "Bắc Kạn; Phòng Văn bản và Theo dõi thi hành pháp luật Sở Tư pháp tỉnh Bắc Kạn; ông Ma "
        "Văn Tú, Phó Trưởng phòng Tư pháp huyện Pác Nặm."
    )
    got = {(a.recipient, a.status) for a in r.awards}
    assert got == {
        ("Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh Bắc Kạn", "conferred"),
        ("Phòng Văn bản và Theo dõi thi hành pháp luật Sở Tư pháp tỉnh Bắc Kạn", "conferred"),
        ("Ma Văn Tú", "conferred"),
    }
    assert "Sở Tư pháp tỉnh Bắc Kạn" not in {a.recipient for a in r.awards}


@pytest.mark.parametrize(
    "point,province",
    [("tỉnh Lai Châu", "Lai Châu"), ("thành phố Cần Thơ", "Cần Thơ"), ("Điện Biên", "Điện Biên")],
)
def test_bare_department_at_a_connection_point(point: str, province: str) -> None:
    text = (
        "Sáng 20/3/2024, Bộ Tư pháp tổ chức Hội nghị trực tuyến với các điểm cầu: Hà Nội, "
        f"Hải Phòng. Tham dự tại điểm cầu {point} có ông Lò Văn Ơn, Giám đốc Sở Tư pháp."
    )
    got = _positions(text)["Lò Văn Ơn"]
    suffix = "thành phố" if province == "Cần Thơ" else "tỉnh"
    assert got == [("Giám đốc", f"Sở Tư pháp {suffix} {province}")]


_TWO_EVENTS = (
    "Cục THADS tỉnh Phú Yên làm việc và cưỡng chế thi hành án\n"
    "Ngày 3/5/2023, Đoàn công tác Cục THADS tỉnh Phú Yên do ông Trần Văn Nam, Cục trưởng làm "
    "Trưởng đoàn đã {verb} Chi cục THADS huyện Tây Hòa {topic}.\n"
    "Tại buổi làm việc, ông Lê Văn Tâm, Chi cục trưởng Chi cục THADS huyện Tây Hòa báo cáo.\n"
    "{then} 10/5/2023, Chi cục THADS huyện Tây Hòa tổ chức cưỡng chế thi hành án tại xã Hòa "
    "Phong.\nTham gia cưỡng chế có bà Nguyễn Thị Hảo, Kiểm sát viên VKSND huyện Tây Hòa.\n"
)


@pytest.mark.parametrize(
    "verb,topic,then",
    [
        ("làm việc với", "để kiểm tra công tác thi hành án", "Đến ngày"),
        ("có buổi làm việc với", "về công tác kiểm tra", "Ngày"),
        ("làm việc với", "về kết quả kiểm tra hồ sơ", "Đến"),
    ],
)
def test_work_meeting_then_enforcement(verb: str, topic: str, then: str) -> None:
    r = _report(_TWO_EVENTS.format(verb=verb, topic=topic, then=then))
    got = [(e.kind, e.date, sorted(e.participants)) for e in r.events]
    assert got == [
        ("meeting", "2023-05-03", ["Lê Văn Tâm", "Trần Văn Nam"]),
        ("other", "2023-05-10", ["Nguyễn Thị Hảo"]),
    ]


def test_inspection_team_still_inspects() -> None:
    r = _report(
        "Ngày 3/5/2023, Đoàn kiểm tra của Sở Tư pháp tỉnh Phú Yên đã kiểm tra công tác hộ tịch "
        "và làm việc với UBND huyện Tây Hòa."
    )
    assert [(e.kind, e.date) for e in r.events] == [("inspection", "2023-05-03")]


def test_deadline_is_not_an_event() -> None:
    r = _report(
        "Ngày 3/5/2023, Sở Tư pháp tỉnh Phú Yên tổ chức hội nghị. Đến ngày 30/6/2023, các "
        "đơn vị sẽ hoàn thành tập huấn."
    )
    assert [e.date for e in r.events] == ["2023-05-03"]


@pytest.mark.parametrize(
    "lead,person,positions",
    [
        pytest.param(
            "Bí thư Huyện ủy Yên Sơn, Trưởng Ban Chỉ đạo THADS huyện Yên Sơn Phạm Văn Hùng dự.",
            "Phạm Văn Hùng",
            [
                ("Bí thư", "Huyện ủy Yên Sơn"),
                ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự huyện Yên Sơn"),
            ],
            id="party-role-then-title-left",
        ),
        pytest.param(
            "Dự có ông Phạm Văn Hùng, Bí thư Huyện ủy Yên Sơn, Trưởng Ban Chỉ đạo THADS huyện "
            "Yên Sơn.",
            "Phạm Văn Hùng",
            [
                ("Bí thư", "Huyện ủy Yên Sơn"),
                ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự huyện Yên Sơn"),
            ],
            id="party-role-then-title-right",
        ),
        pytest.param(
            "Tham dự có Giám đốc Sở Tư pháp, Phó Chủ tịch UBND tỉnh Tuyên Quang Hoàng Việt Phương.",
            "Hoàng Việt Phương",
            [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang")],
            id="list-of-two-not-one-person",
        ),
    ],
)
def test_left_title_chains(lead: str, person: str, positions: list[tuple[str, str]]) -> None:
    text = f"Ngày 6/6/2023, Sở Tư pháp tỉnh Tuyên Quang tổ chức hội nghị. {lead}"
    assert _positions(text)[person] == positions


_LONG_BODY = (
    "Ngày 6/6/2023, Sở Tư pháp tỉnh Tuyên Quang tổ chức hội nghị triển khai Luật Hòa giải.\n"
    + "".join(
        f"Đoạn {i} nói về công tác hòa giải ở cơ sở trên địa bàn tỉnh trong năm qua.\n"
        for i in range(8)
    )
)


@pytest.mark.parametrize(
    "last,author",
    [
        ("Thu Hằng", "Thu Hằng"),
        ("Kim Yến (Sở Tư pháp)", "Kim Yến"),
        ("THU HẰNG", "Thu Hằng"),
        ("NGUYỄN VĂN HÙNG", "Nguyễn Văn Hùng"),
        ("TIN LIÊN QUAN", None),
        ("Thu Hằng\nNguồn: Cổng thông tin điện tử tỉnh Tuyên Quang.", "Thu Hằng"),
        ("Kim Yến\nHội nghị kết thúc vào cuối buổi chiều cùng ngày.", None),
        ("SỞ TƯ PHÁP", None),
    ],
)
def test_byline_alone_on_the_last_line(last: str, author: str | None) -> None:
    r = _report(_LONG_BODY + last)
    assert r.article.author == author
    if author or last.isupper():
        assert [p.name for p in r.persons] == ([author] if author else [])


_PROVINCE_AWARDS = "Ngày 15/01/2024, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết.\n"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        pytest.param(
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 01 tập thể và 02 cá nhân có thành "
            "tích xuất sắc, gồm:\n+ Phòng Tư pháp huyện Văn Chấn;\n+ Ông Hoàng Văn Kiên, Trợ "
            "giúp viên pháp lý Trung tâm TGPL nhà nước tỉnh Yên Bái;\n+ Bà Nông Thị Lụa, Chuyên "
            "viên Văn phòng Sở.",
            ["Phòng Tư pháp huyện Văn Chấn", "Hoàng Văn Kiên", "Nông Thị Lụa"],
            id="reason-then-bulleted-list",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 01 tập thể và 01 cá nhân vì có thành tích "
            "xuất sắc: Phòng Tư pháp huyện Văn Chấn; ông Hoàng Văn Kiên, Chuyên viên Sở Tư pháp.",
            ["Phòng Tư pháp huyện Văn Chấn", "Hoàng Văn Kiên"],
            id="reason-then-inline-list",
        ),
        pytest.param(
            "Tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho 02 tập thể và 01 cá nhân: Phòng Tư pháp "
            "huyện Văn Chấn, Phòng Tư pháp huyện Lục Yên, bà Hà Thị Thanh, Chuyên viên Phòng Tư "
            "pháp huyện Trấn Yên.",
            ["Phòng Tư pháp huyện Văn Chấn", "Phòng Tư pháp huyện Lục Yên", "Hà Thị Thanh"],
            id="comma-list",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 05 tập thể và 10 cá nhân có thành tích "
            "xuất sắc.",
            [],
            id="count-only",
        ),
    ],
)
def test_award_list_after_a_count(sentence: str, expected: list[str]) -> None:
    r = _report(_PROVINCE_AWARDS + sentence)
    got = [(a.award, a.recipient, a.status) for a in r.awards]
    assert got == [("Bằng khen của Bộ trưởng Bộ Tư pháp", x, "conferred") for x in expected]


def test_people_earlier_in_a_later_events_paragraph_join_that_event() -> None:
    r = _report(
        "Ngày 3/5/2023, Đoàn công tác Cục THADS tỉnh Phú Yên do ông Trần Văn Nam, Cục trưởng "
        "làm Trưởng đoàn đã làm việc với Chi cục THADS huyện Tây Hòa.\n"
        "Tại buổi làm việc, ông Lê Văn Tâm, Chi cục trưởng Chi cục THADS huyện Tây Hòa báo cáo.\n"
        "Theo ông Phạm Văn Đức, Chấp hành viên Chi cục THADS huyện Tây Hòa, vụ việc kéo dài. "
        "Ngày 10/5/2023, Chi cục THADS huyện Tây Hòa đã tổ chức cưỡng chế thi hành án. Bà Nguyễn "
        "Thị Hảo, Kiểm sát viên VKSND huyện Tây Hòa tham gia."
    )
    got = [(e.kind, e.date, e.participants) for e in r.events]
    assert got == [
        ("meeting", "2023-05-03", ["Trần Văn Nam", "Lê Văn Tâm"]),
        ("other", "2023-05-10", ["Phạm Văn Đức", "Nguyễn Thị Hảo"]),
    ]


@pytest.mark.parametrize(
    "item,person,positions",
    [
        pytest.param(
            "bà Thạch Thị Dung, Trợ giúp viên pháp lý, Trung tâm TGPL nhà nước tỉnh Sóc Trăng;",
            "Thạch Thị Dung",
            [("Trợ giúp viên pháp lý", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Sóc Trăng")],
            id="rank-comma-org",
        ),
        pytest.param(
            "ông Lâm Văn Út, Chuyên viên, Sở Tư pháp tỉnh Sóc Trăng.",
            "Lâm Văn Út",
            [("Chuyên viên", "Sở Tư pháp tỉnh Sóc Trăng")],
            id="specialist-comma-org",
        ),
        pytest.param(
            "ông Danh Sơn, Kiểm sát viên sơ cấp VKSND thị xã Vĩnh Châu;",
            "Danh Sơn",
            [("Kiểm sát viên sơ cấp", "Viện kiểm sát nhân dân thị xã Vĩnh Châu")],
            id="prosecutor-grade",
        ),
        pytest.param(
            "bà Kim Thị Ngọc, Thẩm phán trung cấp TAND thị xã Ngã Năm.",
            "Kim Thị Ngọc",
            [("Thẩm phán trung cấp", "Tòa án nhân dân thị xã Ngã Năm")],
            id="judge-grade",
        ),
    ],
)
def test_professional_ranks_take_their_body(
    item: str, person: str, positions: list[tuple[str, str]]
) -> None:
    text = f"Ngày 5/3/2023, Cục THADS tỉnh Sóc Trăng tổ chức hội nghị. Tham dự có {item}"
    assert _positions(text)[person] == positions


def test_list_line_with_honorific_and_dash_is_not_a_byline() -> None:
    r = _report(
        "Ngày 15/01/2024, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết.\n"
        "Tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho 01 tập thể và 02 cá nhân:\n"
        "Phòng Tư pháp huyện Văn Chấn\n"
        "Ông Hoàng Văn Kiên - Trợ giúp viên pháp lý Trung tâm TGPL nhà nước tỉnh Yên Bái\n"
        "Bà Nông Thị Lụa - Chuyên viên Văn phòng Sở Tư pháp\n"
        "Hội nghị đã thảo luận nhiều nội dung."
    )
    assert {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons} == {
        "Hoàng Văn Kiên": [
            ("Trợ giúp viên pháp lý", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái")
        ],
        "Nông Thị Lụa": [("Chuyên viên", "Văn phòng Sở Tư pháp tỉnh Yên Bái")],
    }
    assert r.article.author is None
    assert [a.recipient for a in r.awards] == [
        "Phòng Tư pháp huyện Văn Chấn",
        "Hoàng Văn Kiên",
        "Nông Thị Lụa",
    ]


def test_bare_district_justice_office_is_not_a_unit_of_the_department() -> None:
    r = _report(
        "Ngày 6/6/2023, Sở Tư pháp tỉnh Tuyên Quang làm việc với Phòng Tư pháp. Ông Hoàng Văn "
        "Quân, Trưởng phòng Phòng Tư pháp huyện Chiêm Hóa báo cáo."
    )
    names = [o.name for o in r.organizations]
    assert "Phòng Tư pháp Sở Tư pháp tỉnh Tuyên Quang" not in names
    assert "Phòng Tư pháp huyện Chiêm Hóa" in names


@pytest.mark.parametrize(
    "points,provinces",
    [
        ("Hà Nội, TP. Hồ Chí Minh, Đà Nẵng", ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng"]),
        (
            "TP.HCM, Thừa Thiên - Huế và Bà Rịa-Vũng Tàu",
            ["Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"],
        ),
        ("tỉnh Đắk Lắk, Quảng Nam, thành phố Hải Phòng", ["Đắk Lắk", "Quảng Nam", "Hải Phòng"]),
    ],
)
def test_online_conference_points_and_presiding_vice_minister(
    points: str, provinces: list[str]
) -> None:
    r = _report(
        "Sáng 8/8/2023, Bộ Tư pháp tổ chức hội nghị trực tuyến toàn quốc. Thứ trưởng Mai Lương "
        f"Khiêm chủ trì hội nghị. Hội nghị kết nối trực tuyến với các điểm cầu: {points}."
    )
    assert r.provinces == provinces
    assert [(p.name, [(q.title, q.organization) for q in p.positions]) for p in r.persons] == [
        ("Mai Lương Khiêm", [("Thứ trưởng", "Bộ Tư pháp")])
    ]
    assert r.events[0].participants == ["Mai Lương Khiêm"]
