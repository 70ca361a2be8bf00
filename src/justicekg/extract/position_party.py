"""The party committee of a post whose committee the page writes bare, and district bodies
written bare in a chain of posts.

A party role written with its committee word alone is of the body the next title names
(``Bí thư Đảng ủy, Giám đốc Sở Tư pháp …`` → ``Đảng ủy Sở Tư pháp …``; ``Bí thư Ban cán sự
đảng``, ``Bí thư Đảng đoàn`` and a trade union's ``Chủ tịch Công đoàn`` likewise), else of the
one party committee or cell the page names (``Phó Bí thư Đảng ủy;``, ``(Bí thư Chi bộ)``); a
committee written in lower case is of the province named after it (``Bí thư tỉnh ủy tỉnh X``
→ ``Tỉnh ủy X``); a body or committee written bare at a district level (``Huyện ủy``, ``UBND
huyện``) is of the district another post of the chain names. The result is stored in the
title span's data (``commune_org``, ``commune_org_kind``).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_details import CHAIN
from justicekg.extract.position_units import committee_of_named_locality
from justicekg.extract.title_orgs import org_after_title, resolve_title_org
from justicekg.text.normalize import fold

_PARTY_BARE = re.compile(
    r"[ \t]+(?P<body>Đảng [uỦủ]y|Ban [cC]án [sS]ự [đĐ]ảng|BCS[ \t]+[đĐ]ảng|BCSĐ|Đảng đoàn|[Cc]hi bộ"
    r"|Công đoàn)"
    r"(?=[ \t]*(?:,|kiêm[ \t]|[-–][ \t]))"
)
#: "kiêm" right after a title: the next title is held with it, and names the body of both
_HELD_WITH = re.compile(r"[ \t]+kiêm(?:[ \t]+nhiệm)?[ \t]+")
#: member titles that hold the name of a party organ (``Ủy viên Đảng đoàn``)
_ORGAN_MEMBERS = ("uy vien dang doan", "uy vien ban can su dang")
#: the chain after a committee member's title (``Đảng ủy viên, …``): the body is in the title
_MEMBER_OF_COMMITTEE = re.compile(r"(?P<body>)(?=[ \t]*(?:,|kiêm[ \t]|[-–][ \t]))")


def bare_party_role(
    doc: Doc, t: Span, o: Span | None, title_at: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span]:
    """``Bí thư Đảng ủy, Giám đốc Sở Tư pháp …``: a party role written with its bare committee
    word is of the body the next title names; returns the title (the committee word kept in
    it) and a span that ends where the chain goes on."""
    text = doc.text
    if o is not None and o.rule == "party-organ" and o.name.startswith("Đảng ủy "):
        # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh X": the committee word was read as the
        # body's party organ; the title keeps it as written, as when the body is resolved
        if fold(t.name) in _PARTY_ROLES:
            word = " ".join(text[o.start : o.start + len("Đảng ủy")].split())
            t = Span(t.start, t.end, t.label, f"{t.name} {word}", t.rule, t.data)
        return t, t
    party = _PARTY_BARE.match(text, t.end) if o is None else None
    member = fold(t.name) in ("dang uy vien", *_ORGAN_MEMBERS)
    if party is None and o is None and member:
        # "Đảng ủy viên, Phó Giám đốc Sở Tư pháp tỉnh X": a member of that body's committee;
        # "Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tư pháp": of that body's party organ
        party = _MEMBER_OF_COMMITTEE.match(text, t.end)
    if party is None:
        return t, t
    # "Bí thư Đảng ủy, Chủ tịch UBND phường X": the ward's party committee
    joint = CHAIN.match(text, party.end())
    t2 = title_at.get(joint.end()) if joint is not None else None
    nxt_o = org_after_title(text, t2, orgs) if t2 is not None else None
    for _ in range(3):
        # "Bí thư Ban cán sự đảng, Bí thư Đảng ủy, Viện trưởng VKSND …", "Bí thư Ban cán sự
        # Đảng, Thẩm phán cao cấp, Chánh án …": past the next bare party role or rank to the
        # title that names the body
        if t2 is None or nxt_o is not None:
            break
        more = _PARTY_BARE.match(text, t2.end)
        if more is None and t2.data.get("head") and not _HELD_WITH.match(text, t2.end):
            break  # "Phó Chủ tịch kiêm Tổng Thư ký Hội X": on to the body the pair shares
        joint = CHAIN.match(text, more.end() if more else t2.end)
        t2 = title_at.get(joint.end()) if joint is not None else None
        nxt_o = org_after_title(text, t2, orgs) if t2 is not None else None
    committee_word = "Đảng ủy"
    if fold(t.name) in _ORGAN_MEMBERS:
        committee_word = " ".join(text[t.start : t.end].split()[2:])  # as written
    abbreviated = party.group("body").startswith("BCS")
    if abbreviated:
        # "Bí thư BCS đảng, Viện trưởng …": the party organ written short, named in full
        committee_word = "Ban cán sự đảng"
    elif party.group("body") and fold(party.group("body")) != "dang uy":
        # "Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh X", "Bí thư Đảng đoàn, Chủ tịch Hội
        # Luật gia tỉnh X": that body's party organ
        body = party.group("body")
        committee_word = body[0].upper() + body[1:]  # "chi bộ": the organ named "Chi bộ …"
    if nxt_o is not None and nxt_o.data.get("district") and committee_word == "Đảng ủy":
        for body in ("Ủy ban nhân dân ", "Hội đồng nhân dân "):
            if nxt_o.name.startswith(body):
                t.data["commune_org"] = "Đảng ủy " + nxt_o.name.removeprefix(body)
                t.data["commune_org_kind"] = "party-committee"
    elif t2 is not None:
        # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp": the party committee of the body the next
        # title names (or resolves to: "Bí thư Đảng ủy, Cục trưởng")
        body_name = nxt_o.name if nxt_o else resolve_title_org(doc, t2, orgs, t2.start)
        if nxt_o is not None and nxt_o.rule == "board" and committee_word in _OWN_ORGANS:
            # "Chủ tịch Công đoàn, Trưởng ban Thanh tra nhân dân Tòa án X": a board of the
            # body has no union of its own: the body's
            body_name = str(nxt_o.data.get("parent") or body_name)
        if body_name and committee_word in _OWN_ORGANS:
            # "Chủ tịch Công đoàn, Chánh Thanh tra Sở X": the department's union, not the
            # inspectorate's
            body_name = _committee_body(body_name)
        # a team or residents' group ("Tổ trưởng Tổ hòa giải …") has no party organ of its own
        if body_name and not body_name.startswith(("Đảng ủy", "Tỉnh ủy", "Thành ủy", "Tổ ")):
            t.data["commune_org"] = committee_word + " " + body_name
            # "Chủ tịch Công đoàn, Phó Viện trưởng VKSND tỉnh X": the body's trade union
            union = committee_word == "Công đoàn"
            t.data["commune_org_kind"] = "other" if union else "party-committee"
    if not party.group("body") and not t.data.get("commune_org"):
        return t, t  # "Đảng ủy viên, Phó trưởng Ban …": left to the page's committee
    end_t = Span(t.start, party.end(), t.label, t.name, t.rule, t.data)
    if (
        t.data.get("commune_org")
        and fold(t.name).startswith(("bi thu", "pho bi thu"))
        and not abbreviated  # "Bí thư BCS đảng": the post as the gold names it, "Bí thư"
    ):
        # "Bí thư Đảng ủy, Chánh án …": the real-page gold keeps the committee word in the
        # title (as for "Trưởng Ban" + "Ban …")
        body_word = " ".join(party.group("body").split())
        t = Span(t.start, t.end, t.label, f"{t.name} {body_word}", t.rule, t.data)
    return t, end_t


#: the organs a body has of its own, named by their word and the body ("Công đoàn Sở X")
_OWN_ORGANS = ("Đảng ủy", "Công đoàn")


#: an office, department or chamber of a body whose party committee is the body's own
#: ("Đảng ủy viên, Trưởng phòng X Sở Tư pháp tỉnh Y" → "Đảng ủy Sở Tư pháp tỉnh Y")
_SUBUNIT_OF = re.compile(
    r"^(?:Phòng|Văn phòng|Thanh tra|Tòa)[ \t](?:.*?[ \t])?"
    r"(?=(?:Sở|Cục|Chi cục|Viện kiểm sát nhân dân|Tòa án nhân dân|Thi hành án dân sự)[ \t])"
)


def _committee_body(name: str) -> str:
    """The body whose party committee (``Đảng ủy``) or trade union (``Công đoàn``) a post in
    ``name`` sits on: a sub-unit of a department, an enforcement office, a procuracy or a court
    has none of its own."""
    m = _SUBUNIT_OF.match(name)
    return name[m.end() :] if m else name


#: a party role's committee written bare, no name and no next title after it: "Bí thư Đảng
#: ủy và các đồng chí …", "Phó Bí thư Đảng ủy;", "Bí thư Đảng ủy Khối đã trao …"
_COMMITTEE_BARE_AFTER = re.compile(
    r"[ \t]+Đảng [uủ]y(?P<bloc>[ \t]+Khối)?(?![\w])(?![ \t]*[A-ZĐ(]|[ \t]+(?:khối|các|cơ|tỉnh))"
)
_PARTY_ROLES = ("bi thu", "pho bi thu", "pho bi thu thuong truc")
#: a party cell written bare after a role, no name after it: "(Bí thư Chi bộ)", "Bí thư chi
#: bộ, Trưởng phòng …" is read by the chain first
_CELL_BARE_AFTER = re.compile(
    r"[ \t]+[Cc]hi bộ(?![\w])"
    r"(?![ \t]*[A-ZĐ(\d]"
    r"|[ \t]+(?:các|số|thôn|xóm|bản|ấp|khu|tổ|khối|cơ sở|phòng|văn phòng)(?![\w]))"
)


def _cell_on_page(doc: Doc, t: Span, cell: re.Match[str], orgs: list[Span]) -> tuple[Span, Span]:
    """``ông A (Bí thư Chi bộ)``: the one party cell the page names (``Chi bộ X``); the title
    keeps the cell word, as written."""
    names = {o.name for o in orgs if o.name.startswith("Chi bộ ")}
    if len(names) != 1:
        return t, t
    t.data["commune_org"] = names.pop()
    t.data["commune_org_kind"] = "party-committee"
    end_t = Span(t.start, cell.end(), t.label, t.name, t.rule, t.data)
    written = " ".join(doc.text[t.start : cell.end()].split())
    return Span(t.start, t.end, t.label, written, t.rule, t.data), end_t


def party_committee_on_page(
    doc: Doc, t: Span, o: Span | None, orgs: list[Span]
) -> tuple[Span, Span]:
    """``Phó Bí thư Đảng ủy;``, ``Đảng ủy viên,``: a party role whose committee is written bare
    (no name, no next title naming a body) is of the one party committee the page names in
    full (``Đảng ủy X``, or its ``Đảng bộ X``); ``Bí thư Đảng ủy Khối`` of the one bloc
    committee (the word kept in the title, as written). Returns the title and a span that
    ends past the committee word; both ``t`` when nothing is resolved."""
    if o is not None or t.data.get("commune_org"):
        return t, t
    tf = fold(t.name)
    bare = _COMMITTEE_BARE_AFTER.match(doc.text, t.end) if tf in _PARTY_ROLES else None
    cell = _CELL_BARE_AFTER.match(doc.text, t.end) if tf in _PARTY_ROLES else None
    if cell is not None:
        return _cell_on_page(doc, t, cell, orgs)
    if bare is None and tf != "dang uy vien":
        return t, t
    bloc = bare is not None and bare.group("bloc") is not None
    names = set()
    for x in orgs:
        for word in ("Đảng ủy ", "Đảng bộ "):
            if x.name.startswith(word):
                rest = x.name.removeprefix(word)
                if rest.startswith("Khối ") == bloc:
                    names.add("Đảng ủy " + rest)
    if len(names) != 1:
        return t, t
    t.data["commune_org"] = names.pop()
    t.data["commune_org_kind"] = "party-committee"
    end = bare.end() if bare is not None else t.end
    end_t = Span(t.start, end, t.label, t.name, t.rule, t.data)
    if bloc and bare is not None:
        written = " ".join(doc.text[t.start : bare.end()].split())
        t = Span(t.start, t.end, t.label, written, t.rule, t.data)
    return t, end_t


_LOWER_COMMITTEE_AFTER = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)(?:[ \t]+(?:tỉnh|thành phố))?[ \t]+")


def lower_party_committee(doc: Doc, t: Span) -> None:
    """``Bí thư tỉnh ủy tỉnh X``: a party role with its committee written in lower case is of
    that province's committee (``Tỉnh ủy X``)."""
    from justicekg.extract.lexicon import lexicon

    if not t.name.lower().startswith(("bí thư", "phó bí thư", "ủy viên")):
        return
    m = _LOWER_COMMITTEE_AFTER.match(doc.text, t.end)
    if m is None:
        _lower_committee_in_chain(doc, t)
        return
    prov = lexicon().province_re.match(doc.text, m.end())
    rec = lexicon().province(prov.group(0)) if prov is not None else None
    if rec is None:
        return
    t.data["commune_org"] = f"{m.group(1).capitalize()} {rec.name}"
    t.data["commune_org_kind"] = "party-committee"


