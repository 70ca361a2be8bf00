"""Awards as a family, rules round 13: forms of award passages that pages of the sector use.

- a bloc's flag (``Cờ thi đua khối …``, ``… cụm …``) is its giver's flag when the text names the
  giver, as any other flag (``Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh P``); as written when
  it names none;
- the authority an award is handed over on (``Thừa ủy quyền của Thủ tướng Chính phủ, …``) names
  the award, not the deputy or the body whose people pass it over;
- inside one item of a list separated by semicolons or lines, the body a unit belongs to
  (``- Trường A, Sở Giáo dục và Đào tạo tỉnh P;``) is no second recipient; comma-only lists and
  peers keep every recipient;
- the people of a place as one collective (``cán bộ và Nhân dân xã A``, ``Đảng bộ, chính quyền
  và Nhân dân huyện B``), after the award or as its subject; a body's staff is the body;
- the names after ``có`` when the clause's subject names no one (``Trong số các tập thể được
  tặng … có A, B``), never a reason (``có thành tích``) nor a clause with its own recipient;
- the giver after the award as the agent of a giving verb or the source (``nhận Bằng khen do
  Chủ tịch UBND tỉnh trao tặng``, ``nhận Bằng khen từ Bộ trưởng …``), not a body that only
  proposes (``do Sở Tư pháp đề nghị``);
- every body of an elliptical list (``Chi cục THADS huyện A, B, C``, ``Phòng Tư pháp huyện A,
  huyện B``) receives, as the list is expanded for organizations;
- a collective named by its members whose last word is also a post (``Tập thể cán bộ, công
  chức Sở A``) is the recipient, not the body of a post;
- conjoined awards ``lần lượt`` (respectively) to as many recipients go one to each, in order;
- a person who receives "thay mặt tập thể" (any award) or the leaders "đại diện lãnh đạo Phòng A"
  receive for the body: the body is the recipient;
- a contest's results list (``Giải Nhất: bà A; Giải Nhì: ông B``), never a list of the prizes'
  worth;
- a list's sections marked by Roman numerals or capitals (``I. Huân chương …``), their items
  grouped under ``1. Tập thể:`` / ``2. Cá nhân:``, items numbered in brackets ``(1)``;
- a district enforcement head named by title alone (``Chi cục trưởng trao Giấy khen``, ``Giấy
  khen của Chi cục trưởng``) stands for the page's only Chi cục;
- a title a body is ranked as (``được xếp loại Tập thể lao động xuất sắc``);
- a commemorative medal's name followed by ``đợt``, ``lần``, ``có``, ``đã``;
- a court's tribunal written before its court (``Tòa Hành chính, TAND tối cao``) is the
  recipient, not the court;
- the subject's post and workplace (``ông A, Đội trưởng Đội B Công an huyện C được tặng``,
  ``ông D, cán bộ Đội E Chi cục F``) are no recipients, up to the subject's verb (``ông G,
  Phó Chủ tịch UBND tỉnh chúc mừng Cục H đã đón nhận``: Cục H receives).

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = "Phú Yên"
LEAD = "Ngày 15/01/2024, Sở Tư pháp tỉnh Phú Yên tổ chức Hội nghị tổng kết công tác năm 2023. "
LEADN = LEAD.strip() + "\n"
PUB = "2024-01-20"

SO = "Sở Tư pháp tỉnh Phú Yên"
PTP_A = "Phòng Tư pháp huyện Sơn Hòa"
PTP_B = "Phòng Tư pháp huyện Đồng Xuân"
XA = "xã Sơn Long"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
TTG = "Bằng khen của Thủ tướng Chính phủ"
BCT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"
BCA = "Bằng khen của Bộ trưởng Bộ Công an"
CCT = "Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"
CUB = "Cờ thi đua của Ủy ban nhân dân tỉnh Phú Yên"
HLB = "Huân chương Lao động hạng Ba"
KNC = "Kỷ niệm chương Vì sự nghiệp Tư pháp"
KHOI = "Ông Lò Văn Khởi"
KHOI_N, THAM_N = "Lò Văn Khởi", "Vi Thị Thắm"

Case = tuple[str, set[tuple[str, str, str]]]


def _facts(text: str) -> set[tuple[str, str, str]]:
    return set(award_facts(text, PUB))


BLOC_FLAGS: list[Case] = [
    (
        LEAD + "Năm 2023, Chủ tịch UBND tỉnh đã tặng Cờ thi đua khối các huyện miền núi cho "
        f"{PTP_A}.",
        {(CCT, PTP_A, CON)},
    ),
    (
        LEAD + "Sở Tư pháp hai năm liền đạt Cờ thi đua ngành Tư pháp và được Ủy ban nhân dân tỉnh "
        "trao Cờ thi đua cụm các sở, ngành kinh tế tổng hợp.",
        {("Cờ thi đua ngành Tư pháp", SO, CON), (CUB, SO, CON)},
    ),
    (
        LEAD + f"{PTP_A} nhận Cờ thi đua khối các cơ quan Nội chính của UBND tỉnh {P}.",
        {(CUB, PTP_A, CON)},
    ),
    # a numbered bloc written after the flag: the giver's flag too
    (
        LEAD + "Cục Thi hành án dân sự tỉnh Phú Yên được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua Cụm "
        "thi đua số 4.",
        {("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Phú Yên", CON)},
    ),
    (
        LEAD + "Cục Thi hành án dân sự tỉnh Phú Yên đạt Cờ thi đua Cụm thi đua số 4.",
        {("Cờ thi đua Cụm thi đua số 4", "Cục Thi hành án dân sự tỉnh Phú Yên", CON)},
    ),
    # no giver named: the bloc's flag as written
    (
        LEAD + f"{PTP_A} đạt Cờ thi đua khối các cơ quan Nội chính năm 2023.",
        {("Cờ thi đua khối các cơ quan Nội chính", PTP_A, CON)},
    ),
]


#: a long aside of one sentence, no award named in it
GUESTS = (
    "buổi lễ có sự tham dự của đại diện lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh, lãnh "
    "đạo Ủy ban nhân dân các huyện, thị xã, thành phố, các cơ quan thông tấn, báo chí ở Trung "
    "ương và địa phương, các hội viên Hội Luật gia tỉnh, các luật sư, công chứng viên, đấu giá "
    "viên, thừa phát lại, hòa giải viên cơ sở và đông đảo cán bộ, công chức, viên chức, người "
    "lao động của ngành tư pháp tỉnh"
)
GK = "Giấy khen của Giám đốc Sở Tư pháp tỉnh Phú Yên"

AUTHORIZED: list[Case] = [
    (
        LEAD + "Thừa ủy quyền của Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Hà Minh Sáng trao "
        f"Bằng khen cho {SO}.",
        {(TTG, SO, CON)},
    ),
    (
        LEAD + "Thừa ủy quyền của Bộ trưởng Bộ Tư pháp, Giám đốc Sở Tư pháp Đàm Công Hậu trao "
        f"Bằng khen cho {PTP_A}.",
        {(BTP, PTP_A, CON)},
    ),
    (
        LEAD + "Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Ban Chỉ huy Quân sự huyện Đồng Xuân "
        f"trao Bằng khen cho {PTP_B}.",
        {("Bằng khen của Bộ trưởng Bộ Quốc phòng", PTP_B, CON)},
    ),
    # another award named in between: the later one has its own giver
    (
        LEAD + "Thừa ủy quyền của Chủ tịch nước, ông Hà Minh Sáng trao Huân chương Lao động hạng "
        f"Ba cho {SO}; Chủ tịch UBND tỉnh tặng Bằng khen cho {PTP_A}.",
        {(HLB, SO, CON), (BCT, PTP_A, CON)},
    ),
    # the authority is the chairman's: his deputy hands it over
    (
        LEAD + "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Hà Minh Sáng, Phó Chủ tịch UBND tỉnh "
        f"trao Bằng khen cho ông {KHOI_N}.",
        {(BCT, KHOI_N, CON)},
    ),
    # an award in between, and no giver of the later award's own: the clause before goes on
    (
        LEAD + "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Hà Minh Sáng trao Huân chương Lao động "
        f"hạng Ba cho {SO}; dịp này, Bằng khen được trao cho {PTP_A}.",
        {(HLB, SO, CON), (BCT, PTP_A, CON)},
    ),
    # the authority and an award more than its reach (400 characters) before the later award:
    # the later award has its own giver, or none
    (
        LEAD + "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Hà Minh Sáng trao Huân chương Lao động "
        f"hạng Ba cho {SO}; {GUESTS}; Giám đốc Sở đã trao Giấy khen cho {PTP_A}.",
        {(HLB, SO, CON), (GK, PTP_A, CON)},
    ),
    (
        LEAD + "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Hà Minh Sáng trao Huân chương Lao động "
        f"hạng Ba cho {SO}; {GUESTS}; dịp này, Bằng khen được trao cho {PTP_A}.",
        {(HLB, SO, CON)},
    ),
]


LIST_PARENTS: list[Case] = [
    (
        LEADN + "Đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể:\n"
        "- Trường Trung học phổ thông Lê Trung Kiên, Sở Giáo dục và Đào tạo tỉnh Phú Yên;\n"
        "- Phòng Tư pháp huyện Sơn Hòa, Ủy ban nhân dân huyện Sơn Hòa;\n"
        "- Trung tâm Trợ giúp pháp lý nhà nước, Sở Tư pháp tỉnh Phú Yên.",
        {
            (TTG, "Trường Trung học phổ thông Lê Trung Kiên", NOM),
            (TTG, PTP_A, NOM),
            (TTG, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Yên", NOM),
        },
    ),
    (
        LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho: Trường Trung học cơ sở Lê Lợi, Phòng Giáo "
        f"dục và Đào tạo huyện Sơn Hòa; {PTP_B}.",
        {(BCT, "Trường Trung học cơ sở Lê Lợi", CON), (BCT, PTP_B, CON)},
    ),
    # a comma-only list: every body is a recipient
    (
        LEAD + f"Chủ tịch UBND tỉnh tặng Bằng khen cho {PTP_A}, Sở Tài chính tỉnh {P} và Công an "
        f"tỉnh {P}.",
        {
            (BCT, PTP_A, CON),
            (BCT, f"Sở Tài chính tỉnh {P}", CON),
            (BCT, f"Công an tỉnh {P}", CON),
        },
    ),
    # peers of one head inside a semicolon list: both receive
    (
        LEAD + f"Chủ tịch UBND tỉnh tặng Bằng khen cho: {PTP_A}, {PTP_B}; ông {KHOI_N}.",
        {(BCT, PTP_A, CON), (BCT, PTP_B, CON), (BCT, KHOI_N, CON)},
    ),
]


COLLECTIVES: list[Case] = [
    (
        LEAD + f"Nhân dân và cán bộ {XA} được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
        {(HLB, f"Nhân dân và cán bộ {XA}", CON)},
    ),
    (
        LEAD + f"Đảng bộ, chính quyền và Nhân dân {XA} vinh dự đón nhận Huân chương Lao động "
        "hạng Ba.",
        {(HLB, f"Đảng bộ, chính quyền và Nhân dân {XA}", CON)},
    ),
    (
        LEAD + "Trao Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và Nhân dân huyện "
        "Tây Hòa.",
        {(HLB, "Đảng bộ, chính quyền và Nhân dân huyện Tây Hòa", CON)},
    ),
    (
        LEAD + f"Bộ trưởng Bộ Công an tặng Bằng khen cho cán bộ và Nhân dân {XA} (Sơn Hòa).",
        {(BCA, f"cán bộ và Nhân dân {XA}", CON)},
    ),
    # a body's staff: the body receives
    (
        LEAD + "Bộ trưởng Bộ Công an tặng Bằng khen cho cán bộ, chiến sĩ Công an huyện Sơn Hòa.",
        {(BCA, "Công an huyện Sơn Hòa", CON)},
    ),
    # the place's people in another clause: not this award's recipient
    (
        LEAD + f"Cán bộ và Nhân dân {XA} đã đóng góp nhiều ngày công; {PTP_A} được tặng Bằng "
        "khen của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_A, CON)},
    ),
]


HAD_BY: list[Case] = [
    (
        LEAD + f"Trong số các tập thể được tặng Bằng khen của Bộ trưởng Bộ Tư pháp có {PTP_A}, "
        f"{PTP_B}.",
        {(BTP, PTP_A, CON), (BTP, PTP_B, CON)},
    ),
    (
        LEAD + f"Được tặng Bằng khen của Chủ tịch UBND tỉnh lần này có ông {KHOI_N} và bà "
        f"{THAM_N}.",
        {(BCT, KHOI_N, CON), (BCT, THAM_N, CON)},
    ),
    (
        LEAD + f"Các cá nhân được tặng Kỷ niệm chương Vì sự nghiệp Tư pháp đợt này có ông "
        f"{KHOI_N}, bà {THAM_N}.",
        {(KNC, KHOI_N, CON), (KNC, THAM_N, CON)},
    ),
    # the clause has its own recipient: a guest after "có" receives nothing
    (
        LEAD + f"{PTP_A} được tặng Bằng khen của Bộ trưởng Bộ Tư pháp, hội nghị có Thứ trưởng "
        "Đàm Văn Tám dự.",
        {(BTP, PTP_A, CON)},
    ),
    # a reason, not names
    (
        LEAD + "Các tập thể được tặng Bằng khen của Bộ trưởng Bộ Tư pháp có thành tích xuất sắc "
        "trong công tác năm 2023.",
        set(),
    ),
]


MEDAL_NAMES: list[Case] = [
    # a title a body is ranked as ("được xếp loại Tập thể lao động xuất sắc"): conferred
    (
        LEAD + f"{PTP_A} được xếp loại Tập thể lao động xuất sắc năm 2023.",
        {("Tập thể lao động xuất sắc", PTP_A, CON)},
    ),
    # a ranking that names no award: nothing
    (LEAD + f"{PTP_A} được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2023.", set()),
    (
        LEAD + f"{KHOI} được tặng Kỷ niệm chương Vì sự nghiệp Tư pháp lần này.",
        {(KNC, KHOI_N, CON)},
    ),
    (
        LEAD + f"Kỷ niệm chương Vì sự nghiệp Tư pháp đã được trao cho bà {THAM_N}.",
        {(KNC, THAM_N, CON)},
    ),
]


COURT = "Ngày 15/01/2024, Tòa án nhân dân tối cao tổ chức Hội nghị triển khai công tác năm 2024. "
CPCP = "Cờ thi đua của Chính phủ"

UNITS_AND_POSTS: list[Case] = [
    (
        COURT + "Chánh án trao Cờ thi đua của Chính phủ cho các tập thể: Tòa án nhân dân tỉnh "
        "Phú Yên; Tòa Kinh tế, Tòa án nhân dân tối cao.",
        {(CPCP, "Tòa án nhân dân tỉnh Phú Yên", CON), (CPCP, "Tòa Kinh tế", CON)},
    ),
    (
        LEAD + f"Ông {KHOI_N}, Đội trưởng Đội Cảnh sát kinh tế Công an huyện Sơn Hòa được tặng "
        "Bằng khen của Bộ trưởng Bộ Công an.",
        {(BCA, KHOI_N, CON)},
    ),
    (
        LEAD + f"Ông {KHOI_N}, cán bộ Đội Thi hành án Chi cục Thi hành án dân sự huyện Sơn Hòa "
        "được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {(BTP, KHOI_N, CON)},
    ),
    # the speaker's post ends at his verb: the body he congratulates receives
    (
        LEAD + f"Phát biểu tại buổi lễ, ông {KHOI_N}, Phó Chủ tịch UBND tỉnh chúc mừng {SO} đã "
        "vinh dự đón nhận Huân chương Lao động hạng Ba.",
        {(HLB, SO, CON)},
    ),
    # a subject with no description: the body and the person both receive
    (
        LEAD + f"{PTP_A} và bà {THAM_N} được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {(BTP, PTP_A, CON), (BTP, THAM_N, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_AND_POSTS)
def test_units_and_posts_are_no_recipients(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


GIVERS_AFTER: list[Case] = [
    (
        LEAD + f"{PTP_A} vinh dự nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng.",
        {(BCT, PTP_A, CON)},
    ),
    (
        LEAD + f"{PTP_A} nhận Cờ thi đua do Thủ tướng Chính phủ tặng.",
        {("Cờ thi đua của Chính phủ", PTP_A, CON)},
    ),
    (
        LEAD + f"Bằng khen do Bộ trưởng Bộ Tư pháp tặng đã được trao cho {PTP_B}.",
        {(BTP, PTP_B, CON)},
    ),
    (
        LEAD + f"{PTP_A} được nhận Bằng khen từ Bộ trưởng Bộ Tư pháp.",
        {(BTP, PTP_A, CON)},
    ),
    # the committee gives it: its chairman's, as "UBND tỉnh tặng Bằng khen"
    (LEAD + f"{PTP_B} nhận Bằng khen do UBND tỉnh tặng.", {(BCT, PTP_B, CON)}),
    # a body that proposes is no giver: no award named
    (LEAD + f"{PTP_A} được nhận Bằng khen do Sở Tư pháp đề nghị.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GIVERS_AFTER)
def test_the_giver_after_the_award(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


CC = "Chi cục Thi hành án dân sự huyện"

LISTS_AND_COLLECTIVES: list[Case] = [
    (
        LEAD + f"Bộ trưởng Bộ Tư pháp tặng Bằng khen cho {CC} Sơn Hòa, Đồng Xuân, Tây Hòa.",
        {(BTP, f"{CC} Sơn Hòa", CON), (BTP, f"{CC} Đồng Xuân", CON), (BTP, f"{CC} Tây Hòa", CON)},
    ),
    (
        LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Tư pháp huyện Sơn Hòa, huyện Đồng "
        "Xuân.",
        {(BCT, PTP_A, CON), (BCT, PTP_B, CON)},
    ),
    (
        LEAD + "Tập thể cán bộ, công chức Sở Tư pháp tỉnh Phú Yên được tặng Bằng khen của Bộ "
        "trưởng Bộ Tư pháp.",
        {(BTP, "Tập thể cán bộ, công chức Sở Tư pháp tỉnh Phú Yên", CON)},
    ),
    (
        LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Tập thể nữ công chức Cục Thi hành án dân "
        "sự tỉnh Phú Yên.",
        {(BTP, "Tập thể nữ công chức Cục Thi hành án dân sự tỉnh Phú Yên", CON)},
    ),
    # "tập thể" before a body alone is the body
    (
        LEAD + f"Bộ trưởng Bộ Tư pháp tặng Bằng khen cho tập thể {PTP_A}.",
        {(BTP, PTP_A, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_COLLECTIVES)
def test_elliptical_lists_and_member_collectives(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(text) == expected


RESPECTIVELY: list[Case] = [
    (
        LEAD + "Giám đốc Sở trao Bằng khen của Bộ trưởng Bộ Tư pháp và Giấy khen của Giám đốc Sở "
        f"lần lượt cho {PTP_A} và bà {THAM_N}.",
        {(BTP, PTP_A, CON), (GK, THAM_N, CON)},
    ),
    # no "lần lượt": both receive both
    (
        LEAD + "Giám đốc Sở trao Bằng khen của Bộ trưởng Bộ Tư pháp và Giấy khen của Giám đốc Sở "
        f"cho {PTP_A} và bà {THAM_N}.",
        {(BTP, PTP_A, CON), (GK, THAM_N, CON), (BTP, THAM_N, CON), (GK, PTP_A, CON)},
    ),
    # as many recipients as awards is the condition: three recipients, two awards
    (
        LEAD + "Giám đốc Sở trao Bằng khen của Bộ trưởng Bộ Tư pháp và Giấy khen của Giám đốc Sở "
        f"lần lượt cho {PTP_A}, {PTP_B} và bà {THAM_N}.",
        {(aw, r, CON) for aw in (BTP, GK) for r in (PTP_A, PTP_B, THAM_N)},
    ),
    # further classes of one order, and further givers of one head, come after the award:
    # still one each in the order of the text
    (
        LEAD + "Giám đốc Sở trao Huân chương Lao động hạng Nhì, hạng Ba lần lượt cho Phòng Tư pháp "
        "huyện Quản Bạ và Phòng Tư pháp huyện Yên Minh.",
        {
            ("Huân chương Lao động hạng Nhì", "Phòng Tư pháp huyện Quản Bạ", CON),
            (HLB, "Phòng Tư pháp huyện Yên Minh", CON),
        },
    ),
    (
        LEAD + "Chủ tịch nước tặng Huân chương Lao động hạng Nhì, hạng Ba lần lượt cho ông Lù Văn "
        "Páo và bà Thào Thị Mỷ.",
        {("Huân chương Lao động hạng Nhì", "Lù Văn Páo", CON), (HLB, "Thào Thị Mỷ", CON)},
    ),
    (
        LEAD + "Giám đốc Sở trao Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh lần lượt "
        f"cho {PTP_A} và {PTP_B}.",
        {(TTG, PTP_A, CON), (BCT, PTP_B, CON)},
    ),
    # an earlier conjoined award, then a head with a further giver
    (
        LEAD + "Giám đốc Sở trao Giấy khen của Giám đốc Sở và Bằng khen của Thủ tướng Chính phủ, "
        f"Chủ tịch UBND tỉnh lần lượt cho {PTP_A}, {PTP_B} và bà {THAM_N}.",
        {(GK, PTP_A, CON), (TTG, PTP_B, CON), (BCT, THAM_N, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVELY)
def test_conjoined_awards_respectively(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


ON_BEHALF: list[Case] = [
    (
        LEAD + f"Ông {KHOI_N}, Trưởng phòng Tư pháp huyện Sơn Hòa thay mặt tập thể nhận Bằng khen "
        "của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_A, CON)},
    ),
    (
        LEAD + f"Ông {KHOI_N}, Trưởng phòng Tư pháp huyện Sơn Hòa thay mặt tập thể Phòng nhận "
        "Bằng khen của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_A, CON)},
    ),
    (
        LEAD + f"Đại diện lãnh đạo {PTP_B} nhận Bằng khen của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_B, CON)},
    ),
    # no "thay mặt": the person herself receives
    (
        LEAD + f"Bà {THAM_N}, Trưởng phòng Tư pháp huyện Đồng Xuân nhận Bằng khen của Chủ tịch "
        "UBND tỉnh.",
        {(BCT, THAM_N, CON)},
    ),
    # the leaders of a body as the recipients' workplace: the persons receive
    (
        LEAD + f"Chủ tịch UBND tỉnh tặng Bằng khen cho các đồng chí lãnh đạo {PTP_B}: ông "
        f"{KHOI_N}, bà {THAM_N}.",
        {(BCT, KHOI_N, CON), (BCT, THAM_N, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_BEHALF)
def test_receiving_for_the_body(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), BLOC_FLAGS)
def test_a_blocs_flag_is_its_givers(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), AUTHORIZED)
def test_the_authority_names_the_award(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), LIST_PARENTS)
def test_a_units_parent_in_a_list_item(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES)
def test_a_places_people_as_one_recipient(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), HAD_BY)
def test_names_after_co(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDAL_NAMES)
def test_medal_names_before_a_word_of_time(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


CONTEST = (
    "Ngày 15/01/2024, Sở Tư pháp tỉnh Phú Yên tổ chức Cuộc thi Tìm hiểu pháp luật về hòa giải ở "
    "cơ sở. "
)
PRIZE = "Cuộc thi Tìm hiểu pháp luật về hòa giải ở cơ sở"

RESULTS_LISTS: list[Case] = [
    (
        CONTEST + f"Kết quả: Giải Nhất: bà {THAM_N}; Giải Nhì: ông {KHOI_N}.",
        {(f"Giải Nhất {PRIZE}", THAM_N, CON), (f"Giải Nhì {PRIZE}", KHOI_N, CON)},
    ),
    (
        CONTEST + f"Kết quả:\nGiải Nhất: {PTP_A}\nGiải Nhì: bà {THAM_N}",
        {(f"Giải Nhất {PRIZE}", PTP_A, CON), (f"Giải Nhì {PRIZE}", THAM_N, CON)},
    ),
    # the prizes' worth, no winner: nothing
    (
        CONTEST + "Cơ cấu giải thưởng gồm: Giải Nhất: 5.000.000 đồng; Giải Nhì: 3.000.000 đồng.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS_LISTS)
def test_a_contests_results_list(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


NOTICE = (
    "Sở Nội vụ đăng tải danh sách các tập thể, cá nhân lấy ý kiến nhân dân về việc đề nghị Chủ "
    "tịch nước khen thưởng, cụ thể như sau:\n\n"
)

SECTIONS: list[Case] = [
    # sections marked by Roman numerals, their items grouped under "1. Tập thể:", "2. Cá nhân:"
    (
        NOTICE + "I. Huân chương Lao động hạng Ba\n1. Tập thể:\n- Sở Tư pháp tỉnh Phú Yên\n"
        f"2. Cá nhân:\n- Ông {KHOI_N}, Giám đốc Sở Tư pháp\n"
        f"II. Bằng khen của Thủ tướng Chính phủ\n- {PTP_A}",
        {(HLB, SO, NOM), (HLB, KHOI_N, NOM), (TTG, PTP_A, NOM)},
    ),
    # items numbered in brackets
    (
        LEADN + f"Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể:\n(1) {PTP_A};\n(2) {PTP_B}.",
        {(BCT, PTP_A, CON), (BCT, PTP_B, CON)},
    ),
    # a capital letter marks the section
    (NOTICE + f"A. Huân chương Lao động hạng Ba\n- {SO}", {(HLB, SO, NOM)}),
    # numbered sections, as before
    (
        NOTICE + f"1. Huân chương Lao động hạng Ba\n- {SO}\n2. Bằng khen của Thủ tướng Chính "
        f"phủ\n- {PTP_A}",
        {(HLB, SO, NOM), (TTG, PTP_A, NOM)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECTIONS)
def test_sections_of_a_list(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


CC_PAGE = (
    "Ngày 15/01/2024, Chi cục Thi hành án dân sự huyện Sơn Hòa tổ chức Hội nghị tổng kết công "
    "tác năm 2023. "
)
GK_CC = "Giấy khen của Chi cục trưởng Chi cục Thi hành án dân sự huyện Sơn Hòa"

DISTRICT_HEADS: list[Case] = [
    (CC_PAGE + f"Chi cục trưởng trao Giấy khen cho ông {KHOI_N}.", {(GK_CC, KHOI_N, CON)}),
    (CC_PAGE + f"Giấy khen của Chi cục trưởng được trao cho bà {THAM_N}.", {(GK_CC, THAM_N, CON)}),
]


@pytest.mark.parametrize(("text", "expected"), DISTRICT_HEADS)
def test_a_district_head_by_title(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected
