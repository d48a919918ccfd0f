"""Sentences and comparison-table cells for changes, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bhxh_plan.diff.labels import quote
from bhxh_plan.diff.model import Change, Op
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Style:
    """How values are marked up: plain text by default, Markdown for ``--format md``."""

    old: Callable[[str], str] = _same
    new: Callable[[str], str] = _same
    item: Callable[[str], str] = quote
    text: Callable[[str], str] = _same


PLAIN = Style()


def cap(text: str) -> str:
    """``text`` with a capital first letter."""
    return text[:1].upper() + text[1:]


def label(name: str) -> str:
    """The human name of a field (``lead`` → "đơn vị chủ trì")."""
    if name.startswith("targets."):
        return t("diff.field.target", key=name.split(".", 1)[1])
    return t(keys.DIFF_FIELD[name])


def noun(entity: str) -> str:
    """The human name of an entity kind (``activity`` → "hoạt động")."""
    return t(keys.DIFF_ENTITY[entity])


def _one_line(text: str) -> str:
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def sentence(c: Change, style: Style = PLAIN) -> str:
    """The change as one sentence: "Đổi đơn vị chủ trì: A → B"."""
    old, new = style.old(_one_line(c.old_text)), style.new(_one_line(c.new_text))
    if c.op is Op.ADD:
        return t("diff.added", entity=noun(c.entity), details=new)
    if c.op is Op.REMOVE:
        return t("diff.removed", entity=noun(c.entity), details=old)
    if c.op is Op.MOVE:
        if c.field:
            return t("diff.reordered_field", label=label(c.field))
        return t("diff.reordered", what=t(keys.DIFF_ORDER[c.entity]))
    if c.field == "text":
        return t("diff.edited", entity=noun(c.entity), old=old, new=new)
    if c.field == "dates":
        return t("diff.dates", old=old, new=new)
    if c.added or c.removed:
        parts = []
        if c.added:
            items = ", ".join(style.item(style.text(x)) for x in c.added)
            parts.append(t("diff.list.added", items=items))
        if c.removed:
            items = ", ".join(style.item(style.text(x)) for x in c.removed)
            parts.append(t("diff.list.removed", items=items))
        return f"{cap(label(c.field))}: {'; '.join(parts)}"
    if not c.old_text:
        return t("diff.set", label=label(c.field), new=new)
    if not c.new_text:
        return t("diff.unset", label=label(c.field), old=old)
    return t("diff.changed", label=label(c.field), old=old, new=new)


def line(c: Change, style: Style = PLAIN) -> str:
    """The sentence with what it is about: "Dòng kịch bản x (3.1 Nông dân): Đổi …"."""
    said = sentence(c, style)
    return f"{style.text(c.where)}: {said}" if c.where else said


def cells(c: Change) -> tuple[str, str, str]:
    """(Nội dung cũ, Nội dung mới, Ghi chú) of the comparison table."""
    head = f"{c.where}\n" if c.where else ""
    if c.op is Op.ADD:
        return "", f"{head}{cap(noun(c.entity))}: {c.new_text}", t("diff.note.add")
    if c.op is Op.REMOVE:
        return f"{head}{cap(noun(c.entity))}: {c.old_text}", "", t("diff.note.remove")
    if c.op is Op.MOVE:
        what = cap(label(c.field) if c.field else t(keys.DIFF_ORDER[c.entity]))
        if c.field:
            before, after = c.old_text, c.new_text
        else:
            before, after = "; ".join(map(str, c.old)), "; ".join(map(str, c.new))
        return f"{head}{what}: {before}", f"{head}{what}: {after}", t("diff.note.move")
    name = cap(noun(c.entity)) if c.field == "text" else cap(label(c.field))
    note = t("diff.note.dates") if c.field == "dates" else t("diff.note.change")
    return f"{head}{name}: {c.old_text}", f"{head}{name}: {c.new_text}", note
