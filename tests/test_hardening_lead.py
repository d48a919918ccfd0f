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