#: "Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh X": the committee in lower case, no place, the
#: chain going on
_LOWER_COMMITTEE_BARE = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)(?=[ \t]*(?:,|;|kiêm[ \t]|[-–][ \t]))")


def _lower_committee_in_chain(doc: Doc, t: Span) -> None:
    """``Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh X``: a party role with its provincial committee
    written in lower case and bare, the chain going on, is of the committee of the province of
    the next body its sentence names (``Tỉnh ủy X``); ``t`` records where the committee ends."""
    m = _LOWER_COMMITTEE_BARE.match(doc.text, t.end)
    if m is None:
        return
    sent = doc.sentence_of(t.start)
    nxt = next(
        (
            o
            for o in doc.by_label("org")
            if m.end() <= o.start < sent.end and o.data.get("province")
        ),
        None,
    )
    if nxt is None:
        return
    t.data["committee_end"] = m.end()  # the chain goes on, whether the committee is named
    name = committee_of_body(doc.text, m.group(1), nxt)
    if name is not None:
        t.data["commune_org"] = name
        t.data["commune_org_kind"] = "party-committee"


_CITY_WRITTEN = re.compile(r"thành phố[ \t]+(?P<city>.+)$")


def committee_of_body(text: str, word: str, body: Span) -> str | None:
    """The committee a party role's ``tỉnh ủy`` / ``thành ủy`` written in lower case and bare
    names, read from the next body of its chain: ``tỉnh ủy`` and a province's body give
    ``Tỉnh ủy <P>``; ``thành ủy`` gives the committee of the city the body is of, a city below
    province level by its own name (``Thành ủy Vinh``) or a centrally-run city
    (``Thành ủy Cần Thơ``); a province has no ``thành ủy`` (None)."""
    from justicekg.extract.lexicon import lexicon

    province = body.data.get("province")
    rec = lexicon().province(str(province)) if province else None
    if rec is None:
        return None
    city_level = rec.kind == "thành phố"
    if word.lower() == "tỉnh ủy":
        return None if city_level else f"Tỉnh ủy {rec.name}"
    district = body.data.get("district")
    written = _CITY_WRITTEN.search(" ".join(text[body.start : body.end].split()))
    if district and written is not None and fold(written["city"]) == fold(str(district)):
        return f"Thành ủy {district}"  # "thành phố Vinh": a city below province level
    # a centrally-run city's (its district's body too: "quận Ba Đình"), or a provincial city
    # named as its province ("thành phố Sơn La") read as the province's body
    if city_level or (written is not None and fold(written["city"]) == fold(rec.name)):
        return f"Thành ủy {rec.name}"
    return None


