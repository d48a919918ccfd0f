"""Fast, safe YAML loading that keeps the line and column of every value.

libyaml (through PyYAML's C parser) builds the node tree, which carries marks;
we turn nodes into Python values ourselves so that plans follow YAML 1.2 core
meanings whatever parser reads them (``no`` stays text, ``010`` is ten) and
so that every failure becomes a positioned :class:`LoadError`, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.construct import IMPLICIT, MAX_DEPTH, Builder
from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.reading import read_regular
from bhxh_plan.limits import DEFAULT_MAX_SIZE, MAX_NODES

__all__ = ["DEFAULT_MAX_SIZE", "MAX_DEPTH", "Document", "LoadError", "load_bytes", "load_file"]

try:  # pragma: no branch - libyaml is present in every wheel we support
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """libyaml composer whose resolver does nothing: we resolve tags ourselves."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return IMPLICIT


@dataclass(slots=True)
class Document:
    """Loaded data plus the node tree that knows where each value came from."""

    path: str
    data: Any
    root: yaml.Node
    raw: bytes

    def node_at(self, loc: tuple[str | int, ...]) -> tuple[yaml.Node, int]:
        """The deepest node along ``loc`` and how many parts of ``loc`` it matched."""
        node, depth = self.root, 0
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            node, depth = child, depth + 1
        return node, depth

    def position(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``loc``, or of its key with ``key``."""
        node, depth = self.node_at(loc)
        if key and depth == len(loc) and loc and isinstance(loc[-1], str):
            parent, _ = self.node_at(loc[:-1])
            for k, _v in getattr(parent, "value", ()):
                if isinstance(parent, yaml.MappingNode) and k.value == loc[-1]:
                    node = k
                    break
        mark = node.start_mark
        return mark.line + 1, mark.column + 1

    def source_text(self, loc: tuple[str | int, ...]) -> str | None:
        """The scalar exactly as written in the file (``3.10`` stays ``3.10``)."""
        node, depth = self.node_at(loc)
        if depth == len(loc) and isinstance(node, yaml.ScalarNode):
            return str(node.value)
        return None


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == part:
                return v  # type: ignore[no-any-return]
    elif (
        isinstance(node, yaml.SequenceNode)
        and isinstance(part, int)
        and 0 <= part < len(node.value)
    ):
        return node.value[part]  # type: ignore[no-any-return]
    return None


# .docx/.xlsx are ZIP archives; .doc/.xls are OLE2 compound files
_OFFICE_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def decode(raw: bytes) -> str:
    """Decode plan bytes as UTF-8 (BOM allowed) or raise a :class:`LoadError`."""
    if raw.startswith(_OFFICE_MAGIC):  # a Word/Excel file given where a plan is expected
        raise LoadError(codes.ENCODING, t("load.office"), t("load.office.hint"), 1, 1)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(raw) > 3 and (raw[1] == raw[3] == 0 or raw[0] == raw[2] == 0)
    ):
        raise LoadError(codes.ENCODING, t("load.utf16"), t("load.encoding.hint"), 1, 1)
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise LoadError(codes.ENCODING, t("load.binary"), t("load.encoding.hint"), line, 1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        msg = t("load.not_utf8", byte=f"{raw[exc.start]:02X}")
        raise LoadError(codes.ENCODING, msg, t("load.encoding.hint"), line, col) from None
    _check_breaks(text)
    return text


# libyaml (YAML 1.1) breaks lines at NEL, LS and PS; YAML 1.2, comments, waivers and every
# line number the tool prints count LF only. A file holding one would be read one way and
# reported another, so it is refused where the character stands.
_ODD_BREAKS: Final = re.compile("[\u0085\u2028\u2029]")


def _check_breaks(text: str) -> None:
    found = _ODD_BREAKS.search(text)
    if found is None:
        return
    at = found.start()
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    raise LoadError(
        codes.ENCODING,
        t("load.odd_break", code=f"U+{ord(found.group()):04X}"),
        t("load.odd_break.hint"),
        line,
        col,
    )


def load_file(path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read (a regular file, at most ``max_size`` bytes), decode and parse ``path``.

    Raises :class:`LoadError` on any bad input.
    """
    return load_bytes(read_regular(path, max_size), str(path))


def load_bytes(raw: bytes, name: str = "<string>") -> Document:
    """Parse YAML bytes into a :class:`Document`."""
    text = decode(raw)
    root = compose(text)
    data = Builder(max_nodes=MAX_NODES).build(root, 0)
    return Document(path=name, data=data, root=root, raw=raw)


def compose(text: str) -> yaml.Node:
    """Build the node tree with libyaml, translating its errors."""
    _check_limits(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text) from None
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml always marks
        raise LoadError(codes.YAML_SYNTAX, t("load.syntax", problem=str(exc))) from None
    finally:
        loader.dispose()
    if node is None:
        raise LoadError(codes.YAML_SYNTAX, t("load.empty"), t("load.empty.hint"), 1, 1)
    return node  # type: ignore[no-any-return]


_PREFIX_RE: Final = re.compile(r"(?m)^[ \-?:]*")


def _check_limits(text: str) -> None:
    """Refuse absurd nesting and node counts before libyaml's composer meets them.

    Block nesting needs indentation or ``- `` per level and flow nesting needs
    brackets; every node needs a separator of some kind. So cheap counts clear
    ordinary plans, and only a file that could be too deep or too big pays for
    an exact (iterative, constant-memory) walk over the event stream.
    """
    brackets = text.count("[") + text.count("{")
    deep = brackets > MAX_DEPTH or max(map(len, _PREFIX_RE.findall(text)), default=0) > MAX_DEPTH
    big = _node_bound(text, brackets) > MAX_NODES
    if not (deep or big):
        return
    limit_mark = _walk_limits(text)
    if limit_mark is None:
        return
    # libyaml 0.2.6 and later stop at their own nesting limit while scanning ahead, before
    # the parser hands us the event that passes ours. The text before that point is under
    # libyaml's limit, so walking it finds where our limit is passed; a libyaml whose limit
    # is below ours still gets our message, at its position.
    if _walk_limits(text[: limit_mark.index]) is None:  # pragma: no cover - defensive
        raise _too_deep(limit_mark)


def _node_bound(text: str, brackets: int) -> int:
    """An upper bound on the nodes ``text`` can hold (each needs a separator or a line)."""
    seps = text.count(",") + text.count(":") + text.count("-") + text.count("?")
    return 2 * (seps + text.count("\n") + brackets) + 2


def _walk_limits(text: str) -> Any:
    """Walk the events; raise at the first collection past ``MAX_DEPTH`` or node past ``MAX_NODES``.

    Returns libyaml's mark when libyaml refused the nesting itself, else ``None``.
    """
    loader = _Loader(text)
    depth = nodes = 0
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    raise _too_big(event.start_mark)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.StreamEndEvent):
                return None
    except yaml.MarkedYAMLError as exc:
        if _is_nesting_limit(exc) and exc.problem_mark is not None:
            return exc.problem_mark
        return None  # the composer reports syntax errors with their positions
    except yaml.YAMLError:  # pragma: no cover - libyaml always marks
        return None
    finally:
        loader.dispose()


