"""The lint rules, one module per rule, found by name.

A rule is one module ``bpNNN_<name>`` in this package (``bp107_row_incomplete``
registers ``BP107`` ``row-incomplete``) that defines ``META``
(:class:`~bhxh_plan.rules.base.RuleMeta`), ``check(ctx)`` yielding
:class:`~bhxh_plan.rules.base.Finding`, ``MESSAGES`` (its texts, Vietnamese and
English) and, when ``META.fixable``, ``fix(doc)``. Nothing else lists the rules:
adding a rule is adding its module (and its cases under ``tests/rules/cases``).
Rules read what is required from the framework data, never from constants here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final

from bhxh_plan import messages
from bhxh_plan.io.loader import Document
from bhxh_plan.rules.base import Context, Finding, RuleMeta

CheckFn = Callable[[Context], Iterator[Finding]]
# the repaired text of a document and the data that text must load as
FixFn = Callable[[Document], tuple[str, Any]]

_MODULE_NAME: Final = re.compile(r"bp(\d{3})_([a-z0-9_]+)")


class RuleError(Exception):
    """A rule module breaks the conventions every rule keeps (a bug in the code, not input)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule as the engine uses it: metadata, its check and, when fixable, its fix."""

    meta: RuleMeta
    check: CheckFn
    fix: FixFn | None = None


def load_rule(module: ModuleType) -> Rule:
    """The :class:`Rule` a rule module defines, after checking it keeps the conventions:
    the module is named after the rule (``bp107_row_incomplete`` for BP107
    ``row-incomplete``), defines ``MESSAGES`` whose keys start ``lint.bpNNN`` and hold
    its summary and fix (``lint.bpNNN.summary``, ``lint.bpNNN.fix``), and a fixable
    rule defines ``fix``. Its messages join the catalogue."""
    short = module.__name__.rpartition(".")[2]
    meta: RuleMeta = module.META
    want = f"{meta.id.lower()}_{meta.name.replace('-', '_')}"
    if short != want:
        raise RuleError(f"{module.__name__}: a module for {meta.id} {meta.name} is named {want}")
    own: dict[str, tuple[str, str]] = getattr(module, "MESSAGES", {})
    prefix = f"lint.{meta.id.lower()}"
    strays = [key for key in own if key != prefix and not key.startswith(prefix + ".")]
    if strays:
        raise RuleError(f"{module.__name__}: message keys must start with {prefix}: {strays}")
    missing = [key for key in (meta.key("summary"), meta.key("fix")) if key not in own]
    if missing:
        raise RuleError(f"{module.__name__}: MESSAGES lacks the rule's texts {missing}")
    fix: FixFn | None = getattr(module, "fix", None)
    if meta.fixable and fix is None:
        raise RuleError(f"{module.__name__}: {meta.id} is fixable but defines no fix(doc)")
    messages.register(module.__name__, own)
    return Rule(meta, module.check, fix if meta.fixable else None)


def _discover() -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not _MODULE_NAME.fullmatch(info.name):
            continue
        rule = load_rule(importlib.import_module(f"{__name__}.{info.name}"))
        if rule.meta.id in found:
            raise RuleError(f"{info.name}: {rule.meta.id} is defined twice")
        found[rule.meta.id] = rule
    return found


RULES: Final[dict[str, Rule]] = _discover()


def all_meta() -> list[RuleMeta]:
    """Metadata of every rule, in id order."""
    return [RULES[rule].meta for rule in sorted(RULES)]


def fixable(rules: Collection[str]) -> list[str]:
    """The fixable rules among ``rules`` (ids), in id order."""
    return [r for r in sorted(RULES) if r in rules and RULES[r].fix is not None]
