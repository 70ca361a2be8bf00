"""Decode a fetched page by its declared character set, including Vietnamese legacy ones.

The declaration wins, in this order: the HTTP ``Content-Type`` header, a byte-order mark, the
page's ``<meta charset>`` / ``http-equiv`` declaration or XML declaration; no declaration means
UTF-8. ``windows-1258`` (Python's ``cp1258``, with combining tone marks) and TCVN 5712
(``TCVN``, ``TCVN-5712``, ``TCVN5712-1``: the "ABC"/VN3 encoding, table in
``data/charsets/tcvn5712-1.tsv``) are understood; the text comes out NFC. Nothing is guessed:
an unknown charset or bytes that do not decode raise :class:`~justicekg.errors.InputError`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache
from typing import Any

from justicekg.catalogue import Message
from justicekg.config import DATA_DIR
from justicekg.errors import InputError

__all__ = ["declared_charset", "decode_page"]

TCVN_TABLE = DATA_DIR / "charsets" / "tcvn5712-1.tsv"
_TCVN_NAMES = frozenset({"tcvn", "tcvn-5712", "tcvn5712", "tcvn5712-1", "tcvn5712-1:1993", "vn3"})

_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE | re.DOTALL
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""")
_HEADER = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", re.IGNORECASE)


@cache
def _tcvn_codec() -> codecs.CodecInfo:
    table = ["\ufffe"] * 256
    for line in TCVN_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "byte")):
            continue
        byte, points = line.split("\t")
        table[int(byte, 16)] = "".join(chr(int(p, 16)) for p in points.split())
    decoding = "".join(table)
    encoding = codecs.charmap_build(decoding)

    def encode(text: str, errors: str | None = "strict") -> tuple[bytes, int]:
        return codecs.charmap_encode(text, errors, encoding)

    def decode(data: Any, errors: str | None = "strict") -> tuple[str, int]:
        return codecs.charmap_decode(bytes(data), errors, decoding)

    return codecs.CodecInfo(encode, decode, name="tcvn5712-1")


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset the response declares (header, BOM, meta or XML declaration), lower-cased.

    >>> declared_charset(b'<meta charset="windows-1258">'), declared_charset(b"x", "text/html")
    ('windows-1258', None)
    """
    if content_type:
        stated = _HEADER.search(content_type)
        if stated:
            return stated.group(1).lower()
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = body[:4096]
    m = _XML_DECL.match(head) or _META.search(head)
    return m.group(1).decode("ascii").lower() if m else None


def decode_page(body: bytes, content_type: str | None = None, *, where: str = "") -> str:
    """The page's text, decoded by its declared charset (UTF-8 when none), in NFC.

    Raises:
        InputError: an unknown charset, or bytes that are not in the declared one.

    >>> decode_page("Hóa".encode("cp1258"), "text/html; charset=windows-1258")
    'Hóa'
    """
    name = declared_charset(body, content_type) or "utf-8"
    try:
        if name in _TCVN_NAMES:
            text = _tcvn_codec().decode(body)[0]
        else:
            text = codecs.decode(body, codecs.lookup(name).name)
    except LookupError as exc:
        raise InputError(Message("harvest_unknown_charset", name=repr(name)), where=where) from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            Message(
                "harvest_not_charset",
                name=name,
                byte=f"{body[exc.start]:#04x}",
                offset=exc.start,
            ),
            where=where,
        ) from exc
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))
