"""BP105 themed-event: each themed event is scheduled, inside its window.

The windows come from the framework (3/2 and 16/2, the May campaign month, 1/7,
the new school year, 10/10, 9/11, the October–December push in ``vss-2023``);
a framework of another year is moved to the plan's year.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.dates import dmy
from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP105",
    name="themed-event",
    severity=Severity.ERROR,
    clause="Mục IV.2.1 (Truyền thông theo chủ đề), Kế hoạch 4057/KH-BHXH",
    example_fail="activities:\n  - id: ngay-bhyt\n    event: ngay-bhyt\n    start: 2023-09-15\n",
    example_pass="activities:\n  - id: ngay-bhyt\n    event: ngay-bhyt\n    start: 2023-06-28\n"
    "    end: 2023-07-05\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp105.summary": (
        "Mỗi sự kiện chủ đề khung yêu cầu phải có hoạt động, và hoạt động phải nằm trong "
        "khoảng thời gian của sự kiện.",
        "Each required themed event has an activity, scheduled inside the event's window.",
    ),
    "lint.bp105.fix": (
        "Thêm hoạt động `event: <mã sự kiện>` với `start`/`end` trong khoảng của sự kiện.",
        "Add an activity `event: <event id>` with `start`/`end` inside the event's window.",
    ),
    "lint.bp105.missing": (
        "chưa lên lịch sự kiện chủ đề {code}. {name} ({window})",
        "themed event {code}. {name} ({window}) is not scheduled",
    ),
    "lint.bp105.missing.hint": (
        "thêm hoạt động có 'event: {id}' trong khoảng thời gian đó",
        "add an activity with 'event: {id}' inside that window",
    ),
    "lint.bp105.outside": (
        "hoạt động '{id}' của sự kiện \"{name}\" nằm ngoài khoảng {window}",
        "activity '{id}' of \"{name}\" falls outside {window}",
    ),
    "lint.bp105.outside.hint": ("dời ngày vào khoảng {window}", "move it inside {window}"),
}


def check(ctx: Context) -> Iterator[Finding]:
    for event in ctx.fw.events:
        window = ctx.event_dates(event).window
        span = f"{dmy(window.start)}–{dmy(window.end)}"
        scheduled = [(i, a) for i, a in enumerate(ctx.plan.activities) if a.event == event.id]
        if not scheduled and ctx.required(event.required_levels):
            yield Finding(
                ("activities",),
                t("lint.bp105.missing", code=event.code or "", name=event.name, window=span),
                t("lint.bp105.missing.hint", id=event.id),
                ctx.cite(event.cite),
                key=True,
            )
        for i, act in scheduled:
            end = act.end or act.start
            if act.start < window.start or end > window.end:
                field = "start" if act.start < window.start or act.end is None else "end"
                yield Finding(
                    ("activities", i, field),
                    t("lint.bp105.outside", id=act.id, name=event.name, window=span),
                    t("lint.bp105.outside.hint", window=span),
                    ctx.cite(event.cite),
                )
