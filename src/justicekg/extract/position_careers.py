"""Career histories: the cue that opens a list of the posts a person held.

``ông A từng giữ các chức vụ: Phó Chánh Văn phòng Bộ Tư pháp, Thứ trưởng Bộ Tư pháp, Chủ
tịch UBND tỉnh X``, ``bà B đã kinh qua các chức vụ Phó Giám đốc Sở …``, ``ông C từng là
Chánh án …``, ``đã trải qua nhiều cương vị công tác: …``: after the cue the chain of titles
reads as after an apposition, each post with its own body (the convention lists every post
held). The cue is a regular-expression alternative for the linker's appointment cue.
"""

from __future__ import annotations

__all__ = ["CAREER_CUE"]

#: "từng giữ các chức vụ:", "đã kinh qua nhiều cương vị công tác như", "từng là"
CAREER_CUE = (
    r"(?:đã\s+)?(?:từng\s+)?(?:giữ|kinh qua|trải qua|đảm nhiệm|đảm nhận|là)\s+"
    r"(?:(?:các|nhiều|những)\s+)?(?:chức vụ|chức danh|cương vị|vị trí)"
    r"(?:\s+(?:quan trọng|lãnh đạo|công tác|chủ chốt))*(?:\s+(?:như|gồm))?\s*:?\s*"
    r"|(?:đã\s+)?từng\s+(?:là|giữ chức|làm)\s+"
)
