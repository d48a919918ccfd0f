"""``lint`` as a library call: validate, then check plans against the framework's rules."""

from __future__ import annotations

import io as _io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bhxh_plan.commands.base import (
    EXIT_USAGE,
    CommandError,
    Outcome,
    Runner,
    Streams,
    expand,
    guard,
    guarded,
    inputs_of,
    load_config,
    plain_batch,
    report_write_error,
    require_framework,
    run_files,
    use_color,
)
from bhxh_plan.commands.trees import expand_in_trees, warn_outside
from bhxh_plan.i18n import t
from bhxh_plan.limits import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from bhxh_plan.lint import LintOptions


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan lint`` options; ``select``/``ignore`` as given (comma lists allowed)."""

    paths: tuple[str, ...]
    framework: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    format: str = "text"  # a reporter of bhxh_plan.report: text, json, sarif, github, junit
    output: Path | None = None
    strict: bool = False
    fix: bool = False
    jobs: int | None = None
    max_size: int = DEFAULT_MAX_SIZE


def selectors(values: tuple[str, ...] | None) -> list[str] | None:
    """``--select``/``--ignore`` values with their comma lists split; ``None`` when not given."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def run(
    options: Options,
    out: TextIO | None = None,
    err: TextIO | None = None,
    runner: Runner = plain_batch,
) -> Outcome:
    """Lint the plans: the report goes to ``out`` (or ``options.output``), fixes to ``err``."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io, runner))


def _run(options: Options, io: Streams, runner: Runner) -> Outcome:
    from bhxh_plan import config
    from bhxh_plan.commands.base import exit_code, write_or_fail
    from bhxh_plan.lint import LintOptions, fails, lint_one
    from bhxh_plan.report import get_reporter
    from bhxh_plan.rules import RULES

    known = set(RULES)
    loaded = load_config("lint", io)
    chosen, dropped = selectors(options.select), selectors(options.ignore) or []
    for sel in [*(chosen or []), *dropped]:
        if not config.match(sel, known):
            raise CommandError(t("config.unknown_rule", rule=sel), t("lint.rules_hint"))
    if options.fix:
        found, outside = expand_in_trees(options.paths)
    else:
        found, outside = expand(options.paths), {}
    files = found.files
    if options.framework:
        require_framework(options.framework)
    inputs = inputs_of(files, options.framework, loaded)
    guard([options.output], inputs)  # before the run: a wrong -o fails fast
    lint_options = LintOptions(
        loaded,
        options.framework,
        tuple(chosen) if chosen is not None else None,
        tuple(dropped),
        options.max_size,
    )
    unwritten = _fix(files, lint_options, outside, io) if options.fix else False
    items = [(str(f), lint_options) for f in files]
    results = run_files(runner, lint_one, items, options.jobs, t("lint.progress"), found)
    reporter = get_reporter(options.format)
    if options.output is None:
        reporter("lint", results, io.out, options.format == "text" and use_color(io.out))
    else:
        # each plan's own framework chain is known once it has been read
        inputs.add("framework", [f for r in results for f in r.reads])
        guard([options.output], inputs)
        buffer = _io.StringIO()
        reporter("lint", results, buffer, False)
        write_or_fail(options.output, buffer.getvalue())
    strict = options.strict or loaded.config.strict
    code = exit_code([p for r in results for p in r.problems], lambda p: fails(p, strict))
    return Outcome(EXIT_USAGE if unwritten else code, results)


def _fix(files: list[Path], options: LintOptions, outside: dict[Path, Path], io: Streams) -> bool:
    """Apply the repairs of the fixable rules (``RuleMeta.fixable``) enabled for each file.

    Return whether a repaired file could not be written. A file reached through a folder
    or glob that is a symlink leading out of it is not rewritten (a warning says so); it
    is still linted.
    """
    from bhxh_plan.config import effective
    from bhxh_plan.fix import FixError, fix_document
    from bhxh_plan.lint import default_severities
    from bhxh_plan.rules import fixable
    from bhxh_plan.validate import check_file

    unwritten = False
    for path in files:
        enabled = effective(
            options.loaded,
            str(path),
            default_severities(),
            list(options.select) if options.select is not None else None,
            list(options.ignore),
        )
        repairs = fixable(enabled)
        if not repairs:
            continue
        checked = check_file(path, max_size=options.max_size)
        if checked.doc is None or checked.kind != "plan":
            continue
        if path in outside:
            warn_outside(io, path, outside[path])
            continue
        try:
            changed = fix_document(checked.doc, repairs)
        except FixError:
            io.say(t("lint.fix_failed", file=str(path)), err=True)
            continue
        except OSError as exc:
            report_write_error(io, path, exc)
            unwritten = True
            continue
        if changed:
            io.say(t("lint.fixed", count=changed, file=str(path)), err=True)
    return unwritten
