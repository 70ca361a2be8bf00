"""Institutions known by a proper name or a number, read apart from the head grammar.

``Văn phòng công chứng Trần Hưng Đạo``, ``Trường Đại học Luật Hà Nội`` (a head and its
capitalized name words), ``Phòng Công chứng số 7 tỉnh X``, ``Đội Thi hành án số 2`` (a unit
and its number) and ``Đại sứ quán Nhật Bản`` (a foreign mission and its country).
"""

from __future__ import annotations

import re

from justicekg.extract.alternation import first_then_behind, words_not_after
from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import column, load_rows
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.foreign_places import country_name, country_re
from justicekg.extract.recognizers.org_heads import COUNT_BEFORE, HEAD_RE
from justicekg.extract.recognizers.org_places import PLACE_WORDS, place_at, place_suffix
from justicekg.text.normalize import expand_abbreviations

#: institutions known by a proper name (often a historical figure's): the head and the whole
#: capitalized name are one organization, never a person (``Trường THPT Lê Lợi``)
_NAMED_HEAD = re.compile(
    # (each alternative reads the look-behind after its first letter: a search looks for it)
    # (an office may be written small, "văn phòng công chứng A": its name words must follow)
    r"(?P<head>[Vv](?<![\w][\s\S])ăn phòng [Cc]ông chứng|V(?<![\w][\s\S])PCC"
    r"|V(?<![\w][\s\S])ăn phòng [Ll]uật sư|[Vv](?<![\w][\s\S])ăn phòng [Tt]hừa phát lại"
    r"|V(?<![\w][\s\S])P [Tt]hừa phát lại|"
    r"C(?<![\w][\s\S])ông ty [Ll]uật(?: TNHH| hợp danh)?|"
    r"C(?<![\w][\s\S])ông ty (?:TNHH|[Cc]ổ phần|CP)(?: [Mm]ột thành viên| MTV)?|"
    r"T(?<![\w][\s\S])rường (?:THPT|THCS|PTDTNT|Tiểu học|Mầm non|Trung học phổ thông|"
    r"Trung học cơ sở|Phổ thông|Đại học|ĐH|Cao đẳng|Trung cấp|Chính trị|Cán bộ|Quân sự)"
    r"|H(?<![\w][\s\S])ọc viện|Đ(?<![\w][\s\S])ại học|B(?<![\w][\s\S])ệnh viện"
    r"|Đ(?<![\w][\s\S])ồn [Bb]iên phòng(?: [Cc]ửa khẩu)?|T(?<![\w][\s\S])rại giam"
    r"|P(?<![\w][\s\S])hân trại tạm giam)(?![\w])"
)
#: a degree's study before "Đại học" ("tốt nghiệp Đại học Luật"), and a field of one word after
#: it then no place or name (a named university goes on: "Đại học Luật Hà Nội")
_STUDIED_BEFORE = re.compile(r"(?:tốt nghiệp|bằng|cử nhân|học|trình độ)[ \t]+$")
_DEGREE = re.compile(r"[ \t]+[A-ZĐ][\w]*(?![ \t]+[A-ZĐ])(?![\w])")
#: a title after a dash ends a name ("Trại giam A – Khối trưởng Khối …": its role)
_DASHED_TITLE = (
    rf"(?![{UPPER}][\w]*[ \t]+(?:trưởng|phó)(?![\w]))"
    r"(?!(?:Giám thị|Giám đốc|Chủ tịch|Bí thư|Trưởng|Phó)(?![\w]))"
)
_NAMED_WORD = re.compile(
    # (initials with dots are one word: "Công ty Luật B.C.M")
    rf"[ \t]+(?:[{UPPER}](?:\.[{UPPER}])+(?![\w])|[{UPPER}][\w'’]*|\d{{1,3}}"
    rf"|[-–&][ \t]*{_DASHED_TITLE}[{UPPER}][\w'’]*|"
    r"(?:và|quốc gia|quốc dân|nhân dân|cộng đồng|số|khu vực)(?=[ \t]+[\w\d]))"
)
_NAMED_LOWER = re.compile(
    rf"[ \t]+(?!và[ \t])([{LOWER}]+)"
    rf"(?=[ \t]+(?:[{UPPER}]|quốc gia|quốc dân|khu vực|tỉnh|thành phố|TP|số[ \t]+\d)"
    rf"|[ \t]+và[ \t]+[{UPPER}]|[ \t]*[-–][ \t]*[{UPPER}]|[ \t]*[,.;:()\n]|[ \t]*$)"
)
#: verbs and prepositions that end a name, never a syllable of it ("VPCC A được Sở …")
_NOT_NAME_WORDS = frozenset(
    "được đã là có của tại với cho từ theo trên về thuộc và đang sẽ vừa cũng dự tổ tham phát"
    " chủ tiếp làm phối đề báo".split()
) | frozenset(r["word"] for r in load_rows("org_name_ends") if r["kind"] == "verb")
#: what a body receives or issues ("Trại giam A nhận Huân chương …"): never more of its name
_NAME_OBJECT = re.compile(
    r"[ \t]+(?:"
    + "|".join(
        re.escape(r["word"]).replace(r"\ ", r"[ \t]+")
        for r in load_rows("org_name_ends")
        if r["kind"] == "object"
    )
    + r")(?![\w])"
)
#: compounds whose second syllable belongs to a name whatever follows ("Sư phạm")
_COMPOUND_TAIL: dict[str, str] = {}
for _row in load_rows("org_name_ends"):
    if _row["kind"] == "compound":
        _first, _second = _row["word"].split()
        _COMPOUND_TAIL[_first] = "|".join(filter(None, [_COMPOUND_TAIL.get(_first), _second]))
