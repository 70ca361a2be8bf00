"""Bodies named by their sector in a list: ``các Bộ: Ngoại giao, Công an`` (one ministry per
listed domain) and inter-agency lists: ``liên ngành Tư pháp - Công an - Tòa
án - Viện kiểm sát tỉnh X``, ``liên bộ Tư pháp - Công an - Quốc phòng - VKSND tối cao``.

After ``liên ngành`` / ``liên bộ`` a dash-separated list names each member by its sector
(``Tư pháp``, ``Công an``, ``Tòa án`` …) and writes the level once: the place of a member
named with it (``… Cục THADS tỉnh X``: the provincial bodies of X) or a central member
(``… Tòa án nhân dân tối cao``: the ministries and the supreme court and procuracy). Each sector
is then the body of that level (``Công an`` → ``Bộ Công an`` or ``Công an tỉnh X``). A list that
writes no level yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract.alternation import first_then_behind
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import domain_key, lexicon
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["interagency_members", "listed_ministries"]

_CUE = re.compile(first_then_behind(r"[Ll](?:iên ngành|iên bộ)[ \t]+"))
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_AND = re.compile(r"[ \t]*(?:[-–]|,|và(?![\w]))[ \t]*")
#: a sector as written → (central body, provincial head, district head, kind); a head ending
#: in a space takes the place after it
_SECTORS: dict[str, tuple[str | None, str | None, str | None, str]] = {
    "Tư pháp": ("Bộ Tư pháp", "Sở Tư pháp", "Phòng Tư pháp", "ministry"),
    "Công an": ("Bộ Công an", "Công an", "Công an", "police"),
    "Quốc phòng": ("Bộ Quốc phòng", None, None, "ministry"),
    "Quân sự": (None, "Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "other"),
    "Tài chính": ("Bộ Tài chính", "Sở Tài chính", "Phòng Tài chính - Kế hoạch", "ministry"),
    "Nội vụ": ("Bộ Nội vụ", "Sở Nội vụ", "Phòng Nội vụ", "ministry"),
    "Tòa án": ("Tòa án nhân dân tối cao", "Tòa án nhân dân", "Tòa án nhân dân", "court"),
    "Toà án": ("Tòa án nhân dân tối cao", "Tòa án nhân dân", "Tòa án nhân dân", "court"),
    "Viện kiểm sát": (
        "Viện kiểm sát nhân dân tối cao",
        "Viện kiểm sát nhân dân",
        "Viện kiểm sát nhân dân",
        "procuracy",
    ),
    "Viện Kiểm sát": (
        "Viện kiểm sát nhân dân tối cao",
        "Viện kiểm sát nhân dân",
        "Viện kiểm sát nhân dân",
        "procuracy",
    ),
    "Thi hành án dân sự": (
        None,
        "Cục Thi hành án dân sự",
        "Chi cục Thi hành án dân sự",
        "provincial-enforcement",
    ),
    "Thi hành án": (
        None,
        "Cục Thi hành án dân sự",
        "Chi cục Thi hành án dân sự",
        "provincial-enforcement",
    ),
}
_SECTOR_RE = re.compile(
    r"(?:" + "|".join(re.escape(k) for k in sorted(_SECTORS, key=len, reverse=True)) + r")"
    r"(?![\w])(?![ \t]+(?:nhân dân|[A-ZĐ]))"
)
_PLACE_TAIL = re.compile(r" (?P<kind>tỉnh|thành phố|huyện|quận|thị xã|Quận) [A-ZĐ0-9][^,;()]*$")
_CENTRAL_KINDS = frozenset({"ministry", "general-department", "government"})


def _level(member: Span) -> tuple[str, str] | None:
    """(``central`` | ``province`` | ``district``, place suffix) that a listed body writes."""
    if member.data.get("kind") in _CENTRAL_KINDS or member.name.endswith("tối cao"):
        return "central", ""
    tail = _PLACE_TAIL.search(member.name)
    if tail is None or member.data.get("parent"):
        return None
    if tail.group("kind") in ("tỉnh", "thành phố") and member.data.get("province"):
        return "province", tail.group(0)
    if member.data.get("district"):
        return "district", tail.group(0)
    return None


def interagency_members(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The members an inter-agency list names by their sector, at the level it writes."""
    text = doc.text
    orgs = [s for s in spans if s.label == "org"]
    out: list[Span] = []
    for cue in _CUE.finditer(text):
        pos = cue.end()
        sectors: list[re.Match[str]] = []
        level: tuple[str, str] | None = None
        anchor: Span | None = None
        members = 0
        dashes = 0
        while True:
            body = next((s for s in orgs if s.start == pos), None)
            sector = None if body is not None else _SECTOR_RE.match(text, pos)
            if body is None and sector is None:
                break
            members += 1
            if body is not None:
                if level is None and (level := _level(body)) is not None:
                    anchor = body
                pos = body.end
            else:
                assert sector is not None
                sectors.append(sector)
                pos = sector.end()
                place = place_at(doc, pos)
                if place is not None and place.level in ("province", "district"):
                    # "… - Thi hành án dân sự huyện X": the last sector writes the place
                    level = (place.level, place_suffix(place))
                    anchor = Span(
                        sector.start(),
                        place.end,
                        "org",
                        "",
                        "",
                        {
                            "province": place.province,
                            "district": place.name if place.level == "district" else None,
                        },
                    )
                    pos = place.end
            sep = _AND.match(text, pos)
            if sep is None or sep.end() == pos or "\n" in text[pos : sep.end()]:
                break
            dashes += _DASH.match(text, pos) is not None
            pos = sep.end()
        if members < 3 or not dashes or level is None or anchor is None or not sectors:
            continue
        where, suffix = level
        placed = {k: anchor.data.get(k) for k in ("province", "district")}
        for sector in sectors:
            central, provincial, district, kind = _SECTORS[sector.group(0)]
            head = {"central": central, "province": provincial, "district": district}[where]
            if head is None:
                continue
            name = head if where == "central" else f"{head}{suffix}"
            if any(o.name == name for o in [*orgs, *out]):
                continue
            if where != "central" and kind == "ministry":
                kind = "provincial-department" if where == "province" else "other"
            data = {"kind": kind} if where == "central" else {"kind": kind, **placed}
            out.append(Span(sector.start(), sector.end(), "org", name, "interagency", data))
    return out


