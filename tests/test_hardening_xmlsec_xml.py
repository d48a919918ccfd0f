"""No control character from plan text in an XML-based file (docx, xlsx, JUnit, SARIF, HTML, ics).

The plans and framework come from :mod:`tests.hardening_xmlsec_data`: U+FFFE, ESC, BEL,
VT and an OSC sequence in titles, unit names, rows, activities and framework names.
Every output is written, then parsed by a real parser.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from lxml import etree

from bhxh_plan.textsafe import REPLACEMENT, terminal_text, xml_text
from tests.conftest import EXAMPLES
from tests.hardening_xmlsec_data import NOT_IN_FILES, write_invalid, write_valid


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_valid(tmp_path / "plans")


def _clean(text: str, what: str) -> None:
    found = NOT_IN_FILES.search(text)
    assert found is None, f"{what}: {found.group()!r} at {found.start()}"


def _docx_parts(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                data = z.read(name)
                etree.fromstring(data)  # well-formed
                _clean(data.decode("utf-8"), f"{path.name}/{name}")


def _xlsx_cells(path: Path) -> list[str]:
    from openpyxl import load_workbook

    _docx_parts(path)  # an .xlsx is a zip of XML parts too
    wb = load_workbook(path)
    return [
        c
        for ws in wb.worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
        if isinstance(c, str)
    ]


def test_the_two_filters() -> None:
    nasty = "a\x00b\x1b]0;t\x07c\x0bd\ufffee\x7ff\x9bg\r\nh\ti"
    assert xml_text(nasty) == "a\ufffdb\ufffd]0;t\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\nh\ti"
    assert terminal_text(nasty) == "a\\x00b\\x1b]0;t\\x07c\\x0bd\ufffee\\x7ff\\x9bg\\x0d\nh\ti"
    assert xml_text("Kế hoạch năm 2023") == "Kế hoạch năm 2023"
    assert REPLACEMENT == "\ufffd"


def test_render_every_format(invoke: Callable[..., Any], plan: Path) -> None:
    out = plan.parent / "out"
    result = invoke("render", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.output
    docx = out / "plan.docx"
    _docx_parts(docx)
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Kế hoạch" in text and REPLACEMENT in text
    cells = _xlsx_cells(out / "plan.xlsx")
    assert any(REPLACEMENT in c for c in cells)
    for name in ("plan.html", "plan.md"):
        _clean((out / name).read_text(encoding="utf-8"), name)
    etree.fromstring((out / "plan.html").read_bytes(), etree.HTMLParser(recover=False))


def test_diff_office_outputs(invoke: Callable[..., Any], plan: Path) -> None:
    for fmt in ("xlsx", "docx"):
        target = plan.parent / f"diff.{fmt}"
        result = invoke("diff", str(EXAMPLES[0]), str(plan), "--format", fmt, "-o", str(target))
        assert result.exit_code == 0, result.output
        if fmt == "xlsx":
            assert any(REPLACEMENT in c for c in _xlsx_cells(target))
        else:
            _docx_parts(target)


def test_rollup_xlsx_and_html_keep_the_whole_batch(invoke: Callable[..., Any], plan: Path) -> None:
    second = plan.parent / "other" / "plan.yaml"
    second.parent.mkdir()
    second.write_bytes(EXAMPLES[1].read_bytes())
    xlsx, html = plan.parent / "r.xlsx", plan.parent / "r.html"
    result = invoke("rollup", str(plan.parent), "--xlsx", str(xlsx), "--html", str(html), "-j", "1")
    assert result.exit_code == 0, result.output
    cells = _xlsx_cells(xlsx)
    assert any("TỈNH ĐỒNG NAI" in c and REPLACEMENT in c for c in cells)
    assert any("HUYỆN ĐỊNH QUÁN" in c for c in cells)  # the other plan is there too
    _clean(html.read_text(encoding="utf-8"), "r.html")


def test_lint_junit_is_well_formed(invoke: Callable[..., Any], tmp_path: Path) -> None:
    bad = write_invalid(tmp_path)
    result = invoke("lint", str(bad), "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    failure = root.find("./testsuite/testcase/failure")
    assert failure is not None and failure.text and "tham" + REPLACEMENT in failure.text
    _clean(result.stdout, "junit")


def test_lint_sarif_messages_hold_no_control(invoke: Callable[..., Any], tmp_path: Path) -> None:
    bad = write_invalid(tmp_path)
    result = invoke("lint", str(bad), "--format", "sarif")
    data = json.loads(result.stdout)
    messages = [r["message"]["text"] for r in data["runs"][0]["results"]]
    assert any("tham" + REPLACEMENT in m for m in messages)
    for m in messages:
        _clean(m, "sarif message")


def test_calendar_text_and_event_count(invoke: Callable[..., Any], plan: Path) -> None:
    from icalendar import Calendar

    ics = plan.parent / "plan.ics"
    result = invoke("calendar", str(plan), "--ics", str(ics))
    assert result.exit_code == 0, result.output
    raw = ics.read_bytes()
    _clean(raw.decode("utf-8").replace("\r\n", "\n"), "ics")
    cal = Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert f"{len(events)} sự kiện" in result.output
    assert raw.count(b"BEGIN:VEVENT") > len(events)  # plan text quoting it is not an event
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any(s.startswith(REPLACEMENT) and "BEGIN:VEVENT\nEND:VEVENT" in s for s in summaries)


def test_calendar_to_stdout_is_clean(invoke: Callable[..., Any], plan: Path) -> None:
    result = invoke("calendar", str(plan), "--ics", "-")
    assert result.exit_code == 0
    _clean(result.stdout.replace("\r\n", "\n"), "ics on stdout")
    assert io.StringIO(result.stdout).readline().startswith("BEGIN:VCALENDAR")