#: a university's parent after a dash inside a school's name read whole
_DASHED_UNIVERSITY = re.compile(
    rf"[ \t]*[–-][ \t]*(?P<parent>Đại học(?:[ \t]+Quốc gia)?(?:[ \t]+[{UPPER}][{LOWER}]*){{1,4}})"
)
#: a university's parent written after it ("Trường Đại học Luật, Đại học Huế"; "– Đại học
#: Huế"): one body, named with its parent as written
_PARENT_UNIVERSITY = re.compile(
    rf"(?P<sep>[ \t]*[,–-][ \t]*)(?P<parent>Đại học(?:[ \t]+Quốc gia)?"
    # "Đại học Quốc gia Thành phố Hồ Chí Minh": the city's word is written small after a capital
    rf"(?:[ \t]+[Tt]hành[ \t]+phố[ \t]+Hồ[ \t]+Chí[ \t]+Minh|(?:[ \t]+[{UPPER}][{LOWER}]*){{1,4}}))"
    r"(?![\w])"
)
#: other bodies a "và" may join a name to ("Học viện A và Viện B")
_OTHER_BODY = re.compile(r"(?:Viện|Trường|Ủy ban|Quỹ|Công ty|Tổng công ty)(?![\w])")
_NAMED_NEEDS_NAME = (
    "Văn phòng",
    "VP",
    "Công ty",
    "Trường THPT",
    "Trường THCS",
    "Trường Tiểu",
    "Đồn",
)


#: numbered units: "Phòng Công chứng số 7", "Đội Thi hành án số 2"
_NUMBERED = re.compile(
    rf"(?:P(?<![\w][\s\S])hòng [Cc]ông chứng"
    rf"|Đ(?<![\w][\s\S])ội[ \t]+[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}{LOWER}]+){{0,4}}?"
    rf"|T(?<![\w][\s\S])ổ(?:[ \t]+[{LOWER}]+){{1,4}}?)[ \t]+số[ \t]+\d{{1,2}}(?![\w])"
)


