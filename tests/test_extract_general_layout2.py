"""Page layout, second pass: abbreviations that are no sentence end, hard-wrapped pages, authors
signing by initials or with a time stamp, comment forms (invented people and sentences only)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract
from justicekg.text.segment import sentences, unwrap

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Báo cáo viên là Th.S. Hồ Văn Kiên, giảng viên. Hội nghị bế mạc.",
            ["Báo cáo viên là Th.S. Hồ Văn Kiên, giảng viên.", "Hội nghị bế mạc."],
            id="Th.S.",
        ),
        pytest.param(
            "Dự có PGS.TS. Lò Thị Mây và LS. Đinh Văn Tú. Hội nghị bế mạc.",
            ["Dự có PGS.TS. Lò Thị Mây và LS. Đinh Văn Tú.", "Hội nghị bế mạc."],
            id="PGS.TS.-LS.",
        ),
        pytest.param(
            "Tại trụ sở UBND P. Tân Mai, Q. Hoàng Mai, đoàn làm việc. Ông A dự.",
            ["Tại trụ sở UBND P. Tân Mai, Q. Hoàng Mai, đoàn làm việc.", "Ông A dự."],
            id="ward-district",
        ),
        pytest.param(
            "Công an H. Củ Chi phối hợp (X. Phú Hòa). Ông A dự.",
            ["Công an H. Củ Chi phối hợp (X. Phú Hòa).", "Ông A dự."],
            id="district-commune",
        ),
        pytest.param(
            "Người phải thi hành án là Lê Văn T. Chấp hành viên đã xác minh.",
            ["Người phải thi hành án là Lê Văn T.", "Chấp hành viên đã xác minh."],
            id="withheld-name",
        ),
        pytest.param(
            "Người phải thi hành án là bà H. Chấp hành viên đã xác minh.",
            ["Người phải thi hành án là bà H.", "Chấp hành viên đã xác minh."],
            id="withheld-after-honorific",
        ),
    ],
)
def test_abbreviations_are_no_sentence_end(text: str, expected: list[str]) -> None:
    assert [s.slice(text) for s in sentences(text)] == expected


_WRAPPED = (
    "Tòa án nhân dân huyện Mỹ Lâm được tặng Giấy khen\n"
    "\n"
    "Từ năm 2016 đến năm 2020, Tòa án nhân dân huyện Mỹ Lâm liên tục giữ vững\n"
    "danh hiệu tập thể lao động xuất sắc. Đồng chí Hoàng Văn Lực, Chánh án\n"
    "Tòa án nhân dân huyện Mỹ Lâm đã được tặng Bằng khen của Chủ tịch Ủy ban\n"
    "nhân dân tỉnh Hà Tĩnh năm 2019 vì đã có thành tích xuất sắc trong công\n"
    "tác. Tòa án nhân dân huyện còn được Chánh án Tòa án nhân dân tối cao tặng\n"
    "Bằng khen năm 2020.\n"
    "- Tập thể: Tòa án nhân dân huyện Mỹ Lâm;\n"
    "- Cá nhân: ông Hoàng Văn Lực."
)


def test_a_hard_wrapped_page_is_unwrapped_in_place() -> None:
    flat = unwrap(_WRAPPED)
    assert len(flat) == len(_WRAPPED)
    lines = flat.split("\n")
    # the headline, the blank line and the list items keep their own lines
    assert lines[0] == "Tòa án nhân dân huyện Mỹ Lâm được tặng Giấy khen"
    assert lines[1] == ""
    assert lines[2].startswith("Từ năm 2016") and lines[2].endswith("năm 2020.")
    assert lines[3:] == [
        "- Tập thể: Tòa án nhân dân huyện Mỹ Lâm;",
        "- Cá nhân: ông Hoàng Văn Lực.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị\nÔng Đỗ Văn Khiêm chủ trì.",
        # one paragraph per line: long lines, a short unstopped caption between them
        "Sáng 9/3/2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác tư pháp năm "
        "2022 với sự tham dự của lãnh đạo các phòng, đơn vị thuộc Sở và Phòng Tư pháp.\n"
        "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp phát biểu tại hội nghị tổng kết năm\n"
        "Tại hội nghị, các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc trong công "
        "tác và đề xuất nhiều giải pháp để thực hiện tốt nhiệm vụ trong năm 2022 và các năm sau.",
    ],
)
def test_a_page_that_is_not_hard_wrapped_is_left_alone(text: str) -> None:
    assert unwrap(text) == text


def test_names_and_awards_across_hard_wraps_are_found() -> None:
    report = extract(_WRAPPED, article_id="t", published="2021-01-10")
    assert {(p.name, q.title, q.organization) for p in report.persons for q in p.positions} == {
        ("Hoàng Văn Lực", "Chánh án", "Tòa án nhân dân huyện Mỹ Lâm")
    }
    awards = {(a.award, a.recipient) for a in report.awards}
    assert ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Hoàng Văn Lực") in awards
    # evidence offsets still point into the report's text
    for person in report.persons:
        ev = person.evidence
        assert report.article.text[ev.start : ev.end] == ev.text
        assert "Hoàng Văn Lực" in ev.text


_LEAD = (
    "Sáng 9/3/2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác năm 2022.\n"
    "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param(_LEAD + "\n\nH.Dũng", "H.Dũng", id="initial-and-name"),
        pytest.param(_LEAD + "\n\nT.C", "T.C", id="two-initials"),
        pytest.param(_LEAD + "\n\nN.T. Hương", "N.T. Hương", id="initials-with-space"),
        pytest.param(_LEAD[:-1] + ". K. LOAN", "K. Loan", id="capitals-after-the-last-sentence"),
        pytest.param("Hà Nam tổng kết công tác\n\nT.C |\n\n" + _LEAD, "T.C", id="under-the-title"),
    ],
)
def test_an_author_signing_by_initials_is_no_person(text: str, author: str) -> None:
    report = extract(text, article_id="t")
    assert report.article.author == author
    assert [p.name for p in report.persons] == ["Đỗ Văn Khiêm"]


def test_a_byline_under_the_title_with_its_time_stamp() -> None:
    text = "Hà Nam tổng kết công tác tư pháp\n\nMai Hương 08:15, 10/03/2022\n\n" + _LEAD
    report = extract(text, article_id="t")
    assert report.article.author == "Mai Hương"
    assert [p.name for p in report.persons] == ["Mai Hương", "Đỗ Văn Khiêm"]
    assert [e.participants for e in report.events] == [["Đỗ Văn Khiêm"]]


def test_a_comment_form_is_page_furniture_and_ends_the_body() -> None:
    filler = (
        "\nCác đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc trong công tác và đề xuất "
        "nhiều giải pháp để thực hiện tốt nhiệm vụ trong năm 2022."
    )
    text = (
        _LEAD
        + filler
        + "\n\nMai Hương – Quốc Bảo\n\nTrả lời\n\n"
        + "Email của bạn sẽ không được hiển thị công khai."
    )
    report = extract(text, article_id="t")
    assert [p.name for p in report.persons] == ["Đỗ Văn Khiêm", "Mai Hương", "Quốc Bảo"]


@pytest.mark.parametrize("control", ["Sign In", "Log In", "In Bài"])
def test_a_site_control_under_the_headline_is_no_byline(control: str) -> None:
    text = f"Hà Nam tổng kết công tác tư pháp\n{control}\n\n" + _LEAD
    report = extract(text, article_id="t")
    assert report.article.author is None
    assert [p.name for p in report.persons] == ["Đỗ Văn Khiêm"]


def test_a_byline_after_a_menu_copied_as_numbered_lines() -> None:
    text = (
        "1. Dòng sự kiện:\n  2. Hội nghị tổng kết\n  3. Tin địa phương\n\n"
        "Hà Nam tổng kết công tác tư pháp năm 2022\n\nMai Hương\n\n"
        "(Báo Hà Nam) - Sáng 9/3/2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác "
        "năm 2022 với sự tham dự của lãnh đạo các phòng, đơn vị thuộc Sở.\n"
        "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
    )
    report = extract(text, article_id="t")
    assert report.article.author == "Mai Hương"
    assert [p.name for p in report.persons] == ["Mai Hương", "Đỗ Văn Khiêm"]
