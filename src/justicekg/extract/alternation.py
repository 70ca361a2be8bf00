"""A long alternation matched at a position by only the alternatives that can start there.

``re`` tries the alternatives of ``(?:A|B|…)`` one after the other at a position; with a few
hundred gazetteer forms (and under ``re.IGNORECASE``, where a first letter that does not
match still costs a step per alternative) a ``match`` costs microseconds. Each alternative
here starts by matching one given character, so at a position only those whose character
matches the text's can succeed: :meth:`Alternation.match` uses a pattern of just those
(kept in their order, so the same one wins), compiled once per character met.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["Alternation"]


class Alternation:
    """``re.compile(before + "(?:" + "|".join(alternatives) + ")" + after, flags)`` for
    :meth:`match` only.

    Args:
        alternatives: ``(first, pattern)`` pairs: ``pattern`` (a regex) starts by matching
            the single character ``first`` as a literal (``re.escape(first)``, perhaps inside
            a group), and it matches nothing else there.
        before: a zero-width pattern (a look-behind) that comes before the alternation.
        after: what follows the alternation.
        flags: the ``re`` flags; whether a text's character matches ``first`` is asked of
            ``re`` itself with these flags.

    >>> heads = Alternation([("S", "Sở"), ("S", "Sở Tư pháp"), ("P", "Phòng")], after=r"\\b")
    >>> heads.match("Sở Tư pháp tỉnh", 0).group(0), heads.match("ở Phòng", 0)
    ('Sở', None)
    >>> Alternation([("s", "sở")], flags=re.IGNORECASE).match("Sở", 0).group(0)
    'Sở'
    """

    __slots__ = ("_after", "_alternatives", "_before", "_by_char", "_flags")

    def __init__(
        self,
        alternatives: Sequence[tuple[str, str]],
        *,
        before: str = "",
        after: str = "",
        flags: int = 0,
    ) -> None:
        for first, pattern in alternatives:
            if len(first) != 1:
                raise ValueError(f"{pattern!r}: its first character, not {first!r}")
        self._alternatives = tuple(alternatives)
        self._before, self._after, self._flags = before, after, flags
        self._by_char: dict[str, re.Pattern[str] | None] = {}

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match at ``pos`` of the whole alternation, or None."""
        ch = text[pos : pos + 1]
        try:
            pattern = self._by_char[ch]
        except KeyError:
            pattern = self._by_char[ch] = self._starting_with(ch)
        return pattern.match(text, pos) if pattern is not None else None

    def _starting_with(self, ch: str) -> re.Pattern[str] | None:
        alts = [
            pattern
            for first, pattern in self._alternatives
            if ch and re.fullmatch(re.escape(first), ch, self._flags)
        ]
        if not alts:
            return None
        return re.compile(f"{self._before}(?:{'|'.join(alts)}){self._after}", self._flags)


def first_then_behind(pattern: str, not_after: str = r"[\w]") -> str:
    r"""``(?<!not_after)`` + ``pattern``, with the look-behind read after the first
    character instead (``not_after`` then that character): the same matches, but a pattern
    that starts with a literal or a class is searched for it (fast), while one that starts
    with a look-behind is tried at every position of the text.

    ``pattern`` starts with one literal character, an escape (``\ ``, ``\d``) or a
    class (``[Bb]``), with no quantifier after it; ``not_after`` is a one-character class.

    >>> first_then_behind(r"[Bb]an[ \t]+[Cc]hỉ")
    '[Bb](?<![\\w][\\s\\S])an[ \\t]+[Cc]hỉ'
    >>> [m.start() for m in re.finditer(first_then_behind("Ngân hàng"), "Ngân hàng, xNgân hàng")]
    [0]
    """
    if pattern.startswith("["):
        end = pattern.index("]", 2 if pattern[1:2] in ("]", "^") else 1) + 1
        if pattern[1:2] == "^" and pattern[2:3] == "]":
            end = pattern.index("]", 3) + 1
    elif pattern.startswith("\\"):
        end = 2
    else:
        end = 1
    first = pattern[:end]
    if (
        first in "()|^$"
        or first in ("\\b", "\\B", "\\A", "\\Z")
        or pattern[end : end + 1]
        in (
            "?",
            "*",
            "+",
            "{",
        )
    ):
        raise ValueError(f"{pattern!r} does not start with one character")
    return rf"{first}(?<!{not_after}[\s\S]){pattern[end:]}"


def words_not_after(words: Sequence[str], not_after: str = r"[\w]") -> str:
    r"""``(?<!not_after)(?:w1|w2|…)`` for literal ``words`` (in that order), each word with
    the look-behind after its first letter (:func:`first_then_behind`): an alternation whose
    alternatives all start with a letter, searched for those letters.

    >>> [m.group() for m in re.finditer(words_not_after(["UBND", "Công an"]), "UBND, xCông an")]
    ['UBND']
    """
    return "|".join(first_then_behind(re.escape(w), not_after) for w in words)
