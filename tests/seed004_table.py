"""Build the khung kịch bản of Đồng Nai as an office keeps it, in Excel (openpyxl) and Word.

The layout follows the printed frame: title rows, a two-level header where
"Cách thức thực hiện" spans "Đơn vị chủ trì", "Đơn vị phối hợp", "Hình thức
phối hợp" and "Công việc phối hợp/thực hiện", a "(1) … (9)" numbering row, an
extra "Ghi chú" column, group rows merged across, sub-group codes in TT with
the subject cell merged down, the header repeated at every page break
followed by the group label again, a lead cell merged over two rows, and the
broken diacritics of the PDF copy ("Tô ̉chức").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bhxh_plan.io.loader import load_file

DATA: dict[str, Any] = load_file(Path(__file__).parent / "data" / "seed004-table.yaml").data
GROUPS: dict[str, str] = DATA["groups"]
SUBJECTS: dict[str, str] = DATA["subjects"]
IDS: dict[str, list[str | None]] = DATA["ids"]
ROWS: list[tuple[str, ...]] = [
    (r["tt"], r["form"], r["frequency"], r["lead"], r["partners"], r["coordination"], r["work"])
    for r in DATA["rows"]
]

# clean text → the source document's broken text (a space before the tone mark)
BROKEN = {
    "Tổ chức các hội nghị phổ biến": "Tô ̉chức các hội nghị phổ biến",
    "hỗ trợ nhau tham gia BHXH tự nguyện": "hỗ trơ ̣nhau tham gia BHXH tư ̣nguyện",
    "giao chỉ tiêu": "giao chi ̉tiêu",
    "Cung cấp các tờ rơi, tờ gấp,... cho các già làng, trưởng bản, người có uy tín": (
        "Cung cấp các tơ ̀rơi, tơ ̀gấp,... cho các gia ̀làng, trưởng bản, người co ́uy tín"
    ),
    "truyền thông về BHXH tự nguyện": "truyền thông vê ̀BHXH tư ̣nguyện",
    "các trò chơi": "các tro ̀chơi",
    "truyền thanh về tình huống": "truyền thanh vê ̀tình huống",
    "bìa vở học sinh": "bìa vơ ̉học sinh",
}
HEADER_TOP = [
    "TT",
    "Chủ thể được\ntruyền thông",
    "Hình thức\ntruyền thông",
    "Tần suất/ thời\ngian thực hiện",
    "Cách thức thực hiện",
    "",
    "",
    "",
    "Ghi chú",
]
HEADER_SUB = [
    "",
    "",
    "",
    "",
    "Đơn vị\n chủ trì",
    "Đơn vị\nphối hợp",
    "Hình thức\n phối hợp",
    "Công việc phối hợp/thực hiện",
    "",
]
TITLE = [
    "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI",
    "",
    "PHỤ LỤC II",
    "KHUNG KỊCH BẢN TRUYỀN THÔNG THEO TỪNG NHÓM CHỦ THỂ",
    "(Kèm theo Kế hoạch số 15/KH-BHXH ngày 10/01/2023 của BHXH tỉnh Đồng Nai)",
    "",
]
PAGE = 8  # data rows per printed page
NOTE = (12, "Phối hợp tại Trung tâm DVVL")  # (row index in ROWS, Ghi chú text)
WIDTH = 9


def broken(text: str) -> str:
    for clean, bad in BROKEN.items():
        text = text.replace(clean, bad)
    return text


def _group_of(code: str) -> str:
    return code.split(".")[0]


def layout() -> list[tuple[str, list[str]]]:
    """The printed rows in order: ("title"|"header"|"numbers"|"band"|"data"|"label", cells)."""
    out: list[tuple[str, list[str]]] = [("title", [t]) for t in TITLE]
    out += [("header", HEADER_TOP), ("header2", HEADER_SUB)]
    out.append(("numbers", [f"({i})" for i in range(1, WIDTH + 1)]))
    group = entry = ""
    on_page = 0
    for i, (code, form, freq, lead, partners, coord, method) in enumerate(ROWS):
        if on_page == PAGE:
            out += [("header", HEADER_TOP), ("header2", HEADER_SUB)]
            on_page = 0
            if "." not in code and code == entry:
                # the group label printed again on the new page
                out.append(("band", [code, GROUPS[code]]))
            first_on_page = True
        else:
            first_on_page = False
        if _group_of(code) != group:
            group = _group_of(code)
            out.append(("band", [group, GROUPS[group]]))
        starts = code != entry or first_on_page
        entry = code
        tt = code if "." in code and starts else ""
        subject = SUBJECTS[code] if starts else ""
        note = NOTE[1] if i == NOTE[0] else ""
        cells = [tt, subject, form, freq, lead, partners, coord, method, note]
        out.append(("data", [broken(c) for c in cells]))
        on_page += 1
    return out


def subject_spans(rows: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """(first, last) 1-based rows of each subject cell: a data row with a subject and the
    data rows without one that follow it."""
    spans: list[tuple[int, int]] = []
    for r, (kind, cells) in enumerate(rows, 1):
        if kind == "data" and cells[1]:
            spans.append((r, r))
        elif kind == "data" and spans and spans[-1][1] == r - 1:
            spans[-1] = (spans[-1][0], r)
    return spans


def build_xlsx(path: Path) -> Path:
    """The table as an Excel workbook (sheet "Khung kịch bản"), with merges."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Khung kịch bản"
    wrap = Alignment(wrap_text=True, vertical="top")
    rows = layout()
    for r, (kind, cells) in enumerate(rows, 1):
        for c, text in enumerate(cells, 1):
            if text:
                ws.cell(row=r, column=c, value=text).alignment = wrap
        if kind == "title" and cells[0]:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=WIDTH if r > 1 else 3)
        elif kind == "header":
            for c in (1, 2, 3, 4, 9):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        elif kind == "band":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=WIDTH)
    # the subject cell is merged down over the rows of its entry on one page
    for start, end in subject_spans(rows):
        if end > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
    # group 1: both rows led by "BHXH huyện", typed once in a cell merged over the two
    first = next(i for i, (k, c) in enumerate(rows, 1) if k == "data")
    ws.cell(row=first + 1, column=5).value = None
    ws.merge_cells(start_row=first, start_column=5, end_row=first + 1, end_column=5)
    wb.save(path)
    return path


