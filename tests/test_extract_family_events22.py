"""Event families, twenty-second table (rules round 7, third round), (O) oversight kinds: a
hearing (``phiên giải trình``, ``họp phiên giải trình``), a questioning session (``phiên chất
vấn``), a delegation's survey of a facility (``Đoàn … khảo sát tại …``, ``khảo sát thực tế``) and a
procuracy's direct check (``kiểm sát trực tiếp``) are oversight, hence ``inspection`` (the kit:
checks are inspection, ``kiểm tra``, ``giám sát``); a survey of needs or opinions (``khảo sát nhu
cầu``, ``phiếu khảo sát``) is no check. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: (O) oversight held: one inspection on the day given
OVERSIGHT: list[tuple[str | None, str]] = [
    (
        "2024-10-08",
        "Sáng ngày 08/10/2024, Hội đồng nhân dân huyện Tân Lợi họp phiên giải trình "
        "chuyên đề về công tác thi hành án dân sự.",
    ),
    (
        "2024-11-04",
        "Sáng 4/11/2024, Thường trực HĐND tỉnh đã tổ chức Phiên giải trình về việc "
        "thi hành án dân sự trên địa bàn tỉnh.",
    ),
    (
        "2024-05-20",
        "Ngày 20/5/2024, Thường trực HĐND thành phố tổ chức phiên giải trình về công "
        "tác quản lý nhà nước đối với hoạt động công chứng.",
    ),
    (
        "2024-06-12",
        "Chiều 12/6/2024, Ban Pháp chế HĐND tỉnh tổ chức buổi giải trình về tình hình "
        "giải quyết đơn thư khiếu nại.",
    ),
    (
        "2024-07-03",
        "Ngày 3/7/2024, Thường trực HĐND quận Hòa Lạc họp giải trình về việc chậm "
        "thi hành các bản án hành chính.",
    ),
    (
        "2024-09-18",
        "Sáng 18/9/2024, Thường trực Hội đồng nhân dân xã Bình Thạnh tổ chức phiên "
        "giải trình về công tác hộ tịch.",
    ),
    (
        "2024-03-15",
        "Ngày 15/3/2024, Thường trực HĐND tỉnh tổ chức phiên chất vấn về công tác "
        "kiểm sát, xét xử và thi hành án.",
    ),
    (
        "2024-08-22",
        "Chiều 22/8/2024, Thường trực HĐND thị xã tổ chức phiên chất vấn giữa hai kỳ "
        "họp đối với Chánh án Tòa án nhân dân thị xã.",
    ),
    (
        "2022-08-29",
        "Chiều 29/8/2022, Ban Pháp chế HĐND huyện khảo sát tại Nhà tạm giữ Công an huyện về "
        "việc bảo đảm chế độ ăn, ở đối với người bị tạm giữ.",
    ),
    (
        "2023-04-11",
        "Ngày 11/4/2023, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh đã khảo sát tại "
        "Chi cục Thi hành án dân sự huyện Đông Sơn.",
    ),
    (
        "2023-06-06",
        "Sáng 6/6/2023, Ban Pháp chế HĐND huyện khảo sát thực tế công tác chứng thực "
        "tại UBND xã Tân Hòa.",
    ),
    (
        "2023-09-14",
        "Ngày 14/9/2023, Đoàn ĐBQH tỉnh tiến hành khảo sát tình hình thi hành pháp "
        "luật về xử lý vi phạm hành chính tại Công an tỉnh.",
    ),
    (
        "2023-10-05",
        "Chiều 5/10/2023, Ban Văn hóa - Xã hội HĐND tỉnh khảo sát việc thực hiện "
        "chính sách trợ giúp pháp lý tại huyện Mường Tè.",
    ),
    (
        "2023-02-21",
        "Ngày 21/2/2023, đoàn công tác của Ủy ban Tư pháp của Quốc hội đã khảo sát "
        "công tác thi hành án hình sự tại Trại giam Phú Sơn.",
    ),
    # ("Đoàn khảo sát … làm việc với Sở Tư pháp …", once here: a survey team's working session
    # is a meeting by the R16 gold, 2 of 2, in tests/test_extract_family_kinds16.py)
    (
        "2024-01-16",
        "Ngày 16/01/2024, Viện kiểm sát nhân dân tỉnh kiểm sát trực tiếp việc tạm "
        "giữ, tạm giam tại Nhà tạm giữ Công an huyện.",
    ),
    (
        "2024-02-27",
        "Ngày 27/2/2024, VKSND huyện tiến hành kiểm sát trực tiếp công tác thi hành án "
        "dân sự tại Chi cục Thi hành án dân sự huyện.",
    ),
    (
        "2024-04-09",
        "Sáng 9/4/2024, Viện kiểm sát nhân dân thành phố đã trực tiếp kiểm sát việc "
        "thi hành án phạt tù tại Trại giam số 5.",
    ),
    (
        "2024-05-07",
        "Ngày 7/5/2024, Đoàn giám sát của HĐND tỉnh làm việc với Cục Thi hành án dân "
        "sự tỉnh về kết quả thi hành án.",
    ),
    (
        "2024-06-25",
        "Chiều 25/6/2024, Ban Pháp chế HĐND huyện giám sát việc giải quyết khiếu nại "
        "tại UBND huyện.",
    ),
    (
        "2024-07-30",
        "Ngày 30/7/2024, Đoàn giám sát của Ủy ban MTTQ tỉnh đã giám sát việc thực "
        "hiện dân chủ ở cơ sở tại xã Phú Lộc.",
    ),
    (
        "2024-10-17",
        "Ngày 17/10/2024, Thường trực HĐND tỉnh họp phiên giải trình chuyên đề: "
        "“Công tác bồi thường nhà nước”.",
    ),
    (
        "2024-12-03",
        "Ngày 3/12/2024, Thường trực Hội đồng nhân dân tỉnh tổ chức phiên giải trình "
        "về công tác phòng, chống tham nhũng.",
    ),
    (
        "2024-12-10",
        "Ngày 10/12/2024, Ban Kinh tế - Ngân sách HĐND tỉnh đã tổ chức khảo sát thực "
        "tế tại Trung tâm Dịch vụ đấu giá tài sản tỉnh.",
    ),
    (
        "2024-08-13",
        "Sáng 13/8/2024, Đoàn khảo sát của Hội đồng Dân tộc khảo sát tình hình trợ "
        "giúp pháp lý cho đồng bào dân tộc thiểu số tại huyện Bảo Lạc.",
    ),
]

#: (O) a survey of needs or opinions, or a hearing only planned: no inspection
NOT_OVERSIGHT: list[tuple[str | None, str]] = [
    (
        "other",
        "Ngày 6/10/2021, Trung tâm Trợ giúp pháp lý cấp phát tờ gấp và khảo sát nhu cầu "
        "trợ giúp pháp lý của người dân tại xã Ea Kao.",
    ),
    (
        "training",
        "Ngày 4/7/2023, Trung tâm tổ chức Hội nghị tập huấn trợ giúp pháp lý, đồng "
        "thời khảo sát về nhu cầu tập huấn tại 04 xã.",
    ),
    (
        "meeting",
        "Ngày 1/3/2023, Thường trực HĐND tỉnh họp phiên thứ 26, thống nhất dự thảo kế "
        "hoạch tổ chức phiên chất vấn năm 2023.",
    ),
    (
        "other",
        "Sau khi tiến hành khảo sát tại các thôn, ngày 9/5/2023 Cục Thi hành án dân sự tỉnh đã bàn "
        "giao tài sản hỗ trợ 03 nhà văn hóa thôn.",
    ),
    (
        "meeting",
        "Qua khảo sát thực tế tại 5 xã, ngày 12/5/2023 Sở Tư pháp đã làm việc với UBND huyện "
        "về công tác hộ tịch.",
    ),
]


@pytest.mark.parametrize(
    ("date", "sentence"), [pytest.param(d, s, id=f"o{i}") for i, (d, s) in enumerate(OVERSIGHT)]
)
def test_oversight_is_an_inspection(date: str | None, sentence: str) -> None:
    assert _events(sentence, published="2024-12-20") == {("inspection", date)}


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [pytest.param(k, s, id=f"n{i}") for i, (k, s) in enumerate(NOT_OVERSIGHT)],
)
def test_a_survey_of_needs_or_a_planned_hearing_is_no_inspection(kind: str, sentence: str) -> None:
    assert {k for k, _d in _events(sentence, published="2024-12-20")} == {kind}
