"""The emulation council a body's head chairs, named after the head's post.

A body's head (or deputy head) chairs its Emulation and Rewards Council, and pages write the
council's chair right after the head's post without naming the body again:

- ``Viện trưởng VKSND tỉnh X, Chủ tịch Hội đồng Thi đua - Khen thưởng`` (any dash, a comma or
  ``và`` between the two words, either case): the council of that body
  (``Hội đồng Thi đua - Khen thưởng Viện kiểm sát nhân dân tỉnh X``);
- ``Giám đốc Sở Tư pháp tỉnh X - Chủ tịch Hội đồng`` with the council left bare, on a page
  about emulation (``thi đua`` with ``khen thưởng`` or ``danh hiệu``): the same council;
- a People's Committee's council is named by its locality
  (``Chủ tịch UBND tỉnh X, Chủ tịch Hội đồng Thi đua - Khen thưởng`` →
  ``Hội đồng Thi đua - Khen thưởng tỉnh X``).

A council of another kind (``Hội đồng phối hợp …``, ``Hội đồng xét xử``) or one named with its
own body is left alone.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Span
from justicekg.text.normalize import fold

__all__ = ["council_of_head"]

#: council chairs and members (folded titles)
_COUNCIL_TITLES = frozenset(
    {"chu tich", "pho chu tich", "pho chu tich thuong truc", "uy vien", "uy vien thuong truc"}
)
#: the council after the chair's title, its remit written or not, and what may follow it
_COUNCIL = re.compile(
    r"[ \t]+Hội đồng(?P<remit>[ \t]+[Tt]hi đua[ \t]*(?:[-–—,][ \t]*|và[ \t]+|[ \t])[Kk]hen thưởng)?"
    r"(?=[ \t]*(?:[,;.:)\]]|[-–—][ \t]|\n|$)|[ \t]+(?:đã|đánh giá|phát biểu|chủ trì"
    r"|kết luận|nhấn mạnh|khẳng định|cho biết|yêu cầu|đề nghị|ghi nhận|trao|tặng|ký|thông qua"
    r"|công bố)(?![\w]))"
)
#: an emulation page: the bare council of a head is its emulation council
_EMULATION_PAGE = re.compile(r"thi đua", re.IGNORECASE)
_REWARD_CUE = re.compile(r"khen thưởng|danh hiệu", re.IGNORECASE)
#: people's committees name their council by their locality
_COMMITTEE = re.compile(r"^Ủy ban nhân dân (?P<place>.+)$")
#: titles that are party or membership roles, not the head of a body
_NOT_HEADS = ("bi thu", "pho bi thu", "uy vien", "dang uy vien", "tinh uy vien", "thanh uy vien")
_PREFIX = "Hội đồng Thi đua - Khen thưởng "


def council_of_head(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """Give a council chair left without a body (``…, Chủ tịch Hội đồng``) the emulation
    council of the body whose head the same person is, named in the chain before it."""
    for i, (t, o) in enumerate(chain):
        if o is not None or t.data.get("commune_org") or fold(t.name) not in _COUNCIL_TITLES:
            continue
        m = _COUNCIL.match(text, t.end)
        if m is None:
            continue
        if m.group("remit") is None and not (
            _EMULATION_PAGE.search(text) and _REWARD_CUE.search(text)
        ):
            continue
        body = _head_body(chain[:i])
        if body is None:
            continue
        local = _COMMITTEE.match(body)
        t.data["commune_org"] = _PREFIX + (local["place"] if local else body)
        t.data["commune_org_kind"] = "other"


def _head_body(before: list[tuple[Span, Span | None]]) -> str | None:
    """The body of the last head's post before the chair (none if a party role is last)."""
    for t, o in reversed(before):
        title = fold(t.name)
        if title.startswith(_NOT_HEADS) or o is None:
            return None
        if o.data.get("kind") == "party-committee":
            return None
        return o.name
    return None
