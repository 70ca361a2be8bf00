"""Read an article file (text or HTML) into normalized text plus metadata.

Plain text: UTF-8 with or without BOM, NFC or NFD, LF or CRLF; UTF-16 only with a BOM.
HTML (``.html``/``.htm``): the main content through trafilatura, with the page title and
date. Empty, binary (NUL bytes) and non-UTF-8 files raise :class:`InputError` naming the
file; nothing is ever decoded by guesswork.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from justicekg.errors import InputError
from justicekg.text.normalize import normalize

__all__ = ["RawArticle", "decode", "read_article"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from a file: normalized text and what the page says about itself."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def decode(data: bytes, *, where: str) -> str:
    """Decode file bytes as UTF-8 (BOM allowed) or BOM-marked UTF-16.

    Raises:
        InputError: empty, binary or not UTF-8.

    >>> decode("Hóa".encode("utf-8-sig"), where="a.txt")
    'Hóa'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("invalid UTF-16 text", where=where) from exc
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        raise InputError("empty file", where=where, hint="the article has no text")
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes)", where=where, hint="give a text or HTML file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})",
            where=where,
            hint="re-save the file as UTF-8",
        ) from exc


def _html(raw: str, where: str) -> tuple[str, str | None, str | None, str | None]:
    import trafilatura

    text = trafilatura.extract(
        raw, include_comments=False, include_tables=True, favor_precision=True
    )
    meta = trafilatura.extract_metadata(raw)
    title = getattr(meta, "title", None) if meta else None
    published = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    if not text or not text.strip():
        raise InputError("no main content found in the HTML page", where=where)
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title}\n\n{text}"
    return text, title, published, url


def read_article(path: str | Path) -> RawArticle:
    """Read one article file.

    Args:
        path: a ``.txt`` (any other suffix is read as text) or ``.html``/``.htm`` file.

    Returns:
        The article with NFC, tone-normalized text.

    Raises:
        InputError: the file is missing, empty, binary or not UTF-8.
    """
    p = Path(path)
    where = str(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=where) from exc
    raw = decode(data, where=where)
    title = published = url = None
    if p.suffix.lower() in (".html", ".htm", ".xhtml"):
        raw, title, published, url = _html(raw, where)
    text = normalize(raw)
    if not text:
        raise InputError("empty file", where=where, hint="the article has no text")
    return RawArticle(
        text=text,
        title=normalize(title) if title else None,
        published=published,
        url=url,
        source=where,
    )
