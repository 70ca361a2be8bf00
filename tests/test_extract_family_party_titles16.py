"""Positions as a family, rules round 16: party posts and ad-hoc boards split into title and
organization one way, however the rules read them.

- a secretary's role written with ``Đảng ủy`` is the role alone, the committee the
  organization (``Bí thư`` + ``Đảng ủy Sở Tư pháp tỉnh X``, the R16 dev gold 25 : 10); written
  with ``Chi bộ`` the title keeps the word as written (``Bí thư Chi bộ`` + ``Chi bộ X``, 3 : 7),
  and so does a member's ``Ủy viên Ban Thường vụ`` (1 : 20); ``Đảng đoàn`` and ``Ban cán sự
  đảng`` (no majority) stay as they were read;
- a Central Committee seat written with the party's name (``Ủy viên Trung ương Đảng Cộng sản
  Việt Nam``) is a seat on that party's organ (6 : 0), a seat on the executive without the
  party in the title (``Ủy viên Ban Chấp hành Trung ương``, 2 : 0);
- ``Ủy viên Ban Chấp hành Tỉnh ủy X`` sits on ``Tỉnh ủy X`` (2 : 0);
- the head of a contest's organizing board written with the contest's noun alone (``Trưởng
  ban Tổ chức cuộc thi``) heads ``Ban Tổ chức cuộc thi`` (``Trưởng ban``: the head noun in both,
  3 : 1); a named event in lower case (``giải Báo chí …``) names its board too; the head of a
  judging board with nothing after it is ``Trưởng Ban Giám khảo``, no body.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions

from justicekg.text.normalize import fold

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"
A = "Khúc Văn Độ"

CASES = [
    pytest.param(
        f"Ông {A}, Bí thư Đảng ủy, Giám đốc Sở Tư pháp {YB} phát biểu.",
        {("Bí thư", f"Đảng ủy Sở Tư pháp {YB}"), ("Giám đốc", f"Sở Tư pháp {YB}")},
        id="secretary-bare-committee-in-chain",
    ),
    pytest.param(
        f"Ông {A} - Bí thư Đảng ủy Sở Tư pháp {YB} trao quyết định.",
        {("Bí thư", f"Đảng ủy Sở Tư pháp {YB}")},
        id="secretary-committee-named-in-full",
    ),
    pytest.param(
        f"Bà {A}, Phó Bí thư Thường trực Đảng ủy, Phó Viện trưởng VKSND {YB} báo cáo.",
        {
            ("Phó Bí thư Thường trực", f"Đảng ủy Viện kiểm sát nhân dân {YB}"),
            ("Phó Viện trưởng", f"Viện kiểm sát nhân dân {YB}"),
        },
        id="standing-deputy-secretary",
    ),
    pytest.param(
        f"Ông {A}, Phó Bí thư Đảng đoàn, Chủ tịch Hội Luật gia {YB} dự.",
        {
            ("Phó Bí thư Đảng đoàn", f"Đảng đoàn Hội Luật gia {YB}"),
            ("Chủ tịch", f"Hội Luật gia {YB}"),
        },
        id="negative-party-group-unchanged",
    ),
    pytest.param(
        f"Ông {A} - Bí thư Chi bộ, Cục trưởng Cục THADS {YB} chủ trì.",
        {
            ("Bí thư Chi bộ", f"Chi bộ Cục Thi hành án dân sự {YB}"),
            ("Cục trưởng", f"Cục Thi hành án dân sự {YB}"),
        },
        id="cell-secretary-keeps-the-word",
    ),
    pytest.param(
        f"Ông {A} - Bí thư chi bộ, Viện trưởng VKSND huyện Trạm Tấu phát biểu.",
        {
            ("Bí thư Chi bộ", "Chi bộ Viện kiểm sát nhân dân huyện Trạm Tấu"),
            ("Viện trưởng", "Viện kiểm sát nhân dân huyện Trạm Tấu"),
        },
        id="cell-in-lower-case-keeps-the-next-post",
    ),
    pytest.param(
        f"Bà {A}, Bí thư Đảng ủy Khối các cơ quan {YB} dự.",
        {("Bí thư", f"Đảng ủy Khối các cơ quan {YB}")},
        id="bloc-committee-named-in-full",
    ),
    pytest.param(
        f"Ông {A}, nguyên Bí thư Chi bộ, Trưởng thôn Nậm Búng cho biết.",
        {("Nguyên Bí thư Chi bộ", "Chi bộ thôn Nậm Búng"), ("Trưởng thôn", None)},
        id="former-cell-secretary-of-a-village",
    ),
    pytest.param(
        f"Ông {A}, Bí thư Ban cán sự đảng, Viện trưởng VKSND {YB} dự.",
        {
            ("Bí thư Ban cán sự đảng", f"Ban cán sự đảng Viện kiểm sát nhân dân {YB}"),
            ("Viện trưởng", f"Viện kiểm sát nhân dân {YB}"),
        },
        id="negative-party-board-of-a-procuracy-unchanged",
    ),
    pytest.param(
        f"Ông {A}, Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Tư pháp dự.",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="negative-central-executive-seat-unchanged",
    ),
    pytest.param(
        f"Dự có ông {A} - Ủy viên ban Thường vụ Tỉnh ủy, Trưởng ban Nội chính Tỉnh ủy Yên Bái.",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Yên Bái"),
            ("Trưởng ban", "Ban Nội chính Tỉnh ủy Yên Bái"),
        },
        id="standing-board-member-in-lower-case",
    ),
    pytest.param(
        f"Dự có ông {A}, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND {YB}.",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Yên Bái"),
            ("Phó Chủ tịch", f"Ủy ban nhân dân {YB}"),
        },
        id="negative-standing-board-member-unchanged",
    ),
    pytest.param(
        f"Ông {A}, Ủy viên Trung ương Đảng Cộng sản Việt Nam, Bộ trưởng Bộ Tư pháp tiếp đoàn.",
        {
            ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="central-seat-with-the-party-name",
    ),
    pytest.param(
        f"Ông {A}, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Bộ trưởng Bộ Tư pháp.",
        {
            ("Ủy viên Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="central-executive-seat-with-the-party-name",
    ),
    pytest.param(
        f"Ông {A}, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        {("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"), ("Bộ trưởng", "Bộ Tư pháp")},
        id="negative-central-seat-without-the-party-name",
    ),
    pytest.param(
        f"Ông {A}, Ủy viên Ban Chấp hành Tỉnh ủy, Phó Chủ tịch UBND {YB} nhận hoa.",
        {("Ủy viên Ban Chấp hành", "Tỉnh ủy Yên Bái"), ("Phó Chủ tịch", f"Ủy ban nhân dân {YB}")},
        id="provincial-executive-is-the-committee",
    ),
    pytest.param(
        f"Ông {A}, Giám đốc Sở Tư pháp, Trưởng ban Tổ chức cuộc thi khẳng định kết quả.",
        {("Giám đốc", "Sở Tư pháp"), ("Trưởng ban", "Ban Tổ chức cuộc thi")},
        id="contest-board-by-its-noun",
    ),
    pytest.param(
        f"Bà {A}, Phó Giám đốc Sở Tư pháp, Phó trưởng Ban Tổ chức Hội thi chủ trì buổi tổng kết.",
        {("Phó Giám đốc", "Sở Tư pháp"), ("Phó trưởng Ban", "Ban Tổ chức Hội thi")},
        id="contest-board-deputy-head",
    ),
    pytest.param(
        f'Ông {A}, Thứ trưởng Bộ Tư pháp, Trưởng Ban tổ chức giải Báo chí "Vì công lý, ngành Tư'
        f' pháp" lần thứ hai dự lễ.',
        {
            ("Thứ trưởng", "Bộ Tư pháp"),
            ("Trưởng Ban", 'Ban Tổ chức giải Báo chí "Vì công lý, ngành Tư pháp" lần thứ hai'),
        },
        id="named-prize-in-lower-case-quoted",
    ),
    pytest.param(
        f"Ông {A}, Trưởng ban tổ chức Hội nghị phát biểu khai mạc.",
        {("Trưởng ban tổ chức", None)},
        id="negative-board-of-a-meeting-by-its-kind",
    ),
    pytest.param(
        f"Ông {A}, Trưởng Ban Tổ chức Tỉnh ủy Yên Bái phát biểu.",
        {("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Yên Bái")},
        id="negative-party-commission-unchanged",
    ),
    pytest.param(
        f"Dự có ông {A}, Phó Cục trưởng Cục THADS {YB}, Trưởng Ban Giám khảo; các thí sinh dự thi.",
        {("Phó Cục trưởng", f"Cục Thi hành án dân sự {YB}"), ("Trưởng Ban Giám khảo", None)},
        id="judging-board-head-bare",
    ),
    pytest.param(
        f"Ông {A}, Trưởng ban Giám khảo Hội thi Hòa giải viên giỏi {YB} năm 2031 phát biểu.",
        {("Trưởng ban", f"Ban Giám khảo Hội thi Hòa giải viên giỏi {YB} năm 2031")},
        id="judging-board-of-a-named-contest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_party_and_board_titles(text: str, expected: set[tuple[str, str | None]]) -> None:
    got = {(t, o.casefold() if o else None) for t, o in folded_positions(text, A)}
    assert {(fold(t), o.casefold() if o else None) for t, o in expected} == got, got
