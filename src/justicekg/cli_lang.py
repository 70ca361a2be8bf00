"""The language the ``justicekg`` command line speaks (Vietnamese first), and its catalogue.

The language is chosen the way gettext-based tools choose it: ``--lang vi|en`` (on the
``justicekg`` group) wins, then ``$JUSTICEKG_LANG``, then the POSIX locale variables in their
order of precedence, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the first one set decides: ``en``,
``en_US.UTF-8`` … mean English). Anything else, ``C``, ``POSIX`` or nothing at all, means
Vietnamese. Every string comes from the one catalogue, :mod:`justicekg.catalogue`.

Only the text people read changes: exit codes, command names, options, JSON output and its
keys stay the same in every language.

``--help`` texts come from the catalogue too: ``help_<command>`` for a command,
``help_<command>_<option>`` or, for an option many commands share, ``help_opt_<option>``
(:func:`localize_help`, run by :class:`LocalizedGroup` before every command line is parsed,
and again when ``--lang`` is read).

Click's own words (``Usage:``, ``Options:``, ``Show this message and exit.``, ``Error: No such
option``, ``Missing argument`` …) are marked for gettext in click's source, which calls the
standard library's global ``gettext.gettext`` / ``ngettext``. That global API reads only the
process environment and ``.mo`` files on disk, so it cannot follow ``--lang`` nor default to
Vietnamese under ``LANG=C``. :func:`install_click_translations` therefore points the names
click's modules bound (``_`` and ``ngettext``) at :func:`click_gettext` / :func:`click_ngettext`,
which read the catalogue domain ``click`` (``translations/vi/LC_MESSAGES/click.po``, msgids
click's English texts) in the command's language, and only while a ``justicekg`` command line
runs (:meth:`LocalizedGroup.main`): any other click program in the process is untouched.

>>> pick_language({"LANG": "en_GB.UTF-8"}), pick_language({"LANG": "C.UTF-8"}), pick_language({})
('en', 'vi', 'vi')
>>> pick_language({"JUSTICEKG_LANG": "vi", "LC_ALL": "en_US.UTF-8"})
'vi'
>>> pick_language({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"})
'vi'
"""

from __future__ import annotations

import argparse
import gettext as stdlib_gettext
import inspect
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any
from weakref import WeakKeyDictionary

import click

from justicekg import catalogue
from justicekg.catalogue import ARGPARSE_DOMAIN, CLICK_DOMAIN, DEFAULT, LANGUAGES

#: The variable that names the CLI's language (``vi`` or ``en``).
ENV = "JUSTICEKG_LANG"
#: The POSIX locale variables, strongest first.
LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")

_META = "justicekg.lang"

#: The language of the ``justicekg`` command line running now (None outside one): set by
#: :meth:`LocalizedGroup.main` for the whole run, usage errors included.
_RUNNING: ContextVar[str | None] = ContextVar("justicekg_cli_lang", default=None)


def _code(value: str) -> str:
    return value.strip().lower()[:2]


def pick_language(environ: Mapping[str, str] | None = None) -> str:
    """``$JUSTICEKG_LANG``, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; else Vietnamese."""
    env = os.environ if environ is None else environ
    asked = _code(env.get(ENV, ""))
    if asked in LANGUAGES:
        return asked
    for name in LOCALE_ENV:
        value = env.get(name, "")
        if value:  # the first one set decides, as in setlocale(3)
            return "en" if _code(value) == "en" else DEFAULT
    return DEFAULT


def current() -> str:
    """The language of this command: ``--lang`` when given, else :func:`pick_language`."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        asked = ctx.find_root().meta.get(_META)
        if asked in LANGUAGES:
            return str(asked)
    return _RUNNING.get() or pick_language()


def asked_language(args: Sequence[str]) -> str | None:
    """The ``--lang`` among the ``justicekg`` group's own options (before the command name),
    read before click parses them, so that a usage error is already in that language.

    >>> asked_language(["--lang", "en", "extract", "x"]), asked_language(["--lang=vi"])
    ('en', 'vi')
    >>> asked_language(["query", "--lang", "en"]), asked_language(["--lang", "fr"])
    (None, None)
    """
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif not arg.startswith("-") or arg == "--":
            return None  # the command's name: what follows is the command's own
        if value is not None:
            return value if value in LANGUAGES else None
    return None


def click_gettext(message: str) -> str:
    """One of click's own texts in the command's language (as it is outside ``justicekg``).

    >>> click_gettext("Usage:")
    'Usage:'
    >>> token = _RUNNING.set("vi"); click_gettext("Usage:"); _RUNNING.reset(token)
    'Cách dùng:'
    """
    lang = current() if _RUNNING.get() else None
    if lang is None or lang == "en":
        return message
    return str(catalogue.translations(lang, CLICK_DOMAIN).gettext(message))


def click_ngettext(singular: str, plural: str, n: int) -> str:
    """:func:`click_gettext` for a text with a plural."""
    lang = current() if _RUNNING.get() else None
    if lang is None or lang == "en":
        return singular if n == 1 else plural
    return str(catalogue.translations(lang, CLICK_DOMAIN).ngettext(singular, plural, n))


#: The click modules whose gettext names were pointed at the catalogue.
HOOKED: list[str] = []


def install_click_translations() -> None:
    """Point the ``_`` and ``ngettext`` that click's modules imported from :mod:`gettext` at
    :func:`click_gettext` / :func:`click_ngettext` (once; modules loaded later are caught on
    the next call)."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "click" or name.startswith("click.")):
            continue
        hooked = False
        if getattr(module, "_", None) is stdlib_gettext.gettext:
            module._ = click_gettext  # type: ignore[attr-defined]
            hooked = True
        if getattr(module, "ngettext", None) is stdlib_gettext.ngettext:
            module.ngettext = click_ngettext  # type: ignore[attr-defined]
            hooked = True
        if hooked:
            HOOKED.append(name)


