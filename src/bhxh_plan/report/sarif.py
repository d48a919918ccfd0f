"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from bhxh_plan import __version__, codes
from bhxh_plan.io import jsonsafe
from bhxh_plan.problems import Severity
from bhxh_plan.report import FileResult
from bhxh_plan.textsafe import xml_text

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def _rules() -> list[dict[str, Any]]:
    from bhxh_plan.rules import all_meta

    out: list[dict[str, Any]] = [
        {
            "id": rule,
            "name": name,
            "shortDescription": {"text": name},
            "defaultConfiguration": {"level": "error"},
        }
        for rule, name in codes.NAMES.items()
    ]
    for meta in all_meta():
        out.append(
            {
                "id": meta.id,
                "name": meta.name,
                "shortDescription": {"text": meta.summary},
                "fullDescription": {"text": f"{meta.summary} ({meta.clause})"},
                "help": {"text": meta.fix},
                "defaultConfiguration": {"level": _LEVEL[meta.severity]},
                "properties": {"clause": meta.clause, "fixable": meta.fixable},
            }
        )
    return out


def _uri(file: str) -> str:
    path = Path(file)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    findings: list[dict[str, Any]] = []
    for result in results:
        for p in result.problems:
            message = p.message + (f" — {p.hint}" if p.hint else "")
            if p.citation:
                message += f" ({p.citation})"
            # JSON would carry controls as \u001b escapes that viewers decode and show
            message = xml_text(message)
            region = {"startLine": p.line or 1, "startColumn": p.column or 1}
            item: dict[str, Any] = {
                "ruleId": p.rule,
                "level": _LEVEL[p.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(p.file), "uriBaseId": "%SRCROOT%"},
                            "region": region,
                        }
                    }
                ],
                "properties": {"path": xml_text(p.path)},
            }
            if p.waived:
                item["suppressions"] = [
                    {"kind": "inSource", "justification": xml_text(p.waiver_reason)}
                ]
            findings.append(item)
    payload = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "bhxh-plan",
                        "version": __version__,
                        "informationUri": "https://github.com/bhxh-plan/bhxh-plan",
                        "rules": _rules(),
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "results": findings,
            }
        ],
    }
    jsonsafe.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
