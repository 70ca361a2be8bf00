"""Titles (``Phó Chủ tịch Thường trực``, ``Cục trưởng``, ``Tỉnh ủy viên`` …) from the gazetteer."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon, title_matches
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.org_elided_units import elided_units
from justicekg.extract.recognizers.title_boards import event_board, steering_boards
from justicekg.extract.recognizers.title_bodies_after import bodies_after_titles
from justicekg.extract.recognizers.title_companies import companies_after_titles
from justicekg.extract.recognizers.title_offices import representative_offices
from justicekg.text.normalize import fold


def canonical_title(raw: str) -> str:
    """Capitalize the first letter, keep the rest as written (``phó giám đốc`` → ``Phó giám đốc``).

    >>> canonical_title("Phó Chủ tịch  thường trực")
    'Phó Chủ tịch thường trực'
    """
    raw = _MISPLACED_TONE.sub(_retoned, " ".join(raw.split()))
    return raw[:1].upper() + raw[1:]


#: "Gíam đốc": the tone mark typed on the ``i`` of ``gi`` instead of the vowel after it
_MISPLACED_TONE = re.compile(r"(?<![\w])([Gg])([íìỉĩịÍÌỈĨỊ])(\w+)")


def _retoned(m: re.Match[str]) -> str:
    """The word with its tone mark moved from the ``i`` of ``gi`` to a later vowel, when that
    gives a word of a title in the gazetteer (``Gíam`` → ``Giám``); else the word as written
    (``Gíamx``)."""
    decomposed = unicodedata.normalize("NFD", m.group(2))
    base, tone = decomposed[0], decomposed[1:]
    rest = m.group(3)
    for i, ch in enumerate(rest):
        word = (
            m.group(1) + base + rest[:i] + unicodedata.normalize("NFC", ch + tone) + rest[i + 1 :]
        )
        if word.lower() in _title_words():
            return word
    return m.group(0)


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title in the gazetteer, lower-cased (``giám``, ``đốc``, ``phó`` …)."""
    return frozenset(w.lower() for r in gz.load_rows("titles") for w in r["title"].split())


#: heads whose title is a post only with the body named in it (``Phó trưởng Đoàn ĐBQH tỉnh``)
#: heads whose title is a post only before the body it heads ("Tổ trưởng Tổ giúp việc …")
_NAMED_BODY_ONLY = ("Đoàn", "Tổ")
#: residents' groups: their heads are read by the grassroots rules (a place, no body)
_RESIDENTS = ("Tổ dân phố", "Tổ dân cư", "Tổ dân")


def _is_team_after(end: int, o: Span) -> bool:
    """A team (``Tổ giúp việc …``) written right after its head's title ending at ``end``, not
    a residents' group nor a name read across the title (``Tổ trưởng tổ dân phố …``)."""
    return o.start >= end and not o.name.startswith(_RESIDENTS)


#: qualifiers after a title that do not change its head (``Phó Trưởng đoàn chuyên trách``)
_ACTING = re.compile(r"^Q\.[ \t]?")
#: "Trưởng Ban tổ chức", "Trưởng Ban Giám khảo": an event's organizing or judging board, unless
#: a party committee follows
_EVENT_BOARD = re.compile(r" (?:[Tt]ổ chức|[Gg]iám khảo)(?![\w])")
_PARTY_NEXT = re.compile(
    r"[ \t]+(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Trung ương|TW|Tỉnh uỷ|Thành uỷ"
    r"|Huyện uỷ)(?![\w])"
)
_STANDING_ABBREVIATED = re.compile(
    r"[Pp](?<![\w][\s\S])hó[ \t]+(?P<base>Chủ tịch|Bí thư)[ \t]+TT"
    r"(?=[ \t]+(?:HĐND|UBND|Hội đồng|Ủy ban|Tỉnh ủy|Thành ủy|Huyện ủy)(?![\w]))"
)
#: (each alternative reads the look-behind after its first letter: a search looks for it)
_HEAD_OF_ABBREVIATED_BOARD = re.compile(
    r"(?:P(?<![\w][\s\S])hó[ \t]+[Tt]rưởng|p(?<![\w][\s\S])hó[ \t]+[Tt]rưởng"
    r"|T(?<![\w][\s\S])rưởng|t(?<![\w][\s\S])rưởng)(?=[ \t]+BCĐ(?![\w]))"
)
#: the head of the provincial enforcement office written short (from 2025): "Trưởng THADS tỉnh
#: X" is the post "Trưởng" of "Thi hành án dân sự tỉnh X" (no head noun is shared)
_HEAD_OF_ENFORCEMENT = re.compile(
    r"(?:P(?<![\w][\s\S])hó[ \t]+[Tt]rưởng|p(?<![\w][\s\S])hó[ \t]+[Tt]rưởng"
    r"|T(?<![\w][\s\S])rưởng|t(?<![\w][\s\S])rưởng)(?=[ \t]+THADS[ \t]+(?:tỉnh|thành phố|TP))"
)
_COURT_NOT_CHAMBER = re.compile(r"[ \t]+án(?![\w])")
#: "Phó chánh Tòa án nhân dân …": a (deputy) chief justice written without "án"
_CHIEF_OF_COURT = re.compile(
    r"(?<![\w])(?:(?:Nguyên|nguyên|Quyền|quyền)[ \t]+)?[Pp]hó[ \t]+[Cc]hánh"
    r"(?=[ \t]+T(?:òa|oà)[ \t]+án[ \t]+nhân[ \t]+dân(?![\w]))"
)
_QUALIFIER = re.compile(
    r"\s+(?:[Tt]hường trực|[Cc]huyên trách|[Pp]hụ trách|[Tt]hứ [Nn]hất)(?![\w])"
)