def remember(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The ``--lang`` callback: keep the choice for :func:`current` (and its help texts)."""
    if value:
        root = ctx.find_root()
        root.meta[_META] = value
        localize_help(root.command, value)
    return value


def help_keys(command: str, option: str | None = None) -> tuple[str, ...]:
    """The catalogue keys of a command's help, or of one of its options', most specific first.

    >>> help_keys("gen-namespace"), help_keys("ingest", "store_url")
    (('help_gen_namespace',), ('help_ingest_store_url', 'help_opt_store_url'))
    """
    name = command.replace("-", "_")
    if option is None:
        return (f"help_{name}",)
    return (f"help_{name}_{option}", f"help_opt_{option}")


def helped(
    command: click.Command, name: str
) -> Iterator[tuple[click.Command | click.Option, tuple[str, ...]]]:
    """Every command under ``command`` (itself included, as ``name``) and every option of
    theirs that has a help text, with the keys of that text."""
    yield command, help_keys(name)
    for param in command.params:
        if isinstance(param, click.Option) and param.help and param.name:
            yield param, help_keys(name, param.name)
    if isinstance(command, click.Group):
        for sub_name, sub in command.commands.items():
            yield from helped(sub, sub_name)


#: The help text each command and option had in the code (English), kept by
#: :func:`localize_help` before it first replaces it: ``tests/test_cli_messages.py`` checks
#: the English catalogue against it.
SOURCE_HELP: WeakKeyDictionary[click.Command | click.Option, str] = WeakKeyDictionary()


def localize_help(command: click.Command, lang: str) -> None:
    """Set the help of ``command``, its options and its subcommands to the catalogue's text
    in ``lang`` (a text the catalogue lacks keeps the one in the code)."""
    known = catalogue.keys(lang)
    for item, keys in helped(command, "main"):
        if item.help is not None:
            SOURCE_HELP.setdefault(item, inspect.cleandoc(item.help))
        key = next((k for k in keys if k in known), None)
        if key is not None:
            item.help = catalogue.gettext(key, lang)


class LocalizedCommand(click.Command):
    """A command whose ``--help`` option says what it does in the command's language (click
    makes that option once and keeps it)."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = click_gettext("Show this message and exit.")
        return option


class LocalizedGroup(LocalizedCommand, click.Group):
    """The ``justicekg`` group: its help texts follow the command's language
    (:func:`localize_help`), and so do click's own words while it runs (:meth:`main`)."""

    command_class = LocalizedCommand

    def main(self, args: Sequence[str] | None = None, *more: Any, **extra: Any) -> Any:
        argv = sys.argv[1:] if args is None else list(args)
        install_click_translations()
        token = _RUNNING.set(asked_language(argv) or pick_language())
        try:
            return super().main(args, *more, **extra)
        finally:
            _RUNNING.reset(token)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        if parent is None:
            localize_help(self, _RUNNING.get() or pick_language())
        return super().make_context(info_name, args, parent=parent, **extra)


#: ``--lang vi|en`` on the ``justicekg`` group.
lang_option = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=remember,
    help="vi | en (default $JUSTICEKG_LANG, else LC_ALL / LC_MESSAGES / LANG, else vi).",
)


def tr(key: str, /, **values: object) -> str:
    """The catalogue text of ``key`` in the command's language.

    >>> with click.Context(click.Command("x")) as ctx:
    ...     _ = remember(ctx, click.Option(["--lang"]), "en")
    ...     tr("cli_wrote", path="x.py")
    'wrote x.py'
    """
    return catalogue.gettext(key, current(), **values)


