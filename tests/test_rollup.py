"""`bhxh-plan rollup` over a generated batch with known gaps: matrices, score, totals, exits."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests import test_rollup_data as rollup_data
from tests.test_rollup_data import UNITS, make_batch

Invoke = Callable[..., Any]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_batch(tmp_path_factory.mktemp("batch") / "ke-hoach")


@pytest.fixture(scope="module")
def report(batch: dict[str, Path]) -> dict[str, Any]:
    from typer.testing import CliRunner

    from bhxh_plan.cli import app

    folder = batch["dong-nai"].parent
    res = CliRunner().invoke(app, ["rollup", str(folder), "--format", "json", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    data: dict[str, Any] = json.loads(res.output)
    return data


def _unit(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(u for u in report["units"] if Path(u["file"]).stem == name)


def _row(report: dict[str, Any], matrix: str, name: str) -> dict[str, Any]:
    fw = report["frameworks"][0]
    m = next(m for m in fw["matrices"] if m["id"] == matrix)
    return next(r for r in m["rows"] if Path(r["file"]).stem == name)


def _states(report: dict[str, Any], matrix: str, name: str) -> dict[str, str]:
    return {k: c["state"] for k, c in _row(report, matrix, name)["cells"].items()}


def test_summary_lists_every_file(report: dict[str, Any]) -> None:
    assert report["version"] == 1 and report["command"] == "rollup"
    s = report["summary"]
    assert (s["files"], s["plans"], s["failed"], s["skipped"]) == (10, 7, 2, 1)
    assert s["duplicates"] == 1 and s["late"] == 1
    assert [Path(f).name for f in report["skipped"]] == ["khung.yaml"]
    assert len(report["units"]) == 9  # failed plans are listed, never dropped


def test_frameworks_and_their_matrices(report: dict[str, Any]) -> None:
    fws = report["frameworks"]
    assert [f["id"] for f in fws] == ["vss-2023", "thang-van-dong-2021"]
    assert [m["id"] for m in fws[0]["matrices"]] == [
        "groups",
        "forms",
        "events",
        "areas",
        "reports",
    ]
    # the campaign framework has no regular forms, content areas or reports: no such matrix
    assert [m["id"] for m in fws[1]["matrices"]] == ["groups", "events"]
    groups = fws[0]["matrices"][0]
    keys = [c["key"] for c in groups["columns"]]
    # columns come from the framework: 6 groups and their 11 sub-groups, in its order
    assert len(keys) == 17 and keys[:4] == [
        "cap-uy-chinh-quyen",
        "nsdld-nld",
        "tu-nguyen-hgd",
        "tu-nguyen-hgd/nong-dan",
    ]
    assert [Path(r["file"]).stem for r in groups["rows"]] == [
        "binh-duong", "dong-nai-ban-2", "dong-nai", "tan-phu", "dinh-quan", "phu-loi",
    ]  # fmt: skip
    assert groups["missing"]["co-so-kcb"] == 2
    assert groups["missing"]["tu-nguyen-hgd/kinh-doanh-ca-the"] == 1
    assert groups["missing"]["hoc-sinh-sinh-vien"] == 1
    assert sum(groups["missing"].values()) == 4


def test_removed_groups_and_event_out_of_window(report: dict[str, Any]) -> None:
    states = _states(report, "groups", "binh-duong")
    assert states["co-so-kcb"] == "missing"
    assert states["tu-nguyen-hgd/kinh-doanh-ca-the"] == "missing"
    assert sum(1 for s in states.values() if s == "ok") == 15
    assert _states(report, "events", "binh-duong")["ngay-bhyt"] == "outside"
    assert set(_states(report, "events", "dong-nai").values()) == {"ok"}
    u = _unit(report, "binh-duong")
    assert u["timeliness"] == "late" and u["deadline"] == "2023-01-15"
    parts = {k: (v["met"], v["required"]) for k, v in u["score"]["parts"].items()}
    assert parts == {
        "groups": (15, 17),
        "forms": (9, 9),
        "events": (6, 7),
        "areas": (9, 9),
        "reports": (3, 3),
        "deadline": (0, 1),
    }
    assert (u["score"]["met"], u["score"]["required"], u["score"]["coverage"]) == (42, 46, 91.3)
    # each open error takes 2 points from the coverage
    assert (u["lint"]["errors"], u["score"]["penalty"], u["score"]["percent"]) == (10, 20, 71.3)
    assert [(m["matrix"], m["code"], m["state"]) for m in u["missing"]] == [
        ("groups", "3.2", "missing"),
        ("groups", "5", "missing"),
        ("events", "2.1.3", "outside"),
    ]


def test_district_gaps_in_areas_reports_events(report: dict[str, Any]) -> None:
    assert _states(report, "areas", "tan-phu")["canh-bao-tin-xau"] == "missing"
    assert _states(report, "reports", "tan-phu")["nam"] == "missing"
    assert _states(report, "reports", "tan-phu")["dot-xuat"] == "na"
    assert _states(report, "events", "tan-phu")["nam-hoc-moi"] == "missing"
    u = _unit(report, "tan-phu")
    assert u["timeliness"] == "no_deadline"  # the 15/01 deadline binds provinces only
    assert (u["score"]["met"], u["score"]["required"], u["score"]["coverage"]) == (42, 45, 93.3)
    assert (u["lint"]["errors"], u["score"]["percent"]) == (2, 89.3)


def test_commune_requirements_follow_the_level(report: dict[str, Any]) -> None:
    groups = _states(report, "groups", "phu-loi")
    assert groups["hoc-sinh-sinh-vien"] == "missing" and groups["co-so-kcb"] == "missing"
    # sub-groups, forms and events bind provinces, regions and districts only
    assert groups["tu-nguyen-hgd/nong-dan"] == "extra"
    assert groups["hoc-sinh-sinh-vien/hoc-sinh"] == "na"
    assert set(_states(report, "forms", "phu-loi").values()) <= {"extra", "na"}
    assert set(_states(report, "events", "phu-loi").values()) == {"extra"}
    u = _unit(report, "phu-loi")
    assert (u["score"]["met"], u["score"]["required"], u["score"]["coverage"]) == (13, 15, 86.7)
    assert (u["lint"]["errors"], u["score"]["percent"]) == (2, 82.7)


def test_ranking(report: dict[str, Any]) -> None:
    ranking = [
        (r["kind"], r["year"], r["rank"], Path(r["file"]).stem, r["percent"])
        for r in report["ranking"]
    ]
    # ranked among plans of the same kind and year: the 2021 campaign plan ranks alone
    assert ranking[3:] == [
        ("annual", 2023, 4, "tan-phu", 89.3),
        ("annual", 2023, 5, "phu-loi", 82.7),
        ("annual", 2023, 6, "binh-duong", 71.3),
        ("campaign", 2021, 1, "ha-giang", 100.0),
    ]
    assert {(rank, pct) for _k, _y, rank, _f, pct in ranking[:3]} == {(1, 100.0)}
    assert _unit(report, "hong")["rank"] is None


def test_failed_plans_and_duplicates(report: dict[str, Any]) -> None:
    hong = _unit(report, "hong")
    assert hong["status"] == "failed" and hong["score"] is None
    assert hong["problems"][0]["rule"] == "BP001" and hong["problems"][0]["line"] == 4
    sai = _unit(report, "dong-nai-sai")
    assert sai["status"] == "failed" and sai["unit"] == UNITS["dong-nai"]
    assert any(p["rule"] == "BP005" for p in sai["problems"])
    (dup,) = report["duplicates"]
    assert (dup["unit"], dup["year"], dup["kind"]) == (UNITS["dong-nai"], 2023, "annual")
    assert sorted(Path(f).stem for f in dup["files"]) == [
        "dong-nai",
        "dong-nai-ban-2",
        "dong-nai-sai",
    ]
    # the later issue of the plan stands for the unit in the totals
    assert _unit(report, "dong-nai-ban-2")["counted"] is True
    assert _unit(report, "dong-nai")["counted"] is False
    assert _unit(report, "dong-nai")["duplicate"] is True
    assert _unit(report, "dinh-quan")["duplicate"] is False


def test_budget_and_targets_add_up(report: dict[str, Any]) -> None:
    counted = {
        "dong-nai": rollup_data.data(rollup_data.DONG_NAI),
        "binh-duong": rollup_data.binh_duong(),
        "dinh-quan": rollup_data.data(rollup_data.DINH_QUAN),
        "tan-phu": rollup_data.tan_phu(),
        "phu-loi": rollup_data.phu_loi(),
        "ha-giang": rollup_data.data(rollup_data.HA_GIANG),
    }
    total = sum(plan["funding"]["total"] for plan in counted.values())
    assert report["budget"]["total"] == total
    by_source: dict[str, int] = {}
    targets: dict[str, float] = {}
    for plan in counted.values():
        for line in plan["funding"]["lines"]:
            by_source[line["source"]] = by_source.get(line["source"], 0) + line["amount"]
        for act in plan["activities"]:
            for key, value in act.get("targets", {}).items():
                targets[key] = targets.get(key, 0) + value
    assert {s["id"]: s["amount"] for s in report["budget"]["by_source"]} == by_source
    assert report["budget"]["by_source"][0]["name"].startswith("Chi phí quản lý")
    assert report["targets"] == targets
    assert report["targets"]["hoi_nghi"] == sum(
        a.get("targets", {}).get("hoi_nghi", 0) for p in counted.values() for a in p["activities"]
    )
    dn = _unit(report, "dong-nai")
    assert dn["budget"]["basis"] == "total"
    assert dn["budget"]["total"] == counted["dong-nai"]["funding"]["total"] == 3_090_000_000
    assert dn["lint"] == {"errors": 0, "warnings": 0, "infos": 0, "waived": 39, "placeholders": 0}


def test_text_report(invoke: Invoke, batch: dict[str, Path]) -> None:
    res = invoke("rollup", str(batch["dong-nai"].parent), "--jobs", "1")
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Tổng hợp 10 tệp: 7 kế hoạch đọc được, 2 không đọc được" in out
    assert "71,3%" in out and "muộn" in out and "[trùng]" in out
    assert "Không đọc được (2):" in out and "hong.yaml:4:1: [BP001]" in out
    assert "Bỏ qua tệp khung:" in out
    assert "Nhóm chủ thể: 5. Các cơ sở khám, chữa bệnh — 2" in out
    assert "Kinh phí: tổng " in out and "hoi_nghi: " in out


def test_english(invoke: Invoke, batch: dict[str, Path]) -> None:
    res = invoke("--lang", "en", "rollup", str(batch["tan-phu"]), str(batch["hong"]))
    assert res.exit_code == 0
    assert "Rolled up 2 files: 1 plan loaded, 1 failed to load" in res.output
    assert "89.3%" in res.output


def test_fail_on_errors(invoke: Invoke, batch: dict[str, Path]) -> None:
    assert invoke("rollup", str(batch["dinh-quan"]), "--fail-on-errors").exit_code == 0
    assert invoke("rollup", str(batch["hong"]), "--fail-on-errors").exit_code == 1
    assert invoke("rollup", str(batch["binh-duong"]), "--fail-on-errors").exit_code == 1
    assert invoke("rollup", str(batch["binh-duong"])).exit_code == 0


def test_parallel_gives_the_same_result(
    invoke: Invoke, batch: dict[str, Path], tmp_path: Path
) -> None:
    # 24 files or more run on worker processes (bhxh_plan.batch.PARALLEL_THRESHOLD)
    folder = tmp_path / "nhieu"
    for i in range(4):
        make_batch(folder / f"vung-{i}")
    one = json.loads(invoke("rollup", str(folder), "--format", "json", "--jobs", "1").output)
    two = json.loads(invoke("rollup", str(folder), "--format", "json", "--jobs", "2").output)
    assert one == two and one["summary"]["plans"] == 28


def test_framework_data_drives_the_matrix(invoke: Invoke, tmp_path: Path) -> None:
    fw = tmp_path / "khung-tinh.yaml"
    fw.write_text(
        "id: khung-tinh\nname: Khung thử\nyear: 2023\nextends: vss-2023\n"
        "groups:\n  - id: tieu-thuong-cho\n    code: '7'\n    name: Tiểu thương tại các chợ\n"
        "    required_levels: [province]\n",
        encoding="utf-8",
    )
    res = invoke("rollup", str(rollup_data.DONG_NAI), "--framework", str(fw), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    groups = data["frameworks"][0]["matrices"][0]
    assert data["frameworks"][0]["id"] == "khung-tinh"
    assert groups["columns"][-1] == {
        "key": "tieu-thuong-cho",
        "code": "7",
        "name": "Tiểu thương tại các chợ",
        "sub": False,
    }
    assert groups["rows"][0]["cells"]["tieu-thuong-cho"]["state"] == "missing"
    assert data["units"][0]["score"]["parts"]["groups"] == {"met": 17, "required": 18}


def test_config_is_discovered(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_batch(tmp_path / "kh")
    (tmp_path / ".bhxh-plan.yaml").write_text("ignore: [BP108, BP114]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = json.loads(invoke("rollup", "kh/binh-duong.yaml", "--format", "json").output)
    rules = {p["rule"] for p in data["units"][0]["problems"]}
    assert rules and "BP108" not in rules and "BP114" not in rules
    (tmp_path / ".bhxh-plan.yaml").write_text("ignore: [BP999]\n", encoding="utf-8")
    res = invoke("rollup", "kh/binh-duong.yaml")
    assert res.exit_code == 2 and "BP999" in res.output


def test_cannot_run(invoke: Invoke, tmp_path: Path, batch: dict[str, Path]) -> None:
    res = invoke("rollup", str(tmp_path / "khong-co"))
    assert res.exit_code == 2 and "không tìm thấy" in res.output
    (tmp_path / "rong").mkdir()
    res = invoke("rollup", str(tmp_path / "rong"))
    assert res.exit_code == 2 and "không tìm thấy kế hoạch nào" in res.output
    res = invoke("rollup", str(batch["khung"]))
    assert res.exit_code == 2
    res = invoke("rollup", str(batch["dinh-quan"]), "--framework", "vss-2032")
    assert res.exit_code == 2 and "vss-2023" in res.output
    res = invoke("rollup", str(batch["dinh-quan"]), "--html", str(batch["dinh-quan"]))
    assert res.exit_code == 2 and "không bao giờ ghi đè" in res.output
    blocked = tmp_path / "tep"
    blocked.write_text("", encoding="utf-8")
    res = invoke("rollup", str(batch["dinh-quan"]), "--xlsx", str(blocked / "bang.xlsx"))
    assert res.exit_code == 2 and "không ghi được" in res.output
    assert "Traceback" not in res.output


def test_findings_have_the_shape_of_lint_json(batch: dict[str, Path]) -> None:
    from bhxh_plan.report.json_report import problem_dict
    from bhxh_plan.rollup.json_out import problem
    from bhxh_plan.validate import check_file

    problems = check_file(batch["hong"]).problems
    assert problems and all(problem(p) == problem_dict(p) for p in problems)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("tty", [True, False])
def test_progress_bar_only_on_a_terminal(
    batch: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tty: bool
) -> None:
    from bhxh_plan import config
    from bhxh_plan.cli._app import run_batch
    from bhxh_plan.lint import LintOptions
    from bhxh_plan.rollup.summary import rollup_one

    err = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    options = LintOptions(config.Loaded(config.LintConfig(), None, None))
    items = [(str(p), options) for p in sorted(batch.values())]
    results = run_batch(rollup_one, items, 1, "Đang tổng hợp kế hoạch", min_items=1)
    assert [r.file for r in results] == [i[0] for i in items]
    assert ("Đang tổng hợp kế hoạch" in err.getvalue()) is tty
