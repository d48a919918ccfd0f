"""Node tree to Python values, with YAML 1.2 core meanings and our limits.

Plans follow YAML 1.2 whatever parser reads them: ``no``/``yes`` stay text,
``010`` is ten; dates (not in 1.2) are ours, and an impossible date is a
positioned error. Every node counts against a budget so that nested aliases
cannot expand without bound.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Final

import yaml

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.errors import LoadError

MAX_DEPTH: Final = 64
# No quantity in a plan needs more digits (money is bounded at 16); Python refuses
# to convert integers of more than 4,300 digits, and huge ones are no number an
# office means, so such literals are refused where they are written.
MAX_NUMBER_DIGITS: Final = 100
IMPLICIT: Final = "tag:bhxh-plan,implicit"
_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ = (
    f"tag:yaml.org,2002:{n}" for n in ("str", "int", "float", "bool", "null", "map", "seq")
)
_ALLOWED_TAGS: Final = frozenset({IMPLICIT, _STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ})

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


def _err(code: str, node: yaml.Node, message: str, hint: str = "") -> LoadError:
    return LoadError(code, message, hint, node.start_mark.line + 1, node.start_mark.column + 1)


class Builder:
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
                is_list = isinstance(knode, yaml.SequenceNode)
                kind = t("load.bad_key.list") if is_list else t("load.bad_key.mapping")
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
    if tag == _STR or (tag == IMPLICIT and style):
        return value  # quoted and block scalars are always text
    if value and value[0] not in _FIRST_CHARS:
        return value  # fast path: nothing but text starts this way
    return _resolve_plain(node, value)


def _resolve_plain(node: yaml.Node, value: str) -> Any:
    if _NULL_RE.match(value):
        return None
    if value in _BOOL_MAP:
        return _BOOL_MAP[value]
    if len(value) > MAX_NUMBER_DIGITS and (
        _INT_RE.match(value)
        or _OCT_RE.match(value)
        or _HEX_RE.match(value)
        or _FLOAT_RE.match(value)
    ):
        raise _err(
            codes.LIMITS,
            node,
            t("load.long_number", digits=len(value), limit=MAX_NUMBER_DIGITS),
            t("load.long_number.hint"),
        )
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
