"""Title → organization: the body a title names, or implies when it names none.

The organization right after a title (``của``/``thuộc`` allowed) or starting inside it, or
after a professional rank and a comma; a title given without one takes one from context by
its head noun (``Giám đốc Sở`` → the article's Sở, ``Phó Chủ tịch UBND xã`` → its only commune
committee), a membership title its party committee (``Tỉnh ủy viên`` → ``Tỉnh ủy``), and a
professional title the body that employs it (``Chấp hành viên`` → the enforcement office).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_bars import bar_of_page
from justicekg.extract.position_enforcement import district_office_of_page
from justicekg.extract.position_led import body_led_by
from justicekg.extract.position_units import (
    body_at_bare_level,
    body_of_next_item,
    unit_named_after,
)
from justicekg.text.normalize import fold

_OF = re.compile(r"\s*(?:(?:của|thuộc)\s+)?")


def org_after_title(text: str, t: Span, orgs: list[Span]) -> Span | None:
    """The organization right after a title (``của``/``thuộc`` allowed), or one that starts
    inside it (``Trưởng phòng Tư pháp huyện X``: the org begins at ``phòng``)."""
    ws = _OF.match(text, t.end)
    at = ws.end() if ws else t.end
    # only an organization starting inside the title or right after it qualifies
    first = bisect_right(orgs, t.start, key=_start)
    for o in orgs[first : bisect_right(orgs, at, key=_start)]:
        if o.start == at or (t.start < o.start < t.end and o.end > t.end):
            return o
    return None


def _start(span: Span) -> int:
    return span.start


_COMMA = re.compile(r"[ \t]*,[ \t]*")
_ITEM_END = re.compile(r"[^;,.\n]{0,40}(?:[;.\n]|$)")


def org_after_rank_comma(text: str, t: Span, orgs: list[Span]) -> Span | None:
    """``bà A, Trợ giúp viên pháp lý, Trung tâm TGPL …;``: a professional rank (``… viên``)
    whose organization follows after a comma and closes the list item."""
    words = fold(t.name).split()
    # "…, Người phát ngôn, Bộ Tư pháp": a spokesperson's body after a comma, like a rank's
    if "vien" not in words[1:] and words[-1:] != ["vien"] and words != ["nguoi", "phat", "ngon"]:
        return None
    if " ".join(words) in _bodies():
        return None  # "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ": the title names its body
    comma = _COMMA.match(text, t.end)
    if comma is None:
        return None
    o = _org_at(orgs, comma.end())
    if o is None or _ITEM_END.match(text, o.end) is None:
        return None
    return o


def _org_at(orgs: list[Span], pos: int) -> Span | None:
    for o in orgs:
        if o.start == pos:
            return o
    return None


#: verbs that close a title written before them ("Chủ tịch Hội phát biểu")
_CLOSING_VERBS = (
    "phát biểu|chủ trì|trình bày|báo cáo|cho biết|nhấn mạnh|điều hành|khai mạc|bế mạc|tặng|trao"
    "|được|đã|và|cùng|nhiệm kỳ|khóa|khoá|thông qua|kết luận|quán triệt|giới thiệu|tham dự|dự"
)
#: a bare association word after a title, the bodies of the page it may stand for
_BARE_ASSOCIATION = {"Hội": ("Hội ",), "Đoàn": ("Đoàn Luật sư ",)}
_BARE_BODY_AFTER = re.compile(
    r"[ \t]+(Hội đồng|Ban Chỉ đạo|Ủy ban|Khối|Cụm|Liên đoàn|Trung tâm|Học viện)"
    r"(?![\w])(?![ \t]+[A-ZĐ])"
    # "Chủ tịch Hội", "Chủ nhiệm Đoàn": the page's association or bar, the word closing the
    # title (a comma, a dash, the end, a verb, "gồm" opening a list of its holders), not the
    # start of a name in lower case
    r"|[ \t]+(Hội|Đoàn)(?=[ \t]*(?:[,;.:)\n]|[-–][ \t]|$|[ \t](?:"
    + _CLOSING_VERBS
    + r"|gồm)(?![\w])))"
)
#: the same bare head right before the holder's name ("Chủ tịch Liên đoàn Nguyễn Văn A")
_BARE_BODY_BEFORE_NAME = re.compile(
    r"[ \t]+(Hội đồng|Liên đoàn|Trung tâm|Học viện)(?=[ \t]+[A-ZĐ])"
)
_BARE_LOCAL_BODY = re.compile(
    r"[ \t]+(Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)[ \t]+(xã|phường|thị trấn|đặc khu)"
    r"(?![\w])(?![ \t]+[A-ZĐ0-9])"
)
_OTHER_BODY_AFTER = re.compile(
    r"[ \t]+(Hội đồng|Ban|Hội|Ủy ban|Liên đoàn|Quỹ|Câu lạc bộ)[ \t]+(?!nhân dân)[A-ZĐ]"
)
_BARE_PARENT_AFTER = re.compile(r"[ \t]+(Sở|Bộ|Tổng cục|Cục)(?![\w])(?![ \t]+[A-ZĐ])")
#: "hội viên Hội X": the association named as a membership
_MEMBER_OF = re.compile(r"(?<![\w])[Hh]ội viên[ \t]+$")


def _is_membership(text: str, o: Span) -> bool:
    """``hội viên Hội Luật gia Việt Nam``: an association named as one's membership."""
    return _MEMBER_OF.search(text, max(0, o.start - 12), o.start) is not None


