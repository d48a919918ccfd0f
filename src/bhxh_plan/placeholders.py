"""Placeholders: what ``init`` and ``import`` leave for the office to fill in.

A placeholder is text ``<<ĐIỀN: what to write>>``. Where a field holds text
(numbers, names, lists of text) the placeholder is the value itself, so the
plan still validates. Where a field cannot hold text (a date, a level, a form
id) the file carries a sensible value and the placeholder sits in a comment
on that line. Lint rule BP117 finds both, so ``bhxh-plan lint`` lists exactly
what is left. The marker is matched ignoring case, spaces and diacritics
(``<<dien: …>>`` counts too), so a half-edited marker is still found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Final

MARK: Final = "ĐIỀN"
OPEN: Final = "<<"
CLOSE: Final = ">>"
# "<<" then a word folding to "dien", then ":" … up to ">>" (or the end of the line)
_FIND: Final = re.compile(r"<<\s*([^\W\d_]{3,6})\s*:\s*(.*?)\s*(?:>>|$)", re.MULTILINE)


def placeholder(what: str) -> str:
    """``<<ĐIỀN: what>>``."""
    return f"{OPEN}{MARK}: {what}{CLOSE}"


def _fold(word: str) -> str:
    bare = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()


def find(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what) of every placeholder in ``text``."""
    if "<<" not in text:
        return
    for m in _FIND.finditer(unicodedata.normalize("NFC", text)):
        if _fold(m.group(1)) == "dien":
            yield m.start(), m.group(2)