#: a bank: "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi nhánh tỉnh X"
_BANK = re.compile(first_then_behind(r"Ngân hàng(?=[ \t]+[A-ZĐ])"))
#: a capitalized word or a lower-case word of a bank's name (data/gazetteers/bank_name_words.tsv)
_BANK_WORD = re.compile(
    r"[ \t]+(?![Cc]hi[ \t]+nhánh(?![\w]))"  # "… Nhà nước Chi nhánh tỉnh X": the branch after it
    rf"(?:[{UPPER}][\w&]*|{'|'.join(column('bank_name_words', 'word'))})(?![\w])"
)
_BANK_ABBR = re.compile(r"[ \t]*\([ \t]*[A-Za-z][\w-]{1,15}[ \t]*\)")
_BRANCH = re.compile(
    rf"[ \t]*(?P<dash>[-–][ \t]*)?,?[ \t]*(?P<word>[Cc]hi nhánh)(?P<name>(?:[ \t]+[{UPPER}][\w]*)*)"
)


def banks(doc: Doc) -> list[Span]:
    """A bank and its branch, named as written (abbreviations in full): the branch's place or
    name after ``chi nhánh`` (an abbreviation in brackets is left out)."""
    text = doc.text
    out: list[Span] = []
    for m in _BANK.finditer(text):
        end = m.end()
        while (w := _BANK_WORD.match(text, end)) is not None:
            end = w.end()
        while text[:end].split()[-1] in ("và", "xã", "nhà", "công", "đầu"):
            end = text.rfind(" ", 0, end)
        if end == m.end():
            continue
        # (its abbreviations in full: "Ngân hàng TMCP …" → "Ngân hàng Thương mại cổ phần …")
        name = expand_abbreviations(" ".join(text[m.start() : end].split()))
        after = _BANK_ABBR.match(text, end)
        branch = _BRANCH.match(text, after.end() if after else end)
        if branch is not None:
            place = place_at(doc, branch.end("name"))
            # "… Việt Nam - Chi nhánh tỉnh X": a branch set off by a dash keeps it, as written
            # "… Nhà nước Chi nhánh tỉnh X": the branch word as written
            join = (" - " if branch.group("dash") else " ") + branch.group("word")
            if place is not None and place.level not in ("implicit", "commune"):
                name += (
                    join
                    + (branch.group("name") if branch.group("name") else "")
                    + place_suffix(place)
                )
                end = place.end
            elif branch.group("name"):
                name += join + branch.group("name")
                end = branch.end()
        out.append(Span(m.start(), end, "org", name, "named", {"kind": "other"}))
    return out


#: numbered army units: "Sư đoàn 312", "Hải đoàn 18 BĐBP" (its force written after it)
#: a unit's arm when the unit is named by it ("Trung đoàn Cảnh sát cơ động Tây Nguyên")
_ARMS = r"Cảnh sát cơ động|Cảnh sát đặc nhiệm|Đặc công|Công binh|Pháo binh|Phòng không|Thông tin"
#: commands named with lower-case words ("Bộ Tư lệnh Thủ đô Hà Nội")
_COMMANDS = r"Thủ đô(?:[ \t]+Hà[ \t]+Nội)?|Cảnh sát biển|Bảo vệ Lăng(?:[ \t]+Chủ tịch Hồ Chí Minh)?"
_MILITARY_UNIT = re.compile(
    r"(?P<unit>"
    + words_not_after(
        [
            "Quân đoàn",
            "Binh đoàn",
            "Sư đoàn",
            "Lữ đoàn",
            "Trung đoàn",
            "Hải đoàn",
            "Tiểu đoàn",
            "Quân khu",
        ]
    )
    + ")"
    rf"(?:[ \t]+(?P<n>\d{{1,3}})(?![\w/.,]\d)(?![\w])"
    rf"|[ \t]+(?P<arm>(?:{_ARMS})(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}}(?:[ \t]+\d{{1,3}})?)"
    r"(?![\w]))"
    r"(?:[ \t]*[-–,]?[ \t]*(?P<force>Bộ đội Biên phòng|BĐBP|Cảnh sát biển|Hải quân|"
    rf"Quân khu[ \t]+\d{{1,2}}|Bộ Tư lệnh[ \t]+(?:{_ARMS}|{_COMMANDS}"
    rf"|[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}})))?"
)
_FORCES = {"BĐBP": "Bộ đội Biên phòng"}


