"""``bhxh-plan import`` on the Đồng Nai khung kịch bản kept in Excel and Word, and on variants."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.config import LintConfig, Loaded
from bhxh_plan.importer.cells import items
from bhxh_plan.lint import LintOptions, lint_one
from bhxh_plan.validate import check_file
from tests.seed004_table import BROKEN, IDS, ROWS, SUBJECTS, build_docx, build_xlsx

Invoke = Callable[..., Any]


def _plan(path: Path) -> Any:
    checked = check_file(path)
    assert checked.ok, [p.message for p in checked.problems]
    assert checked.plan is not None
    return checked.plan


def _expected_rows() -> list[dict[str, Any]]:
    """What each row of the table must become (the clean text of the frame)."""
    out = []
    for code, form, freq, lead, partners, coord, work in ROWS:
        group, sub = IDS[code]
        out.append(
            {
                "group": group,
                "sub": sub,
                "form_text": form,
                "frequency": freq or None,
                "lead": lead or None,
                "partners": items(partners, trim_end=True),
                "coordination": coord or None,
                "method": items(work),
            }
        )
    return out


def _got_rows(plan: Any) -> list[dict[str, Any]]:
    return [
        {
            "group": e.group,
            "sub": e.subgroup,
            "form_text": r.form_text,
            "frequency": r.frequency,
            "lead": r.lead,
            "partners": r.partners,
            "coordination": r.coordination,
            "method": r.method,
        }
        for e in plan.scenario
        for r in e.rows
    ]


@pytest.fixture(params=["xlsx", "docx"])
def seed_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    build = build_xlsx if request.param == "xlsx" else build_docx
    return build(tmp_path / f"khung-kich-ban.{request.param}")


def test_seed_table_imports_every_row(invoke: Invoke, seed_file: Path) -> None:
    out = seed_file.with_name("plan.yaml")
    result = invoke("import", str(seed_file), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "43 dòng kịch bản, 15 nhóm/nhóm nhỏ" in result.output
    assert "khung vss-2023" in result.output
    plan = _plan(out)
    # every row accounted for, in order, each under its group or sub-group
    assert _got_rows(plan) == _expected_rows()
    entries = [(e.group, e.subgroup, e.subject) for e in plan.scenario]
    assert entries == [(g, s, SUBJECTS[code]) for code, (g, s) in IDS.items()]
    # nothing of the PDF damage is left
    text = out.read_text(encoding="utf-8")
    for bad in BROKEN.values():
        assert bad not in text
    assert "Tổ chức các hội nghị phổ biến, đối thoại" in text


def test_seed_rows_carry_their_source_cell(invoke: Invoke, seed_file: Path) -> None:
    out = seed_file.with_name("plan.yaml")
    invoke("import", str(seed_file), "-o", str(out))
    text = out.read_text(encoding="utf-8")
    scenario = text.split("\nscenario:", 1)[1].split("\nactivities:", 1)[0]
    row_lines = [line for line in scenario.splitlines() if line.lstrip().startswith("- id: ")]
    assert len(row_lines) == 43
    where = "# Khung kịch bản!C" if seed_file.suffix == ".xlsx" else "# Bảng "
    assert all(where in line for line in row_lines), row_lines[:3]
    if seed_file.suffix == ".xlsx":
        assert "Khung kịch bản!C11" in row_lines[0]
        assert "(Ghi chú: Phối hợp tại Trung tâm DVVL)" in text
    assert text.count("đã sửa dấu") >= 6


def test_seed_import_reads_title_rows(invoke: Invoke, tmp_path: Path) -> None:
    src = build_xlsx(tmp_path / "seed.xlsx")
    out = tmp_path / "plan.yaml"
    invoke("import", str(src), "-o", str(out))
    plan = _plan(out)
    doc = plan.document
    assert doc.issuer.unit == "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"
    assert doc.issuer.parent == "BẢO HIỂM XÃ HỘI VIỆT NAM"
    assert (doc.number, doc.date.isoformat(), doc.place) == ("15/KH-BHXH", "2023-01-10", "Đồng Nai")
    assert (plan.level, plan.year, plan.framework) == ("province", 2023, "vss-2023")


def test_unmapped_forms_are_reported_and_left_for_lint(invoke: Invoke, seed_file: Path) -> None:
    out = seed_file.with_name("plan.yaml")
    result = invoke("import", str(seed_file), "-o", str(out))
    # free wording without clear evidence is never mapped silently: a warning with "did you
    # mean", once per wording
    assert (
        "hình thức 'Nhắn tin, gọi điện tư vấn' không khớp hình thức nào "
        "của khung; có phải: ho-tro-tu-van (1.7)"
    ) in result.output
    assert result.output.count("'Nhắn tin, gọi điện tư vấn'") == 1
    text = out.read_text(encoding="utf-8")
    assert "form: ho-tro-tu-van  # <<ĐIỀN: hình thức 'Nhắn tin, gọi điện tư vấn'" in text
    # wording that clearly names a form is mapped, its own text kept beside it
    assert "form: hoi-nghi-nhom-nho\n        form_text: Gặp trực tiếp từng người" in text
    lint = lint_one((str(out), LintOptions(Loaded(LintConfig(), None, None), select=("BP117",))))
    form_marks = [p for p in lint.problems if p.path.endswith(".form")]
    assert len(form_marks) == 13  # see tests/test_hardening_import_forms.py for the 30 mapped
    assert all("chưa khớp khung" in p.message for p in form_marks)


def test_two_level_header_puts_the_work_column_in_method(invoke: Invoke, tmp_path: Path) -> None:
    src = build_xlsx(tmp_path / "seed.xlsx")
    out = tmp_path / "plan.yaml"
    invoke("import", str(src), "-o", str(out))
    plan = _plan(out)
    assert all(not r.tasks for e in plan.scenario for r in e.rows)
    first = plan.scenario[0].rows[0]
    assert first.method[0].startswith("BHXH huyện thường xuyên báo cáo")
    # the lead cell merged over group 1's two rows belongs to both
    assert [r.lead for r in plan.scenario[0].rows] == ["BHXH huyện", "BHXH huyện"]


def test_word_bullets_become_items(invoke: Invoke, tmp_path: Path) -> None:
    src = build_docx(tmp_path / "seed.docx")
    out = tmp_path / "plan.yaml"
    invoke("import", str(src), "-o", str(out))
    plan = _plan(out)
    # the first cell of more than two lines was written with Word's own bullets, no "- " typed
    rows = [r for e in plan.scenario for r in e.rows]
    i = next(i for i, row in enumerate(ROWS) if len(row[6].split("\n")) > 2)
    assert rows[i].method == items(ROWS[i][6])
    assert len(rows[i].method) == len(ROWS[i][6].split("\n"))
