"""``fmt`` as a library call: rewrite plans and frameworks in canonical form."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Outcome,
    Streams,
    guarded,
    report_write_error,
    unreadable,
    use_color,
)
from bhxh_plan.commands.trees import expand_in_trees, warn_outside
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.report import FileResult


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan fmt`` options: ``check`` changes nothing, ``diff`` prints the changes."""

    paths: tuple[str, ...]
    check: bool = False
    diff: bool = False


@dataclass(slots=True)
class _Tally:
    changed: list[Path]
    done: int = 0
    refused: int = 0
    failed: bool = False


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Format the files; exit 1 when ``check`` finds changes or a file cannot be read,
    2 when a file cannot be formatted or written. ``results`` holds the unreadable files."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.report import get_reporter

    found, outside = expand_in_trees(options.paths)
    broken: list[FileResult] = unreadable(found)
    tally = _Tally([])
    for path in found.files:
        _one(path, options, io, outside, broken, tally)
    if broken:
        get_reporter("text")("fmt", broken, io.out, use_color(io.out))
    changed, done = len(tally.changed), tally.done
    not_done = len(broken) + tally.refused
    if options.check and (changed or done or not not_done):
        key = "fmt.check_failed" if changed else "fmt.check_ok"
        io.say(t(key, changed=changed, files=done))
    elif options.diff:
        io.say(t("fmt.diff_summary", changed=changed, files=done), err=True)
    else:
        io.say(t("fmt.summary", changed=changed, files=done))
    if not_done:  # never let "0 files, all canonical" stand alone when files were skipped
        io.say(t("fmt.not_done", count=not_done))
    if tally.failed:
        return Outcome(EXIT_USAGE, broken)
    failing = broken or (options.check and changed)
    return Outcome(EXIT_PROBLEMS if failing else EXIT_OK, broken)


def _one(
    path: Path,
    options: Options,
    io: Streams,
    outside: dict[Path, Path],
    broken: list[FileResult],
    tally: _Tally,
) -> None:
    import difflib

    from bhxh_plan.fmt import FormatError, format_bytes
    from bhxh_plan.io.loader import LoadError, load_file
    from bhxh_plan.io.output import write_file
    from bhxh_plan.report import FileResult
    from bhxh_plan.textsafe import shown

    name = shown(str(path))  # for messages: the file is opened by ``path``
    try:
        doc = load_file(path)
        result = format_bytes(doc.raw, name, doc)
    except LoadError as exc:
        broken.append(FileResult(name, "plan", [exc.problem(name)]))
        return
    except FormatError as exc:
        io.error(exc.message(name), exc.hint(), escape=False)
        tally.failed = True
        tally.refused += 1
        return
    if not result.kind:
        io.say(t("fmt.skipped", path=name), err=True)
        return
    tally.done += 1
    if not result.changed:
        return
    tally.changed.append(path)
    if options.diff:
        io.out.writelines(
            difflib.unified_diff(
                result.original.splitlines(keepends=True),
                result.text.splitlines(keepends=True),
                f"{name} ({t('fmt.label.current')})",
                f"{name} ({t('fmt.label.canonical')})",
            )
        )
    if options.check:
        io.say(t("fmt.would_change", path=name))
    elif options.diff:
        return
    elif path in outside:
        tally.changed.pop()  # reported, not rewritten: the tree given does not hold it
        warn_outside(io, path, outside[path])
    else:
        try:
            write_file(path, result.data)  # keeps owner, mode and hard links
        except OSError as exc:
            report_write_error(io, path, exc)
            tally.failed = True
            return
        io.say(t("fmt.formatted", path=name))
