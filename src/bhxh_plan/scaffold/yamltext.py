"""A small block-style YAML writer that puts comments exactly where we want them.

``init`` and ``import`` write new plans with comments above sections and at
the end of lines (source cells, framework citations, placeholders). ruamel's
comment API is awkward for that, so plain data wrapped in :class:`Note` is
written as text here, and :func:`render` proves the result by loading it back
with the project's own loader: the text is returned only when it reads back
as exactly the data that was given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Final

WIDTH: Final = 100
_INDICATORS: Final = frozenset("!&*[]{}|>'\"%@`#,")
# Anything YAML 1.1 or 1.2 could read as something other than text is quoted.
_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS: Final = frozenset(
    f(w)
    for w in ("y", "yes", "n", "no", "true", "false", "on", "off")
    for f in (str.lower, str.capitalize, str.upper)
)
_NUMBERISH: Final = re.compile(r"^[-+]?[0-9._:,]*[0-9][0-9a-fA-FxXoObB._:,]*([eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT: Final = re.compile(r"^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$")
_DATEISH: Final = re.compile(r"^\d{4}-\d\d?-\d\d?")
# Characters a YAML reader treats as line breaks or refuses in a stream.
_ESCAPE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


@dataclass(slots=True)
class Note:
    """A value with comment lines above it (``before``) and at the end of its line (``after``)."""

    value: Any
    before: list[str] = field(default_factory=list)
    after: str = ""


class EmitError(Exception):
    """The text written does not read back as the data (a bug, never bad input)."""


def _unwrap(value: Any) -> Any:
    return value.value if isinstance(value, Note) else value


def plain_data(value: Any) -> Any:
    """The data without its notes (what the written YAML must load as)."""
    value = _unwrap(value)
    if isinstance(value, dict):
        return {k: plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value


def _plain_ok(s: str) -> bool:
    if not s or s != s.strip() or not s.isprintable():
        return False
    if s[0] in _INDICATORS or (s[0] in "-?:" and (len(s) == 1 or s[1] == " ")):
        return False
    if ": " in s or " #" in s or s.endswith(":"):
        return False
    return not (
        s in _NULLS
        or s in _BOOLS
        or _NUMBERISH.match(s)
        or _SPECIAL_FLOAT.match(s)
        or _DATEISH.match(s)
    )


def quoted(s: str) -> str:
    """``s`` as a double-quoted YAML scalar (JSON escapes are valid YAML escapes)."""
    body = json.dumps(s, ensure_ascii=False)
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", body)


def scalar(value: Any) -> str:
    """One scalar as YAML text (strings quoted only when needed)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text) else quoted(text)


def _literal_ok(s: str) -> bool:
    lines = s.split("\n")
    return (
        len(lines) > 1
        and not s.endswith("\n")
        and lines[0][:1] not in (" ", "")
        and all(line == line.rstrip() and line.isprintable() for line in lines)
    )


def comment_lines(text: str, indent: int) -> list[str]:
    """``text`` as ``#`` lines at ``indent``, wrapped to the page width."""
    pad = " " * indent
    out: list[str] = []
    for para in unicodedata.normalize("NFC", text).split("\n"):
        para = _ESCAPE.sub(" ", para).rstrip()
        if not para:
            out.append(f"{pad}#")
            continue
        width = max(40, WIDTH - indent - 2)
        for line in textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False):
            out.append(f"{pad}# {line}")
    return out


def _after(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return "  # " + " ".join(_ESCAPE.sub(" ", text).split()) if text.strip() else ""


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def mapping(self, data: dict[str, Any], indent: int, first_prefix: str | None = None) -> None:
        for i, (key, raw) in enumerate(data.items()):
            note = raw if isinstance(raw, Note) else Note(raw)
            prefix = first_prefix if (i == 0 and first_prefix is not None) else " " * indent
            if note.before:
                # comments of a list item's first key go above its "- "
                at = indent - 2 if (i == 0 and first_prefix is not None) else indent
                self.lines.extend(comment_lines("\n".join(note.before), at))
            self.entry(f"{prefix}{scalar(str(key))}:", note, indent)

    def entry(self, head: str, note: Note, indent: int) -> None:
        value = note.value
        if isinstance(value, dict) and value:
            self.lines.append(head + _after(note.after))
            self.mapping(value, indent + 2)
        elif isinstance(value, list) and value:
            self.lines.append(head + _after(note.after))
            self.sequence(value, indent + 2)
        elif isinstance(value, dict | list):
            self.lines.append(
                f"{head} {'{}' if isinstance(value, dict) else '[]'}" + _after(note.after)
            )
        elif isinstance(value, str) and _literal_ok(value):
            self.lines.append(f"{head} |-" + _after(note.after))
            self.lines.extend(
                " " * (indent + 2) + line if line else "" for line in value.split("\n")
            )
        else:
            self.lines.append(f"{head} {scalar(value)}" + _after(note.after))

    def sequence(self, items: list[Any], indent: int) -> None:
        pad = " " * indent
        for raw in items:
            note = raw if isinstance(raw, Note) else Note(raw)
            self.lines.extend(comment_lines("\n".join(note.before), indent) if note.before else [])
            value = note.value
            if isinstance(value, dict) and value:
                start = len(self.lines)
                self.mapping(value, indent + 2, first_prefix=f"{pad}- ")
                if note.after:
                    self.lines[start] += _after(note.after)
            elif isinstance(value, list) and value:
                self.lines.append(f"{pad}-" + _after(note.after))
                self.sequence(value, indent + 2)
            elif isinstance(value, str) and _literal_ok(value):
                self.lines.append(f"{pad}- |-" + _after(note.after))
                self.lines.extend(" " * (indent + 2) + ln if ln else "" for ln in value.split("\n"))
            else:
                text = (
                    ("{}" if isinstance(value, dict) else "[]")
                    if isinstance(value, dict | list)
                    else scalar(value)
                )
                self.lines.append(f"{pad}- {text}" + _after(note.after))


def render(data: dict[str, Any], header: list[str] | None = None) -> str:
    """``data`` (with :class:`Note` wrappers) as YAML text, checked by loading it back."""
    from bhxh_plan.io.loader import LoadError, load_bytes

    w = _Writer()
    if header:
        w.lines.extend(comment_lines("\n".join(header), 0))
    w.mapping(data, 0)
    text = "\n".join(w.lines) + "\n"
    try:
        loaded = load_bytes(text.encode("utf-8")).data
    except LoadError as exc:
        raise EmitError(f"{exc.message} (line {exc.line})") from None
    if loaded != plain_data(data):
        raise EmitError("the YAML text does not read back as the data")
    return text
