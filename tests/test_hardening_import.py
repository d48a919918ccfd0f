"""Hardening of ``bhxh-plan import``: bounded grids (merges, Word spans), damaged spans,
encrypted workbooks wherever their directory sits."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.seed004_table import build_docx, build_xlsx

Invoke = Callable[..., Any]
ROOT = Path(__file__).resolve().parent.parent
# address space for a capped import: the CLI with its libraries needs a few hundred MB; the
# unbounded grids of these files asked for several GB
MEMORY_CAP = 1_500_000_000
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _fails(invoke: Invoke, path: Path, *messages: str) -> str:
    out = path.with_name("out.yaml")
    result = invoke("import", str(path), "-o", str(out))
    assert result.exit_code == 1, result.output
    for message in messages:
        assert message in result.output, result.output
    assert "Traceback" not in result.output and "BP000" not in result.output
    assert not out.exists()
    return str(result.output)


def _capped(path: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process whose memory is capped (the timeout is a safety net only)."""
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CAP}, {MEMORY_CAP}))\n"
        "from bhxh_plan.cli import main\n"
        f"sys.argv = ['bhxh-plan', 'import', {str(path)!r}, '-o', {str(path) + '.yaml'!r}]\n"
        "main()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={"BHXH_PLAN_LANG": "vi", "PATH": "/usr/bin:/bin"},
        check=False,
    )


def _add_merge(path: Path, ref: str) -> Path:
    """The Đồng Nai frame's workbook with one more merged range in its sheet."""
    build_xlsx(path)
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    sheet, n = re.subn(
        r'<mergeCells count="(\d+)">',
        lambda m: f'<mergeCells count="{int(m[1]) + 1}"><mergeCell ref="{ref}"/>',
        sheet,
    )
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _docx_table(path: Path, rows: list[list[tuple[str, str]]]) -> Path:
    """A Word document holding one table: rows of (gridSpan value or '', text) cells."""
    import docx

    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}

    def cell(span: str, text: str) -> str:
        props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
        return f"<w:tc>{props}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    body = "".join("<w:tr>" + "".join(cell(*c) for c in row) + "</w:tr>" for row in rows)
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body><w:tbl>{body}</w:tbl></w:body></w:document>'
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


HEADER = [("", "TT"), ("", "Chủ thể"), ("", "Hình thức truyền thông"), ("", "Tần suất")]


# --- item 9: bounded grids -------------------------------------------------------------


def test_whole_sheet_merge_is_refused_within_bounded_memory(tmp_path: Path) -> None:
    src = _add_merge(tmp_path / "gop-ca-trang.xlsx", "J1:XFD1048576")
    assert src.stat().st_size < 64 * 1024
    result = _capped(src)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "vùng gộp ô J1:XFD1048576 quá lớn" in result.stderr
    assert "Bỏ trộn ô" in result.stderr
    assert "Traceback" not in result.stderr and "BP000" not in result.stderr


def test_merge_across_a_whole_row_is_cut_at_the_table(invoke: Invoke, tmp_path: Path) -> None:
    # a title row merged over all 16,384 columns: the table is still read, not refused
    src = _add_merge(tmp_path / "tieu-de.xlsx", "A2:XFD2")
    out = tmp_path / "plan.yaml"
    result = invoke("import", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "43 dòng kịch bản, 15 nhóm/nhóm nhỏ" in result.output


def test_sheet_with_too_many_cells_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    from bhxh_plan.importer.safety import MAX_CELLS

    src = tmp_path / "nhieu-o.xlsx"
    build_xlsx(src)
    with zipfile.ZipFile(src) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    # empty styled cells: no text, but each one an object for openpyxl
    extra = "".join(
        f'<row r="{r}"><c r="Z{r}" s="0"/></row>' for r in range(1000, 1000 + MAX_CELLS // 2 + 10)
    )
    sheet = sheet.replace("</sheetData>", extra + "</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    _fails(invoke, src, "trang tính 'Khung kịch bản' có quá nhiều ô", "chép riêng bảng")


def test_word_spans_are_bounded_before_they_are_expanded(tmp_path: Path) -> None:
    # 3,000 rows of 20 cells spanning 200 columns each: 12 million positions unbounded
    rows = [HEADER] + [[("200", f"ô {r}.{c}") for c in range(20)] for r in range(3000)]
    src = _docx_table(tmp_path / "gridspan.docx", rows)
    result = _capped(src)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "bảng 'Bảng 1' quá lớn (2 dòng × 400 cột)" in result.stderr
    assert "Traceback" not in result.stderr and "BP000" not in result.stderr


def test_word_table_with_many_wide_rows_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    # each row within the column limit, the table past the cell limit
    rows = [HEADER] + [[("200", "x")] for _ in range(3000)]
    src = _docx_table(tmp_path / "rong.docx", rows)
    _fails(invoke, src, "bảng 'Bảng 1' quá lớn", "chép riêng bảng")


def test_damaged_grid_spans(invoke: Invoke, tmp_path: Path) -> None:
    for name, value, shown in (
        ("chu.docx", "hai", "'hai'"),
        ("am.docx", "-3", "'-3'"),
        ("dai.docx", "9" * 5000, "'" + "9" * 20 + "'"),
    ):
        rows = [HEADER, [("", "1"), (value, "Cấp ủy"), ("", "Hội nghị"), ("", "Quý I")]]
        src = _docx_table(tmp_path / name, rows)
        _fails(
            invoke,
            src,
            f"Bảng 1, dòng 2, cột 2: số cột gộp (gridSpan) {shown} không hợp lệ",
            "lưu lại thành tệp mới",
        )


def test_seed_docx_still_imports(invoke: Invoke, tmp_path: Path) -> None:
    src = build_docx(tmp_path / "seed.docx")
    result = invoke("import", str(src), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.output
    assert "43 dòng kịch bản" in result.output


# --- item 9: encrypted workbooks -------------------------------------------------------


def _ole(names: list[str], *, at: int) -> bytes:
    """A compound file whose directory entries (128 bytes each) start at offset ``at``."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * (512 - 8)
    entries = b""
    for name in names:
        raw = name.encode("utf-16-le") + b"\0\0"
        entries += raw + b"\0" * (64 - len(raw)) + len(raw).to_bytes(2, "little")
        entries += b"\0" * (128 - 66)
    return header + b"\0" * (at - 512) + entries


def test_encrypted_workbook_with_its_directory_at_the_end(invoke: Invoke, tmp_path: Path) -> None:
    # Office is free to put the directory sector last; in a big file that is past 4 MB
    enc = tmp_path / "mat-khau.xlsx"
    enc.write_bytes(
        _ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"], at=5 * 1024 * 1024 + 512)
    )
    _fails(invoke, enc, "mat-khau.xlsx: tệp được bảo vệ bằng mật khẩu (mã hóa)", "bỏ mật khẩu")


def test_old_workbook_is_not_taken_for_an_encrypted_one(invoke: Invoke, tmp_path: Path) -> None:
    # the stream name inside a cell's text (not at a directory entry) is not a directory entry
    body = (
        _ole(["Root Entry", "Workbook"], at=1024) + b"\0" * 3 + "EncryptionInfo".encode("utf-16-le")
    )
    old = tmp_path / "cu.xlsx"
    old.write_bytes(body)
    _fails(invoke, old, "tệp không phải xlsx mà là định dạng Office 97–2003 cũ")
