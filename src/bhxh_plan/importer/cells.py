"""Cell text → plan values: repaired Vietnamese, single values and bullet lists.

A list cell (method, partners, tasks) holds one item per line starting with
"-" (or "–", "•", "*"); "+" lines are sub-items and keep their "+ ". A line
that starts with neither continues the item above (text wrapped by hand).
Without any bullet, lines ending in ";" still separate items ("UBND xã;" /
"Hội Nông dân"). Partner names lose the ";" "," "." that close list lines.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from bhxh_plan.hygiene import fix_value

_BULLET: Final = re.compile(r"^[-–—•●▪◦*]\s*")
_PLUS: Final = re.compile(r"^\+\s*")
_CLOSERS: Final = ";,."


def clean(text: str) -> str:
    """Repaired text (broken diacritics, TCVN3, NFC, spaces) with empty lines dropped."""
    lines = [fix_value(line).strip() for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def repaired(text: str) -> bool:
    """Whether :func:`clean` changed more than spacing (diacritics, encoding)."""
    squeeze = " ".join(unicodedata.normalize("NFC", text).split())
    return " ".join(clean(text).split()) != squeeze


def scalar(text: str) -> str | None:
    """A single value: the cleaned text, lines kept, or None when empty."""
    value = clean(text)
    return value or None


def items(text: str, *, trim_end: bool = False) -> list[str]:
    """A list cell as items (see the module docstring)."""
    lines = clean(text).split("\n") if text.strip() else []
    bulleted = any(_BULLET.match(x) or _PLUS.match(x) for x in lines)
    out: list[str] = []
    for line in lines:
        if _PLUS.match(line) and len(line) > 1:
            out.append("+ " + _PLUS.sub("", line, count=1))
        elif _BULLET.match(line) and len(line) > 1:
            out.append(_BULLET.sub("", line, count=1))
        elif out and (bulleted or not out[-1].endswith(";")):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    out = [" ".join(x.split()) for x in out]
    if trim_end:
        out = [x.rstrip(_CLOSERS + " ") for x in out]
    return [x for x in out if x and x != "+"]


def words(text: str) -> list[str]:
    """Short names (languages, respected persons): lines or bullets, else split on , and ;."""
    parts = items(text, trim_end=True)
    if len(parts) == 1:
        parts = [p.strip() for p in re.split(r"[;,]\s*", parts[0])]
    return [p for p in parts if p]
