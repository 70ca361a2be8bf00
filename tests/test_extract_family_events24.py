"""Event families, twenty-fourth table (rules round 8, second round), (H) pages that report no
event of their own: a history page recalling old days (no date line: the latest day the page
writes bounds its age), an interview the page prints (``phóng viên … có cuộc trao đổi với``),
a day a report recounts (``Theo báo cáo của …, ngày …``), a law's passing told before its
body (``ngày … Quốc hội … đã thông qua Luật``), a signing recalled with its own year
(``năm 2012, hai bên đã ký …``), what an activity is in general (``Hội nghị là diễn đàn …``)
and what was done many times (``nhiều lần mời … đến làm việc``) — while the activity a page
does report stays. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_NO_EVENT: set[tuple[str, str | None]] = set()

#: (expected events, text, published)
HISTORY: list[tuple[set[tuple[str, str | None]], str, str | None]] = [
    (
        _NO_EVENT,
        "Nhìn lại chặng đường hình thành và phát triển. Ngày 14/9/1962, Hội đồng Chính phủ "
        "ban hành Nghị định thành lập cơ quan. Ngày 3/4/2016, Ủy ban nhân dân tỉnh Hòa Lâm ban "
        "hành Quyết định số 12/QĐ-UBND về việc kiện toàn tổ chức bộ máy của Sở.",
        None,
    ),
    (
        _NO_EVENT,
        "Ngày 20-5-1958, Ủy ban hành chính tỉnh tổ chức hội nghị thành lập Ty Tư pháp. Qua "
        "nhiều giai đoạn, ngày 30-6-2019 Ủy ban nhân dân tỉnh ban hành Quyết định số 45 quy "
        "định chức năng, nhiệm vụ của Sở.",
        None,
    ),
    (
        _NO_EVENT,
        "Sự hình thành và phát triển của ngành. Ngày 2/9/1970, Bộ Nội vụ tổ chức lễ ra mắt cơ "
        "quan thi hành án. Đến ngày 15/11/2021, Cục được Bộ Tư pháp tặng Cờ thi đua theo Quyết "
        "định số 88/QĐ-BTP ngày 15/11/2021.",
        None,
    ),
    (
        {("conference", "2023-03-08")},
        "Ngày 11/7/1961, Chủ tịch nước ký Lệnh công bố Luật Tổ chức cơ quan. Sáng 8/3/2023, "
        "Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm 2022.",
        None,
    ),
    (
        _NO_EVENT,
        "Luật Hộ tịch được Quốc hội thông qua. Trước đó, ngày 12 tháng 12 năm 2007 Quốc hội "
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XII, kỳ họp thứ 2 đã thông qua Luật Trợ "
        "giúp pháp lý, có hiệu lực từ ngày 01 tháng 01 năm 2008.",
        None,
    ),
    (
        _NO_EVENT,
        "Ngày 22/11/2019, Quốc hội khóa XIV, kỳ họp thứ 8 đã thông qua Bộ luật Lao động sửa "
        "đổi, đánh dấu một bước tiến của pháp luật.",
        None,
    ),
    (
        _NO_EVENT,
        "Hôm nay (14/6), phóng viên Báo Pháp luật Hòa Lâm đã có cuộc trao đổi với ông Khổng "
        "Minh Trác - Cục trưởng Cục Hộ tịch về những điểm mới của Luật.",
        "2024-06-14",
    ),
    (
        _NO_EVENT,
        "Ngày 3/10/2023, nhà báo của Tạp chí Dân chủ có buổi trò chuyện với bà Đàm Thị Nguyệt, "
        "Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm.",
        "2023-10-05",
    ),
    (
        _NO_EVENT,
        "Mới đây, PV đã có cuộc phỏng vấn với ông Lò Văn Khiêm, Trưởng phòng Công chứng số 2 "
        "về việc số hóa hồ sơ công chứng.",
        None,
    ),
    (
        _NO_EVENT,
        "Sáng nay (9/5), trả lời phỏng vấn của phóng viên, ông Vi Đức Thạch - Phó Giám đốc Sở "
        "Tư pháp cho biết Sở sẽ đẩy mạnh cải cách thủ tục hành chính.",
        "2025-05-09",
    ),
    (
        {("meeting", "2024-06-14")},
        "Sáng 14/6/2024, Sở Tư pháp tỉnh Hòa Lâm làm việc với UBND huyện Tân Khê về công tác hộ "
        "tịch. Bên lề buổi làm việc, ông Khổng Minh Trác trao đổi với phóng viên về kết quả.",
        None,
    ),
    (
        {("conference", None)},
        "Đồng chí Ma Văn Tiễn, Chủ tịch UBND tỉnh chủ trì Hội nghị tổng kết Quy chế phối hợp. "
        "Theo báo cáo của Ban Cán sự Đảng Viện kiểm sát nhân dân tỉnh, ngày 12/3/2017, hai cơ "
        "quan đã ký Quy chế số 05 về phối hợp trong công tác phòng, chống tội phạm.",
        None,
    ),
    (
        {("conference", None)},
        "Ông Hứa Văn Liêm, Giám đốc Sở Tư pháp chủ trì Hội nghị sơ kết Đề án. Theo báo cáo tổng "
        "kết, ngày 02/8/2016 Sở đã tổ chức lễ ra mắt Câu lạc bộ pháp luật đầu tiên.",
        None,
    ),
    (
        {("conference", None)},
        "Bà Đàm Thị Nguyệt phát biểu tại Hội nghị tổng kết 5 năm thực hiện Chương trình. Báo "
        "cáo của Sở cho biết, ngày 20/4/2019 Sở đã ký kết Chương trình phối hợp với Hội Nông dân.",
        None,
    ),
    (
        {("meeting", None)},
        "Chiều 6/7, Thứ trưởng Ma Văn Tiễn đã tiếp xã giao bà Anna Kovac, Đại sứ Croatia tại "
        "Việt Nam. Thứ trưởng cũng cho biết, năm 2012, hai nước đã ký Thỏa thuận hợp tác về "
        "pháp luật.",
        None,
    ),
    (
        {("meeting", None)},
        "Chiều 12/9, Bộ trưởng tiếp Đoàn đại biểu Bộ Tư pháp Mông Cổ. Hai bên nhắc lại, vào năm "
        "2015, hai Bộ đã ký Bản ghi nhớ về hợp tác pháp luật.",
        None,
    ),
    (
        _NO_EVENT,
        "Các thắc mắc của người dân sẽ được luật sư tư vấn miễn phí. Hội nghị là diễn đàn hội tụ "
        "lãnh đạo các hiệp hội luật sư trong khu vực, cùng trao đổi kinh nghiệm nghề nghiệp.",
        None,
    ),
    (
        _NO_EVENT,
        "Hội thi được xem là dịp để hòa giải viên ở cơ sở trao đổi, học hỏi kinh nghiệm, nâng cao "
        "kỹ năng hòa giải.",
        None,
    ),
    (
        _NO_EVENT,
        "Tọa đàm là cơ hội để các công chứng viên chia sẻ khó khăn trong hành nghề.",
        None,
    ),
    (
        _NO_EVENT,
        "Cơ quan thi hành án nhiều lần mời ông Thạch đến làm việc, giải thích pháp luật, vận "
        "động tự nguyện giao nhà, nhưng ông Thạch không hợp tác.",
        None,
    ),
    (
        _NO_EVENT,
        "Chấp hành viên đã nhiều lần làm việc với bà Nguyệt để thuyết phục bà tự nguyện thi hành "
        "án nhưng không có kết quả.",
        None,
    ),
    (
        {("other", "2024-05-20")},
        "Cơ quan thi hành án nhiều lần mời ông Thạch đến làm việc nhưng ông không hợp tác. Sáng "
        "20/5/2024, Chi cục Thi hành án dân sự huyện Tân Khê tổ chức cưỡng chế giao nhà.",
        None,
    ),
    (
        {("training", "2018-04-09")},
        "Ngày 5/4/1993, Sở Tư pháp tỉnh được tái lập. Ngày 9/4/2018, Sở tổ chức Hội nghị tập "
        "huấn nghiệp vụ hộ tịch cho công chức tư pháp - hộ tịch cấp xã.",
        None,
    ),
    (
        {("conference", "2015-12-18")},
        "Thứ sáu, 16/04/2021\n\nHội thảo nâng cao chất lượng công tố\n\nNgày 18/12/2015, Viện "
        "kiểm sát nhân dân tỉnh Hòa Lâm phối hợp với tổ chức quốc tế tổ chức hội thảo nâng cao "
        "chất lượng thực hành quyền công tố.",
        None,
    ),
    (
        {("meeting", "2024-02-21")},
        "Chiều 21/2/2024, Bộ trưởng Lò Văn Khiêm tiếp Đại sứ Croatia. Hai bên đánh giá cao "
        "Bản ghi nhớ hợp tác đã ký kết năm 2019.",
        None,
    ),
    (
        _NO_EVENT,
        "Luật sư đồng hành cùng người dân\n\nPV: Thưa ông Khổng Minh Trác, xin ông cho biết kết "
        "quả hoạt động của Đoàn?\n\nÔng Khổng Minh Trác: Trong năm qua, Đoàn đã tổ chức hội nghị "
        "và làm việc với các tổ chức hành nghề.",
        None,
    ),
    (
        _NO_EVENT,
        "Hỏi đáp pháp luật\n\nHỏi: Tôi muốn công chứng hợp đồng mua bán nhà thì cần làm việc với "
        "cơ quan nào?\n\nĐáp: Bạn có thể đến làm việc với Phòng Công chứng số 1.",
        None,
    ),
    (
        _NO_EVENT,
        "Phóng viên: Thưa bà, Hội nghị tổng kết vừa qua đã đánh giá những gì?\nBà Đàm Thị "
        "Nguyệt: Hội nghị đã đánh giá cao kết quả công tác hòa giải.",
        None,
    ),
    (
        _NO_EVENT,
        "Cùng với đó, tăng cường công tác tự kiểm tra và kiểm tra chuyên đề, đột xuất của cấp trên "
        "đối với cấp dưới.",
        None,
    ),
    (
        _NO_EVENT,
        "Bên cạnh đó, tiếp tục tổ chức các hội nghị tuyên truyền pháp luật cho đồng bào vùng cao.",
        None,
    ),
    (
        {("conference", "2024-12-20")},
        "Ngày 20/12/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Cùng với đó, tăng cường công tác "
        "kiểm tra việc thực hiện các nhiệm vụ năm 2025.",
        None,
    ),
    (
        _NO_EVENT,
        "Sở Tư pháp: Tăng cường phổ biến pháp luật\n\nTrong công tác tập huấn chuyên sâu các luật "
        "mới, Sở Tư pháp phối hợp với UBND các huyện tập huấn chuyên sâu về hòa giải ở cơ sở cho "
        "512 hòa giải viên.",
        None,
    ),
    (
        _NO_EVENT,
        "Kết quả công tác năm 2023\n\nVề công tác kiểm tra văn bản, Sở đã kiểm tra theo thẩm "
        "quyền và phát hiện một số văn bản chưa phù hợp.",
        None,
    ),
    (
        _NO_EVENT,
        "Trong 6 tháng đầu năm 2021, VKSND tỉnh Hòa Lâm tập trung thực hiện nhiệm vụ kép. Kiến "
        "nghị với Bí thư Huyện ủy và Chủ tịch UBND huyện Tân Khê xử lý vi phạm của cán bộ trong "
        "công tác thi hành án dân sự.",
        None,
    ),
    (
        {("meeting", None)},
        "Đoàn công tác của Bộ làm việc tại tỉnh Hòa Lâm\n\nBáo cáo với Đoàn công tác, ông Khổng "
        "Minh Trác, Giám đốc Sở Tư pháp cho biết Sở đã hoàn thành các chỉ tiêu.",
        None,
    ),
    (
        _NO_EVENT,
        "Ngày 21-1-2023, bà Hạnh, Trưởng Phòng Công chứng số 2, đã trực tiếp gọi điện cho người "
        "khiếu nại và mời ông Lâm đến trình bày ý kiến.",
        None,
    ),
    (
        _NO_EVENT,
        "Ngày 5/6/2023, bà Nguyệt gián tiếp gửi ý kiến qua con gái, đề nghị được xem xét lại hồ sơ "
        "công chứng.",
        None,
    ),
    (
        {("inspection", None)},
        "Viện kiểm sát kiểm sát tại trại tạm giam\n\nQuang cảnh buổi làm việc tại phân trại số 2. "
        "Phòng 8 Viện kiểm sát nhân dân tỉnh vừa phối hợp với Viện kiểm sát khu vực trực tiếp "
        "kiểm sát việc tạm giữ, tạm giam tại phân trại.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("expected", "text", "published"),
    [pytest.param(e, t, p, id=f"h{i}") for i, (e, t, p) in enumerate(HISTORY)],
)
def test_a_page_reports_no_event_it_only_recalls(
    expected: set[tuple[str, str | None]], text: str, published: str | None
) -> None:
    assert _events(text, published=published) == expected
