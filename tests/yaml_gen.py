"""Hypothesis strategies: plan-like data written as messy (but valid) YAML with comments.

The writer mixes block and flow style, odd indentation, quoted and plain
scalars, literal blocks, blank lines, and comments at every place YAML allows
them, so that ``fmt`` meets what people actually write.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/plan.schema.json"
WORDS = [
    "Kế hoạch",
    "truyền thông",
    "BHXH",
    "BHYT",
    "tự nguyện",
    "hộ gia đình",
    "Đồng Nai",
    "người lao động",
    "già làng",
    "trưởng bản",
    "tờ rơi",
    "chỉ tiêu",
    "hỗ trợ",
    "Lưu: VT.",
    "như sau:",
    "a #b",
    "- gạch",
    "+ mục con",
    "3.1",
    "3.10",
    "no",
    "yes",
    "on",
    "null",
    "~",
    "2023-01-10",
    "1e3",
    "0x1F",
    "010",
    "{x}",
    "[y]",
    "*sao",
    "&neo",
    "!tag",
    "%p",
    "@a",
    "`b",
    "|ống",
    ">lớn",
    "'nháy'",
    '"kép"',
    "dấu  cách",
    "\u00a0",
    "tab\tx",
    "...",
    "---",
    "=",
    "<<",
]
SLUGS = ["nong-dan", "cap-uy-chinh-quyen", "hoi-nghi-nhom-nho", "tu-nguyen-hgd", "dai-chung"]
_SIMPLE = re.compile(r"[A-Za-zÀ-ỹ][A-Za-zÀ-ỹ0-9 ]*[A-Za-zÀ-ỹ0-9]")
_RESERVED = {"no", "yes", "on", "off", "null", "true", "false", "y", "n", "Null", "NULL"}


def quote(text: str, *, ascii_only: bool = False) -> str:
    """A YAML double-quoted scalar (JSON escapes, plus YAML's for what JSON leaves raw)."""
    out = []
    for ch in json.dumps(text, ensure_ascii=False)[1:-1]:
        code = ord(ch)
        if (ch.isprintable() and (code < 0x80 or not ascii_only)) or ch == " ":
            out.append(ch)
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def _nfd_sometimes(draw: st.DrawFn, text: str) -> str:
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Plan text: phrases, tricky YAML words, long sentences, line breaks, odd characters."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.text(st.characters(exclude_categories=("Cs",)), max_size=30))
    if kind == 1:
        return draw(st.sampled_from(WORDS))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40 if kind == 2 else 6))
    sep = draw(st.sampled_from([" ", " ", ", ", "\n", "; "]))
    text = sep.join(words)
    if kind == 3:
        text += draw(st.sampled_from(["", "\n", " ", ":"]))
    return _nfd_sometimes(draw, text)


def scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        texts(),
        st.sampled_from(SLUGS),
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=False, allow_infinity=True, width=64),
        st.booleans(),
        st.none(),
        st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
    )


def _rows() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": st.sampled_from(SLUGS), "form": st.sampled_from(SLUGS)},
        optional={
            "form_text": texts(),
            "frequency": texts(),
            "method": st.lists(texts(), max_size=4),
            "lead": texts(),
            "partners": st.lists(texts(), max_size=3),
            "mystery_key": scalars(),
        },
    )


def plans() -> st.SearchStrategy[dict[str, Any]]:
    """Plan-shaped data; some values are not what the model wants (fmt must not care)."""
    document = st.fixed_dictionaries(
        {
            "issuer": st.fixed_dictionaries({"unit": texts()}, optional={"parent": texts()}),
            "number": texts(),
            "date": st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
            "title": texts(),
        },
        optional={"recipients": st.lists(texts(), max_size=4), "preamble": texts()},
    )
    entry = st.fixed_dictionaries(
        {"group": st.sampled_from(SLUGS), "rows": st.lists(_rows(), max_size=3)},
        optional={"subgroup": st.one_of(st.none(), st.sampled_from(SLUGS))},
    )
    free = st.recursive(
        scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(st.sampled_from(["a", "b", "khóa", "3.1", "x y"]), inner, max_size=3),
        ),
        max_leaves=6,
    )
    return st.fixed_dictionaries(
        {"framework": st.just("vss-2023"), "year": st.integers(2000, 2100), "document": document},
        optional={
            "level": st.sampled_from(["province", "district"]),
            "purposes": st.lists(texts(), max_size=3),
            "scenario": st.lists(entry, max_size=2),
            "targets": st.dictionaries(st.sampled_from(["hoi_nghi", "tin_bai"]), scalars()),
            "extra_unknown": free,
        },
    )


