"""Award decisions: award type (gazetteer), status (verbs) and named recipients.

``Thủ tướng Chính phủ tặng Bằng khen`` is rebuilt as ``Bằng khen của Thủ tướng Chính phủ``;
``Bằng khen của Chủ tịch UBND tỉnh`` names its body in full. Recipients are the organizations
and persons listed after ``cho``/``gồm``/``:`` or, failing that, the subject before the award
in the same clause; counts (``09 Chi cục``) and conferrers are not recipients. A list after a
colon runs on over semicolons, bullets and unmarked recipient lines until the next award; table
rows (``| 1 | Sở Tư pháp tỉnh A | Cờ thi đua … |``) take their status from the line above.

Real pages add: the giver named by title and person (``Cục trưởng … trao Giấy khen``), on
whose authority it is handed over (``Thừa ủy quyền của Chủ tịch UBND tỉnh, …``) or by a
deputy (``Phó Chủ tịch UBND tỉnh trao Bằng khen`` is the chairman's); the subject of a giving
or presiding verb is no recipient; coordinated and elliptical clauses keep the sentence's
recipient (``A đạt …, năm X được B tặng …, C tặng …``); a bare head (``Chi cục đã được``)
names the latest unit with that head; ``nhiều Bằng khen`` is a vague aggregate.

This module runs the pass over a document: for each award head, its giver
(:mod:`.award_conferrers`), its canonical name (:mod:`.award_names`), its clause and status
(:mod:`.award_clauses`), its recipients (:mod:`.award_recipients`) or those it shares with the
awards around it (:mod:`.award_carryover`), and its year (:mod:`.award_years`).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_bare_medals import (
    BARE_MEDAL,
    named_before,
    near_recipients,
)
from justicekg.extract.recognizers.award_carryover import (
    goes_on_about,
    is_conjoined,
    shares_sentence_recipients,
)
from justicekg.extract.recognizers.award_clauses import (
    find_clause_end,
    find_clause_start,
    find_status,
)
from justicekg.extract.recognizers.award_conferrers import _ConferrerReading
from justicekg.extract.recognizers.award_elided import (
    elided_awards,
    elided_givers,
    givers_before,
)
from justicekg.extract.recognizers.award_lowercase import giver_before
from justicekg.extract.recognizers.award_names import (
    AWARD_HEAD,
    LOWER_HEAD_GIVER,
    TITLE_WORD,
    VAGUE,
    VAGUE_LISTED,
    canonical_award,
)
from justicekg.extract.recognizers.award_prizes import add_prizes
from justicekg.extract.recognizers.award_recipients import _RecipientReading
from justicekg.extract.recognizers.award_referents import _resolved_refs
from justicekg.extract.recognizers.award_stand_ins import stand_in_body
from justicekg.extract.recognizers.award_years import achievement_year
from justicekg.extract.recognizers.base import register

#: between two awards of one enumeration: "…, chiến sĩ thi đua …", "… và danh hiệu …"
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:danh hiệu\s*)?[\"“]?")
#: titles (not a generic "bằng khen") a lower-case head still names after a conferring verb
_TITLE_HEADS = ("tập thể lao động", "lao động tiên tiến", "chiến sĩ thi đua", "chiến sỹ thi đua")
_CONFERS_TITLE = re.compile(
    r"(?<![\w])(?:được|đạt|công nhận|xếp hạng|xếp loại|bình chọn|suy tôn)\s+(?:là\s+)?$"
)
#: further classes of the order just named: "hạng Ba (2013), hạng Nhì (2018)"
_MORE_CLASSES = re.compile(
    r"(?:\s*(?:\([^)]{0,20}\))?\s*(?:,|và)\s*hạng\s+(?:Nhất|Nhì|Ba|III|II|I)(?![\w]))*"
)


def _names_an_award(doc: Doc, m: re.Match[str], chain: tuple[int, int, int] | None) -> bool:
    """False for an award head that names no award: a lower-case ``bằng khen`` is generic
    unless its giver follows or it is listed right after an award (``danh hiệu Chiến sĩ thi
    đua cơ sở, chiến sĩ thi đua Tòa án``), and ``đã tặng nhiều Bằng khen`` is a vague
    aggregate. ``chain`` is the award read before (its start, sentence start and end)."""
    text = doc.text
    if (
        not m.group(0)[0].isupper()
        and not m.group(0).lower().startswith(("cờ", "huân chương", "huy chương", "kỷ niệm chương"))
        and not LOWER_HEAD_GIVER.match(text, m.end())
        # "được Chủ tịch UBND tỉnh tặng bằng khen": the giver before its verb names it too
        and not giver_before(doc, m.start(), doc.sentence_of(m.start()).start)
        and not TITLE_WORD.search(text, max(0, m.start() - 12), m.start())
        and not (
            # "được xếp hạng tập thể lao động xuất sắc", "đạt chiến sĩ thi đua cơ sở": a title
            # named lower-case after the verb that confers it is that title
            m.group(0).lower().startswith(_TITLE_HEADS)
            and _CONFERS_TITLE.search(text, max(0, m.start() - 25), m.start())
        )
        and not (
            # "danh hiệu Chiến sĩ thi đua cơ sở, chiến sĩ thi đua Tòa án": a lower-case
            # head listed right after an award is one too
            chain is not None
            and chain[1] == doc.sentence_of(m.start()).start
            and _LISTED.fullmatch(text, chain[2], m.start())
        )
    ):
        return False  # a lower-case "bằng khen" is generic unless its giver follows
    if VAGUE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "đã tặng nhiều Bằng khen": a vague aggregate names no award
    if VAGUE_LISTED.search(text, max(0, m.start() - 40), m.start()):
        return False  # "nhiều Bằng khen, giấy khen của A": listed with the vague one
    return True


@register("awards")
class Awards:
    """Award spans (label ``award``): ``name`` the award, ``data`` status/recipients."""

    name = "awards"

    def __call__(self, doc: Doc) -> Doc:
        doc = _AwardPass()(doc)  # per-document state lives in the pass, not in the recognizer
        add_prizes(doc)  # a contest's prizes: "trao giải Nhất cho bà A"
        return doc


class _AwardPass(_ConferrerReading, _RecipientReading):
    """One run over one document (it keeps the document's text and short references)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        orgs = doc.by_label("org")
        titles = doc.by_label("title")
        persons = doc.by_label("person")
        self._refs = _resolved_refs(doc, persons)
        self._text, self._orgs, self._persons, self._titles = text, orgs, persons, titles
        heads = list(AWARD_HEAD.finditer(text))
        #: the sentence, recipients and end of the latest award with recipients
        carried: tuple[int, list[tuple[str, str, Span]], int] = (-1, [], 0)
        carried_to = 0  # the end of that award's sentence
        #: the latest award read: (start of the first award conjoined with it, its
        #: sentence's start, its end)
        chain: tuple[int, int, int] | None = None
        #: awards named before a conjoined one ("trao Cờ thi đua … và Bằng khen cho A"),
        #: waiting for its recipients: (award, conferrer, recipient kind, status, sentence)
        pending: list[tuple[str, str | None, str | None, str, int]] = []
        self._givers = {}
        for i, m in enumerate(heads):
            if not _names_an_award(doc, m, chain):
                continue
            sent = doc.sentence_of(m.start())
            head, end = m.group(0), m.end()
            joined = (
                (chain[0], chain[1])
                if chain is not None
                and chain[1] == sent.start
                and is_conjoined(text, chain[2], m.start())
                else None
            )
            anchor = joined[0] if joined is not None else m.start()
            qualifier, conferrer_org, end = self._conferrer(doc, m, sent.start, anchor)
            last = chain  # the award read before this one
            chain = (anchor, sent.start, end)
            hit = canonical_award(head, qualifier, as_written=self._written)
            if hit is None and qualifier and conferrer_org:
                hit = canonical_award(head, conferrer_org, as_written=self._written)
            if hit is None:
                continue
            award, conferrer, rkind = hit
            bare_medal = award == BARE_MEDAL
            if bare_medal:
                # "… nhận Kỷ niệm chương": the medal the page last named in full
                award, conferrer, rkind = named_before(doc, m.start()) or hit
            if conferrer and conferrer not in award and not any(o.name == conferrer for o in orgs):
                conferrer = None  # not named on the page
            award, conferrer = _with_province(doc, award, conferrer)
            # "Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh A": one head, two givers
            after, end = elided_givers(doc, head, end, sent.end)
            before = givers_before(doc, head, conferrer_org, m.start(), sent.start)
            after_el, before_el = (
                [(*_with_province(doc, aw, conf), kind) for aw, conf, kind in found]
                for found in (
                    elided_awards(head, after, written=True),
                    elided_awards(head, before, written=False),
                )
            )
            elided = [*after_el, *before_el]
            # clause boundaries
            prev_end = (
                heads[i - 1].end() if i > 0 and heads[i - 1].start() >= sent.start else sent.start
            )
            if last is not None and last[1] == sent.start and prev_end < last[2] <= m.start():
                # "… tặng Cờ thi đua ngành Tư pháp và được B tặng …": the clause starts after
                # the previous award's qualifier, not inside it
                prev_end = last[2]
            clause_start = find_clause_start(text, sent.start, m.start(), prev_end, orgs, persons)
            nxt_start = heads[i + 1].start() if i + 1 < len(heads) else sent.end
            clause_end = find_clause_end(
                text, m.start(), end, sent.end, nxt_start, orgs, persons, titles
            )
            status = find_status(text, sent.start, (clause_start, clause_end), m.start(), end)
            if status is None:
                continue
            recipients = self._recipients(
                doc, end, clause_end, clause_start, m.start(), conferrer_org
            )
            if (
                not recipients
                and carried[0] == sent.start
                and shares_sentence_recipients(
                    text,
                    (clause_start, clause_end),
                    (m.start(), end),
                    carried[2],
                    has_giver=conferrer_org is not None,
                )
            ):
                # "A đạt danh hiệu X, năm 2019 được B tặng Cờ thi đua, được C tặng Bằng
                # khen": the subject of the sentence receives every coordinated award
                recipients = carried[1]
            if (
                not recipients
                and carried[1]
                and goes_on_about(text, carried_to, sent.start, m.start())
            ):
                # "A luôn đạt danh hiệu X. Năm 2020 được tặng Bằng khen …": a
                # sentence without a subject goes on about the one before
                recipients = carried[1]
            recipients = recipients + self._more_groups(clause_end, conferrer_org)
            if bare_medal:
                recipients = near_recipients(text, end, recipients)
            if recipients:
                # "Đại diện Công ty A, ông B nhận Bằng khen": the body B stands in for
                recipients = stand_in_body(doc, recipients, clause_start, m.start())
            if (
                rkind == "organization"
                or award.startswith("Cờ ")
                or _FOR_THE_BODY.search(text, clause_start, m.start())
            ) and all(rk == "person" for _, rk, _ in recipients):
                # "Ông A thay mặt tập thể Sở đón nhận Cờ thi đua": the body he stands for (any
                # award when the text says so: "ông B, Trưởng phòng C thay mặt tập thể nhận …")
                recipients = self._on_behalf(doc, clause_start, m.start()) or recipients
            if recipients:
                carried = (sent.start, recipients, end)
                carried_to = sent.end
            elif (
                i + 1 < len(heads)
                and heads[i + 1].start() < sent.end
                and is_conjoined(text, end, heads[i + 1].start())
            ):
                # "trao Cờ thi đua của UBND tỉnh và Bằng khen cho A": A receives both (kept in
                # the order of the text: the givers before this award's, its own, those after)
                named = [*before_el, (award, conferrer, rkind), *after_el]
                pending.extend((aw, conf, kind, status, sent.start) for aw, conf, kind in named)
                continue
            year = achievement_year(text, end, sent.start, sent.end)
            waiting = [p for p in pending if p[4] == sent.start] if recipients else []
            classes: list[tuple[str, str | None, str | None]] = []
            if award.startswith(("Huân chương", "Huy chương")) and " hạng " in award:
                # "Huân chương Lao động hạng Ba, hạng Nhì": each class named is an award
                order = award.rsplit(" hạng ", 1)[0]
                more_m = _MORE_CLASSES.match(text, end)  # always matches (maybe empty)
                more_text = more_m.group(0) if more_m else ""
                for cls in re.finditer(r"hạng\s+(\w+)", more_text):
                    more = canonical_award(f"{order} hạng {cls.group(1)}", None)
                    if more is not None and more[0] != award:
                        classes.append((more[0], conferrer, more[2]))
            earlier = [w[:4] for w in waiting]
            waiting.extend((aw, conf, kind, status, sent.start) for aw, conf, kind in classes)
            waiting.extend((aw, conf, kind, status, sent.start) for aw, conf, kind in elided)
            pending = [] if recipients else pending
            decisions = [(award, conferrer, rkind, status), *(w[:4] for w in waiting)]
            if _respectively(text, end, waiting, recipients):
                # "trao Bằng khen … và Giấy khen … lần lượt cho A và B", "Huân chương Lao động
                # hạng Nhì, hạng Ba lần lượt cho A và B": one award each, the awards and the
                # recipients both in the order of the text. The awards of earlier conjoined
                # heads come first, then the givers written before this head's verb, this
                # award, its further classes and the givers written after it.
                own = [*before_el, (award, conferrer, rkind), *classes, *after_el]
                in_text = [*earlier, *((aw, conf, kind, status) for aw, conf, kind in own)]
                by_place = sorted(recipients, key=lambda r: r[2].start)
                for dec, rec in zip(in_text, by_place, strict=True):
                    _add_award_spans(doc, [dec], [rec], year, (sent.start, sent.end))
                continue
            _add_award_spans(doc, decisions, recipients, year, (sent.start, sent.end))
        return doc


#: a person receives on the body's behalf, as the text says: "thay mặt tập thể", "đại diện
#: tập thể", "thay mặt đơn vị", "thay mặt cơ quan"
_FOR_THE_BODY = re.compile(
    r"(?<![\w])(?:[Tt]hay mặt|[Đđ]ại diện)(?:\s+cho)?\s+(?:tập thể|đơn vị|cơ quan)(?![\w])"
)
#: "lần lượt" (respectively) between conjoined awards and their recipients
_RESPECTIVELY = re.compile(r"(?<![\w])lần lượt(?![\w])")


def _respectively(
    text: str,
    end: int,
    waiting: list[tuple[str, str | None, str | None, str, int]],
    recipients: list[tuple[str, str, Span]],
) -> bool:
    """True when conjoined awards go one to each recipient, in order: ``lần lượt`` between
    the last award and the first recipient, as many recipients as awards."""
    if not waiting or len(recipients) != len(waiting) + 1:
        return False
    first = min(r[2].start for r in recipients)
    return first > end and _RESPECTIVELY.search(text, end, first) is not None


def _with_province(doc: Doc, award: str, conferrer: str | None) -> tuple[str, str | None]:
    """A provincial body named bare (``Chủ tịch Ủy ban nhân dân tỉnh``) with the page's
    province; a page that never names its province keeps the body bare (kit: real pages)."""
    if award.endswith(("nhân dân tỉnh", "nhân dân thành phố")):
        prov = doc.meta.get("main_province")
        if prov:
            return f"{award} {prov}", f"{conferrer} {prov}" if conferrer else conferrer
    return award, conferrer


def _add_award_spans(
    doc: Doc,
    decisions: list[tuple[str, str | None, str | None, str]],
    recipients: list[tuple[str, str, Span]],
    year: int | None,
    sentence: tuple[int, int],
) -> None:
    """One ``award`` span per decision (award, conferrer, recipient kind, status) and
    recipient of the kind it is for, at the recipient's mention."""
    for aw, conf, kind, st in decisions:
        for rname, rk, rs in recipients:
            if kind == "person" and rk != "person":
                continue
            if kind == "organization" and rk == "person":
                continue  # a flag is a body's: a person receives it on its behalf
            doc.add(
                Span(
                    rs.start,
                    rs.end,
                    "award",
                    aw,
                    "award",
                    {
                        "recipient": rname,
                        "recipient_kind": rk,
                        "status": st,
                        "conferrer": conf,
                        "year": year,
                        "sentence": sentence,
                    },
                )
            )
