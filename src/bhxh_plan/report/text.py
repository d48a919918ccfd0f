"""Human-readable problems: ``file:line:col: lỗi [BP005] path: message``."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.report import FileResult, Summary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    """Write each problem on one line with its hint, then a summary line."""
    console = Console(file=out, no_color=not color, highlight=False, soft_wrap=True,
                      force_terminal=color, emoji=False)
    for result in results:
        for p in result.problems:
            where = p.file
            if p.line is not None:
                where += f":{p.line}:{p.column or 1}"
            label = t("sev.waived") if p.waived else t(f"sev.{p.severity.value}")
            style = "dim" if p.waived else _STYLE[p.severity]
            path = f" {escape(p.path)}:" if p.path else ""
            console.print(f"{escape(where)}: [{style}]{label}[/] [{escape(p.rule)}]{path} "
                          f"{escape(p.message)}")
            if p.hint:
                console.print(f"    [dim]{t('text.hint')}:[/] {escape(p.hint)}")
            if p.citation:
                console.print(f"    [dim]{escape(p.citation)}[/]")
            if p.waived and p.waiver_reason:
                console.print(f"    [dim]{t('text.waiver')}: {escape(p.waiver_reason)}[/]")
    s = Summary.of(results)
    style = "bold red" if s.errors else ("yellow" if s.warnings else "green")
    console.print(f"[{style}]" + escape(t("text.summary", files=s.files, errors=s.errors,
                                          warnings=s.warnings, waived=s.waived)) + "[/]")