def party_committee_of_title(folded_title: str) -> str | None:
    """The party committee a membership title implies (``Tỉnh ủy viên``, ``Ủy viên Ban Chấp
    hành Đảng bộ tỉnh`` → ``Tỉnh ủy``; ``Ủy viên Thành ủy`` → ``Thành ủy``); ``""`` for a
    district committee (no bare form); None for other titles."""
    if folded_title.endswith(("thanh uy vien", "uy vien thanh uy", "dang bo thanh pho")):
        return "Thành ủy"
    if folded_title.endswith(("tinh uy vien", "uy vien tinh uy", "dang bo tinh")):
        return "Tỉnh ủy"
    if folded_title.endswith("huyen uy vien"):
        return ""
    return None


#: bodies named "Bộ …" that no minister heads
_NOT_MINISTRIES = ("Bộ Chính trị", "Bộ Chỉ huy", "Bộ đội", "Bộ phận")
_ACTING_FOR = re.compile(r"(?:thay mặt|Thay mặt|đại diện|Đại diện)[ \t]+$")


def _local_body_before(
    doc: Doc, title: Span, orgs: list[Span], body: str, level: str
) -> str | None:
    """``bà A – Chủ tịch UBND xã X, ông B – Phó Chủ tịch UBND xã``: on a page naming several
    communes, a bare commune body is of the commune its sentence's list of officials names last
    before the title (a commune's People's Committee or Council), else None."""
    sent = doc.sentence_of(title.start)
    prefixes = (f"Ủy ban nhân dân {level} ", f"Hội đồng nhân dân {level} ")
    before = [
        o
        for o in orgs
        if sent.start <= o.start and o.end <= title.start and o.name.startswith(prefixes)
    ]
    if not before:
        return None
    named = before[-1].name
    return f"{body} {level} {named[named.index(f' {level} ') + len(level) + 2 :]}"


