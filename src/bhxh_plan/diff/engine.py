"""Comparison helpers shared by every section: fields, lists, keyed lists, text lists."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any, TypeVar

from pydantic import BaseModel

from bhxh_plan.diff.labels import Labels
from bhxh_plan.diff.model import Change, Op

T = TypeVar("T")


def jsonable(value: Any) -> Any:
    """A value as it appears in the JSON output."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, str):
        return str(value)  # enums become their plain text
    return value


def keyed(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], str]
) -> tuple[dict[str, T], dict[str, T], list[str], list[str]]:
    """Items by key (a repeated key gets ``#2``, ``#3``…) and the key order on each side."""

    def index(items: Sequence[T]) -> tuple[dict[str, T], list[str]]:
        seen: Counter[str] = Counter()
        out: dict[str, T] = {}
        for item in items:
            k = key(item)
            seen[k] += 1
            out[k if seen[k] == 1 else f"{k}#{seen[k]}"] = item
        return out, list(out)

    a, order_a = index(old)
    b, order_b = index(new)
    return a, b, order_a, order_b


def reordered(order_old: Iterable[str], order_new: Iterable[str]) -> bool:
    """Whether the keys both sides share appear in a different order."""
    old_list, new_list = list(order_old), list(order_new)
    common = set(old_list) & set(new_list)
    return [k for k in old_list if k in common] != [k for k in new_list if k in common]


