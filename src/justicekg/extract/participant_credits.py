"""Who a page credits rather than places at the event: its credit line (``Người đăng: A``,
``Biên tập: B``) or an author's line (``Tác giả bài viết - chuyên viên C``, ``(Bài viết của đồng
chí D, …)``); an author the same line says receives a prize (``Tác giả bài viết đạt giải Nhất là
nhà báo E``, ``Bài viết của đồng chí F được trao giải Nhì``) is at the ceremony. Used by
:func:`justicekg.extract.participants.is_absent`.
"""

from __future__ import annotations

import re

__all__ = ["is_credited"]


#: "Người đăng: A", "Biên tập: B", "Đăng bởi: C": a page's credit line, not someone at the event
_CREDIT_LABEL = re.compile(
    r"(?:^|\n)\s*(?:Người\s+(?:đăng|viết|biên tập|duyệt)(?:\s+(?:tin|bài|tin\s+bài|bài\s+viết))?|"
    r"Biên tập(?:\s+viên)?|Đăng bởi|"
    r"Thực hiện|Tác giả|Nguồn(?:\s+tin)?|Tin|Ảnh|Bài|Bài viết|Tin bài|Bài và ảnh|Tin và ảnh|"
    r"Tin,\s*ảnh|Bài,\s*ảnh|Phóng viên|Người thực hiện|"
    # a footer's editor: "Trưởng ban biên tập: A - Giám đốc Sở", "Chịu trách nhiệm nội dung: B"
    r"(?:Trưởng|Phó)\s+[Bb]an\s+biên tập|Ban biên tập|Chịu trách nhiệm(?:\s+(?:nội dung|chính|"
    r"xuất bản))?|Phụ trách)\s*:\s*"
    # a post's abbreviation before the name ("Người viết tin bài: TP Lê Thị A", "Tin: PV B")
    r"(?:(?:TP|PV|CTV|KSV|CHV|TTV|ThS\.?|TS\.?|LS\.?)\s+)?$",
    re.IGNORECASE,
)


#: a line that credits its author, whoever it names after the label and a post ("Tác giả bài
#: viết - chuyên viên Phòng A Lê Thị B", "Người đưa tin: ThS. C, Phó Trưởng phòng", "Cộng tác
#: viên: D", "(Bài viết của đồng chí E, Giám đốc Sở …)"); not "Tác giả F nhận giải Nhất": an
#: author at a ceremony, with no separator after the label
_AUTHOR_LINE = re.compile(
    r"(?:^|\n)[ \t]*\(?[ \t]*(?:(?:Tác giả bài viết|Tác giả bài báo)[ \t]*(?:[:\-–—][ \t]*)?|"
    r"(?:Tác giả|Người\s+(?:viết|đưa tin|gửi tin|gửi bài)(?:\s+(?:tin|bài|tin\s+bài|bài\s+viết))?|"
    r"Cộng tác viên|CTV|Nhóm phóng viên)[ \t]*[:\-–—][ \t]*|"
    r"(?:Bài viết|Bài)\s+của\s+)"
    r"[^\n:]{0,100}$"
)
#: the credited author receives a prize on the same line ("Tác giả bài viết đạt giải Nhất là
#: nhà báo A", "Bài viết của đồng chí B được trao giải Nhì", "Tác giả - nhà giáo C lên nhận giải"):
#: someone at the ceremony, no credit
_AUTHOR_AWARDED = re.compile(
    r"(?<![\w])(?:nhận|đạt|đoạt|giành|được trao|được tặng|trao)\s+(?:các\s+)?"
    r"(?:giải|Bằng khen|Giấy khen|Huy chương)(?![\w])",
    re.IGNORECASE,
)


def is_credited(text: str, start: int, end: int) -> bool:
    """Whether the person at ``start`` is named on a page's credit line (``Người đăng: A``) or
    a line that credits an author, not one that says the author receives a prize (read up to
    ``end``, the sentence's end, or the line's).

    >>> t = "Tác giả bài viết - chuyên viên Phòng Hộ tịch Lê Thị Tám"
    >>> is_credited(t, t.index("Lê"), len(t))
    True
    >>> t = "Bài viết của đồng chí Lê Văn Tám được trao giải Nhì tại lễ trao giải."
    >>> is_credited(t, t.index("Lê"), len(t))
    False
    """
    if _CREDIT_LABEL.search(text[max(0, start - 50) : start]):  # (the slice's start is a ^)
        return True
    line = _AUTHOR_LINE.search(text, max(0, start - 140), start)
    if line is None:
        return False
    stop = text.find("\n", start, end)
    return _AUTHOR_AWARDED.search(text, line.start(), end if stop < 0 else stop) is None
