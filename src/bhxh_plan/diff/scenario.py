"""The scenario (khung kịch bản) compared: entries by (group, sub-group), rows by id."""

from __future__ import annotations

from bhxh_plan.diff.engine import Collector, compare_keyed, keyed, reordered
from bhxh_plan.diff.model import Op
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys
from bhxh_plan.model.plan import Plan, ScenarioEntry, ScenarioRow

# every field of a row but its id, in the model's order
ROW_FIELDS = tuple(name for name in ScenarioRow.model_fields if name != "id")


def _entry_key(entry: ScenarioEntry) -> str:
    return f"{entry.group}/{entry.subgroup}" if entry.subgroup else entry.group


def _row_details(c: Collector, row: ScenarioRow) -> str:
    parts = [row.id, c.labels.ref("form", row.form)]
    for name in ("form_text", "frequency", "lead", "partners"):
        value = c.labels.value(name, getattr(row, name))
        if value:
            parts.append(f"{t(keys.DIFF_FIELD[name])}: {value}")
    return "; ".join(parts)


def compare_scenario(c: Collector, old: Plan, new: Plan) -> None:
    """Entries added/removed, rows added/removed/changed/moved between groups, new orders."""

    def name(e: ScenarioEntry) -> str:
        return c.labels.entry(e.group, e.subgroup)  # the same for every entry of one key

    def each(k: str, eo: ScenarioEntry, en: ScenarioEntry) -> None:
        c.field(f"scenario[{k}]", name(en), "subject", eo.subject, en.subject)

    a, b, order_a, order_b = compare_keyed(
        c,
        "scenario",
        "scenario_entry",
        old.scenario,
        new.scenario,
        _entry_key,
        lambda e: t("diff.entry_details", name=name(e), rows=len(e.rows)),
        each,
    )
    label = {k: name(e) for k, e in (*a.items(), *b.items())}
    rows_a = [(k, r) for k in order_a for r in a[k].rows]
    rows_b = [(k, r) for k in order_b for r in b[k].rows]
    ra, rb, _, ids_b = keyed(rows_a, rows_b, lambda kr: kr[1].id)
    for rid, (k, row) in ra.items():
        if rid not in rb:
            c.entity(Op.REMOVE, f"scenario.rows[{rid}]", "row", label[k], _row_details(c, row), row)
    for rid, (k, row) in rb.items():
        if rid not in ra:
            c.entity(Op.ADD, f"scenario.rows[{rid}]", "row", label[k], _row_details(c, row), row)
    for rid in ids_b:
        if rid not in ra:
            continue
        (ka, ro), (kb, rn) = ra[rid], rb[rid]
        where = t("diff.where.row", id=rid, entry=label[kb])
        path = f"scenario.rows[{rid}]"
        if ka != kb:
            c.field(path, where, "entry", ka, kb, (label[ka], label[kb]))
        c.fields(path, where, ro, rn, ROW_FIELDS)
    for k in order_b:
        if k in a:
            stay_a = [r.id for r in a[k].rows if r.id in rb and rb[r.id][0] == k]
            stay_b = [r.id for r in b[k].rows if r.id in ra and ra[r.id][0] == k]
            if reordered(stay_a, stay_b):
                c.moved(f"scenario[{k}].rows", "row", label[k], stay_a, stay_b)
