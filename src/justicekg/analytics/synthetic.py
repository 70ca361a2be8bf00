"""A seeded generator of realistic synthetic extraction reports, for benchmarks and load tests.

The sector it imitates: every province has a Department of Justice (Sở Tư pháp), a
provincial civil-judgment-enforcement department (Cục Thi hành án dân sự) under the General
Department, district enforcement branches, and a People's Committee; provinces sit in
regional emulation groups (Khối/Cụm thi đua). Officials hold positions in one organization
of one province; a few ministry officials travel everywhere (the brokers). Each article
reports one or two events in a province, attended mostly by that province's officials, some
from the same emulation group and now and then a ministry official, plus award decisions
for organizations, with an evidence sentence for every fact.

The same seed always yields the same reports:

>>> a = [r.to_dict() for r in generate_reports(3, seed=7)]
>>> b = [r.to_dict() for r in generate_reports(3, seed=7)]
>>> a == b, len(a)
(True, 3)
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from justicekg.model import (
    Article,
    AwardDecision,
    Event,
    Evidence,
    ExtractionReport,
    Organization,
    Person,
    Position,
)

_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh".split()
)
#: the middle and given names of invented officials
MIDDLE_NAMES = "Văn Thị Hữu Đức Minh Thanh Quốc Ngọc Xuân Anh Hồng Thu Đình Công Kim".split()
GIVEN_NAMES = (
    "An Bình Cường Dũng Giang Hà Hải Hạnh Hiếu Hòa Hùng Hương Khánh Lan Linh Long Mai Minh "
    "Nam Nga Ngân Nhung Phong Phúc Phương Quang Quân Sơn Tâm Thắng Thảo Thủy Trang Trung "
    "Tuấn Tùng Vân Việt Yến Oanh Lộc Đạt Hiền Huyền Khoa Lâm Nhân"
).split()
_TITLES_PROVINCE = ("Giám đốc", "Phó Giám đốc", "Cục trưởng", "Phó Cục trưởng", "Chánh Văn phòng")
_TITLES_COMMITTEE = ("Chủ tịch", "Phó Chủ tịch")
_TITLES_MINISTRY = ("Thứ trưởng", "Vụ trưởng", "Tổng Cục trưởng", "Phó Tổng Cục trưởng")
_EVENT_NAMES = {
    "conference": "Hội nghị tổng kết công tác thi đua, khen thưởng năm {year}",
    "ceremony": "Lễ trao tặng danh hiệu thi đua năm {year}",
    "meeting": "Buổi làm việc về công tác thi hành án dân sự năm {year}",
    "training": "Hội nghị tập huấn nghiệp vụ năm {year}",
    "inspection": "Đoàn kiểm tra công tác tư pháp năm {year}",
    "signing": "Lễ ký kết giao ước thi đua năm {year}",
}
_AWARDS = (
    "Cờ thi đua ngành Tư pháp",
    "Cờ thi đua của Chính phủ",
    "Bằng khen của Bộ trưởng Bộ Tư pháp",
    "Danh hiệu Tập thể lao động xuất sắc",
)
_STATUSES = ("nominated", "conferred", "registered")
MINISTRY = "Bộ Tư pháp"
GENERAL_DEPARTMENT = "Tổng cục Thi hành án dân sự"


@dataclass(slots=True)
class _Official:
    name: str
    title: str
    organization: str
    province: str | None
    start: str


@dataclass(slots=True)
class Sector:
    """The synthetic world articles are drawn from: provinces, groups, organizations, people."""

    provinces: list[str]
    groups: dict[str, list[str]]  # emulation group name → member provinces
    group_of: dict[str, str]  # province → its emulation group
    organizations: dict[str, Organization]
    officials_by_province: dict[str, list[_Official]] = field(default_factory=dict)
    ministry_officials: list[_Official] = field(default_factory=list)


def province_names() -> list[str]:
    """The provinces of 2015 (from the gazetteer; a short list of six without it)."""
    try:
        from justicekg.extract.gazetteers import provinces

        names = [
            p.name
            for p in provinces()
            if (not p.valid_from or p.valid_from <= "2015")
            and (not p.valid_to or p.valid_to > "2015")
        ]
    except Exception:  # the gazetteer is optional for the generator
        names = []
    return names or ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Bình Định", "Đà Nẵng"]


def _prefix(province: str) -> str:
    return (
        "thành phố"
        if province in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
        else "tỉnh"
    )


def make_sector(*, seed: int = 0, persons: int = 20_000) -> Sector:
    """Draw the synthetic sector: provinces from the gazetteer, groups of ~6 neighbours."""
    rng = random.Random(seed)
    provs = province_names()
    groups: dict[str, list[str]] = {}
    group_of: dict[str, str] = {}
    for i in range(0, len(provs), 6):
        name = f"Cụm thi đua số {i // 6 + 1}"
        groups[name] = provs[i : i + 6]
        for p in provs[i : i + 6]:
            group_of[p] = name
    orgs: dict[str, Organization] = {
        MINISTRY: Organization(MINISTRY, "ministry"),
        GENERAL_DEPARTMENT: Organization(GENERAL_DEPARTMENT, "general-department", parent=MINISTRY),
    }
    for g in groups:
        orgs[g] = Organization(g, "emulation-group", parent=MINISTRY)
    for p in provs:
        pre = _prefix(p)
        committee = f"Ủy ban nhân dân {pre} {p}"
        enforcement = f"Cục Thi hành án dân sự {pre} {p}"
        orgs[committee] = Organization(committee, "peoples-committee", province=p)
        orgs[f"Sở Tư pháp {pre} {p}"] = Organization(
            f"Sở Tư pháp {pre} {p}", "provincial-department", province=p, parent=committee
        )
        orgs[enforcement] = Organization(
            enforcement, "provincial-enforcement", province=p, parent=GENERAL_DEPARTMENT
        )
        for d in range(1, 4):
            branch = f"Chi cục Thi hành án dân sự huyện {d} {p}"
            orgs[branch] = Organization(
                branch, "district-enforcement", province=p, parent=enforcement
            )
    sector = Sector(provs, groups, group_of, orgs)
    seen: set[str] = set()

    def fresh_name() -> str:
        # Three-part names run out near 13,500 people; then a second given name is added.
        tries = 0
        while True:
            name = f"{rng.choice(_SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
            if tries > 20:
                name += f" {rng.choice(GIVEN_NAMES)}"
            if name not in seen:
                seen.add(name)
                return name
            tries += 1

    by_province: dict[str, list[Organization]] = {}
    for org in orgs.values():
        if org.province:
            by_province.setdefault(org.province, []).append(org)
    n_ministry = max(5, persons // 200)
    for _ in range(n_ministry):
        ministry = rng.choice([MINISTRY, GENERAL_DEPARTMENT])
        sector.ministry_officials.append(
            _Official(
                fresh_name(),
                rng.choice(_TITLES_MINISTRY),
                ministry,
                None,
                f"{rng.randint(2005, 2020)}",
            )
        )
    for _ in range(persons - n_ministry):
        province = rng.choice(provs)
        org = rng.choice(by_province[province])
        titles = _TITLES_COMMITTEE if org.kind == "peoples-committee" else _TITLES_PROVINCE
        sector.officials_by_province.setdefault(province, []).append(
            _Official(
                fresh_name(), rng.choice(titles), org.name, province, f"{rng.randint(2005, 2020)}"
            )
        )
    return sector


class _Writer:
    """Accumulates an article text and hands out evidence spans for the sentences it adds."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def say(self, sentence: str) -> Evidence:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return Evidence(start, self.length, sentence)

    def text(self) -> str:
        return "".join(self.parts)


