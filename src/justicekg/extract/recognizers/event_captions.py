"""Captions of the work: a line of its own led by a generic subject (``Cán bộ Chi cục Thi hành
án dân sự huyện A kiểm tra hồ sơ thi hành án.``, ``Chấp hành viên làm việc với đương sự.``),
naming no one, with no day and nothing said to be done, is a photo's caption showing the work
the page is about, not an activity it reports. The subjects are in
``data/gazetteers/caption_subjects.tsv``. A line that names a person and then what that person
did (``Ông A, Giám đốc Sở phát biểu tại hội nghị``: the verbs are in
``data/gazetteers/caption_verbs.tsv``) is a caption too, of the paragraph above it.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc
from justicekg.extract.gazetteers import alternation, derived


@derived
def _subject() -> re.Pattern[str]:
    """A generic subject (``data/gazetteers/caption_subjects.tsv``) leading a line."""
    return re.compile(rf"\W*(?:{alternation('caption_subjects')})(?![\w])", re.IGNORECASE)


#: said to be done, held, or dated: a report, not a caption
_REPORTED = re.compile(
    r"(?<![\w])(?:đã|vừa|tổ chức|tiến hành|diễn ra|ngày|sáng|chiều|hôm nay|hôm qua)(?![\w])"
    r"|\d{1,2}\s?[/.\-]\s?\d{1,2}",
    re.IGNORECASE,
)
#: a caption is short
_MAX_WORDS = 25


def generic_caption(doc: Doc, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` is a line of its own (a paragraph), led by a generic
    subject, naming no person, with at most :data:`_MAX_WORDS` words, no day and nothing said to
    be done or held."""
    text = doc.text
    line = text[start:end]
    if not _subject().match(line) or len(line.split()) > _MAX_WORDS or _REPORTED.search(line):
        return False
    if start > 0 and text[start - 1] != "\n":
        return False  # inside a paragraph: a report's sentence
    nl = text.find("\n", end)
    if text[end : nl if nl >= 0 else len(text)].strip():
        return False  # more follows on the line
    return not any(start <= p.start < end for p in doc.by_label("person"))


@derived
def _caption_verb() -> re.Pattern[str]:
    """A verb of a caption (``data/gazetteers/caption_verbs.tsv``)."""
    return re.compile(rf"(?<![\w])(?:{alternation('caption_verbs')})(?![\w])", re.IGNORECASE)


def person_caption(doc: Doc, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` names a person and, after the name, a verb of a caption
    (``Ông A, Giám đốc Sở Tư pháp phát biểu tại hội nghị``): a photo's caption, which describes
    the paragraph above it; a heading names no one before its verb (``Làm việc với Bộ trưởng
    A``)."""
    names = [p for p in doc.by_label("person") if start <= p.start < end]
    if not names:
        return False
    first = min(p.end for p in names)
    return _caption_verb().search(doc.text, first, end) is not None
