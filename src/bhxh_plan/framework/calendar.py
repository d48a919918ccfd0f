"""A framework's recurring dates made concrete for one plan year.

Framework dates carry no year: a themed event names the days its source names
(``days: [1/7]``) or the months (``months: [8, 9]``), and the submission
deadline is a day of the plan year (``day: 15/1``). How far from a named day an
activity may fall is the framework's ``tolerance`` (the calendar month that
holds the day unless an event says otherwise) — the framework's reading, not
the source's words. Every output that prints a date of the framework asks this
module, so lint, render, calendar, roll-up and ``init`` show one calendar.

Frameworks written before dates recurred carry absolute ``window``/``date``
values; those are moved to the plan's year (29 February becomes 28 February).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from bhxh_plan.dates import shift_years
from bhxh_plan.model.common import Window
from bhxh_plan.model.framework import Event, Framework


@dataclass(frozen=True, slots=True)
class EventDates:
    """An event's concrete days and window in one year, and where the window comes from.

    ``derived`` is true when the window is the framework's tolerance around named
    days (a reading); false when the source names the period itself (months) or
    the framework states an explicit window.
    """

    days: tuple[dt.date, ...]
    window: Window
    derived: bool


def day_of(text: str, year: int) -> dt.date:
    """``"15/1"`` in ``year``; ``"29/2"`` becomes 28 February in a common year."""
    day_text, month_text = text.split("/")
    day, month = int(day_text), int(month_text)
    if month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return dt.date(year, month, day)


def _month_span(year: int, first: int, last: int) -> Window:
    end = calendar.monthrange(year, last)[1]
    return Window(start=dt.date(year, first, 1), end=dt.date(year, last, end))


def event_dates(fw: Framework, event: Event, year: int) -> EventDates:
    """The days ``event`` names and the window an activity of it must fall in, in ``year``."""
    if event.days:
        days = tuple(sorted(day_of(d, year) for d in event.days))
    else:
        days = tuple(sorted(shift_years(d, year - d.year) for d in event.dates))
    if event.months:
        return EventDates(days, _month_span(year, min(event.months), max(event.months)), False)
    if event.window is not None and not event.days:
        delta = year - fw.year
        window = Window(
            start=shift_years(event.window.start, delta), end=shift_years(event.window.end, delta)
        )
        return EventDates(days, window, False)
    if not days:  # nothing named: the whole year
        return EventDates(days, Window(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)), True)
    tolerance = event.tolerance if event.tolerance is not None else fw.tolerance
    if tolerance == "month":
        window = _month_span(year, days[0].month, days[-1].month)
    else:
        reach = dt.timedelta(days=int(tolerance))
        window = Window(start=days[0] - reach, end=days[-1] + reach)
    return EventDates(days, window, True)


def deadline_date(fw: Framework, year: int) -> dt.date | None:
    """The day a plan of ``year`` is due, or None when the framework sets no deadline."""
    d = fw.deadline
    if d is None:
        return None
    if d.day is not None:
        return day_of(d.day, year)
    if d.date is not None:
        return shift_years(d.date, year - fw.year)
    return None


def on_time(fw: Framework, year: int, sent: dt.date) -> bool:
    """Whether a plan of ``year`` dated ``sent`` meets the deadline ("trước ngày" is strict)."""
    due = deadline_date(fw, year)
    if due is None or fw.deadline is None:
        return True
    return sent <= due if fw.deadline.inclusive else sent < due