def resolve_title_org(doc: Doc, title: Span, orgs: list[Span], near: int) -> str | None:
    """An organization for a title given without one, from its head noun."""
    head = title.data.get("head") or ""
    name = title.name
    led = body_led_by(doc, title, orgs)
    if led is not None:
        return led  # "Ủy ban Kiểm tra … do ông A làm Chủ nhiệm": the body named before
    if head == "Bộ":
        # "Bộ trưởng Tư pháp": a minister named with the ministry's domain alone
        domain = ministry_domain_after().match(doc.text, title.end)
        if domain is not None:
            from justicekg.extract.recognizers.foreign_places import country_name, country_re

            # "Bộ trưởng Tư pháp Lào": a foreign minister, the ministry named with its country
            country = country_re().match(doc.text, domain.end())
            suffix = f" {country_name(country.group('c'))}" if country else ""
            return f"Bộ {_ministries()[fold(domain.group(1))]}{suffix}"
    written = _BARE_BODY_AFTER.match(doc.text, title.end)
    if written is None:
        before_name = _BARE_BODY_BEFORE_NAME.match(doc.text, title.end)
        nxt = before_name.end() + 1 if before_name is not None else -1
        if any(p.start == nxt for p in doc.by_label("person")):
            written = before_name
    if written is not None:
        # "Phó Chủ tịch thứ Nhất Hội đồng": the body its head noun names, the page's only one
        # of that head (else the nearest before)
        word = written.group(1) or written.group(2)
        starts = _BARE_ASSOCIATION.get(word, (word + " ",))
        named = [o for o in orgs if o.name.startswith(starts)]
        if word == "Hội":
            named = [o for o in named if not o.name.startswith("Hội đồng")]
            # "hội viên Hội Luật gia Việt Nam, giữ chức Chủ tịch Hội": the body a person is a
            # member of is not the one a bare post names, when the page names another
            named = [o for o in named if not _is_membership(doc.text, o)] or named
        if word in _BARE_ASSOCIATION and not named:
            return None  # "Chủ tịch Hội" of a body the page does not name: not the UBND's
        if len({o.name for o in named}) == 1:
            return named[0].name
        before = [o for o in named if o.end <= near]
        if before and word == "Hội":
            # "Đại hội Hội X … giữ chức Chủ tịch Hội": the association the page is about (named
            # most often before the post), over a guest one named nearer; a tie, the nearest
            counts = Counter(o.name for o in before)
            return max(reversed(before), key=lambda o: counts[o.name]).name
        if before:
            return before[-1].name
    if fold(name).endswith(("tinh uy vien", "thanh uy vien")):
        return None
    if not head:
        return bar_of_page(doc, title, orgs)  # "luật sư A (Chủ nhiệm)" on a bar's page
    other = _OTHER_BODY_AFTER.match(doc.text, title.end)
    if other is not None and not other.group(1).startswith(head):
        # "Phó Chủ tịch Hội đồng Phổ biến, giáo dục pháp luật …": the title names another
        # body the recognizers missed; its default body (the People's Committee) is wrong,
        # but one closed by a bare provincial level is the page province's
        return body_at_bare_level(doc, title.end)
    if head in ("Văn phòng", "Thanh tra"):
        # "Chánh Văn phòng Sở", "Chánh Thanh tra Bộ": the unit of the article's only Sở/Bộ
        bare = _BARE_PARENT_AFTER.match(doc.text, title.end)
        unique = doc.meta.get("unique_by_head", {})
        parent = unique.get(bare.group(1)) if bare is not None else None
        main_dept = str(doc.meta.get("main_dept") or "")
        if (
            bare is not None
            and parent is None
            and bare.group(1) == "Sở"
            and main_dept.startswith("Sở ")
        ):
            parent = main_dept  # the article's own department, other Sở named in side lists
        if bare is None and not doc.text[title.end : title.end + 2].strip()[:1].isupper():
            # a bare "Chánh Văn phòng", "Chánh Thanh tra": the unit of the article's own body,
            # its department (or provincial enforcement office), else its only ministry
            parent = main_dept or unique.get("Bộ") or _only_provincial_judiciary(orgs)
        if parent:
            return f"{head} {parent}"
    # "Giám đốc Sở", "Cục trưởng Cục" — a bare head noun after the title
    cands = [o for o in orgs if o.name.startswith(head + " ") or o.name == head]
    sent = doc.sentence_of(title.start)
    abroad = [o for o in cands if o.rule == "foreign" or o.data.get("foreign")]
    abroad = [o for o in abroad if sent.start <= o.start < title.start]
    if abroad:  # "đoàn Sở Tư pháp tỉnh Attapeu do ông X, Phó Giám đốc Sở làm trưởng đoàn"
        return abroad[-1].name
    # elsewhere a bare title is of a Vietnamese body ("Bộ trưởng X" beside "Bộ Tư pháp Lào")
    if not head.endswith("quán") and head != "Tổng Chưởng lý":
        # an ambassador's is the (foreign) mission, a prosecutor general's the foreign office
        cands = [o for o in cands if not (o.rule == "foreign" or o.data.get("foreign"))]
    low = _BARE_LOCAL_BODY.match(doc.text, title.end)
    if low is not None:
        # "Phó Chủ tịch UBND xã": the article's only commune (ward, township) committee
        body = "Hội đồng nhân dân" if low.group(1) in ("Hội đồng nhân dân", "HĐND") else head
        local = {o.name for o in orgs if o.name.startswith(f"{body} {low.group(2)} ")}
        if body != head:
            local = {
                f"{body} {o.name.split(' ', 4)[-1]}"
                for o in orgs
                if o.name.startswith(f"Ủy ban nhân dân {low.group(2)} ")
            } | local
        if not local and body == head:
            # "tại phường X … Chủ tịch UBND phường": the one commune (ward) the page names
            from justicekg.extract.recognizers.place_context import local_places

            local = {f"{head} {low.group(2)} {n}" for n in local_places(doc.text, low.group(2))}
        if len(local) == 1:
            return next(iter(local))
        return _local_body_before(doc, title, orgs, body, low.group(2))
    if head == "Ủy ban nhân dân":
        main = doc.meta.get("main_province")
        cands = [o for o in cands if o.data.get("province") == main and not o.data.get("district")]
    if head == "Đoàn" and fold(name).endswith("truong doan"):
        # "…, làm Trưởng đoàn, … làm việc với Đoàn Luật sư tỉnh X": a bar is headed by its
        # Chủ nhiệm; the head of a visiting delegation is not the bar's
        cands = [o for o in cands if not o.name.startswith("Đoàn Luật sư")]
    if head == "Sở":
        cands = [o for o in cands if o.data.get("kind") == "provincial-department"]
    if head == "Bộ":  # "Bộ trưởng X" beside "Ủy viên Bộ Chính trị": the Politburo is no ministry
        cands = [o for o in cands if not o.name.startswith(_NOT_MINISTRIES)]
    shared = body_of_next_item(doc, title, cands)
    if shared is not None:
        return shared  # "A - Viện trưởng; B - Phó Viện trưởng VKSND tỉnh X": the same body
    cands, unit = unit_named_after(doc, title, head, cands)
    if unit is not None:
        return unit  # "Trưởng Ban Tôn giáo tỉnh": the province's board of that name
    names = {o.name for o in cands}
    if not names and head == "Chi cục":
        return district_office_of_page(doc)  # "A - Phó Chi cục trưởng" on a district's page
    if len(names) == 1:
        return next(iter(names))
    if cands:
        # the nearest one before the title, else the first after; a body named as acting
        # for another ("thay mặt Tòa án nhân dân tối cao trao quyết định") is the giver's
        prev = [o for o in cands if o.end <= near]
        prev = [
            o for o in prev if not _ACTING_FOR.search(doc.text, max(0, o.start - 12), o.start)
        ] or prev
        if prev and _two_places_at_once(doc, prev):
            return None
        chosen = prev[-1] if prev else cands[0]
        return _page_own_lower_body(chosen, cands) or chosen.name
    return (
        _implied_parent_body(doc, head, orgs)
        or _deputy_of_named_head(doc, title, orgs)
        or _association_of_page(doc, title, orgs)
    )


