"""Session 17 (org17): an emulation group named with a body whose name ends in lower case.

``Cụm thi đua số 1 Bộ Công an tổng kết …``: the group's name keeps its body whole; the
lower-case words dropped from the end of a group's name are the sentence's, never the last
syllables of a body's head (``Công an``) (R16: 1 page, a truncated name). Other lower-case
words at the end still go.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Ngày 12-11, Cụm thi đua số 2 Bộ Công an tổng kết phong trào thi đua năm 2019.",
        {"Cụm thi đua số 2 Bộ Công an"},
        {"Cụm thi đua số 2 Bộ Công"},
        id="group-of-the-police-ministry",
    ),
    P(
        "Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Bắc tổ chức ký kết giao ước thi đua.",
        {"Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Bắc"},
        set(),
        id="negative-group-of-provinces-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_group_names(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got
