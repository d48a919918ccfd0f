"""`bhxh-plan render` end to end: outputs, refusals, atomic writes, exit codes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]
FORMATS = ("docx", "xlsx", "html", "md")


def test_no_output_option_is_exit_2(invoke: Invoke, write: Write) -> None:
    res = invoke("render", str(write(MINIMAL_PLAN)))
    assert res.exit_code == 2
    assert "chưa chọn định dạng nào để ghi" in res.output
    assert "-o THƯ_MỤC" in res.output


def test_no_output_option_in_english(invoke: Invoke, write: Write) -> None:
    res = invoke("--lang", "en", "render", str(write(MINIMAL_PLAN)))
    assert res.exit_code == 2 and "no output format was chosen" in res.output


def test_out_dir_writes_all_formats_named_after_the_plan(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    plan = write(MINIMAL_PLAN, "tram-bom-2023.yaml")
    out = tmp_path / "new" / "nested"
    res = invoke("render", str(plan), "-o", str(out))
    assert res.exit_code == 0, res.output
    for fmt in FORMATS:
        target = out / f"tram-bom-2023.{fmt}"
        assert target.is_file() and target.stat().st_size > 0
        assert f"Đã ghi {target}" in res.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"tram-bom-2023.{f}" for f in FORMATS)


def test_single_format_and_override_of_out_dir(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    plan = write(MINIMAL_PLAN)
    res = invoke("render", str(plan), "--md", str(tmp_path / "a" / "review.md"))
    assert res.exit_code == 0 and (tmp_path / "a" / "review.md").is_file()
    assert not (tmp_path / "a" / "plan.docx").exists()
    res = invoke("render", str(plan), "-o", str(tmp_path / "b"), "--docx", str(tmp_path / "x.docx"))
    assert res.exit_code == 0
    assert (tmp_path / "x.docx").is_file() and not (tmp_path / "b" / "plan.docx").exists()
    assert (tmp_path / "b" / "plan.xlsx").is_file()


@pytest.mark.parametrize("fmt", FORMATS)
def test_refuses_to_overwrite_its_input(invoke: Invoke, write: Write, fmt: str) -> None:
    plan = write(MINIMAL_PLAN)
    before = plan.read_bytes()
    res = invoke("render", str(plan), f"--{fmt}", str(plan))
    assert res.exit_code == 2
    assert "không ghi đè lên tệp đầu vào" in res.output
    assert plan.read_bytes() == before


def test_refuses_to_overwrite_input_through_out_dir(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    # a plan saved as "plan.md" would be overwritten by -o into its own folder
    plan = write(MINIMAL_PLAN, "plan.md")
    before = plan.read_bytes()
    res = invoke("render", str(plan), "-o", str(tmp_path))
    assert res.exit_code == 2 and plan.read_bytes() == before
    assert not (tmp_path / "plan.docx").exists()  # nothing written at all


def test_refuses_to_overwrite_the_framework(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    from bhxh_plan.framework.registry import BUNDLED_DIR

    fw = tmp_path / "fw.yaml"
    fw.write_bytes((BUNDLED_DIR / "vss-2023.yaml").read_bytes())
    plan = write(MINIMAL_PLAN.replace("framework: vss-2023", "framework: fw.yaml"))
    res = invoke("render", str(plan), "--html", str(fw))
    assert res.exit_code == 2 and "không ghi đè" in res.output
    assert fw.read_bytes() == (BUNDLED_DIR / "vss-2023.yaml").read_bytes()


def test_two_formats_to_one_file_is_refused(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    res = invoke(
        "render",
        str(write(MINIMAL_PLAN)),
        "--md",
        str(tmp_path / "x"),
        "--html",
        str(tmp_path / "x"),
    )
    assert res.exit_code == 2 and "cùng ghi vào một tệp" in res.output


def test_output_that_is_a_folder_is_refused(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    res = invoke("render", str(write(MINIMAL_PLAN)), "--docx", str(tmp_path))
    assert res.exit_code == 2 and "là một thư mục" in res.output


def test_invalid_plan_is_exit_1_and_nothing_written(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    plan = write(MINIMAL_PLAN.replace("subgroup: nong-dan", "subgroup: nong-da"))
    out = tmp_path / "out"
    res = invoke("render", str(plan), "-o", str(out))
    assert res.exit_code == 1
    assert "[BP006]" in res.output and "nong-dan" in res.output
    assert "chưa xuất văn bản" in res.output
    assert not out.exists()


def test_missing_plan_is_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    res = invoke("render", str(tmp_path / "nope.yaml"), "--md", str(tmp_path / "x.md"))
    assert res.exit_code == 2 and "không tìm thấy" in res.output


def test_missing_template_dir_is_exit_2(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    res = invoke(
        "render", str(write(MINIMAL_PLAN)), "--md", str(tmp_path / "x.md"),
        "--template-dir", str(tmp_path / "nope"),
    )  # fmt: skip
    assert res.exit_code == 2 and "không tìm thấy thư mục mẫu" in res.output


def test_broken_user_template_is_exit_2_with_position(
    invoke: Invoke, write: Write, tmp_path: Path
) -> None:
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "plan.md.j2").write_text("ok\n{% for x in %}\n", encoding="utf-8")
    out = tmp_path / "x.md"
    out.write_text("old", encoding="utf-8")
    res = invoke(
        "render", str(write(MINIMAL_PLAN)), "--md", str(out), "--docx", str(tmp_path / "x.docx"),
        "--template-dir", str(tpl),
    )  # fmt: skip
    assert res.exit_code == 2
    assert "lỗi trong mẫu" in res.output and "plan.md.j2:2" in res.output
    # rendering happens before any write: neither file was touched
    assert out.read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "x.docx").exists()


def test_sandbox_violation_is_exit_2(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "plan.md.j2").write_text("{{ view.__class__.__init__.__globals__ }}", encoding="utf-8")
    res = invoke(
        "render", str(write(MINIMAL_PLAN)), "--md", str(tmp_path / "x.md"),
        "--template-dir", str(tpl),
    )  # fmt: skip
    assert res.exit_code == 2 and "lỗi trong mẫu" in res.output


def test_writes_are_atomic(
    invoke: Invoke, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write(MINIMAL_PLAN)
    out = tmp_path / "out"
    out.mkdir()
    old = out / "plan.md"
    old.write_text("previous version", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    res = invoke("render", str(plan), "--md", str(old))
    assert res.exit_code == 2
    assert "không ghi được" in res.output and "No space left on device" in res.output
    assert old.read_text(encoding="utf-8") == "previous version"
    assert [p.name for p in out.iterdir()] == ["plan.md"]  # no temporary file left behind
    monkeypatch.undo()
    res = invoke("render", str(plan), "--md", str(old))
    assert res.exit_code == 0 and old.read_text(encoding="utf-8").startswith("<!--")
    assert [p.name for p in out.iterdir()] == ["plan.md"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_renders(invoke: Invoke, path: Path, tmp_path: Path) -> None:
    res = invoke("render", str(path), "-o", str(tmp_path))
    assert res.exit_code == 0, res.output
    assert len(list(tmp_path.iterdir())) == 4
