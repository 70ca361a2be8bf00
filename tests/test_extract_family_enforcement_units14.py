"""Session 14, second round (org14r2): bodies of the sector that were not read as bodies.

- The district's civil-enforcement team before 2009 (``Đội Thi hành án huyện X``, ``Đội THADS
  huyện X``) is ``Đội Thi hành án dân sự huyện X``, as the other enforcement bodies are named
  in full; not a plural (``các đội thi hành án``).
- A province's board of its industrial parks or economic zone (``Ban Quản lý các khu công
  nghiệp tỉnh X``, ``BQL các KCN tỉnh X``, ``Ban Quản lý Khu kinh tế tỉnh X``).
- The board of religion of a province's home-affairs department (``Ban Tôn giáo Sở Nội vụ
  tỉnh X``) is named with its department.

Invented sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Năm 2005, ông được điều động về Đội Thi hành án huyện Than Uyên.",
        {"Đội Thi hành án dân sự huyện Than Uyên"},
        set(),
        id="team-written-without-civil",
    ),
    P(
        "Chị bắt đầu công tác tại Đội THADS huyện Phong Thổ rồi chuyển về tỉnh.",
        {"Đội Thi hành án dân sự huyện Phong Thổ"},
        set(),
        id="team-written-short",
    ),
    P(
        "Đội Thi hành án dân sự huyện Sìn Hồ đã tổ chức thi hành xong nhiều việc.",
        {"Đội Thi hành án dân sự huyện Sìn Hồ"},
        set(),
        id="team-written-in-full",
    ),
    P(
        "Các đội thi hành án đã được kiện toàn về tổ chức.",
        set(),
        {"Đội Thi hành án dân sự"},
        id="negative-plural-teams",
    ),
    P(
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang phối hợp tuyên truyền pháp luật lao"
        " động cho công nhân.",
        {"Ban Quản lý các khu công nghiệp tỉnh Bắc Giang"},
        set(),
        id="industrial-parks-board",
    ),
    P(
        "Đại diện BQL các KCN tỉnh Bắc Ninh và Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cùng dự.",
        {"Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"},
        set(),
        id="parks-board-short-and-economic-zone",
    ),
    P(
        "Ban Tôn giáo Sở Nội vụ tỉnh Điện Biên tổ chức hội nghị phổ biến pháp luật.",
        {"Ban Tôn giáo Sở Nội vụ tỉnh Điện Biên"},
        set(),
        id="religion-board-of-a-department",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_sector_units(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


POSTS = [
    P(
        "Ông Sùng A Páo, Trưởng Ban Tôn giáo Sở Nội vụ tỉnh Lai Châu, phát biểu.",
        "Sùng A Páo",
        ("Trưởng Ban", "Ban Tôn giáo Sở Nội vụ tỉnh Lai Châu"),
        id="head-of-the-religion-board",
    ),
    P(
        "Bà Lục Thị Hoa, Phó Trưởng ban Ban Quản lý các khu công nghiệp tỉnh Thái Bình, dự.",
        "Lục Thị Hoa",
        ("Phó Trưởng ban", "Ban Quản lý các khu công nghiệp tỉnh Thái Bình"),
        id="deputy-of-the-parks-board",
    ),
]


@pytest.mark.parametrize(("text", "person", "post"), POSTS)
def test_post_in_a_sector_unit(text: str, person: str, post: tuple[str, str]) -> None:
    people, _ = people_and_orgs(text)
    assert post in people[person], people
