"""Hardening: absurd numbers and dates are positioned errors, never crashes or invalid JSON."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.fix import fix_document
from bhxh_plan.io.loader import LoadError, load_bytes
from tests.conftest import ROOT

Invoke = Callable[..., Any]
DONG_NAI = (ROOT / "examples" / "dong-nai-2023.yaml").read_text(encoding="utf-8")
FIRST_BUDGET = "budget: 30000000"  # activities[0], line 972 of the example


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _with_target(value: str) -> str:
    # the first target of the first activity ("tin_bai: 20")
    return re.sub(r"(targets:\n\s+tin_bai: )20", rf"\g<1>{value}", DONG_NAI, count=1)


# --- item 12: very long integers -------------------------------------------------------


def test_loader_refuses_an_integer_beyond_python_conversion_limit() -> None:
    text = DONG_NAI.replace(FIRST_BUDGET, "budget: 1" + "0" * 5000, 1)
    with pytest.raises(LoadError) as err:
        load_bytes(text.encode(), "p.yaml")
    assert err.value.code == "BP004"
    assert err.value.line == _line_of(DONG_NAI, FIRST_BUDGET)
    assert err.value.column == 13
    assert "5001" in err.value.message


@pytest.mark.parametrize("literal", ["0x" + "f" * 5000, "1" * 200 + ".5", "0o" + "7" * 300])
def test_loader_refuses_other_long_number_literals(literal: str) -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(f"a: {literal}\n".encode(), "p.yaml")
    assert (err.value.code, err.value.line, err.value.column) == ("BP004", 1, 4)


def test_long_digit_text_in_quotes_is_still_text() -> None:
    assert load_bytes(f'a: "{"9" * 5000}"\n'.encode(), "p.yaml").data == {"a": "9" * 5000}


@pytest.mark.parametrize("command", ["validate", "lint", "render", "rollup", "fmt", "calendar"])
def test_every_command_reports_a_huge_integer_at_its_place(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace(FIRST_BUDGET, "budget: 1" + "0" * 5000))
    args = [command, str(plan)]
    if command == "render":
        args += ["-o", str(tmp_path / "out")]
    if command == "calendar":
        args += ["--ics", str(tmp_path / "x.ics")]
    res = invoke(*args)
    assert "BP000" not in res.output and "Traceback" not in res.output
    assert res.exit_code != 0 or command == "rollup"
    assert f"p.yaml:{_line_of(DONG_NAI, FIRST_BUDGET)}:13" in res.output
    assert "BP004" in res.output


def test_git_textconv_shows_a_huge_integer_file_as_it_is(tmp_path: Path) -> None:
    from bhxh_plan.diff.textconv import textconv_bytes

    raw = DONG_NAI.replace(FIRST_BUDGET, "budget: 1" + "0" * 5000).encode()
    assert textconv_bytes(raw, tmp_path / "p.yaml") == raw


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (FIRST_BUDGET, "budget: 1" + "0" * 40, "41"),  # 41 digits, shown by their count
        ("amount: 600000000", "amount: -5", "-5"),
        ("total: 3090000000", "total: 1000000000000001", "1.000.000.000.000.001"),
    ],
)
def test_money_is_bounded_with_a_positioned_error(
    invoke: Invoke, tmp_path: Path, old: str, new: str, needle: str
) -> None:
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace(old, new, 1))
    res = invoke("validate", str(plan))
    assert res.exit_code == 1
    line = _line_of(DONG_NAI, old)
    assert re.search(rf"p\.yaml:{line}:\d+: lỗi \[BP005\] .*số tiền", res.output), res.output
    assert needle in res.output
    assert "1.000.000.000.000.000 đồng" in res.output


def test_money_at_the_bound_is_accepted(invoke: Invoke, tmp_path: Path) -> None:
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace(FIRST_BUDGET, "budget: 10" + "0" * 14))
    assert invoke("validate", str(plan)).exit_code == 0


def test_huge_amount_no_longer_crashes_render_xlsx(invoke: Invoke, tmp_path: Path) -> None:
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace(FIRST_BUDGET, "budget: 1" + "0" * 40))
    res = invoke("render", str(plan), "--xlsx", str(tmp_path / "p.xlsx"))
    assert res.exit_code == 1
    assert "BP000" not in res.output and "số tiền" in res.output
    assert not (tmp_path / "p.xlsx").exists()


# --- item 13: .inf and .nan -----------------------------------------------------------


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "-1", "1000000001", "1e400"])
def test_bad_targets_are_positioned_errors(invoke: Invoke, tmp_path: Path, value: str) -> None:
    plan = _write(tmp_path, "p.yaml", _with_target(value))
    res = invoke("validate", str(plan))
    assert res.exit_code == 1
    line = _line_of(DONG_NAI, "tin_bai: 20")
    assert f"p.yaml:{line}:16: lỗi [BP005] activities[0].targets.tin_bai: chỉ tiêu" in res.output


@pytest.mark.parametrize("value", ["0", "2.5", "1000000000"])
def test_sane_targets_are_accepted(invoke: Invoke, tmp_path: Path, value: str) -> None:
    assert invoke("validate", str(_write(tmp_path, "p.yaml", _with_target(value)))).exit_code == 0


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html", "md"])
def test_render_refuses_an_infinite_target_without_crashing(
    invoke: Invoke, tmp_path: Path, fmt: str
) -> None:
    plan = _write(tmp_path, "p.yaml", _with_target(".inf"))
    res = invoke("render", str(plan), f"--{fmt}", str(tmp_path / f"p.{fmt}"))
    assert res.exit_code == 1
    assert "BP000" not in res.output and "chỉ tiêu .inf" in res.output


def test_rollup_json_of_a_nan_target_is_valid_json(invoke: Invoke, tmp_path: Path) -> None:
    plan = _write(tmp_path, "p.yaml", _with_target(".nan"))
    res = invoke("rollup", str(plan), "--format", "json", "--jobs", "1")
    data = json.loads(res.output, parse_constant=_no_constants)
    assert data["summary"]["failed"] == 1
    html = tmp_path / "d.html"
    invoke("rollup", str(plan), "--html", str(html), "--jobs", "1")
    page = html.read_text(encoding="utf-8")
    embedded = re.search(r'<script type="application/json" id="rollup-data">(.*?)</script>', page)
    assert embedded is not None
    json.loads(embedded[1], parse_constant=_no_constants)


def _no_constants(name: str) -> Any:
    raise AssertionError(f"JSON contains {name}")


def test_json_helper_never_writes_nan_or_infinity() -> None:
    from bhxh_plan.io import jsonsafe

    data = {"a": [math.nan, math.inf, -math.inf, 1.5], "b": (math.nan,)}
    text = jsonsafe.dumps(data)
    assert json.loads(text, parse_constant=_no_constants) == {
        "a": [".nan", ".inf", "-.inf", 1.5],
        "b": [".nan"],
    }


def test_lint_fix_repairs_a_file_that_holds_a_nan(invoke: Invoke, tmp_path: Path) -> None:
    broken = _with_target(".nan").replace(
        "name: Truyền thông nhân Tháng vận động", "name: Truyền  thông nhân Tháng vận động"
    )
    plan = _write(tmp_path, "p.yaml", broken)
    res = invoke("lint", "--fix", str(plan))
    assert "không tự sửa được" not in res.output
    fixed = plan.read_text(encoding="utf-8")
    assert "Truyền  thông nhân Tháng" not in fixed
    assert "tin_bai: .nan" in fixed


def test_fix_document_counts_a_nan_as_unchanged(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.yaml", "a: .nan\nb: hai  chỗ\n")
    doc = load_bytes(path.read_bytes(), str(path))
    assert fix_document(doc) == 1
    assert path.read_text(encoding="utf-8") == "a: .nan\nb: hai chỗ\n"


# --- item 14: dates far away --------------------------------------------------------


def test_plan_date_9999_is_a_positioned_error_and_calendar_does_not_crash(
    invoke: Invoke, tmp_path: Path
) -> None:
    text = DONG_NAI.replace("    end: 2023-05-31", "    end: 9999-12-31", 1)
    plan = _write(tmp_path, "p.yaml", text)
    line = _line_of(DONG_NAI, "    end: 2023-05-31")
    res = invoke("validate", str(plan))
    assert res.exit_code == 1
    assert f"p.yaml:{line}:10: lỗi [BP005] activities[1].end: ngày 9999-12-31" in res.output
    res = invoke("calendar", str(plan), "--ics", str(tmp_path / "x.ics"))
    assert res.exit_code == 1 and "BP000" not in res.output
    assert not (tmp_path / "x.ics").exists()


def test_framework_date_9999_is_a_positioned_error_for_init(invoke: Invoke, tmp_path: Path) -> None:
    res = invoke("frameworks", "show", "vss-2023", "--format", "yaml")
    fw_text = res.output.replace("end: 2023-12-31", "end: 9999-12-31", 1)
    fw = _write(tmp_path, "fw.yaml", fw_text)
    line = _line_of(fw_text, "end: 9999-12-31")
    res = invoke(
        "init", "-f", str(fw), "--unit", "BẢO HIỂM XÃ HỘI TỈNH X", "--level", "province",
        "--year", "2024", "-o", str(tmp_path / "k.yaml"),
    )  # fmt: skip
    assert res.exit_code == 2
    assert f"fw.yaml:{line}:" in res.output and "9999-12-31" in res.output
    assert "lỗi nội bộ" not in res.output
    assert not (tmp_path / "k.yaml").exists()


@pytest.mark.parametrize("day", ["1899-12-31", "2201-01-01"])
def test_dates_outside_1900_2200_are_refused(invoke: Invoke, tmp_path: Path, day: str) -> None:
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace("date: 2023-01-10", f"date: {day}", 1))
    res = invoke("validate", str(plan))
    assert res.exit_code == 1 and "document.date: ngày" in res.output


def test_framework_deadline_on_29_february_does_not_crash_lint(
    invoke: Invoke, tmp_path: Path
) -> None:
    fw_text = invoke("frameworks", "show", "vss-2023", "--format", "yaml").output
    fw_text = fw_text.replace("\nyear: 2023\n", "\nyear: 2024\n", 1)
    fw_text = fw_text.replace("  date: 2023-01-15\n", "  date: 2024-02-29\n", 1)
    _write(tmp_path, "fw.yaml", fw_text)
    plan = _write(tmp_path, "p.yaml", DONG_NAI.replace("framework: vss-2023", "framework: fw.yaml"))
    res = invoke("lint", str(plan))
    assert "BP000" not in res.output and "lỗi nội bộ" not in res.output
    # the 2024 deadline 29/02 is 28/02 in the plan's year: a plan of 10/01 is on time
    assert "BP110" not in res.output or "sau hạn" not in res.output
