"""Dates as the plans use them: moved between years, and written the Vietnamese way.

One module for every date the tool computes or prints, so that the lint
messages, the roll-up, the calendar, ``init`` and the rendered documents agree:

- :func:`shift_years` moves a framework's date to the plan's year (29 February
  becomes 28 February in a common year);
- :func:`dmy` is ``15/01/2023``, always two-digit day and month: messages,
  tables and cells that people sort or compare;
- :func:`date_short`, :func:`date_long` and :func:`date_range` follow Nghị định
  30/2020/NĐ-CP (Phụ lục I): a leading zero only for days below 10 and for
  months 1 and 2 (``05/5/2023``, ``ngày 10 tháng 01 năm 2023``), as the body
  and the header of an administrative document write them.

It imports nothing from the package: every layer may use it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re


def shift_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by ``years``; 29 February becomes 28 February in a common year.

    A year outside what :class:`datetime.date` holds (1–9999) raises ``ValueError``.
    """
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(value: object) -> object:
    """``"2023-01-10"`` as a date; anything else (another text, an impossible date) as it is."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def dmy(day: dt.date) -> str:
    """``15/01/2023``: day and month on two digits (``strftime("%d/%m/%Y")``)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _day(day: int) -> str:
    return f"{day:02d}" if day < 10 else str(day)


def _month(month: int) -> str:
    # Nghị định 30/2020: a leading zero for months 1 and 2 only (so "01" never reads "11")
    return f"{month:02d}" if month < 3 else str(month)


def date_short(day: dt.date) -> str:
    """``10/01/2023``, ``05/5/2023``: a date inside the text of a document."""
    return f"{_day(day.day)}/{_month(day.month)}/{day.year}"


def date_long(day: dt.date) -> str:
    """``ngày 10 tháng 01 năm 2023``: the date line of a document's header."""
    return f"ngày {_day(day.day)} tháng {_month(day.month)} năm {day.year}"


def date_range(start: dt.date, end: dt.date | None) -> str:
    """``ngày 05/5/2023``, or ``từ ngày 15/8/2023 đến ngày 30/9/2023``."""
    if end is None or end == start:
        return f"ngày {date_short(start)}"
    return f"từ ngày {date_short(start)} đến ngày {date_short(end)}"
