"""Fixes after the session-16 review (rev16, fixS16), as a family of events, participants,
positions and bodies.

- a document sent and a check held by its sender in the same clause (``… gửi Chi cục X và trực
  tiếp kiểm tra …``, ``rồi kiểm tra``, ``và kiểm tra tại``): the check is held (E1); a check the
  document asks for stays its content;
- an author the same line says receives a prize (``Tác giả bài viết đạt giải Nhất là …``,
  ``Bài viết của đồng chí A được trao giải Nhì``) is at the ceremony, no credit line (E2);
- a parenthesis opening with ``mất``/``chết`` is a death only when a date, a cause or its end
  follows (``(đã mất năm 2004)``), not ``(mất khả năng thanh toán)``, ``(chết lặng …)`` (E3);
- ``Theo Báo cáo số … của …,`` before a named team that held a check with its leader: the check
  is held (E4); the report's tally stays no event;
- a title inside a body's name read after a title, with a word written small next (``Hội thi
  Hòa giải viên giỏi``, ``Khoa Đào tạo Luật sư``), is a word of the name, no post of the person
  (B1, B3, P1); an event's noun inside the name (``Ban Tổ chức Hội nghị``) is no parent: the
  board stays a title without a body, as title_boards reads it (B2);
- ``tòa Hành chính tỉnh X``: a building, no court chamber (O1);
- ``org_each_units``' pattern is built again after a gazetteer reload (O2); ``none`` goes alone
  in the learned switch (D1) and a TOML ``learned = []`` is ``none`` (D2).

Expected facts follow the conventions (``../shared/eval/README.md``); every sentence is
invented (invented people, real provinces), none is from any real article."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import event_facts, event_participants, people_and_orgs

from justicekg.catalogue import render
from justicekg.config import load_settings
from justicekg.errors import ConfigError
from justicekg.extract.learn import active

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

JUNE = "2024-06-30"

# E1 -----------------------------------------------------------------------------------------

SENT_AND_CHECKED = [
    pytest.param(
        "Ngày 12/3/2024, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa Đỗ Minh Khuê ký văn"
        " bản gửi Chi cục Thi hành án dân sự huyện Nga Sơn và trực tiếp kiểm tra công tác thi"
        " hành án tại đơn vị.",
        True,
        id="and-in-person",
    ),
    pytest.param(
        "Ngày 12/3/2024, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa Đỗ Minh Khuê ký văn"
        " bản gửi Chi cục Thi hành án dân sự huyện Nga Sơn rồi kiểm tra hồ sơ thi hành án.",
        True,
        id="then-checked",
    ),
    pytest.param(
        "Ngày 12/3/2024, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa Đỗ Minh Khuê ký văn"
        " bản gửi Chi cục Thi hành án dân sự huyện Nga Sơn và kiểm tra tại trụ sở Chi cục.",
        True,
        id="and-checked-at",
    ),
    pytest.param(
        "Ngày 12/3/2024, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa Đỗ Minh Khuê ký văn"
        " bản gửi các Chi cục đôn đốc thực hiện kiểm tra hồ sơ thi hành án.",
        False,
        id="negative-check-asked-for",
    ),
]


@pytest.mark.parametrize(("text", "held"), SENT_AND_CHECKED)
def test_document_sent_and_check_held(text: str, held: bool) -> None:
    facts = event_facts(text, JUNE)
    assert (("inspection", "2024-03-12") in facts) is held
    if held:
        assert ("2024-03-12", "Đỗ Minh Khuê") in event_participants(text, JUNE)


# E2 -----------------------------------------------------------------------------------------

AUTHORS = [
    pytest.param(
        "Tác giả bài viết đạt giải Nhất là nhà báo Phùng Văn Khải (Báo Hà Tĩnh), đã lên nhận"
        " giải tại Lễ trao giải ngày 18/4/2024.",
        "Phùng Văn Khải",
        True,
        id="prize-before-name",
    ),
    pytest.param(
        "Bài viết của đồng chí Mạc Văn Thịnh được trao giải Nhì tại lễ trao giải ngày 18/4/2024.",
        "Mạc Văn Thịnh",
        True,
        id="article-of-awarded",
    ),
    pytest.param(
        "Ngày 18/4/2024, Sở Tư pháp tổ chức Lễ trao giải Cuộc thi viết về pháp luật.\n"
        "Tác giả - nhà giáo Lục Văn Hòe lên nhận giải Nhất.",
        "Lục Văn Hòe",
        True,
        id="author-line-receives",
    ),
    pytest.param(
        "Ngày 18/4/2024, Sở Tư pháp tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch.\n"
        "Tác giả bài viết - chuyên viên Phòng Hộ tịch Mạc Thị Diệu",
        "Mạc Thị Diệu",
        False,
        id="negative-credit-line",
    ),
]


@pytest.mark.parametrize(("text", "person", "there"), AUTHORS)
def test_awarded_author_is_no_credit(text: str, person: str, there: bool) -> None:
    assert (("2024-04-18", person) in event_participants(text, JUNE)) is there


# E3 -----------------------------------------------------------------------------------------

PARENTHESES = [
    pytest.param("(mất khả năng thanh toán)", True, id="insolvent"),
    pytest.param("(mất tích nhiều năm)", True, id="missing-is-no-death"),
    pytest.param("(chết lặng khi nghe tin)", True, id="stunned"),
    pytest.param("(đã mất năm 2019)", False, id="negative-died-in-a-year"),
    pytest.param("(đã mất)", False, id="negative-died"),
    pytest.param("(qua đời năm 2020)", False, id="negative-passed-away"),
]


@pytest.mark.parametrize(("aside", "there"), PARENTHESES)
def test_parenthesis_death_needs_a_death(aside: str, there: bool) -> None:
    text = f"Tại buổi cưỡng chế ngày 4/6/2024, ông Lò Văn Khiêm {aside} và bà Hà Thị Nhung có mặt."
    found = event_participants(text, JUNE)
    assert (("2024-06-04", "Lò Văn Khiêm") in found) is there
    assert ("2024-06-04", "Hà Thị Nhung") in found


# E4 -----------------------------------------------------------------------------------------


def test_report_of_a_team_held_check_keeps_the_check() -> None:
    text = (
        "Theo Báo cáo số 77/BC-STP của Sở Tư pháp, Đoàn kiểm tra do ông Trịnh Đức Thịnh, Phó Giám"
        " đốc Sở làm Trưởng đoàn đã kiểm tra công tác chứng thực tại UBND huyện Quỳ Hợp."
    )
    assert event_facts(text, JUNE) == {("inspection", None)}
    assert (None, "Trịnh Đức Thịnh") in event_participants(text, JUNE)


def test_report_of_a_tally_stays_no_event() -> None:
    text = (
        "Theo Báo cáo số 31/BC-UBND của UBND tỉnh về tổng kết công tác, năm 2023 toàn tỉnh đã"
        " tổ chức 120 cuộc kiểm tra."
    )
    assert event_facts(text, JUNE) == set()


# B1, B2, B3, P1 ----------------------------------------------------------------------------

BODIES = [
    pytest.param(
        "Ông Quách Văn Lưu, Trưởng ban Ban Tổ chức Hội thi Hòa giải viên giỏi tỉnh Lạng Sơn"
        " phát biểu khai mạc.",
        "Quách Văn Lưu",
        {("Trưởng ban", "Ban Tổ chức Hội thi Hòa giải viên giỏi tỉnh Lạng Sơn")},
        id="B1-contest-named-by-a-title",
    ),
    pytest.param(
        "Ông Quách Văn Lưu, Trưởng ban Giám khảo Hội thi hòa giải viên giỏi, công bố kết quả.",
        "Quách Văn Lưu",
        {("Trưởng ban", "Ban Giám khảo Hội thi hòa giải viên giỏi")},
        id="P1-jury-of-a-contest-in-lower-case",
    ),
    pytest.param(
        "Ông Quách Văn Lưu, Trưởng ban Giám khảo Hội thi Công chứng viên trẻ, công bố kết quả.",
        "Quách Văn Lưu",
        {("Trưởng ban", "Ban Giám khảo Hội thi Công chứng viên trẻ")},
        id="P1-variant-notary-contest",
    ),
    pytest.param(
        "Ông Lã Công Thiện, Phó Giám đốc Sở Tư pháp, Phó Trưởng ban Ban Tổ chức Hội nghị cho biết.",
        "Lã Công Thiện",
        {("Phó Giám đốc", "Sở Tư pháp"), ("Phó Trưởng ban", None)},
        id="B2-board-of-a-conference-by-its-kind",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Lai Châu phối hợp với Học viện Tư pháp tổ chức tập huấn. Ông Khổng Văn"
        " Tâm, Phó Trưởng Khoa Đào tạo Luật sư trình bày.",
        "Khổng Văn Tâm",
        {("Phó Trưởng Khoa", "Khoa Đào tạo Luật sư Học viện Tư pháp")},
        id="B3-faculty-named-by-a-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BODIES)
def test_title_inside_a_body_name_is_no_post(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    people, _ = people_and_orgs(text)
    assert people[person] == expected


def test_board_of_a_named_conference_stays_a_body() -> None:
    people, orgs = people_and_orgs(
        "Ông Lã Công Thiện, Phó Trưởng ban Ban Tổ chức Hội thi Tìm hiểu pháp luật phát biểu."
    )
    assert people["Lã Công Thiện"] == {("Phó Trưởng ban", "Ban Tổ chức Hội thi Tìm hiểu pháp luật")}
    assert "Ban Tổ chức Hội thi Tìm hiểu pháp luật" in orgs


def test_title_before_a_name_still_ends_the_body() -> None:
    people, orgs = people_and_orgs(
        "Bà Khổng Thị Tâm, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu Luật sư"
        " Lò Văn Khẩn cùng dự."
    )
    assert people["Khổng Thị Tâm"] == {
        ("Giám đốc", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu")
    }
    assert not any("Luật sư" in o for o in orgs)


# O1 -----------------------------------------------------------------------------------------

BUILDING = (
    "Ngày 21/5/2024, Tòa án nhân dân tỉnh Bình Phước tổ chức hội nghị triển khai công tác năm"
    " 2024 tại tòa {rest}."
)


def test_administrative_building_is_no_chamber() -> None:
    _, orgs = people_and_orgs(BUILDING.format(rest="Hành chính tỉnh Bình Phước"))
    assert orgs == {"Tòa án nhân dân tỉnh Bình Phước"}


def test_chamber_list_still_read() -> None:
    text = (
        "Ngày 21/5/2024, Tòa án nhân dân tỉnh Bình Phước tổ chức hội nghị. Dự hội nghị có các"
        " đại biểu đến từ tòa Hình sự, tòa Dân sự và Văn phòng."
    )
    _, orgs = people_and_orgs(text)
    assert "Tòa Hình sự Tòa án nhân dân tỉnh Bình Phước" in orgs


# O2, D1, D2 ---------------------------------------------------------------------------------


def test_each_unit_pattern_rebuilt_after_reload() -> None:
    from justicekg.extract import gazetteers as gz
    from justicekg.extract.recognizers import org_each_units

    build = org_each_units._plural_head
    build()
    assert build.cache_info().currsize == 1
    gz.reload()
    assert build.cache_info().currsize == 0  # built again when next used


@pytest.mark.parametrize("value", ["none,events", "positions, none", ["none", "events"]])
def test_none_goes_alone(value: str | list[str]) -> None:
    """``none`` with names contradicts itself (it used to mean the names): an error."""
    with pytest.raises(ConfigError) as info:
        active.names(value)
    assert "cannot be given with component names" in render(info.value.message, "en")
    with pytest.raises(ConfigError), active.switched_on(value):
        pass


def test_an_unknown_name_beside_none_is_named() -> None:
    with pytest.raises(ConfigError) as info:
        active.names("none,posit")
    assert "unknown learned component 'posit'" in render(info.value.message, "en")


def test_empty_toml_list_is_none(tmp_path: Path) -> None:
    toml = tmp_path / "justicekg.toml"
    toml.write_text("learned = []\n", encoding="utf-8")
    assert load_settings(environ={}, config_file=toml).learned == "none"
    assert active.resolve(load_settings(environ={}, config_file=toml).learned) == ()
