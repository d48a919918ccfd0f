"""Writing the tree back in canonical layout.

The canonical layout: block style, mappings
indented by 2, list dashes indented by 2 under their key (content at 4), the
line width of :data:`bhxh_plan.io.dump.WIDTH`. Comments keep their text and
are indented like the entry they precede.

A waiver keeps covering what it covered: a value with a comment at the end of
its line is never folded (the comment would move to another line), and a
waiver after a collection written on one line (``key: [a, b]  # waiver``)
moves above the entry, where it covers the key and every item as before.
"""

from __future__ import annotations

from bhxh_plan.fmt.order import Shape
from bhxh_plan.fmt.scalars import render_key, render_value
from bhxh_plan.fmt.tree import Entry, Node, Tree, Trivia
from bhxh_plan.waivers import is_waiver

_EMPTY = {"map": "{}", "seq": "[]"}


def emit(tree: Tree, shape: Shape) -> str:
    """The canonical text of ``tree`` whose root mapping has ``shape``."""
    out: list[str] = []
    _trivia(tree.header, 0, out)
    if tree.root.entries:
        _collection(tree.root, shape, 0, out)
    else:
        out.append(_EMPTY.get(tree.root.kind, "{}"))
        _trivia(tree.root.trailer, 0, out)
    return "\n".join(line.rstrip(" ") for line in out) + "\n"


def ordered(node: Node, shape: Shape) -> list[Entry]:
    """The entries of ``node``: mapping keys in schema order, list items as they are."""
    if node.kind != "map":
        return node.entries
    keys = [e.key or "" for e in node.entries]
    return [node.entries[i] for i in shape.order(keys)]


def _trivia(items: list[Trivia], indent: int, out: list[str]) -> None:
    for item in items:
        if item is None:
            if not out or out[-1] == "":
                continue
            out.append("")
        else:
            out.append(" " * indent + item)


def _split(eol: list[str]) -> tuple[list[Trivia], str | None]:
    """One comment stays at the end of the line; any others go above the entry."""
    if not eol:
        return [], None
    return list(eol[:-1]), eol[-1]


def _collection(
    node: Node,
    shape: Shape,
    indent: int,
    out: list[str],
    first: tuple[list[Trivia], list[str]] | None = None,
) -> None:
    for i, entry in enumerate(ordered(node, shape)):
        lead, eol = (entry.lead, entry.eol) if i or first is None else first
        child = shape.child(entry.key) if node.kind == "map" else shape
        _entry(entry, child, indent, out, lead, eol)
    _trivia(node.trailer, indent, out)


def _moves(node: Node, comment: str | None) -> bool:
    """Whether an end-of-line waiver goes above an entry whose value spreads over lines."""
    if comment is None or node.kind == "scalar" or not node.entries:
        return False
    return is_waiver(comment)


def _with(line: str, comment: str | None) -> str:
    return f"{line}  {comment}" if comment else line


def _scalar(head: str, value: object, indent: int, comment: str | None, out: list[str]) -> None:
    lines, at = render_value(value, len(head), indent, fold=comment is None)
    lines[0] = head + lines[0]
    lines[at] = _with(lines[at], comment)
    out.extend(lines)


def _entry(
    entry: Entry, shape: Shape, indent: int, out: list[str], lead: list[Trivia], eol: list[str]
) -> None:
    extra, comment = _split(eol)
    node = entry.node
    if _moves(node, comment):
        extra, comment = [*extra, comment], None
    if entry.key is not None:
        _trivia([*lead, *extra], indent, out)
        head = " " * indent + render_key(entry.key) + ":"
        if node.kind == "scalar":
            _scalar(head + " ", node.value, indent + 2, comment, out)
        elif not node.entries:
            out.append(_with(f"{head} {_EMPTY[node.kind]}", comment))
        else:
            out.append(_with(head, comment))
            _collection(node, shape, indent + 2, out)
        return
    prefix = " " * indent + "- "
    if node.kind == "scalar" or not node.entries:
        _trivia([*lead, *extra], indent, out)
        if node.kind == "scalar":
            _scalar(prefix, node.value, indent + 2, comment, out)
        else:
            out.append(_with(prefix + _EMPTY[node.kind], comment))
        return
    # "- key: value": the first entry shares the dash line, so what precedes it goes above
    first = ordered(node, shape)[0]
    inner_extra, inner_comment = _split([*first.eol, *([comment] if comment else [])])
    if _moves(first.node, inner_comment):
        inner_extra, inner_comment = [*inner_extra, inner_comment], None
    _trivia([*lead, *extra, *first.lead, *inner_extra], indent, out)
    inner: list[str] = []
    _collection(node, shape, indent + 2, inner, ([], [inner_comment] if inner_comment else []))
    inner[0] = prefix + inner[0][indent + 2 :]
    out.extend(inner)
