"""``bhxh-plan diff``: golden outputs, identity, reordering, exit codes, REV:path."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.diff import Op, run_diff
from bhxh_plan.fmt import format_bytes
from bhxh_plan.i18n import set_lang
from tests.conftest import EXAMPLES, ROOT

GOLDEN = ROOT / "tests" / "golden" / "diff"
OLD, NEW = GOLDEN / "old.yaml", GOLDEN / "new.yaml"
UPDATE = os.environ.get("BHXH_PLAN_UPDATE_GOLDEN") == "1"


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs (BHXH_PLAN_UPDATE_GOLDEN=1)"


@pytest.fixture
def in_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    # file names in the outputs are relative, so goldens do not depend on where the repo is
    monkeypatch.chdir(GOLDEN)


@pytest.mark.parametrize(
    ("args", "golden"),
    [
        (("diff", "old.yaml", "new.yaml"), "expected.txt"),
        (("diff", "old.yaml", "new.yaml", "--format", "md"), "expected.md"),
        (("diff", "old.yaml", "new.yaml", "--format", "json"), "expected.json"),
        (("--lang", "en", "diff", "old.yaml", "new.yaml"), "expected.en.txt"),
    ],
)
def test_golden_outputs(
    invoke: Callable[..., Any], in_golden: None, args: tuple[str, ...], golden: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    _golden(golden, result.stdout)


def test_the_reviewer_sees_the_lead_unit_change(in_golden: None) -> None:
    diff, _ = run_diff("old.yaml", "new.yaml")
    assert diff is not None
    [lead] = [c for c in diff.changes if c.path == "scenario.rows[cap-uy-bao-cao].lead"]
    assert (lead.op, lead.old, lead.new) == (Op.CHANGE, "BHXH huyện", "BHXH tỉnh Đồng Nai")
    [dates] = [c for c in diff.changes if c.field == "dates"]
    assert (dates.old_text, dates.new_text) == ("05/05/2023", "12/05/2023")
    assert (diff.old_budget.total, diff.new_budget.total) == (30000000, 35000000)


def test_json_is_stable_and_versioned(invoke: Callable[..., Any], in_golden: None) -> None:
    data = json.loads(invoke("diff", "old.yaml", "new.yaml", "--format", "json").stdout)
    assert data["version"] == 1 and data["command"] == "diff" and data["same"] is False
    assert set(data["summary"]) == {"add", "remove", "change", "move"}
    keys = {
        "op",
        "section",
        "path",
        "entity",
        "field",
        "where",
        "old",
        "new",
        "old_text",
        "new_text",
        "added",
        "removed",
        "text",
    }
    assert all(set(c) == keys for c in data["changes"])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_plan_against_itself_is_empty(invoke: Callable[..., Any], path: Path) -> None:
    diff, _ = run_diff(str(path), str(path))
    assert diff is not None and diff.same and diff.changes == []
    assert invoke("diff", str(path), str(path), "--exit-code").exit_code == 0


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_formatting_changes_nothing_a_reviewer_cares_about(path: Path, tmp_path: Path) -> None:
    formatted = tmp_path / path.name
    formatted.write_bytes(format_bytes(path.read_bytes(), str(path)).data)
    diff, _ = run_diff(str(path), str(formatted))
    assert diff is not None and diff.changes == []


def test_reordering_is_one_note_not_remove_and_add(write: Callable[..., Path]) -> None:
    text = OLD.read_text(encoding="utf-8")
    block = text[
        text.index("      - id: nong-dan-gap-truc-tiep") : text.index("      - id: nong-dan-loa")
    ]
    first, second = block.split("      - id: nong-dan-hoi-nghi")
    moved = text.replace(block, "      - id: nong-dan-hoi-nghi" + second + first)
    diff, _ = run_diff(str(OLD), str(write(moved, "moved.yaml")))
    assert diff is not None
    assert [(c.op, c.entity) for c in diff.changes] == [(Op.MOVE, "row")]


def test_exit_code_option(invoke: Callable[..., Any], in_golden: None) -> None:
    assert invoke("diff", "old.yaml", "new.yaml", "--exit-code").exit_code == 1
    assert invoke("diff", "old.yaml", "old.yaml", "--exit-code").exit_code == 0
    assert invoke("diff", "old.yaml", "new.yaml").exit_code == 0


def test_an_invalid_side_prints_its_problems_and_exits_2(
    invoke: Callable[..., Any], write: Callable[..., Path]
) -> None:
    bad = write(OLD.read_text(encoding="utf-8").replace("level: district", "level: Tỉnh"))
    result = invoke("diff", str(OLD), str(bad))
    assert result.exit_code == 2
    assert f"{bad}:4:8" in result.output and "không phải kế hoạch hợp lệ" in result.output


def test_a_framework_is_not_a_side(invoke: Callable[..., Any]) -> None:
    fw = ROOT / "src" / "bhxh_plan" / "frameworks" / "vss-2023.yaml"
    result = invoke("diff", str(fw), str(OLD))
    assert result.exit_code == 2 and "tệp khung" in result.output


def test_missing_file(invoke: Callable[..., Any], tmp_path: Path) -> None:
    result = invoke("diff", str(tmp_path / "nope.yaml"), str(OLD))
    assert result.exit_code == 2 and "không tìm thấy" in result.output


def test_output_file_written_atomically_never_over_an_input(
    invoke: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "so-sanh.md"
    assert invoke("diff", str(OLD), str(NEW), "--format", "md", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("### So sánh kế hoạch")
    copy = tmp_path / "old.yaml"
    copy.write_bytes(OLD.read_bytes())
    result = invoke("diff", str(copy), str(NEW), "-o", str(copy))
    assert result.exit_code == 2 and copy.read_bytes() == OLD.read_bytes()
    assert invoke("diff", str(OLD), str(NEW), "--format", "xlsx").exit_code == 2

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bhxh_plan.io.files.os.replace", boom)
    target = tmp_path / "cmp.xlsx"
    result = invoke("diff", str(OLD), str(NEW), "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 2
    assert not target.exists() and not list(tmp_path.glob(".cmp.xlsx*"))


# --- REV:path -----------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    out = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return out.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    _git(root, "init", "-q")
    _git(root, "config", "user.email", "test@example.org")
    _git(root, "config", "user.name", "Test")
    (root / "plans" / "plan.yaml").write_bytes(OLD.read_bytes())
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "kế hoạch")
    (root / "plans" / "plan.yaml").write_bytes(NEW.read_bytes())
    _git(root, "commit", "-qam", "sửa kế hoạch")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(root)
    return root


def test_rev_path_reads_through_git(invoke: Callable[..., Any], repo: Path) -> None:
    result = invoke("diff", "HEAD~1:plans/plan.yaml", "plans/plan.yaml", "--exit-code")
    assert result.exit_code == 1
    assert "Đổi đơn vị chủ trì: BHXH huyện → BHXH tỉnh Đồng Nai" in result.stdout
    assert invoke("diff", "HEAD:plans/plan.yaml", "plans/plan.yaml", "--exit-code").exit_code == 0


def test_rev_path_is_relative_to_the_current_folder(
    invoke: Callable[..., Any], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "plans")
    result = invoke("diff", "HEAD~1:plan.yaml", "plan.yaml", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["old"]["file"] == "HEAD~1:plan.yaml"


def test_bad_revision_or_path_is_a_clear_error(invoke: Callable[..., Any], repo: Path) -> None:
    result = invoke("diff", "HEAD~5:plans/plan.yaml", "plans/plan.yaml")
    assert result.exit_code == 2
    assert "không đọc được HEAD~5:plans/plan.yaml từ git" in result.output
    result = invoke("diff", "HEAD:plans/khong-co.yaml", "plans/plan.yaml")
    assert result.exit_code == 2 and "khong-co.yaml" in result.output


def test_git_missing_is_a_clear_error(
    invoke: Callable[..., Any], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-bin"))
    result = invoke("diff", "HEAD~1:plans/plan.yaml", "plans/plan.yaml")
    assert result.exit_code == 2 and "không tìm thấy lệnh git" in result.output


def test_english_sentences() -> None:
    set_lang("en")
    diff, _ = run_diff(str(OLD), str(NEW))
    assert diff is not None
    from bhxh_plan.diff.describe import line

    texts = [line(c) for c in diff.changes]
    assert (
        "Scenario row cap-uy-bao-cao"
        in texts[next(i for i, c in enumerate(diff.changes) if c.field == "lead")]
    )
    assert any(x.startswith("Added activity: ngay-bhyt") for x in texts)
