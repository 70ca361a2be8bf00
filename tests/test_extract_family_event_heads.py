"""Event kinds: the head noun decides, after signing, training and checks (the kit's
conventions). A meeting of people (``gặp mặt``) is a meeting; an anniversary that frames the
sentence (``Nhân dịp kỷ niệm …, …``) is its occasion, not its activity, while one that
complements a gathering (``họp mặt nhân kỷ niệm``) is a ceremony's; handing over a licence or
a certificate (``trao Giấy phép``) is a ceremony; a venue (``Trung tâm Thông tin - Hội nghị
tỉnh``), a programme's quoted name (``Chương trình “Gặp mặt đầu xuân”``) and a slogan (``tinh
thần “Bắt tay làm việc sớm”``) name no activity. Invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_CASES = [
    # meeting people: a meeting, also on an anniversary's occasion
    (
        "Sáng 13/9/2024, Chánh án Đào Văn Hiệp gặp mặt các đồng chí nguyên lãnh đạo Tòa án.",
        "meeting",
    ),
    (
        "Nhân dịp kỷ niệm 79 năm Ngày Truyền thống Tòa án nhân dân, ngày 13/9/2024, Chánh án "
        "Đào Văn Hiệp đã gặp mặt các đồng chí nguyên lãnh đạo qua các thời kỳ.",
        "meeting",
    ),
    (
        "Nhân dịp kỷ niệm 78 năm Ngày truyền thống ngành, sáng 18/7/2024, Cục Thi hành án dân sự "
        "tỉnh tổ chức gặp mặt cán bộ hưu trí.",
        "meeting",
    ),
    (
        "Sáng 23/9/2023, Viện kiểm sát nhân dân tỉnh đã tổ chức gặp mặt thân mật các đồng chí "
        "nguyên lãnh đạo, cán bộ đã nghỉ hưu.",
        "meeting",
    ),
    (
        "Ngày 20/1/2024, Sở Tư pháp tổ chức buổi gặp mặt cán bộ hưu trí nhân dịp Xuân Giáp Thìn.",
        "meeting",
    ),
    (
        "Ngày 5/2/2025, Tòa án nhân dân tỉnh gặp mặt, trao đổi kinh nghiệm với Tòa án tỉnh bạn.",
        "meeting",
    ),
    # a gathering whose complement is the anniversary: a ceremony (the kit's gold)
    (
        "Ngày 19-7-2024, Cục Thi hành án dân sự tỉnh tổ chức họp mặt nhân kỷ niệm 78 năm Ngày "
        "Truyền thống ngành.",
        "ceremony",
    ),
    (
        "Ngày 16-7-2015, Viện kiểm sát nhân dân tỉnh tổ chức buổi họp mặt truyền thống nhân kỷ "
        "niệm 55 năm Ngày thành lập ngành.",
        "ceremony",
    ),
    (
        "Nhân dịp kỷ niệm 80 năm Ngày truyền thống, ngày 27/8/2025, Sở Tư pháp tổ chức Lễ kỷ "
        "niệm trọng thể.",
        "ceremony",
    ),
    (
        "Nhân dịp kỷ niệm 80 năm Ngày truyền thống, ngày 27/8/2025, Sở Tư pháp tổ chức Tọa đàm "
        "về lịch sử ngành.",
        "conference",
    ),
    # handing over a licence, a certificate, a card: a ceremony
    (
        "Chiều 4/11/2024, Cục Con nuôi đã tổ chức trao Giấy phép hoạt động nuôi con nuôi nước "
        "ngoài tại Việt Nam cho ba tổ chức của Italia.",
        "ceremony",
    ),
    (
        "Ngày 8/5/2024, Sở Tư pháp trao giấy chứng nhận đăng ký hoạt động cho Văn phòng công "
        "chứng Hồng Phát.",
        "ceremony",
    ),
    (
        "Chiều 3/6/2024, Đoàn Luật sư tỉnh trao thẻ luật sư cho 12 luật sư mới gia nhập.",
        "ceremony",
    ),
    (
        "Ngày 12/12/2023, Sở Tư pháp trao chứng chỉ hành nghề đấu giá cho 10 đấu giá viên.",
        "ceremony",
    ),
    (
        "Sáng 2/4/2024, Sở Tư pháp tổ chức Lễ trao giấy chứng nhận cho các tổ chức hành nghề "
        "công chứng.",
        "ceremony",
    ),
    # a venue's name holds no activity: the contest is what is held
    (
        "Ngày 9/8/2023, tại Trung tâm Thông tin - Hội nghị tỉnh, UBND tỉnh tổ chức Hội thi Hòa "
        "giải viên giỏi năm 2023.",
        "other",
    ),
    (
        "Ngày 9/8/2023, tại Trung tâm Hội nghị tỉnh, Sở Tư pháp tổ chức Hội thi tìm hiểu pháp "
        "luật.",
        "other",
    ),
    (
        "Ngày 10/8/2023, tại Trung tâm Hội nghị - Triển lãm tỉnh, Sở Tư pháp tổ chức Hội thao "
        "ngành Tư pháp.",
        "other",
    ),
    (
        "Ngày 11/8/2023, tại Trung tâm Thông tin - Hội nghị tỉnh, Sở Tư pháp tổ chức Hội nghị "
        "tập huấn Luật Hòa giải ở cơ sở.",
        "training",
    ),
    # a programme's quoted name and a slogan name no activity
    (
        "Sáng ngày 23/02/2026, Thi hành án dân sự tỉnh tổ chức Chương trình “Gặp mặt đầu xuân "
        "2026” trong không khí phấn khởi.",
        "other",
    ),
    (
        "Ngày 10/2/2025, Sở Tư pháp tổ chức chương trình “Tết sum vầy” với tinh thần “Bắt tay "
        "làm việc sớm”.",
        "other",
    ),
    (
        "Ngày 10/2/2025, Sở Tư pháp tổ chức Hội nghị triển khai nhiệm vụ với tinh thần “Bắt tay "
        "làm việc ngay từ đầu năm”.",
        "conference",
    ),
    # the kit's first rules stay: signing, training, checks before the head noun
    (
        "Ngày 15/4/2021, Cục Thi hành án dân sự và Viện kiểm sát nhân dân tỉnh tổ chức Lễ ký "
        "kết Quy chế phối hợp.",
        "signing",
    ),
    (
        "Ngày 17/7/2023, Sở Tư pháp tổ chức Hội nghị bồi dưỡng kiến thức pháp luật cho hòa giải "
        "viên ở cơ sở.",
        "training",
    ),
    (
        "Chiều 27/10/2025, Bộ Tư pháp tổ chức Họp báo thường kỳ quý 3/2025.",
        "meeting",
    ),
    (
        "Ngày 20/5/2024, Đoàn kiểm tra của Cục đã kiểm tra công tác thi hành án tại Chi cục.",
        "inspection",
    ),
    (
        "Ngày 21/6/2024, Cục Thi hành án dân sự tỉnh tổ chức Lễ kỷ niệm 20 năm thành lập và đón "
        "nhận Huân chương Lao động hạng Ba.",
        "ceremony",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"), [pytest.param(t, k, id=f"h{i}") for i, (t, k) in enumerate(_CASES)]
)
def test_the_head_noun_decides_the_kind(text: str, kind: str) -> None:
    assert {k for k, _ in _events(text)} == {kind}
