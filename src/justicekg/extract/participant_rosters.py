"""People a report names as the holders of a body's posts, or as relieved of one: the subject
of a statement, not placed at the event.

The conventions list as participants the people an article places at an event. A report also
states, beside the event, who holds a body's posts now (``Hiện Viện có 3 phó viện trưởng là bà
A và các ông B, C``, ``Hiện nay, Giám đốc Sở là ông D``) and whom a decision or a council's
resolution relieves of a post (``thông qua nghị quyết miễn nhiệm chức danh Phó Chủ tịch đối
với ông E``, ``cho thôi giữ chức ông F``, ``ông F thôi giữ chức vụ …``): the roster and the one
relieved are what is said, not people at the event. Someone placed there by another mention
(``ông E phát biểu``) is a participant through it, and someone handed the decision there (``trao
quyết định cho thôi giữ chức đối với ông G``) is there to receive it; a retirement announced
(``công bố quyết định nghỉ hưu đối với ông H``) is too often the retiree's own occasion to
count.
"""

from __future__ import annotations

import re

from justicekg.extract.gazetteers import LazyPattern, column
from justicekg.extract.lexicon import UPPER

__all__ = ["is_rostered"]

#: a present-state lead: "Hiện Viện …", "Hiện nay, …", "Hiện tại …" (not "Hiện diện tại buổi
#: lễ có …", present at it, nor "Hiện trường"); a body after it has any capital ("Hiện Ủy ban")
_NOW_LEAD = re.compile(
    r"\W*(?:Hiện(?:\s+nay|\s+tại|\s+giờ)?\s*,\s*|Hiện(?:\s+nay|\s+tại|\s+giờ)\s+"
    rf"|Hiện\s+(?=[{UPPER}]))",
)
#: the roster after the lead: "… có 4 phó viện trưởng là", "… gồm", "Giám đốc Sở là ông"
_ROSTER = re.compile(
    r"(?<![\w])(?:là|gồm|bao gồm)(?:\s+(?:các|những))?\s+(?:ông|bà|đồng chí)(?![\w])"
    r"|(?<![\w])(?:là|gồm|bao gồm)\s*:",
)
#: words that place someone at an activity: not a roster then ("Hiện nay, ông A đang dự …")
_AT_ACTIVITY = re.compile(
    r"(?<![\w])(?:dự|tham dự|chủ trì|phát biểu|hội nghị|hội thảo|buổi|cuộc họp|lễ|trao|"
    r"tiếp|làm việc)(?![\w])",
    re.IGNORECASE,
)


def _acts() -> str:
    return "|".join(re.escape(w) for w in column("relieved_acts", "word"))


#: "miễn nhiệm chức danh Phó Chủ tịch đối với ông E", "… đối với ông E, Phó Giám đốc Sở và
#: ông H": the one a relieving decision is about (and those listed with them)
_RELIEVED_OF = LazyPattern(
    lambda: re.compile(
        rf"(?<![\w])(?:{_acts()})(?![\w])[^.;:!?\n]{{0,120}}?(?<![\w])đối với\s+"
        r"(?P<list>[^.;:!?\n]{0,200})$",
        re.IGNORECASE,
    )
)
#: "cho thôi giữ chức ông F", "miễn nhiệm đồng chí F": the one relieved, as the object
_RELIEVED = LazyPattern(
    lambda: re.compile(rf"(?<![\w])(?:{_acts()})\s+(?:(?:ông|bà|đồng chí)\s+)$", re.IGNORECASE)
)
#: "… A, Bí thư Tỉnh ủy thôi giữ chức vụ …", "B được cho thôi làm Giám đốc Sở": the one
#: relieved, named before (not across another person's clause or an act done there)
_RELIEVED_AFTER = re.compile(
    r"(?:(?!(?<![\w])(?:và|cùng|chủ trì|dự|tham dự|phát biểu|trao|nhận|đồng chí|ông|bà)(?![\w]))"
    r"[^.;:!?\n]){0,120}?(?<![\w])(?:(?:đã|được|sẽ)\s+)?(?:cho\s+)?"
    r"thôi\s+(?:giữ\s+(?:chức|cương vị)|làm|tham gia|đảm nhiệm)(?![\w])",
    re.IGNORECASE,
)
#: another person's clause begins ("…, sau đó ông H …", "… và bà K …")
_OTHERS = re.compile(r"(?<![\w])(?:ông|bà|đồng chí|và|cùng)(?![\w])", re.IGNORECASE)
#: the person announces or signs the decision ("ông H, Giám đốc Sở công bố quyết định cho thôi …")
_ANNOUNCES = re.compile(
    r"(?<![\w])(?:công bố|đọc|ký|trao|tuyên bố|ban hành)(?![\w])", re.IGNORECASE
)
#: the decision handed to the person there ("trao quyết định cho thôi giữ chức đối với ông G")
_HANDED = re.compile(r"(?<![\w])(?:trao|trao tặng|nhận|tặng)(?![\w])", re.IGNORECASE)


