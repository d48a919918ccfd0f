"""BP115 official-form: the document metadata follows Nghị định 30/2020/NĐ-CP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP115",
    name="official-form",
    severity=Severity.ERROR,
    clause="Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính)",
    example_fail="number: 5/KHBHXH\nrecipients: [BHXH tỉnh]\n",
    example_pass='number: 05/KH-BHXH\nrecipients: [BHXH tỉnh (để b/c), "Lưu: VT, TT."]\n',
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp115.summary": (
        "Số, ký hiệu dạng `15/KH-BHXH` (số dưới 10 có số 0 đứng trước); ngày ban hành "
        "thuộc năm kế hoạch hoặc năm trước; cấp phó ký thì có `KT.`; nơi nhận kết thúc bằng "
        '"Lưu: VT, …".',
        "Number/symbol like `15/KH-BHXH` (a leading zero below 10); dated in the plan year "
        'or the year before; a deputy signs with `KT.`; recipients end with "Lưu: VT, …".',
    ),
    "lint.bp115.fix": (
        "Sửa `document.number`, `document.date`, `document.signer`, `document.recipients`.",
        "Fix `document.number`, `document.date`, `document.signer`, `document.recipients`.",
    ),
    "lint.bp115.number": (
        "số, ký hiệu '{value}' không đúng dạng (vd. 15/KH-BHXH)",
        "number/symbol '{value}' is malformed (e.g. 15/KH-BHXH)",
    ),
    "lint.bp115.number.hint": (
        "ghi số/loại văn bản-cơ quan ban hành, vd. 15/KH-BHXH",
        "write number/kind-issuer, e.g. 15/KH-BHXH",
    ),
    "lint.bp115.zero": (
        "số văn bản dưới 10 cần số 0 đứng trước: '{value}'",
        "numbers below 10 take a leading zero: '{value}'",
    ),
    "lint.bp115.zero.hint": ("sửa thành '{fixed}'", "write '{fixed}'"),
    "lint.bp115.date": (
        "ngày ban hành không thuộc năm kế hoạch {year} hoặc năm trước",
        "the document date is neither in the plan year {year} nor the year before",
    ),
    "lint.bp115.date.hint": ("sửa 'document.date'", "fix 'document.date'"),
    "lint.bp115.kt": (
        "cấp phó ({title}) ký thay nhưng thiếu 'KT.'",
        "a deputy ({title}) signs without 'KT.'",
    ),
    "lint.bp115.kt.hint": ("ghi 'authority: KT. GIÁM ĐỐC'", "write 'authority: KT. GIÁM ĐỐC'"),
    "lint.bp115.recipients": ("chưa có nơi nhận", "no recipients"),
    "lint.bp115.luu": (
        'nơi nhận phải kết thúc bằng "Lưu: VT, …"',
        'recipients must end with "Lưu: VT, …"',
    ),
    "lint.bp115.luu.hint": (
        'thêm dòng cuối "Lưu: VT, <đơn vị soạn thảo>."',
        'add a last line "Lưu: VT, <drafting unit>."',
    ),
}

# number / document kind (KH, KHLT, CTr …) - issuer (BHXH, UBND, TU …), as ND 30 writes them
_NUMBER = re.compile(r"^(\d{1,5})/([A-ZĐ][A-ZĐa-z0-9]*)(?:[-/][A-ZĐ0-9][A-ZĐa-z0-9.]*)+$")


def check(ctx: Context) -> Iterator[Finding]:
    doc = ctx.plan.document
    match = _NUMBER.match(doc.number)
    if match is None:
        yield Finding(
            ("document", "number"),
            t("lint.bp115.number", value=doc.number),
            t("lint.bp115.number.hint"),
        )
    elif int(match[1]) < 10 and len(match[1]) < 2:
        yield Finding(
            ("document", "number"),
            t("lint.bp115.zero", value=doc.number),
            t("lint.bp115.zero.hint", fixed=f"0{doc.number}"),
        )
    if doc.date.year not in (ctx.plan.year, ctx.plan.year - 1):
        yield Finding(
            ("document", "date"),
            t("lint.bp115.date", year=ctx.plan.year),
            t("lint.bp115.date.hint"),
        )
    title = doc.signer.title.upper()
    if title.startswith("PHÓ") and not (doc.signer.authority or "").upper().startswith("KT"):
        yield Finding(
            ("document", "signer"),
            t("lint.bp115.kt", title=doc.signer.title),
            t("lint.bp115.kt.hint"),
        )
    if not doc.recipients:
        yield Finding(("document",), t("lint.bp115.recipients"), t("lint.bp115.luu.hint"))
    elif not doc.recipients[-1].lstrip("- ").startswith("Lưu"):
        yield Finding(
            ("document", "recipients", len(doc.recipients) - 1),
            t("lint.bp115.luu"),
            t("lint.bp115.luu.hint"),
        )
