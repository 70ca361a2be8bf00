"""Page layout: header, body and footer; date line; byline; title; photo credits.

Web pages carry a site header and menu, then the article, then "Các tin liên quan" and a
footer with the publisher, address, phone and the person responsible. This recognizer marks
those regions in ``doc.meta`` (``body_start``, ``body_end``, ``footer_start``) and adds
``dateline``, ``byline`` and ``credit`` spans (the date line is read in :mod:`.datelines`).
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.datelines import DATELINE, is_dateline, mark_dateline
from justicekg.text.segment import Segment

_FOOTER = re.compile(
    r"^(?:Các tin (?:liên quan|khác|đã đưa)|Tin (?:liên quan|khác|cùng chuyên mục|mới)|"
    r"(?:Các )?(?:bài viết|tin bài|tin tức) khác|Tin (?:đã đưa|mới nhất|nổi bật|đọc nhiều)|"
    r"Đọc nhiều nhất|Xem thêm\s*:?\s*$|Lượt xem|Lượt đọc|Số lượt xem|Ý kiến bạn đọc|"
    r"Gửi ý kiến|Từ khóa\s*:|Tags\s*:|(?:Tin |Bài viết )?cùng chuyên mục|Bình luận\s*$|"
    r"Chia sẻ(?: bài viết)?\s*:?\s*$|"
    r"Bài viết liên quan|Bản quyền|Copyright|©|Địa chỉ\s*:|ĐT\s*:|Điện thoại\s*:|Fax\s*:|"
    r"Email\s*:|E-mail\s*:|Chịu trách nhiệm|Cơ quan chủ quản|Giấy phép|Website được|"
    r"Trang thông tin điện tử|TRANG THÔNG TIN ĐIỆN TỬ|Cổng thông tin điện tử|"
    r"CỔNG THÔNG TIN ĐIỆN TỬ|Lượt truy cập|Số lượt|Đang truy cập|Liên kết website|"
    r"Trả lời\s*$|(?:Để lại|Viết|Gửi) (?:một )?bình luận|Email của bạn sẽ không)",
    re.IGNORECASE,
)
_MENU = re.compile(r"(?:\S[^|]{0,40}\|){2,}|^(?:Trang chủ|Trang chu)\b", re.IGNORECASE)
_BYLINE = re.compile(
    rf"^(?:(?:Tin|Bài|Tin và ảnh|Tin, ảnh|Bài, ảnh|Bài và ảnh|Nguồn|Tác giả)\s*:\s*"
    rf"|Theo\s+(?:[{UPPER}]{{2,5}}\.?\s+)?)?"
    rf"({SYL}(?:{SP}{SYL}){{1,3}})\s*(?:\(.{{0,60}}\)|\s?[-–]\s.{{2,60}})?\s*$"
)
#: "Tin bài: Lê Văn A, Phó Chi cục trưởng Chi cục THADS huyện …": a labelled byline with the
#: author's post or unit
_LABELED_BYLINE = re.compile(
    rf"^(?:Tin bài|Tin, bài|Bài|Tin|Tác giả)\s*:\s*({SYL}(?:{SP}{SYL}){{1,3}})\s*,\s*\S.{{2,80}}$"
)
_BYLINE_PART = re.compile(rf"{SYL}(?:{SP}{SYL}){{1,2}}")
_MULTI_BYLINE = re.compile(
    rf"^(?:(?:Tin|Bài|Tin và ảnh|Tin, ảnh|Bài, ảnh|Bài và ảnh|Nhóm phóng viên)\s*:\s*)?"
    rf"((?:{SYL}(?:{SP}{SYL}){{1,2}})(?:\s*(?:,|[-–]|\svà)\s*{SYL}(?:{SP}{SYL}){{1,2}}){{1,3}})"
    r"\s*$"
)
_UPPER_BYLINE = re.compile(
    r"^(?:(?:TIN|BÀI|Tin|Bài|Tin, ảnh|Bài, ảnh)\s*:\s*)?"
    rf"((?:[{UPPER}]'?)?[{UPPER}]{{1,7}}(?:[ \t](?:[{UPPER}]')?[{UPPER}]{{1,7}}){{1,3}})\s*$"
)
_SOURCE_LINE = re.compile(r"\(?(?:Nguồn|Theo|Ảnh|Tin|Bài)(?![\w])", re.IGNORECASE)
_TAIL_BYLINE = re.compile(rf"[.!?…]\s+({SYL}(?:{SP}{SYL}){{1,3}})\s*$")
#: "Ảnh: Minh Hòa", "Ảnh: Minh Hòa/TTXVN", "Ảnh: VGP/Minh Hòa" (an agency's initials
#: before or after a slash)
_CREDIT = re.compile(
    rf"(?:Tác giả ảnh|Ảnh|Tin|Bài|Tin, ảnh|Tin và ảnh|Bài và ảnh)"
    rf"(?:\s*:\s*|\s+(?=[{UPPER}]{{2,6}}\s*/))"
    rf"(?:[{UPPER}]{{2,6}}\s*/\s*)?"
    rf"({SYL}(?:{SP}{SYL}){{1,3}})(?=\s*(?:$|\n|\)|[-–,;./]))"
)
#: one upper-case syllable, also with a glottal prefix (``R'ÔN``)
_USYL = rf"[{UPPER}](?:'[{UPPER}])?[{UPPER}]*"
#: "Thực hiện: Thu Hà", "BT: Thu Hà + Ảnh: Minh Anh": the staff who made the page, on a line
#: of their own (a label at the line's start), each a person
_STAFF_CREDIT = re.compile(
    rf"^[ \t]*(?:Thực hiện|Biên tập|BT|Trình bày)[ \t]*:[ \t]*({SYL}(?:{SP}{SYL}){{1,3}})"
    r"(?=[ \t]*(?:$|[-–+,;/]))",
    re.MULTILINE,
)
#: "… người dân”. THU HÀ": an upper-case byline ending the article's last paragraph
_UPPER_TAIL_BYLINE = re.compile(rf"[.!?…][”\"»]?[ \t]+({_USYL}(?:[ \t]{_USYL}){{1,3}})[ \t]*$")
#: ``Ảnh: HOÀNG LAN``: a credit in capitals, named in title case
_UPPER_CREDIT = re.compile(
    rf"(?:Ảnh|ẢNH|Tin|Bài|Tin, ảnh|Tin và ảnh|Bài và ảnh)\s*:\s*"
    rf"({_USYL}(?:{SP}{_USYL}){{1,3}})(?![\w'])(?=\s*(?:$|\n|\)|[-–,;.]))"
)
#: an author signing by initials: "H.Dũng", "N.T. Hương", "T.C", "A. CHÂN" — the author, but
#: no person of the page (the kit's persons are named in full)
_INITIALS = rf"(?:[{UPPER}]\.[ ]?){{1,3}}(?:[{UPPER}](?:[{LOWER}]+|[{UPPER}]+)?)(?![\w.'])"
_INITIAL_LINE = re.compile(rf"^(?:(?:Tin|Bài|Tin, ảnh|Bài, ảnh|Ảnh)\s*:\s*)?({_INITIALS})[ \t|]*$")
_INITIAL_TAIL = re.compile(rf"[.!?…]\s+({_INITIALS})\s*$")
#: "Vân Khanh 09:41, 14/03/2022", "Lê Minh Tú | 29/12/2015 10:12", "Thu Hà - Minh Anh
#: 23/06/2023 - 20:08": a byline under the headline with the time it was posted (the time before
#: or after the day, a bar or a dash between)
_STAMPED = re.compile(
    r"\s*[|\-–,]?\s*(?:\d{1,2}:\d\d(?::\d\d)?\s*[,|\-–]?\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s*[,|\-–]?\s*\d{1,2}:\d\d(?::\d\d)?)?)\s*$"
)
_CLOCK = re.compile(r"\d{1,2}:\d\d")
_LOWER_WORD = re.compile(rf"(?<![\w])[{LOWER}]")
_UPPER_LINE = re.compile(rf"^[{UPPER}\d\s,.\-–:()/&]+$")


_LETTERS = re.compile(r"[^\W\d_]{2}")


def _is_prose(line: str) -> bool:
    """A sentence of the article, not a menu or header line: many words, ends in a stop."""
    return len(line.split()) >= 15 and line.rstrip()[-1:] in ".!?…:" and not _MENU.search(line)


_NOT_BYLINE = frozenset(
    "Phó Đồng Toàn Các Lãnh Đại Quang Hội Sở Cục Bộ Ủy Ban Phòng Trang Tin Bài Ảnh Liên "
    "Chủ Giám Trưởng Thứ Tổng Văn Thanh Tòa Viện Trung Chi Địa Điện Email Website "
    "Ông Bà Bác Theo Báo Đài Tạp Cổng Nguồn".split()
)
#: words of a body or source, never in a signing name ("Theo Báo Bắc Kạn"), and the site's
#: controls a page copies as lines of their own ("Sign In", "In bài", "Tìm kiếm")
_SOURCE_WORD = frozenset(
    "Báo Đài Tạp Cổng Sở Cục Bộ Phòng Ban Ủy Theo Nguồn "
    "Sign Login Log In Out Home Menu Search Contact English Register Print Share Tweet Like "
    "Alternate Text Image Logo "
    "Nhập Tìm Gửi".split()
)


_VOWEL = re.compile(
    r"[aeiouyàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE
)


@cache
def _surname() -> re.Pattern[str]:
    """A known surname starting a name (built on first use, from the gazetteer), or a
    syllable with a glottal prefix (``R'Ôn``, ``K'Brơn``: Central Highlands names)."""
    return re.compile(rf"(?:{lexicon().surname_re})\s|[{UPPER}][{LOWER}]?'[{UPPER}{LOWER}]\S*\s")


@cache
def _abbreviations() -> frozenset[str]:
    """``UBND``, ``TAND`` …: never a word of a name in capitals."""
    return frozenset(gz.column("abbreviations", "abbr"))


def _title_case(name: str) -> str:
    """``HOÀNG LAN`` → ``Hoàng Lan``; ``R'ÔN`` → ``R'Ôn``."""
    return " ".join("'".join(p[:1] + p[1:].lower() for p in w.split("'")) for w in name.split())


def _initial_name(name: str) -> str:
    """``H.YẾN`` → ``H.Yến``; ``T.C`` and ``N.T. Hương`` stay as they are."""
    m = re.search(r"[^\W\d_]{2,}$", name)
    if m is None or not m.group(0).isupper():
        return name
    return name[: m.start()] + m.group(0)[0] + m.group(0)[1:].lower()


def _is_name(text: str, *, place_ok: bool = False) -> bool:
    """Whether ``text`` reads as an author's name; a province's name is one only when
    ``place_ok`` (the line carries the posting stamp with its clock time)."""
    lex = lexicon()
    words = text.split()
    # ("Trang Trần": a given name signed before the surname, not "Trang chủ")
    western = len(words) == 2 and words[0] == "Trang" and words[1] in gz.surnames()
    if words and words[0] in _NOT_BYLINE and words[0] not in ("Văn", "Thanh", "Quang"):
        if not western:
            return False
    if not 2 <= len(words) <= 4 or (lex.province(text) and not place_ok):
        return False
    if lex.title_re.match(text):
        return False
    return all(len(w) > 1 and w not in _SOURCE_WORD for w in words)


#: how many lines from the top a time stamp with the authors under it is looked for
_STAMP_LINES = 24


def _byline_after_stamp(doc: Doc, paras: list[Segment]) -> None:
    """The author names (one or several) on the line right after a stamp line (``13/06/2025
    20:31``, ``Thứ Sáu, 13/06/2025``) near the top of the page, before the article's prose."""
    text = doc.text
    for i, p in enumerate(paras[: _STAMP_LINES - 1]):
        line = p.slice(text).strip()
        if _is_prose(line) or len(line) > 200:
            return
        if not (DATELINE.match(line) or is_dateline(line)) or i + 1 >= len(paras):
            continue
        nxt = paras[i + 1]
        if _add_byline(doc, nxt.slice(text), nxt.start):
            return


