"""Event families, an invented battery (rules round 16): the ways the justice sector reports
an event — conferences, working sessions, checks, signings, ceremonies, trainings, contests,
visits, seminars, online meetings — with every form of its day (with and without a year,
``Sáng 9-1``, ``Ngày 12.3``, ``(Ngày 12/3/2024)`` opening the report, glued ``Ngày12/3``,
spans ``Từ 12 - 14/3``, ``tháng``, weekdays, date lines labelled, stamped on the headline or
printed as the site's clock), and the sentences that report no new event (plans, cited
documents and sessions, tallies, fields of work, requests, quotations). The items and their
expected facts are in :mod:`event_battery_items`, written from the annotation conventions.
Invented bodies' activities, people and days only."""

from __future__ import annotations

import pytest
from event_battery_items import ITEMS
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [pytest.param(t, p, e, id=i) for i, t, p, e, _ in ITEMS],
)
def test_battery_events(text: str, published: str | None, events: set) -> None:
    assert event_facts(text, published) == events


@pytest.mark.parametrize(
    ("text", "published", "participants"),
    [pytest.param(t, p, w, id=i) for i, t, p, _, w in ITEMS if w is not None],
)
def test_battery_participants(text: str, published: str | None, participants: set) -> None:
    assert event_participants(text, published) == participants


def test_the_battery_is_broad() -> None:
    """At least 150 items, every kind, undated and no-event items among them."""
    kinds = {k for *_, events, _w in ITEMS for k, _d in events}
    assert len(ITEMS) >= 150
    assert kinds == {"conference", "meeting", "training", "inspection", "signing", "ceremony"} | {
        "other"
    }
    assert sum(1 for *_, e, _w in ITEMS if not e) >= 30
    assert sum(1 for *_, e, _w in ITEMS if any(d is None for _k, d in e)) >= 8
