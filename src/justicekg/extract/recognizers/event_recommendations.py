"""A recommendation's text, not a working session: a sentence that opens by recommending an
office what to do (``Kiến nghị với Chủ tịch UBND huyện A xử lý vi phạm …``, ``Đề xuất với Bộ
trưởng Bộ Tư pháp xem xét sửa đổi …``: an inspection's conclusions, a report's proposals), unlike
one reporting to a visiting team or official (``Báo cáo với Đoàn công tác, …``, ``Đề xuất với
Chánh án A bổ sung …``), which places an excerpt in the middle of a session.
"""

from __future__ import annotations

import re

__all__ = ["recommends", "reported_to"]

#: "Kiến nghị với Chủ tịch UBND huyện A xử lý vi phạm …", "Đề xuất với Bộ trưởng xem xét sửa đổi
#: …": a recommendation's text (an inspection's conclusions, a report's proposals), the one
#: addressed told what to do with no comma between, not someone a session reports to
_RECOMMENDS = re.compile(
    # (an office: its title's body named, "Chủ tịch UBND huyện A", "Bộ trưởng Bộ Tư pháp"; not a
    # person, "Chánh án A bổ sung thẩm phán": one a session reports to)
    r"[^,.;:!?\n]{0,30}?(?<![\w])(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Bộ|Sở|Cục|Tổng cục|"
    r"Huyện ủy|Tỉnh ủy|Thành ủy|Tòa án|TAND|Viện|Chính phủ)(?![\w])"
    r"[^,.;:!?\n]{0,80}?(?<![\w])(?:xử lý|xem xét|chỉ đạo|sửa đổi|bổ sung|chấn chỉnh|kiểm điểm|"
    r"bố trí|tháo gỡ|ban hành|hướng dẫn|cho phép|giao|quan tâm|tăng cường|rà soát)(?![\w])"
)


def recommends(stext: str, pos: int) -> bool:
    """After the addressee's opening at ``pos`` (``Kiến nghị với Chủ tịch``), an office named and
    told what to do, with no comma between.

    >>> t = "Kiến nghị với Chủ tịch UBND huyện A xử lý vi phạm."
    >>> recommends(t, t.index("Chủ tịch") + 8)
    True
    >>> t = "Đề xuất với Chánh án Lê Văn Tám bổ sung thẩm phán."
    >>> recommends(t, t.index("Chánh án") + 8)
    False
    """
    return _RECOMMENDS.match(stext, pos) is not None


def reported_to(reported: re.Pattern[str], stext: str) -> bool:
    """``stext`` opens (``reported``: the caller's pattern of an addressee) by reporting to a
    visiting official or team, not by recommending an office what to do.

    >>> opening = re.compile(r"\\W*(?:Báo cáo|Kiến nghị)\\s+với\\s+(?:Đoàn|Chủ tịch)")
    >>> reported_to(opening, "Báo cáo với Đoàn công tác, ông A cho biết …")
    True
    >>> reported_to(opening, "Kiến nghị với Chủ tịch UBND huyện A xử lý vi phạm.")
    False
    """
    m = reported.match(stext)
    return m is not None and not recommends(stext, m.end())
