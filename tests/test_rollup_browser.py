"""The dashboard in a real browser (headless Chromium): heat maps drawn, tables sortable,
the drill-down built from the data with plan text shown as text.

Skipped, with the reason, when Chromium is not installed (Debian: ``apt-get install chromium``;
.ci/run installs it).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.test_rollup_data import HOSTILE_UNIT, hostile, make_batch

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (apt-get install chromium) — dashboard not opened in a "
    "browser",
)


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    from typer.testing import CliRunner

    from bhxh_plan.cli import app

    folder = tmp_path_factory.mktemp("dashboard")
    make_batch(folder / "ke-hoach")
    hostile(folder / "ke-hoach")
    out = folder / "tong-hop.html"
    runner = CliRunner()
    res = runner.invoke(app, ["rollup", str(folder / "ke-hoach"), "--html", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["rollup", str(folder / "ke-hoach"), "--format", "json"])
    return out, json.loads(res.stdout)


def test_heat_maps_are_drawn(page: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    path, data = page
    proc = _chromium(tmp_path / "profile", "--dump-dom", path.as_uri())
    dom = proc.stdout
    assert proc.returncode == 0 and 'data-ready="1"' in dom, proc.stderr[-2000:]
    matrices = [m for fw in data["frameworks"] for m in fw["matrices"]]
    assert len(matrices) == 7
    assert dom.count('data-drawn="1"') == len(matrices)
    assert dom.count("<svg") >= len(matrices)
    cells = sum(len(m["rows"]) * len(m["columns"]) for m in matrices)
    assert len(re.findall(r'<rect class="cell s-', dom)) == cells
    expected = {
        state: sum(
            1
            for m in matrices
            for r in m["rows"]
            for c in r["cells"].values()
            if c["state"] == state
        )
        for state in ("ok", "missing", "outside", "extra", "na")
    }
    for state, count in expected.items():
        assert len(re.findall(rf'<rect class="cell s-{state}"', dom)) == count, state
    assert expected["missing"] == 7 and expected["outside"] == 1
    # the per-column counts of units missing an item are drawn under each map
    missing_row = [int(n) for n in re.findall(r'class="missing-count">(\d+)<', dom)]
    assert sum(missing_row) == sum(sum(m["missing"].values()) for m in matrices) == 8
    assert dom.count('data-sortable="ready"') == 3
    assert "<img src=" not in dom  # the hostile unit name stays text


def test_drill_down_shows_findings_as_text(
    page: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, data = page
    index = next(i for i, u in enumerate(data["units"]) if u["unit"] == HOSTILE_UNIT)
    proc = _chromium(tmp_path / "profile", "--dump-dom", f"{path.as_uri()}#unit-{index}")
    dom = proc.stdout
    detail = dom[dom.index('<aside id="detail"') :]
    head = detail[: detail.index(">")]
    assert "hidden" not in head and f'data-unit="{index}"' in head
    assert f'<h2 id="detail-title">{html.escape(HOSTILE_UNIT, quote=False)}</h2>' in detail
    binh_duong = next(
        i for i, u in enumerate(data["units"]) if u["file"].endswith("binh-duong.yaml")
    )
    proc = _chromium(tmp_path / "profile2", "--dump-dom", f"{path.as_uri()}#unit-{binh_duong}")
    detail = proc.stdout[proc.stdout.index('<aside id="detail"') :]
    assert "Yêu cầu chưa đạt (3)" in detail
    assert (
        "Sự kiện chủ đề: 2.1.3. Truyền thông nhân Ngày BHYT Việt Nam (1/7) — ngoài thời gian"
        in (detail)
    )
    assert f"Phát hiện ({len(data['units'][binh_duong]['problems'])})" in detail
    assert '<div class="finding error' in detail


def test_screenshot(page: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    shot = tmp_path / "dashboard.png"
    proc = _chromium(
        tmp_path / "profile", "--window-size=1400,2600", f"--screenshot={shot}", page[0].as_uri()
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
