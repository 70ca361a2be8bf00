"""Family P4: organizations whose level noun comes without its name next to it, and sub-units
with their parent.

Grammar: a local body is written with its level noun alone (``Tòa án nhân dân huyện``,
``Phòng Tư pháp huyện``, ``Chi cục THADS thành phố``) where the place is named nearby: before it
(``tại huyện Y``, ``UBND huyện Y``), after it in the same sentence (``… trên địa bàn huyện Y``),
or as the page's only place of that level; the report names it in full (``Phòng Tư pháp huyện
Y``). A sub-unit (``Văn phòng``, ``Phòng N``, ``Phòng Nghiệp vụ …``, ``Bộ môn X``, ``Vụ N``,
``Ban Pháp chế``, ``Tòa Hình sự``) is written before its parent with a comma, ``thuộc``,
``của`` or nothing between, the parent abbreviated or in full, or bare when the page names it
(``Văn phòng Sở``); the report names the unit with its parent. Where two places of the level
are named, the bare body stays unnamed.

Every sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored

from justicekg.extract import extract
from justicekg.extract._score import normalize

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def check(
    text: str, expected: set[str], absent: set[str] = frozenset(), published: str = "2021-05-10"
) -> tuple[bool, object]:
    """Whether the organizations of ``text`` include ``expected`` and none of ``absent``, as
    the scorer compares names."""
    r = extract(text, article_id="t", published=published)
    got = {normalize(o.name) for o in r.organizations}
    want = {o for _, o in scored({("", n) for n in expected})}
    avoid = {o for _, o in scored({("", n) for n in absent})}
    return want <= got and not (avoid & got), sorted(str(g) for g in got)


PLACE_NEARBY_CASES = [
    pytest.param(
        "Ngày 5/5, tại huyện Lạc Sơn, Phòng Tư pháp huyện tổ chức tuyên truyền pháp luật.",
        {"Phòng Tư pháp huyện Lạc Sơn"},
        {"Phòng Tư pháp huyện"},
        id="district-named-before-in-the-sentence",
    ),
    pytest.param(
        "Tòa án nhân dân huyện vừa xét xử lưu động vụ án trên địa bàn huyện Kim Bôi.",
        {"Tòa án nhân dân huyện Kim Bôi"},
        {"Tòa án nhân dân huyện"},
        id="district-named-after-in-the-sentence",
    ),
    pytest.param(
        "UBND huyện Tân Lạc chỉ đạo các xã rà soát hòa giải viên. Phòng Tư pháp huyện đã"
        " tổ chức tập huấn cho 150 hòa giải viên.",
        {"Ủy ban nhân dân huyện Tân Lạc", "Phòng Tư pháp huyện Tân Lạc"},
        {"Phòng Tư pháp huyện"},
        id="district-of-the-committee-in-the-previous-sentence",
    ),
    pytest.param(
        "Chi cục THADS huyện phối hợp với Công an huyện Mai Châu tổ chức cưỡng chế.",
        {"Chi cục Thi hành án dân sự huyện Mai Châu", "Công an huyện Mai Châu"},
        {"Chi cục Thi hành án dân sự huyện"},
        id="bare-office-beside-a-named-partner",
    ),
    pytest.param(
        "Tại thị xã Phú Thọ, Phòng Tư pháp thị xã đã phối hợp tổ chức Ngày Pháp luật.",
        {"Phòng Tư pháp thị xã Phú Thọ"},
        {"Phòng Tư pháp thị xã"},
        id="town-level",
    ),
    pytest.param(
        "Tại quận Hoàn Kiếm, Phòng Tư pháp quận đã tổ chức đối thoại chính sách.",
        {"Phòng Tư pháp quận Hoàn Kiếm"},
        {"Phòng Tư pháp quận"},
        id="urban-district-level",
    ),
    pytest.param(
        "Ngày 8/3, UBND xã Hợp Thành tổ chức hội nghị. Công chức tư pháp - hộ tịch của UBND xã"
        " trình bày báo cáo.",
        {"Ủy ban nhân dân xã Hợp Thành"},
        {"Ủy ban nhân dân xã"},
        id="commune-repeat",
    ),
    pytest.param(
        "Tòa án nhân dân thành phố Hòa Bình tổ chức phiên tòa rút kinh nghiệm. Viện kiểm sát"
        " nhân dân thành phố cử kiểm sát viên tham gia.",
        {"Tòa án nhân dân thành phố Hòa Bình", "Viện kiểm sát nhân dân thành phố Hòa Bình"},
        {"Viện kiểm sát nhân dân thành phố"},
        id="provincial-city-court-and-procuracy",
    ),
    pytest.param(
        "Đoàn đã làm việc với UBND huyện Lương Sơn và UBND huyện Kim Bôi. Phòng Tư pháp"
        " huyện báo cáo kết quả.",
        {"Ủy ban nhân dân huyện Lương Sơn", "Ủy ban nhân dân huyện Kim Bôi"},
        {"Phòng Tư pháp huyện Lương Sơn", "Phòng Tư pháp huyện Kim Bôi"},
        id="two-districts-do-not-guess",
    ),
    pytest.param(
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động tại tỉnh"
        " Hòa Bình.",
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Bình"},
        set(),
        id="province-named-after",
    ),
]

SUB_UNIT_CASES = [
    pytest.param(
        "Đại diện Văn phòng VKSND tỉnh Hòa Bình báo cáo.",
        {"Văn phòng Viện kiểm sát nhân dân tỉnh Hòa Bình"},
        set(),
        id="office-of-a-procuracy-abbreviated",
    ),
    pytest.param(
        "Đại diện Văn phòng Cục THADS tỉnh Hòa Bình báo cáo.",
        {"Văn phòng Cục Thi hành án dân sự tỉnh Hòa Bình"},
        set(),
        id="office-of-an-enforcement-department",
    ),
    pytest.param(
        "Đại diện Phòng 7 VKSND tỉnh Hòa Bình báo cáo.",
        {"Phòng 7 Viện kiểm sát nhân dân tỉnh Hòa Bình"},
        set(),
        id="numbered-division-of-a-procuracy",
    ),
    pytest.param(
        "Đại diện Phòng 7, Viện kiểm sát nhân dân tỉnh Hòa Bình báo cáo.",
        {"Phòng 7 Viện kiểm sát nhân dân tỉnh Hòa Bình"},
        set(),
        id="numbered-division-comma",
    ),
    pytest.param(
        "Đại diện Vụ 7, VKSND tối cao dự hội nghị.",
        {"Vụ 7 Viện kiểm sát nhân dân tối cao"},
        set(),
        id="numbered-department-of-the-supreme-procuracy",
    ),
    pytest.param(
        "Dự hội thảo có đại diện Bộ môn Luật Dân sự, Học viện Tư pháp.",
        {"Bộ môn Luật Dân sự Học viện Tư pháp"},
        set(),
        id="section-of-the-academy-comma",
    ),
    pytest.param(
        "Dự hội thảo có đại diện Bộ môn Luật Dân sự thuộc Học viện Tư pháp.",
        {"Bộ môn Luật Dân sự Học viện Tư pháp"},
        set(),
        id="section-of-the-academy-thuoc",
    ),
    pytest.param(
        "Đại diện Phòng Hành chính tư pháp thuộc Sở Tư pháp tỉnh Hòa Bình báo cáo.",
        {"Phòng Hành chính tư pháp Sở Tư pháp tỉnh Hòa Bình"},
        set(),
        id="division-of-a-department-thuoc",
    ),
    pytest.param(
        "Đại diện Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh Hòa Bình báo cáo.",
        {"Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Hòa Bình"},
        set(),
        id="division-with-a-comma-in-its-name",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Hòa Bình tổ chức hội nghị. Đại diện Văn phòng Sở trình bày báo cáo.",
        {"Văn phòng Sở Tư pháp tỉnh Hòa Bình"},
        {"Văn phòng Sở"},
        id="office-of-the-page-department-bare",
    ),
    pytest.param(
        "Cục THADS tỉnh Hòa Bình tổ chức hội nghị. Đại diện Văn phòng Cục trình bày báo cáo.",
        {"Văn phòng Cục Thi hành án dân sự tỉnh Hòa Bình"},
        {"Văn phòng Cục"},
        id="office-of-the-page-enforcement-office-bare",
    ),
    pytest.param(
        "Đại diện Phòng Nghiệp vụ và tổ chức thi hành án, Cục THADS tỉnh Hòa Bình báo cáo.",
        {"Phòng Nghiệp vụ và tổ chức thi hành án Cục Thi hành án dân sự tỉnh Hòa Bình"},
        set(),
        id="division-of-an-enforcement-office",
    ),
    pytest.param(
        "Đoàn giám sát của Ban Pháp chế HĐND tỉnh Hòa Bình làm việc với Sở Tư pháp.",
        {"Ban Pháp chế Hội đồng nhân dân tỉnh Hòa Bình"},
        set(),
        id="committee-of-the-council",
    ),
    pytest.param(
        "Đoàn công tác của Ban Nội chính Tỉnh ủy Hòa Bình làm việc với Sở Tư pháp.",
        {"Ban Nội chính Tỉnh ủy Hòa Bình"},
        set(),
        id="board-of-the-province-committee",
    ),
    pytest.param(
        "Đại diện Tòa Hình sự TAND tỉnh Hòa Bình báo cáo.",
        {"Tòa Hình sự Tòa án nhân dân tỉnh Hòa Bình"},
        set(),
        id="criminal-division-of-a-court",
    ),
    pytest.param(
        "Đại diện Văn phòng UBND tỉnh Hòa Bình báo cáo.",
        {"Văn phòng Ủy ban nhân dân tỉnh Hòa Bình"},
        set(),
        id="office-of-the-province-committee",
    ),
    pytest.param(
        "Đại diện Vụ Pháp luật hình sự - hành chính, Bộ Tư pháp dự hội nghị.",
        {"Vụ Pháp luật hình sự - hành chính", "Bộ Tư pháp"},
        set(),
        id="department-of-the-ministry-named-without-it",
    ),
    pytest.param(
        "Dự có ông Trần Văn Nam, Vụ trưởng Vụ Địa phương 1, Ban Nội chính Trung ương.",
        {"Vụ Địa phương 1 Ban Nội chính Trung ương", "Ban Nội chính Trung ương"},
        {"Vụ Địa phương 1"},
        id="department-of-a-central-party-board",
    ),
    pytest.param(
        "Dự có ông Trần Văn Nam, Phó Vụ trưởng Vụ Pháp luật thuộc Văn phòng Chính phủ.",
        {"Vụ Pháp luật Văn phòng Chính phủ"},
        {"Vụ Pháp luật"},
        id="department-of-the-government-office",
    ),
    pytest.param(
        "Đại diện Phòng Kiểm tra nghiệp vụ và thi hành án, TAND tỉnh Hòa Bình báo cáo.",
        {"Phòng Kiểm tra nghiệp vụ và thi hành án Tòa án nhân dân tỉnh Hòa Bình"},
        set(),
        id="division-of-a-court",
    ),
    pytest.param(
        "Đại diện Văn phòng Sở Tư pháp TP Hà Nội báo cáo.",
        {"Văn phòng Sở Tư pháp thành phố Hà Nội"},
        set(),
        id="office-of-a-city-department-abbreviated",
    ),
    pytest.param(
        "Đại diện Phòng Hộ tịch, quốc tịch, chứng thực - Sở Tư pháp tỉnh Hòa Bình báo cáo.",
        {"Phòng Hộ tịch, quốc tịch, chứng thực Sở Tư pháp tỉnh Hòa Bình"},
        set(),
        id="division-dash-parent",
    ),
]

#: the same grammar as the sector writes it: abbreviations, brackets, "của", the place in
#: another sentence, a unit's parent abbreviated or bare
WRITTEN_FORMS_CASES = [
    pytest.param(
        "Tòa án nhân dân huyện đã xét xử 120 vụ án. Đây là kết quả nổi bật của huyện Kim Bôi"
        " trong năm 2020.",
        {"Tòa án nhân dân huyện Kim Bôi"},
        {"Tòa án nhân dân huyện"},
        id="district-named-in-the-next-sentence",
    ),
    pytest.param(
        "Đoàn làm việc tại thành phố Hòa Bình, tỉnh Hòa Bình. Chi cục THADS thành phố báo cáo"
        " kết quả thi hành án.",
        {"Chi cục Thi hành án dân sự thành phố Hòa Bình"},
        {"Chi cục Thi hành án dân sự thành phố"},
        id="provincial-city-office-bare-level",
    ),
    pytest.param(
        "Ngày 8/3, tại xã Hợp Thành, UBND xã tổ chức Ngày Pháp luật.",
        {"Ủy ban nhân dân xã Hợp Thành"},
        {"Ủy ban nhân dân xã"},
        id="commune-named-as-a-place-before",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Hòa Bình tổ chức hội nghị. Đại diện Thanh tra Sở trình bày báo cáo.",
        {"Thanh tra Sở Tư pháp tỉnh Hòa Bình"},
        {"Thanh tra Sở"},
        id="inspectorate-of-the-page-department-bare",
    ),
    pytest.param(
        "Đại diện Phòng Hành chính tư pháp (Sở Tư pháp tỉnh Hòa Bình) báo cáo.",
        {"Phòng Hành chính tư pháp Sở Tư pháp tỉnh Hòa Bình"},
        set(),
        id="division-parent-in-brackets",
    ),
    pytest.param(
        "Đại diện Phòng Bổ trợ tư pháp của Sở Tư pháp tỉnh Hòa Bình báo cáo.",
        {"Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh Hòa Bình"},
        set(),
        id="division-of-a-department-cua",
    ),
    pytest.param(
        "Đại diện Phòng Tổ chức cán bộ, TAND tỉnh Hòa Bình báo cáo.",
        {"Phòng Tổ chức cán bộ Tòa án nhân dân tỉnh Hòa Bình"},
        set(),
        id="listed-division-of-a-court-comma",
    ),
    pytest.param(
        "Đại diện Văn phòng TAND tỉnh Hòa Bình báo cáo.",
        {"Văn phòng Tòa án nhân dân tỉnh Hòa Bình"},
        set(),
        id="office-of-a-court-abbreviated",
    ),
    pytest.param(
        "Đại diện Tòa Dân sự TAND cấp cao tại Hà Nội dự hội nghị.",
        {"Tòa Dân sự Tòa án nhân dân cấp cao tại Hà Nội"},
        set(),
        id="chamber-of-a-high-court",
    ),
    pytest.param(
        "Đại diện Văn phòng Bộ Tư pháp và Thanh tra Bộ dự hội nghị.",
        {"Văn phòng Bộ Tư pháp", "Thanh tra Bộ Tư pháp"},
        set(),
        id="inspectorate-of-a-ministry-named-only-as-a-parent",
    ),
    pytest.param(
        "Đại diện Phòng Cảnh sát hình sự, Công an tỉnh Hòa Bình dự hội nghị.",
        {"Phòng Cảnh sát hình sự Công an tỉnh Hòa Bình"},
        {"Phòng Cảnh sát hình sự, Công an tỉnh Hòa Bình"},
        id="police-division-comma-parent",
    ),
    pytest.param(
        "Đại diện Phòng Tư pháp UBND huyện Kim Bôi báo cáo.",
        {"Phòng Tư pháp huyện Kim Bôi"},
        {"Phòng Tư pháp Ủy ban nhân dân huyện Kim Bôi"},
        id="district-division-written-with-its-committee",
    ),
    pytest.param(
        "Đoàn giám sát của Ban Pháp chế HĐND huyện Kim Bôi làm việc với Phòng Tư pháp.",
        {"Ban Pháp chế Hội đồng nhân dân huyện Kim Bôi"},
        set(),
        id="committee-of-a-district-council",
    ),
    pytest.param(
        "Chiều 5/3 tại Lục Ngạn, Chi cục THADS huyện tổ chức cưỡng chế thi hành án.",
        {"Chi cục Thi hành án dân sự huyện Lục Ngạn"},
        {"Chi cục Thi hành án dân sự huyện"},
        id="district-named-without-its-level-word",
    ),
    pytest.param(
        "Ngày 2/4, ở Kim Bôi, Phòng Tư pháp huyện tổ chức Ngày Pháp luật cho người dân.",
        {"Phòng Tư pháp huyện Kim Bôi"},
        {"Phòng Tư pháp huyện"},
        id="district-after-o-without-its-level-word",
    ),
    pytest.param(
        "Dự có đồng chí Trần Văn Hưởng, Viện trưởng VKSND thị xã, đồng chí Lê Thị Vân, Chi cục"
        " trưởng Chi cục THADS; đồng chí Phạm Văn Tâm, Phó trưởng Công an thị xã Duyên Hải.",
        {
            "Viện kiểm sát nhân dân thị xã Duyên Hải",
            "Chi cục Thi hành án dân sự thị xã Duyên Hải",
            "Công an thị xã Duyên Hải",
        },
        {"Chi cục Thi hành án dân sự"},
        id="district-shared-by-a-list-of-local-bodies",
    ),
    pytest.param(
        "Chi cục THADS huyện Kỳ Anh và Chi cục THADS thị xã Kỳ Anh ký kết giao ước thi đua.",
        {
            "Chi cục Thi hành án dân sự huyện Kỳ Anh",
            "Chi cục Thi hành án dân sự thị xã Kỳ Anh",
        },
        set(),
        id="a-district-and-a-town-of-one-name",
    ),
    pytest.param(
        "Đoàn công tác làm việc với UBND thành phố Hồng Ngự. Phòng Tư pháp thành phố báo cáo.",
        {"Ủy ban nhân dân thành phố Hồng Ngự", "Phòng Tư pháp thành phố Hồng Ngự"},
        set(),
        id="a-provincial-city-sharing-its-name-with-a-district",
    ),
    pytest.param(
        "Chi bộ cơ sở Đảng Hội Luật gia tỉnh Ninh Thuận tổ chức lễ ra mắt.",
        {"Chi bộ cơ sở Hội Luật gia tỉnh Ninh Thuận"},
        {"Chi bộ cơ sở Đảng Hội Luật gia tỉnh Ninh Thuận"},
        id="party-cell-of-an-association",
    ),
    pytest.param(
        "Ngày 5/5, tại huyện Lạc Sơn, Hội Luật gia huyện tổ chức tư vấn pháp luật miễn phí.",
        {"Hội Luật gia huyện Lạc Sơn"},
        {"Hội Luật gia huyện"},
        id="district-association-bare-level",
    ),
]

#: the reverse: where no one place or parent is certain, no body is named for it
NOT_GUESSED_CASES = [
    pytest.param(
        "Đoàn làm việc tại xã Hợp Thành và xã Hợp Tiến. UBND xã báo cáo kết quả.",
        set(),
        {"Ủy ban nhân dân xã Hợp Thành", "Ủy ban nhân dân xã Hợp Tiến"},
        id="two-communes-do-not-guess",
    ),
    pytest.param(
        "Chi cục THADS các huyện trong tỉnh Nghệ An đã hoàn thành chỉ tiêu. Tại huyện Diễn"
        " Châu, kết quả cao.",
        set(),
        {"Chi cục Thi hành án dân sự huyện Diễn Châu"},
        id="plural-offices-are-generic",
    ),
    pytest.param(
        "Hội đồng thi đua - khen thưởng đã họp xét. Sở Tư pháp tỉnh Nghệ An đề nghị.",
        {"Sở Tư pháp tỉnh Nghệ An"},
        {"Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An"},
        id="a-bare-emulation-council-is-generic",
    ),
    pytest.param(
        "Đoàn công tác của Bộ Tư pháp Lào sang thăm. Thành viên Hội đồng Thi đua – Khen thưởng"
        " Ngành các tài liệu đã chuẩn bị.",
        {"Hội đồng Thi đua - Khen thưởng ngành Tư pháp"},
        {"Hội đồng Thi đua - Khen thưởng tỉnh Ngành"},
        id="the-sector-is-no-province-abroad",
    ),
    pytest.param(
        "Ông Nguyễn Văn Tài, Chánh án TAND huyện phát biểu. Đoàn đã đến huyện Lục Yên và"
        " huyện Yên Bình.",
        set(),
        {"Tòa án nhân dân huyện Lục Yên", "Tòa án nhân dân huyện Yên Bình"},
        id="districts-named-only-after-do-not-guess",
    ),
]


@pytest.mark.parametrize(
    "text,expected,absent",
    PLACE_NEARBY_CASES + SUB_UNIT_CASES + WRITTEN_FORMS_CASES + NOT_GUESSED_CASES,
)
def test_unit_named_with_its_place_or_parent(
    text: str, expected: set[str], absent: set[str]
) -> None:
    ok, got = check(text, expected, absent)
    assert ok, got
