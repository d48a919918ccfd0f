"""Document facts from the title rows above the table (when the file carries them).

``bhxh-plan render --xlsx`` writes, above the header: the parent office and
the issuing unit (capitals), "Phụ lục", the annex title and "(Kèm theo Kế
hoạch số 15/KH-BHXH ngày 10 tháng 01 năm 2023 của …)". Offices write much
the same. Whatever is found here fills the plan's document block; the rest
stays a placeholder.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from bhxh_plan.importer.cells import clean

_ISSUER: Final = re.compile(r"^(BẢO HIỂM XÃ HỘI|BHXH)\b")
_NUMBER: Final = re.compile(r"Kế hoạch\s+số\s*:?\s*([0-9A-Za-zĐđ./\-]+)", re.IGNORECASE)
_LONG_DATE: Final = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_SHORT_DATE: Final = re.compile(r"ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", re.IGNORECASE)
_YEAR: Final = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


@dataclass(slots=True)
class Meta:
    """What the title rows say about the document."""

    parent: str | None = None
    unit: str | None = None
    number: str | None = None
    date: dt.date | None = None
    year: int | None = None
    campaign: bool = False


def _date(text: str) -> dt.date | None:
    for rx in (_LONG_DATE, _SHORT_DATE):
        m = rx.search(text)
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def read_meta(lines: list[str]) -> Meta:
    """Facts from the text above the table, one cell or paragraph per item."""
    meta = Meta()
    issuers: list[str] = []
    for raw in lines:
        for line in clean(raw).split("\n"):
            line = " ".join(line.split())
            if _ISSUER.match(line) and line == line.upper() and len(line) < 120:
                issuers.append(line)
                continue
            number = _NUMBER.search(line)
            if number and meta.number is None:
                meta.number = number.group(1).rstrip(".,")
                meta.date = _date(line[number.end() :]) or meta.date
            if "ĐỐI TƯỢNG" in line.upper() and "KỊCH BẢN" in line.upper():
                meta.campaign = True
            year = _YEAR.search(line)
            if year and meta.year is None and not _LONG_DATE.search(line):
                meta.year = int(year.group(1))
    if issuers:
        meta.unit = issuers[-1]
        meta.parent = issuers[-2] if len(issuers) > 1 else None
    if meta.year is None and meta.date is not None:
        meta.year = meta.date.year
    return meta
