"""Events of session 18 (read set R18): an anniversary written as the frame of a sentence
(``Nhân kỷ niệm 45 năm …, ngày …, đoàn … về thăm …``) is the occasion, not a ceremony held; a
``Tuần lễ`` is a week (a campaign), not a ``Lễ``; a document whose signing is dated in brackets
(``Bản ghi nhớ (ký kết tháng 3/2019 tại Hội thảo …)``) is cited, its signing and the event it
was signed at are not the activity; a team set up by decision (``quyết định thành lập đoàn
kiểm tra …``) with its tasks listed is no check held (the conventions: events only cited or
announced are not events), unless the page says it checked. Invented sentences and names."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_ROWS = [
    # the anniversary frames the trip: no ceremony
    (
        "Nhân kỷ niệm 45 năm ngày giải phóng quê hương, ngày 28/4/2019, đoàn cựu chiến binh Sở "
        "Tư pháp tỉnh Hòa Bình do ông Lò Văn Khánh dẫn đầu đã về thăm lại chiến trường xưa.",
        {("meeting", "2019-04-28")},
    ),
    # a ceremony named by its head noun stays one
    (
        "Nhân kỷ niệm 45 năm Ngày thành lập, ngày 28/4/2019, Sở Tư pháp tỉnh Hòa Bình tổ chức "
        "Lễ kỷ niệm và đón nhận Bằng khen.",
        {("ceremony", "2019-04-28")},
    ),
    # a week of a campaign, no ceremony
    (
        "Hưởng ứng “Tuần lễ áo dài”, ngày 5/3/2021, Công đoàn Sở Tư pháp tỉnh Hòa Bình tổ chức "
        "giao lưu văn nghệ, thể thao.",
        {("other", "2021-03-05")},
    ),
    # a document signed before, its signing dated in brackets
    (
        "Ngày 14/5/2021, tại Sở Tư pháp tỉnh Hòa Bình diễn ra buổi hội đàm giữa Sở và Sở Tư pháp "
        "tỉnh Luang Namtha về các nội dung trong Bản ghi nhớ (ký kết tháng 3/2019 tại Hội thảo "
        "tư pháp các tỉnh biên giới).",
        {("meeting", "2021-05-14")},
    ),
    # a team set up by decision, its tasks listed: no check held
    (
        "Hòa Bình lập đoàn kiểm tra công tác chứng thực\nUBND tỉnh vừa có quyết định thành lập "
        "đoàn liên ngành kiểm tra công tác chứng thực trên địa bàn tỉnh. Theo quyết định, ông Lò "
        "Văn Khánh, Phó Giám đốc Sở Tư pháp làm trưởng đoàn. Sau kiểm tra, đoàn tiến hành báo "
        "cáo kết quả cho UBND tỉnh.",
        set(),
    ),
    # a team set up that checked: the check is held
    (
        "Hòa Bình kiểm tra công tác chứng thực\nVừa qua, UBND tỉnh thành lập đoàn kiểm tra công "
        "tác chứng thực, tiến hành kiểm tra tại 10 huyện. Ông Lò Văn Khánh làm trưởng đoàn.",
        {("inspection", None)},
    ),
    (
        "UBND tỉnh vừa có quyết định thành lập đoàn kiểm tra công tác chứng thực. Đoàn đã kiểm "
        "tra tại 10 huyện, do ông Lò Văn Khánh làm trưởng đoàn.",
        {("inspection", None)},
    ),
    # a request said at a session: the session is held
    (
        "Đẩy mạnh cải cách hành chính\nPhó Chủ tịch UBND tỉnh Lò Văn Khánh - Trưởng Ban Chỉ đạo "
        "cải cách hành chính tỉnh - nhấn mạnh yêu cầu này tại Phiên họp thứ nhất được tổ chức "
        "trực tuyến tới các huyện, sáng 08/9.",
        {("meeting", None)},
    ),
    # checks tallied: the conference is what is reported
    (
        "Phát biểu tại Hội nghị tổng kết công tác tư pháp năm 2020, Giám đốc Sở Tư pháp Lò Văn "
        "Khánh cho biết, trong 05 năm qua, Sở đã tổ chức 14 Đoàn thanh tra chuyên ngành tại 40 "
        "xã.",
        {("conference", None)},
    ),
    # (review 18, S1) a count on a dated sentence is one activity, the administrative way of
    # writing it ("02 lớp", "01 cuộc"): its own kind
    (
        "Ngày 15/3/2024, Sở Tư pháp tỉnh Lai Châu tổ chức 02 lớp tập huấn nghiệp vụ hộ tịch tại "
        "thành phố Lai Châu cho 150 công chức tư pháp - hộ tịch.",
        {("training", "2024-03-15")},
    ),
    (
        "Ngày 22/5/2024, Sở Tư pháp tỉnh Lai Châu tiến hành 01 cuộc kiểm tra công tác hộ tịch tại "
        "UBND xã Bản Giang do bà Lò Thị Dung, Phó Giám đốc Sở làm Trưởng đoàn.",
        {("inspection", "2024-05-22")},
    ),
    # a check team's appraisal: a check
    (
        "Sáng 5/4/2022, đoàn thẩm định của UBND huyện Kỳ Sơn do ông Lò Văn Khánh dẫn đầu đã về "
        "xã Tân Mỹ đánh giá kết quả xây dựng xã chuẩn.",
        {("inspection", "2022-04-05")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"frame-{i:02d}") for i, (t, e) in enumerate(_ROWS)],
)
def test_event_frames(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected
