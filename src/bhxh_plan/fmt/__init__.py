"""Canonical form of plan and framework files (``bhxh-plan fmt``).

:func:`format_bytes` rewrites a file with its keys in schema order, block
style, 2-space indentation, the project's line width and NFC text, keeping
every comment and blank-line group. Before returning, it reads its own output
back and refuses (:class:`FormatError`) if any value or comment would change.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from bhxh_plan.fmt.emit import emit
from bhxh_plan.fmt.order import shape_of
from bhxh_plan.fmt.tree import build
from bhxh_plan.i18n import t
from bhxh_plan.io.comments import read
from bhxh_plan.io.loader import Document, LoadError, decode, load_bytes
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.validate import is_framework_data
from bhxh_plan.waivers import coverage, moved

_BOM = b"\xef\xbb\xbf"
_WAIVER_MARK = "bhxh-plan"


class FormatError(Exception):
    """The canonical form would not hold the same data, comments or waivers (file untouched).

    ``args[0]`` says what would change: "data", "comments" or "waivers" (then
    ``args[1]`` is the line of the waiver).
    """

    def message(self, path: str) -> str:
        """What went wrong, for the user."""
        if self.args[0] == "waivers":
            return t("fmt.unsafe_waiver", path=path, line=self.args[1])
        what = t("fmt.unsafe.comments" if self.args[0] == "comments" else "fmt.unsafe.data")
        return t("fmt.unsafe", path=path, what=what)

    def hint(self) -> str:
        """What to do about it."""
        return t("fmt.unsafe_waiver.hint" if self.args[0] == "waivers" else "fmt.unsafe.hint")


@dataclass(slots=True)
class Formatted:
    """The canonical text of one file and what kind of file it is."""

    kind: str  # "plan" | "framework" | "" (neither: left alone)
    original: str
    text: str
    raw: bytes
    data: bytes

    @property
    def changed(self) -> bool:
        return self.data != self.raw


def kind_of(data: object) -> str:
    """ "framework", "plan", or "" for YAML that is neither."""
    if is_framework_data(data):
        return "framework"
    if isinstance(data, dict) and ("framework" in data or "document" in data):
        return "plan"
    return ""


def nfc(value: Any) -> Any:
    """``value`` with every text (and key) normalised to NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfc(v) for v in value]
    return value


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types (``1 != True != 1.0`` here), ``nan`` equal to itself."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def format_bytes(raw: bytes, name: str = "<string>", original: Document | None = None) -> Formatted:
    """The canonical form of the file ``raw``; raises ``LoadError`` when it does not parse.

    A file with more than ``limits.MAX_NODES`` keys and values is refused by the
    loader (BP004): formatting costs time and memory per value (about 2 s and
    100 MB per 100 000), and no plan comes near that many.
    """
    doc = original or load_bytes(raw, name)
    text = decode(raw)
    kind = kind_of(doc.data)
    if not kind:
        return Formatted("", text, text, raw, raw)
    crlf = "\r\n" in text
    norm = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # most files are already NFC with LF line ends: no need to parse them twice
    ndoc = doc if norm == text else load_bytes(norm.encode("utf-8"), name)
    tree = build(norm, ndoc.root, ndoc.data)
    model = Framework if kind == "framework" else Plan
    out = emit(tree, shape_of(model))
    waived = coverage(norm, ndoc.root, tree.read) if _WAIVER_MARK in norm else []
    found = tree.comments
    del tree, ndoc  # only the text and the expected values are needed from here on
    _verify(out, nfc(doc.data), found, waived, name)
    result = out.replace("\n", "\r\n") if crlf else out
    data = (_BOM if raw.startswith(_BOM) else b"") + result.encode("utf-8")
    return Formatted(kind, text, result, raw, data)


def _verify(out: str, expected: Any, found: list[str], waived: Any, name: str) -> None:
    try:
        back = load_bytes(out.encode("utf-8"), name)
    except LoadError:
        raise FormatError("data") from None
    if not same(back.data, expected):
        raise FormatError("data")
    now = read(out, back.root)
    if sorted(c.text or "" for c in now) != sorted(found):
        raise FormatError("comments")
    # a waiver must keep waiving exactly what it waived (lines move when text is rewrapped)
    line = moved(waived, coverage(out, back.root, now) if _WAIVER_MARK in out else [])
    if line is not None:
        raise FormatError("waivers", line)


__all__ = ["FormatError", "Formatted", "format_bytes", "kind_of", "nfc", "same"]