#: bodies led by a (Phó) Chủ tịch that are not People's Committees: associations, the Front,
#: federations, trade unions
_LED_BY_CHAIR = ("Hội ", "Liên đoàn ", "Ủy ban Mặt trận Tổ quốc", "Công đoàn ", "Liên hiệp ")
#: a People's Committee named anywhere on the page, of any level, with or without its place
_PEOPLES_COMMITTEE = re.compile(r"(?<![\w])(?:UBND|[Ủủ]y ban nhân dân|ỦY BAN NHÂN DÂN)(?![\w])")


def _association_of_page(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """``Hội Luật gia tỉnh X tổ chức … ông A, Phó Chủ tịch chủ trì``: a chair's title given
    bare on a page that names no People's Committee but one association (the Front, a
    federation, a union) before it is of that body. A bare ``Chủ tịch`` right before a name
    is left alone (``Chủ tịch Hồ Chí Minh``, a head of state cited)."""
    if title.data.get("head") != "Ủy ban nhân dân" or "chu tich" not in fold(title.name):
        return None
    named_next = any(p.start == title.end + 1 for p in doc.by_label("person"))
    if not title.name.startswith(("Phó", "phó")) and named_next:
        return None
    if not named_next and doc.text[title.end + 1 : title.end + 2].isupper():
        return None  # "Chủ tịch Hội đồng chấm thi": a body of its own, written after it
    if _PEOPLES_COMMITTEE.search(doc.text) is not None:
        return None  # "… phối hợp với UBND xã X …": the chair may be the committee's
    named = {
        o.name
        for o in orgs
        if o.end <= title.start
        and o.name.startswith(_LED_BY_CHAIR)
        and not o.name.startswith("Hội đồng")
    }
    return named.pop() if len(named) == 1 else None


_PLACE_LEVEL = re.compile(r" (?:tỉnh|thành phố) ")


def _two_places_at_once(doc: Doc, prev: list[Span]) -> bool:
    """``Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Ninh Bình …, Giám đốc Sở``: the nearest body
    shares its sentence with a body of the same name in another province, so either fits."""
    last = prev[-1]
    cut = _PLACE_LEVEL.search(last.name)
    if cut is None:
        return False
    stem = last.name[: cut.start()]
    sent = doc.sentence_of(last.start)
    return any(
        o.name != last.name
        and sent.start <= o.start < sent.end
        and (m := _PLACE_LEVEL.search(o.name)) is not None
        and o.name[: m.start()] == stem
        and _JOINED.fullmatch(doc.text, o.end, last.start) is not None
        for o in prev[:-1]
    )


#: two bodies side by side as partners ("A và B", "A, B", "A phối hợp với B"), not an
#: appointment from one to the other ("chánh án A - làm chánh án B")
_JOINED = re.compile(r"\s*(?:,|và|cùng|với|và với|cùng với|phối hợp với|,\s*và)\s*")


def _deputy_of_named_head(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """``… bầu ông A làm Chủ tịch Hội Luật gia tỉnh X; bốn Phó Chủ tịch là …``: a deputy title
    given without a body is of the body whose head (the same title without ``Phó``) the same
    or the previous sentence names with it."""
    if not title.name.startswith(("Phó ", "phó ")):
        return None
    base = fold(title.name[4:])
    sent = doc.sentence_of(title.start)
    lo = doc.sentence_of(sent.start - 2).start if sent.start > 1 else sent.start
    bodies = {
        o.name
        for t in doc.by_label("title")
        if lo <= t.start < title.start and fold(t.name) == base
        for o in [org_after_title(doc.text, t, orgs)]
        if o is not None
    }
    return bodies.pop() if len(bodies) == 1 else None


def _only_provincial_judiciary(orgs: list[Span]) -> str | None:
    """The page's only provincial court or procuracy (``Chánh văn phòng`` on a procuracy's
    page is the head of its office)."""
    names = {
        o.name
        for o in orgs
        if o.data.get("kind") in ("court", "procuracy")
        and not o.data.get("district")
        and (" tỉnh " in o.name or " thành phố " in o.name)
    }
    return names.pop() if len(names) == 1 else None


_ENFORCEMENT_WORDS = re.compile(r"[Tt]hi hành án dân sự|THADS")


def _implied_parent_body(doc: Doc, head: str, orgs: list[Span]) -> str | None:
    """A title's body that the page names only inside another's name: ``Bộ trưởng`` on a page
    naming ``Văn phòng Bộ Tư pháp``; ``Phó Cục trưởng`` on an enforcement page whose district
    offices (``Chi cục THADS …``) imply their province's ``Cục``."""
    if head == "Bộ":
        inner = {
            m.group(0)
            for o in orgs
            if not (o.rule == "foreign" or o.data.get("foreign"))
            for m in _ministry_in_name().finditer(o.name)
        }
        return inner.pop() if len(inner) == 1 else None
    if head == "Cục" and _ENFORCEMENT_WORDS.search(doc.text):
        district_offices = [o for o in orgs if o.data.get("kind") == "district-enforcement"]
        if not district_offices and "Chi cục" not in doc.text:
            return None
        prov = doc.meta.get("main_province")
        if not prov:
            return "Cục Thi hành án dân sự tỉnh"
        from justicekg.extract.lexicon import lexicon

        rec = lexicon().province(str(prov))
        return f"Cục Thi hành án dân sự {rec.kind if rec else 'tỉnh'} {prov}"
    return None


@gz.derived
def _ministry_in_name() -> re.Pattern[str]:
    """A ministry named inside another body's name (``Văn phòng Bộ Tư pháp``)."""
    alts = "|".join(sorted(map(re.escape, _ministries().values()), key=len, reverse=True))
    return re.compile(rf"(?<![\w])Bộ (?:{alts})(?![\w])")


#: the body of a title that names none yet stands as a title of its own (``title_bodies.tsv``)
NO_BODY = "-"


@gz.derived
def _bodies() -> dict[str, tuple[str, str]]:
    """Titles whose body the title itself names (``title_bodies.tsv``): ``Ủy viên Trung ương
    Đảng`` → ``Ban Chấp hành Trung ương Đảng``."""
    return {fold(r["title"]): (r["body"], r["kind"]) for r in gz.load_rows("title_bodies")}


def title_body(title: Span) -> tuple[str, str] | None:
    """The body (name, kind) a title names in itself, with ``Phó``/``Nguyên`` allowed before."""
    words = fold(title.name).split()
    while words and words[0] in ("pho", "nguyen", "quyen"):
        words = words[1:]
    return _bodies().get(" ".join(words))


@gz.derived
def _ministries() -> dict[str, str]:
    """Ministry domains (``org_domains.tsv``, head ``Bộ``), folded → as written."""
    return {
        fold(r["domain"]): r["domain"] for r in gz.load_rows("org_domains") if r["head"] == "Bộ"
    }


@gz.derived
def ministry_domain_after() -> re.Pattern[str]:
    """The domain of a ministry written right after ``Bộ trưởng`` (``Bộ trưởng Tư pháp``)."""
    alts = "|".join(sorted(map(re.escape, _ministries().values()), key=len, reverse=True))
    # "Bộ trưởng bộ Tư Pháp": the ministry written small, its domain in any case
    return re.compile(rf"[ \t]+(?:bộ[ \t]+(?=[A-ZĐ]))?((?i:{alts}))(?![\w])")


_LOWER_UNIT = re.compile(r"[ \t]+(?P<unit>[a-zđ][\w]*(?:[ \t]+[a-zđ][\w]*){0,3})[ \t]*,?[ \t]*")
_NOT_UNIT_WORDS = frozenset(
    "và các cùng của tại đã được có cho với là thuộc trong về đến kiêm đồng thời".split()
)


def lower_unit(text: str, t: Span, orgs: list[Span]) -> str | None:
    """``Phó Trưởng Ban dân chủ, Ủy ban MTTQ tỉnh X``: a unit of a named body written in lower
    case right after its head's title is that body's sub-unit (``Ban dân chủ Ủy ban MTTQ …``)."""
    head = t.data.get("head") or ""
    if head not in ("Ban", "Phòng") or not fold(t.name).endswith(fold(head)):
        return None
    m = _LOWER_UNIT.match(text, t.end)
    if m is None or any(w in _NOT_UNIT_WORDS for w in m.group("unit").split()):
        return None
    parent = _org_at(orgs, m.end())
    if parent is None or parent.name.startswith(head + " "):
        return None
    return f"{head} {m.group('unit')} {parent.name}"


def _page_own_lower_body(chosen: Span, cands: list[Span]) -> str | None:
    """``… Tòa án nhân dân tỉnh X chưa thể tập huấn … nên đồng chí A, Chánh án …`` on a page
    about a district court: a provincial body named once loses to the one district body of
    that head the page names at least three times (the page's own)."""
    if chosen.data.get("district"):
        return None
    counts: dict[str, int] = {}
    for o in cands:
        counts[o.name] = counts.get(o.name, 0) + 1
    if counts.get(chosen.name, 0) > 1:
        return None
    lower = {o.name for o in cands if o.data.get("district") and counts[o.name] >= 3}
    return next(iter(lower)) if len(lower) == 1 else None
