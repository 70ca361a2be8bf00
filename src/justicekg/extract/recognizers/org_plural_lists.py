"""One body type written once in the plural before a list of provinces (``các Sở Tư pháp Hà
Nam, Nam Định và Ninh Bình``, ``các Viện kiểm sát Sơn La, Yên Bái``): the first item is that
body of the first province; :func:`.org_lists.provinces_after_a_body` then names the same body
of each province listed after it.

The grammar refuses a head after ``các`` (a plural is no one body); here the head is read as
if it stood alone, and kept only when a province follows it and at least one more province
is listed after that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract.alternation import first_then_behind
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LIST_SEP, lexicon
from justicekg.extract.recognizers.org_grammar import parse

_PLURAL_HEAD = re.compile(first_then_behind(r"[Cc]ác[ \t]+(?=[A-ZĐVT])"))
#: a list separator and the next item ("Sơn La, Yên Bái", "Sơn La và Yên Bái")
_NEXT = re.compile(LIST_SEP)
_PROVINCE_TAIL = re.compile(r" (?:tỉnh|thành phố) (?P<prov>.+)$")


def plural_bodies_of_provinces(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The first body of ``các <body> <province>, <province> …`` (the others are read after
    it), where no organization was read at that head."""
    lex = lexicon()
    text = doc.text
    out: list[Span] = []
    taken = [s for s in spans if s.label == "org"]
    for m in _PLURAL_HEAD.finditer(text):
        start = m.end()
        if any(s.start <= start < s.end for s in taken):
            continue
        span = parse(doc, start, depth=1)
        if span is None or span.rule != "grammar":
            continue
        tail = _PROVINCE_TAIL.search(span.name)
        if tail is None or lex.province(tail.group("prov")) is None:
            continue
        sep = _NEXT.match(text, span.end)
        nxt = lex.province_re.match(text, sep.end()) if sep and sep.end() > span.end else None
        if nxt is None or lex.province(nxt.group(0)) is None:
            continue  # one province after a plural: not a list of bodies
        if any(span.overlaps(s) for s in taken):
            continue
        out.append(span)
        taken.append(span)
    return out


#: a numbered body's name ("… khu vực 3", "… số 2"), its place after the number or not
_NUMBERED = re.compile(r" (?:khu vực|số) \d{1,2}(?: - .+| (?:tỉnh|thành phố) .+)?$")
_NUMBER_SOON = re.compile(r"(?:khu vực|Khu vực|số)[ \t]+\d")
#: another number of the same list right after the first body
_MORE_NUMBER = re.compile(LIST_SEP + r"(?:(?:khu vực|Khu vực|số)[ \t]+)?\d{1,2}(?![\w])")


def plural_numbered_bodies(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The first body of ``các <body> khu vực 1, 2 và 3`` (``các Phòng Công chứng số 1, số
    2``): a plural before numbered bodies lists them; the others are read after it
    (:func:`.org_unit_lists.numbered_siblings`). One number after a plural is no list."""
    text = doc.text
    out: list[Span] = []
    taken = [s for s in spans if s.label == "org"]
    if "khu vực" not in text and "Khu vực" not in text and "số " not in text:
        return out
    for m in _PLURAL_HEAD.finditer(text):
        start = m.end()
        if _NUMBER_SOON.search(text, start, start + 70) is None:
            continue  # no number next: no numbered body to read (a parse costs)
        if any(s.start <= start < s.end for s in taken):
            continue
        span = parse(doc, start, depth=1)
        if span is None or span.label != "org" or _NUMBERED.search(span.name) is None:
            continue
        if _MORE_NUMBER.match(text, span.end) is None:
            continue
        if any(span.overlaps(s) for s in taken):
            continue
        out.append(span)
        taken.append(span)
    return out
