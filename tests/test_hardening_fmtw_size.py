"""Hardening (fmtw): ``fmt`` on large generated files succeeds or refuses cleanly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bhxh_plan.fmt import format_bytes
from bhxh_plan.io.loader import LoadError
from bhxh_plan.limits import MAX_NODES
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
HEAD = "framework: vss-2023\nyear: 2024\nlevel: province\ndocument: {number: x}\nextra:\n"


def test_fmt_refuses_a_file_with_too_many_values(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    items = ", ".join("a" for _ in range(MAX_NODES))
    path.write_text(HEAD + f"  k: [{items}]\n", encoding="utf-8")
    try:
        format_bytes(path.read_bytes())
    except LoadError as exc:
        assert exc.code == "BP004"
    else:
        raise AssertionError("not refused")
    res = invoke("fmt", "--check", str(path))
    assert res.exit_code == 1
    assert "[BP004]" in res.output and str(MAX_NODES) in res.output
    assert "Traceback" not in res.output


def test_fmt_keeps_many_waivers_on_a_large_file(invoke: Invoke, tmp_path: Path) -> None:
    # many waivers after flow lists, and many block waivers above the same block
    rows = "".join(
        f"      - id: r{i}\n        form: hoi-nghi-nhom-nho\n"
        "        frequency: x\n        lead: y\n"
        f"        method: [Tô ̉chức {i}, b]  # bhxh-plan: ignore[BP114] lý do: x\n"
        for i in range(400)
    )
    blocks = "  # bhxh-plan: ignore[BP106] lý do: y\n" * 300
    text = MINIMAL_PLAN.replace("  - group: tu-nguyen-hgd\n", blocks + "  - group: tu-nguyen-hgd\n")
    path = tmp_path / "plan.yaml"
    path.write_text(text + rows, encoding="utf-8")

    def waived() -> list[tuple[str, str, bool]]:
        res = invoke("lint", str(path), "--format", "json", "--select", "BP114,BP106")
        found = json.loads(res.output)["files"][0]["problems"]
        return sorted((p["rule"], p["path"], p["waived"]) for p in found if p["rule"] != "BP009")

    before = waived()
    assert len(before) == 401 and all(w for _, _, w in before)
    assert invoke("fmt", str(path)).exit_code == 0
    assert waived() == before
    assert invoke("fmt", "--check", str(path)).exit_code == 0
