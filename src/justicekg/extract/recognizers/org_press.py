"""Newspapers and magazines: ``Báo`` / ``Tạp chí`` / ``Tập san`` and the paper's name.

The name is the capitalized words after the head (``Báo Pháp luật Việt Nam``, ``Tạp chí Dân
chủ và Pháp luật``: ``và`` joins two capitalized words), a city written after it (``Báo Pháp
luật TP. Hồ Chí Minh``), and the lower-case syllables that end a name written in sentence
case (``Tạp chí Kiểm sát``, ``Báo Công an nhân dân``) up to punctuation or a word that ends
it (``press_name_stops.tsv``); ``báo`` and ``tạp chí`` written small name a paper after a
word that makes them one (``theo báo X``, ``phóng viên báo X``). A person's full name after
the paper's (its editor's) and an occasion (``nhân dịp …``) are not part of it.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.org_heads import HEAD_RE
from justicekg.text.normalize import expand_abbreviations

__all__ = ["press"]


#: "báo" written small, after a word that makes it a paper ("trao đổi với báo X", "theo báo
#: X", "phóng viên báo X", "tờ báo X")
_SMALL_PAPER = (
    "(?:"
    + "|".join(
        f"(?<={w} )" for w in ("với", "theo", "viên", "của", "trên", "tờ", "PV", "cho", "Theo")
    )
    + ")báo"
)
#: "tạp chí" written small before its capitalized name ("ra mắt tạp chí X"): not a plural
#: ("các tạp chí …") nor the press of a level ("báo, tạp chí Trung ương")
_SMALL_JOURNAL = r"(?<![\w])(?<!các )(?<!những )(?<!nhiều )(?<!báo, )tạp chí(?![ \t]+Trung ương)"
#: a newspaper or magazine: "Báo" / "Tạp chí" / "Tập san" and capitalized name words
#: ("Báo điện tử Công lý": the online paper's own name keeps its "điện tử")
_PRESS = re.compile(
    rf"(?<![\w])(?:(?:Báo|Tạp chí|{_SMALL_PAPER}|{_SMALL_JOURNAL})(?:[ \t]+điện[ \t]+tử)?|Tập san)"
    rf"(?=[ \t]+[{UPPER}])"
)
_PRESS_CITY = re.compile(
    rf"[ \t]+(?:TP\.?|Tp\.?|T\.P\.?)[ \t]*(?P<p>HCM|[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,3}})"
)
_PRESS_WORD = re.compile(rf"[ \t]+([{UPPER}][\w'’]*|[{UPPER}]+)(?![\w])")
#: one or two lower-case syllables inside a name ("Pháp luật Việt Nam", "Dân chủ và Pháp
#: luật"), when capitals go on after them
_PRESS_LOWER = re.compile(rf"[ \t]+([{LOWER}]+(?:[ \t]+[{LOWER}]+)?)(?=[ \t]+[{UPPER}])")


@gz.derived
def _press_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that end a newspaper's name (``press_name_stops.tsv``): function words ("Báo X
    trên …"), reporting verbs' first syllables ("Báo X đưa tin"), and the verbs of one
    syllable ("Báo X viết, …"), which may stand before punctuation."""
    rows = gz.load_rows("press_name_stops")
    return (
        frozenset(r["word"] for r in rows if r["role"] == "stop"),
        frozenset(r["word"] for r in rows if r["role"] == "verb"),
        frozenset(r["word"] for r in rows if r["alone"]),
    )


#: more lower-case syllables after a name than a tail reads
_LONG_NAME = re.compile(rf"(?:[ \t]+[{LOWER}]+){{4}}")
_LOWER_RUN = re.compile(rf"(?:[ \t]+[{LOWER}]+){{1,4}}")
_PUNCT_NEXT = re.compile(r"[ \t]*(?:[,.;:()\n]|$)")