_LIST_SEP = re.compile(r"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?")
_MINISTRY_LIST = re.compile(
    r"(?<![\w])(?P<count>[Cc]ác|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+[Bb]ộ"
    r"(?:[ \t]*,\s*(?:ngành|cơ quan ngang [Bb]ộ|địa phương|tỉnh(?:[ \t]*,?[ \t]*thành(?: phố)?)?))*"
    r"[ \t]*(?P<intro>:|gồm:?|như:?|)[ \t]*"
)


def listed_ministries(doc: Doc) -> list[Span]:
    """``các Bộ: Ngoại giao, Quốc phòng, Công an``, ``bảy bộ gồm …``, ``các bộ, tỉnh thành gồm:
    …``, ``các bộ Tư pháp, Công an``: one ministry per listed domain."""
    text = doc.text
    lex = lexicon()
    dre = lex.domain_re.get("Bộ")
    out: list[Span] = []
    if dre is None:
        return out
    for m in _MINISTRY_LIST.finditer(text):
        if not m.group("intro") and m.group("count").lower() != "các":
            continue  # "năm Bộ Tư pháp …" is a year: a count needs "gồm" or a colon
        pos = m.end()
        found: list[Span] = []
        while (dm := dre.match(text, pos)) is not None and dm.group(0).strip()[:1].isupper():
            after = text[dm.end() : dm.end() + 1]
            if after and (after.isalnum() or after == "-"):
                break
            written = dm.group(0).strip()
            domain = lex.domain_canon.get(("Bộ", domain_key(written)), written)
            start = dm.end() - len(written)
            found.append(Span(start, dm.end(), "org", f"Bộ {domain}", "list", {"kind": "ministry"}))
            sep = _LIST_SEP.match(text, dm.end())
            if sep is None or sep.end() == dm.end():
                break
            pos = sep.end()
        if m.group("intro") or len(found) >= 2:
            # "các Bộ Tư pháp, Công an": without a colon, a list of two or more
            out.extend(found)
    return out
