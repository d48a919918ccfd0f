"""JUnit XML: one test case per file, failing when the file has errors."""

from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from bhxh_plan.problems import Problem, Severity
from bhxh_plan.report import FileResult, Summary
from bhxh_plan.textsafe import xml_text


def _line(p: Problem) -> str:
    where = f"{p.file}:{p.line}:{p.column}" if p.line is not None else p.file
    tail = f" ({p.hint})" if p.hint else ""
    state = "waived" if p.waived else p.severity.value
    return f"{where}: {state} [{p.rule}] {p.path}: {p.message}{tail}"


def report(command: str, results: list[FileResult], out: TextIO, color: bool) -> None:
    s = Summary.of(results)
    root = ET.Element("testsuites", name="bhxh-plan")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=f"bhxh-plan {command}",
        tests=str(len(results)),
        errors="0",
        skipped="0",
    )
    failed = 0
    for result in results:
        case = ET.SubElement(suite, "testcase", classname=f"bhxh-plan.{command}", name=result.file)
        errors = [p for p in result.problems if p.severity is Severity.ERROR and not p.waived]
        if errors:
            failed += 1
            failure = ET.SubElement(
                case, "failure", type="bhxh-plan", message=f"{len(errors)} error(s)"
            )
            failure.text = "\n".join(_line(p) for p in errors)
        others = [p for p in result.problems if p not in errors]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(_line(p) for p in others)
    suite.set("failures", str(failed))
    suite.set("warnings", str(s.warnings))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    # ElementTree escapes markup but writes control characters raw (not well-formed XML)
    out.write(xml_text(ET.tostring(root, encoding="unicode")))
    out.write("\n")