def generate_reports(
    n: int, *, seed: int = 0, persons: int | None = None, sector: Sector | None = None
) -> Iterator[ExtractionReport]:
    """Yield ``n`` synthetic reports, deterministic for a given seed.

    Args:
        n: number of articles.
        seed: the random seed (sector and articles).
        persons: size of the official population; defaults to ``n // 5`` (at least 200).
        sector: a sector from :func:`make_sector` to draw from (made from ``seed`` if None).
    """
    sector = sector or make_sector(seed=seed, persons=persons or max(200, n // 5))
    rng = random.Random(seed + 1)
    kinds = list(_EVENT_NAMES)
    for i in range(n):
        year = rng.randint(2012, 2024)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        province = rng.choice(sector.provinces)
        group = sector.group_of[province]
        w = _Writer()
        article = Article(
            id=f"synthetic-{seed}-{i:06d}",
            published=date,
            title=f"Tin hoạt động tư pháp {_prefix(province)} {province}",
            publisher=f"Sở Tư pháp {_prefix(province)} {province}",
        )
        report = ExtractionReport(article=article, extractor="synthetic")
        people: dict[str, _Official] = {}
        events: list[Event] = []
        for kind in rng.sample(kinds, 1 if rng.random() < 0.7 else 2):
            pool = sector.officials_by_province.get(province) or []
            chosen = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
            if rng.random() < 0.35:  # a colleague from the same emulation group
                other = rng.choice(sector.groups[group])
                extra = sector.officials_by_province.get(other) or []
                if extra:
                    chosen.append(rng.choice(extra))
            if rng.random() < 0.2 and sector.ministry_officials:  # a ministry official travels
                chosen.append(rng.choice(sector.ministry_officials))
            organizer = (
                group
                if kind in ("conference", "signing")
                else f"Sở Tư pháp {_prefix(province)} {province}"
            )
            name = _EVENT_NAMES[kind].format(year=year)
            ev = w.say(
                f"Ngày {date[8:]}/{date[5:7]}/{year}, tại {_prefix(province)} {province}, "
                f"{organizer} tổ chức {name}."
            )
            event = Event(kind, name, date, None, province, organizer, [], ev, {})
            for o in chosen:
                if o.name in event.participants:
                    continue
                people[o.name] = o
                event.participants.append(o.name)
                event.participant_evidence[o.name] = w.say(
                    f"Tham dự có đồng chí {o.name}, {o.title} {o.organization}."
                )
            events.append(event)
        report.events = events
        for o in people.values():
            pos_ev = events[0].participant_evidence.get(o.name) or next(
                e.participant_evidence[o.name] for e in events if o.name in e.participant_evidence
            )
            report.persons.append(
                Person(
                    o.name,
                    [Position(o.title, o.organization, start=o.start, evidence=pos_ev)],
                    pos_ev,
                )
            )
        orgs: dict[str, Organization] = {}
        for o in people.values():
            org = sector.organizations[o.organization]
            orgs[org.name] = org
            if org.parent:
                orgs[org.parent] = sector.organizations[org.parent]
        orgs[group] = sector.organizations[group]
        province_orgs = [o for o in sector.organizations.values() if o.province == province]
        for _ in range(rng.randint(0, 3)):
            recipient = rng.choice(province_orgs)
            orgs[recipient.name] = recipient
            award = rng.choice(_AWARDS)
            status = rng.choice(_STATUSES)
            ev = w.say(f"{recipient.name} được {award} năm {year}.")
            report.awards.append(
                AwardDecision(award, recipient.name, status, year, MINISTRY, "organization", 0, ev)
            )
        report.organizations = list(orgs.values())
        report.provinces = sorted({province, *(o.province for o in orgs.values() if o.province)})
        article.text = w.text()
        yield report


#: The official :func:`with_famous_official` adds to every article.
FAMOUS = ("Lê Đình Khang", "Bộ trưởng", MINISTRY)


def with_famous_official(
    reports: Iterator[ExtractionReport], official: tuple[str, str, str] = FAMOUS
) -> Iterator[ExtractionReport]:
    """The same reports, each also stating that ``official`` (name, title, organization) holds
    their position and attended the article's first event: the entity that gets busier with
    every article, for scale tests of the entity pages.

    >>> r = next(with_famous_official(generate_reports(1, seed=7)))
    >>> FAMOUS[0] in r.events[0].participants, r.article.text.endswith(".")
    (True, True)
    """
    name, title, organization = official
    for report in reports:
        text = report.article.text
        sentence = f"Đồng chí {name}, {title} {organization} dự và phát biểu chỉ đạo."
        start = len(text) + 1 if text else 0
        report.article.text = f"{text} {sentence}" if text else sentence
        ev = Evidence(start, start + len(sentence), sentence)
        report.persons.append(Person(name, [Position(title, organization, evidence=ev)], ev))
        if report.events and name not in report.events[0].participants:
            report.events[0].participants.append(name)
            report.events[0].participant_evidence[name] = ev
        if not any(o.name == organization for o in report.organizations):
            report.organizations.append(Organization(organization, "ministry"))
        yield report
