"""Companies written after a title: ``Giám đốc Công ty đấu giá hợp danh X``, ``Giám đốc
Doanh nghiệp tư nhân Y``.

A company's name is its head (``Công ty``, ``Doanh nghiệp``, ``Hợp tác xã``), the words of its
legal form or trade (``TNHH``, ``cổ phần``, ``đấu giá hợp danh``, ``Luật TNHH thực hành luật``;
``data/gazetteers/company_words.tsv``) and a proper name of capitalized words, up to a person's
name; a firm named after its founder (the legal form, then a person's name at once) bears that
name and is no person. Written right after a title, it is that title's body; a company the
page writes this way but the organization recognizers did not read must not leave the title
to be resolved from the page's context (``Giám đốc`` → the page's ``Sở Tư pháp``).
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER

__all__ = ["companies_after_titles"]

_HEAD = re.compile(r"[ \t]+(?P<head>Công ty|Doanh nghiệp|Hợp tác xã)(?![\w])")
#: the proper name: capitalized words (initials with dots are one word), "và Cộng sự" after
_NAME = re.compile(
    rf"(?:[ \t]+(?:[{UPPER}](?:\.[{UPPER}])+|[{UPPER}][\w'’]*|\d{{1,3}})(?![\w.]))+"
    r"(?:[ \t]+và[ \t]+[Cc]ộng[ \t]+sự)?"
)
#: the most words a legal form or trade is written with
_MAX_FORM = 8
_MAX_NAME = 6


@gz.derived
def _form_words() -> frozenset[str]:
    return frozenset(gz.column("company_words", "word"))


def _company_end(doc: Doc, start: int) -> tuple[int, Span | None] | None:
    """The end of the company named from ``start`` (its head) and the person span its name
    holds (a firm named after its founder: no person, dropped once the company is added), else
    None."""
    text = doc.text
    pos = form_start = start
    for _ in range(_MAX_FORM):
        m = re.match(r"[ \t]+(\S+)", text[pos : pos + 40])
        if m is None or m.group(1) not in _form_words():
            break
        pos += m.end()
    name = _NAME.match(text, pos)
    if name is None or not any(len(w) > 1 for w in name.group(0).split()):
        return None  # "Công ty L": a caption cut short
    end = name.end()
    founder = None
    for p in doc.by_label("person"):
        if not pos < p.start < end:
            continue
        if pos > form_start and not text[pos : p.start].strip():
            # "Công ty Luật TNHH X Nguyễn Văn A": a firm named after its founder, no person
            founder, end = p, max(end, p.end)
        else:
            end = len(text[: p.start].rstrip())
        break
    if end <= pos or len(text[pos:end].split()) > _MAX_NAME + 2:
        return None
    return end, founder


def companies_after_titles(doc: Doc) -> None:
    """Adds the company written right after a title, when no organization is read there."""
    text = doc.text
    starts = {o.start for o in doc.by_label("org")}
    for t in doc.by_label("title"):
        m = _HEAD.match(text, t.end)
        if m is None or m.start("head") in starts:
            continue
        read = _company_end(doc, m.end())
        if read is None:
            t.data["employer_unread"] = True  # a company named, not read: no body from context
            continue
        end, founder = read
        if founder is not None:
            doc.spans = [x for x in doc.spans if x is not founder]
        name = " ".join(text[m.start("head") : end].split())
        doc.add(Span(m.start("head"), end, "org", name, "company", {"kind": "other"}))
        starts.add(m.start("head"))
