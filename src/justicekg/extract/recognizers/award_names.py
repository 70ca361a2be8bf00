"""Award names: the heads an award is written with, and its canonical name and giver.

``Thủ tướng Chính phủ tặng Bằng khen`` is named ``Bằng khen của Thủ tướng Chính phủ``;
``Huân chương Lao động hạng III`` is ``… hạng Ba`` (and so is a medal of the armed forces,
``Huy chương Chiến sĩ vẻ vang hạng III``); a deputy hands over the head's award
(``Phó Chủ tịch UBND tỉnh trao Bằng khen`` is the chairman's). The patterns here also tell a
named award from a generic lower-case head or a vague aggregate (``nhiều Bằng khen``).
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.lexicon import UPPER, lexicon
from justicekg.text.normalize import fold

_HEAD_TEXT = (
    # (the flag's name may be quoted after "Cờ": "Cờ “Thi đua ngành Tư pháp”")
    r"(?<![\w])(?:Cờ\s*[\"“]?\s*thi đua|Bằng khen|Giấy khen|"
    # the courts' flag: "Cờ đơn vị thi đua xuất sắc của Tòa án nhân dân tối cao"
    r"Cờ đơn vị thi đua xuất sắc|"
    # a flag named by what it is for, in quotes: "cờ “Đơn vị dẫn đầu phong trào thi đua”"
    r"Cờ\s*[\"“][^\"”\n]{0,50}?thi đua[^\"”\n]{0,30}[\"”]|"
    r"Huân chương(?:\s+[\"“]?[A-ZĐ]\w*){1,4}[\"”]?\s+hạng\s+(?:Nhất|Nhì|Ba|III|II|I|[123])|"
    # the armed forces' and police's medals: "Huy chương Chiến sĩ vẻ vang hạng Nhất", "Huy
    # chương Quân kỳ quyết thắng", "Huy chương Vì an ninh Tổ quốc" (never a contest's "Huy
    # chương Vàng": a class or one of these names)
    r"Huy chương(?:\s+[\"“]?[A-ZĐ]\w*){1,4}[\"”]?\s+hạng\s+(?:Nhất|Nhì|Ba|III|II|I|[123])|"
    r"Huy chương\s*[\"“]?(?:Quân kỳ quyết thắng|Vì an ninh Tổ quốc)[\"”]?|"
    r"Huân chương (?:Sao [Vv]àng|Hồ Chí Minh|Hữu [Nn]ghị|Tự [Dd]o|Đại đoàn kết dân tộc|"
    r"Dũng cảm)|"
    # a sector's own medals: "Kỷ niệm chương Bảo vệ pháp chế" (procuracy), "… Bảo vệ an
    # ninh Tổ quốc" (police)
    r"Kỷ niệm chương\s*[\"“]?(?:Bảo vệ pháp chế|Bảo vệ an ninh Tổ quốc)[\"”]?|"
    # "Kỷ niệm chương Vì sự nghiệp Thi hành án dân sự", "… Vì sự nghiệp xây dựng tổ chức
    # Công đoàn", "Kỷ niệm chương Vì thế hệ trẻ": a medal named "Vì …" (a capital "Vì" unless
    # "vì sự nghiệp" follows: "tặng Kỷ niệm chương vì đã có …" gives a reason, not a name)
    r"Kỷ niệm chương\s*[\"“]?(?:[Vv]ì sự nghiệp(?:\s+[\w]+){1,7}?|(?-i:Vì)(?:\s+[\w]+){1,6}?)"
    r"[\"”]?"
    r"(?=\s*(?:[,.;:()]|\s(?:cho|của|và|tại|được|nhằm|gồm|năm|đối với|tới|vì|do|lên|để|"
    r"đợt|lần|có|đã)"
    r"(?![\w])|[ \t]*\n|$))|"
    # a medal named by its head alone ("trao kỷ niệm chương cho B"): no name follows it
    r"Kỷ niệm chương(?=\s+(?:cho|và|từ|do|của|tới|đến|tại)(?![\w])|\s*[,.;:!?()\n]|\s*$)|"
    r"Chiến s[ĩỹ] thi đua|Tập thể lao động [xs]uất sắc|Tập thể lao động tiên tiến|"
    r"Lao động tiên tiến|Anh hùng Lao động|Anh hùng Lực lượng vũ trang nhân dân)(?![\w])"
)
#: (a line break may fall inside a name: "tặng thưởng Huân\nchương Lao động hạng Nhất")
AWARD_HEAD = re.compile(_HEAD_TEXT.replace(" ", r"\s+"), re.IGNORECASE)
AWARD_QUALIFIER = re.compile(
    r"\s+(?:của\s+)?(?P<q>ngành Tư pháp|cấp tỉnh|cấp cơ sở|cơ sở|toàn quốc|cấp Bộ"
    # another sector's title or flag: "Chiến sĩ thi đua ngành Kiểm sát nhân dân", "Cờ thi đua
    # của ngành Tòa án" (never a body: "Cờ thi đua của Tòa án nhân dân tối cao")
    # an emulation bloc's flag: "Cờ thi đua khối các cơ quan Nội chính" (up to its year)
    r"|(?:khối|cụm)\s+(?!thi đua\s+số)[^\d,.;:()\n]{3,50}?(?=\s+năm\s|\s*[,.;:(]|"
    r"\s+(?:cho|của|và|được|do|vì)\s)"
    r"|(?:ngành\s+)?(?:Tòa\s+án|Kiểm\s+sát|Công\s+an|Thi\s+hành\s+án\s+dân\s+sự)"
    r"(?:\s+nhân\s+dân)?(?!\s+(?:nhân\s+dân|tối\s+cao|cấp|tỉnh|thành\s+phố|huyện|quận|"
    r"thị\s+xã|(?-i:[A-ZĐ]))))(?![\w])",
    re.IGNORECASE,
)
OF_GIVER = re.compile(r"\s+(?:của\s+)?")
LOWER_HEAD_GIVER = re.compile(r"\s+của\s+[A-ZĐ]")
#: "danh hiệu tập thể lao động xuất sắc": a lower-case head named as a title is specific
TITLE_WORD = re.compile(r"danh hiệu\s*[\"“]?\s*$", re.IGNORECASE)
#: "nhiều Bằng khen", "nhiều danh hiệu Chiến sĩ thi đua": no one award
VAGUE = re.compile(r"(?<![\w])nhiều\s+(?:danh hiệu\s+)?$", re.IGNORECASE)
#: "nhiều Bằng khen, giấy khen của A, B": a head listed right after a vague one is vague too
VAGUE_LISTED = re.compile(
    r"(?<![\w])nhiều\s+(?:danh hiệu\s+)?(?:bằng khen|giấy khen|huân chương|huy chương|"
    r"kỷ niệm chương|cờ thi đua)(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)$",
    re.IGNORECASE,
)
#: another sector than the justice ministry's, as a title's or a flag's qualifier
_SECTOR = re.compile(
    r"(?:ngành\s+)?(?:Tòa án|Kiểm sát|Công an|Thi hành án dân sự)(?:\s+nhân dân)?", re.IGNORECASE
)
#: the flags a giver's name follows ("Cờ thi đua của …", "Cờ đơn vị thi đua xuất sắc của …")
_FLAGS = ("Cờ thi đua", "Cờ đơn vị thi đua xuất sắc")
_ROMAN_CLASS = {"I": "Nhất", "II": "Nhì", "III": "Ba", "1": "Nhất", "2": "Nhì", "3": "Ba"}
EXCELLENT = re.compile(r"\s+xuất sắc(?![\w])")
#: what a flag is for, between it and its giver: "Cờ thi đua dẫn đầu Khối thi đua các cơ quan
#: Nội chính của UBND tỉnh", "Cờ thi đua đơn vị dẫn đầu phong trào thi đua của Bộ Tư pháp" (the
#: flag is the giver's all the same)
LEADING = re.compile(
    r"\s+(?:đơn vị\s+)?(?:xuất sắc\s+)?dẫn đầu(?:[ \t]+[^\s,.;:()]+){0,12}?"
    rf"(?=\s+của\s+[{UPPER}])"
)
#: "Bằng khen đột xuất của …", "Bằng khen chuyên đề của …": the kind of merit between the
#: head and its giver (the award is the giver's all the same)
OCCASION = re.compile(r"\s+(?:đột xuất|chuyên đề)(?=\s+(?:của\s+)?[A-ZĐ])")


def canonical_award(
    head: str, qualifier: str | None, *, as_written: bool = False
) -> tuple[str, str | None, str | None] | None:
    """The canonical award (name, conferrer, recipient kind) for a head and a qualifier;
    ``as_written`` when the text names the giver after the head (``Bằng khen của UBND huyện
    A`` keeps the committee, ``UBND huyện A tặng Bằng khen`` is its chairman's: the issue's and
    the kit's rule).

    >>> canonical_award("Bằng khen", "Thủ tướng Chính phủ")[0]
    'Bằng khen của Thủ tướng Chính phủ'
    >>> canonical_award("Cờ thi đua", "ngành Tư pháp")[0]
    'Cờ thi đua ngành Tư pháp'
    """
    head = " ".join(head.replace('"', " ").replace("“", " ").replace("”", " ").split())
    if head.lower().startswith("kỷ niệm chương "):  # a medal's proper name keeps its capitals
        head = "Kỷ niệm chương " + head[len("kỷ niệm chương ") :]
    elif not head.startswith("Huân") and not head.lower().startswith("huy chương"):
        # (an order's or a medal's proper name keeps its capitals)
        head = head[:1].upper() + head[1:].lower()
    head = head.replace("Chiến sỹ", "Chiến sĩ")
    if head.startswith("Cờ ") and head not in _FLAGS and "thi đua" in head:
        # "cờ “Đơn vị dẫn đầu phong trào thi đua”": the giver's Cờ thi đua, as a leading
        # unit's flag written unquoted is ("Cờ thi đua dẫn đầu … của UBND tỉnh")
        head = "Cờ thi đua"
    if head.lower().startswith(("huân chương", "huy chương")):
        word = "Huân" if head.lower().startswith("huân") else "Huy"
        head = f"{word} chương" + head[len(word) + len(" chương") :]
        # "hạng III", "hạng nhất": the class in words, as the canonical name writes it
        head = re.sub(r"(?<=hạng )(I{1,3}|[123])$", lambda r: _ROMAN_CLASS[r.group(1)], head)
        head = re.sub(r"(?<=hạng )(nhất|nhì|ba)$", lambda r: r.group(1).capitalize(), head)
    table = lexicon().awards
    if qualifier:
        # a deputy hands over the head's award: "Phó Chủ tịch UBND tỉnh trao Bằng khen" is
        # the chairman's Bằng khen, "Thứ trưởng … trao Bằng khen" the minister's
        qualifier = re.sub(r"^(?:Phó |Thứ trưởng(?= Bộ))", _deputy_to_head, qualifier)
        for cand in (f"{head} {qualifier}", f"{head} của {qualifier}"):
            hit = table.get(fold(cand))
            if hit:
                return hit
        if qualifier[:4].lower() in ("khối", "cụm "):
            if head == "Cờ thi đua":
                return f"{head} {qualifier}", None, "organization"  # a bloc's flag, as written
            return canonical_award(head, None)
        sector = _SECTOR.fullmatch(qualifier)
        if sector is not None and head in ("Chiến sĩ thi đua", "Cờ thi đua"):
            # another sector's title or flag, named as written (its giver is the sector's)
            kind = "person" if head.startswith("Chiến") else "organization"
            return f"{head} {qualifier}", None, kind
        if head not in ("Bằng khen", "Giấy khen", *_FLAGS):
            # a title (Tập thể lao động xuất sắc, Chiến sĩ thi đua) or an order (Huân chương):
            # the giver is not part of its name
            return table.get(fold(head)) or _other_medal(head)
        if qualifier.startswith(("Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân")):
            conferrer = qualifier.removeprefix("Chủ tịch ")
            if head in _FLAGS:  # the giver as the text names it (rebuilt split wording)
                return f"{head} của {qualifier}", conferrer, "organization"
            if head in ("Bằng khen", "Giấy khen") and not as_written:
                return f"{head} của Chủ tịch {conferrer}", conferrer, None  # its chairman's
            return f"{head} của {qualifier}", conferrer, None
        if head in ("Bằng khen", "Giấy khen", *_FLAGS) and qualifier[:1].isupper():
            # "Giấy khen của Giám đốc Sở Tư pháp …": the giver as the text names it
            words = qualifier.split()
            title_words = 0
            for k, w in enumerate(words):  # strip a leading title to name the conferring body
                if (
                    k
                    and w[:1].isupper()
                    and (
                        w in ("Sở", "Bộ", "Cục", "Ủy", "Tổng")
                        or _signer(" ".join(words[k:]), bare=True) is not None
                    )
                ):
                    break
                title_words += 1
            conferrer = " ".join(words[title_words:]) or qualifier
            # "Bằng khen của Tòa án nhân dân tối cao": a body named as the giver stays the
            # giver, as written (conventions: the body the text names; dev gold)
            return f"{head} của {qualifier}", conferrer, None
        # the giver is not part of the award's name (Huân chương, Chiến sĩ thi đua toàn quốc)
        return table.get(fold(head)) or _other_medal(head)
    return table.get(fold(head)) or _other_medal(head)


def _other_medal(head: str) -> tuple[str, str | None, str | None] | None:
    """A medal or an order the award list does not name (``Kỷ niệm chương Vì sự nghiệp Dân
    vận``, ``Huân chương Đại đoàn kết dân tộc``): its name as written; a commemorative medal is
    a person's.

    >>> _other_medal("Kỷ niệm chương vì sự nghiệp Dân vận")
    ('Kỷ niệm chương Vì sự nghiệp Dân vận', None, 'person')
    >>> _other_medal("Huân chương Đại đoàn kết dân tộc")
    ('Huân chương Đại đoàn kết dân tộc', None, None)
    """
    m = re.fullmatch(r"Kỷ niệm chương [Vv]ì (.+)", head)
    if m:
        return f"Kỷ niệm chương Vì {m.group(1)}", None, "person"
    if re.fullmatch(r"Huân chương [A-ZĐ].*", head):
        return head, None, None
    if re.fullmatch(r"Huy chương [A-ZĐ].*", head):
        return head, None, "person"  # a medal of the armed forces or the police: a person's
    return None


@cache
def _signers() -> tuple[tuple[str, str], ...]:
    """(body head, its head's title) from ``award_givers.tsv``, longest head first."""
    rows = [(r["body"], r["title"]) for r in gz.load_rows("award_givers")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _signer(giver: str, *, bare: bool = False) -> str | None:
    """The title of the head who signs an award "of" the body ``giver`` (``Sở Tư pháp tỉnh
    A`` → ``Giám đốc``); None when ``giver`` is not a bare body (``Bộ trưởng Bộ Công an``)
    — with ``bare``, only whether it starts with a body (a title's own head word aside).

    >>> _signer("Bộ Công an"), _signer("Bộ trưởng Bộ Công an")
    ('Bộ trưởng', None)
    """
    rows = _signers()
    if not bare and any(giver == t or giver.startswith(t + " ") for _, t in rows):
        return None  # already a title
    for body, title in rows:
        if giver == body or giver.startswith(body + " "):
            return title
    return None


def _deputy_to_head(m: re.Match[str]) -> str:
    return "Bộ trưởng" if m.group(0).startswith("Thứ") else ""
