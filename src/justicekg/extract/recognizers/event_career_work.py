"""Employment, not a working session: ``khi mới vào làm việc tại Chi cục``, ``được nhận vào
làm việc tại Phòng Tư pháp``, ``từng làm việc``, ``sau 20 năm làm việc`` tell where or how
long someone works; the cue ``làm việc`` there reports no meeting. The leading words are in
``data/gazetteers/career_work_leads.tsv``; :data:`CAREER_WORK` is an alternative of
:data:`~justicekg.extract.recognizers.event_kinds.NOT_CUES` (blanked before the cues are read).
"""

from __future__ import annotations

from justicekg.extract.gazetteers import column

_LEADS = "|".join(
    w.replace(" ", r"\s+")
    for w in sorted(column("career_work_leads", "word"), key=len, reverse=True)
)
#: the lead and "làm việc", or a count of years worked ("sau 20 năm làm việc", "hơn 10 năm
#: công tác và làm việc"), not "làm việc với …" (a session with a body: "Đoàn bắt đầu làm việc
#: với Chi cục", "hiện đang làm việc với UBND huyện"); an alternative starting with "|", to
#: append to an alternation
CAREER_WORK = (
    rf"|(?<![\w])(?:(?:{_LEADS})|\d+\s+năm(?:\s+công tác)?(?:\s*(?:,|và)\s*)?)\s+làm việc(?![\w])"
    r"(?!\s+với(?![\w]))"
    # "tôi được làm việc trong cơ quan …", "em làm việc ở đơn vị": a narrator's workplace (not
    # "làm việc với …", a session with a body)
    r"|(?<![\w])(?:(?-i:[Tt]ôi|[Ee]m)\s+(?:(?:được|đã|đang|vẫn|mới)\s+){0,2}|được\s+)"
    r"làm việc(?=\s+(?:trong|tại|ở)\s)"
)
