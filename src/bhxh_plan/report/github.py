"""GitHub Actions workflow commands: annotations on the changed plan files.

GitHub shows a limited number of annotations per step, so at most
``BHXH_PLAN_MAX_ANNOTATIONS`` (default 50) are written; a summary line with
every count is always printed, and the exit code never depends on the cap.
"""

from __future__ import annotations

import os
from typing import TextIO

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.report import FileResult, Summary
from bhxh_plan.textsafe import terminal_text

_KIND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, *, prop: bool = False) -> str:
    # the Actions log obeys ANSI sequences: plan text shows them as \x1b escapes
    text = terminal_text(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    wanted = os.environ.get("BHXH_PLAN_MAX_ANNOTATIONS", "").strip()
    # a setting that is not a small number falls back to the default, never a crash
    cap = int(wanted) if wanted.isdecimal() and len(wanted) <= 6 else 50
    shown = total = 0
    for result in results:
        for p in result.problems:
            if p.waived:
                continue
            total += 1
            if shown >= cap:
                continue
            shown += 1
            where = f"file={_escape(p.file, prop=True)}"
            if p.line is not None:
                where += f",line={p.line},col={p.column or 1}"
            title = _escape(f"{p.rule} {p.path}".strip(), prop=True)
            body = (
                p.message
                + (f"\n{p.hint}" if p.hint else "")
                + (f"\n{p.citation}" if p.citation else "")
            )
            out.write(f"::{_KIND[p.severity]} {where},title={title}::{_escape(body)}\n")
    s = Summary.of(results)
    summary = t(
        "text.summary", files=s.files, errors=s.errors, warnings=s.warnings, waived=s.waived
    )
    if total > shown:
        summary += " " + t("github.capped", shown=shown, total=total)
    out.write(f"::notice title=bhxh-plan {command}::{_escape(summary)}\n")
    out.write(summary + "\n")
