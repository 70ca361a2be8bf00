"""A body's own organs listed before it: ``Đảng ủy, Công đoàn và Chi đoàn Sở Tư pháp tỉnh X``.

Party committees, unions, youth and lawyers' branches are named with the body they belong to
(``Công đoàn Sở Tư pháp tỉnh X``). Pages list several of them with the body written once, at
the end, often with its leaders between (``Thay mặt Ban cán sự đảng, lãnh đạo Bộ Tư pháp``;
``Ban chấp hành Công đoàn, Ban chấp hành Chi đoàn VKSND tỉnh X``): each organ of the list
belongs to that body. An organ's executive board (``Ban chấp hành Công đoàn``) is the organ.
A bare party committee before a person's next title belongs to the body that title names
(``Ban Thường vụ Đảng ủy, Giám đốc Sở Tư pháp tỉnh X``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.org_heads import kind_of_name

__all__ = ["bodies_of_organs", "organs_of_a_listed_body", "party_organs_of_a_body"]

_ORGANS = gz.load_rows("org_organs")


def _either_case(organ: str, *, first: bool = False) -> str:
    """A pattern for ``organ`` whose words after the first (and the first, if ``first``) start
    with a letter of either case."""
    words = [re.escape(w) for w in organ.split()]
    out = [
        f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" if i or first else w for i, w in enumerate(words)
    ]
    return " ".join(out)


def _alternatives(organs: list[str], *, first: bool = False) -> str:
    return "|".join(_either_case(o, first=first) for o in sorted(organs, key=len, reverse=True))


_LISTED = [r["organ"] for r in _ORGANS if r["listed"]]
#: an organ of a body, its executive board before it
_ORGAN_UNITS = (
    _alternatives(_LISTED) + "|"
    # a council's boards ("Ban Pháp chế, Ban Dân tộc HĐND tỉnh")
    r"Ban (?:Pháp chế|Dân tộc|Kinh tế - Ngân sách|Kinh tế - Xã hội|Văn hóa - Xã hội|Đô thị)"
)
_BOARD = r"(?:(?:Ban|BAN)[ \t]+(?:[cC]hấp|CHẤP)[ \t]+(?:hành|HÀNH)[ \t]+|BCH[ \t]+)?"
_ORGAN = re.compile(rf"(?<![\w]){_BOARD}(?P<unit>{_ORGAN_UNITS})(?![\w])")
#: inside a list some organs may be written in lower case ("Công đoàn, chi hội Luật gia …")
_LISTED_ORGAN = re.compile(
    rf"(?<![\w]){_BOARD}(?P<unit>{_ORGAN_UNITS}|"
    + _alternatives([r["organ"] for r in _ORGANS if r["listed"] == "lower"], first=True)
    + r")(?![\w])"
)
#: the body's leaders listed among its organs ("Đảng ủy, Ban Giám đốc Sở …")
_LEADERS = re.compile(
    r"(?:[Ll]ãnh đạo|[Tt]ập thể lãnh đạo|Ban [Gg]iám đốc|Ban [Ll]ãnh đạo|[Tt]hủ trưởng)(?![\w])"
)
_LINK = re.compile(r"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?")
_GAP = re.compile(r"[ \t]+")
#: administrative bodies: they have organs of their own, their party committee included
_PARTY_OWNER_KINDS = frozenset(
    {
        "ministry",
        "general-department",
        "ministry-unit",
        "provincial-department",
        "provincial-enforcement",
        "district-enforcement",
    }
)
#: bodies that have organs of their own
_OWNER_KINDS = _PARTY_OWNER_KINDS | {
    "court",
    "procuracy",
    "police",
    "peoples-committee",
    "peoples-council",
}
_CANON = {o.lower(): o for o in _LISTED}


def _owner_at(orgs: Sequence[Span], at: int) -> tuple[Span, str] | None:
    """The body named at ``at``, or the parent of an organ named there with its body
    (``Chi đoàn VKSND tỉnh X`` read as a whole)."""
    for s in orgs:
        if s.start != at:
            continue
        if s.data.get("kind") in _OWNER_KINDS:
            return s, s.name
        parent = s.data.get("parent")
        if parent and _ORGAN.match(s.name):
            return s, str(parent)
    return None


def _chain_owner(
    text: str, orgs: Sequence[Span], pos: int
) -> tuple[tuple[Span, str], list[re.Match[str]]] | None:
    """The body at the end of a list of organs and leaders that goes on at ``pos``, and the
    further organs of the list."""
    more: list[re.Match[str]] = []
    for _ in range(6):
        gap = _GAP.match(text, pos)
        if gap is not None and (owner := _owner_at(orgs, gap.end())) is not None:
            return owner, more
        link = _LINK.match(text, pos)
        if link is None or link.end() == pos or "\n" in text[pos : link.end()]:
            return None
        at = link.end()
        organ = _LISTED_ORGAN.match(text, at)
        if organ is not None:
            owner = _owner_at(orgs, organ.start("unit"))
            if owner is not None and owner[0].name != owner[1]:
                return owner, more  # "…, Chi đoàn VKSND tỉnh X": the last organ has its body
            more.append(organ)
            pos = organ.end()
            continue
        leaders = _LEADERS.match(text, at)
        if leaders is None:
            return None  # "Đảng ủy, UBND xã X": bodies side by side, not one's organs
        pos = leaders.end()
    return None


def organs_of_a_listed_body(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Organs listed before the body they belong to, each named with that body."""
    text = doc.text
    orgs = [s for s in spans if s.label == "org"]
    names = {s.name for s in orgs}
    out: list[Span] = []
    for first in _ORGAN.finditer(text):
        if any(s.start <= first.start("unit") < s.end for s in orgs):
            continue
        found = _chain_owner(text, orgs, first.end())
        if found is None:
            continue
        owner, more = found
        for m in (first, *more):
            unit = m.group("unit")
            board = unit.lower() not in _CANON
            council = owner[0].data.get("kind") == "peoples-council" or owner[1].startswith(
                "Hội đồng nhân dân"
            )
            if board != council:
                continue  # a council's boards, any other body's organs
            name = f"{' '.join(unit.split()) if board else _CANON[unit.lower()]} {owner[1]}"
            if name in names:
                continue
            names.add(name)
            party = unit.lower().startswith(("đảng", "ban"))
            out.append(
                Span(
                    m.start("unit"),
                    m.end(),
                    "org",
                    name,
                    "organ-list",
                    {
                        "kind": "party-committee" if party else "other",
                        "province": owner[0].data.get("province"),
                        "district": owner[0].data.get("district"),
                        "parent": owner[1],
                    },
                )
            )
    return out


