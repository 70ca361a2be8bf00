"""Position details read from a title's sentence: the term of office and a commune body.

An appointment sentence states when a position starts and ends (``được bổ nhiệm … kể từ ngày
01/10/2020 … đến ngày 30/9/2025``); a commune official's body is the commune's People's
Committee (``công chức tư pháp - hộ tịch xã X``). Both are stored in the title span's data.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

_TERM_START = re.compile(r"(?<![\w])(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?$")
_TERM_END = re.compile(r"(?<![\w])(?:đến|tới|cho đến)\s+(?:hết\s+)?(?:ngày\s+)?$")
_APPOINTMENT_CUE = re.compile(
    r"bổ nhiệm|điều động|giao quyền|phân công|giữ chức|nghỉ hưu|thôi giữ|kéo dài thời gian"
)


def _term_dates(doc: Doc, t: Span, o: Span | None) -> None:
    """Start (and end) of a position stated in its appointment sentence: ``được bổ nhiệm …
    kể từ ngày 01/10/2020``, ``… đến ngày 30/9/2025``."""
    from justicekg.text.dates import find_dates

    sent = doc.sentence_of(t.start)
    text = doc.text[sent.start : sent.end]
    if not _APPOINTMENT_CUE.search(text):
        return
    ref = doc.published or doc.meta.get("dateline")
    after = (o.end if o else t.end) - sent.start
    for d in find_dates(text, reference=ref):
        if len(d.iso) != 10 or d.start < after - 400:
            continue
        before = text[max(0, d.start - 24) : d.start]
        if _TERM_START.search(before) and "start" not in t.data:
            t.data["start"] = d.iso
            if d.is_range and d.range_end:  # "kể từ ngày 01/10/2020 đến ngày 30/9/2025"
                t.data["end"] = d.range_end
        elif _TERM_END.search(before) and "end" not in t.data and "start" in t.data:
            t.data["end"] = d.iso


_COMMUNE_AFTER = re.compile(
    r"[ \t]+(?P<kind>xã|phường|thị trấn|đặc khu)[ \t]+(?P<name>[A-ZĐ\w][\w'’]*(?:[ \t]+[A-ZĐ]"
    r"[\w'’]*){0,3})"
)


def _commune_body(doc: Doc, t: Span) -> None:
    """``công chức tư pháp - hộ tịch xã X``: a commune official's body is the commune's
    People's Committee (``Ủy ban nhân dân xã X``)."""
    m = _COMMUNE_AFTER.match(doc.text, t.end)
    if m is None or not m.group("name")[:1].isupper():
        return
    t.data["commune_org"] = f"Ủy ban nhân dân {m.group('kind')} {m.group('name')}"


_LOWER_COMMITTEE_AFTER = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)(?:[ \t]+(?:tỉnh|thành phố))?[ \t]+")


def _lower_party_committee(doc: Doc, t: Span) -> None:
    """``Bí thư tỉnh ủy tỉnh X``: a party role with its committee written in lower case is of
    that province's committee (``Tỉnh ủy X``)."""
    from justicekg.extract.lexicon import lexicon

    if not t.name.startswith(("Bí thư", "Phó Bí thư", "Ủy viên")):
        return
    m = _LOWER_COMMITTEE_AFTER.match(doc.text, t.end)
    if m is None:
        return
    prov = lexicon().province_re.match(doc.text, m.end())
    rec = lexicon().province(prov.group(0)) if prov is not None else None
    if rec is None:
        return
    t.data["commune_org"] = f"{m.group(1).capitalize()} {rec.name}"
    t.data["commune_org_kind"] = "party-committee"
