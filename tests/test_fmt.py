"""``bhxh-plan fmt``: canonical form, comments kept, --check / --diff, safe writes."""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.fmt import format_bytes, nfc, same
from bhxh_plan.io.dump import WIDTH
from bhxh_plan.io.loader import load_bytes, load_file
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from tests.conftest import EXAMPLES, FRAMEWORKS, MINIMAL_PLAN, ROOT

GOLDEN = ROOT / "tests" / "golden" / "fmt"


def _fmt(text: str) -> str:
    return format_bytes(text.encode("utf-8"), "t.yaml").text


def _comments(text: str) -> list[str]:
    return sorted(
        line.split("#", 1)[1]
        for line in text.splitlines()
        if "  #" in line or line.lstrip().startswith("#")
    )


@pytest.mark.parametrize("path", EXAMPLES + FRAMEWORKS, ids=lambda p: p.name)
def test_every_example_keeps_its_data_and_comments(path: Path) -> None:
    raw = path.read_bytes()
    once = format_bytes(raw, str(path))
    before, after = load_file(path).data, load_bytes(once.data).data
    assert same(after, nfc(before))
    model = Framework if once.kind == "framework" else Plan
    assert model.model_validate(after) == model.model_validate(before)
    assert _comments(once.text) == _comments(raw.decode("utf-8"))
    assert format_bytes(once.data, str(path)).data == once.data


def test_golden_messy_plan() -> None:
    raw = (GOLDEN / "messy.yaml").read_bytes()
    expected = (GOLDEN / "messy.formatted.yaml").read_text(encoding="utf-8")
    assert format_bytes(raw).text == expected
    assert not format_bytes(expected.encode()).changed


def test_keys_follow_the_schema_and_unknown_keys_stay_after() -> None:
    out = _fmt("zzz: 1\nlevel: district\naaa: 2\nframework: vss-2023\nyear: 2023\ndocument: {}\n")
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "framework",
        "year",
        "level",
        "document",
        "zzz",
        "aaa",
    ]


def test_comment_above_a_key_moves_with_it() -> None:
    out = _fmt("# header\n\n# about year\nyear: 2023\n# about fw\nframework: vss-2023\n")
    assert out == "# header\n\n# about fw\nframework: vss-2023\n# about year\nyear: 2023\n"


def test_comment_closing_a_block_stays_there() -> None:
    text = (
        "framework: x\nscenario:\n  - group: a\n    rows:\n      - id: r1\n"
        "      # - id: r2 (bỏ)\n  - group: b\n"
    )
    assert _fmt(text) == text


def test_flow_style_becomes_block_and_eol_comment_stays_on_the_key_line() -> None:
    out = _fmt("framework: x\ndocument: {signer: {name: A, title: B}}  # ký\n")
    assert out == ("framework: x\ndocument:  # ký\n  signer:\n    title: B\n    name: A\n")


def test_text_is_nfc_and_values_are_quoted_only_when_needed() -> None:
    nfd = unicodedata.normalize("NFD", "Đồng Nai")
    out = _fmt(
        f'framework: x\nyear: 2023\ndocument:\n  place: "{nfd}"\n  number: "3.10"\n'
        '  title: "no"\n  preamble: "Lưu: VT."\n'
    )
    assert "place: Đồng Nai\n" in out and unicodedata.is_normalized("NFC", out)
    assert 'number: "3.10"' in out and 'title: "no"' in out and 'preamble: "Lưu: VT."' in out


def test_long_text_is_folded_at_the_width_and_reads_back_the_same() -> None:
    long = " ".join(["truyền thông"] * 40)
    out = _fmt(f"framework: x\npurposes:\n  - {long}\n")
    assert all(len(line) <= WIDTH for line in out.splitlines())
    assert load_bytes(out.encode()).data["purposes"] == [long]


def test_multi_line_text_becomes_a_literal_block() -> None:
    out = _fmt('framework: x\nscenario:\n  - rows:\n      - frequency: "Tháng 5\\nTháng 10"\n')
    assert "frequency: |-\n          Tháng 5\n          Tháng 10\n" in out


def test_line_endings_and_bom_are_kept() -> None:
    raw = b"\xef\xbb\xbfyear: 2023\r\nframework: x\r\n"
    assert format_bytes(raw).data == b"\xef\xbb\xbfframework: x\r\nyear: 2023\r\n"


