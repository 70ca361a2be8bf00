"""Awards, second pass: one award given to several counted groups, each named in its own way
(invented people, bodies and sentences only)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Ngày 12/5/2023, Cục THADS tỉnh Hà Tĩnh tổ chức hội nghị tổng kết. Cục trưởng trao Giấy khen "
)
_AWARD = "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Hà Tĩnh"
_ALL = {
    "Chi cục Thi hành án dân sự huyện Kỳ Anh",
    "Chi cục Thi hành án dân sự huyện Hương Khê",
    "Đào Văn Mạnh",
    "Quách Thị Nhung",
    "Tạ Văn Khoa",
}


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            "cho 02 tập thể là Chi cục THADS huyện Kỳ Anh và Chi cục THADS huyện Hương Khê; "
            "03 cá nhân là các ông, bà: Đào Văn Mạnh, Quách Thị Nhung và Tạ Văn Khoa.",
            id="la-semicolon-la",
        ),
        pytest.param(
            "cho 02 tập thể gồm: Chi cục THADS huyện Kỳ Anh, Chi cục THADS huyện Hương Khê; "
            "và 03 cá nhân gồm: ông Đào Văn Mạnh, bà Quách Thị Nhung và ông Tạ Văn Khoa.",
            id="gom-semicolon-gom",
        ),
        pytest.param(
            "cho 02 tập thể là Chi cục THADS huyện Kỳ Anh, Chi cục THADS huyện Hương Khê và "
            "03 cá nhân là ông Đào Văn Mạnh, bà Quách Thị Nhung, ông Tạ Văn Khoa.",
            id="la-and-la",
        ),
        pytest.param(
            "cho các tập thể: Chi cục THADS huyện Kỳ Anh, Chi cục THADS huyện Hương Khê; "
            "các cá nhân: ông Đào Văn Mạnh, bà Quách Thị Nhung và ông Tạ Văn Khoa.",
            id="group-labels",
        ),
    ],
)
def test_each_counted_group_names_its_recipients(tail: str) -> None:
    report = extract(_LEAD + tail, article_id="t", published="2023-05-20")
    assert {(a.award, a.status) for a in report.awards} == {(_AWARD, "conferred")}
    assert {a.recipient for a in report.awards} == _ALL


def test_a_group_counted_without_names_adds_nobody() -> None:
    tail = (
        "cho 02 tập thể là Chi cục THADS huyện Kỳ Anh và Chi cục THADS huyện Hương Khê; "
        "05 cá nhân có thành tích xuất sắc."
    )
    report = extract(_LEAD + tail, article_id="t", published="2023-05-20")
    assert {a.recipient for a in report.awards} == {
        "Chi cục Thi hành án dân sự huyện Kỳ Anh",
        "Chi cục Thi hành án dân sự huyện Hương Khê",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Đào Văn Mạnh, Giám đốc Sở đại diện tập thể Sở đón nhận Cờ thi đua của Chính phủ.",
        "Ông Đào Văn Mạnh, Giám đốc Sở thay mặt tập thể Sở đón nhận Cờ thi đua của Chính phủ.",
    ],
)
def test_a_flag_received_for_a_body_is_the_bodys(sentence: str) -> None:
    text = "Ngày 12/5/2023, Sở Tư pháp tỉnh Hà Tĩnh tổ chức hội nghị tổng kết. " + sentence
    report = extract(text, article_id="t", published="2023-05-20")
    assert {(a.award, a.recipient) for a in report.awards} == {
        ("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hà Tĩnh")
    }
