"""BP116 campaign: a campaign plan carries the theme, slogans and objective matrix.

Only frameworks with a ``campaign`` section (``thang-van-dong-2021``) bind it;
the launch ceremony's date window is checked by BP105 from the same data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP116",
    name="campaign",
    severity=Severity.ERROR,
    clause="Mục II.2–4 (chủ đề, thông điệp, khẩu hiệu) và bảng 5.3, Công văn 1194/LĐTBXH-BHXH",
    example_fail="campaign:\n  theme: …\n  message: …\n  slogans: []\n",
    example_pass="campaign:\n  slogans:\n    - {group: sinh-vien, texts: [BHXH giúp bạn an hưởng "
    "tuổi già]}\n  matrix:\n    - {objective: nhan-thuc, campaign: thu-hut-chu-y, "
    "channels: [direct], media: [dai-chung]}\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp116.summary": (
        "Kế hoạch chiến dịch có chủ đề, thông điệp; mỗi nhóm đối tượng có ít nhất một khẩu "
        "hiệu; mỗi mục tiêu có chiến dịch, kênh và phương tiện (ma trận 5.3).",
        "A campaign plan has a theme and message; every target group has a slogan; every "
        "objective has a campaign, a channel and a medium (matrix 5.3).",
    ),
    "lint.bp116.fix": (
        "Thêm `campaign:` với `theme`, `message`, `slogans`, `matrix`.",
        "Add `campaign:` with `theme`, `message`, `slogans`, `matrix`.",
    ),
    "lint.bp116.missing": (
        "kế hoạch chiến dịch chưa có phần 'campaign' (chủ đề: {theme})",
        "the campaign plan has no 'campaign' section (theme: {theme})",
    ),
    "lint.bp116.missing.hint": (
        "thêm 'campaign:' với theme, message, slogans, matrix",
        "add 'campaign:' with theme, message, slogans, matrix",
    ),
    "lint.bp116.slogan": ('nhóm "{name}" chưa có khẩu hiệu', 'group "{name}" has no slogan'),
    "lint.bp116.slogan.hint": (
        "thêm '- group: {id}' với 'texts' vào 'campaign.slogans'",
        "add '- group: {id}' with 'texts' to 'campaign.slogans'",
    ),
    "lint.bp116.objective": (
        'mục tiêu "{text}" chưa có chiến dịch, kênh và phương tiện',
        'objective "{text}" has no campaign, channel and medium',
    ),
    "lint.bp116.objective.hint": (
        "thêm dòng 'campaign.matrix' với 'objective: {id}', 'campaign', 'channels', 'media'",
        "add a 'campaign.matrix' row with 'objective: {id}', 'campaign', 'channels', 'media'",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    spec = ctx.fw.campaign
    if spec is None:
        return
    camp = ctx.plan.campaign
    if camp is None:
        yield Finding((), t("lint.bp116.missing", theme=spec.theme), t("lint.bp116.missing.hint"))
        return
    with_slogan = {s.group for s in camp.slogans}
    for group in ctx.missing(ctx.fw.groups, with_slogan):
        yield Finding(
            ("campaign", "slogans"),
            t("lint.bp116.slogan", name=group.name),
            t("lint.bp116.slogan.hint", id=group.id),
            key=True,
        )
    for objective in spec.objectives:
        rows = [r for r in camp.matrix if r.objective == objective.id]
        if not any(r.campaign and r.channels and r.media for r in rows):
            yield Finding(
                ("campaign", "matrix"),
                t("lint.bp116.objective", text=objective.text),
                t("lint.bp116.objective.hint", id=objective.id),
                key=True,
            )
