"""The district enforcement office a bare ``Chi cục trưởng`` heads on a page that names it not.

An excerpt about a district's civil judgment enforcement often starts after the office's name:
``đồng chí A - Phó Chi cục trưởng đã đọc báo cáo`` on a page about enforcement (``thi hành án``)
that names one district (``Viện kiểm sát nhân dân huyện Sóc Sơn``). The head's office is then
that district's ``Chi cục Thi hành án dân sự``. A page that names no district or several, or
that is not about enforcement, leaves the title bare; so do a page that names another kind of
``Chi cục`` (``Chi cục Thuế``, ``Chi cục Kiểm lâm``) and a page dated from the 2025 reform on
(``org_enforcement.REFORM``), when the district offices became regional ones.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc
from justicekg.extract.recognizers.org_enforcement import REFORM
from justicekg.extract.recognizers.org_places import named_districts

_ENFORCEMENT = re.compile(r"(?i)thi hành án|THADS")
#: another kind of "Chi cục" the page names ("Chi cục Thuế", "Chi cục Kiểm lâm"): a bare
#: "Chi cục trưởng" may head it, not the enforcement office
_OTHER_CHI_CUC = re.compile(r"(?<![\w])Chi cục[ \t]+(?!Thi hành án|THADS)(?-i:[A-ZĐ])", re.I)


def district_office_of_page(doc: Doc) -> str | None:
    """``Chi cục Thi hành án dân sự <district>`` of the one district an enforcement page names.

    >>> from justicekg.extract.pipeline import extract
    >>> t = ("Tại hội nghị, ông Lã Văn Hiếu - Phó Chi cục trưởng đọc báo cáo thi hành án dân sự."
    ...      " Đại diện Công an huyện Sóc Sơn phát biểu.")
    >>> r = extract(t, article_id="t", published="2017-01-10")
    >>> [(q.title, q.organization) for p in r.persons for q in p.positions]
    [('Phó Chi cục trưởng', 'Chi cục Thi hành án dân sự huyện Sóc Sơn')]
    """
    date = str(doc.published or doc.meta.get("dateline") or "")
    if date >= REFORM or _ENFORCEMENT.search(doc.text) is None:
        return None
    if _OTHER_CHI_CUC.search(doc.text) is not None:
        return None  # "Phó Chi cục trưởng Chi cục Thuế báo cáo …": another office's head
    named = {(kind, name) for _, kind, name, _ in named_districts(doc)}
    if len(named) != 1:
        return None
    kind, name = next(iter(named))
    district = name if kind == "quận" and name.startswith("Quận ") else f"{kind} {name}"
    return f"Chi cục Thi hành án dân sự {district}"
