"""The commands as a library: each through its options object, without typer.

``bhxh_plan.commands.<name>.run(Options(...), out=, err=)`` returns an ``Outcome``
(exit code and results); these tests never go through the CLI.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.commands import base, calendar, diff, fmt, importing, init, lint, rollup, validate
from bhxh_plan.model.common import Level
from bhxh_plan.problems import Problem, Severity
from bhxh_plan.report import FileResult
from tests.conftest import EXAMPLES, MINIMAL_PLAN

EXAMPLE = next(p for p in EXAMPLES if p.name == "huyen-dinh-quan-2023.yaml")
UNIT = "BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN"


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # commands read the lint configuration of the current folder: use an empty one
    monkeypatch.chdir(tmp_path)


def _streams() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


def _problem(rule: str, severity: Severity = Severity.ERROR, waived: bool = False) -> Problem:
    return Problem("p.yaml", 1, 1, "", rule, severity, "m", waived=waived)


# --- the one place that turns problems into an exit code ---------------------------------


def test_exit_code_internal_error_wins_over_everything() -> None:
    internal = _problem("BP000", Severity.INFO, waived=True)
    assert base.exit_code([internal], lambda p: False) == base.EXIT_USAGE
    assert base.exit_code([_problem("BP101"), internal], lambda p: True) == base.EXIT_USAGE


def test_exit_code_failing_and_clean() -> None:
    assert base.exit_code([_problem("BP101")], lambda p: True) == base.EXIT_PROBLEMS
    assert base.exit_code([_problem("BP101")], lambda p: False) == base.EXIT_OK
    assert base.exit_code([], lambda p: True) == base.EXIT_OK


# --- validate -------------------------------------------------------------------------------


def test_validate_a_good_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    out, err = _streams()
    outcome = validate.run(validate.Options((str(plan),)), out, err)
    assert outcome.code == 0
    assert [r.file for r in outcome.results] == [str(plan)]
    assert not [p for r in outcome.results for p in r.problems if p.severity is Severity.ERROR]


def test_validate_a_broken_plan_is_exit_1_with_a_json_report(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("year: 2023", "year: hai-nghìn"), encoding="utf-8")
    out, err = _streams()
    outcome = validate.run(validate.Options((str(plan),), format="json"), out, err)
    assert outcome.code == 1
    report = json.loads(out.getvalue())
    assert report  # the reporter wrote to the stream given, not to sys.stdout
    assert any(p.severity is Severity.ERROR for r in outcome.results for p in r.problems)


def test_a_missing_path_is_a_command_error_on_err(tmp_path: Path) -> None:
    out, err = _streams()
    outcome = validate.run(validate.Options((str(tmp_path / "khong-co.yaml"),)), out, err)
    assert outcome.code == 2
    assert out.getvalue() == ""
    said = err.getvalue()
    assert said.startswith("bhxh-plan: lỗi: ") and "khong-co.yaml" in said
    assert "\n    cách sửa: " in said


def test_validate_uses_the_runner_given(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    seen: list[str] = []

    def runner(
        worker: Callable[[Any], FileResult],
        items: Sequence[Any],
        jobs: int,
        label: str,
        min_items: int = 0,
    ) -> list[FileResult]:
        seen.append(label)
        return [worker(item) for item in items]

    outcome = validate.run(validate.Options((str(plan),)), *_streams(), runner=runner)
    assert outcome.code == 0 and len(seen) == 1


# --- lint -----------------------------------------------------------------------------------


def test_lint_an_example_to_a_file(tmp_path: Path) -> None:
    report = tmp_path / "lint.json"
    out, err = _streams()
    options = lint.Options((str(EXAMPLE),), format="json", output=report)
    outcome = lint.run(options, out, err)
    assert outcome.code in (0, 1)
    assert out.getvalue() == ""  # the report went to the file
    assert json.loads(report.read_text(encoding="utf-8"))
    assert [r.file for r in outcome.results] == [str(EXAMPLE)]


def test_lint_strict_fails_on_warnings(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    plain = lint.run(lint.Options((str(plan),)), *_streams())
    strict = lint.run(lint.Options((str(plan),), strict=True), *_streams())
    problems = [p for r in plain.results for p in r.problems if not p.waived]
    if any(p.severity is Severity.WARNING for p in problems):
        assert strict.code == 1
    assert plain.code == (1 if any(p.severity is Severity.ERROR for p in problems) else 0)


def test_lint_unknown_rule_is_exit_2(tmp_path: Path) -> None:
    out, err = _streams()
    outcome = lint.run(lint.Options((str(EXAMPLE),), select=("BP999",)), out, err)
    assert outcome.code == 2
    assert "BP999" in err.getvalue() and out.getvalue() == ""


def test_lint_selectors_split_commas() -> None:
    assert lint.selectors(("BP101, BP102", "BP103")) == ["BP101", "BP102", "BP103"]
    assert lint.selectors(None) is None


# --- fmt ------------------------------------------------------------------------------------


def test_fmt_check_then_write(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    messy = MINIMAL_PLAN.replace("year: 2023", "year:    2023")
    plan.write_text(messy, encoding="utf-8")
    out, err = _streams()
    checked = fmt.run(fmt.Options((str(plan),), check=True), out, err)
    assert checked.code == 1
    assert plan.read_text(encoding="utf-8") == messy
    assert str(plan) in out.getvalue()
    written = fmt.run(fmt.Options((str(plan),)), *_streams())
    assert written.code == 0
    assert plan.read_text(encoding="utf-8") != messy
    assert fmt.run(fmt.Options((str(plan),), check=True), *_streams()).code == 0


def test_fmt_unreadable_file_is_a_result(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: [\n")
    out, err = _streams()
    outcome = fmt.run(fmt.Options((str(bad),)), out, err)
    assert outcome.code == 1
    assert [r.file for r in outcome.results] == [str(bad)]


# --- init -----------------------------------------------------------------------------------


def test_init_writes_a_plan_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "moi.yaml"
    out, err = _streams()
    options = init.Options("vss-2023", UNIT, Level.DISTRICT, 2023, str(target))
    outcome = init.run(options, out, err)
    assert outcome.code == 0, err.getvalue()
    assert str(target) in out.getvalue()
    assert validate.run(validate.Options((str(target),)), *_streams()).code == 0


def test_init_to_the_output_stream() -> None:
    out, err = _streams()
    outcome = init.run(init.Options("vss-2023", UNIT, "province", 2023, "-"), out, err)
    assert outcome.code == 0
    assert out.getvalue().count("framework: vss-2023") == 1
    assert not list(Path.cwd().iterdir())


def test_init_bad_level_lists_the_model_levels() -> None:
    out, err = _streams()
    outcome = init.run(init.Options("vss-2023", UNIT, "tinh", 2023, "-"), out, err)
    assert outcome.code == 2
    assert " | ".join(level.value for level in Level) in err.getvalue()
    assert out.getvalue() == ""


@pytest.mark.parametrize(("year", "unit"), [(1999, UNIT), (2023, "   ")])
def test_init_bad_year_or_empty_unit(year: int, unit: str) -> None:
    outcome = init.run(init.Options("vss-2023", unit, "district", year, "-"), *_streams())
    assert outcome.code == 2


# --- import ---------------------------------------------------------------------------------


def test_import_a_workbook(tmp_path: Path) -> None:
    from tests.seed004_table import build_xlsx

    source = build_xlsx(tmp_path / "khung.xlsx")
    out, err = _streams()
    outcome = importing.run(importing.Options(source, level="province", year=2023), out, err)
    assert outcome.code == 0, err.getvalue()
    target = source.with_suffix(".yaml")
    assert str(target) in out.getvalue()
    assert validate.run(validate.Options((str(target),)), *_streams()).code in (0, 1)
    again = importing.run(importing.Options(source), *_streams())
    assert again.code == 2  # never overwrites without force


def test_import_refuses_what_is_not_a_table(tmp_path: Path) -> None:
    source = tmp_path / "khung.xlsx"
    source.write_bytes(b"not a workbook")
    out, err = _streams()
    outcome = importing.run(importing.Options(source, output="-"), out, err)
    assert outcome.code in (1, 2)
    assert err.getvalue().startswith(f"bhxh-plan: lỗi: {source}")
    assert out.getvalue() == ""


def test_import_bad_level(tmp_path: Path) -> None:
    outcome = importing.run(importing.Options(tmp_path / "k.xlsx", level="xa"), *_streams())
    assert outcome.code == 2


# --- rollup, diff, calendar -----------------------------------------------------------------


def test_rollup_json(tmp_path: Path) -> None:
    out, err = _streams()
    paths = tuple(str(p) for p in EXAMPLES[:2])
    outcome = rollup.run(rollup.Options(paths, format="json"), out, err)
    assert outcome.code == 0
    assert json.loads(out.getvalue())
    assert len(outcome.results) == 2


def test_rollup_writes_a_workbook(tmp_path: Path) -> None:
    book = tmp_path / "tong-hop.xlsx"
    out, err = _streams()
    outcome = rollup.run(rollup.Options((str(EXAMPLE),), xlsx=book), out, err)
    assert outcome.code == 0
    assert book.read_bytes()[:2] == b"PK"
    assert str(book) in err.getvalue()


def test_diff_same_and_different(tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(EXAMPLE, copy)
    same = diff.run(diff.Options(str(EXAMPLE), str(copy), exit_code=True), *_streams())
    assert same.code == 0
    text = EXAMPLE.read_text(encoding="utf-8").replace("year: 2023", "year: 2024", 1)
    copy.write_text(text, encoding="utf-8")
    out, err = _streams()
    changed = diff.run(diff.Options(str(EXAMPLE), str(copy), "json", exit_code=True), out, err)
    assert changed.code == 1
    assert json.loads(out.getvalue())


def test_diff_office_needs_an_output() -> None:
    out, err = _streams()
    outcome = diff.run(diff.Options(str(EXAMPLE), str(EXAMPLE), "docx"), out, err)
    assert outcome.code == 2 and "docx" in err.getvalue()


def test_calendar_to_the_output_stream() -> None:
    out, err = _streams()
    outcome = calendar.run(calendar.Options((str(EXAMPLE),), "-"), out, err)
    assert outcome.code == 0, err.getvalue()
    assert out.getvalue().startswith("BEGIN:VCALENDAR")


def test_calendar_invalid_plan_writes_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("level: district", "level: Nơi khác"), encoding="utf-8")
    ics = tmp_path / "lich.ics"
    outcome = calendar.run(calendar.Options((str(plan),), str(ics)), *_streams())
    assert outcome.code == 1 and not ics.exists()
    assert [r.file for r in outcome.results] == [str(plan)]


# --- the library does not need the CLI ------------------------------------------------------


def test_commands_do_not_import_typer_click_or_rich(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    code = (
        "import io, sys\n"
        "from bhxh_plan.commands import lint, validate\n"
        f"paths = ({str(plan)!r},)\n"
        "s = io.StringIO()\n"
        "assert validate.run(validate.Options(paths), s, s).code == 0\n"
        "lint.run(lint.Options(paths), s, s)\n"
        "print(sorted(m for m in ('typer', 'click', 'rich') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- the CLI only parses and prints: same bytes, same exit code -----------------------------

SAME_AS_CLI = [
    (
        ["validate", "--format", "json", str(EXAMPLE)],
        validate.run,
        validate.Options((str(EXAMPLE),), format="json"),
    ),
    (
        ["lint", "--format", "sarif", str(EXAMPLE)],
        lint.run,
        lint.Options((str(EXAMPLE),), format="sarif"),
    ),
    (["rollup", str(EXAMPLE)], rollup.run, rollup.Options((str(EXAMPLE),))),
    (
        ["diff", "--format", "md", str(EXAMPLES[0]), str(EXAMPLE)],
        diff.run,
        diff.Options(str(EXAMPLES[0]), str(EXAMPLE), "md"),
    ),
    (
        [
            "init",
            "-f",
            "vss-2023",
            "--unit",
            UNIT,
            "--level",
            "commune",
            "--year",
            "2023",
            "-o",
            "-",
        ],
        init.run,
        init.Options("vss-2023", UNIT, "commune", 2023, "-"),
    ),
]


@pytest.mark.parametrize(
    ("args", "call", "options"), SAME_AS_CLI, ids=lambda v: v[0] if isinstance(v, list) else ""
)
def test_the_cli_prints_what_the_library_returns(
    invoke: Callable[..., Any],
    args: list[str],
    call: Callable[[Any, io.StringIO, io.StringIO], base.Outcome],
    options: object,
) -> None:
    cli = invoke(*args)
    out, err = _streams()
    outcome = call(options, out, err)
    assert (cli.exit_code, cli.stdout) == (outcome.code, out.getvalue())
