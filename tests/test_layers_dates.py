"""The dates module: year shifts (29 February) and the Vietnamese wordings of a date."""

from __future__ import annotations

import datetime as dt

import pytest

from bhxh_plan.dates import date_long, date_range, date_short, dmy, shift_years


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (dt.date(2024, 2, 29), 1, dt.date(2025, 2, 28)),  # leap day into a common year
        (dt.date(2024, 2, 29), -1, dt.date(2023, 2, 28)),
        (dt.date(2024, 2, 29), 4, dt.date(2028, 2, 29)),  # leap year to leap year keeps it
        (dt.date(2000, 2, 29), 100, dt.date(2100, 2, 28)),  # 2100 is not a leap year
        (dt.date(2000, 2, 29), 400, dt.date(2400, 2, 29)),  # 2400 is
        (dt.date(2023, 2, 28), 1, dt.date(2024, 2, 28)),  # 28 February never becomes 29
        (dt.date(2023, 3, 1), 1, dt.date(2024, 3, 1)),
        (dt.date(2023, 12, 31), -123, dt.date(1900, 12, 31)),
        (dt.date(2023, 5, 6), 0, dt.date(2023, 5, 6)),
        (dt.date(1, 1, 1), 9998, dt.date(9999, 1, 1)),  # the edges of datetime.date
        (dt.date(9999, 12, 31), -9998, dt.date(1, 12, 31)),
    ],
)
def test_shift_years(day: dt.date, years: int, expected: dt.date) -> None:
    assert shift_years(day, years) == expected


@pytest.mark.parametrize(("day", "years"), [(dt.date(9999, 1, 1), 1), (dt.date(1, 2, 28), -1)])
def test_shift_out_of_the_calendar_raises_value_error(day: dt.date, years: int) -> None:
    with pytest.raises(ValueError):
        shift_years(day, years)


@pytest.mark.parametrize(
    ("day", "numeric", "short", "long"),
    [
        (dt.date(2023, 1, 15), "15/01/2023", "15/01/2023", "ngày 15 tháng 01 năm 2023"),
        (dt.date(2023, 2, 3), "03/02/2023", "03/02/2023", "ngày 03 tháng 02 năm 2023"),
        (dt.date(2023, 3, 5), "05/03/2023", "05/3/2023", "ngày 05 tháng 3 năm 2023"),
        (dt.date(2023, 10, 9), "09/10/2023", "09/10/2023", "ngày 09 tháng 10 năm 2023"),
        (dt.date(2022, 12, 30), "30/12/2022", "30/12/2022", "ngày 30 tháng 12 năm 2022"),
        (dt.date(2024, 2, 29), "29/02/2024", "29/02/2024", "ngày 29 tháng 02 năm 2024"),
        (dt.date(1900, 1, 1), "01/01/1900", "01/01/1900", "ngày 01 tháng 01 năm 1900"),
        (dt.date(2200, 12, 31), "31/12/2200", "31/12/2200", "ngày 31 tháng 12 năm 2200"),
    ],
)
def test_wordings(day: dt.date, numeric: str, short: str, long: str) -> None:
    assert dmy(day) == numeric
    assert date_short(day) == short
    assert date_long(day) == long


@pytest.mark.parametrize(
    "day",
    [dt.date(y, m, d) for y in (1900, 2023, 2200) for m in (1, 2, 9, 12) for d in (1, 28)],
)
def test_dmy_is_what_strftime_wrote(day: dt.date) -> None:
    # the lint messages, roll-up and diff used strftime: their text must not change
    assert dmy(day) == day.strftime("%d/%m/%Y")


def test_dmy_takes_a_datetime_as_spreadsheet_cells_hold_dates() -> None:
    assert dmy(dt.datetime(2023, 4, 7, 13, 30)) == "07/04/2023"


def test_date_range() -> None:
    day = dt.date(2023, 5, 6)
    assert date_range(day, None) == date_range(day, day) == "ngày 06/5/2023"
    assert date_range(day, dt.date(2023, 5, 31)) == "từ ngày 06/5/2023 đến ngày 31/5/2023"
    assert date_range(dt.date(2023, 8, 15), dt.date(2023, 9, 30)) == (
        "từ ngày 15/8/2023 đến ngày 30/9/2023"
    )


def test_dates_module_imports_nothing_from_the_package() -> None:
    # every layer may use it: it sits below io, model and the i18n catalogue
    import ast
    import inspect

    import bhxh_plan.dates as module

    tree = ast.parse(inspect.getsource(module))
    names = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [n for n in names if n.startswith("bhxh_plan")]
