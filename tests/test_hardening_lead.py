"""Hardening loose ends found while integrating: plurals of `calendar`, `fmt`'s summary."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

DINH_QUAN = ROOT / "examples" / "huyen-dinh-quan-2023.yaml"


def test_calendar_counts_read_in_english_singular_and_plural(invoke: Any, tmp_path: Path) -> None:
    out = tmp_path / "lich.ics"
    res = invoke("calendar", str(DINH_QUAN), "--ics", str(out), "--lang", "en")
    assert res.exit_code == 0, res.output
    said = re.search(r"wrote .*: (\d+) events? from 1 plan$", res.output.strip(), re.M)
    assert said, res.output
    res = invoke("calendar", str(DINH_QUAN), "--ics", str(out))
    assert "sự kiện từ 1 kế hoạch" in res.output


def test_fmt_check_of_a_refused_file_does_not_claim_all_canonical(
    invoke: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "big.yaml"
    bad.write_text("a: [" + "1," * 300_000 + "1]\n", encoding="utf-8")
    res = invoke("fmt", "--check", str(bad))
    assert res.exit_code == 1, res.output
    assert "[BP004]" in res.output
    assert "Cả 0 tệp" not in res.output
    assert "1 tệp không đọc được hoặc không định dạng được" in res.output


BIG = "1" * 4301  # past Python's int-from-text limit of 4,300 digits


def test_rollup_sorts_a_unit_name_with_thousands_of_digits(invoke: Any, tmp_path: Path) -> None:
    """Found by `make fuzz`: the natural sort of unit names converted digit runs with int()."""
    text = DINH_QUAN.read_text(encoding="utf-8")
    other = text.replace(
        "unit: BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN", f"unit: BẢO HIỂM XÃ HỘI HUYỆN {BIG}"
    )
    assert other != text
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(other, encoding="utf-8")
    res = invoke("rollup", str(tmp_path), "--format", "json")
    assert res.exit_code == 0, res.output[-500:]
    assert "nội bộ" not in res.output


def test_import_code_of_thousands_of_digits_is_text() -> None:
    from bhxh_plan.importer.match import norm_code

    assert norm_code("03.01.") == "3.1"
    assert norm_code("0") == "0"
    assert norm_code(BIG) == BIG


def test_github_annotation_cap_that_is_not_a_number_is_ignored(invoke: Any, tmp_path: Path) -> None:
    res = invoke(
        "lint", str(DINH_QUAN), "--format", "github", env={"BHXH_PLAN_MAX_ANNOTATIONS": "nhiều"}
    )
    assert res.exit_code in (0, 1), res.output
    assert "nội bộ" not in res.output


def test_source_date_epoch_far_away_is_ignored(monkeypatch: Any) -> None:
    from bhxh_plan.ical import stamp_now

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "9" * 40)
    assert stamp_now().year >= 2024
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert stamp_now().year == 1970


def test_calendar_of_a_unit_name_with_a_line_break(invoke: Any, tmp_path: Path) -> None:
    """Found by `make fuzz`: X-WR-CALNAME is not escaped by icalendar, a line break crashed."""
    from icalendar import Calendar

    text = DINH_QUAN.read_text(encoding="utf-8").replace(
        "unit: BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN", 'unit: "BẢO HIỂM XÃ\\r\\n HỘI HUYỆN ĐỊNH QUÁN"'
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "lich.ics"
    res = invoke("calendar", str(plan), "--ics", str(out))
    assert res.exit_code == 0, res.output
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN"
