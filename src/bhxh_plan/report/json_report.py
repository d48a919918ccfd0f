"""Machine-readable problems; the shape is documented in README and kept stable."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TextIO

from bhxh_plan import __version__
from bhxh_plan.io import jsonsafe
from bhxh_plan.report import FileResult, Summary

SCHEMA_VERSION = 1


def problem_dict(p: Any) -> dict[str, Any]:
    d = asdict(p)
    d["severity"] = p.severity.value
    d["suggestions"] = list(p.suggestions)
    return d


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    s = Summary.of(results)
    payload = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "bhxh-plan", "version": __version__},
        "command": command,
        "files": [
            {
                "file": r.file,
                "kind": r.kind,
                "valid": not any(p.severity.value == "error" and not p.waived for p in r.problems),
                "problems": [problem_dict(p) for p in r.problems],
            }
            for r in results
        ],
        "summary": {
            "files": s.files,
            "errors": s.errors,
            "warnings": s.warnings,
            "infos": s.infos,
            "waived": s.waived,
        },
    }
    jsonsafe.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
