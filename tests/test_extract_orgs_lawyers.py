"""Lawyers' and notaries' bodies (L; a bar written without its place takes the page's
province), checked on invented sentences (never taken from any real page); a family of
pages scored at arrival (session 7, round 2; the others in
``test_extract_general_orgs8.py``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text`` (a page with no date line: its
    date is read from the text), compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param

# L: lawyers' and notaries' bodies (a bar written without its place takes the page's province)
LAWYERS = [
    P(
        "Sở Tư pháp tỉnh Ninh Bình làm việc với Ban Chủ nhiệm Đoàn Luật sư về công tác phát "
        "triển luật sư.",
        {"Ban Chủ nhiệm Đoàn Luật sư tỉnh Ninh Bình"},
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        id="l-board-page-province",
    ),
    P(
        "Tham dự có các thành viên Ban Chủ nhiệm Đoàn Luật sư và luật sư thành viên.",
        {"Ban Chủ nhiệm Đoàn Luật sư"},
        set(),
        id="l-board-no-province",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình đề nghị Đoàn Luật sư tăng cường quản lý luật sư.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-page-province",
    ),
    P(
        "Ông Lê Văn Tâm, Chủ nhiệm Đoàn luật sư tỉnh Ninh Bình phát biểu.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-with-province",
    ),
    P(
        "Đoàn Luật sư thành phố Cần Thơ tổ chức đại hội nhiệm kỳ mới.",
        {"Đoàn Luật sư thành phố Cần Thơ"},
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        id="l-bar-city",
    ),
    P(
        "Các Đoàn Luật sư trên cả nước đã cử luật sư tham gia trợ giúp pháp lý.",
        set(),
        {"Đoàn Luật sư"},
        id="l-generic-plural",
    ),
    P(
        "Liên đoàn Luật sư Việt Nam tổ chức hội nghị toàn quốc.",
        {"Liên đoàn Luật sư Việt Nam"},
        {"Đoàn Luật sư"},
        id="l-federation-not-bar",
    ),
    P(
        "Đại hội đã bầu 31 Ủy viên Hội đồng Luật sư toàn quốc nhiệm kỳ mới.",
        {"Hội đồng Luật sư toàn quốc"},
        set(),
        id="l-national-council",
    ),
    P(
        "Ban Thường vụ Liên đoàn Luật sư Việt Nam đã ban hành nghị quyết.",
        {"Ban Thường vụ Liên đoàn Luật sư Việt Nam"},
        set(),
        id="l-federation-standing-board",
    ),
    P(
        "Ban Chấp hành Đoàn Luật sư tỉnh Ninh Bình họp phiên thường kỳ.",
        {"Ban Chấp hành Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-executive-board-with-province",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình phối hợp với Ban chủ nhiệm Đoàn luật sư kiểm tra.",
        {"Ban Chủ nhiệm Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-board-lowercase",
    ),
    P(
        "Văn phòng công chứng Trần Văn Lộc đã chứng thực 500 hợp đồng.",
        {"Văn phòng công chứng Trần Văn Lộc"},
        set(),
        id="l-notary-named-after-person",
    ),
    P(
        "Văn phòng công chứng Quận 5 được thành lập năm 2010.",
        {"Văn phòng công chứng Quận 5"},
        set(),
        id="l-notary-district",
    ),
    P(
        "Phòng Công chứng số 1 tỉnh Ninh Bình tiếp nhận 300 hồ sơ.",
        {"Phòng Công chứng số 1 tỉnh Ninh Bình"},
        set(),
        id="l-notary-public-office",
    ),
    P(
        "Hội Công chứng viên tỉnh Ninh Bình tổ chức đại hội.",
        {"Hội Công chứng viên tỉnh Ninh Bình"},
        set(),
        id="l-notaries-association",
    ),
    P(
        "Luật sư của Đoàn Luật sư tỉnh Ninh Bình tham gia bào chữa.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-after-cua",
    ),
]


@pytest.mark.parametrize("text,present,absent", LAWYERS)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
