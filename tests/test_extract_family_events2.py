"""Event families, second table (rules round 5): the kinds the sector's other activities take
(visits, congratulations, field trainings, elections, mock trials), activities on the same
occasion, days recalled beside a reported one, and date forms of page headers and parentheses
(invented people, bodies' sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

KINDS: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức buổi gặp mặt cán bộ hưu trí nhân kỷ niệm 79 "
            "năm Ngày truyền thống ngành Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác của Sở Tư pháp đến thăm, chúc mừng VKSND tỉnh nhân "
            "kỷ niệm 64 năm Ngày thành lập ngành Kiểm sát nhân dân."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Công đoàn Sở Tư pháp đến thăm và tặng quà các gia đình chính sách "
            "trên địa bàn."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Chi đoàn Sở Tư pháp ra quân hưởng ứng Ngày Chủ nhật xanh.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, TAND huyện Kim Sơn phối hợp tổ chức phiên tòa giả định tại Trường "
            "THPT Kim Sơn."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Phòng Tư pháp huyện tổ chức hướng dẫn nghiệp vụ hộ tịch cho công "
            "chức tư pháp - hộ tịch các xã."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức buổi trao đổi, học tập kinh nghiệm với Sở Tư "
            "pháp tỉnh Thái Bình."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị trực tuyến toàn quốc tập huấn kỹ năng "
            "phổ biến pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tuyên truyền Luật Hòa giải ở cơ sở, "
            "bồi dưỡng nghiệp vụ hòa giải."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Bộ Tư pháp tổ chức họp báo thông tin kết quả công tác 6 tháng đầu năm.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Quốc hội bầu ông Nguyễn Văn An làm Chánh án TAND tối cao.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ ký kết biên bản ghi nhớ hợp tác với Sở Tư "
            "pháp tỉnh Hủa Phăn."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Tân Lập.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Chỉ đạo Cải cách tư pháp tỉnh tổ chức Phiên họp thứ 6 tổng "
            "kết công tác cải cách tư pháp năm 2023."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện họp thẩm định, "
            "đánh giá xã đạt chuẩn."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Phó Chủ tịch UBND tỉnh làm việc với Sở Tư pháp về nhiệm vụ công "
            "tác tư pháp năm 2024."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh Cà Mau và Cục THADS tỉnh Bạc Liêu họp bàn phương "
            "án sắp xếp."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, UBND huyện tổ chức sơ kết 2 năm triển khai thực hiện Đề án xây "
            "dựng xã chuẩn tiếp cận pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Công đoàn Sở Tư pháp tổ chức Hội thao chào mừng kỷ niệm 79 năm "
            "Ngày truyền thống."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Thứ trưởng Nguyễn Văn An làm việc với Ban Tổ chức Hội thi hòa "
            "giải viên giỏi toàn quốc."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hội nghị tổng kết, Sở Tư pháp và Công an tỉnh đã ký kết Quy "
            "chế phối hợp."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp công bố Quyết định thanh tra và tiến hành thanh tra "
            "tại Văn phòng công chứng Hòa Bình."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Pháp chế HĐND tỉnh làm việc với Cục THADS tỉnh về kết quả "
            "công tác 6 tháng đầu năm."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác Bộ Tư pháp kiểm tra công tác thi hành án tại Cục "
            "THADS tỉnh Sơn La."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, UBND tỉnh tổ chức Lễ trao tặng danh hiệu Nghệ nhân ưu tú.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Lễ trao quyết định nghỉ hưu cho ông Nguyễn Văn An.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại trụ sở Sở Tư pháp, Phó Chủ tịch UBND tỉnh trao quyết định bổ "
            "nhiệm Giám đốc Sở Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Chỉ đạo THADS tỉnh tổ chức Hội nghị đánh giá kết quả phối hợp "
            "công tác thi hành án dân sự."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Học viện Tư pháp tổ chức Hội thảo quốc tế về đào tạo nghề luật sư.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Hội nghị tổng kết công tác thi hành án dân sự năm 2023 được tổ "
            "chức tại thành phố Hà Nam."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Ủy ban Kiểm tra Đảng ủy Sở tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị giao ban trực tuyến với Phòng Tư pháp "
            "các huyện."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Giám đốc Sở Tư pháp đã tiếp, làm việc với Đoàn công tác Sở Tư "
            "pháp tỉnh Luông Nậm Thà."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Giám đốc Sở Tư pháp chủ trì cuộc họp giao ban tháng 6.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Bộ trưởng Bộ Tư pháp có buổi tiếp Đại sứ Nhật Bản tại Việt Nam.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Chi cục THADS huyện Kim Bảng đã tổ chức giao tài sản thế chấp cho "
            "người mua trúng đấu giá."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp khai giảng lớp bồi dưỡng nghiệp vụ công chứng.",
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức khóa đào tạo nghiệp vụ cho hòa giải viên.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đảng ủy Sở Tư pháp tổ chức Hội nghị học tập, quán triệt Nghị "
            "quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội thi tìm hiểu pháp luật trong Hội trường lớn.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ trao giải Cuộc thi tìm hiểu pháp luật trực tuyến.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp phối hợp với Đài Phát thanh tỉnh tổ chức Cuộc thi tìm "
            "hiểu Hiến pháp."
        ),
    ),
]


OCCASIONS: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("conference", None)},
        (
            "SỞ TƯ PHÁP TỈNH HÀ NAM TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023\nTham dự Hội "
            "nghị có ông Nguyễn Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Hội nghị tổng kết công tác tư pháp năm 2023 của Sở Tư pháp tỉnh Hà Nam đã diễn ra "
            "thành công tốt đẹp."
        ),
    ),
    (
        None,
        {("conference", None)},
        "Sở Tư pháp tỉnh Hà Nam đã tổ chức thành công Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("training", None)},
        (
            "Được sự nhất trí của UBND tỉnh, Sở Tư pháp đã phối hợp tổ chức lớp tập huấn "
            "nghiệp vụ hòa giải cho hòa giải viên."
        ),
    ),
    (
        None,
        {("training", None)},
        (
            "Nhằm nâng cao kỹ năng cho hòa giải viên, Sở Tư pháp tổ chức Hội nghị tập huấn "
            "nghiệp vụ hòa giải ở cơ sở."
        ),
    ),
    (
        None,
        {("inspection", None)},
        (
            "Thực hiện Kế hoạch kiểm tra năm 2024, Đoàn kiểm tra của Sở Tư pháp đã kiểm tra "
            "công tác tư pháp tại UBND xã Tân Lập."
        ),
    ),
    (
        None,
        {("meeting", None)},
        (
            "Trong chuyến công tác tại tỉnh Hà Nam, Thứ trưởng Nguyễn Văn An đã đến thăm và "
            "làm việc với Cục THADS tỉnh."
        ),
    ),
    (
        None,
        {("ceremony", None)},
        "Sở Tư pháp tỉnh Hà Nam vừa long trọng tổ chức Lễ kỷ niệm 30 năm Ngày thành lập.",
    ),
    (
        None,
        {("other", None)},
        (
            "Trung tâm TGPL nhà nước tỉnh vừa phối hợp với UBND xã Tân Lập tổ chức tuyên "
            "truyền, trợ giúp pháp lý lưu động cho người dân."
        ),
    ),
    (
        None,
        {("conference", None)},
        "Sáng nay, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("conference", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết. Chiều cùng ngày, Sở tổ chức Hội "
            "nghị giao ban."
        ),
    ),
    (
        None,
        {("conference", None), ("meeting", None)},
        (
            "Ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết. Chiều cùng ngày, Đoàn công tác "
            "làm việc với Chi cục THADS huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("training", None)},
        (
            "Vừa qua, tại Hội trường UBND huyện, Phòng Tư pháp huyện Kim Bảng tổ chức Hội nghị "
            "tập huấn nghiệp vụ cho hòa giải viên."
        ),
    ),
    (
        "2024-06-15",
        {("conference", None)},
        (
            "Trong hai ngày vừa qua, Cục THADS tỉnh Nam Định tổ chức Hội nghị sơ kết công tác "
            "6 tháng đầu năm 2024."
        ),
    ),
    (
        "2024-06-15",
        {("conference", None)},
        (
            "Hội nghị tổng kết được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.\nÔng "
            "Nguyễn Văn An - Giám đốc Sở Tư pháp chủ trì Hội nghị."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", None)},
        (
            "Đoàn công tác của Bộ Tư pháp do Thứ trưởng Nguyễn Văn An làm Trưởng đoàn đã có "
            "buổi làm việc với UBND tỉnh Hà Nam."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", None)},
        "Tiếp và làm việc với Đoàn có ông Lê Văn Cường - Phó Chủ tịch UBND tỉnh.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12"), ("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ công bố quyết định bổ nhiệm Phó Giám đốc "
            "Sở. Sau buổi Lễ, Thứ trưởng Nguyễn Văn An đã làm việc với lãnh đạo Sở Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("ceremony", "2024-06-12")},
        (
            "Sáng 12/6/2024, Cục THADS tỉnh Nam Định tổ chức Hội nghị sơ kết công tác 6 tháng "
            "đầu năm. Cũng trong sáng 12/6, Cục tổ chức Lễ công bố quyết định bổ nhiệm Phó Cục "
            "trưởng."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("inspection", "2024-06-13")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Hội nghị sơ kết. Ngày 13/6/2024, Đoàn kiểm "
            "tra của Cục đã kiểm tra tại Chi cục THADS huyện Giao Thủy."
        ),
    ),
]


BESIDE: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Năm 2023, Sở đã tổ chức 25 "
            "cuộc kiểm tra tại các xã."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Trong năm, Sở đã tổ chức 12 "
            "hội nghị tập huấn cho hòa giải viên."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Dự kiến, Hội nghị sơ kết "
            "năm 2024 sẽ được tổ chức vào tháng 12."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Hội nghị lần trước được tổ "
            "chức vào ngày 15/6/2023."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Trước đó, Sở đã ban hành Kế "
            "hoạch số 30/KH-STP ngày 20/5/2024 về tổ chức Hội nghị."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Sở Tư pháp được thành lập "
            "ngày 12/6/1994."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Từ ngày 01/7/2024, Luật Đất "
            "đai năm 2024 có hiệu lực thi hành."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Theo kế hoạch, từ ngày 17/6 "
            "đến 21/6/2024, Đoàn kiểm tra sẽ làm việc tại 5 huyện."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Qua 6 tháng triển khai, Sở "
            "đã tổ chức kiểm tra tại 20 xã, phường."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Ngày 28/8 hằng năm là Ngày "
            "truyền thống ngành Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Sở đề nghị Bộ Tư pháp tổ "
            "chức tập huấn chuyên sâu trong thời gian tới."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Sau Hội nghị, các đơn vị sẽ "
            "tổ chức kiểm tra tại cơ sở."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Hội nghị nhằm đánh giá kết "
            "quả 10 năm thi hành Luật Hòa giải ở cơ sở (2014 - 2024)."
        ),
    ),
    (
        None,
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Hội nghị lần thứ nhất được "
            "tổ chức vào năm 2019 tại tỉnh Ninh Bình."
        ),
    ),
    (
        None,
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Chi cục THADS huyện Kim Bảng tổ chức cưỡng chế thi hành án. Trước "
            "đó, ngày 20/5/2024, Chi cục đã ra Quyết định cưỡng chế số 05/QĐ-CCTHADS."
        ),
    ),
]


DAYS: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("conference", "2024-06-12")},
        "12/6/2024 - Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "(12/6/2024) Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Vào lúc 14h00, ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("training", "2024-06-12")},
        "Trong các ngày từ 12 - 14/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("training", "2024-06-12")},
        "Từ ngày 12/6 - 14/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("training", "2024-06-12")},
        "Từ 12 đến 14/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (None, {("conference", "2024-06-12")}, "Sáng 12.6.2024, Sở Tư pháp tổ chức Hội nghị tổng kết."),
    (
        None,
        {("conference", "2024-06-12")},
        "Trong ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Hà Nam, ngày 12/6/2024 - Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "12/06/2024 08:30\nSáng 12-6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Ngày đăng: 12/06/2024\nSáng 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Sáng ngày 12 tháng 6 năm 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, tại Hội trường Sở, Hội nghị tổng kết công tác năm 2023 đã diễn ra.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Sáng thứ Tư, ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Sáng thứ Tư (12/6/2024), Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024 vừa qua, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024 (thứ Tư), Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (None, {("conference", None)}, "Ngày 12/6 vừa qua, Sở Tư pháp tổ chức Hội nghị tổng kết."),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Ngày 12/6 vừa qua, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Sáng 12/6 (thứ Tư), Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Trong 03 ngày (từ 12/6 đến 14/6), Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Trong 02 ngày 12, 13/6, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Chiều ngày 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Tối 12-6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (
            ("kind", KINDS),
            ("occasion", OCCASIONS),
            ("beside", BESIDE),
            ("day", DAYS),
        )
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
