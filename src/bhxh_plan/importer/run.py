"""The import, start to end: check the file, find the table, map it, write the plan text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bhxh_plan.framework import LoadedFramework, available, load_framework
from bhxh_plan.importer.build import Builder, Built
from bhxh_plan.importer.grid import Grid
from bhxh_plan.importer.header import CORE, Layout, find_layout
from bhxh_plan.importer.match import Matcher
from bhxh_plan.importer.meta import Meta, read_meta
from bhxh_plan.importer.parse import Parsed, Walker
from bhxh_plan.importer.read import ensure_regular, read_docx, read_xlsx
from bhxh_plan.importer.safety import Limits, Refused, check, kind_of
from bhxh_plan.model.common import Level
from bhxh_plan.scaffold.common import level_of
from bhxh_plan.scaffold.skeleton import Options, plan_text
from bhxh_plan.scaffold.write import framework_ref, verify
from bhxh_plan.suggest import fold

PREFERRED_SHEET = "Khung kịch bản"


class UsageError(Refused):
    """A wrong option (a sheet that does not exist): exit 2, not 1."""


@dataclass(slots=True)
class Request:
    """What the office asked for."""

    path: Path
    framework: str | None = None
    sheet: str | None = None
    level: str | None = None
    year: int | None = None
    unit: str | None = None
    output: Path | None = None
    limits: Limits = field(default_factory=Limits)


@dataclass(slots=True)
class Result:
    """The plan text and what the import found on the way."""

    text: str
    framework: str
    table: str
    header_row: int
    built: Built
    parsed: Parsed
    meta: Meta
    level: str
    level_guessed: bool
    ignored_columns: list[str]


def _tables(req: Request) -> tuple[list[tuple[Grid, Layout]], str]:
    kind = kind_of(req.path)
    ensure_regular(req.path)
    check(req.path, kind, req.limits)
    read = read_xlsx if kind == "xlsx" else read_docx
    grids = read(req.path, req.limits.max_file)
    if kind == "xlsx" and req.sheet is not None:
        chosen = [g for g in grids if g.name == req.sheet] or [
            g for g in grids if fold(g.name) == fold(req.sheet)
        ]
        if not chosen:
            names = ", ".join(f"'{g.name}'" for g in grids)
            raise UsageError("import.no_sheet", {"sheet": req.sheet, "sheets": names})
        grids = chosen
    elif kind == "xlsx":
        grids.sort(key=lambda g: fold(g.name) != fold(PREFERRED_SHEET))
    for i, grid in enumerate(grids):
        layout = find_layout(grid)
        if layout is None:
            continue
        parts = [(grid, layout)]
        if kind == "docx":
            parts += _continuations(grids[i + 1 :], grid, layout)
        return parts, kind
    where = ", ".join(f"'{g.name}'" for g in grids) or "—"
    raise Refused(
        "import.no_table", {"where": where, "looked_for": _looked_for()}, "import.no_table.hint"
    )


def _looked_for() -> str:
    return (
        "TT, Chủ thể được truyền thông, Hình thức truyền thông, Tần suất/thời gian thực hiện, "
        "Cách thức thực hiện, Đơn vị chủ trì, Đơn vị phối hợp, Hình thức phối hợp, "
        "Công việc phối hợp/thực hiện"
    )


def _continuations(rest: list[Grid], first: Grid, layout: Layout) -> list[tuple[Grid, Layout]]:
    """Word tables that go on with the same table (split at a page or section break)."""
    out = []
    for grid in rest:
        own = find_layout(grid)
        if own is not None and set(own.columns) >= set(layout.columns) & set(CORE):
            out.append((grid, own))
        elif own is None and grid.width == first.width:
            out.append((grid, Layout([-1], layout.columns)))
        else:
            break
    return out


def _preamble(grid: Grid, layout: Layout) -> list[str]:
    if grid.kind == "docx":
        return grid.preamble
    top = layout.header_rows[0]
    return [grid.text(r, c) for r in range(top) for c in range(grid.width) if grid.text(r, c)]


def _parse(parts: list[tuple[Grid, Layout]], matcher: Matcher) -> Parsed:
    walker = Walker(matcher)
    for grid, layout in parts:
        walker.walk(grid, layout)
    return walker.out


def _score(parsed: Parsed, matcher: Matcher) -> int:
    """How well a framework fits the table: rows under groups matched by name count most."""
    score = 0
    for e in parsed.entries:
        by = e.match.by if e.match else ""
        score += len(e.rows) * {"name": 3, "code": 1}.get(by, 0)
        for r in e.rows:
            if matcher.form(r.texts.get("form", ""), r.texts.get("form_id", "")).ident:
                score += 2
    return score


def _framework(req: Request, parts: list[tuple[Grid, Layout]]) -> tuple[str, LoadedFramework]:
    if req.framework:
        return req.framework, load_framework(req.framework, Path.cwd())
    best: tuple[int, int, str] | None = None
    for ident in sorted(available()):
        try:
            loaded = load_framework(ident)
        except Exception:  # a broken user framework must not stop the import
            continue
        score = _score(_parse(parts, Matcher.of(loaded.framework)), Matcher.of(loaded.framework))
        key = (score, loaded.framework.year, ident)
        if best is None or key > best:
            best = key
    if best is None:
        raise Refused("import.no_framework", {}, "import.no_framework.hint")
    return best[2], load_framework(best[2])


def run(req: Request) -> Result:
    """Import ``req.path``; raise :class:`Refused` for input that cannot be imported."""
    parts, _kind = _tables(req)
    ref, loaded = _framework(req, parts)
    fw = loaded.framework
    matcher = Matcher.of(fw)
    parsed = _parse(parts, matcher)
    built = Builder(matcher).build(parsed)
    grid, layout = parts[0]
    if built.rows == 0:
        raise Refused(
            "import.no_rows",
            {"table": grid.name, "row": layout.first_data_row + 1},
            "import.no_table.hint",
        )
    meta = read_meta(_preamble(grid, layout))
    unit = req.unit or meta.unit
    level = req.level or (level_of(unit, meta.parent) if unit else None)
    guessed = level is None
    if level is None:
        level = (
            fw.deadline.levels[0] if fw.deadline and fw.deadline.levels else Level.PROVINCE.value
        )
    year = req.year or meta.year or fw.year
    header = [
        f"Nhập từ {req.path.name} ({grid.name}, tiêu đề bảng ở dòng "
        f"{layout.header_rows[0] + 1}) bằng: bhxh-plan import"
    ]
    opts = Options(
        framework_ref=framework_ref(ref, loaded.path, req.output),
        level=level,
        year=year,
        unit=unit,
        parent=meta.parent if unit == meta.unit else None,
        number=meta.number,
        date=meta.date,
        level_guessed=guessed,
        header=header,
    )
    text = plan_text(fw, opts, built.scenario)
    problems = verify(text, fw, str(req.output or "<stdout>"))
    if problems:
        raise RuntimeError("; ".join(problems[:3]))
    ignored = [
        f"{name} ({grid.label(layout.header_rows[0], c)})" for c, name in layout.ignored.items()
    ]
    return Result(
        text,
        fw.id,
        grid.name,
        layout.header_rows[0] + 1,
        built,
        parsed,
        meta,
        level,
        guessed,
        ignored,
    )
