"""Session 17 (org17): bodies named as examples of a kind, after a plural category.

``các cơ quan bảo vệ pháp luật như Tòa án nhân dân, Công an…``, ``lãnh đạo các cơ
quan tố tụng: Viện kiểm sát nhân dân, Công an``: bare heads after a plural category of
procedural or law-protection agencies (``org_kind_categories.tsv``) and ``như``/``gồm``/a
colon name the kinds the category holds; the adjudicated R16 gold lists none of them (2
pages, 7 bodies), as the conventions list no generic mention. A body written with its place
after the list stays; a list whose last item writes a place shares it (``Công an, Viện kiểm
sát và Tòa án nhân dân huyện A``): bodies of that place. Named bodies (``Bộ Công an``,
``Báo …``, ``Sở Nội vụ``) or another category (``các cơ quan có liên quan``, ``báo chí``,
``chuyên môn``) name bodies of the page (review S3).

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Sở Tư pháp tỉnh Yên Bái cho biết nhiều hội viên từng làm việc ở các cơ quan bảo vệ pháp"
        " luật như Tòa án nhân dân, Công an, Viện kiểm sát nhân dân… Đây là lực lượng nòng cốt.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {
            "Công an tỉnh Yên Bái",
            "Viện kiểm sát nhân dân tỉnh Yên Bái",
            "Tòa án nhân dân tỉnh Yên Bái",
        },
        id="examples-after-nhu",
    ),
    P(
        "Lớp bồi dưỡng của Sở Tư pháp tỉnh Yên Bái mời lãnh đạo các cơ quan tố tụng: Viện kiểm"
        " sát nhân dân, Công an, Tòa án nhân dân, cùng các cộng tác viên của Trung tâm Trợ giúp"
        " pháp lý nhà nước tỉnh Yên Bái.",
        {"Sở Tư pháp tỉnh Yên Bái", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái"},
        {"Công an tỉnh Yên Bái", "Tòa án nhân dân tỉnh Yên Bái"},
        id="examples-after-colon-placed-body-stays",
    ),
    P(
        "Dự họp có lãnh đạo các cơ quan khối nội chính gồm: Công an, Viện kiểm sát nhân dân và"
        " Tòa án nhân dân huyện Văn Chấn.",
        {"Công an huyện Văn Chấn", "Tòa án nhân dân huyện Văn Chấn"},
        set(),
        id="negative-list-shares-its-last-place",
    ),
    P(
        "Tham dự có lãnh đạo các cơ quan: Công an tỉnh Yên Bái, Tòa án nhân dân tỉnh Yên Bái.",
        {"Công an tỉnh Yên Bái", "Tòa án nhân dân tỉnh Yên Bái"},
        set(),
        id="negative-placed-bodies",
    ),
    P(
        "Bộ Tư pháp đã lấy ý kiến các cơ quan có liên quan như Bộ Công an, Bộ Quốc phòng, Văn"
        " phòng Chính phủ.",
        {"Bộ Tư pháp", "Bộ Công an", "Bộ Quốc phòng", "Văn phòng Chính phủ"},
        set(),
        id="negative-named-ministries-are-bodies",
    ),
    P(
        "Buổi tọa đàm có đại diện các cơ quan báo chí như Báo Pháp luật Việt Nam, Tạp chí Dân"
        " chủ và Pháp luật, Đài Truyền hình Việt Nam.",
        {"Báo Pháp luật Việt Nam", "Tạp chí Dân chủ và Pháp luật", "Đài Truyền hình Việt Nam"},
        set(),
        id="negative-named-papers-are-bodies",
    ),
    P(
        "Ông Hà Văn Toản, Giám đốc Sở Tư pháp tỉnh Nghệ An đã phối hợp với các cơ quan chuyên"
        " môn như Sở Nội vụ, Sở Tài chính rà soát văn bản.",
        {"Sở Tư pháp tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An"},
        set(),
        id="negative-a-province-s-departments-are-bodies",
    ),
    P(
        "Sở Tư pháp tỉnh Yên Bái phối hợp với các cơ quan tư pháp như Bộ Tư pháp, Tòa án nhân"
        " dân tối cao tổ chức hội thảo.",
        {"Bộ Tư pháp", "Tòa án nhân dân tối cao"},
        set(),
        id="negative-a-category-list-with-named-bodies",
    ),
    P(
        "Ủy ban nhân dân tỉnh Yên Bái phối hợp với Viện kiểm sát nhân dân, Tòa án nhân dân, Sở"
        " Tư pháp tổ chức phiên tòa.",
        {"Viện kiểm sát nhân dân tỉnh Yên Bái", "Tòa án nhân dân tỉnh Yên Bái"},
        set(),
        id="negative-no-category",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_kind_examples(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got