#: staff titles written with their field in lower case (``chuyên viên tổ chức thi hành án``)
_FIELD_TITLES = frozenset({"chuyên viên", "chuyên gia", "cán bộ"})
_FIELD = re.compile(r"(?:[ \t]+[a-zđ\w]+){1,5}?(?=[ \t]+[A-ZĐ])")
_FIELD_TO_COMMUNE = re.compile(
    # "cán bộ tư pháp xã X", "cán bộ tư pháp - hộ tịch xã X"
    r"(?:[ \t]+[a-zđ\w]+|[ \t]*[-–][ \t]*[a-zđ\w]+){1,4}?"
    r"(?=[ \t]+(?:xã|phường|thị trấn)[ \t]+[A-ZĐ])"
)
#: the field closed by "của" and its body ("cán bộ phụ trách kế toán của TAND tỉnh X") or by a
#: bare level that names no place ("cán bộ dân số xã đứng ra …")
_FIELD_OF = re.compile(r"(?:[ \t]+[a-zđ\w]+){1,4}?(?=[ \t]+của[ \t]+[A-ZĐ])")
_FIELD_TO_BARE_LEVEL = re.compile(
    r"(?:[ \t]+[a-zđ\w]+){1,3}?"
    r"(?=[ \t]+(?:xã|phường|thị trấn|huyện|tỉnh)(?:[ \t]*[,.;]|[ \t]+[a-zđ]))"
)
#: a bare membership right before a council's or committee's name
_BARE_MEMBER = re.compile(r"(?<![\w])((?:[ỦủUu][ỷy]|Uỷ|uỷ) viên|[Tt]hành viên)[ \t]+$")
_MEMBER_BODIES = ("Ủy ban", "Hội đồng", "Ban ", "Tổ ", "Chính phủ")
_NOT_FIELD_WORDS = frozenset(
    "và các cùng của tại đã được có cho với là thuộc trong về đến kiêm đồng thời xã phường"
    " huyện quận tỉnh thành phố thị trấn ông bà".split()
)


