"""``bhxh-plan git-setup`` and the hidden ``diff-textconv`` helper git runs."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import app


@app.command("git-setup", help="help.cmd.git_setup")
def git_setup(
    patterns: Annotated[list[str] | None, typer.Argument(help="help.git_setup.patterns")] = None,
    global_: Annotated[bool, typer.Option("--global", help="help.git_setup.global")] = False,
) -> None:
    """Cấu hình git để git diff, git log -p hiển thị thay đổi theo nội dung kế hoạch."""
    from bhxh_plan.commands.git_setup import Options, run

    raise typer.Exit(run(Options(tuple(patterns or ()), global_)).code)


@app.command("diff-textconv", hidden=True)
def diff_textconv(
    path: Annotated[Path, typer.Argument(help="help.textconv.path")],
) -> None:
    """Print one plan as stable lines for git (files that are not valid plans: unchanged)."""
    from bhxh_plan.commands.textconv import Options, run

    raise typer.Exit(run(Options(path)).code)
