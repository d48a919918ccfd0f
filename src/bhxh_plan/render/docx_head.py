"""Header block, title and signature block of the Word document (ND30, Phụ lục I)."""

from __future__ import annotations

from typing import Any

from bhxh_plan.render.docx_parts import Cell, Para, RawTable, para_xml
from bhxh_plan.render.metrics import mm, text_width_pt
from bhxh_plan.render.view import Header, PlanView

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
# The header table reaches 10 mm into the left margin so that a provincial unit name
# (~79 mm at 13 pt bold) fits on one line and the Quốc hiệu (~88 mm at 12 pt) too.
HEAD_WIDTHS = (85.0, 92.0)
HEAD_INDENT = -10.0
CELL_MARGIN = 1.0
TEXT_MM = 165.0
_LOCALITIES = (
    "THÀNH PHỐ",
    "THỊ XÃ",
    "THỊ TRẤN",
    "KHU VỰC",
    "TỈNH",
    "HUYỆN",
    "QUẬN",
    "PHƯỜNG",
    "XÃ",
)
_SLACK_MM = 2.0


def _width_mm(text: str, size: float, bold: bool) -> float:
    return mm(text_width_pt(text, size, bold))


def wrap_name(text: str, avail_mm: float, size: float, bold: bool) -> str:
    """Break a long agency name deliberately: before the locality, else evenly.

    "BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN" becomes "BẢO HIỂM XÃ HỘI" / "HUYỆN ĐỊNH QUÁN"
    rather than leaving Word to strand "QUÁN" on a line of its own.
    """
    if not text or _width_mm(text, size, bold) <= avail_mm - _SLACK_MM:
        return text
    words = text.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        head = " ".join(words[:i])
        starts_locality = any(rest.startswith(loc + " ") or rest == loc for loc in _LOCALITIES)
        fits = max(_width_mm(head, size, bold), _width_mm(rest, size, bold)) <= avail_mm
        if starts_locality and not rest.startswith("XÃ HỘI") and fits:
            return f"{head}\n{rest}"
    best = text
    best_width = float("inf")
    for i in range(1, len(words)):
        width = max(
            _width_mm(" ".join(words[:i]), size, bold), _width_mm(" ".join(words[i:]), size, bold)
        )
        if width < best_width:
            best, best_width = " ".join(words[:i]) + "\n" + " ".join(words[i:]), width
    return best


def rule(length_mm: float, avail_mm: float, *, before: float = 0) -> Para:
    """A centred horizontal line of ``length_mm`` (an empty paragraph's bottom border)."""
    side = max(0.0, (avail_mm - length_mm) / 2)
    return Para(
        style="BHBlock", rule=True, line_exact=2, before=before, after=0, indent=(side, side)
    )


def header_block(h: Header) -> Any:
    """Borderless two-column table: agency and number | Quốc hiệu, Tiêu ngữ, place and date."""
    left = HEAD_WIDTHS[0] - 2 * CELL_MARGIN
    right = HEAD_WIDTHS[1] - 2 * CELL_MARGIN
    unit = wrap_name(h.unit, left, 13, True)
    unit_width = max(_width_mm(line, 13, True) for line in unit.split("\n"))
    agency = []
    if h.parent:
        agency.append(Para(wrap_name(h.parent, left, 13, False), style="BHBlock", size=13))
    agency.append(Para(unit, style="BHBlock", size=13, bold=True))
    agency.append(rule(max(15.0, unit_width * 0.4), left, before=1))
    nation = [
        Para(QUOC_HIEU, style="BHBlock", size=12, bold=True),
        Para(TIEU_NGU, style="BHBlock", size=13, bold=True),
        rule(_width_mm(TIEU_NGU, 13, True), right, before=1),
    ]
    table = RawTable(HEAD_WIDTHS, borders=False, indent=HEAD_INDENT, margin=CELL_MARGIN)
    table.row([Cell(agency), Cell(nation)])
    table.row(
        [
            Cell([Para(f"Số: {h.number}", style="BHBlock", size=13, before=6)]),
            Cell([Para(h.place_date, style="BHBlock", size=14, italic=True, before=6)]),
        ]
    )
    return table.tbl


def title_block(h: Header) -> list[Any]:
    """ "KẾ HOẠCH", the trích yếu and a short rule under it."""
    width = min(TEXT_MM, _width_mm(h.subject, 14, True))
    return [
        para_xml(Para(h.doc_type, style="BHBlock", size=14, bold=True, before=24)),
        para_xml(Para(h.subject, style="BHBlock", size=14, bold=True)),
        para_xml(rule(min(60.0, max(25.0, width / 3)), TEXT_MM, before=4)),
        para_xml(Para(style="BHBlock", after=6)),
    ]


def signature_block(view: PlanView) -> Any:
    """ "Nơi nhận" on the left (12 pt / 11 pt), the signature on the right."""
    left = [
        Para("Nơi nhận:", style="BHBlock", align="left", size=12, bold=True, italic=True, before=12)
    ]
    # a wrapped recipient continues under the text, not under the dash
    left += [
        Para(r, style="BHBlock", align="left", size=11, indent=(2.5, 0), first_line=-2.5)
        for r in view.recipients
    ]
    s = view.signature
    right = []
    if s.authority:
        right.append(Para(s.authority, style="BHBlock", size=14, bold=True, before=12))
    right.append(
        Para(s.title, style="BHBlock", size=14, bold=True, before=None if s.authority else 12)
    )
    right.append(Para(s.name, style="BHBlock", size=14, bold=True, before=72))
    table = RawTable((78.0, 87.0), borders=False, margin=CELL_MARGIN)
    table.row([Cell(left), Cell(right)])
    return table.tbl
