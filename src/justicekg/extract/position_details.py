"""Position details read from a title's sentence: the term of office and a commune body.

An appointment sentence states when a position starts and ends (``được bổ nhiệm … kể từ ngày
01/10/2020 … đến ngày 30/9/2025``); a commune official's body is the commune's People's
Committee (``công chức tư pháp - hộ tịch xã X``). Both are stored in the title span's data.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.title_orgs import _org_after_title, _resolve_title_org
from justicekg.text.normalize import fold

_CHAIN = re.compile(
    r"\s*(?:,[ \t]*kiêm(?![\w])|,|và|kiêm|(?<=[ \t])[-–](?=[ \t])|[-–](?=[A-ZĐ]))?\s*"
    r"(?:(?:hiện\s+)?nay\s+là\s+|đồng thời\s+là\s+|là\s+)?"
)
_PARTY_BARE = re.compile(
    r"[ \t]+(?P<body>Đảng [uỦủ]y|Ban [cC]án [sS]ự [đĐ]ảng|Đảng đoàn|Chi bộ)"
    r"(?=[ \t]*(?:,|kiêm[ \t]))"
)


def _bare_party_role(
    doc: Doc, t: Span, o: Span | None, title_at: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span]:
    """``Bí thư Đảng ủy, Giám đốc Sở Tư pháp …``: a party role written with its bare committee
    word is of the body the next title names; returns the title (the committee word kept in
    it) and a span that ends where the chain goes on."""
    text = doc.text
    party = _PARTY_BARE.match(text, t.end) if o is None else None
    if party is None:
        return t, t
    # "Bí thư Đảng ủy, Chủ tịch UBND phường X": the ward's party committee
    joint = _CHAIN.match(text, party.end())
    t2 = title_at.get(joint.end()) if joint is not None else None
    nxt_o = _org_after_title(text, t2, orgs) if t2 is not None else None
    for _ in range(3):
        # "Bí thư Ban cán sự đảng, Bí thư Đảng ủy, Viện trưởng VKSND …", "Bí thư Ban cán sự
        # Đảng, Thẩm phán cao cấp, Chánh án …": past the next bare party role or rank to the
        # title that names the body
        if t2 is None or nxt_o is not None:
            break
        more = _PARTY_BARE.match(text, t2.end)
        if more is None and t2.data.get("head"):
            break
        joint = _CHAIN.match(text, more.end() if more else t2.end)
        t2 = title_at.get(joint.end()) if joint is not None else None
        nxt_o = _org_after_title(text, t2, orgs) if t2 is not None else None
    committee_word = "Đảng ủy"
    if not party.group("body").startswith("Đảng"):
        # "Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh X": that body's party organ
        committee_word = party.group("body")
    if nxt_o is not None and nxt_o.data.get("district") and committee_word == "Đảng ủy":
        for body in ("Ủy ban nhân dân ", "Hội đồng nhân dân "):
            if nxt_o.name.startswith(body):
                t.data["commune_org"] = "Đảng ủy " + nxt_o.name.removeprefix(body)
                t.data["commune_org_kind"] = "party-committee"
    elif t2 is not None:
        # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp": the party committee of the body the next
        # title names (or resolves to: "Bí thư Đảng ủy, Cục trưởng")
        body_name = nxt_o.name if nxt_o else _resolve_title_org(doc, t2, orgs, t2.start)
        if body_name and not body_name.startswith(("Đảng ủy", "Tỉnh ủy", "Thành ủy")):
            t.data["commune_org"] = committee_word + " " + body_name
            t.data["commune_org_kind"] = "party-committee"
    end_t = Span(t.start, party.end(), t.label, t.name, t.rule, t.data)
    if t.data.get("commune_org") and fold(t.name).startswith(("bi thu", "pho bi thu")):
        # "Bí thư Đảng ủy, Chánh án …": the real-page gold keeps the committee word in the
        # title (as for "Trưởng Ban" + "Ban …")
        body_word = " ".join(party.group("body").split())
        t = Span(t.start, t.end, t.label, f"{t.name} {body_word}", t.rule, t.data)
    return t, end_t


_TERM_START = re.compile(r"(?<![\w])(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?$")
_TERM_END = re.compile(r"(?<![\w])(?:đến|tới|cho đến)\s+(?:hết\s+)?(?:ngày\s+)?$")
_APPOINTMENT_CUE = re.compile(
    r"bổ nhiệm|điều động|giao quyền|phân công|giữ chức|nghỉ hưu|thôi giữ|kéo dài thời gian"
)


def _term_dates(doc: Doc, t: Span, o: Span | None) -> None:
    """Start (and end) of a position stated in its appointment sentence: ``được bổ nhiệm …
    kể từ ngày 01/10/2020``, ``… đến ngày 30/9/2025``."""
    from justicekg.text.dates import find_dates

    sent = doc.sentence_of(t.start)
    text = doc.text[sent.start : sent.end]
    if not _APPOINTMENT_CUE.search(text):
        return
    ref = doc.published or doc.meta.get("dateline")
    after = (o.end if o else t.end) - sent.start
    for d in find_dates(text, reference=ref):
        if len(d.iso) != 10 or d.start < after - 400:
            continue
        before = text[max(0, d.start - 24) : d.start]
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


def _commune_body(doc: Doc, t: Span) -> None:
    """``công chức tư pháp - hộ tịch xã X``: a commune official's body is the commune's
    People's Committee (``Ủy ban nhân dân xã X``)."""
    m = _COMMUNE_AFTER.match(doc.text, t.end)
    if m is None or not m.group("name")[:1].isupper():
        return
    t.data["commune_org"] = f"Ủy ban nhân dân {m.group('kind')} {m.group('name')}"


_LOWER_COMMITTEE_AFTER = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)(?:[ \t]+(?:tỉnh|thành phố))?[ \t]+")


def _lower_party_committee(doc: Doc, t: Span) -> None:
    """``Bí thư tỉnh ủy tỉnh X``: a party role with its committee written in lower case is of
    that province's committee (``Tỉnh ủy X``)."""
    from justicekg.extract.lexicon import lexicon

    if not t.name.startswith(("Bí thư", "Phó Bí thư", "Ủy viên")):
        return
    m = _LOWER_COMMITTEE_AFTER.match(doc.text, t.end)
    if m is None:
        return
    prov = lexicon().province_re.match(doc.text, m.end())
    rec = lexicon().province(prov.group(0)) if prov is not None else None
    if rec is None:
        return
    t.data["commune_org"] = f"{m.group(1).capitalize()} {rec.name}"
    t.data["commune_org_kind"] = "party-committee"


_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
_BARE_DISTRICT_BODY = re.compile(r"^.+ (?P<level>huyện|quận|thị xã)$")
_BARE_DISTRICT_COMMITTEE = re.compile(
    r"[ \t]+(?P<word>Huyện [uủ]y|Quận [uủ]y|Thị [uủ]y)(?![\w])(?![ \t]+[A-ZĐ])"
)
_COMMITTEE_LEVEL = {"huyen uy": "huyện", "quan uy": "quận", "thi uy": "thị xã"}


def _complete_district(
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
        elif committee is not None:
            word = committee.group("word").split()[0] + " ủy"
            level = _COMMITTEE_LEVEL[fold(word)]
            if len(named.get(level, ())) == 1:
                org = f"{word} {next(iter(named[level]))}"
                if fold(span.name) == "uy vien ban thuong vu":
                    org = "Ban Thường vụ " + org
        out.append((title, org, span))
    return out
