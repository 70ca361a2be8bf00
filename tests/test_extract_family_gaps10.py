"""Organization gaps of session 10 (x-gaps10), checked on invented sentences (never taken from
any real page):

- L: a place level word written with a capital after a body (``UBND Tỉnh X``, ``UBND Xã X``,
  ``Sở Tư pháp Tỉnh X``): the same body as with the small word (``tỉnh X``, ``xã X``);
- S: the justice department written short (``Sở TP tỉnh X``, ``Sở TP X``, ``STP X``): ``Sở
  Tư pháp`` of that place, only when the place follows; ``TP`` as ``thành phố`` keeps its
  meaning (``Sở Tư pháp TP X``, ``UBND TP X``);
- O: a notary's or bailiff's office written small (``Trưởng văn phòng công chứng X``): the
  office, named with a capital; a count or a plural of offices is none.

Each row: a sentence, the organizations the report must list, and names it must not list;
positions are (person, title, organization) as the scorer compares them.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts, scored, scored_orgs, scored_positions
from extract_helpers import scored_names as _keys

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
UB = "Ủy ban nhân dân"

ORGS = [
    # L: capitalized level words
    P(
        "Ông Đặng Quốc Thạch, Phó Chủ tịch UBND Tỉnh Bình Phước dự hội nghị.",
        {f"{UB} tỉnh Bình Phước"},
        set(),
        id="l-province-capital",
    ),
    P(
        "UBND Tỉnh Quảng Nam vừa ban hành kế hoạch phổ biến pháp luật.",
        {f"{UB} tỉnh Quảng Nam"},
        set(),
        id="l-province-capital-subject",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND Xã Tân Hòa trình bày báo cáo.",
        {f"{UB} xã Tân Hòa"},
        set(),
        id="l-commune-capital",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND Huyện Đức Linh trình bày báo cáo.",
        {f"{UB} huyện Đức Linh"},
        set(),
        id="l-district-capital",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc Sở Tư pháp Tỉnh Hà Giang chủ trì.",
        {"Sở Tư pháp tỉnh Hà Giang"},
        set(),
        id="l-department-capital",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND Phường Tân Định phát biểu.",
        {f"{UB} phường Tân Định"},
        set(),
        id="l-ward-capital",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND Thị trấn Đức Tài phát biểu.",
        {f"{UB} thị trấn Đức Tài"},
        {f"{UB} tỉnh Thị"},
        id="l-town-capital",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch HĐND Tỉnh Khóa XVI phát biểu.",
        set(),
        {"Hội đồng nhân dân tỉnh Khóa XVI", "Hội đồng nhân dân tỉnh Khóa"},
        id="l-neg-term-after-level",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND tỉnh Quảng Nam phát biểu.",
        {f"{UB} tỉnh Quảng Nam"},
        set(),
        id="l-province-small-unchanged",
    ),
    P(
        "Tỉnh Quảng Nam có 18 huyện; Tỉnh ủy Quảng Nam chỉ đạo sát sao.",
        {"Tỉnh ủy Quảng Nam"},
        {f"{UB} tỉnh Quảng Nam"},
        id="l-neg-province-word-alone",
    ),
    # S: the justice department written short
    P(
        "Bà Phùng Thị Diệu, Giám đốc Sở TP tỉnh Bình Phước phát biểu.",
        {"Sở Tư pháp tỉnh Bình Phước"},
        {"Sở thành phố tỉnh Bình Phước", "Sở TP tỉnh Bình Phước"},
        id="s-short-province-word",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc Sở TP Bình Phước phát biểu.",
        {"Sở Tư pháp tỉnh Bình Phước"},
        set(),
        id="s-short-province",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc STP Bình Phước phát biểu.",
        {"Sở Tư pháp tỉnh Bình Phước"},
        set(),
        id="s-acronym-province",
    ),
    P(
        "STP tỉnh Hà Giang tổ chức hội nghị tập huấn nghiệp vụ hộ tịch.",
        {"Sở Tư pháp tỉnh Hà Giang"},
        set(),
        id="s-acronym-province-word",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc Sở TP Hà Nội phát biểu.",
        {"Sở Tư pháp thành phố Hà Nội"},
        set(),
        id="s-short-city",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc Sở Tư pháp TP Hà Nội phát biểu.",
        {"Sở Tư pháp thành phố Hà Nội"},
        set(),
        id="s-city-word-unchanged",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND TP Cần Thơ phát biểu.",
        {f"{UB} thành phố Cần Thơ"},
        set(),
        id="s-city-committee-unchanged",
    ),
    P(
        "Ông Đặng Quốc Thạch, Chủ tịch UBND TP Bảo Lộc phát biểu.",
        {f"{UB} thành phố Bảo Lộc"},
        set(),
        id="s-district-city-unchanged",
    ),
    P(
        "Lãnh đạo Sở Tài chính, Sở Nội vụ tỉnh Bình Phước tham dự.",
        {"Sở Tài chính tỉnh Bình Phước", "Sở Nội vụ tỉnh Bình Phước"},
        {"Sở Tư pháp tỉnh Bình Phước"},
        id="s-neg-other-departments",
    ),
    P(
        "Đại diện các sở, ngành TP.HCM cùng tham dự buổi làm việc.",
        set(),
        {"Sở Tư pháp thành phố Hồ Chí Minh"},
        id="s-neg-departments-of-city",
    ),
    P(
        "Hội nghị có STP và các phòng chuyên môn tham dự.",
        set(),
        {"Sở Tư pháp"},
        id="s-neg-acronym-without-place",
    ),
    # O: offices written small
    P(
        "Ông Đặng Quốc Thạch, Trưởng văn phòng công chứng Hòa An phát biểu.",
        {"Văn phòng công chứng Hòa An"},
        set(),
        id="o-notary-small",
    ),
    P(
        "Ông Đặng Quốc Thạch - Trưởng văn phòng Thừa phát lại huyện Đức Linh phát biểu.",
        {"Văn phòng Thừa phát lại huyện Đức Linh"},
        set(),
        id="o-bailiff-small-district",
    ),
    P(
        "Đoàn kiểm tra làm việc tại văn phòng thừa phát lại Bến Nghé.",
        {"Văn phòng Thừa phát lại Bến Nghé"},
        set(),
        id="o-bailiff-all-small",
    ),
    P(
        "Sở Tư pháp kiểm tra văn phòng công chứng Hòa An và văn phòng công chứng Minh Tâm.",
        {"Văn phòng công chứng Hòa An", "Văn phòng công chứng Minh Tâm"},
        set(),
        id="o-two-notaries",
    ),
    P(
        "Hiện tỉnh có 12 văn phòng công chứng đang hoạt động.",
        set(),
        {"Văn phòng công chứng"},
        id="o-neg-count",
    ),
    P(
        "Các văn phòng công chứng trên địa bàn tỉnh Bình Phước đã được kiểm tra.",
        set(),
        {"Văn phòng công chứng tỉnh Bình Phước", "Văn phòng công chứng"},
        id="o-neg-plural",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), ORGS)
def test_organization_gaps10(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text, "2024-05-02")
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)


POSITIONS = [
    P(
        "Ông Đặng Quốc Thạch, Phó Chủ tịch UBND Tỉnh Bình Phước dự hội nghị.",
        "Đặng Quốc Thạch",
        {("Phó Chủ tịch", f"{UB} tỉnh Bình Phước")},
        id="l-position",
    ),
    P(
        "Bà Phùng Thị Diệu, Giám đốc STP Bình Phước phát biểu.",
        "Phùng Thị Diệu",
        {("Giám đốc", "Sở Tư pháp tỉnh Bình Phước")},
        id="s-position",
    ),
    P(
        "Ông Đặng Quốc Thạch, Trưởng văn phòng công chứng Hòa An phát biểu.",
        "Đặng Quốc Thạch",
        {("Trưởng văn phòng", "Văn phòng công chứng Hòa An")},
        id="o-position",
    ),
    P(
        "Ông Đặng Quốc Thạch, Trưởng văn phòng thừa phát lại Bến Nghé phát biểu.",
        "Đặng Quốc Thạch",
        {("Trưởng văn phòng", "Văn phòng Thừa phát lại Bến Nghé")},
        id="o-position-bailiff",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), POSITIONS)
def test_position_gaps10(text: str, person: str, expected: set[tuple[str, str]]) -> None:
    got = scored_positions(text, "2024-05-02")
    assert got.get(person) == scored(expected)


#: T: from 2025-03 the provincial enforcement office of a city written with ``TP``
#: (``THADS TP X``, ``THADS TP.X``) as with ``thành phố``; before 2025-03, or after an activity
#: word, ``THADS TP X`` is the sector, no body. Its head written short (``Trưởng THADS tỉnh X``)
#: holds the post ``Trưởng`` (``Phó Trưởng``) of that office, as the gold of data/eval/e writes
#: it; written in full (``Phó Trưởng Thi hành án dân sự tỉnh X``) the title stops before the level
THADS = "Thi hành án dân sự"
ENFORCEMENT = [
    P(
        "Ông Hà Minh Tuệ, Trưởng THADS TP Cần Thơ phát biểu.",
        "2025-08-02",
        {f"{THADS} thành phố Cần Thơ"},
        set(),
        id="t-city-short",
    ),
    P(
        "Ông Hà Minh Tuệ, Phó Trưởng THADS TP. Hải Phòng phát biểu.",
        "2025-08-02",
        {f"{THADS} thành phố Hải Phòng"},
        set(),
        id="t-city-short-dot",
    ),
    P(
        "Ông Hà Minh Tuệ, Phó Trưởng THADS TP.Hải Phòng phát biểu.",
        "2025-08-02",
        {f"{THADS} thành phố Hải Phòng"},
        set(),
        id="t-city-short-glued",
    ),
    P(
        "THADS tỉnh Cà Mau tổ chức hội nghị triển khai nhiệm vụ.",
        "2025-08-02",
        {f"{THADS} tỉnh Cà Mau"},
        set(),
        id="t-province-unchanged",
    ),
    P(
        "Ông Hà Minh Tuệ, Chi cục trưởng Chi cục THADS TP Vị Thanh phát biểu.",
        "2023-08-02",
        {f"Chi cục {THADS} thành phố Vị Thanh"},
        {f"{THADS} thành phố Vị Thanh"},
        id="t-district-office-unchanged",
    ),
    P(
        "Công tác THADS TP Cần Thơ đạt nhiều kết quả trong năm.",
        "2025-08-02",
        set(),
        {f"{THADS} thành phố Cần Thơ"},
        id="t-neg-activity",
    ),
    P(
        "Công tác Thi hành án dân sự tỉnh Hậu Giang năm 2025 có nhiều chuyển biến.",
        "2025-09-12",
        set(),
        {f"{THADS} tỉnh Hậu Giang"},
        id="t-neg-activity-written-out",
    ),
    P(
        "Sáng 12/9, Thi hành án dân sự tỉnh Hậu Giang tổ chức hội nghị sơ kết.",
        "2025-09-12",
        {f"{THADS} tỉnh Hậu Giang"},
        set(),
        id="t-office-written-out",
    ),
    P(
        "Năm qua, THADS TP Cần Thơ thi hành xong nhiều việc.",
        "2023-08-02",
        set(),
        {f"{THADS} thành phố Cần Thơ"},
        id="t-neg-before-2025",
    ),
]


@pytest.mark.parametrize(("text", "published", "present", "absent"), ENFORCEMENT)
def test_enforcement_city_gaps10(
    text: str, published: str, present: set[str], absent: set[str]
) -> None:
    orgs = scored_orgs(text, published)
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)


ENFORCEMENT_POSTS = [
    P(
        "Ông Hà Minh Tuệ, Trưởng THADS TP Cần Thơ phát biểu.",
        "Hà Minh Tuệ",
        {("Trưởng", f"{THADS} thành phố Cần Thơ")},
        id="t-head-city",
    ),
    P(
        "Bà Vi Thị Hằng, Phó Trưởng THADS tỉnh Cà Mau phát biểu.",
        "Vi Thị Hằng",
        {("Phó Trưởng", f"{THADS} tỉnh Cà Mau")},
        id="t-deputy-province",
    ),
    P(
        "Bà Vi Thị Hằng, Phó Trưởng Thi hành án dân sự tỉnh Cà Mau phát biểu.",
        "Vi Thị Hằng",
        {(f"Phó Trưởng {THADS}", f"{THADS} tỉnh Cà Mau")},
        id="t-deputy-full-unchanged",
    ),
    P(
        "Ông Hà Minh Tuệ, Phó Trưởng THADS TP.Hải Phòng phát biểu.",
        "Hà Minh Tuệ",
        {("Phó Trưởng", f"{THADS} thành phố Hải Phòng")},
        id="t-deputy-glued-city",
    ),
    P(
        "Ông Hà Minh Tuệ, Trưởng THADS TP phát biểu tại hội nghị.",
        "Hà Minh Tuệ",
        set(),
        id="t-neg-no-place",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), ENFORCEMENT_POSTS)
def test_enforcement_posts_gaps10(text: str, person: str, expected: set[tuple[str, str]]) -> None:
    assert scored_positions(text, "2025-08-02").get(person) == scored(expected)


#: G: givers the recognizer did not know: the national civil servants' union (``Công đoàn Viên
#: chức Việt Nam``), and the province's party board with its province left implicit (``Ban Chấp
#: hành Đảng bộ tỉnh`` on a page about one province); a member's title before it stays a title
GIVERS = [
    P(
        "Công đoàn Viên chức Việt Nam tặng Bằng khen cho Công đoàn Sở Tư pháp tỉnh Quảng Nam.",
        {"Công đoàn Viên chức Việt Nam", "Công đoàn Sở Tư pháp tỉnh Quảng Nam"},
        set(),
        id="g-union-national",
    ),
    P(
        "Bà Lục Thị Vân, Phó Chủ tịch Công đoàn Viên chức Việt Nam phát biểu chỉ đạo.",
        {"Công đoàn Viên chức Việt Nam"},
        set(),
        id="g-union-national-post",
    ),
    P(
        "Bà Lục Thị Vân, Chủ tịch Công đoàn Viên chức tỉnh Quảng Nam phát biểu.",
        {"Công đoàn Viên chức tỉnh Quảng Nam"},
        {"Công đoàn Viên chức Việt Nam"},
        id="g-union-province-unchanged",
    ),
    P(
        "Sở Tư pháp tỉnh Quảng Nam được Ban Chấp hành Đảng bộ tỉnh tặng Bằng khen.",
        {"Ban Chấp hành Đảng bộ tỉnh Quảng Nam"},
        set(),
        id="g-party-board-implicit",
    ),
    P(
        "Sở Tư pháp tỉnh Quảng Nam được Ban Chấp hành Đảng bộ tỉnh Quảng Nam tặng Bằng khen.",
        {"Ban Chấp hành Đảng bộ tỉnh Quảng Nam"},
        set(),
        id="g-party-board-named",
    ),
    P(
        "Ban Chấp hành Đảng bộ Thành phố Hà Nội tặng Bằng khen cho Đảng bộ Sở Tư pháp.",
        {"Ban Chấp hành Đảng bộ thành phố Hà Nội"},
        set(),
        id="g-party-board-city-capital",
    ),
    P(
        "Giám đốc Sở Tư pháp tỉnh Quảng Nam được bầu là Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
        {"Sở Tư pháp tỉnh Quảng Nam"},
        {"Ban Chấp hành Đảng bộ tỉnh Quảng Nam"},
        id="g-neg-member-title",
    ),
    P(
        "Sở Tư pháp tỉnh Quảng Nam quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.",
        {"Sở Tư pháp tỉnh Quảng Nam"},
        {"Đảng bộ tỉnh Quảng Nam"},
        id="g-neg-bare-party-organization",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), GIVERS)
def test_givers_gaps10(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text, "2024-05-02")
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)


def test_union_giver_award_gaps10() -> None:
    text = "Công đoàn Sở Tư pháp tỉnh Quảng Nam nhận Bằng khen của Công đoàn Viên chức Việt Nam."
    assert award_facts(text, "2024-05-02") == [
        ("Bằng khen của Công đoàn Viên chức Việt Nam", "Công đoàn Sở Tư pháp tỉnh Quảng Nam", CON)
    ]


#: W: a single line break inside a phrase (the line before runs on, at least 30 characters,
#: and the next opens in lower case) is read as a space, on a page that is not hard-wrapped
#: as a whole; the text keeps its length, so every evidence offset stays valid. A break
#: before a capital stays (a header line looks the same), and so does one after a short
#: line, a stop, or before a list item.
_LEAD = "Hội nghị tổng kết năm 2024 của ngành tư pháp tỉnh Hà Giang.\n"
WRAPS = [
    P(
        _LEAD + "Ông Lý Văn Bảo, Phó Giám đốc Sở Tư\npháp tỉnh Hà Giang phát biểu.",
        "Lý Văn Bảo",
        {("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Giang")},
        id="w-department-broken",
    ),
    P(
        _LEAD + "Dự hội nghị có ông Lý Văn Bảo, Viện trưởng Viện kiểm sát nhân\ndân tỉnh Hà Giang.",
        "Lý Văn Bảo",
        {("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Hà Giang")},
        id="w-procuracy-broken",
    ),
    P(
        _LEAD + "Bà Đàm Thị Nguyệt, Phó Chủ tịch Ủy ban nhân dân\ntỉnh Hà Giang dự và chỉ đạo.",
        "Đàm Thị Nguyệt",
        {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")},
        id="w-committee-broken-before-level",
    ),
    P(
        _LEAD + "Dự hội nghị có ông Lý Văn\nBảo, Phó Giám đốc Sở Tư pháp tỉnh Hà Giang.",
        "Lý Văn Bảo",
        {("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Giang")},
        id="w-name-broken",
    ),
    P(
        _LEAD + "Phát biểu tại hội nghị, đồng chí Đàm\nThị Nguyệt, Phó Chủ tịch UBND tỉnh Hà Giang"
        " ghi nhận kết quả.",
        "Đàm Thị Nguyệt",
        {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")},
        id="w-name-broken-after-surname",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), WRAPS)
def test_broken_lines_gaps10(text: str, person: str, expected: set[tuple[str, str]]) -> None:
    assert scored_positions(text, "2024-05-02").get(person) == scored(expected)


def test_broken_line_offsets_gaps10() -> None:
    from justicekg.extract.pipeline import extract
    from justicekg.text.normalize import normalize

    text = _LEAD + "Ông Lý Văn Bảo, Phó Giám đốc Sở Tư\npháp tỉnh Hà Giang phát biểu."
    report = extract(text, article_id="t", published="2024-05-02")
    assert len(report.article.text) == len(normalize(text))
    ev = report.persons[0].evidence
    assert ev is not None
    assert report.article.text[ev.start : ev.end] == ev.text
    assert normalize(text)[ev.start : ev.end].replace("\n", " ") == ev.text


KEPT = [
    P("Tin: Lý Bảo\nlogo trang", id="w-neg-short-line"),
    P("Sở Tư pháp tỉnh Hà Giang tổ chức hội nghị tổng kết.\nđại biểu dự", id="w-neg-stop"),
    P("Nội dung hội nghị tổng kết năm 2024 gồm các phần,\n- báo cáo", id="w-neg-list-item"),
    P("Hội nghị tổng kết công tác tư pháp năm 2024\nSở Tư pháp tỉnh Hà Giang", id="w-neg-capital"),
    P("Trang thông tin điện tử Sở Tư pháp tỉnh Hà Giang\ncms-publish-date", id="w-neg-markup"),
    P("Dự hội nghị có ông Lý Văn Bảo\nPhó Giám đốc, Sở Tư pháp", id="w-neg-name-whole"),
    P("Dự hội nghị có bà Nguyệt\nTrưởng phòng, Sở Tư pháp", id="w-neg-name-then-title"),
]


@pytest.mark.parametrize("text", KEPT)
def test_kept_lines_gaps10(text: str) -> None:
    from justicekg.text.segment import unwrap

    assert unwrap(text) == text
