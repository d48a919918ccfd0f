"""`bhxh-plan validate` end to end: messages, positions, exit codes, formats."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, FRAMEWORKS, MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]


def test_examples_exist() -> None:
    names = {p.name for p in EXAMPLES}
    assert {"dong-nai-2023.yaml", "thang-van-dong-2021-ha-giang.yaml"} <= names
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("path", EXAMPLES + FRAMEWORKS, ids=lambda p: p.name)
def test_every_example_and_framework_validates(invoke: Invoke, path: Path) -> None:
    res = invoke("validate", str(path))
    assert res.exit_code == 0, res.output
    assert "0 lỗi" in res.output


def test_examples_start_with_schema_line() -> None:
    for p in EXAMPLES:
        assert p.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../schemas/plan.schema.json"
        )


def test_minimal_plan_validates(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write(MINIMAL_PLAN)))
    assert res.exit_code == 0, res.output


def test_directory_and_glob(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    write(MINIMAL_PLAN, "a/one.yaml")
    write(MINIMAL_PLAN, "a/b/two.yml")
    res = invoke("validate", str(tmp_path / "a"), "--format", "json")
    data = json.loads(res.output)
    assert sorted(Path(f["file"]).name for f in data["files"]) == ["one.yaml", "two.yml"]
    res = invoke("validate", str(tmp_path / "a" / "**" / "*.yml"), "--format", "json")
    assert [Path(f["file"]).name for f in json.loads(res.output)["files"]] == ["two.yml"]


def test_missing_path_is_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    res = invoke("validate", str(tmp_path / "nope.yaml"))
    assert res.exit_code == 2
    assert "không tìm thấy" in res.output


def test_float_code_is_not_silently_text(invoke: Invoke, write: Write) -> None:
    bad = MINIMAL_PLAN.replace("  number: 03/KH-BHXH", "  number: 3.10")
    res = invoke("validate", str(write(bad)))
    assert res.exit_code == 1
    assert ":6:11: lỗi [BP005] document.number: '3.10' được đọc là số" in res.output
    assert 'number: "3.10"' in res.output


def test_unknown_key_did_you_mean(invoke: Invoke, write: Write) -> None:
    bad = MINIMAL_PLAN.replace("        lead: Tổ chức", "        leed: Tổ chức")
    res = invoke("validate", str(write(bad)))
    assert res.exit_code == 1
    assert (
        ":20:9: lỗi [BP005] scenario[0].rows[0].leed: khóa 'leed' không được dùng ở đây"
        in res.output
    )
    assert "có phải ý bạn là: lead?" in res.output


def test_missing_field(invoke: Invoke, write: Write) -> None:
    bad = MINIMAL_PLAN.replace("  place: Trảng Bom\n", "")
    res = invoke("validate", str(write(bad)))
    assert "document.place: thiếu trường bắt buộc 'place'" in res.output
    assert res.exit_code == 1


def test_enum_suggestion(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write(MINIMAL_PLAN.replace("level: district", "level: distric"))))
    assert ":3:8: lỗi [BP006] level: khung vss-2023 không có cấp 'distric'" in res.output
    assert "có phải ý bạn là: district?" in res.output


def test_unknown_reference_diacritic_insensitive(invoke: Invoke, write: Write) -> None:
    bad = MINIMAL_PLAN.replace("subgroup: nong-dan", "subgroup: Nông Dân")
    res = invoke("validate", str(write(bad)), "--format", "json")
    problem = json.loads(res.output)["files"][0]["problems"][0]
    assert problem["rule"] == "BP005"  # not a slug at all
    assert "nong-dan" in problem["hint"]
    bad = MINIMAL_PLAN.replace("subgroup: nong-dan", "subgroup: nong-da")
    res = invoke("validate", str(write(bad)), "--format", "json")
    problem = json.loads(res.output)["files"][0]["problems"][0]
    assert (problem["rule"], problem["line"], problem["column"]) == ("BP006", 14, 15)
    assert problem["suggestions"] == ["nong-dan"]
    assert "khung vss-2023 không có nhóm nhỏ 'nong-da'" in problem["message"]


def test_subgroup_under_wrong_group(invoke: Invoke, write: Write) -> None:
    bad = MINIMAL_PLAN.replace("group: tu-nguyen-hgd", "group: hoc-sinh-sinh-vien")
    res = invoke("validate", str(write(bad)))
    assert "nhóm nhỏ 'nong-dan' thuộc nhóm 'tu-nguyen-hgd'" in res.output


def test_unknown_framework(invoke: Invoke, write: Write) -> None:
    res = invoke(
        "validate", str(write(MINIMAL_PLAN.replace("framework: vss-2023", "framework: vss-2032")))
    )
    assert res.exit_code == 1
    assert ":1:12: lỗi [BP007] framework: không có khung kế hoạch 'vss-2032'" in res.output
    assert "vss-2023" in res.output


def test_framework_option_unknown_is_exit_2(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write(MINIMAL_PLAN)), "--framework", "khong-co")
    assert res.exit_code == 2


def test_english_and_env(invoke: Invoke, write: Write) -> None:
    bad = write(MINIMAL_PLAN.replace("  place: Trảng Bom\n", ""))
    res = invoke("--lang", "en", "validate", str(bad))
    assert "required field 'place' is missing" in res.output
    res = invoke("validate", str(bad), env={"BHXH_PLAN_LANG": "en"})
    assert "required field 'place' is missing" in res.output


def test_text_output_is_plain_when_piped(invoke: Invoke, write: Write) -> None:
    res = invoke(
        "validate", str(write(MINIMAL_PLAN.replace("year: 2023", "year: x"))), env={"NO_COLOR": "1"}
    )
    assert "\x1b[" not in res.output


def test_json_shape(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write(b"a: [1,\n", "broken.yaml")), "--format", "json")
    data = json.loads(res.output)
    assert data["version"] == 1 and data["command"] == "validate"
    assert data["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0, "waived": 0}
    p = data["files"][0]["problems"][0]
    assert set(p) >= {"file", "line", "column", "path", "rule", "severity", "message", "hint"}
    assert data["files"][0]["valid"] is False


def test_oversized_file(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write(MINIMAL_PLAN)), "--max-size", "100")
    assert res.exit_code == 1
    assert "tệp quá lớn" in res.output and "--max-size" in res.output


def test_not_a_mapping(invoke: Invoke, write: Write) -> None:
    res = invoke("validate", str(write("- a\n- b\n")))
    assert res.exit_code == 1
    assert "bảng khóa: giá trị" in res.output


def test_internal_error_is_reported_not_raised(
    invoke: Invoke, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bhxh_plan.validate as v

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(v, "check_references", boom)
    path = write(MINIMAL_PLAN)
    res = invoke("validate", str(path))
    assert res.exit_code == 2
    assert "lỗi nội bộ" in res.output and "plan.yaml" in res.output


def test_version(invoke: Invoke) -> None:
    from bhxh_plan import __version__

    res = invoke("--version")
    assert res.exit_code == 0 and __version__ in res.output


def test_parallel_batch_matches_serial(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    for i in range(30):
        text = MINIMAL_PLAN if i % 3 else MINIMAL_PLAN.replace("year: 2023", "year: abc")
        write(text, f"batch/p{i:02}.yaml")
    serial = json.loads(
        invoke("validate", str(tmp_path / "batch"), "-j", "1", "--format", "json").output
    )
    parallel = json.loads(
        invoke("validate", str(tmp_path / "batch"), "-j", "2", "--format", "json").output
    )
    assert serial == parallel
    assert serial["summary"]["errors"] == 10
