"""LibreOffice opens the .docx and .xlsx and prints them as expected (skipped without it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.render_support import DONG_NAI, rendered

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    not (SOFFICE and PDFINFO and PDFTOTEXT), reason="LibreOffice and poppler-utils not installed"
)
A4 = (595, 842)


def _to_pdf(src: Path, out: Path) -> Path:
    profile = out / "profile"
    cmd = [
        str(SOFFICE),
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(src),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240)
    pdf = out / (src.stem + ".pdf")
    assert pdf.is_file()
    return pdf


def _page_sizes(pdf: Path) -> list[tuple[int, int]]:
    info = subprocess.run(
        [str(PDFINFO), "-f", "1", "-l", "999", str(pdf)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    return [(round(float(w)), round(float(h))) for w, h in sizes]


def _text(pdf: Path, first: int, last: int) -> str:
    return subprocess.run(
        [str(PDFTOTEXT), "-f", str(first), "-l", str(last), "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


def test_docx_converts_to_a4_portrait_then_landscape_annex(tmp_path: Path) -> None:
    src = tmp_path / "dong-nai-2023.docx"
    src.write_bytes(rendered(DONG_NAI, "docx"))
    pdf = _to_pdf(src, tmp_path)
    sizes = _page_sizes(pdf)
    portrait = [i for i, s in enumerate(sizes) if s == A4]
    landscape = [i for i, s in enumerate(sizes) if s == A4[::-1]]
    assert portrait and landscape and max(portrait) < min(landscape)
    assert len(portrait) + len(landscape) == len(sizes)
    first = _text(pdf, 1, 1)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "KẾ HOẠCH" in first
    # page 1 has no number; page 2 starts with "2"; the annex restarts at 1 (none on its page 1)
    assert _text(pdf, 2, 2).split()[0] == "2"
    annex_first = min(landscape) + 1
    assert _text(pdf, annex_first, annex_first).split()[0] == "Phụ"
    if len(landscape) > 1:
        assert _text(pdf, annex_first + 1, annex_first + 1).split()[0] == "2"
        # the header row is repeated on the annex's second page
        assert "Cách thức thực hiện" in _text(pdf, annex_first + 1, annex_first + 1)


def test_xlsx_converts_and_prints_landscape(tmp_path: Path) -> None:
    src = tmp_path / "dong-nai-2023.xlsx"
    src.write_bytes(rendered(DONG_NAI, "xlsx"))
    pdf = _to_pdf(src, tmp_path)
    sizes = _page_sizes(pdf)
    assert sizes and sizes[0] == A4[::-1]
    text = _text(pdf, 1, len(sizes))
    assert "KHUNG KỊCH BẢN TRUYỀN THÔNG THEO TỪNG NHÓM CHỦ THỂ" in text
    assert "3.090.000.000" in text or "3,090,000,000" in text  # totals were computed
