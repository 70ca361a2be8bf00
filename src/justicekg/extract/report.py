"""The extraction report of a document the recognizers read: its persons and their positions,
organizations, provinces, districts, events and their participants, awards, the article's
metadata and the mentions, each with its evidence (:func:`build_report`)."""

from __future__ import annotations

import re

from justicekg import __version__
from justicekg.extract.doc import Doc, Span
from justicekg.extract.learn.positions import refine_positions
from justicekg.extract.lexicon import UPPER, lexicon
from justicekg.extract.participants import (
    event_scopes,
    in_an_earlier_year,
    is_absent,
    is_defendant,
)
from justicekg.extract.position_party_titles import party_title_forms
from justicekg.extract.recognizers import base
from justicekg.extract.recognizers.event_captions import person_caption
from justicekg.extract.recognizers.org_councils import listed_org
from justicekg.extract.recognizers.org_heads import kind_of_name
from justicekg.extract.relations import link_positions
from justicekg.model import (
    Article,
    AwardDecision,
    Event,
    Evidence,
    ExtractionReport,
    Mention,
    Organization,
    Person,
    Position,
)
from justicekg.text.normalize import fold

__all__ = ["EXTRACTOR", "build_report"]

#: the report's provenance (:func:`~justicekg.extract.pipeline.report_of` adds the learned
#: models that took part)
EXTRACTOR = f"justicekg-extract/{__version__}"


#: a subheading: a short capitalized line that ends without a stop ("Hội đàm với Bộ trưởng A")
_SUBHEADING = re.compile(rf"\s*[{UPPER}][^.!?:;\n]{{3,100}}?\s*")


def _subheading(line: str) -> bool:
    """True for a short line of at most 14 words with no stop at its end (a section's title).

    >>> _subheading("Hội đàm với Bộ trưởng Lê Văn Tám"), _subheading("Ông A phát biểu.")
    (True, False)
    """
    return _SUBHEADING.fullmatch(line) is not None and len(line.split()) <= 14


def _ev(doc: Doc, start: int, end: int) -> Evidence:
    return Evidence(start, end, doc.text[start:end])


def _sentence_ev(doc: Doc, pos: int) -> Evidence:
    s = doc.sentence_of(pos)
    return _ev(doc, s.start, s.end)


