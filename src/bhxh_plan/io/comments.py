"""The comments of a YAML file, read from where the parser put its scalars.

libyaml marks the exact start and end of every scalar it read (keys and
values, plain, quoted or block), so a ``#`` that starts a comment by YAML's
rules (at the start of a line or after a space or tab) is a comment exactly
when it lies outside every scalar. This is the one place that decides what
is a comment: waivers, BP117 placeholders and ``fmt`` all read comments here,
so a ``#`` inside a quoted value is text for all of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

import yaml

Loc = tuple[str | int, ...]

_HASH: Final = re.compile("#")
_BLANK: Final = re.compile(r"^[ \t]*$", re.MULTILINE)
_NEWLINE: Final = re.compile("\n")
_BEFORE: Final = frozenset(" \t\r\n")
_FEW: Final = 32  # below this many places to check, walking down the tree beats listing scalars


@dataclass(slots=True)
class Comment:
    """A comment (``text``: from ``#`` on, no trailing spaces) or a blank line (``text`` None)."""

    line: int  # 0-based
    column: int  # 0-based
    text: str | None
    full: bool = True  # nothing but spaces before it on its line
    index: int = 0  # offset of the "#" (or of the blank line) in the text


def _span(node: yaml.ScalarNode, text: str) -> tuple[int, int]:
    """Where a scalar's text lies (without a block scalar's header line and trailing blanks)."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        # the header line may carry a comment; trailing blank lines are layout
        nl = text.find("\n", start)
        start = len(text) if nl < 0 else nl + 1
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1
    return start, end


class Scalars:
    """Character ranges of ``text`` that belong to scalars of the node tree ``root``."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str, root: yaml.Node | None) -> None:
        ranges = sorted(r for r in (_span(n, text) for n in _scalars(root)) if r[1] > r[0])
        self.starts = [s for s, _ in ranges]
        self.ends = [e for _, e in ranges]

    def inside(self, index: int) -> bool:
        """Whether the character at ``index`` is part of a scalar."""
        i = bisect_right(self.starts, index) - 1
        return i >= 0 and index < self.ends[i]


def _scalars(root: yaml.Node | None) -> list[yaml.ScalarNode]:
    """Every scalar node once (aliases share nodes, so each collection is walked once)."""
    out: list[yaml.ScalarNode] = []
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            out.append(node)
        elif id(node) not in seen:
            seen.add(id(node))
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    stack.append(k)
                    stack.append(v)
            else:
                stack.extend(node.value)
    return out


class _Descent:
    """Whether an index lies in a scalar, found by walking down only the collections around it.

    Cheaper than :class:`Scalars` when there are few places to check (waivers, placeholders).
    """

    __slots__ = ("root", "text")

    def __init__(self, text: str, root: yaml.Node | None) -> None:
        self.text = text
        self.root = root

    def inside(self, index: int) -> bool:
        node = self.root
        while node is not None:
            if isinstance(node, yaml.ScalarNode):
                start, end = _span(node, self.text)
                return start <= index < end
            if isinstance(node, yaml.MappingNode):
                children = [n for pair in node.value for n in pair]
            else:
                children = node.value
            node = None
            for child in children:
                if child.start_mark.index <= index < child.end_mark.index:
                    node = child
                    break
        return False


def read(
    text: str, root: yaml.Node | None, *, blanks: bool = False, containing: str = ""
) -> list[Comment]:
    """The comments of ``text`` (parsed as ``root``) in order; with ``blanks``, blank lines too.

    ``text`` must be the decoded text the parser read (no byte-order mark). With
    ``containing``, only comments holding that text are wanted, so a file without
    it costs one search.
    """
    if containing and containing not in text:
        return []
    # a "#" starts a comment first on its line or after a space or tab
    hashes = [
        i for i in (m.start() for m in _HASH.finditer(text)) if not i or text[i - 1] in _BEFORE
    ]
    if containing:
        hashes = [i for i in hashes if containing in text[i : text.find("\n", i) % (len(text) + 1)]]
    empty = [m.start() for m in _BLANK.finditer(text)] if blanks else []
    if not hashes and not empty:
        return []
    spans = _Descent(text, root) if len(hashes) < _FEW and not empty else Scalars(text, root)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    found: list[Comment] = []
    last_line = -1
    for index in hashes:
        line = bisect_left(breaks, index)
        if line == last_line or spans.inside(index):
            continue
        line_start = breaks[line - 1] + 1 if line else 0
        end = breaks[line] if line < len(breaks) else len(text)
        body = text[index:end].rstrip(" \t\r")
        full = not text[line_start:index].strip()
        if containing in body:
            found.append(Comment(line, index - line_start, body, full, index))
        last_line = line
    if empty:
        found += [
            Comment(bisect_left(breaks, index), 0, None, True, index)
            for index in empty
            if not spans.inside(index)
        ]
        found.sort(key=lambda c: c.index)
    return found


def value_starts(root: yaml.Node) -> list[tuple[int, int, Loc]]:
    """(0-based line, index, loc) where each value of the tree starts, in text order."""
    out = [(line, index, loc) for line, index, loc, key in starts(root) if not key]
    out.sort(key=lambda item: item[1])
    return out


def starts(root: yaml.Node) -> list[tuple[int, int, Loc, bool]]:
    """(0-based line, index, loc, is a key) where each key and value starts.

    A key has the loc of its value. Aliases are not followed.
    """
    out: list[tuple[int, int, Loc, bool]] = []
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, loc = stack.pop()
        mark = node.start_mark
        out.append((mark.line, mark.index, loc, False))
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                where = (*loc, str(k.value))
                out.append((k.start_mark.line, k.start_mark.index, where, True))
                stack.append((v, where))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append((item, (*loc, i)))
    return out


__all__ = ["Comment", "Loc", "Scalars", "read", "starts", "value_starts"]
