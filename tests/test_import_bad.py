"""Files ``bhxh-plan import`` must refuse with a clear message, and outputs it must not clobber."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.importer.safety import Limits, Refused, check
from tests.seed004_table import build_docx, build_xlsx

Invoke = Callable[..., Any]


def _fails(invoke: Invoke, path: Path, code: int, *messages: str) -> str:
    result = invoke("import", str(path), "-o", str(path.with_name("out.yaml")))
    assert result.exit_code == code, result.output
    for message in messages:
        assert message in result.output, result.output
    assert "Traceback" not in result.output
    assert not path.with_name("out.yaml").exists()
    return str(result.output)


def test_old_binary_formats(invoke: Invoke, tmp_path: Path) -> None:
    xls = tmp_path / "khung.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _fails(
        invoke,
        xls,
        1,
        "khung.xls: định dạng .xls cũ (Office 97–2003) không đọc được",
        "Lưu thành (Save As) → Sổ làm việc Excel (.xlsx)",
    )
    doc = tmp_path / "khung.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _fails(invoke, doc, 1, "định dạng .doc cũ", "Tài liệu Word (.docx)")
    # an old .xls renamed to .xlsx is still recognised
    renamed = tmp_path / "doi-ten.xlsx"
    renamed.write_bytes(xls.read_bytes())
    _fails(invoke, renamed, 1, "tệp không phải xlsx mà là định dạng Office 97–2003 cũ")


def test_password_protected_workbook(invoke: Invoke, tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = build_xlsx(tmp_path / "plain.xlsx")
    encrypted = tmp_path / "mat-khau.xlsx"
    with plain.open("rb") as src, encrypted.open("wb") as dst:
        OOXMLFile(src).encrypt("matkhau", dst)
    _fails(
        invoke, encrypted, 1, "mat-khau.xlsx: tệp được bảo vệ bằng mật khẩu (mã hóa)", "bỏ mật khẩu"
    )


def test_corrupt_files(invoke: Invoke, tmp_path: Path) -> None:
    text = tmp_path / "khong-phai.xlsx"
    text.write_text("TT;Hình thức\n", encoding="utf-8")
    _fails(invoke, text, 1, "tệp không phải xlsx hợp lệ (không phải gói zip của Office)")
    good = build_xlsx(tmp_path / "good.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    _fails(invoke, cut, 1, "cut.xlsx: tệp bị hỏng", "lưu lại thành tệp mới")
    docx_as_xlsx = tmp_path / "nham.xlsx"
    docx_as_xlsx.write_bytes(build_docx(tmp_path / "x.docx").read_bytes())
    _fails(invoke, docx_as_xlsx, 1, "tệp mang đuôi của xlsx nhưng chứa docx")
    empty_zip = tmp_path / "rong.docx"
    with zipfile.ZipFile(empty_zip, "w") as zf:
        zf.writestr("hello.txt", "x")
    _fails(invoke, empty_zip, 1, "không có phần chính 'word/document.xml' của docx")
    other = tmp_path / "bang.csv"
    other.write_text("a,b", encoding="utf-8")
    _fails(invoke, other, 1, "không nhập được tệp đuôi '.csv'")
    _fails(invoke, tmp_path / "khong-co.xlsx", 1, "không tìm thấy tệp")


def _patch_sizes(data: bytes, size: int) -> bytes:
    """Make every entry of a zip declare ``size`` bytes once unpacked (a zip bomb's lie)."""
    buf = bytearray(data)
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (i := buf.find(sig, start)) >= 0:
            buf[i + offset : i + offset + 4] = size.to_bytes(4, "little")
            start = i + 4
    return bytes(buf)


def test_zip_bomb_limits(invoke: Invoke, tmp_path: Path) -> None:
    good = build_xlsx(tmp_path / "good.xlsx").read_bytes()
    bomb = tmp_path / "bom.xlsx"
    bomb.write_bytes(_patch_sizes(good, 0xFFFF0000))
    _fails(invoke, bomb, 1, "bom.xlsx: tệp giải nén ra", "nghi là tệp độc hại (zip bomb)")
    many = tmp_path / "nhieu.xlsx"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(5_001):
            zf.writestr(f"xl/x{i}.bin", b"")
    _fails(invoke, many, 1, "tệp có 5001 thành phần (tối đa 5000)")
    # an entry that unpacks to more than it declares is refused by the CRC/size check
    liar = tmp_path / "noi-doi.xlsx"
    liar.write_bytes(_patch_sizes(good, 10))
    _fails(invoke, liar, 1, "noi-doi.xlsx: tệp bị hỏng")


def test_real_compressed_bomb_with_lower_limits(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    assert bomb.stat().st_size < 20_000
    with pytest.raises(Refused) as exc:
        check(bomb, "xlsx", Limits(max_uncompressed=1_000_000))
    assert exc.value.key == "import.zip_size"


def test_xml_with_a_dtd_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    good = build_docx(tmp_path / "good.docx")
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"?>",
                    b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
                    1,
                )
            dst.writestr(info, data)
    _fails(invoke, evil, 1, "phần 'word/document.xml' khai báo DTD/thực thể XML")


def test_openpyxl_parses_with_defusedxml() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_no_table(invoke: Invoke, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Trang 1"
    wb.active["A1"] = "Danh sách đơn vị"
    wb.active["B2"] = "Hình thức"
    wb.save(tmp_path / "khong-bang.xlsx")
    out = _fails(
        invoke,
        tmp_path / "khong-bang.xlsx",
        1,
        "không tìm thấy bảng khung kịch bản trong 'Trang 1'",
        "'Hình thức truyền thông'",
        "Đơn vị chủ trì",
        "--sheet",
    )
    assert "cách sửa" in out
    wb = Workbook()
    ws = wb.active
    for c, text in enumerate(["TT", "Chủ thể", "Hình thức", "Đơn vị chủ trì"], 1):
        ws.cell(row=3, column=c, value=text)
    wb.save(tmp_path / "chi-tieu-de.xlsx")
    _fails(
        invoke,
        tmp_path / "chi-tieu-de.xlsx",
        1,
        "có dòng tiêu đề nhưng không có dòng nội dung nào (từ dòng 4)",
    )


def test_english_messages(invoke: Invoke, tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"x")
    result = invoke("--lang", "en", "import", str(xls))
    assert result.exit_code == 1
    assert "the old .xls format (Office 97–2003) cannot be read" in result.output


def test_never_overwrites(invoke: Invoke, tmp_path: Path) -> None:
    src = build_xlsx(tmp_path / "khung.xlsx")
    out = tmp_path / "khung.yaml"
    out.write_text("giữ nguyên\n", encoding="utf-8")
    result = invoke("import", str(src))
    assert result.exit_code == 2
    assert "tệp 'khung.yaml' đã có" in result.output.replace(str(tmp_path) + "/", "")
    assert "--force" in result.output
    assert out.read_text(encoding="utf-8") == "giữ nguyên\n"
    result = invoke("import", str(src), "--force")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Nhập từ khung.xlsx")
    result = invoke("import", str(src), "-o", str(src), "--force")
    assert result.exit_code == 2
    assert "trùng tệp nguồn" in result.output
    assert io.BytesIO(src.read_bytes()).read(2) == b"PK"
