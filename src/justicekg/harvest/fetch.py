"""A polite HTTP client: one request at a time per host, a delay, robots.txt, retries.

Built on urllib3: retries with exponential backoff on 429 and 5xx honouring ``Retry-After``
(``urllib3.util.Retry``), redirects followed (the final URL is the page's URL), a
``User-Agent`` naming justicekg and a contact, conditional requests (``If-None-Match`` /
``If-Modified-Since``) from what the caller already holds. robots.txt is read with the
standard library's parser, once per host and run.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from justicekg import __version__

__all__ = ["Fetcher", "Response", "user_agent"]

MAX_BODY_BYTES = 20 * 1024 * 1024


def user_agent(contact: str | None) -> str:
    """``justicekg/<version> (+contact)``: who is asking, and how to reach them."""
    about = contact or "https://github.com/justicekg"
    return f"justicekg/{__version__} (+{about})"


@dataclass(slots=True)
class Response:
    """A response as the harvest keeps it."""

    url: str  # the final URL, after redirects
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(slots=True)
class Fetcher:
    """Fetch URLs politely. ``sleep`` and ``clock`` are injectable for tests."""

    agent: str
    delay: float = 1.0
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    _pool: object | None = None

    def _http(self) -> object:
        if self._pool is None:
            import urllib3

            retry = urllib3.util.Retry(
                total=self.retries,
                connect=self.retries,
                read=self.retries,
                status=self.retries,
                redirect=10,
                backoff_factor=self.backoff,
                status_forcelist=(429, 500, 502, 503, 504),
                allowed_methods=frozenset({"GET", "HEAD"}),
                respect_retry_after_header=True,
                raise_on_status=False,
            )
            self._pool = urllib3.PoolManager(
                retries=retry,
                timeout=urllib3.Timeout(total=self.timeout),
                headers={"User-Agent": self.agent},
            )
        return self._pool

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            remaining = self.delay - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET ``url`` (conditionally when validators are given), after this host's delay.

        Raises:
            urllib3.exceptions.HTTPError: the host could not be reached after the retries.
        """
        host = urlsplit(url).netloc.lower()
        headers = {
            "User-Agent": self.agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_turn(host)
        self.requests += 1
        try:
            response = self._http().request(  # type: ignore[attr-defined]
                "GET", url, headers=headers, redirect=True, preload_content=False
            )
            body = response.read(MAX_BODY_BYTES + 1)[:MAX_BODY_BYTES]
            response.release_conn()
        finally:
            self._last[host] = self.clock()
        final = response.geturl() or url
        if final.startswith("/"):
            parts = urlsplit(url)
            final = f"{parts.scheme}://{parts.netloc}{final}"
        return Response(
            url=final,
            status=response.status,
            reason=response.reason or "",
            headers=list(response.headers.items()),
            body=body,
            fetched_at=datetime.now(UTC),
        )

    def allowed(self, url: str, fetch_robots: Callable[[str], Response | None]) -> bool:
        """Whether robots.txt of ``url``'s host lets justicekg fetch it.

        ``fetch_robots`` fetches the robots.txt URL (through the harvest, so it is kept and
        asked conditionally next time); no robots.txt (4xx) allows everything, a server
        error on it disallows the host for this run (RFC 9309).
        """
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        parser = self._robots.get(key)
        if parser is None:
            parser = urllib.robotparser.RobotFileParser(f"{key}/robots.txt")
            got = fetch_robots(f"{key}/robots.txt")
            if got is None or got.status >= 500:
                parser.disallow_all = True  # type: ignore[attr-defined]
            elif got.status >= 400:
                parser.allow_all = True  # type: ignore[attr-defined]
            else:
                parser.parse(got.body.decode("utf-8", "replace").splitlines())
            self._robots[key] = parser
        return parser.can_fetch(self.agent, url)

    def robots_sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the robots.txt read for ``url``'s host."""
        parts = urlsplit(url)
        parser = self._robots.get(f"{parts.scheme}://{parts.netloc}".lower())
        return list(parser.site_maps() or []) if parser is not None else []