def military_units(doc: Doc) -> list[Span]:
    """``Sư đoàn 312``, ``Hải đoàn 18 Bộ đội Biên phòng``: a numbered unit and its force."""
    out: list[Span] = []
    for m in _MILITARY_UNIT.finditer(doc.text):
        if m.group("unit") == "Quân khu" and not m.group("n"):
            continue
        name = f"{m.group('unit')} {m.group('n') or ' '.join(m.group('arm').split())}"
        if m.group("force"):
            force = " ".join(m.group("force").split())
            name += f" {_FORCES.get(force, force)}"
        out.append(Span(m.start(), m.end(), "org", name, "named", {"kind": "other"}))
    return out


#: a foreign mission or a foreign state's national body, named with its country
_EMBASSY = re.compile(
    r"(?<![\w])(?P<head>Đại sứ quán|Tổng Lãnh sự quán|Chính phủ|Quốc hội|Thượng viện|Hạ viện"
    r"|(?P<general>Tổng [cC]hưởng lý[ \t]+)?Tòa án [tT]ối cao|Viện Công tố tối cao"
    r"|Tòa án nhân dân tối cao|Viện [kK]iểm sát nhân dân tối cao)"
    r"(?P<royal>[ \t]+Hoàng gia)?(?=[ \t])"
)
#: Vietnam's own mission abroad: "Việt Nam tại Lào", "Việt Nam tại Luang Prabang"
_OWN_MISSION = re.compile(
    rf"[ \t]+Việt[ \t]+Nam[ \t]+tại[ \t]+(?P<where>[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*){{0,3}})"
)
_FOREIGN_KINDS = {"Chính phủ": "government", "Tòa án tối cao": "court"}
_FOREIGN_KINDS["Viện Công tố tối cao"] = "procuracy"
_FOREIGN_KINDS["Tòa án nhân dân tối cao"] = "court"
_FOREIGN_KINDS["Viện kiểm sát nhân dân tối cao"] = "procuracy"


def embassies(doc: Doc) -> list[Span]:
    """``Đại sứ quán Nhật Bản``: a foreign mission, named with its country; ``Chính phủ Hoàng
    gia Campuchia``, ``Tòa án tối cao Vương quốc Campuchia``: a foreign state's national body
    (its country canonical, a royal ``Hoàng gia`` kept), never Vietnam's own."""
    out: list[Span] = []
    for m in _EMBASSY.finditer(doc.text):
        country = country_re().match(doc.text, m.end())
        own = _OWN_MISSION.match(doc.text, m.end()) if m.group("head").endswith("quán") else None
        if own is not None:
            # "Đại sứ quán Việt Nam tại Lào": Vietnam's mission abroad, named with its seat
            where = country_re().match(doc.text, own.start("where") - 1)
            seat = country_name(where.group("c")) if where else own.group("where")
            name = f"{m.group('head')} Việt Nam tại {seat}"
            end = where.end() if where else own.end()
            out.append(Span(m.start(), end, "org", name, "named", {"kind": "other"}))
            continue
        if country is None:
            continue
        head = m.group("head").replace("Viện Kiểm", "Viện kiểm").replace("án Tối", "án tối")
        kind = _FOREIGN_KINDS.get(head, "other")
        if m.group("general"):
            # "Tổng Chưởng lý Tòa án tối cao Campuchia": the prosecution office at that court
            head, kind = "Tổng Chưởng lý Tòa án tối cao", "procuracy"
        royal = " Hoàng gia" if m.group("royal") else ""
        name = f"{head}{royal} {country_name(country.group('c'))}"
        out.append(Span(m.start(), country.end(), "org", name, "foreign", {"kind": kind}))
    return out


