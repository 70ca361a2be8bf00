"""Grassroots bodies named with their hamlet or commune (heads in
``data/gazetteers/org_grassroots.tsv``)::

    BODY    := HEAD VILLAGE [COMMUNE]  |  HEAD COMMUNE
    VILLAGE := ("thôn" | "xóm" | "ấp" | "bản" | "buôn" | "làng" | "khóm" | "khu phố" | "tổ dân phố"
               | "tiểu khu" | "khối phố" | "khu dân cư" | "tổ") (["số"] N | Name [N])

(the village words: ``data/gazetteers/village_words.tsv``, reader ``grassroots_orgs``)
    COMMUNE := [","] ("xã" | "phường" | "thị trấn") Name

- ``Chi bộ thôn Đông Hạ``, ``Ban công tác Mặt trận tiểu khu 3``, ``Chi hội Cựu chiến binh ấp
  Bình An``, ``tổ hòa giải thôn Đông Hạ, xã Yên Phong`` (a named hamlet is enough);
- ``Tổ hòa giải tổ dân phố số 10, phường Tân Mai``: a numbered hamlet keeps its commune, when
  written, for a number names no hamlet on its own;
- ``Nhà trẻ xã Yên Phong``, ``Trường mầm non xã Yên Phong``, ``Trạm Y tế phường Tân Mai``.

The hamlet itself is a place, not an organization.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER

__all__ = ["grassroots_bodies"]

_NAME = rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}}(?:[ \t]+\d{{1,3}}[A-Za-z]?)?"
_NUMBER = r"(?:số[ \t]+)?\d{1,3}[A-Za-z]?(?![\w])"
_VILLAGE = (
    rf"(?P<vword>(?i:{'|'.join(gz.read_by('village_words', 'grassroots_orgs'))}))[ \t]+"
    rf"(?:(?P<num>{_NUMBER})|(?P<vname>{_NAME}))"
)
_COMMUNE = rf"(?P<cword>xã|phường|thị trấn)[ \t]+(?P<cname>{_NAME})"
_COMMUNE_AFTER = re.compile(rf"[ \t]*,?[ \t]*{_COMMUNE}")
#: a person's full name: a surname and two more capitalized syllables
_PERSON_AFTER = re.compile(rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{2}}")


def _hamlet_end(text: str, start: int, end: int) -> int:
    """Where the hamlet's name ends: before a person's name that follows it (``Tổ trưởng tổ hòa
    giải thôn Đông Hạ Khúc Văn Bảy`` names the hamlet ``Đông Hạ``)."""
    surnames = gz.surnames()
    words = list(re.finditer(r"\S+", text[start:end]))
    for k, word in enumerate(words):
        if k and word.group() in surnames and _PERSON_AFTER.match(text, start + word.start()):
            return start + words[k - 1].end()
    return end


def _cased(written: str) -> str:
    parts = []
    for word in written.split(" "):
        first = word[:1]
        parts.append(f"[{first.upper()}{first.lower()}]" + re.escape(word[1:]))
    return "[ \t]+".join(parts)


@gz.derived
def _heads() -> tuple[dict[str, tuple[str, frozenset[str]]], re.Pattern[str]]:
    table: dict[str, tuple[str, set[str]]] = {}
    for row in gz.load_rows("org_grassroots"):
        entry = table.setdefault(row["written"].casefold(), (row["name"], set()))
        entry[1].update(row["below"].split("|"))
    frozen = {k: (v[0], frozenset(v[1])) for k, v in table.items()}
    alts = sorted({r["written"] for r in gz.load_rows("org_grassroots")}, key=len, reverse=True)
    # one alternative per first letter (either case), the look-behind read after it, then the
    # rest of every form starting with that letter, longest first: the matches of
    # "(?<![\w])(?P<head>" + "|".join(map(_cased, alts)) + ")", but a search looks for those
    # letters instead of trying the look-behind and every form at each position
    rests: dict[str, list[str]] = {}
    for a in alts:
        first = f"[{a[0].upper()}{a[0].lower()}]"  # how _cased writes the first letter
        for ch in dict.fromkeys(first[1:-1]):
            rests.setdefault(ch, []).append(_cased(a)[len(first) :])
    heads = "|".join(rf"{re.escape(c)}(?<![\w][\s\S])(?:{'|'.join(r)})" for c, r in rests.items())
    pattern = re.compile(rf"(?P<head>{heads})[ \t]+(?:{_VILLAGE}|{_COMMUNE})")
    return frozen, pattern


def grassroots_bodies(doc: Doc) -> list[Span]:
    """Every grassroots body named with its hamlet (and commune) or its commune."""
    table, pattern = _heads()
    text = doc.text
    out: list[Span] = []
    for m in pattern.finditer(text):
        head, levels = table[re.sub(r"[ \t]+", " ", m.group("head")).casefold()]
        end = m.end()
        if m.group("vword"):
            if "village" not in levels:
                continue
            vword = m.group("vword").lower()
            if vword == "tổ" and not m.group("num"):
                continue  # "tổ Hòa Bình" is as likely a person's team as a hamlet
            if m.group("num"):
                what = " ".join(m.group("num").split())
            else:
                end = _hamlet_end(text, m.start("vname"), m.end("vname"))
                what = " ".join(text[m.start("vname") : end].split())
            name = f"{head} {vword} {what}"
            if m.group("num"):
                after = _COMMUNE_AFTER.match(text, end)
                if after is not None:
                    name += f" {after.group('cword')} {' '.join(after.group('cname').split())}"
                    end = after.end()
        else:
            if "commune" not in levels:
                continue
            name = f"{head} {m.group('cword')} {' '.join(m.group('cname').split())}"
        out.append(
            Span(
                m.start(),
                end,
                "org",
                name,
                "grassroots",
                {"kind": "other"},
            )
        )
    return out
