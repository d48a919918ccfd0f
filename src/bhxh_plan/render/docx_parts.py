"""Paragraphs and fixed-grid tables written straight as WordprocessingML.

python-docx builds tables cell by cell through proxies (``table.cell(r, c)`` is
hundreds of times slower than needed); a 1,000-row annex is built here as lxml
elements in schema order instead, with widths on the grid and on every cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]

from bhxh_plan.render.docx_xml import twips
from bhxh_plan.textsafe import xml_text

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _el(parent: Any, tag: str, **attrs: str) -> Any:
    el = etree.SubElement(parent, f"{{{_W}}}{tag}")
    for key, value in attrs.items():
        el.set(f"{{{_W}}}{key}", value)
    return el


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph: ``text`` may hold ``\\n`` for line breaks inside it."""

    text: str = ""
    style: str | None = None
    align: str | None = None
    bold: bool = False
    italic: bool = False
    size: float | None = None
    before: float | None = None
    after: float | None = None
    line_exact: float | None = None
    indent: tuple[float, float] | None = None
    first_line: float | None = None
    keep_next: bool = False
    rule: bool = False


def para_xml(p: Para) -> Any:
    """The ``w:p`` element for ``p`` (children in CT_PPr / CT_RPr order)."""
    el = OxmlElement("w:p")
    ppr = _el(el, "pPr")
    if p.style:
        _el(ppr, "pStyle", val=p.style)
    if p.keep_next:
        _el(ppr, "keepNext")
    if p.rule:
        bdr = _el(ppr, "pBdr")
        _el(bdr, "bottom", val="single", sz="6", space="1", color="000000")
    if p.before is not None or p.after is not None or p.line_exact is not None:
        spacing = _el(ppr, "spacing")
        if p.before is not None:
            spacing.set(qn("w:before"), str(round(p.before * 20)))
        if p.after is not None:
            spacing.set(qn("w:after"), str(round(p.after * 20)))
        if p.line_exact is not None:
            spacing.set(qn("w:line"), str(round(p.line_exact * 20)))
            spacing.set(qn("w:lineRule"), "exact")
    if p.indent is not None or p.first_line is not None:
        ind = _el(ppr, "ind")
        if p.indent is not None:
            ind.set(qn("w:left"), twips(p.indent[0]))
            ind.set(qn("w:right"), twips(p.indent[1]))
        if p.first_line is not None:
            key = "w:hanging" if p.first_line < 0 else "w:firstLine"
            ind.set(qn(key), twips(abs(p.first_line)))
    if p.align:
        _el(ppr, "jc", val=p.align)
    if p.rule:
        mark = _el(ppr, "rPr")
        _el(mark, "sz", val="4")
        _el(mark, "szCs", val="4")
    if p.text:
        run = _el(el, "r")
        if p.bold or p.italic or p.size:
            rpr = _el(run, "rPr")
            if p.bold:
                _el(rpr, "b")
                _el(rpr, "bCs")
            if p.italic:
                _el(rpr, "i")
                _el(rpr, "iCs")
            if p.size:
                _el(rpr, "sz", val=str(round(p.size * 2)))
                _el(rpr, "szCs", val=str(round(p.size * 2)))
        for i, line in enumerate(p.text.split("\n")):
            if i:
                _el(run, "br")
            t = _el(run, "t")
            t.set(_SPACE, "preserve")
            t.text = xml_text(line)  # lxml refuses controls; plan text is cleaned before
    return el


@dataclass(slots=True)
class Cell:
    """A table cell: its paragraphs, horizontal span and vertical merge."""

    paras: Sequence[Para] = ()
    span: int = 1
    vmerge: str | None = None  # "restart" | "continue"
    valign: str | None = None
    shade: str | None = None


@dataclass(slots=True)
class RawTable:
    """A fixed-layout table of ``widths`` (mm), filled row by row."""

    widths: Sequence[float]
    borders: bool = True
    indent: float = 0.0
    margin: float = 1.0
    tbl: Any = field(init=False)

    def __post_init__(self) -> None:
        self.tbl = OxmlElement("w:tbl")
        pr = _el(self.tbl, "tblPr")
        _el(pr, "tblW", w=twips(sum(self.widths)), type="dxa")
        if self.indent:
            _el(pr, "tblInd", w=twips(self.indent), type="dxa")
        bdr = _el(pr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if self.borders:
                _el(bdr, side, val="single", sz="4", space="0", color="000000")
            else:
                _el(bdr, side, val="nil")
        _el(pr, "tblLayout", type="fixed")
        mar = _el(pr, "tblCellMar")
        _el(mar, "left", w=twips(self.margin), type="dxa")
        _el(mar, "right", w=twips(self.margin), type="dxa")
        _el(
            pr,
            "tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = _el(self.tbl, "tblGrid")
        for w in self.widths:
            _el(grid, "gridCol", w=twips(w))

    def row(self, cells: Sequence[Cell], *, header: bool = False, split: bool = False) -> Any:
        """Append a row; rows never split across pages unless ``split``."""
        tr = _el(self.tbl, "tr")
        if header or not split:
            trpr = _el(tr, "trPr")
            if not split:
                _el(trpr, "cantSplit")
            if header:
                _el(trpr, "tblHeader")
        col = 0
        for cell in cells:
            width = sum(self.widths[col : col + cell.span])
            col += cell.span
            tc = _el(tr, "tc")
            tcpr = _el(tc, "tcPr")
            _el(tcpr, "tcW", w=twips(width), type="dxa")
            if cell.span > 1:
                _el(tcpr, "gridSpan", val=str(cell.span))
            if cell.vmerge == "restart":
                _el(tcpr, "vMerge", val="restart")
            elif cell.vmerge == "continue":
                _el(tcpr, "vMerge")
            if cell.shade:
                _el(tcpr, "shd", val="clear", color="auto", fill=cell.shade)
            if cell.valign:
                _el(tcpr, "vAlign", val=cell.valign)
            paras = cell.paras or (Para(),)
            for p in paras:
                tc.append(para_xml(p))
        return tr
