"""Desk checks, not an inspection held: a check whose object is a document, a file or an asset
(``kiểm tra, rà soát văn bản``, ``xác minh, kiểm tra tài sản của người phải thi hành án``,
``kiểm tra vật chứng``, ``Hồ sơ được kiểm tra kỹ lưỡng``) is a task of a field of work; the cue
``kiểm tra`` there reports no inspection on a page that dates none. A check held at a body
(``… kiểm tra hồ sơ tại / ở Chi cục …``), organized as a round (``tổ chức đợt kiểm tra hồ sơ``) or
given a day of its own stays one. The objects are in ``data/gazetteers/check_object_nouns.tsv``;
:data:`DESK_CHECKS` is blanked, as ``NOT_CUES`` is, before an undated sentence's cues are read.
"""

from __future__ import annotations

import re

from justicekg.extract.gazetteers import LazyPattern, alternation
from justicekg.extract.lexicon import UPPER

__all__ = ["DESK_CHECKS"]

#: the desk verbs a check is listed with ("xác minh, kiểm tra", "kiểm tra, rà soát, xử lý")
_VERBS = r"(?:kiểm tra|rà soát|xác minh|xử lý|thẩm định|hệ thống hóa|theo dõi|phân loại|kiểm kê)"
#: no "tại / ở / trên địa bàn <somewhere>" later in the clause: a check held at a body
#: ("kiểm tra hồ sơ hộ tịch ở UBND xã …", review 14b N5; "ở" only before a name, not "ở
#: khâu tiếp nhận")
_NOT_HELD_AT = rf"(?![^.;:]{{0,80}}?(?<![\w])(?:tại\s|trên địa bàn\s|ở\s+(?-i:[{UPPER}])))"


def _desk_checks() -> re.Pattern[str]:
    objects = alternation("check_object_nouns")
    return re.compile(
        # "xác minh, kiểm tra tài sản", "kiểm tra, rà soát các văn bản" (not "đợt kiểm tra hồ
        # sơ": a round of checks organized)
        rf"(?<![\w])(?<!đợt )(?<!cuộc )(?<!buổi )(?:tự\s+)?{_VERBS}"
        rf"(?:\s*(?:,|và)\s*(?:tự\s+)?{_VERBS})*\s+(?:lại\s+)?"
        rf"(?:các\s+|những\s+|toàn bộ\s+)?(?:{objects})(?![\w]){_NOT_HELD_AT}"
        # "Hồ sơ được kiểm tra kỹ lưỡng": the documents checked
        rf"|(?<![\w])(?:{objects})(?:\s+[^\s,.;:]+){{0,3}}?\s+(?:đều\s+|đã\s+)?được\s+kiểm tra"
        r"(?![\w])",
        re.IGNORECASE,
    )


#: a desk check (the objects in ``data/gazetteers/check_object_nouns.tsv``)
DESK_CHECKS = LazyPattern(_desk_checks)
