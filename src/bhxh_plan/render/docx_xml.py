"""WordprocessingML pieces python-docx has no API for.

Fonts for every script, theme-free styles, page-number fields, paragraph rules,
section page numbering, fixed table grids, repeated header rows and rows that
do not split (see /docs/render.md, "Word").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

FONT = "Times New Roman"
TWIPS_PER_MM = 1440 / 25.4
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_THEME_COLORS = tuple(
    qn(f"w:{a}")
    for a in (
        "themeColor",
        "themeShade",
        "themeTint",
        "themeFill",
        "themeFillShade",
        "themeFillTint",
    )
)


def twips(mm: float) -> str:
    """Millimetres as the twentieths of a point Word stores widths in."""
    return str(round(mm * TWIPS_PER_MM))


def child(parent: Any, tag: str, **attrs: str) -> Any:
    """The first ``tag`` child of ``parent``, created (in schema-agnostic order) if missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    for key, value in attrs.items():
        found.set(qn(f"w:{key}"), value)
    return found


def set_fonts(rpr: Any) -> None:
    """Times New Roman for ascii, hAnsi, eastAsia and cs; theme fonts removed."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        fonts.set(qn(attr), FONT)


def _no_theme_colors(styles: Any) -> None:
    # text black; borders and shading keep their explicit colour, never a theme's
    for el in styles.iter():
        if any(a in el.attrib for a in _THEME_COLORS):
            for attr in _THEME_COLORS:
                el.attrib.pop(attr, None)
            if el.tag == qn("w:color"):
                el.set(qn("w:val"), "000000")


def normalize_styles(document: DocxDocument, size_pt: float) -> None:
    """Every style and the document defaults: Times New Roman, black, no theme fonts."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = child(child(defaults, "w:rPrDefault"), "w:rPr")
    set_fonts(rpr_default)
    rpr_default.get_or_add_color().set(qn("w:val"), "000000")
    half_points = str(round(size_pt * 2))
    rpr_default.get_or_add_sz().set(qn("w:val"), half_points)
    for tag in ("w:szCs", "w:lang"):
        if rpr_default.find(qn(tag)) is None:
            rpr_default.append(OxmlElement(tag))
    rpr_default.find(qn("w:szCs")).set(qn("w:val"), half_points)
    lang = rpr_default.find(qn("w:lang"))
    for key, value in (("val", "vi-VN"), ("eastAsia", "vi-VN"), ("bidi", "ar-SA")):
        lang.set(qn(f"w:{key}"), value)
    for rpr in styles.iter(qn("w:rPr")):
        if rpr.find(qn("w:rFonts")) is not None:
            set_fonts(rpr)
        color = rpr.find(qn("w:color"))
        if color is not None:
            color.set(qn("w:val"), "000000")
    _no_theme_colors(styles)
    _theme_fonts(document)


def _theme_fonts(document: DocxDocument) -> None:
    # Styles no longer point at the theme, but Word still offers theme fonts in menus.
    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    root = etree.fromstring(part.blob)
    for el in root.xpath("//a:majorFont/a:latin | //a:minorFont/a:latin", namespaces=ns):
        el.set("typeface", FONT)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def run_fonts(run: Any) -> None:
    """Set the four font slots on one run (direct formatting survives copy-paste)."""
    set_fonts(run._r.get_or_add_rPr())


_SECT_SEQ_TEXT = """
headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders
lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter
docGrid printerSettings sectPrChange
"""
_SECT_SEQ = tuple(_SECT_SEQ_TEXT.split())


def insert_ordered(parent: Any, element: Any, sequence: tuple[str, ...]) -> Any:
    """Insert ``element`` where the schema's ``sequence`` wants it (Word is strict)."""
    name = etree.QName(element).localname
    later = set(sequence[sequence.index(name) + 1 :])
    for existing in parent:
        if etree.QName(existing).localname in later:
            existing.addprevious(element)
            return element
    parent.append(element)
    return element


def page_field(paragraph: Paragraph) -> None:
    """A PAGE field (the page number) at the end of ``paragraph``."""
    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("t", "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        run_fonts(run)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "t":
            run.text = text or ""
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)


def restart_numbering(sect_pr: Any, start: int = 1) -> None:
    """Page numbers of this section start again at ``start``."""
    num = sect_pr.find(qn("w:pgNumType"))
    if num is None:
        num = insert_ordered(sect_pr, OxmlElement("w:pgNumType"), _SECT_SEQ)
    num.set(qn("w:start"), str(start))
    num.set(qn("w:fmt"), "decimal")
