"""A body named without its place: what its head and the page still say about it.

Courts and procuracies have forms of their own (``Tòa án nhân dân khu vực 5 - Đồng Nai``,
``… cấp cao tại Đà Nẵng``, ``… tối cao``); a bare ``Sở``, council or listed court is the
article's province's; a bare ``Phòng`` / ``Ban`` is a unit of the article's department or
of the province's council or party committee.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP, SYL, lexicon
from justicekg.extract.recognizers.foreign_places import country_name, country_re
from justicekg.extract.recognizers.org_committees import _ban_owner
from justicekg.extract.recognizers.org_heads import COUNCIL_HEADS, LOWER_HEAD_OK
from justicekg.extract.recognizers.org_places import (
    _DISTRICT_MENTION,
    Place,
    _local_province,
    named_districts,
)

#: post-2025 regional courts and procuracies: "Tòa án nhân dân khu vực 5 - Đồng Nai"
_REGIONAL_BODY = re.compile(
    # ("KV" is the sector's short form: "TAND KV1 - Lâm Đồng")
    r"[ \t]+(?:(?:khu vực|Khu vực)[ \t]+|KV[ \t]*)(?P<n>\d{1,2}|[IVX]{1,4})(?![\w])"
    # the province after a dash, a comma or a space and its kind: "- Đồng Nai", ", TP.HCM",
    # " TP Đà Nẵng", ", tỉnh Đồng Nai"
    r"(?:(?:[ \t]*[-–,][ \t]*|[ \t]+(?=TP|Tp|[Tt]hành phố|tỉnh[ \t]))"
    rf"(?P<prov>(?:TP\.?[ \t]?|Tp\.?[ \t]?|[Tt]hành phố[ \t]+|tỉnh[ \t]+)?"
    rf"(?:HCM|{SYL}(?:{SP}{SYL}){{0,3}})))?"
)
#: a list whose last body is plural ("Sở Tư pháp, Cục THADS các tỉnh"): generic as a whole
_SHARED_PLURAL = re.compile(
    r"[ \t]*(?:,|và)[ \t]*(?:Cục|Chi cục|Sở|Phòng)[^.;:,()\n]{0,40}?[ \t]+(?:của[ \t]+)?các"
    r"[ \t]+(?:tỉnh|huyện|địa phương)(?![\w])"
)
_SEAT = (
    r"[ \t]+tại[ \t]+(?P<seat>Hà Nội|Đà Nẵng|[Tt]hành phố Hồ Chí Minh|"
    r"TP\.?[ \t]?HCM|TP\.?[ \t]?Hồ Chí Minh)(?![\w])"
)
#: a bare province owning the body ("… của tỉnh"), no name after it
_OF_PROVINCE = re.compile(r"[ \t]+của[ \t]+tỉnh(?![\w])(?![ \t]+[A-ZĐ])")
#: a council's central level written after it ("… ở Trung ương", "… Trung ương")
_CENTRAL_SEAT = re.compile(r"[ \t]+((?:ở[ \t]+)?Trung ương)(?![\w])")
_HIGH_COURT = re.compile(r"[ \t]+[Cc]ấp [Cc]ao" + _SEAT)
#: the supreme court's seats before the 2014 high courts: "TANDTC tại Đà Nẵng"
_SUPREME_SEAT = re.compile(_SEAT)
_LIST_BEFORE = re.compile(r"(?:,|với|và)[ \t]+$")
_LIST_AFTER = re.compile(r"[ \t]*(?:,|;|và[ \t]+[A-ZĐ])")
#: what follows an event's organizing board: "Ban Tổ chức cuộc thi / hội nghị / giải …"
_EVENT_AFTER_BOARD = re.compile(rf"[ \t]+[{LOWER}]")


@gz.derived
def _provincial_centres() -> frozenset[str]:
    """The domains of a province's own centres (``org_domain_levels.tsv``)."""
    rows = gz.load_rows("org_domain_levels")
    return frozenset(
        r["domain"] for r in rows if r["head"] == "Trung tâm" and r["level"] == "provincial"
    )


@gz.derived
def _generic_after() -> re.Pattern[str]:
    """What makes a bare head generic or plural (``org_generic_after.tsv``): ``ở các địa
    phương``, ``của các tỉnh``, ``63 tỉnh, thành phố``."""
    alone = gz.alternation("org_generic_after", number="no")
    counted = gz.alternation("org_generic_after", number="yes")
    number = r"\d[\d.]*[ \t]+"
    return re.compile(rf"[ \t]*(?:(?:{number})?(?:{alone})|{number}(?:{counted}))(?![\w])")


