"""The .docx read back with python-docx: ND30 layout rules, annex, properties, payloads."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tests.render_support import DONG_NAI, FIXTURE, PAYLOADS, payload_plan, rendered, zip_text

W_FONTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
TNR = "Times New Roman"


@pytest.fixture(scope="module")
def data() -> bytes:
    return rendered(DONG_NAI, "docx")


@pytest.fixture(scope="module")
def doc(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _mm(length: Any) -> float:
    return float(length) / Mm(1)


def _texts(cell: Any) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def _run_props(p: Any) -> Any:
    return p.runs[0].font


def _body_paragraphs(doc: Document) -> list[Any]:
    return list(doc.paragraphs)


def test_page_a4_portrait_with_nd30_margins(doc: Document) -> None:
    s = doc.sections[0]
    assert round(_mm(s.page_width)) == 210 and round(_mm(s.page_height)) == 297
    assert s.orientation == 0

    def within(length: Any, low: float, high: float) -> bool:
        # Word stores twentieths of a point: 15 mm is 850 twips, 14.99 mm
        return low - 0.05 <= _mm(length) <= high + 0.05

    assert within(s.top_margin, 20, 25)
    assert within(s.bottom_margin, 20, 25)
    assert within(s.left_margin, 30, 35)
    assert within(s.right_margin, 15, 20)


def test_times_new_roman_for_every_script_and_no_theme_fonts(data: bytes) -> None:
    styles = zip_text(data, "word/styles.xml")
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme", "themeColor"):
        assert attr not in styles
    d = docx.Document(io.BytesIO(data))
    root = d.styles.element
    defaults = root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert all(fonts.get(qn(a)) == TNR for a in W_FONTS)
    assert defaults.find(qn("w:color")).get(qn("w:val")) == "000000"
    for rfonts in root.iter(qn("w:rFonts")):
        assert all(rfonts.get(qn(a)) == TNR for a in W_FONTS)
    body = zip_text(data, "word/document.xml")
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        assert attr not in body
    for rfonts in d.element.body.iter(qn("w:rFonts")):
        assert all(rfonts.get(qn(a)) in (None, TNR) for a in W_FONTS)


def test_header_block(doc: Document) -> None:
    head = doc.tables[0]
    left, right = head.rows[0].cells
    assert _texts(left) == ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"]
    parent, unit = (p for p in left.paragraphs if p.text)
    assert not _run_props(parent).bold and _run_props(unit).bold
    assert _texts(right) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    qh, tn = (p for p in right.paragraphs if p.text)
    assert _run_props(qh).bold and 12 <= _run_props(qh).size.pt <= 13
    assert _run_props(tn).bold and 13 <= _run_props(tn).size.pt <= 14
    # a rule (bottom border) under the unit name and under the Tiêu ngữ
    for cell in (left, right):
        assert any(p._p.find(".//" + qn("w:pBdr")) is not None for p in cell.paragraphs)
    number, date = head.rows[1].cells
    assert _texts(number) == ["Số: 15/KH-BHXH"]
    assert _texts(date) == ["Đồng Nai, ngày 10 tháng 01 năm 2023"]
    assert _run_props(date.paragraphs[0]).italic
    # borderless
    borders = head._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_title_and_body_formatting(doc: Document) -> None:
    paras = _body_paragraphs(doc)
    texts = [p.text for p in paras]
    i = texts.index("KẾ HOẠCH")
    assert texts[i + 1] == "Công tác thông tin, truyền thông năm 2023"
    for p in paras[i : i + 2]:
        assert _run_props(p).bold and _run_props(p).size.pt == 14
        assert p.style.paragraph_format.alignment == 1  # centre
    assert paras[i + 2]._p.find(".//" + qn("w:pBdr")) is not None  # short rule under the title
    normal = doc.styles["Normal"]
    assert 13 <= normal.font.size.pt <= 14
    pf = normal.paragraph_format
    assert pf.alignment == 3  # justified
    assert 10 <= _mm(pf.first_line_indent) <= 12.7 + 1e-6
    assert pf.space_after >= Pt(6)
    assert 1.0 <= pf.line_spacing <= 1.5
    heading = next(p for p in paras if p.text.startswith("I. "))
    assert heading.text == "I. MỤC ĐÍCH, YÊU CẦU" and heading.style.name == "Heading 1"
    assert heading.style.font.bold and heading.style.font.color.rgb == docx.shared.RGBColor(0, 0, 0)
    assert any(p.text == "1. Mục đích" and p.style.name == "Heading 2" for p in paras)
    assert any(p.text.startswith("1.1. ") for p in paras)
    assert any(p.text.startswith("- ") for p in paras)
    small = docx.Document(io.BytesIO(rendered(FIXTURE, "docx")))
    assert "+ Tổng hợp kết quả hằng tháng" in [p.text for p in small.paragraphs]
    romans = [p.text.split(" ", 1)[0] for p in paras if p.style.name == "Heading 1"]
    assert romans == ["I.", "II.", "III.", "IV.", "V.", "VI."]


def test_legal_bases_italic_and_body_ends_with_slash(doc: Document) -> None:
    paras = _body_paragraphs(doc)
    bases = [p for p in paras if p.text.startswith("Căn cứ ")]
    assert len(bases) == 5
    assert all(_run_props(p).italic for p in bases)
    assert all(p.text.endswith(";") for p in bases[:-1]) and bases[-1].text.endswith(".")
    texts = [p.text for p in paras]
    last = [p for p in paras[: texts.index("Phụ lục")] if p.text][-1]
    assert last.text.startswith("Trên đây là Kế hoạch") and last.text.endswith("./.")
    assert last.paragraph_format.keep_with_next


def test_signature_and_recipients(doc: Document) -> None:
    sign = next(t for t in doc.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    left, right = sign.rows[0].cells
    label, *recipients = (p for p in left.paragraphs if p.text)
    assert label.text == "Nơi nhận:"
    font = _run_props(label)
    assert font.bold and font.italic and font.size.pt == 12
    assert all(_run_props(p).size.pt == 11 for p in recipients)
    lines = [p.text for p in recipients]
    assert all(x.startswith("- ") for x in lines)
    assert all(x.endswith(";") for x in lines[:-1])
    assert lines[-1] == "- Lưu: VT, P.TT."
    assert _texts(right) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Minh Đức"]
    assert all(_run_props(p).bold for p in right.paragraphs if p.text)


def _has_page_field(part: Any) -> bool:
    el = part._element
    instr = [t.text for t in el.iter(qn("w:instrText"))]
    kinds = [f.get(qn("w:fldCharType")) for f in el.iter(qn("w:fldChar"))]
    return any(x.strip() == "PAGE" for x in instr) and kinds == ["begin", "separate", "end"]


def test_page_numbers_from_page_two_centred(doc: Document) -> None:
    for section in doc.sections:
        assert section.different_first_page_header_footer
        assert _has_page_field(section.header)
        assert not _has_page_field(section.first_page_header)
        p = section.header.paragraphs[0]
        assert p.alignment == 1 or p.style.paragraph_format.alignment == 1


def test_annex_is_a_landscape_section_with_its_own_numbering(doc: Document) -> None:
    assert len(doc.sections) == 2
    s = doc.sections[1]
    assert s.orientation == 1  # landscape
    assert round(_mm(s.page_width)) == 297 and round(_mm(s.page_height)) == 210
    num = s._sectPr.find(qn("w:pgNumType"))
    assert num is not None and num.get(qn("w:start")) == "1"
    texts = [p.text for p in doc.paragraphs]
    assert "Phụ lục" in texts
    assert "KHUNG KỊCH BẢN TRUYỀN THÔNG THEO TỪNG NHÓM CHỦ THỂ" in texts
    assert (
        "(Kèm theo Kế hoạch số 15/KH-BHXH ngày 10 tháng 01 năm 2023 "
        "của Bảo hiểm xã hội tỉnh Đồng Nai)" in texts
    )


def _annex(doc: Document) -> Any:
    return next(t for t in doc.tables if len(t.columns) == 9)


def test_annex_table_columns_header_and_rows(doc: Document) -> None:
    table = _annex(doc)
    tbl = table._tbl
    rows = tbl.findall(qn("w:tr"))
    header = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in rows[0].findall(qn("w:tc"))]
    assert header == [
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
    assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    for tr in rows:
        assert tr.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None
    grid = [int(c.get(qn("w:w"))) for c in tbl.find(qn("w:tblGrid"))]
    assert len(grid) == 9 and all(w > 0 for w in grid)
    for tr in rows[:5]:
        for tc in tr.findall(qn("w:tc")):
            assert tc.find(qn("w:tcPr")).find(qn("w:tcW")) is not None
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def _first_cells(doc: Document) -> Iterator[tuple[str, int]]:
    for tr in _annex(doc)._tbl.findall(qn("w:tr"))[1:]:
        tc = tr.findall(qn("w:tc"))[0]
        span = tc.find(qn("w:tcPr")).find(qn("w:gridSpan"))
        second = tr.findall(qn("w:tc"))[1].find(qn("w:tcPr")).find(qn("w:gridSpan"))
        yield (
            "".join(t.text for t in tc.iter(qn("w:t"))),
            int(second.get(qn("w:val")) if second is not None else (span is not None)),
        )


def test_annex_numbering_follows_the_framework_codes(doc: Document) -> None:
    codes = [code for code, _ in _first_cells(doc) if code]
    assert codes[:4] == ["1", "2", "3", "3.1"]
    assert "3.9" in codes and "4.2" in codes and codes[-1] == "6"
    # a group row spans the eight columns after TT
    spans = {code: span for code, span in _first_cells(doc) if code in ("1", "2", "6")}
    assert spans == {"1": 8, "2": 8, "6": 8}


def test_document_properties_trace_the_source(doc: Document) -> None:
    cp = doc.core_properties
    assert cp.title == "Kế hoạch công tác thông tin, truyền thông năm 2023"
    assert cp.author == "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"
    sha = hashlib.sha256(DONG_NAI.read_bytes()).hexdigest()
    assert cp.identifier == f"sha256:{sha}"
    assert "vss-2023" in cp.comments and sha in cp.comments and "dong-nai-2023.yaml" in cp.comments
    assert "vss-2023" in cp.keywords


def test_long_unit_name_wraps_before_the_locality(tmp_path: Path) -> None:
    from tests.conftest import MINIMAL_PLAN

    plan = tmp_path / "p.yaml"
    plan.write_text(
        MINIMAL_PLAN.replace("HUYỆN TRẢNG BOM", "HUYỆN ĐỊNH QUÁN VÀ CÁC XÃ"), encoding="utf-8"
    )
    d = docx.Document(io.BytesIO(rendered(plan, "docx")))
    unit = [p for p in d.tables[0].rows[0].cells[0].paragraphs if p.text][1]
    assert unit.text == "BẢO HIỂM XÃ HỘI\nHUYỆN ĐỊNH QUÁN VÀ CÁC XÃ"


def test_payloads_come_out_literally(tmp_path: Path) -> None:
    plan = tmp_path / "payload.yaml"
    plan.write_text(payload_plan(), encoding="utf-8")
    d = docx.Document(io.BytesIO(rendered(plan, "docx")))
    texts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for tr in table._tbl.iter(qn("w:tr")):
            texts += ["".join(t.text for t in p.iter(qn("w:t"))) for p in tr.iter(qn("w:p"))]
    blob = "\n".join(texts)
    for payload in PAYLOADS:
        assert payload in blob, payload
    assert "49" not in blob
