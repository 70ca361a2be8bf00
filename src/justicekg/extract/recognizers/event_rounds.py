"""Rounds of one campaign: ``Đoàn chia thành ba đợt, đợt một vào ngày 04/10/2017 tại xã A;
đợt hai vào ngày 9/11/2017 tại xã B`` reports one activity per round, each on its day (the kit:
one entry per distinct activity), though the sentence names the activity only before (``… tổ
chức trợ giúp pháp lý miễn phí …``) and holds several days. Rounds are events only where an
activity is named, in their sentence or in the one before it: the rounds of a document's plan
(``ban hành Kế hoạch tuyển dụng …, đợt 1 vào ngày …``), of a payment, a filing window or a tally
of services are none (the kit: plans, reporting periods and documents are not activities held),
even after a sentence that names an activity: ``Kinh phí được chi trả làm hai đợt``, ``tổ chức
tiếp nhận hồ sơ …, đợt 1 vào ngày …`` date no event at all (review 14b N4).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.event_signals import INVITED, ISSUES, has_activity

#: "đợt một vào ngày", "đợt 2 (ngày", "đợt thứ hai diễn ra vào chính ngày Pháp luật (": the
#: round before its day
_ROUND_BEFORE = re.compile(
    r"(?<![\w])[Đđ]ợt\s+(?:thứ\s+)?(?:một|hai|ba|bốn|năm|sáu|nhất|1|2|3|4|5|6|I|II|III|IV|V|VI|"
    r"cuối|cuối cùng)(?![\w])"
    r"(?:\s*[,:(]\s*|\s+)(?:(?:được\s+)?(?:tổ chức|diễn ra|triển khai)\s+)?(?:vào\s+)?"
    r"(?:(?:sáng|chiều)\s+)?(?:chính\s+)?(?:ngày\s*)?(?:[^.;()]{0,40}\(\s*)?$"
)


def round_day(text: str, start: int, sentence_start: int) -> bool:
    """True when the day at ``start`` dates a numbered round of a campaign (``đợt hai vào ngày
    9/11``, ``đợt 1 (12/5)``).

    >>> t = "Năm nay chia ba đợt, đợt một vào ngày 04/10/2017 tại xã A"
    >>> round_day(t, t.index("04/10"), 0)
    True
    >>> t = "Đợt kiểm tra kéo dài đến ngày 04/10/2017"
    >>> round_day(t, t.index("04/10"), 0)
    False
    """
    return _ROUND_BEFORE.search(text, max(sentence_start, start - 70), start) is not None


#: what the rounds are of when they are a payment or a filing window, not an activity held
#: ("Kinh phí hỗ trợ được chi trả làm hai đợt", "tổ chức tiếp nhận hồ sơ …, đợt 1 vào ngày …"):
#: their own sentence says so, whatever the sentence before held (review 14b N4)
_PAID_OR_FILED = re.compile(
    r"(?<![\w])(?:chi trả|chi tiền|thanh toán|giải ngân|cấp phát|hoàn trả|"
    r"(?:tiếp nhận|nhận|nộp|thu nhận)\s+(?:hồ sơ|đơn|phiếu)|nộp\s+(?:tiền|lệ phí|phí))(?![\w])"
    # "Kinh phí … làm hai đợt", "Hồ sơ … theo hai đợt": a sum or a file is what comes in rounds
    r"|^\W*(?:Kinh phí|Tiền|Hồ sơ|Lệ phí|Phí)(?![\w])",
    re.IGNORECASE,
)


def paid_or_filed(sentence: str) -> bool:
    """True when the rounds in ``sentence`` are a payment's or a filing window's.

    >>> paid_or_filed("Sở tổ chức tiếp nhận hồ sơ dự tuyển, đợt 1 vào ngày 5/4/2024")
    True
    >>> paid_or_filed("Năm nay, Sở chia thành hai đợt, đợt 1 vào ngày 5/4/2024 tại xã A")
    False
    """
    return _PAID_OR_FILED.search(sentence) is not None


def rounds_of_activity(sentence: str, lead: str) -> bool:
    """True when the rounds in ``sentence`` are those of an activity: ``sentence`` or ``lead``
    (the sentence before it) names one (``tổ chức trợ giúp pháp lý``, ``tuyên truyền``), and
    neither issues a document nor receives an invitation.

    >>> rounds_of_activity("Năm nay, Đoàn chia thành hai đợt, đợt một vào ngày 4/10", "Đoàn "
    ...     "tổ chức trợ giúp pháp lý miễn phí cho bà con.")
    True
    >>> rounds_of_activity("Hồ sơ được nhận theo hai đợt, đợt một vào ngày 5/3/2024", "")
    False
    >>> rounds_of_activity("UBND tỉnh ban hành Kế hoạch tuyển dụng, đợt 1 vào ngày 5/3", "")
    False
    >>> rounds_of_activity("Kinh phí được chi trả làm hai đợt, đợt 1 vào ngày 5/4", "Sở tổ "
    ...     "chức Hội nghị tập huấn nghiệp vụ hộ tịch.")
    False
    """
    if ISSUES.search(sentence) or INVITED.search(sentence) or paid_or_filed(sentence):
        return False
    return has_activity(sentence) or (
        has_activity(lead) and not ISSUES.search(lead) and not INVITED.search(lead)
    )


def round_of(doc: Doc, day: Span, body_start: int) -> str:
    """What ``day`` dates a round of (``…, đợt một vào ngày 4/10 tại xã A; đợt hai vào ngày
    9/11 …``): ``"activity"`` when the rounds are an activity's (:func:`rounds_of_activity`, with
    the body's sentence before), ``"payment"`` when a payment's or a filing window's
    (:func:`paid_or_filed`: no event at all), else ``""`` (no round, or the rounds of a plan:
    ``Kế hoạch tuyển dụng …, đợt 1 vào ngày …``)."""
    sent = doc.sentence_of(day.start)
    if not round_day(doc.text, day.start, sent.start):
        return ""
    sentence = doc.text[sent.start : sent.end]
    if paid_or_filed(sentence):
        return "payment"
    return "activity" if rounds_of_activity(sentence, _lead(doc, sent.start, body_start)) else ""


def _lead(doc: Doc, start: int, body_start: int) -> str:
    """The text of the sentence before the one at ``start`` in the body ("" for the first)."""
    if start <= body_start:
        return ""
    prev = doc.sentence_of(start - 1)
    return doc.text[prev.start : prev.end] if body_start <= prev.start < start else ""