_BULLET = re.compile(r"\s*[•·▪►]\s*")
#: a bullet item of the page's particulars: a time stamp, a date, a count ("• 2 bình luận")
_PARTICULAR = re.compile(r"\s*[•·▪►]\s*[^\n]{0,30}\d")


def _beside_particulars(text: str, start: int) -> bool:
    """Whether a bullet of the page's particulars (a date, a time, a count) stands right above
    or below the bullet line at ``start``, not only other names."""
    near = [text[: max(0, start - 1)].rsplit("\n", 1)[-1], *text[start:].split("\n", 2)[1:2]]
    return any(_PARTICULAR.match(ln) for ln in near)


def _add_byline(doc: Doc, line: str, start: int, *, place_ok: bool = False) -> bool:
    """Add the byline spans of ``line`` (starting at ``start`` in the text) when the whole line
    opens with one author's name (at most 40 characters) or several names joined
    (``Thu Hà - Minh Anh``: two authors sign), also as an item of the page's bullet list of
    particulars (``• 03/02/2022 08:15`` / ``• 2 bình luận`` / ``• Lê Minh Tú``); True when it
    did."""
    bullet = _BULLET.match(line)
    if bullet is not None:
        if not _beside_particulars(doc.text, start):
            return False  # "Thành phần tham dự:" / "• A" / "• B": a list of names, no author
        line, start = line[bullet.end() :], start + bullet.end()
    mm = _MULTI_BYLINE.match(line)
    parts = list(_BYLINE_PART.finditer(line, *mm.span(1))) if mm else []
    if mm and mm.start(1) == 0 and parts and all(_is_name(x.group(0)) for x in parts):
        for x in parts:
            doc.add(Span(start + x.start(), start + x.end(), "byline", x.group(0), "head"))
        return True
    m = _BYLINE.match(line)
    if m and m.start(1) == 0 and len(line) <= 40 and _is_name(m.group(1), place_ok=place_ok):
        doc.add(Span(start, start + m.end(1), "byline", m.group(1), "head"))
        return True
    return False


