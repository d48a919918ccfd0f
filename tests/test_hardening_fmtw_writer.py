"""Hardening (fmtw): everything the tool writes is already in canonical form (``fmt --check``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.fmt import format_bytes
from bhxh_plan.fmt.write import dump_yaml
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.scaffold.yamltext import Note, render
from tests.conftest import EXAMPLES, FRAMEWORKS
from tests.seed004_table import build_docx, build_xlsx
from tests.test_import_variants import _variant

Invoke = Callable[..., Any]
LEVELS = ["national", "province", "region", "district", "commune"]


def _canonical(invoke: Invoke, path: Path) -> None:
    res = invoke("fmt", "--check", str(path))
    assert res.exit_code == 0, res.output + format_bytes(path.read_bytes()).text


@pytest.mark.parametrize("fw", ["vss-2023", "thang-van-dong-2021"])
@pytest.mark.parametrize("level", LEVELS)
def test_init_output_is_canonical(invoke: Invoke, tmp_path: Path, fw: str, level: str) -> None:
    out = tmp_path / "plan.yaml"
    # typed on a keyboard that sends decomposed letters: the plan still holds NFC
    unit = unicodedata.normalize("NFD", "BẢO HIỂM XÃ HỘI HUYỆN TRẢNG BOM")
    args = ["init", "--framework", fw, "--level", level, "--year", "2024", "--unit", unit]
    res = invoke(*args, "-o", str(out))
    assert res.exit_code == 0, res.output
    _canonical(invoke, out)


@pytest.mark.parametrize("kind", ["xlsx", "docx", "variant"])
def test_import_output_is_canonical(invoke: Invoke, tmp_path: Path, kind: str) -> None:
    if kind == "variant":
        src = _variant(tmp_path / "kich-ban.xlsx")
    else:
        src = (build_xlsx if kind == "xlsx" else build_docx)(tmp_path / f"seed.{kind}")
    out = tmp_path / "plan.yaml"
    res = invoke("import", str(src), "-o", str(out), "--framework", "vss-2023")
    assert res.exit_code == 0, res.output
    _canonical(invoke, out)


@pytest.mark.parametrize(
    "text", ["-abc", "=", "<<", "?x", "- a", ": b", "#c", "a: b", "yes", "010", "2024-01-02", ""]
)
def test_written_scalars_are_canonical(text: str) -> None:
    out = render({"framework": "vss-2023", "document": {"number": Note(text, after="ghi chú")}})
    assert load_bytes(out.encode()).data["document"]["number"] == text
    assert not format_bytes(out.encode()).changed, out


@pytest.mark.parametrize("path", EXAMPLES + FRAMEWORKS, ids=lambda p: p.name)
def test_dumped_data_is_canonical(path: Path) -> None:
    data = load_bytes(path.read_bytes()).data
    out = dump_yaml(data)
    assert load_bytes(out.encode()).data == data
    assert not format_bytes(out.encode()).changed
