"""Plans as an iCalendar file (RFC 5545) for Google Calendar, Outlook and Thunderbird.

Every dated activity of each plan, and every themed event of each plan's
framework (its window moved to the plan's year), becomes an all-day event:
``DTSTART;VALUE=DATE`` with an exclusive ``DTEND`` (the day after the last
day). The Asia/Ho_Chi_Minh time zone is declared (VTIMEZONE, X-WR-TIMEZONE) so
that calendar applications place the days in Vietnamese time.

UIDs are stable: a plan's activity is ``<unit>-<year>-<kind>-<activity id>@bhxh-plan``
(the same identity the roll-up uses for duplicates), a framework event is
``<framework id>-<year>-<event id>@bhxh-plan``. Importing a revised plan again
updates its events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event, Timezone, TimezoneStandard

from bhxh_plan import __version__
from bhxh_plan.dates import dmy
from bhxh_plan.framework import LoadedFramework
from bhxh_plan.framework.calendar import event_dates
from bhxh_plan.i18n import t
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Activity, Plan
from bhxh_plan.suggest import slugify
from bhxh_plan.textsafe import xml_text

TZID = "Asia/Ho_Chi_Minh"
PRODID = f"-//bhxh-plan//bhxh-plan {__version__}//VI"
DOMAIN = "bhxh-plan"
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Source:
    """A loaded plan and the framework it was checked against."""

    plan: Plan
    framework: LoadedFramework


def stamp_now() -> dt.datetime:
    """DTSTAMP: now in UTC, or ``SOURCE_DATE_EPOCH`` for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit() and len(epoch) <= 11:  # a later date is no build time: ignore it
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def plan_key(plan: Plan) -> str:
    """The plan's identity in UIDs: unit, year and kind (not the number, which may change)."""
    return f"{slugify(plan.document.issuer.unit)}-{plan.year}-{plan.kind.value}"


def activity_uid(plan: Plan, activity: Activity) -> str:
    return f"{plan_key(plan)}-{activity.id}@{DOMAIN}"


def event_uid(fw: Framework, year: int, event_id: str) -> str:
    return f"{fw.id}-{year}-{event_id}@{DOMAIN}"


def _timezone() -> Timezone:
    # Vietnam has kept UTC+7 without daylight saving since 1975: one STANDARD rule
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    std = TimezoneStandard()
    std.add("dtstart", dt.datetime(1970, 1, 1))
    std.add("tzoffsetfrom", dt.timedelta(hours=7))
    std.add("tzoffsetto", dt.timedelta(hours=7))
    std.add("tzname", "+07")
    tz.add_component(std)
    return tz


