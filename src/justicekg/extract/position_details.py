"""Position details read from a title's sentence: the term of office and a commune body.

An appointment sentence states when a position starts and ends (``được bổ nhiệm … kể từ ngày
01/10/2020 … đến ngày 30/9/2025``); a commune official's body is the commune's People's
Committee (``công chức tư pháp - hộ tịch xã X``). Both are stored in the title span's data.
Also here: the joint between two titles of a chain, the board a membership title names, an
envoy's mission and a country written before a name, degrees set apart before the titles, a
body shortened to its level word, an association two joined titles share. The party committee
of a role whose committee is written bare is read in :mod:`.position_party`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold

#: the joint between two titles of a chain: ", ", "kiêm", "và", "/", a dash, "hiện là", a
#: bracket that gives the post held now ("Phó Giám đốc Sở (nay là Giám đốc Sở)")
CHAIN = re.compile(
    r"\s*(?:,[ \t]*kiêm(?:[ \t]+nhiệm)?(?![\w])|,|và|kiêm(?:[ \t]+nhiệm)?|/"
    r"|\((?=[ \t]*(?:(?:hiện[ \t]+)?nay|hiện(?:[ \t]+đang)?)[ \t]+là[ \t])"
    r"|(?<=[ \t])[-–](?=[ \t])|[-–](?=[A-ZĐ]))?\s*"
    r"(?:(?:(?:hiện\s+)?nay|hiện(?:\s+đang)?)\s+(?:là|giữ\s+chức(?:\s+vụ)?)\s+|đồng thời\s+là\s+"
    r"|là\s+)?"
)


#: a term written after a post or its body, before the chain goes on: "Ủy viên Trung ương Đảng
#: khóa XIII, Bộ trưởng …", "Phó Chủ tịch HĐND tỉnh X nhiệm kỳ 2021-2026, …"
TERM_AFTER = re.compile(
    r"[ \t]+(?:[kK]hóa|[kK]hoá)[ \t]+[IVXLC]+(?![\w])"
    r"|[ \t]+nhiệm[ \t]+kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}(?![\w])"
)
#: the same term ending the text before a joint (the left side of a chain)
TERM_BEFORE = re.compile(rf"(?:{TERM_AFTER.pattern})$")


_TERM_START = re.compile(r"(?<![\w])(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?$")
_TERM_END = re.compile(r"(?<![\w])(?:đến|tới|cho đến)\s+(?:hết\s+)?(?:ngày\s+)?$")
_APPOINTMENT_CUE = re.compile(
    r"bổ nhiệm|điều động|giao quyền|phân công|giữ chức|nghỉ hưu|thôi giữ|kéo dài thời gian"
)


def term_dates(doc: Doc, t: Span, o: Span | None) -> None:
    """Start (and end) of a position stated in its appointment sentence: ``được bổ nhiệm …
    kể từ ngày 01/10/2020``, ``… đến ngày 30/9/2025``."""
    from justicekg.text.dates import find_dates

    sent = doc.sentence_of(t.start)
    ref = doc.published or doc.meta.get("dateline")
    key = ("term-dates", sent.start, sent.end, ref)  # once per sentence, not per title
    dates = doc._scans.get(key)
    if dates is None:
        text = doc.text[sent.start : sent.end]
        found = list(find_dates(text, reference=ref)) if _APPOINTMENT_CUE.search(text) else []
        dates = doc._scans[key] = (found, [d.start for d in found])
    if not dates[0]:
        return
    after = (o.end if o else t.end) - sent.start
    for d in dates[0][bisect_left(dates[1], after - 400) :]:  # dates left to right
        if len(d.iso) != 10 or d.start < after - 400:
            continue
        before = doc.text[sent.start + max(0, d.start - 24) : sent.start + d.start]
        if _TERM_START.search(before) and "start" not in t.data:
            t.data["start"] = d.iso
            if d.is_range and d.range_end:  # "kể từ ngày 01/10/2020 đến ngày 30/9/2025"
                t.data["end"] = d.range_end
        elif _TERM_END.search(before) and "end" not in t.data and "start" in t.data:
            t.data["end"] = d.iso


_COMMUNE_AFTER = re.compile(
    r"[ \t]+(?P<kind>xã|phường|thị trấn|đặc khu)[ \t]+(?P<name>[A-ZĐ\w][\w'’]*(?:[ \t]+[A-ZĐ]"
    r"[\w'’]*){0,3})"
)


def commune_body(doc: Doc, t: Span) -> None:
    """``công chức tư pháp - hộ tịch xã X``: a commune official's body is the commune's
    People's Committee (``Ủy ban nhân dân xã X``)."""
    m = _COMMUNE_AFTER.match(doc.text, t.end)
    if m is None or not m.group("name")[:1].isupper():
        return
    t.data["commune_org"] = f"Ủy ban nhân dân {m.group('kind')} {m.group('name')}"


