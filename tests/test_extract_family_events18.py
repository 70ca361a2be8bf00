"""Event families, eighteenth table (rules round 6, families seen on pages at the time they were
unread): (E1) activities only mentioned — plans, standing practices, a period's tally, a founding
day, an activity being prepared — are no events, while an undated working session reported as
held is one; (E2) the kind an activity's head noun gives; (E3) a month-level date (``Cuối tháng 12
năm 2022``, ``Cũng trong tháng này``) and a range's first day, and days of documents, deadlines and
periods that date nothing; and participants: officials attending, presiding or speaking are
placed at the event, nominees and the author are not. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

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
        "tại Hội trường UBND tỉnh, đã diễn ra Lễ trao Quyết định nghỉ hưu cho ông Lê Văn Bình.",
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

_P = (
    "Sáng 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác tư pháp năm 2023. "
)
_D = "2024-06-12"
#: participants of the conference held on _D: (expected names, text after _P)
PARTICIPANTS: list[tuple[set[str], str]] = [
    (
        {"Lê Thị Hoa", "Trần Văn Hải"},
        (
            "Dự và chủ trì Hội nghị có đồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh; bà Lê "
            "Thị Hoa, "
            "Giám đốc Sở Tư pháp."
        ),
    ),
    (
        {"Lê Thị Hoa", "Trần Văn Hải"},
        (
            "Tham dự Hội nghị có ông Trần Văn Hải - Phó Chủ tịch UBND tỉnh và bà Lê Thị Hoa - Giám "
            "đốc Sở Tư pháp."
        ),
    ),
    (
        {"Trần Văn Hải"},
        (
            "Đồng chí Trần Văn Hải, UV BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh dự và phát "
            "biểu chỉ đạo."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Phát biểu khai mạc Hội nghị, bà Lê Thị Hoa, Giám đốc Sở Tư pháp cho biết năm "
            "2023 Sở đã "
            "hoàn thành các nhiệm vụ."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Dịp này, Sở đề nghị khen thưởng "
            "cho ông Phạm Văn Nam, Chánh Văn phòng Sở."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Sở đề nghị UBND tỉnh tặng Bằng "
            "khen cho ông Phạm Văn Nam."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị.\nNguyễn Văn Tâm (Văn phòng Sở)",
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Năm 2020, nguyên Giám đốc Sở Đỗ "
            "Văn Tân đã khởi xướng phong trào này."
        ),
    ),
    (
        {"Phạm Văn Nam", "Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Ông Phạm Văn Nam, Chánh "
            "Văn phòng "
            "Sở trình bày báo cáo tổng kết."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        "Hội nghị do bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì.\nBài viết: Nguyễn Thu Trang.",
    ),
    (
        {"Phạm Văn Nam", "Lê Thị Hoa"},
        (
            "Tại Hội nghị, ông Phạm Văn Nam, Phó Giám đốc Sở đã báo cáo kết quả; bà Lê Thị "
            "Hoa, Giám "
            "đốc Sở kết luận Hội nghị."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Bà nhấn mạnh lời dạy của "
            "Chủ tịch "
            "Hồ Chí Minh về công tác tư pháp."
        ),
    ),
    (
        {"Phạm Văn Nam", "Lê Thị Hoa", "Trần Văn Hải"},
        (
            "Dự Hội nghị có các đồng chí: Trần Văn Hải, Phó Chủ tịch UBND tỉnh; Lê Thị Hoa, "
            "Giám đốc "
            "Sở Tư pháp; Phạm Văn Nam, Phó Giám đốc Sở."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Hội nghị đã biểu quyết đề "
            "nghị Bộ "
            "trưởng tặng Bằng khen cho 02 cá nhân: ông Phạm Văn Nam và bà Đỗ Thị Mai."
        ),
    ),
    (
        {"Phạm Văn Nam", "Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Thừa ủy quyền, ông Phạm Văn Nam, "
            "Phó Giám đốc Sở trao Giấy khen cho các tập thể."
        ),
    ),
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
    ("kind", "sentence"), [pytest.param(k, s, id=f"k{i}") for i, (k, s) in enumerate(KINDS)]
)
def test_the_head_noun_gives_the_kind(kind: str, sentence: str) -> None:
    assert _events("Sáng 12/6/2024, " + sentence) == {(kind, "2024-06-12")}


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
    ("names", "rest"), [pytest.param(n, r, id=f"p{i}") for i, (n, r) in enumerate(PARTICIPANTS)]
)
def test_officials_placed_there_are_participants_nominees_and_authors_not(
    names: set[str], rest: str
) -> None:
    assert _participants(_P + rest) == {(_D, n) for n in names}


#: (E1) a founding day recalled, with an activity named before it: (expected facts, text)
FOUNDED: list[tuple[set[_Fact], str]] = [
    (
        set(),
        "Thực hiện đường lối của Đại hội đại biểu toàn quốc lần thứ IV (tháng 12/1976), ngày "
        "20/12/1977, Tòa soạn Tạp chí Pháp luật chính thức được thành lập thuộc Ủy ban Pháp chế.",
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


@pytest.mark.parametrize(
    ("expected", "text"), [pytest.param(e, t, id=f"f{i}") for i, (e, t) in enumerate(FOUNDED)]
)
def test_a_founding_day_is_no_event(expected: set[_Fact], text: str) -> None:
    assert _events(text) == expected


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

#: (E2) kinds of activities reported with or without a day
KINDS2: list[tuple[str, str]] = [
    # ("không khí" negates nothing)
    (
        "ceremony",
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


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"n{i}") for i, s in enumerate(NOT_HELD)])
def test_an_activity_named_but_not_held_is_no_event(sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == set()
    assert _events(_HELD + sentence, published="2024-06-20") == {("training", "2024-06-12")}


@pytest.mark.parametrize("lead", ["Sáng 12/6/2024, ", "Vừa qua, ", "Mới đây, "])
@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"k{i}") for i, (k, s) in enumerate(KINDS2)]
)
def test_the_kind_holds_with_or_without_a_day(kind: str, sentence: str, lead: str) -> None:
    date = "2024-06-12" if lead[0] == "S" else None
    assert _events(lead + sentence, published="2024-06-20") == {(kind, date)}


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


@pytest.mark.parametrize(
    ("kind", "sentence"), [pytest.param(k, s, id=f"b{i}") for i, (k, s) in enumerate(BARE)]
)
def test_an_undated_call_talks_or_signing_is_reported(kind: str, sentence: str) -> None:
    assert _events(sentence, published="2024-06-20") == {(kind, None)}


_A = (
    "Sáng 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác tư pháp năm 2023. "
)
#: participants when a page names a second event or people in passing: (expected (date,
#: name) pairs, text after _A)
PARTICIPANTS2: list[tuple[set[tuple[str, str]], str]] = [
    (
        {("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Theo chỉ đạo của đồng chí Trần "
            "Văn Hải, Chủ tịch UBND tỉnh, Sở đã hoàn thành kế hoạch."
        ),
    ),
    (
        {("2024-06-12", "Lê Thị Hoa"), ("2024-06-13", "Phạm Văn Nam")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị.\nSáng 13/6/2024, ông Phạm Văn "
            "Nam, Phó Giám đốc Sở dẫn đầu Đoàn kiểm tra công tác hộ tịch tại UBND xã Hải "
            "Bắc."
        ),
    ),
    (
        {("2024-06-12", "Trần Văn Hải"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Chủ trì Hội nghị có đồng chí Trần Văn Hải – TUV, Phó Chủ tịch UBND tỉnh, đồng "
            "chí Lê Thị Hoa – Giám đốc Sở Tư pháp."
        ),
    ),
    (
        {("2024-06-12", "Trần Văn Hải"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Đến dự Hội nghị có đồng chí Trần Văn Hải, Phó Trưởng Ban Nội chính Tỉnh ủy. "
            "Về phía Sở Tư pháp có đồng chí Lê Thị Hoa, Giám đốc Sở."
        ),
    ),
    (
        {("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Hội nghị đã biểu quyết suy tôn "
            "ông Phạm Văn Nam, Chánh Văn phòng Sở đề nghị Bộ trưởng tặng danh hiệu Chiến "
            "sĩ thi đua."
        ),
    ),
    (
        {("2024-06-12", "Lê Thị Hoa")},
        "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị.\nTin, ảnh: Phạm Thu Hà",
    ),
    (
        {("2024-06-12", "Lê Thị Hoa")},
        "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị.\nPhạm Thu Hà - Văn phòng Sở",
    ),
    (
        {("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Năm 2023, Sở được Thủ tướng "
            "Chính phủ tặng Bằng khen theo Quyết định do Phó Thủ tướng Trần Văn Hải ký."
        ),
    ),
    (
        {("2024-06-12", "Phạm Văn Nam"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Thay mặt lãnh đạo UBND tỉnh, ông "
            "Phạm Văn Nam, Phó Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể."
        ),
    ),
    (
        {("2024-06-12", "Phạm Văn Nam"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Phát biểu chỉ đạo tại Hội nghị, "
            "ông Phạm Văn Nam, Phó Chủ tịch UBND tỉnh ghi nhận kết quả."
        ),
    ),
    (
        {("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Hội nghị đề nghị UBND tỉnh tặng "
            "Bằng khen cho bà Đỗ Thị Mai, Trưởng phòng Hành chính tư pháp."
        ),
    ),
]


@pytest.mark.parametrize(
    ("expected", "rest"), [pytest.param(e, r, id=f"q{i}") for i, (e, r) in enumerate(PARTICIPANTS2)]
)
def test_participants_follow_their_event(expected: set[tuple[str, str]], rest: str) -> None:
    assert _participants(_A + rest) == expected