def build_docx(path: Path) -> Path:
    """The same table in Word: title paragraphs, then the table split in two at a page."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for line in TITLE:
        if line:
            document.add_paragraph(line)
    rows = layout()
    body = [row for row in rows if row[0] != "title"]
    half = next(i for i, row in enumerate(body) if i > len(body) // 2 and row[0] == "header")
    bullets_done = False
    for part in (body[:half], body[half:]):
        table = document.add_table(rows=len(part), cols=WIDTH)
        table.style = "Table Grid"
        merges: list[tuple[int, int, int, int]] = []
        for r, (kind, cells) in enumerate(part):
            for c, text in enumerate(cells):
                if not text:
                    continue
                cell = table.cell(r, c)
                lines = text.split("\n")
                if kind == "data" and c == 7 and not bullets_done and len(lines) > 2:
                    # Word's own bullets: the "- " is not typed
                    bullets_done = True
                    cell.paragraphs[0].text = lines[0].removeprefix("- ")
                    cell.paragraphs[0].style = document.styles["List Bullet"]
                    for line in lines[1:]:
                        cell.add_paragraph(line.removeprefix("- "), style="List Bullet")
                    continue
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
            if kind == "header":
                merges += [(r, c, r + 1, c) for c in (0, 1, 2, 3, 8)] + [(r, 4, r, 7)]
            elif kind == "band":
                merges.append((r, 1, r, WIDTH - 1))
        for r1, c1, r2, c2 in merges:
            keep = table.cell(r1, c1).text
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            for p in merged.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            merged.paragraphs[0].text = keep
        if part is body[:half]:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path