def build_report(
    doc: Doc, *, article_id: str, url: str | None, source: str | None
) -> ExtractionReport:
    """The report of ``doc`` once the recognizers ran on it, its text the one they read
    (:func:`~justicekg.extract.pipeline.report_of` then restores the text as written). Building
    it marks some of the document's spans (the titles' bodies).

    Args:
        doc: the document, after the recognizers.
        article_id, url, source: the report's article id, url and source.

    Returns:
        The report; every evidence offset refers to ``doc.text``.
    """
    text = doc.text
    lex = lexicon()
    footer = doc.meta.get("footer_start", len(text))
    people = refine_positions(doc, party_title_forms(doc, link_positions(doc)))
    report = ExtractionReport(article=Article(id=article_id, url=url, source=source, text=text))
    report.extractor = EXTRACTOR
    orgs: dict[str, Organization] = {}

    def add_org(
        name: str,
        span: Span | None,
        kind: str = "other",
        province: str | None = None,
        parent: str | None = None,
        district: str | None = None,
    ) -> None:
        if name in orgs:
            return
        if span is not None:
            d = span.data
            kind = str(d.get("kind") or kind)
            province = _opt_str(d.get("province")) or province
            parent = _opt_str(d.get("parent")) or parent
            district = _opt_str(d.get("district")) or district
        orgs[name] = Organization(
            name=name,
            kind=kind,
            province=province,
            parent=parent,
            district=district,
            evidence=_sentence_ev(doc, span.start) if span else None,
        )

    for o in doc.by_label("org"):
        o = listed_org(o)  # a body's emulation council: the body (a council post adds it back)
        add_org(o.name, o)
        report.mentions.append(Mention(o.start, o.end, "organization", o.name))
    # persons and positions
    for facts in people.values():
        person = Person(name=facts.name, evidence=_sentence_ev(doc, facts.first.start))
        for title, org, span in facts.positions:
            person.positions.append(
                Position(
                    title=title,
                    organization=org,
                    start=_opt_str(span.data.get("start")),
                    end=_opt_str(span.data.get("end")),
                    evidence=_sentence_ev(doc, span.start),
                )
            )
            if org and org not in orgs:
                implied = span.data.get("implied_org") or {}
                kind = str(implied.get("kind") or kind_of_name(org))
                add_org(org, None, kind=kind, province=implied.get("province"))
        report.persons.append(person)
        for m in facts.mentions:
            report.mentions.append(Mention(m.start, m.end, "person", facts.name))
    # provinces
    for p in doc.by_label("province"):
        if p.name not in report.provinces:
            report.provinces.append(p.name)
        report.mentions.append(Mention(p.start, p.end, "province", p.name))
    folded_text: str | None = None  # the page folded once, and only when a body asks
    for ob in orgs.values():
        if ob.province and ob.province not in report.provinces and lex.province(ob.province):
            # a province the page names (inside a body's name too), never one inferred from a
            # district alone ("Phòng Tư pháp huyện Tân Hồng" names no province)
            if folded_text is None:
                folded_text = fold(text)
            if fold(ob.province) in folded_text:
                report.provinces.append(ob.province)
    # events and participants
    events = doc.by_label("event")
    author_names = {b.name for b in doc.by_label("byline")} | {doc.meta.get("signed")} - {None}
    nominee_sentences: set[tuple[int, int]] = set()
    for a in doc.by_label("award"):
        if a.data.get("status") in ("nominated", "registered"):
            nominee_sentences.add(a.data["sentence"])
            seg = doc.sentence_of(a.start)  # a list item on its own line
            nominee_sentences.add((seg.start, seg.end))
    body_end = doc.meta.get("body_end", footer)
    announced = doc.meta.get("announced", set())
    # each event owns the text from its paragraph's start (when the previous event is not in
    # that paragraph) to the next event's: people named earlier in the paragraph that reports
    # a later event belong to that event
    starts = [e.start for e in events]
    for i in range(1, len(events)):
        para = next((p for p in doc.paragraphs if p.start <= events[i].start < p.end), None)
        if para is not None and para.start > events[i - 1].start:
            starts[i] = para.start
            # a subheading right before it ("Hội đàm với Bộ trưởng A" over "Vào sáng ngày
            # 23/11/2022, …"): the title of the event it heads
            head = max(
                (p for p in doc.paragraphs if p.end <= para.start),
                key=lambda p: p.end,
                default=None,
            )
            if (
                head is not None
                and head.start > events[i - 1].end
                and _subheading(text[head.start : head.end])
                # not a photo's caption, of the paragraph above ("Ông A phát biểu tại …")
                and not person_caption(doc, head.start, head.end)
            ):
                starts[i] = head.start
    bounds = [
        (starts[i] if i > 0 else 0, starts[i + 1] if i + 1 < len(events) else body_end)
        for i in range(len(events))
    ]
    para_end = [
        next((p.end for p in doc.paragraphs if p.start <= e.start < p.end), e.end) for e in events
    ]
    day_at = [int(e.data.get("date_start", e.start)) for e in events]
    scopes = event_scopes(
        text,
        [(e.start, d) for e, d in zip(events, day_at, strict=True)],
        bounds,
        para_end,
        [str(e.data["kind"]) for e in events],
    )
    for i, e in enumerate(events):
        # a day whose year the text does not make certain ("--MM-DD") is reported undated
        date = e.name if e.name and not e.name.startswith("--") else None
        event = Event(kind=str(e.data["kind"]), date=date, evidence=_ev(doc, e.start, e.end))
        event.name = _event_name(text[e.start : e.end])
        for facts in people.values():
            if facts.name in author_names or facts.first.data.get("historical"):
                continue
            absent_in: set[int] = set()  # sentences that name the person as not there
            for m in facts.mentions:
                if not any(lo <= m.start < hi for lo, hi in scopes[i]) or m.start >= body_end:
                    continue
                sent = doc.sentence_of(m.start)
                if sent.start in absent_in:
                    continue  # "… bầu ông A làm Trưởng đoàn": the post names A, elected, again
                if (sent.start, sent.end) in nominee_sentences or sent.start in announced:
                    continue  # a nominee, or someone invited to an announced event
                if is_absent(text, m.start, (sent.start, sent.end), official=bool(facts.positions)):
                    absent_in.add(sent.start)
                    continue  # cited, remembered, or a party to the case: not present
                if is_defendant(text, m.start, event.kind):
                    continue  # "Bị cáo A - Ảnh: …" on a conference's page: the case's subject
                if not (sent.start <= e.start < sent.end) and in_an_earlier_year(
                    # (a day that leads the sentence: not a cited document's)
                    [
                        d.name
                        for d in doc.by_label("date")
                        if sent.start <= d.start < sent.start + 20
                    ],
                    date,
                ):
                    continue  # "Ngày 5/4/1993, …, ông A là Giám đốc đầu tiên": another time
                if facts.name not in event.participants:
                    event.participants.append(facts.name)
                    event.participant_evidence[facts.name] = _ev(doc, sent.start, sent.end)
                break
        event.province = doc.meta.get("main_province")
        event.location = _location(text[e.start : e.end])
        event.organizer = _organizer(doc, e)
        if event.organizer and event.organizer not in orgs:
            add_org(event.organizer, None, kind=kind_of_name(event.organizer))
        report.events.append(event)
        report.mentions.append(Mention(e.start, e.end, "event", event.name or event.kind))
    dated = [e.name for e in events if e.name and not e.name.startswith("--")]
    # awards
    seen: set[tuple[str, str, str]] = set()
    for a in doc.by_label("award"):
        key = (a.name, str(a.data["recipient"]), str(a.data["status"]))
        if key in seen:
            continue
        seen.add(key)
        s0, s1 = a.data["sentence"]
        ev_idx = None
        for i, e in enumerate(events):
            if e.start <= s0:
                ev_idx = i
        decision = AwardDecision(
            award=a.name,
            recipient=key[1],
            status=key[2],
            year=a.data.get("year"),
            conferrer=a.data.get("conferrer"),
            recipient_kind=str(a.data["recipient_kind"]),
            event=ev_idx if events else None,
            evidence=_ev(doc, s0, s1),
        )
        if decision.year is None and dated:
            decision.year = int(dated[0][:4])
        report.awards.append(decision)
        if decision.recipient_kind == "organization" and decision.recipient not in orgs:
            add_org(decision.recipient, None, kind=kind_of_name(decision.recipient))
        if decision.conferrer and decision.conferrer not in orgs:
            add_org(decision.conferrer, None, kind=kind_of_name(decision.conferrer))
        report.mentions.append(Mention(a.start, a.end, "award", a.name))
    # article metadata
    art = report.article
    art.title = _headline(doc)
    art.published = doc.published or doc.meta.get("dateline")
    if not art.published and dated:
        art.published = max(dated)
    bylines = [b for b in doc.by_label("byline") if b.rule != "credit"]
    art.author = bylines[0].name if bylines else doc.meta.get("signed")
    art.publisher = _publisher(doc)
    if art.publisher and art.publisher not in orgs:
        add_org(art.publisher, None, kind=kind_of_name(art.publisher))
    report.organizations = list(orgs.values())
    for ob in report.organizations:
        if ob.district and ob.district not in report.districts and lex.districts(ob.district):
            report.districts.append(ob.district)
    report.mentions = sorted(
        (m for m in report.mentions if 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, m.end),
    )
    return report


