"""Fast, safe YAML loading that keeps the line and column of every value.

libyaml (through PyYAML's C parser) builds the node tree, which carries marks;
we turn nodes into Python values ourselves so that plans follow YAML 1.2 core
meanings whatever parser reads them (``no`` stays text, ``010`` is ten) and
so that every failure becomes a positioned :class:`LoadError`, never a crash.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.problems import Problem, Severity

try:  # pragma: no branch - libyaml is present in every wheel we support
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader

DEFAULT_MAX_SIZE: Final = 5 * 1024 * 1024
MAX_DEPTH: Final = 64
_IMPLICIT: Final = "tag:bhxh-plan,implicit"
_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ = (
    f"tag:yaml.org,2002:{n}" for n in ("str", "int", "float", "bool", "null", "map", "seq")
)
_ALLOWED_TAGS: Final = frozenset({_IMPLICIT, _STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ})

# YAML 1.2 core schema; dates are ours (plans need them, and 1.2 has none).
_NULL_RE: Final = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL_MAP: Final = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_INT_RE: Final = re.compile(r"^[-+]?[0-9]+$")
_OCT_RE: Final = re.compile(r"^0o[0-7]+$")
_HEX_RE: Final = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT_RE: Final = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF_RE: Final = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN_RE: Final = re.compile(r"^\.(?:nan|NaN|NAN)$")
_DATE_RE: Final = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_FIRST_CHARS: Final = frozenset("0123456789-+.~nNtTfF")


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """libyaml composer whose resolver does nothing: we resolve tags ourselves."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return _IMPLICIT


@dataclass(slots=True)
class LoadError(Exception):
    """A file that cannot be turned into data, with where and why."""

    code: str
    message: str
    hint: str = ""
    line: int | None = None
    column: int | None = None

    def problem(self, file: str) -> Problem:
        """This error as the problem every command reports for ``file``."""
        return Problem(
            file, self.line, self.column, "", self.code, Severity.ERROR, self.message, self.hint
        )


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


def decode(raw: bytes) -> str:
    """Decode plan bytes as UTF-8 (BOM allowed) or raise a :class:`LoadError`."""
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
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        msg = t("load.not_utf8", byte=f"{raw[exc.start]:02X}")
        raise LoadError(codes.ENCODING, msg, t("load.encoding.hint"), line, col) from None


def load_file(path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read, decode and parse ``path``; raise :class:`LoadError` on any bad input."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_size:
            raise LoadError(
                codes.LIMITS,
                t("load.too_large", size=size, limit=max_size),
                t("load.too_large.hint"),
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise LoadError(codes.INTERNAL, t("load.not_found"), t("load.not_found.hint")) from None
    except IsADirectoryError as exc:
        raise LoadError(codes.INTERNAL, t("load.unreadable", error=exc.strerror)) from None
    except PermissionError as exc:
        raise LoadError(codes.INTERNAL, t("load.unreadable", error=exc.strerror)) from None
    return load_bytes(raw, str(path))


def load_bytes(raw: bytes, name: str = "<string>") -> Document:
    """Parse YAML bytes into a :class:`Document`."""
    text = decode(raw)
    root = compose(text)
    data = _Builder(max_nodes=100_000 + 2 * len(text)).build(root, 0)
    return Document(path=name, data=data, root=root, raw=raw)


def compose(text: str) -> yaml.Node:
    """Build the node tree with libyaml, translating its errors."""
    _check_depth(text)
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


def _check_depth(text: str) -> None:
    """Refuse absurd nesting before libyaml's recursive composer meets it.

    Block nesting needs indentation or ``- `` per level and flow nesting needs
    brackets, so a cheap bound clears ordinary plans; only a file that could be
    deep pays for an exact (iterative) walk over the event stream.
    """
    brackets = text.count("[") + text.count("{")
    if brackets <= MAX_DEPTH and max(map(len, _PREFIX_RE.findall(text)), default=0) <= MAX_DEPTH:
        return
    loader = _Loader(text)
    depth = 0
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    raise LoadError(
                        codes.LIMITS,
                        t("load.too_deep", limit=MAX_DEPTH),
                        t("load.limits.hint"),
                        mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None,
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.StreamEndEvent):
                return
    except yaml.YAMLError:
        return  # the composer reports syntax errors with their positions
    finally:
        loader.dispose()


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = exc.problem_mark or exc.context_mark
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


def _err(code: str, node: yaml.Node, message: str, hint: str = "") -> LoadError:
    return LoadError(code, message, hint, node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a node tree into plain Python values, enforcing our limits."""

    __slots__ = ("budget", "max_nodes")

    def __init__(self, max_nodes: int) -> None:
        self.budget = max_nodes
        self.max_nodes = max_nodes

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise _err(
                codes.LIMITS,
                node,
                t("load.too_many_nodes", limit=self.max_nodes),
                t("load.limits.hint"),
            )
        tag = node.tag
        if tag not in _ALLOWED_TAGS:
            raise _err(codes.YAML_SYNTAX, node, t("load.tag", tag=tag), t("load.tag.hint"))
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node, tag)
        if depth >= MAX_DEPTH:
            raise _err(
                codes.LIMITS, node, t("load.too_deep", limit=MAX_DEPTH), t("load.limits.hint")
            )
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, depth + 1) for item in node.value]
        out: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                kind = "danh sách" if isinstance(knode, yaml.SequenceNode) else "bảng"
                raise _err(codes.YAML_SYNTAX, knode, t("load.bad_key", kind=kind))
            key = _scalar(knode, knode.tag)
            key = key if isinstance(key, str) else str(knode.value)
            if key in out:
                raise _err(
                    codes.DUPLICATE_KEY,
                    knode,
                    t("load.duplicate_key", key=key, first=lines[key]),
                    t("load.duplicate_key.hint"),
                )
            lines[key] = knode.start_mark.line + 1
            out[key] = self.build(vnode, depth + 1)
        return out


def _scalar(node: yaml.Node, tag: str) -> Any:
    value: str = node.value
    style = getattr(node, "style", None)  # libyaml: "" is plain; pure Python: None
    if tag == _STR or (tag == _IMPLICIT and style):
        return value  # quoted and block scalars are always text
    if value and value[0] not in _FIRST_CHARS:
        return value  # fast path: nothing but text starts this way
    return _resolve_plain(node, value)


def _resolve_plain(node: yaml.Node, value: str) -> Any:
    if _NULL_RE.match(value):
        return None
    if value in _BOOL_MAP:
        return _BOOL_MAP[value]
    if _INT_RE.match(value):
        return int(value, 10)
    if _OCT_RE.match(value):
        return int(value[2:], 8)
    if _HEX_RE.match(value):
        return int(value[2:], 16)
    if _FLOAT_RE.match(value) and any(c.isdigit() for c in value):
        return float(value)
    if _INF_RE.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN_RE.match(value):
        return float("nan")
    m = _DATE_RE.match(value)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise _err(
                codes.BAD_VALUE, node, t("load.bad_date", value=value), t("load.bad_date.hint")
            ) from None
    return value
