"""``bhxh-plan git-setup`` and the hidden ``diff-textconv`` helper git runs."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, app, fail


@app.command("git-setup", help="help.cmd.git_setup")
def git_setup(
    patterns: Annotated[
        list[str] | None,
        typer.Argument(help="help.git_setup.patterns"),
    ] = None,
    global_: Annotated[
        bool,
        typer.Option("--global", help="help.git_setup.global"),
    ] = False,
) -> None:
    """Cấu hình git để git diff, git log -p hiển thị thay đổi theo nội dung kế hoạch."""
    from bhxh_plan.diff.gitsetup import GitError, setup

    try:
        done = setup(list(patterns or []), global_=global_, cwd=Path.cwd())
    except GitError as exc:
        fail(exc.message, exc.hint)
    except OSError as exc:
        fail(str(exc))
    for line in done:
        typer.echo(line)
    raise typer.Exit(EXIT_OK)


@app.command("diff-textconv", hidden=True)
def diff_textconv(
    path: Annotated[Path, typer.Argument(help="help.textconv.path")],
) -> None:
    """Print one plan as stable lines for git (files that are not valid plans: unchanged)."""
    import shutil

    from bhxh_plan.diff.textconv import textconv_bytes
    from bhxh_plan.io.errors import LoadError
    from bhxh_plan.io.reading import read_regular
    from bhxh_plan.limits import DEFAULT_MAX_SIZE

    try:
        raw = read_regular(path, DEFAULT_MAX_SIZE)
    except LoadError as exc:
        if exc.code != "BP004":
            fail(f"{path}: {exc.message}", exc.hint)
        # too large to be a plan: git shows it unchanged, copied without holding it
        sys.stdout.flush()
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.flush()
        raise typer.Exit(EXIT_OK) from None
    sys.stdout.flush()
    sys.stdout.buffer.write(textconv_bytes(raw, path))
    sys.stdout.flush()
    raise typer.Exit(EXIT_OK)
