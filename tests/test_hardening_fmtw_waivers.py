"""Hardening (fmtw): ``fmt`` keeps every waiver covering exactly what it covered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.fmt import FormatError, format_bytes
from tests.conftest import MINIMAL_PLAN
from tests.test_lint_cli import BROKEN

Invoke = Callable[..., Any]
Write = Callable[..., Path]

LONG_NUMBER = MINIMAL_PLAN.replace(
    "number: 03/KH-BHXH",
    "number: 5/KHBHXH ngày mười hai tháng một năm hai nghìn không trăm hai mươi ba, về công tác "
    "truyền thông  # bhxh-plan: ignore[BP115] lý do: số do tỉnh cấp",
)
FLOW_LIST = BROKEN.replace(
    "method: [Tô ̉chức hội nghị]",
    "method: [Tô ̉chức hội nghị, Phát tờ rơi]  # bhxh-plan: ignore[BP114] lý do: x",
)
FOLDED_UNUSED = MINIMAL_PLAN.replace(
    "number: 03/KH-BHXH", "number: 5/KHBHXH\n    ngày 12  # bhxh-plan: ignore[BP115] lý do: x"
)


def _strict(invoke: Invoke, path: Path, rule: str) -> int:
    code: int = invoke("lint", str(path), "--strict", "--select", rule).exit_code
    return code


@pytest.mark.parametrize(
    ("text", "rule"), [(LONG_NUMBER, "BP115"), (FLOW_LIST, "BP114")], ids=["wrap", "flow"]
)
def test_fmt_keeps_a_waiver_on_what_it_waived(
    invoke: Invoke, write: Write, text: str, rule: str
) -> None:
    path = write(text)
    assert _strict(invoke, path, rule) == 0
    res = invoke("fmt", str(path))
    assert res.exit_code == 0, res.output
    assert _strict(invoke, path, rule) == 0
    assert invoke("fmt", "--check", str(path)).exit_code == 0


def test_fmt_does_not_fold_a_value_that_carries_an_end_of_line_comment() -> None:
    out = format_bytes(LONG_NUMBER.encode()).text
    line = next(ln for ln in out.splitlines() if "number:" in ln)
    assert line.endswith("# bhxh-plan: ignore[BP115] lý do: số do tỉnh cấp")


def test_fmt_moves_a_flow_list_waiver_above_its_key() -> None:
    out = format_bytes(FLOW_LIST.encode()).text.splitlines()
    at = next(i for i, ln in enumerate(out) if ln.strip() == "method:" and "Tô" in out[i + 1])
    assert out[at - 1].strip() == "# bhxh-plan: ignore[BP114] lý do: x"


def test_fmt_refuses_when_joining_lines_would_make_a_waiver_apply(
    invoke: Invoke, write: Write
) -> None:
    path = write(FOLDED_UNUSED)
    before = path.read_bytes()
    with pytest.raises(FormatError) as err:
        format_bytes(before)
    assert err.value.args == ("waivers", 7)
    res = invoke("fmt", str(path))
    assert res.exit_code == 2
    assert f"{path}:7: không định dạng" in res.output
    assert "Traceback" not in res.output
    assert path.read_bytes() == before
