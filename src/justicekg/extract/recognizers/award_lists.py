"""Award lists and tables, and the status (nominated, registered, conferred) a clause states.

A list after a colon runs on over bulleted, numbered and unmarked recipient lines until the
next award; an award named in a list item or a table row (``| 1 | Sở Tư pháp tỉnh A | Cờ thi
đua … |``) takes its status from the line introducing the list or the table.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.award_names import AWARD_HEAD

LIST_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)]|\(\d{1,2}\))[ \t]")
_STATUS_ORDER = {"nominated": 0, "registered": 1, "conferred": 2}


#: a list item on its own line; web pages often put a blank line between items
_LIST_ITEM = re.compile(
    r"(?:\n[ \t]*)+(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)]|\(\d{1,2}\))[ \t]*[^\n]*"
)


#: an unmarked list line: a recipient's name alone on its line ("Phòng Tư pháp huyện A")
_PLAIN_ITEM = re.compile(
    r"(?:\n[ \t]*)+(?:Phòng|Sở|Cục|Chi cục|Văn phòng|Thanh tra|Trung tâm|Ủy ban|UBND|Tòa án|TAND|"
    r"Viện kiểm sát|VKSND|Công an|Ban|Hội|Đoàn|Ông|Bà|Đồng chí|Đ/c)(?![\w])[^\n.]{0,150}\.?(?=\n|$)"
    # a person's line that opens on the title ("Phó Giám đốc Sở Tư pháp Nguyễn Văn A;"): short,
    # and saying nothing (not "Chủ tịch UBND tỉnh phát biểu …")
    r"|(?:\n[ \t]*)+(?:Phó|Giám đốc|Trưởng|Chánh|Cục trưởng|Chi cục trưởng|Chủ tịch|Bí thư|"
    r"Chấp hành viên|Thẩm phán|Kiểm sát viên|Thẩm tra viên|Chuyên viên|Công chức|Kế toán|"
    r"Thư ký|Công chứng viên|Trợ giúp viên pháp lý|Luật sư|Hòa giải viên|Nguyên)(?![\w])"
    r"(?:(?!\s(?:phát biểu|trao|tặng|chủ trì|dự|tham dự|báo cáo|nhấn mạnh|đề nghị|yêu cầu|"
    r"cho biết|khẳng định|đánh giá)(?![\w]))[^\n.;]){0,100}[;,.]?(?=\n|$)"
)


_LINE_BREAK = re.compile(r"(?:\n[ \t]*)+")
#: a table row under the line that introduces it: "| 2 | Ông A | Trưởng phòng … |"
_TABLE_ROW = re.compile(r"(?:\n[ \t]*)+\|[^\n]*\|[ \t]*(?=\n|$)")
#: an unmarked list line that starts with a recognized name
_NAMED_LINE = re.compile(r"(?:\n[ \t]*)+[^\n]{1,200}(?=\n|$)")


#: a heading inside a list that groups its items: "Tập thể:", "Cá nhân (05):", "1. Tập thể:"
_GROUP = (
    r"(?:(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])[ \t]*)?"
    r"(?:(?:[Vv]à|[Cc]ác|[Cc]ùng|[Đđ]ối với)[ \t]+){0,2}(?:\d{1,3}[ \t]+)?"
    r"(?:[Tt]ập thể|[Cc]á nhân|[Đđ]ơn vị|[Tt]ổ chức)(?![\w])[^\n:;.]{0,30}:"
)
_GROUP_HEADING = re.compile(rf"(?:\n[ \t]*)+{_GROUP}[ \t]*(?=\n)")
_GROUP_LABEL = re.compile(rf"[ \t]*{_GROUP}")
#: a line that goes on with a list of another group: "Các cá nhân: ông A, …; bà B, …"
_GROUP_LINE = re.compile(rf"[ \t]*(?:\n[ \t]*)+(?P<label>{_GROUP})[ \t]*(?P<names>[^\n]+)")


def _group_lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The (start, end) of the names on the lines right after ``pos`` that go on with a
    list by another group of recipients (``Tập thể: A, B.`` then ``Các cá nhân: ông C, …``);
    a line naming an award of its own is no such line."""
    out = []
    while (m := _GROUP_LINE.match(text, pos)) is not None and not AWARD_HEAD.search(m.group(0)):
        out.append((m.start("names"), m.end("names")))
        pos = m.end()
    return out


