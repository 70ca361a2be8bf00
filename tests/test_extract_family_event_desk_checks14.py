"""Event family (rules session 14): a check whose object is a document, a file or an asset is
desk work of a field, not an inspection held, on a page that dates none (``kiểm tra, rà soát
văn bản``, ``xác minh, kiểm tra tài sản``, ``kiểm tra vật chứng``, ``Hồ sơ được kiểm tra kỹ``); a
check held at a body (``… kiểm tra hồ sơ tại Chi cục …``), of a body's work, organized as a round
(``đợt kiểm tra hồ sơ``) or given a day stays an inspection. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-10"

DESK = [
    "Nhiệm vụ của Phòng gồm thẩm định, kiểm tra, rà soát văn bản quy phạm pháp luật của huyện.",
    "Sở Tư pháp tỉnh Hòa Lâm tham mưu UBND tỉnh kiểm tra, xử lý văn bản trái pháp luật.",
    "Chấp hành viên tiến hành xác minh, kiểm tra tài sản của người phải thi hành án.",
    "Chi cục Thi hành án dân sự huyện Bàu Sen đã chủ động kiểm tra, rà soát các hồ sơ tồn đọng.",
    "Cán bộ Chi cục Thi hành án dân sự huyện Bàu Sen kiểm tra vật chứng được chuyển giao.",
    "Hồ sơ đề nghị cấp phiếu lý lịch tư pháp được kiểm tra kỹ lưỡng trước khi trình ký.",
    "Các đơn vị tổ chức tự kiểm tra, xử lý văn bản theo đúng thời hạn quy định.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"desk-{i}") for i, t in enumerate(DESK)])
def test_a_desk_check_makes_no_event(text: str) -> None:
    assert event_facts(text, PUB) == set()


HELD = [
    "Ngày 5/5, Đoàn kiểm tra của Cục Thi hành án dân sự tỉnh Hòa Lâm đã kiểm tra hồ sơ thi hành "
    "án tại Chi cục huyện Bàu Sen.",
    "Ngày 5/5, Cục Thi hành án dân sự tỉnh Hòa Lâm kiểm tra hồ sơ thi hành án tại Chi cục huyện "
    "Bàu Sen.",
    "Ngày 5/5, Sở Tư pháp tỉnh Hòa Lâm kiểm tra công tác hộ tịch tại UBND xã Tân Vĩnh.",
    "Ngày 5/5, Sở Tư pháp tỉnh Hòa Lâm kiểm tra việc thực hiện thủ tục hành chính tại huyện Bàu "
    "Sen.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"held-{i}") for i, t in enumerate(HELD)])
def test_a_check_held_at_a_body_stays_an_inspection(text: str) -> None:
    assert event_facts(text, PUB) == {("inspection", "2024-05-05")}


UNDATED_HELD = [
    "Vừa qua, Chi cục Thi hành án dân sự huyện Bàu Sen đã tổ chức đợt kiểm tra hồ sơ thi hành án.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm đã kiểm tra công tác hộ tịch tại UBND xã Tân Vĩnh.",
    "Vừa qua, Đoàn kiểm tra của Cục đã kiểm tra hồ sơ thi hành án tại Chi cục huyện Bàu Sen.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"undated-{i}") for i, t in enumerate(UNDATED_HELD)]
)
def test_an_undated_check_held_stays_an_inspection(text: str) -> None:
    assert event_facts(text, PUB) == {("inspection", None)}
