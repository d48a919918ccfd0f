"""Words and numbers as the reader expects them: Vietnamese by default, English with --lang en."""

from __future__ import annotations

import datetime as dt

from bhxh_plan.dates import dmy
from bhxh_plan.i18n import get_lang, t
from bhxh_plan.messages import keys
from bhxh_plan.model.common import Level

_LEVELS = frozenset(level.value for level in Level)


def money(amount: int | float) -> str:
    """``3.566.000.000`` (Vietnamese grouping) or ``3,566,000,000``."""
    text = f"{amount:,.0f}" if isinstance(amount, int) or amount.is_integer() else f"{amount:,.2f}"
    if get_lang() == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def percent(value: float | None) -> str:
    """``87,5%`` or ``87.5%``; a dash when there is nothing to score."""
    if value is None:
        return "—"
    text = f"{value:.1f}%"
    return text.replace(".", ",") if get_lang() == "vi" else text


def day(value: dt.date | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates."""
    return dmy(value) if value else ""


def level(value: str) -> str:
    """The level's Vietnamese name; an unknown value (from a plan that failed) as written."""
    return t(keys.ROLLUP_LEVEL[value]) if value in _LEVELS else value


def state(value: str) -> str:
    return t(keys.ROLLUP_STATE[value])


def timeliness(value: str | None) -> str:
    return t(keys.ROLLUP_TIME[value]) if value else ""


def matrix(value: str) -> str:
    return t(keys.ROLLUP_MATRIX[value])


def group(kind: str, year: int) -> str:
    """``Kế hoạch năm 2023``, ``Kế hoạch chiến dịch 2021``: plans ranked against each other."""
    if kind == "campaign":
        return t("rollup.group.campaign", year=year)
    return t("rollup.group.annual", year=year)