@dataclass
class Writer:
    """Writes data as YAML, choosing a style and placing comments with ``draw``."""

    draw: st.DrawFn
    comments: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def comment(self) -> str:
        text = f"# c{len(self.comments)} {self.draw(st.sampled_from(['', 'ghi chú', 'x: y', '#']))}"
        text = text.rstrip()
        self.comments.append(text)
        return text

    def maybe_full(self, indent: int) -> None:
        if self.draw(st.integers(0, 5)) == 0:
            self.lines.append("")
        if self.draw(st.integers(0, 3)) == 0:
            col = self.draw(st.sampled_from([indent, 0, indent + 2]))
            self.lines.append(" " * col + self.comment())

    def eol(self) -> str:
        return "  " + self.comment() if self.draw(st.integers(0, 3)) == 0 else ""

    def scalar(self, value: Any) -> str:
        if value is None:
            return self.draw(st.sampled_from(["null", "~", "Null"]))
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            return ".inf" if value == float("inf") else "-.inf" if value < -1e308 else repr(value)
        if isinstance(value, int | dt.date):
            return str(value)
        if _SIMPLE.fullmatch(value) and value not in _RESERVED and self.draw(st.booleans()):
            return value
        return quote(value, ascii_only=self.draw(st.booleans()))

    def flowable(self, value: Any) -> bool:
        return isinstance(value, list | dict) and all(
            not isinstance(v, list | dict)
            for v in (value.values() if isinstance(value, dict) else value)
        )

    def flow(self, value: Any) -> str:
        if isinstance(value, dict):
            inner = ", ".join(f"{quote(k)}: {self.scalar(v)}" for k, v in value.items())
            return "{" + inner + "}"
        return "[" + ", ".join(self.scalar(v) for v in value) + "]"

    def literal_ok(self, value: Any) -> bool:
        return (
            isinstance(value, str)
            and "\n" in value
            and value.strip() == value
            and all(line.strip() == line and line for line in value.split("\n"))
            and all(ch.isprintable() or ch == "\n" for ch in value)
        )

    def value(self, head: str, value: Any, indent: int) -> None:
        """Write ``head`` (``key:`` or ``-``) followed by ``value``."""
        if isinstance(value, dict | list) and value:
            if self.flowable(value) and self.draw(st.integers(0, 2)) == 0:
                self.lines.append(f"{head} {self.flow(value)}{self.eol()}")
                return
            if (
                self.flowable(value)
                and isinstance(value, list)
                and self.draw(st.integers(0, 3)) == 0
            ):
                # a flow list over several lines, with comments after the commas
                self.lines.append(f"{head} [")
                for item in value:
                    self.lines.append(" " * (indent + 4) + self.scalar(item) + "," + self.eol())
                self.lines.append(" " * (indent + 2) + "]" + self.eol())
                return
            self.lines.append(head + self.eol())
            step = self.draw(st.sampled_from([2, 4]))
            if isinstance(value, dict):
                self.mapping(value, indent + step)
            else:
                dash = indent if head.strip() != "-" and self.draw(st.booleans()) else indent + step
                self.sequence(value, dash)
            return
        if isinstance(value, dict | list):
            self.lines.append(f"{head} {'{}' if isinstance(value, dict) else '[]'}{self.eol()}")
        elif self.literal_ok(value) and self.draw(st.booleans()):
            self.lines.append(f"{head} |-{self.eol()}")
            self.lines.extend(" " * (indent + 2) + line for line in value.split("\n"))
        elif head.endswith(":") and self.draw(st.integers(0, 5)) == 0:
            # the value on its own line, maybe after a comment line
            self.lines.append(head + self.eol())
            if self.draw(st.booleans()):
                self.lines.append(" " * (indent + 2) + self.comment())
            self.lines.append(" " * (indent + 2) + self.scalar(value) + self.eol())
        else:
            self.lines.append(f"{head} {self.scalar(value)}{self.eol()}")

    def mapping(self, data: dict[str, Any], indent: int) -> None:
        keys = list(data)
        keys = self.draw(st.permutations(keys)) if self.draw(st.booleans()) else keys
        for key in keys:
            self.maybe_full(indent)
            shown = key if re.fullmatch(r"[a-z_]+", key) else quote(key)
            self.value(" " * indent + shown + ":", data[key], indent)

    def sequence(self, items: list[Any], indent: int) -> None:
        for item in items:
            self.maybe_full(indent)
            self.value(" " * indent + "-", item, indent + 2)


@st.composite
def messy_yaml(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(YAML text of a generated plan, the comments it holds)."""
    w = Writer(draw)
    if draw(st.booleans()):
        w.lines.append(SCHEMA_LINE)
        w.comments.append(SCHEMA_LINE)
    w.mapping(draw(plans()), 0)
    if draw(st.booleans()):
        w.lines.append(w.comment())
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return newline.join(w.lines) + newline, w.comments
