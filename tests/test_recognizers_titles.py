from __future__ import annotations

import pytest
from _extract_helpers import names, run_until


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Phó Chủ tịch Thường trực UBND tỉnh", ["Phó Chủ tịch Thường trực"]),
        ("Tỉnh ủy viên, Phó Chủ tịch", ["Tỉnh ủy viên", "Phó Chủ tịch"]),
        ("Cục trưởng Cục THADS", ["Cục trưởng"]),
        ("Quyền Chi cục trưởng", ["Quyền Chi cục trưởng"]),
        ("tân Cục trưởng", ["Cục trưởng"]),
        ("Trợ giúp viên pháp lý của Trung tâm", ["Trợ giúp viên pháp lý"]),
        ("báo cáo viên pháp luật", ["Báo cáo viên pháp luật"]),
        ("Phó Trưởng Ban Pháp chế", ["Phó Trưởng Ban"]),
    ],
)
def test_titles(text: str, expected: list[str]) -> None:
    assert names(run_until(text, "titles"), "title") == expected


def test_abbreviated_titles_read_as_the_title() -> None:
    doc = run_until(
        "Ông Lương Văn Phúc - PGĐ Sở Tư pháp trình bày; bà Cao Thị Hạnh, PCT UBND.", "titles"
    )
    assert [(t.name, t.rule) for t in doc.by_label("title")] == [
        ("Phó Giám đốc", "abbreviation"),
        ("Phó Chủ tịch", "abbreviation"),
    ]


_BOARD = "Ông Lê Văn Tám, Trưởng Ban tổ chức Hội thi Hòa giải viên giỏi tỉnh Nghệ An, phát biểu."


def test_an_event_board_title_read_first() -> None:
    doc = run_until(_BOARD, "titles")
    assert ("Trưởng Ban", "Ban Tổ chức Hội thi Hòa giải viên giỏi tỉnh Nghệ An") == (
        doc.by_label("title")[0].name,
        next(o.name for o in doc.by_label("org") if o.name.startswith("Ban Tổ chức")),
    )


def test_an_event_board_title_dropped_before_its_board_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a rule run between the bare title's reading and its board's (here: in place of the
    # elided units) filters doc.spans and drops it: no ValueError, no board read over it
    from justicekg.extract.doc import Doc
    from justicekg.extract.recognizers import titles

    def dropping(doc: Doc) -> list[object]:
        doc.spans = [x for x in doc.spans if not (x.label == "title" and "tổ chức" in x.name)]
        return []

    monkeypatch.setattr(titles, "elided_units", dropping)
    doc = run_until(_BOARD, "titles")
    assert not [t for t in doc.by_label("title") if t.name.startswith("Trưởng Ban")]
    assert not [o for o in doc.by_label("org") if o.name.startswith("Ban Tổ chức Hội thi")]
