"""Hardening: small CLI defects of item 26 (init place, validate .docx, schema --check)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.scaffold.common import place_of

Invoke = Callable[..., Any]


@pytest.mark.parametrize(
    ("unit", "place"),
    [
        ("BẢO HIỂM XÃ HỘI KHU VỰC XXIV", None),
        ("BẢO HIỂM XÃ HỘI KHU VỰC 3", None),
        ("BẢO HIỂM XÃ HỘI QUẬN 1", "Quận 1"),
        ("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", "Đồng Nai"),
    ],
)
def test_place_of_numbered_units(unit: str, place: str | None) -> None:
    assert place_of(unit) == place


def test_init_region_with_numbered_name_leaves_a_placeholder(
    invoke: Invoke, tmp_path: Path
) -> None:
    out = tmp_path / "p.yaml"
    res = invoke(
        "init", "-f", "vss-2023", "--year", "2023", "--level", "region",
        "--unit", "BẢO HIỂM XÃ HỘI KHU VỰC XXIV", "-o", str(out),
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "Xxiv" not in text
    place = next(line for line in text.splitlines() if line.strip().startswith("place:"))
    assert "<<ĐIỀN" in place


def _docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_validate_docx_suggests_import(invoke: Invoke, tmp_path: Path) -> None:
    plan = tmp_path / "plan.docx"
    plan.write_bytes(_docx_bytes())
    res = invoke("validate", str(plan))
    assert res.exit_code == 1
    assert "bhxh-plan import" in res.output and "Notepad" not in res.output
    res = invoke("--lang", "en", "validate", str(plan))
    assert "Word/Excel" in res.output and "bhxh-plan import" in res.output


def test_schema_check_outside_the_project_is_a_usage_error(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    res = invoke("schema", "--check")
    assert res.exit_code == 2
    assert "đã cũ" not in res.output and "--out" in res.output
    (tmp_path / "schemas").mkdir()
    res = invoke("schema", "--check")
    assert res.exit_code == 1
    assert "thiếu schemas/plan.schema.json" in res.output.replace("\\", "/")
    assert "đã cũ" not in res.output
    assert invoke("schema").exit_code == 0
    assert invoke("schema", "--check").exit_code == 0


def test_readme_render_row_shows_a_working_command() -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| `bhxh-plan render PLAN` |" not in readme
    assert "`bhxh-plan render PLAN -o DIR`" in readme
