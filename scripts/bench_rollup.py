"""Benchmark: ``bhxh-plan rollup`` on a national batch (target: under 10 s each, on 2 jobs).

Generates BENCH_FILES (default 768) plans from the Đồng Nai example, exactly as
scripts/bench.py does (``make_batch``), then times, alternately (median of
BENCH_RUNS, default 3):

* ``bhxh-plan lint --jobs 2`` on the batch (the reference: the roll-up lints every plan);
* ``bhxh-plan rollup --jobs 2 --format json``;
* ``bhxh-plan rollup --jobs 2 --html OUT`` and ``--xlsx OUT``;
* all three outputs in one run (for information).

Timings on a shared machine vary with its load: compare each line with the lint reference
measured in the same run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import BIN, compare, make_batch

TARGET = 10.0
TARGETED = ("rollup --format json", "rollup --html", "rollup --xlsx")


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    count = int(os.environ.get("BENCH_FILES", "768"))
    bhxh = str(BIN / "bhxh-plan")
    with tempfile.TemporaryDirectory(prefix="bhxh-bench-rollup-") as tmp:
        folder = Path(tmp) / "plans"
        files = make_batch(folder, count)
        size = sum(p.stat().st_size for p in files)
        print(f"batch: {count} plans, {size / 1e6:.1f} MB, {os.cpu_count()} CPU(s)")
        html, xlsx = str(Path(tmp) / "rollup.html"), str(Path(tmp) / "rollup.xlsx")
        base = [bhxh, "rollup", "--jobs", "2"]
        medians = compare(
            "roll-up of the whole batch",
            {
                "bhxh-plan lint --jobs 2 (reference)": [bhxh, "lint", "--jobs", "2", str(folder)],
                "rollup --format json": [*base, "--format", "json", str(folder)],
                "rollup --html": [*base, "--html", html, str(folder)],
                "rollup --xlsx": [*base, "--xlsx", xlsx, str(folder)],
                "rollup --format json --html --xlsx": [
                    *base,
                    "--format",
                    "json",
                    "--html",
                    html,
                    "--xlsx",
                    xlsx,
                    str(folder),
                ],
            },
            runs,
        )
        print(
            f"\n  outputs: html {Path(html).stat().st_size / 1e6:.1f} MB, "
            f"xlsx {Path(xlsx).stat().st_size / 1e6:.2f} MB"
        )
    lint = medians["bhxh-plan lint --jobs 2 (reference)"]
    print(f"\n## target (each output alone under {TARGET:.0f} s)")
    for name in TARGETED:
        value = medians[name]
        verdict = "ok" if value < TARGET else "OVER"
        print(f"  {name:44} {value:6.2f} s  {verdict}; over lint: {value - lint:+.2f} s")


if __name__ == "__main__":
    main()