def describe(error: object, lang: str | None = None) -> str:
    """A :class:`~justicekg.errors.JusticeKGError` in the command's language: its catalogue
    parts (message, hint) translated, its ``where`` (a file, an IRI) as it is."""
    return catalogue.describe_error(error, lang or current())


def error_line(error: object) -> str:
    """The one line an error is reported on (``error: …`` / ``lỗi: …``)."""
    return tr("cli_error", text=describe(error))


#: The language a developer command's argparse parser speaks now (None outside its parsing).
_ARGPARSE: ContextVar[str | None] = ContextVar("justicekg_argparse_lang", default=None)


def argparse_gettext(message: str) -> str:
    """One of argparse's own texts in the developer command's language (as it is outside
    :func:`argparse_in`).

    >>> argparse_gettext("expected one argument")
    'expected one argument'
    >>> token = _ARGPARSE.set("vi")
    >>> argparse_gettext("expected one argument")
    'cần một đối số'
    >>> _ARGPARSE.reset(token)
    """
    lang = _ARGPARSE.get()
    if lang is None or lang == "en":
        return message
    return str(catalogue.translations(lang, ARGPARSE_DOMAIN).gettext(message))


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    """:func:`argparse_gettext` for a text with a plural."""
    lang = _ARGPARSE.get()
    if lang is None or lang == "en":
        return singular if n == 1 else plural
    return str(catalogue.translations(lang, ARGPARSE_DOMAIN).ngettext(singular, plural, n))


#: While a developer command parses (:func:`argparse_in`): argparse's own ``_`` and
#: ``ngettext``, to put back, and how many parses (threads, nested) are under way.
_ARGPARSE_SAVED: list[Callable[..., str]] = []
_ARGPARSE_DEPTH = [0]
_ARGPARSE_LOCK = threading.Lock()


@contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """argparse's own texts in ``lang`` while the block runs: the ``_`` and ``ngettext`` it
    imported from :mod:`gettext` point at :func:`argparse_gettext` / :func:`argparse_ngettext`
    and are put back after the last block running ends (another thread's parsing meanwhile stays
    English: the language is this context's).

    >>> import argparse
    >>> with argparse_in("vi"):
    ...     argparse._("expected one argument")
    'cần một đối số'
    >>> argparse._ is stdlib_gettext.gettext
    True
    """
    token = _ARGPARSE.set(lang)
    with _ARGPARSE_LOCK:
        if _ARGPARSE_DEPTH[0] == 0:
            _ARGPARSE_SAVED[:] = [argparse._, argparse.ngettext]  # type: ignore[attr-defined]
            argparse._ = argparse_gettext  # type: ignore[attr-defined]
            argparse.ngettext = argparse_ngettext  # type: ignore[attr-defined]
        _ARGPARSE_DEPTH[0] += 1
    try:
        yield
    finally:
        with _ARGPARSE_LOCK:
            _ARGPARSE_DEPTH[0] -= 1
            if _ARGPARSE_DEPTH[0] == 0:
                argparse._, argparse.ngettext = _ARGPARSE_SAVED  # type: ignore[attr-defined]
        _ARGPARSE.reset(token)


class DeveloperParser(argparse.ArgumentParser):
    """The parser of a developer command (and of each of its subcommands): its usage and
    ``--help`` are the catalogue's usage text of the command, whole."""

    def __init__(self, *args: Any, usage_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.usage_text = usage_text

    def format_usage(self) -> str:
        return self.usage_text + "\n"

    def format_help(self) -> str:
        return self.usage_text + "\n"


def developer_parser(
    prog: str, usage_key: str, lang: str
) -> tuple[DeveloperParser, Callable[[str], argparse.ArgumentParser]]:
    """A developer command's parser, ``prog COMMAND …``, and a function that adds a command
    (its parser): usage and help of both the catalogue's ``usage_key`` in ``lang``."""
    usage = catalogue.gettext(usage_key, lang, cmd=prog)
    parser = DeveloperParser(prog=prog, usage_text=usage)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str) -> argparse.ArgumentParser:
        # (a DeveloperParser too, with the same usage: a command's error shows it)
        return commands.add_parser(name, usage_text=usage)

    return parser, command


def parse_developer_args(
    parser: argparse.ArgumentParser, argv: Sequence[str], lang: str
) -> argparse.Namespace | int:
    """``argv`` parsed by a developer command's ``parser``, argparse's own words (an error, a
    help heading) from the catalogue domain ``argparse`` in ``lang``; the exit status when
    argparse ends the command instead (2 after a usage error, 0 after ``--help``)."""
    with argparse_in(lang):
        try:
            return parser.parse_args(list(argv))
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else 2
