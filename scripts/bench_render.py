"""Benchmark: render a plan with 1,000 scenario rows to .docx and .xlsx.

Builds the plan from the Đồng Nai example (its 43 rows repeated, with new ids,
over the same groups and sub-groups) in a temporary folder, then times, as the
median of BENCH_RUNS (default 3) runs each:

* loading + validating the plan and building the view;
* rendering the .docx, the .xlsx, and (for information) .html and .md;
* the whole ``bhxh-plan render PLAN --docx … --xlsx …`` command, in-process.

Target on the reference machine: docx + xlsx under 3 s.
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bhxh_plan.render import build_view, render  # noqa: E402
from bhxh_plan.validate import check_file  # noqa: E402

EXAMPLE = ROOT / "examples" / "dong-nai-2023.yaml"
ROWS = int(os.environ.get("BENCH_ROWS", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def make_plan(folder: Path, rows: int) -> Path:
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    entries = data["scenario"]
    template = [(e, r) for e in entries for r in e["rows"]]
    for e in entries:
        e["rows"] = []
    for i in range(rows):
        entry, row = template[i % len(template)]
        new = copy.deepcopy(row)
        new["id"] = f"{row['id']}-{i}"
        entry["rows"].append(new)
    path = folder / "plan-1000.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def median(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = make_plan(folder, ROWS)
        checked = check_file(plan)
        assert checked.ok and checked.plan and checked.framework, checked.problems
        view = build_view(checked.plan, checked.framework.framework, plan)
        assert view.annex is not None and view.annex.row_count == ROWS
        fw = checked.framework.framework

        def load() -> object:
            c = check_file(plan)
            assert c.plan is not None
            return build_view(c.plan, fw, plan)

        t_load = median(load)
        t_docx = median(lambda: render(view, "docx"))
        t_xlsx = median(lambda: render(view, "xlsx"))
        t_html = median(lambda: render(view, "html"))
        t_md = median(lambda: render(view, "md"))

        from typer.testing import CliRunner

        from bhxh_plan.cli import app

        runner = CliRunner()
        args = ["render", str(plan), "--docx", str(folder / "o.docx")]
        args += ["--xlsx", str(folder / "o.xlsx")]

        def command() -> None:
            res = runner.invoke(app, args, catch_exceptions=False)
            assert res.exit_code == 0, res.output

        t_cmd = median(command)
        sizes = {s: (folder / f"o.{s}").stat().st_size // 1024 for s in ("docx", "xlsx")}
    print(f"plan: {ROWS} scenario rows, {RUNS} runs each, median seconds")
    print(f"  load + validate + view   {t_load:6.3f}")
    print(f"  .docx                    {t_docx:6.3f}  ({sizes['docx']} KiB)")
    print(f"  .xlsx                    {t_xlsx:6.3f}  ({sizes['xlsx']} KiB)")
    print(f"  .docx + .xlsx            {t_docx + t_xlsx:6.3f}  (target < 3 s)")
    print(f"  .html                    {t_html:6.3f}")
    print(f"  .md                      {t_md:6.3f}")
    print(f"  render --docx --xlsx     {t_cmd:6.3f}  (whole command, in-process)")


if __name__ == "__main__":
    main()
