"""Participants, second table (rules round 6): officials listed as attending, presiding,
speaking or handing out awards are placed at the event with its date, and at a second event
with that event's date; nominees (``đề nghị khen thưởng cho ông A``, ``suy tôn ông B``), the
author (``Bài viết: …``, ``Tin, ảnh: …``) and people named in passing (a teaching cited, a
signer of a decision) are not. Invented names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants as _participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

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
            "cho ông Phạm Văn Nhã, Chánh Văn phòng Sở."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Sở đề nghị UBND tỉnh tặng Bằng "
            "khen cho ông Phạm Văn Nhã."
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
        {"Phạm Văn Nhã", "Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Ông Phạm Văn Nhã, Chánh "
            "Văn phòng "
            "Sở trình bày báo cáo tổng kết."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        "Hội nghị do bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì.\nBài viết: Nguyễn Thu Trang.",
    ),
    (
        {"Phạm Văn Nhã", "Lê Thị Hoa"},
        (
            "Tại Hội nghị, ông Phạm Văn Nhã, Phó Giám đốc Sở đã báo cáo kết quả; bà Lê Thị "
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
        {"Phạm Văn Nhã", "Lê Thị Hoa", "Trần Văn Hải"},
        (
            "Dự Hội nghị có các đồng chí: Trần Văn Hải, Phó Chủ tịch UBND tỉnh; Lê Thị Hoa, "
            "Giám đốc "
            "Sở Tư pháp; Phạm Văn Nhã, Phó Giám đốc Sở."
        ),
    ),
    (
        {"Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Hội nghị đã biểu quyết đề "
            "nghị Bộ "
            "trưởng tặng Bằng khen cho 02 cá nhân: ông Phạm Văn Nhã và bà Đỗ Thị Mai."
        ),
    ),
    (
        {"Phạm Văn Nhã", "Lê Thị Hoa"},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp chủ trì Hội nghị. Thừa ủy quyền, ông Phạm Văn Nhã, "
            "Phó Giám đốc Sở trao Giấy khen cho các tập thể."
        ),
    ),
]


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
        {("2024-06-12", "Lê Thị Hoa"), ("2024-06-13", "Phạm Văn Nhã")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị.\nSáng 13/6/2024, ông Phạm Văn "
            "Nhã, Phó Giám đốc Sở dẫn đầu Đoàn kiểm tra công tác hộ tịch tại UBND xã Hải "
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
            "ông Phạm Văn Nhã, Chánh Văn phòng Sở đề nghị Bộ trưởng tặng danh hiệu Chiến "
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
        {("2024-06-12", "Phạm Văn Nhã"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Thay mặt lãnh đạo UBND tỉnh, ông "
            "Phạm Văn Nhã, Phó Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể."
        ),
    ),
    (
        {("2024-06-12", "Phạm Văn Nhã"), ("2024-06-12", "Lê Thị Hoa")},
        (
            "Bà Lê Thị Hoa, Giám đốc Sở chủ trì Hội nghị. Phát biểu chỉ đạo tại Hội nghị, "
            "ông Phạm Văn Nhã, Phó Chủ tịch UBND tỉnh ghi nhận kết quả."
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
    ("names", "rest"), [pytest.param(n, r, id=f"p{i}") for i, (n, r) in enumerate(PARTICIPANTS)]
)
def test_officials_placed_there_are_participants_nominees_and_authors_not(
    names: set[str], rest: str
) -> None:
    assert _participants(_P + rest) == {(_D, n) for n in names}


@pytest.mark.parametrize(
    ("expected", "rest"), [pytest.param(e, r, id=f"q{i}") for i, (e, r) in enumerate(PARTICIPANTS2)]
)
def test_participants_follow_their_event(expected: set[tuple[str, str]], rest: str) -> None:
    assert _participants(_A + rest) == expected
