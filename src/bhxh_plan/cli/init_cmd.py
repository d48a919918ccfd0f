"""``bhxh-plan init``: a new plan holding every required item of a framework."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, app, fail
from bhxh_plan.i18n import t

LEVELS = ("national", "province", "region", "district", "commune")


def interactive() -> bool:
    """Whether a person can answer prompts (stdin is a terminal)."""
    return sys.stdin.isatty()


def ask_missing(values: dict[str, object], labels: dict[str, str]) -> dict[str, object]:
    """Prompt for missing options on a terminal; elsewhere exit 2 naming them."""
    missing = [name for name, value in values.items() if value is None]
    if not missing:
        return values
    if not interactive():
        fail(
            t("init.missing", options=", ".join(labels[m] for m in missing)),
            t("init.missing.hint"),
        )
    out = dict(values)
    for name in missing:
        kind = int if name == "year" else str
        out[name] = typer.prompt(t(f"init.ask.{name}"), type=kind)
    return out


@app.command("init", help="help.cmd.init")
def init(
    framework: Annotated[
        str | None,
        typer.Option("--framework", "-f", help="help.init.framework"),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="help.init.unit"),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option("--level", help="help.level"),
    ] = None,
    year: Annotated[int | None, typer.Option("--year", help="help.year")] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="help.init.output"),
    ] = None,
) -> None:
    """Tạo kế hoạch mới từ khung: đủ mọi mục bắt buộc, có chú thích và chỗ cần điền (init)."""
    from bhxh_plan.framework import FrameworkError, load_framework
    from bhxh_plan.hygiene import fix_value
    from bhxh_plan.io.output import describe
    from bhxh_plan.model.common import Level
    from bhxh_plan.placeholders import find
    from bhxh_plan.scaffold.skeleton import Options, plan_text
    from bhxh_plan.scaffold.write import framework_ref, verify, write_new

    labels = {"framework": "--framework", "unit": "--unit", "level": "--level", "year": "--year"}
    got = ask_missing({"framework": framework, "unit": unit, "level": level, "year": year}, labels)
    ref, unit_text, level_text = str(got["framework"]), str(got["unit"]), str(got["level"])
    year_value = got["year"]
    assert isinstance(year_value, int)
    if level_text not in LEVELS:
        fail(
            t("init.bad_level", level=level_text),
            t("init.bad_level.hint", levels=" | ".join(LEVELS)),
        )
    if not 2000 <= year_value <= 2100:
        fail(t("init.bad_year", year=year_value), t("init.bad_year.hint"))
    unit_text = fix_value(" ".join(unit_text.split()))
    if not unit_text:
        fail(t("init.missing", options="--unit"), t("init.missing.hint"))
    try:
        loaded = load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        p = exc.problems[0]
        # the framework may be the user's file: say where in it the problem is
        where = ":".join(str(x) for x in (p.file, p.line, p.column) if x)
        place = f"{p.path}: " if p.path else ""
        fail(f"{where}: {place}{p.message}" if p.line else p.message, p.hint)
    fw = loaded.framework
    target = None if output == "-" else Path(output or f"ke-hoach-{year_value}.yaml")
    if target is not None and (target.exists() or target.is_symlink()):
        fail(t("scaffold.exists", path=str(target)), t("init.exists.hint"))
    opts = Options(
        framework_ref=framework_ref(ref, loaded.path, target),
        level=Level(level_text),
        year=year_value,
        unit=unit_text,
        header=[
            t("init.header", year=year_value, unit=unit_text),
            t("init.header.command", framework=fw.id, level=level_text, year=year_value),
        ],
    )
    text = plan_text(fw, opts)
    problems = verify(text, fw, str(target or "<stdout>"))
    if problems:
        fail(t("scaffold.invalid", problems="; ".join(problems[:3])), t("internal.hint"))
    if target is None:
        sys.stdout.write(text)
        raise typer.Exit(EXIT_OK)
    try:
        write_new(target, text)
    except FileExistsError:
        fail(t("scaffold.exists", path=str(target)), t("init.exists.hint"))
    except OSError as exc:
        err = describe(target, exc)
        fail(err.message, err.hint)
    count = sum(1 for line in text.splitlines() for _ in find(line))
    typer.echo(t("init.done", path=str(target), framework=fw.id, count=count))
    typer.echo(t("init.next", path=str(target)))
    if year_value != fw.year:
        typer.echo(t("init.other_year", year=year_value, fw=fw.id, fw_year=fw.year))
    raise typer.Exit(EXIT_OK)
