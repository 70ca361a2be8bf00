"""Short mentions, envoys and Hmông names (rules session 17): ``bà Thu Hà`` or ``bà Lê Thu
Hà`` after ``Lê Thị Thu Hà`` is that person, not another (with several such full names, the
latest before); an envoy's name after ``Đại sứ đặc mệnh toàn quyền <country> tại Việt Nam``
is read; Hmông surnames (``Cứ``, ``Phàng``) open a name. Invented sentences."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 20/6/2025, Hội Luật gia huyện Tân Phong tổ chức Đại hội. "


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(_LEAD + text, article_id="t", published="2025-06-20").persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Đinh Thị Thu Hà, Chủ tịch Hội, báo cáo. Theo bà Thu Hà, Hội đã phát triển.",
            {"Đinh Thị Thu Hà"},
        ),
        (
            "Đại hội bầu bà Đinh Thị Thu Hà giữ chức Chủ tịch Hội. Bà Đinh Thu Hà cảm ơn.",
            {"Đinh Thị Thu Hà"},
        ),
        (
            "Dự có bà Lò Thị Thu Hà, Phó Chủ tịch UBND huyện. Luật gia Đinh Thị Thu Hà báo cáo."
            " Theo bà Thu Hà, Hội đã phát triển.",
            {"Lò Thị Thu Hà", "Đinh Thị Thu Hà"},
        ),
        (
            "Bà Đinh Thị Thu Hà, Chủ tịch Hội, báo cáo. Bà Mai Hà, hội viên, phát biểu.",
            {"Đinh Thị Thu Hà", "Mai Hà"},
        ),
    ],
)
def test_a_short_mention_is_the_full_name(text: str, expected: set[str]) -> None:
    assert _persons(text) == expected


def test_an_envoy_after_the_plenipotentiary_rank() -> None:
    text = (
        "Tham dự có Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam Sato Kenji; Thứ trưởng"
        " Bộ Tư pháp Lê Văn Toản."
    )
    assert "Sato Kenji" in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vợ chồng Cứ A Páo và Giàng Thị Mai cùng sinh sống tại bản.", "Cứ A Páo"),
        ("Anh Phàng Seo Chử tham gia hòa giải.", "Phàng Seo Chử"),
    ],
)
def test_hmong_surnames(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_given_name_written_small_is_the_full_name() -> None:
    text = "Buộc ông Đinh Văn khải trả nợ cho ngân hàng. Nếu ông Đinh Văn Khải không trả nợ thì"
    assert _persons(text + " ngân hàng đề nghị xử lý tài sản.") == {"Đinh Văn Khải"}
