"""Session 14, second round (org14r2): a local party committee's board named by the
committee's place (``Trưởng ban Tuyên giáo huyện X``, ``Ban Dân vận tỉnh Y``) is the board of
that place's party committee, named with it (``Ban Tuyên giáo Huyện ủy X``, ``Ban Dân vận Tỉnh
ủy Y``), and so is the post of the person who heads it. A board of the government or of the
council (``Ban Dân tộc tỉnh Y``) keeps its place; a board already named with its committee is
left as written. Invented sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Ban Tuyên giáo huyện Văn Bàn phối hợp với Phòng Tư pháp huyện Văn Bàn tổ chức hội"
        " nghị tuyên truyền pháp luật.",
        {"Ban Tuyên giáo Huyện ủy Văn Bàn", "Phòng Tư pháp huyện Văn Bàn"},
        {"Ban Tuyên giáo huyện Văn Bàn"},
        id="propaganda-board-of-a-district",
    ),
    P(
        "Hội nghị do Ban Dân vận tỉnh Hà Giang chủ trì, có đại diện các sở, ngành dự.",
        {"Ban Dân vận Tỉnh ủy Hà Giang"},
        {"Ban Dân vận tỉnh Hà Giang"},
        id="mobilization-board-of-a-province",
    ),
    P(
        "Ban Nội chính thành phố Hải Phòng đã kiểm tra việc giải quyết đơn thư.",
        {"Ban Nội chính Thành ủy Hải Phòng"},
        {"Ban Nội chính thành phố Hải Phòng"},
        id="internal-affairs-board-of-a-city",
    ),
    P(
        "Ban Tổ chức quận Hoàng Mai hướng dẫn quy trình kiện toàn cấp ủy.",
        {"Ban Tổ chức Quận ủy Hoàng Mai"},
        {"Ban Tổ chức quận Hoàng Mai"},
        id="organization-board-of-an-urban-district",
    ),
    P(
        "Ban Tuyên giáo và Dân vận thị xã Sa Pa tổ chức hội nghị quán triệt nghị quyết.",
        {"Ban Tuyên giáo và Dân vận Thị ủy Sa Pa"},
        {"Ban Tuyên giáo Thị ủy Sa Pa"},
        id="merged-board-of-a-town",
    ),
    P(
        "Ban Tuyên giáo Huyện ủy Bắc Hà tổ chức hội nghị báo cáo viên.",
        {"Ban Tuyên giáo Huyện ủy Bắc Hà"},
        set(),
        id="named-with-its-committee-as-written",
    ),
    P(
        "Ban Dân tộc tỉnh Lai Châu tổ chức tập huấn cho người có uy tín.",
        {"Ban Dân tộc tỉnh Lai Châu"},
        {"Ban Dân tộc Tỉnh ủy Lai Châu"},
        id="negative-a-government-board-keeps-its-place",
    ),
    P(
        "Ban Tổ chức Hội thi tỉnh Yên Bái công bố kết quả.",
        set(),
        {"Ban Tổ chức Tỉnh ủy Yên Bái"},
        id="negative-an-organizing-board-of-a-contest",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_party_board_named_by_place(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


POSTS = [
    P(
        "Bà Lò Thị Quyên, Trưởng ban Tuyên giáo huyện Mường Khương, phát biểu tại hội nghị.",
        "Lò Thị Quyên",
        ("Trưởng ban", "Ban Tuyên giáo Huyện ủy Mường Khương"),
        id="head-of-a-district-board",
    ),
    P(
        "Ông Vàng Seo Chúng, Phó Trưởng Ban Dân vận tỉnh Lào Cai, dự và chỉ đạo hội nghị.",
        "Vàng Seo Chúng",
        ("Phó Trưởng Ban", "Ban Dân vận Tỉnh ủy Lào Cai"),
        id="deputy-of-a-provincial-board",
    ),
]


@pytest.mark.parametrize(("text", "person", "post"), POSTS)
def test_post_in_a_board_named_by_place(text: str, person: str, post: tuple[str, str]) -> None:
    people, _ = people_and_orgs(text)
    assert post in people[person], people
