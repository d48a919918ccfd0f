"""Approximate text widths in Times New Roman, for rules under text and row heights.

Word and Excel lay text out themselves; these widths only decide things they
cannot: how long the rule under "Độc lập - Tự do - Hạnh phúc" must be, and how
tall a wrapped spreadsheet row must be so that nothing is hidden. Widths are the
Adobe metrics of Times Roman/Bold (Times New Roman and Liberation Serif share
them); a Vietnamese letter is measured as its base letter.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

_CHARS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~"
)
_REGULAR_TEXT = """
250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500
500 500 500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722
611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444
500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722
500 500 444 480 200 480 541
"""
_REGULAR = tuple(int(x) for x in _REGULAR_TEXT.split())
_BOLD_TEXT = """
250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500
500 500 500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778
667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500
556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722
500 500 444 394 220 394 520
"""
_BOLD = tuple(int(x) for x in _BOLD_TEXT.split())
_WIDTHS = {
    False: dict(zip(_CHARS, _REGULAR, strict=True)),
    True: dict(zip(_CHARS, _BOLD, strict=True)),
}
_SPECIAL = {"Đ": "D", "đ": "d", "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
_WIDE = {"—": 1000, "…": 1000, "–": 500}

PT_PER_MM = 72 / 25.4


@lru_cache(maxsize=4096)
def _char_units(ch: str, bold: bool) -> int:
    table = _WIDTHS[bold]
    if ch in table:
        return table[ch]
    if ch in _WIDE:
        return _WIDE[ch]
    base = _SPECIAL.get(ch) or unicodedata.normalize("NFD", ch)[:1]
    return table.get(base, 500)


@lru_cache(maxsize=65536)
def _word_units(word: str, bold: bool) -> int:
    return sum(_char_units(ch, bold) for ch in word)


def text_width_pt(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of ``text`` in points at ``size`` pt."""
    return _word_units(text, bold) * size / 1000


def mm(points: float) -> float:
    """Points to millimetres."""
    return points / PT_PER_MM


def wrapped_lines(text: str, width_pt: float, size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries in ``width_pt``.

    Explicit line breaks start new lines; a word wider than the column is
    broken, as Word and Excel do.
    """
    if width_pt <= 0:
        return max(1, text.count("\n") + 1)
    space = _char_units(" ", bold)
    limit = width_pt * 1000 / size
    total = 0
    for line in text.split("\n"):
        used = 0.0
        count = 1
        for word in line.split(" "):
            w = _word_units(word, bold)
            if used == 0:
                used = w
            elif used + space + w <= limit:
                used += space + w
                continue
            else:
                count += 1
                used = w
            if used > limit:
                count += math.ceil(used / limit) - 1
                used = used % limit
        total += count
    return total
