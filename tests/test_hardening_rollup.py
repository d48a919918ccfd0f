"""Hardening: rollup scores fall with errors and placeholders, rank like with like, count right."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.problems import Problem, Severity
from tests.conftest import ROOT

Invoke = Callable[..., Any]
DONG_NAI = (ROOT / "examples" / "dong-nai-2023.yaml").read_text(encoding="utf-8")
HA_GIANG = ROOT / "examples" / "thang-van-dong-2021-ha-giang.yaml"
SKELETON_UNIT = "BẢO HIỂM XÃ HỘI TỈNH BÌNH PHƯỚC"
LATE_UNIT = "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP"


@pytest.fixture
def batch(invoke: Invoke, tmp_path: Path) -> Path:
    """An untouched ``init`` skeleton and a finished plan issued one day after the deadline."""
    folder = tmp_path / "plans"
    folder.mkdir()
    res = invoke(
        "init", "-f", "vss-2023", "--unit", SKELETON_UNIT, "--level", "province",
        "--year", "2023", "-o", str(folder / "skeleton.yaml"),
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    late = DONG_NAI.replace("date: 2023-01-10", "date: 2023-01-16", 1)
    late = late.replace("unit: BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", f"unit: {LATE_UNIT}", 1)
    (folder / "late.yaml").write_text(late, encoding="utf-8")
    return folder


def _json(invoke: Invoke, *paths: Path) -> dict[str, Any]:
    res = invoke("rollup", *map(str, paths), "--format", "json", "--jobs", "1")
    return dict(json.loads(res.output))


def _unit(report: dict[str, Any], stem: str) -> dict[str, Any]:
    return next(u for u in report["units"] if Path(u["file"]).stem == stem)


# --- item 22: errors and placeholders lower the score --------------------------------


def test_skeleton_scores_below_a_finished_late_plan(invoke: Invoke, batch: Path) -> None:
    report = _json(invoke, batch)
    skeleton, late = _unit(report, "skeleton"), _unit(report, "late")
    assert skeleton["lint"]["placeholders"] > 100
    assert skeleton["score"]["coverage"] == 100.0  # init fills every requirement …
    assert skeleton["score"]["percent"] == 0.0  # … with placeholders: no score
    assert late["timeliness"] == "late" and late["lint"]["errors"] == 1
    assert late["score"]["percent"] == round(45 / 46 * 100 - 2, 1)
    assert (late["rank"], skeleton["rank"]) == (1, 2)
    assert [Path(r["file"]).stem for r in report["ranking"]] == ["late", "skeleton"]
    assert report["summary"]["with_errors"] == 2
    assert report["summary"]["with_placeholders"] == 1


def test_text_lists_plans_to_finish_before_the_ranking(invoke: Invoke, batch: Path) -> None:
    out = invoke("rollup", str(batch), "--jobs", "1").output
    attention = out.index("Cần hoàn thiện trước")
    assert attention < out.index("Xếp hạng theo")
    section = out[attention : out.index("Xếp hạng theo")]
    assert section.index(SKELETON_UNIT) < section.index(LATE_UNIT)  # most errors first
    assert re.search(r"skeleton\.yaml\): lỗi: \d+, chỗ chưa điền: \d+, điểm: 0,0%", section)


def test_dashboard_shows_errors_and_placeholders_first(
    invoke: Invoke, batch: Path, tmp_path: Path
) -> None:
    html = tmp_path / "d.html"
    assert invoke("rollup", str(batch), "--html", str(html), "--jobs", "1").exit_code == 0
    page = html.read_text(encoding="utf-8")
    cards = re.findall(r'<div class="card[^"]*"><b>([^<]*)</b><span>([^<]*)</span>', page)
    assert cards[0] == ("2", "kế hoạch còn lỗi")
    assert cards[1] == ("1", "còn chỗ chưa điền")
    assert page.index('id="attention"') < page.index('id="ranking"')
    table = page[page.index('id="attention-table"') : page.index('id="ranking"')]
    assert table.index(SKELETON_UNIT) < table.index(LATE_UNIT)


def test_placeholders_lower_the_score_whatever_their_severity() -> None:
    from bhxh_plan.rollup.score import Counts, Score

    def hole(severity: Severity, waived: bool = False) -> Problem:
        return Problem("p.yaml", 1, 1, "", "BP117", severity, "m", waived=waived)

    counts = Counts.of([hole(Severity.WARNING), hole(Severity.ERROR), hole(Severity.INFO, True)])
    assert (counts.errors, counts.placeholders, counts.defects) == (1, 2, 2)
    assert Score(10, 10, {}, counts.defects).percent == 96.0
    assert Score(10, 10, {}, 80).percent == 0.0  # never below zero
    assert Score(0, 0, {}, 3).percent is None  # nothing binds the plan: no score


# --- item 29: rank like with like, plurals ----------------------------------------------


def test_campaign_and_annual_plans_rank_apart(invoke: Invoke, tmp_path: Path) -> None:
    late = tmp_path / "late.yaml"
    late.write_text(DONG_NAI.replace("date: 2023-01-10", "date: 2023-01-16", 1), encoding="utf-8")
    report = _json(invoke, late, HA_GIANG)
    ranking = [(r["kind"], r["year"], r["rank"], Path(r["file"]).stem) for r in report["ranking"]]
    assert ranking == [
        ("annual", 2023, 1, "late"),
        ("campaign", 2021, 1, "thang-van-dong-2021-ha-giang"),
    ]
    out = invoke("rollup", str(late), str(HA_GIANG), "--jobs", "1").output
    out = out[out.index("Xếp hạng theo") :]
    assert out.index("Kế hoạch năm 2023:") < out.index("late.yaml")
    assert out.index("Kế hoạch chiến dịch 2021:") < out.index("thang-van-dong-2021-ha-giang.yaml)")


def test_english_counts_are_singular_for_one(invoke: Invoke, tmp_path: Path) -> None:
    late = tmp_path / "late.yaml"
    late.write_text(DONG_NAI.replace("date: 2023-01-10", "date: 2023-01-16", 1), encoding="utf-8")
    out = invoke("--lang", "en", "rollup", str(late), "--jobs", "1").output
    head = out.splitlines()[0]
    assert head == (
        "Rolled up 1 file: 1 plan loaded, 0 failed to load, "
        "0 units with duplicate plans, 1 plan late."
    )
    assert "(1 plan; units missing each)" in out
    assert "Annual plans 2023:" in out


def test_english_counts_are_plural_for_two(invoke: Invoke, tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(DONG_NAI.replace("date: 2023-01-10", "date: 2023-01-16"), encoding="utf-8")
        paths.append(str(path))
    head = invoke("--lang", "en", "rollup", *paths, "--jobs", "1").output.splitlines()[0]
    assert head == (
        "Rolled up 2 files: 2 plans loaded, 0 failed to load, "
        "1 unit with duplicate plans, 2 plans late."
    )
