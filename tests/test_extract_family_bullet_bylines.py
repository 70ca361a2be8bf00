"""Participants, rules session 11: a page's particulars copied as a bullet list under the
headline (``• 03/02/2022 08:15`` / ``• 2 bình luận`` / ``• Lạc Minh Tú`` / ``• Chia sẻ``) sign
the page: the name alone on a bullet is its author, not someone at the event it reports; a
bullet of the report's own list that names an official with a post is no byline. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_HEAD = "Hội Luật gia tỉnh Hòa Lâm bầu Ban Chấp hành khóa mới\n\n"
_BODY = (
    "Ngày 1/2/2022, Hội Luật gia tỉnh Hòa Lâm tổ chức Đại hội nhiệm kỳ VI. Ông Khổng Minh "
    "Trác, Chủ tịch Hội phát biểu khai mạc Đại hội."
)


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            "  • 03/02/2022 08:15\n  • 2 bình luận\n  • Lạc Minh Tú\n  • Chia sẻ\n", id="dot"
        ),
        pytest.param("• 03/02/2022 08:15\n• Lạc Minh Tú\n", id="dot-after-stamp"),
        pytest.param("▪ 03/02/2022\n▪ Lạc Minh Tú\n", id="square"),
        pytest.param("· 03/02/2022 08:15 · 3 lượt xem\n· Lạc Minh Tú\n", id="middle-dot"),
    ],
)
def test_a_name_on_a_bullet_of_particulars_signs_the_page(block: str) -> None:
    text = f"{_HEAD}{block}\n{_BODY}"
    report = extract(text, article_id="t")
    assert report.article.author == "Lạc Minh Tú"
    assert event_participants(text) == {("2022-02-01", "Khổng Minh Trác")}


def test_a_bullet_naming_an_official_is_no_byline() -> None:
    text = (
        f"{_HEAD}{_BODY}\nTham dự Đại hội có:\n• Ông Đàm Quang Thiệp, Phó Giám đốc Sở Tư pháp "
        "tỉnh Hòa Lâm\n• Bà Lạc Thị Nguyệt, Phó Chủ tịch Hội Luật gia tỉnh"
    )
    report = extract(text, article_id="t")
    assert report.article.author is None
    assert event_participants(text) == {
        ("2022-02-01", "Khổng Minh Trác"),
        ("2022-02-01", "Đàm Quang Thiệp"),
        ("2022-02-01", "Lạc Thị Nguyệt"),
    }
