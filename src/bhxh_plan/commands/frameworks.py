"""``frameworks`` and ``frameworks show`` as a library call: no ``ref`` lists them, a ``ref``
shows that one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Outcome,
    Streams,
    use_color,
)
from bhxh_plan.i18n import t


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan frameworks [show REF]`` options: a framework id or file (none lists them
    all), printed as ``yaml`` or ``json``."""

    ref: str | None = None
    format: str = "yaml"


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """List the frameworks, or show the one ``ref`` names."""
    io = Streams.of(out, err)
    return _list(io) if options.ref is None else _show(options.ref, options.format, io)


def _list(io: Streams) -> Outcome:
    """One line per framework found (bundled or the user's), broken ones said as invalid."""
    from bhxh_plan.framework import FrameworkError, available, load_framework
    from bhxh_plan.textsafe import terminal_text

    for ident, (path, bundled) in sorted(available().items()):
        origin = t("cli.bundled") if bundled else str(path)
        try:
            fw = load_framework(str(path)).framework
            line = f"{ident:24} {fw.year}  {fw.kind.value:8}  {fw.name}  [{origin}]"
        except FrameworkError as exc:
            line = f"{ident:24} {t('cli.invalid')}: {exc.problems[0].message}  [{origin}]"
        io.say(terminal_text(line))  # a user framework's name is its author's text
    return Outcome(EXIT_OK)


def _show(ref: str, fmt: str, io: Streams) -> Outcome:
    """Print the framework with its ``extends`` merged; exit 1 when it fails its checks,
    2 when it cannot be loaded."""
    from bhxh_plan.framework import FrameworkError, load_framework
    from bhxh_plan.framework.checks import check_framework
    from bhxh_plan.io import jsonsafe
    from bhxh_plan.report import FileResult, get_reporter

    try:
        loaded = load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        result = FileResult(ref, "framework", exc.problems)
        get_reporter("text")("frameworks", [result], io.err, use_color(io.err))
        return Outcome(EXIT_USAGE, [result])
    problems = check_framework(loaded.framework, None)
    data = loaded.framework.model_dump(mode="json", exclude_none=True)
    if fmt == "json":
        io.say(jsonsafe.dumps(data, ensure_ascii=False, indent=2))
    else:
        from bhxh_plan.fmt.write import dump_yaml

        io.out.write(dump_yaml(data))
        io.out.flush()
    if not problems:
        return Outcome(EXIT_OK)
    result = FileResult(str(loaded.path), "framework", problems)
    get_reporter("text")("frameworks", [result], io.err, use_color(io.err))
    return Outcome(EXIT_PROBLEMS, [result])
