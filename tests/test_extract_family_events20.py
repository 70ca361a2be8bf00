"""Event families, twentieth table (rules round 6), (E3) dates: a month that leads or ends the
sentence (``Cuối tháng 12 năm 2022``, ``Vừa qua, trong tháng 01/2024``) dates the activity, and a
second activity ``Cũng trong tháng này`` keeps that month; a range takes its first day; a day and
month take a year only from the sentence or the date line; days of documents, deadlines, periods,
laws in force and foundings date nothing; every written day form (``20.6.2024``, ``Thứ Năm
(20/6/2024)``, ``Từ 8h00 ngày …``) dates its activity. Invented sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

#: (E3) pages without a date line: (expected facts, text)
DATES: list[tuple[set[_Fact], str]] = [
    (
        {("conference", "2022-12")},
        (
            "Trong tháng 12/2022, Sở Tư pháp tỉnh Quảng Bình đã tổ chức Hội nghị tổng kết công tác "
            "tư pháp năm 2022."
        ),
    ),
    (
        {("conference", "2022-12")},
        (
            "Cuối tháng 12 năm 2022, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác "
            "năm 2022."
        ),
    ),
    (
        {("conference", "2022-12"), ("meeting", "2022-12")},
        (
            "Trong tháng 12/2022, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác tư "
            "pháp năm 2022. Cũng trong tháng 12/2022, lãnh đạo Sở đã có buổi làm việc với Phòng Tư "
            "pháp huyện Lệ Thủy."
        ),
    ),
    (
        {("conference", "2022-12"), ("meeting", "2022-12")},
        (
            "Đầu tháng 12/2022, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác tư "
            "pháp. Cũng trong tháng này, lãnh đạo Sở đã có buổi làm việc với Phòng Tư pháp "
            "huyện Lệ "
            "Thủy."
        ),
    ),
    (
        {("training", "2023-06-20")},
        (
            "Từ ngày 20 đến ngày 22/6/2023, Sở Tư pháp tỉnh Quảng Bình tổ chức lớp tập huấn nghiệp "
            "vụ hộ tịch."
        ),
    ),
    (
        {("training", "2023-06-20")},
        (
            "Trong 3 ngày (20-22/6/2023), Sở Tư pháp tỉnh Quảng Bình tổ chức lớp tập huấn "
            "nghiệp vụ "
            "hộ tịch."
        ),
    ),
    (
        {("training", "2023-06-20")},
        (
            "Trong hai ngày 20 và 21/6/2023, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn "
            "nghiệp vụ hộ tịch."
        ),
    ),
    (
        {("training", "2023-06-20")},
        (
            "Trong các ngày 20, 21/6/2023, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn "
            "nghiệp vụ hộ tịch."
        ),
    ),
    (
        {("training", None)},
        "Sáng 20/6, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch.",
    ),
    (
        {("training", "2023-06-20")},
        (
            "Sáng 20/6, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch năm "
            "2023."
        ),
    ),
    (
        {("conference", "2023-12")},
        "Tháng 12/2023, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        {("conference", "2023-12")},
        (
            "Vào cuối tháng 12/2023, Cục THADS tỉnh Quảng Bình tổ chức hội nghị triển khai "
            "nhiệm vụ "
            "năm 2024."
        ),
    ),
    (
        {("meeting", None)},
        (
            "Thực hiện Kế hoạch số 12/KH-STP ngày 05/3/2024 của Sở Tư pháp, Đoàn công tác "
            "của Sở đã "
            "có buổi làm việc với UBND huyện Lệ Thủy."
        ),
    ),
    (
        {("conference", "2024-03-15")},
        (
            "Ngày 15/3/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị triển khai Luật Đất "
            "đai năm "
            "2024, có hiệu lực từ ngày 01/8/2024."
        ),
    ),
    (
        {("inspection", "2024-03")},
        (
            "Trong tháng 3/2024, Đoàn kiểm tra của Sở Tư pháp tỉnh Quảng Bình đã kiểm tra công tác "
            "hộ tịch tại 5 xã."
        ),
    ),
    (
        {("conference", "2023-12")},
        (
            "Trong tháng 12 năm 2023, Sở Tư pháp tỉnh Quảng Bình đã tổ chức Hội nghị tổng kết công "
            "tác tư pháp năm 2023."
        ),
    ),
    (
        {("training", "2024-05-14")},
        "Từ ngày 14 - 16/5/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức tập huấn cho hòa giải viên.",
    ),
    (
        {("training", "2024-05-14")},
        (
            "Trong 2 ngày 14-15/5/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn "
            "cho hòa "
            "giải viên."
        ),
    ),
    (
        {("training", "2024-05-30")},
        (
            "Từ ngày 30/5 đến ngày 01/6/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tập huấn "
            "cho hòa giải viên."
        ),
    ),
    (
        {("conference", "2024-01")},
        (
            "Trong tháng 01/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị triển khai nhiệm vụ "
            "công tác tư pháp năm 2024."
        ),
    ),
    (
        {("conference", "2024-01")},
        (
            "Vừa qua, trong tháng 01/2024, Sở Tư pháp tỉnh Quảng Bình đã tổ chức Hội nghị "
            "triển khai "
            "nhiệm vụ năm 2024."
        ),
    ),
    (
        {("conference", "2022-12"), ("meeting", "2022-12")},
        (
            "Trong tháng 12/2022, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác tư "
            "pháp năm 2022.\nCũng trong tháng 12, Giám đốc Sở có buổi làm việc với Phòng Tư pháp "
            "huyện Lệ Thủy."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác năm 2023. Tại Hội nghị, "
            "đại biểu thảo luận về Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác năm 2023. Luật "
            "Hòa giải ở "
            "cơ sở có hiệu lực từ ngày 01/01/2014."
        ),
    ),
    (
        {("conference", "2024-06-12")},
        (
            "Sáng 12/6/2024, Sở Tư pháp tỉnh Quảng Bình tổ chức Hội nghị sơ kết. Chương trình được "
            "triển khai từ ngày 01/01/2024 đến ngày 30/6/2024."
        ),
    ),
]


#: (E3) a day not tied to the activity dates nothing, with or without a date line
UNTIED: list[tuple[set[_Fact], str]] = [
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị triển khai Nghị định số 23/2015/NĐ-CP ngày "
            "16/02/2015 của Chính phủ."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết. Tính đến ngày 30/11/2024, "
            "toàn tỉnh "
            "có 1.200 tổ hòa giải."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị sơ kết. Ngày 15/3/2024, Sở đã ban hành Kế "
            "hoạch số 20/KH-STP về công tác hộ tịch."
        ),
    ),
    (
        {("conference", "2024-03-20")},
        (
            "Ngày 15/3/2024, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND về kiện toàn Hội đồng. "
            "Sáng 20/3/2024, Sở Tư pháp tổ chức Hội nghị triển khai Quyết định."
        ),
    ),
    (
        {("conference", None)},
        (
            "Cục THADS tỉnh Yên Bái tổ chức Hội nghị tổng kết. Năm 2024 (từ ngày 01/10/2023 "
            "đến ngày "
            "30/9/2024), Cục đã thi hành xong 5.000 việc."
        ),
    ),
    (
        {("conference", None)},
        (
            "Cục THADS tỉnh Yên Bái tổ chức Hội nghị tổng kết. Đồng chí Giám đốc nhấn mạnh, "
            "Luật Hòa "
            "giải ở cơ sở có hiệu lực thi hành từ ngày 01/01/2014."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết. Các đơn vị gửi báo cáo về Sở trước "
            "ngày 15/12/2024."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết. Sở Tư pháp được thành lập ngày "
            "20/12/1977."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị kỷ niệm 47 năm ngày thành lập Sở "
            "(20/12/1977 - "
            "20/12/2024)."
        ),
    ),
    (
        {("ceremony", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Lễ kỷ niệm 47 năm Ngày thành lập (20/12/1977 – "
            "20/12/2024)."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết. Từ ngày 01/7/2025, tỉnh Yên "
            "Bái hợp "
            "nhất với tỉnh Lào Cai."
        ),
    ),
]


#: the training every (E3) day form below opens
_S = " Sở Tư pháp tỉnh Bình Định tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch cho công chức cấp xã."
#: (E3) day forms that date the activity (no date line): (expected facts, lead)
DAY_FORMS: list[tuple[set[_Fact], str]] = [
    (
        {("training", "2024-06-20")},
        "Ngày 20-21/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Trong hai ngày 20, 21/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Từ 20/6 - 22/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Từ 8h00 ngày 20/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Vào lúc 14 giờ ngày 20/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Ngày 20 tháng 6 năm 2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Ngày 20.6.2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Ngày 20-6-2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Thứ Năm (20/6/2024),",
    ),
    (
        {("training", "2024-06-20")},
        "Sáng thứ Năm, ngày 20/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Chiều 20/6/2024, tại Hội trường UBND tỉnh,",
    ),
    (
        {("training", "2024-06-20")},
        "Trong 02 ngày (từ ngày 20/6 đến ngày 21/6/2024),",
    ),
    (
        {("training", "2024-06-20")},
        "Từ ngày 20/6/2024 đến hết ngày 22/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Ngày 20/6/2024 vừa qua,",
    ),
    (
        {("training", "2024-06-20")},
        "Ngày 20/6/2024 và ngày 21/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Sáng nay 20/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Sáng 20/6/2024 (thứ Năm),",
    ),
    (
        {("training", "2024-06-20")},
        "Sáng ngày 20/06/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Vào ngày 20/6/2024,",
    ),
    (
        {("training", "2024-06-20")},
        "Hôm qua (20/6/2024),",
    ),
    (
        {("training", None)},
        "Sáng 20/6,",
    ),
    (
        {("training", None)},
        "Trong 2 ngày 20 và 21/6,",
    ),
    (
        {("training", "2024-06")},
        "Trong tháng 6/2024,",
    ),
    (
        {("training", "2024-06")},
        "Đầu tháng 6/2024,",
    ),
    (
        {("training", "2024-06")},
        "Giữa tháng 6 năm 2024,",
    ),
]


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(e, t, id=f"d{i}") for i, (e, t) in enumerate(DATES)]
)
def test_months_and_ranges_date_the_activity(expected: set[_Fact], text: str) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("published", [None, "2024-12-20"])
@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(e, t, id=f"t{i}") for i, (e, t) in enumerate(UNTIED)]
)
def test_a_day_not_tied_to_the_activity_dates_nothing(
    expected: set[_Fact], text: str, published: str | None
) -> None:
    assert _events(text, published=published) == expected


@pytest.mark.parametrize(
    ("expected", "lead"), [pytest.param(e, t, id=f"w{i}") for i, (e, t) in enumerate(DAY_FORMS)]
)
def test_day_forms_date_the_activity(expected: set[_Fact], lead: str) -> None:
    assert _events(lead + _S) == expected
