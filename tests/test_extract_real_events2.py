"""Event rules for real pages, second round (issue 9): years, kinds and date lines.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


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
            "Ngày 5/9, tại thành phố Lào Cai, Sở Tư pháp tỉnh Lào Cai hội đàm cùng đoàn Sở Tư pháp "
            "tỉnh Phongsaly (Lào), hai bên ký thỏa thuận hợp tác giai đoạn mới.",
            [("signing", None)],
            id="talks-to-sign-an-agreement-no-year",
        ),
        pytest.param(
            "Ngày 12/9, Sở Tư pháp tỉnh Điện Biên hội đàm với đoàn công tác tỉnh Oudomxay (Lào).",
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
            "Theo Văn bản số 88/UBND-NC ngày 02 tháng 10 năm 2022 của UBND tỉnh, trong các ngày "
            "từ 17 đến 19 tháng 10 năm 2022, Sở Tư pháp tỉnh Điện Biên tiếp và làm việc với đoàn "
            "Sở Tư pháp tỉnh Luang Prabang.",
            [("meeting", "2022-10-17")],
            id="range-of-days-in-words-after-a-dated-document",
        ),
        pytest.param(
            "Chiều 12/6/2025, sau khi tổ chức Lễ gắn biển công trình, Viện kiểm sát nhân dân tỉnh "
            "Gia Lai tiếp tục Hội nghị sơ kết công tác 6 tháng.",
            [("ceremony", "2025-06-12"), ("conference", "2025-06-12")],
            id="two-heads-in-one-sentence",
        ),
        pytest.param(
            "Trong 02 ngày 23 và 24/5/2019, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Tư pháp "
            "tỉnh Cao Bằng tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch.",
            [("training", "2019-05-23")],
            id="a-venue-named-hoi-nghi-is-no-event",
        ),
        pytest.param(
            "Sáng 10/2/2025, Cục THADS tỉnh Bắc Kạn tổ chức gặp mặt cán bộ hưu trí đầu năm mới, "
            "mong mọi người “làm việc hiệu quả từ ngày đầu”.",
            [("meeting", "2025-02-10")],
            id="meeting-people-is-a-meeting",
        ),
        pytest.param(
            "Ngày 3/2/2023, Công đoàn Sở Tư pháp tỉnh Sơn La trao tặng quà Tết cho 20 gia đình "
            "chính sách ở xã Chiềng Sinh.",
            [("other", "2023-02-03")],
            id="handing-over-gifts-is-other",
        ),
        pytest.param(
            "Trước khi khai mạc Hội nghị, đoàn Cục THADS tỉnh Hà Giang dâng hương tưởng niệm các "
            "anh hùng liệt sĩ.\nÔng Đỗ Văn Tâm, Cục trưởng đọc báo cáo tại Hội nghị.\nHội nghị "
            "do ông Đỗ Văn Tâm chủ trì.",
            [("other", None), ("conference", None)],  # an offering without "Lễ": other
            id="undated-page-with-two-kinds-of-activity",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hậu Giang tổ chức buổi sinh hoạt pháp luật cho công chức.\nDịp này, "
            "Giám đốc Sở trao tặng giấy khen cho 3 phòng chuyên môn.",
            [("other", None)],
            id="on-this-occasion-is-the-same-event",
        ),
        pytest.param(
            "Hội nghị do ông Lê Văn Tú, Giám đốc Sở Tư pháp chủ trì.\nTrong năm, các phòng đã làm "
            "tốt việc thẩm định, kiểm tra, rà soát văn bản quy phạm pháp luật.",
            [("conference", None)],
            id="checking-documents-is-a-field-of-work",
        ),
        pytest.param(
            "Lạng Sơn: Giải bóng đá ngành Tư pháp năm 2023\nSáng 12/5, Sở Tư pháp tỉnh Lạng Sơn "
            "tổ chức hội thao chào mừng ngày thành lập ngành.",
            [("other", "2023-05-12")],
            id="the-headline-year-dates-the-day",
        ),
        pytest.param(
            "Thứ Tư, ngày 10 tháng 1 năm 2024\nSáng 18/9, lãnh đạo huyện Krông Pắc đến thăm, chúc "
            "mừng Tòa án nhân dân huyện nhân dịp kỷ niệm 78 năm ngày thành lập (13/9/1945 – "
            "13/9/2023).",
            [("meeting", "2023-09-18")],
            id="a-site-date-is-no-headline",
        ),
        pytest.param(
            "Trước khi tổ chức Hội nghị, đoàn Cục THADS tỉnh Lào Cai dâng hương ở Khu di tích.\n"
            "Mở đầu Hội nghị, ông Sần Văn Páo, Cục trưởng nêu kết quả 9 tháng.",
            [("other", None), ("conference", None)],
            id="opening-of-a-conference-not-yet-reported",
        ),
        pytest.param(
            "Trong hai ngày 16, 17/11/2023 tại tỉnh Sóc Trăng, Khối thi đua các Cục THADS tổ chức "
            "Hội nghị tổng kết.",
            [("conference", "2023-11-16")],
            id="two-days-joined-by-a-comma",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 7/KH-STP ngày 3/1/2022 của Sở về tổ chức Lễ kỷ niệm ngày truyền "
            "thống và Đại hội thi đua, chiều ngày 19 tháng 5 năm 2022, Phòng Tư pháp huyện Càng "
            "Long tổ chức Hội nghị điển hình tiên tiến.",
            [("conference", "2022-05-19")],
            id="activities-of-a-cited-plan-are-not-the-one-held",
        ),
        pytest.param(
            "Trong chuỗi hoạt động kỷ niệm 77 năm ngày truyền thống, ngày 2/8/2023, Cục THADS tỉnh "
            "Cà Mau tổ chức tổng kết phong trào thi đua chuyên đề.",
            [("other", "2023-08-02")],
            id="a-framing-anniversary-is-not-the-kind",
        ),
        pytest.param(
            "Đoàn Bộ Tư pháp Mông Cổ thăm và làm việc tại Việt Nam từ ngày 9-11/5.\nTại buổi "
            "làm việc sáng 9/5, hai bên chia sẻ kinh nghiệm xây dựng pháp luật.\nCuối chuyến "
            "thăm, hai Thứ trưởng đã ký thỏa thuận hợp tác giai đoạn 2024-2026.",
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
            "Chi cục THADS huyện Tiên Lãng tham gia Hội diễn văn nghệ quần chúng nhân dịp kỷ niệm "
            "75 năm ngày truyền thống ngành.",
            [("other", None)],
            id="a-contest-is-other",
        ),
        pytest.param(
            "Các Cục THADS trong Khối thi đua đã cùng ký kết giao ước thi đua.\nPhát biểu tại hội "
            "nghị, bà Hà Thị Nga, Phó Tổng cục trưởng nhấn mạnh yêu cầu đổi mới.",
            [("signing", None)],
            id="the-conference-named-later-is-the-signing",
        ),
        pytest.param(
            "Để giúp đồng bào dân tộc thiểu số huyện Mường Tè hiểu pháp luật, trong 02 ngày, từ "
            "7-8/6/2021, Ban Dân tộc tỉnh Lai Châu tổ chức Hội nghị phổ biến pháp luật.",
            [("conference", "2021-06-07")],
            id="pháp-luật-and-thiểu-số-are-no-documents",
        ),
        pytest.param(
            "Trong Tháng hành động vì pháp luật từ 1/11 đến 30/11/2021, với khẩu hiệu sống và làm "
            "việc theo Hiến pháp và pháp luật, Phòng Tư pháp huyện Ý Yên phát tờ gấp.",
            [],
            id="a-campaign-month-and-a-slogan-are-no-events",
        ),
        pytest.param(
            "Nhằm tăng cường phổ biến pháp luật ở cơ sở, ngày 5/02/2014, Bộ trưởng Bộ Tư pháp đã "
            "ký Quyết",
            [],
            id="a-decision-signed-cut-off-by-the-excerpt",
        ),
    ],
)
def test_event_dates_and_kinds(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


def test_song_authors_and_the_mourned_are_no_participants() -> None:
    text = (
        "Ngày 20/5/2015, Cục THADS tỉnh Nam Định dự Liên hoan văn nghệ với tiết mục “Khúc ca "
        "người chấp hành viên” nhạc: Trần Văn Lực, lời: Đỗ Thị Mai. Tại liên hoan, ông Vũ Văn "
        "Hà, Cục trưởng tặng hoa các diễn viên. Trong dịp này, đơn vị vĩnh biệt anh Lê Văn Khải."
    )
    r = extract(text, article_id="t")
    assert [e.participants for e in r.events] == [["Vũ Văn Hà"]]
