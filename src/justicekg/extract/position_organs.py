"""Posts held in an organ of another body, the organ named in the title or written bare.

Vietnamese pages name such a post three ways:

- the organ is the title's own head noun and the body follows it (``Chánh Văn phòng Liên đoàn
  Luật sư Việt Nam``): the post is in that body's ``Văn phòng``;
- a party organ is part of a member's title (``Ủy viên Đảng đoàn Hội Luật gia Việt Nam``,
  ``Ủy viên Ban cán sự đảng Bộ Tư pháp``): the post is in that body's organ;
- a club or a project named after the title, which the organization recognizers do not know
  (``Chủ nhiệm Câu lạc bộ Pháp luật phường X``, ``Cố vấn trưởng Dự án JICA``);
- a unit not in the gazetteers, named after its head's title (``Vụ trưởng Vụ Tuyên truyền
  pháp luật kiêm …``), up to the next comma, ``kiêm`` or dash;
- a judge's rank beside a chamber's head (``Thẩm phán trung cấp, Chánh tòa Tòa Kinh tế Tòa án
  nhân dân tỉnh X``): the judge serves in the court the chamber belongs to;
- the organ of a district party committee is written with the committee word alone
  (``Chánh Văn phòng Quận ủy``, ``Trưởng Ban Tuyên giáo Huyện ủy``), the committee being
  named in full elsewhere on the page (``Quận ủy Gò Vấp``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold

__all__ = [
    "body_of_next_organ",
    "body_on_page",
    "chamber_of_court",
    "chamber_then_court",
    "committee_of_next_locality",
    "judge_of_chamber",
    "organ_of",
]

#: heads of titles whose post is in an office of the body named after them
_OFFICE_HEADS = ("Văn phòng", "Thanh tra")
#: member titles that name a party organ of the body after them (folded → organ word offset)
_PARTY_ORGAN_MEMBERS = ("uy vien dang doan", "uy vien ban can su dang")


def organ_of(title: Span, text: str, org: Span | None, org_name: str | None) -> str | None:
    """The organ of ``org`` that ``title`` names, when the title holds the organ's word and
    the body follows it, else None.

    ``Chánh Văn phòng`` + ``Liên đoàn Luật sư Việt Nam`` → ``Văn phòng Liên đoàn Luật sư Việt
    Nam``; ``Ủy viên Đảng đoàn`` + ``Hội Luật gia Việt Nam`` → ``Đảng đoàn Hội Luật gia Việt
    Nam``.
    """
    if org is None or not org_name or org.start < title.end:
        return None
    head = str(title.data.get("head") or "")
    if head in _OFFICE_HEADS and fold(title.name).endswith(fold(head)):
        return None if org_name.startswith(head) else f"{head} {org_name}"
    if fold(title.name) in _PARTY_ORGAN_MEMBERS:
        organ = " ".join(text[title.start : title.end].split()[2:])
        return None if fold(org_name).startswith(fold(organ)) else f"{organ} {org_name}"
    return None


_COMMITTEE = r"(?:Tỉnh|Thành|Huyện|Quận|Thị) [uủ]y"
#: "Trưởng Ban Tuyên giáo Quận ủy", "Chánh Văn phòng Huyện ủy": the committee word, no name
_BARE_ORGAN = re.compile(
    r"(?P<organ>(?:[ \t]+[A-ZĐ][\w]*(?:[ \t]+(?:và[ \t]+)?[\w]+){0,4}?)?)"
    rf"[ \t]+(?P<committee>{_COMMITTEE})(?![\w])(?![ \t]+(?:[A-ZĐ0-9]|tỉnh|thành phố|huyện|quận))"
)
_ORGAN_HEADS = {"Văn phòng": "Văn phòng", "Ban": "Ban"}


def _committee_organ(doc: Doc, t: Span, orgs: list[Span]) -> tuple[Span, Span]:
    """``Chánh Văn phòng Quận ủy``, ``Trưởng Ban Tuyên giáo Huyện ủy``: an organ of a party
    committee written with the committee word alone is that of the committee of this word
    the page names in full (the only one, else the nearest before). Returns the title and a
    span that ends past the committee word; both ``t`` when nothing is resolved."""
    head = str(t.data.get("head") or "")
    if head not in _ORGAN_HEADS or t.data.get("commune_org"):
        return t, t
    m = _BARE_ORGAN.match(doc.text, t.end)
    if m is None or bool(m.group("organ")) != (head == "Ban"):
        return t, t
    word = fold(m.group("committee"))
    named: list[tuple[Span, str]] = []  # the committee, also inside an organ's name
    for o in orgs:
        at = fold(o.name).find(word + " ")
        if at == 0 or (at > 0 and o.name[at - 1] == " "):
            named.append((o, o.name[at:]))
    if not named:
        return t, t
    before = [c for o, c in named if o.end <= t.start]
    committee = before[-1] if before else named[0][1]
    if len({c for _, c in named}) > 1 and not before:
        return t, t
    organ = head + (" " + " ".join(m.group("organ").split()) if m.group("organ") else "")
    t.data["commune_org"] = f"{organ} {committee}"
    t.data["commune_org_kind"] = "party-committee"
    return t, Span(t.start, m.end(), t.label, t.name, t.rule, t.data)


#: "Câu lạc bộ Pháp luật phường X", "CLB pháp chế doanh nghiệp": a club, up to eight words
_CLUB = re.compile(
    r"[ \t]+(?:của[ \t]+)?(?P<head>Câu lạc bộ|câu lạc bộ|CLB)"
    r"(?P<words>(?:[ \t]+[\w]+(?:-[\w]+)*){1,8})"
)
#: words that end a club's name: verbs and links of the sentence
_CLUB_STOP = frozenset(
    "phát trình dự chủ cho đã được đang sẽ tham tại với cùng là có đến về trong nhấn khẳng"
    " chia giới nêu báo ông bà anh chị đồng".split()
)
#: "Dự án JICA": a project named by the body that runs it
_PROJECT = re.compile(r"[ \t]+(?:của[ \t]+)?Dự án[ \t]+")


def _club_or_project(doc: Doc, t: Span, orgs: list[Span]) -> tuple[str, int] | None:
    """The club or project written right after ``t`` and where it ends, else None."""
    text = doc.text
    project = _PROJECT.match(text, t.end)
    if project is not None:
        o = next((o for o in orgs if o.start == project.end()), None)
        if o is not None and text[o.start : o.end].isupper():
            return f"Dự án {text[o.start : o.end]}", o.end  # "Dự án JICA", as written
        return None
    club = _CLUB.match(text, t.end)
    if club is None:
        return None
    found = _name_words(doc, club.start("words"), club.group("words"))
    return ("Câu lạc bộ " + found[0], found[1]) if found else None


def _name_words(doc: Doc, pos: int, run: str) -> tuple[str, int] | None:
    """The words of ``run`` (at ``pos``) that name a body: up to a verb, a link or a person
    of the sentence; the words and where they end, else None."""
    persons = {p.start for p in doc.by_label("person")}
    kept: list[str] = []
    end = pos
    for w in re.finditer(r"[ \t]+([\w]+(?:-[\w]+)*)", run):
        word = w.group(1)
        if pos + w.start(1) in persons or word in _CLUB_STOP or (word == "và" and not kept):
            break
        kept.append(word)
        end = pos + w.end(1)
    while kept and kept[-1] in ("và", "của"):
        kept.pop()
        end = doc.text.rindex(kept[-1], pos, end) + len(kept[-1]) if kept else pos
    return (" ".join(kept), end) if kept else None


#: "Bí thư Chi bộ khu phố 3", "Phó Bí thư Chi bộ thôn Đông": a cell named by its place
_CELL = re.compile(r"[ \t]+(?P<cell>Chi bộ)(?P<words>(?:[ \t]+[\w]+){1,6})")


def _named_cell(doc: Doc, t: Span) -> tuple[Span, Span] | None:
    """``Bí thư Chi bộ khu phố 3``: a party cell named by its place after a secretary's title;
    the title keeps the cell word (``Bí thư Chi bộ``), the body is the cell as written."""
    if fold(t.name) not in ("bi thu", "pho bi thu"):
        return None
    m = _CELL.match(doc.text, t.end)
    if m is None or m.group("words").split()[0] in ("Sở", "Cục", "Chi", "Phòng", "Văn"):
        return None  # "Bí thư Chi bộ Sở …": the body's cell, read with the body
    found = _name_words(doc, m.start("words"), m.group("words"))
    if found is None:
        return None
    data = {**t.data, "commune_org": f"Chi bộ {found[0]}", "commune_org_kind": "other"}
    t = Span(t.start, t.end, t.label, f"{t.name} Chi bộ", t.rule, data)
    return t, Span(t.start, found[1], t.label, t.name, t.rule, data)


def chamber_of_court(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """``Phó Chánh án TAND tỉnh X, Chánh tòa Tòa Hình sự``: a chamber written bare after a
    court's post is that court's chamber."""
    for (_, o1), (t2, o2) in pairwise(chain):
        if o1 is None or o2 is not None or not o1.name.startswith("Tòa án nhân dân"):
            continue
        m = _CHAMBER.match(text, t2.end)
        if "chanh toa" in fold(t2.name) and m is not None and not t2.data.get("commune_org"):
            words = m.group(1).split()
            cut = next((i for i, w in enumerate(words) if i > 1 and w in _CLUB_STOP), len(words))
            t2.data["commune_org"] = f"{' '.join(words[:cut])} {o1.name}"
            t2.data["commune_org_kind"] = "court"


_CHAMBER = re.compile(
    r"[ \t]+(Tòa[ \t]+[A-ZĐ][\w]*(?:[ \t]+[a-zđ\w]+){0,3}?)(?=[ \t]*(?:[,;.\n]|$))"
)
#: a chamber whose court follows after a comma or a dash: "Tòa Dân sự, TAND tỉnh X"
_CHAMBER_THEN = re.compile(
    r"[ \t]+(Tòa[ \t]+[A-ZĐ][\w]*(?:[ \t]+[a-zđ][\w]*){0,3}?)[ \t]*(?:,|[-–](?=[ \t]))[ \t]*"
)
#: a chamber's words, the court left to the page: "Chánh tòa Tòa Hình sự trình bày"
_CHAMBER_WORDS = re.compile(r"[ \t]+Tòa[ \t]+[A-ZĐ][\w]*((?:[ \t]+[a-zđ][\w]*){0,3})")
_CHAMBER_END = re.compile(r"[ \t]*(?:[,;.()\n]|$)")


def chamber_then_court(doc: Doc, t: Span, orgs: list[Span]) -> tuple[str, int] | None:
    """``Phó Chánh tòa Tòa Dân sự, TAND tỉnh X``: the chamber of the court written after it
    (a comma or a dash between), or of the one court the page names when the chamber is
    written bare (``Chánh tòa Tòa Hình sự trình bày``); the chamber's full name and where the
    post ends, else None."""
    if not fold(t.name).endswith("chanh toa"):
        return None
    text = doc.text
    m = _CHAMBER_THEN.match(text, t.end)
    court = next((o for o in orgs if m is not None and o.start == m.end()), None)
    if m is not None and court is not None and court.name.startswith("Tòa án nhân dân"):
        return f"{' '.join(m.group(1).split())} {court.name}", court.end
    bare = _CHAMBER_WORDS.match(text, t.end)
    courts = {o.name for o in orgs if o.name.startswith("Tòa án nhân dân")}
    if bare is None or len(courts) != 1:
        return None
    end = bare.start(1)
    for w in re.finditer(r"[ \t]+([\w]+)", bare.group(1)):
        if w.group(1) in _CLUB_STOP:
            break  # "Chánh tòa Tòa Hình sự dự": the verb ends the chamber
        end = bare.start(1) + w.end()
    after = re.match(r"[ \t]+([\w]+)", text[end : end + 24])
    if _CHAMBER_END.match(text, end) is None and (after is None or after[1] not in _CLUB_STOP):
        return None  # "Tòa Hình sự Tòa án …": the chamber's court is named after it
    name = " ".join(text[bare.start() : end].split())
    return f"{name} {courts.pop()}", end


#: unit heads whose units a page may name without the gazetteers knowing them
_UNIT_HEADS = ("Vụ", "Cục", "Phòng")
_UNIT_END = re.compile(r"[ \t]*(?:[,;.()\n]|kiêm(?![\w])|[-–][ \t]|$)")


def _named_unit(doc: Doc, t: Span) -> tuple[str, int] | None:
    """``Vụ trưởng Vụ Tuyên truyền pháp luật kiêm …``: a unit of the title's head noun
    written in full after the title, up to a comma, ``kiêm`` or a dash (at most seven words,
    no name or title among them), and where it ends, else None."""
    head = str(t.data.get("head") or "")
    text = doc.text
    if head not in _UNIT_HEADS or not text.startswith(" " + head + " ", t.end):
        return None
    start = t.end + 1
    pos = start + len(head)
    words = re.compile(r"[ \t]+(?!kiêm(?![\w]))([\w]+)").finditer(text, pos)
    first = True
    for w in words:
        if w.start() != pos or (first and not w.group(1)[:1].isupper()):
            return None
        first = False
        pos = w.end()
        if _UNIT_END.match(text, pos):
            break
    else:
        return None
    if pos - start > 80 or any(
        start < s.start < pos for s in doc.spans if s.label in ("person", "title", "org")
    ):
        return None
    return " ".join(text[start:pos].split()), pos


def judge_of_chamber(chain: list[tuple[Span, Span | None]]) -> None:
    """``Thẩm phán trung cấp, Chánh tòa Tòa Hình sự Tòa án nhân dân tỉnh X``: a judge's rank
    with no body, next to a chamber's head, is of the court the chamber belongs to."""
    for (t1, o1), (t2, o2) in pairwise(chain):
        if o1 is not None or t1.data.get("commune_org"):
            continue
        if not fold(t1.name).startswith("tham phan") or "chanh toa" not in fold(t2.name):
            continue
        chamber = o2.name if o2 is not None else str(t2.data.get("commune_org") or "")
        at = chamber.find(" Tòa án nhân dân ")
        if chamber.startswith("Tòa ") and at > 0:
            t1.data["commune_org"] = chamber[at + 1 :]
            t1.data["commune_org_kind"] = "court"


