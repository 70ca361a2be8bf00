"""The one message catalogue: every string a person reads, in Vietnamese (first) and English.

The catalogues are gettext ``.po`` files under ``translations/<lang>/LC_MESSAGES/messages.po``
(committed, edited by translators); they are compiled with Babel when first used, in memory, so
no ``.mo`` file needs building and nothing is downloaded. Message ids are short keys
(``site``, ``path_participant``); each catalogue holds the text of every key.

No Flask here: the analytics pictures and path explanations use it too. The web layer
(:mod:`justicekg.web.i18n`) binds it to the request's language through Flask-Babel.

>>> gettext("search", "vi"), gettext("search", "en")
('Tìm kiếm', 'Search')
>>> gettext("more_neighbours", "en", n=3, total=10)
'+3 more (10 neighbours)'
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations
from pyuca import Collator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("vi", "en")
DEFAULT = "vi"
DOMAIN = "messages"
#: click's own words (``Usage:``, ``Missing argument`` …): msgids are click's English source
#: texts, so English needs no file (:mod:`justicekg.cli_lang` routes click's gettext here).
CLICK_DOMAIN = "click"
#: argparse's own words (``the following arguments are required`` …) for the developer
#: commands of the learned components, the same way (``cli_lang.parse_developer_args``).
ARGPARSE_DOMAIN = "argparse"

#: How a day is written: 27/11/2017 in Vietnamese, "Nov 27, 2017" in English.
DATE_FORMATS = {"vi": "dd/MM/yyyy", "en": "medium"}
MONTH_FORMATS = {"vi": "MM/yyyy", "en": "MMM yyyy"}

#: Keys asked for but missing from a catalogue, as ``(lang, key)``: tests read and clear it.
MISSING: set[tuple[str, str]] = set()


def po_path(lang: str, domain: str = DOMAIN) -> Path:
    return TRANSLATIONS_DIR / lang / "LC_MESSAGES" / f"{domain}.po"


@cache
def translations(lang: str, domain: str = DOMAIN) -> Translations:
    """The compiled catalogue of ``lang`` (Babel ``Translations``), compiled once per process.

    Raises:
        FileNotFoundError: no catalogue for ``lang``.
    """
    with po_path(lang, domain).open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


@cache
def keys(lang: str) -> frozenset[str]:
    """Every key ``lang``'s catalogue translates (a non-empty, non-fuzzy ``msgstr``)."""
    with po_path(lang).open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    return frozenset(
        str(m.id) for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)
    )


def gettext(key: str, lang: str = DEFAULT, /, **values: object) -> str:
    """The text of ``key`` in ``lang`` (falling back to Vietnamese, then to the key itself,
    which is recorded in :data:`MISSING`), with ``{name}`` fields filled from ``values``."""
    if lang not in LANGUAGES:
        lang = DEFAULT
    if key in keys(lang):
        text = translations(lang).gettext(key)
    else:
        MISSING.add((lang, key))
        text = translations(DEFAULT).gettext(key) if key in keys(DEFAULT) else key
    return text.format(**values) if values else text


class Message(str):
    """A catalogue string that keeps its key: it reads as the Vietnamese text (so it can be
    raised in a worker process or thread, where no request language is known) and is shown
    in the reader's language with :meth:`render` (the web error handler does this).

    >>> m = Message("error_limit_number")
    >>> str(m) == gettext("error_limit_number", "vi"), m.render("en")
    (True, 'limit must be a number')
    """

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> Message:
        self = super().__new__(cls, gettext(key, DEFAULT, **values))
        self.key = key
        self.values = values
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        return (self.key,), self.values

    def render(self, lang: str) -> str:
        """The text in ``lang``; values that are themselves messages are rendered too."""
        values = self.values
        values = {k: v.render(lang) if isinstance(v, Message) else v for k, v in values.items()}
        return gettext(self.key, lang, **values)


def render(text: object, lang: str) -> str:
    """``text`` in ``lang`` if it is a :class:`Message`, else ``str(text)`` as it is."""
    return text.render(lang) if isinstance(text, Message) else str(text)


def describe_error(error: object, lang: str) -> str:
    """An error (a :class:`~justicekg.errors.JusticeKGError`) as ``str(error)`` gives it, in
    ``lang``: its catalogue parts (message, hint) translated, its ``where`` as it is.

    >>> class Failure(Exception):
    ...     message, where, hint = Message("error_limit_number"), "x.rq", None
    >>> describe_error(Failure(), "en")
    'x.rq: limit must be a number'
    """
    message = render(getattr(error, "message", error), lang)
    where = getattr(error, "where", None)
    hint = getattr(error, "hint", None)
    text = f"{where}: {message}" if where else message
    if hint:
        return gettext("error_with_hint", lang, text=text, hint=render(hint, lang))
    return text


