"""WARC files of a harvest: every raw response kept as evidence, readable back by offset.

One file per run (``justicekg-<UTC time>-<pid>.warc.gz``, one gzip member per record, so a
record can be read back from its offset and a file cut short by ``kill -9`` loses at most the
record being written). Each record carries ``WARC-Target-URI`` (the page's final URL after
redirects), ``WARC-Date`` (fetch time) and ``JusticeKG-Role``: ``article``, or ``robots``,
``sitemap``, ``feed``, ``listing`` for what was read to discover articles. A page whose content
was already stored under another URL is written as a ``revisit`` record referring to it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from justicekg.catalogue import Message
from justicekg.errors import InputError

__all__ = ["ROLE_HEADER", "WarcRecord", "WarcWriter", "iter_records", "read_record"]

ROLE_HEADER = "JusticeKG-Role"
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class WarcRecord:
    """One response read back from a WARC file."""

    warc: Path
    offset: int
    url: str
    date: str
    role: str | None
    record_type: str
    status: int
    content_type: str | None
    body: bytes


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


class WarcWriter:
    """Appends records to this run's WARC file in ``folder``, synced after every record."""

    def __init__(self, folder: Path, *, software: str) -> None:
        self.folder = folder
        self.software = software
        self.path: Path | None = None
        self._file: io.BufferedWriter | None = None
        self._writer: Any = None

    def _open(self) -> None:
        from warcio.warcwriter import WARCWriter

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = self.folder / f"justicekg-{stamp}-{os.getpid()}.warc.gz"
        self._file = open(self.path, "ab")
        writer = WARCWriter(self._file, gzip=True)
        self._writer = writer
        info = writer.create_warcinfo_record(
            self.path.name, {"software": self.software, "format": "WARC File Format 1.1"}
        )
        writer.write_record(info)
        self._sync()

    def _sync(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())

    def write_response(
        self,
        url: str,
        *,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
        role: str,
        fetched_at: datetime,
    ) -> tuple[str, int]:
        """Write one response; returns (file name, offset) to read it back."""
        from warcio.statusandheaders import StatusAndHeaders

        if self._writer is None:
            self._open()
        assert self._file is not None and self.path is not None
        writer = self._writer
        http = StatusAndHeaders(f"{status} {reason}", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": _warc_date(fetched_at), ROLE_HEADER: role},
        )
        offset = self._file.tell()
        writer.write_record(record)
        self._sync()
        return self.path.name, offset

    def write_revisit(self, url: str, *, refers_to: str, digest: str, fetched_at: datetime) -> None:
        """Record a page whose content is already stored under ``refers_to``."""
        if self._writer is None:
            self._open()
        writer = self._writer
        record = writer.create_revisit_record(
            url,
            digest,
            refers_to,
            _warc_date(fetched_at),
            warc_headers_dict={"WARC-Date": _warc_date(fetched_at), ROLE_HEADER: "article"},
        )
        writer.write_record(record)
        self._sync()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _warc_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _records(warc: Path, stream: object, offset: int | None = None) -> Iterator[WarcRecord]:
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(stream)
    for record in iterator:
        start = iterator.get_record_offset() if offset is None else offset
        if record.rec_type not in ("response", "revisit"):
            continue
        headers = record.http_headers
        status = int(headers.get_statuscode()) if headers is not None else 0
        body = record.content_stream().read() if record.rec_type == "response" else b""
        yield WarcRecord(
            warc=warc,
            offset=start,
            url=record.rec_headers.get_header("WARC-Target-URI") or "",
            date=record.rec_headers.get_header("WARC-Date") or "",
            role=record.rec_headers.get_header(ROLE_HEADER),
            record_type=record.rec_type,
            status=status,
            content_type=headers.get_header("Content-Type") if headers is not None else None,
            body=body,
        )
        if offset is not None:
            return


def iter_records(warc: Path) -> Iterator[WarcRecord]:
    """The response and revisit records of a WARC file; a truncated tail ends the file.

    Raises:
        InputError: the file is not a WARC file at all.
    """
    try:
        with open(warc, "rb") as stream:
            count = 0
            try:
                for record in _records(warc, stream):
                    count += 1
                    yield record
            except (EOFError, OSError, ValueError) as exc:
                if count == 0 and not isinstance(exc, EOFError):
                    raise InputError(
                        Message("harvest_bad_warc", why=str(exc)), where=str(warc)
                    ) from exc
                # a record cut short (the harvest was killed while writing it): stop here
    except OSError as exc:
        raise InputError(
            Message("harvest_cannot_read", why=str(exc.strerror)), where=str(warc)
        ) from exc


def read_record(warc: Path, offset: int) -> WarcRecord:
    """The record at ``offset`` of ``warc``.

    Raises:
        InputError: nothing readable there.
    """
    try:
        with open(warc, "rb") as stream:
            stream.seek(offset)
            for record in _records(warc, stream, offset):
                return record
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(
            Message("harvest_no_record_why", offset=offset, why=str(exc)), where=str(warc)
        ) from exc
    raise InputError(Message("harvest_no_record", offset=offset), where=str(warc))
