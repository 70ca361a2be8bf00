"""The interface language of a request, and the catalogue bound to it (Vietnamese first).

Language: ``?lang=`` wins, then the ``lang`` cookie it sets, then ``Accept-Language``; else
Vietnamese. Flask-Babel carries the chosen locale (``get_locale()``, date formatting); the
strings come from the one gettext catalogue, :mod:`justicekg.catalogue`, whose ``vi`` and
``en`` ``.po`` files are compiled with Babel when first used. Templates call ``_('key')``;
Python code calls :func:`translate`.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, g, has_request_context, request
from flask_babel import Babel, get_locale
from werkzeug.wrappers import Request

from justicekg import catalogue
from justicekg.catalogue import LANGUAGES, format_day, format_number

__all__ = ["LANGUAGES", "current", "format_day", "format_number", "pick_language", "translate"]

COOKIE = "lang"


def pick_language(asking: Request | None = None) -> str:
    """``?lang=`` wins, then the ``lang`` cookie it sets, then ``Accept-Language``; else vi
    (of ``asking``, by default Flask's current request)."""
    req: Request = asking if asking is not None else request
    asked = (req.args.get("lang") or "").lower()[:2]
    if asked in LANGUAGES:
        return asked
    remembered = (req.cookies.get(COOKIE) or "")[:2]
    if remembered in LANGUAGES:
        return remembered
    best = req.accept_languages.best_match(LANGUAGES)
    return best or "vi"


def language_of(environ: dict[str, Any]) -> str:
    """:func:`pick_language` for a bare WSGI ``environ`` (middleware answering before Flask).

    >>> language_of({"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}), language_of({})
    ('en', 'vi')
    """
    return pick_language(Request(environ))


def current() -> str:
    """The language of the current request, as Flask-Babel holds it (Vietnamese outside one)."""
    if not has_request_context():
        return "vi"
    locale = get_locale()
    lang = locale.language if locale is not None else "vi"
    return lang if lang in LANGUAGES else "vi"


def translate(key: str, lang: str | None = None, **values: object) -> str:
    """The interface string ``key`` in ``lang`` (default: the request's), from the catalogue.

    >>> translate("search", "en"), translate("search", "vi")
    ('Search', 'Tìm kiếm')
    """
    return catalogue.gettext(key, lang or current(), **values)


def init_app(app: Flask) -> None:
    Babel(app, locale_selector=pick_language, default_locale="vi")

    @app.before_request
    def _language() -> None:
        g.lang = pick_language()

    @app.after_request
    def _remember(response: Response) -> Response:
        asked = (request.args.get("lang") or "").lower()[:2]
        if asked in LANGUAGES and request.cookies.get(COOKIE) != asked:
            response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax")
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response

    app.add_template_filter(lambda value: format_number(value, current()), "number")
    app.add_template_filter(lambda value: format_day(value, current()), "day")

    @app.context_processor
    def _strings() -> dict[str, object]:
        lang = current()
        return {"_": catalogue.translator(lang), "lang": lang}