@register("layout")
class Layout:
    """Header/body/footer regions, date line, byline and photo credits."""

    name = "layout"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paras = doc.paragraphs
        footer_start = len(text)
        for i, p in enumerate(paras):
            if i > 0 and _FOOTER.match(p.slice(text)) and p.start > len(text) // 3:
                footer_start = p.start
                break
        body_start = 0
        for p in paras[:8]:
            line = p.slice(text)
            if p.start >= footer_start or _is_prose(line):
                break  # the header ends where the article's prose begins
            if (_MENU.search(line) or _UPPER_LINE.match(line)) and _LETTERS.search(line):
                body_start = p.end
                doc.meta.setdefault("header_lines", []).append((p.start, p.end))
            elif len(line.split()) >= 12:
                break  # prose: the article has begun, a later line is no page header
        doc.meta["footer_start"] = footer_start
        doc.meta["body_start"] = body_start
        mark_dateline(doc, paras, footer_start)
        # byline: the last short name-only line of the body, or "…. Name" ending it
        body_paras = [p for p in paras if body_start <= p.start < footer_start]
        # lines of dots or commas left after the byline are no paragraph of the article
        worded = [p for p in body_paras if _LETTERS.search(p.slice(text))]
        for p in reversed(worded[-3:]):
            line = p.slice(text)
            if (
                line.rstrip().endswith(".")
                and len(line.split()) >= 5
                and len(line) <= 200
                and not _SOURCE_LINE.match(line)
            ):
                break  # a short prose line ends the body: no byline above it
            mm = _MULTI_BYLINE.match(line)
            if mm and p is not body_paras[0]:
                # "Thu Hà - Minh Anh", "Thu Hà, Minh Anh": two authors sign
                parts = list(_BYLINE_PART.finditer(line, mm.start(1), mm.end(1)))
                if all(_is_name(x.group(0)) for x in parts):
                    for x in parts:
                        doc.add(Span(p.start + x.start(), p.start + x.end(), "byline", x.group(0)))
                    doc.meta["body_end"] = p.start
                    break
            ml = _LABELED_BYLINE.match(line)
            if ml and _is_name(ml.group(1)) and p is not body_paras[0]:
                # the author signs with a post or unit: a person of the page (the post is a
                # position), the author, not a participant
                doc.meta["signed"] = ml.group(1)
                doc.meta["body_end"] = p.start
                break
            m = _BYLINE.match(line)
            if m and _is_name(m.group(1)) and p is not body_paras[0]:
                doc.add(Span(p.start + m.start(1), p.start + m.end(1), "byline", m.group(1)))
                doc.meta["body_end"] = p.start
                break
            mi = _INITIAL_LINE.match(line)
            if mi and p is not body_paras[0]:
                # "H.Dũng": the author signs by initials, a name not given in full: the
                # author, no person of the page
                doc.meta["signed"] = _initial_name(mi.group(1))
                doc.meta["body_end"] = p.start
                break
            mu = _UPPER_BYLINE.match(line)
            uname = _title_case(mu.group(1)) if mu else ""
            if (
                mu
                and len(mu.group(1).split()[0]) > 1
                and all(_VOWEL.search(w) for w in uname.split())
                and _is_name(uname)
                and p is not body_paras[0]
            ):
                # "THU HẰNG", "K'ÔN BRÌU": an upper-case byline, named in title case
                s, e = p.start + mu.start(1), p.start + mu.end(1)
                doc.add(Span(s, e, "byline", uname, "upper"))
                doc.meta["body_end"] = p.start
                break
            m2 = _TAIL_BYLINE.search(line)
            if m2 and _is_name(m2.group(1)) and len(line) > 200:
                s = p.start + m2.start(1)
                doc.add(Span(s, p.start + m2.end(1), "byline", m2.group(1), "tail"))
                doc.meta["body_end"] = s
                break
            mut = _UPPER_TAIL_BYLINE.search(line)
            utail = _title_case(mut.group(1)) if mut else ""
            if (
                mut
                and len(line) > 200
                and all(_VOWEL.search(w) and len(w) > 1 for w in utail.split())
                and len(utail.split()) <= 3
                and not set(mut.group(1).split()) & _abbreviations()
                and _is_name(utail)
            ):
                # "… người dân”. THU HÀ": the author in capitals, named in title case
                s = p.start + mut.start(1)
                doc.add(Span(s, p.start + mut.end(1), "byline", utail, "tail"))
                doc.meta["body_end"] = s
                break
            mt = _INITIAL_TAIL.search(line)
            if mt and p is body_paras[-1]:  # "… tối cao. A. CHÂN": signed by initials
                doc.meta["signed"] = _initial_name(mt.group(1))
                doc.meta["body_end"] = p.start + mt.start(1)
                break
            if len(line) > 80:
                break
        doc.meta.setdefault("body_end", footer_start)
        if not doc.by_label("byline"):
            # a byline under the title: a name-only line before the article's prose
            for i, p in enumerate(body_paras[1:7], 1):
                line = p.slice(text)
                if _is_prose(line) or len(line) > 200:
                    break
                nxt = body_paras[i + 1].slice(text) if i + 1 < len(body_paras) else ""
                if i >= 4 and not (_is_prose(nxt) or len(nxt) > 200):
                    # past a menu copied as lines ("1. Dòng sự kiện:", "2. …"): a byline
                    # further down is the one line right before the article's prose
                    continue
                stamp = _STAMPED.search(line)
                # a name alone before the day and the clock time it was posted is the
                # author's, even one spelt as a province ("Hà Giang 09/03/2025 - 16:33")
                clocked = stamp is not None and _CLOCK.search(stamp.group(0)) is not None
                if stamp is not None:  # "Vân Khanh 09:41, 14/03/2022"
                    line = line[: stamp.start()]
                mi = _INITIAL_LINE.match(line)
                if mi is not None:  # "T.C |" under the headline: the author by initials
                    doc.meta.setdefault("signed", _initial_name(mi.group(1)))
                    break
                if _add_byline(doc, line, p.start, place_ok=clocked):
                    break
                # "PHAN ANH" under the headline: an upper-case byline whose first word is a surname
                # (or a glottal syllable: "R'ÔN HƠK")
                mu = _UPPER_BYLINE.match(line)
                uname = _title_case(mu.group(1)) if mu and mu.start(1) == 0 else ""
                if (
                    mu is not None
                    and uname
                    and len(line) <= 40
                    and _surname().match(uname)
                    and all(_VOWEL.search(w) for w in uname.split())
                    and _is_name(uname)
                ):
                    doc.add(Span(p.start, p.start + mu.end(1), "byline", uname, "upper-head"))
                    break
        if not doc.by_label("byline"):
            # "13/06/2025 20:31" then "Thu Hà - Minh Anh": the authors on the line right after
            # the page's time stamp, however many header lines (a weather box, a menu) stand
            # before it
            _byline_after_stamp(doc, body_paras)
        for m in _CREDIT.finditer(text):
            if _is_name(m.group(1)) and not doc.covered(m.start(1), m.end(1), ("byline",)):
                doc.add(Span(m.start(1), m.end(1), "byline", m.group(1), "credit"))
        for m in _STAFF_CREDIT.finditer(text):
            if _is_name(m.group(1)) and not doc.covered(m.start(1), m.end(1), ("byline",)):
                doc.add(Span(m.start(1), m.end(1), "byline", m.group(1), "credit"))
        for m in _UPPER_CREDIT.finditer(text):
            name = _title_case(m.group(1))
            # "Ảnh: TTXVN", "Ảnh: VGP HẢI NAM": an agency's initials are no syllable of a name
            if (
                all(_VOWEL.search(w) for w in name.split())
                and _is_name(name)
                and not doc.covered(m.start(1), m.end(1), ("byline",))
            ):
                doc.add(Span(m.start(1), m.end(1), "byline", name, "credit"))
        if doc.title is None:
            for p in paras[:6]:
                line = p.slice(text)
                if (
                    p.start >= body_start
                    and len(line.split()) >= 6
                    and "|" not in line
                    and not DATELINE.match(line)
                    and not is_dateline(line)
                    and not _FOOTER.match(line)  # "Cổng thông tin điện tử Sở …": the site
                ):
                    doc.meta.setdefault("title_candidates", []).append((p.start, p.end))
            if doc.meta.get("title_candidates"):
                a, b = doc.meta["title_candidates"][0]
                doc.title = text[a:b]
        return doc