def translator(lang: str) -> Callable[..., str]:
    """:func:`gettext` bound to ``lang``."""

    def tr(key: str, /, **values: object) -> str:
        return gettext(key, lang, **values)

    return tr


def format_day(value: object, lang: str = DEFAULT) -> str:
    """An ISO date (``2017-11-27``, ``2017-11``, ``2017``, or a timestamp) as people write it:
    ``27/11/2017`` in Vietnamese; anything unreadable is returned as it is.

    >>> format_day("2017-11-27", "vi"), format_day("2017-11", "vi"), format_day("2017", "en")
    ('27/11/2017', '11/2017', '2017')
    >>> format_day("2017-11-27T08:30:00+07:00", "vi")
    '27/11/2017'
    """
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        if len(text) == 4 and text.isdigit():
            return text
        if len(text) == 7 and text[4] == "-":
            day = dt.date(int(text[:4]), int(text[5:7]), 1)
            return str(format_date(day, MONTH_FORMATS.get(lang, "MM/yyyy"), locale=lang))
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    return str(format_date(day, DATE_FORMATS.get(lang, "dd/MM/yyyy"), locale=lang))


def format_number(value: float | str, lang: str = DEFAULT) -> str:
    """A count as people write it (``24.554`` in Vietnamese, ``24,554`` in English).

    >>> format_number(24554, "vi"), format_number(24554, "en")
    ('24.554', '24,554')
    """
    return str(format_decimal(value, locale=lang))


@cache
def _collator() -> Collator:
    return Collator()  # the Unicode Collation Algorithm's default table, shipped with pyuca


#: The Vietnamese alphabet's letters the UCA table folds into their base letter (a < ă < â,
#: d < đ, e < ê, o < ô < ơ, u < ư, CLDR's Vietnamese tailoring): each is keyed as its base letter
#: followed by one or two of the highest weight (U+FFFF), so it sorts after every word of the
#: base letter and before the next letter. Tone marks stay secondary, as in the UCA.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_LETTER_MARKS = {
    ("a", _BREVE): 1,  # ă
    ("a", _CIRCUMFLEX): 2,  # â
    ("e", _CIRCUMFLEX): 1,  # ê
    ("o", _CIRCUMFLEX): 1,  # ô
    ("o", _HORN): 2,  # ơ
    ("u", _HORN): 1,  # ư
}
_HIGH = "\uffff"


def _tailored(text: str) -> str:
    out: list[str] = []
    base = ""  # the letter the following combining marks belong to (NFD may put a tone first)
    for ch in unicodedata.normalize("NFD", text):
        if ch in "đĐ":
            out.append(("d" if ch == "đ" else "D") + _HIGH)
            base = "d"
        elif (base, ch) in _LETTER_MARKS:
            out.append(_HIGH * _LETTER_MARKS[(base, ch)])
        else:
            out.append(ch)
            if not unicodedata.combining(ch):
                base = ch.lower()
    return "".join(out)


def sort_key(text: str) -> tuple[int, ...]:
    """A key that sorts Vietnamese names as a reader expects: Đ after D (not after Z, as code
    points do), Ă and Â after A, Ê after E, Ô and Ơ after O, Ư after U, tone marks only
    breaking ties (the Unicode Collation Algorithm via pyuca, tailored as CLDR does for vi).

    >>> sorted(["Đồng Nai", "Hà Nội", "Điện Biên", "Đà Nẵng", "Bắc Ninh", "Duy"], key=sort_key)
    ['Bắc Ninh', 'Duy', 'Đà Nẵng', 'Điện Biên', 'Đồng Nai', 'Hà Nội']
    >>> sorted(["Ân", "Ăn", "Az", "Ba", "Ơn", "Ôn", "Oz", "Ưa", "Uz"], key=sort_key)
    ['Az', 'Ăn', 'Ân', 'Ba', 'Oz', 'Ôn', 'Ơn', 'Uz', 'Ưa']
    >>> sorted(["Bậc", "Bắc", "Bac", "Bệ", "Bez"], key=sort_key)  # a tone under the letter too
    ['Bac', 'Bắc', 'Bậc', 'Bez', 'Bệ']
    """
    return tuple(_collator().sort_key(_tailored(text)))
