"""Regenerate provinces.tsv and districts.tsv from the ``vietnamadminunits`` package.

Run from the repository root: ``python data/gazetteers/make_admin_units.py``.
The package's legacy table (63 provinces, pre-2025 districts) and its 2025 old→new province
mapping are the source; the few historical units it lacks are listed by hand below (public
resolutions of the Standing Committee of the National Assembly). ``tests/test_gazetteers.py``
checks that the committed files equal what this script writes (drift test).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from importlib import resources
from pathlib import Path

from vi_textmatch.tone import normalize_tone

HERE = Path(__file__).resolve().parent
MERGER = "2025-07-01"  # provinces merged, district level abolished

CITIES_2025 = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
CITIES_OLD = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
ALIASES = {
    "Hồ Chí Minh": "TP.HCM|TP HCM|TPHCM|Tp.HCM|Tp HCM|HCM|Sài Gòn|TP.Hồ Chí Minh",
    "Hà Nội": "Thủ đô Hà Nội",
    "Bà Rịa - Vũng Tàu": "Bà Rịa – Vũng Tàu|Bà Rịa-Vũng Tàu|Bà Rịa Vũng Tàu|BR-VT|BRVT",
    "Thừa Thiên Huế": (
        "Thừa Thiên - Huế|Thừa Thiên – Huế|Thừa Thiên-Huế|Thừa Thiên–Huế|TT-Huế|TT Huế"
    ),
    "Đắk Lắk": "Đắc Lắc|Đăk Lăk|Đắk Lăk|Đăk Lắk|Đác Lắc|Đắk Lắc|Đắc Lắk|Daklak|Dak Lak",
    "Đắk Nông": "Đăk Nông|Đắc Nông|Đác Nông|Dak Nong",
    "Kon Tum": "Kontum|KonTum",
    "Bắc Kạn": "Bắc Cạn",
}
# name, kind, aliases, valid_from, valid_to, successor, gso_code
EXTRA_PROVINCES = [
    ("Hà Tây", "tỉnh", "", "", "2008-08-01", "Hà Nội", "28"),
    ("Thừa Thiên Huế", "tỉnh", ALIASES["Thừa Thiên Huế"], "", "2025-01-01", "Huế", "46"),
]
SPLIT_2004 = {"Đắk Nông", "Hậu Giang", "Điện Biên"}  # created 2004-01-01
# name, kind, province, valid_from, valid_to, successor, gso_code
EXTRA_DISTRICTS = [
    ("Tĩnh Gia", "huyện", "Thanh Hóa", "", "2020-05-01", "Nghi Sơn", "407"),
    ("Sa Pa", "huyện", "Lào Cai", "", "2020-01-01", "Sa Pa", "088"),
    ("Quận 2", "quận", "Hồ Chí Minh", "", "2021-01-01", "Thủ Đức", "769"),
    ("Quận 9", "quận", "Hồ Chí Minh", "", "2021-01-01", "Thủ Đức", "763"),
    ("Thủ Đức", "quận", "Hồ Chí Minh", "", "2021-01-01", "Thủ Đức", "762"),
    ("Từ Liêm", "huyện", "Hà Nội", "", "2014-04-01", "Bắc Từ Liêm", ""),
]
DISTRICT_FROM = {
    ("Nghi Sơn", "thị xã"): "2020-05-01",
    ("Sa Pa", "thị xã"): "2020-01-01",
    ("Thủ Đức", "thành phố"): "2021-01-01",
    ("Nam Từ Liêm", "quận"): "2014-04-01",
    ("Bắc Từ Liêm", "quận"): "2014-04-01",
}


def vi(text: str) -> str:
    return normalize_tone(unicodedata.normalize("NFC", text.strip()))


def build() -> tuple[str, str]:
    data = resources.files("vietnamadminunits") / "data"
    db = sqlite3.connect(str(data / "dataset.db"))
    old = {
        key: (vi(short), code)
        for short, code, key in db.execute(
            "select distinct provinceShort, provinceCode, provinceKey from admin_units_legacy"
        )
    }
    new = {
        key: (vi(short), code)
        for short, code, key in db.execute(
            "select distinct provinceShort, provinceCode, provinceKey from admin_units"
        )
    }
    mapping = json.loads((data / "converter_2025.json").read_text("utf-8"))["DICT_PROVINCE"]
    successor = {o: n for n, olds in mapping.items() for o in olds}
    absorbing = {n for n, olds in mapping.items() if len(olds) > 1}
    rows = []
    for key, (name, code) in old.items():
        new_name, new_code = new[successor[key]]
        if name == "Huế":
            rows.append(("Huế", "thành phố", "", "2025-01-01", "", "", new_code, ""))
            continue
        kind = "thành phố" if name in CITIES_OLD else "tỉnh"
        since = "2004-01-01" if name in SPLIT_2004 else ""
        if new_name == name:
            # A province that absorbed others keeps its name, not its code: gso_code_before
            # is its code until the merger (the reference graph makes it a unit of its own).
            before = code if successor[key] in absorbing else ""
            rows.append((name, kind, ALIASES.get(name, ""), since, "", "", new_code, before))
        else:
            rows.append((name, kind, ALIASES.get(name, ""), since, MERGER, new_name, code, ""))
    rows.extend((*r, "") for r in EXTRA_PROVINCES)
    rows.sort(key=lambda r: (r[6], r[0]))
    head = "name\tkind\taliases\tvalid_from\tvalid_to\tsuccessor\tgso_code\tgso_code_before"
    provinces = "\n".join([head, *("\t".join(r) for r in rows)]) + "\n"

    drows = []
    for prov, short, dtype, code in db.execute(
        "select distinct provinceShort, districtShort, districtType, districtCode "
        "from admin_units_legacy"
    ):
        name, kind = vi(short), vi(dtype).lower()
        since = DISTRICT_FROM.get((name, kind), "")
        drows.append((name, kind, vi(prov), since, MERGER, "", code))
    drows.extend(EXTRA_DISTRICTS)
    drows.sort(key=lambda r: (r[2], r[6], r[0], r[1]))
    head = "name\tkind\tprovince\tvalid_from\tvalid_to\tsuccessor\tgso_code"
    districts = "\n".join([head, *("\t".join(r) for r in drows)]) + "\n"
    return provinces, districts


def main() -> int:
    provinces, districts = build()
    (HERE / "provinces.tsv").write_text(provinces, encoding="utf-8")
    (HERE / "districts.tsv").write_text(districts, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
