"""Writing new YAML files with the canonical emitter (``init``, ``import``, ``frameworks show``).

The tool has one YAML writer: the emitter ``fmt`` uses. Data to write (plain
values, with :class:`Note` wrappers where comments belong) becomes the same
tree ``fmt`` builds from a file, so what the tool writes is already in
canonical form and ``bhxh-plan fmt --check`` accepts it. :func:`dump` proves
the text by loading it back with the project's own loader.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Final

from bhxh_plan.dates import iso_date
from bhxh_plan.fmt import kind_of, nfc
from bhxh_plan.fmt.emit import emit
from bhxh_plan.fmt.order import FREE, shape_of
from bhxh_plan.fmt.tree import Entry, Node, Tree, Trivia
from bhxh_plan.io.dump import WIDTH
from bhxh_plan.io.loader import LoadError, load_bytes
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan

# what a comment cannot hold: line breaks, what a YAML reader takes for one or refuses
_UNFIT: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


@dataclass(slots=True)
class Note:
    """A value with comment lines above it (``before``) and at the end of its line (``after``)."""

    value: Any
    before: list[str] = field(default_factory=list)
    after: str = ""


class EmitError(Exception):
    """The text written does not read back as the data (a bug, never bad input)."""


def plain_data(value: Any) -> Any:
    """The data without its notes (what the written YAML must load as)."""
    if isinstance(value, Note):
        value = value.value
    if isinstance(value, dict):
        return {k: plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value


def _one_line(text: str) -> str:
    return " ".join(_UNFIT.sub(" ", unicodedata.normalize("NFC", text)).split())


def comment_lines(text: str, indent: int) -> list[str]:
    """``text`` as ``#`` lines (without indentation) wrapped to fit the page at ``indent``."""
    out: list[str] = []
    width = max(40, WIDTH - indent - 2)
    for para in unicodedata.normalize("NFC", text).split("\n"):
        para = _UNFIT.sub(" ", para).rstrip()
        if not para:
            out.append("#")
            continue
        for line in textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False):
            out.append(f"# {line}")
    return out


def _node(value: Any, parent: Entry | None, indent: int) -> Node:
    if isinstance(value, dict):
        node = Node("map")
        for key, item in value.items():
            node.entries.append(_entry(str(key), item, node, parent, indent))
        return node
    if isinstance(value, list):
        node = Node("seq")
        for item in value:
            node.entries.append(_entry(None, item, node, parent, indent))
        return node
    return Node("scalar", value)


def _entry(key: str | None, raw: Any, container: Node, parent: Entry | None, indent: int) -> Entry:
    note = raw if isinstance(raw, Note) else Note(raw)
    entry = Entry(key, container, parent, (0, 0), indent)
    entry.node = _node(note.value, entry, indent + 2)
    lead: list[Trivia] = list(comment_lines("\n".join(note.before), indent)) if note.before else []
    entry.lead = lead
    after = _one_line(note.after)
    entry.eol = [f"# {after}"] if after else []
    return entry


def dump(data: dict[str, Any], header: list[str] | None = None) -> str:
    """``data`` (with :class:`Note` wrappers) as canonical YAML, checked by loading it back.

    Keys go in the order of the plan's (or framework's) model, as ``fmt`` puts them.
    Text is written as given: pass it through :func:`nfc_notes` first for a file that
    ``fmt --check`` accepts (``fmt`` writes text in NFC).
    """
    expected = plain_data(data)
    kind = kind_of(expected)
    shape = shape_of(Framework) if kind == "framework" else shape_of(Plan) if kind else FREE
    root = _node(data, None, 0)
    head: list[Trivia] = list(comment_lines("\n".join(header), 0)) if header else []
    text = emit(Tree(root, head, []), shape)
    try:
        loaded = load_bytes(text.encode("utf-8")).data
    except LoadError as exc:
        raise EmitError(f"{exc.message} (line {exc.line})") from None
    if loaded != expected:
        raise EmitError("the YAML text does not read back as the data")
    return text


def nfc_notes(value: Any) -> Any:
    """``value`` with its text in NFC (the canonical form), notes kept."""
    if isinstance(value, Note):
        return Note(nfc_notes(value.value), value.before, value.after)
    if isinstance(value, dict):
        return {nfc(k): nfc_notes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfc_notes(v) for v in value]
    return nfc(value)


__all__ = ["EmitError", "Note", "comment_lines", "dump", "nfc_notes", "plain_data"]


def _restore_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _restore_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_dates(v) for v in value]
    return iso_date(value)


def dump_yaml(data: Any) -> str:
    """Plain data (as from ``model_dump(mode="json")``) as canonical block-style YAML."""
    return dump(_restore_dates(data))
