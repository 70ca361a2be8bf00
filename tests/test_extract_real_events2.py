"""Event rules for real pages, second round (issue 9): years, kinds and date lines.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    r = extract(text, article_id="t")
    return [(e.kind, e.date) for e in r.events]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Sáng 19/7, Giám đốc Sở Tư pháp tỉnh Kon Tum chủ trì hội nghị sơ kết công tác 6 tháng "
            "đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.",
            [("conference", "2022-07-19")],
            id="plan-for-the-rest-of-the-year-is-that-year",
        ),
        pytest.param(
            "Chiều 29/12, Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị triển khai nhiệm vụ năm 2026.",
            [("conference", "2025-12-29")],
            id="plan-for-next-year-keeps-the-year-before",
        ),
        pytest.param(
            "Chiều 8/8, tại Hà Nội, Đại hội Đảng bộ Sở Tư pháp lần thứ V, nhiệm kỳ 2025 - 2030 đã "
            "diễn ra trọng thể.",
            [("other", "2025-08-08")],
            id="congress-in-the-first-year-of-its-term",
        ),
        pytest.param(
            "Ngày 30/8, tại thành phố Đông Hà, Sở Tư pháp tỉnh Quảng Trị đã hội đàm với Sở Tư pháp "
            "tỉnh Savannakhet (Lào) và ký thỏa thuận hợp tác.",
            [("signing", None)],
            id="talks-to-sign-an-agreement-no-year",
        ),
        pytest.param(
            "Ngày 12/9, Sở Tư pháp tỉnh Quảng Trị hội đàm với đoàn công tác tỉnh Salavan (Lào).",
            [("meeting", None)],
            id="talks-are-a-meeting",
        ),
        pytest.param(
            "Ngày 06.01, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tổng kết công tác tư pháp năm "
            "2022.",
            [("conference", "2023-01-06")],
            id="review-of-a-year-early-in-the-next",
        ),
        pytest.param(
            "Được sự đồng ý của UBND tỉnh tại Văn bản số 12/UBND-NC ngày 06 tháng 12 năm 2023, "
            "trong các ngày từ 11 đến 13 tháng 12 năm 2023, Sở Tư pháp tỉnh Kon Tum đã đón tiếp, "
            "làm việc với Đoàn công tác Sở Tư pháp tỉnh Attapeu.",
            [("meeting", "2023-12-11")],
            id="range-of-days-in-words-after-a-dated-document",
        ),
        pytest.param(
            "Sáng ngày 24/12/2025, sau khi tổ chức Lễ khánh thành trụ sở, Tòa án nhân dân tỉnh Gia "
            "Lai tiếp tục Chương trình Hội nghị triển khai công tác năm 2026.",
            [("ceremony", "2025-12-24"), ("conference", "2025-12-24")],
            id="two-heads-in-one-sentence",
        ),
        pytest.param(
            "Trong 02 ngày 23 và 24/5/2019, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Tư pháp "
            "tỉnh Cao Bằng tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch.",
            [("training", "2019-05-23")],
            id="a-venue-named-hoi-nghi-is-no-event",
        ),
        pytest.param(
            "Sáng ngày 23/02/2026, Thi hành án dân sự tỉnh Thái Nguyên tổ chức Chương trình “Gặp "
            "mặt đầu xuân 2026” với tinh thần “Bắt tay làm việc sớm”.",
            [("other", "2026-02-23")],
            id="gathering-is-other",
        ),
        pytest.param(
            "Ngày 14/12/2021, Chi bộ Chi cục THADS huyện Mường Lát tiến hành trao tặng quà cho các "
            "hộ đặc biệt khó khăn tại bản Pù Quăn.",
            [("other", "2021-12-14")],
            id="handing-over-gifts-is-other",
        ),
        pytest.param(
            "Trước khi khai mạc Hội nghị, lãnh đạo Cục THADS tỉnh Hà Giang đã dâng hương tại Đền "
            "thờ Chủ tịch Hồ Chí Minh.\nMở đầu Hội nghị, ông Đỗ Văn Tâm, Cục trưởng báo cáo kết "
            "quả công tác.\nHội nghị do ông Đỗ Văn Tâm chủ trì.",
            [("ceremony", None), ("conference", None)],
            id="undated-page-with-two-kinds-of-activity",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Tiền Giang tổ chức sinh hoạt pháp luật nhân Ngày Pháp luật.\nDịp "
            "này, Sở Tư pháp tỉnh Tiền Giang trao tặng giấy khen cho 5 tập thể.",
            [("other", None)],
            id="on-this-occasion-is-the-same-event",
        ),
        pytest.param(
            "Hội nghị do ông Lê Văn Tú, Giám đốc Sở Tư pháp chủ trì.\nNăm qua, Sở đã tăng cường "
            "công tác xây dựng, thẩm định, kiểm tra, rà soát văn bản quy phạm pháp luật.",
            [("conference", None)],
            id="checking-documents-is-a-field-of-work",
        ),
        pytest.param(
            "Bình Phước: Hội thao ngành Tư pháp năm 2024\n(PLVN) - Sáng 24/8, Sở Tư pháp tỉnh "
            "Bình Phước đã tổ chức hội thao chào mừng Ngày truyền thống ngành Tư pháp.",
            [("other", "2024-08-24")],
            id="the-headline-year-dates-the-day",
        ),
        pytest.param(
            "Thứ Hai, ngày 15 tháng 12 năm 2025\nSáng 26/7, lãnh đạo Quận 3 đến thăm và chúc mừng "
            "Viện Kiểm sát nhân dân Quận 3 nhân kỷ niệm 63 năm Ngày thành lập ngành (26/7/1960 – "
            "26/7/2023).",
            [("meeting", "2023-07-26")],
            id="a-site-date-is-no-headline",
        ),
        pytest.param(
            "Trước khi tổ chức Hội nghị, lãnh đạo Cục THADS tỉnh Lào Cai đã dâng hương tại Khu "
            "tưởng niệm.\nMở đầu Hội nghị, ông Sần Văn Páo, Cục trưởng báo cáo kết quả công tác.",
            [("ceremony", None), ("conference", None)],
            id="opening-of-a-conference-not-yet-reported",
        ),
        pytest.param(
            "Trong các ngày 04, 05/4/2024 tại tỉnh Trà Vinh, Cụm thi đua số VIII tổ chức Hội nghị "
            "sơ kết công tác thi đua.",
            [("conference", "2024-04-04")],
            id="two-days-joined-by-a-comma",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 12/KH-HLG ngày 24/10/2019 của Hội Luật gia về việc tổ chức kỷ "
            "niệm 65 năm ngày thành lập và Đại hội thi đua, sáng ngày 28 tháng 7 năm 2020, Hội "
            "Luật gia tỉnh Trà Vinh đã tổ chức Hội nghị điển hình tiên tiến.",
            [("conference", "2020-07-28")],
            id="activities-of-a-cited-plan-are-not-the-one-held",
        ),
        pytest.param(
            "Nằm trong các hoạt động kỷ niệm 60 năm ngày thành lập ngành, ngày 15/7/2020, Viện "
            "Kiểm sát nhân dân tỉnh Trà Vinh đã tổ chức tổng kết cuộc thi tìm hiểu về ngành.",
            [("other", "2020-07-15")],
            id="a-framing-anniversary-is-not-the-kind",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp Lào đã sang thăm và làm việc tại Việt Nam từ ngày 21-22/1.\n"
            "Trong buổi làm việc vào sáng 21/1, hai Bộ trưởng đã trao đổi về hợp tác pháp luật.\n"
            "Đặc biệt, hai Bộ trưởng đã ký Hiệp định tương trợ tư pháp về dân sự.",
            [("meeting", None), ("signing", None)],
            id="a-signing-the-visit-goes-on-to",
        ),
        pytest.param(
            "Ngày 14/01/2022, Sở Tư pháp tỉnh Lai Châu tổ chức Hội nghị tổng kết năm 2021.\n"
            "Hội nghị đã ký kết giao ước thi đua giữa Giám đốc Sở và Chủ tịch Công đoàn.",
            [("conference", "2022-01-14")],
            id="a-signing-at-the-conference-is-the-conference",
        ),
        pytest.param(
            "Cục THADS thành phố Hải Phòng tham dự Hội thi Tiếng hát ngành Tư pháp lần thứ III "
            "nhân dịp kỷ niệm 70 năm ngày truyền thống ngành.",
            [("other", None)],
            id="a-contest-is-other",
        ),
        pytest.param(
            "Sở Tư pháp các tỉnh thuộc khu vực thi đua đã thống nhất ký kết giao ước thi đua năm "
            "nay.\nPhát biểu tại hội nghị, ông Lê Văn Tám, Thứ trưởng Bộ Tư pháp đề nghị các đơn "
            "vị tiếp tục đổi mới công tác thi đua.",
            [("signing", None)],
            id="the-conference-named-later-is-the-signing",
        ),
        pytest.param(
            "Nhằm nâng cao hiểu biết pháp luật trong đồng bào dân tộc thiểu số huyện Võ Nhai, "
            "trong 03 ngày, từ 13-15/10/2016, Ban Dân tộc tỉnh Thái Nguyên tổ chức Hội nghị phổ "
            "biến, giáo dục pháp luật.",
            [("conference", "2016-10-13")],
            id="pháp-luật-and-thiểu-số-are-no-documents",
        ),
        pytest.param(
            "Hưởng ứng Tháng cao điểm Ngày pháp luật từ 10/10 đến 10/11/2019, với tinh thần sống "
            "và làm việc theo Hiến pháp và pháp luật, Sở Tư pháp tặng sách cho Thư viện quận.",
            [],
            id="a-campaign-month-and-a-slogan-are-no-events",
        ),
        pytest.param(
            "Để nâng cao nhận thức pháp luật của người dân, ngày 13/01/2013, Thủ tướng Chính phủ "
            "đã ký Quyết",
            [],
            id="a-decision-signed-cut-off-by-the-excerpt",
        ),
    ],
)
def test_event_dates_and_kinds(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


def test_song_authors_and_the_mourned_are_no_participants() -> None:
    text = (
        "Ngày 20/5/2015, Cục THADS tỉnh Nam Định tham dự Hội thi Tiếng hát ngành Tư pháp với bài "
        "hát “Khúc ca thi hành án” nhạc: Trần Văn Lực, lời: Đỗ Thị Mai. Tại hội thi, ông Vũ Văn "
        "Hà, Cục trưởng tặng hoa các diễn viên. Trong dịp này, đơn vị vĩnh biệt anh Lê Văn Khải."
    )
    r = extract(text, article_id="t")
    assert [e.participants for e in r.events] == [["Vũ Văn Hà"]]
