"""``bhxh-plan init``: a new plan holding every required item of a framework."""

import sys
from typing import Annotated

import typer

from bhxh_plan.cli._app import app, fail
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys


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
        out[name] = typer.prompt(t(keys.INIT_ASK[name]), type=kind)
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
    from bhxh_plan.commands.init import Options, run

    labels = {"framework": "--framework", "unit": "--unit", "level": "--level", "year": "--year"}
    got = ask_missing({"framework": framework, "unit": unit, "level": level, "year": year}, labels)
    year_value = got["year"]
    assert isinstance(year_value, int)
    options = Options(
        str(got["framework"]), str(got["unit"]), str(got["level"]), year_value, output
    )
    raise typer.Exit(run(options).code)