_PARTY_ORGAN = re.compile(
    # ("(?<![\w])(?:Ban [Tt]hường vụ |Ban [Cc]hấp hành )?Đảng ủy" with the look-behind read
    # after the first letter of each form: a search looks for those letters)
    r"(?P<unit>B(?<![\w][\s\S])an [Tt]hường vụ Đảng ủy|B(?<![\w][\s\S])an [Cc]hấp hành Đảng ủy"
    r"|Đ(?<![\w][\s\S])ảng ủy)(?P<sep>,[ \t]+)"
)


def party_organs_of_a_body(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``Ban Thường vụ Đảng ủy, Giám đốc Sở Tư pháp tỉnh X``: a bare party committee (or its
    standing board) before a second title belongs to the body that title names."""
    text = doc.text
    title_re = lexicon().title_re
    out: list[Span] = []
    for m in _PARTY_ORGAN.finditer(text):
        if any(s.start <= m.start() < s.end for s in spans if s.label == "org"):
            continue
        t = title_re.match(text, m.end())
        if t is None:
            continue
        gap = re.match(r"[ \t]+", text[t.end() : t.end() + 3])
        at = t.end() + (gap.end() if gap else 0)
        owner = [s for s in spans if s.label == "org" and s.start == at]
        if not owner or owner[0].data.get("kind") not in _PARTY_OWNER_KINDS:
            continue
        unit = m.group("unit")
        unit = unit[:4] + unit[4:5].upper() + unit[5:] if unit.startswith("Ban ") else unit
        out.append(
            Span(
                m.start(),
                m.end("unit"),
                "org",
                f"{unit} {owner[0].name}",
                "party-organ",
                {"kind": "party-committee", "parent": owner[0].name},
            )
        )
    return out


#: organs named with the body they belong to ("Công đoàn Bộ Tư pháp", "Ban Chấp hành Đảng bộ
#: Sở Tư pháp"), longest first
_NAMED_ORGANS = tuple(
    sorted((r["organ"] for r in _ORGANS if r["named"] == "yes"), key=len, reverse=True)
)
#: bodies whose organs name them (not a people's committee: "Đảng bộ Ủy ban nhân dân tỉnh"
#: is the party organization of its agencies' bloc)
_ORGAN_OWNER = re.compile(
    r"(?:Bộ|Tổng cục|Cục|Chi cục|Sở|Viện kiểm sát nhân dân|Tòa án nhân dân|Công an|Trung tâm"
    r"|Học viện|Trường|Đoàn Luật sư|Hội Luật gia|Văn phòng|Thanh tra) "
)


def bodies_of_organs(orgs: Sequence[Span]) -> list[Span]:
    """The body an organ is named with (``Công đoàn Bộ Tư pháp`` → ``Bộ Tư pháp``): the page
    names it too, so it is listed, unless it is already.

    >>> organ = Span(0, 20, "org", "Đảng bộ Sở Tư pháp tỉnh A", "sub-unit", {"province": "A"})
    >>> [b.name for b in bodies_of_organs([organ])]
    ['Sở Tư pháp tỉnh A']
    """
    names = {o.name for o in orgs if o.label == "org"}
    out: list[Span] = []
    for o in orgs:
        if o.label != "org":
            continue
        head = next((h for h in _NAMED_ORGANS if o.name.startswith(h + " ")), "")
        body = o.name[len(head) + 1 :] if head else ""
        if not body or body in names or not _ORGAN_OWNER.match(body):
            continue
        names.add(body)
        data = {"kind": kind_of_name(body), "province": o.data.get("province")}
        # (inside the organ's words, where the body is written: never the organ's own range)
        out.append(
            Span(min(o.start + len(head) + 1, o.end - 1), o.end, "org", body, "organ-owner", data)
        )
    return out
