"""Recipients an award shares with the awards around it.

Coordinated and elliptical clauses keep the sentence's recipient (``A đạt danh hiệu X, năm
2019 được B tặng Cờ thi đua, được C tặng Bằng khen``; ``A được X tặng P (năm 2018), Y tặng
Q``) unless the clause counts its recipients or has a subject of its own (``các phòng còn lại
đăng ký …``, ``; Phòng Hộ tịch được … tặng``); a sentence with no subject before its receiving
verb goes on about the sentence before (``A luôn đạt danh hiệu X. Năm 2020 được tặng Bằng khen
…``); awards conjoined in one clause (``trao Cờ thi đua của UBND tỉnh và Bằng khen cho A``)
share one giver and one list of recipients.

Where a clause names its own recipients lives in :mod:`.award_recipients`; the award pass
that carries them, in :mod:`.awards`.
"""

from __future__ import annotations

import re

from justicekg.extract.recognizers.award_givers import RECEIVING
from justicekg.extract.recognizers.award_recipients import _counts_recipients

#: "đăng ký Bằng khen … và danh hiệu Tập thể lao động xuất sắc": awards joined in one clause
#: (the first award's year between them: "Huân chương … (năm 2005), Cờ thi đua …",
#: "Bằng khen của A năm 2020, Bằng khen của B năm 2018")
_CONJOINED = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*|(?:năm|các năm)\s+\d{4}(?:\s*(?:,|và|-|–)\s*\d{4})*\s*)?"
    r"(?:,|và|cùng)\s*(?:\d{1,3}\s+)?(?:danh hiệu\s*)?[\"“]?"
)
_NEXT_CLAUSE = re.compile(
    r"[\"”]?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:năm|các năm)\s+\d{4}(?:\s*,\s*\d{4})*\s*)?(?:,|;|và\s)"
)
#: "…, Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp": a giver named before the giving
#: verb, where the award's own name holds its giver (no other giver is read for it)
_GIVER_THEN_VERB = re.compile(
    r"[,;]\s*[A-ZĐ][^,;()]{2,80}?\s(?:trao\s+)?tặng(?:\s+thưởng)?\s+[\"“]?$"
)
#: "A đăng ký Cờ thi đua, các phòng còn lại đăng ký …": a clause with its own (generic)
#: subject does not carry the sentence's recipient
_OWN_SUBJECT = re.compile(r"(?<![\w])(?:các|những|nhiều)\s+(?!năm(?![\w])|lần(?![\w]))\w")
#: a sentence with no subject before its receiving verb: "Năm 2020 được tặng …"
_SUBJECTLESS = re.compile(
    r"\W*(?:(?:Năm|Các năm|Trong năm)\s+\d{4}(?:\s*(?:,|và)\s*\d{4})*\s*,?\s*)?"
    r"(?:(?:đã|cũng|liên tục|vinh dự|tiếp tục)\s+)*(?:được|đạt|nhận)\s.*",
    re.DOTALL,
)
#: "…; Phòng A được B tặng Bằng khen": a clause whose subject is a name of its own (one the
#: organization list may not know) does not carry the sentence's recipient
_CAPITALIZED = re.compile(
    r"(?<![\w])(?!(?:Năm|Trong|Đồng thời|Ngoài ra|Riêng|Cũng|Đặc biệt)(?![\w]))[A-ZĐ]"
)


def is_conjoined(text: str, first_end: int, second_start: int) -> bool:
    """True when only a conjunction separates an award ending at ``first_end`` from the
    award starting at ``second_start`` (``Bằng khen … và danh hiệu Tập thể lao động xuất
    sắc``): they are one clause's awards.

    >>> t = "đăng ký Bằng khen và danh hiệu Tập thể lao động xuất sắc"
    >>> is_conjoined(t, t.index(" và"), t.index("Tập thể"))
    True
    """
    return _CONJOINED.fullmatch(text, first_end, second_start) is not None


_ASIDE = re.compile(r"\([^()]*\)")


def _named_subject(text: str, start: int, end: int) -> bool:
    """True when the clause ``[start, end)`` names a subject of its own before its receiving
    verb (``; Phòng Hộ tịch được … tặng``), not a bare continuation (``, năm 2019 được``)."""
    verb = RECEIVING.search(text, start, end)
    if verb is None:
        return False
    # an aside in parentheses names no subject: "… xuất sắc (hạng A) và được … tặng"
    plain = _ASIDE.sub(lambda a: " " * len(a.group(0)), text[start : verb.start()])
    return _CAPITALIZED.search(plain) is not None


def shares_sentence_recipients(
    text: str,
    clause: tuple[int, int],
    award: tuple[int, int],
    carried_end: int,
    *,
    has_giver: bool,
) -> bool:
    """True when the clause ``clause`` (start, end) of the award ``award`` (start, end)
    receives the recipients of the sentence's earlier award ending at ``carried_end``: it
    receives (``được``), is conjoined with that award, or only names its giver (``has_giver``:
    ``…, Y tặng Q``) — and neither counts its recipients nor has a subject of its own."""
    (start, stop), (award_start, end) = clause, award
    return bool(
        (
            RECEIVING.search(text, start, award_start)
            or is_conjoined(text, carried_end, award_start)
            # "A được X tặng P (năm 2018), Y tặng Q": the giver alone in its clause
            or (
                (has_giver or _GIVER_THEN_VERB.search(text, start, award_start))
                and _NEXT_CLAUSE.match(text, carried_end)
            )
        )
        and not _counts_recipients(text, start, award_start, stop, end)
        and not _OWN_SUBJECT.search(text, start, award_start)
        and not _named_subject(text, start, award_start)
    )


def goes_on_about(text: str, carried_to: int, sent_start: int, award_start: int) -> bool:
    """True when the sentence starting at ``sent_start`` follows right after the one that
    named recipients (it ended at ``carried_to``) and has no subject before its receiving verb
    (``Năm 2020 được tặng …``): it goes on about the same recipients.

    >>> t = "A luôn đạt danh hiệu X. Năm 2020 được tặng Bằng khen."
    >>> goes_on_about(t, t.index(" Năm"), t.index("Năm"), t.index("Bằng"))
    True
    """
    return (
        not text[carried_to:sent_start].strip()
        and _SUBJECTLESS.fullmatch(text, sent_start, award_start) is not None
    )
