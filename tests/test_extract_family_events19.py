"""Event families, nineteenth table (rules round 6), (E2) kinds: signing, training and
inspection by their cues, otherwise the head noun (``Hội nghị``/``Hội thảo``/``Tọa đàm`` →
conference, ``Lễ`` → ceremony, a working session, call, talks or visit → meeting, ``Đại hội``, a
contest or an enforcement → other), for an activity with a day, ``Vừa qua`` or ``Mới đây``.
Invented sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: (E2) the kind of an activity held "Sáng 12/6/2024, …"
KINDS: list[tuple[str, str]] = [
    (
        "conference",
        "Sở Tư pháp tỉnh Hà Tĩnh tổ chức Hội nghị sơ kết công tác tư pháp 6 tháng đầu năm.",
    ),
    ("conference", "UBND tỉnh tổ chức hội nghị trực tuyến triển khai Luật Đất đai."),
    ("conference", "Sở Tư pháp phối hợp Hội Luật gia tổ chức Hội thảo góp ý dự thảo Luật sửa đổi."),
    ("conference", "Sở Tư pháp tổ chức Tọa đàm kỷ niệm Ngày Pháp luật Việt Nam."),
    (
        "conference",
        (
            "Cục THADS tỉnh tổ chức Hội nghị tổng kết công tác thi hành án dân sự năm 2023 và trao "
            "Bằng khen cho các tập thể."
        ),
    ),
    (
        "conference",
        "HỘI NGHỊ TRIỂN KHAI NHIỆM VỤ CÔNG TÁC TƯ PHÁP NĂM 2024 đã được tổ chức tại Sở.",
    ),
    ("conference", "Hội đồng phối hợp PBGDPL tỉnh tổ chức Hội nghị giao ban quý II/2024."),
    ("ceremony", "Sở Tư pháp tổ chức Lễ công bố Quyết định bổ nhiệm Phó Giám đốc Sở."),
    (
        "ceremony",
        "Cục THADS tỉnh tổ chức Lễ kỷ niệm 78 năm Ngày truyền thống ngành Thi hành án dân sự.",
    ),
    (
        "ceremony",
        "tại Hội trường UBND tỉnh, đã diễn ra Lễ trao Quyết định nghỉ hưu cho ông Lê Văn Bằng.",
    ),
    (
        "meeting",
        (
            "Đoàn công tác của Bộ Tư pháp do Thứ trưởng Lê Văn Minh làm Trưởng đoàn đã làm "
            "việc với "
            "UBND tỉnh."
        ),
    ),
    ("meeting", "Phó Chủ tịch UBND tỉnh Trần Văn Hải đã có buổi làm việc với Sở Tư pháp."),
    (
        "meeting",
        "Giám đốc Sở Tư pháp Trần Văn Hải đã tiếp Đoàn công tác của Sở Tư pháp tỉnh Quảng Bình.",
    ),
    (
        "meeting",
        (
            "Đoàn công tác của Sở Tư pháp tỉnh Nghệ An đến thăm và làm việc tại Sở Tư pháp tỉnh Hà "
            "Tĩnh."
        ),
    ),
    ("meeting", "Ban Chỉ đạo Cải cách tư pháp tỉnh tổ chức phiên họp thứ 6."),
    (
        "meeting",
        (
            "Đoàn công tác của Cục THADS tỉnh đã có chuyến thăm và làm việc tại Chi cục "
            "THADS huyện "
            "Kỳ Anh."
        ),
    ),
    ("meeting", "Thường trực HĐND tỉnh họp phiên thường kỳ tháng 6."),
    (
        "inspection",
        "Đoàn kiểm tra của Sở Tư pháp đã kiểm tra công tác chứng thực tại UBND xã Cẩm Bình.",
    ),
    (
        "inspection",
        "Ban Pháp chế HĐND tỉnh giám sát công tác thi hành án dân sự tại Cục THADS tỉnh.",
    ),
    (
        "meeting",
        (
            "Đoàn công tác của Bộ Tư pháp làm việc với UBND tỉnh về kết quả kiểm tra công "
            "tác xử lý "
            "vi phạm hành chính."
        ),
    ),
    (
        "training",
        "Sở Tư pháp tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã.",
    ),
    (
        "training",
        "Phòng Tư pháp huyện Kỳ Anh tổ chức lớp bồi dưỡng kiến thức pháp luật cho hòa giải viên.",
    ),
    ("signing", "Sở Tư pháp và Công an tỉnh tổ chức Lễ ký kết Quy chế phối hợp."),
    (
        "signing",
        "Khối thi đua các cơ quan nội chính tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
    ),
    ("other", "Đảng bộ Sở Tư pháp tổ chức Đại hội lần thứ VII, nhiệm kỳ 2024-2029."),
    ("other", "Chi cục THADS huyện Kỳ Anh tổ chức cưỡng chế thi hành án đối với ông Nguyễn Văn T."),
    ("other", "Sở Tư pháp tổ chức Hội thi Hòa giải viên giỏi cấp tỉnh năm 2024."),
    ("other", "Công đoàn Sở Tư pháp tổ chức giải bóng chuyền chào mừng kỷ niệm ngày thành lập."),
    ("conference", "Sở Tư pháp tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính."),
    ("meeting", "Sở Tư pháp tổ chức buổi gặp mặt, làm việc với các tổ chức hành nghề công chứng."),
]


#: (E2) kinds of activities reported with or without a day
KINDS2: list[tuple[str, str]] = [
    # ("không khí" negates nothing)
    (
        "meeting",  # a get-together on an anniversary: the anniversary is only its occasion
        "Sở Tư pháp tổ chức gặp mặt trong không khí ấm cúng kỷ niệm Ngày truyền thống ngành.",
    ),
    (
        "meeting",
        "Đoàn công tác của Sở Tư pháp tỉnh Sơn La đã chào xã giao lãnh đạo UBND tỉnh Nam Định.",
    ),
    (
        "meeting",
        "lãnh đạo Sở Tư pháp tiếp xã giao Đoàn công tác của Bộ Tư pháp Lào.",
    ),
    (
        "meeting",
        "Bộ trưởng Bộ Tư pháp Lê Văn Minh đã hội đàm với Bộ trưởng Bộ Tư pháp Campuchia.",
    ),
    (
        "meeting",
        "Thứ trưởng Bộ Tư pháp Trần Văn Hải đã có buổi tiếp Đại sứ Nhật Bản tại Việt Nam.",
    ),
    (
        "meeting",
        "Đồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh đến thăm, làm việc tại Cục THADS tỉnh.",
    ),
    (
        "meeting",
        "Đoàn công tác Ban Nội chính Tỉnh ủy làm việc với Ban cán sự đảng UBND tỉnh.",
    ),
    (
        "meeting",
        "UBND tỉnh họp nghe báo cáo tình hình thi hành án dân sự.",
    ),
    (
        "meeting",
        "Sở Tư pháp tổ chức cuộc họp lấy ý kiến góp ý dự thảo Nghị quyết của HĐND tỉnh.",
    ),
    (
        "meeting",
        "Sở Tư pháp tổ chức buổi làm việc với Đoàn Luật sư tỉnh về công tác phát triển đảng.",
    ),
    (
        "meeting",
        "Sở Tư pháp tổ chức họp báo thông tin về kết quả công tác tư pháp năm 2024.",
    ),
    (
        "conference",
        "Sở Tư pháp tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
    ),
    (
        "conference",
        "SỞ TƯ PHÁP TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024.",
    ),
    (
        "conference",
        "Cục THADS tỉnh tổ chức Hội nghị trực tuyến tổng kết công tác thi hành án dân sự năm 2024.",
    ),
    (
        "conference",
        "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tổ chức Hội nghị xét khen thưởng năm 2024.",
    ),
    (
        "conference",
        "Sở Tư pháp tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024.",
    ),
    (
        "conference",
        "Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
    ),
    (
        "conference",
        "Sở Tư pháp tổ chức hội thảo khoa học về hoàn thiện thể chế.",
    ),
    (
        "conference",
        "Đảng ủy Sở Tư pháp tổ chức Hội nghị quán triệt, triển khai Nghị quyết Trung ương 10.",
    ),
    (
        "conference",
        "Sở Tư pháp tổ chức Diễn đàn Pháp luật với doanh nghiệp năm 2024.",
    ),
    (
        "conference",
        'Hội Luật gia tỉnh tổ chức Tọa đàm "Vai trò của luật gia trong hòa giải ở cơ sở".',
    ),
    (
        "ceremony",
        "Sở Tư pháp tổ chức Lễ phát động Cuộc thi tìm hiểu pháp luật trực tuyến năm 2024.",
    ),
    (
        "ceremony",
        "Cục THADS tỉnh tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.",
    ),
    (
        "ceremony",
        "Sở Tư pháp tổ chức Lễ trao Quyết định bổ nhiệm Chánh Văn phòng Sở.",
    ),
    (
        "ceremony",
        "Hội Công chứng viên tỉnh tổ chức Lễ ra mắt Ban Chấp hành nhiệm kỳ 2024 - 2029.",
    ),
    (
        "ceremony",
        "Đoàn Thanh niên Sở Tư pháp tổ chức Lễ kết nạp đoàn viên mới.",
    ),
    (
        "ceremony",
        "Sở Tư pháp tổ chức Lễ chào cờ đầu tháng và sinh hoạt chuyên đề.",
    ),
    (
        "ceremony",
        "Công đoàn Sở Tư pháp tổ chức Lễ tuyên dương các cá nhân có thành tích.",
    ),
    (
        "inspection",
        "Đoàn giám sát của Ban Pháp chế HĐND tỉnh làm việc với Sở Tư pháp về công tác hòa giải.",
    ),
    (
        "inspection",
        (
            "Đoàn kiểm tra liên ngành kiểm tra việc thực hiện pháp luật về xử lý vi phạm "
            "hành chính tại huyện Kỳ Anh."
        ),
    ),
    (
        "inspection",
        (
            "Đoàn công tác của Bộ Tư pháp kiểm tra công tác thi hành pháp luật về xử lý vi "
            "phạm hành chính tại tỉnh."
        ),
    ),
    (
        "inspection",
        "Ban Pháp chế HĐND tỉnh tổ chức giám sát chuyên đề về công tác thi hành án dân sự.",
    ),
    (
        "inspection",
        (
            "VKSND huyện trực tiếp kiểm sát việc tuân theo pháp luật trong thi hành án dân "
            "sự tại Chi cục THADS huyện."
        ),
    ),
    (
        "training",
        "Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ công chứng cho công chứng viên.",
    ),
    (
        "training",
        "Sở Tư pháp tổ chức Hội nghị tập huấn trực tuyến chuyên sâu Luật Đất đai.",
    ),
    (
        "training",
        "Sở Tư pháp tổ chức bồi dưỡng kiến thức pháp luật cho đội ngũ báo cáo viên pháp luật.",
    ),
    (
        "signing",
        "Sở Tư pháp và Hội Luật gia tỉnh ký kết Quy chế phối hợp công tác giai đoạn 2024-2029.",
    ),
    (
        "signing",
        "Cục THADS tỉnh và Công an tỉnh ký Quy chế phối hợp trong công tác thi hành án dân sự.",
    ),
    (
        "other",
        "Cục THADS tỉnh tổ chức cưỡng chế giao tài sản cho người trúng đấu giá.",
    ),
    (
        "other",
        "Chi đoàn Sở Tư pháp tổ chức Đại hội nhiệm kỳ 2024 - 2027.",
    ),
    (
        "other",
        "Sở Tư pháp tổ chức Hội thi Báo cáo viên pháp luật giỏi năm 2024.",
    ),
    (
        "other",
        "Sở Tư pháp tổ chức trợ giúp pháp lý lưu động tại xã Cẩm Bình.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"k{i}") for i, (k, s) in enumerate(KINDS)]
)
def test_the_head_noun_gives_the_kind(kind: str, sentence: str) -> None:
    assert _events("Sáng 12/6/2024, " + sentence) == {(kind, "2024-06-12")}


@pytest.mark.parametrize("lead", ["Sáng 12/6/2024, ", "Vừa qua, ", "Mới đây, "])
@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"k{i}") for i, (k, s) in enumerate(KINDS2)]
)
def test_the_kind_holds_with_or_without_a_day(kind: str, sentence: str, lead: str) -> None:
    date = "2024-06-12" if lead[0] == "S" else None
    if date is None and "Hội thi" in sentence and "năm 2024" in sentence:
        date = "2024"  # a contest named by the page's year is held in it (session 15)
    assert _events(lead + sentence, published="2024-06-20") == {(kind, date)}
