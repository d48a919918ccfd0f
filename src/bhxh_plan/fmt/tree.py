"""The document as a tree of entries, with its comments and blank lines attached.

Comments and blank lines come from :mod:`bhxh_plan.io.comments` (a ``#``
outside every scalar the parser read). Each comment line and blank line is
attached to the entry (mapping pair or list item) it precedes, so it moves
with that entry when keys are put in schema order; a comment indented below
the last item of a block stays at the end of that block ("trailer"); a comment
after a value on the same line stays at the end of that line ("eol").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

import yaml

from bhxh_plan.io.comments import Comment, read

Trivia = str | None  # a comment (from "#" on) or a blank line


def _flow(node: yaml.Node) -> bool:
    return isinstance(node, yaml.CollectionNode) and bool(node.flow_style)


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


@dataclass(slots=True, eq=False)
class Node:
    """A mapping, a list or a scalar value."""

    kind: str  # "map" | "seq" | "scalar"
    value: Any = None
    entries: list[Entry] = field(default_factory=list)
    trailer: list[Trivia] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Entry:
    """A key and its value, or an item of a list, with the comments that go with it."""

    key: str | None
    container: Node
    parent: Entry | None
    start: tuple[int, int]
    column: int
    node: Node = field(default_factory=lambda: Node("scalar"))
    lead: list[Trivia] = field(default_factory=list)
    eol: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Tree:
    """The root mapping, the comments above it, and every comment found (for checks)."""

    root: Node
    header: list[Trivia]
    comments: list[str]
    read: list[Comment] = field(default_factory=list)  # the comments as read (no blank lines)


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.anchors: dict[int, list[tuple[int, Entry]]] = {}
        self.by_line: dict[int, list[Entry]] = {}

    def _anchor(self, node: yaml.Node, entry: Entry | None) -> None:
        if entry is not None:
            mark = node.end_mark
            self.anchors.setdefault(mark.line, []).append((mark.column, entry))

    def node(self, yn: yaml.Node, value: Any, owner: Entry | None) -> Node:
        if isinstance(yn, yaml.ScalarNode):
            if yn.style not in ("|", ">"):
                self._anchor(yn, owner)
            # escapes (\u0301) survive normalising the text, so values are normalised too
            return Node("scalar", _nfc(value))
        if isinstance(yn, yaml.MappingNode):
            node = Node("map")
            for (kn, vn), (key, item) in zip(yn.value, value.items(), strict=True):
                mark = kn.start_mark
                entry = Entry(_nfc(key), node, owner, (mark.line, mark.column), mark.column)
                self.entries.append(entry)
                self._anchor(kn, entry)
                entry.node = self.node(vn, item, entry)
                node.entries.append(entry)
        else:
            node = Node("seq")
            for item_node, item in zip(yn.value, value, strict=True):
                mark = item_node.start_mark
                column = mark.column if _flow(yn) else yn.start_mark.column
                entry = Entry(None, node, owner, (mark.line, mark.column), column)
                self.entries.append(entry)
                entry.node = self.node(item_node, item, entry)
                node.entries.append(entry)
        if _flow(yn):
            self._anchor(yn, owner)
        return node

    def eol_owner(self, item: Comment) -> Entry | None:
        """The entry whose line an end-of-line comment ends."""
        before = [(col, e) for col, e in self.anchors.get(item.line, ()) if col <= item.column]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
        starting = [e for e in self.by_line.get(item.line, ()) if e.start[1] < item.column]
        return starting[-1] if starting else None


def build(text: str, root: yaml.Node, data: Any) -> Tree:
    """Attach every comment and blank line of ``text`` to the tree of ``root``."""
    b = _Builder()
    tree_root = b.node(root, data, None)
    lines = read(text, root, blanks=True)
    comments = [ln.text for ln in lines if ln.text is not None]
    for entry in b.entries:
        b.by_line.setdefault(entry.start[0], []).append(entry)
    gaps: list[Comment] = []
    for ln in lines:
        owner = None if ln.full or ln.text is None else b.eol_owner(ln)
        if owner is not None and ln.text is not None:
            owner.eol.append(ln.text)
        else:
            gaps.append(ln)
    # aliases repeat earlier nodes, so document order needs a sort
    entries = sorted(b.entries, key=lambda e: e.start)
    starts = [e.start[0] for e in entries]
    groups: dict[int, list[Comment]] = {}
    for ln in gaps:
        groups.setdefault(bisect_left(starts, ln.line + 1), []).append(ln)
    header: list[Trivia] = []
    for index, group in groups.items():
        nxt = entries[index] if index < len(entries) else None
        prev = entries[index - 1] if index > 0 else None
        if prev is None:
            dest = header if nxt is not None else tree_root.trailer
        else:
            dest = nxt.lead if nxt is not None else tree_root.trailer
        _place(group, prev, nxt, dest)
    while header and header[0] is None:
        header.pop(0)
    if None in header and tree_root.entries:
        # after the last blank line, comments describe the first key and move with it
        cut = len(header) - header[::-1].index(None)
        tree_root.entries[0].lead[:0] = header[cut:]
        del header[cut:]
    return Tree(tree_root, header, comments, [c for c in lines if c.text is not None])


def _trailer_of(prev: Entry | None, column: int, next_column: int) -> Node | None:
    """The block a comment indented at ``column`` closes, if it is deeper than what follows."""
    entry = prev
    while entry is not None and entry.column > column:
        entry = entry.parent
    if entry is None or entry.column <= next_column:
        return None
    return entry.container


def _place(group: list[Comment], prev: Entry | None, nxt: Entry | None, lead: list[Trivia]) -> None:
    """Comments deeper than the next entry close the block above; the rest lead ``nxt``."""
    next_column = nxt.column if nxt is not None else -1
    trailing = True
    blanks = False
    for ln in group:
        if ln.text is None:
            blanks = True
            continue
        target = _trailer_of(prev, ln.column, next_column) if trailing else None
        if target is None:
            trailing = False
        dest = lead if target is None else target.trailer
        if blanks and (not dest or dest[-1] is not None):
            dest.append(None)
        blanks = False
        dest.append(ln.text)
    if blanks and nxt is not None and (not lead or lead[-1] is not None):
        lead.append(None)
