"""Party posts split into title and organization the way the conventions write them.

The present rules read a party post in several places (a chain's bare committee word, a
committee named in full after the role, a cell named once on the page), and each wrote the
committee's word into the title or not as it came. This pass, run on every person's positions
once they are linked, writes each form one way:

- a secretary's role written with its committee's word (``Bí thư Đảng ủy Sở Tư pháp tỉnh X``,
  ``Phó Bí thư Thường trực Đảng ủy, Chánh án …``, ``Bí thư Chi bộ, Cục trưởng …``): the title
  keeps the word or not as ``data/gazetteers/party_title_forms.tsv`` says per committee (``Bí
  thư`` @ ``Đảng ủy X``; ``Bí thư Chi bộ`` @ ``Chi bộ X``), the word kept as the page writes it;
- a Central Committee seat written with the party's name (``Ủy viên Trung ương Đảng Cộng sản
  Việt Nam``, ``Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào``): the party's
  name is the organ's (``Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam``; R16 dev gold 6 : 0),
  and a seat on the executive written so stops before it (``Ủy viên Ban Chấp hành Trung
  ương``, 2 : 0; ``Ủy viên Trung ương Đảng`` is kept whole, 2 : 2);
- a seat on a provincial or district committee written ``Ủy viên Ban Chấp hành Tỉnh ủy X``: the
  committee is ``Tỉnh ủy X`` (the conventions name party committees so).

Two posts that come out the same are one.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_foreign import PARTY_ORGANS, party_after
from justicekg.extract.position_mentions import PersonFacts
from justicekg.text.normalize import fold

__all__ = ["party_title_forms"]

Post = tuple[str, str | None, Span]

#: the roles a committee's word may follow (folded): "bí thư", "phó bí thư thường trực",
#: "nguyên phó bí thư"; "ủy viên", "ủy viên dự khuyết"
_ROLES = {
    "secretary": re.compile(r"^(?:nguyen )?(?:pho )?bi thu(?: thuong truc| chuyen trach)?"),
    "member": re.compile(r"^(?:nguyen )?uy vien(?: du khuyet)?"),
}
#: the Central Committee as a seat's title ends with it (folded), and the executive's name
_CENTRAL = " trung uong dang"
_EXECUTIVE_SEAT = "ban chap hanh" + _CENTRAL
#: "Ban Chấp hành Tỉnh ủy X": a committee's executive is the committee
_EXECUTIVE = re.compile(r"^Ban [Cc]hấp hành (?=(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy )")


@gz.derived
def _forms() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """Per committee word (folded), the roles it follows and whether the title keeps it."""
    rows = gz.load_rows("party_title_forms")
    return tuple((fold(r["committee"]), _ROLES[r["role"]], r["title"] == "keep") for r in rows)


def _written(text: str, start: int, words: str) -> re.Match[str] | None:
    """``words`` as the page writes them from ``start`` (any case, any blanks), if it does."""
    pattern = r"[ \t]+".join(re.escape(w) for w in words.split())
    return re.compile(pattern, re.IGNORECASE).match(text, start)


def _title_end(text: str, title: str, span: Span) -> int | None:
    """Where ``title`` ends as the page writes it from its span (a former post's ``Nguyên``
    may stand before the span: ``nguyên Bí thư Chi bộ``)."""
    at = _written(text, span.start, title)
    if at is None and fold(title).startswith("nguyen "):
        at = _written(text, span.start, title.split(" ", 1)[1])
    return at.end() if at is not None else None


def _words(n: int) -> re.Pattern[str]:
    """``n`` words after blanks (the first group)."""
    return re.compile(rf"[ \t]+(\w+(?:[ \t]+\w+){{{n - 1}}})")


def _committee_word(text: str, title: str, org: str, span: Span) -> str:
    """The title of a party role as its committee's row says."""
    folded, words = fold(title), title.split()
    for word, roles, keep in _forms():
        role = roles.match(folded)
        if role is None or not fold(org).startswith(word + " "):
            continue
        n = len(role.group(0).split())
        rest = fold(" ".join(words[n:]))
        if not keep and (rest == word or rest.startswith(word + " ")):
            return " ".join(words[:n])  # "Bí thư Đảng ủy" @ "Đảng ủy X": "Bí thư"
        if keep and not rest:
            # "Bí thư Chi bộ, Cục trưởng …" @ "Chi bộ Cục …": the word as written
            end = _title_end(text, title, span)
            after = _words(len(word.split())).match(text, end) if end is not None else None
            if after is not None and fold(after.group(1)) == word:
                return " ".join([*words, *after.group(1).split()])
    return title


def _party_seat(text: str, title: str, org: str | None, span: Span) -> tuple[str, str | None]:
    """``Ủy viên Trung ương Đảng Cộng sản Việt Nam``: the seat's title without the party, the
    party's organ as organization."""
    if not fold(title).endswith(_CENTRAL) or org is None:
        return title, org
    if org != PARTY_ORGANS[0] and not org.startswith(PARTY_ORGANS[0] + " "):
        return title, org
    end = _title_end(text, title, span)
    party = party_after(text, end) if end is not None else None
    if party is None:
        return title, org
    organ = PARTY_ORGANS[0].removesuffix(" Đảng")
    if fold(title).endswith(_EXECUTIVE_SEAT):
        title = title.rsplit(" ", 1)[0]  # "Ủy viên Ban Chấp hành Trung ương" (R16 gold 2 : 0)
    return title, f"{organ} {party}"


def party_title_forms(doc: Doc, people: dict[str, PersonFacts]) -> dict[str, PersonFacts]:
    """Every person's party posts written as the conventions write them (module doc)."""
    text = doc.text
    for facts in people.values():
        out: list[Post] = []
        seen: set[tuple[str, str | None]] = set()
        for title, org, span in facts.positions:
            if org is not None:
                title = _committee_word(text, title, org, span)
                if fold(title).startswith("uy vien"):
                    org = _EXECUTIVE.sub("", org)
            title, org = _party_seat(text, title, org, span)
            key = (fold(title), org)
            if key not in seen:
                seen.add(key)
                out.append((title, org, span))
        facts.positions = out
    return people
