"""BP117 placeholder: nothing left as ``<<ĐIỀN: …>>`` from ``init`` or ``import``."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Final

from bhxh_plan import placeholders
from bhxh_plan.i18n import t
from bhxh_plan.io import comments
from bhxh_plan.io.loader import decode
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, Loc, RuleMeta
from bhxh_plan.rules.bp114_text_hygiene import strings

META = RuleMeta(
    id="BP117",
    name="placeholder",
    severity=Severity.ERROR,
    clause="Kế hoạch gửi đi phải hoàn chỉnh (docs/import.md, Chỗ cần điền)",
    example_fail='document:\n  number: "<<ĐIỀN: số, ký hiệu, vd. 15/KH-BHXH>>"\n'
    "  date: 2024-01-15  # <<ĐIỀN: ngày ban hành>>\n",
    example_pass="document:\n  number: 15/KH-BHXH\n  date: 2024-01-10\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp117.summary": (
        "Không còn chỗ đánh dấu `<<ĐIỀN: …>>` (trong giá trị, hoặc trong chú thích cạnh "
        "một giá trị không thể là chữ như ngày, cấp, mã hình thức) mà `bhxh-plan init` hoặc "
        "`bhxh-plan import` để lại cho đơn vị điền.",
        "No `<<ĐIỀN: …>>` marker is left (in a value, or in a comment next to a value that "
        "cannot hold text such as a date, a level or a form id) from `bhxh-plan init` or "
        "`bhxh-plan import`.",
    ),
    "lint.bp117.fix": (
        "Thay chỗ đánh dấu bằng nội dung thật; với chú thích, kiểm tra giá trị trên dòng đó "
        "rồi xóa chú thích `<<ĐIỀN: …>>`.",
        "Replace the marker with the real content; for a comment, check the value on that line, "
        "then delete the `<<ĐIỀN: …>>` comment.",
    ),
    "lint.bp117": (
        "còn chỗ cần điền: {what}",
        "placeholder left to fill in: {what}",
    ),
    "lint.bp117.hint": (
        "thay <<ĐIỀN: …>> bằng nội dung thật; nếu chỗ đánh dấu nằm trong chú thích, kiểm tra "
        "giá trị trên dòng đó rồi xóa chú thích",
        "replace <<ĐIỀN: …>> with the real content; if the marker is in a comment, check the "
        "value on that line, then delete the comment",
    ),
}


def _comments(ctx: Context) -> Iterator[tuple[Loc, str]]:
    """Placeholders in comments, located at the value on their line (or the next value)."""
    text = decode(ctx.doc.raw)
    if "<<" not in text:
        return
    found = comments.read(text, ctx.doc.root, containing="<<")
    if not found:
        return
    values = comments.value_starts(ctx.doc.root)
    starts = [index for _line, index, _loc in values]
    for c in found:
        for _at, what in placeholders.find(c.text or ""):
            yield _locate(values, starts, c), what


def _locate(values: list[tuple[int, int, Loc]], starts: list[int], c: comments.Comment) -> Loc:
    """The deepest value starting last before the comment on its line, else the next value."""
    i = bisect.bisect_left(starts, c.index)
    if i > 0 and values[i - 1][0] == c.line:
        at = values[i - 1][1]
        k = bisect.bisect_left(starts, at)
        return max(values[k:i], key=lambda v: len(v[2]))[2]
    if i < len(values):
        at = values[i][1]
        k = bisect.bisect_right(starts, at)
        return max(values[i:k], key=lambda v: len(v[2]))[2]
    return ()


def check(ctx: Context) -> Iterator[Finding]:
    found = [
        (loc, what) for loc, text in strings(ctx.doc.data) for _at, what in placeholders.find(text)
    ]
    found += list(_comments(ctx))
    for loc, what in found:
        yield Finding(loc, t("lint.bp117", what=what or "…"), t("lint.bp117.hint"))
