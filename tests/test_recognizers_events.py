from __future__ import annotations

import pytest
from _extract_helpers import run_until

from justicekg.extract.recognizers.events import classify


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Hội nghị triển khai nhiệm vụ và ký kết giao ước thi đua", "signing"),
        ("Lễ ký kết Quy chế phối hợp", "signing"),
        ("Hội nghị tập huấn nghiệp vụ", "training"),
        ("Đoàn giám sát của Ban Pháp chế đã giám sát", "inspection"),
        ("tổ chức Hội nghị tổng kết công tác năm 2017", "conference"),
        ("Tọa đàm nâng cao chất lượng", "conference"),
        ("Lễ kỷ niệm 70 năm Ngày truyền thống", "ceremony"),
        ("Phó Chủ tịch UBND tỉnh làm việc với Sở Tư pháp", "meeting"),
        ("tổ chức cưỡng chế giao quyền sử dụng đất", "other"),
    ],
)
def test_classify(sentence: str, kind: str) -> None:
    assert classify(sentence) == kind


@pytest.mark.parametrize(
    "text,published,expected",
    [
        pytest.param(
            "Ngày 12/3/2019, Cụm thi đua tổ chức Hội nghị.",
            None,
            [("2019-03-12", "conference")],
            id="dated",
        ),
        pytest.param(
            "Lễ kỷ niệm ngày truyền thống (19/7/1946 - 19/7/2016) được tổ chức.",
            None,
            # the anniversary's days do not date it: a ceremony held, undated
            [("", "ceremony")],
            id="anniversary",
        ),
        pytest.param(
            "Theo Quyết định số 12/QĐ-UBND ngày 05/3/2019 của UBND tỉnh, hội nghị.",
            None,
            [],
            id="document-date",
        ),
        pytest.param(
            "Ngày 16/6/2020, đoàn giám sát việc thi hành án từ ngày 01/10/2019 đến ngày 31/5/2020.",
            None,
            [("2020-06-16", "inspection")],
            id="period",
        ),
        pytest.param(
            "Sở sẽ tổ chức Hội nghị tập huấn vào ngày 25/7/2019.", "2019-07-15", [], id="future"
        ),
        pytest.param(
            "Sáng nay (14/3), Sở Tư pháp tỉnh Gia Lai tiếp và làm việc với đoàn công tác.",
            "2022-03-14",
            [("2022-03-14", "meeting")],
            id="today-in-parens",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên (9/5) tổ chức Hội nghị tập huấn công tác hộ tịch.",
            "2023-05-10",
            [("2023-05-09", "training")],
            id="parens-before-verb",
        ),
        pytest.param(
            "Hưởng ứng Ngày Pháp luật (9/11), Sở Tư pháp tổ chức nhiều hoạt động.",
            "2023-11-20",
            [],
            id="named-day-in-parens",
        ),
        pytest.param(
            "Ngày 20 và 21/8/2025, Sở Tư pháp tổ chức Hội nghị tập huấn nghiệp vụ.",
            "2025-08-25",
            [("2025-08-20", "training")],
            id="two-days-one-event",
        ),
        pytest.param(
            "Từ ngày 20 đến ngày 22/6, đoàn công tác đã kiểm tra tại các xã.",
            "2024-06-25",
            [("2024-06-20", "inspection")],
            id="range-first-day",
        ),
        pytest.param(
            "Ngày 12/3, Sở Tư pháp tổ chức Hội nghị trực tuyến. Ngày 15/3, Giám đốc Sở làm việc"
            " với Phòng Tư pháp huyện.",
            "2024-03-20",
            [("2024-03-12", "conference"), ("2024-03-15", "meeting")],
            id="second-event",
        ),
        pytest.param(
            "Thứ Năm, 09/05/2024 15:30\nVừa qua, Sở Tư pháp tổ chức hội nghị trực tuyến sơ kết"
            " công tác với 12 điểm cầu. Trước đó, ngày 06/5/2024, đoàn công tác đã làm việc tại"
            " UBND xã.",
            None,
            # "Vừa qua": some day before the page's date, not that date (real-page gold)
            [("", "conference"), ("2024-05-06", "meeting")],
            id="lead-vua-qua-and-earlier-event",
        ),
        pytest.param(
            "Ngày 14/3/2023, Sở Tư pháp tổ chức Hội nghị triển khai công tác. Chiều cùng ngày,"
            " Giám đốc Sở đã tiếp và làm việc với đoàn công tác của Sở Tư pháp tỉnh bạn.",
            None,
            [("2023-03-14", "conference"), ("2023-03-14", "meeting")],
            id="same-day-other-kind",
        ),
        pytest.param(
            "Ngày 14/3/2023, Sở Tư pháp tổ chức Hội nghị. Chiều cùng ngày, hội nghị tiếp tục"
            " thảo luận tại hội trường.",
            None,
            [("2023-03-14", "conference")],
            id="same-day-same-kind",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 12/KH-STP ngày 05/3/2024 của Sở Tư pháp, ngày 14/3/2024, Đoàn"
            " kiểm tra đã kiểm tra công tác chứng thực tại UBND xã Tân Lập.",
            "2024-03-20",
            [("2024-03-14", "inspection")],
            id="date-after-a-dated-document",
        ),
        pytest.param(
            "Ngày 14/3/2024, UBND tỉnh ban hành Kế hoạch triển khai Luật Hòa giải ở cơ sở.",
            "2024-03-20",
            [],
            id="issuing-a-document",
        ),
        pytest.param(
            "Hôm qua (13/3), Sở Tư pháp tổ chức Hội nghị trực tuyến với 20 điểm cầu.",
            "2024-03-14",
            [("2024-03-13", "conference")],
            id="yesterday-in-parens",
        ),
        pytest.param(
            "Sáng thứ Hai (14/3), Sở Tư pháp tổ chức Hội nghị triển khai nhiệm vụ.",
            "2022-03-15",
            [("2022-03-14", "conference")],
            id="weekday-in-parens",
        ),
        pytest.param(
            "Trong 02 ngày (20 - 21/8), Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
            "2025-08-25",
            [("2025-08-20", "training")],
            id="days-range-in-parens",
        ),
        pytest.param(
            "Ngày 14/3/2024, Sở Tư pháp tổ chức Hội nghị. Sáng hôm sau (15/3), đoàn đã kiểm tra"
            " tại UBND xã Tân Lập.",
            "2024-03-20",
            [("2024-03-14", "conference"), ("2024-03-15", "inspection")],
            id="next-day-in-parens",
        ),
        pytest.param(
            "Trong các ngày 14 và 15/3, Sở Tư pháp tổ chức lớp bồi dưỡng nghiệp vụ hộ tịch.",
            "2024-03-20",
            [("2024-03-14", "training")],
            id="two-days-cac-ngay",
        ),
    ],
)
def test_events(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    doc = run_until(text, "events", published=published)
    assert [(e.name, e.data["kind"]) for e in doc.by_label("event")] == expected


def test_a_later_day_inside_a_stated_range_is_the_same_event() -> None:
    doc = run_until(
        "Trong hai ngày 10 và 11/4/2019, Đoàn kiểm tra của Bộ Tư pháp làm việc tại tỉnh Hà Nam. "
        "Ngày 11/4, Đoàn kiểm tra hồ sơ tại UBND huyện Kim Bảng. "
        "Ngày 15/4, Sở Tư pháp tổ chức hội nghị sơ kết.",
        "events",
        published="2019-04-20",
    )
    assert [(e.name, e.data["kind"]) for e in doc.by_label("event")] == [
        ("2019-04-10", "inspection"),
        ("2019-04-15", "conference"),
    ]
