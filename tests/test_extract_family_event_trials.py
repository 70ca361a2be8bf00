"""Events: a trial the page reports (``mở phiên tòa sơ thẩm xét xử vụ án …``, ``đưa vụ án ra
xét xử phúc thẩm``) is an activity of kind ``other``; the debrief held after it (``Sau khi
phiên tòa kết thúc, … tổ chức họp rút kinh nghiệm``, ``Kết thúc phiên tòa, … họp rút kinh
nghiệm``) is a meeting on the same day. The names a case bears (``vụ án A và B phạm tội …``)
are no participants; the accused tried (``xét xử bị cáo C``), the prosecutor and the judges
are. Trials only counted or named in a document's title are no events. On a page without a
date line, ``từ nay đến 30.9.2024`` dates a day and month shortly before it. Invented people
and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-08-22"
_DAY = "2024-08-21"
_TRIAL = [
    "Ngày 21/8/2024, TAND huyện Mường Tè đã mở phiên tòa sơ thẩm xét xử vụ án Hoàng Văn Ún và "
    "Lường Văn Pẻn phạm tội “Cố ý gây thương tích”.",
    "Ngày 21/8/2024, Tòa án nhân dân huyện Mường Tè mở phiên tòa sơ thẩm hình sự xét xử bị cáo "
    "Hoàng Văn Ún về tội “Trộm cắp tài sản”.",
    "Sáng 21/8/2024, Tòa án nhân dân tỉnh Lai Châu đưa vụ án ra xét xử phúc thẩm.",
    "Ngày 21-8-2024, TAND huyện Sìn Hồ tổ chức phiên tòa xét xử sơ thẩm vụ án Hoàng Văn Ún phạm "
    "tội Vận chuyển trái phép chất ma túy.",
    "Ngày 21.8.2024, Tòa án nhân dân thành phố Lai Châu đã đưa ra xét xử sơ thẩm vụ án dân sự "
    "tranh chấp hợp đồng vay tài sản.",
    "Ngày 21/8/2024, TAND tỉnh mở phiên tòa phúc thẩm xét xử vụ án Hoàng Văn Ún phạm tội Giết "
    "người.",
    "Chiều 21/8/2024, Tòa án nhân dân huyện Tam Đường xét xử sơ thẩm vụ án Lường Văn Pẻn bị truy "
    "tố về tội Cướp giật tài sản.",
    "Sáng 21/8/2024, TAND huyện Phong Thổ tổ chức phiên tòa xét xử lưu động vụ án Hoàng Văn Ún "
    "phạm tội Mua bán trái phép chất ma túy tại hội trường UBND xã.",
    "Ngày 21/8/2024, Tòa án nhân dân huyện Nậm Nhùn mở phiên tòa hình sự sơ thẩm xét xử bị cáo "
    "Lường Văn Pẻn.",
    "Năm 2024, đơn vị đã phối hợp tổ chức 12 phiên tòa rút kinh nghiệm. Ngày 21/8/2024, TAND "
    "huyện Mường Tè đã mở phiên tòa sơ thẩm xét xử vụ án Hoàng Văn Ún phạm tội Trộm cắp tài sản.",
]

_DEBRIEF = [
    "Sau khi phiên tòa kết thúc, Viện kiểm sát nhân dân huyện Sìn Hồ đã tổ chức họp rút kinh "
    "nghiệm, có sự tham dự của Thẩm phán chủ tọa và các Hội thẩm nhân dân.",
    "Kết thúc phiên tòa, Viện kiểm sát nhân dân huyện tổ chức họp rút kinh nghiệm với Tòa án "
    "nhân dân huyện.",
    "Ngay sau khi phiên tòa kết thúc, hai ngành đã tổ chức họp rút kinh nghiệm.",
    "Sau phiên tòa, Viện kiểm sát tổ chức họp đánh giá, rút kinh nghiệm về kỹ năng tranh tụng.",
    "Sau khi kết thúc phiên tòa, lãnh đạo Viện kiểm sát đã tổ chức họp rút kinh nghiệm.",
    "Sau khi phiên xét xử kết thúc, Tòa án và Viện kiểm sát đã tổ chức họp rút kinh nghiệm.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"tr{i}") for i, t in enumerate(_TRIAL)])
def test_a_trial_reported_is_an_event(text: str) -> None:
    assert event_facts(text, _PUB) == {("other", _DAY)}


@pytest.mark.parametrize("tail", [pytest.param(t, id=f"db{i}") for i, t in enumerate(_DEBRIEF)])
def test_the_debrief_after_it_is_a_meeting_on_that_day(tail: str) -> None:
    text = _TRIAL[0] + " Kiểm sát viên Lò Thị Én thực hành quyền công tố tại phiên tòa.\n" + tail
    assert event_facts(text, _PUB) == {("other", _DAY), ("meeting", _DAY)}


_DEFENDANTS = [
    (_TRIAL[0] + " Kiểm sát viên Lò Thị Én thực hành quyền công tố tại phiên tòa.", {"Lò Thị Én"}),
    # the accused tried is placed at the trial
    (_TRIAL[1] + " Thẩm phán Giàng A Páo làm chủ tọa phiên tòa.", {"Giàng A Páo", "Hoàng Văn Ún"}),
    (_TRIAL[3] + " Kiểm sát viên Lò Thị Én tham gia phiên tòa.", {"Lò Thị Én"}),
    (_TRIAL[5], set()),
    (_TRIAL[6] + " Dự phiên tòa có ông Giàng A Páo, Viện trưởng VKSND huyện.", {"Giàng A Páo"}),
    (
        "Ngày 21/8/2024, TAND huyện Mường Tè đã mở phiên tòa sơ thẩm xét xử vụ án Hoàng Văn Ún "
        "(sinh năm 1990) phạm tội Trộm cắp tài sản. Thẩm phán Giàng A Páo làm chủ tọa.",
        {"Giàng A Páo"},
    ),
    (
        "Ngày 21/8/2024, TAND huyện Mường Tè đã mở phiên tòa sơ thẩm xét xử vụ án Hoàng Văn Ún, "
        "Lường Văn Pẻn và Lò Văn Sáng phạm tội Đánh bạc. Thẩm phán Giàng A Páo làm chủ tọa.",
        {"Giàng A Páo"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"df{i}") for i, (t, e) in enumerate(_DEFENDANTS)],
)
def test_case_names_are_not_participants(text: str, expected: set[str]) -> None:
    assert participants_by_date(text, _PUB).get(_DAY, set()) == expected


_UNTIL = [
    (
        "Sáng 22.9, Tòa án nhân dân huyện Mường Tè mở phiên sơ thẩm xét xử trực tuyến bị cáo "
        "Hoàng Văn Ún về tội trộm cắp tài sản. Theo kế hoạch, từ nay đến 30.9.2024, Tòa án thực "
        "hiện ít nhất 3 phiên xét xử trực tuyến.",
        {("other", "2024-09-22")},
    ),
    (
        "Chiều 3/12, Sở Tư pháp tổ chức hội nghị triển khai công tác bồi thường nhà nước. Từ nay "
        "đến hết ngày 31/12/2024, các đơn vị rà soát hồ sơ.",
        {("conference", "2024-12-03")},
    ),
    (
        "Ngày 5/1, Sở Tư pháp tổ chức hội nghị. Từ nay đến năm 2030, tỉnh phấn đấu 100% xã đạt "
        "chuẩn tiếp cận pháp luật.",
        {("conference", None)},
    ),
    # a day long before the bound: its year is not certain
    (
        "Sáng 22.3, Tòa án nhân dân huyện mở phiên phúc thẩm xét xử vụ án. Từ nay đến 30.9.2024, "
        "Tòa án thực hiện 3 phiên.",
        {("other", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=f"un{i}") for i, (t, e) in enumerate(_UNTIL)]
)
def test_from_now_until_bounds_the_pages_days(text: str, expected: set) -> None:
    assert event_facts(text) == expected


_ARRESTS = [
    "Ngày 17/9/2024, Cơ quan Cảnh sát điều tra Công an tỉnh Sơn La khởi tố, bắt tạm giam ông "
    "Cầm Văn Ỏn, Chấp hành viên Chi cục Thi hành án dân sự huyện Mai Sơn.",
    "Ngày 17.9.2024, Cơ quan Điều tra Viện kiểm sát nhân dân tối cao khởi tố bị can, bắt tạm "
    "giam ông Cầm Văn Ỏn để điều tra về hành vi thiếu trách nhiệm gây hậu quả nghiêm trọng.",
    "Ngày 17-9-2024, Công an huyện Mai Sơn đã khởi tố bị can và bắt tạm giam đối với ông Cầm "
    "Văn Ỏn.",
    "Ngày 17/9/2024, Viện kiểm sát nhân dân tỉnh phê chuẩn quyết định khởi tố bị can, lệnh bắt "
    "tạm giam ông Cầm Văn Ỏn, nguyên Phó Chi cục trưởng Chi cục Thi hành án dân sự huyện.",
    "Sáng 17/9/2024, Công an tỉnh Sơn La thi hành lệnh bắt tạm giam ông Cầm Văn Ỏn về tội tham "
    "ô tài sản.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"ar{i}") for i, t in enumerate(_ARRESTS)])
def test_an_arrest_reported_is_an_event_with_the_arrested(text: str) -> None:
    assert event_facts(text, "2024-09-18") == {("other", "2024-09-17")}
    assert participants_by_date(text, "2024-09-18") == {"2024-09-17": {"Cầm Văn Ỏn"}}


_NOT_EVENTS = [
    "Theo kế hoạch, Công an tỉnh sẽ khởi tố bị can đối với ông Cầm Văn Ỏn.",
    "Năm 2023, hai ngành đã phối hợp tổ chức được 25 phiên tòa rút kinh nghiệm, vượt chỉ tiêu.",
    "Quy chế phối hợp số 01 ngày 09/4/2018 giữa Viện kiểm sát và Tòa án trong việc tổ chức phiên "
    "tòa rút kinh nghiệm được thực hiện nghiêm túc.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"ne{i}") for i, t in enumerate(_NOT_EVENTS)])
def test_trials_counted_or_cited_are_no_events(text: str) -> None:
    assert event_facts(text, _PUB) == set()