#: membership titles that name a board of the body after them (``Ủy viên BTV Tỉnh ủy X``)
_BOARD_OF = {
    "uy vien ban thuong vu": "Ban Thường vụ",
    "uy vien ban chap hanh": "Ban Chấp hành",
}
#: bodies that have such boards: party committees, mass organizations and associations
_BOARD_PARENTS = (
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy",
    "Đảng bộ",
    "Hội ",
    "Liên đoàn",
)
_PARTY_PARENT = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy|Đảng bộ")


def board_of(title: str, org: str | None) -> tuple[str, str] | None:
    """The board a membership title places its holder on, with its kind, or None.

    >>> board_of("Ủy viên Ban Chấp hành", "Hội Luật gia tỉnh Kon Tum")
    ('Ban Chấp hành Hội Luật gia tỉnh Kon Tum', 'other')
    >>> board_of("Ủy viên Ban Thường vụ", "Tỉnh ủy Cà Mau")
    ('Ban Thường vụ Tỉnh ủy Cà Mau', 'party-committee')
    >>> board_of("Giám đốc", "Sở Tư pháp tỉnh Cà Mau") is None
    True
    """
    board = _BOARD_OF.get(fold(title))
    if board is None or not org or not org.startswith(_BOARD_PARENTS):
        return None
    kind = "party-committee" if _PARTY_PARENT.match(org) else "other"
    return f"{board} {org}", kind


def envoy_before(text: str, titles: list[Span], edge: int) -> Span | None:
    """``Đại sứ Campuchia tại Việt Nam X``: an envoy's title whose country (and post) ends
    right before a name at ``edge``."""
    from justicekg.extract.recognizers.persons import mission_country

    for x in titles:
        if edge - 60 < x.end < edge:
            mission = mission_country(text, x.name, x.end)
            if mission is not None and mission[1] == edge:
                return x
    return None


def mission_of(text: str, t: Span) -> str | None:
    """``Đại sứ Lào (tại Việt Nam)``: the mission an envoy's title names by its country."""
    from justicekg.extract.recognizers.persons import mission_country

    mission = mission_country(text, t.name, t.end)
    if mission is None:
        return None
    t.data["implied_org"] = {"kind": "other", "province": None}
    return f"{t.data.get('head') or 'Đại sứ quán'} {mission[0]}"


#: a degree set apart before the titles: "Thạc sỹ luật, Trưởng phòng …", "Tiến sĩ - Phó Viện
#: trưởng …" (degrees are neither name nor title)
_DEGREE_ASIDE = re.compile(
    r"(?:(?:Phó[ \t]+)?Giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Thạc sỹ|Cử nhân|GS|PGS|TS|ThS|Ths)\.?"
    r"(?:[ \t]*[.,][ \t]*(?:TS|ThS)\.?)?"
    r"(?:[ \t]+(?:ngành[ \t]+|chuyên ngành[ \t]+)?(?i:luật học|luật kinh tế|luật|kinh tế|"
    r"hành chính công|quản lý công))?"
    r"[ \t]*(?:,|[-–—])[ \t]*"
)
#: a membership set apart before the titles: "Hội viên Hội Luật gia tỉnh, Trưởng phòng …"
_MEMBER_ASIDE = re.compile(r"(?:Hội viên|hội viên|Đảng viên|đảng viên)[ \t]+")
_ASIDE_END = re.compile(r"[ \t]*(?:,|[-–—])[ \t]*")


def past_asides(text: str, pos: int, title_at: dict[int, Span], orgs: list[Span]) -> int:
    """Past degrees and memberships written between a name and its titles, when a title
    follows them; else ``pos``."""
    at = pos
    while at not in title_at:
        degree = _DEGREE_ASIDE.match(text, at)
        if degree is not None:
            at = degree.end()
            continue
        member = _MEMBER_ASIDE.match(text, at)
        body = next((o for o in orgs if member and o.start == member.end()), None)
        end = _ASIDE_END.match(text, body.end) if body is not None else None
        if end is None:
            return pos
        at = end.end()
    return at


