"""render, frameworks, schema, git-setup, diff-textconv and rules as library calls.

``bhxh_plan.commands.<name>.run(Options(...), out=, err=)`` returns an ``Outcome``;
these tests call them without typer, then check that the CLI prints the same bytes.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.commands import frameworks, git_setup, render, rules, schema, textconv
from bhxh_plan.i18n import t
from tests.conftest import EXAMPLES, MINIMAL_PLAN, ROOT

EXAMPLE = next(p for p in EXAMPLES if p.name == "huyen-dinh-quan-2023.yaml")
DIFF_PLAN = ROOT / "tests" / "golden" / "diff" / "old.yaml"


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _streams() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


def _plan(tmp_path: Path, text: str = MINIMAL_PLAN) -> Path:
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    return plan


# --- render -----------------------------------------------------------------------------------


def test_render_writes_each_output_asked_for(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    out, err = _streams()
    outcome = render.run(
        render.Options(plan, md=tmp_path / "p.md", out_dir=tmp_path / "o"), out, err
    )
    assert outcome.code == 0, err.getvalue()
    assert (tmp_path / "p.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "plan.docx",
        "plan.html",
        "plan.xlsx",
    ]
    assert out.getvalue().count("\n") == 4 and not err.getvalue()


def test_render_targets_named_win_over_the_folder(tmp_path: Path) -> None:
    options = render.Options(Path("a/k.yaml"), html=Path("x.html"), out_dir=Path("o"))
    assert render.targets(options) == {
        "docx": Path("o/k.docx"),
        "xlsx": Path("o/k.xlsx"),
        "html": Path("x.html"),
        "md": Path("o/k.md"),
    }


def test_render_invalid_plan_reports_and_writes_nothing(tmp_path: Path) -> None:
    plan = _plan(tmp_path, MINIMAL_PLAN.replace("year: 2023", "year: hai-nghìn"))
    out, err = _streams()
    outcome = render.run(render.Options(plan, md=tmp_path / "p.md"), out, err)
    assert outcome.code == 1
    assert outcome.results and outcome.results[0].problems
    assert str(plan) in out.getvalue()  # the report goes to the output stream
    assert t("render.invalid", path=plan) in err.getvalue()
    assert not (tmp_path / "p.md").exists()


@pytest.mark.parametrize(
    ("options", "key"),
    [
        (render.Options(), "cli.missing_argument"),
        (render.Options(Path("plan.yaml")), "render.no_output"),
        (render.Options(Path("nope.yaml"), md=Path("x.md")), "cli.path_missing"),
        (render.Options(Path("plan.yaml"), export_templates=Path("t")), "render.export_alone"),
    ],
)
def test_render_refusals_are_exit_2_on_err(options: render.Options, key: str) -> None:
    out, err = _streams()
    assert render.run(options, out, err).code == 2
    said = err.getvalue()
    assert said.startswith(f"bhxh-plan: {t('cli.error')}: ")
    assert t(key, name="PLAN", path="nope.yaml").split(":")[0] in said
    assert not out.getvalue()


def test_render_export_templates(tmp_path: Path) -> None:
    out, err = _streams()
    outcome = render.run(render.Options(export_templates=tmp_path / "t"), out, err)
    assert outcome.code == 0, err.getvalue()
    written = sorted(p.name for p in (tmp_path / "t").iterdir())
    assert "plan.md.j2" in written
    assert (
        out.getvalue() == t("render.exported", count=len(written), path=str(tmp_path / "t")) + "\n"
    )


# --- frameworks -------------------------------------------------------------------------------


def test_frameworks_lists_the_bundled_ones() -> None:
    out, err = _streams()
    assert frameworks.run(frameworks.Options(), out, err).code == 0
    assert any(line.startswith("vss-2023") for line in out.getvalue().splitlines())


def test_frameworks_show_json() -> None:
    out, err = _streams()
    assert frameworks.run(frameworks.Options("vss-2023", "json"), out, err).code == 0
    assert json.loads(out.getvalue())["year"]
    assert not err.getvalue()


def test_frameworks_show_unknown_is_exit_2_with_a_report_on_err() -> None:
    out, err = _streams()
    outcome = frameworks.run(frameworks.Options("khong-co"), out, err)
    assert outcome.code == 2
    assert "khong-co" in err.getvalue() and not out.getvalue()
    assert outcome.results[0].problems


# --- schema -----------------------------------------------------------------------------------


def test_schema_write_then_check_then_stale(tmp_path: Path) -> None:
    out, err = _streams()
    assert schema.run(schema.Options(tmp_path / "s"), out, err).code == 0
    written = sorted((tmp_path / "s").iterdir())
    assert written and out.getvalue().count("\n") == len(written)
    out, err = _streams()
    assert schema.run(schema.Options(tmp_path / "s", check=True), out, err).code == 0
    assert not out.getvalue()
    written[0].write_text("{}", encoding="utf-8")
    assert schema.run(schema.Options(tmp_path / "s", check=True), out, err).code == 1
    assert str(written[0]) in out.getvalue()


def test_schema_check_without_the_folder_is_exit_2(tmp_path: Path) -> None:
    out, err = _streams()
    assert schema.run(schema.Options(tmp_path / "nope", check=True), out, err).code == 2
    assert str(tmp_path / "nope") in err.getvalue()


# --- git-setup and diff-textconv --------------------------------------------------------------


def test_git_setup_outside_a_repository_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.delenv("GIT_DIR", raising=False)
    out, err = _streams()
    assert git_setup.run(git_setup.Options(), out, err).code == 2
    assert t("git.not_repo") in err.getvalue()


def test_git_setup_in_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_DIR", raising=False)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, env=os.environ.copy())
    out, err = _streams()
    assert git_setup.run(git_setup.Options(("*.yaml",)), out, err).code == 0, err.getvalue()
    assert out.getvalue() and "*.yaml" in (tmp_path / ".gitattributes").read_text()


def test_textconv_to_a_text_stream_without_a_buffer() -> None:
    from bhxh_plan.diff.textconv import textconv_bytes

    out, err = _streams()
    assert textconv.run(textconv.Options(DIFF_PLAN), out, err).code == 0
    expected = textconv_bytes(DIFF_PLAN.read_bytes(), DIFF_PLAN).decode("utf-8")
    assert out.getvalue() == expected


def test_textconv_copies_a_file_too_large_to_be_a_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: 1\n" * 10)
    monkeypatch.setattr(textconv, "DEFAULT_MAX_SIZE", 8)
    out, err = _streams()
    assert textconv.run(textconv.Options(big), out, err).code == 0
    assert out.getvalue() == "a: 1\n" * 10


def test_textconv_missing_file_is_exit_2(tmp_path: Path) -> None:
    out, err = _streams()
    assert textconv.run(textconv.Options(tmp_path / "nope.yaml"), out, err).code == 2
    assert str(tmp_path / "nope.yaml") in err.getvalue()


# --- rules ------------------------------------------------------------------------------------


def test_rules_lists_every_rule_and_the_legend() -> None:
    from bhxh_plan.rules import RULES

    out, err = _streams()
    assert rules.run(rules.Options(), out, err).code == 0
    lines = out.getvalue().splitlines()
    assert {line[:5] for line in lines} >= set(RULES)
    assert lines[-1] == t("rules.legend")


def test_rules_explains_one_case_insensitively() -> None:
    out, err = _streams()
    assert rules.run(rules.Options(" bp101 "), out, err).code == 0
    assert out.getvalue().startswith("BP101 ")


def test_rules_unknown_is_exit_2_with_suggestions() -> None:
    out, err = _streams()
    assert rules.run(rules.Options("BP1O1"), out, err).code == 2
    said = err.getvalue()
    assert t("config.unknown_rule", rule="BP1O1") in said and not out.getvalue()
    assert t("text.hint") in said


# --- no typer below the CLI; the CLI prints what the library returns --------------------------


def test_these_commands_do_not_import_typer_click_or_rich(tmp_path: Path) -> None:
    code = (
        "import io, sys\n"
        "from pathlib import Path\n"
        "from bhxh_plan.commands import frameworks, render, rules, schema, textconv\n"
        "s = io.StringIO()\n"
        "assert rules.run(rules.Options(), s, s).code == 0\n"
        "assert frameworks.run(frameworks.Options('vss-2023'), s, s).code == 0\n"
        "assert schema.run(schema.Options(Path('s')), s, s).code == 0\n"
        f"assert textconv.run(textconv.Options(Path({str(DIFF_PLAN)!r})), s, s).code == 0\n"
        f"o = render.Options(Path({str(EXAMPLE)!r}), md=Path('p.md'), docx=Path('p.docx'))\n"
        "assert render.run(o, s, s).code == 0\n"
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


SAME_AS_CLI = [
    (["rules"], rules.run, rules.Options()),
    (["rules", "bp114"], rules.run, rules.Options("bp114")),
    (["rules", "nope"], rules.run, rules.Options("nope")),
    (["frameworks"], frameworks.run, frameworks.Options()),
    (["frameworks", "show", "vss-2023"], frameworks.run, frameworks.Options("vss-2023")),
    (
        ["frameworks", "show", "vss-2023", "--format", "json"],
        frameworks.run,
        frameworks.Options("vss-2023", "json"),
    ),
    (["frameworks", "show", "nope"], frameworks.run, frameworks.Options("nope")),
    (["schema", "--check", "-o", "s"], schema.run, schema.Options(Path("s"), check=True)),
    (["diff-textconv", str(DIFF_PLAN)], textconv.run, textconv.Options(DIFF_PLAN)),
    (
        ["render", str(EXAMPLE), "--md", "p.md", "--html", "p.html"],
        render.run,
        render.Options(EXAMPLE, md=Path("p.md"), html=Path("p.html")),
    ),
    (["render", "--md", "p.md"], render.run, render.Options(md=Path("p.md"))),
]


@pytest.mark.parametrize(
    ("args", "call", "options"),
    SAME_AS_CLI,
    ids=lambda v: "-".join(v) if isinstance(v, list) else "",
)
def test_the_cli_prints_what_the_library_returns(
    invoke: Callable[..., Any],
    args: list[str],
    call: Callable[[Any, io.StringIO, io.StringIO], Any],
    options: object,
) -> None:
    cli = invoke(*args)
    out, err = _streams()
    outcome = call(options, out, err)
    assert (cli.exit_code, cli.stdout, cli.stderr) == (outcome.code, out.getvalue(), err.getvalue())


# --- the steps the file-checking commands share -----------------------------------------------


def test_inputs_of_lists_files_config_and_framework_chain(tmp_path: Path) -> None:
    from bhxh_plan.commands import base

    inputs = base.inputs_of([tmp_path / "a.yaml"], "vss-2023", role="source")
    roles = [role for role, _ in inputs.files]
    assert roles[0] == "source" and "config" not in roles
    assert roles.count("framework") >= 1  # the bundled framework's file


def test_run_files_defaults_jobs_passes_min_items_and_adds_unreadable() -> None:
    from bhxh_plan.commands import base
    from bhxh_plan.io.files import Expansion
    from bhxh_plan.problems import Problem, Severity
    from bhxh_plan.report import FileResult

    calls: list[tuple[int, tuple[Any, ...]]] = []

    def runner(worker: Any, items: Any, jobs: int, label: str, *rest: Any) -> list[FileResult]:
        calls.append((jobs, rest))
        return [worker(i) for i in items]

    found = Expansion()
    found.problems.append(Problem("gone.yaml", 0, 0, "", "BP001", Severity.ERROR, "m"))
    results = base.run_files(
        runner, lambda i: FileResult(i, "plan", []), ["a"], None, "x", found, 1
    )
    assert [r.file for r in results] == ["a", "gone.yaml"]
    assert calls[0][0] >= 1 and calls[0][1] == (1,)
    base.run_files(runner, lambda i: FileResult(i, "plan", []), [], 3, "x", Expansion())
    assert calls[1] == (3, ())
