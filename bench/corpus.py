"""Synthetic article *texts* for the scale benchmark, drawn from the gazetteers.

Unlike :mod:`justicekg.analytics.synthetic` (extraction reports), these are plain ``.txt``
articles that go through the real extractor. Provinces, districts, surnames and awards come
from ``data/gazetteers``; titles and bodies are those of the sector (Sở Tư pháp, Cục and Chi
cục Thi hành án dân sự, Ủy ban nhân dân, Bộ Tư pháp). Officials recur across articles with a
heavy tail: each is drawn with weight ``1 / rank`` (Zipf, s = 1), so at 10 000 articles the
busiest few appear in thousands and most in a handful. Seeded: the same arguments give the
same files.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from justicekg.analytics.synthetic import GIVEN_NAMES, MIDDLE_NAMES, province_names
from justicekg.extract.gazetteers import districts, load_rows

EVENTS = (
    "hội nghị tổng kết công tác tư pháp năm {year}",
    "hội nghị triển khai nhiệm vụ công tác thi hành án dân sự năm {year}",
    "lễ trao tặng danh hiệu thi đua năm {year}",
    "hội nghị tập huấn nghiệp vụ hộ tịch năm {year}",
    "buổi làm việc về công tác thi hành án dân sự năm {year}",
    "lễ ký kết giao ước thi đua năm {year}",
)
PROVINCE_TITLES = {
    "Sở Tư pháp": ("Giám đốc", "Phó Giám đốc", "Chánh Thanh tra", "Chánh Văn phòng"),
    "Cục Thi hành án dân sự": ("Cục trưởng", "Phó Cục trưởng"),
    "Ủy ban nhân dân": ("Chủ tịch", "Phó Chủ tịch"),
}
DISTRICT_TITLES = ("Chi cục trưởng", "Phó Chi cục trưởng")
MINISTRY = (("Bộ Tư pháp", ("Thứ trưởng", "Vụ trưởng")),)


@dataclass(slots=True)
class Official:
    name: str
    title: str
    body: str
    province: str


@dataclass(slots=True)
class World:
    officials: list[Official]
    weights: list[float]  # cumulative, for random.choices
    by_province: dict[str, list[int]]
    provinces: list[str]
    awards: list[str]
    seen: Counter[str] = field(default_factory=Counter)


def _where(province: str) -> str:
    city = province in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
    return f"{'thành phố' if city else 'tỉnh'} {province}"


def make_world(*, persons: int, seed: int) -> World:
    rng = random.Random(seed)
    provs = province_names()
    by_prov: dict[str, list[str]] = {}
    for d in districts():
        if not d.valid_from and d.province in provs:
            by_prov.setdefault(d.province, []).append(f"{d.kind} {d.name}")
    surnames = [r["surname"] for r in load_rows("surnames")]
    awards = [r["award"] for r in load_rows("awards") if r.get("recipient") != "person"]
    names: set[str] = set()
    officials: list[Official] = []
    while len(officials) < persons:
        name = f"{rng.choice(surnames[:40])} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
        if name in names:
            name += f" {rng.choice(GIVEN_NAMES)}"
            if name in names:
                continue
        names.add(name)
        province = rng.choice(provs)
        if rng.random() < 0.02:
            body, titles = MINISTRY[0]
        elif rng.random() < 0.4 and by_prov.get(province):
            body = f"Chi cục Thi hành án dân sự {rng.choice(by_prov[province])}"
            titles = DISTRICT_TITLES
        else:
            kind = rng.choice(list(PROVINCE_TITLES))
            body, titles = f"{kind} {_where(province)}", PROVINCE_TITLES[kind]
        officials.append(Official(name, rng.choice(titles), body, province))
    rng.shuffle(officials)  # rank (and so weight) independent of kind and province
    raw = [1.0 / (rank + 1) for rank in range(len(officials))]
    index: dict[str, list[int]] = {}
    for i, o in enumerate(officials):
        index.setdefault(o.province, []).append(i)
    return World(officials, list(accumulate(raw)), index, provs, awards)


def article(world: World, rng: random.Random, number: int) -> tuple[str, str]:
    """(file stem, text) of one article."""
    lead = rng.choices(range(len(world.officials)), cum_weights=world.weights)[0]
    province = world.officials[lead].province
    local = world.by_province.get(province, [lead])
    local_weights = list(accumulate(1.0 / (i + 1) for i in local))
    chosen = {lead}
    for _ in range(rng.randint(1, 5)):
        chosen.add(local[rng.choices(range(len(local)), cum_weights=local_weights)[0]])
    year = rng.randint(2012, 2024)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    where = _where(province)
    event = rng.choice(EVENTS).format(year=year)
    lines = [
        f"Sở Tư pháp {where} tổ chức {event}",
        "",
        f"Ngày {day:02d}/{month:02d}/{year}, tại {where}, Sở Tư pháp {where} tổ chức {event}.",
    ]
    attendees = []
    for i in sorted(chosen):
        o = world.officials[i]
        world.seen[o.name] += 1
        attendees.append(f"đồng chí {o.name}, {o.title} {o.body}")
    lines.append("Tham dự có " + "; ".join(attendees) + ".")
    lines.append(
        f"Năm {year - 1}, các đơn vị trong ngành tư pháp {where} đã hoàn thành tốt nhiệm vụ "
        "được giao, công tác thi hành án dân sự đạt nhiều kết quả."
    )
    for _ in range(rng.randint(0, 2)):
        award = rng.choice(world.awards)
        body = rng.choice((f"Sở Tư pháp {where}", f"Cục Thi hành án dân sự {where}"))
        lines.append(f"Dịp này, {body} được tặng {award}.")
    return f"a{number:07d}", "\n".join(lines) + "\n"


def write_articles(
    world: World, folder: Path, n: int, *, seed: int, start: int = 0, per_folder: int = 1000
) -> list[Path]:
    """Write ``n`` articles under ``folder`` (``per_folder`` to a subfolder)."""
    rng = random.Random(seed)
    out = []
    for number in range(start, start + n):
        stem, text = article(world, rng, number)
        sub = folder / f"{number // per_folder:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out
