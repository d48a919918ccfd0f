"""Hardening: ``--lang`` anywhere; the CLI's own help and usage errors follow it (item 25)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main

from bhxh_plan.cli import app
from bhxh_plan.messages.cli import MESSAGES
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]
# letters only Vietnamese uses (ASCII and the quoted unit example aside)
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _commands(cmd: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize(
    "args",
    [
        ["render", "{plan}", "--lang", "en"],
        ["render", "--lang=en", "{plan}"],
        ["--lang", "en", "render", "{plan}"],
    ],
)
def test_lang_anywhere(invoke: Invoke, write: Write, args: list[str]) -> None:
    plan = str(write(MINIMAL_PLAN))
    res = invoke(*[plan if a == "{plan}" else a for a in args])
    assert res.exit_code == 2
    assert "no output format was chosen" in res.output, res.output


def test_bad_or_missing_lang_value(invoke: Invoke) -> None:
    res = invoke("rules", "--lang", "fr")
    assert res.exit_code == 2 and "'fr' không phải một trong: vi, en" in res.output
    res = invoke("rules", "--lang")
    assert res.exit_code == 2 and "tùy chọn --lang cần một giá trị" in res.output


def test_no_such_option_in_both_languages(invoke: Invoke) -> None:
    res = invoke("lint", "--stict", "x.yaml")
    assert res.exit_code == 2
    assert "không có tùy chọn --stict" in res.output and "--strict" in res.output
    assert "No such option" not in res.output and "Error:" not in res.output
    assert "bhxh-plan lint --help" in res.output
    res = invoke("lint", "--stict", "x.yaml", env={"BHXH_PLAN_LANG": "en"})
    assert "no such option: --stict; did you mean" in res.output
    assert "không" not in res.output


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (["calendar", "x.yaml"], "thiếu tùy chọn --ics", "missing option --ics"),
        (["render"], "thiếu đối số PLAN", "missing argument PLAN"),
        (
            ["frameworks", "show", "x", "--format", "xml"],
            "'xml' không phải một trong",
            "is not one of",
        ),
        (["lint", "-j", "0", "x.yaml"], "phải lớn hơn hoặc bằng 1", "must be at least 1"),
        (["lint", "-j", "abc", "x.yaml"], "phải là một số", "must be a number"),
        (["rules", "BP101", "BP102"], "thừa đối số: BP102", "unexpected extra arguments: BP102"),
        (["rendr"], "không có lệnh 'rendr'; có phải ý bạn là 'render'", "no such command 'rendr'"),
        (["init", "--year"], "tùy chọn --year cần một giá trị", "option --year requires a value"),
    ],
)
def test_usage_errors_are_localised(invoke: Invoke, args: list[str], vi: str, en: str) -> None:
    res = invoke(*args)
    assert res.exit_code == 2
    assert vi in res.output and "Error:" not in res.output, res.output
    res = invoke(*args, "--lang", "en")
    assert res.exit_code == 2
    assert en in res.output and not VIETNAMESE.search(res.output), res.output


def test_help_in_vietnamese(invoke: Invoke) -> None:
    res = invoke("render", "--help")
    assert res.exit_code == 0
    for said in ("Cách dùng:", "Đối số", "Tùy chọn", "In hướng dẫn này rồi thoát.", "Ghi văn bản"):
        assert said in res.output
    for english in ("Usage:", "Options", "Show this message"):
        assert english not in res.output
    top = invoke("--help").output
    assert "Lệnh" in top and "Commands" not in top


def test_help_in_english_everywhere(invoke: Invoke) -> None:
    for path, cmd in _commands(typer.main.get_command(app)):
        if getattr(cmd, "hidden", False):
            continue
        res = invoke(*path, "--help", "--lang", "en")
        assert res.exit_code == 0, (path, res.output)
        shown = res.output.replace("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", "")
        assert not VIETNAMESE.search(shown), (path, shown)
        assert "Usage:" in shown and "Options" in shown


def test_every_help_text_is_a_catalogue_key() -> None:
    for path, cmd in _commands(typer.main.get_command(app)):
        if getattr(cmd, "hidden", False):
            continue
        assert cmd.help in MESSAGES, path
        for param in cmd.params:
            help = getattr(param, "help", None)
            assert help is None or help in MESSAGES or re.fullmatch(r"[a-z |]+", help), help


def test_console_entry_localises_click_errors(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bhxh_plan", "lint", "--stict", "--lang", "en", "x.yaml"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "no such option: --stict" in proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
