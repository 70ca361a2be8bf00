"""One exception tree for everything justicekg raises on purpose.

Every error says *what* went wrong, *where* (a file and line, an IRI, a gazetteer row)
and, when there is one, a *hint*. The CLI prints ``str(error)`` on one line and exits 2;
the web app maps the classes to HTTP status codes in one place.
"""

from __future__ import annotations


class JusticeKGError(Exception):
    """Base class of every error justicekg raises deliberately.

    >>> str(JusticeKGError("cannot read", where="a.txt:3", hint="save it as UTF-8"))
    'a.txt:3: cannot read (hint: save it as UTF-8)'
    """

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} (hint: {self.hint})" if self.hint else text


class ConfigError(JusticeKGError):
    """Bad configuration: an unknown store URL scheme, a malformed settings file."""


class InputError(JusticeKGError):
    """An input file that cannot be read as an article: empty, binary, not UTF-8."""


class OntologyError(JusticeKGError):
    """The ontology, shapes or a gazetteer file is missing or malformed."""


class ExtractionError(JusticeKGError):
    """The extractor could not process an article."""


class MappingError(JusticeKGError):
    """An extraction report that cannot be mapped to RDF (e.g. a malformed report file)."""


class StoreError(JusticeKGError):
    """The store cannot be opened, read or written."""


class QueryError(JusticeKGError):
    """A SPARQL query or update that is malformed or refused."""


class QueryTimeoutError(QueryError):
    """A query that ran past its time limit and was stopped."""
