"""BP117 placeholder: nothing left as ``<<ĐIỀN: …>>`` from ``init`` or ``import``."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import yaml

from bhxh_plan import placeholders
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import decode
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, Loc, RuleMeta
from bhxh_plan.rules.bp114_text_hygiene import strings

META = RuleMeta(
    id="BP117",
    name="placeholder",
    severity=Severity.ERROR,
    clause="Kế hoạch gửi đi phải hoàn chỉnh (docs/import.md, Chỗ cần điền)",
    summary_vi="Không còn chỗ đánh dấu `<<ĐIỀN: …>>` (trong giá trị, hoặc trong chú thích cạnh "
    "một giá trị không thể là chữ như ngày, cấp, mã hình thức) mà `bhxh-plan init` hoặc "
    "`bhxh-plan import` để lại cho đơn vị điền.",
    summary_en="No `<<ĐIỀN: …>>` marker is left (in a value, or in a comment next to a value that "
    "cannot hold text such as a date, a level or a form id) from `bhxh-plan init` or "
    "`bhxh-plan import`.",
    fix_vi="Thay chỗ đánh dấu bằng nội dung thật; với chú thích, kiểm tra giá trị trên dòng đó "
    "rồi xóa chú thích `<<ĐIỀN: …>>`.",
    fix_en="Replace the marker with the real content; for a comment, check the value on that line, "
    "then delete the `<<ĐIỀN: …>>` comment.",
    example_fail='document:\n  number: "<<ĐIỀN: số, ký hiệu, vd. 15/KH-BHXH>>"\n'
    "  date: 2024-01-15  # <<ĐIỀN: ngày ban hành>>\n",
    example_pass="document:\n  number: 15/KH-BHXH\n  date: 2024-01-10\n",
)


def _nodes(
    node: yaml.Node, loc: Loc, values: list[tuple[int, int, Loc]], spans: list[tuple[int, int]]
) -> None:
    """Collect (line, start, loc) of every value node and the spans of every scalar."""
    values.append((node.start_mark.line, node.start_mark.index, loc))
    if isinstance(node, yaml.ScalarNode):
        spans.append((node.start_mark.index, node.end_mark.index))
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                spans.append((k.start_mark.index, k.end_mark.index))
            _nodes(v, (*loc, str(k.value)), values, spans)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _nodes(item, (*loc, i), values, spans)


def _comments(ctx: Context) -> Iterator[tuple[Loc, str]]:
    """Placeholders in comments, located at the value on their line (or the next value)."""
    text = decode(ctx.doc.raw)
    if "<<" not in text:
        return
    values: list[tuple[int, int, Loc]] = []
    spans: list[tuple[int, int]] = []
    _nodes(ctx.doc.root, (), values, spans)
    scalars = sorted(spans)
    starts = [s for s, _ in scalars]
    offset = 0
    for number, line in enumerate(text.split("\n")):
        begin = offset
        offset += len(line) + 1
        if "<<" not in line:
            continue
        cut = _comment_start(line, begin, scalars, starts)
        if cut is None:
            continue
        for _at, what in placeholders.find(line[cut:]):
            yield _locate(values, number, begin + cut), what


def _comment_start(
    line: str, begin: int, scalars: list[tuple[int, int]], starts: list[int]
) -> int | None:
    for col, ch in enumerate(line):
        if ch != "#" or (col and not line[col - 1].isspace()):
            continue
        pos = begin + col
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and scalars[i][0] <= pos < scalars[i][1]:
            continue  # a "#" inside a quoted or plain value
        return col
    return None


def _locate(values: list[tuple[int, int, Loc]], line: int, pos: int) -> Loc:
    same = [(s, loc) for ln, s, loc in values if ln == line and s < pos]
    if same:
        return max(same, key=lambda x: (x[0], len(x[1])))[1]
    after = [(ln, s, loc) for ln, s, loc in values if s > pos]
    if after:
        return min(after, key=lambda x: (x[1], -len(x[2])))[2]
    return ()


def check(ctx: Context) -> Iterator[Finding]:
    found = [
        (loc, what) for loc, text in strings(ctx.doc.data) for _at, what in placeholders.find(text)
    ]
    found += list(_comments(ctx))
    for loc, what in found:
        yield Finding(loc, t("lint.bp117", what=what or "…"), t("lint.bp117.hint"))
