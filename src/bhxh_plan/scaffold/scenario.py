"""The scenario (khung kịch bản) part of the ``init`` skeleton."""

from __future__ import annotations

from typing import Any

from bhxh_plan.fmt.write import Note
from bhxh_plan.model.common import Channel, FormKind
from bhxh_plan.model.framework import Form, Framework, Group, Subgroup
from bhxh_plan.scaffold.common import cite_text, fill

OPTIONAL_FIELDS = (
    "Trường không bắt buộc của một dòng: form_text (hình thức như ghi trong bảng), partners "
    "(đơn vị phối hợp), coordination (hình thức phối hợp), tasks (công việc phối hợp/thực hiện), "
    "channel (kênh, nếu khác kênh của hình thức), languages, respected_persons."
)


def entries_for(fw: Framework, level: str) -> list[tuple[Group, Subgroup | None]]:
    """(group, sub-group) of every scenario entry the framework requires at ``level``."""
    out: list[tuple[Group, Subgroup | None]] = []
    for g in fw.groups:
        subs = [s for s in g.subgroups if level in s.required_levels]
        if subs:
            out.extend((g, s) for s in subs)
        elif level in g.required_levels:
            out.append((g, None))
    return out


def _forms(fw: Framework, level: str) -> list[Form]:
    """The forms to spread over the rows: the required regular (top-level) forms."""
    top = [f for f in fw.forms if not f.parent]
    required = [f for f in top if level in f.required_levels]
    regular = [f for f in required if f.kind is FormKind.REGULAR]
    return regular or required or [f for f in top if f.kind is FormKind.REGULAR] or top


def _row(fw: Framework, ident: str, form: Form, minority: bool) -> dict[str, Any]:
    label = f"{form.code + ' ' if form.code else ''}{form.name.split(chr(10))[0]}"
    row: dict[str, Any] = {
        "id": ident,
        "form": Note(form.id, after=fill(f"kiểm tra hình thức; đặt tạm: {label}")),
        "frequency": fill("tần suất/thời gian thực hiện, vd. Thường xuyên"),
        "method": [fill("cách thức thực hiện, mỗi ý một dòng")],
        "lead": fill("đơn vị chủ trì"),
    }
    if minority:
        row["languages"] = [fill("tiếng dân tộc của tài liệu")]
        row["respected_persons"] = [fill("già làng, trưởng bản, chức sắc… tham gia")]
    return row


def _spread(entries: list[tuple[Group, Subgroup | None]], forms: list[Form]) -> list[list[Form]]:
    """Forms for each entry's rows: every group reached directly and another way (BP106),
    every form used at least once (BP104)."""
    direct = [f for f in forms if f.channel is Channel.DIRECT]
    other = [f for f in forms if f.channel is not Channel.DIRECT]
    turn = {"direct": 0, "other": 0}

    def take(kind: str) -> Form | None:
        pool = direct if kind == "direct" else other
        if not pool:
            return None
        form = pool[turn[kind] % len(pool)]
        turn[kind] += 1
        return form

    slots: list[list[Form]] = [[] for _ in entries]
    for group in dict.fromkeys(g.id for g, _ in entries):
        mine = [i for i, (g, _) in enumerate(entries) if g.id == group]
        kinds = ["direct", "other"] if len(mine) == 1 else ["direct", "other"] * len(mine)
        for n, kind in enumerate(kinds[: max(2, len(mine))]):
            form = take(kind)
            if form is not None:
                slots[mine[n % len(mine)]].append(form)
    used = {f.id for slot in slots for f in slot}
    for n, form in enumerate(f for f in forms if f.id not in used):
        slots[n % len(slots)].append(form)
    return slots


def scenario_skeleton(fw: Framework, level: str) -> Note:
    """One entry per required group or sub-group, with rows to fill in.

    The required forms are spread over the rows so that each one appears (rule
    BP104) and each group is reached directly and another way (BP106); every
    form line says it was set provisionally.
    """
    entries = entries_for(fw, level)
    forms = _forms(fw, level)
    channel_of = {f.id: f.channel for f in fw.forms}
    slots = _spread(entries, forms) if entries and forms else [[] for _ in entries]
    priority: dict[str, list[str]] = {}
    for pg in fw.priority_groups:
        for sid in pg.subgroups:
            priority.setdefault(sid, []).append(pg.name)
    items = []
    for (group, sub), chosen in zip(entries, slots, strict=True):
        owner = sub or group
        before = [
            f"{owner.code + ' ' if owner.code else ''}{owner.name} "
            f"({cite_text(fw, owner.cite)})".replace(" ()", "")
        ]
        if sub is not None and sub.id in priority:
            before.append("Nhóm ưu tiên: " + "; ".join(priority[sub.id]))
        minority = owner.minority_outreach
        if minority:
            before.append(
                "Vùng đồng bào dân tộc, tôn giáo: cần tài liệu tiếng dân tộc và người "
                "có uy tín tham gia (languages, respected_persons)"
            )
        rows = [_row(fw, f"{owner.id}-{n}", form, minority) for n, form in enumerate(chosen, 1)]
        entry: dict[str, Any] = {"group": group.id, "subgroup": sub.id if sub else None}
        entry["rows"] = rows
        items.append(Note(entry, before=before))
    kinds = sorted({channel_of[f.id].value for f in forms}, key=[c.value for c in Channel].index)
    head = [
        "Khung kịch bản: mỗi nhóm chủ thể và nhóm nhỏ khung yêu cầu ở cấp này có một mục; mỗi "
        "dòng là một hình thức truyền thông cho nhóm đó. Các hình thức bắt buộc được đặt tạm lần "
        f"lượt vào các dòng (kênh: {', '.join(kinds)}); đổi cho đúng và thêm dòng.",
        OPTIONAL_FIELDS,
    ]
    return Note(items, before=head)
