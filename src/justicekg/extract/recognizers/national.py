"""National bodies named by a fixed phrase, military bodies, and the Government behind a title.

``Bộ Chính trị``, ``Ủy ban Tư pháp của Quốc hội``, ``Quân ủy Trung ương`` … come from the
``org_national`` gazetteer (written forms → canonical name, kind; a form may count only after a
title: ``Ủy viên Trung ương Đảng`` → ``Ban Chấp hành Trung ương Đảng``). Newspapers and
magazines are read in :mod:`.org_press`. A ``Thủ tướng Chính phủ`` that is a person's title
(``Phó Thủ tướng Chính phủ``, ``Thủ tướng Chính phủ Nguyễn Văn A``) names the body ``Chính
phủ``, not the office.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.alternation import Alternation, words_not_after
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.position_foreign import PARTY_ORGANS, party_after

__all__ = [
    "after_own_body_title",
    "government_of_title",
    "military_bodies",
    "national_bodies",
]


#: a short form in brackets inside a name ("(PBGDPL)", "(LĐLS)"): capitals only
_BRACKETED_SHORT = r"(?:[ \t]*\((?-i:[A-ZĐ][A-ZĐ0-9&.–-]{1,9})\))?"


def _form_pattern(form: str, *, not_after: str = "") -> str:
    """A written form as a regex: its first letter as written, the rest in any case, any
    spacing, and dashes and commas spaced any way. ``not_after``: a one-character class
    that must not precede the form, read after its first letter (a pattern that starts with
    a letter is searched for that letter; one that starts with a look-behind is tried at
    every position)."""
    rest: list[str] = []
    form = re.sub(r"\s*[-–]\s*", "-", form)
    for ch in form[1:]:
        if ch == " ":
            # "Hội đồng PBGDPL (PBGDPL) Trung ương", "Liên đoàn Luật sư (LĐLS) Việt Nam": a
            # first mention writes the short form of the words before it in brackets
            rest.append(_BRACKETED_SHORT + r"\s+")
        elif ch in "-–":
            rest.append(r"(?:\s*[-–]\s*|\s+)")  # "Thi đua khen thưởng": the dash is often lost
        elif ch == ",":
            rest.append(r"\s*,")
        else:
            rest.append(re.escape(ch))
    behind = rf"(?<!{not_after}[\s\S])" if not_after else ""
    return re.escape(form[0]) + behind + "(?i:" + "".join(rest) + ")"


#: mass associations, whose central body is also written "Trung ương Hội …"
_ASSOCIATION = re.compile(r"(?:Hội|Liên đoàn|Tổng Liên đoàn|Đoàn)[ ]")


def _variants(form: str) -> list[str]:
    """A written form and the variants pages write for it: ``Việt Nam`` as ``VN``, and an
    association's central body (``Trung ương Hội Luật gia Việt Nam``)."""
    out = [form]
    if form.endswith(" Việt Nam"):
        out.append(form[: -len("Việt Nam")] + "VN")
    if _ASSOCIATION.match(form) and form.endswith("Việt Nam"):
        out.extend(f"Trung ương {f}" for f in list(out))
    return out


@gz.derived
def _national() -> tuple[
    re.Pattern[str], Alternation, tuple[tuple[str, str, tuple[str, ...]], ...]
]:
    rows = gz.load_rows("org_national")
    forms: list[tuple[str, int]] = []
    info: list[tuple[str, str, tuple[str, ...]]] = []
    for i, r in enumerate(rows):
        info.append((r["name"], r["kind"], tuple(b for b in r["before"].split("|") if b)))
        forms.extend((f, i) for w in r["written"].split("|") if w for f in _variants(w))
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    # (each form starts with its first letter as written: at a position only the forms that
    # start with its letter are tried, not all of them)
    pattern = Alternation(
        [(f[0], f"(?P<g{n}>{_form_pattern(f)})") for n, (f, _) in enumerate(forms)],
        after=r"(?![\w])",
    )
    # the first words of the forms: a cheap scan for where a form may start
    firsts = sorted({f.split()[0] for f, _ in forms}, key=len, reverse=True)
    lead = "|".join(_form_pattern(f, not_after=r"[\w]") for f in firsts)
    anchor = re.compile(rf"(?:{lead})(?![\w])")
    order = tuple(info[i] for _, i in forms)
    return anchor, pattern, order


#: a party member: the party's name after it names no body
_MEMBER_BEFORE = re.compile(r"(?<![\w])[Đđ]ảng[ \t]+viên[ \t]+$")


