"""HTTP to a remote SPARQL server: credentials, time limits, errors in justicekg's words.

Credentials: HTTP basic (sent with every request), HTTP digest (answered when the server
challenges, as Virtuoso's ``/sparql-auth`` does) or a bearer token.

>>> Client(user="jkg", password="pw").headers()["Authorization"]
'Basic amtnOnB3'
"""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from justicekg import catalogue
from justicekg.errors import ConfigError, QueryError, StoreError

AUTH_KINDS = ("basic", "digest")

# Virtuoso echoes every ``named-graph-uri`` of a query as one response header: with justicekg's
# graphs listed (one per article), far more than http.client's limit of 100 headers.
http.client._MAXHEADERS = max(http.client._MAXHEADERS, 1_000_000)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Response:
    """An HTTP answer: status, headers and body."""

    status: int
    headers: Message
    body: bytes

    @property
    def server(self) -> str:
        """The ``Server`` header ("" when absent), e.g. ``Virtuoso/07.20.3229 (Linux)``."""
        return self.headers.get("Server", "") or ""


class Client:
    """Sends requests to one server with the configured credentials.

    Raises:
        ConfigError: an unknown ``auth`` kind, or credentials for more than one scheme.
    """

    def __init__(
        self,
        *,
        user: str = "",
        password: str = "",
        auth: str = "basic",
        token: str = "",
        timeout: float = 120.0,
    ) -> None:
        if auth not in AUTH_KINDS:
            raise ConfigError(
                catalogue.Message("store_unknown_auth", auth=repr(auth)),
                hint=catalogue.Message("store_use_one_of", choices=", ".join(AUTH_KINDS)),
            )
        if token and user:
            raise ConfigError(
                catalogue.Message("store_token_and_user"),
                hint=catalogue.Message("store_token_and_user_hint"),
            )
        self.user = user
        self.password = password
        self.auth = auth
        self.token = token
        self.timeout = timeout
        self._digest: urllib.request.HTTPDigestAuthHandler | None = None
        if user and auth == "digest":
            self._passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            self._digest = urllib.request.HTTPDigestAuthHandler(self._passwords)
        self._opener = urllib.request.build_opener(*([self._digest] if self._digest else []))

    def headers(self) -> dict[str, str]:
        """The authentication header sent with every request (basic and bearer)."""
        if self.token:
            return {"Authorization": f"Bearer {self.token}"}
        if self.user and self.auth == "basic":
            raw = f"{self.user}:{self.password}".encode()
            return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}
        return {}

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """Send one request; any status below 300 is an answer.

        Raises:
            QueryError: the server refused the query or update (HTTP 400).
            StoreError: the server cannot be reached, refused the credentials, or failed.
        """
        all_headers = {**self.headers(), **(headers or {})}
        req = urllib.request.Request(url, data=body, headers=all_headers, method=method)
        if self._digest is not None:
            # urllib counts challenges per handler, never per request: six requests in, it
            # would give up ("digest auth failed") on a server that challenges every request.
            self._digest.reset_retry_count()
            self._passwords.add_password(None, url, self.user, self.password)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return Response(resp.status, resp.headers, resp.read())
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:500]
            if exc.code == 400:
                raise QueryError(
                    catalogue.Message("store_endpoint_rejected", why=detail), where=url
                ) from exc
            if exc.code in (401, 403):
                raise StoreError(
                    catalogue.Message("store_credentials_refused", status=exc.code, why=detail),
                    where=url,
                    hint=catalogue.Message("store_credentials_refused_hint"),
                ) from exc
            raise StoreError(
                catalogue.Message("store_endpoint_http", status=exc.code, why=detail), where=url
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(
                catalogue.Message("store_unreachable", why=str(exc)), where=url
            ) from exc
