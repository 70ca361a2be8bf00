"""An invented battery of the ways the justice sector reports (and does not report) events.

Each item: (id, text, published, expected (kind, date) facts, expected (date, person)
participants or ``None`` when the item does not check them). The expected facts are written
from the annotation conventions (``../shared/eval/README.md``): the head noun decides the kind
(``Hội nghị``/``Hội thảo``/``Tọa đàm`` → conference, ``Lễ`` → ceremony, ``làm việc``/``họp``/
``tiếp`` → meeting) unless the event is held to sign (signing), to train (training) or to check
(inspection); a day and month take the year of the page's date (the latest such day not after
it); a range takes its first day; plans, cited events, tallies, quoted wishes, anniversaries and
documents' days are no events. Bodies are real kinds of bodies; people, days and activities
are invented.
"""

from __future__ import annotations

CON, MEET, TRN, INS, SGN, CER, OTH = (
    "conference",
    "meeting",
    "training",
    "inspection",
    "signing",
    "ceremony",
    "other",
)

P = "2024-06-15"
JAN = "2024-01-20"

#: (id, text, published, events, participants or None)
ITEMS: list[tuple[str, str, str | None, set, set | None]] = [
    # --- conferences: tổng kết, sơ kết, triển khai, giao ban, trực tuyến ---------------------
    (
        "conf-tongket-slash",
        "Ngày 10/1/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác tư pháp "
        "năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Khổng Minh Trác, Phó Chủ tịch Ủy ban "
        "nhân dân tỉnh dự và chỉ đạo hội nghị.",
        JAN,
        {(CON, "2024-01-10")},
        {("2024-01-10", "Khổng Minh Trác")},
    ),
    (
        "conf-tongket-dash-noyear",
        "Sáng 9-1, Cục Thi hành án dân sự tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác thi "
        "hành án dân sự năm 2023. Ông Lạc Văn Thuyên, Cục trưởng chủ trì hội nghị.",
        JAN,
        {(CON, "2024-01-09")},
        {("2024-01-09", "Lạc Văn Thuyên")},
    ),
    (
        "conf-dot-noyear",
        "Ngày 12.3, Viện kiểm sát nhân dân tỉnh Hà Nam tổ chức hội nghị sơ kết 5 năm thực hiện "
        "quy chế phối hợp liên ngành.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "conf-dot-year",
        "Ngày 12.3.2024, Tòa án nhân dân tỉnh Ninh Bình tổ chức hội nghị triển khai công tác "
        "năm 2024.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "conf-written-month",
        "Ngày 22 tháng 12 năm 2023, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Yên "
        "Bái tổ chức hội nghị tổng kết năm 2023.",
        JAN,
        {(CON, "2023-12-22")},
        None,
    ),
    (
        "conf-prev-year",
        "Chiều 28/12, Sở Tư pháp tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác năm. Bà Mạc Thị "
        "Huyền Sâm, Giám đốc Sở trình bày báo cáo.",
        "2024-01-05",
        {(CON, "2023-12-28")},
        {("2023-12-28", "Mạc Thị Huyền Sâm")},
    ),
    (
        "conf-giaoban",
        "Sáng 3/6, Bộ Tư pháp tổ chức Hội nghị giao ban công tác tháng 5. Thứ trưởng Âu Đức "
        "Khiêm chủ trì.",
        P,
        {(CON, "2024-06-03")},
        {("2024-06-03", "Âu Đức Khiêm")},
    ),
    (
        "conf-online",
        "Sáng 14/5, Tổng cục Thi hành án dân sự tổ chức hội nghị trực tuyến sơ kết công tác 7 "
        "tháng năm 2024 với 63 điểm cầu Cục Thi hành án dân sự các tỉnh, thành phố.",
        P,
        {(CON, "2024-05-14")},
        None,
    ),
    (
        "conf-online-by",
        "Ngày 20/2/2024, Ủy ban nhân dân tỉnh Bắc Giang tổ chức Hội nghị trực tuyến triển khai "
        "Luật Đất đai đến các huyện, thành phố.",
        P,
        {(CON, "2024-02-20")},
        None,
    ),
    (
        "conf-tructuyen-first",
        "Sáng 5/3, Hội nghị trực tuyến toàn quốc triển khai công tác tư pháp năm 2024 được tổ "
        "chức tại điểm cầu Bộ Tư pháp.",
        P,
        {(CON, "2024-03-05")},
        None,
    ),
    (
        "conf-dien-ra",
        "Ngày 15/1/2024, Hội nghị tổng kết công tác Tòa án năm 2023 đã diễn ra tại Hội trường "
        "Tòa án nhân dân tỉnh Hưng Yên.",
        JAN,
        {(CON, "2024-01-15")},
        None,
    ),
    (
        "conf-weekday",
        "Sáng thứ Hai (15/4), Sở Tư pháp tỉnh Quảng Bình tổ chức hội nghị sơ kết quý I.",
        P,
        {(CON, "2024-04-15")},
        None,
    ),
    (
        "conf-weekday-comma",
        "Chiều thứ Năm, ngày 14/3/2024, Cục Thi hành án dân sự tỉnh Phú Yên tổ chức hội nghị "
        "giao ban công tác quý I.",
        P,
        {(CON, "2024-03-14")},
        None,
    ),
    (
        "conf-vao-ngay",
        "Vào ngày 18/4/2024, Sở Tư pháp tỉnh Kon Tum đã tổ chức Hội nghị triển khai Nghị định "
        "số 55/2024/NĐ-CP.",
        P,
        {(CON, "2024-04-18")},
        None,
    ),
    (
        "conf-late-date",
        "Sở Tư pháp tỉnh Tây Ninh tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm vào sáng "
        "ngày 11/6/2024.",
        P,
        {(CON, "2024-06-11")},
        None,
    ),
    (
        "conf-late-date-noyear",
        "Sở Tư pháp tỉnh Tây Ninh đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm vào ngày "
        "11/6.",
        P,
        {(CON, "2024-06-11")},
        None,
    ),
    (
        "conf-hoithao",
        "Ngày 23/5/2024, Trường Đại học Luật Hà Nội phối hợp với Vụ Pháp luật dân sự - kinh tế "
        "tổ chức Hội thảo khoa học góp ý dự thảo Luật. Tiến sĩ Doãn Thị Lựu trình bày tham "
        "luận.",
        P,
        {(CON, "2024-05-23")},
        {("2024-05-23", "Doãn Thị Lựu")},
    ),
    (
        "conf-toadam",
        "Sáng 26/8, Sở Tư pháp tỉnh Bình Phước tổ chức Tọa đàm kỷ niệm 79 năm Ngày truyền "
        "thống ngành Tư pháp (28/8/1945 - 28/8/2024).",
        "2024-08-27",
        {(CON, "2024-08-26")},
        None,
    ),
    (
        "conf-toadam-online",
        "Ngày 7/5, Báo Pháp luật Việt Nam tổ chức tọa đàm trực tuyến về hòa giải ở cơ sở.",
        P,
        {(CON, "2024-05-07")},
        None,
    ),
    (
        "conf-year-range",
        "Trong hai ngày 10 và 11/4/2024, Tổng cục Thi hành án dân sự tổ chức Hội nghị tổng kết "
        "thi hành án hành chính.",
        P,
        {(CON, "2024-04-10")},
        None,
    ),
    (
        "conf-range-dash",
        "Từ ngày 16-17/5, Sở Tư pháp tỉnh Gia Lai tổ chức hội thảo về đăng ký, quản lý hộ tịch.",
        P,
        {(CON, "2024-05-16")},
        None,
    ),
    (
        "conf-range-den",
        "Từ ngày 3/6 đến ngày 5/6/2024, Bộ Tư pháp tổ chức Hội nghị triển khai công tác bồi "
        "thường nhà nước tại thành phố Đà Nẵng.",
        P,
        {(CON, "2024-06-03")},
        None,
    ),
    (
        "conf-dateline-top",
        "Thứ Ba, 12/03/2024 - 10:15\nSáng 11/3, Sở Tư pháp tỉnh Hà Giang tổ chức Hội nghị triển "
        "khai Luật Hòa giải ở cơ sở.",
        None,
        {(CON, "2024-03-11")},
        None,
    ),
    (
        "conf-dateline-place",
        "Hà Nội, ngày 12/3/2024 - Bộ Tư pháp tổ chức Hội nghị triển khai công tác pháp chế năm "
        "2024.",
        None,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "conf-paren-source",
        "(PLVN) - Ngày 12/3/2024, Bộ Tư pháp tổ chức Hội nghị triển khai công tác văn bản quy "
        "phạm pháp luật năm 2024.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "conf-paren-date-first",
        "(Ngày 12/3/2024) Sở Tư pháp tỉnh Cao Bằng tổ chức Hội nghị sơ kết công tác quý I năm "
        "2024.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "conf-sang-nay",
        "Sáng nay (14/3), tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị triển khai công tác phổ biến, "
        "giáo dục pháp luật.",
        "2024-03-14",
        {(CON, "2024-03-14")},
        None,
    ),
    (
        "conf-ngay-paren",
        "Ngày (14/3), Sở Tư pháp tỉnh Điện Biên tổ chức Hội nghị triển khai nhiệm vụ năm 2024.",
        P,
        {(CON, "2024-03-14")},
        None,
    ),
    (
        "conf-body-paren",
        "Sở Tư pháp tỉnh Lai Châu (ngày 14/3) tổ chức hội nghị triển khai công tác năm 2024.",
        P,
        {(CON, "2024-03-14")},
        None,
    ),
    (
        "conf-hom-qua",
        "Hôm qua (13/3), Cục Thi hành án dân sự tỉnh Sơn La tổ chức hội nghị triển khai công tác.",
        "2024-03-14",
        {(CON, "2024-03-13")},
        None,
    ),
    (
        "conf-khai-mac",
        "Sáng 22/4, Hội nghị tập huấn chuyên sâu nghiệp vụ thi hành án dân sự khai mạc tại "
        "thành phố Hải Phòng.",
        P,
        {(TRN, "2024-04-22")},
        None,
    ),
    (
        "conf-tongket-ck",
        "Ngày 16/1/2024, Chi cục Thi hành án dân sự huyện Gia Lâm tổ chức Hội nghị cán bộ, công "
        "chức năm 2024.",
        JAN,
        {(CON, "2024-01-16")},
        None,
    ),
    (
        "conf-party",
        "Sáng 19/12/2023, Đảng ủy Sở Tư pháp tỉnh Hải Dương tổ chức Hội nghị kiểm điểm, đánh giá "
        "chất lượng tổ chức đảng và đảng viên năm 2023.",
        JAN,
        {(CON, "2023-12-19")},
        None,
    ),
    (
        "conf-lead-colon",
        "Bắc Ninh: Hội nghị triển khai công tác thi hành án dân sự năm 2024\nNgày 8/1, Cục Thi "
        "hành án dân sự tỉnh tổ chức hội nghị triển khai công tác năm 2024.",
        JAN,
        {(CON, "2024-01-08")},
        None,
    ),
    (
        "conf-to-chuc-passive",
        "Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Sở Tư pháp tỉnh Long An được tổ chức "
        "vào ngày 10/6/2024.",
        P,
        {(CON, "2024-06-10")},
        None,
    ),
    (
        "conf-chu-tri",
        "Ngày 5/6/2024, đồng chí Quách Văn Nghị, Giám đốc Sở Tư pháp chủ trì Hội nghị đánh giá "
        "công tác theo dõi thi hành pháp luật.",
        P,
        {(CON, "2024-06-05")},
        {("2024-06-05", "Quách Văn Nghị")},
    ),
    # --- meetings: làm việc, họp, tiếp -------------------------------------------------------
    (
        "meet-lamviec",
        "Chiều 7/5, đồng chí Thạch Minh Đường, Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh làm "
        "việc với Sở Tư pháp về tình hình thực hiện nhiệm vụ.",
        P,
        {(MEET, "2024-05-07")},
        {("2024-05-07", "Thạch Minh Đường")},
    ),
    (
        "meet-buoi",
        "Ngày 21/3/2024, Đoàn công tác của Bộ Tư pháp do Thứ trưởng Kiều Văn Tấn làm Trưởng đoàn "
        "đã có buổi làm việc với Ủy ban nhân dân tỉnh Sóc Trăng.",
        P,
        {(MEET, "2024-03-21")},
        {("2024-03-21", "Kiều Văn Tấn")},
    ),
    (
        "meet-hop",
        "Sáng 2/4, Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng "
        "tỉnh Bạc Liêu họp phiên thường kỳ.",
        P,
        {(MEET, "2024-04-02")},
        None,
    ),
    (
        "meet-cuoc-hop",
        "Ngày 16/5/2024, Ban Chỉ đạo thi hành án dân sự tỉnh Cà Mau tổ chức cuộc họp đánh giá "
        "kết quả công tác 7 tháng.",
        P,
        {(MEET, "2024-05-16")},
        None,
    ),
    (
        "meet-phien-hop",
        "Chiều 29/2, Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh An Giang tổ chức phiên họp "
        "xét khen thưởng.",
        P,
        {(MEET, "2024-02-29")},
        None,
    ),
    (
        "meet-tiep",
        "Sáng 11/4, Bộ trưởng Bộ Tư pháp Âu Thị Ngát tiếp Đoàn đại biểu Bộ Tư pháp Lào.",
        P,
        {(MEET, "2024-04-11")},
        {("2024-04-11", "Âu Thị Ngát")},
    ),
    (
        "meet-tiep-lamviec",
        "Ngày 28/3/2024, Cục trưởng Cục Thi hành án dân sự tỉnh Vĩnh Long Tạ Quang Khiêm tiếp và "
        "làm việc với Đoàn công tác của Tổng cục.",
        P,
        {(MEET, "2024-03-28")},
        {("2024-03-28", "Tạ Quang Khiêm")},
    ),
    (
        "meet-tiep-congdan",
        "Sáng 15/5, Chủ tịch Ủy ban nhân dân huyện Châu Thành Khổng Văn Lượm tiếp công dân định "
        "kỳ tại Trụ sở tiếp công dân huyện.",
        P,
        {(MEET, "2024-05-15")},
        {("2024-05-15", "Khổng Văn Lượm")},
    ),
    (
        "meet-doan-cong-tac",
        "Ngày 6/6/2024, Đoàn công tác của Tổng cục Thi hành án dân sự đã đến làm việc tại Cục "
        "Thi hành án dân sự tỉnh Bến Tre.",
        P,
        {(MEET, "2024-06-06")},
        None,
    ),
    (
        # a visit of care (people looked after, no body worked with) is "other", as the kit's
        # "thăm hỏi", "tặng quà" (rules session 14; "meet-visit-chuc-mung" visits a body)
        "meet-visit-tet",
        "Ngày 2/2/2024, đồng chí Lạc Thị Mơ, Giám đốc Sở Tư pháp đến thăm, chúc Tết các gia "
        "đình chính sách.",
        "2024-02-10",
        {(OTH, "2024-02-02")},
        {("2024-02-02", "Lạc Thị Mơ")},
    ),
    (
        "meet-visit-chuc-mung",
        "Sáng 1/7, lãnh đạo Tòa án nhân dân tỉnh Đồng Tháp đến thăm và chúc mừng Viện kiểm sát "
        "nhân dân tỉnh nhân kỷ niệm Ngày thành lập ngành.",
        "2024-07-02",
        {(MEET, "2024-07-01")},
        None,
    ),
    (
        "meet-lamviec-voi",
        "Sáng 24/4/2024, Đoàn Đại biểu Quốc hội tỉnh Kiên Giang làm việc với Tòa án nhân dân "
        "tỉnh về công tác xét xử.",
        P,
        {(MEET, "2024-04-24")},
        None,
    ),
    (
        "meet-hop-bao",
        "Chiều 9/1, Viện kiểm sát nhân dân tối cao tổ chức họp báo công bố kết quả công tác năm "
        "2023.",
        JAN,
        {(MEET, "2024-01-09")},
        None,
    ),
    (
        "meet-online",
        "Ngày 30/5/2024, Bộ Tư pháp họp trực tuyến với các Sở Tư pháp về công tác đăng ký biện "
        "pháp bảo đảm.",
        P,
        {(MEET, "2024-05-30")},
        None,
    ),
    (
        "meet-tiep-xuc-cu-tri",
        "Sáng 8/6, Tổ đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri xã Tân Phú. Đại biểu Mạc "
        "Văn Sướng báo cáo kết quả kỳ họp.",
        P,
        {(MEET, "2024-06-08")},
        {("2024-06-08", "Mạc Văn Sướng")},
    ),
    (
        "meet-ky-hop",
        "Sáng 10/7/2024, Hội đồng nhân dân tỉnh Hậu Giang khai mạc kỳ họp thứ 18.",
        "2024-07-11",
        {(MEET, "2024-07-10")},
        None,
    ),
    (
        "meet-hoi-dam",
        "Ngày 13/5/2024, Bộ trưởng Bộ Tư pháp hội đàm với Bộ trưởng Bộ Tư pháp Campuchia.",
        P,
        {(MEET, "2024-05-13")},
        None,
    ),
    # --- inspections: kiểm tra, giám sát, thanh tra ------------------------------------------
    (
        "insp-kiemtra",
        "Ngày 16/4/2024, Đoàn kiểm tra của Sở Tư pháp tỉnh Thanh Hóa do ông Doãn Văn Khiết, Phó "
        "Giám đốc Sở làm Trưởng đoàn đã kiểm tra công tác hộ tịch tại Ủy ban nhân dân huyện "
        "Nông Cống.",
        P,
        {(INS, "2024-04-16")},
        {("2024-04-16", "Doãn Văn Khiết")},
    ),
    (
        "insp-lamviec",
        "Chiều 5/6, Đoàn kiểm tra của Tổng cục Thi hành án dân sự làm việc với Cục Thi hành án "
        "dân sự tỉnh Nghệ An.",
        P,
        {(INS, "2024-06-05")},
        None,
    ),
    (
        "insp-giamsat",
        "Sáng 20/5, Đoàn giám sát của Ban Pháp chế Hội đồng nhân dân tỉnh Hà Tĩnh giám sát công "
        "tác thi hành án dân sự tại Chi cục Thi hành án dân sự huyện Kỳ Anh.",
        P,
        {(INS, "2024-05-20")},
        None,
    ),
    (
        "insp-giamsat-lamviec",
        "Ngày 9/5/2024, Đoàn giám sát Ủy ban Tư pháp của Quốc hội làm việc với Tòa án nhân dân "
        "tỉnh Quảng Trị.",
        P,
        {(INS, "2024-05-09")},
        None,
    ),
    (
        "insp-thanhtra",
        "Ngày 2/4/2024, Thanh tra Sở Tư pháp tỉnh Quảng Nam công bố quyết định thanh tra việc "
        "chấp hành pháp luật về công chứng tại Văn phòng công chứng Hội An.",
        P,
        {(INS, "2024-04-02")},
        None,
    ),
    (
        "insp-range",
        "Từ ngày 13 đến ngày 15/5/2024, Đoàn kiểm tra của Bộ Tư pháp kiểm tra công tác bồi "
        "thường nhà nước tại tỉnh Bình Định.",
        P,
        {(INS, "2024-05-13")},
        None,
    ),
    (
        "insp-kiemsat",
        "Ngày 27/3/2024, Viện kiểm sát nhân dân huyện Tuy Phước trực tiếp kiểm sát công tác thi "
        "hành án dân sự tại Chi cục Thi hành án dân sự huyện.",
        P,
        {(INS, "2024-03-27")},
        None,
    ),
    (
        "insp-weekday",
        "Sáng thứ Tư (8/5), đoàn kiểm tra liên ngành của tỉnh đã kiểm tra việc thi hành án tại "
        "huyện Đức Trọng.",
        P,
        {(INS, "2024-05-08")},
        None,
    ),
    (
        "insp-two-stops",
        "Sáng 12/6, Đoàn kiểm tra của Sở Tư pháp đã kiểm tra công tác chứng thực tại Ủy ban nhân "
        "dân xã Tân Hòa. Chiều cùng ngày, Đoàn tiếp tục kiểm tra tại Ủy ban nhân dân xã Tân Lợi.",
        P,
        {(INS, "2024-06-12")},
        None,
    ),
    (
        "insp-khaosat",
        "Ngày 14/6/2024, Đoàn khảo sát của Ủy ban Pháp luật của Quốc hội khảo sát tình hình thi "
        "hành Luật Hộ tịch tại tỉnh Bình Thuận.",
        P,
        {(INS, "2024-06-14")},
        None,
    ),
    # --- signings ---------------------------------------------------------------------------
    (
        "sign-quyche",
        "Ngày 19/3/2024, Sở Tư pháp và Công an tỉnh Ninh Thuận tổ chức ký kết Quy chế phối hợp "
        "trong công tác quản lý nhà nước về lý lịch tư pháp.",
        P,
        {(SGN, "2024-03-19")},
        None,
    ),
    (
        "sign-hoinghi",
        "Sáng 28/2, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024. Đồng chí "
        "Âu Thị Mận, Giám đốc Sở Tư pháp tỉnh Tuyên Quang, Cụm trưởng chủ trì hội nghị.",
        P,
        {(SGN, "2024-02-28")},
        {("2024-02-28", "Âu Thị Mận")},
    ),
    (
        "sign-le",
        "Chiều 4/4/2024, Lễ ký kết Chương trình phối hợp giữa Cục Thi hành án dân sự tỉnh và "
        "Ngân hàng Nông nghiệp chi nhánh tỉnh Thái Nguyên đã diễn ra.",
        P,
        {(SGN, "2024-04-04")},
        None,
    ),
    (
        "sign-ky",
        "Ngày 10/5/2024, Tòa án nhân dân tỉnh và Sở Tư pháp tỉnh Phú Thọ ký Quy chế phối hợp "
        "trong công tác trợ giúp pháp lý.",
        P,
        {(SGN, "2024-05-10")},
        None,
    ),
    (
        "sign-ghi-nho",
        "Ngày 21/5, Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào ký Bản ghi nhớ hợp tác giai đoạn "
        "2024 - 2028.",
        P,
        {(SGN, "2024-05-21")},
        None,
    ),
    # --- ceremonies -------------------------------------------------------------------------
    (
        "cer-congbo",
        "Sáng 2/5, Sở Tư pháp tỉnh Quảng Ngãi tổ chức Lễ công bố quyết định bổ nhiệm Phó Giám "
        "đốc Sở đối với ông Lục Văn Quyết.",
        P,
        {(CER, "2024-05-02")},
        {("2024-05-02", "Lục Văn Quyết")},
    ),
    (
        "cer-congbo-bare",
        "Ngày 15/3/2024, Tổng cục Thi hành án dân sự công bố quyết định bổ nhiệm bà Kiều Thị "
        "Nhạn giữ chức Cục trưởng Cục Thi hành án dân sự tỉnh Đắk Nông.",
        P,
        {(CER, "2024-03-15")},
        {("2024-03-15", "Kiều Thị Nhạn")},
    ),
    (
        "cer-kyniem",
        "Sáng 27/8, Sở Tư pháp tỉnh Hòa Bình tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống ngành "
        "Tư pháp Việt Nam (28/8/1945 - 28/8/2024).",
        "2024-08-28",
        {(CER, "2024-08-27")},
        None,
    ),
    (
        "cer-mittinh",
        "Ngày 19/7/2024, Cục Thi hành án dân sự tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 78 năm Ngày "
        "truyền thống Thi hành án dân sự (19/7/1946 - 19/7/2024).",
        "2024-07-20",
        {(CER, "2024-07-19")},
        None,
    ),
    (
        "cer-trao",
        "Ngày 29/1/2024, tại trụ sở Sở Tư pháp, đồng chí Khổng Văn Tịnh, Phó Chủ tịch Ủy ban "
        "nhân dân tỉnh trao Bằng khen của Thủ tướng Chính phủ cho Sở Tư pháp tỉnh Bắc Kạn.",
        "2024-02-01",
        {(CER, "2024-01-29")},
        {("2024-01-29", "Khổng Văn Tịnh")},
    ),
    (
        "cer-don-nhan",
        "Sáng 25/4, Tòa án nhân dân tỉnh Quảng Ninh long trọng tổ chức Lễ đón nhận Huân chương "
        "Lao động hạng Nhì.",
        P,
        {(CER, "2024-04-25")},
        None,
    ),
    (
        "cer-ra-mat",
        "Chiều 12/6/2024, Ủy ban nhân dân huyện Mỹ Xuyên tổ chức Lễ ra mắt Câu lạc bộ pháp luật "
        "xã Hòa Tú.",
        P,
        {(CER, "2024-06-12")},
        None,
    ),
    (
        "cer-phat-dong",
        "Sáng 8/3, Sở Tư pháp tỉnh Vĩnh Phúc tổ chức Lễ phát động Cuộc thi tìm hiểu pháp luật "
        "trực tuyến năm 2024.",
        P,
        {(CER, "2024-03-08")},
        None,
    ),
    (
        "cer-trao-giai",
        "Ngày 30/5/2024, Ban Tổ chức Cuộc thi tìm hiểu Hiến pháp tổ chức Lễ tổng kết và trao "
        "giải Cuộc thi.",
        P,
        {(CER, "2024-05-30")},
        None,
    ),
    (
        "cer-ngay-phap-luat",
        "Sáng 9/11/2023, Ủy ban nhân dân tỉnh Bình Dương tổ chức Lễ hưởng ứng Ngày Pháp luật "
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
        JAN,
        {(CER, "2023-11-09")},
        None,
    ),
    (
        "cer-trao-quyet-dinh",
        "Ngày 4/6/2024, Giám đốc Sở Tư pháp Quách Thị Lài đã trao quyết định nghỉ hưu cho 2 công "
        "chức của Sở.",
        P,
        {(CER, "2024-06-04")},
        {("2024-06-04", "Quách Thị Lài")},
    ),
    (
        "cer-khanh-thanh",
        "Sáng 18/5, Cục Thi hành án dân sự tỉnh Đồng Nai tổ chức Lễ khánh thành trụ sở làm việc "
        "mới.",
        P,
        {(CER, "2024-05-18")},
        None,
    ),
    (
        "cer-hoinghi-trao",
        "Ngày 11/1/2024, Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu tổ chức Hội nghị tổng kết công tác năm "
        "2023; tại hội nghị, Sở đã trao Giấy khen cho 12 tập thể.",
        JAN,
        {(CON, "2024-01-11")},
        None,
    ),
    # --- trainings --------------------------------------------------------------------------
    (
        "train-taphuan",
        "Ngày 24/4/2024, Sở Tư pháp tỉnh Quảng Trị tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở "
        "cho hơn 200 hòa giải viên.",
        P,
        {(TRN, "2024-04-24")},
        None,
    ),
    (
        "train-hoinghi-taphuan",
        "Sáng 17/5, Phòng Tư pháp huyện Hàm Thuận Bắc tổ chức Hội nghị tập huấn công tác chứng "
        "thực. Ông Thạch Văn Nhẫn, Trưởng phòng Tư pháp trực tiếp truyền đạt.",
        P,
        {(TRN, "2024-05-17")},
        {("2024-05-17", "Thạch Văn Nhẫn")},
    ),
    (
        "train-boiduong",
        "Từ ngày 20 đến 22/3/2024, Cục Thi hành án dân sự tỉnh Khánh Hòa tổ chức lớp bồi dưỡng "
        "nghiệp vụ cho Chấp hành viên.",
        P,
        {(TRN, "2024-03-20")},
        None,
    ),
    (
        "train-khai-giang",
        "Sáng 6/5, Học viện Tư pháp khai giảng lớp đào tạo nghiệp vụ công chứng khóa 28 tại "
        "thành phố Hồ Chí Minh.",
        P,
        {(TRN, "2024-05-06")},
        None,
    ),
    (
        "train-online",
        "Ngày 11/4/2024, Bộ Tư pháp tổ chức Hội nghị tập huấn trực tuyến về Luật Căn cước.",
        P,
        {(TRN, "2024-04-11")},
        None,
    ),
    (
        "train-range-hai-ngay",
        "Trong 2 ngày (15-16/5), Sở Tư pháp tỉnh Đắk Lắk tổ chức tập huấn kỹ năng cho báo cáo "
        "viên pháp luật.",
        P,
        {(TRN, "2024-05-15")},
        None,
    ),
    (
        "train-boi-duong-conf",
        "Ngày 9/4/2024, Sở Tư pháp tỉnh Lâm Đồng tổ chức Hội nghị bồi dưỡng kiến thức pháp luật "
        "cho cán bộ, công chức cấp xã.",
        P,
        {(TRN, "2024-04-09")},
        None,
    ),
    # --- contests, other --------------------------------------------------------------------
    (
        "other-hoithi",
        "Ngày 25/5/2024, Ủy ban nhân dân huyện Tam Nông tổ chức Hội thi hòa giải viên giỏi lần "
        "thứ IV.",
        P,
        {(OTH, "2024-05-25")},
        None,
    ),
    (
        "other-daihoi",
        "Sáng 17/4, Đoàn Luật sư tỉnh Hưng Yên tổ chức Đại hội nhiệm kỳ 2024 - 2029.",
        P,
        {(OTH, "2024-04-17")},
        None,
    ),
    (
        "other-cuongche",
        "Ngày 22/5/2024, Chi cục Thi hành án dân sự thành phố Bảo Lộc tổ chức cưỡng chế giao "
        "nhà đất cho người được thi hành án.",
        P,
        {(OTH, "2024-05-22")},
        None,
    ),
    (
        "other-giai-bong-da",
        "Sáng 16/3, Sở Tư pháp tỉnh Ninh Bình tổ chức giải bóng đá chào mừng kỷ niệm Ngày thành "
        "lập Đoàn Thanh niên.",
        P,
        {(OTH, "2024-03-16")},
        None,
    ),
    # --- two activities on a page -----------------------------------------------------------
    (
        "two-same-day",
        "Sáng 12/3, Bộ trưởng Bộ Tư pháp Doãn Văn Lịch dự Hội nghị triển khai công tác năm 2024 "
        "của Sở Tư pháp tỉnh Nghệ An. Chiều cùng ngày, Bộ trưởng đã làm việc với Ủy ban nhân dân "
        "tỉnh Nghệ An.",
        P,
        {(CON, "2024-03-12"), (MEET, "2024-03-12")},
        {("2024-03-12", "Doãn Văn Lịch")},
    ),
    (
        "two-days",
        "Ngày 4/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn công tác hộ tịch. Tiếp "
        "đó, ngày 6/6/2024, Sở tổ chức Hội thảo về hòa giải thương mại.",
        P,
        {(TRN, "2024-06-04"), (CON, "2024-06-06")},
        None,
    ),
    (
        "two-next-day",
        "Sáng 10/4, Đoàn công tác của Bộ Tư pháp làm việc với Sở Tư pháp tỉnh Cà Mau. Ngày 11/4, "
        "Đoàn kiểm tra công tác hộ tịch tại huyện Năm Căn.",
        P,
        {(MEET, "2024-04-10"), (INS, "2024-04-11")},
        None,
    ),
    # --- not new events: plans --------------------------------------------------------------
    (
        "no-plan-se",
        "Ngày 20/6/2024, Sở Tư pháp tỉnh Nam Định sẽ tổ chức Hội nghị sơ kết công tác 6 tháng.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-theo-ke-hoach",
        "Theo kế hoạch, Hội nghị tập huấn nghiệp vụ hộ tịch sẽ được tổ chức vào ngày 25/6/2024.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-du-kien",
        "Dự kiến, Lễ kỷ niệm 79 năm Ngày truyền thống ngành Tư pháp được tổ chức vào ngày "
        "27/8/2024.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-ban-hanh",
        "Ngày 5/6/2024, Sở Tư pháp tỉnh Thái Bình ban hành Kế hoạch tổ chức tập huấn nghiệp vụ "
        "cho công chức tư pháp - hộ tịch.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-ke-hoach-so",
        "Thực hiện Kế hoạch số 45/KH-STP ngày 12/2/2024 của Sở Tư pháp về kiểm tra công tác "
        "chứng thực, các Phòng Tư pháp tự kiểm tra tại đơn vị.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-toi",
        "Ngày 25/6 tới, Cục Thi hành án dân sự tỉnh sẽ tổ chức hội nghị sơ kết.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-ket-luan",
        "Ủy ban nhân dân tỉnh đề nghị Sở Tư pháp chủ trì tổ chức kiểm tra công tác bồi thường "
        "nhà nước trong quý III năm 2024.",
        P,
        set(),
        None,
    ),
    (
        "no-plan-thoi-gian",
        "Thời gian tổ chức hội thi: dự kiến trong tháng 8/2024.",
        P,
        set(),
        None,
    ),
    # --- not new events: past references and cited documents --------------------------------
    (
        "no-cited-ket-luan",
        "Thực hiện Thông báo kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc "
        "ngày 5/3/2024, Sở Tư pháp đã tham mưu ban hành Kế hoạch.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-quyet-dinh",
        "Căn cứ Quyết định số 123/QĐ-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh về việc kiểm "
        "tra công tác cải cách hành chính, Sở Tư pháp báo cáo kết quả.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-law-effect",
        "Luật Đất đai năm 2024 có hiệu lực thi hành từ ngày 1/8/2024.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-deadline",
        "Các đơn vị gửi báo cáo kết quả kiểm tra về Sở Tư pháp trước ngày 30/6/2024.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-anniversary",
        "Ngày 28/8/1945, Bộ Tư pháp được thành lập theo Sắc lệnh của Chủ tịch Chính phủ lâm thời.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-nghi-quyet",
        "Ngày 16/6/2022, Ban Chấp hành Trung ương ban hành Nghị quyết số 27-NQ/TW về tiếp tục "
        "xây dựng và hoàn thiện Nhà nước pháp quyền.",
        P,
        set(),
        None,
    ),
    (
        "no-cited-term",
        "Ông Doãn Văn Khiết giữ chức Giám đốc Sở Tư pháp từ ngày 1/3/2019 đến ngày 1/3/2024.",
        P,
        set(),
        None,
    ),
    # --- not new events: reports of results and tallies ------------------------------------
    (
        "no-tally-year",
        "Năm 2023, Sở Tư pháp đã tổ chức 25 hội nghị tuyên truyền pháp luật cho hơn 3.000 lượt "
        "người.",
        JAN,
        set(),
        None,
    ),
    (
        "no-tally-6-months",
        "Trong 6 tháng đầu năm 2024, toàn ngành đã tiến hành 120 cuộc kiểm tra và 15 cuộc thanh "
        "tra.",
        P,
        set(),
        None,
    ),
    (
        "no-tally-period",
        "Từ ngày 1/10/2023 đến ngày 31/5/2024, Cục Thi hành án dân sự tỉnh đã thi hành xong 5.200 "
        "việc.",
        P,
        set(),
        None,
    ),
    (
        "no-tally-classes",
        "Từ đầu năm đến nay, Phòng Tư pháp đã phối hợp mở 12 lớp tập huấn cho hòa giải viên.",
        P,
        set(),
        None,
    ),
    (
        "no-field-of-work",
        "Công tác kiểm tra, giám sát được Sở Tư pháp chú trọng, góp phần nâng cao hiệu quả quản "
        "lý nhà nước.",
        P,
        set(),
        None,
    ),
    # --- not new events: quotes and wishes --------------------------------------------------
    (
        "no-quote-kiemtra",
        "“Cần tăng cường kiểm tra, giám sát việc thi hành pháp luật”, ông Quách Văn Nghị nhấn "
        "mạnh.",
        P,
        set(),
        None,
    ),
    (
        "no-quote-hoinghi",
        "Phát biểu chỉ đạo, đồng chí đề nghị Sở Tư pháp thường xuyên tổ chức các hội nghị tập "
        "huấn, bồi dưỡng nghiệp vụ.",
        P,
        set(),
        None,
    ),
    (
        "no-request",
        "Đồng chí Giám đốc yêu cầu các phòng chuyên môn tổ chức kiểm tra định kỳ và đột xuất.",
        P,
        set(),
        None,
    ),
    # --- date forms: glued, "từ" spans, stamps, labelled and clock lines ---------------------
    (
        "date-glued-ngay",
        "Ngày12/3, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị sơ kết công tác quý I.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "date-glued-sang",
        "Sáng12/3, Cục Thi hành án dân sự tỉnh Hà Nam tổ chức hội nghị giao ban.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "date-tu-span-spaced",
        "Từ 12 - 14/3, Sở Tư pháp tỉnh Hà Nam tổ chức lớp tập huấn nghiệp vụ hộ tịch.",
        P,
        {(TRN, "2024-03-12")},
        None,
    ),
    (
        "date-tu-span-year",
        "Từ 20-22/5/2024, Trường Trung cấp Luật tổ chức lớp bồi dưỡng nghiệp vụ hòa giải.",
        P,
        {(TRN, "2024-05-20")},
        None,
    ),
    (
        "date-paren-sang-ngay",
        "(Sáng ngày 12/3/2024) Cục Thi hành án dân sự tỉnh Hà Nam tổ chức Lễ công bố quyết định "
        "bổ nhiệm Phó Cục trưởng.",
        P,
        {(CER, "2024-03-12")},
        None,
    ),
    (
        "date-time-first",
        "Vào lúc 8 giờ 00 phút ngày 12/6/2024, Chi cục Thi hành án dân sự huyện Yên Mỹ tổ chức "
        "cưỡng chế kê biên quyền sử dụng đất.",
        P,
        {(OTH, "2024-06-12")},
        None,
    ),
    (
        "date-weekday-after",
        "Ngày 12/3/2024 (thứ Ba), Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị sơ kết.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "date-vua-qua-then-day",
        "Vừa qua, ngày 12/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội thảo về hòa giải thương mại.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "date-month-end",
        "Cuối tháng 3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn cho công chức tư pháp "
        "- hộ tịch.",
        P,
        {(TRN, "2024-03")},
        None,
    ),
    (
        "page-stamp-paren-headline",
        "Sở Tư pháp tổ chức hội nghị sơ kết (14/06/2024)\nSáng 12/6, Sở Tư pháp tỉnh Hà Nam tổ "
        "chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
        None,
        {(CON, "2024-06-12")},
        None,
    ),
    (
        "page-stamp-paren-clock",
        "Sở Tư pháp tổ chức hội nghị sơ kết (14/06/2024 08:30)\nSáng 12/6, Sở Tư pháp tỉnh Hà Nam "
        "tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
        None,
        {(CON, "2024-06-12")},
        None,
    ),
    (
        "page-stamp-before-headline",
        "14/06/2024 - Sở Tư pháp tổ chức hội nghị sơ kết\nSáng 12/6, Sở Tư pháp tỉnh Hà Nam tổ "
        "chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
        None,
        {(CON, "2024-06-12")},
        None,
    ),
    (
        "page-stamp-bar-headline",
        "14/06/2024 | Cục Thi hành án dân sự tập huấn nghiệp vụ\nSáng 12/6, Cục Thi hành án dân sự "
        "tỉnh Hà Nam tổ chức tập huấn nghiệp vụ cho Chấp hành viên.",
        None,
        {(TRN, "2024-06-12")},
        None,
    ),
    (
        "page-headline-period-paren",
        "Ngày thứ hai của Hội nghị triển khai công tác tư pháp (10 - 11/01/2024)\n11/01/2024\n"
        "Ngày 10/1/2024, Bộ Tư pháp khai mạc Hội nghị triển khai công tác tư pháp năm 2024.",
        None,
        {(CON, "2024-01-10")},
        None,
    ),
    (
        "page-labelled-words",
        "Sở Tư pháp tổ chức tọa đàm\nĐăng ngày 14 tháng 3 năm 2024\nSáng 13/3, Sở Tư pháp tỉnh "
        "Hà Nam tổ chức tọa đàm về hòa giải thương mại.",
        None,
        {(CON, "2024-03-13")},
        None,
    ),
    (
        "page-labelled-words-comma",
        "Sở Tư pháp tổ chức tọa đàm\nNgày đăng: 14 tháng 3, 2024\nSáng 13/3, Sở Tư pháp tỉnh Hà "
        "Nam tổ chức tọa đàm về hòa giải thương mại.",
        None,
        {(CON, "2024-03-13")},
        None,
    ),
    (
        "page-labelled-numeric",
        "Sở Tư pháp tổ chức hội nghị tập huấn\nNgày đăng: 12/04/2024\nSáng 10/4, Sở Tư pháp tỉnh "
        "Hà Nam tổ chức hội nghị tập huấn nghiệp vụ hộ tịch.",
        None,
        {(TRN, "2024-04-10")},
        None,
    ),
    (
        "page-clock-then-dateline",
        "Hôm nay: Thứ Hai, 06/12/2026\nTrang chủ | Tin tức | Văn bản\nSở Tư pháp tổ chức hội nghị "
        "sơ kết\nCập nhật: 14/06/2024\nSáng 12/6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị sơ kết "
        "công tác 6 tháng đầu năm.",
        None,
        {(CON, "2024-06-12")},
        None,
    ),
    (
        "page-clock-only",
        "Hôm nay: Thứ Hai, 06/12/2026\nSở Tư pháp tổ chức hội nghị sơ kết\nSáng 12/6, Sở Tư pháp "
        "tỉnh Hà Nam tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "page-weekday-words-clock",
        "Thứ Năm, ngày 14 tháng 3 năm 2024\nSáng 13/3, Bộ Tư pháp tổ chức tọa đàm về hòa giải "
        "thương mại.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "page-no-dateline",
        "Sáng 13/3, Bộ Tư pháp tổ chức tọa đàm về hòa giải thương mại.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "page-dateline-footer",
        "Sở Tư pháp tổ chức hội nghị sơ kết\nSáng 12/6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị sơ "
        "kết công tác 6 tháng đầu năm.\nNgày đăng: 14/06/2024 | Lượt xem: 125",
        None,
        {(CON, "2024-06-12")},
        None,
    ),
    # --- fields of work listed: no activity held ---------------------------------------------
    (
        "no-field-list-two",
        "Công tác thanh tra, kiểm tra được tăng cường.",
        P,
        set(),
        None,
    ),
    (
        "no-field-list-three",
        "Năm qua, công tác thanh tra, kiểm tra, giám sát được tăng cường.",
        P,
        set(),
        None,
    ),
    (
        "no-field-list-requested",
        "Lãnh đạo Sở đề nghị các phòng tăng cường công tác kiểm tra, giám sát.",
        P,
        set(),
        None,
    ),
    (
        "no-field-list-and",
        "Công tác kiểm tra và giám sát việc thi hành pháp luật được quan tâm thực hiện.",
        P,
        set(),
        None,
    ),
    (
        "field-list-then-held",
        "Ngày 5/6/2024, Đoàn kiểm tra đã kiểm tra công tác hộ tịch, chứng thực tại xã Tân Phú.",
        P,
        {(INS, "2024-06-05")},
        None,
    ),
    # --- undated reports in an excerpt (no page date) ----------------------------------------
    (
        "undated-vua-qua",
        "Vừa qua, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "undated-at-named",
        "Phát biểu tại hội nghị, đồng chí Khổng Minh Trác, Phó Chủ tịch Ủy ban nhân dân tỉnh ghi "
        "nhận kết quả đạt được.",
        None,
        {(CON, None)},
        {(None, "Khổng Minh Trác")},
    ),
    (
        "undated-closing-session",
        "Phát biểu kết luận buổi làm việc, Thứ trưởng Kiều Văn Tấn đánh giá cao kết quả của Sở.",
        None,
        {(MEET, None)},
        {(None, "Kiều Văn Tấn")},
    ),
    (
        "undated-attending-le",
        "Tham dự Lễ có đồng chí Lạc Văn Thuyên, Cục trưởng Cục Thi hành án dân sự tỉnh.",
        None,
        {(CER, None)},
        {(None, "Lạc Văn Thuyên")},
    ),
    (
        "undated-team-check",
        "Đoàn giám sát của Hội đồng nhân dân tỉnh đã giám sát việc thực hiện công tác thi hành án "
        "dân sự tại Cục Thi hành án dân sự tỉnh.",
        None,
        {(INS, None)},
        None,
    ),
    (
        "no-undated-recurring",
        "Hằng năm, Sở Tư pháp đều tổ chức hội nghị tập huấn cho hòa giải viên.",
        None,
        set(),
        None,
    ),
    (
        "no-undated-assigned",
        "Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì tổ chức Hội nghị tổng kết 10 năm thi hành "
        "Luật Hòa giải ở cơ sở.",
        None,
        set(),
        None,
    ),
    (
        "no-undated-purpose",
        "Hội nghị là dịp để các đơn vị trao đổi kinh nghiệm, tháo gỡ khó khăn.",
        None,
        set(),
        None,
    ),
    # --- contests reported by their prizes or run, without a day -----------------------------
    (
        "contest-won-at",
        "Vượt qua 15 đội thi, đội Phòng Tư pháp huyện Kim Sơn giành giải Nhất tại Hội thi hòa "
        "giải viên giỏi cấp tỉnh.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "contest-won-bare",
        "Đội thi của Sở Tư pháp đã đạt giải Ba Hội thi Hòa giải viên giỏi toàn quốc lần thứ IV.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "contest-at",
        "Tại Hội thi, đội Phòng Tư pháp huyện Kim Sơn đã xuất sắc thực hiện 4 phần thi gồm giới "
        "thiệu, lý thuyết, xử lý tình huống và tiểu phẩm.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "no-contest-campaign",
        "Cuộc thi tìm hiểu pháp luật trực tuyến năm 2024 thu hút hơn 20.000 lượt người tham gia.",
        None,
        set(),
        None,
    ),
    (
        "contest-entrants",
        "Cuộc thi “Kỹ năng xử lý tình huống” có sự tham gia của 45 thí sinh đến từ các đơn vị.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "contest-football",
        "Giải bóng đá ngành Tư pháp năm 2024 có 8 đội tham gia, diễn ra trong 3 ngày.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "contest-closed",
        "Hội thao ngành Tư pháp đã khép lại với nhiều thành tích ấn tượng.",
        None,
        {(OTH, None)},
        None,
    ),
    (
        "no-contest-called",
        "Sở Tư pháp đề nghị các cơ quan, đơn vị tích cực hưởng ứng tham gia Cuộc thi.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-will",
        "Cuộc thi sẽ thu hút đông đảo người dân tham gia.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-tally",
        "Năm 2023, Sở Tư pháp đã tổ chức 3 cuộc thi tìm hiểu pháp luật, thu hút hơn 50.000 lượt "
        "người tham gia.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-career",
        "Ông Lạc Văn Thuyên từng giành giải Nhất Hội thi Thẩm phán giỏi năm 2015.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-recurring",
        "Hằng năm, Cuộc thi thu hút hàng nghìn người tham gia.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-planned",
        "Theo Kế hoạch, Cuộc thi có sự tham gia của các đội đến từ 10 huyện.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-aim",
        "Đội tuyển của Sở sẽ phấn đấu giành giải cao tại Hội thi.",
        None,
        set(),
        None,
    ),
    (
        "no-contest-aim-without-future-word",
        "Sở Tư pháp tỉnh Hà Nam đặt mục tiêu giành giải cao tại Hội thi hòa giải viên giỏi toàn "
        "quốc.",
        None,
        set(),
        None,
    ),
    # --- a draft is not "dự" (attend); an invitation received is not the event --------------
    (
        "no-draft-posted",
        "Ngày 12/3/2024, Sở Tư pháp đăng tải dự thảo Nghị quyết để lấy ý kiến.",
        P,
        set(),
        None,
    ),
    (
        "no-project-approved",
        "Ngày 12/3/2024, Ủy ban nhân dân tỉnh phê duyệt dự án xây dựng trụ sở Sở Tư pháp.",
        P,
        set(),
        None,
    ),
    (
        "no-estimate-sent",
        "Ngày 12/3/2024, Sở Tư pháp gửi dự toán kinh phí năm 2024 về Sở Tài chính.",
        P,
        set(),
        None,
    ),
    (
        "no-invitation-received",
        "Ngày 12/3/2024, Sở Tư pháp nhận được Giấy mời của Bộ Tư pháp dự Hội nghị tập huấn.",
        P,
        set(),
        None,
    ),
    (
        "no-invitation-undated",
        "Sở Tư pháp vừa nhận được thư mời tham dự Hội thảo quốc tế về hòa giải.",
        P,
        set(),
        None,
    ),
    (
        "invitation-attended",
        "Thực hiện Giấy mời của Bộ Tư pháp, ngày 12/3/2024, Sở Tư pháp đã cử đại diện dự Hội nghị "
        "tập huấn.",
        P,
        {(TRN, "2024-03-12")},
        None,
    ),
    (
        "draft-at-conference",
        "Ngày 12/3/2024, Sở Tư pháp tổ chức Hội nghị lấy ý kiến vào dự thảo Luật.",
        P,
        {(CON, "2024-03-12")},
        None,
    ),
    (
        "attended-conference",
        "Ngày 12/3/2024, Sở Tư pháp dự Hội nghị tập huấn do Bộ Tư pháp tổ chức.",
        P,
        {(TRN, "2024-03-12")},
        None,
    ),
    # --- an excerpt whose sentence has the event's head noun as subject ---------------------
    (
        "head-subject-days",
        "Qua 2 ngày làm việc, Hội nghị đã hoàn thành chương trình đề ra.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "head-subject-papers",
        "Hội thảo đã nhận được 25 tham luận của các nhà khoa học, luật gia.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "head-subject-linked",
        "Hội nghị được kết nối trực tuyến từ điểm cầu Bộ Tư pháp đến 63 điểm cầu địa phương.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "head-subject-drew",
        "Tọa đàm thu hút sự tham gia của đông đảo luật gia, luật sư trên địa bàn tỉnh.",
        None,
        {(CON, None)},
        None,
    ),
    (
        "no-head-subject-will",
        "Hội nghị sẽ được kết nối trực tuyến đến 63 điểm cầu cấp huyện.",
        None,
        set(),
        None,
    ),
    # --- more day forms: mùng/mồng, a list of days, a spaced dash, a leading year -----------
    (
        "date-mung",
        "Ngày mùng 5/6, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị sơ kết công tác.",
        P,
        {(CON, "2024-06-05")},
        None,
    ),
    (
        "date-mong-dash",
        "Sáng mồng 5-6, Cục Thi hành án dân sự tỉnh Hà Nam tổ chức hội nghị giao ban.",
        P,
        {(CON, "2024-06-05")},
        None,
    ),
    (
        "date-day-list",
        "Trong các ngày 5, 6 và 7/6, Sở Tư pháp tỉnh Hà Nam tổ chức lớp bồi dưỡng nghiệp vụ.",
        P,
        {(TRN, "2024-06-05")},
        None,
    ),
    (
        "date-day-list-year",
        "Các ngày 5, 6, 7 và 8/6/2024, Học viện Tư pháp tổ chức lớp bồi dưỡng kỹ năng.",
        P,
        {(TRN, "2024-06-05")},
        None,
    ),
    (
        "date-spaced-dash",
        "Sáng 10 - 6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị sơ kết công tác.",
        P,
        {(CON, "2024-06-10")},
        None,
    ),
    (
        "year-leading",
        "Năm 2023, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa giải "
        "ở cơ sở.",
        P,
        {(CON, "2023")},
        None,
    ),
    (
        "no-year-leading-tally",
        "Năm 2023, Sở Tư pháp đã tổ chức 15 hội nghị tuyên truyền pháp luật.",
        P,
        set(),
        None,
    ),
    (
        "no-numbers-listed",
        "Tổ 3, 4 và 5/6 của thôn Tân Phú đã hoàn thành việc rà soát.",
        P,
        set(),
        None,
    ),
    # --- a document's title over an undated page -------------------------------------------
    (
        "no-doc-title-plan",
        "Kế hoạch tổ chức Hội nghị tổng kết công tác năm 2024\nĐể tổ chức thành công Hội nghị, Sở "
        "Tư pháp ban hành Kế hoạch.",
        None,
        set(),
        None,
    ),
    (
        "no-doc-title-notice",
        "Thông báo số 12/TB-STP về việc tổ chức Hội thi hòa giải viên giỏi năm 2024\nSở Tư pháp "
        "thông báo đến các đơn vị, địa phương.",
        None,
        set(),
        None,
    ),
    (
        "headline-caps-attended",
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC TƯ PHÁP NĂM 2023\nTham dự có đồng chí Khổng Minh Trác, Phó Chủ "
        "tịch Ủy ban nhân dân tỉnh.",
        None,
        {(CON, None)},
        {(None, "Khổng Minh Trác")},
    ),
    (
        "headline-signing",
        "Ký kết quy chế phối hợp giữa Sở Tư pháp và Công an tỉnh\nQuy chế gồm 4 chương, 15 điều "
        "quy định nguyên tắc, nội dung phối hợp.",
        None,
        {(SGN, None)},
        None,
    ),
    # --- a working session's conclusions cited; someone to attend later; someone mourned -----
    (
        "no-cited-conclusions",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Thực hiện Kết luận của đồng chí "
        "Khổng Minh Trác, Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc ngày 5/3/2024, Sở đã "
        "tham mưu ban hành nhiều văn bản.",
        P,
        {(CON, "2024-06-12")},
        set(),
    ),
    (
        "no-cited-directions-undated",
        "Theo ý kiến chỉ đạo của Bộ trưởng tại Hội nghị trực tuyến ngày 5/3/2024, các đơn vị đã "
        "rà soát văn bản.",
        P,
        set(),
        None,
    ),
    (
        "cited-conclusions-then-held",
        "Thực hiện Kết luận tại buổi làm việc, ngày 5/6/2024, Sở Tư pháp tổ chức kiểm tra tại "
        "huyện Kim Bảng.",
        P,
        {(INS, "2024-06-05")},
        None,
    ),
    (
        "directions-then-held-undated",
        "Thực hiện chỉ đạo của Bộ Tư pháp, Sở Tư pháp đã tổ chức Hội nghị tập huấn tại Hội trường, "
        "thu hút 200 đại biểu.",
        None,
        {(TRN, None)},
        None,
    ),
    (
        "participant-will-attend-later",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Dự kiến, đồng chí Khổng Minh Trác, "
        "Phó Chủ tịch Ủy ban nhân dân tỉnh sẽ dự và chỉ đạo Hội nghị tổng kết.",
        P,
        {(CON, "2024-06-12")},
        set(),
    ),
    (
        "participant-attends",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Khổng Minh Trác, Phó Chủ "
        "tịch Ủy ban nhân dân tỉnh dự và chỉ đạo hội nghị.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Khổng Minh Trác")},
    ),
    (
        "participant-mourned",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Hội nghị đã dành một phút mặc niệm "
        "tưởng nhớ đồng chí Mạc Văn Sướng, nguyên Giám đốc Sở.",
        P,
        {(CON, "2024-06-12")},
        set(),
    ),
    # --- a later day of the same activity; the rest of the day -------------------------------
    (
        "continued-next-day",
        "Ngày 12/6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn. Ngày 13/6, lớp tập huấn "
        "tiếp tục với chuyên đề hòa giải ở cơ sở.",
        P,
        {(TRN, "2024-06-12")},
        None,
    ),
    (
        "closed-later-day",
        "Ngày 12/6, Sở Tư pháp tỉnh Hà Nam khai mạc Hội thi hòa giải viên giỏi. Ngày 14/6, Hội "
        "thi bế mạc và trao giải.",
        P,
        {(OTH, "2024-06-12")},
        None,
    ),
    (
        "closed-another-activity",
        "Ngày 12/6, Đoàn kiểm tra của Sở Tư pháp tỉnh Hà Nam kiểm tra công tác hộ tịch tại huyện "
        "Kim Bảng. Ngày 14/6, Hội thi hòa giải viên giỏi tỉnh Hà Nam bế mạc và trao giải.",
        P,
        {(INS, "2024-06-12"), (OTH, "2024-06-14")},
        None,
    ),
    (
        "second-day-named-by-nothing",
        "Ngày 12/6, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn. Ngày 13/6, bước sang ngày "
        "làm việc thứ hai, học viên thảo luận về Luật Hòa giải ở cơ sở.",
        P,
        {(TRN, "2024-06-12")},
        None,
    ),
    (
        "check-continued",
        "Ngày 10/6, Đoàn kiểm tra của Sở Tư pháp làm việc tại huyện Kim Bảng. Ngày 11/6, Đoàn "
        "tiếp tục kiểm tra tại huyện Thanh Liêm.",
        P,
        {(INS, "2024-06-10")},
        None,
    ),
    (
        "held-again-later",
        "Ngày 10/6, Sở Tư pháp tổ chức Hội nghị tập huấn. Ngày 12/6, Sở tiếp tục tổ chức Hội "
        "nghị tập huấn tại huyện Kim Bảng.",
        P,
        {(TRN, "2024-06-10"), (TRN, "2024-06-12")},
        None,
    ),
    (
        "programme-continued-other-kind",
        "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị sơ kết công tác. Tiếp tục chương "
        "trình kiểm tra, ngày 14/6/2024, Đoàn kiểm tra của Sở đã kiểm tra công tác hộ tịch tại Ủy "
        "ban nhân dân huyện Kim Bảng.",
        P,
        {(CON, "2024-06-12"), (INS, "2024-06-14")},
        None,
    ),
    (
        "afternoon-session",
        "Sáng 12/6, Bộ Tư pháp tổ chức Hội nghị sơ kết tại tỉnh Hà Nam. Buổi chiều, Bộ trưởng làm "
        "việc với Cục Thi hành án dân sự tỉnh.",
        P,
        {(CON, "2024-06-12"), (MEET, "2024-06-12")},
        None,
    ),
    # --- who is not at the event: a footer's editor, someone advised, a document's signer -----
    (
        "participant-footer-editor",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Lạc Văn Thuyên, Giám đốc Sở "
        "chủ trì.\nTrưởng ban biên tập: Khổng Văn Tịnh - Giám đốc Sở Tư pháp\nĐịa chỉ: Số 10, "
        "đường Lê Lợi",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    (
        "participant-advised-signer",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Lạc Văn Thuyên, Giám đốc Sở "
        "chủ trì. Sở Tư pháp đã tham mưu cho đồng chí Khổng Minh Trác, Chủ tịch Ủy ban nhân dân "
        "tỉnh ký ban hành 5 quyết định.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    (
        "participant-presents-report",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Báo cáo trình bày tại hội nghị do ông "
        "Lạc Văn Thuyên, Phó Giám đốc Sở trình bày.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    (
        "participant-signers",
        "Ngày 12/6/2024, Sở Tư pháp và Công an tỉnh ký kết Quy chế phối hợp. Đồng chí Lạc Văn "
        "Thuyên, Giám đốc Sở và đồng chí Khổng Minh Trác, Giám đốc Công an tỉnh ký kết Quy chế.",
        P,
        {(SGN, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên"), ("2024-06-12", "Khổng Minh Trác")},
    ),
    (
        "participant-signs-at-the-signing",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức lễ ký kết quy chế phối hợp với Công an tỉnh. Tại buổi "
        "lễ, đồng chí Lạc Văn Thuyên, Giám đốc Sở và đồng chí Khổng Minh Trác, Giám đốc Công an "
        "tỉnh đã ký văn bản thỏa thuận hợp tác.",
        P,
        {(SGN, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên"), ("2024-06-12", "Khổng Minh Trác")},
    ),
    (
        "participant-presides-then-signs",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Lạc Văn Thuyên, Giám đốc Sở "
        "chủ trì hội nghị, sau đó ký ban hành kế hoạch năm 2024.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    (
        "participant-says-the-body-will",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Lạc Văn Thuyên, Giám đốc Sở "
        "khẳng định Sở sẽ làm việc với các huyện để tháo gỡ vướng mắc.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    (
        "participant-asks-others-to-exchange",
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Phát biểu tại hội nghị, đồng chí Lạc "
        "Văn Thuyên, Giám đốc Sở mong các phòng sẽ trao đổi thường xuyên.",
        P,
        {(CON, "2024-06-12")},
        {("2024-06-12", "Lạc Văn Thuyên")},
    ),
    # --- a caption that shows the activity ---------------------------------------------------
    (
        "caption-quang-canh-le",
        "Quang cảnh buổi lễ.\nĐồng chí Lạc Văn Thuyên, Giám đốc Sở Tư pháp trao Giấy khen cho các "
        "tập thể.",
        None,
        {(CER, None)},
        None,
    ),
    (
        "caption-quang-canh-hoi-nghi",
        "Quang cảnh Hội nghị.\nHội nghị đã thảo luận về những khó khăn, vướng mắc.",
        None,
        {(CON, None)},
        None,
    ),
    # --- whole pages: a date line, a lead, tallies, a speech, a handover ---------------------
    (
        "page-summary-conference",
        "Sở Tư pháp tỉnh Hà Nam triển khai nhiệm vụ năm 2024\n\n15/01/2024\n\nSáng 12/01, Sở Tư "
        "pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác tư pháp năm 2023, triển khai nhiệm "
        "vụ năm 2024. Đồng chí Khổng Minh Trác, Phó Chủ tịch Ủy ban nhân dân tỉnh dự và chỉ đạo "
        "hội nghị.\n\nNăm 2023, Sở Tư pháp đã tham mưu Ủy ban nhân dân tỉnh ban hành 25 văn bản "
        "quy phạm pháp luật; tổ chức 45 hội nghị phổ biến pháp luật cho hơn 6.000 lượt người; "
        "kiểm tra công tác hộ tịch tại 20 xã. Công tác thanh tra, kiểm tra được tăng cường.\n\n"
        "Phát biểu tại hội nghị, đồng chí Khổng Minh Trác đề nghị Sở Tư pháp tiếp tục tham mưu tổ "
        "chức tốt các hội nghị tập huấn, kiểm tra công tác hộ tịch trong năm 2024.\n\nDịp này, Sở "
        "Tư pháp trao Giấy khen cho 10 tập thể và 15 cá nhân có thành tích xuất sắc.\n\nLạc Thị "
        "Thu",
        None,
        {(CON, "2024-01-12")},
        {("2024-01-12", "Khổng Minh Trác")},
    ),
    (
        "page-check-session",
        "Cục Thi hành án dân sự tỉnh Thái Bình làm việc với Đoàn kiểm tra của Tổng cục\n\nThứ "
        "Năm, 14/03/2024 10:20\n\nNgày 12/3/2024, Đoàn kiểm tra của Tổng cục Thi hành án dân sự "
        "do ông Âu Đức Khiêm, Phó Tổng cục trưởng làm Trưởng đoàn đã làm việc với Cục Thi hành án "
        "dân sự tỉnh Thái Bình.\n\nBáo cáo với Đoàn, ông Lạc Văn Thuyên, Cục trưởng cho biết, 5 "
        "tháng đầu năm, toàn tỉnh đã thi hành xong 2.100 việc. Đơn vị đã tổ chức 3 cuộc kiểm tra "
        "nội bộ.\n\nKết luận buổi làm việc, ông Âu Đức Khiêm ghi nhận kết quả đạt được. Theo kế "
        "hoạch, ngày 20/3, Đoàn sẽ kiểm tra tại Chi cục Thi hành án dân sự huyện Vũ Thư.",
        None,
        {(INS, "2024-03-12")},
        {("2024-03-12", "Âu Đức Khiêm"), ("2024-03-12", "Lạc Văn Thuyên")},
    ),
    (
        "page-training-and-earlier-contest",
        "Tập huấn nghiệp vụ hòa giải ở cơ sở\n\nTrong 02 ngày 15 và 16/5/2024, Phòng Tư pháp "
        "huyện Kim Sơn phối hợp với Trung tâm Chính trị huyện tổ chức Hội nghị tập huấn nghiệp vụ "
        "hòa giải ở cơ sở cho hơn 300 hòa giải viên.\n\nTại hội nghị, các đại biểu được nghe bà "
        "Doãn Thị Lựu, Trưởng phòng Tư pháp huyện truyền đạt các chuyên đề.\n\nTrước đó, ngày "
        "10/5/2024, Phòng Tư pháp huyện đã tổ chức Hội thi hòa giải viên giỏi cấp huyện.",
        None,
        {(TRN, "2024-05-15"), (OTH, "2024-05-10")},
        {("2024-05-15", "Doãn Thị Lựu")},
    ),
    # --- month-dated events -----------------------------------------------------------------
    (
        "month-taphuan",
        "Trong tháng 5/2024, Sở Tư pháp tỉnh Bình Phước đã tổ chức Hội nghị tập huấn Luật Hòa "
        "giải, đối thoại tại Tòa án.",
        P,
        {(TRN, "2024-05")},
        None,
    ),
    (
        "month-kiem-tra",
        "Tháng 4/2024, Đoàn kiểm tra của Sở Tư pháp đã tiến hành kiểm tra công tác hộ tịch tại 5 "
        "xã của huyện Đơn Dương.",
        P,
        {(INS, "2024-04")},
        None,
    ),
]