_LOCATION = re.compile(r"(?<![\w])tại\s+((?:[A-ZĐ]|trụ sở|hội trường)[^,.;()\n]{2,60})")
_ORGANIZES = re.compile(r"(?:đã\s+|long trọng\s+)*(?:tổ chức|chủ trì|phối hợp)(?![\w])")


def _headline(doc: Doc) -> str | None:
    """The headline: the first title candidate that is not just an organization's name (a
    site header such as ``Cục Thi hành án dân sự tỉnh Bắc Giang``)."""
    cands = doc.meta.get("title_candidates") or []
    if not cands:
        return doc.title
    orgs = doc.by_label("org")
    for a, b in cands:
        line = doc.text[a:b]
        lead = len(line) - len(line.lstrip())
        tail = len(line.rstrip(" .:|-–"))
        if not any(o.start <= a + lead and o.end >= a + tail for o in orgs):
            return line
    return doc.title


def _location(sentence: str) -> str | None:
    m = _LOCATION.search(sentence)
    if not m:
        return None
    loc = re.split(r"\s+(?:đã|tổ chức|diễn ra|khai mạc|long trọng)(?![\w])", m.group(1))[0]
    return loc.strip() or None


def _organizer(doc: Doc, event: Span) -> str | None:
    """The organization that is the subject of "tổ chức"/"chủ trì" in the event sentence."""
    orgs = [o for o in doc.by_label("org") if event.start <= o.start < event.end]
    for i, o in enumerate(orgs):
        m = _ORGANIZES.search(doc.text, o.end, min(event.end, o.end + 60))
        nxt = orgs[i + 1].start if i + 1 < len(orgs) else event.end
        if m is not None and m.start() <= nxt:
            return o.name
    return None


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _event_name(sentence: str) -> str | None:
    import re

    m = re.search(
        r"(?:Hội nghị|hội nghị|Hội thảo|hội thảo|Tọa đàm|tọa đàm|Lễ|lễ|buổi làm việc|"
        r"Đoàn kiểm tra|đoàn kiểm tra|Đoàn giám sát|đoàn giám sát)[^,.;:()]{0,120}",
        sentence,
    )
    if not m:
        return None
    name = m.group(0).strip()
    return name[:1].upper() + name[1:]


