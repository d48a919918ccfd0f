"""Benchmark: validate a national batch against peers, on the same files, in one run.

Generates BENCH_FILES (default 768) plans from the Đồng Nai example in a temporary
folder, then times alternately (median of BENCH_RUNS, default 5):

* ``bhxh-plan validate`` and ``bhxh-plan lint`` on the whole batch (default jobs: all cores);
* ``check-jsonschema --schemafile schemas/plan.schema.json`` on the same files;
* a bare load of the same files with PyYAML's libyaml ``CSafeLoader``;
* one plan: ``bhxh-plan validate`` vs ``check-jsonschema`` (the pre-commit case);
* ``bhxh-plan --help`` vs ``python -c pass`` (start-up).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "dong-nai-2023.yaml"
PROVINCES = [
    "AN GIANG",
    "BÀ RỊA - VŨNG TÀU",
    "BẮC GIANG",
    "BẮC KẠN",
    "BẠC LIÊU",
    "BẮC NINH",
    "BẾN TRE",
    "BÌNH ĐỊNH",
    "BÌNH DƯƠNG",
    "BÌNH PHƯỚC",
    "BÌNH THUẬN",
    "CÀ MAU",
]


def make_batch(folder: Path, count: int) -> list[Path]:
    text = EXAMPLE.read_text(encoding="utf-8")
    files = []
    for i in range(count):
        unit = f"BẢO HIỂM XÃ HỘI TỈNH {PROVINCES[i % len(PROVINCES)]} {i // len(PROVINCES) + 1}"
        body = text.replace("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", unit).replace(
            "number: 15/KH-BHXH", f"number: {i + 1:02}/KH-BHXH"
        )
        p = folder / f"region-{i % 8}" / f"plan-{i:03}.yaml"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
        files.append(p)
    return files


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0,):
        sys.exit(
            f"command failed ({proc.returncode}): {' '.join(cmd[:4])} …\n"
            f"{proc.stderr.decode()[-2000:]}"
        )
    return elapsed


def compare(label: str, commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():  # alternate so drift hits every command alike
            samples[name].append(timed(cmd))
    medians = {name: statistics.median(v) for name, v in samples.items()}
    print(f"\n## {label} (median of {runs})")
    base = next(iter(medians.values()))
    for name, value in medians.items():
        print(f"  {name:44} {value * 1000:9.0f} ms   × {value / base:5.2f}")
    return medians


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    count = int(os.environ.get("BENCH_FILES", "768"))
    bhxh = str(BIN / "bhxh-plan")
    cjs = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    schema = str(ROOT / "schemas" / "plan.schema.json")
    with tempfile.TemporaryDirectory(prefix="bhxh-bench-") as tmp:
        files = make_batch(Path(tmp), count)
        size = sum(p.stat().st_size for p in files)
        names = [str(p) for p in files]
        print(f"batch: {count} plans, {size / 1e6:.1f} MB, {os.cpu_count()} CPU(s)")
        bare = (
            "import sys, yaml\n"
            "for f in sys.argv[1:]:\n"
            "    yaml.load(open(f, 'rb'), Loader=yaml.CSafeLoader)\n"
        )
        batch = compare(
            "whole batch",
            {
                "bhxh-plan validate (all cores)": [bhxh, "validate", tmp],
                "bhxh-plan validate --jobs 1": [bhxh, "validate", "--jobs", "1", tmp],
                "bhxh-plan lint (all cores)": [bhxh, "lint", "--ignore", "BP114", tmp],
                "bhxh-plan lint, all rules (all cores)": [bhxh, "lint", tmp],
                "check-jsonschema (ruamel.yaml.clib)": [cjs, "--schemafile", schema, *names],
                "bare PyYAML CSafeLoader load": [sys.executable, "-c", bare, *names],
            },
            runs,
        )
        one = compare(
            "one plan (pre-commit case)",
            {
                "bhxh-plan validate": [bhxh, "validate", names[0]],
                "check-jsonschema": [cjs, "--schemafile", schema, names[0]],
            },
            runs,
        )
        start = compare(
            "start-up",
            {
                "python -c pass": [sys.executable, "-c", "pass"],
                "bhxh-plan --help": [bhxh, "--help"],
            },
            runs,
        )
    cj = batch["check-jsonschema (ruamel.yaml.clib)"]
    print("\n## ratios")
    print(
        f"  batch: check-jsonschema / bhxh-plan = "
        f"{cj / batch['bhxh-plan validate (all cores)']:.1f}× (target ≥ 5×)"
    )
    print(
        f"  one plan: check-jsonschema / bhxh-plan = "
        f"{one['check-jsonschema'] / one['bhxh-plan validate']:.2f}× (target > 1×)"
    )
    print(
        f"  start-up: bhxh-plan --help / python -c pass = "
        f"{start['bhxh-plan --help'] / start['python -c pass']:.1f}× (target ≤ 8×)"
    )


if __name__ == "__main__":
    main()
