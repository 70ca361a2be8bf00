"""A document sent on the day a sentence reports, whose content names an activity.

``Ngày 22/9, Cục trưởng A đã ký văn bản gửi các sở đôn đốc thực hiện kiểm tra văn bản``: the day
is the sending's, and the cue after it (``kiểm tra``) is what the document is about, no check
held; an activity held before the sending or after a clause break (``… tổ chức kiểm tra … và có
văn bản gửi …``, ``…; đồng thời tổ chức kiểm tra …``) stays one. What sends or issues a
document is :data:`.event_signals.ISSUES`.
"""

from __future__ import annotations

import re

from justicekg.extract.recognizers.event_signals import ISSUES

__all__ = ["sent_about"]

#: what a clause does between a document sent and a cue after it ("… gửi các Chi cục; đồng thời
#: tổ chức kiểm tra …"): the cue is then an activity held, not the document's content
_HELD_BETWEEN = re.compile(
    r"[;]|(?<![\w])(?:tổ chức|tiến hành|diễn ra|khai mạc|đồng thời|sau đó)(?![\w])",
    re.IGNORECASE,
)
#: the sender held the check too: "… gửi Chi cục X và trực tiếp kiểm tra …", "… rồi kiểm tra
#: …", "… và kiểm tra tại …" (not "đôn đốc rà soát và kiểm tra": what the document asks for)
_CHECKED_TOO = re.compile(
    r"(?<![\w])(?:(?:và|rồi)\s+trực tiếp|rồi)\s+kiểm tra(?![\w])|"
    r"(?<![\w])và\s+kiểm tra\s+(?:trực tiếp\s+)?tại(?![\w])",
    re.IGNORECASE,
)


def sent_about(stext: str, day_at: int, cues: list[int]) -> bool:
    """After the day at ``day_at``, a document is sent or issued before the first cue, with no
    activity held between (``Ngày 22/9, Cục trưởng A đã ký văn bản gửi các sở đôn đốc thực hiện
    kiểm tra văn bản``): the cue names what the document is about.

    >>> t = "Ngày 22/9, Cục trưởng A đã ký văn bản gửi các sở đôn đốc thực hiện kiểm tra"
    >>> sent_about(t, 0, [t.index("kiểm tra")])
    True
    >>> t = "Ngày 5/3, Sở có văn bản gửi các huyện; đồng thời tổ chức kiểm tra tại 5 xã"
    >>> sent_about(t, 0, [t.index("tổ chức"), t.index("kiểm tra")])
    False
    >>> t = "Ngày 5/3, Cục trưởng A ký văn bản gửi Chi cục B và trực tiếp kiểm tra tại đơn vị"
    >>> sent_about(t, 0, [t.index("kiểm tra")])
    False
    >>> t = "Ngày 5/3, sau khi nhận được văn bản của Bộ, Sở tổ chức hội nghị quán triệt"
    >>> sent_about(t, 0, [t.index("tổ chức"), t.index("hội nghị")])
    False
    """
    after = [c for c in cues if c > day_at]
    if not after:
        return False
    first = min(after)
    m = ISSUES.search(stext, day_at, first)
    # (the held verb may be the first cue itself: "…, Sở tổ chức hội nghị")
    return (
        m is not None
        and _HELD_BETWEEN.search(stext, m.end(), first + 12) is None
        and _CHECKED_TOO.search(stext, m.end(), first + 32) is None
    )
