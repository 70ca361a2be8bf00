"""Session 16 (orgs16): a newspaper's name that ends in a place is complete; a name stops
before ``và`` and another body's head, and before the verbs ``ra``, ``trao``, ``ký``.

A paper named after the country or a province (``Báo Pháp chế Việt Nam``, ``Báo Yên Bái``) ends
there: the lower-case words after it are the sentence's (a verb, ``và một số …``), not the
name's. In the adjudicated R16 gold every such press name (19 of 19: ten ending in ``Việt Nam``,
nine in a province or ``thành phố Hồ Chí Minh``) stops at the place. A sentence-case name whose
last capital is not a place still takes its lower-case tail (``Tạp chí Kiểm sát``).

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Báo Pháp chế Việt Nam ra số đầu tiên vào năm 1990 với bốn trang.",
        {"Báo Pháp chế Việt Nam"},
        {"Báo Pháp chế Việt Nam ra"},
        id="country-then-a-verb",
    ),
    P(
        "Ông Đinh Khắc Vũ, Tổng Biên tập Báo Pháp chế Việt Nam hồi tưởng, những ngày đầu rất khó"
        " khăn.",
        {"Báo Pháp chế Việt Nam"},
        {"Báo Pháp chế Việt Nam hồi tưởng"},
        id="country-then-a-verb-before-a-comma",
    ),
    P(
        "Ban tổ chức giới thiệu sách của Tạp chí Nghề Luật, Báo Pháp chế Việt Nam và một số nhà"
        " xuất bản.",
        {"Báo Pháp chế Việt Nam"},
        {"Báo Pháp chế Việt Nam và một"},
        id="country-then-a-conjunction",
    ),
    P(
        "Báo Yên Bái phối hợp tổ chức cuộc thi tìm hiểu pháp luật năm 2021.",
        {"Báo Yên Bái"},
        {"Báo Yên Bái phối hợp"},
        id="province-then-a-verb",
    ),
    P(
        "Phóng viên Báo Bắc Kạn ghi nhận, hội nghị diễn ra sôi nổi.",
        {"Báo Bắc Kạn"},
        {"Báo Bắc Kạn ghi nhận"},
        id="province-then-a-reporting-verb",
    ),
    P(
        "Tạp chí Nghề Luật và Nhà xuất bản Tư pháp phối hợp ra mắt bộ sách mới.",
        {"Tạp chí Nghề Luật", "Nhà xuất bản Tư pháp"},
        {"Tạp chí Nghề Luật và Nhà xuất bản Tư pháp"},
        id="journal-and-a-publisher",
    ),
    P(
        "Tạp chí Nghề Luật và Trường Đại học Luật Hà Nội ký kết thỏa thuận hợp tác.",
        {"Tạp chí Nghề Luật", "Trường Đại học Luật Hà Nội"},
        {"Tạp chí Nghề Luật và Trường Đại học Luật Hà Nội"},
        id="journal-and-a-university",
    ),
    P(
        "Tạp chí Kiểm sát ra số đặc biệt chào mừng ngày thành lập ngành.",
        {"Tạp chí Kiểm sát"},
        {"Tạp chí Kiểm sát ra"},
        id="sentence-case-name-then-ra",
    ),
    P(
        "Tạp chí Tòa án nhân dân trao giải cho các tác giả.",
        {"Tạp chí Tòa án nhân dân"},
        {"Tạp chí Tòa án nhân dân trao"},
        id="sentence-case-name-then-trao",
    ),
    P(
        "Tạp chí Kiểm sát đăng bài viết của ông Lạc Văn Tùng.",
        {"Tạp chí Kiểm sát"},
        set(),
        id="negative-sentence-case-name-without-a-place",
    ),
    P(
        "Báo Công an nhân dân đưa tin về vụ việc.",
        {"Báo Công an nhân dân"},
        set(),
        id="negative-lower-case-tail-kept",
    ),
    P(
        "Bài viết được đăng trên Báo Hà Nội mới.",
        {"Báo Hà Nội mới"},
        set(),
        id="negative-new-after-the-place",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_press_name_ends_at_its_place(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs
    assert not scored_names(absent) & orgs
