"""Events, rules session 11: an excerpt that opens with the photo of what it reports (``Chủ
tịch UBND tỉnh A đã tiếp Đại sứ B - Ảnh: …``) and gives no other account of it reports that
activity, undated, with the people the caption names; a caption that only shows a scene
(``Quang cảnh buổi gặp gỡ. Ảnh: …``) or one over an activity dated in the text adds none.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_REST = (
    "\nChủ tịch Khuất Văn Triêm khẳng định tỉnh luôn coi trọng quan hệ hữu nghị với các bạn.\n"
    "Đại sứ Xổm Phăn Vông Sa cảm ơn tình cảm của tỉnh Hòa Lâm."
)


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        pytest.param(
            "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm Khuất Văn Triêm đã tiếp Đại sứ Xổm Phăn Vông "
            "Sa - Ảnh: Lạc Hà |",
            "meeting",
            id="tiep",
        ),
        pytest.param(
            "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm Khuất Văn Triêm đã hội kiến Đại sứ Xổm Phăn "
            "Vông Sa (Ảnh: Lạc Hà)",
            "meeting",
            id="hoi-kien",
        ),
    ],
)
def test_the_caption_that_leads_the_excerpt_reports_the_activity(caption: str, kind: str) -> None:
    text = caption + _REST
    assert event_facts(text) == {(kind, None)}
    assert {"Khuất Văn Triêm", "Xổm Phăn Vông Sa"} <= {p for _, p in event_participants(text)}


def test_a_scene_caption_reports_nothing() -> None:
    text = (
        "Quang cảnh buổi gặp gỡ. Ảnh: Lạc Hà\nĐại sứ Xổm Phăn Vông Sa cảm ơn tình cảm của tỉnh "
        "Hòa Lâm."
    )
    assert event_facts(text) == set()


def test_a_caption_over_a_dated_activity_adds_none() -> None:
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm Khuất Văn Triêm đã tiếp Đại sứ Xổm Phăn Vông Sa - "
        "Ảnh: Lạc Hà |\nChiều 12/6/2024, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch Khuất Văn "
        "Triêm đã tiếp Đại sứ Xổm Phăn Vông Sa."
    )
    assert event_facts(text, "2024-06-13") == {("meeting", "2024-06-12")}
