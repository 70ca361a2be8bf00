"""General rules for error classes seen on real pages (data/eval/real); invented examples only.

No sentence or name here comes from a real article: each example is written to exercise one
rule the real pages showed was missing.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract
from justicekg.model import ExtractionReport

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str, published: str | None = None) -> ExtractionReport:
    return extract(text, article_id="t", published=published)


def _events(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in _report(text, published).events]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        pytest.param(
            "Chiều 14-12, Cục THADS tỉnh Yên Bái tổ chức hội nghị tổng kết.",
            None,
            [("conference", None)],
            id="day-month-dash-no-year",
        ),
        pytest.param(
            "Ngày 9.1, Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị triển khai nhiệm vụ.",
            "2021-01-12",
            [("conference", "2021-01-09")],
            id="day-month-dot-with-dateline",
        ),
        pytest.param(
            "Phát biểu khai mạc tại hội nghị, ông Lò Văn Sính, Giám đốc Sở Tư pháp tỉnh Điện "
            "Biên nêu rõ kết quả năm qua.",
            None,
            [("conference", None)],
            id="undated-report",
        ),
        pytest.param(
            " date 2023-12 (ĐB) - Chiều 20-12, Sở Tư pháp tỉnh Điện Biên tổ chức hội nghị.",
            None,
            [("conference", "2023-12-20")],
            id="date-header",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên tổng kết năm\n\n2024-01-12 09:30\n\n"
            "Sáng 11-1, Sở Tư pháp tỉnh Điện Biên tổ chức hội nghị tổng kết.",
            None,
            [("conference", "2024-01-11")],
            id="iso-stamp-line",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên đón nhận Cờ thi đua 06/03/2024 10:15\n\n"
            "Sáng 5/3, Sở Tư pháp tỉnh Điện Biên tổ chức lễ đón nhận Cờ thi đua.",
            None,
            [("ceremony", "2024-03-05")],
            id="headline-stamp",
        ),
        pytest.param(
            "Chiều 28/12, Sở Tư pháp tỉnh Điện Biên tổ chức hội nghị triển khai nhiệm vụ "
            "công tác tư pháp năm 2024.",
            None,
            [("conference", "2023-12-28")],
            id="plan-year-in-sentence",
        ),
        pytest.param(
            "Sáng 8/1, Sở Tư pháp tỉnh Điện Biên giao ban công tác quý I năm 2024.",
            None,
            [("conference", "2024-01-08")],
            id="year-in-sentence",
        ),
        pytest.param(
            "Sáng 19-1, Sở Tư pháp tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2023, "
            "triển khai nhiệm vụ năm 2024.\n\nCông tác năm qua đạt nhiều kết quả.\n\n.\n\n"
            "Năm qua, Sở Tư pháp biên soạn tài liệu.",
            None,
            [("conference", "2024-01-19")],
            id="stray-dot-line-is-not-a-header",
        ),
        pytest.param(
            "Chiều 20/11/2023, Ban Chỉ đạo THADS tỉnh Điện Biên đánh giá kết quả công tác năm "
            "2023 và triển khai phương hướng năm 2024. Ông Lò Văn Sính phát biểu tại hội nghị.",
            None,
            [("conference", "2023-11-20")],
            id="kind-named-later",
        ),
        pytest.param(
            "Ngày 5/11/2023, Đoàn công tác Sở Tư pháp tỉnh Điện Biên đến dâng hương tại khu di "
            "tích.",
            None,
            [("other", "2023-11-05")],  # no "Lễ" head noun: other
            id="incense-offering",
        ),
        pytest.param(
            "Từ ngày 11/9/2023 đến ngày 15/9/2023, Sở Tư pháp tỉnh Điện Biên đã tổ chức hội "
            "nghị tuyên truyền pháp luật tại 10 bản.",
            None,
            [("conference", "2023-09-11")],
            id="range-of-full-dates",
        ),
        pytest.param(
            "Trong các ngày 8, 9 tháng 01 năm 2015, Hội nghị triển khai công tác tư pháp năm "
            "2015 đã được tiến hành.",
            None,
            [("conference", "2015-01-08")],
            id="days-of-one-month-in-words",
        ),
        pytest.param(
            "Sáng 20-7, Phó Chủ tịch UBND tỉnh Điện Biên làm việc với Cục THADS tỉnh để đánh giá "
            "kết quả từ tháng 10-2022 đến tháng 6-2023.",
            None,
            [("meeting", "2023-07-20")],
            id="period-looked-back-on",
        ),
        pytest.param(
            "Ngày 3/5/2023, Bộ trưởng Bộ Tư pháp đã ký ban hành Quyết định số 12/QĐ-BTP. Thực "
            "hiện Quyết định số 04/2008/QĐ-BTP ngày 19/3/2008 của Bộ trưởng, Hội đồng xét tặng.",
            None,
            [],
            id="days-of-documents",
        ),
        pytest.param(
            "Ngày 4/5/2023, Sở Tư pháp tỉnh Điện Biên tổ chức lễ kỷ niệm. Ngày truyền thống của "
            "ngành là ngày 28/8 hằng năm.",
            None,
            [("ceremony", "2023-05-04")],
            id="yearly-day-is-no-event",
        ),
        pytest.param(
            "Ngày truyền thống ngành\n\n  05/05/23\n\nNgày 4/5, Sở Tư pháp tỉnh Điện Biên tổ "
            "chức lễ kỷ niệm.",
            None,
            [("ceremony", "2023-05-04")],
            id="two-digit-year-date-line",
        ),
        pytest.param(
            "Sáng 17/3, Bộ Quốc phòng tổ chức hội nghị tổng kết 10 năm thực hiện Luật (từ năm "
            "2013 đến năm 2023).",
            None,
            [("conference", None)],
            id="years-in-parentheses-date-a-period",
        ),
        pytest.param(
            "Ngày 15/8/2023, Thường trực Hội đồng Thi đua - Khen thưởng họp xét tặng Kỷ niệm "
            "chương Vì sự nghiệp Tư pháp.",
            None,
            [("meeting", "2023-08-15")],
            id="award-name-is-not-a-cue",
        ),
        pytest.param(
            "Cán bộ Chi cục THADS huyện Mường Chà làm việc với người dân (Ảnh minh họa).",
            None,
            [],
            id="photo-caption",
        ),
        pytest.param(
            "Gặp không ít khó khăn trong công tác cưỡng chế, Chi cục vẫn tiến hành tốt nhiệm vụ.",
            None,
            [],
            id="field-of-work-is-no-activity",
        ),
        pytest.param(
            "Ngày 28/8, Sở Tư pháp tỉnh Điện Biên tổ chức họp mặt kỷ niệm 70 năm truyền thống "
            "ngành Tư pháp 28/8/1945-28/8/2015.",
            None,
            [("ceremony", "2015-08-28")],
            id="anniversary-span-ends-in-the-year",
        ),
        pytest.param(
            "Mới đây, VKSND tỉnh Điện Biên đã ký kết Quy chế phối hợp với Cục THADS tỉnh.",
            "2024-03-10",
            [("signing", None)],
            id="recently-is-not-the-page-date",
        ),
        pytest.param(
            "Thời gian tới, Cục THADS tỉnh Điện Biên tiếp tục triển khai đồng bộ các mặt công tác.",
            None,
            [],
            id="time-to-come",
        ),
        pytest.param(
            "Trụ sở làm việc của Chi cục còn nhiều khó khăn, ảnh hưởng trực tiếp đến việc triển "
            "khai nhiệm vụ.",
            None,
            [],
            id="office-building-and-directly-are-no-meeting",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên sẽ tổ chức hội nghị sơ kết vào tháng tới.",
            None,
            [],
            id="planned-is-not-an-event",
        ),
    ],
)
def test_events_without_a_certain_year(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _events(text, published) == expected


def test_bodies_stay_bare_when_the_page_names_no_province() -> None:
    r = _report(
        "Hội nghị do ông Lò Văn Sính, Giám đốc Sở Tư pháp chủ trì. Dự có đại diện UBND tỉnh."
    )
    assert {o.name for o in r.organizations} >= {"Sở Tư pháp", "Ủy ban nhân dân tỉnh"}
    assert r.provinces == []
    (person,) = r.persons
    assert [(p.title, p.organization) for p in person.positions] == [("Giám đốc", "Sở Tư pháp")]


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(q.title, q.organization) for q in p.positions] for p in _report(text).persons}


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Ngày 3/4/2024, Sở Tư pháp tỉnh Hòa Bình họp. Dự có Thứ trưởng Bộ Tư pháp Đinh Văn "
            "Khang, Chủ tịch UBND tỉnh Bùi Văn Lực.",
            "Đinh Văn Khang",
            [("Thứ trưởng", "Bộ Tư pháp")],
            id="title-before-the-next-name-is-not-shifted",
        ),
        pytest.param(
            "Ngày 3/4/2024, tại xã Lạc Sơn có ông Bùi Văn Tộ Chủ tịch UBND xã Lạc Sơn, ông Đinh "
            "Văn Mừng công chức tư pháp xã.",
            "Bùi Văn Tộ",
            [("Chủ tịch", "Ủy ban nhân dân xã Lạc Sơn")],
            id="title-right-after-name-without-comma",
        ),
        pytest.param(
            "Ngày 3/4/2024, tại xã Lạc Sơn có ông Bùi Văn Tộ Chủ tịch UBND xã Lạc Sơn, ông Đinh "
            "Văn Mừng công chức tư pháp xã.",
            "Đinh Văn Mừng",
            [],
            id="claimed-title-is-not-the-next-persons",
        ),
        pytest.param(
            "Hội nghị do bà Quách Thị Hiền, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Tư "
            "pháp chủ trì.",
            "Quách Thị Hiền",
            [("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"), ("Giám đốc", "Sở Tư pháp")],
            id="party-membership-bare-committee",
        ),
        pytest.param(
            "Ngày 3/4/2024, Sở Tư pháp tỉnh Hòa Bình tổ chức hội nghị. Phó Chủ tịch Thường trực "
            "UBND tỉnh Bùi Văn Lực dự. Phó Chủ tịch UBND tỉnh Bùi Văn Lực phát biểu.",
            "Bùi Văn Lực",
            [("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Hòa Bình")],
            id="short-title-of-a-post-named-in-full",
        ),
        pytest.param(
            "Ngày 3/4/2024, Thủ tướng Chính phủ Đỗ Văn Hải dự lễ kỷ niệm.",
            "Đỗ Văn Hải",
            [("Thủ tướng", "Chính phủ")],
            id="office-named-by-its-title",
        ),
        pytest.param(
            "Ngày 3/4/2024, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hòa Bình họp dưới "
            "sự chủ trì của Thứ trưởng Bộ Tư pháp Đào Văn Sơn, Phó Chủ tịch thứ Nhất Hội đồng.",
            "Đào Văn Sơn",
            [
                (
                    "Phó Chủ tịch thứ Nhất",
                    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hòa Bình",
                ),
                ("Thứ trưởng", "Bộ Tư pháp"),
            ],
            id="title-before-and-apposition-after",
        ),
        pytest.param(
            "Ngày 3/4/2024, Cục THADS tỉnh Hòa Bình họp. Dự có bà Đinh Thị Hằng, Phó Cục trưởng "
            "Cục THADS tỉnh Hòa Bình và công chức, viên chức của Cục.",
            "Đinh Thị Hằng",
            [("Phó Cục trưởng", "Cục Thi hành án dân sự tỉnh Hòa Bình")],
            id="no-plural-after-va",
        ),
        pytest.param(
            "Ngày 3/4/2024, Thủ tướng Đỗ Văn Hải dự lễ kỷ niệm.",
            "Đỗ Văn Hải",
            [("Thủ tướng", "Chính phủ")],
            id="prime-minister-heads-the-government",
        ),
    ],
)
def test_positions_on_real_pages(
    text: str, person: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _positions(text).get(person, []) == expected


def test_a_head_of_state_cited_is_neither_participant_nor_local_official() -> None:
    r = _report(
        "Ngày 4/5/2023, UBND tỉnh Điện Biên tổ chức lễ kỷ niệm. Ông Lò Văn Sính, Chủ tịch UBND "
        "tỉnh phát biểu, nhắc lại lời dạy của Chủ tịch Trần Văn Xưa về công tác tư pháp."
    )
    (event,) = r.events
    assert event.participants == ["Lò Văn Sính"]
    positions = {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}
    assert positions["Trần Văn Xưa"] == [("Chủ tịch", None)]


def test_a_district_alone_names_no_province() -> None:
    r = _report("Ngày 4/5/2023, Phòng Tư pháp huyện Tân Hồng tổ chức lễ trao Kỷ niệm chương.")
    assert r.provinces == []
    assert "Phòng Tư pháp huyện Tân Hồng" in {o.name for o in r.organizations}


def test_a_body_of_all_provinces_is_no_province_body() -> None:
    r = _report(
        "Ngày 4/5/2023, Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị. Dự có đại diện lãnh đạo Sở "
        "Tư pháp, Cục Thi hành án dân sự (THADS) của các tỉnh, thành phố trong khu vực."
    )
    assert "Cục Thi hành án dân sự tỉnh Yên Bái" not in {o.name for o in r.organizations}
