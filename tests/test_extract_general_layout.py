"""Page layout on pages nobody tuned on: source lines, photo credits and date lines in forms
the earlier rules did not know (invented people and sentences only)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Sáng 9/3/2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác năm 2022.\n"
    "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
)


@pytest.mark.parametrize(
    ("tail", "author", "persons"),
    [
        pytest.param(
            "\nTheo CVP Lê Hữu Tâm", "Lê Hữu Tâm", ["Đỗ Văn Khiêm", "Lê Hữu Tâm"], id="theo-office"
        ),
        pytest.param(
            "\nTheo Phạm Thu Trang", "Phạm Thu Trang", ["Đỗ Văn Khiêm", "Phạm Thu Trang"], id="theo"
        ),
        pytest.param("\nTheo Báo Hà Nam", None, ["Đỗ Văn Khiêm"], id="theo-a-newspaper"),
        pytest.param("\nTheo TTXVN", None, ["Đỗ Văn Khiêm"], id="theo-an-agency"),
    ],
)
def test_source_line_names_the_author_not_a_participant(
    tail: str, author: str | None, persons: list[str]
) -> None:
    report = extract(_LEAD + tail, article_id="t")
    assert report.article.author == author
    assert [p.name for p in report.persons] == persons
    assert [e.participants for e in report.events] == [["Đỗ Văn Khiêm"]]


def test_photo_author_credit_is_a_person_not_a_participant() -> None:
    report = extract(_LEAD + "\nTác giả ảnh: Minh Châu\nThu Hằng", article_id="t")
    assert [p.name for p in report.persons] == ["Đỗ Văn Khiêm", "Minh Châu", "Thu Hằng"]
    assert [e.participants for e in report.events] == [["Đỗ Văn Khiêm"]]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Thứ hai, 14 Tháng 3 2022 10:15", "2022-03-14"),
        ("Chủ nhật - 6 tháng 3, 2022", "2022-03-06"),
        ("14 Tháng 3 2022", "2022-03-14"),
    ],
)
def test_date_line_with_the_month_as_a_word(line: str, published: str) -> None:
    text = (
        f"{line}\n\nSáng 4/3, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác.\n"
        "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
    )
    report = extract(text, article_id="t")
    assert report.article.published == published
    assert {(e.kind, e.date) for e in report.events} == {("conference", "2022-03-04")}


def test_a_sentence_naming_a_day_in_words_is_no_date_line() -> None:
    text = (
        "Ngày 14 tháng 3 năm 2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị triển khai công tác.\n"
        "Ông Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
    )
    report = extract(text, article_id="t")
    assert {(e.kind, e.date) for e in report.events} == {("conference", "2022-03-14")}


@pytest.mark.parametrize(
    "tail",
    [
        "\nTin, ảnh: Mai Hương\n\nChia sẻ bài viết\n\nBÌNH LUẬN",
        "\nTin, ảnh: Mai Hương\n\nCÙNG CHUYÊN MỤC\nSở Tư pháp tổ chức tập huấn",
        "\nTin, ảnh: Mai Hương\n\nBình luận",
    ],
)
def test_page_furniture_in_capitals_is_no_byline(tail: str) -> None:
    report = extract(_LEAD + tail, article_id="t")
    assert report.article.author == "Mai Hương"
    assert [p.name for p in report.persons] == ["Đỗ Văn Khiêm", "Mai Hương"]


def test_todays_date_in_the_site_header_is_no_date_line() -> None:
    # sites print the day of the visit as "Thứ Hai, ngày 15 tháng 12 năm 2025" above the article
    text = (
        "Thứ Hai, ngày 15 tháng 12 năm 2025\n\nSáng 4/3/2022, Sở Tư pháp tỉnh Hà Nam tổ chức hội "
        "nghị triển khai công tác.\nÔng Đỗ Văn Khiêm, Giám đốc Sở Tư pháp chủ trì hội nghị."
    )
    report = extract(text, article_id="t")
    assert report.article.published == "2022-03-04"


def test_headline_stamp_under_a_date_header_is_no_event_day() -> None:
    text = (
        " date 2023-06-14 Đoàn Luật sư tỉnh Hà Nam tiếp tục ra mắt điểm hỗ trợ pháp lý "
        "14/06/2023 10:05\n\nSáng 14-6, Sở Tư pháp tỉnh Hà Nam tổ chức Lễ ra mắt điểm hỗ trợ "
        "pháp lý tại xã Thanh Hà.\n\nÔng Đỗ Văn Khiêm, Giám đốc Sở Tư pháp đánh giá cao mô hình "
        "này."
    )
    report = extract(text, article_id="t")
    assert report.article.published == "2023-06-14"
    assert [(e.kind, e.date, e.participants) for e in report.events] == [
        ("ceremony", "2023-06-14", ["Đỗ Văn Khiêm"])
    ]
