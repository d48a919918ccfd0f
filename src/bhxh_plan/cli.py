"""The ``bhxh-plan`` command line: thin wrappers over the library.

Heavy modules are imported inside the commands that need them so that
``bhxh-plan --help`` starts fast.
"""

from __future__ import annotations

import os
import sys

# Plugin discovery scans every installed distribution; bhxh-plan uses no pydantic plugin.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from bhxh_plan import __version__
from bhxh_plan.i18n import default_lang, set_lang, t

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="bhxh-plan",
    help="Kế hoạch truyền thông BHXH dạng YAML: kiểm tra, định dạng, so sánh, xuất văn bản. "
    "(Vietnamese social-insurance communication plans as YAML.)",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
frameworks_app = typer.Typer(
    help="Khung kế hoạch: liệt kê và xem (frameworks).",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(frameworks_app, name="frameworks")


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class OutFormat(StrEnum):
    text = "text"
    json = "json"


class FwFormat(StrEnum):
    yaml = "yaml"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bhxh-plan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", help="Ngôn ngữ thông báo: vi | en (mặc định vi, hoặc BHXH_PLAN_LANG)."
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    set_lang(lang.value if lang else default_lang())


def _color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def fail(message: str, hint: str = "") -> NoReturn:
    """Print a command error (exit 2)."""
    typer.echo(f"bhxh-plan: {t('cli.error')}: {message}", err=True)
    if hint:
        typer.echo(f"    {t('text.hint')}: {hint}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="Tệp, thư mục hoặc mẫu glob.")],
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework", "-f", help="Mã khung hoặc đường dẫn, thay cho khung ghi trong kế hoạch."
        ),
    ] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="text | json")] = OutFormat.text,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Số tiến trình (mặc định: số lõi CPU)."),
    ] = None,
    max_size: Annotated[
        int, typer.Option("--max-size", min=1, help="Kích thước tối đa của một tệp (byte).")
    ] = 5 * 1024 * 1024,
) -> None:
    """Kiểm tra kế hoạch (và khung) theo mẫu và theo khung kế hoạch (validate)."""
    from bhxh_plan import batch
    from bhxh_plan.io.files import PathNotFound, expand
    from bhxh_plan.report import get_reporter

    try:
        files = expand(paths)
    except PathNotFound as exc:
        fail(t("cli.path_missing", path=str(exc)), t("load.not_found.hint"))
    if framework:
        _require_framework(framework)
    results = batch.run(
        batch.validate_one, files, framework, max_size, jobs or batch.default_jobs()
    )
    get_reporter(fmt.value)("validate", results, sys.stdout, _color(sys.stdout))
    code = (
        EXIT_PROBLEMS
        if any(p.severity.value == "error" for r in results for p in r.problems)
        else EXIT_OK
    )
    if any(p.rule == "BP000" for r in results for p in r.problems):
        code = EXIT_USAGE
    raise typer.Exit(code)


def _require_framework(ref: str) -> None:
    from bhxh_plan.framework import FrameworkError, load_framework

    try:
        load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        p = exc.problems[0]
        where = f" ({p.file}:{p.line}:{p.column})" if p.line else ""
        fail(p.message + where, p.hint)


@frameworks_app.callback()
def frameworks_list(ctx: typer.Context) -> None:
    """Liệt kê các khung kế hoạch có sẵn và tìm thấy."""
    if ctx.invoked_subcommand is not None:
        return
    from bhxh_plan.framework import FrameworkError, available, load_framework

    for ident, (path, bundled) in sorted(available().items()):
        origin = t("cli.bundled") if bundled else str(path)
        try:
            fw = load_framework(str(path)).framework
            typer.echo(f"{ident:24} {fw.year}  {fw.kind.value:8}  {fw.name}  [{origin}]")
        except FrameworkError as exc:
            typer.echo(f"{ident:24} {t('cli.invalid')}: {exc.problems[0].message}  [{origin}]")


@frameworks_app.command("show")
def frameworks_show(
    ref: Annotated[str, typer.Argument(help="Mã khung hoặc đường dẫn tệp khung.")],
    fmt: Annotated[FwFormat, typer.Option("--format", help="yaml | json")] = FwFormat.yaml,
) -> None:
    """In khung kế hoạch đã gộp 'extends' (yaml hoặc json)."""
    import json

    from bhxh_plan.framework import FrameworkError, load_framework
    from bhxh_plan.framework.checks import check_framework
    from bhxh_plan.report import FileResult, get_reporter

    try:
        loaded = load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        get_reporter("text")(
            "frameworks",
            [FileResult(ref, "framework", exc.problems)],
            sys.stderr,
            _color(sys.stderr),
        )
        raise typer.Exit(EXIT_USAGE) from None
    problems = check_framework(loaded.framework, None)
    data = loaded.framework.model_dump(mode="json", exclude_none=True)
    if fmt is FwFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from bhxh_plan.io.dump import dump_yaml

        typer.echo(dump_yaml(data), nl=False)
    if problems:
        get_reporter("text")(
            "frameworks",
            [FileResult(str(loaded.path), "framework", problems)],
            sys.stderr,
            _color(sys.stderr),
        )
        raise typer.Exit(EXIT_PROBLEMS)


@app.command()
def schema(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Thư mục ghi lược đồ.")] = Path(
        "schemas"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Chỉ kiểm tra lược đồ có cũ không.")
    ] = False,
) -> None:
    """Ghi lược đồ JSON Schema của kế hoạch và khung (schema)."""
    from bhxh_plan.schema import write_schemas

    stale = write_schemas(out_dir, check=check)
    for name in stale:
        typer.echo(t("cli.schema_stale" if check else "cli.wrote", path=str(out_dir / name)))
    raise typer.Exit(EXIT_PROBLEMS if check and stale else EXIT_OK)


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        typer.echo(f"bhxh-plan: {t('internal', error=f'{type(exc).__name__}: {exc}')}", err=True)
        typer.echo(f"    {t('internal.hint')}", err=True)
        sys.exit(EXIT_USAGE)
