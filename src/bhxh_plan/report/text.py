"""Human-readable problems: ``file:line:col: lỗi [BP005] path: message``.

Colour goes through rich, imported only when colour is on: piped output (CI,
pre-commit) is plain text and does not pay for rich's start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from bhxh_plan.i18n import t
from bhxh_plan.messages import keys
from bhxh_plan.problems import Problem, Severity
from bhxh_plan.report import FileResult, Summary
from bhxh_plan.textsafe import terminal_text

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _lines(p: Problem) -> Iterator[tuple[str, str, str]]:
    """(prefix, styled label, rest) for the head line, then ("", "", detail) lines.

    Messages quote plan text and file names, which may hold ESC/OSC sequences:
    they are shown as ``\\x1b`` escapes, never obeyed by the terminal.
    """
    for head, label, rest in _raw_lines(p):
        yield terminal_text(head), label, terminal_text(rest)


def _raw_lines(p: Problem) -> Iterator[tuple[str, str, str]]:
    where = p.file if p.line is None else f"{p.file}:{p.line}:{p.column or 1}"
    label = t("sev.waived") if p.waived else t(keys.SEVERITY[p.severity])
    path = f" {p.path}:" if p.path else ""
    yield f"{where}: ", label, f" [{p.rule}]{path} {p.message}"
    if p.hint:
        yield "", "", f"    {t('text.hint')}: {p.hint}"
    if p.citation:
        yield "", "", f"    {p.citation}"
    if p.waived and p.waiver_reason:
        yield "", "", f"    {t('text.waiver')}: {p.waiver_reason}"


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    """Write each problem on one line with its hint, then a summary line."""
    s = Summary.of(results)
    summary = t(
        "text.summary", files=s.files, errors=s.errors, warnings=s.warnings, waived=s.waived
    )
    if not color:
        for result in results:
            for p in result.problems:
                for head, label, rest in _lines(p):
                    out.write(f"{head}{label}{rest}\n")
        out.write(summary + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True, force_terminal=True, emoji=False)
    for result in results:
        for p in result.problems:
            style = "dim" if p.waived else _STYLE[p.severity]
            for head, label, rest in _lines(p):
                console.print(
                    Text.assemble(head, (label, style), (rest, "dim" if not head else ""))
                )
    style = "bold red" if s.errors else ("yellow" if s.warnings else "green")
    console.print(Text(summary, style=style))
