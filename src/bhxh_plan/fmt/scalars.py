"""How one scalar is written in canonical form.

Strings are plain when YAML (1.1 or 1.2, any parser) reads them back as the
same text, double-quoted otherwise; text with line breaks uses a literal block
(``|``/``|-``). Plain and double-quoted text is folded at spaces to the line
width; folding never changes the value, which :mod:`bhxh_plan.fmt` verifies
by reading the result back.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, Final

from bhxh_plan.io.dump import WIDTH

_INDICATORS: Final = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Plain text that some YAML reader would take for a null, boolean, number, date or key
_IMPLICIT: Final = re.compile(
    r"""(?x)^(?:
      ~ | null | Null | NULL
    | y | Y | yes | Yes | YES | n | N | no | No | NO
    | true | True | TRUE | false | False | FALSE
    | on | On | ON | off | Off | OFF
    | [-+]?[0-9.][0-9_.:eE+-]*
    | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
    | [-+]?0[xob][0-9a-fA-F_]+
    | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*
    | = | <<
    )$""",
    re.DOTALL,
)
# Characters a YAML stream may hold unescaped (YAML 1.2, 5.1), minus the line-break look-alikes
_PRINTABLE: Final = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*"
)
_ESCAPES: Final = {
    "\\": "\\\\",
    '"': '\\"',
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def plain_ok(text: str) -> bool:
    """Whether ``text`` can be written without quotes in block context."""
    return bool(
        text
        and text[0] not in _INDICATORS
        and text[0] != " "
        and text[-1] != " "
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not text.startswith("...")
        and _PRINTABLE.fullmatch(text)
        and not _IMPLICIT.match(text)
    )


def _literal_ok(text: str) -> bool:
    if "\n" not in text or text.endswith("\n\n") or text[0] in " \n":
        return False
    lines = text.removesuffix("\n").split("\n")
    return all(_PRINTABLE.fullmatch(line) and line == line.rstrip(" ") for line in lines)


def quoted(text: str) -> str:
    """``text`` as a double-quoted scalar on one line."""
    out = ['"']
    for ch in text:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif _PRINTABLE.fullmatch(ch):
            out.append(ch)
        else:
            code = ord(ch)
            out.append(
                f"\\x{code:02X}"
                if code <= 0xFF
                else f"\\u{code:04X}"
                if code <= 0xFFFF
                else f"\\U{code:08X}"
            )
    out.append('"')
    return "".join(out)


def _breaks(text: str, *, plain: bool) -> list[int]:
    """Positions of spaces where a line may be folded without changing the value."""
    out = []
    for i, ch in enumerate(text):
        if ch != " " or i == 0 or i + 1 >= len(text):
            continue
        before, after = text[i - 1], text[i + 1]
        if before == " " or after == " " or before == "\\":
            continue
        if plain and after in _INDICATORS:
            continue
        out.append(i)
    return out


def _fold(text: str, column: int, indent: int, *, plain: bool) -> list[str]:
    """Greedy word wrap at the allowed spaces; continuation lines start at ``indent``."""
    if column + len(text) <= WIDTH:
        return [text]
    lines: list[str] = []
    start, last_ok, limit = 0, -1, WIDTH - column
    for pos in _breaks(text, plain=plain):
        if pos - start > limit and last_ok > start:
            lines.append(text[start:last_ok])
            start, limit = last_ok + 1, WIDTH - indent
        last_ok = pos
    if len(text) - start > limit and last_ok > start:
        lines.append(text[start:last_ok])
        start = last_ok + 1
    lines.append(text[start:])
    return [lines[0], *(" " * indent + line for line in lines[1:])]


def render_key(key: str) -> str:
    """A mapping key: plain when safe, else double-quoted (keys never fold)."""
    return key if plain_ok(key) else quoted(key)


def render_value(
    value: Any, column: int, indent: int, *, fold: bool = True
) -> tuple[list[str], int]:
    """Lines of a scalar starting at ``column``; continuation lines start at ``indent``.

    Without ``fold``, plain and quoted text stays on one line.

    Returns the lines and the index of the line an end-of-line comment may follow.
    """
    if isinstance(value, str):
        if plain_ok(value):
            lines = _fold(value, column, indent, plain=True) if fold else [value]
            return lines, len(lines) - 1
        if _literal_ok(value):
            header = "|" if value.endswith("\n") else "|-"
            body = value.removesuffix("\n").split("\n")
            return [header, *((" " * indent + line) if line else "" for line in body)], 0
        lines = _fold(quoted(value), column, indent, plain=False) if fold else [quoted(value)]
        return lines, len(lines) - 1
    return [scalar_text(value)], 0


def scalar_text(value: Any) -> str:
    """Canonical text of a null, boolean, number or date."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        return text if any(c in text for c in ".eE") else text + ".0"
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)