_OWNER = re.compile(
    r"(?:Bản quyền(?:\s+thuộc(?:\s+về)?)?|Cơ quan chủ quản|Cơ quan quản lý|Đơn vị quản lý|"
    r"Trang thông tin điện tử|Cổng thông tin điện tử)\s*:?\s*",
    re.IGNORECASE,
)


def _publisher(doc: Doc) -> str | None:
    """The body the header (an upper-case org line) or the footer names as the page's owner."""
    orgs = doc.by_label("org")
    # "UBND TỈNH X / SỞ TƯ PHÁP": a header names the owner last, under its parent body
    in_header = [o for a, b in doc.meta.get("header_lines", []) for o in orgs if a <= o.start < b]
    if in_header:
        return in_header[-1].name
    footer = doc.meta.get("footer_start", len(doc.text))
    for m in _OWNER.finditer(doc.text, footer):
        for o in orgs:
            if m.end() <= o.start <= m.end() + 2:
                return o.name
    for m in _OWNER.finditer(doc.text, 0, 400):  # a header such as "Cổng thông tin điện tử …"
        for o in orgs:
            if m.end() <= o.start <= m.end() + 2:
                return o.name
    # a site header in plain case, as the page's first line: "Cục THADS tỉnh Bắc Giang"
    first = doc.paragraphs[0] if doc.paragraphs else None
    if first is not None and first.end - first.start < 120:
        line = doc.text[first.start : first.end]
        tail = first.start + len(line.rstrip(" .:|-–"))
        whole = [o for o in orgs if o.start <= first.start + 1 and o.end >= tail]
        if whole and _headline(doc) != line:
            return whole[0].name
    site = doc.meta.get("site_name")
    if site:  # HTML: the site name or the furniture's owner line, read as an organization
        view = Doc(str(site), published=doc.published)
        view.meta["main_province"] = doc.meta.get("main_province")
        for name in ("provinces", "organizations"):
            view = base.get(name)(view)
        found = view.by_label("org")
        return found[0].name if found else str(site)
    return None