def _press_tail(text: str, end: int) -> list[str]:
    """The lower-case syllables that end a sentence-case name at ``end`` (at most three, none
    a preposition or reporting verb, then punctuation or such a word), else []."""
    run = _LOWER_RUN.match(text, end)
    if run is None:
        return []
    words = run.group(0).split()
    press_stop, press_verbs, one_syllable = _press_words()
    stop = press_stop | press_verbs
    for i in range(min(2, len(words) - 1)):
        # "Tạp chí Khoa học ngày nay", "Tạp chí Nông thôn ngày nay": "today" ends the name
        if words[i : i + 2] == ["ngày", "nay"] and not set(words[:i]) & stop:
            rest = words[i + 2 : i + 3]
            if (rest and rest[0] in stop) or (not rest and _PUNCT_NEXT.match(text, run.end())):
                return words[: i + 2]
    occasion = _occasion_at(words)
    if occasion is not None:
        # "Tạp chí X nhân dịp kỷ niệm …": the name ends before the occasion
        return [] if occasion == 0 else _press_tail_before(words[:occasion], stop)
    best: list[str] = []
    for k in range(1, min(3, len(words)) + 1):
        if words[k - 1] in stop and not (
            # "Báo Giao thông, …", "Báo Giao thông đưa tin": a verb's first syllable before
            # punctuation or a function word is the name's last ("thông" of "thông tin")
            words[k - 1] in press_verbs - one_syllable
            and (words[k] in press_stop if k < len(words) else _PUNCT_NEXT.match(text, run.end()))
        ):
            break
        after = words[k] if k < len(words) else None
        if (
            after in stop
            or (after is None and _PUNCT_NEXT.match(text, run.end()))
            # "Báo Bảo vệ pháp luật và Báo …": "và" before a capital ends the name
            or (after == "và" and k == len(words) - 1)
        ):
            best = words[:k]
    return best


#: what may still follow a paper's name that ends in a place ("Báo Hà Nội mới")
_PRESS_KEPT_AFTER_PLACE = re.compile(r"[ \t]+mới(?=[ \t]*[,.;:()\n]|[ \t]*$)")


def _ends_in_place(words: list[str]) -> bool:
    """The capitalized words of a paper's name end in ``Việt Nam`` or a province's name of two
    or more syllables: the name is complete, and the lower-case words after it are the
    sentence's ("Báo Pháp luật Việt Nam hồi tưởng", "Báo Gia Lai và một số …")."""
    if words[-2:] == ["Việt", "Nam"]:
        return True
    return any(
        all(w[:1].isupper() for w in words[-k:]) and lexicon().province(" ".join(words[-k:]))
        for k in (2, 3, 4)
        if len(words) >= k
    )


#: "nhân dịp", "nhân kỷ niệm", "nhân ngày": an occasion after a paper's name, not part of it
_OCCASION = frozenset("dịp kỷ ngày lễ".split())


def _occasion_at(words: list[str]) -> int | None:
    """The index of ``nhân`` opening an occasion in ``words``, if one does."""
    return next(
        (i for i, w in enumerate(words[:-1]) if w == "nhân" and words[i + 1] in _OCCASION), None
    )


def _press_tail_before(words: list[str], stop: frozenset[str]) -> list[str]:
    """The syllables of ``words`` (all before an occasion) up to the first stop word."""
    cut = next((i for i, w in enumerate(words) if w in stop), len(words))
    return words[:cut] if cut == len(words) else []


