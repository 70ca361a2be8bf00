"""Link spans into facts: person–title–organization, event participants, award facts.

Positions come from appositions right of a name (``Lê Anh Tuấn, Tỉnh ủy viên, Phó Chủ tịch
UBND tỉnh Thanh Hóa``) and from titles left of it (``Thứ trưởng Bộ Tư pháp Trần Tiến Duẩn``).
A title without an organization takes one from context by its head noun (``Giám đốc Sở`` →
the article's Sở), ``Tỉnh ủy viên`` the Tỉnh ủy of the province in the same apposition.
Short mentions (``đồng chí Tuấn``) resolve to the latest full name ending in that syllable.

This module reads each name's chain of positions and its mentions; where the posts after a
name begin is read in :mod:`.position_appositions`, the title → organization rules live in
:mod:`.title_orgs`, left party roles and shared titles in :mod:`.position_chains`, posts set
apart by a dash in :mod:`.position_dashes`, posts given or held away from the name in
:mod:`.position_given`, term dates and commune bodies in :mod:`.position_details`, the party
committee of a role written bare in :mod:`.position_party`, organs and bodies named around a
title in :mod:`.position_organs`, the body of each post of a chain in
:mod:`.position_bodies`, a person's facts and title mentions in :mod:`.position_mentions`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.position_appointments import APPOINT, appointed_after_ref, is_proposed
from justicekg.extract.position_appositions import apposition_start
from justicekg.extract.position_boards import board_of_bare_association
from justicekg.extract.position_bodies import chain_positions
from justicekg.extract.position_brackets import bracketed_post_body
from justicekg.extract.position_careers import CAREER_ITEM_SEP
from justicekg.extract.position_chains import (
    left_bare_party,
    left_chain,
    past_parent_aside,
    share_trailing_title,
    title_line_above,
)
from justicekg.extract.position_communes import commune_party_committee
from justicekg.extract.position_councils import council_of_head
from justicekg.extract.position_dashes import caption_title, dash_left_chains, dashed_in_turn
from justicekg.extract.position_decisions import decided_posts
from justicekg.extract.position_details import (
    CHAIN,
    TERM_AFTER,
    commune_body,
    country_before,
    country_end,
    envoy_before,
    own_country_end,
    shared_association,
    term_dates,
)
from justicekg.extract.position_foreign import foreign_chain
from justicekg.extract.position_given import (
    GIVEN_BY,
    appointed_for,
    held_in_sentence,
    share_appointed_left,
    share_appointed_post,
)
from justicekg.extract.position_grassroots import grassroots_posts
from justicekg.extract.position_jurors import juror_posts
from justicekg.extract.position_lists import BARE_HEAD_BEFORE, listed_under_title
from justicekg.extract.position_mentions import PersonFacts, title_references
from justicekg.extract.position_officers import OfficerBodies
from justicekg.extract.position_organs import (
    body_of_next_organ,
    body_on_page,
    chamber_of_court,
    chamber_then_court,
    committee_of_next_locality,
    judge_of_chamber,
)
from justicekg.extract.position_party import (
    bare_party_role,
    complete_district,
    lower_party_committee,
    party_committee_on_page,
)
from justicekg.extract.position_professions import profession_post
from justicekg.extract.position_signatures import signed_post_at
from justicekg.extract.position_terms import listed_with_terms
from justicekg.extract.recognizers.persons import minister_domain, referent
from justicekg.extract.title_orgs import (
    lower_unit,
    ministry_domain_after,
    org_after_rank_comma,
    org_after_title,
    resolve_title_org,
)
from justicekg.text.normalize import fold

_NEXT_NAME = re.compile(r"\s*(?:\(|,)?\s*")


_ROLE_TITLES = ("bí thư", "phó bí thư", "ủy viên")  # lower-cased: "Phó bí thư" too
_ROLE_BODY = re.compile(
    r"[ \t]+[A-ZĐ][^,;.()\n–—/-]{0,60}?[ \t]*(?:,|[–—/-]|(?<=[ \t])kiêm(?:[ \t]+nhiệm)?(?![\w]))"
    r"[ \t]*"
)


_ON_BEHALF = re.compile(
    r"(?:của|thay mặt|Thay mặt|thừa lệnh|Thừa lệnh|ủy quyền|đại diện|Đại diện|lãnh đạo)\s*$"
)


def link_positions(doc: Doc) -> dict[str, PersonFacts]:
    """Persons (by full name) with their positions and mentions."""
    text = doc.text
    orgs = doc.by_label("org")
    titles = doc.by_label("title")
    title_at = {t.start: t for t in titles}
    title_end = {t.end: t for t in titles}
    org_ending: dict[int, Span] = {}  # the first organization ending at each place
    for body in reversed(orgs):
        org_ending[body.end] = body
    people: dict[str, PersonFacts] = {}
    all_persons = doc.by_label("person")
    person_at = {p.start for p in all_persons}
    person_by_start = {p.start: p for p in all_persons}
    claimed: set[int] = set()  # titles already read as someone's apposition
    right_title: dict[int, Span] = {}  # a mention's first title written right after it
    chained: set[int] = set()  # mentions with a title of their own
    by_appointment: set[int] = set()  # mentions whose title follows an appointment verb
    given_after: dict[int, Span] = {}  # the post an appointment verb gives after a mention's own
    own_end: dict[int, int] = {}  # where a mention's own posts written after it end
    own_start: dict[int, int] = {}  # where the own posts written only before a mention start
    from_context: set[int] = set()  # titles whose body was taken from the page's context
    dash_left = dash_left_chains(doc, all_persons, orgs, title_end)
    dash_owned = {t.start: q for q, els in dash_left.items() for t, _ in els}
    for p in doc.by_label("person"):
        facts = people.setdefault(p.name, PersonFacts(p.name, p))
        facts.mentions.append(p)
        signed = title_line_above(doc, p) if p.rule == "byline" else None
        post_at = signed_post_at(doc, p, title_at) if p.rule == "byline" else None
        if (p.rule in ("byline",) or p.rule == "credit") and signed is None and post_at is None:
            continue
        chain: list[tuple[Span, Span | None]] = []
        proposed = is_proposed(text, p.start)  # "đề nghị bổ nhiệm ông A giữ chức …": no post
        # right: "Name, Title Org, Title Org"
        opening = apposition_start(text, p, title_at, orgs, post_at=post_at, proposed=proposed)
        pos, sep, career = opening.pos, opening.sep, opening.career
        if opening.appointed:
            by_appointment.add(p.start)
        while True:
            rank = re.match(rf"(?:{lexicon().rank_re})\s+", text[pos:])
            if rank:
                pos += rank.end()
            t = title_at.get(pos)
            if t is None:
                break
            o = org_after_title(text, t, orgs)
            if o is None:
                o = org_after_rank_comma(text, t, orgs)
            if o is None:
                commune_body(doc, t)
                lower_party_committee(doc, t)
            unit = lower_unit(text, t, orgs) if o is None else None
            if unit is not None:
                t.data["commune_org"] = unit  # "Phó Trưởng Ban dân chủ, Ủy ban MTTQ tỉnh X"
                t.data["commune_org_kind"] = "other"
            cham = chamber_then_court(doc, t, orgs) if o is None else None
            if cham is not None:  # "Chánh tòa Tòa Dân sự, TAND tỉnh X"
                t.data["commune_org"], t.data["commune_org_kind"] = cham[0], "court"
            t, end_t = bare_party_role(doc, t, o, title_at, orgs)
            if cham is not None:
                end_t = Span(t.start, cham[1], t.label, t.name, t.rule, t.data)
            if end_t is t:
                t, end_t = party_committee_on_page(doc, t, o, orgs)
            if end_t is t and o is None:
                t, end_t = body_on_page(doc, t, orgs)
            if end_t is t and o is None and isinstance(t.data.get("committee_end"), int):
                # "Phó Bí thư tỉnh ủy, Chủ tịch …": past the committee written in lower case
                end_t = Span(
                    t.start, int(str(t.data["committee_end"])), t.label, t.name, t.rule, t.data
                )
            after = o.end if o else end_t.end
            if o is None and t.data.get("head") == "Bộ":
                after = minister_domain(text, after) or after  # "…, Bộ trưởng Tư pháp Lào B"
            nn = _NEXT_NAME.match(text, after)
            if (
                nn
                and nn.end() in person_at
                and nn.end() != p.start
                and not dashed_in_turn(
                    text, sep.group(0) if sep else "", person_by_start.get(nn.end()), title_at
                )
            ):
                # "…; Tổng cục trưởng Tổng cục THADS B", "Thứ trưởng A, Chủ tịch
                # UBND tỉnh B": a title that a name follows is that next person's
                break
            if dash_owned.get(t.start, p.start) != p.start:
                break  # "A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – B": B's posts
            chain.append((t, o))
            claimed.add(t.start)
            pos = after  # past the ministry's domain of "Bộ trưởng Tư pháp, …" too
            own = pos  # where the post's own words end, past a term of office
            if (term := TERM_AFTER.match(text, pos)) is not None and CHAIN.match(text, term.end()):
                pos = own = term.end()  # "Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng …": on
            nxt = CHAIN.match(text, pos)
            if career and (semi := CAREER_ITEM_SEP.match(text, pos)) and semi.end() in title_at:
                nxt = semi  # "từng giữ các chức vụ: Phó Viện trưởng …; Viện trưởng …"
            if nxt is None or (nxt.end() == pos and not text[pos : pos + 1].isspace()):
                break
            pos = nxt.end()
            if "và" in text[o.end if o else end_t.end : pos] and text[pos : pos + 1].islower():
                break  # "…, Phó Cục trưởng Cục X và công chức, viên chức": a plural, not hers
            if pos not in title_at:
                app = APPOINT.match(text, o.end if o else t.end) or APPOINT.match(text, own)
                role = (
                    _ROLE_BODY.match(text, end_t.end)
                    if o is None and t.name.lower().startswith(_ROLE_TITLES)
                    else None
                )
                if app is not None and app.end() in title_at and not proposed:
                    pos = app.end()
                    if GIVEN_BY.search(app.group(0)):  # not a bare "làm", a career's cue
                        given_after.setdefault(p.start, title_at[pos])
                        own_end.setdefault(p.start, app.start())
                elif role is not None and role.end() in title_at:
                    # "Bí thư Chi đoàn Sở – Phó Chánh Văn phòng …": a party or union role
                    # with a body the gazetteers lack does not end the chain
                    pos = role.end()
                else:
                    break
        if chain:
            right_title[p.start] = chain[0][0]
            own_end.setdefault(p.start, max(o.end if o else t.end for t, o in chain))
            shared_association(text, chain)
            board_of_bare_association(text, chain)  # "Ủy viên BTV Hội, Chánh Văn phòng Hội X"
            commune_party_committee(doc, p, chain, orgs)  # "…UBND xã X, B – Phó Bí thư Đảng ủy"
            bracketed_post_body(doc, p, chain, orgs)  # "Chi bộ X gồm đồng chí A (Bí thư)"
            judge_of_chamber(chain)
            chamber_of_court(text, chain)
            body_of_next_organ(text, chain)
            committee_of_next_locality(text, chain)
            council_of_head(text, chain)
        # left: "Title Org Name" (also beside an apposition: "Thứ trưởng A, Phó Chủ tịch …");
        # an honorific is a word of its own: "Sở … Truyền thông X", "tỉnh Đắk Nông X" end a body
        gap_end = p.start
        gmatch = re.search(
            r"(?:(?:,|\s[-–—]|\slà|\s?\()\s*(?=(?:đồng chí|ông|bà|đ/c|Đồng chí|Ông|Bà|Đ/c)\s"
            rf"|(?:{lexicon().rank_re})\s))?"  # "Vụ trưởng Vụ X, TS. Name": a degree too
            r"(?:(?<![\w])(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)\s+)?"
            rf"(?:(?:{lexicon().rank_re})\s+)?$",
            text[max(0, p.start - 40) : p.start],
        )
        if gmatch:
            gap_end = p.start - len(gmatch.group(0))
        trail = len(text[:gap_end]) - len(text[:gap_end].rstrip())
        edge = gap_end - trail
        foreign = country_before(text, edge, title_end, orgs) if not chain else None
        if foreign is not None:
            edge = foreign[0]  # "Thủ tướng Lào X": the title before the country is X's
        is_copula = bool(gmatch and gmatch.group(0).lstrip().startswith("là "))
        if chain and not is_copula and (trail == 0 or (gmatch and gmatch.group(0)[:2].strip())):
            edge = -1  # beside an apposition only a title written right before the name
        edge = past_parent_aside(text, edge, title_end, org_ending)
        o = org_ending.get(edge)
        listed = (
            listed_under_title(
                doc, p, title_end, orgs, items_only=bool(chain), all_persons=all_persons
            )
            if o is None
            else None
        )
        if listed is not None and chain and _held(listed[0], chain):
            listed = None
        if listed is not None:
            chain.append(listed)
        elif o is not None:
            ws2 = len(text[: o.start]) - len(text[: o.start].rstrip())
            t = title_end.get(o.start - ws2)
            if t is None:  # "Trưởng phòng Hành chính tư pháp": the org starts in the title
                t = next((x for x in titles if x.start < o.start < x.end < o.end), None)
            if t is None:  # "Thủ tướng Chính phủ X": an office named by its title
                t = next((x for x in titles if x.start == o.start and x.end < o.end), None)
            if t is None:  # "Thường trực Ban Bí thư X": a title that ends with its body
                t = next((x for x in titles if x.start < o.start and x.end == o.end), None)
            if t is None:  # "Chủ tịch nước X": the office is its own title
                t = next((x for x in titles if x.start == o.start and x.end == o.end), None)
            if t is not None and gmatch and gmatch.group(0)[:2].strip() in (",", "-", "–", "—"):
                if _ON_BEHALF.search(text, max(0, t.start - 30), t.start):
                    t = None  # "thừa ủy quyền của Bộ trưởng Bộ Tư pháp, bà X": not X's
            if t is not None and t.start in claimed:
                t = None  # "ông A Chủ tịch UBND xã, ông B …": A's title, not B's
            if t is not None:
                chain.append((t, o))
                left_chain(text, t, orgs, titles, title_end, chain)
                left_bare_party(text, t, o.name, title_end, chain)
                # "các Ủy viên Trung ương Đảng: …; Phó Chủ nhiệm Hội đồng X B": a list item
                item = listed_under_title(
                    doc, p, title_end, orgs, items_only=True, all_persons=all_persons
                )
                if item is not None and not _held(item[0], chain):
                    chain.append(item)
        else:
            t = title_end.get(edge)
            if t is None:
                # "Phó Giám đốc Sở Lê Hòa": a bare head noun between title and name
                bare = BARE_HEAD_BEFORE.search(text, max(0, edge - 12), edge)
                t = title_end.get(bare.start()) if bare is not None else None
            if t is None:
                # "nguyên Bộ trưởng Tư pháp Name": a minister named with the ministry's domain
                t = next(
                    (
                        x
                        for x in titles
                        if edge - 40 < x.end < edge
                        and x.data.get("head") == "Bộ"
                        and (d := ministry_domain_after().match(text, x.end)) is not None
                        and edge in (country_end(text, d.end()), own_country_end(text, d.end()))
                    ),
                    None,
                ) or envoy_before(text, titles, edge)
            if t is not None:
                chain.append((t, None))
                # "Ủy viên Trung ương Đảng, Ủy viên Ban Thường vụ Đảng ủy X, Phó Thủ tướng A"
                left_chain(text, t, orgs, titles, title_end, chain)
                bare_body = resolve_title_org(doc, t, orgs, t.start)
                left_bare_party(text, t, bare_body, title_end, chain)
        for el in dash_left.get(p.start, []):
            if not _held(el[0], chain):
                chain.append(el)
        if not chain:
            termed = listed_with_terms(doc, p, title_end, orgs, all_persons)
            if termed is not None:
                chain.append(termed)
        if not chain:
            caption = caption_title(doc, p, orgs, title_end)
            if caption is not None:
                chain.append(caption)
            elif (signed := signed or title_line_above(doc, p)) is not None:
                chain.append((signed, None))  # "PHÓ CHỦ TỊCH" above the signer's name
        appointed = appointed_for(doc, p, orgs, title_end, all_persons)
        if appointed is not None and all(appointed[0] is not t for t, _ in chain):
            chain.append(appointed)  # "giao quyền Cục trưởng Cục X cho ông Y": Y's new post
        for held in [] if proposed else held_in_sentence(doc, p, title_at, orgs, all_persons):
            if all(held[0] is not t for t, _ in chain):
                chain.append(held)
        for decided in decided_posts(doc, p, title_at, title_end, orgs, all_persons):
            if all(decided[0] is not t for t, _ in chain):
                chain.append(decided)  # "miễn nhiệm chức danh X đối với ông Y": Y's post
        if chain:
            chained.add(p.start)
            if (left := [t.start for t, _ in chain if t.end <= p.start]) and p.start not in own_end:
                own_start[p.start] = min(left)  # "Phó Viện trưởng VKSND tỉnh X A, …": its own
        for t, o in chain:
            term_dates(doc, t, o)
        first_new = len(facts.positions)
        posts = chain_positions(doc, p, chain, orgs, foreign, from_context)
        facts.positions.extend(foreign_chain(doc, p.name, posts))  # "…, Quốc hội, … Lào"
        if len(chain) > 1:
            # "Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện X": one district for the chain
            facts.positions[first_new:] = complete_district(
                doc, facts.positions[first_new:], [o for _, o in chain if o is not None]
            )
    share_trailing_title(doc, all_persons, right_title, chained, people, by_appointment)
    share_appointed_post(text, all_persons, own_end, given_after, people)
    given_to = {q: right_title[q] for q in by_appointment if q in right_title}
    share_appointed_left(text, all_persons, own_start, given_to, people)
    # repeat mentions: "đồng chí Tuấn" → the latest full name ending in "Tuấn"
    full = doc.by_label("person")
    for r in doc.by_label("person_ref"):
        target = referent(r, full, or_later=True)
        if target is not None:
            r.data["resolved"] = target
            people[target].mentions.append(r)
            people[target].positions.extend(appointed_after_ref(doc, r, title_at, orgs))
    for name, post in grassroots_posts(doc):  # "Bí thư Chi bộ, Trưởng thôn X": village roles
        if name in people:
            # the village role replaces what the chain read from the same words
            at, title = post[2].start, fold(post[0])
            kept = people[name].positions
            kept[:] = [q for q in kept if not (q[2].start == at and fold(q[0]) == title)]
            kept.append(post)
    officers = OfficerBodies(doc, orgs)
    for facts in people.values():
        # "Kiểm sát viên A … VKS huyện X": an officer left without a body takes the nearest one
        # of its kind in the paragraph (after every other rule had its say)
        facts.positions = [
            (title, org or (officers.of(sp) if sp.label == "title" else None), sp)
            for title, org, sp in facts.positions
        ]
    for name, post in juror_posts(doc):  # "bầu ông A làm Trưởng đoàn Đoàn Hội thẩm …"
        if name in people:
            at = post[2].start
            kept = people[name].positions
            kept[:] = [q for q in kept if not (q[2].start <= at < q[2].end)]
            kept.append(post)
    # clean: a null-organization title that the person also holds with an organization, and
    # a shortened title of a post named in full elsewhere ("Phó Chủ tịch" beside "Phó Chủ tịch
    # Thường trực" of the same body)
    given = {id(t) for t in given_after.values()}
    for facts in people.values():
        seen: dict[tuple[str, str | None], tuple[str, str | None, Span]] = {}
        with_org = {fold(title) for title, org, _ in facts.positions if org}
        named = {(fold(title), org) for title, org, _ in facts.positions}
        written = {
            (fold(title), org)
            for title, org, sp in facts.positions
            if org and id(sp) not in from_context
        }
        longer = {f for f, o in named if o}
        for title, org, sp in facts.positions:
            if org is None and fold(title) in with_org:
                continue
            if org is None and any(f.startswith(fold(title) + " ") for f in longer):
                continue  # "Bí thư" where the text broke off, beside "Bí thư Ban cán sự đảng" @ X
            if id(sp) in from_context and not sp.data.get("list_heading"):
                if any(f == fold(title) and o != org for f, o in written):
                    continue  # "Bộ trưởng X" again after "Bộ trưởng Bộ Tư pháp Lào X": that post
            if id(sp) not in given and any(
                o == org and f.startswith(fold(title) + " ") for f, o in named
            ):
                continue  # (a post an appointment gives is new: "… Thường trực X được chỉ
                # định làm Phó Bí thư X")
            seen.setdefault((fold(title), org), (title, org, sp))
        # "luật sư A" is a role with no body (null); "luật sư B (Đoàn Luật sư X)" is X's
        facts.positions = [
            (title, profession_post(doc, title, org, sp, facts.mentions, orgs), sp)
            for title, org, sp in seen.values()
        ]
    title_references(doc, people, orgs)
    return people


def _held(t: Span, chain: list[tuple[Span, Span | None]]) -> bool:
    return any(x is t for x, _ in chain)
