"""Event families, eighteenth table (rules round 6, families seen on pages at the time they were
unread), (E1) spurious and missed events: activities only mentioned — plans, standing practices,
habits, a period's tally or counted list, a founding day, an activity being prepared, negated or
assigned — are no events, while an undated working session, courtesy call, talks or signing
reported as held is one. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

#: the one activity every (E1) page reports as held
_HELD = (
    "Sáng 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở "
    "cho hơn 100 hòa giải viên. "
)


#: (E1) a page reporting one training, then a sentence naming another activity not held
MENTIONED: list[str] = [
    "Dự kiến, Sở Tư pháp sẽ tổ chức Hội nghị sơ kết vào tháng 7/2024.",
    "Theo kế hoạch, ngày 20/6/2024, Sở sẽ tổ chức Lễ kỷ niệm 45 năm Ngày thành lập.",
    "Sở Tư pháp tỉnh Nam Định được thành lập ngày 20/12/1977.",
    "Ngày 20/12/1977, Sở Tư pháp tỉnh Nam Định được thành lập theo Quyết định của UBND tỉnh.",
    "Sở Tư pháp (thành lập ngày 20/12/1977) hiện có 6 phòng chuyên môn.",
    "Hằng tháng, Sở Tư pháp định kỳ tổ chức họp giao ban vào ngày 25.",
    "Sở thường xuyên tổ chức kiểm tra công tác chứng thực tại các xã, phường.",
    'Sở cũng phát động Cuộc thi trực tuyến "Tìm hiểu pháp luật về hòa giải ở cơ sở" năm 2024.',
    (
        "Kế hoạch tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở đã được "
        "UBND tỉnh "
        "phê duyệt."
    ),
    "Năm 2023, Sở đã tổ chức 15 hội nghị tập huấn cho hơn 2.000 lượt người.",
    "Trong thời gian tới, Sở sẽ tiếp tục tổ chức các lớp tập huấn chuyên sâu.",
    "Sở đề nghị UBND các huyện tổ chức hội nghị triển khai Luật tại địa phương.",
    "Hội nghị tổng kết năm 2024 dự kiến được tổ chức vào ngày 25/12/2024.",
    "Trước đó, Lễ phát động phong trào thi đua được tổ chức vào năm 2023.",
    "Sở Tư pháp có kế hoạch tổ chức Hội thi hòa giải viên giỏi cấp tỉnh trong quý III/2024.",
    "Ngày 20/12 hằng năm là Ngày thành lập Sở Tư pháp tỉnh.",
    'Chương trình "Ngày Pháp luật Việt Nam" được tổ chức định kỳ vào ngày 9/11 hằng năm.',
    "Hằng năm, Sở tổ chức tập huấn cho đội ngũ hòa giải viên ít nhất 2 lần.",
    "Các đại biểu đề xuất tổ chức thêm các hội nghị tập huấn tại cơ sở.",
    "Sở Tư pháp sẽ tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Tư pháp vào ngày 28/8/2025.",
    "Kỷ niệm 47 năm ngày thành lập Sở (20/12/1977 - 20/12/2024), Sở đã tổ chức nhiều hoạt động.",
    (
        "Hội nghị nhằm triển khai Kế hoạch số 45/KH-STP ngày 02/5/2024 của Sở Tư pháp về tổ "
        "chức hội "
        "nghị tập huấn."
    ),
    'Lớp tập huấn là hoạt động trong khuôn khổ Đề án "Nâng cao năng lực đội ngũ hòa giải viên".',
    "Sở dự kiến tổ chức 3 lớp tập huấn tương tự tại các huyện Hải Hậu, Giao Thủy.",
    "Hội nghị tập huấn tiếp theo sẽ được tổ chức tại huyện Hải Hậu vào ngày 20/6/2024.",
]


#: (E1) undated pages on 2024-06-20: (expected facts, text)
UNDATED: list[tuple[set[_Fact], str]] = [
    (
        {("meeting", None)},
        (
            "Vừa qua, Sở Tư pháp tỉnh Nam Định có buổi làm việc với Đoàn công tác của Cục "
            "Phổ biến, "
            "giáo dục pháp luật."
        ),
    ),
    (
        {("meeting", None)},
        "Đoàn công tác của Cục Bổ trợ tư pháp đã có buổi làm việc tại Sở Tư pháp tỉnh Ninh Bình.",
    ),
    (
        {("meeting", None)},
        "Sở Tư pháp tỉnh Lào Cai tiếp và làm việc với Đoàn công tác của Sở Tư pháp tỉnh Yên Bái.",
    ),
    (
        {("meeting", None)},
        (
            "Mới đây, Giám đốc Sở Tư pháp tỉnh Hà Nam Trần Văn Hòa đã tiếp đoàn công tác của Sở Tư "
            "pháp tỉnh Thái Bình."
        ),
    ),
    (
        {("meeting", "2024-06-19")},
        "Chiều qua, Cục THADS tỉnh Bắc Ninh đã có buổi làm việc với Đoàn giám sát của HĐND tỉnh.",
    ),
    (
        {("meeting", None)},
        (
            "Ban Giám đốc Sở Tư pháp tỉnh Phú Thọ tiếp đoàn công tác của Sở Tư pháp tỉnh Lạng Sơn "
            "đến trao đổi kinh nghiệm."
        ),
    ),
    (
        set(),
        (
            "Sở Tư pháp tỉnh Nam Định được thành lập ngày 20/12/1977 trên cơ sở hợp nhất các phòng "
            "tư pháp."
        ),
    ),
    (
        set(),
        (
            "Ngày 20/12/1977, Sở Tư pháp tỉnh Nam Định được thành lập. Trải qua 47 năm xây dựng và "
            "phát triển, Sở đã đạt nhiều thành tích."
        ),
    ),
    (
        set(),
        (
            "Hằng năm, Sở Tư pháp định kỳ tổ chức hội nghị giao ban công tác tư pháp với các Phòng "
            "Tư pháp."
        ),
    ),
    (
        set(),
        (
            "Sở Tư pháp thường xuyên tổ chức tập huấn nghiệp vụ cho đội ngũ công chức tư pháp - hộ "
            "tịch cấp xã."
        ),
    ),
    (set(), "Sở Tư pháp sẽ tổ chức Hội nghị tổng kết công tác tư pháp năm 2024 vào cuối tháng 12."),
    (set(), "Sở Tư pháp dự kiến tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Tư pháp."),
    (
        set(),
        (
            "UBND tỉnh ban hành Kế hoạch tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở "
            "cơ sở."
        ),
    ),
    (
        set(),
        'Cuộc thi "Tìm hiểu pháp luật trực tuyến" năm 2024 thu hút hơn 10.000 lượt người tham gia.',
    ),
    (set(), "Trong năm 2023, Sở đã tổ chức 12 hội nghị tập huấn, 5 hội thảo và 3 tọa đàm."),
    (
        set(),
        "Đồng chí Trần Văn Hải đề nghị các đơn vị tổ chức tốt Lễ kỷ niệm Ngày truyền thống ngành.",
    ),
    (
        set(),
        (
            "Giai đoạn 2019 - 2024, Sở đã phối hợp tổ chức nhiều hội nghị tập huấn, bồi "
            "dưỡng nghiệp "
            "vụ."
        ),
    ),
    (set(), 'Chương trình "Tuần lễ Pháp luật" là hoạt động thường niên của ngành Tư pháp.'),
    (
        set(),
        (
            "Ông Trần Văn Hải từng giữ chức Giám đốc Sở Tư pháp, từng chủ trì nhiều hội nghị quan "
            "trọng."
        ),
    ),
    (set(), "Kế hoạch tổ chức Hội thi Hòa giải viên giỏi năm 2024 gồm 3 vòng thi."),
    (
        set(),
        (
            "Sở Tư pháp tỉnh Nam Định, được thành lập vào ngày 20/12/1977, là cơ quan chuyên môn "
            "thuộc UBND tỉnh."
        ),
    ),
    (
        set(),
        (
            "Để chuẩn bị cho Hội nghị tổng kết, Sở Tư pháp đề nghị các phòng gửi báo cáo "
            "trước ngày "
            "10/12."
        ),
    ),
    (set(), "Các đơn vị cần tổ chức hội nghị quán triệt Luật sửa đổi trước ngày 30/6/2024."),
    (set(), "Theo kế hoạch, Hội nghị sơ kết 6 tháng sẽ được tổ chức vào trung tuần tháng 7/2024."),
    (set(), "Hội nghị tập huấn định kỳ hằng quý là dịp để các hòa giải viên trao đổi kinh nghiệm."),
    (set(), "Tháng 12 hằng năm, Sở tổ chức hội nghị tổng kết công tác tư pháp."),
    (set(), 'Hội thi "Hòa giải viên giỏi" được tổ chức 2 năm một lần nhằm tôn vinh hòa giải viên.'),
    (
        {("meeting", None)},
        "Sở Tư pháp tỉnh Nam Định tiếp và làm việc với Đoàn công tác của Sở Tư pháp tỉnh Sơn La.",
    ),
    (
        {("meeting", None)},
        (
            "Đoàn công tác Sở Tư pháp tỉnh Sơn La do Phó Giám đốc Lò Văn Bình làm trưởng "
            "đoàn đã đến "
            "thăm và làm việc với Sở Tư pháp tỉnh Nam Định."
        ),
    ),
    (
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác tư pháp năm 2023, triển "
            "khai nhiệm vụ năm 2024."
        ),
    ),
    (
        {("meeting", "2024-03-15")},
        (
            "Chiều ngày 15/3, Giám đốc Sở Tư pháp tỉnh Nam Định tiếp đoàn công tác của Sở Tư pháp "
            "tỉnh Sơn La."
        ),
    ),
]


#: (E1) a founding day recalled, with an activity named before it: (expected facts, text)
FOUNDED: list[tuple[set[_Fact], str]] = [
    (
        set(),
        "Thực hiện Nghị quyết của Đại hội đại biểu toàn quốc lần thứ V (tháng 3/1982), ngày "
        "10/9/1983, Trường Cán bộ Tư pháp chính thức được thành lập thuộc Bộ Tư pháp.",
    ),
    (
        set(),
        "Sau Đại hội Đảng bộ tỉnh lần thứ X, ngày 15/3/2004, Cục Thi hành án dân sự tỉnh được "
        "thành lập.",
    ),
    (
        set(),
        "Sau khi tổ chức Hội nghị hợp nhất, ngày 15/3/2004, Cục Thi hành án dân sự tỉnh được thành "
        "lập.",
    ),
    (set(), "Sau Đại hội thành lập Hội, ngày 02/9/2010, Hội Luật gia huyện chính thức ra đời."),
    (
        {("ceremony", "2024-03-15")},
        "Ngày 15/3/2024, Sở Tư pháp tổ chức Lễ công bố Quyết định thành lập Phòng Công chứng số 3.",
    ),
    (
        {("ceremony", "2024-03-15")},
        "Sáng 15/3/2024, Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm ngày Phòng Công chứng số 1 "
        "được thành lập.",
    ),
]


#: (E1) a sentence that names activities without reporting one held: a duty, a tally, a
#: programme, a negation, a task assigned, a habit, a purpose, a preparation
NOT_HELD: list[str] = [
    (
        "Sở Tư pháp là cơ quan chuyên môn thuộc UBND tỉnh, có nhiệm vụ tổ chức tập huấn "
        "nghiệp vụ cho công chức tư pháp."
    ),
    (
        "Để triển khai có hiệu quả Luật Hòa giải ở cơ sở, Sở đã tham mưu UBND tỉnh ban "
        "hành Kế hoạch số 15/KH-UBND."
    ),
    "Nhiều hội nghị, hội thảo, tọa đàm đã được tổ chức thành công trong năm qua.",
    "Từ đầu năm đến nay, Sở đã tổ chức 5 đợt kiểm tra công tác hộ tịch.",
    "Các hoạt động kỷ niệm bao gồm: Lễ mít tinh, Hội thảo khoa học, Triển lãm ảnh tư liệu.",
    "Ông Trần Văn Hải từng tham dự nhiều hội nghị quốc tế về pháp luật.",
    "Sở Tư pháp chưa tổ chức được hội nghị tập huấn do thiếu kinh phí.",
    "Năm 2025, Sở Tư pháp phấn đấu tổ chức 10 hội nghị tập huấn cho hòa giải viên.",
    (
        "UBND tỉnh giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành tổ chức Lễ kỷ niệm "
        "80 năm Ngày truyền thống ngành Tư pháp."
    ),
    "Sở Tư pháp được giao nhiệm vụ tổ chức Hội thi Hòa giải viên giỏi cấp tỉnh.",
    "Đề nghị Bộ Tư pháp sớm tổ chức tập huấn chuyên sâu về Luật Đất đai năm 2024.",
    "Các đơn vị tổ chức quán triệt nội dung Chỉ thị đến toàn thể cán bộ, công chức.",
    "Theo Ban Tổ chức, Hội thi sẽ diễn ra trong 2 ngày tại Hội trường UBND tỉnh.",
    "Cuộc thi được phát động từ tháng 3/2024 và kéo dài đến hết tháng 9/2024.",
    "Hằng quý, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh họp một lần.",
    "Mục đích của việc tổ chức Hội nghị là nâng cao nhận thức của cán bộ, nhân dân.",
    "Yêu cầu các Chi cục THADS tổ chức hội nghị triển khai nhiệm vụ trước ngày 15/01/2025.",
    "Sở Tư pháp đang khẩn trương chuẩn bị các điều kiện để tổ chức Hội nghị tổng kết.",
    "Sở Tư pháp tỉnh có 6 phòng chuyên môn; hằng tuần, Ban Giám đốc họp giao ban vào sáng thứ Hai.",
    "Dự kiến, Hội nghị sẽ có khoảng 200 đại biểu tham dự.",
    "Việc tổ chức các hội nghị tập huấn góp phần nâng cao chất lượng đội ngũ hòa giải viên.",
    "Trong giai đoạn tới, Sở sẽ tăng cường tổ chức các đợt kiểm tra đột xuất.",
    "Trước đây, Sở thường tổ chức Hội nghị tổng kết vào cuối tháng 12 hằng năm.",
    "Sở Tư pháp có kế hoạch kiểm tra công tác chứng thực tại 10 xã trong quý III.",
    (
        "Giám đốc Sở Tư pháp Trần Văn Hải đã có nhiều năm công tác trong ngành, tham gia "
        "chỉ đạo nhiều hội nghị lớn."
    ),
    "Chuẩn bị cho Lễ kỷ niệm, Sở đã thành lập Ban Tổ chức gồm 9 thành viên.",
]


#: (E1) undated pages reporting a courtesy call, talks or a signing with no other cue
BARE: list[tuple[str, str]] = [
    ("meeting", "Đoàn công tác của Sở Tư pháp tỉnh Sơn La đã chào xã giao lãnh đạo UBND tỉnh."),
    ("meeting", "Bộ trưởng Bộ Tư pháp Lê Văn Minh đã hội đàm với Bộ trưởng Bộ Tư pháp nước bạn."),
    ("meeting", "Thứ trưởng Trần Văn Hải hội kiến Phó Thủ tướng, Bộ trưởng Bộ Tư pháp nước bạn."),
    ("signing", "Cục THADS tỉnh và Công an tỉnh ký Quy chế phối hợp trong công tác thi hành án."),
    (
        "signing",
        "Sở Tư pháp và Hội Luật gia tỉnh đã ký Chương trình phối hợp giai đoạn 2024 - 2029.",
    ),
    ("signing", "Hai bên đã ký Biên bản ghi nhớ về hợp tác trong lĩnh vực pháp luật."),
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"m{i}") for i, s in enumerate(MENTIONED)])
def test_an_activity_only_mentioned_is_no_event(sentence: str) -> None:
    assert _events(_HELD + sentence) == {("training", "2024-06-12")}


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(e, t, id=f"u{i}") for i, (e, t) in enumerate(UNDATED)]
)
def test_undated_pages_report_only_what_was_held(expected: set[_Fact], text: str) -> None:
    assert _events(text, published="2024-06-20") == expected


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(e, t, id=f"f{i}") for i, (e, t) in enumerate(FOUNDED)]
)
def test_a_founding_day_is_no_event(expected: set[_Fact], text: str) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"n{i}") for i, s in enumerate(NOT_HELD)])
def test_an_activity_named_but_not_held_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == set()
    assert _events(_HELD + sentence, published="2024-06-20") == {("training", "2024-06-12")}


@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"b{i}") for i, (k, s) in enumerate(BARE)]
)
def test_an_undated_call_talks_or_signing_is_reported(kind: str, sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == {(kind, None)}


#: (E1) titles of programmes, contests, columns and schemes, and a day of observance, on an
#: undated page: no activity held
TITLES: list[str] = [
    'Cuộc thi viết "Hòa giải viên giỏi" đã nhận được hơn 300 bài dự thi từ các địa phương.',
    (
        'Sở Tư pháp triển khai Chương trình "Hội nghị Diên Hồng về pháp luật" trên sóng '
        "phát thanh tỉnh."
    ),
    (
        'Chuyên mục "Tọa đàm pháp luật" được phát sóng vào tối thứ Sáu hằng tuần trên Đài '
        "Phát thanh tỉnh."
    ),
    'Đề án "Tăng cường kiểm tra, giám sát thi hành pháp luật" được UBND tỉnh phê duyệt năm 2023.',
    'Phong trào thi đua "Cán bộ tư pháp tận tụy" được phát động từ năm 2022.',
    'Các bài dự thi Cuộc thi "Tìm hiểu Luật Hòa giải ở cơ sở" được gửi về Sở Tư pháp.',
    (
        'Bộ Tư pháp ban hành Kế hoạch tổ chức Cuộc thi trực tuyến "Tìm hiểu pháp luật về '
        'phòng, chống tham nhũng".'
    ),
    'Mô hình "Tổ hòa giải kiểu mẫu" đã được nhân rộng ra 50 xã, phường.',
    'Tài liệu "Hỏi đáp pháp luật về hộ tịch" được phát hành tới các xã.',
    'Giải thưởng "Luật gia tiêu biểu" năm 2024 được trao cho 10 cá nhân.',
    "Ngày Pháp luật Việt Nam (9/11) là dịp để tôn vinh Hiến pháp, pháp luật.",
    (
        "Hưởng ứng Ngày Pháp luật Việt Nam năm 2024, Sở Tư pháp đã treo băng rôn, khẩu "
        "hiệu tại trụ sở."
    ),
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"x{i}") for i, s in enumerate(TITLES)])
def test_a_title_or_observance_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == set()


def test_a_quoted_title_after_its_head_noun_is_still_an_event() -> None:
    text = "Vừa qua, Hội Luật gia tỉnh tổ chức Tọa đàm “Vai trò của luật gia trong hòa giải”."
    assert _events(text, published="2024-06-20") == {("conference", None)}