@gz.derived
def _next_body() -> re.Pattern[str]:
    """The head of another body after a paper's ``và`` (``press_next_bodies.tsv``)."""
    words = sorted(gz.column("press_next_bodies", "word"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"[ \t]*(?:{alt})(?![\w])")


#: "Báo cáo", "Báo chí" …: compounds of báo, not a newspaper
_NOT_PRESS = frozenset("cáo chí động hiệu tin giá danh".split())


@gz.derived
def _person_run() -> re.Pattern[str]:
    from justicekg.extract.lexicon import SP, SYL

    return re.compile(
        rf"(?:{lexicon().surname_re}){SP}{SYL}(?:{SP}{SYL}){{1,3}}"
        rf"(?=[ \t]*[,.;:()\n]|[ \t]+[{LOWER}]|$)"
    )


def _person_starts(text: str, pos: int) -> bool:
    """A surname and two to four more capitalized syllables up to punctuation or a lower-case
    word start at ``pos``: a person's full name, not more words of a title."""
    return _person_run().match(text, pos) is not None


def press(doc: Doc) -> list[Span]:
    """Newspapers and magazines: ``Báo Pháp luật Việt Nam``, ``Tạp chí Dân chủ và Pháp luật``
    (``và`` joins two capitalized words)."""
    text = doc.text
    out: list[Span] = []
    if not any(w in text for w in ("Báo ", "báo ", "Tạp chí ", "tạp chí ", "Tập san ")):
        return out
    for m in _PRESS.finditer(text):
        end = m.end()
        words: list[str] = []
        while True:
            city = _PRESS_CITY.match(text, end) if words else None
            if city is not None and lexicon().province(city.group("p")) is not None:
                # "Báo Pháp luật TP. Hồ Chí Minh": the city is part of the name
                words.append("thành phố " + lexicon().province(city.group("p")).name)  # type: ignore[union-attr]
                end = city.end()
                break
            w = _PRESS_WORD.match(text, end)
            if w is not None:
                if not words and w.group(1).lower() in _NOT_PRESS:
                    break
                if len(words) >= 2 and _person_starts(text, w.start(1)):
                    break  # "Tổng Biên tập Báo Pháp luật Việt Nam Vũ Hoài Nhân": the editor
                words.append(w.group(1))
                end = w.end()
                continue
            if not words:
                break
            if _ends_in_place(words) and not _PRESS_KEPT_AFTER_PLACE.match(text, end):
                break  # "Báo Pháp luật Việt Nam ra số đầu", "Báo Gia Lai phối hợp …"
            low = _PRESS_LOWER.match(text, end)
            if low is None and words[-1][:1].isupper() and not words[-1].isupper():
                # a sentence-case name ends in lower-case syllables ("Tạp chí Kiểm sát",
                # "Báo Công an nhân dân"): up to three, before punctuation or a reporting verb
                tail = _press_tail(text, end)
                if tail:
                    words.extend(tail)
                    for syl in tail:
                        end = text.index(syl, end) + len(syl)
                elif m.group(0) == "Tập san" and _LONG_NAME.match(text, end):
                    words = []  # "Tập san Pháp chế xã hội chủ nghĩa": longer than we read
                break
            low_words = low.group(1).split() if low is not None else []
            if low_words[:1] == ["nhân"] and (len(low_words) == 1 or low_words[1] in _OCCASION):
                break  # "Báo X nhân dịp Tết": the occasion is not part of the name
            press_stop, press_verbs, _ = _press_words()
            if low is not None and set(low.group(1).split()) & press_stop:
                first = low.group(1).split()[0]
                if " " in low.group(1) and first not in press_stop | press_verbs:
                    words.append(first)  # "… Pháp luật thuộc Bộ": the name ends before thuộc
                break
            if low is None:
                break
            if low.group(1).endswith("và") and (
                _PRESS.match(text, low.end() + 1)
                or lexicon().title_re.match(text, low.end() + 1)
                or HEAD_RE.match(text, low.end() + 1)
                or _next_body().match(text, low.end() + 1)
            ):
                # "Báo A và Tạp chí B", "Báo A và Thủ trưởng …": the name ends, with the
                # lower-case syllables before "và" ("Báo Công lý và Tạp chí …")
                words.extend(low.group(1).split()[:-1])
                end = low.start(1) + len(" ".join(low.group(1).split()[:-1]))
                while text[end - 1] in " \t":
                    end -= 1  # "Tạp chí A và …": the name ends at A
                break
            words.extend(low.group(1).split())
            end = low.end()
        if words[-2:] == ["điện", "tử"] and len(words) > 2:
            words = words[:-2]  # "Báo Đồng Nai điện tử": the paper's online edition is the paper
        if not words or text[m.start() : end].isupper():
            continue
        head = text[m.start() : m.end()]
        head = head[:1].upper() + head[1:]  # "theo báo X": the paper's name is "Báo X"
        name = expand_abbreviations(" ".join([head, *words]))  # "Báo PLVN"
        out.append(Span(m.start(), end, "org", name, "press", {"kind": "other"}))
    return out
