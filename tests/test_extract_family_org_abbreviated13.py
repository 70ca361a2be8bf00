"""Bodies written short or without their head word (session 13, org13): a paper after a small
``báo`` (``theo báo X``, ``phóng viên báo X``); ``TTXVN``; a club written ``CLB`` (a headline's
name cut short is the page's longer club); ``Trường ĐH``; ``Đoàn LS``; ``Phòng TP huyện X``; the
Fatherland Front without its committee but with a place (``Chủ tịch MTTQ tỉnh X``, ``MTTQVN
phường Y``). Invented sentences, with negatives (a report, a movement, counted clubs and schools).
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
MT = "Ủy ban Mặt trận Tổ quốc Việt Nam"

CASES = [
    P(
        "Trao đổi với phóng viên báo Lao Động, ông Hà Minh Quân cho biết đơn vị đã khắc phục.",
        {"Báo Lao Động"},
        set(),
        id="paper-after-reporter",
    ),
    P(
        "Theo báo Nhân Dân, hội nghị đã thống nhất nhiều nội dung.",
        {"Báo Nhân Dân"},
        set(),
        id="paper-after-according-to",
    ),
    P(
        "Sáng 14/10, trao đổi với PV báo Thanh Niên, Giám đốc Sở Tư pháp tỉnh Hà Giang xác nhận.",
        {"Báo Thanh Niên", "Sở Tư pháp tỉnh Hà Giang"},
        set(),
        id="paper-after-pv",
    ),
    P(
        "Theo báo cáo của Sở Tư pháp tỉnh Yên Bái, năm qua đã hoàn thành kế hoạch.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {"Báo cáo", "Báo cáo của Sở Tư pháp tỉnh Yên Bái"},
        id="neg-report",
    ),
    P(
        "Sở đã thông báo Kết quả thi tuyển công chức năm 2023.",
        set(),
        {"Báo Kết quả"},
        id="neg-announce",
    ),
    P(
        "Theo TTXVN, Thủ tướng đã ký quyết định phê duyệt đề án.",
        {"Thông tấn xã Việt Nam"},
        set(),
        id="news-agency-abbreviated",
    ),
    P(
        "CLB Luật sư trẻ Hòa Bình ra mắt; CLB Pháp luật xã Tân Minh sinh hoạt định kỳ.",
        {"Câu lạc bộ Luật sư trẻ Hòa Bình", "Câu lạc bộ Pháp luật xã Tân Minh"},
        set(),
        id="clubs-abbreviated",
    ),
    P(
        "Hoạt động CLB Luật sư trẻ\nCLB Luật sư trẻ Hòa Bình được thành lập năm 2015. "
        "CLB Luật sư trẻ cũng đã kết thúc nhiệm kỳ.",
        {"Câu lạc bộ Luật sư trẻ Hòa Bình"},
        {"Câu lạc bộ Luật sư trẻ", "Câu lạc bộ Luật sư trẻ cũng"},
        id="club-headline-is-the-longer-club",
    ),
    P(
        "Có 15 CLB Pháp luật được thành lập; các CLB Trợ giúp pháp lý hoạt động tốt.",
        set(),
        {"Câu lạc bộ Pháp luật", "Câu lạc bộ Trợ giúp pháp lý"},
        id="neg-counted-clubs",
    ),
    P(
        "Trường ĐH Luật Hà Nội và Học viện Tư pháp phối hợp tổ chức hội thảo.",
        {"Trường Đại học Luật Hà Nội", "Học viện Tư pháp"},
        set(),
        id="university-abbreviated",
    ),
    P(
        "Ông Lê Văn Tám được bổ nhiệm làm Hiệu trưởng Trường ĐH Lương Hữu Cảnh.",
        {"Trường Đại học Lương Hữu Cảnh"},
        {"Lương Hữu Cảnh"},
        id="university-named-for-a-person",
    ),
    P(
        "Có 3 Trường ĐH tham gia cuộc thi.",
        set(),
        {"Trường Đại học"},
        id="neg-counted-universities",
    ),
    P(
        "Đoàn LS tỉnh Yên Bái tổ chức đại hội; Đoàn LS TP. Hải Phòng gửi lẵng hoa chúc mừng.",
        {"Đoàn Luật sư tỉnh Yên Bái", "Đoàn Luật sư thành phố Hải Phòng"},
        set(),
        id="bar-abbreviated",
    ),
    P(
        "Sở Tư pháp tỉnh Yên Bái làm việc với Phòng TP huyện Lục Yên và Phòng TP thị xã Nghĩa Lộ.",
        {"Phòng Tư pháp huyện Lục Yên", "Phòng Tư pháp thị xã Nghĩa Lộ"},
        {"Phòng thành phố huyện Lục Yên"},
        id="district-justice-office-abbreviated",
    ),
    P(
        "Phòng TP Yên Bái phối hợp tổ chức.",
        set(),
        {"Phòng Tư pháp tỉnh Yên Bái"},
        id="neg-short-office-without-level",
    ),
    P(
        "Tham dự có Chủ tịch MTTQ tỉnh Yên Bái và đại diện MTTQ huyện Lục Yên.",
        {f"{MT} tỉnh Yên Bái", f"{MT} huyện Lục Yên"},
        set(),
        id="front-without-committee",
    ),
    P(
        "Sở Tư pháp tỉnh Cao Bằng phối hợp với Mặt trận Tổ quốc tỉnh tổ chức hội nghị.",
        {f"{MT} tỉnh Cao Bằng"},
        set(),
        id="front-bare-province-of-page",
    ),
    P(
        "Đại diện Đảng ủy, HĐND, UBND, MTTQVN phường Tân Thịnh dự hội nghị.",
        {f"{MT} phường Tân Thịnh", "Ủy ban nhân dân phường Tân Thịnh"},
        set(),
        id="front-in-list-of-commune",
    ),
    P(
        "Sở Tư pháp tỉnh Lào Cai đề nghị Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên "
        "tham gia hòa giải.",
        {"Sở Tư pháp tỉnh Lào Cai"},
        {f"{MT} tỉnh Lào Cai", MT},
        id="neg-front-as-movement",
    ),
    P(
        "Phát huy vai trò của Mặt trận Tổ quốc các cấp trong công tác hòa giải.",
        set(),
        {MT},
        id="neg-front-every-level",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_abbreviated_and_headless_bodies(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