#: the organs of a body that a party or union post names before the body
_ORGAN_PREFIXES = ("Chi bộ ", "Đảng ủy ", "Công đoàn ", "Chi đoàn ")
_JOIN = re.compile(r"[ \t]*(?:,|;|kiêm(?:[ \t]+nhiệm)?)[ \t]*(?:kiêm[ \t]+)?")


def body_of_next_organ(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """``nguyên Phó Cục trưởng, Phó Bí thư Chi bộ Cục THADS tỉnh X``: a title left bare whose
    head noun heads the body of the next post's organ is of that body."""
    for (t1, o1), (t2, o2) in pairwise(chain):
        head = str(t1.data.get("head") or "")
        if o1 is not None or o2 is None or t1.data.get("commune_org"):
            continue
        if _JOIN.fullmatch(text, t1.end, t2.start) is None:
            continue
        council = o2.name.find("Hội đồng nhân dân")
        if fold(t1.name) == "uy vien thuong truc" and council > 0:
            # "Ủy viên Thường trực, Trưởng Ban Pháp chế HĐND tỉnh X": a standing member of
            # the council whose board the next post heads
            t1.data["commune_org"] = o2.name[council:]
            t1.data["commune_org_kind"] = "peoples-council"
            continue
        for prefix in _ORGAN_PREFIXES:
            body = o2.name.removeprefix(prefix)
            if head and body != o2.name and body.startswith(head + " "):
                t1.data["commune_org"] = body
                t1.data["commune_org_kind"] = "other"
                break
        else:
            parent = _parent_of_unit(o2.name, head)
            if parent is not None:
                # "Phó Cục trưởng kiêm Chánh Văn phòng Cục THADS tỉnh X", "Phó Chánh án kiêm
                # Chánh tòa Tòa Hình sự TAND tỉnh X": the body the next post's unit is of
                t1.data["commune_org"] = parent
                t1.data["commune_org_kind"] = "other"


#: units named with their parent body after them (an office, inspectorate, department or
#: court chamber)
_UNIT_WORDS = ("Văn phòng ", "Thanh tra ", "Phòng ", "Tòa ")


def _parent_of_unit(name: str, head: str) -> str | None:
    """The parent body (of ``head``) inside a unit's ``name``: ``Văn phòng Cục Thi hành án dân
    sự tỉnh X`` → ``Cục Thi hành án dân sự tỉnh X`` for ``Cục``; else None."""
    if not head or not name.startswith(_UNIT_WORDS) or name.startswith(head + " "):
        return None
    at = name.find(" " + head + " ")
    return name[at + 1 :] if at > 0 else None


_CHAMBER_DOMAIN = re.compile(r"[ \t]+([A-ZĐ][\w]*(?:[ \t]+[a-zđ][\w]*){0,3}?)[ \t]*,[ \t]*")


def _chamber_before_court(doc: Doc, t: Span, orgs: list[Span]) -> tuple[str, int] | None:
    """``Chánh tòa Kinh tế, Tòa án nhân dân tỉnh X``: a chamber named by its domain alone, its
    court after a comma; the chamber (``Tòa Kinh tế Tòa án nhân dân tỉnh X``) and its end."""
    if not fold(t.name).endswith("chanh toa"):
        return None
    m = _CHAMBER_DOMAIN.match(doc.text, t.end)
    if m is None:
        return None
    court = next((o for o in orgs if o.start == m.end()), None)
    if court is not None and court.name.startswith("Tòa án nhân dân"):
        return f"Tòa {m.group(1)} {court.name}", court.end
    bare = _BARE_COURT.match(doc.text, m.end())  # "Tòa án nhân dân Thành phố": the page's
    level = _page_level(doc) if bare is not None else None
    if bare is None or level is None:
        return None
    return f"Tòa {m.group(1)} Tòa án nhân dân {level}", bare.end()


_BARE_COURT = re.compile(
    r"(?:Tòa án nhân dân|TAND)[ \t]+(?:tỉnh|[Tt]hành phố|TP\.?)(?![ \t]+[A-ZĐ])(?![\w])"
)


def _page_level(doc: Doc) -> str | None:
    """``tỉnh X`` or ``thành phố X`` for the province the page is about, else None."""
    from justicekg.extract.lexicon import lexicon

    main = doc.meta.get("main_province")
    rec = lexicon().province(str(main)) if main else None
    if rec is None:
        return None
    return f"{'thành phố' if rec.kind == 'thành phố' else 'tỉnh'} {rec.name}"


#: "Phó Chủ tịch HĐND và …": the council written bare, no level and no place after it
_BARE_COUNCIL = re.compile(
    r"[ \t]+(?:HĐND|Hội đồng nhân dân)(?![\w])"
    r"(?![ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP|[A-ZĐ0-9]))"
)


def _bare_council(doc: Doc, t: Span, orgs: list[Span]) -> tuple[str, int] | None:
    """``Phó Chủ tịch HĐND và ông B, Phó Chủ tịch UBND tỉnh X``: a council written bare after
    a chair's title is the provincial council of the province named next in the sentence (else
    of the page's province), never the People's Committee."""
    if t.data.get("head") != "Ủy ban nhân dân":
        return None
    m = _BARE_COUNCIL.match(doc.text, t.end)
    if m is None:
        return None
    sent = doc.sentence_of(t.start)
    later = [o for o in orgs if m.end() <= o.start < sent.end and o.data.get("province")]
    if later and later[0].data.get("district"):
        return None  # a district's council: its level is not written
    from justicekg.extract.lexicon import lexicon

    prov = later[0].data.get("province") if later else doc.meta.get("main_province")
    rec = lexicon().province(str(prov)) if prov else None
    if rec is None:
        return None
    level = "thành phố" if rec.kind == "thành phố" else "tỉnh"
    return f"Hội đồng nhân dân {level} {rec.name}", m.end()


def body_on_page(doc: Doc, t: Span, orgs: list[Span]) -> tuple[Span, Span]:
    """The body of a title that no organization span follows: a club or a project named
    after it, or an organ of a party committee written bare (:func:`_committee_organ`).
    Returns the title and a span that ends past the body; both ``t`` when nothing is
    resolved."""
    if t.data.get("commune_org"):
        return t, t
    cell = _named_cell(doc, t)
    if cell is not None:
        return cell
    found = (
        _bare_council(doc, t, orgs)
        or _club_or_project(doc, t, orgs)
        or _named_unit(doc, t)
        or _chamber_before_court(doc, t, orgs)
    )
    if found is None:
        return _committee_organ(doc, t, orgs)
    t.data["commune_org"], end = found
    t.data["commune_org_kind"] = "other"
    return t, Span(t.start, end, t.label, t.name, t.rule, t.data)


#: a local government's level → its party committee's word
_COMMITTEE_OF_LEVEL = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
    "thị trấn": "Đảng ủy thị trấn",
}
_LOCAL_BODY = re.compile(
    r"^(?:Ủy ban nhân dân|Hội đồng nhân dân) (?:(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã"
    r"|phường|thị trấn) (?P<name>[A-ZĐ0-9].*)|(?P<numbered>Quận \d{1,2}))$"
)
_PARTY_ROLE_JOIN = re.compile(r"[ \t]*(?:,|/|[-–])[ \t]*")


