"""``lint --fix``: apply the repairs of the fixable rules in place, keeping comments and layout.

Each fixable rule's module defines ``fix(doc)``, returning the repaired text and the
data that text must load as (see :mod:`bhxh_plan.rules`). The engine here is the
same for every rule: the repaired text is reloaded and must equal that data before
the file is written; nothing is written when it does not.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from bhxh_plan.fmt import same
from bhxh_plan.io.loader import Document, LoadError, load_bytes
from bhxh_plan.io.output import write_file
from bhxh_plan.rules import RULES, fixable


class FixError(Exception):
    """The repaired file would not load back as the repaired data; nothing was written."""


def fix_document(doc: Document, rules: Collection[str] | None = None) -> int:
    """Repair ``doc``'s file with every fixable rule among ``rules`` (all when ``None``);
    return how many values changed (0: file untouched)."""
    bom = b"\xef\xbb\xbf" if doc.raw.startswith(b"\xef\xbb\xbf") else b""
    current = doc
    for rule in fixable(RULES if rules is None else rules):
        fix = RULES[rule].fix
        assert fix is not None  # fixable() keeps only rules with a fix
        text, expected = fix(current)
        payload = bom + text.encode("utf-8")
        if payload == current.raw:
            continue
        try:
            again = load_bytes(payload, doc.path)
        except LoadError as exc:
            raise FixError(exc.message) from None
        # ``same``, not ``!=``: a .nan anywhere in the file is never equal to itself
        if not same(again.data, expected):
            raise FixError(doc.path)
        current = again
    if current is doc:
        return 0
    write_file(Path(doc.path), current.raw)
    return _count_changes(doc.data, current.data)


def _count_changes(old: Any, new: Any) -> int:
    if isinstance(old, dict) and isinstance(new, dict):
        return sum(_count_changes(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return sum(_count_changes(a, b) for a, b in zip(old, new, strict=True))
    return int(not same(old, new))