_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
_BARE_DISTRICT_BODY = re.compile(r"^.+ (?P<level>huyện|quận|thị xã)$")
_BARE_DISTRICT_COMMITTEE = re.compile(
    r"[ \t]+(?P<word>Huyện [uủ]y|Quận [uủ]y|Thị [uủ]y)(?![\w])(?![ \t]+[A-ZĐ])"
)
_COMMITTEE_LEVEL = {"huyen uy": "huyện", "quan uy": "quận", "thi uy": "thị xã"}


def complete_district(
    doc: Doc, added: list[tuple[str, str | None, Span]], chain_orgs: list[Span]
) -> list[tuple[str, str | None, Span]]:
    """``Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện Xuân Lộc``: bodies written bare at a
    district level in one chain of posts are of the district another post of the chain
    names (``Ban Thường vụ Huyện ủy Xuân Lộc``)."""
    named: dict[str, set[str]] = {}
    for o in chain_orgs:
        district = o.data.get("district")
        if not district:
            continue
        for level in _LEVELS:
            if o.name.endswith(f" {level} {district}"):
                named.setdefault(level, set()).add(str(district))
    if not named:
        return added
    out: list[tuple[str, str | None, Span]] = []
    for title, org, span in added:
        bare = _BARE_DISTRICT_BODY.match(org) if org else None
        committee = _BARE_DISTRICT_COMMITTEE.match(doc.text, span.end) if org is None else None
        if bare is not None and len(named.get(bare.group("level"), ())) == 1:
            full = f"{org} {next(iter(named[bare.group('level')]))}"
            for o in chain_orgs:
                if o.name == org:
                    o.name = full  # the body written bare is that district's
            org = full
        elif (local := committee_of_named_locality(org, named)) is not None:
            for o in chain_orgs:
                if o.name == org:
                    o.name = local  # "Thành ủy, Chủ tịch UBND thành phố X": the city's
            org = local
        elif committee is not None:
            word = committee.group("word").split()[0] + " ủy"
            level = _COMMITTEE_LEVEL[fold(word)]
            if len(named.get(level, ())) == 1:
                org = f"{word} {next(iter(named[level]))}"
                if fold(span.name) == "uy vien ban thuong vu":
                    org = "Ban Thường vụ " + org
        out.append((title, org, span))
    return out


