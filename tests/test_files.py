"""Atomic writes: content, permissions, no temp files left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bhxh_plan.io.output import write_file


def test_new_file_gets_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "out" / "a.txt"
        write_file(target, "xin chào")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "xin chào"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_rewrite_keeps_mode_and_failure_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("a: 1\n", encoding="utf-8")
    target.chmod(0o640)
    write_file(target, b"a: 2\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640

    def boom(*_a: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_file(target, b"a: 3\n")
    assert target.read_text(encoding="utf-8") == "a: 2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]