def _list_end(text: str, pos: int, starts: frozenset[int] | set[int] = frozenset()) -> int:
    """The end of the list items that follow ``pos`` (one per line): bulleted or numbered
    items, or unmarked lines that each name a recipient — by a head word or by starting with
    a recognized name (``starts``: ``Nguyễn Văn A - Chấp hành viên …``); a line naming
    another award is the heading of the next list, not an item (``2. Tập thể lao động xuất
    sắc:``)."""
    end = pos
    while True:
        m = (
            _LIST_ITEM.match(text, end)
            or _PLAIN_ITEM.match(text, end)
            or _GROUP_HEADING.match(text, end)
            or _TABLE_ROW.match(text, end)
        )
        if m is None:
            nl = _LINE_BREAK.match(text, end)
            if nl is not None and nl.end() in starts:
                m = _NAMED_LINE.match(text, end)
        if m is None or AWARD_HEAD.search(m.group(0)):
            return end
        end = m.end()


def list_intro_line(text: str, pos: int) -> tuple[int, int] | None:
    """The line (start, end) introducing the list whose item holds ``pos``, if any: the
    nearest line above the items that ends with a colon."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not LIST_LINE.match(text, line_start):
        return None
    at = line_start
    for _ in range(40):  # walk up over the list's items
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start : at - 1]
        if not line.strip() or LIST_LINE.match(line):
            at = prev_start
            continue
        if line.rstrip().endswith(":"):
            return prev_start, at - 1
        return None
    return None


def _list_intro_status(text: str, pos: int) -> str | None:
    """The status stated by the line introducing a list (``… đăng ký thi đua như sau:``)
    for an award named in one of its items (``- Cờ thi đua của Chính phủ: Cục …``)."""
    intro = list_intro_line(text, pos)
    return _status(text[intro[0] : intro[1]]) if intro else None


def _heading_status(text: str, pos: int) -> str | None:
    """The status of a section whose award headings stand alone on their lines: ``Khen
    thưởng:`` over ``Bằng khen của Bộ trưởng Bộ Tư pháp:`` and the recipients' lines below.
    Walks up over item lines and the section's other award headings to the nearest line
    that ends with a colon and names no award. A heading may open on ``Danh hiệu`` and go
    without its colon when items follow (``Bằng khen của Thủ tướng Chính phủ`` over ``-
    Phòng A``); a section of such headings with no intro line is conferred, unless the
    paragraph above states another status (``Hội nghị đã bỏ phiếu đề nghị …``)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = line_end if line_end != -1 else len(text)
    line = text[line_start:line_end]
    bullet = LIST_LINE.match(line) or _SECTION_MARK.match(line)
    lead = text[line_start + (bullet.end() if bullet else 0) : pos]
    if _HEADING_LEAD.fullmatch(lead) is None:
        return None
    if not line.rstrip().endswith(":"):
        # "Bằng khen của Thủ tướng Chính phủ" alone on its line over its recipients' items
        heading = line[bullet.end() if bullet else 0 :]  # (its mark's dot aside: "I. …")
        if not _HEADING_LINE.fullmatch(heading) or _LIST_ITEM.match(text, line_end) is None:
            return None
    at = line_start
    prose: str | None = None  # the nearest line above the section that is no list item
    for _ in range(60):
        if at <= 0:
            break
        prev_start = text.rfind("\n", 0, at - 1) + 1
        raw = text[prev_start : at - 1]
        prev = raw.strip()
        at = prev_start
        if prose is None and prev and not LIST_LINE.match(raw) and not AWARD_HEAD.search(prev):
            prose = prev
        if not prev or not prev.endswith(":") or AWARD_HEAD.search(prev):
            continue
        if _GROUP_LABEL.fullmatch(prev):
            continue  # "1. Tập thể:", "Cá nhân:": a group of the section above, no status
        return _status(prev)
    # a section of award headings over their recipients with no intro line (a list of the
    # awards handed out): the paragraph above states the status, else they are conferred
    if _LIST_ITEM.match(text, line_end) is None:
        return None
    return (_status(prose) if prose else None) or "conferred"


#: a section's mark before an award heading: "I. Huân chương …", "B. Bằng khen …"
_SECTION_MARK = re.compile(r"[ \t]*(?:[IVX]{1,4}|[A-ZĐ])[.)][ \t]+")
#: what may stand before an award heading: "Danh hiệu Chiến sĩ thi đua cơ sở:"
_HEADING_LEAD = re.compile(r"\s*(?:[Dd]anh hiệu|DANH HIỆU)?\s*[\"“]?\s*")
#: an award heading with no colon: the award (a name of a few words) and nothing more
_HEADING_LINE = re.compile(r"[^\n:;,.]{4,120}")


_CELL_SEP = re.compile(r"(?:^|[ \t])\|(?:[ \t]|$)", re.MULTILINE)


