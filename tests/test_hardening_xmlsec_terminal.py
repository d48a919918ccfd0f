"""Plan text with ESC/OSC sequences is shown escaped, never obeyed, by terminal outputs."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.problems import Problem, Severity
from bhxh_plan.report import FileResult, get_reporter
from tests.conftest import EXAMPLES
from tests.hardening_xmlsec_data import write_invalid, write_valid

RAW = ("\x1b", "\x07", "\x0b", "\x9b")


def _no_raw_controls(text: str, shown: str = "\\x1b]0;pwned\\x07") -> None:
    for ch in RAW:
        assert ch not in text, repr(ch)
    assert shown in text  # shown, so the author can find it


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_valid(tmp_path / "plans")


@pytest.mark.parametrize(
    "args", [("validate",), ("lint",), ("lint", "--format", "github")], ids=" ".join
)
def test_problems_quote_plan_text_escaped(
    invoke: Callable[..., Any], tmp_path: Path, args: tuple[str, ...]
) -> None:
    bad = write_invalid(tmp_path)
    result = invoke(args[0], str(bad), *args[1:])
    assert result.exit_code == 1
    _no_raw_controls(result.stdout)


def test_coloured_text_escapes_plan_text_but_keeps_its_own_colours() -> None:
    p = Problem("a.yaml", 3, 4, "form", "BP005", Severity.ERROR, "mã 'x\x1b]0;pwned\x07' sai")
    out = io.StringIO()
    get_reporter("text")("lint", [FileResult("a.yaml", "plan", [p])], out, True)
    text = out.getvalue()
    assert "\\x1b]0;pwned\\x07" in text and "\x1b]0" not in text and "\x07" not in text
    assert "\x1b[" in text  # rich's own styling is still there


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_diff_text_and_md(invoke: Callable[..., Any], plan: Path, fmt: str) -> None:
    result = invoke("diff", str(EXAMPLES[0]), str(plan), "--format", fmt)
    assert result.exit_code == 0
    # Markdown escapes "]" as "\\]"
    _no_raw_controls(result.stdout, "\\x1b]0;pwned" if fmt == "text" else "\\x1b\\]0;pwned")


def test_rollup_text(invoke: Callable[..., Any], plan: Path) -> None:
    result = invoke("rollup", str(plan.parent), "-j", "1")
    assert result.exit_code == 0, result.output
    _no_raw_controls(result.stdout)


def test_git_textconv(invoke: Callable[..., Any], plan: Path) -> None:
    result = invoke("diff-textconv", str(plan))
    assert result.exit_code == 0
    _no_raw_controls(result.stdout)


def test_a_command_error_quotes_the_argument_escaped(
    invoke: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("diff", "khong-co\x1b]0;pwned\x07.yaml", "b.yaml")
    assert result.exit_code == 2
    _no_raw_controls(result.output)


def test_fmt_names_a_file_escaped(invoke: Callable[..., Any], tmp_path: Path) -> None:
    from tests.conftest import MINIMAL_PLAN

    # keys out of canonical order, in a file whose name carries an OSC sequence
    text = MINIMAL_PLAN.replace(
        "framework: vss-2023\nyear: 2023\n", "year: 2023\nframework: vss-2023\n"
    )
    (tmp_path / "k\x1b]0;pwned\x07.yaml").write_text(text, encoding="utf-8")
    result = invoke("fmt", "--check", str(tmp_path))
    assert result.exit_code == 1
    _no_raw_controls(result.output)
