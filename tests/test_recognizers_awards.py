from __future__ import annotations

import pytest
from _extract_helpers import run_until

NOM = "nominated"
CON = "conferred"
REG = "registered"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Hội nghị bình xét, suy tôn đề nghị Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp gồm: "
            "- 02 Sở Tư pháp: Sở Tư pháp tỉnh Bình Định, Sở Tư pháp tỉnh Quảng Ngãi và 09 Chi cục.",
            [
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Bình Định", NOM),
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Quảng Ngãi", NOM),
            ],
            id="list",
        ),
        pytest.param(
            "Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho Chi cục THADS huyện Quỳnh Lưu, "
            "tỉnh Nghệ An.",
            [
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Chi cục Thi hành án dân sự huyện Quỳnh Lưu",
                    CON,
                )
            ],
            id="rebuilt",
        ),
        pytest.param(
            "Cục THADS tỉnh Quảng Ninh vinh dự được Chính phủ tặng Cờ thi đua.",
            [("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Quảng Ninh", CON)],
            id="passive",
        ),
        pytest.param(
            "Theo đó, Cục THADS tỉnh Quảng Trị đăng ký phấn đấu đạt Cờ thi đua của Chính phủ; "
            "Cục THADS tỉnh Hà Tĩnh đăng ký Tập thể lao động xuất sắc.",
            [
                ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Quảng Trị", REG),
                ("Tập thể lao động xuất sắc", "Cục Thi hành án dân sự tỉnh Hà Tĩnh", REG),
            ],
            id="registered",
        ),
        pytest.param(
            "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Cục THADS tỉnh Yên Bái.",
            [("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Yên Bái", CON)],
            id="medal",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái họp. Chủ tịch UBND tỉnh đã tặng Bằng khen cho Phòng Tư pháp "
            "huyện Văn Yên.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
                    "Phòng Tư pháp huyện Văn Yên",
                    CON,
                )
            ],
            id="provincial-giver",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 03 tập thể và 05 cá nhân.",
            [],
            id="counts",
        ),
        pytest.param(
            "đề nghị tặng danh hiệu Chiến sĩ thi đua ngành Tư pháp cho bà Trần Ngọc Diễm, "
            "Trưởng phòng Hành chính tư pháp.",
            [("Chiến sĩ thi đua ngành Tư pháp", "Trần Ngọc Diễm", NOM)],
            id="person",
        ),
        pytest.param(
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 tập thể và 03 cá nhân: Phòng Hộ"
            " tịch, quốc tịch, chứng thực, Sở Tư pháp tỉnh Yên Bái; Phòng Tư pháp huyện Lục Yên;"
            " ông Hoàng Văn Kiên, Chuyên viên Sở Tư pháp; bà Nông Thị Lụa, Trưởng phòng Tư pháp"
            " huyện Văn Chấn; ông Lường Văn Pấu.",
            [
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Phòng Hộ tịch, quốc tịch, chứng thực Sở Tư pháp tỉnh Yên Bái",
                    CON,
                ),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Lục Yên", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Hoàng Văn Kiên", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nông Thị Lụa", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lường Văn Pấu", CON),
            ],
            id="list-after-colon-over-semicolons",
        ),
        pytest.param(
            "Trao Bằng khen của Bộ trưởng Bộ Tư pháp cho 02 cá nhân:\n- Ông Sầm Văn Bình, Chấp"
            " hành viên;\n- Bà Lò Thị Xuân, Thư ký thi hành án.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sầm Văn Bình", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lò Thị Xuân", CON),
            ],
            id="bullets",
        ),
        pytest.param(
            "Hội đồng thống nhất đề nghị Bộ trưởng Bộ Tư pháp tặng Bằng khen cho ông Vi Văn"
            " Thắng, Phó Giám đốc Sở Tư pháp tỉnh Lạng Sơn.",
            [("Bằng khen của Bộ trưởng Bộ Tư pháp", "Vi Văn Thắng", NOM)],
            id="nominated-despite-tang",
        ),
        pytest.param(
            "Hội đồng xét đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở cho bà Lục Thị Ngân.",
            [("Chiến sĩ thi đua cơ sở", "Lục Thị Ngân", NOM)],
            id="xet-de-nghi",
        ),
        pytest.param(
            "Bà Triệu Thị Mẩy được công nhận danh hiệu Lao động tiên tiến năm 2024.",
            [("Lao động tiên tiến", "Triệu Thị Mẩy", CON)],
            id="cong-nhan",
        ),
        pytest.param(
            "Phòng Tư pháp huyện Bảo Lạc đăng ký thi đua danh hiệu Tập thể lao động tiên tiến.",
            [("Tập thể lao động tiên tiến", "Phòng Tư pháp huyện Bảo Lạc", REG)],
            id="dang-ky",
        ),
        pytest.param(
            "Đơn vị đề nghị cấp trên khen thưởng Bằng khen của Bộ trưởng Bộ Tư pháp cho Phòng Tư"
            " pháp huyện Na Rì.",
            [("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Na Rì", NOM)],
            id="de-nghi-cap-tren",
        ),
        pytest.param(
            "Nhân dịp này, Sở Tư pháp trao Giấy khen cho ông Bế Văn Hùng và bà Ma Thị Dung.",
            # the page names no province: the giver stays bare, as written (the conventions
            # keep the body the text names: "Bằng khen của Tòa án nhân dân tối cao")
            [
                ("Giấy khen của Sở Tư pháp", "Bế Văn Hùng", CON),
                ("Giấy khen của Sở Tư pháp", "Ma Thị Dung", CON),
            ],
            id="giay-khen",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Nghệ An công bố các quyết định khen thưởng:\n1. Bằng khen của Bộ"
            " trưởng Bộ Tư pháp:\n- Phòng Tư pháp huyện Nghi Lộc;\n- Ông Nguyễn Văn Bửu, Chuyên"
            " viên.\n2. Tập thể lao động xuất sắc:\n- Phòng Tư pháp huyện Diễn Châu.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Nghi Lộc", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn Bửu", CON),
                ("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Diễn Châu", CON),
            ],
            id="numbered-award-headings",
        ),
        pytest.param(
            "Tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho các tập thể:\nPhòng Tư pháp huyện Nghi"
            " Lộc\nPhòng Tư pháp huyện Diễn Châu",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Nghi Lộc", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Diễn Châu", CON),
            ],
            id="unmarked-lines",
        ),
        pytest.param(
            "Phòng Hành chính tư pháp, Sở Tư pháp tỉnh Nghệ An được tặng danh hiệu “Tập thể lao"
            " động xuất sắc”.",
            [
                (
                    "Tập thể lao động xuất sắc",
                    "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Nghệ An",
                    CON,
                )
            ],
            id="quoted-title",
        ),
        pytest.param(
            "Danh sách đề nghị khen thưởng:\n| STT | Tên đơn vị | Hình thức |\n| 1 | Sở Tư pháp"
            " tỉnh Phú Yên | Cờ thi đua ngành Tư pháp |\n| 2 | Ông Nguyễn Văn Hải, Giám đốc Sở"
            " Tư pháp tỉnh Khánh Hòa | Bằng khen của Bộ trưởng Bộ Tư pháp |",
            [
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Phú Yên", NOM),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn Hải", NOM),
            ],
            id="table-rows-under-intro",
        ),
        pytest.param(
            "Năm 2023, Sở Tư pháp tỉnh Nghệ An đạt danh hiệu Tập thể lao động xuất sắc.",
            [("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Nghệ An", CON)],
            id="dat",
        ),
        pytest.param(
            "Cục THADS tỉnh Nghệ An phấn đấu đạt Cờ thi đua của Chính phủ.",
            [("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nghệ An", REG)],
            id="phan-dau-dat",
        ),
        pytest.param(
            "Hội đồng xét tặng danh hiệu Chiến sĩ thi đua cơ sở cho ông Hồ Văn An.",
            [("Chiến sĩ thi đua cơ sở", "Hồ Văn An", NOM)],
            id="xet-tang",
        ),
        pytest.param(
            "Ông Hà Văn Bình đã trao Bằng khen của Bộ trưởng cho 01 tập thể và 01 cá nhân có "
            "thành tích xuất sắc, gồm:\n\n- Phòng Tư pháp huyện Hải Hậu, vì đã làm tốt;\n\n"
            "- Bà Đỗ Thị Hoa, chuyên viên Sở Tư pháp tỉnh Nam Định.\n\nHội nghị kết thúc.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Hải Hậu", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Đỗ Thị Hoa", CON),
            ],
            id="list-with-blank-lines",
        ),
        pytest.param(
            "Thừa ủy quyền, ông Trịnh Văn An đã trao Bằng khen của Thủ tướng Chính phủ tặng "
            "ông Đoàn Minh Khôi vì có thành tích xuất sắc.",
            [("Bằng khen của Thủ tướng Chính phủ", "Đoàn Minh Khôi", CON)],
            id="recipient-after-tang",
        ),
        pytest.param(
            "Ông Lưu Quang Vinh nghỉ hưu từ tháng 5. Trước đó, ông Vinh đã được Thủ tướng "
            "Chính phủ tặng Bằng khen.",
            [("Bằng khen của Thủ tướng Chính phủ", "Lưu Quang Vinh", CON)],
            id="short-reference",
        ),
        pytest.param(
            "Bộ Tư pháp tặng Bằng khen cho Phòng Công chứng số 2 (Sở Tư pháp tỉnh Nam Định).",
            [
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Phòng Công chứng số 2 tỉnh Nam Định",
                    CON,
                )
            ],
            id="parent-in-parentheses",
        ),
        pytest.param(
            "Các tập thể, cá nhân được khen thưởng:\n\n1. Bằng khen của Thủ tướng Chính phủ:\n"
            "- Phòng Tư pháp huyện Nghĩa Hưng: có thành tích trong phối hợp với Sở Nội vụ;\n"
            "- Ông Mai Văn Toàn, Chánh Văn phòng Sở Tư pháp tỉnh Nam Định.\n\nBuổi lễ kết thúc.",
            [
                ("Bằng khen của Thủ tướng Chính phủ", "Phòng Tư pháp huyện Nghĩa Hưng", CON),
                ("Bằng khen của Thủ tướng Chính phủ", "Mai Văn Toàn", CON),
            ],
            id="list-item-by-item",
        ),
        pytest.param(
            "Hội nghị thống nhất đề nghị khen thưởng như sau:\n"
            "- Cục THADS tỉnh Sơn La và ông Lò Văn Pọm, Chấp hành viên: đề nghị Bộ trưởng "
            "Bộ Tư pháp tặng Bằng khen;\n- Kết thúc.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Cục Thi hành án dân sự tỉnh Sơn La", NOM),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lò Văn Pọm", NOM),
            ],
            id="recipients-before-the-item-colon",
        ),
        pytest.param(
            "Ông Hồ Văn Tư trao Quyết định của Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 01 tập "
            "thể và 01 cá nhân, gồm:\n\nTập thể:\n1. Phòng Tư pháp huyện Ý Yên.\n\nCá nhân:\n"
            "1. Bà Trần Thị Lụa, Chuyên viên Sở Tư pháp tỉnh Nam Định.\n\nHội nghị kết thúc.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Ý Yên", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Lụa", CON),
            ],
            id="list-with-group-headings",
        ),
        pytest.param(
            "Sở Tư pháp thống nhất đề nghị Bộ trưởng Bộ Tư pháp xét tặng:\n"
            "- Cờ thi đua ngành Tư pháp cho Phòng Tư pháp huyện Hải Hậu;\n"
            "- Bằng khen cho ông Vũ Văn Đạt, Trưởng phòng Tư pháp huyện Xuân Trường.",
            [
                ("Cờ thi đua ngành Tư pháp", "Phòng Tư pháp huyện Hải Hậu", NOM),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Vũ Văn Đạt", NOM),
            ],
            id="giver-in-the-list-intro",
        ),
    ],
)
def test_awards(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = run_until(text, "awards")
    got = [(a.name, a.data["recipient"], a.data["status"]) for a in doc.by_label("award")]
    assert got == expected
