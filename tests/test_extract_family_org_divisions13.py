"""A provincial procuracy's numbered divisions written without their parent (session 13, org13):
on a page whose one provincial procuracy is named, ``các Phòng 1, Phòng 7``, ``Phòng 7, 9 và
10``, ``VKSND tỉnh X (Phòng 2)`` name that procuracy's divisions; a division named with its
procuracy names the procuracy too. Invented sentences; negatives: two procuracies, no
procuracy, a room, a division's party cell, a police force's division, a head count after a
division, rooms listed after a floor, a department's or a court's page naming the procuracy once.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
VKS = "Viện kiểm sát nhân dân"


def _div(n: int, place: str) -> str:
    return f"Phòng {n} {VKS} {place}"


CASES = [
    P(
        f"{VKS} tỉnh Yên Bái tổ chức hội nghị. Dự có lãnh đạo các Phòng 1, Phòng 2, Phòng 7.",
        {_div(1, "tỉnh Yên Bái"), _div(2, "tỉnh Yên Bái"), _div(7, "tỉnh Yên Bái")},
        set(),
        id="listed-divisions",
    ),
    P(
        f"{VKS} tỉnh Lào Cai tập huấn. Dự có Kiểm sát viên Phòng 7, 9 và 10.",
        {_div(7, "tỉnh Lào Cai"), _div(9, "tỉnh Lào Cai"), _div(10, "tỉnh Lào Cai")},
        set(),
        id="numbers-after-one-head",
    ),
    P(
        f"{VKS} tỉnh Lào Cai tập huấn. Phòng 1, 2 phối hợp chuẩn bị tài liệu.",
        {_div(1, "tỉnh Lào Cai"), _div(2, "tỉnh Lào Cai")},
        set(),
        id="numbers-then-a-verb",
    ),
    P(
        "VKSND tỉnh Hà Giang (Phòng 2) hướng dẫn nghiệp vụ cho cấp huyện.",
        {_div(2, "tỉnh Hà Giang"), f"{VKS} tỉnh Hà Giang"},
        set(),
        id="division-in-brackets",
    ),
    P(
        f"Phiên tòa rút kinh nghiệm do {VKS} thành phố Hải Phòng chủ trì; lãnh đạo Phòng 3 "
        "nhận xét.",
        {_div(3, "thành phố Hải Phòng")},
        set(),
        id="city-procuracy-division",
    ),
    P(
        f"Đại diện Phòng 7 - {VKS} tỉnh Phú Thọ dự phiên tòa.",
        {_div(7, "tỉnh Phú Thọ"), f"{VKS} tỉnh Phú Thọ"},
        set(),
        id="named-division-names-its-procuracy",
    ),
    P(
        f"{VKS} tỉnh Yên Bái và {VKS} tỉnh Lào Cai ký kết. Phòng 7 báo cáo.",
        {f"{VKS} tỉnh Yên Bái", f"{VKS} tỉnh Lào Cai"},
        {_div(7, "tỉnh Yên Bái"), _div(7, "tỉnh Lào Cai")},
        id="neg-two-procuracies",
    ),
    P(
        "Sở Tư pháp tỉnh Yên Bái họp. Phòng 3 báo cáo kết quả.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {"Phòng 3"},
        id="neg-no-procuracy",
    ),
    P(
        f"{VKS} tỉnh Yên Bái họp tại Phòng 3 của trụ sở.",
        {f"{VKS} tỉnh Yên Bái"},
        {_div(3, "tỉnh Yên Bái")},
        id="neg-meeting-room",
    ),
    P(
        f"{VKS} tỉnh Yên Bái chỉ đạo. Ngày 5/8, Chi bộ Phòng 7, 9 tổ chức đại hội.",
        {f"{VKS} tỉnh Yên Bái"},
        {_div(7, "tỉnh Yên Bái"), _div(9, "tỉnh Yên Bái")},
        id="neg-party-cell-of-divisions",
    ),
    P(
        f"{VKS} tỉnh Yên Bái phối hợp với Phòng 2 Công an tỉnh Yên Bái.",
        {"Phòng 2 Công an tỉnh Yên Bái"},
        {_div(2, "tỉnh Yên Bái")},
        id="neg-police-division",
    ),
    P(
        f"{VKS} tỉnh Lai Châu họp giao ban tháng. Lãnh đạo Phòng 2, 12 công chức và người lao "
        "động cùng dự.",
        {_div(2, "tỉnh Lai Châu")},
        {_div(12, "tỉnh Lai Châu")},
        id="neg-head-count-after-a-division",
    ),
    P(
        f"Lãnh đạo Phòng 4, 3 đồng chí kiểm sát viên của {VKS} tỉnh Lai Châu được khen.",
        set(),
        {_div(3, "tỉnh Lai Châu")},
        id="neg-people-after-a-division",
    ),
    P(
        f"{VKS} tỉnh Lai Châu chủ trì buổi tập huấn ở Phòng 1, tầng 2 và Phòng 6 của trụ sở.",
        {f"{VKS} tỉnh Lai Châu"},
        {_div(1, "tỉnh Lai Châu"), _div(6, "tỉnh Lai Châu")},
        id="neg-rooms-listed-after-a-floor",
    ),
    P(
        f"Sở Tư pháp tỉnh Lai Châu mời {VKS} tỉnh Lai Châu dự; Sở bàn thảo tại Phòng 1, tầng 2 "
        "và Phòng 6 của trụ sở Sở.",
        {f"{VKS} tỉnh Lai Châu"},
        {_div(1, "tỉnh Lai Châu"), _div(6, "tỉnh Lai Châu")},
        id="neg-rooms-on-a-department-page",
    ),
    P(
        "Tòa án nhân dân tỉnh Lai Châu mở phiên tòa lưu động; TAND tỉnh đã phối hợp với "
        f"{VKS} tỉnh Lai Châu. Lãnh đạo Phòng 2 nhận xét.",
        {f"{VKS} tỉnh Lai Châu"},
        {_div(2, "tỉnh Lai Châu")},
        id="neg-court-page",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_divisions_of_the_procuracy(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)


NEW = "2025-09-15"  # after the 2025 reform: regional courts, procuracies and offices
TA = "Tòa án nhân dân"
PH = "Phòng Thi hành án dân sự"

PLURALS = [
    P(
        f"Dự có lãnh đạo các {TA} khu vực 1, 2 và 3.",
        {f"{TA} khu vực 1", f"{TA} khu vực 2", f"{TA} khu vực 3"},
        set(),
        id="plural-regional-courts",
    ),
    P(
        "Lãnh đạo các Phòng THADS khu vực 4, khu vực 5 cùng dự.",
        {f"{PH} khu vực 4", f"{PH} khu vực 5"},
        set(),
        id="plural-regional-offices-abbreviated",
    ),
    P(
        "Các Phòng Công chứng số 1, số 2 và số 3 đã được kiểm tra.",
        {"Phòng Công chứng số 1", "Phòng Công chứng số 2", "Phòng Công chứng số 3"},
        set(),
        id="plural-numbered-notaries",
    ),
    P(
        f"Các {TA} khu vực đã triển khai nhiệm vụ.",
        set(),
        {f"{TA} khu vực"},
        id="neg-plural-without-numbers",
    ),
    P(
        f"Các {TA} khu vực 2 tuần tới sẽ kiểm tra.",
        set(),
        {f"{TA} khu vực 2"},
        id="neg-plural-one-number",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PLURALS)
def test_plural_before_numbered_bodies(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, NEW)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
