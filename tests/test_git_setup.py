"""git integration: ``git-setup`` and the textconv helper behind ``git diff``."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.diff.textconv import textconv_bytes
from tests.conftest import EXAMPLES, ROOT

PLAN = ROOT / "tests" / "golden" / "diff" / "old.yaml"


def _git(repo: Path, *args: str) -> str:
    out = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=os.environ.copy()
    )
    return out.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one committed plan; HOME points at an empty folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_DIR", raising=False)
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    _git(root, "config", "user.email", "test@example.org")
    _git(root, "config", "user.name", "Test")
    (root / ".gitattributes").write_text("*.txt text eol=lf\n", encoding="utf-8")
    (root / "ke-hoach.yaml").write_bytes(PLAN.read_bytes())
    (root / "ci.yml").write_text("on: [push]\n", encoding="utf-8")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "kế hoạch")
    monkeypatch.chdir(root)
    return root


def test_git_diff_shows_the_semantic_change(invoke: Callable[..., Any], repo: Path) -> None:
    result = invoke("git-setup")
    assert result.exit_code == 0, result.output
    assert "diff-textconv" in _git(repo, "config", "diff.bhxh-plan.textconv")
    plan = repo / "ke-hoach.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "        lead: BHXH huyện\n        partners:\n          - Ban Tuyên giáo",
            "        lead: BHXH tỉnh Đồng Nai\n        partners:\n          - Ban Tuyên giáo",
        ),
        encoding="utf-8",
    )
    shown = _git(repo, "diff", "--", "ke-hoach.yaml")
    assert "-Dòng kịch bản cap-uy-bao-cao › Đơn vị chủ trì: BHXH huyện\n" in shown
    assert "+Dòng kịch bản cap-uy-bao-cao › Đơn vị chủ trì: BHXH tỉnh Đồng Nai\n" in shown
    assert (
        sum(1 for line in shown.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---"))
        == 2
    )
    _git(repo, "commit", "-qm", "đổi đơn vị chủ trì", "--", "ke-hoach.yaml")
    log = _git(repo, "log", "-p", "-1")
    assert "+Dòng kịch bản cap-uy-bao-cao › Đơn vị chủ trì: BHXH tỉnh Đồng Nai" in log
    raw = _git(repo, "diff", "--no-textconv", "HEAD~1", "HEAD")
    assert "+        lead: BHXH tỉnh Đồng Nai" in raw


def test_setup_keeps_existing_attributes_and_is_idempotent(
    invoke: Callable[..., Any], repo: Path
) -> None:
    assert invoke("git-setup").exit_code == 0
    second = invoke("git-setup", "plans/**/*.yaml")
    assert second.exit_code == 0
    lines = (repo / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert lines == [
        "*.txt text eol=lf",
        "*.plan.yaml diff=bhxh-plan",
        "*.yaml diff=bhxh-plan",
        "*.yml diff=bhxh-plan",
        "plans/**/*.yaml diff=bhxh-plan",
    ]
    assert "đã có: *.plan.yaml diff=bhxh-plan" in second.output


def test_other_yaml_diffs_as_text(invoke: Callable[..., Any], repo: Path) -> None:
    assert invoke("git-setup").exit_code == 0
    (repo / "ci.yml").write_text("on: [push, pull_request]\n", encoding="utf-8")
    shown = _git(repo, "diff", "--", "ci.yml")
    assert "-on: [push]\n+on: [push, pull_request]\n" in shown


def test_outside_a_repository(
    invoke: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    monkeypatch.chdir(alone)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = invoke("git-setup")
    assert result.exit_code == 2
    assert "không nằm trong một kho git" in result.output
    assert not (alone / ".gitattributes").exists()


def test_global_setup(invoke: Callable[..., Any], repo: Path) -> None:
    result = invoke("git-setup", "--global")
    assert result.exit_code == 0, result.output
    home = Path(os.environ["HOME"])
    assert "diff-textconv" in (home / ".gitconfig").read_text(encoding="utf-8")
    attributes = home / ".config" / "git" / "attributes"
    assert attributes.read_text(encoding="utf-8") == "*.plan.yaml diff=bhxh-plan\n"
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == "*.txt text eol=lf\n"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_textconv_is_stable_and_names_things(path: Path) -> None:
    once = textconv_bytes(path.read_bytes(), path).decode("utf-8")
    assert once == textconv_bytes(path.read_bytes(), path).decode("utf-8")
    assert once.startswith("# bhxh-plan:")
    assert "Văn bản › Số, ký hiệu: " in once


def test_textconv_leaves_other_files_alone(tmp_path: Path) -> None:
    for raw in (b"on: [push]\n", b"a: [1\n", b"\xff\xfe\x00", b"id: khung\nname: x\n"):
        assert textconv_bytes(raw, tmp_path / "x.yaml") == raw


def test_textconv_command(invoke: Callable[..., Any], tmp_path: Path) -> None:
    result = invoke("diff-textconv", str(PLAN))
    assert result.exit_code == 0
    assert "Dòng kịch bản cap-uy-bao-cao › Đơn vị chủ trì: BHXH huyện" in result.stdout
    assert "diff-textconv" not in invoke("--help").output
