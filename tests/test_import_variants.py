"""Tables that differ from the khung kịch bản of Đồng Nai: other header wording and order, Roman
numerals, codes glued to names, lists without bullets, the technical form column, unknown groups,
several sheets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bhxh_plan.validate import check_file

Invoke = Callable[..., Any]
Merge = tuple[int, int, int, int]  # 1-based first row, first col, last row, last col


def workbook(path: Path, sheets: dict[str, tuple[list[list[Any]], list[Merge]]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, (rows, merges) in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value not in (None, ""):
                    ws.cell(row=r, column=c, value=value)
        for r1, c1, r2, c2 in merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)
    return path


# Columns in another order, abbreviated headers, an extra column, no "TT" merge tricks.
HEADER = [
    "STT",
    "Đối tượng",
    "HT truyền thông",
    "Mã hình thức",
    "ĐV chủ trì",
    "Thời gian",
    "Cách thức",
    "ĐV phối hợp",
    "HT phối hợp",
    "Ghi chú",
    "Người phụ trách",
]
W = len(HEADER)


def _row(**cells: Any) -> list[Any]:
    order = [
        "tt",
        "subject",
        "form",
        "form_id",
        "lead",
        "freq",
        "method",
        "partners",
        "coord",
        "note",
        "person",
    ]
    return [cells.get(k, "") for k in order]


def _variant(path: Path) -> Path:
    rows = [
        ["BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"],
        ["BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN"],
        ["KỊCH BẢN TRUYỀN THÔNG NĂM 2024"],
        [],
        HEADER,
        ["I", "Cấp ủy, chính quyền các cấp"],
        _row(
            subject="Cấp ủy, chính quyền",
            form="Báo cáo kết quả",
            form_id="1.1",
            lead="BHXH huyện",
            freq="Thường xuyên",
            method="Báo cáo cấp ủy hằng quý",
            partners="Văn phòng Huyện ủy;\nVăn phòng UBND huyện",
            coord="Ký quy chế phối hợp",
            person="Chị Lan",
        ),
        ["III. Người thuộc diện tham gia BHXH tự nguyện, BHYT hộ gia đình"],
        ["3.1. Hộ gia đình nông dân (chú trọng hộ gia đình nông dân sản xuất, kinh doanh giỏi)"],
        _row(
            form="Truyền thông qua hệ thống loa truyền thanh cơ sở",
            lead="Tổ chức dịch vụ thu",
            freq="- Hằng tuần\n- Tối thứ Bảy",
            method="- Phát bản tin\n+ tiếng Kinh\n+ tiếng Hoa",
            partners="UBND xã",
        ),
        ["7", "Phóng viên báo chí trên địa bàn"],
        _row(
            form="Gặp mặt báo chí", lead="BHXH huyện", freq="Tháng 6", method="Họp báo", note="Mới"
        ),
    ]
    merges = [(6, 2, 6, W), (8, 1, 8, W), (9, 1, 9, W), (11, 2, 11, W)]
    return workbook(
        path,
        {"Ghi chép": ([["Danh sách cán bộ"], ["Nguyễn Văn A"]], []), "KB 2024": (rows, merges)},
    )


def test_variant_table(invoke: Invoke, tmp_path: Path) -> None:
    src = _variant(tmp_path / "kich-ban.xlsx")
    out = tmp_path / "plan.yaml"
    result = invoke("import", str(src), "-o", str(out), "--framework", "vss-2023")
    assert result.exit_code == 0, result.output
    checked = check_file(out)
    assert checked.ok, [p.message for p in checked.problems]
    plan = checked.plan
    assert plan is not None
    assert (plan.level, plan.year) == ("district", 2024)
    assert plan.document.issuer.parent == "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"
    got = [(e.group, e.subgroup, [r.form for r in e.rows]) for e in plan.scenario]
    # "I" → group 1, "III." and "3.1." glued to their names, "7" matches nothing
    assert got == [
        ("cap-uy-chinh-quyen", None, ["tham-muu-cap-uy"]),
        ("tu-nguyen-hgd", "nong-dan", ["loa-truyen-thanh"]),
        (plan.scenario[2].group, plan.scenario[2].subgroup, [plan.scenario[2].rows[0].form]),
    ]
    first = plan.scenario[0].rows[0]
    assert first.partners == ["Văn phòng Huyện ủy", "Văn phòng UBND huyện"]
    assert first.form_text == "Báo cáo kết quả"
    loa = plan.scenario[1].rows[0]
    assert loa.form_text is None  # the framework's own wording
    assert loa.frequency == "- Hằng tuần\n- Tối thứ Bảy"
    assert loa.method == ["Phát bản tin", "+ tiếng Kinh", "+ tiếng Hoa"]
    assert "nhóm 'Phóng viên báo chí trên địa bàn' không khớp nhóm nào" in result.output
    assert "Người phụ trách" in result.output  # the ignored column is named
    text = out.read_text(encoding="utf-8")
    assert "# <<ĐIỀN: nhóm 'Phóng viên báo chí trên địa bàn' (KB 2024!B11)" in text
    assert "(Ghi chú: Mới)" in text
    assert "Chị Lan" not in text


def test_sheet_option(invoke: Invoke, tmp_path: Path) -> None:
    src = _variant(tmp_path / "kich-ban.xlsx")
    result = invoke("import", str(src), "-o", str(tmp_path / "a.yaml"), "--sheet", "Ghi chép")
    assert result.exit_code == 1
    assert "không tìm thấy bảng khung kịch bản trong 'Ghi chép'" in result.output
    result = invoke("import", str(src), "-o", str(tmp_path / "b.yaml"), "--sheet", "Không có")
    assert result.exit_code == 2
    assert "không có trang tính 'Không có'; các trang tính: 'Ghi chép', 'KB 2024'" in result.output
    result = invoke("import", str(src), "-o", str(tmp_path / "c.yaml"), "--sheet", "kb 2024")
    assert result.exit_code == 0, result.output


def test_level_guessed_when_the_unit_does_not_say(invoke: Invoke, tmp_path: Path) -> None:
    rows = [
        ["TT", "Chủ thể", "Hình thức", "Tần suất", "Cách thức thực hiện", "Chủ trì"],
        ["5", "Các cơ sở khám, chữa bệnh", "Hội nghị", "Quý I", "Hội nghị tập huấn", "BHXH"],
    ]
    src = workbook(tmp_path / "t.xlsx", {"Sheet": (rows, [])})
    out = tmp_path / "t.yaml"
    result = invoke("import", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "đã đặt tạm level: province" in result.output
    text = out.read_text(encoding="utf-8")
    assert "level: province  # <<ĐIỀN: kiểm tra cấp của đơn vị" in text
    result = invoke(
        "import",
        str(src),
        "-o",
        str(tmp_path / "u.yaml"),
        "--level",
        "commune",
        "--unit",
        "BẢO HIỂM XÃ HỘI HUYỆN X",
        "--year",
        "2025",
    )
    plan = check_file(tmp_path / "u.yaml").plan
    assert plan is not None
    assert (plan.level, plan.year, plan.document.issuer.unit) == (
        "commune",
        2025,
        "BẢO HIỂM XÃ HỘI HUYỆN X",
    )
    assert [(e.group, e.subgroup, e.subject) for e in plan.scenario] == [
        ("co-so-kcb", None, "Các cơ sở khám, chữa bệnh")
    ]