def _all_day(uid: str, summary: str, start: dt.date, end: dt.date, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", max(start, end) + ONE_DAY)  # exclusive end of an all-day event
    event.add("summary", xml_text(summary))
    event.add("transp", "TRANSPARENT")  # whole days of outreach do not make anyone busy
    event.add("sequence", 0)
    return event


def _activity_text(plan: Plan, fw: Framework, act: Activity) -> str:
    names = {g.id: g.name for g in fw.groups} | {
        s.id: s.name for g in fw.groups for s in g.subgroups
    }
    events = {e.id: e for e in fw.events}
    forms = {f.id: f.name for f in fw.forms}
    d = plan.document
    lines = [t("calendar.lead", lead=act.lead or d.issuer.unit)]
    if act.partners:
        lines.append(t("calendar.partners", partners="; ".join(act.partners)))
    if act.event and act.event in events:
        ev = events[act.event]
        lines.append(t("calendar.event", code=ev.code or "", name=ev.name))
    if act.form:
        lines.append(t("calendar.form", name=forms.get(act.form, act.form)))
    if act.groups:
        lines.append(t("calendar.groups", names="; ".join(names.get(g, g) for g in act.groups)))
    if act.description:
        lines.append(act.description)
    if act.budget:
        amount = f"{act.budget:,}".replace(",", ".")
        lines.append(t("calendar.budget", amount=amount, source=act.funding or "—"))
    if act.targets:
        pairs = "; ".join(f"{k}: {v}" for k, v in act.targets.items())
        lines.append(t("calendar.targets", targets=pairs))
    lines.append(t("calendar.plan", number=d.number, date=dmy(d.date), unit=d.issuer.unit))
    return "\n".join(lines)


def _framework_events(fw: Framework, year: int, stamp: dt.datetime) -> list[Event]:
    out = []
    for ev in fw.events:
        when = event_dates(fw, ev, year)
        start, end = when.window.start, when.window.end
        vevent = _all_day(event_uid(fw, year, ev.id), ev.name, start, end, stamp)
        lines = [t("calendar.fw_event", code=ev.code or "", framework=fw.name)]
        if when.days:
            days = ", ".join(dmy(day) for day in when.days)
            lines.append(t("calendar.anchor_days", days=days))
        lines += [f"- {topic}" for topic in ev.topics]
        if ev.cite is not None:
            source = next((s for s in fw.sources if s.id == ev.cite.source), None)
            name = (source.number or source.title) if source else ev.cite.source
            lines.append(t("lint.cite", source=name, section=ev.cite.section))
        vevent.add("description", xml_text("\n".join(lines)))
        vevent.add("categories", [t("calendar.category.event")])
        out.append(vevent)
    return out


def _unique(uid: str, seen: set[str]) -> str:
    # two activities with one id (BP113) must still be two events
    out, n = uid, 1
    while out in seen:
        n += 1
        local, _, domain = uid.partition("@")
        out = f"{local}-{n}@{domain}"
    seen.add(out)
    return out


def latest(sources: Sequence[Source]) -> tuple[list[Source], list[Source]]:
    """One plan per unit, year and kind (the latest issued); and the plans it leaves out."""
    best: dict[str, Source] = {}
    for src in sources:
        key = plan_key(src.plan)
        if key not in best or src.plan.document.date >= best[key].plan.document.date:
            best[key] = src
    kept = [s for s in sources if best[plan_key(s.plan)] is s]
    return kept, [s for s in sources if best[plan_key(s.plan)] is not s]


def event_count(cal: Calendar) -> int:
    """The number of events (counted as components, never as text in the file)."""
    return sum(1 for c in cal.subcomponents if c.name == "VEVENT")


def build_calendar(sources: Sequence[Source], stamp: dt.datetime | None = None) -> Calendar:
    """The calendar of ``sources``: their activities, then their frameworks' events.

    Plan text may hold control characters (YAML escapes): they become U+FFFD
    (``xml_text``) before icalendar escapes the text as RFC 5545 asks.
    """
    stamp = stamp or stamp_now()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    units = list(dict.fromkeys(s.plan.document.issuer.unit for s in sources))
    name = units[0] if len(units) == 1 else t("calendar.name")
    # icalendar does not escape line breaks in X- properties: the name is put on one line
    cal.add("x-wr-calname", " ".join(xml_text(name).split()))
    cal.add("x-wr-timezone", TZID)
    cal.add_component(_timezone())
    many = len(units) > 1
    seen: set[tuple[str, int]] = set()
    uids: set[str] = set()
    for src in sources:
        plan, fw = src.plan, src.framework.framework
        for act in plan.activities:
            summary = f"[{plan.document.place}] {act.name}" if many else act.name
            uid = _unique(activity_uid(plan, act), uids)
            vevent = _all_day(uid, summary, act.start, act.end or act.start, stamp)
            vevent.add("description", xml_text(_activity_text(plan, fw, act)))
            category = "calendar.category.event" if act.event else "calendar.category.activity"
            vevent.add("categories", [t(category), xml_text(plan.document.issuer.unit)])
            cal.add_component(vevent)
        if (fw.id, plan.year) not in seen:
            seen.add((fw.id, plan.year))
            for vevent in _framework_events(fw, plan.year, stamp):
                cal.add_component(vevent)
    return cal