@gz.derived
def _parties() -> frozenset[str]:
    """The parties' names (``foreign_parties.tsv``)."""
    return frozenset(r["party"] for r in gz.load_rows("foreign_parties"))


def national_bodies(doc: Doc) -> list[Span]:
    """Spans of the national bodies the gazetteer names (label ``org``)."""
    anchor, pattern, order = _national()
    text = doc.text
    out: list[Span] = []
    pos = 0
    # a form may also be glued to the lower-case word before it ("gồmTrung tâm …"): a space the
    # page lost (a capital never follows a small letter inside a Vietnamese word)
    glued = [g.end() for g in _GLUED.finditer(text)]
    while True:
        a = anchor.search(text, pos)
        at = a.start() if a is not None else len(text)
        glue = next((g for g in glued if pos <= g < at and pattern.match(text, g)), None)
        if glue is not None:
            a, at = None, glue
        elif a is None:
            break
        m = pattern.match(text, at)
        if m is None:
            pos = a.end() if a is not None else at + 1
            continue
        pos = m.end()
        idx = int(str(m.lastgroup)[1:])
        name, kind, before = order[idx]
        if before:
            lead = text[max(0, m.start() - 24) : m.start()].rstrip()
            if not any(lead.endswith(b) for b in before):
                continue
        if name in _parties() and (
            _MEMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or (out and out[-1].name.endswith(name) and not text[out[-1].end : m.start()].strip())
        ):
            # "kết nạp Đảng viên Đảng Cộng sản Việt Nam": a member, not the party; "Bộ Chính
            # trị Đảng Nhân dân Cách mạng Lào": the party's organ, named with it
            continue
        if name in PARTY_ORGANS and (party := party_after(text, m.end())) is not None:
            # "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": that party's organ, not ours
            name = f"{name.removesuffix(' Đảng')} {party}"
        out.append(Span(m.start(), m.end(), "org", name, "national", {"kind": kind}))
        out.extend(_regional_siblings(text, m.end(), name, order))
        if kind == "government" and name != "Chính phủ":
            # "Bộ Tư pháp (thuộc) Chính phủ Cách mạng lâm thời …": a ministry of an earlier
            # government is named with it
            ministry = _MINISTRY_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if ministry is not None:
                head = re.sub(r"[ \t]+", " ", ministry.group("head"))
                full = f"{head} {name}"
                # its span ends where the government's starts: both are reported
                out.append(
                    Span(ministry.start(), m.start(), "org", full, "national", {"kind": "ministry"})
                )
    # "Trưởng ban Công tác đại biểu …": the title writes the body's head in lower case
    for t in _LOWER_AFTER_TITLE.finditer(text):
        at = t.start("head")
        if any(o.start <= at < o.end for o in out):
            continue
        cased = text[:at] + text[at].upper() + text[at + 1 :]
        m = pattern.match(cased, at)
        if m is None:
            continue
        name, kind, before = order[int(str(m.lastgroup)[1:])]
        if not before:
            out.append(Span(at, m.end(), "org", name, "national", {"kind": kind}))
    return out


#: more regions after a regional body's: "khu vực miền Trung, Tây Nguyên và Tây Nam Bộ"
_MORE_REGION = re.compile(
    rf"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?(?P<r>(?:miền[ \t]+)?[{UPPER}][\w]*"
    rf"(?:[ \t]+[{UPPER}][\w]*){{0,2}})"
)


def _regional_siblings(
    text: str, end: int, name: str, order: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> list[Span]:
    """``Trung tâm Pháp y tâm thần khu vực miền Trung, Tây Nguyên``: the bodies of the other
    regions listed after a regional body's name, when the gazetteer names them too."""
    head, sep, _ = name.rpartition(" khu vực ")
    if not sep:
        return []
    known = {n.casefold(): (n, k) for n, k, _ in order}
    out: list[Span] = []
    while (more := _MORE_REGION.match(text, end)) is not None:
        found = known.get(f"{head} khu vực {more.group('r')}".casefold())
        if found is None:
            break
        out.append(
            Span(more.start("r"), more.end("r"), "org", found[0], "national", {"kind": found[1]})
        )
        end = more.end()
    return out


_GLUED = re.compile(rf"[{LOWER}](?=[{UPPER}])")
_MINISTRY_BEFORE = re.compile(
    rf"(?<![\w])(?P<head>Bộ[ \t]+[{UPPER}][\w]*(?:[ \t]+(?!và(?![\w]))[\w]+){{0,3}}?)"
    r"[ \t]+(?:(?:thuộc|của|trong)[ \t]+)?$"
)
_LOWER_AFTER_TITLE = re.compile(
    "(?:"
    + words_not_after(["Trưởng", "trưởng", "Chánh", "chánh", "Chủ nhiệm", "chủ nhiệm"])
    + r")[ \t]+"
    r"(?P<head>ban|văn phòng|ủy ban)(?=[ \t])"
)


_TITLE_BEFORE = re.compile(r"(?:Phó|phó)[ \t]+$")
_PM = re.compile(r"(?<![\w])Thủ tướng(?:[ \t]+Chính phủ)?")
_AWARD_OF = re.compile(r"(?:của|Bằng khen|Cờ thi đua|Giấy khen)[ \t]+$")


@gz.derived
def _own_body_titles() -> re.Pattern[str]:
    """A title that names its own body (``title_bodies.tsv``) closing an apposition item."""
    from justicekg.extract import gazetteers as gz

    titles = sorted((r["title"] for r in gz.load_rows("title_bodies")), key=len, reverse=True)
    alt = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in titles)
    return re.compile(rf"(?<![\w])(?:{alt})[ \t]*[,–-][ \t]*$")


