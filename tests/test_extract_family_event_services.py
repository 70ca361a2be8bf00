"""Civil-status services are no events (rules round 7): ``đăng ký kết hôn`` registers a
marriage (no ``ký kết`` signing), ``tiếp nhận hồ sơ`` receives papers (no ``tiếp`` of a
delegation), ``sau 3 ngày làm việc`` counts working days (no working session); a training, a
ceremony, a signing or a reception of a delegation reported ``Vừa qua``/``Mới đây`` still is
one. Invented sentences, no publication date."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

NO_EVENT: list[str] = [
    (
        "Vừa qua, chị Trần Thị Bình, quê tỉnh Nam Định, kết hôn với chồng ở phường Bình Phú đến"
        " làm thủ tục thay đổi ngày tháng sinh trên giấy đăng ký kết hôn."
    ),
    "Mới đây, anh Lê Văn Cường đến UBND phường Ninh Xá làm thủ tục đăng ký kết hôn.",
    "Vừa qua, UBND xã Yên Bằng đã giải quyết 25 hồ sơ đăng ký kết hôn.",
    (
        "Mới đây, Phòng Tư pháp huyện Ý Yên hướng dẫn người dân thủ tục đăng ký kết hôn có yếu "
        "tố nước ngoài."
    ),
    "Vừa qua, chị Trần Thị Bình được cấp lại giấy chứng nhận đăng ký kết hôn.",
    (
        "Mới đây, công chức tư pháp xã Yên Bằng tiếp nhận hồ sơ đăng ký kết hôn của anh Lê Văn "
        "Cường."
    ),
    "Vừa qua, Sở Tư pháp tỉnh Nam Định trả lời về thủ tục đăng ký kết hôn lưu động.",
    "Mới đây, nhiều cặp đôi đến UBND phường Ninh Xá đăng ký kết hôn.",
    "Vừa qua, bộ phận một cửa UBND xã Yên Bằng tiếp nhận 40 hồ sơ đăng ký khai sinh.",
    (
        "Mới đây, Trung tâm Phục vụ hành chính công tỉnh Nam Định tiếp nhận hồ sơ cấp phiếu lý "
        "lịch tư pháp trực tuyến."
    ),
    ("Vừa qua, anh Lê Văn Cường và chị Trần Thị Bình đã đăng ký kết hôn tại UBND xã Yên Bằng."),
    "Mới đây, UBND phường Ninh Xá đã cấp 12 giấy chứng nhận đăng ký kết hôn.",
    "Vừa qua, chị Trần Thị Bình phản ánh việc chậm giải quyết hồ sơ đăng ký kết hôn.",
    "Mới đây, Phòng Tư pháp huyện Ý Yên tiếp nhận đơn của ông Lê Văn Cường.",
    (
        "Vừa qua, công chức tư pháp - hộ tịch xã Yên Bằng hướng dẫn anh Lê Văn Cường ghi chú "
        "kết hôn."
    ),
    ("Mới đây, Sở Tư pháp tỉnh Nam Định tiếp nhận 150 hồ sơ đề nghị cấp phiếu lý lịch tư pháp."),
    "Vừa qua, UBND xã Yên Bằng tiếp nhận và giải quyết hồ sơ đăng ký kết hôn đúng hạn.",
    ("Mới đây, chị Trần Thị Bình đến Phòng Tư pháp huyện Ý Yên đề nghị trích lục đăng ký kết hôn."),
    "Vừa qua, hai bạn trẻ ở xã Yên Bằng hoàn tất thủ tục đăng ký kết hôn trực tuyến.",
    "Mới đây, anh Lê Văn Cường nhận giấy chứng nhận đăng ký kết hôn sau 3 ngày làm việc.",
    "Vừa qua, hồ sơ của chị Trần Thị Bình được giải quyết trong 2 ngày làm việc.",
]
HELD: list[tuple[str, tuple[str, None]]] = [
    (
        "Vừa qua, Sở Tư pháp tỉnh Nam Định và Hội Luật gia tỉnh ký kết Quy chế phối hợp.",
        ("signing", None),
    ),
    (
        ("Mới đây, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tập huấn nghiệp vụ đăng ký kết hôn."),
        ("training", None),
    ),
    (
        (
            "Vừa qua, UBND xã Yên Bằng tổ chức trao giấy chứng nhận đăng ký kết hôn lưu động "
            "cho 10 cặp đôi."
        ),
        ("ceremony", None),
    ),
    (
        "Mới đây, Sở Tư pháp tỉnh Nam Định tiếp Đoàn công tác của Bộ Tư pháp.",
        ("meeting", None),
    ),
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"service-{i:02d}") for i, t in enumerate(NO_EVENT)]
)
def test_a_civil_status_service_is_no_event(text: str) -> None:
    assert event_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "event"), [pytest.param(*row, id=f"held-{i:02d}") for i, row in enumerate(HELD)]
)
def test_an_activity_about_it_is_one(text: str, event: tuple[str, None]) -> None:
    assert event_facts(text) == {event}
