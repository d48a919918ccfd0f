"""BP106 channel-mix: every group is reached both directly and indirectly or digitally."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.model.common import Channel
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP106",
    name="channel-mix",
    severity=Severity.WARNING,
    clause="Mục II.5.1 (Kênh trực tiếp và gián tiếp), Công văn 1194/LĐTBXH-BHXH; Mục V.1, "
    "Kế hoạch 4057/KH-BHXH",
    example_fail="- group: co-so-kcb\n  rows:\n    - {id: a, form: hoi-nghi-nhom-nho, ...}\n",
    example_pass="- group: co-so-kcb\n  rows:\n    - {id: a, form: hoi-nghi-nhom-nho, ...}\n"
    "    - {id: b, form: san-pham-truyen-thong, ...}\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp106.summary": (
        "Mỗi nhóm chủ thể cần ít nhất một kênh trực tiếp và một kênh gián tiếp hoặc số "
        "(tính cả dòng kịch bản và hoạt động hướng tới nhóm).",
        "Each subject group needs at least one direct and one indirect or digital channel "
        "(scenario rows and activities aimed at the group).",
    ),
    "lint.bp106.fix": (
        "Thêm dòng kịch bản dùng hình thức kênh còn thiếu (vd. mang-xa-hoi, loa-truyen-thanh "
        "hoặc hoi-nghi-nhom-nho).",
        "Add a row using a form of the missing channel (e.g. mang-xa-hoi, loa-truyen-thanh or "
        "hoi-nghi-nhom-nho).",
    ),
    "lint.bp106.direct_only": (
        "nhóm '{group}' chỉ được tiếp cận trực tiếp, chưa có kênh gián tiếp hoặc số",
        "group '{group}' is reached only directly, with no indirect or digital channel",
    ),
    "lint.bp106.no_direct": (
        "nhóm '{group}' chưa được tiếp cận trực tiếp (hội nghị, gặp gỡ, tư vấn…)",
        "group '{group}' is never reached directly (meetings, visits, advice…)",
    ),
    "lint.bp106.hint": (
        "thêm dòng dùng hình thức của kênh còn thiếu; đổi 'channel' nếu dòng đã phân loại sai",
        "add a row with a form of the missing channel; set 'channel' if a row is misclassified",
    ),
}

_OTHER = {Channel.INDIRECT, Channel.DIGITAL}


def check(ctx: Context) -> Iterator[Finding]:
    channel_of = {f.id: f.channel for f in ctx.fw.forms}
    event_form = {e.id: e.form for e in ctx.fw.events}
    parent = ctx.index.subgroup_parent
    reached: dict[str, set[Channel]] = {}
    first: dict[str, int] = {}
    for i, entry in enumerate(ctx.plan.scenario):
        first.setdefault(entry.group, i)
        got = reached.setdefault(entry.group, set())
        for row in entry.rows:
            channel = row.channel or channel_of.get(row.form)
            if channel is not None:
                got.add(channel)
    for act in ctx.plan.activities:
        form = act.form or event_form.get(act.event or "")
        channel = channel_of.get(form or "")
        if channel is None:
            continue
        for target in act.groups:
            group = parent.get(target, target)
            if group in reached:
                reached[group].add(channel)
    for group, channels in reached.items():
        if Channel.DIRECT in channels and channels & _OTHER:
            continue
        key = "lint.bp106.direct_only" if Channel.DIRECT in channels else "lint.bp106.no_direct"
        yield Finding(
            ("scenario", first[group], "group"), t(key, group=group), t("lint.bp106.hint")
        )
