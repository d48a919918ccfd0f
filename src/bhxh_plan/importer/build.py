"""Parsed rows → the plan's ``scenario`` (with source comments), and what to warn about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from bhxh_plan.fmt.write import Note
from bhxh_plan.i18n import t
from bhxh_plan.importer import cells
from bhxh_plan.importer.match import Match, Matcher
from bhxh_plan.importer.parse import Parsed, RawEntry, RawRow
from bhxh_plan.model.common import SLUG_PATTERN
from bhxh_plan.model.plan import ScenarioRow
from bhxh_plan.scaffold.common import fill, unique_id
from bhxh_plan.suggest import fold

_SLUG: Final = re.compile(SLUG_PATTERN)
_ID_WORDS: Final = 4


@dataclass(slots=True)
class Notice:
    """Something the office must check, with where it is in the source file."""

    where: str
    message: str


@dataclass(slots=True)
class Built:
    """The scenario for the plan and the report of the import."""

    scenario: Note
    rows: int = 0
    entries: int = 0
    warnings: list[Notice] = field(default_factory=list)
    unmapped: int = 0


def _names(m: Matcher, ids: tuple[str, ...]) -> str:
    """``hoi-nghi-nhom-nho (1.2), ho-tro-tu-van (1.7)``."""
    out = []
    for ident in ids:
        if ident in m.audiences:
            out.append(f"{ident} ({m.audiences[ident].code})")
        elif ident in m.forms and len(m.forms[ident]) > 2:
            out.append(f"{ident} ({m.forms[ident][2]})")
        else:
            out.append(ident)
    return ", ".join(out)


def places(labels: list[str], limit: int = 8) -> str:
    """``Khung kịch bản!C20, C26, C28`` (one sheet named once)."""
    sheets = {x.split("!", 1)[0] for x in labels if "!" in x}
    if len(sheets) == 1 and all("!" in x for x in labels):
        cells = [x.split("!", 1)[1] for x in labels]
        shown = f"{labels[0].split('!', 1)[0]}!{', '.join(cells[:limit])}"
    else:
        shown = "; ".join(labels[:limit])
    return shown + (f" (+{len(labels) - limit})" if len(labels) > limit else "")


class Builder:
    """Turns :class:`Parsed` into the scenario notes."""

    def __init__(self, matcher: Matcher) -> None:
        self.m = matcher
        self.ids: set[str] = set()
        self.out = Built(Note([]))
        # folded wording → (suggestions, cells, wording as first seen)
        self.form_misses: dict[str, tuple[tuple[str, ...], list[str], str]] = {}

    def warn(self, where: str, message: str) -> None:
        self.out.warnings.append(Notice(where, message))

    def build(self, parsed: Parsed) -> Built:
        items: list[Note] = []
        last_group = self.m.fw.groups[0].id if self.m.fw.groups else "nhom"
        for entry in parsed.entries:
            if not entry.rows:
                if entry.group is None and entry.opened_by:
                    self.warn(entry.opened_at, t("import.w.ignored", text=entry.opened_by[:80]))
                continue
            note = self._entry(entry, last_group)
            last_group = note.value["group"].value
            items.append(note)
        self.out.scenario = Note(
            items, before=["Khung kịch bản, nhập từ bảng gốc: mỗi dòng ghi ô nguồn để đối chiếu."]
        )
        self.out.entries = len(items)
        for sugg, labels, text in self.form_misses.values():
            shown = " / ".join(text.split("\n"))[:80] or t("import.w.empty_form")
            self.warn(
                places(labels),
                t("import.w.form", text=shown, suggestions=_names(self.m, sugg) or "—"),
            )
        return self.out

    def _entry(self, entry: RawEntry, fallback: str) -> Note:
        before = [f"{entry.opened_at}: {entry.opened_by}"] if entry.opened_at else []
        after = ""
        group, sub = entry.group, entry.sub
        if group is None:
            sugg = entry.match.suggestions if entry.match else ()
            self.out.unmapped += 1
            pick = next((s for s in sugg if s in self.m.audiences), None)
            if pick is not None:
                group, sub = self.m.audiences[pick].group, self.m.audiences[pick].sub
            else:
                group, sub = fallback, None
            shown = _names(self.m, sugg) if sugg else "—"
            label = entry.opened_by or t("import.w.no_group_label")
            self.warn(entry.opened_at, t("import.w.group", text=label[:80], suggestions=shown))
            after = fill(
                f"nhóm '{label[:60]}' ({entry.opened_at}) chưa khớp khung; có phải: "
                f"{', '.join(sugg) or '—'}? Đặt tạm: {sub or group}"
            )
        body: dict[str, Any] = {"group": Note(group, after=after), "subgroup": sub}
        if entry.subject:
            body["subject"] = entry.subject
        body["rows"] = [self._row(r, sub or group) for r in entry.rows]
        return Note(body, before=before)

    def _row(self, raw: RawRow, owner: str) -> Note:
        tx = raw.texts
        form_text = cells.scalar(tx.get("form", "")) or ""
        match = self.m.form(form_text, cells.clean(tx.get("form_id", "")))
        row: dict[str, Any] = {"id": self._id(tx.get("row_id", ""), owner, form_text)}
        row["form"] = self._form(match, form_text, raw.label)
        if form_text and not self._is_form_name(match, form_text):
            row["form_text"] = form_text
        for key in ("frequency", "lead", "coordination"):
            value = cells.scalar(tx.get(key, ""))
            if value:
                row[key] = value
        for key, trim in (("method", False), ("partners", True), ("tasks", False)):
            values = cells.items(tx.get(key, ""), trim_end=trim)
            if values:
                row[key] = values
        for key, name in (("languages", "languages"), ("respected", "respected_persons")):
            values = cells.words(tx.get(key, ""))
            if values:
                row[name] = values
        self._order(row)
        self.out.rows += 1
        notes = []
        if raw.repaired:
            notes.append("đã sửa dấu thanh/mã chữ")
        if raw.subject:
            notes.append(f"chủ thể ghi trong ô: {raw.subject[:80]}")
        note_text = cells.scalar(raw.texts.get("note", ""))
        if note_text:
            notes.append(f"Ghi chú: {' '.join(note_text.split())}")
        after = raw.label + (f" ({'; '.join(notes)})" if notes else "")
        return Note(row, after=after)

    @staticmethod
    def _order(row: dict[str, Any]) -> None:
        order = list(ScenarioRow.model_fields)  # the model's order is the canonical one
        items = sorted(row.items(), key=lambda kv: order.index(kv[0]))
        row.clear()
        row.update(items)

    def _id(self, given: str, owner: str, form_text: str) -> str:
        given = given.strip()
        if given and _SLUG.match(given) and len(given) <= 80 and given not in self.ids:
            self.ids.add(given)
            return given
        words = " ".join(fold(form_text).split()[:_ID_WORDS]) or "dong"
        return unique_id(f"{owner} {words}", self.ids)

    def _is_form_name(self, match: Match, text: str) -> bool:
        if match.ident is None:
            return False
        return text in self.m.printed[match.ident]

    def _form(self, match: Match, text: str, where: str) -> Note:
        if match.ident is not None:
            return Note(match.ident)
        self.out.unmapped += 1
        sugg = match.suggestions
        pick = sugg[0] if sugg else next(iter(self.m.forms))
        self.form_misses.setdefault(fold(text), (sugg, [], text))[1].append(where)
        shown = " / ".join(text.split("\n"))[:60] or "trống"
        return Note(
            pick,
            after=fill(
                f"hình thức '{shown}' chưa khớp khung; có phải: "
                f"{', '.join(sugg) or '—'}? Đặt tạm: {pick}"
            ),
        )
