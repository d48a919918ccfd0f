"""A document title over 255 characters: core properties are cut, the body keeps it whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bhxh_plan.render.docx_doc import PROPERTY_LIMIT, fit_property
from tests.conftest import EXAMPLES

OLD_TITLE = "  title: Kế hoạch công tác thông tin, truyền thông năm 2023"
LONG = "Kế hoạch công tác thông tin, truyền thông năm 2023" + " về chính sách BHXH, BHYT" * 14


def test_fit_property() -> None:
    assert fit_property("ngắn") == "ngắn"
    assert fit_property("x" * PROPERTY_LIMIT) == "x" * PROPERTY_LIMIT
    cut = fit_property("ab " * 200)
    assert len(cut) <= PROPERTY_LIMIT and cut.endswith("b…")


def test_render_docx_with_a_long_title(invoke: Callable[..., Any], tmp_path: Path) -> None:
    from docx import Document

    assert len(LONG) > 300
    plan = tmp_path / "plan.yaml"
    text = EXAMPLES[0].read_text(encoding="utf-8")
    assert OLD_TITLE in text
    plan.write_text(text.replace(OLD_TITLE, f"  title: {LONG}", 1), encoding="utf-8")
    out = tmp_path / "plan.docx"
    result = invoke("render", str(plan), "--docx", str(out), "--xlsx", str(tmp_path / "p.xlsx"))
    assert result.exit_code == 0, result.output
    doc = Document(str(out))
    props = doc.core_properties
    assert len(props.title) <= PROPERTY_LIMIT and props.title.endswith("…")
    assert LONG.startswith(props.title[:-1])
    assert len(props.subject) <= PROPERTY_LIMIT
    body = " ".join(p.text for p in doc.paragraphs)
    assert "BHXH, BHYT về chính sách BHXH, BHYT" in body
    assert body.count("về chính sách BHXH, BHYT") >= 14  # the trích yếu is whole
