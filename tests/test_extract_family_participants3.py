"""Participant families, third table (rules round 8, second round), (P) people named without
being placed at the event the page reports: the accused of a case talked about at a conference
or a meeting (``vụ … và đồng phạm``, a caption ``Bị cáo A - Ảnh: …``) — though at a trial
(kind ``other``) the accused stands there; people of a page that reports no event (a history
page, an interview, a recalled signing, a day a report recounts); while the officials of a
working visit or a conference are participants. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants as _participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_CONF = (
    "Sáng 14/10/2025, Thi hành án dân sự tỉnh Hòa Lâm tổ chức hội nghị giao ban, ông Khổng "
    "Minh Trác, Trưởng Thi hành án dân sự tỉnh chủ trì. "
)

#: (expected (date, participant) pairs, text, published)
CASES: list[tuple[set[tuple[str | None, str]], str, str | None]] = [
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Hội nghị thảo luận việc thi hành án vụ Đinh Quang Vượng và đồng phạm.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Bị cáo Đinh Quang Vượng - Ảnh: Tư liệu.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Trong đó có vụ án Đinh Quang Vượng, Tạ Văn Lũy và đồng phạm (Công ty Hòa Phong).",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Hội nghị cho ý kiến về việc xử lý tài sản của bị cáo Đinh Quang Vượng.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Đối tượng Tạ Văn Lũy đã bỏ trốn trước khi bản án có hiệu lực.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác"), ("2025-10-14", "Đàm Thị Nguyệt")},
        _CONF + "Bà Đàm Thị Nguyệt, Phó Trưởng Thi hành án dân sự tỉnh báo cáo về vụ bị can Tạ "
        "Văn Lũy.",
        None,
    ),
    (
        {("2024-04-12", "Đinh Quang Vượng")},
        "Sáng 12/4/2024, Tòa án nhân dân thành phố Long Hải mở phiên tòa xét xử sơ thẩm đối với "
        "bị cáo Đinh Quang Vượng về tội “Trộm cắp tài sản”.",
        None,
    ),
    (
        {("2024-04-11", "Tạ Văn Lũy"), ("2024-04-11", "Đinh Quang Vượng")},
        "Sáng 11/4/2024, Tòa án nhân dân tỉnh Hòa Lâm mở phiên tòa xét xử sơ thẩm đối với bị cáo "
        "Tạ Văn Lũy và Đinh Quang Vượng về tội “Trốn khỏi nơi giam”.",
        None,
    ),
    (
        {("2024-08-02", "Ma Văn Tiễn")},
        "Chiều 2/8/2024, đồng chí Ma Văn Tiễn, Viện trưởng Viện kiểm sát nhân dân tỉnh làm việc "
        "với Cơ quan Cảnh sát điều tra về tiến độ điều tra vụ án bị can Đinh Quang Vượng.",
        None,
    ),
    (
        {("2024-08-02", "Ma Văn Tiễn")},
        "Chiều 2/8/2024, đồng chí Ma Văn Tiễn, Viện trưởng Viện kiểm sát nhân dân tỉnh làm việc "
        "với Cơ quan Cảnh sát điều tra. Hai bên thống nhất đẩy nhanh vụ Tạ Văn Lũy.",
        None,
    ),
    (
        set(),
        "Hôm nay (14/6), phóng viên Báo Pháp luật Hòa Lâm đã có cuộc trao đổi với ông Khổng "
        "Minh Trác - Cục trưởng Cục Hộ tịch về những điểm mới của Luật.",
        "2024-06-14",
    ),
    (
        set(),
        "Sáng nay (9/5), trả lời phỏng vấn của phóng viên, ông Vi Đức Thạch - Phó Giám đốc Sở "
        "Tư pháp cho biết Sở sẽ đẩy mạnh cải cách thủ tục hành chính.",
        "2025-05-09",
    ),
    (
        set(),
        "Nhìn lại chặng đường phát triển. Ngày 14/9/1962, ông Lương Đắc Hiển được cử làm Trưởng "
        "ty Tư pháp đầu tiên. Ngày 3/4/2016, Ủy ban nhân dân tỉnh ban hành Quyết định số 12 về "
        "kiện toàn bộ máy.",
        None,
    ),
    (
        set(),
        "Ngày 20-5-1958, Ủy ban hành chính tỉnh tổ chức hội nghị thành lập Ty Tư pháp do ông "
        "Lương Đắc Hiển chủ trì. Ngày 30-6-2019, Ủy ban nhân dân tỉnh ban hành Quyết định số 45 "
        "quy định chức năng, nhiệm vụ của Sở.",
        None,
    ),
    (
        {(None, "Ma Văn Tiễn"), (None, "Hứa Văn Liêm")},
        "Đồng chí Ma Văn Tiễn, Chủ tịch UBND tỉnh và đồng chí Hứa Văn Liêm, Viện trưởng Viện "
        "kiểm sát nhân dân tỉnh đồng chủ trì Hội nghị tổng kết Quy chế phối hợp. Theo báo cáo của "
        "Ban Cán sự Đảng Viện kiểm sát nhân dân tỉnh, ngày 12/3/2017, hai cơ quan đã ký Quy chế "
        "số 05 về phối hợp.",
        None,
    ),
    (
        {(None, "Ma Văn Tiễn"), (None, "Anna Kovac")},
        "Chiều 6/7, Thứ trưởng Ma Văn Tiễn đã tiếp xã giao bà Anna Kovac, Đại sứ Croatia tại "
        "Việt Nam. Thứ trưởng cũng cho biết, năm 2012, hai nước đã ký Thỏa thuận hợp tác về "
        "pháp luật.",
        None,
    ),
    (
        {("2025-07", "Ma Văn Tiễn")},
        "Viện trưởng thăm và làm việc tại các Viện khu vực\n\nTrong những ngày đầu tháng 7/2025, "
        "đồng chí Ma Văn Tiễn - Tỉnh ủy viên, Viện trưởng Viện KSND tỉnh Hòa Lâm - đã trực tiếp "
        "đến thăm và làm việc tại các đơn vị.",
        None,
    ),
    (
        {("2025-07", "Ma Văn Tiễn"), ("2025-07", "Đàm Thị Nguyệt")},
        "Viện trưởng thăm và làm việc tại các Viện khu vực\n\nTrong những ngày đầu tháng 7/2025, "
        "đồng chí Ma Văn Tiễn - Viện trưởng Viện KSND tỉnh Hòa Lâm - đã trực tiếp đến thăm và "
        "làm việc tại các đơn vị. Cùng đi có bà Đàm Thị Nguyệt, Phó Viện trưởng.",
        None,
    ),
    (
        {("2020-07-21", "Vi Đức Thạch")},
        "Ngày 21/7/2020 Viện kiểm sát nhân dân tỉnh Hòa Lâm đã tiến hành kiểm sát định kỳ tại "
        "Trại giam Tân Khê. Đoàn do ông Vi Đức Thạch, Phó Viện trưởng làm Trưởng đoàn.",
        None,
    ),
    (
        {("2020-12-04", "Khổng Minh Trác")},
        "Ngày 4-12, HĐND tỉnh Hòa Lâm tiếp tục kỳ họp thứ 18 với phiên chất vấn.\n\nTrả lời chất "
        "vấn tại kỳ họp, ông Khổng Minh Trác, Cục trưởng Cục Thi hành án dân sự tỉnh cho biết "
        "Cục đã thi hành xong nhiều việc.",
        "2020-12-06",
    ),
    (
        set(),
        "Cơ quan thi hành án nhiều lần mời ông Đinh Quang Vượng đến làm việc, giải thích pháp "
        "luật, vận động tự nguyện giao nhà, nhưng ông Vượng không hợp tác.",
        None,
    ),
    (
        set(),
        "Hội nghị là diễn đàn để các luật sư trao đổi kinh nghiệm, ông Tạ Văn Lũy, Chủ nhiệm Đoàn "
        "Luật sư tỉnh cho biết.",
        None,
    ),
    (
        {("2018-04-09", "Hứa Văn Liêm")},
        "Ngày 5/4/1993, Sở Tư pháp tỉnh được tái lập, ông Lương Đắc Hiển là Giám đốc đầu tiên. "
        "Ngày 9/4/2018, ông Hứa Văn Liêm, Giám đốc Sở chủ trì Hội nghị tập huấn nghiệp vụ hộ tịch.",
        None,
    ),
    (
        {("2024-06-14", "Khổng Minh Trác")},
        "Sáng 14/6/2024, ông Khổng Minh Trác, Giám đốc Sở Tư pháp tỉnh Hòa Lâm làm việc với UBND "
        "huyện Tân Khê. Bên lề buổi làm việc, ông Trác trao đổi với phóng viên về kết quả.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Phạm nhân Tạ Văn Lũy đã được đặc xá năm trước.",
        None,
    ),
    (
        {("2022-05-10", "Ma Văn Tiễn")},
        "Sáng 10/5/2022, Thường trực HĐND tỉnh tổ chức Hội nghị Đoàn Hội thẩm, ông Ma Văn Tiễn, "
        "Phó Chủ tịch HĐND tỉnh chủ trì. Hội nghị đã bầu ông Vi Đức Thạch làm Trưởng đoàn Hội "
        "thẩm nhiệm kỳ 2021-2026.",
        None,
    ),
    (
        {("2022-05-10", "Ma Văn Tiễn"), ("2022-05-10", "Vi Đức Thạch")},
        "Sáng 10/5/2022, Thường trực HĐND tỉnh tổ chức Hội nghị Đoàn Hội thẩm, ông Ma Văn Tiễn, "
        "Phó Chủ tịch HĐND tỉnh chủ trì. Hội nghị đã bầu ông Vi Đức Thạch làm Trưởng đoàn. Phát "
        "biểu nhận nhiệm vụ, Trưởng đoàn Vi Đức Thạch cảm ơn các Hội thẩm.",
        None,
    ),
    (
        {("2025-10-14", "Khổng Minh Trác")},
        _CONF + "Hội nghị bàn về vụ án hình sự Đinh Quang Vượng giết người.",
        None,
    ),
    (
        {("2025-10-27", "Lục Văn Đông")},
        "Chiều nay (27/10), Bộ Tư pháp tổ chức họp báo thường kỳ quý 3. Tại họp báo, ông Lục Văn "
        "Đông, Cục trưởng Cục Quản lý thi hành án dân sự cho biết ông Đinh Quang Vượng, nguyên "
        "Chủ tịch UBND tỉnh phải thi hành 3 bản án.",
        "2025-10-27",
    ),
    (
        {("2025-10-27", "Lục Văn Đông")},
        "Chiều nay (27/10), Bộ Tư pháp tổ chức họp báo thường kỳ quý 3. Tại họp báo, ông Lục Văn "
        "Đông, Cục trưởng Cục Quản lý thi hành án dân sự cho biết ông Tạ Văn Lũy đã thi hành xong "
        "hơn 4 tỷ đồng. Qua xác minh, ông Tạ Văn Lũy không còn tài sản nào khác.",
        "2025-10-27",
    ),
    (
        {("2025-10-27", "Lục Văn Đông")},
        "Chiều nay (27/10), Bộ Tư pháp tổ chức họp báo thường kỳ quý 3. Tại họp báo, ông Lục Văn "
        "Đông, Cục trưởng cho biết về việc thi hành án dân sự đối với ông Tạ Văn Lũy, cơ quan "
        "thi hành án đang xử lý tài sản của ông Lũy.",
        "2025-10-27",
    ),
    (
        {("2024-07-26", "Đàm Thị Nguyệt")},
        "Ngày 26/7/2024, Viện kiểm sát nhân dân tỉnh tổ chức Hội thảo khoa học “Đồng chí Lương Đắc "
        "Hiển với ngành Kiểm sát nhân dân”, bà Đàm Thị Nguyệt, Phó Viện trưởng chủ trì.",
        None,
    ),
    (
        {("2024-05-19", "Vi Đức Thạch")},
        "Sáng 19/5/2024, ông Vi Đức Thạch, Giám đốc Sở Tư pháp dự Cuộc thi “Tìm hiểu cuộc đời "
        "đồng chí Lương Đắc Hiển” do Đoàn Thanh niên tổ chức.",
        None,
    ),
    (
        {("2024-11-12", "Đinh Quang Vượng")},
        "Sáng 12/11/2024, Tòa án nhân dân huyện Tân Khê mở phiên tòa xét xử sơ thẩm đối với bị cáo "
        "Đinh Quang Vượng về tội “Lừa đảo chiếm đoạt tài sản”.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("expected", "text", "published"),
    [pytest.param(e, t, p, id=f"p{i}") for i, (e, t, p) in enumerate(CASES)],
)
def test_only_people_placed_at_a_reported_event_take_part(
    expected: set[tuple[str | None, str]], text: str, published: str | None
) -> None:
    assert _participants(text, published=published) == expected
