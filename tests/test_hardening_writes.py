"""Hardening, unsafe writes: outputs never replace an input, a framework or template in use,
the lint configuration, a folder or a non-regular file; write errors are command errors."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.framework.registry import BUNDLED_DIR
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]

VSS = (BUNDLED_DIR / "vss-2023.yaml").read_bytes()


def _no_crash(output: str) -> None:
    assert "Traceback" not in output and "lỗi nội bộ" not in output and "BP000" not in output


@pytest.fixture
def chain(tmp_path: Path, write: Write) -> tuple[Path, Path, Path]:
    """A plan using a user framework ``child.yaml`` that extends ``parent.yaml``."""
    parent = tmp_path / "parent.yaml"
    parent.write_bytes(VSS)
    child = write("id: child\nname: C\nyear: 2023\nextends: parent.yaml\n", "child.yaml")
    plan = write(MINIMAL_PLAN.replace("framework: vss-2023", "framework: child.yaml"))
    return plan, child, parent


# --- item 1: never write over an input ---------------------------------------------------


def test_lint_output_over_its_plan_is_refused(invoke: Invoke, write: Write) -> None:
    plan = write(MINIMAL_PLAN)
    before = plan.read_bytes()
    res = invoke("lint", str(plan), "--output", str(plan))
    assert res.exit_code == 2 and "không ghi đè lên tệp đầu vào" in res.output
    assert plan.read_bytes() == before


@pytest.mark.parametrize("how", ["hardlink", "symlink"])
def test_lint_output_reaching_the_plan_through_a_link_is_refused(
    invoke: Invoke, write: Write, tmp_path: Path, how: str
) -> None:
    plan = write(MINIMAL_PLAN)
    before = plan.read_bytes()
    other = tmp_path / "report.txt"
    (os.link if how == "hardlink" else os.symlink)(plan, other)
    res = invoke("lint", str(plan), "-o", str(other))
    assert res.exit_code == 2 and "không ghi đè lên tệp đầu vào" in res.output
    assert plan.read_bytes() == before


def test_lint_fix_with_output_over_the_plan_changes_nothing(invoke: Invoke, write: Write) -> None:
    plan = write(MINIMAL_PLAN.replace("Tổ chức dịch vụ thu", "Tổ  chức dịch vụ thu"))
    before = plan.read_bytes()
    res = invoke("lint", str(plan), "--fix", "-o", str(plan))
    assert res.exit_code == 2 and plan.read_bytes() == before


@pytest.mark.parametrize("which", ["child", "parent"])
@pytest.mark.parametrize(
    "command",
    [
        ["lint", "{plan}", "-o", "{out}"],
        ["lint", "{plan}", "--format", "sarif", "-o", "{out}"],
        ["rollup", "{plan}", "--html", "{out}"],
        ["rollup", "{plan}", "--xlsx", "{out}"],
        ["calendar", "{plan}", "--ics", "{out}"],
        ["diff", "{plan}", "{plan}", "-o", "{out}"],
        ["render", "{plan}", "--md", "{out}"],
    ],
)
def test_framework_of_the_extends_chain_is_never_overwritten(
    invoke: Invoke, chain: tuple[Path, Path, Path], command: list[str], which: str
) -> None:
    plan, child, parent = chain
    out = child if which == "child" else parent
    before = out.read_bytes()
    args = [a.format(plan=plan, out=out) for a in command]
    res = invoke(*args)
    assert res.exit_code == 2, res.output
    assert "không ghi đè lên tệp khung đang dùng" in res.output
    assert out.read_bytes() == before


def test_framework_given_with_option_is_never_overwritten(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    fw = tmp_path / "fw.yaml"
    fw.write_bytes(VSS)
    plan = write(MINIMAL_PLAN)
    res = invoke("lint", str(plan), "--framework", str(fw), "-o", str(fw))
    assert res.exit_code == 2 and fw.read_bytes() == VSS


def test_lint_config_is_never_overwritten(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write("strict: false\n", ".bhxh-plan.yaml")
    plan = write(MINIMAL_PLAN)
    monkeypatch.chdir(tmp_path)
    res = invoke("lint", str(plan), "-o", str(config))
    assert res.exit_code == 2 and "tệp cấu hình" in res.output
    assert config.read_text(encoding="utf-8") == "strict: false\n"


def test_template_in_use_is_never_overwritten(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    page = tpl / "plan.md.j2"
    page.write_text("# {{ title }}\n", encoding="utf-8")
    res = invoke("render", str(write(MINIMAL_PLAN)), "--template-dir", str(tpl), "--md", str(page))
    assert res.exit_code == 2 and "tệp mẫu" in res.output
    assert page.read_text(encoding="utf-8") == "# {{ title }}\n"


def test_two_rollup_outputs_to_one_file_are_refused(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    out = tmp_path / "x"
    res = invoke("rollup", str(write(MINIMAL_PLAN)), "--html", str(out), "--xlsx", str(out))
    assert res.exit_code == 2 and "cùng ghi vào một tệp" in res.output and not out.exists()


def test_import_never_overwrites_the_framework_it_uses(invoke: Invoke, tmp_path: Path) -> None:
    from tests.seed004_table import build_xlsx

    src = build_xlsx(tmp_path / "khung.xlsx")
    fw = tmp_path / "fw.yaml"
    fw.write_bytes(VSS)
    res = invoke("import", str(src), "--framework", str(fw), "-o", str(fw), "--force")
    assert res.exit_code == 2 and "tệp khung" in res.output and fw.read_bytes() == VSS


def test_diff_never_overwrites_the_working_file_of_a_git_side(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write(MINIMAL_PLAN)
    monkeypatch.chdir(tmp_path)
    before = plan.read_bytes()
    # refused before git is asked anything: the path of HEAD:plan.yaml is the user's plan
    res = invoke("diff", "HEAD:plan.yaml", str(plan), "-o", "plan.yaml")
    assert res.exit_code == 2 and "không ghi đè lên tệp đầu vào" in res.output
    assert plan.read_bytes() == before


# --- item 2: only regular files or new paths ----------------------------------------------

WRITERS = [
    ["lint", "{plan}", "-o", "{out}"],
    ["rollup", "{plan}", "--html", "{out}"],
    ["calendar", "{plan}", "--ics", "{out}"],
    ["diff", "{plan}", "{plan}", "-o", "{out}"],
    ["render", "{plan}", "--md", "{out}"],
]


@pytest.mark.parametrize("via_link", [False, True])
@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_fifo_output_is_refused_and_left_alone(
    invoke: Invoke, write: Write, tmp_path: Path, command: list[str], via_link: bool
) -> None:
    plan = write(MINIMAL_PLAN)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    out = fifo
    if via_link:
        out = tmp_path / "link"
        out.symlink_to(fifo)
    res = invoke(*[a.format(plan=plan, out=out) for a in command])
    assert res.exit_code == 2 and "không phải tệp thường (ống dẫn FIFO)" in res.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    _no_crash(res.output)


def test_schema_refuses_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "plan.schema.json")
    # a subprocess: on a FIFO the old code blocked reading it; the timeout is a safety net
    proc = subprocess.run(
        [sys.executable, "-m", "bhxh_plan", "schema", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "BHXH_PLAN_LANG": "vi"},
    )
    assert proc.returncode == 2 and "không phải tệp thường" in proc.stderr
    assert stat.S_ISFIFO(os.stat(tmp_path / "plan.schema.json").st_mode)


def test_output_through_a_symlink_writes_the_file_and_keeps_the_link(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    real = write("old\n", "real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    res = invoke("lint", str(write(MINIMAL_PLAN)), "-o", str(link))
    assert res.exit_code == 1, res.output  # the minimal plan misses required items
    assert link.is_symlink() and "Đã kiểm tra 1 tệp" in real.read_text(encoding="utf-8")


# --- item 19: clear errors ----------------------------------------------------------------


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_output_that_is_a_folder_is_a_clear_error(
    invoke: Invoke, write: Write, tmp_path: Path, command: list[str]
) -> None:
    plan = write(MINIMAL_PLAN)
    folder = tmp_path / "out"
    folder.mkdir()
    res = invoke(*[a.format(plan=plan, out=folder) for a in command])
    assert res.exit_code == 2 and "là một thư mục, không phải tệp" in res.output
    _no_crash(res.output)


def test_lint_output_on_a_full_disk_is_a_clear_error(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write(MINIMAL_PLAN)
    out = write("previous report\n", "report.txt")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    res = invoke("lint", str(plan), "-o", str(out))
    assert res.exit_code == 2, res.output
    assert f"không ghi được {out}: hết dung lượng đĩa" in res.output
    _no_crash(res.output)
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "report.txt"]


def test_lint_output_under_a_file_is_a_clear_error(invoke: Invoke, write: Write) -> None:
    plan = write(MINIMAL_PLAN)
    res = invoke("lint", str(plan), "-o", str(plan.parent / "plan.yaml" / "report.txt"))
    assert res.exit_code == 2 and "một phần của đường dẫn là tệp" in res.output
    _no_crash(res.output)


def test_lint_output_english(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    res = invoke("--lang", "en", "lint", str(write(MINIMAL_PLAN)), "-o", str(tmp_path))
    assert res.exit_code == 2 and "is a folder, not a file" in res.output


def test_schema_out_that_is_a_file_is_a_clear_error(invoke: Invoke, write: Write) -> None:
    f = write("x\n", "schemas")
    res = invoke("schema", "--out", str(f))
    assert res.exit_code == 2 and "một phần của đường dẫn là tệp" in res.output
    _no_crash(res.output)


# --- item 3: rewriting in place keeps owner, mode and links; no symlink out of the tree ---

MESSY = "year: 2023\nframework: vss-2023\ndocument: {signer: {name: A, title: B}}\n"


def test_fmt_keeps_hard_links(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    plan = write(MESSY)
    other = tmp_path / "other-name.yaml"
    os.link(plan, other)
    ino = plan.stat().st_ino
    res = invoke("fmt", str(plan))
    assert res.exit_code == 0, res.output
    assert plan.stat().st_ino == ino and plan.stat().st_nlink == 2
    assert other.read_bytes() == plan.read_bytes() != MESSY.encode()
    assert plan.read_text(encoding="utf-8").startswith("framework: vss-2023\n")


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
@pytest.mark.parametrize("command", [["fmt"], ["lint", "--select", "BP114", "--fix"]])
def test_rewrite_keeps_owner_and_mode(invoke: Invoke, write: Write, command: list[str]) -> None:
    plan = write(MESSY if command == ["fmt"] else MINIMAL_PLAN.replace("Tổ chức", "Tổ  chức"))
    os.chown(plan, 1234, 1234)
    os.chmod(plan, 0o640)
    before = plan.read_bytes()
    res = invoke(*command, str(plan))
    assert res.exit_code == 0, res.output
    st = plan.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1234, 1234, 0o640)
    assert plan.read_bytes() != before


def test_lint_fix_keeps_hard_links(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    plan = write(MINIMAL_PLAN.replace("Tổ chức", "Tổ  chức"))
    other = tmp_path / "other.yaml"
    os.link(plan, other)
    res = invoke("lint", str(plan), "--select", "BP114", "--fix")
    assert res.exit_code == 0 and "đã sửa 1 giá trị" in res.output
    assert "Tổ chức dịch vụ thu" in other.read_text(encoding="utf-8")
    assert plan.stat().st_nlink == 2


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_owner_that_cannot_be_kept_means_rewriting_in_place(
    invoke: Invoke, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write(MESSY)
    os.chown(plan, 1234, 1234)
    ino = plan.stat().st_ino

    def fchown(*_: object) -> None:  # as for a user who does not own the file
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", fchown)
    res = invoke("fmt", str(plan))
    assert res.exit_code == 0, res.output
    assert plan.stat().st_ino == ino and plan.stat().st_uid == 1234  # same file, in place
    assert plan.read_text(encoding="utf-8").startswith("framework: vss-2023\n")
    assert [p.name for p in plan.parent.iterdir()] == ["plan.yaml"]


def test_full_disk_in_place_leaves_the_file_unchanged(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write(MESSY)
    os.link(plan, tmp_path / "other.yaml")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "posix_fallocate", full)
    res = invoke("fmt", str(plan))
    assert res.exit_code == 2 and "hết dung lượng đĩa" in res.output
    assert plan.read_text(encoding="utf-8") == MESSY
    _no_crash(res.output)


@pytest.mark.parametrize("command", [["fmt"], ["lint", "--select", "BP114", "--fix"]])
@pytest.mark.parametrize("glob", [False, True])
def test_symlink_out_of_the_tree_is_not_rewritten(
    invoke: Invoke, tmp_path: Path, command: list[str], glob: bool
) -> None:
    tree, elsewhere = tmp_path / "tree", tmp_path / "elsewhere"
    tree.mkdir()
    elsewhere.mkdir()
    text = MESSY if command == ["fmt"] else MINIMAL_PLAN.replace("Tổ chức", "Tổ  chức")
    outside = elsewhere / "shared.yaml"
    outside.write_text(text, encoding="utf-8")
    (tree / "shared.yaml").symlink_to(outside)
    inside = tree / "own.yaml"
    inside.write_text(text, encoding="utf-8")
    (tree / "alias.yaml").symlink_to(inside)
    res = invoke(*command, str(tree / "*.yaml") if glob else str(tree))
    assert res.exit_code == 0, res.output
    assert outside.read_text(encoding="utf-8") == text  # not touched
    assert "trỏ ra ngoài thư mục" in res.output and str(tree / "shared.yaml") in res.output
    assert inside.read_text(encoding="utf-8") != text  # rewritten, also through alias.yaml
    assert (tree / "alias.yaml").is_symlink() and (tree / "shared.yaml").is_symlink()


def test_symlink_named_directly_is_followed(invoke: Invoke, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(MESSY, encoding="utf-8")
    link = tmp_path / "tree" / "plan.yaml"
    link.parent.mkdir()
    link.symlink_to(outside)
    res = invoke("fmt", str(link))
    assert res.exit_code == 0 and link.is_symlink()
    assert outside.read_text(encoding="utf-8").startswith("framework: vss-2023\n")