#: a decision's content: "Theo đó, …", "Theo Quyết định, …" (the composition it sets)
_DECIDED = re.compile(r"\W*Theo\s+(?:đó|[Qq]uyết định(?:\s+này)?)\s*,")
#: the post a decision gives someone in a council or a board ("… là Chủ tịch Hội đồng", "…
#: làm Phó Trưởng ban"), in the person's own clause (not a team's leader: "làm Trưởng đoàn")
_COUNCIL_POST = re.compile(
    r"[^.;:]{0,80}?\s(?:là|làm)\s+(?:Chủ tịch|Phó Chủ tịch|Trưởng ban|Phó Trưởng ban|"
    r"Tổ trưởng|Tổ phó|Ủy viên|Uỷ viên|Thành viên|Thư ký)(?![\w])"
)
#: "Các Phó Chủ tịch Hội đồng gồm: …", "Thành viên Ban Chỉ đạo gồm: …": a council's members
_MEMBERS = re.compile(
    r"(?<![\w])(?:Chủ tịch|Phó Chủ tịch|Phó Trưởng ban|Ủy viên|Uỷ viên|Thành viên)\s+"
    r"(?:Hội đồng|Ban|Tổ)[^.;:]{0,60}?\s(?:gồm|là)\s*:[^.]*$"
)


def _in_composition(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """True when the person at ``start`` is named in the composition a decision gives a
    council or a board (``Theo đó, … Giám đốc Sở A là Chủ tịch Hội đồng; …``, ``Các Phó Chủ
    tịch Hội đồng gồm: …``), not at an activity."""
    s0, s1 = sentence
    if _AT_ACTIVITY.search(text, s0, start):
        return False
    if _MEMBERS.search(text, s0, start) is not None:
        return True
    if _DECIDED.match(text, s0, start) is None:
        return False
    post = _COUNCIL_POST.match(text, _name_end(text, start), s1)
    return post is not None and not _AT_ACTIVITY.search(post.group(0))


def is_rostered(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """True when the mention of a person at ``start`` (in ``sentence``, offsets into
    ``text``) names them only as a holder of a body's post now, or as the one a decision
    relieves of a post.

    >>> t = "Hiện Sở có 2 phó giám đốc là bà Lê Thị Tám và ông Phan Văn Chín."
    >>> is_rostered(t, t.index("Lê"), (0, len(t))), is_rostered(t, t.index("Phan"), (0, len(t)))
    (True, True)
    >>> t = "Hiện diện tại buổi lễ có bà Lê Thị Tám, Phó Giám đốc Sở."
    >>> is_rostered(t, t.index("Lê"), (0, len(t)))
    False
    >>> t = "Hội đồng thông qua nghị quyết miễn nhiệm Phó Chủ tịch đối với ông Lê Văn Tám."
    >>> is_rostered(t, t.index("Lê"), (0, len(t)))
    True
    """
    s0, s1 = sentence
    before = text[s0:start]
    if _in_composition(text, start, sentence):
        return True  # "Theo đó, Giám đốc Sở A là Chủ tịch Hội đồng": a decision's composition
    lead = _NOW_LEAD.match(text, s0, start)
    if (
        lead is not None
        and _ROSTER.search(text, lead.end(), start)
        and not _AT_ACTIVITY.search(text, lead.end(), start)
    ):
        return True  # "Hiện Viện có 4 phó viện trưởng là bà A và các ông B, C"
    if _HANDED.search(before):
        return False  # "trao quyết định … đối với ông G": handed it there
    own = _OTHERS.split(text[_name_end(text, start) : s1], maxsplit=1)[0]
    if _AT_ACTIVITY.search(own) or _ANNOUNCES.search(own):
        return False  # "…, sau đó ông H, Giám đốc Sở phát biểu": his own act there
    relieved = _RELIEVED_OF.search(text, max(s0, start - 340), start)
    if relieved is not None and not _AT_ACTIVITY.search(relieved.group("list")):
        return True
    if _RELIEVED.search(text, max(s0, start - 60), start) is not None:
        return True
    if _AT_ACTIVITY.search(before):
        return False  # "Tham dự hội nghị có ông K, vừa được cho thôi giữ chức …": placed there
    return _RELIEVED_AFTER.match(text, _name_end(text, start), s1) is not None


def _name_end(text: str, start: int) -> int:
    """The end of the capitalized words of the name at ``start``."""
    end = start
    for w in re.finditer(r"\S+", text[start : start + 60]):
        token = w.group(0)
        if not token[:1].isupper():
            break
        bare = token.rstrip(",.;:()")
        end = start + w.start() + len(bare)
        if bare != token:
            break
    return end