def committee_of_next_locality(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """``Phó Bí thư, Chủ tịch UBND huyện X``: a party secretary's title written without its
    committee, right before the chair of a local People's Committee or Council, is of that
    locality's party committee (``Huyện ủy X``; ``Đảng ủy xã X`` for a commune)."""
    for (t1, o1), (t2, o2) in pairwise(chain):
        if o1 is not None or o2 is None or t1.data.get("commune_org"):
            continue
        if fold(t1.name) not in ("bi thu", "pho bi thu", "pho bi thu thuong truc"):
            continue
        if not fold(t2.name).endswith("chu tich thuong truc") and not fold(t2.name).endswith(
            "chu tich"
        ):
            continue
        local = _LOCAL_BODY.match(o2.name)
        if local is None or _PARTY_ROLE_JOIN.fullmatch(text, t1.end, t2.start) is None:
            continue
        if local["numbered"]:  # "Chủ tịch UBND Quận 3": a numbered district's "Quận ủy Quận 3"
            t1.data["commune_org"] = f"{_COMMITTEE_OF_LEVEL['quận']} {local['numbered']}"
        else:
            t1.data["commune_org"] = f"{_COMMITTEE_OF_LEVEL[local['level']]} {local['name']}"
        t1.data["commune_org_kind"] = "party-committee"
