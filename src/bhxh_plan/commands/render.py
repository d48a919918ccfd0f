"""``render`` as a library call: the plan as .docx, .xlsx, .html and .md files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    Outcome,
    Streams,
    exit_code,
    guard,
    guarded,
    use_color,
    write_or_fail,
)
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.validate import Checked


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan render`` options: each output named, or all of them in ``out_dir``;
    ``export_templates`` alone copies the bundled templates to a folder instead."""

    plan: Path | None = None
    docx: Path | None = None
    xlsx: Path | None = None
    html: Path | None = None
    md: Path | None = None
    out_dir: Path | None = None
    template_dir: Path | None = None
    export_templates: Path | None = None


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Render the plan (nothing is written when it is invalid: exit 1), or export templates."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def targets(options: Options) -> dict[str, Path]:
    """Each format asked for and its file: named ones win over those in ``out_dir``."""
    from bhxh_plan.render import FORMATS

    assert options.plan is not None
    named = {"docx": options.docx, "xlsx": options.xlsx, "html": options.html, "md": options.md}
    found: dict[str, Path] = {}
    if options.out_dir is not None:
        found = {fmt: options.out_dir / f"{options.plan.stem}.{fmt}" for fmt in FORMATS}
    found.update({fmt: path for fmt, path in named.items() if path is not None})
    return {fmt: found[fmt] for fmt in FORMATS if fmt in found}


def _inputs(plan: Path, template_dir: Path | None, chain: list[Path]) -> Inputs:
    from bhxh_plan.io.output import Inputs, template_files

    inputs = Inputs()
    inputs.add("input", [plan])
    inputs.add("framework", chain)
    if template_dir is not None:
        inputs.add("template", template_files(template_dir))
    return inputs


def _run(options: Options, io: Streams) -> Outcome:
    if options.export_templates is not None:
        others = (options.plan, options.out_dir, options.template_dir)
        if any(v is not None for v in others) or any(
            (options.docx, options.xlsx, options.html, options.md)
        ):
            raise CommandError(t("render.export_alone"), t("render.export_alone.hint"))
        return _export(options.export_templates, io)
    plan, template_dir = options.plan, options.template_dir
    if plan is None:  # optional only so that export_templates can go without it
        raise CommandError(
            t("cli.missing_argument", name="PLAN"), t("cli.try_help", command="bhxh-plan render")
        )
    chosen = targets(options)
    if not chosen:
        raise CommandError(t("render.no_output"), t("render.no_output.hint"))
    if not plan.exists():
        raise CommandError(t("cli.path_missing", path=str(plan)), t("load.not_found.hint"))
    if plan.is_dir():
        raise CommandError(t("render.plan_is_dir", path=plan))
    if template_dir is not None and not template_dir.is_dir():
        raise CommandError(
            t("render.template_dir_missing", path=template_dir),
            t("render.template_dir_missing.hint"),
        )
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.validate import check_file

    guard(list(chosen.values()), _inputs(plan, template_dir, []))
    checked = check_file(plan)
    if not checked.ok or checked.plan is None or checked.framework is None:
        result = FileResult(str(plan), checked.kind, checked.problems)
        get_reporter("text")("render", [result], io.out, use_color(io.out))
        io.say(t("render.invalid", path=plan), err=True)
        return Outcome(exit_code(checked.problems, lambda p: True) or EXIT_PROBLEMS, [result])
    guard(list(chosen.values()), _inputs(plan, template_dir, checked.framework.chain))
    _write_all(checked, chosen, template_dir, io)
    return Outcome(EXIT_OK)


def _write_all(
    checked: Checked, chosen: dict[str, Path], template_dir: Path | None, io: Streams
) -> None:
    from bhxh_plan.render import build_view, render
    from bhxh_plan.render.sandbox import TemplateProblem
    from bhxh_plan.textsafe import shown

    assert checked.plan is not None and checked.framework is not None
    view = build_view(checked.plan, checked.framework.framework, checked.path)
    payloads: dict[Path, bytes] = {}
    # render everything first: a broken template leaves no half-written set of files
    for fmt, path in chosen.items():
        try:
            payloads[path] = render(view, fmt, template_dir)
        except TemplateProblem as exc:
            raise CommandError(
                t("render.template_error", where=exc.where, error=exc.message),
                t("render.template_error.hint"),
            ) from None
    for path, data in payloads.items():
        write_or_fail(path, data)
        io.say(t("render.wrote", path=shown(str(path))))


def _export(folder: Path, io: Streams) -> Outcome:
    from bhxh_plan.io.bundled import export_templates
    from bhxh_plan.io.output import OutputError, describe
    from bhxh_plan.textsafe import shown

    try:
        written = export_templates(folder)
    except OutputError as exc:
        raise CommandError(exc.message, exc.hint) from None
    except OSError as exc:
        err = describe(exc.filename or folder, exc)
        raise CommandError(err.message, err.hint) from None
    io.say(t("render.exported", count=len(written), path=shown(str(folder))))
    return Outcome(EXIT_OK)