@gz.derived
def _body_before_place() -> re.Pattern[str]:
    """A body's head (the first word of an ``org_heads.tsv`` head, capitalized as a name
    is) written shortly before a place in the same clause, its name perhaps holding a comma
    (``Hội Nông dân tỉnh``, ``Hội Bảo trợ người Khuyết tật, quyền trẻ em … tỉnh``, ``UBND``);
    not a level word (``Tỉnh Nghệ An đạt …`` names no body)."""
    levels = {"tỉnh", "thành", "quận", "huyện", "thị", "xã", "phường"}
    words: set[str] = set()
    for head in gz.column("org_heads", "head"):
        first = head.split()[0]
        if first.lower() in levels:
            continue
        words.add(first[:1].upper() + first[1:])
        if first.islower() and len(first) <= 6 and " " not in head:
            words.add(first.upper())  # "ubnd": written "UBND"
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?:{alts})(?![\w])[^.;:()\n]{{0,80}}?[ \t]+"
        r"(?:(?:tỉnh|thành phố|TP\.?)[ \t]*)?$"
    )


def _provincial_page(doc: Doc, province: str) -> bool:
    """The page names a body of ``province`` (``Hội Nông dân tỉnh A``, ``Sở Tư pháp A``):
    a bare centre is then that province's; a province named in passing on a national page
    (``riêng tỉnh A đạt kết quả tốt``) owns no centre."""
    lex = lexicon()
    text = doc.text
    for m in lex.province_re.finditer(text):
        rec = lex.province(m.group(0))
        if rec is None or rec.name != province:
            continue
        if _body_before_place().search(text, max(0, m.start() - 80), m.start()):
            return True
    return False


def _seat_name(m: re.Match[str]) -> str:
    """The seat a ``tại`` names, in full (``TP.HCM`` → ``Thành phố Hồ Chí Minh``)."""
    seat = lexicon().province(m.group("seat"))
    if seat and seat.name == "Hồ Chí Minh":
        return "Thành phố Hồ Chí Minh"
    return seat.name if seat else m.group("seat")


def _one_district(doc: Doc) -> list[tuple[int, str, str, str]]:
    """The district-level places the page names, one entry per distinct place; empty when
    the page also names a district the gazetteer does not place."""
    seen: dict[tuple[str, str], tuple[int, str, str, str]] = {}
    for d in named_districts(doc):
        seen.setdefault((d[1], d[2]), d)
    written = {
        (m.group("kind").lower(), m.group("name").split()[0])
        for m in _DISTRICT_MENTION.finditer(doc.text)
        if m.group("kind").lower() != "thành phố"
    }
    known = {(k, n.split()[0]) for k, n in seen}
    return list(seen.values()) if written <= known else []


def _event_board(text: str, start: int, end: int, domain: str) -> bool:
    """``Trưởng ban tổ chức``, ``Phó trưởng Ban Tổ chức cuộc thi``: the board that runs an
    event, not the party's Organization Commission (``Ban Tổ chức Tỉnh ủy``), which is written
    with capitals and, when its committee is left out, with nothing in lower case after it."""
    if domain != "Tổ chức":
        return False
    written = text[start:end]
    return "tổ chức" in written or _EVENT_AFTER_BOARD.match(text, end) is not None