def bare_district_committee(
    text: str, t: Span, later: list[Span], nxt: Span | None = None
) -> str | None:
    """The committee of a standing-board membership written bare, other than the province's:
    ``UVBTV Huyện ủy, Phó Chủ tịch UBND huyện`` (a chain that names no district) → the bare
    ``Huyện ủy``; ``Ủy viên Ban Thường vụ, Phó Bí thư Đảng ủy Khối X`` → the committee the
    next party role names (``Đảng ủy Khối X``). None when a district is named (completed
    later) or neither is written."""
    committee = _BARE_DISTRICT_COMMITTEE.match(text, t.end)
    if committee is None:
        party = nxt is not None and fold(nxt.name) in _PARTY_ROLES
        if party and later and later[0].name.startswith("Đảng ủy ") and later[0].start >= t.end:
            return later[0].name
        return None
    if any(x.data.get("district") for x in later):
        return None
    return committee.group("word").split()[0] + " ủy"


def district_committee(later: list[Span]) -> str:
    """The district committee a ``Huyện ủy viên`` sits on: that of the district the chain's
    next body names (``Trưởng phòng Tư pháp huyện X`` → ``Huyện ủy X``), else ``Huyện ủy``."""
    for x in later:
        district = x.data.get("district")
        if district and x.name.endswith(f" huyện {district}"):
            return f"Huyện ủy {district}"
    return "Huyện ủy"
