"""BP114 text-hygiene: Vietnamese text as a document needs it (fixable with ``--fix``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import yaml

from bhxh_plan import hygiene
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import Document
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, Loc, RuleMeta

META = RuleMeta(
    id="BP114",
    name="text-hygiene",
    severity=Severity.WARNING,
    clause="TCVN 6909:2001 (Unicode dựng sẵn), Nghị định 30/2020/NĐ-CP",
    fixable=True,
    example_fail="method:\n  - Tô ̉chức các hội nghị phổ biến  với già làng\n",
    example_pass="method:\n  - Tổ chức các hội nghị phổ biến với già làng\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp114.summary": (
        "Văn bản phải là Unicode dựng sẵn (NFC); không có dấu thanh tách rời chữ (dán từ "
        "PDF), không dùng mã TCVN3/VNI cũ, không có hai dấu cách liền nhau, ngoặc và nháy cân "
        "đối.",
        "Text is precomposed Unicode (NFC), without tone marks detached from their letter "
        "(pasted from PDF), legacy TCVN3/VNI text, doubled spaces, or unbalanced brackets and "
        "quotes.",
    ),
    "lint.bp114.fix": (
        "Chạy `bhxh-plan lint --fix` (sửa NFC, dấu tách rời, TCVN3, dấu cách); văn bản VNI "
        "chuyển bằng Unikey (Công cụ chuyển mã); ngoặc, nháy sửa tay.",
        "Run `bhxh-plan lint --fix` (NFC, detached marks, TCVN3, spaces); convert VNI text with "
        "Unikey's converter; fix brackets and quotes by hand.",
    ),
    "lint.bp114": ("văn bản cần sửa: {what}", "text needs repair: {what}"),
    "lint.bp114.hint.fix": (
        "chạy 'bhxh-plan lint --fix' để tự sửa",
        "run 'bhxh-plan lint --fix' to repair it",
    ),
    "lint.bp114.hint.manual": ("sửa tay", "fix it by hand"),
    "lint.bp114.hint.vni": (
        "Văn bản VNI: chuyển sang Unicode bằng Unikey (Công cụ chuyển mã).",
        "VNI text: convert it to Unicode with Unikey's converter.",
    ),
}


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


def fix(doc: Document) -> tuple[str, Any]:
    """The text of ``doc`` repaired, and the data it must load as.

    Repairs are made on the text, not by re-dumping YAML, so nothing but the broken
    characters changes: TCVN3 values are converted where libyaml says they are;
    detached tone marks, NFC and doubled spaces are repaired throughout.
    """
    text = doc.raw.decode("utf-8-sig")
    # libyaml marks count characters of the text it was given
    for start, end in reversed(_tcvn3_spans(doc.root)):
        text = text[:start] + "".join(hygiene.TCVN3.get(c, c) for c in text[start:end]) + text[end:]
    return hygiene.fix_layout(text), _fixed_data(doc.data)


def _fixed_data(value: Any) -> Any:
    if isinstance(value, str):
        return hygiene.fix_value(value)
    if isinstance(value, dict):
        return {k: _fixed_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fixed_data(v) for v in value]
    return value


def _tcvn3_spans(node: yaml.Node) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    todo = [node]
    while todo:
        current = todo.pop()
        if isinstance(current, yaml.ScalarNode):
            if hygiene.is_tcvn3(current.value):
                spans.append((current.start_mark.index, current.end_mark.index))
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            todo.extend(v for _k, v in current.value)
    return sorted(spans)