def _too_big(mark: Any) -> LoadError:
    return LoadError(
        codes.LIMITS,
        t("load.too_many_written", limit=MAX_NODES),
        t("load.too_many_written.hint"),
        mark.line + 1,
        mark.column + 1,
    )


def _is_nesting_limit(exc: yaml.MarkedYAMLError) -> bool:
    return "nesting depth" in (exc.problem or "") or "max depth" in (exc.problem or "")


def _too_deep(mark: Any) -> LoadError:
    return LoadError(
        codes.LIMITS,
        t("load.too_deep", limit=MAX_DEPTH),
        t("load.limits.hint"),
        mark.line + 1 if mark else None,
        mark.column + 1 if mark else None,
    )


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = exc.problem_mark or exc.context_mark
    if _is_nesting_limit(exc):
        return _too_deep(mark)
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    problem = exc.problem or ""
    if "expected a single document" in str(exc.context or "") + problem:
        return LoadError(
            codes.YAML_SYNTAX, t("load.multi_doc"), t("load.multi_doc.hint"), line, col
        )
    if mark is not None and "\t" in _line_prefix(text, mark.line, mark.column + 1):
        return LoadError(codes.YAML_SYNTAX, t("load.tab"), t("load.tab.hint"), line, col)
    for needle, key in _PROBLEMS:
        if needle in problem:
            detail = t(key)
            break
    else:
        detail = problem if not exc.context else f"{exc.context}; {problem}"
    return LoadError(
        codes.YAML_SYNTAX, t("load.syntax", problem=detail), t("load.syntax.hint"), line, col
    )


# libyaml's English problems, most frequent first, and our wording for them
_PROBLEMS: Final = (
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("could not find expected ':'", "yaml.expected_colon"),
    ("did not find expected key", "yaml.expected_key"),
    ("did not find expected '-'", "yaml.expected_dash"),
    ("did not find expected ',' or ']'", "yaml.unclosed_seq"),
    ("did not find expected ',' or '}'", "yaml.unclosed_map"),
    ("found unexpected end of stream", "yaml.unexpected_end"),
    ("found undefined alias", "yaml.undefined_alias"),
    ("found character that cannot start any token", "yaml.bad_char"),
    ("found unknown escape character", "yaml.bad_escape"),
)


def _line_prefix(text: str, line: int, upto: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line][:upto] if line < len(lines) else ""
