"""Bare bodies listed before a district (or commune) body share its place:
``Chi cục Thi hành án dân sự, Tòa án nhân dân Quận 1`` (moved out of :mod:`.org_lists`, which
grew past 500 lines)."""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

__all__ = ["shared_place"]


#: bodies of one level that a list may name bare before the last one takes the place
_SHARED_HEADS = {
    "Chi cục Thi hành án dân sự": "Chi cục Thi hành án dân sự",
    "Chi cục THADS": "Chi cục Thi hành án dân sự",
    "Công an": "Công an",
    "Tòa án nhân dân": "Tòa án nhân dân",
    "TAND": "Tòa án nhân dân",
    "Tòa án": "Tòa án nhân dân",  # the short head in a list: "Công an, Tòa án, Viện kiểm sát"
    "Viện kiểm sát nhân dân": "Viện kiểm sát nhân dân",
    "Viện Kiểm sát nhân dân": "Viện kiểm sát nhân dân",
    "Viện kiểm sát": "Viện kiểm sát nhân dân",
    "Viện Kiểm sát": "Viện kiểm sát nhân dân",
    "Viện KSND": "Viện kiểm sát nhân dân",
    "VKSND": "Viện kiểm sát nhân dân",
    "Ủy ban nhân dân": "Ủy ban nhân dân",
    "UBND": "Ủy ban nhân dân",
    "Hội đồng nhân dân": "Hội đồng nhân dân",
    "HĐND": "Hội đồng nhân dân",
}
_SHARED_BEFORE = re.compile(
    r"(?<![\w])(?P<head>"
    + "|".join(re.escape(h) for h in sorted(_SHARED_HEADS, key=len, reverse=True))
    + r")[ \t]*(?:,|và)[ \t]*$"
)
_SHARED_KINDS = {
    "Chi cục Thi hành án dân sự": "district-enforcement",
    "Công an": "police",
    "Tòa án nhân dân": "court",
    "Viện kiểm sát nhân dân": "procuracy",
    "Ủy ban nhân dân": "peoples-committee",
    "Hội đồng nhân dân": "peoples-council",
}


def shared_place(doc: Doc, found: list[Span]) -> list[Span]:
    """``Chi cục Thi hành án dân sự, Tòa án nhân dân Quận 1``: bare bodies listed right before
    a district (or commune) body share its place (one span per bare body)."""
    text = doc.text
    out: list[Span] = []
    for span in found:
        district = span.data.get("district")
        head = next((h for h in _SHARED_KINDS if span.name.startswith(h + " ")), None)
        if not district or head is None:
            continue
        suffix = span.name[len(head) :]
        pos = span.start
        for _ in range(4):
            m = _SHARED_BEFORE.search(text, max(0, pos - 40), pos)
            if m is None:
                break
            canon = _SHARED_HEADS[m.group("head")]
            if canon != head:  # the same body twice is no list
                out.append(
                    Span(
                        m.start(),
                        m.end("head"),
                        "org",
                        canon + suffix,
                        "list",
                        {
                            "kind": _SHARED_KINDS[canon],
                            "province": span.data.get("province"),
                            "district": district,
                        },
                    )
                )
            pos = m.start()
    return out
