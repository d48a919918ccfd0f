"""The comparison table as .xlsx and .docx, read back cell by cell."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "diff"
OLD, NEW = GOLDEN / "old.yaml", GOLDEN / "new.yaml"
UPDATE = os.environ.get("BHXH_PLAN_UPDATE_GOLDEN") == "1"


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs (BHXH_PLAN_UPDATE_GOLDEN=1)"


def _cell_text(value: object) -> str:
    return "" if value is None else str(value).replace("\n", "⏎")


@pytest.fixture
def xlsx(invoke: Callable[..., Any], tmp_path: Path) -> Path:
    out = tmp_path / "so-sanh.xlsx"
    result = invoke("diff", str(OLD), str(NEW), "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def docx_file(invoke: Callable[..., Any], tmp_path: Path) -> Path:
    out = tmp_path / "so-sanh.docx"
    result = invoke("diff", str(OLD), str(NEW), "--format", "docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_xlsx_golden_cells(xlsx: Path) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    rows = ["\t".join(_cell_text(v) for v in row) for row in ws.iter_rows(values_only=True)]
    _golden("expected.xlsx.txt", "\n".join(rows) + "\n")


def test_xlsx_layout(xlsx: Path) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert [c.value for c in ws[4]] == ["TT", "Nội dung cũ", "Nội dung mới", "Ghi chú"]
    assert ws["A1"].value == "BẢNG SO SÁNH, ĐỐI CHIẾU" and "A1:D1" in ws.merged_cells
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
    assert ws.print_title_rows == "$4:$4"
    lead = next(r for r in ws.iter_rows(min_row=5) if "BHXH tỉnh Đồng Nai" in str(r[2].value))
    assert lead[1].value.endswith("Đơn vị chủ trì: BHXH huyện")
    assert lead[2].value.endswith("Đơn vị chủ trì: BHXH tỉnh Đồng Nai")
    assert lead[3].value == "Sửa đổi"
    for cell in lead:
        assert cell.font.name == "Times New Roman"
        assert cell.alignment.wrap_text
        assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"


def test_xlsx_plan_text_is_never_a_formula(
    invoke: Callable[..., Any], write: Callable[..., Path], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    evil = write(
        OLD.read_text(encoding="utf-8").replace(
            "lead: BHXH huyện\n        partners:\n          - Ban Tuyên giáo",
            'lead: "=HYPERLINK(\\"http://x\\",\\"y\\")"\n'
            "        partners:\n          - Ban Tuyên giáo",
        ),
        "evil.yaml",
    )
    out = tmp_path / "evil.xlsx"
    assert invoke("diff", str(OLD), str(evil), "--format", "xlsx", "-o", str(out)).exit_code == 0
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" for c in cells)
    assert all(not str(c.value).startswith("=") or c.data_type == "s" for c in cells)


def test_docx_golden_paragraphs_and_table(docx_file: Path) -> None:
    import docx

    doc = docx.Document(str(docx_file))
    lines = [f"P\t{p.text}" for p in doc.paragraphs]
    for row in doc.tables[0].rows:
        texts = list(dict.fromkeys(_cell_text(c.text) for c in row.cells))
        lines.append("R\t" + "\t".join(texts))
    _golden("expected.docx.txt", "\n".join(lines) + "\n")


def test_docx_layout(docx_file: Path) -> None:
    import docx

    doc = docx.Document(str(docx_file))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert doc.styles["Normal"].font.name == "Times New Roman"
    table = doc.tables[0]
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["TT", "Nội dung cũ", "Nội dung mới", "Ghi chú"]
    lead = next(r for r in table.rows if "BHXH tỉnh Đồng Nai" in r.cells[2].text)
    assert lead.cells[1].text.endswith("Đơn vị chủ trì: BHXH huyện")
    assert lead.cells[3].text == "Sửa đổi"


def test_no_differences_still_makes_a_table(invoke: Callable[..., Any], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "same.xlsx"
    assert invoke("diff", str(OLD), str(OLD), "--format", "xlsx", "-o", str(out)).exit_code == 0
    assert load_workbook(out).active["B5"].value == "Không có khác biệt."
