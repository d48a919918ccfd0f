"""Human names for ids (through the framework) and human rendering of values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from bhxh_plan.dates import dmy
from bhxh_plan.i18n import get_lang, t
from bhxh_plan.model.framework import Framework

_MAX = 70

# field name → how its values are shown
REF_FIELDS: dict[str, str] = {
    "form": "form",
    "media": "form",
    "event": "event",
    "funding": "source",
    "source": "source",
    "sources": "source",
    "groups": "group",
    "group": "group",
    "area": "area",
    "report": "report",
    "objective": "objective",
    "campaign": "campaign",
}
MONEY_FIELDS = frozenset({"budget", "amount", "total"})
ENUM_FIELDS = frozenset({"level", "kind", "channel", "channels"})
# the values of those fields with a wording of their own (levels, plan kinds, channels)
ENUM_KEYS: dict[str, str] = {
    "national": "diff.enum.national",
    "province": "diff.enum.province",
    "region": "diff.enum.region",
    "district": "diff.enum.district",
    "commune": "diff.enum.commune",
    "annual": "diff.enum.annual",
    "campaign": "diff.enum.campaign",
    "direct": "diff.enum.direct",
    "indirect": "diff.enum.indirect",
    "digital": "diff.enum.digital",
}


def short(text: str, limit: int = _MAX) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    cut = one[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:(") + "…"


def date_text(value: dt.date) -> str:
    """dd/mm/yyyy in Vietnamese, ISO in English."""
    return dmy(value) if get_lang() == "vi" else value.isoformat()


def money(value: int) -> str:
    """50.000.000 đồng (vi) or 50,000,000 VND (en)."""
    digits = f"{value:,}"
    if get_lang() == "vi":
        return t("diff.money", amount=digits.replace(",", "."))
    return t("diff.money", amount=digits)


def quote(text: str) -> str:
    """Text quoted the Vietnamese way."""
    return f"“{text}”"


class Labels:
    """Framework lookups: id → "code name"."""

    def __init__(self, *frameworks: Framework | None) -> None:
        """Names from ``frameworks``; the first one that names an id wins."""
        self.names: dict[str, dict[str, str]] = {k: {} for k in set(REF_FIELDS.values())}
        for fw in reversed(frameworks):
            if fw is not None:
                self._add(fw)

    def _add(self, fw: Framework) -> None:
        names = self.names
        for g in fw.groups:
            names["group"][g.id] = _coded(g.code, g.name)
            for s in g.subgroups:
                names["group"][s.id] = _coded(s.code, s.name)
        names["form"].update({f.id: _coded(f.code, f.name) for f in fw.forms})
        names["event"].update({e.id: _coded(e.code, e.name) for e in fw.events})
        names["area"].update({a.id: _coded(a.code, a.name) for a in fw.content_areas})
        names["report"].update({r.id: r.name for r in fw.reporting})
        names["source"].update({s.id: s.name for s in fw.funding_sources})
        if fw.campaign is not None:
            camp = fw.campaign
            names["objective"].update({o.id: _coded(o.code, o.text) for o in camp.objectives})
            names["campaign"].update({c.id: _coded(c.code, c.name) for c in camp.campaigns})

    def ref(self, kind: str, ident: str) -> str:
        """The framework's name of ``ident`` (shortened), or the id itself."""
        name = self.names.get(kind, {}).get(ident)
        return short(name) if name else ident

    def entry(self, group: str, subgroup: str | None) -> str:
        """A scenario entry: its sub-group when it has one, else its group."""
        return self.ref("group", subgroup) if subgroup else self.ref("group", group)

    def value(self, field: str, value: Any) -> str:
        """``value`` of ``field`` as a person reads it."""
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return "; ".join(self.value(field, v) for v in value)
        if isinstance(value, dt.date):
            return date_text(value)
        if field in MONEY_FIELDS and isinstance(value, int):
            return money(value)
        if field in REF_FIELDS and isinstance(value, str):
            return self.ref(REF_FIELDS[field], value)
        if field in ENUM_FIELDS and isinstance(value, str) and value in ENUM_KEYS:
            return t(ENUM_KEYS[value])
        return str(value)

    def items(self, field: str, values: Iterable[Any]) -> tuple[str, ...]:
        return tuple(self.value(field, v) for v in values)


def _coded(code: str | None, name: str) -> str:
    return f"{code} {name}" if code else name