def _unplaced(
    doc: Doc, start: int, end: int, head: str, kind: str, name: str, domain: str
) -> Span | Place | None:
    """The span of a body with no place written after it, or the place it takes from the
    page (the caller then names it with that place), or None when it is not one body."""
    text = doc.text
    lex = lexicon()
    if head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân"):
        rm = _REGIONAL_BODY.match(text, end)
        if rm is not None:
            # from 2025-07: "Tòa án nhân dân khu vực 5 - Đồng Nai"
            rname = f"{head} khu vực {rm.group('n')}"
            rprov, rend = None, rm.end("n")
            if rm.group("prov"):
                # the province after the dash: the longest run of its words that names one
                raw = rm.group("prov")
                city = re.match(r"(?:TP\.?[ \t]?|Tp\.?[ \t]?|[Tt]hành phố[ \t]+)", raw)
                prefix = city or re.match(r"tỉnh[ \t]+", raw)
                words = raw[prefix.end() if prefix else 0 :].split(" ")
                for n in range(len(words), 0, -1):
                    rprov = lex.province(" ".join(words[:n]))
                    if rprov is not None:
                        rend = rm.start("prov") + (prefix.end() if prefix else 0)
                        rend += len(" ".join(words[:n]))
                        break
            if rprov is not None:
                shown = f"Thành phố {rprov.name}" if city else rprov.name
                rname += f" - {shown}"
            return Span(
                start,
                rend,
                "org",
                rname,
                "regional",
                {
                    "kind": kind,
                    "province": rprov.name if rprov else doc.meta.get("main_province"),
                },
            )
    high = _HIGH_COURT.match(text, end)
    if head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân") and high is not None:
        # "Tòa án nhân dân cấp cao tại Đà Nẵng": one of the three high courts
        return Span(
            start,
            high.end(),
            "org",
            f"{head} cấp cao tại {_seat_name(high)}",
            "grammar",
            {"kind": kind},
        )
    if head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân") and re.match(
        r"\s+[tT]ối [cC]ao", text[end:]
    ):
        e = end + len(re.match(r"\s+[tT]ối [cC]ao", text[end:]).group(0))  # type: ignore[union-attr]
        country = country_re().match(text, e)
        if country is not None:
            # "Tòa án nhân dân tối cao Lào": a foreign supreme court
            name = f"{head} tối cao {country_name(country.group('c'))}"
            return Span(start, country.end(), "org", name, "foreign", {"kind": kind})
        seat = _SUPREME_SEAT.match(text, e) if head == "Tòa án nhân dân" else None
        if seat is not None:
            # "TAND tối cao tại Đà Nẵng": the supreme court's seat in a region (before 2015;
            # "kiểm sát viên VKSND tối cao tại X" places people, not a body)
            name = f"{head} tối cao tại {_seat_name(seat)}"
            return Span(start, seat.end(), "org", name, "grammar", {"kind": kind})
        return Span(start, e, "org", f"{head} tối cao", "grammar", {"kind": kind})
    central = _CENTRAL_SEAT.match(text, end) if head in COUNCIL_HEADS else None
    if central is not None:
        # "Hội đồng phối hợp … ở Trung ương": the central council, named as written
        name = f"{name} {' '.join(central.group(1).split())}"
        return Span(start, central.end(), "org", name, "grammar", {"kind": kind})
    if head == "Phòng Công chứng" and doc.meta.get("main_province"):
        # "Phòng Công chứng số 2" in an article about one province
        place = Place("implicit", "tỉnh", None, doc.meta["main_province"], end)
    elif head == "Học viện":
        return Span(start, end, "org", name, "grammar", {"kind": kind})
    elif head == "Sở":
        if _SHARED_PLURAL.match(text, end):
            return None  # "Sở Tư pháp, Cục THADS các tỉnh": the plural is shared
        place = Place("implicit", "tỉnh", None, _local_province(doc, start), end)
    elif head in COUNCIL_HEADS or (
        head == "Ủy ban Mặt trận Tổ quốc Việt Nam" and doc.meta.get("main_province")
    ):
        # "Phó Chủ tịch Ủy ban MTTQ Việt Nam" on a province's page: the province's
        # (the national body is "Ủy ban Trung ương MTTQ Việt Nam"); "… của tỉnh" says so
        # ("Hội đồng … tố tụng của tỉnh": the body named with its bare "tỉnh")
        of_province = _OF_PROVINCE.match(text, end)
        place = Place(
            "implicit",
            "tỉnh",
            None,
            _local_province(doc, start),
            of_province.end() if of_province else end,
            written=of_province is not None,
        )
    elif (
        head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân")
        and doc.meta.get("main_province")
        and _LIST_BEFORE.search(text, max(0, start - 6), start)
        and _LIST_AFTER.match(text, end)
    ):
        # "… phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân, Sở …": a court or
        # procuracy listed among the province's bodies is the province's
        place = Place("implicit", "tỉnh", None, _local_province(doc, start), end)
    elif head == "Phòng" and domain == "Tư pháp" and len(_one_district(doc)) == 1:
        # "Phòng Tư pháp - cơ quan thường trực Hội đồng" on a page about one district: the
        # district's justice office (it has no other level)
        # (its province only when the page names it: a city's name is not its province's)
        _, dkind, dname, _ = _one_district(doc)[0]
        place = Place("district", dkind, dname, doc.meta.get("main_province"), end)
    elif (
        head in ("Phòng", "Ban", "Trung tâm")
        and doc.meta.get("main_dept")
        # a district's Phòng Tư pháp is never a unit of the Sở
        and not (head == "Phòng" and domain == "Tư pháp")
        and (head != "Ban" or LOWER_HEAD_OK.search(text, max(0, start - 8), start))
    ):
        parent = str(doc.meta["main_dept"])
        if head == "Ban" and _event_board(text, start, end, domain):
            return None  # "Trưởng ban tổ chức", "Ban Tổ chức cuộc thi": an event's board
        if head == "Ban":
            owner = _ban_owner(domain, doc.meta.get("main_province"))
            if owner is None:
                return None
            parent = owner
        if head == "Trung tâm":
            place = Place("implicit", "tỉnh", None, doc.meta.get("main_province"), end)
        else:
            return Span(
                start,
                end,
                "org",
                f"{name} {parent}",
                "implicit-parent",
                {
                    "kind": "other",
                    "province": doc.meta.get("main_province"),
                    "parent": parent,
                },
            )
    elif (
        head == "Trung tâm"
        and domain in _provincial_centres()
        and text[start + len(head) : end].lstrip()[:1].isupper()
    ):
        # "Trung tâm Trợ giúp pháp lý nhà nước tổ chức …" on a page with no department: the
        # page's province's centre, or the centre named bare where the page names none (its
        # domain capitalized: "đến Trung tâm trợ giúp pháp lý nhà nước" is any centre)
        # (not a generic or plural one: "… ở các địa phương", "… của các tỉnh"; and a
        # province only where the page names one of its bodies, not one named in passing)
        if _generic_after().match(text, end):
            return None
        province = _local_province(doc, start)
        if province is not None and province == doc.meta.get("main_province"):
            province = province if _provincial_page(doc, province) else None
        if province is None:
            return Span(start, end, "org", name, "grammar", {"kind": kind, "province": None})
        place = Place("implicit", "tỉnh", None, province, end)
    else:
        return None
    return place
