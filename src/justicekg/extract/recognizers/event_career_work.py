"""Employment and ways of working, not a working session: ``khi mới vào làm việc tại Chi cục``,
``được nhận vào làm việc tại Phòng Tư pháp``, ``từng làm việc``, ``sau 20 năm làm việc`` tell
where or how long someone works; ``tinh thần làm việc``, ``phong cách làm việc`` (nouns in
``data/gazetteers/work_condition_nouns.tsv``), ``thường xuyên làm việc với …``, ``làm việc
tận tụy``, ``sau khi tốt nghiệp về làm việc tại …`` how someone works or where a career took
them; the cue ``làm việc`` there reports no meeting. The leading words are in
``data/gazetteers/career_work_leads.tsv``; :func:`career_work` is an alternative of
:data:`~justicekg.extract.recognizers.event_kinds.NOT_CUES` (blanked before the cues are read).
"""

from __future__ import annotations

from justicekg.extract.gazetteers import alternation, derived
from justicekg.extract.lexicon import UPPER

#: a person right before the lead: an honorific and at most four capitalized words of a name
#: ("ông Kha Đình Nhượng", "chị Nhiên", "tôi")
_PERSON = (
    r"(?<![\w])(?:anh|chị|ông|bà|em|tôi|cô|chú|đồng chí)"
    rf"(?:\s+(?-i:[{UPPER}])[^\s,.;:()]*){{0,4}}\s+"
)


@derived
def career_work() -> str:
    """The lead and ``làm việc``, or a count of years worked (``sau 20 năm làm việc``, ``hơn
    10 năm công tác và làm việc``), not ``làm việc với …`` (a session with a body: ``Đoàn bắt
    đầu làm việc với Chi cục``, ``hiện đang làm việc với UBND huyện``); an alternative starting
    with ``|``, to append to an alternation (read from the gazetteers once, and after a
    reload)."""
    leads = alternation("career_work_leads", subject="any")
    # the leads that are employment only after a person: "anh A bắt đầu / hiện đang làm việc
    # tại …", not "Đoàn công tác … bắt đầu / hiện đang làm việc tại Sở …" (a session, review
    # 14b m1)
    person_leads = alternation("career_work_leads", subject="person")
    conditions = alternation("work_condition_nouns")
    return (
        rf"|(?<![\w])(?:(?:{leads})|\d+\s+năm(?:\s+công tác)?(?:\s*(?:,|và)\s*)?)\s+"
        r"làm việc(?![\w])(?!\s+với(?![\w]))"
        # "bà A hiện đang làm việc tại …", "ông A bắt đầu làm việc tại …": a person's workplace
        rf"|{_PERSON}(?:{person_leads})\s+làm việc(?![\w])(?!\s+với(?![\w]))"
        # "tôi được làm việc trong cơ quan …", "em làm việc ở đơn vị": a narrator's workplace (not
        # "làm việc với …", a session with a body)
        r"|(?<![\w])(?:(?-i:[Tt]ôi|[Ee]m)\s+(?:(?:được|đã|đang|vẫn|mới)\s+){0,2}|được\s+)"
        r"làm việc(?=\s+(?:trong|tại|ở)\s)"
        # "tinh thần làm việc nghiêm túc", "phong cách làm việc": a way or a condition of working
        rf"|(?<![\w])(?:{conditions})\s+làm việc(?![\w])"
        # "Sở thường xuyên phối hợp, làm việc với …", "luôn làm việc": a habit, no one session
        r"|(?<![\w])(?:thường xuyên|luôn luôn|luôn|hằng ngày|hàng ngày|ngày đêm)"
        r"(?:\s*,?\s+[^\s,.;:]+){0,2}?\s*,?\s+làm việc(?![\w])"
        # "làm việc tận tụy", "làm việc không kể ngày đêm": how someone works
        r"|(?<![\w])làm việc\s+(?:hết mình|tận tụy|tận tâm|miệt mài|vất vả|xuyên trưa|ngoài giờ|"
        r"không kể ngày đêm|không kể ngày nghỉ|cả ngày nghỉ|thêm giờ)(?![\w])"
        # "anh A hiện làm việc tại Văn phòng Sở", "chị A đang làm việc ở …": a person's workplace
        # (not "Đoàn công tác … đang làm việc tại Sở …": a session, review 14b N1)
        rf"|{_PERSON}(?:hiện|hiện nay|đang)\s+làm việc(?=\s+(?:tại|ở|trong)\s)"
        # "Sau khi tốt nghiệp, anh A về làm việc tại Tòa án …": where a career took someone
        r"|(?<![\w])(?:tốt nghiệp|ra trường|xuất ngũ)(?:[\s,]+[^\s.;:,]+){0,12}?[\s,]+(?:về|vào)\s+"
        r"làm việc(?![\w])"
    )
