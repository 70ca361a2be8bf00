"""Positions as a family, rules round 15: the legal-education coordination council written
abbreviated.

The council every province and district has for the dissemination of law is written in many
short forms (``Hội đồng PH PBGDPL``, ``HĐPH PBGDPL``, ``Hội đồng PHCT - PBGDPL``); each is the
council in full (``Hội đồng phối hợp (công tác) phổ biến, giáo dục pháp luật``) with its place,
and the chair's post is of it, not of the People's Committee named before it. So are the
emulation council written ``HĐTĐKT`` and the state legal-aid centre written ``TT TGPL (nhà
nước)``, ``TTTGPL``: the body in full with its place (or parent).

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"
COUNCIL = "Hội đồng phối hợp phổ biến, giáo dục pháp luật"
COUNCIL_CT = "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật"
VICE = ("Phó Chủ tịch", f"Ủy ban nhân dân {YB}")


def _chair(short: str) -> str:
    return f"Đồng chí Khúc Văn Độ, Phó Chủ tịch UBND tỉnh, Chủ tịch {short} {YB} chủ trì."


CASES = [
    pytest.param(_chair("Hội đồng PH PBGDPL"), {VICE, ("Chủ tịch", f"{COUNCIL} {YB}")}, id="ph"),
    pytest.param(
        _chair("Hội đồng PH-PBGDPL"), {VICE, ("Chủ tịch", f"{COUNCIL} {YB}")}, id="ph-dash"
    ),
    pytest.param(_chair("HĐPH PBGDPL"), {VICE, ("Chủ tịch", f"{COUNCIL} {YB}")}, id="hdph"),
    pytest.param(
        _chair("Hội đồng PHCT - PBGDPL"), {VICE, ("Chủ tịch", f"{COUNCIL_CT} {YB}")}, id="phct"
    ),
    pytest.param(
        _chair("Hội đồng PHCT-PBGDPL"), {VICE, ("Chủ tịch", f"{COUNCIL_CT} {YB}")}, id="phct-dash"
    ),
    pytest.param(
        _chair("Hội đồng phối hợp PBGDPL"),
        {VICE, ("Chủ tịch", f"{COUNCIL} {YB}")},
        id="written-half-unchanged",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Phó Chủ tịch Thường trực HĐPH PBGDPL huyện Văn Chấn phát biểu.",
        {("Phó Chủ tịch Thường trực", f"{COUNCIL} huyện Văn Chấn")},
        id="district-council-standing-deputy",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_council_written_short(text: str, expected: set[tuple[str, str | None]]) -> None:
    people, _ = people_and_orgs(text)
    assert people["Khúc Văn Độ"] == expected, people


OTHER_CASES = [
    pytest.param(
        f"Ông Khúc Văn Độ, Chủ tịch HĐTĐKT Sở Tư pháp {YB} cho biết.",
        {("Chủ tịch", f"Hội đồng Thi đua - Khen thưởng Sở Tư pháp {YB}")},
        id="emulation-council-of-department",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Chủ tịch HĐTĐKT {YB} cho biết.",
        {("Chủ tịch", f"Hội đồng Thi đua - Khen thưởng {YB}")},
        id="emulation-council-of-province",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Giám đốc TT TGPL nhà nước {YB} cho biết.",
        {("Giám đốc", f"Trung tâm Trợ giúp pháp lý nhà nước {YB}")},
        id="legal-aid-centre-tt",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Phó Giám đốc TTTGPL {YB} cho biết.",
        {("Phó Giám đốc", f"Trung tâm Trợ giúp pháp lý nhà nước {YB}")},
        id="legal-aid-centre-glued",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Trợ giúp viên pháp lý TT TGPLNN {YB} cho biết.",
        {("Trợ giúp viên pháp lý", f"Trung tâm Trợ giúp pháp lý nhà nước {YB}")},
        id="legal-aid-officer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_CASES)
def test_bodies_written_short(text: str, expected: set[tuple[str, str | None]]) -> None:
    people, _ = people_and_orgs(text)
    assert people["Khúc Văn Độ"] == expected, people
