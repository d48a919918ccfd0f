"""The .xlsx read back with openpyxl: sheets, merges, print setup, wrapping, no formulas."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell

from bhxh_plan.validate import check_file
from tests.conftest import MINIMAL_PLAN
from tests.render_support import DONG_NAI, PAYLOADS, payload_plan, rendered

OUR_FORMULA = re.compile(r"^=(SUM\(D\d+:D\d+\)|D\d+([+-]D\d+)*|0)$")


@pytest.fixture(scope="module")
def book() -> Any:
    return openpyxl.load_workbook(io.BytesIO(rendered(DONG_NAI, "xlsx")))


def _header_row(ws: Any) -> int:
    return next(r for r in range(1, 20) if ws.cell(r, 1).value == "TT")


def test_sheets(book: Any) -> None:
    assert book.sheetnames == ["Khung kịch bản", "Lịch", "Độ phủ", "Kinh phí"]


def test_frame_columns_and_title_rows(book: Any) -> None:
    ws = book["Khung kịch bản"]
    head = _header_row(ws)
    assert [ws.cell(head, c).value for c in range(1, 10)] == [
        "TT",
        "Chủ thể được truyền thông",
        "Hình thức truyền thông",
        "Tần suất/thời gian thực hiện",
        "Cách thức thực hiện",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Hình thức phối hợp",
        "Công việc phối hợp/thực hiện",
    ]
    assert all(ws.cell(head, c).font.b for c in range(1, 10))
    titles = [ws.cell(r, 1).value for r in range(1, head)]
    assert "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI" in titles
    assert "KHUNG KỊCH BẢN TRUYỀN THÔNG THEO TỪNG NHÓM CHỦ THỂ" in titles


def test_frame_print_setup(book: Any) -> None:
    ws = book["Khung kịch bản"]
    head = _header_row(ws)
    assert ws.print_title_rows == f"${head}:${head}"
    assert ws.freeze_panes == f"A{head + 1}"
    ps = ws.page_setup
    assert ps.orientation == "landscape" and str(ps.paperSize) == "9"
    assert ps.fitToWidth == 1 and ps.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    for name in ("Lịch", "Độ phủ", "Kinh phí"):
        assert book[name].print_title_rows and book[name].page_setup.fitToWidth == 1


def _data_rows(ws: Any) -> list[int]:
    head = _header_row(ws)
    return list(range(head + 1, ws.max_row + 1))


def test_group_and_subgroup_rows_merged_with_codes_in_column_a(book: Any) -> None:
    ws = book["Khung kịch bản"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    last = openpyxl.utils.get_column_letter(11)  # the plan has languages: two extra columns
    codes = {}
    for r in _data_rows(ws):
        code = ws.cell(r, 1).value
        if code:
            codes[code] = r
            assert f"B{r}:{last}{r}" in merged, code
            assert ws.cell(r, 1).data_type == "s"
    assert list(codes)[:4] == ["1", "2", "3", "3.1"]
    assert {"3.9", "4.1", "4.2", "5", "6"} <= set(codes)


def test_one_row_per_scenario_row_with_its_id(book: Any) -> None:
    ws = book["Khung kịch bản"]
    plan = check_file(DONG_NAI).plan
    assert plan is not None
    ids = [r.id for e in plan.scenario for r in e.rows]
    id_col = next(c for c in range(1, 20) if ws.cell(_header_row(ws), c).value == "Mã dòng (id)")
    found = [ws.cell(r, id_col).value for r in _data_rows(ws) if ws.cell(r, id_col).value]
    assert found == ids


def test_multiline_cells_wrapped_and_tall_enough(book: Any) -> None:
    ws = book["Khung kịch bản"]
    seen_bullets = 0
    for r in _data_rows(ws):
        height = ws.row_dimensions[r].height
        assert height and height > 0
        for c in range(1, 10):
            cell = ws.cell(r, c)
            if isinstance(cell, MergedCell):
                continue
            assert cell.alignment.wrap_text
            assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
            text = cell.value
            if isinstance(text, str) and "\n" in text:
                lines = text.split("\n")
                # every explicit line needs at least one text line of 11 pt
                assert height >= len(lines) * 12, (r, c)
                if all(x[:2] in ("- ", "+ ") for x in lines) and c == 5:
                    seen_bullets += 1
    assert seen_bullets > 5


def test_calendar_marks_months(book: Any) -> None:
    ws = book["Lịch"]
    head = _header_row(ws)
    months = [ws.cell(head, c).value for c in range(5, 17)]
    assert months == [f"T{m}" for m in range(1, 13)]
    row = next(r for r in range(head + 1, ws.max_row + 1) if ws.cell(r, 1).value == "2.1.2")
    marked = [m for m in range(1, 13) if ws.cell(row, 4 + m).fill.fgColor.rgb.endswith("9DC3E6")]
    assert marked == [5]


def test_budget_totals_are_sums(book: Any) -> None:
    ws = book["Kinh phí"]
    formulas = [
        ws.cell(r, 4).value for r in range(1, ws.max_row + 1) if ws.cell(r, 4).data_type == "f"
    ]
    assert any(f.startswith("=SUM(D") for f in formulas)
    assert all(OUR_FORMULA.match(f) for f in formulas)
    amounts = [
        ws.cell(r, 4).value
        for r in range(1, ws.max_row + 1)
        if isinstance(ws.cell(r, 4).value, int)
    ]
    assert 600000000 in amounts and 3090000000 in amounts


def test_coverage_highlights_required_but_missing(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    ws = openpyxl.load_workbook(io.BytesIO(rendered(plan, "xlsx")))["Độ phủ"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}
    red = "F4B6B6"
    # district level: group 1 is required and the minimal plan has nothing for it
    assert ws.cell(rows["1"], 2).fill.fgColor.rgb.endswith(red)
    assert "Bắt buộc ở cấp huyện" in ws.cell(rows["1"], ws.max_column).value
    # 3.1 has a row: not red
    assert not ws.cell(rows["3.1"], 2).fill.fgColor.rgb.endswith(red)
    # a required form nobody uses is red in the header
    head = rows["Mã"]
    form_cells = [ws.cell(head, c) for c in range(3, ws.max_column - 1)]
    assert any(c.fill.fgColor.rgb.endswith(red) for c in form_cells)


def test_no_cell_holding_plan_text_is_a_formula(tmp_path: Path) -> None:
    plan = tmp_path / "payload.yaml"
    plan.write_text(payload_plan(), encoding="utf-8")
    wb = openpyxl.load_workbook(io.BytesIO(rendered(plan, "xlsx")))
    texts = []
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert OUR_FORMULA.match(cell.value), (ws.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, str):
                    texts.append(cell.value)
                    if cell.value[:1] in "=+-@":
                        assert cell.quotePrefix, (ws.title, cell.coordinate)
    blob = "\n".join(texts)
    for payload in PAYLOADS:
        assert payload in blob, payload
    assert '=HYPERLINK("http://x","x")' in texts


def test_workbook_properties_trace_the_source(book: Any) -> None:
    props = book.properties
    assert props.title == "Kế hoạch công tác thông tin, truyền thông năm 2023"
    assert props.creator == "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"
    assert props.identifier.startswith("sha256:") and "vss-2023" in props.description