@register("titles")
class Titles:
    """Title spans (label ``title``); ``data["head"]`` is the unit head the title implies."""

    name = "titles"

    def __call__(self, doc: Doc) -> Doc:
        lex = lexicon()
        orgs = doc.by_label("org")
        org_starts = [o.start for o in orgs]
        # "Trưởng Ban tổ chức" read bare, with the title it is if a named event follows
        events: list[tuple[Span, Span]] = []
        for m in title_matches(doc.text):
            raw = _ACTING.sub("Quyền ", m.group(0))  # "Q. Cục trưởng": the acting head
            if not raw[0].isupper() and not raw.lower().startswith(("trưởng phòng", "phó")):
                # lower-case role nouns are generic ("các chấp hành viên") unless a name follows
                pass
            if doc.covered(m.start(), m.end(), ("person",)):
                continue
            if _COURT_NOT_CHAMBER.match(doc.text, m.end()) and fold(raw).endswith("chanh toa"):
                continue  # "Phó chánh Tòa án nhân dân tối cao": the court, not a chamber
            words = raw.split()
            base = " ".join(
                w for w in words if w.lower() not in ("phó", "quyền", "tân", "nguyên", "cố")
            )
            key = _QUALIFIER.sub("", base)
            head = lex.title_head.get(key.lower(), "") or lex.title_head.get(
                " ".join(raw.lower().split()), ""
            )  # "Phó Cụm": a deputy's title listed whole
            if head in _NAMED_BODY_ONLY and not any(
                o.start == m.end() - len(head)
                or (
                    o.name.startswith(head)
                    and not doc.text[m.end() : o.start].strip()
                    and (head != "Tổ" or _is_team_after(m.end(), o))
                )
                for o in doc.by_label("org")
            ):
                continue  # "làm trưởng đoàn" of a working visit: a role for a day, no post
            name = canonical_title(_strip(raw))
            board = _EVENT_BOARD.match(doc.text, m.end()) if head == "Ban" else None
            if board is not None and not _PARTY_NEXT.match(doc.text, board.end()):
                # "Trưởng Ban tổ chức (Hội nghị)", "Trưởng Ban Giám khảo": the board that runs
                # or judges an event, no body; a named event (or a contest's noun) after it is
                # read once every title is known (below)
                named = Span(m.start(), m.end(), "title", name, "gazetteer", {"head": head})
                bare = Span(m.start(), board.end(), "title", name + board.group(0), "gazetteer")
                bare.data["head"] = ""
                events.append((doc.add(bare), named))
                continue
            # "Trưởng Thi hành án dân sự tỉnh (X)" (from 2025): the title stops before the
            # level word, which belongs to the body (``Thi hành án dân sự tỉnh X``)
            end = m.end()
            if (
                not head
                and (cut := _cut_before_body(doc, m.start(), end, orgs, org_starts)) is not None
            ):
                end, name = cut  # "Thư ký Tòa án nhân dân huyện X": the clerk of that court
            elif key.lower() in _FIELD_TITLES and (
                field := _field_before_body(doc, end, org_starts)
            ):
                end, name = field, name + doc.text[end:field]  # "chuyên viên pháp chế Sở X"
            doc.add(Span(m.start(), end, "title", name, "gazetteer", {"head": head}))
        for m in _STANDING_ABBREVIATED.finditer(doc.text):
            # "Phó Chủ tịch TT HĐND tỉnh": the standing deputy, the abbreviation expanded
            if not doc.covered(m.start(), m.end(), ("person",)):
                doc.spans = [
                    x
                    for x in doc.spans
                    if not (x.label == "title" and m.start() <= x.start < m.end())
                ]
                name = canonical_title(f"Phó {m.group('base')} Thường trực")
                head = lex.title_head.get(m.group("base").lower(), "")
                doc.add(Span(m.start(), m.end(), "title", name, "abbreviation", {"head": head}))
        for m in _HEAD_OF_ABBREVIATED_BOARD.finditer(doc.text):
            # "Trưởng BCĐ THADS tỉnh": the head of a steering committee written abbreviated
            if not doc.covered(m.start(), m.end(), ("person", "title")):
                name = canonical_title(" ".join(m.group(0).split())) + " Ban"
                doc.add(Span(m.start(), m.end(), "title", name, "abbreviation", {"head": "Ban"}))
        for m in _HEAD_OF_ENFORCEMENT.finditer(doc.text):
            if not doc.covered(m.start(), m.end(), ("person", "title")) and any(
                o.start == m.end() + 1 for o in doc.by_label("org")
            ):
                name = canonical_title(" ".join(m.group(0).split()))
                head = "Thi hành án dân sự"
                doc.add(Span(m.start(), m.end(), "title", name, "abbreviation", {"head": head}))
        pattern, full = _abbreviations()
        for m in pattern.finditer(doc.text):
            # "PGĐ Sở Tư pháp": an abbreviated title, read as the title it stands for
            title = full[m.group("abbr")]
            if doc.covered(m.start(), m.end(), ("person", "title")) or any(
                o.start < m.start() or (o.end > m.end() and not _shares_head(title, o.name))
                for o in doc.by_label("org")
                if o.start < m.end() and m.start() < o.end
            ):
                continue  # inside a name; a body that ends the title is its own (BCH …)
            head = lex.title_head.get(title.lower().removeprefix("phó ").strip(), "")
            if m.group("pre"):
                title = f"Nguyên {title}"
            # "Ủy viên BTV Tỉnh ủy", "UVBTV", "Phó CT UBND tỉnh", "PGĐ": every abbreviated
            # title is reported expanded (the conventions expand abbreviations)
            data: dict[str, object] = {"head": head}
            doc.add(Span(m.start(), m.end(), "title", title, "abbreviation", data))
        for o in orgs:
            # "Ủy viên Ủy ban Pháp luật của Quốc hội", "thành viên Hội đồng …": a bare member
            # of the council or committee named right after
            member = _BARE_MEMBER.search(doc.text, max(0, o.start - 16), o.start)
            if member is None or not o.name.startswith(_MEMBER_BODIES):
                continue
            if not doc.covered(member.start(), member.end(), ("person", "title")):
                name = canonical_title(member.group(1))
                doc.add(
                    Span(
                        member.start(),
                        member.start() + len(member.group(1)),
                        "title",
                        name,
                        "member",
                        {"head": ""},
                    )
                )
        for m in _CHIEF_OF_COURT.finditer(doc.text):
            # "Phó chánh Tòa án nhân dân tối cao X": the court's (deputy) chief written short,
            # the title as written
            if not doc.covered(m.start(), m.end(), ("person", "title")):
                name = canonical_title(_strip(m.group(0)))
                doc.add(Span(m.start(), m.end(), "title", name, "short", {"head": "Tòa án"}))
        for unit in elided_units(doc):
            doc.add(unit)  # "Vụ trưởng Pháp luật quốc tế": the unit its head's title stands for
        for bare, named in events:
            # "Trưởng Ban tổ chức Hội thi X": the head of the named event's board, its name
            # ended by the next person or title (all read by now); else the bare title stays
            if all(x is not bare for x in doc.spans):
                continue  # dropped since (a longer reading took its place): no board to add
            if event_board(doc, named.end - 3, bare.end):
                doc.spans.remove(bare)
                doc.add(named)
        steering_boards(doc)  # "Trưởng Ban Chỉ đạo thực hiện Đề án X": that board
        representative_offices(doc)  # "Trưởng Văn phòng đại diện Báo X tại Y": that office
        companies_after_titles(doc)  # "Giám đốc Công ty đấu giá hợp danh X": that company
        bodies_after_titles(doc)  # "Giám thị Trại giam X", "Trưởng Khoa X Trường Y": that body
        return doc


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """Abbreviated titles (``data/gazetteers/title_abbreviations.tsv``), upper case only."""
    full = {r["abbr"]: r["title"] for r in gz.load_rows("title_abbreviations")}
    alts = "|".join(sorted(map(re.escape, full), key=len, reverse=True))
    # "Nguyên KSV cao cấp": a former post written short keeps its "Nguyên"
    return re.compile(rf"(?<![\w.])(?:(?P<pre>[Nn]guyên)[ \t]+)?(?P<abbr>{alts})(?![\w])"), full


