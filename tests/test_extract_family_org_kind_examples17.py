"""Session 17 (org17): bodies named as examples of a kind, after a plural category.

``các cơ quan bảo vệ pháp luật như Tòa án nhân dân, Công an…``, ``lãnh đạo các cơ
quan tố tụng: Viện kiểm sát nhân dân, Công an``: bare heads after a plural category of
agencies and ``như``/``gồm``/a colon name the kinds the category holds; the adjudicated R16
gold lists none of them (2 pages, 7 bodies), as the conventions list no generic mention. A body
written with its place after the list stays; a list whose last item writes a place shares it
(``Công an, Viện kiểm sát và Tòa án nhân dân huyện A``): bodies of that place.

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