_OF_DEPARTMENT = re.compile(
    r"[ \t]*,?[ \t]*(?:trực[ \t]+)?thuộc[ \t]+Sở[ \t]+Tư[ \t]+pháp(?=[ \t])"
)


def numbered_units(doc: Doc) -> list[Span]:
    """``Phòng Công chứng số 7 tỉnh X``, ``Đội Thi hành án số 2``: a unit head, a number and
    an optional place written right after it."""
    text = doc.text
    out: list[Span] = []
    for m in _NUMBERED.finditer(text):
        name, end = " ".join(m.group(0).split()), m.end()
        place = place_at(doc, end)
        if (
            place is not None
            and place.level in ("province", "district")
            and re.match(r"[ \t]+(?:tỉnh|thành phố|TP|Tp|huyện|quận|thị xã)", text[end:])
        ):
            name += place_suffix(place)
            end = place.end
        elif (
            name.startswith("Phòng")
            and (of := _OF_DEPARTMENT.match(text, end)) is not None
            and (dept := place_at(doc, of.end())) is not None
            and dept.level == "province"
        ):
            # "Phòng Công chứng số 3 trực thuộc Sở Tư pháp tỉnh A": the department's province
            name += place_suffix(dept)
        elif name.startswith("Phòng") and doc.meta.get("main_province"):
            rec = lexicon().province(str(doc.meta["main_province"]))
            name += f" {rec.kind if rec else 'tỉnh'} {doc.meta['main_province']}"
        out.append(Span(m.start(), end, "org", name, "numbered", {"kind": "other"}))
    return out


def _person_after_name(text: str, pos: int) -> bool:
    """A person's full name (not a province's) starts at ``pos``, after a name's words."""
    from justicekg.extract.recognizers.org_press import _person_run

    m = _person_run().match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    return m is not None and lexicon().province(m.group(0)) is None


