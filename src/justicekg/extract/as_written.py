"""Names in the report as the page writes them.

The recognizers read a matching view of the text (:func:`justicekg.text.apostrophes.straighten`:
one apostrophe character) and build names from gazetteer forms (``Đắk Lắk``). The annotation
conventions want names as written: ``Viện kiểm sát nhân dân huyện Đắk G’Long`` with the page's
``’``, ``Sở Tư pháp tỉnh Đăk Nông`` where the page spells the province so. This module walks a
finished report and rewrites its names; the ``province`` and ``district`` fields of
organizations and events keep the gazetteer's canonical names (they identify the unit).

- :func:`restore_text` puts the page's own text (and apostrophes) back into the report.
- :func:`respell_provinces` writes each province the way the page mostly spells it, when that
  is a spelling of the name (``Đăk Lăk``, ``Đắc Nông``), not an abbreviation or a slug
  (``TP.HCM``, ``Thừa Thiên - Huế``, ``Dak Nong``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.lexicon import lexicon
from justicekg.model import Evidence, ExtractionReport, Organization
from justicekg.text.apostrophes import as_written, written_forms
from justicekg.text.normalize import fold

__all__ = ["merge_listed_twice", "merge_written_twice", "respell_provinces", "restore_text"]


def _rename(report: ExtractionReport, f: Callable[[str], str], *, provinces: bool) -> None:
    """Apply ``f`` to every name the report states (persons, titles, bodies, award names and
    recipients, participants, publisher, author, mentions); with ``provinces`` also to the
    provinces list. Organizations that come out under one name become one."""
    for person in report.persons:
        person.name = f(person.name)
        for pos in person.positions:
            pos.title = f(pos.title)
            if pos.organization:
                pos.organization = f(pos.organization)
    seen: dict[str, int] = {}
    kept: list[Organization] = []
    for org in report.organizations:
        org.name = f(org.name)
        if org.parent:
            org.parent = f(org.parent)
        if org.name not in seen:
            seen[org.name] = len(kept)
            kept.append(org)
    report.organizations = kept
    if provinces:
        report.provinces = list(dict.fromkeys(f(p) for p in report.provinces))
    for event in report.events:
        event.participants = list(dict.fromkeys(f(p) for p in event.participants))
        event.participant_evidence = {f(k): v for k, v in event.participant_evidence.items()}
        for attr in ("name", "organizer", "location"):
            value = getattr(event, attr)
            if value:
                setattr(event, attr, f(value))
    for award in report.awards:
        award.award = f(award.award)
        award.recipient = f(award.recipient)
        if award.conferrer:
            award.conferrer = f(award.conferrer)
    art = report.article
    for attr in ("title", "publisher", "author"):
        value = getattr(art, attr)
        if value:
            setattr(art, attr, f(value))
    for mention in report.mentions:
        mention.name = f(mention.name)


def _reexcerpt(report: ExtractionReport, text: str) -> None:
    """Every evidence excerpt cut again from ``text`` (same offsets)."""

    def ev(e: Evidence | None) -> Evidence | None:
        return None if e is None else Evidence(e.start, e.end, text[e.start : e.end])

    for person in report.persons:
        person.evidence = ev(person.evidence)
        for pos in person.positions:
            pos.evidence = ev(pos.evidence)
    for org in report.organizations:
        org.evidence = ev(org.evidence)
    for event in report.events:
        event.evidence = ev(event.evidence)
        event.participant_evidence = {
            k: Evidence(v.start, v.end, text[v.start : v.end])
            for k, v in event.participant_evidence.items()
        }
    for award in report.awards:
        award.evidence = ev(award.evidence)


def restore_text(report: ExtractionReport, original: str) -> None:
    """Put ``original`` (the page's text, of the same length as the straightened text the
    report was built from) back: the article text, every evidence excerpt, and the page's
    apostrophes in every name."""
    straight = report.article.text
    if straight == original:
        return
    forms = written_forms(original, straight)
    _rename(report, lambda name: as_written(name, forms), provinces=False)
    report.article.text = original
    _reexcerpt(report, original)


@cache
def _spellings_re(province: str) -> re.Pattern[str] | None:
    """The province's name and every alias the gazetteer lists for it, as written (a
    misspelling the gazetteer does not list, ``Hà Tinh``, is a typo: the name stays
    canonical)."""
    rec = lexicon().province(province)
    if rec is None:
        return None
    alts = sorted({rec.name, *rec.aliases}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"[ \t]+") for a in alts)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")


gz.on_reload(_spellings_re.cache_clear)


#: a capitalized word of letters (no dot, dash or digit; not in capitals throughout)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*")


def _skeleton(name: str) -> str:
    """The letters of a name without marks, spaces and the ``c``/``k`` choice: the same for
    every spelling of one name (``Đác Lắc``, ``Đắk Lắk``; ``Kontum``, ``Kon Tum``)."""
    return re.sub(r"[^a-z]", "", fold(name)).replace("c", "k")


def _is_spelling(written: str, canonical: str) -> bool:
    """``written`` spells ``canonical`` otherwise: capitalized words of letters (no
    abbreviation: ``TP.Hồ Chí Minh``, ``TT Huế``, no ``Thủ đô``, not just a dash left out),
    with marks where the canonical name has them (``Dak Nong`` in a caption without marks is
    a slug, not a spelling; ``Kontum`` of ``Kon Tum`` is one), the same letters but for marks,
    spaces and ``c``/``k`` (``Sài Gòn`` is another name)."""
    if written.split() == [w for w in canonical.split() if w not in ("-", "–")]:
        return False  # the same words without the dash: punctuation, not spelling
    if _skeleton(written) != _skeleton(canonical):
        return False  # another name (``Sài Gòn``), not another spelling
    for w in written.split():
        if not _WORD.fullmatch(w) or not w[0].isupper() or (len(w) > 1 and w[1:].isupper()):
            return False
    return not written.isascii() or canonical.isascii()


@cache
def _spelled_aliases(province: str) -> tuple[str, ...]:
    """The aliases of ``province`` that are spellings of its name (:func:`_is_spelling`)."""
    rec = lexicon().province(province)
    if rec is None:
        return ()
    return tuple(a for a in rec.aliases if _is_spelling(a, rec.name))


gz.on_reload(_spelled_aliases.cache_clear)


def _written(text: str, provinces: list[str]) -> dict[str, Counter[str]]:
    """How often the page writes each of ``provinces`` in each spelling (canonical too)."""
    out: dict[str, Counter[str]] = {}
    for prov in provinces:
        pattern = _spellings_re(prov)
        if pattern is not None:
            out[prov] = Counter(" ".join(m.group(0).split()) for m in pattern.finditer(text))
    return out


def page_spellings(written: dict[str, Counter[str]]) -> dict[str, str]:
    """The spelling of each province the page uses more often than the canonical one
    (``written`` from :func:`_written`): ``{"Đắk Lắk": "Đăk Lăk"}``; a tie keeps the
    canonical name."""
    out: dict[str, str] = {}
    for prov, counts in written.items():
        best = [(n, w) for w, n in counts.items() if _is_spelling(w, prov)]
        if best:
            n, w = max(best)
            if n > counts.get(prov, 0):
                out[prov] = w
    return out


def _own_spellings(report: ExtractionReport, provinces: list[str]) -> dict[str, tuple[str, str]]:
    """Per organization name, the province in it and the spelling its first mention that
    writes the province uses (the canonical name too: ``Tỉnh ủy Đắk Lắk`` written so stays so
    on a page that mostly writes ``Đăk Lăk``)."""
    text = report.article.text
    words = {p: re.compile(rf"(?<![\w']){re.escape(p)}(?![\w'])") for p in provinces}
    out: dict[str, tuple[str, str]] = {}
    for m in report.mentions:
        if m.label != "organization" or m.name in out:
            continue
        for prov, word in words.items():
            pattern = _spellings_re(prov)
            if pattern is None or not word.search(m.name):
                continue
            for w in pattern.finditer(text, m.start, m.end):
                surface = " ".join(w.group(0).split())
                if surface == prov or _is_spelling(surface, prov):
                    out[m.name] = (prov, surface)
                    break
            if m.name in out:
                break
    return out


def respell_provinces(report: ExtractionReport) -> None:
    """Write the provinces the way the page spells them in every name of the report: an
    organization as its own mention writes it, any other name (a body the page names
    without its province, the provinces list) as the page mostly writes it
    (:func:`page_spellings`); a province the page names only in a spelling the list missed
    joins it. The ``province`` fields stay canonical."""
    named = list(report.provinces)
    named += [o.province for o in report.organizations if o.province and o.province not in named]
    text = report.article.text
    if not any(a in text for p in named for a in _spelled_aliases(p)):
        return  # no listed spelling on the page (a plain substring test, the common case)
    written = _written(text, named)
    if not any(_is_spelling(w, p) for p, counts in written.items() for w in counts):
        return  # the page writes every province as the gazetteer does
    spelled = page_spellings(written)
    own = _own_spellings(report, [p for p in named if p in written])
    for prov in spelled:
        if prov not in report.provinces:
            report.provinces.append(prov)
    pattern = re.compile(
        r"(?<![\w'])("
        + "|".join(re.escape(p) for p in sorted(named, key=len, reverse=True))
        + r")(?![\w'])"
    )

    def respell(name: str) -> str:
        if name in own:
            prov, surface = own[name]
            return pattern.sub(lambda m: surface if m.group(1) == prov else m.group(1), name)
        return pattern.sub(lambda m: spelled.get(m.group(1), m.group(1)), name)

    _rename(report, respell, provinces=True)


_APOSTROPHE = re.compile("['’‘ʼ]")


def _apostrophe_key(name: str) -> str:
    return _APOSTROPHE.sub("", name).casefold()


def _merge_by(
    report: ExtractionReport,
    key: Callable[[str], str | None],
    joinable: Callable[[str, str], bool] = lambda first, name: True,
) -> None:
    """Organizations whose names have one ``key`` (``None``: never merged) and are
    ``joinable`` are one, named as first written."""
    first: dict[str, str] = {}
    rename: dict[str, str] = {}
    for org in report.organizations:
        k = key(org.name)
        if k is None:
            continue
        if k in first and first[k] != org.name and joinable(first[k], org.name):
            rename[org.name] = first[k]
        first.setdefault(k, org.name)
    if rename:
        _rename(report, lambda name: rename.get(name, name), provinces=False)


#: a coordinating council's name with and without "phối hợp" (and its comma)
_COUNCIL = re.compile(r"^Hội đồng (?:phối hợp )?", re.IGNORECASE)


def _council_key(name: str) -> str | None:
    return (
        _COUNCIL.sub("Hội đồng ", name).replace(",", "").casefold()
        if _COUNCIL.match(name)
        else None
    )


def merge_written_twice(report: ExtractionReport) -> None:
    """Organizations whose names differ only in an apostrophe or the case of a letter after it
    (``huyện Đắk G’Long`` and ``huyện Đắk Glong`` on one page) are one, named as first
    written. A council written on one page both in full and without ``phối hợp`` (``Hội đồng
    phối hợp phổ biến, giáo dục pháp luật Trung ương``, ``Hội đồng Phổ biến, giáo dục pháp luật
    Trung ương``) is one too, named in full (review 14, M11)."""
    if any(_APOSTROPHE.search(org.name) for org in report.organizations):
        _merge_by(report, _apostrophe_key, lambda a, b: bool(_APOSTROPHE.search(a + b)))
    full: dict[str, str] = {}
    for org in report.organizations:
        key = _council_key(org.name)
        if key is not None and "phối hợp" in org.name.casefold():
            full.setdefault(key, org.name)
    if full:
        _rename(report, lambda name: full.get(_council_key(name) or "", name), provinces=False)


_LAST_AND = re.compile(r"[ \t]*,?[ \t]+và[ \t]+")


def merge_listed_twice(report: ExtractionReport) -> None:
    """Organizations whose names differ only in how the last domain of a list is joined
    (``Cục Hộ tịch, Quốc tịch, Chứng thực`` and ``Cục Hộ tịch, Quốc tịch và Chứng thực`` on one
    page) are one, named as first written."""
    _merge_by(report, lambda name: _LAST_AND.sub(", ", name).casefold() if "," in name else None)
