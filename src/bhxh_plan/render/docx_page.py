"""The page of a Word output: A4 in either orientation, margins, page numbers.

The plan's body (docx_doc) and its landscape annex (docx_annex) both set up
their sections here.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Mm

from bhxh_plan.render import docx_xml


def page_setup(
    section: Section, landscape: bool, margins: tuple[float, float, float, float]
) -> None:
    """A4 in either orientation; python-docx does not swap width and height itself."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    )
    top, bottom, left, right = margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def page_numbers(section: Section) -> None:
    """Centred PAGE field in the header; none on the section's first page."""
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Mm(0)
    docx_xml.page_field(p)
