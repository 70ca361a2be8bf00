"""Event families as a whole (rules round 5): kinds, events only cited, events without a date
of their own, and date forms, each as a table of invented variants (invented people, bodies'
sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-06-15"
_D = "2024-06-12"


def _p(*values: str | None) -> object:
    """A table row: the values, then the row's id."""
    return pytest.param(*values[:-1], id=values[-1])


# E1: the kind of a dated activity, by the conventions (the kit's README, "Events"): signing and
# training and checks first, else the head noun (Hội nghị/Hội thảo/Tọa đàm → conference, Lễ →
# ceremony, buổi làm việc/họp/tiếp → meeting), anything else other.
KINDS = [
    _p(
        "Sáng 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị sơ kết công tác tư pháp 6 "
        "tháng đầu năm 2024.",
        "conference",
        "hoi-nghi-so-ket",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2023 và "
        "triển khai nhiệm vụ năm 2024.",
        "conference",
        "hoi-nghi-lower",
    ),
    _p(
        "Ngày 12/6/2024, tại Hà Nội, Bộ Tư pháp tổ chức Hội thảo khoa học “Hoàn thiện pháp luật "
        "về hòa giải ở cơ sở”.",
        "conference",
        "hoi-thao",
    ),
    _p(
        "Chiều 12/6/2024, Hội Luật gia tỉnh Bình Phước tổ chức tọa đàm về công tác phổ biến "
        "pháp luật.",
        "conference",
        "toa-dam",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị giao ban công tác tư pháp quý II/2024.",
        "conference",
        "giao-ban",
    ),
    _p(
        "Sáng 12/6/2024, Diễn đàn “Pháp luật với doanh nghiệp” được tổ chức tại thành phố Vinh.",
        "conference",
        "dien-dan",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh Lạng Sơn tổ chức Hội nghị tổng kết, trao Bằng khen cho "
        "các tập thể có thành tích xuất sắc.",
        "conference",
        "conference-with-awards",
    ),
    _p(
        "Ngày 12/6/2024, Thứ trưởng Nguyễn Văn Khang dự và chỉ đạo Hội nghị tổng kết công tác "
        "thi hành án dân sự tại tỉnh Hà Tĩnh.",
        "conference",
        "du-va-chi-dao",
    ),
    _p(
        "Ngày 12/6/2024, tại Hội trường UBND tỉnh, Sở Tư pháp tổ chức Hội nghị tổng kết công tác "
        "kiểm tra văn bản năm 2023.",
        "conference",
        "check-as-topic",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị đối thoại với doanh nghiệp về "
        "thủ tục hành chính.",
        "conference",
        "hoi-nghi-doi-thoai",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm Ngày thành lập.",
        "ceremony",
        "le-ky-niem",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh Cà Mau tổ chức Lễ công bố quyết định bổ nhiệm Phó Cục "
        "trưởng.",
        "ceremony",
        "le-cong-bo",
    ),
    _p(
        "Sáng 12/6/2024, Sở Tư pháp long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.",
        "ceremony",
        "le-don-nhan",
    ),
    _p(
        "Ngày 12/6/2024, tại Trung tâm Hội nghị tỉnh, Sở Tư pháp tổ chức Lễ kỷ niệm 60 năm "
        "Ngày truyền thống.",
        "ceremony",
        "venue-named-hoi-nghi",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh Sóc Trăng công bố quyết định của Bộ trưởng Bộ Tư pháp về "
        "việc bổ nhiệm Cục trưởng.",
        "ceremony",
        "cong-bo-quyet-dinh",
    ),
    _p(
        "Ngày 12/6/2024, Thứ trưởng Phan Văn Toàn dự Lễ khánh thành trụ sở Chi cục THADS huyện "
        "Đức Hòa.",
        "ceremony",
        "du-le-khanh-thanh",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn công tác của Bộ Tư pháp do Thứ trưởng Lê Văn Thạch làm trưởng đoàn "
        "đã làm việc với UBND tỉnh Lào Cai.",
        "meeting",
        "doan-cong-tac-lam-viec",
    ),
    _p(
        "Chiều 12/6/2024, Chủ tịch UBND tỉnh tiếp và làm việc với Đoàn công tác của Bộ Tư pháp.",
        "meeting",
        "tiep-va-lam-viec",
    ),
    _p(
        "Ngày 12/6/2024, Thứ trưởng Đỗ Minh Sơn đến thăm và làm việc tại Cục THADS tỉnh "
        "Tuyên Quang.",
        "meeting",
        "tham-va-lam-viec",
    ),
    _p(
        "Ngày 12/6/2024, Giám đốc Sở Tư pháp tiếp Đoàn công tác của Sở Tư pháp tỉnh Savannakhet.",
        "meeting",
        "tiep-doan",
    ),
    _p(
        "Ngày 12/6/2024, Ban Chỉ đạo THADS tỉnh tổ chức phiên họp thường kỳ quý II.",
        "meeting",
        "phien-hop",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn công tác của UBND tỉnh đã có buổi làm việc với Cục THADS tỉnh.",
        "meeting",
        "buoi-lam-viec",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn công tác Bộ Tư pháp làm việc với Sở Tư pháp về công tác kiểm tra "
        "văn bản.",
        "meeting",
        "meeting-about-checks",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch.",
        "training",
        "hoi-nghi-tap-huan",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh Gia Lai tổ chức lớp bồi dưỡng kỹ năng cho Chấp hành viên.",
        "training",
        "lop-boi-duong",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp phối hợp với Hội Luật gia tỉnh tập huấn kiến thức pháp luật "
        "cho hòa giải viên.",
        "training",
        "tap-huan-verb",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị triển khai Luật Hộ tịch và tập huấn nghiệp "
        "vụ cho công chức tư pháp - hộ tịch.",
        "training",
        "conference-and-training",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn kiểm tra của Cục THADS tỉnh do ông Vũ Đình Lộc làm trưởng đoàn đã "
        "kiểm tra công tác thi hành án tại Chi cục THADS huyện Yên Lạc.",
        "inspection",
        "doan-kiem-tra",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn giám sát của Ban Pháp chế HĐND tỉnh đã giám sát tại Sở Tư pháp.",
        "inspection",
        "doan-giam-sat",
    ),
    _p(
        "Ngày 12/6/2024, Đoàn giám sát của HĐND tỉnh đã có buổi làm việc với Cục THADS tỉnh về "
        "kết quả thi hành án.",
        "inspection",
        "giam-sat-buoi-lam-viec",
    ),
    _p(
        "Ngày 12/6/2024, VKSND huyện Gia Lộc trực tiếp kiểm sát việc tuân theo pháp luật tại "
        "Chi cục THADS huyện.",
        "inspection",
        "truc-tiep-kiem-sat",
    ),
    _p(
        "Ngày 12/6/2024, Thanh tra Sở Tư pháp tiến hành thanh tra việc chấp hành pháp luật tại "
        "Văn phòng công chứng số 1.",
        "inspection",
        "thanh-tra",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp và Công an tỉnh tổ chức Lễ ký kết Quy chế phối hợp.",
        "signing",
        "le-ky-ket",
    ),
    _p(
        "Ngày 12/6/2024, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
        "signing",
        "hoi-nghi-ky-ket",
    ),
    _p(
        "Ngày 12/6/2024, Cục THADS tỉnh và Sở Tư pháp đã ký kết Chương trình phối hợp giai đoạn "
        "2024 - 2026.",
        "signing",
        "ky-ket-verb",
    ),
    _p(
        "Ngày 12/6/2024, Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào đã ký Bản ghi nhớ hợp tác.",
        "signing",
        "ky-ban-ghi-nho",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị triển khai nhiệm vụ năm 2024 và ký giao ước "
        "thi đua.",
        "signing",
        "ky-giao-uoc",
    ),
    _p(
        "Ngày 12/6/2024, Chi cục THADS huyện Bảo Lâm phối hợp tổ chức cưỡng chế thi hành án.",
        "other",
        "cuong-che",
    ),
    _p(
        "Ngày 12/6/2024, Chi bộ Sở Tư pháp tổ chức Đại hội Chi bộ nhiệm kỳ 2024 - 2027.",
        "other",
        "dai-hoi",
    ),
    _p(
        "Ngày 12/6/2024, Trung tâm TGPL tỉnh tổ chức trợ giúp pháp lý lưu động tại xã Tân Lập.",
        "other",
        "tgpl-luu-dong",
    ),
    _p(
        "Ngày 12/6/2024, Phòng Tư pháp huyện tổ chức tuyên truyền pháp luật lưu động tại chợ "
        "thị trấn.",
        "other",
        "tuyen-truyen-luu-dong",
    ),
    _p(
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi tỉnh lần thứ III.",
        "other",
        "hoi-thi",
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS)
def test_the_kind_of_a_dated_activity(sentence: str, kind: str) -> None:
    assert _events(sentence + "\n", _PUB) == {(kind, _D)}


# E2: days only cited, planned, announced or recalled are not events; on a page without a date
# line nothing else completes them.
SPURIOUS = [
    "Sở Tư pháp tỉnh Hà Giang được thành lập ngày 01/10/1991.",
    "Theo Kế hoạch, ngày 20/6/2024 Sở Tư pháp sẽ tổ chức Hội nghị sơ kết công tác.",
    "Dự kiến, Hội nghị tổng kết sẽ được tổ chức vào ngày 25/12/2024.",
    "Sở Tư pháp sẽ tổ chức Hội thi hòa giải viên giỏi vào ngày 20/7/2024.",
    "Chương trình được triển khai từ ngày 01/01/2022 đến ngày 31/12/2025.",
    "Kỷ niệm 79 năm Ngày truyền thống ngành Tư pháp (28/8/1945 - 28/8/2024).",
    "Luật Hòa giải ở cơ sở được Quốc hội thông qua ngày 20/6/2013.",
    "Ngày 15/5/2024, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về việc kiện toàn Hội đồng.",
    "Ngày 10/5/2024, Bộ Tư pháp có Công văn số 1234/BTP-PBGDPL hướng dẫn tổ chức Ngày Pháp luật.",
    "Hội nghị sẽ diễn ra trong 2 ngày 20-21/6/2024 tại thành phố Huế.",
    "Sở Tư pháp đề nghị UBND tỉnh tổ chức hội nghị vào ngày 20/6/2024.",
    "Theo kế hoạch, Đoàn kiểm tra sẽ làm việc với 5 Chi cục từ ngày 10/6 đến 14/6/2024.",
    "Tháng hành động vì người cao tuổi diễn ra từ ngày 01/10 đến 31/10/2023.",
    "Thông tư số 04/2024/TT-BTP có hiệu lực thi hành kể từ ngày 01/7/2024.",
    "Ngày 28/8/1945, Bộ Tư pháp được thành lập trong Chính phủ lâm thời.",
    "Năm 2023, Sở đã tổ chức 15 hội nghị tập huấn cho hơn 2.000 lượt người.",
    "Trong thời gian tới, Sở Tư pháp tiếp tục tổ chức các hội nghị tập huấn chuyên sâu.",
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh về tổ chức Hội nghị đối "
    "thoại với doanh nghiệp.",
    "Ngày Pháp luật Việt Nam (9/11) được tổ chức hằng năm.",
    "Hạn chót nộp hồ sơ dự thi là ngày 30/6/2024.",
    "Giai đoạn 2021 - 2025, Sở đã tổ chức kiểm tra tại 40 xã.",
    "Quyết định có hiệu lực kể từ ngày 01/7/2024.",
    "Kế hoạch thực hiện từ ngày 01/6/2024 đến hết ngày 30/11/2024.",
    "Hội nghị sơ kết dự kiến tổ chức vào đầu tháng 7/2024.",
    "Ngày 19/5/2024 tới đây, Sở sẽ tổ chức Lễ dâng hương tại Đền Hùng.",
    "Cách đây 30 năm, ngày 12/6/1994, Phòng Công chứng số 1 được thành lập.",
    "Chi cục đã ra Quyết định cưỡng chế số 05/QĐ-CCTHADS ngày 18/4/2024.",
]


@pytest.mark.parametrize("sentence", SPURIOUS, ids=[f"cited-{i:02d}" for i in range(len(SPURIOUS))])
def test_a_day_only_cited_or_planned_is_no_event(sentence: str) -> None:
    assert _events(sentence + "\n") == set()


_HELD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác năm 2023. "

RECALLED = [
    "Hội nghị lần thứ nhất được tổ chức vào ngày 12/5/2023 tại tỉnh Thái Nguyên.",
    "Trước đó, Sở đã có Kế hoạch số 20/KH-STP ngày 02/5/2024 về tổ chức Hội nghị.",
    "Hội nghị sơ kết tiếp theo sẽ được tổ chức vào ngày 15/12/2024.",
    "Sở Tư pháp được thành lập ngày 15/10/1992 theo Quyết định của UBND tỉnh.",
    "Hội nghị cũng quán triệt Chỉ thị số 15/CT-TTg ngày 22/6/2024 của Thủ tướng Chính phủ.",
]


@pytest.mark.parametrize("sentence", RECALLED, ids=[f"recalled-{i}" for i in range(len(RECALLED))])
def test_a_day_recalled_beside_an_event_held_adds_none(sentence: str) -> None:
    assert _events(_HELD + sentence + "\n") == {("conference", _D)}


# E3: an activity reported as held without a day of its own (null date), a second activity on
# the same occasion (the day of the first), an event in the excerpt's first line.
UNDATED = [
    _p(
        "Vừa qua, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch năm 2024.",
        "training",
        "vua-qua",
    ),
    _p(
        "Mới đây, Cục THADS tỉnh Đồng Tháp tổ chức Lễ công bố quyết định bổ nhiệm Phó Cục trưởng.",
        "ceremony",
        "moi-day",
    ),
    _p(
        "Sở Tư pháp tỉnh Phú Yên vừa tổ chức Hội nghị triển khai Luật Đất đai năm 2024.",
        "conference",
        "vua-to-chuc",
    ),
    _p(
        "Thực hiện Kế hoạch số 20/KH-STP ngày 5/3/2024 của Sở Tư pháp, Phòng Hành chính tư pháp "
        "đã tổ chức Hội nghị tập huấn công tác chứng thực.",
        "training",
        "thuc-hien-ke-hoach",
    ),
    _p(
        "Trong 2 ngày, Sở Tư pháp phối hợp với Hội Luật gia tỉnh tổ chức lớp tập huấn kỹ năng hòa "
        "giải.",
        "training",
        "trong-2-ngay",
    ),
    _p(
        "Đoàn công tác của Bộ Tư pháp do Thứ trưởng Lê Quang Hiếu làm trưởng đoàn vừa làm việc "
        "với UBND tỉnh Quảng Bình.",
        "meeting",
        "vua-lam-viec",
    ),
    _p(
        "Vừa qua, Đoàn kiểm tra của Cục THADS tỉnh đã kiểm tra công tác thi hành án tại Chi cục "
        "THADS huyện Tam Nông.",
        "inspection",
        "vua-qua-kiem-tra",
    ),
    _p(
        "Mới đây, Sở Tư pháp và Cục THADS tỉnh đã ký kết Quy chế phối hợp trong công tác thi "
        "hành án.",
        "signing",
        "moi-day-ky-ket",
    ),
    _p(
        "Cục THADS tỉnh Hậu Giang vừa tổ chức Lễ kỷ niệm 30 năm Ngày truyền thống.",
        "ceremony",
        "vua-le",
    ),
    _p(
        "Vừa qua, Trung tâm TGPL nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động tại xã Ea Tar.",
        "other",
        "tgpl-luu-dong",
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), UNDATED)
def test_an_activity_held_without_a_day_is_an_undated_event(sentence: str, kind: str) -> None:
    body = "\nTham dự có ông Hà Văn Sinh - Phó Giám đốc Sở Tư pháp.\n"
    assert _events(sentence + body, _PUB) == {(kind, None)}


@pytest.mark.parametrize(("sentence", "kind"), UNDATED)
def test_an_undated_activity_in_the_first_line_is_an_event(sentence: str, kind: str) -> None:
    text = sentence + "\nCác đại biểu đã thảo luận sôi nổi về những khó khăn, vướng mắc.\n"
    assert _events(text) == {(kind, None)}


SECOND = [
    _p(
        "Chiều cùng ngày, Đoàn công tác đã làm việc với Chi cục THADS huyện Nghĩa Hưng.",
        "meeting",
        "chieu-cung-ngay",
    ),
    _p(
        "Sau Hội nghị, Đoàn công tác đến thăm và làm việc tại Chi cục THADS huyện Giao Thủy.",
        "meeting",
        "sau-hoi-nghi",
    ),
    _p(
        "Cũng trong ngày, Sở Tư pháp tổ chức Lễ ký kết Quy chế phối hợp với Công an tỉnh.",
        "signing",
        "cung-trong-ngay",
    ),
    _p(
        "Nhân dịp này, Sở Tư pháp tổ chức Hội thao chào mừng Ngày truyền thống.",
        "other",
        "nhan-dip-nay",
    ),
    _p(
        "Ngay sau Hội nghị, Sở Tư pháp tổ chức Lễ công bố quyết định bổ nhiệm Phó Giám đốc Sở.",
        "ceremony",
        "ngay-sau-hoi-nghi",
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), SECOND)
def test_a_second_activity_of_the_occasion_takes_its_day(sentence: str, kind: str) -> None:
    assert _events(_HELD + sentence + "\n", _PUB) == {("conference", _D), (kind, _D)}


# E4: date forms. A day and month without a year take the page's year only when a date line
# gives it (else null); ranges take their first day.
DATES = [
    _p("Ngày 9.1, Sở Tư pháp tổ chức Hội nghị tổng kết.", "2024-01-15", "2024-01-09", "dot"),
    _p("Sáng 19-1, Sở Tư pháp tổ chức Hội nghị tổng kết.", "2024-01-20", "2024-01-19", "dash"),
    _p(
        "Chiều 14-12, Cục THADS tỉnh tổ chức Hội nghị tổng kết.",
        "2024-01-05",
        "2023-12-14",
        "year-before",
    ),
    _p(
        "Ngày 11, 12 tháng 01 năm 2010, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        None,
        "2010-01-11",
        "two-days-thang",
    ),
    _p(
        "Ngày 12 tháng 6 năm 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        None,
        "2024-06-12",
        "thang-nam",
    ),
    _p(
        "Trong 2 ngày 12 và 13/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        None,
        "2024-06-12",
        "va-range",
    ),
    _p(
        "Từ ngày 12 đến ngày 14/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
        None,
        "2024-06-12",
        "tu-den",
    ),
    _p(
        "Từ ngày 30/5 đến ngày 01/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
        None,
        "2024-05-30",
        "across-months",
    ),
    _p("Ngày 12-13/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, "2024-06-12", "d-d/m/y"),
    _p("Ngày 12.6.2024, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, "2024-06-12", "dots"),
    _p("Ngày 12-6-2024, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, "2024-06-12", "dashes"),
    _p("Ngày 12/06/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, "2024-06-12", "zeros"),
    _p(
        "Sở Tư pháp đã tổ chức Hội nghị tổng kết vào ngày 12/6/2024.",
        None,
        "2024-06-12",
        "at-the-end",
    ),
    _p(
        "Hội nghị tổng kết của Sở Tư pháp diễn ra vào sáng ngày 12/6/2024.",
        None,
        "2024-06-12",
        "dien-ra-vao",
    ),
    _p(
        "Lúc 8 giờ ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        None,
        "2024-06-12",
        "hour",
    ),
    _p(
        "Ngày 31/12, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        "2025-01-03",
        "2024-12-31",
        "new-year",
    ),
    _p(
        "Ngày 12 tháng 6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
        "2024-06-20",
        "2024-06-12",
        "thang-no-year",
    ),
    _p(
        "Sở Tư pháp (12/6) tổ chức Hội nghị tổng kết.",
        "2024-06-13",
        "2024-06-12",
        "parens-after-subject",
    ),
    _p(
        "Sáng nay (12/6), Sở Tư pháp tổ chức Hội nghị tổng kết.",
        "2024-06-12",
        "2024-06-12",
        "sang-nay",
    ),
    _p("Ngày 9.1, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, None, "dot-no-year"),
    _p("Sáng 19-1, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, None, "dash-no-year"),
    _p("Chiều 14-12, Cục THADS tỉnh tổ chức Hội nghị tổng kết.", None, None, "dash-12-no-year"),
    _p("Ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, None, "slash-no-year"),
    _p("Ngày 12 tháng 6, Sở Tư pháp tổ chức Hội nghị tổng kết.", None, None, "thang-no-year"),
    _p(
        "Trong 2 ngày 12 và 13/6, Sở Tư pháp tổ chức lớp tập huấn.",
        None,
        None,
        "range-no-year",
    ),
    _p(
        "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị sơ kết công tác tư pháp 6 tháng đầu năm 2024.",
        None,
        "2024-06-12",
        "year-of-the-half",
    ),
    _p(
        "Ngày 15/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.",
        None,
        "2024-01-15",
        "year-after-the-review",
    ),
    _p("Ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.", "2024-06-12", _D, "same-day"),
    _p("Ngày 9/01, Sở Tư pháp tổ chức Hội nghị tổng kết.", "2024-01-09", "2024-01-09", "zero-m"),
    _p(
        "Sáng thứ Tư (12/6), Sở Tư pháp tổ chức Hội nghị tổng kết.",
        "2024-06-13",
        _D,
        "weekday",
    ),
]


@pytest.mark.parametrize(("sentence", "published", "date"), DATES)
def test_the_day_of_an_event(sentence: str, published: str | None, date: str | None) -> None:
    kinds = {"conference", "training"}
    found = _events(sentence + "\n", published)
    assert {d for _, d in found} == {date}
    assert {k for k, _ in found} <= kinds


@pytest.mark.parametrize(
    ("header", "sentence", "date"),
    [
        pytest.param("date 2021-12\n", "Ngày 14/12, Sở tổ chức Hội nghị tổng kết.", "2021-12-14"),
        pytest.param(
            "Thứ Tư, 12/06/2024 - 15:30\n",
            "Sáng 11/6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
            "2024-06-11",
        ),
        pytest.param(
            "Cập nhật: 05/01/2024\n", "Chiều 29-12, Sở tổ chức Hội nghị tổng kết.", "2023-12-29"
        ),
    ],
)
def test_a_date_line_gives_the_year(header: str, sentence: str, date: str) -> None:
    assert _events(header + sentence + "\n") == {("conference", date)}
