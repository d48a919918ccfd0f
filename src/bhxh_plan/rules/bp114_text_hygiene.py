"""BP114 text-hygiene: Vietnamese text as a document needs it (fixable with ``--fix``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bhxh_plan import hygiene
from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, Loc, RuleMeta

META = RuleMeta(
    id="BP114",
    name="text-hygiene",
    severity=Severity.WARNING,
    clause="TCVN 6909:2001 (Unicode dựng sẵn), Nghị định 30/2020/NĐ-CP",
    summary_vi="Văn bản phải là Unicode dựng sẵn (NFC); không có dấu thanh tách rời chữ (dán từ "
    "PDF), không dùng mã TCVN3/VNI cũ, không có hai dấu cách liền nhau, ngoặc và nháy cân đối.",
    summary_en="Text is precomposed Unicode (NFC), without tone marks detached from their letter "
    "(pasted from PDF), legacy TCVN3/VNI text, doubled spaces, or unbalanced brackets and quotes.",
    fix_vi="Chạy `bhxh-plan lint --fix` (sửa NFC, dấu tách rời, TCVN3, dấu cách); văn bản VNI "
    "chuyển bằng Unikey (Công cụ chuyển mã); ngoặc, nháy sửa tay.",
    fix_en="Run `bhxh-plan lint --fix` (NFC, detached marks, TCVN3, spaces); convert VNI text with "
    "Unikey's converter; fix brackets and quotes by hand.",
    fixable=True,
    example_fail="method:\n  - Tô ̉chức các hội nghị phổ biến  với già làng\n",
    example_pass="method:\n  - Tổ chức các hội nghị phổ biến với già làng\n",
)


def strings(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every text value of loaded YAML data, with its location."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, (*loc, i))


def check(ctx: Context) -> Iterator[Finding]:
    for loc, text in strings(ctx.doc.data):
        keys = hygiene.problems(text)
        if not keys:
            continue
        what = "; ".join(t(k) for k in keys)
        fixable = set(keys) - {"lint.hygiene.vni", "lint.hygiene.brackets"}
        hint = t("lint.bp114.hint.fix") if fixable else t("lint.bp114.hint.manual")
        if "lint.hygiene.vni" in keys:
            hint += " " + t("lint.bp114.hint.vni")
        yield Finding(loc, t("lint.bp114", what=what), hint)
