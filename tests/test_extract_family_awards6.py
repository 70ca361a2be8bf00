"""Awards as a family, sixth table (rules round 7): one recipient and several awards in one
sentence or list, a ``Bằng khen`` written once for several givers (``Bằng khen của Thủ tướng
Chính phủ, Chủ tịch UBND tỉnh A, UBND huyện B``, ``được Bộ trưởng …, Chủ tịch … tặng Bằng
khen``), a committee's award named as written, a profile's pronoun as the recipient (``Bà đã
được nhận …``); and the procuracy's, courts' and police's award names, classes in Roman
numerals, foreign recipients (invented people and sentences; no sentence of any real article)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD1 = (
    "Ngày 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác hòa giải ở cơ sở. "
)
_LEAD2 = (
    "Ngày 19/12/2023, tại Hà Nội, Viện kiểm sát nhân dân tối cao tổ chức Lễ trao tặng Huân "
    "chương, Kỷ niệm chương. "
)
HLB = "Huân chương Lao động hạng Ba"
TTG = "Bằng khen của Thủ tướng Chính phủ"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
CTND = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định"
CTHN = "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội"
UBH = "Bằng khen của Ủy ban nhân dân huyện Ý Yên"
VT = "Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao"
CA = "Bằng khen của Chánh án Tòa án nhân dân tối cao"
KS = "Kỷ niệm chương Vì sự nghiệp Kiểm sát"
PC = "Kỷ niệm chương Bảo vệ pháp chế"
TA = "Kỷ niệm chương Vì sự nghiệp Tòa án"
BINH = "Trần Thị Bình"
AN = "Nguyễn Văn An"
CUONG = "Lê Văn Cường"
PHONG = "Phòng Tư pháp huyện Ý Yên"

ONE_RECIPIENT: list[tuple[str, set[tuple[str, str]]]] = [
    (
        (
            "Bà Trần Thị Bình, Tổ trưởng tổ hòa giải thôn Đông, được tặng Huân chương Lao "
            "động hạng "
            "Ba, Bằng khen của Thủ tướng Chính phủ, Bằng khen của Chủ tịch UBND tỉnh Nam Định."
        ),
        {(CTND, BINH), (HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình, Tổ trưởng tổ hòa giải thôn Đông. Sau hơn hai mươi năm gắn bó với"
            " thôn, bà đã nhận Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ,"
            " UBND huyện Ý Yên, Chủ tịch UBND tỉnh Nam Định."
        ),
        {(CTND, BINH), (HLB, BINH), (TTG, BINH), (UBH, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình đã được tặng Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND "
            "tỉnh Nam "
            "Định và UBND huyện Ý Yên."
        ),
        {(CTND, BINH), (TTG, BINH), (UBH, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình được nhận Huân chương Lao động hạng III, Bằng khen của Thủ "
            "tướng Chính "
            "phủ."
        ),
        {(HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Ông Lê Văn Cường, Trưởng thôn Đông, được tặng Bằng khen của Bộ trưởng Bộ Tư "
            "pháp, Bằng "
            "khen của Chủ tịch UBND tỉnh Nam Định và nhiều Giấy khen của UBND huyện Ý Yên."
        ),
        {(BTP, CUONG), (CTND, CUONG)},
    ),
    (
        (
            "Ông Lê Văn Cường nhiều năm liền được tặng Bằng khen của Bộ trưởng Bộ Tư pháp, "
            "Bằng khen "
            "của UBND huyện Ý Yên."
        ),
        {(BTP, CUONG), (UBH, CUONG)},
    ),
    (
        (
            "Phòng Tư pháp huyện Ý Yên được tặng Bằng khen của Bộ trưởng Bộ Tư pháp, Bằng "
            "khen của Chủ"
            " tịch UBND tỉnh Nam Định."
        ),
        {(BTP, PHONG), (CTND, PHONG)},
    ),
    (
        (
            "Phòng Tư pháp huyện Ý Yên đã được Bộ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh Nam "
            "Định tặng "
            "Bằng khen."
        ),
        {(BTP, PHONG), (CTND, PHONG)},
    ),
    (
        (
            "Bà Trần Thị Bình vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba, "
            "được Thủ "
            "tướng Chính phủ tặng Bằng khen."
        ),
        {(HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình từng nhận Bằng khen của Thủ tướng Chính phủ, của Chủ tịch UBND "
            "tỉnh Nam "
            "Định."
        ),
        {(CTND, BINH), (TTG, BINH)},
    ),
    (
        (
            "Đồng chí Trần Thị Bình đã được tặng thưởng Huân chương Lao động hạng Ba; Bằng "
            "khen của "
            "Thủ tướng Chính phủ; Bằng khen của Chủ tịch UBND tỉnh Nam Định."
        ),
        {(CTND, BINH), (HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình được nhận Bằng khen của Thủ tướng Chính phủ, Bằng khen của Bộ "
            "trưởng Bộ "
            "Tư pháp, Bằng khen của Chủ tịch UBND tỉnh Nam Định và nhiều Bằng khen của UBND "
            "huyện Ý "
            "Yên."
        ),
        {(BTP, BINH), (CTND, BINH), (TTG, BINH)},
    ),
    (
        (
            "Với thành tích đó, Phòng Tư pháp huyện Ý Yên đã vinh dự nhận Bằng khen của Thủ tướng "
            "Chính phủ, Bằng khen của Bộ trưởng Bộ Tư pháp."
        ),
        {(BTP, PHONG), (TTG, PHONG)},
    ),
    (
        (
            "Bà Trần Thị Bình sinh năm 1960, là hòa giải viên tiêu biểu. Bà đã được nhận Huân"
            " chương "
            "Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ."
        ),
        {(HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Ông Lê Văn Cường được nhận Bằng khen của Chủ tịch UBND TP Hà Nội, Bằng khen của "
            "Bộ trưởng"
            " Bộ Tư pháp."
        ),
        {(BTP, CUONG), (CTHN, CUONG)},
    ),
    (
        (
            "Ông Lê Văn Cường được nhận Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội và "
            "Bằng khen của Ủy ban nhân dân huyện Ý Yên."
        ),
        {(CTHN, CUONG), (UBH, CUONG)},
    ),
    (
        (
            "Ông Lê Văn Cường được tặng Huân chương Lao động hạng Nhì, Huân chương Lao động "
            "hạng Ba và"
            " Bằng khen của Thủ tướng Chính phủ."
        ),
        {("Huân chương Lao động hạng Nhì", CUONG), (HLB, CUONG), (TTG, CUONG)},
    ),
    (
        (
            "Bà Trần Thị Bình được tặng Bằng khen của Bộ trưởng Bộ Tư pháp (năm 2019), Bằng "
            "khen của "
            "Chủ tịch UBND tỉnh Nam Định (năm 2021)."
        ),
        {(BTP, BINH), (CTND, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình, Trưởng Phòng Tư pháp huyện Ý Yên, được nhận Bằng khen của Thủ tướng "
            "Chính phủ, Bằng khen của Chủ tịch UBND tỉnh Nam Định."
        ),
        {(CTND, BINH), (TTG, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình có nhiều năm đạt danh hiệu Chiến sĩ thi đua cơ sở, được tặng "
            "Bằng khen "
            "của Chủ tịch UBND tỉnh Nam Định."
        ),
        {("Chiến sĩ thi đua cơ sở", BINH), (CTND, BINH)},
    ),
    (
        (
            "Ông Lê Văn Cường được tặng Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Nam "
            "Định."
        ),
        {(CTND, CUONG), (TTG, CUONG)},
    ),
    (
        (
            "Bà Trần Thị Bình được tặng Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng"
            " Chính "
            "phủ, của Bộ trưởng Bộ Tư pháp."
        ),
        {(BTP, BINH), (HLB, BINH), (TTG, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình được nhận Huân Chương lao động Hạng Ba, Bằng khen của Thủ tướng"
            " Chính "
            "phủ."
        ),
        {(HLB, BINH), (TTG, BINH)},
    ),
    (
        "Bà Trần Thị Bình được tặng Bằng khen của UBND huyện Ý Yên.",
        {(UBH, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình được nhận Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Nam "
            "Định, UBND huyện Ý Yên… vì có thành tích trong công tác hòa giải."
        ),
        {(CTND, BINH), (TTG, BINH), (UBH, BINH)},
    ),
    (
        (
            "Tập thể Phòng Tư pháp huyện Ý Yên được tặng Bằng khen của Thủ tướng Chính phủ, "
            "Chủ tịch "
            "UBND tỉnh Nam Định."
        ),
        {(CTND, PHONG), (TTG, PHONG)},
    ),
    (
        "Bà Trần Thị Bình được tặng Bằng khen của Bộ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh.",
        {(BTP, BINH), (CTND, BINH)},
    ),
    (
        (
            "Phòng Tư pháp huyện Ý Yên được tặng Bằng khen của Chủ tịch UBND tỉnh Nam Định, "
            "Sở Tư pháp"
            " tỉnh Nam Định tổ chức lễ trao."
        ),
        {(CTND, PHONG)},
    ),
    (
        (
            "Ông Lê Văn Cường phát biểu tại hội nghị. Bà đã được tặng Bằng khen của Thủ tướng"
            " Chính "
            "phủ."
        ),
        set(),
    ),
    (
        (
            "Bà Trần Thị Bình dự hội nghị. Ông Lê Văn Cường, Trưởng thôn Đông, nhiều năm làm "
            "hòa giải "
            "viên. Ông đã được nhận Bằng khen của Thủ tướng Chính phủ."
        ),
        {(TTG, CUONG)},
    ),
    (
        (
            "Bà Trần Thị Bình được tặng Bằng khen của Chủ tịch UBND tỉnh Nam Định, Giấy khen "
            "của UBND "
            "huyện Ý Yên."
        ),
        {("Giấy khen của Ủy ban nhân dân huyện Ý Yên", BINH), (CTND, BINH)},
    ),
    (
        (
            "Đồng chí Lê Văn Cường trao Bằng khen của Chủ tịch UBND tỉnh Nam Định cho bà Trần Thị "
            "Bình, Trưởng Phòng Tư pháp huyện Ý Yên."
        ),
        {(CTND, BINH)},
    ),
    (
        (
            "Bà Trần Thị Bình được tặng Bằng khen của Bộ trưởng Bộ Tư pháp và của Chủ tịch "
            "UBND tỉnh "
            "Nam Định."
        ),
        {(BTP, BINH), (CTND, BINH)},
    ),
    (
        (
            "Phòng Tư pháp huyện Ý Yên được Thủ tướng Chính phủ và Bộ trưởng Bộ Tư pháp tặng Bằng "
            "khen."
        ),
        {(BTP, PHONG), (TTG, PHONG)},
    ),
]
SECTORS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        (
            "Viện trưởng VKSND tối cao đã trao Kỷ niệm chương Bảo vệ pháp chế cho ông Nguyễn "
            "Văn An, "
            "Phó Viện trưởng Viện kiểm sát nhân dân tỉnh Nam Định."
        ),
        {(PC, AN)},
    ),
    (
        (
            "Dịp này, Viện trưởng VKSND tối cao trao Kỷ niệm chương bảo vệ Pháp chế cho các "
            "đồng chí "
            "Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường."
        ),
        {(PC, AN), (PC, BINH), (PC, CUONG)},
    ),
    (
        "Ông Nguyễn Văn An được tặng Kỷ niệm chương Vì sự nghiệp Kiểm sát.",
        {(KS, AN)},
    ),
    (
        'Trao Kỷ niệm chương "Vì sự nghiệp Kiểm sát" cho ông Nguyễn Văn An và bà Trần Thị Bình.',
        {(KS, AN), (KS, BINH)},
    ),
    (
        "Chánh án TAND tối cao trao Kỷ niệm chương Vì sự nghiệp Tòa án cho ông Nguyễn Văn An.",
        {(TA, AN)},
    ),
    (
        "Viện kiểm sát nhân dân tỉnh Nam Định được tặng Bằng khen của Viện trưởng VKSND tối cao.",
        {(VT, "Viện kiểm sát nhân dân tỉnh Nam Định")},
    ),
    (
        "Tòa án nhân dân tỉnh Nam Định được tặng Bằng khen của Chánh án TAND tối cao.",
        {(CA, "Tòa án nhân dân tỉnh Nam Định")},
    ),
    (
        "Viện trưởng VKSND tối cao tặng Bằng khen cho Viện kiểm sát nhân dân tỉnh Nam Định.",
        {(VT, "Viện kiểm sát nhân dân tỉnh Nam Định")},
    ),
    (
        (
            "Chánh án TAND tối cao tặng Bằng khen cho Tòa án nhân dân tỉnh Nam Định và ông "
            "Nguyễn Văn "
            "An."
        ),
        {(CA, "Tòa án nhân dân tỉnh Nam Định"), (CA, AN)},
    ),
    (
        (
            "Thừa ủy quyền của Chủ tịch nước, ông Trần Văn Dũng trao Huân chương Độc lập hạng"
            " II cho "
            "Viện kiểm sát nhân dân tối cao Lào."
        ),
        {("Huân chương Độc lập hạng Nhì", "Viện kiểm sát nhân dân tối cao Lào")},
    ),
    (
        (
            "Trao Huân chương Lao động hạng I cho ông Nguyễn Văn An; Huân chương Lao động "
            "hạng III cho"
            " bà Trần Thị Bình."
        ),
        {("Huân chương Lao động hạng Nhất", AN), (HLB, BINH)},
    ),
    (
        (
            "Trao Huân chương Hữu nghị cho ông Somsak Vongphachanh, Viện trưởng Viện kiểm sát"
            " nhân dân"
            " tối cao Lào."
        ),
        {("Huân chương Hữu nghị", "Somsak Vongphachanh")},
    ),
    (
        "Ông Nguyễn Văn An được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.",
        {("Huân chương Bảo vệ Tổ quốc hạng Ba", AN)},
    ),
    (
        "Ông Nguyễn Văn An được tặng danh hiệu Chiến sĩ thi đua toàn quốc.",
        {("Chiến sĩ thi đua toàn quốc", AN)},
    ),
    (
        (
            "Viện kiểm sát nhân dân tỉnh Nam Định được tặng Cờ thi đua của Viện kiểm sát nhân"
            " dân tối "
            "cao."
        ),
        {("Cờ thi đua của Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tỉnh Nam Định")},
    ),
    (
        (
            "Viện trưởng VKSND tối cao đã ký Quyết định tặng Kỷ niệm chương Vì sự nghiệp Kiểm"
            " sát cho "
            "25 cá nhân."
        ),
        set(),
    ),
    (
        (
            "Bà Trần Thị Bình vinh dự nhận Kỷ niệm chương Vì sự nghiệp Kiểm sát và Bằng khen "
            "của Viện "
            "trưởng VKSND tối cao."
        ),
        {(KS, BINH), (VT, BINH)},
    ),
    (
        "Ông Nguyễn Văn An được tặng Bằng khen của Bộ trưởng Bộ Công an.",
        {("Bằng khen của Bộ trưởng Bộ Công an", AN)},
    ),
    (
        "Công an tỉnh Nam Định được tặng Huân chương Bảo vệ Tổ quốc hạng Nhì.",
        {("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Công an tỉnh Nam Định")},
    ),
    (
        "Trao Kỷ niệm chương Bảo vệ an ninh Tổ quốc cho ông Nguyễn Văn An.",
        {("Kỷ niệm chương Bảo vệ an ninh Tổ quốc", AN)},
    ),
    (
        (
            "Ông Nguyễn Văn An được tặng Bằng khen của Chánh án Tòa án nhân dân tối cao, Bằng"
            " khen của"
            " Viện trưởng Viện kiểm sát nhân dân tối cao."
        ),
        {(CA, AN), (VT, AN)},
    ),
    (
        "Viện kiểm sát nhân dân tỉnh Nam Định đón nhận Huân chương Lao động hạng Nhì.",
        {("Huân chương Lao động hạng Nhì", "Viện kiểm sát nhân dân tỉnh Nam Định")},
    ),
    (
        (
            "Trao Kỷ niệm chương Vì sự nghiệp Kiểm sát cho các đồng chí: Nguyễn Văn An, Trần "
            "Thị Bình,"
            " Lê Văn Cường."
        ),
        {(KS, AN), (KS, BINH), (KS, CUONG)},
    ),
    (
        "Ông Nguyễn Văn An được tặng Bằng khen của Viện trưởng Viện KSND tối cao.",
        {(VT, AN)},
    ),
]


def _awards(text: str, published: str) -> set[tuple[str, str]]:
    report = extract(text, article_id="t", published=published)
    return {(a.award, a.recipient) for a in report.awards}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [pytest.param(*row, id=f"one-recipient-{i:02d}") for i, row in enumerate(ONE_RECIPIENT)],
)
def test_one_recipient_several_awards(tail: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(_LEAD1 + tail, "2024-06-15") == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [pytest.param(*row, id=f"sector-{i:02d}") for i, row in enumerate(SECTORS)],
)
def test_sector_award_names(tail: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(_LEAD2 + tail, "2023-12-20") == expected
