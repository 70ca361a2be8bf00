"""Read an article file (text or HTML) into normalized text plus metadata.

Plain text: UTF-8 with or without BOM, NFC or NFD, LF or CRLF; UTF-16 only with a BOM.
HTML (``.html``/``.htm``): the main content through trafilatura, with the page title and
date. Empty, binary (NUL bytes) and non-UTF-8 files raise :class:`InputError` naming the
file; nothing is ever decoded by guesswork.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from justicekg.config import DEFAULT_MAX_ARTICLE_BYTES
from justicekg.errors import InputError
from justicekg.text.normalize import normalize

__all__ = ["RawArticle", "check_size", "decode", "read_article", "read_html"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from a file: normalized text and what the page says about itself."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    #: the page's own name for its site (HTML ``og:site_name``, or the owner line of the
    #: page header/footer that main-content extraction drops); the publisher candidate
    site_name: str | None = None


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


_OWNER_LINE = re.compile(
    r"^\s*(?:Bản quyền(?:\s+thuộc(?:\s+về)?)?|Cơ quan chủ quản|Cơ quan quản lý|Đơn vị quản lý|"
    r"Trang thông tin điện tử(?:\s+của)?|Cổng thông tin điện tử(?:\s+của)?|©\s*(?:\d{4}\s*)?)"
    r"\s*:?\s*(?P<owner>[^|©\n]{4,120}?)\s*\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_SCRIPT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|li|tr|td|h\d|header|footer|section|span|a)\s*>", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]+>")


def _furniture_owner(raw: str) -> str | None:
    """The owner named by the page furniture (header or footer) of the full page text."""
    import html

    full = _SCRIPT.sub(" ", raw)
    full = _BLOCK_END.sub("\n", full)
    full = html.unescape(_TAG.sub(" ", full))
    lines = [ln.strip() for ln in full.splitlines() if ln.strip()]
    for line in lines[-40:] + lines[:10]:
        m = _OWNER_LINE.match(line)
        if m and m.group("owner")[:1].isupper():
            return m.group("owner").strip()
    return None


_RESPONSIBLE_LINE = re.compile(
    r"^\s*(?:Người\s+)?[Cc]hịu trách nhiệm(?:\s+(?:nội dung|chính|xuất bản|quản lý))?\s*:\s*"
    r"(?:Ông|Bà|ông|bà|Đồng chí|đồng chí)?\s*[A-ZĐÀ-Ỹ][^\n|©]{3,150}$",
    re.MULTILINE,
)


def _page_lines(raw: str) -> list[str]:
    import html

    full = _SCRIPT.sub(" ", raw)
    full = _BLOCK_END.sub("\n", full)
    full = html.unescape(_TAG.sub(" ", full))
    return [" ".join(ln.split()) for ln in full.splitlines() if ln.strip()]


def _furniture_responsible(raw: str) -> str | None:
    """The footer's ``Chịu trách nhiệm nội dung: Ông X - Giám đốc Sở …`` line of the full page
    (main-content extraction drops the footer, which states who answers for the page)."""
    lines = _page_lines(raw)
    for line in reversed(lines[-60:]):
        if _RESPONSIBLE_LINE.match(line):
            return line
    return None


def _strip_site_suffix(title: str, site: str | None) -> str:
    """``Headline - Sở Tư pháp tỉnh X`` → ``Headline`` (the page title names the site too)."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and site and normalize(parts[-1]).casefold() == normalize(site).casefold():
        return title[: title.rfind(parts[-1])].rstrip(" |–—-")
    return title


def _html(raw: str, where: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    import trafilatura

    text = trafilatura.extract(
        raw, include_comments=False, include_tables=True, favor_precision=True
    )
    meta = trafilatura.extract_metadata(raw)
    title = getattr(meta, "title", None) if meta else None
    published = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    site = getattr(meta, "sitename", None) if meta else None
    site = _furniture_owner(raw) or site
    if not text or not text.strip():
        raise InputError("no main content found in the HTML page", where=where)
    if title:
        title = _strip_site_suffix(title, site)
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title}\n\n{text}"
    responsible = _furniture_responsible(raw)
    if responsible and " ".join(responsible.split()) not in " ".join(text.split()):
        text = f"{text.rstrip()}\n\n{responsible}"
    return text, title, published, url, site


def check_size(path: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> None:
    """Refuse a file larger than ``max_bytes`` before reading it (0 or less: no limit).

    Raises:
        InputError: the file is too large (or cannot be examined).
    """
    if max_bytes <= 0:
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=str(path)) from exc
    if size > max_bytes:
        raise InputError(
            f"file too large: {size:,} bytes, the limit is {max_bytes:,} (max_article_bytes)",
            where=str(path),
            hint="split the file, or raise JUSTICEKG_MAX_ARTICLE_BYTES",
        )


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> RawArticle:
    """Read one article file.

    Args:
        path: a ``.txt`` (any other suffix is read as text) or ``.html``/``.htm`` file.
        max_bytes: refuse larger files (``Settings.max_article_bytes``; 0: no limit).

    Returns:
        The article with NFC, tone-normalized text.

    Raises:
        InputError: the file is missing, too large, empty, binary or not UTF-8.
    """
    p = Path(path)
    where = str(p)
    check_size(p, max_bytes)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=where) from exc
    raw = decode(data, where=where)
    if p.suffix.lower() in (".html", ".htm", ".xhtml"):
        return read_html(raw, where=where)
    return _article(raw, where=where)


def read_html(page: str, *, where: str, url: str | None = None) -> RawArticle:
    """An article from an HTML page already decoded (a harvested response).

    ``url`` (the address the page was fetched from) wins over the URL the page states.

    Raises:
        InputError: no main content, or no text.
    """
    raw, title, published, stated_url, site = _html(page, where)
    return _article(
        raw, where=where, title=title, published=published, url=url or stated_url, site=site
    )


def _article(
    raw: str,
    *,
    where: str,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> RawArticle:
    text = normalize(raw)
    if not text:
        raise InputError("empty file", where=where, hint="the article has no text")
    return RawArticle(
        text=text,
        title=normalize(title) if title else None,
        published=published,
        url=url,
        source=where,
        site_name=normalize(site) if site else None,
    )