def named_institutions(doc: Doc) -> list[Span]:
    """``Văn phòng công chứng Trần Hưng Đạo``, ``Trường Đại học Luật Hà Nội``, ``Học viện Tư
    pháp``, ``Trường Chính trị tỉnh Sơn La``: a head, capitalized name words (plus ``và``,
    ``quốc gia`` …) and an optional place."""

    text = doc.text
    out: list[Span] = []
    for m in _NAMED_HEAD.finditer(text):
        if COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not re.match(
            rf"[ \t]+[{UPPER}]", text[m.end() : m.end() + 3]
        ):
            continue  # "2 Công ty Luật và 17 Văn phòng luật sư": a count, no one institution
        if m.group("head") == "Đại học" and _DEGREE.match(text, m.end()):
            if _STUDIED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "tốt nghiệp Đại học Luật": a degree in a field, no institution
        end = m.end()
        words = 0
        while True:
            w = _NAMED_WORD.match(text, end)
            if w is None or PLACE_WORDS.match(w.group(0).strip() + " "):
                break
            if words and _NAME_OBJECT.match(text, end):
                break  # "Trường A Bằng khen …" (the verb dropped): the name has ended
            token = w.group(0).strip()
            if token in ("TP", "TP.", "Tp", "Tp.") or (token == "và" and not words):
                break  # "2 lần tại Trại giam và 99 lần …": a name never opens with "và"
            nxt = (
                w.end()
                + len(text[w.end() : w.end() + 4])
                - len(text[w.end() : w.end() + 4].lstrip())
            )
            if token == "và" and (
                _NAMED_HEAD.match(text, nxt)
                or HEAD_RE.match(text, nxt)
                or _OTHER_BODY.match(text, nxt)
            ):
                break  # "Học viện A và Trường B": two institutions
            if words and _person_after_name(text, w.start()):
                break  # "Trưởng Văn phòng công chứng A B Nguyễn Văn C": its head, named next
            end = w.end()
            words += 1
            if token.split()[-1][:1].isupper():
                # sentence-case compounds: "Chính trị", "Sư phạm" — one lower-case syllable
                # after a capitalized one, when the name goes on (or ends) right after it
                low = _NAMED_LOWER.match(text, end)
                if low is not None and low.group(1) not in _NOT_NAME_WORDS:
                    end = low.end(1)
                elif (tail := _COMPOUND_TAIL.get(token.split()[-1])) and re.match(
                    rf"[ \t]+(?:{tail})(?![\w])", text[end : end + 12]
                ):
                    # "Công ty Đấu giá số 5 Quốc gia tổ chức …": a fixed compound
                    end = text.index(" ", end) + 1
                    end += len(text[end:].split(None, 1)[0])
        while words and text[:end].split()[-1] in ("và", "quốc", "nhân", "cộng", "số", "khu"):
            end = text.rfind(" ", 0, end)
            words -= 1
        place = place_at(doc, end)
        if (
            place is not None
            and place.level != "implicit"
            and (re.match(r"[ \t]+(?:tỉnh|thành phố|TP|Tp|huyện|quận|Quận|thị xã)", text[end:]))
        ):
            name = text[m.start() : end] + place_suffix(place)
            end = place.end
            placed = place.level == "district" and m.group("head").startswith("Văn phòng")
        elif words:
            name, placed = text[m.start() : end], False
        else:
            continue
        if not words and not placed and m.group("head").startswith(_NAMED_NEEDS_NAME):
            continue  # "Văn phòng công chứng tỉnh X": any of them (a district's is its own)
        name = expand_abbreviations(" ".join(name.split()))
        if name.startswith("văn phòng"):
            name = "V" + name[1:]  # "văn phòng công chứng A", written small
        if name.startswith("Trường ĐH "):
            name = "Trường Đại học" + name[len("Trường ĐH") :]  # "Trường ĐH Luật A"
        if name.startswith("VP "):
            name = "Văn phòng" + name[2:]  # "VP Thừa phát lại Quận 10"
        data: dict[str, object] = {
            "kind": "other",
            "province": (place.province if place is not None else None),
        }
        up = _PARENT_UNIVERSITY.match(text, end) if words and "Đại học" in name else None
        school = name.startswith("Trường")
        dashed = _DASHED_UNIVERSITY.search(text, m.end(), end) if school else None
        if dashed is not None and dashed.end() == end:
            # "Trường Đại học Luật – Đại học Huế" (read as the name's words): its university
            data["parent"] = " ".join(dashed.group("parent").split())
            data["parent_at"] = dashed.start("parent")
        elif up is not None and " Đại học " not in name[len("Trường Đại học") :]:
            # "Trường Đại học Luật, Đại học Huế": the member school with its university
            sep = ", " if "," in up.group("sep") else " - "
            parent = " ".join(up.group("parent").split())
            name, end = f"{name}{sep}{parent}", up.end()
            data["parent"] = parent
            data["parent_at"] = up.start("parent")
        out.append(Span(m.start(), end, "org", name, "named", data))
    return out


def universities_of_schools(orgs: list[Span]) -> list[Span]:
    """The university a member school is named with (``Đại học Huế`` of ``Trường Đại học Luật,
    Đại học Huế``), a body the page names too, unless it is listed already."""
    names = {o.name for o in orgs}
    out: list[Span] = []
    for o in orgs:
        at = o.data.get("parent_at")
        parent = str(o.data.get("parent") or "")
        if o.rule == "named" and isinstance(at, int) and parent and parent not in names:
            names.add(parent)
            out.append(Span(at, o.end, "org", parent, "named", {"kind": "other"}))
    return out