def country_before(
    text: str, edge: int, title_end: dict[int, Span], orgs: list[Span]
) -> tuple[int, str] | None:
    """``Thủ tướng Lào X``, ``Chủ tịch Quốc hội Lào X``: a country written between a title (or
    its body) and the name at ``edge``; the title's (or body's) end and the country, else None.
    """
    from justicekg.extract.recognizers.foreign_places import country_any_re, country_name

    for m in _HOME_OR_ABROAD.finditer(text, max(0, edge - 48), edge):
        if m.end() != edge or m.start() == 0 or text[m.start() - 1] not in " \t":
            continue
        if m.group(0) != "Việt Nam" and country_any_re().fullmatch(m.group(0)) is None:
            continue
        if any(o.start < m.start() and o.end >= m.end() for o in orgs):
            continue  # "Chủ tịch Liên đoàn Luật sư Việt Nam X": the country ends a body's name
        left = text[: m.start()].rstrip()
        stripped = left[: -len("nước")].rstrip() if left.endswith(" nước") else left
        for end in dict.fromkeys((len(left), len(stripped))):
            if end in title_end or any(o.end == end for o in orgs):
                return end, country_name(m.group(0))
    return None


#: a country's name: Vietnam's own or one of the gazetteer's
_HOME_OR_ABROAD = re.compile(r"(?<![\w])[A-ZĐ][\w]*(?:[ \t]+[A-ZĐ][\w]*){0,5}")


def foreign_body(org: str | None, title: Span, country: str) -> str | None:
    """The body of a foreign post: ``Quốc hội`` → ``Quốc hội Lào``; ``Thủ tướng`` with no body
    → ``Chính phủ Lào``."""
    if country == "Việt Nam" or org == "Chủ tịch nước":
        return org  # the home body as named; "(Phó) Chủ tịch nước" names the office itself
    if org is None or org == "Chính phủ":
        return f"Chính phủ {country}" if fold(title.name).endswith("thu tuong") else None
    return org if org.endswith(country) else f"{org} {country}"


def country_end(text: str, pos: int) -> int:
    """Past a country named at ``pos`` (``Bộ trưởng Tư pháp Lào``), else ``pos``."""
    from justicekg.extract.recognizers.foreign_places import country_re

    country = country_re().match(text, pos)
    return country.end() if country else pos


#: Vietnam written after a minister's domain ("Bộ trưởng Tư pháp Việt Nam A", beside a foreign
#: minister): the ministry is Vietnam's own, named without the country
_OWN_COUNTRY = re.compile(r"[ \t]+Việt[ \t]+Nam(?![\w])")


def own_country_end(text: str, pos: int) -> int:
    """Past ``Việt Nam`` written at ``pos`` (after a minister's domain), else ``pos``."""
    m = _OWN_COUNTRY.match(text, pos)
    return m.end() if m else pos


_BARE_LEVEL = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def named_in_full(name: str, orgs: list[Span]) -> str:
    """``Trưởng phòng Tư pháp huyện`` on a page about one ``Phòng Tư pháp huyện X``: a body
    shortened to its level word is the one body of that kind the page names in full."""
    if not name.endswith(_BARE_LEVEL):
        return name
    full = {x.name for x in orgs if x.name.startswith(name + " ")}
    return full.pop() if len(full) == 1 else name


#: members of an association's boards, written before its officer's title
_BOARD_MEMBERS = ("uy vien thuong vu", "uy vien ban thuong vu", "uy vien ban chap hanh")
#: associations whose officers are written "Phó Chủ tịch kiêm (nhiệm) Tổng Thư ký Hội …"
_ASSOCIATIONS = ("Hội ", "Liên đoàn ", "Đoàn Luật sư ", "Công đoàn ")
_KIEM = re.compile(r"[ \t]*(?:,[ \t]*)?(?:kiêm(?:[ \t]+nhiệm)?[ \t]+)?")


def shared_association(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """``Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia tỉnh X``: a head's title with no body of its
    own, joined to a generic officer's title (no head noun) that names an association, is of
    that association too."""
    for (t1, o1), (t2, o2) in pairwise(chain):
        office = (
            t2.data.get("head") == "Văn phòng"
            and o2 is not None
            and (o2.start >= t2.end or o2.name.startswith("Văn phòng "))
        )
        if o1 is not None or o2 is None or t1.data.get("commune_org"):
            continue
        member = fold(t1.name) in _BOARD_MEMBERS  # "Ủy viên Thường vụ, Phó Chủ tịch Hội X"
        if t2.data.get("head") and not office and not member:  # "…, Chánh Văn phòng Hội X"
            continue
        # the office may be read with its body ("Văn phòng Liên đoàn …"): the officer's is the body
        body = o2.name.removeprefix("Văn phòng ") if office else o2.name
        if not body.startswith(_ASSOCIATIONS) or t1.start >= t2.start:
            continue
        if body.startswith("Hội đồng"):
            continue  # "Ủy viên BTV, Phó Chủ tịch HĐND tỉnh X": a council has no standing board
        if _KIEM.fullmatch(text, t1.end, t2.start) is not None:
            t1.data["commune_org"] = body
            t1.data["commune_org_kind"] = "other"