def test_blank_line_groups_are_kept_and_collapsed() -> None:
    out = _fmt("framework: x\n\n\n\nyear: 2023\nlevel: district\n")
    assert out == "framework: x\n\nyear: 2023\nlevel: district\n"


# --- command line -------------------------------------------------------------------------


def test_check_lists_files_and_changes_nothing(
    invoke: Callable[..., Any], write: Callable[..., Path]
) -> None:
    messy = write("year: 2023\nframework: vss-2023\n", "a.yaml")
    clean = write(_fmt(MINIMAL_PLAN), "b.yaml")
    before = messy.read_bytes()
    result = invoke("fmt", "--check", str(messy), str(clean))
    assert result.exit_code == 1
    assert f"{messy}: chưa ở dạng chuẩn" in result.output
    assert str(clean) not in result.output.replace(str(messy), "")
    assert messy.read_bytes() == before
    assert invoke("fmt", "--check", str(clean)).exit_code == 0


def test_diff_shows_the_change_without_writing(
    invoke: Callable[..., Any], write: Callable[..., Path]
) -> None:
    messy = write("year: 2023\nframework: vss-2023\n")
    before = messy.read_bytes()
    result = invoke("fmt", "--diff", str(messy))
    assert result.exit_code == 0
    assert "+framework: vss-2023" in result.stdout and "-framework: vss-2023" in result.stdout
    assert messy.read_bytes() == before
    assert invoke("fmt", "--diff", "--check", str(messy)).exit_code == 1


def test_fmt_rewrites_in_place_keeping_permissions(
    invoke: Callable[..., Any], write: Callable[..., Path]
) -> None:
    plan = write(MINIMAL_PLAN.replace("year: 2023\n", "") + "year: 2023\n")
    os.chmod(plan, 0o640)
    result = invoke("fmt", str(plan))
    assert result.exit_code == 0, result.output
    assert "đã định dạng" in result.output
    assert plan.read_text(encoding="utf-8") == _fmt(plan.read_text(encoding="utf-8"))
    assert stat.S_IMODE(plan.stat().st_mode) == 0o640
    assert invoke("fmt", "--check", str(plan)).exit_code == 0
    assert invoke("validate", str(plan)).exit_code == 0


def test_broken_file_gets_the_validate_error_and_stays_untouched(
    invoke: Callable[..., Any], write: Callable[..., Path]
) -> None:
    bad = write("framework: vss-2023\nyear: [2023\n")
    before = bad.read_bytes()
    result = invoke("fmt", str(bad))
    assert result.exit_code == 1
    line = next(x for x in invoke("validate", str(bad)).output.splitlines() if "BP001" in x)
    assert line in result.output and f"{bad}:3:1" in line
    assert bad.read_bytes() == before


def test_write_is_atomic(
    invoke: Callable[..., Any], write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write("year: 2023\nframework: vss-2023\n")
    before = plan.read_bytes()

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bhxh_plan.io.files.os.replace", boom)
    result = invoke("fmt", str(plan))
    assert result.exit_code == 2
    assert "không ghi được" in result.output
    assert plan.read_bytes() == before
    assert [p.name for p in plan.parent.iterdir()] == [plan.name]


def test_other_yaml_is_left_alone(invoke: Callable[..., Any], write: Callable[..., Path]) -> None:
    other = write("on: [push]\njobs: {a: 1}\n", "ci.yml")
    result = invoke("fmt", str(other.parent))
    assert result.exit_code == 0
    assert "bỏ qua" in result.output
    assert other.read_text() == "on: [push]\njobs: {a: 1}\n"


def test_frameworks_use_the_framework_order(write: Callable[..., Path]) -> None:
    out = _fmt("name: Khung\nyear: 2023\nid: khung-thu\ngroups: [{name: A, id: a}]\n")
    assert out == "id: khung-thu\nname: Khung\nyear: 2023\ngroups:\n  - id: a\n    name: A\n"


def test_missing_path_is_a_usage_error(invoke: Callable[..., Any], tmp_path: Path) -> None:
    result = invoke("fmt", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "không tìm thấy" in result.output