def _table_intro_status(text: str, pos: int) -> str | None:
    """The status stated above a table whose row names the award (``Danh sách đề nghị khen
    thưởng:`` over rows ``1 | Sở Tư pháp tỉnh A | Cờ thi đua ngành Tư pháp``)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if not _CELL_SEP.search(text[line_start : line_end if line_end != -1 else len(text)]):
        return None
    at = line_start
    header = ""  # the topmost row: "| Họ và tên | … | Hình thức khen thưởng |"
    for _ in range(60):  # walk up over the rows and the header
        if at <= 0:
            break
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start : at - 1]
        if line.strip() and not _CELL_SEP.search(line):
            # the line above the table; failing that, the header's column name
            return _status(line) or (_status(header) if header else None)
        if line.strip():
            header = line
        at = prev_start
    return _status(header) if header else None


#: "Theo đề nghị của Giám đốc Sở, Chủ tịch UBND tỉnh tặng …": whose proposal the decision
#: followed, not a nomination
_ON_PROPOSAL = re.compile(
    r"(?:[Tt]heo|[Xx]ét|[Tt]rên cơ sở|[Cc]ăn cứ)\s+(?:đề nghị|đề xuất|tờ trình)\s+của(?![\w])"
)


#: "xin rút không nhận cờ thi đua", "chưa được đề nghị": a verb denied states no status
_NEGATED = re.compile(r"(?<![\w])(?:không|chưa)\s+(?:được\s+)?\w+", re.IGNORECASE)


#: "không ngừng phấn đấu, được tặng …": striving that aims at no award registers nothing
_STRIVING = re.compile(
    r"(?<![\w])phấn đấu(?!\s+(?:đạt|giành|để|nhận|hoàn thành|trở thành|giữ vững|xây dựng)(?![\w]))",
    re.IGNORECASE,
)


#: "A đăng ký đề nghị tặng Cờ thi đua …", "A đăng ký phấn đấu đạt danh hiệu X và đề nghị
#: tặng Bằng khen": the proposal is what the unit registers in its covenant, not a nomination
#: made (only after a registration of an emulation target: never "đăng ký hộ tịch, …")
_REGISTERED_PROPOSAL = re.compile(
    r"(?<![\w])(đăng ký\s+(?:(?:thi đua|phấn đấu|danh hiệu|đạt|giành|hình thức)(?![\w])"
    r"[^.;:]{0,100}?(?:,|\svà)\s*|(?:và\s+)?))(?:đề nghị|đề xuất|suy tôn)(?![\w])",
    re.IGNORECASE,
)


def _status(clause: str) -> str | None:
    clause = _STRIVING.sub(" ", _NEGATED.sub(" ", _ON_PROPOSAL.sub(" ", clause)))
    clause = _REGISTERED_PROPOSAL.sub(r"\1", clause)
    best: tuple[int, int] | None = None
    status = None
    for cue, st, prio in lexicon().status_cues:
        if cue.search(clause):
            key = (_STATUS_ORDER[st], prio)
            if best is None or key < best:
                best, status = key, st
    return status


#: a line of page furniture or a photo caption inside a list that runs over paragraphs
_CAPTION_LINE = re.compile(r"[ \t]*(?:\S+|.*\((?:Ảnh|ảnh)[^()\n]{0,40}\).*|.*Ảnh\s*:.*)[ \t]*")
#: a verb that makes a paragraph prose, not a further part of a list of names
_PROSE_VERB = re.compile(r"(?<![\w])(?:được|đã|là|có|đạt|giành|nhận|xếp|tổ chức|tham dự)(?![\w])")


def _name_paragraphs(text: str, pos: int) -> list[tuple[int, int]]:
    """The (start, end) of the paragraphs after ``pos`` that go on with a list of names over
    semicolons (``… gồm: A; B.`` then ``C; D; E.`` and ``F; G.``), past captions between them;
    a paragraph of prose ends them.

    >>> t = "gồm: Sở A; Sở B.\\n\\nẢnh: Lê Văn C\\n\\nSở D; Sở E.\\nHội nghị đã thảo luận."
    >>> [t[a:b] for a, b in _name_paragraphs(t, t.index("B.") + 2)]
    ['Sở D; Sở E.']
    """
    out: list[tuple[int, int]] = []
    at = pos
    skipped = 0
    while at < len(text):
        nl = text.find("\n", at)
        if nl < 0:
            break
        start = nl + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        at = end
        if not line.strip():
            continue
        parts = [p.strip() for p in line.strip().rstrip(".").split(";")]
        if (
            len(parts) >= 2
            and all(p[:1].isupper() and len(p) <= 120 for p in parts)
            and not _PROSE_VERB.search(line)
            and not AWARD_HEAD.search(line)
        ):
            out.append((start, end))
            skipped = 0
            continue
        if _CAPTION_LINE.fullmatch(line) and skipped < 3:
            skipped += 1
            continue
        break
    return out
