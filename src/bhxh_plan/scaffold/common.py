"""What the skeleton builders share: citations, names and ids in Vietnamese."""

from __future__ import annotations

import re
from typing import Final

from bhxh_plan.dates import date_short
from bhxh_plan.model.common import Cite, Level
from bhxh_plan.model.framework import Framework
from bhxh_plan.placeholders import placeholder
from bhxh_plan.suggest import slugify

LEVEL_NAMES: Final[dict[str, str]] = {
    Level.NATIONAL: "trung ương",
    Level.PROVINCE: "tỉnh",
    Level.REGION: "khu vực",
    Level.DISTRICT: "huyện",
    Level.COMMUNE: "xã",
}
PARENT_OF_PROVINCE: Final = "BẢO HIỂM XÃ HỘI VIỆT NAM"
_PLACE: Final = re.compile(
    r"\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|KHU VỰC|THỊ TRẤN|PHƯỜNG|XÃ(?!\s+HỘI\b))\s+(.+)$"
)
# a number (3, XXIV) names a unit, not a place: "Khu vực XXIV" is not where it sits
_NUMBERED: Final = re.compile(r"^(?:\d+|[IVXLCDM]+)$")
_DOC_TYPES: Final = (
    "Kế hoạch",
    "Công văn",
    "Quyết định",
    "Nghị quyết",
    "Chỉ thị",
    "Thông tư",
    "Nghị định",
    "Hướng dẫn",
)


def fill(what: str) -> str:
    """A placeholder value (``<<ĐIỀN: what>>``)."""
    return placeholder(what)


def cite_text(fw: Framework, cite: Cite | None) -> str:
    """``4057/KH-BHXH, Mục II.1`` for a framework citation ('' when there is none)."""
    if cite is None:
        return ""
    source = next((s for s in fw.sources if s.id == cite.source), None)
    name = (source.number or source.title) if source else cite.source
    return f"{name}, {cite.section}"


def legal_basis(fw: Framework) -> list[str]:
    """The framework's numbered source documents as "căn cứ" lines."""
    out = []
    for s in fw.sources:
        if not s.number:
            continue
        when = f" ngày {date_short(s.date)}" if s.date else ""
        who = f" của {s.issuer}" if s.issuer else ""
        kind = next((k for k in _DOC_TYPES if s.title.startswith(k + " ")), None)
        if kind is None:
            out.append(f"{s.title} (văn bản số {s.number}{when}{who})")
            continue
        rest = s.title[len(kind) :].strip()
        about = rest if rest.startswith("về ") else f"về {rest}"
        out.append(f"{kind} số {s.number}{when}{who} {about}")
    return out


def place_of(unit: str) -> str | None:
    """``Đồng Nai`` from ``BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI`` (None when no place is named).

    A numbered district or ward keeps its word (``Quận 1``, as Decree 30/2020 writes it); a
    numbered region (``KHU VỰC XXIV``) names no place, so None: the office fills it in.
    """
    m = _PLACE.search(unit.upper())
    if not m:
        return None
    name = m.group(2).strip(" .…")
    if not name or "…" in name or "..." in name:
        return None
    if _NUMBERED.match(name):
        if m.group(1) in ("QUẬN", "PHƯỜNG"):
            return f"{m.group(1).capitalize()} {name}"
        return None
    return " ".join(w.capitalize() for w in name.lower().split())


def level_of(unit: str, parent: str | None = None) -> str | None:
    """The level an issuing unit's name implies, or None when it does not say."""
    u = f" {unit.upper()} "
    if "VIỆT NAM" in u and not _PLACE.search(u):
        return Level.NATIONAL
    for word, level in (
        (" KHU VỰC ", Level.REGION),
        (" TỈNH ", Level.PROVINCE),
        (" HUYỆN ", Level.DISTRICT),
        (" QUẬN ", Level.DISTRICT),
        (" THỊ XÃ ", Level.DISTRICT),
        (" THỊ TRẤN ", Level.COMMUNE),
        (" PHƯỜNG ", Level.COMMUNE),
    ):
        if word in u:
            return level
    if " THÀNH PHỐ " in u:
        # a city under the national office is a province; under a province, a district
        return Level.PROVINCE if parent is None or "VIỆT NAM" in parent.upper() else Level.DISTRICT
    if " XÃ " in u.replace(" XÃ HỘI ", " "):
        return Level.COMMUNE
    return None


def unique_id(base: str, taken: set[str], limit: int = 80) -> str:
    """A slug from ``base`` not in ``taken`` (``-2``, ``-3`` … appended), then recorded."""
    stem = slugify(base)[: limit - 4].strip("-") or "dong"
    ident, n = stem, 1
    while ident in taken:
        n += 1
        ident = f"{stem}-{n}"
    taken.add(ident)
    return ident