class Collector:
    """Collects the changes of one section, rendering values through ``labels``."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.changes: list[Change] = []
        self.section = ""

    def field(
        self,
        path: str,
        where: str,
        name: str,
        old: Any,
        new: Any,
        shown: tuple[str, str] | None = None,
    ) -> None:
        """A single-valued field (``name`` may be dotted: ``signer.title``); lists go on."""
        if isinstance(old, list) or isinstance(new, list):
            self.list_field(path, where, name, old or [], new or [])
            return
        if old == new or (old in (None, "") and new in (None, "")):
            return
        kind = name.rsplit(".", 1)[-1]
        old_text, new_text = shown or (self.labels.value(kind, old), self.labels.value(kind, new))
        self._field_change(Op.CHANGE, path, where, name, old, new, (old_text, new_text))

    def fields(self, path: str, where: str, old: Any, new: Any, names: Iterable[str]) -> None:
        for name in names:
            self.field(path, where, name, getattr(old, name), getattr(new, name))

    def list_field(self, path: str, where: str, name: str, old: list[Any], new: list[Any]) -> None:
        """A list-valued field: items added and removed, or only a new order."""
        if old == new:
            return
        a, b = Counter(map(repr, old)), Counter(map(repr, new))
        added = [v for v in _multiset_minus(new, b - a)]
        removed = [v for v in _multiset_minus(old, a - b)]
        op = Op.MOVE if not added and not removed else Op.CHANGE
        shown = (self.labels.value(name, old), self.labels.value(name, new))
        items = (self.labels.items(name, added), self.labels.items(name, removed))
        self._field_change(op, path, where, name, old, new, shown, items)

    def _field_change(
        self,
        op: Op,
        path: str,
        where: str,
        name: str,
        old: Any,
        new: Any,
        shown: tuple[str, str],
        items: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    ) -> None:
        """Record a change of field ``name`` under ``path``, with its values as shown."""
        self.changes.append(
            Change(
                op,
                self.section,
                f"{path}.{name}" if path else name,
                "field",
                name,
                where,
                jsonable(old),
                jsonable(new),
                *shown,
                *items,
            )
        )

    def entity(self, op: Op, path: str, entity: str, where: str, details: str, value: Any) -> None:
        """A whole entity added or removed."""
        old, new = (None, value) if op is Op.ADD else (value, None)
        self.changes.append(
            Change(
                op,
                self.section,
                path,
                entity,
                "",
                where,
                jsonable(old),
                jsonable(new),
                details if op is Op.REMOVE else "",
                details if op is Op.ADD else "",
            )
        )

    def moved(self, path: str, entity: str, where: str, old: list[str], new: list[str]) -> None:
        """One note for a list whose items only changed places."""
        self.changes.append(
            Change(Op.MOVE, self.section, path, entity, "", where, old, new, "", "")
        )

    def texts(self, path: str, entity: str, where: str, old: list[str], new: list[str]) -> None:
        """A list of sentences: added, removed, edited in place, or only reordered."""
        if old == new:
            return
        moved = Counter(old) & Counter(new)
        ops = SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
        gone: Counter[str] = Counter()
        came: Counter[str] = Counter()
        for tag, i1, i2, j1, j2 in ops:
            if tag != "equal":
                gone.update(old[i1:i2])
                came.update(new[j1:j2])
        moves = gone & came & moved
        left_old, left_new = moves.copy(), moves.copy()
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                continue
            olds = _take_out(old[i1:i2], left_old)
            news = _take_out(new[j1:j2], left_new)
            pairs = _pair(olds, news)
            for (i, a), partner in zip(olds, pairs, strict=True):
                if partner is None:
                    self.entity(Op.REMOVE, f"{path}[{i1 + i}]", entity, where, a, a)
                else:
                    j, b = partner
                    path_k = f"{path}[{j1 + j}]"
                    self.changes.append(
                        Change(Op.CHANGE, self.section, path_k, entity, "text", where, a, b, a, b)
                    )
            paired = {p[0] for p in pairs if p is not None}
            for j, b in news:
                if j not in paired:
                    self.entity(Op.ADD, f"{path}[{j1 + j}]", entity, where, b, b)
        if moves:
            self.moved(path, entity, where, old, new)


def _pair(olds: list[tuple[int, str]], news: list[tuple[int, str]]) -> list[tuple[int, str] | None]:
    """For each old sentence, the new one that reads as its edit (most alike first), or None."""
    if len(olds) * len(news) > 2500:  # a wholesale rewrite: removals and additions
        return [None] * len(olds)
    scored = sorted(
        (
            (-SequenceMatcher(a=a, b=b, autojunk=False).ratio(), x, y)
            for x, (_, a) in enumerate(olds)
            for y, (_, b) in enumerate(news)
        ),
    )
    out: list[tuple[int, str] | None] = [None] * len(olds)
    taken: set[int] = set()
    for score, x, y in scored:
        if -score < 0.6:
            break
        if out[x] is None and y not in taken:
            out[x] = news[y]
            taken.add(y)
    return out


def _multiset_minus(values: list[Any], extra: Counter[str]) -> list[Any]:
    """The items of ``values`` counted in ``extra``, in their order."""
    left = Counter(extra)
    out = []
    for v in values:
        if left[repr(v)] > 0:
            left[repr(v)] -= 1
            out.append(v)
    return out


def _take_out(items: list[str], moved: Counter[str]) -> list[tuple[int, str]]:
    """Items of one side of a block, without the ones that only moved (consumes ``moved``)."""
    out = []
    for i, item in enumerate(items):
        if moved[item] > 0:
            moved[item] -= 1
            continue
        out.append((i, item))
    return out


def added_removed(
    c: Collector,
    path: str,
    entity: str,
    olds: dict[str, T],
    news: dict[str, T],
    details: Callable[[T], str],
) -> None:
    """Entities only one side has, described by ``details``."""
    for k, item in olds.items():
        if k not in news:
            c.entity(Op.REMOVE, f"{path}[{k}]", entity, "", details(item), item)
    for k, item in news.items():
        if k not in olds:
            c.entity(Op.ADD, f"{path}[{k}]", entity, "", details(item), item)


def compare_keyed(
    c: Collector,
    path: str,
    entity: str,
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], str],
    details: Callable[[T], str],
    each: Callable[[str, T, T], None],
) -> tuple[dict[str, T], dict[str, T], list[str], list[str]]:
    """A keyed list: entities added and removed, ``each`` pair both sides have (in the new
    order), then one note if the shared ones changed places. Returns what :func:`keyed` does."""
    a, b, order_a, order_b = keyed(old, new, key)
    added_removed(c, path, entity, a, b, details)
    for k in order_b:
        if k in a:
            each(k, a[k], b[k])
    if reordered(order_a, order_b):
        c.moved(path, entity, "", order_a, order_b)
    return a, b, order_a, order_b
