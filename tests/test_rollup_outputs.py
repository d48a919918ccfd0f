"""The roll-up's workbook and dashboard: printable sheets, no formulas, a safe offline page."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.test_rollup_data import HOSTILE_UNIT, hostile, make_batch

Invoke = Callable[..., Any]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from typer.testing import CliRunner

    from bhxh_plan.cli import app

    folder = tmp_path_factory.mktemp("outputs")
    make_batch(folder / "ke-hoach")
    hostile(folder / "ke-hoach")
    xlsx, html = folder / "out" / "tong-hop.xlsx", folder / "out" / "tong-hop.html"
    res = CliRunner().invoke(
        app, ["rollup", str(folder / "ke-hoach"), "--xlsx", str(xlsx), "--html", str(html)]
    )
    assert res.exit_code == 0, res.output
    assert f"đã ghi {xlsx}" in res.output and f"đã ghi {html}" in res.output
    return xlsx, html


def _find(ws: Worksheet, text: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if isinstance(row[0].value, str) and text in row[0].value:
            return row[0].row
    raise AssertionError(f"{text!r} not in column A of {ws.title}")


def test_workbook_sheets_are_ready_to_print(outputs: tuple[Path, Path]) -> None:
    wb = load_workbook(outputs[0])
    assert wb.sheetnames == [
        "Tổng hợp",
        "Nhóm chủ thể",
        "Hình thức thường xuyên",
        "Sự kiện chủ đề",
        "Nội dung truyền thông",
        "Chế độ báo cáo",
        "Nhóm chủ thể (2)",
        "Sự kiện chủ đề (2)",
        "Kinh phí",
        "Chỉ tiêu",
        "Phát hiện",
    ]
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
        assert (ws.print_title_rows or "").startswith("$2:$"), ws.title
        assert ws.freeze_panes, ws.title


def test_matrix_sheet_highlights_missing_cells(outputs: tuple[Path, Path]) -> None:
    ws = load_workbook(outputs[0])["Nhóm chủ thể"]
    assert ws.freeze_panes == "D4" and ws.print_title_rows == "$2:$3"
    codes = {ws.cell(row=2, column=c).value: c for c in range(4, ws.max_column + 1)}
    assert ws.cell(row=3, column=codes["5"]).value == "Các cơ sở khám, chữa bệnh"
    row = _find(ws, "BÌNH DƯƠNG")
    missing = ws.cell(row=row, column=codes["5"])
    assert missing.value == "thiếu" and missing.fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.cell(row=row, column=codes["3.2"]).value == "thiếu"
    present = ws.cell(row=row, column=codes["1"])
    assert isinstance(present.value, int) and present.fill.fgColor.rgb.endswith("C6EFCE")
    assert ws.cell(row=row, column=3).value == "15/17"
    total = _find(ws, "Số đơn vị thiếu")
    assert ws.cell(row=total, column=codes["5"]).value == 2
    events = load_workbook(outputs[0])["Sự kiện chủ đề"]
    codes = {events.cell(row=2, column=c).value: c for c in range(4, events.max_column + 1)}
    outside = events.cell(row=_find(events, "BÌNH DƯƠNG"), column=codes["2.1.3"])
    assert outside.value == "ngoài thời gian" and outside.fill.fgColor.rgb.endswith("FFD8A8")


def test_overview_budget_and_targets_sheets(outputs: tuple[Path, Path]) -> None:
    wb = load_workbook(outputs[0])
    ws = wb["Tổng hợp"]
    headers = [c.value for c in ws[2]]
    assert headers[:3] == ["Hạng", "Đơn vị", "Cấp"]
    assert (ws.cell(row=3, column=1).value, ws.cell(row=3, column=10).value) == (1, 100.0)
    last = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=10).value for r in range(3, 12)}
    assert last["BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG"] == 71.3  # 91.3% met, 10 errors × 2 points
    statuses = [ws.cell(row=r, column=16).value for r in range(3, ws.max_row + 1)]
    assert statuses.count("không đọc được") == 2
    money = wb["Kinh phí"]
    assert money.cell(row=_find(money, "Tổng cộng"), column=2).value > 0
    assert "không tính vào tổng (trùng)" in [
        money.cell(row=r, column=money.max_column).value for r in range(3, money.max_row + 1)
    ]
    targets = wb["Chỉ tiêu"]
    keys = [c.value for c in targets[2]][1:]
    assert "hoi_nghi" in keys and keys == sorted(keys)


def test_every_word_is_translated(outputs: tuple[Path, Path]) -> None:
    wb = load_workbook(outputs[0])
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [v for v in texts if isinstance(v, str) and re.match(r"(rollup|sev)\.", v)]


def test_plan_text_is_never_a_formula(outputs: tuple[Path, Path]) -> None:
    wb = load_workbook(outputs[0])
    ws = wb["Tổng hợp"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == HOSTILE_UNIT]
    assert cells and all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(outputs[0]) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


def test_dashboard_is_self_contained_and_escaped(outputs: tuple[Path, Path]) -> None:
    page = outputs[1].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page  # the page may not load anything
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page)
    assert not re.search(r"url\(", page)
    assert "<img src=x" not in page and "</script><img" not in page
    assert "<script>alert(" not in page
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;{{ 7*7 }}" in page
    assert page.count('class="heatmap"') == 7
    assert not re.search(r"\b(rollup|sev|calendar)\.[a-z_]+", page), "a message key is missing"
    assert 'id="rollup-data"' in page and "\\u003c/script\\u003e" in page


def test_dashboard_in_english(invoke: Invoke, tmp_path: Path) -> None:
    batch = make_batch(tmp_path / "kh")
    out = tmp_path / "en.html"
    res = invoke("--lang", "en", "rollup", str(batch["binh-duong"]), "--html", str(out))
    assert res.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Communication plans roll-up" in page
    assert not re.search(r"\b(rollup|sev)\.[a-z_]+", page)
