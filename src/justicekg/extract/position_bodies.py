"""The body of each post in a person's chain of titles.

A chain pairs each title with the organization written after it, or with none. A post whose
body is not written takes one from its title (``Ủy viên Trung ương Đảng``), from the party
committee of the province or district the rest of the chain names (``Tỉnh ủy viên``, ``Ủy
viên Ban Thường vụ``), from a commune body beside the title, or from the page's context by
the title's head noun (``Giám đốc Sở`` → the article's Sở); an envoy's mission, a body
abroad, an organ or a standing board named with the title refine it.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.position_bare_names import body_named_in_full
from justicekg.extract.position_details import (
    board_of,
    foreign_body,
    mission_of,
    named_in_full,
)
from justicekg.extract.position_organs import organ_of
from justicekg.extract.position_party import bare_district_committee, district_committee
from justicekg.extract.title_employers import implied_employer
from justicekg.extract.title_orgs import (
    NO_BODY,
    party_committee_of_title,
    resolve_title_org,
    title_body,
)
from justicekg.text.normalize import fold

__all__ = ["chain_positions"]

#: an office cited before a title ("lời dạy của Chủ tịch …"), not a post of this page
CITED_BEFORE = re.compile(r"(?<![\w])(?:của|theo|gương|tư tưởng|lời dạy)\s+$")
_DISTRICT_PARTY = re.compile(r"(?:Huyện|Quận|Thị) ủy .+$")


def chain_positions(
    doc: Doc,
    p: Span,
    chain: list[tuple[Span, Span | None]],
    orgs: list[Span],
    foreign: tuple[int, str] | None,
    from_context: set[int],
) -> list[tuple[str, str | None, Span]]:
    """The positions (title as written, body's name, title span) of person ``p``'s ``chain``.

    Args:
        doc: the annotated article; titles' ``data`` record the body each one implies.
        p: the person's mention the chain belongs to.
        chain: the person's titles, each with the organization span written after it.
        orgs: every organization span of the page.
        foreign: the end of the title and the country written between it and the name
            (``Thủ tướng Lào X``), else None.
        from_context: ids of titles whose body was taken from the page's context; filled in.

    Returns:
        One position per title of the chain, in the chain's order.
    """
    text = doc.text
    out: list[tuple[str, str | None, Span]] = []
    for i, (t, o) in enumerate(chain):
        org_name = named_in_full(o.name, orgs) if o else None
        unit = t.data.get("head")
        if o and t.rule == "abbreviation" and unit in ("Văn phòng", "Thanh tra"):
            if org_name and not org_name.startswith(unit):
                # "PCVP UBND tỉnh X": the abbreviated title names the body's office
                org_name = f"{unit} {org_name}"
                t.data["implied_org"] = {"kind": "other", "province": o.data.get("province")}
        fixed = title_body(t) if org_name is None else None
        if fixed is not None and fixed[0] == NO_BODY:
            pass  # "Bí thư Trung ương Đảng": a title of its own, no body
        elif fixed is not None:
            # "Ủy viên Trung ương Đảng": the title names its body
            org_name = fixed[0]
            t.data["implied_org"] = {"kind": fixed[1], "province": None}
        elif org_name is None:
            tf = fold(t.name)
            committee = party_committee_of_title(tf)
            later = [x for _, x in chain[i + 1 :] if x]
            abroad = next((x for x in later if x.data.get("foreign_place")), None)
            if (
                committee is None
                and tf == "uy vien ban thuong vu"
                and later
                and not t.data.get("commune_org")
            ):
                # "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy X": the standing
                # board of the province's committee (a district post names its own board)
                mine = next((m[0] for x in later if (m := _DISTRICT_PARTY.search(x.name))), None)
                if mine is None and not any(x.data.get("district") for x in later):
                    next_title = chain[i + 1][0]
                    committee = bare_district_committee(text, t, later, next_title) or "Tỉnh ủy"
                committee = mine or committee  # "…, Trưởng Ban Tuyên giáo Quận ủy X"
            committee = district_committee(later) if committee == "" else committee
            if committee == "Thành ủy" and (city := _city_of_province(later)) is not None:
                committee = f"Thành ủy {city}"  # "Thành ủy viên, Viện trưởng VKSND TP X": X's
            if committee and committee.startswith(
                ("Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Thành ủy ")
            ):
                org_name = committee  # "UVBTV Huyện ủy": the district committee, bare
                t.data["implied_org"] = {"kind": "party-committee", "province": None}
            elif committee is not None and abroad is not None:
                # "Tỉnh ủy viên - Giám đốc Sở Tư pháp Sêkong": the province abroad's
                org_name = f"{committee or 'Tỉnh ủy'} {abroad.data['foreign_place']}"
                t.data["implied_org"] = {"kind": "party-committee", "province": None}
            elif committee is not None:
                prov = next((x.data.get("province") for _, x in chain[i + 1 :] if x), None)
                prov = prov or doc.meta.get("main_province")
                if prov:
                    rec = lexicon().province(prov)
                    head = "Thành ủy" if rec and rec.kind == "thành phố" else "Tỉnh ủy"
                    org_name = f"{head} {prov}"
                elif committee:  # the page names no province: the committee stays bare
                    org_name = committee
                if org_name:
                    t.data["implied_org"] = {"kind": "party-committee", "province": prov}
            elif t.data.get("commune_org"):
                org_name = str(t.data["commune_org"])
                t.data["implied_org"] = {
                    "kind": t.data.get("commune_org_kind", "peoples-committee"),
                    "province": doc.meta.get("main_province"),
                }
            elif not (
                t.name == "Chủ tịch" and CITED_BEFORE.search(text, max(0, t.start - 16), t.start)
            ) and not t.data.get("employer_unread"):
                # ("Giám đốc Công ty …" not read as a body: not the page's Sở either)
                # ("lời dạy của Chủ tịch X": a head of state cited, no body of this page)
                # "Phó Chủ tịch Hội Cựu chiến binh - …": the page's body named so in full
                org_name = body_named_in_full(doc, t, orgs) or resolve_title_org(
                    doc, t, orgs, t.start
                )
                if org_name is not None:
                    org_name = named_in_full(org_name, orgs)
                    from_context.add(id(t))
                if org_name is None:
                    own = [x for _, x in chain if x is not None]
                    org_name = implied_employer(doc, t, orgs, own)
        if org_name is None or id(t) in from_context:
            # "Đại sứ Lào tại Việt Nam X": the country written after the title names the
            # mission, over another country's mission named elsewhere on the page
            mission = mission_of(text, t)
            if mission is not None:
                org_name = mission
                from_context.discard(id(t))
        if foreign is not None and t is chain[0][0] and t.end <= foreign[0] < p.start:
            org_name = foreign_body(org_name, t, foreign[1])
        org_name = organ_of(t, text, o, org_name) or org_name  # "Chánh Văn phòng Hội X"
        board = board_of(t.name, org_name)
        if board is not None:
            # "Ủy viên BTV Tỉnh ủy X": a member of the body's standing board
            org_name = board[0]
            prov = o.data.get("province") if o else None
            t.data["implied_org"] = {"kind": board[1], "province": prov}
        if p.data.get("historical"):
            org_name = None  # "Chủ tịch Hồ Chí Minh": no present-day body
        if org_name == "Chủ tịch nước":
            org_name = None  # "(Phó) Chủ tịch nước X": the title names the office itself
        if org_name in ("Thủ tướng Chính phủ", None) and fold(t.name).endswith(
            ("thu tuong", "thu tuong thuong truc")
        ):
            org_name = "Chính phủ"  # "(Phó) Thủ tướng (Chính phủ) X": the title's body
            t.data["implied_org"] = {"kind": "government", "province": None}
        out.append((str(t.data.get("written") or t.name), org_name, t))
    return out


def _city_of_province(later: list[Span]) -> str | None:
    """The city below a province that the chain's next body names (``Viện kiểm sát nhân dân
    thành phố X`` with X a district-level city): a ``Thành ủy viên`` sits on its committee."""
    for x in later:
        district = x.data.get("district")
        if district and x.name.endswith(f" thành phố {district}"):
            return str(district)
    return None
