"""Positions as a family, rules round 14: decisions on posts and what stands before a post.

- a decision that names the post first and the person after ``đối với`` (``miễn nhiệm chức
  danh Phó Chủ tịch UBND tỉnh P đối với ông A``, ``bổ nhiệm lại chức vụ …``, ``cách chức …``,
  a run of names after it); a post noun (``chức vụ``, ``chức danh``, ``chức``) between the
  person's verb and the title (``ông A được bổ nhiệm chức vụ Giám đốc Sở …``, ``cho ông B thôi
  chức Chánh án …``; an approval or an acting post with none: ``được Quốc hội phê chuẩn bổ
  nhiệm Bộ trưởng …``, ``được giao quyền Chi cục trưởng …``): the post relieved of and the
  post appointed to are the person's; generic staff words (``phân công cán bộ đối với ông
  A``), a decision with no post and a land-use right (``giao quyền sử dụng đất``) are none;
- a former post as a predicate (``ông A nguyên là Trưởng phòng …``) is the post with ``Nguyên``;
- a transfer to a workplace and the bare post given there (``điều động ông A, Phó Giám đốc Sở
  X đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó Giám đốc``): the post is of the
  workplace; a transfer with no post, or a post of another head, gives none;
- descriptions between a name and the post (degrees in either case, memberships, a retirement
  status: ``bà A, cử nhân luật, hội viên Hội Luật gia Việt Nam, cán bộ hưu trí, giữ chức Chủ
  tịch Hội``) are read past, up to the verb or the title; a retirement status is no post;
- a bare ``Hội`` after a post is the association the page is about (named most before it), not
  one the person is only a member of;
- a board membership with a bare association word (``Ủy viên Ban Thường vụ Hội, Chánh Văn phòng
  Hội Luật gia tỉnh P``) is of that association's board, not of the province's party committee.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

SO = "Sở Tư pháp tỉnh Điện Biên"
UB = "Ủy ban nhân dân tỉnh Điện Biên"
TA = "Tòa án nhân dân tỉnh Điện Biên"
HLG = "Hội Luật gia huyện Mường Nhé"

DECISION_CASES = [
    pytest.param(
        "Hội đồng nhân dân tỉnh đã biểu quyết miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh Điện"
        " Biên đối với ông Khoàng Văn Thiệu vì lý do sức khỏe.",
        "Khoàng Văn Thiệu",
        {("Phó Chủ tịch", UB)},
        id="relieved-post-then-doi-voi",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh trao quyết định bổ nhiệm lại chức vụ Giám đốc Sở Tư pháp tỉnh Điện"
        " Biên đối với bà Quàng Thị Nhiên.",
        "Quàng Thị Nhiên",
        {("Giám đốc", SO)},
        id="reappointed-post-then-doi-voi",
    ),
    pytest.param(
        "Quyết định cách chức Phó Chánh án Tòa án nhân dân tỉnh Điện Biên đối với ông Khoàng"
        " Văn Thiệu được công bố chiều nay.",
        "Khoàng Văn Thiệu",
        {("Phó Chánh án", TA)},
        id="dismissed-no-post-noun",
    ),
    pytest.param(
        "Tỉnh ủy quyết định kéo dài thời gian giữ chức vụ Giám đốc Sở Tư pháp tỉnh Điện Biên đối"
        " với ông Lường Văn Pấng đến khi nghỉ hưu.",
        "Lường Văn Pấng",
        {("Giám đốc", SO)},
        id="extended-term",
    ),
    pytest.param(
        "Hội đồng nhân dân tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh Điện Biên đối với các ông"
        " Khoàng Văn Thiệu, Lường Văn Pấng.",
        "Lường Văn Pấng",
        {("Ủy viên", UB)},
        id="run-of-names-after-doi-voi",
    ),
    pytest.param(
        "Ông Lường Văn Pấng được bổ nhiệm chức vụ Phó Giám đốc Sở Tư pháp tỉnh Điện Biên từ ngày"
        " 1/8.",
        "Lường Văn Pấng",
        {("Phó Giám đốc", SO)},
        id="person-then-post-noun",
    ),
    pytest.param(
        "Tòa án nhân dân tối cao công bố quyết định cho ông Khoàng Văn Thiệu thôi chức Chánh án"
        " TAND tỉnh Điện Biên để nghỉ hưu theo chế độ.",
        "Khoàng Văn Thiệu",
        {("Chánh án", TA)},
        id="relieved-thoi-chuc",
    ),
    pytest.param(
        "Bà Quàng Thị Nhiên được bổ nhiệm giữ chức danh Phó Giám đốc Sở Tư pháp tỉnh Điện Biên.",
        "Quàng Thị Nhiên",
        {("Phó Giám đốc", SO)},
        id="giu-chuc-danh",
    ),
    pytest.param(
        "Ông Lường Văn Pấng được Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ Tư pháp tại kỳ họp.",
        "Lường Văn Pấng",
        {("Bộ trưởng", "Bộ Tư pháp")},
        id="approved-by-the-assembly",
    ),
    pytest.param(
        "Bà Quàng Thị Nhiên được giao quyền Chi cục trưởng Chi cục THADS huyện Mường Nhé từ đầu"
        " năm.",
        "Quàng Thị Nhiên",
        {("Quyền Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Mường Nhé")},
        id="acting-head",
    ),
    pytest.param(
        "Hộ ông Lường Văn Pấng được giao quyền sử dụng đất theo quyết định của huyện.",
        "Lường Văn Pấng",
        None,
        id="negative-land-use-right",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy công bố quyết định điều động, phân công cán bộ đối với ông Lường Văn"
        " Pấng.",
        "Lường Văn Pấng",
        None,
        id="negative-generic-staff-word",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy thống nhất chủ trương bổ nhiệm đối với ông Lường Văn Pấng.",
        "Lường Văn Pấng",
        None,
        id="negative-decision-without-post",
    ),
    pytest.param(
        "Giám đốc Sở Tư pháp tỉnh Điện Biên đã có văn bản nhắc nhở đối với bà Quàng Thị Nhiên.",
        "Quàng Thị Nhiên",
        None,
        id="negative-doi-voi-without-decision",
    ),
    pytest.param(
        "Ông Lường Văn Pấng được bổ nhiệm chức vụ mới tại tỉnh bạn.",
        "Lường Văn Pấng",
        None,
        id="negative-post-noun-without-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), DECISION_CASES)
def test_decisions_name_the_post_of_the_person_they_concern(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


DESCRIPTION_CASES = [
    pytest.param(
        "Đại hội Hội Luật gia huyện Mường Nhé đã bầu ông Lò Văn Khẩm, cử nhân luật, giữ chức"
        " Chủ tịch Hội.",
        "Lò Văn Khẩm",
        {("Chủ tịch", HLG)},
        id="lower-case-degree-then-held-post",
    ),
    pytest.param(
        "Ban Thường vụ Hội Luật gia huyện Mường Nhé khóa mới gồm: bà Điêu Thị Sướng, thạc sĩ"
        " luật, hội viên Hội Luật gia Việt Nam, cán bộ hưu trí, giữ chức Chủ tịch Hội; ông Lò"
        " Văn Khẩm, Cử nhân Luật, được bầu giữ chức Phó Chủ tịch Hội.",
        "Điêu Thị Sướng",
        {("Chủ tịch", HLG)},
        id="degree-membership-retired-then-held-post",
    ),
    pytest.param(
        "Ban Thường vụ Hội Luật gia huyện Mường Nhé khóa mới gồm: bà Điêu Thị Sướng, thạc sĩ"
        " luật, hội viên Hội Luật gia Việt Nam, cán bộ hưu trí, giữ chức Chủ tịch Hội; ông Lò"
        " Văn Khẩm, Cử nhân Luật, được bầu giữ chức Phó Chủ tịch Hội.",
        "Lò Văn Khẩm",
        {("Phó Chủ tịch", HLG)},
        id="second-item-elected",
    ),
    pytest.param(
        "Tại Đại hội Hội Luật gia huyện Mường Nhé, bà Điêu Thị Sướng, cán bộ hưu trí thị trấn"
        " Mường Nhé giữ chức Chủ tịch Hội Luật gia huyện Mường Nhé.",
        "Điêu Thị Sướng",
        {("Chủ tịch", HLG)},
        id="retired-status-is-no-post",
    ),
    pytest.param(
        "Hội Luật gia huyện Mường Nhé kiện toàn nhân sự: ông Lò Văn Khẩm, thạc sỹ luật, hội viên"
        " Hội Luật gia Việt Nam, Phó Chánh án TAND huyện Mường Nhé giữ chức Phó Chủ tịch Hội.",
        "Lò Văn Khẩm",
        {("Phó Chánh án", "Tòa án nhân dân huyện Mường Nhé"), ("Phó Chủ tịch", HLG)},
        id="descriptions-before-a-post-and-a-held-post",
    ),
    pytest.param(
        "Ông Lò Văn Khẩm, sinh năm 1969, được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp tỉnh Điện"
        " Biên.",
        "Lò Văn Khẩm",
        {("Phó Giám đốc", SO)},
        id="birth-year-aside",
    ),
    pytest.param(
        "Ông Lò Văn Khẩm, cử nhân luật, cho biết Hội Luật gia huyện Mường Nhé sẽ giữ chức năng tư"
        " vấn cho người dân.",
        "Lò Văn Khẩm",
        None,
        id="negative-degree-then-other-verb",
    ),
    pytest.param(
        "Ông Lò Văn Khẩm, cán bộ hưu trí, làm việc tại Sở Tư pháp tỉnh Điện Biên nhiều năm.",
        "Lò Văn Khẩm",
        None,
        id="negative-retired-then-no-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), DESCRIPTION_CASES)
def test_descriptions_before_a_post_are_read_past(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


HLG_P = "Hội Luật gia tỉnh Điện Biên"

BOARD_CASES = [
    pytest.param(
        "Tham dự có ông Lò Văn Khẩm, Ủy viên Ban Thường vụ Hội, Chánh Văn phòng Hội Luật gia"
        " tỉnh Điện Biên.",
        "Lò Văn Khẩm",
        {
            ("Ủy viên Ban Thường vụ", f"Ban Thường vụ {HLG_P}"),
            ("Chánh Văn phòng", f"Văn phòng {HLG_P}"),
        },
        id="bare-association-board-then-office",
    ),
    pytest.param(
        "Đại hội bầu ông Lò Văn Khẩm giữ chức Ủy viên BTV Hội - Thư ký Hội Luật gia huyện Mường"
        " Nhé nhiệm kỳ 2024-2029.",
        "Lò Văn Khẩm",
        {("Ủy viên Ban Thường vụ", f"Ban Thường vụ {HLG}"), ("Thư ký", HLG)},
        id="abbreviated-board-dash-officer",
    ),
    pytest.param(
        "Ông Lò Văn Khẩm, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Điện Biên phát biểu.",
        "Lò Văn Khẩm",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Điện Biên"), ("Phó Chủ tịch", UB)},
        id="negative-no-association-word-keeps-party-board",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BOARD_CASES)
def test_board_of_a_bare_association(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_bare_association_is_the_one_the_page_is_about() -> None:
    text = (
        "Ngày 9/6, Hội Luật gia huyện Mường Nhé tổ chức Đại hội đại biểu lần thứ III. Đại hội"
        " Hội Luật gia huyện Mường Nhé đã bầu Ban Chấp hành gồm 11 ủy viên. Dự Đại hội có ông"
        " Hà Văn Lếch, Chủ tịch Hội Luật gia tỉnh Điện Biên. Kết quả, ông Lò Văn Khẩm được bầu"
        " giữ chức Chủ tịch Hội."
    )
    ok, got = positions_are(text, "Lò Văn Khẩm", {("Chủ tịch", HLG)})
    assert ok, got


YB = "tỉnh Yên Bái"

WORKPLACE_CASES = [
    pytest.param(
        "UBND tỉnh điều động ông Hà Đức Thuận, Phó Giám đốc Sở Xây dựng đến nhận công tác tại Sở"
        " Tư pháp và bổ nhiệm giữ chức Phó Giám đốc.",
        "Hà Đức Thuận",
        {("Phó Giám đốc", "Sở Xây dựng"), ("Phó Giám đốc", "Sở Tư pháp")},
        id="bare-post-at-the-workplace",
    ),
    pytest.param(
        "Ông Hà Đức Thuận, Phó Giám đốc Sở Xây dựng được điều động đến nhận công tác tại Sở Tư"
        " pháp tỉnh Yên Bái, bổ nhiệm giữ chức Phó Giám đốc Sở.",
        "Hà Đức Thuận",
        {("Phó Giám đốc", f"Sở Xây dựng {YB}"), ("Phó Giám đốc", f"Sở Tư pháp {YB}")},
        id="post-with-the-workplace-head",
    ),
    pytest.param(
        "Điều động ông Hà Đức Thuận, Giám đốc Sở Nội vụ về công tác tại Trường Chính trị tỉnh Yên"
        " Bái và bổ nhiệm làm Hiệu trưởng.",
        "Hà Đức Thuận",
        {("Giám đốc", f"Sở Nội vụ {YB}"), ("Hiệu trưởng", f"Trường Chính trị {YB}")},
        id="ve-cong-tac-bo-nhiem-lam",
    ),
    pytest.param(
        "Ông Hà Đức Thuận được điều động đến công tác tại Sở Tư pháp tỉnh Yên Bái từ tháng 3.",
        "Hà Đức Thuận",
        None,
        id="negative-transfer-without-post",
    ),
    pytest.param(
        "Ông Hà Đức Thuận đến công tác tại Sở Tư pháp tỉnh Yên Bái và làm việc với Giám đốc Sở.",
        "Hà Đức Thuận",
        None,
        id="negative-visit-not-a-transfer",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), WORKPLACE_CASES)
def test_post_given_at_the_workplace_of_a_transfer(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


FORMER_CASES = [
    pytest.param(
        "Ông Lò Văn Khẩm nguyên là Trưởng phòng Tư pháp huyện Mường Nhé, nay đã nghỉ hưu.",
        "Lò Văn Khẩm",
        {("Nguyên Trưởng phòng", "Phòng Tư pháp huyện Mường Nhé")},
        id="former-post-as-predicate",
    ),
    pytest.param(
        "Bà Điêu Thị Sướng, nguyên là Phó Giám đốc Sở Tư pháp tỉnh Điện Biên, chia sẻ kinh nghiệm.",
        "Điêu Thị Sướng",
        {("Nguyên Phó Giám đốc", SO)},
        id="former-post-in-an-aside",
    ),
    pytest.param(
        "Ông Lò Văn Khẩm nguyên là cán bộ của Sở Tư pháp tỉnh Điện Biên.",
        "Lò Văn Khẩm",
        None,
        id="negative-former-staff-word",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), FORMER_CASES)
def test_former_post_as_a_predicate(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
