"""Hardening: user templates are bounded and their errors are the user's (item 21)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]


def _render(invoke: Invoke, write: Write, tmp_path: Path, template: str, *lang: str) -> Any:
    tpl = tmp_path / "tpl"
    tpl.mkdir(exist_ok=True)
    (tpl / "plan.md.j2").write_text(template, encoding="utf-8")
    plan = write(MINIMAL_PLAN)
    out = str(tmp_path / "x.md")
    return invoke(*lang, "render", str(plan), "--md", out, "--template-dir", str(tpl))


def _user_error(res: Any, line: int) -> str:
    assert res.exit_code == 2, res.output
    assert "lỗi nội bộ" not in res.output and "internal error" not in res.output
    assert f"plan.md.j2:{line}" in res.output, res.output
    return str(res.output)


@pytest.mark.parametrize(
    ("template", "line", "said"),
    [
        ("a\n{% for i in range(10**9) %}x{% endfor %}\n", 2, "range() quá lớn"),
        ('{% extends "plan.md.j2" %}\n', 1, "kế thừa (extends) chính nó"),
        ('a\n\n{% include "plan.md.j2" %}\n', 3, "quá nhiều tầng"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}\n{{ f(1) }}\n", 1, "quá nhiều tầng"),
        ('a\nb\n{{ "x" * 10**9 }}\n', 3, "quá dài"),
        ('{{ "x"|center(10**9) }}\n', 1, "quá dài"),
        ("{{ 10 ** 100000000 }}\n", 1, "quá dài"),
        (
            '{% set ns = namespace(s="x") %}\n'
            "{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}\n",
            2,
            "quá dài",
        ),
        ("a\nb\n{{ nope }}\n", 3, "'nope' is undefined"),
        ('{% include "missing.j2" %}\n', 1, "không tìm thấy mẫu 'missing.j2'"),
        ("\n{{ 1 / 0 }}\n", 2, "ZeroDivisionError"),
    ],
)
def test_template_error_names_file_and_line(
    invoke: Invoke, write: Write, tmp_path: Path, template: str, line: int, said: str
) -> None:
    out = _user_error(_render(invoke, write, tmp_path, template), line)
    assert said in out


def test_template_error_in_english(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    template = "{% for i in range(10**9) %}{% endfor %}"
    res = _render(invoke, write, tmp_path, template, "--lang", "en")
    assert "range() is too big" in _user_error(res, 1)


def test_nested_loops_stop_in_a_real_process(tmp_path: Path) -> None:
    """The hang reported: nested loops with an empty body, through the console entry."""
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "plan.md.j2").write_text(
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "bhxh_plan", "render", str(plan), "--md", str(tmp_path / "x.md"),
         "--template-dir", str(tpl)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "plan.md.j2:1" in proc.stderr and "quá nhiều việc" in proc.stderr
    assert not (tmp_path / "x.md").exists()