def _shares_head(title: str, body: str) -> bool:
    """``Ủy viên BCH`` before ``BCH Công đoàn X`` (``Ban Chấp hành Công đoàn X``): the head
    noun the title shares with the body it ends in stays in both (the conventions)."""
    words = title.split()
    return any(body.startswith(" ".join(words[i:]) + " ") for i in range(1, len(words)))


_LATE = re.compile(r"cố (?![Vv]ấn$)\S+")


def _strip(raw: str) -> str:
    """``tân Cục trưởng`` is the post itself; ``Nguyên``/``Cố`` (former, late) stay: a former
    post is not the post held. A lower-case ``cố`` (``tưởng nhớ cố Bộ trưởng X``) is an
    epithet of the late holder written before the title, like ``ông``, not part of it (not
    the first syllable of ``cố vấn``, an adviser)."""
    words = raw.split()
    while words and (words[0].lower() == "tân" or _LATE.fullmatch(" ".join(words[:2]))):
        words = words[1:]
    return " ".join(words)


def _cut_before_body(
    doc: Doc, start: int, end: int, orgs: list[Span], starts: list[int]
) -> tuple[int, str] | None:
    """``Thư ký Tòa án nhân dân huyện X``: a title listed with its body's first words
    (``Thư ký Tòa án``) whose body is named in full after them is the title before the body
    (the end and the title), when that is a title too; else None. ``orgs`` are the text's
    organizations in order, ``starts`` their starts."""
    for o in orgs[bisect_right(starts, start) : bisect_left(starts, end)]:
        if o.end > end:
            cut = doc.text[start : o.start].rstrip()
            if " ".join(cut.lower().split()) in lexicon().title_head:
                return start + len(cut), canonical_title(cut)
    return None


def _field_before_body(doc: Doc, end: int, starts: list[int]) -> int | None:
    """``chuyên viên tổ chức thi hành án Chi cục THADS huyện X``: the end of the lower-case
    field written between a staff title and the body that employs it, else None."""
    m = (
        _FIELD_TO_COMMUNE.match(doc.text, end)
        or _FIELD_OF.match(doc.text, end)
        or _FIELD.match(doc.text, end)
        or _FIELD_TO_BARE_LEVEL.match(doc.text, end)
    )
    if m is None or m.group(0) != m.group(0).lower():
        return None
    if any(w in _NOT_FIELD_WORDS for w in m.group(0).split()):
        return None
    if m.re in (_FIELD_TO_COMMUNE, _FIELD_OF, _FIELD_TO_BARE_LEVEL):
        return m.end()  # "cán bộ tư pháp xã X": the commune's official
    at = bisect_left(starts, m.end() + 1)
    return m.end() if at < len(starts) and starts[at] == m.end() + 1 else None