def after_own_body_title(text: str, start: int) -> bool:
    """``…, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ``: the office is the next post of a
    person's chain (a title naming its own body right before it), not a body of the page."""
    return _own_body_titles().search(text, max(0, start - 80), start) is not None


def _named_after(text: str, end: int) -> bool:
    """A person's name (a surname and another capitalized syllable) follows ``end``."""
    nxt = re.match(rf"[ \t]+([{UPPER}][{LOWER}]*)[ \t]+[{UPPER}]", text[end : end + 40])
    return nxt is not None and re.fullmatch(lexicon().surname_re, nxt.group(1)) is not None


def government_of_title(doc: Doc, span: Span) -> Span | None:
    """``Thủ tướng Chính phủ`` read as a person's title (a ``Phó`` before it, a person's name
    after it): the span of ``Chính phủ`` alone, else None."""
    text = doc.text
    if span.name != "Thủ tướng Chính phủ":
        return None
    deputy = _TITLE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None
    deputy = deputy or after_own_body_title(text, span.start)
    if not (deputy or _named_after(text, span.end)):
        # a repeat of a prime minister the page names ("Thủ tướng Chính phủ Nguyễn Văn A …
        # Thủ tướng Chính phủ phát biểu …"), unless an award is named after the office
        named = any(_named_after(text, m.end()) for m in _PM.finditer(text))
        if not named or _AWARD_OF.search(text, max(0, span.start - 30), span.start):
            return None
    at = text.find("Chính phủ", span.start, span.end)
    if at < 0:
        at = span.end - len("Chính phủ")
    return Span(at, span.end, "org", "Chính phủ", "national", {"kind": "government"})


#: military courts and procuracies: "Tòa án Quân sự Quân khu 1", "Tòa án Quân sự khu vực 2
#: (Quân khu 3)", "Viện kiểm sát Quân sự Trung ương", those of an army corps ("VKSQS Quân đoàn
#: 12", "VKSQS khu vực Quân đoàn 12")
_MILITARY = re.compile(
    r"(?<![\w])(?P<head>Tòa án [Qq]uân sự|Viện [Kk]iểm sát [Qq]uân sự|Viện KSQS|VKSQS|TAQS)"
    r"(?:(?P<kv>[ \t]+[Kk]hu vực)(?:[ \t]+(?P<area>\d{1,3}))?)?"
    r"(?:[ \t]*\(?[ \t]*(?P<zone>(?:Quân khu|Quân đoàn|Binh đoàn)[ \t]+\d{1,2}"
    r"|Quân chủng Hải quân|Trung ương)"
    r"(?P<close>[ \t]*\))?)?"
    r"(?![\w])"
)


def military_bodies(doc: Doc) -> list[Span]:
    """Military courts and procuracies, named with their area and military zone."""
    out: list[Span] = []
    if "uân sự" not in doc.text and "QS" not in doc.text:
        return out
    for m in _MILITARY.finditer(doc.text):
        if not (m.group("area") or m.group("zone")):
            continue
        court = m.group("head").startswith(("Tòa", "TAQS"))
        head = "Tòa án Quân sự" if court else "Viện kiểm sát Quân sự"
        name = head
        if m.group("area"):
            name += f" khu vực {m.group('area')}"
        elif m.group("kv"):
            name += " khu vực"  # "VKSQS khu vực Quân đoàn 12": a corps' area office
        if m.group("zone"):
            name += " " + " ".join(m.group("zone").split())
        kind = "court" if court else "procuracy"
        out.append(Span(m.start(), m.end(), "org", name, "military", {"kind": kind}))
    return out
