"""The commune party committee a bare ``Đảng ủy`` names in a list of a commune's officials.

Pages about work in a commune (legal aid, mediation, gifts) list its officials one after the
other, naming the commune once: ``bà A – Chủ tịch UBND xã X, ông B – Phó Bí thư Đảng ủy, ông C –
Phó Chủ tịch UBND xã``. A party role written with a bare ``Đảng ủy`` there is of the party
committee of the commune the same sentence names (``Đảng ủy xã X``): the nearest commune body
named before the person, else the first after. A commune's committee is the only one written
``Đảng ủy`` bare beside commune bodies (a district's is ``Huyện ủy``); a page that names one
party committee in full has it resolved before (:func:`.position_party.party_committee_on_page`).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.text.normalize import fold

__all__ = ["commune_party_committee"]

#: party roles (folded) that a bare committee word may follow
_ROLES = frozenset({"bi thu", "pho bi thu", "pho bi thu thuong truc"})
#: the bare committee word: no name, no level, no bloc after it
_BARE = re.compile(
    rf"[ \t]+Đảng [uủ]y(?![\w])(?![ \t]*[{UPPER}(]|[ \t]+(?:khối|các|cơ|tỉnh|huyện|quận|xã|phường"
    r"|thị|thành))"
)
#: a commune's body, its level and name
_COMMUNE_BODY = re.compile(
    r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|Ủy ban Mặt trận Tổ quốc Việt Nam)"
    rf" (?P<level>xã|phường|thị trấn) (?P<name>[{UPPER}].*)$"
)


def commune_party_committee(
    doc: Doc, p: Span, chain: list[tuple[Span, Span | None]], orgs: list[Span]
) -> None:
    """Give a party role with a bare ``Đảng ủy`` the committee of the commune its sentence
    names (see the module)."""
    text = doc.text
    for t, o in chain:
        if o is not None or t.data.get("commune_org") or fold(t.name) not in _ROLES:
            continue
        if _BARE.match(text, t.end) is None:
            continue
        sent = doc.sentence_of(p.start)
        communes = [
            (x, m)
            for x in orgs
            if sent.start <= x.start and x.end <= sent.end
            if (m := _COMMUNE_BODY.match(x.name)) is not None
        ]
        before = [c for c in communes if c[0].end <= min(p.start, t.start)]
        after = [c for c in communes if c[0].start >= t.end]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is None:
            continue
        m = chosen[1]
        t.data["commune_org"] = f"Đảng ủy {m.group('level')} {m.group('name')}"
        t.data["commune_org_kind"] = "party-committee"
