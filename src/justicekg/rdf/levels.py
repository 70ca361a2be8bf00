"""Where an organization sits: its administrative level (national, provincial, district,
commune) and the province its name places it in."""

from __future__ import annotations

import re

from justicekg.model import Organization
from justicekg.rdf.mint import NATIONAL_KINDS
from justicekg.reference import find_province

_UNIT_WORD = re.compile(
    r"(?<!\w)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|tỉnh|thành phố|huyện|quận|thị xã|"
    r"xã|phường|thị trấn)(?!\w)"
)
_UNIT_LEVEL = {
    "tỉnh ủy": "provincial",
    "tỉnh": "provincial",
    "huyện ủy": "district",
    "quận ủy": "district",
    "thị ủy": "district",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}


def org_level(org: Organization, on: str | None = None) -> str | None:
    """The administrative level of an organization, from its kind, district and name.

    The first unit word of the name decides (``Phòng Tư pháp huyện X`` → district), ``thành
    phố`` / ``Thành ủy`` being provincial only before a province's name.

    >>> org_level(Organization("Sở Tư pháp tỉnh Nghệ An", "provincial-department"))
    'provincial'
    >>> org_level(Organization("Phòng Tư pháp thành phố Vinh"))
    'district'
    >>> org_level(Organization("Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"))
    'provincial'
    """
    if org.kind in NATIONAL_KINDS:
        return "national"
    if org.kind in ("provincial-department", "provincial-enforcement"):
        return "provincial"
    if org.kind == "district-enforcement" or org.district:
        return "district"
    if org.kind == "emulation-group":
        return None
    text = org.name.lower().replace("xã hội", "x hội")
    # Plural mentions (``Khối … các tỉnh``, ``Phòng Tư pháp các huyện``) name no unit.
    match = next(
        (m for m in _UNIT_WORD.finditer(text) if not text[: m.start()].endswith("các ")), None
    )
    if not match:
        return None
    word = match.group(1)
    if word in ("thành phố", "thành ủy"):
        rest = org.name[match.end() :].strip()
        return "provincial" if rest and find_province(rest, on) else "district"
    return _UNIT_LEVEL[word]


_PROVINCE_WORD = re.compile(r"(?<!\w)([Tt]ỉnh ủy|[Tt]hành ủy|[Tt]ỉnh|[Tt]hành phố)\s+(\w)")


def province_in_name(name: str, on: str | None = None) -> tuple[str | None, bool]:
    """The province an organization's name places it in, after ``tỉnh`` / ``thành phố``.

    Returns the province's name (None when the name names none that existed on ``on``) and
    whether the name places the body in some other ``tỉnh`` (a province outside Vietnam);
    an unknown ``thành phố`` may be a district-level city.

    >>> province_in_name("Phòng Công chứng số 1 tỉnh Hà Nam")
    ('Hà Nam', False)
    >>> province_in_name("Sở Tư pháp tỉnh Phông Sa Lỳ")
    (None, True)
    >>> province_in_name("Phòng Tư pháp thành phố Vinh")
    (None, False)
    """
    elsewhere = False
    for match in _PROVINCE_WORD.finditer(name):
        if not match.group(2).isupper():
            continue
        words = name[match.start(2) :].split()
        for size in range(min(5, len(words)), 0, -1):
            unit = find_province(" ".join(words[:size]), on)
            if unit is not None:
                return unit.name, False
        elsewhere = elsewhere or match.group(1).lower().startswith("tỉnh")
    return None, elsewhere
