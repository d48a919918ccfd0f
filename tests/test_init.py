"""``bhxh-plan init``: a plan with every required item of the framework, and its placeholders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bhxh_plan.config import LintConfig, Loaded
from bhxh_plan.framework import load_framework
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.lint import LintOptions, lint_one
from bhxh_plan.placeholders import find, placeholder
from bhxh_plan.scaffold.yamltext import Note, render
from bhxh_plan.validate import check_file

Invoke = Callable[..., Any]
LEVELS = ["national", "province", "region", "district", "commune"]
FRAMEWORKS = ["vss-2023", "thang-van-dong-2021"]
UNIT = "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"


def _init(invoke: Invoke, tmp_path: Path, fw: str, level: str, year: int) -> Path:
    out = tmp_path / f"{fw}-{level}-{year}.yaml"
    result = invoke(
        "init",
        "--framework",
        fw,
        "--unit",
        UNIT,
        "--level",
        level,
        "--year",
        str(year),
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert f"Đã ghi {out} theo khung {fw}" in result.output
    return out


def _lint(path: Path, *select: str) -> list[Any]:
    options = LintOptions(Loaded(LintConfig(), None, None), select=select or None)
    return lint_one((str(path), options)).problems


@pytest.mark.parametrize("fw", FRAMEWORKS)
@pytest.mark.parametrize("level", LEVELS)
def test_init_holds_every_required_item(
    invoke: Invoke, tmp_path: Path, fw: str, level: str
) -> None:
    framework = load_framework(fw).framework
    out = _init(invoke, tmp_path, fw, level, framework.year)
    checked = check_file(out)
    assert checked.ok, [p.message for p in checked.problems]
    plan = checked.plan
    assert plan is not None
    assert (plan.framework, plan.level, plan.kind) == (fw, level, framework.kind)
    # every required group/sub-group, content area, themed event, report; every funding source
    present = {(e.group, e.subgroup) for e in plan.scenario if e.rows}
    for g in framework.groups:
        subs = [s for s in g.subgroups if level in s.required_levels]
        for s in subs:
            assert (g.id, s.id) in present
        if not subs and level in g.required_levels:
            assert (g.id, None) in present
    required = {a.id for a in framework.content_areas if level in a.required_levels}
    assert required <= {a.area for a in plan.content_areas}
    events = {e.id for e in framework.events if level in e.required_levels}
    assert events <= {a.event for a in plan.activities}
    reports = {r.id for r in framework.reporting if level in r.required_levels}
    assert reports <= {r.report for r in plan.reporting}
    assert plan.funding is not None
    assert plan.funding.sources == [s.id for s in framework.funding_sources]
    # the framework's own rules pass, apart from what is left to fill in
    problems = _lint(out)
    left = {p.rule for p in problems if p.severity.value in ("error", "warning")}
    assert left <= {"BP117", "BP115"}, [p.message for p in problems if p.rule not in left]
    assert [p.path for p in problems if p.rule == "BP115"] == ["document.number"]


@pytest.mark.parametrize("fw", FRAMEWORKS)
def test_lint_lists_every_placeholder(invoke: Invoke, tmp_path: Path, fw: str) -> None:
    out = _init(invoke, tmp_path, fw, "province", load_framework(fw).framework.year)
    text = out.read_text(encoding="utf-8")
    marks = [(n, what) for n, line in enumerate(text.splitlines(), 1) for _, what in find(line)]
    found = _lint(out, "BP117")
    assert sorted((p.line, p.message) for p in found) == sorted(
        (n, f"còn chỗ cần điền: {what}") for n, what in marks
    )
    assert len(found) > 20
    # both kinds: in values, and in comments next to values that cannot hold text
    assert "document.date" in {p.path for p in found}
    assert any(p.path.endswith(".form") for p in found)


def test_comments_come_from_the_framework(invoke: Invoke, tmp_path: Path) -> None:
    out = _init(invoke, tmp_path, "vss-2023", "district", 2023)
    text = out.read_text(encoding="utf-8")
    assert "# 3.1 Hộ gia đình nông dân (chú trọng hộ gia đình nông dân sản xuất, kinh doanh" in text
    assert "(4057/KH-BHXH, Mục II.1)" in text
    assert "# 2.1.2 Truyền thông nhân Tháng vận động triển khai BHXH toàn dân (tháng 5)" in text
    assert "Kế hoạch số 4057/KH-BHXH ngày 30/12/2022 của BHXH Việt Nam" in text
    assert 'parent: "<<ĐIỀN: cơ quan cấp trên' in text
    assert "place: Đồng Nai" in text
    # the minority sub-group asks for languages and respected persons (rule BP109)
    assert "tiếng dân tộc của tài liệu" in text


def test_other_year_moves_the_dates(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.yaml"
    result = invoke(
        "init",
        "-f",
        "vss-2023",
        "--unit",
        UNIT,
        "--level",
        "province",
        "--year",
        "2025",
        "-o",
        str(out),
    )
    assert result.exit_code == 0
    assert "ngày của sự kiện đã được chuyển sang năm 2025" in result.output
    plan = check_file(out).plan
    assert plan is not None and plan.year == 2025
    assert plan.document.date == dt.date(2025, 1, 14)  # "trước ngày 15/01" is strict
    may = next(a for a in plan.activities if a.event == "thang-van-dong")
    assert (may.start, may.end) == (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    assert {a.start.year for a in plan.activities} == {2025}


def test_missing_options_without_a_terminal(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("init", "--framework", "vss-2023", "--level", "province")
    assert result.exit_code == 2
    assert "thiếu tùy chọn --unit, --year" in result.output
    assert not list(tmp_path.iterdir())


def test_prompts_on_a_terminal(
    invoke: Invoke, tmp_path: Path, monkeypatch: Any, runner: Any
) -> None:
    from bhxh_plan.cli import app, init_cmd

    monkeypatch.setattr(init_cmd, "interactive", lambda: True)
    out = tmp_path / "hoi.yaml"
    answers = "vss-2023\nBẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN\ndistrict\n2023\n"
    result = runner.invoke(app, ["init", "-o", str(out)], input=answers)
    assert result.exit_code == 0, result.output
    assert "Khung kế hoạch (vd. vss-2023)" in result.output
    plan = check_file(out).plan
    assert plan is not None
    assert (plan.level, plan.document.issuer.unit) == (
        "district",
        "BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN",
    )


def test_never_overwrites_and_bad_options(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "co-roi.yaml"
    out.write_text("giữ nguyên\n", encoding="utf-8")
    args = ["init", "-f", "vss-2023", "--unit", UNIT, "--level", "province", "--year", "2023"]
    result = invoke(*args, "-o", str(out))
    assert result.exit_code == 2
    assert "đã có" in result.output and "không ghi đè" in result.output
    assert out.read_text(encoding="utf-8") == "giữ nguyên\n"
    result = invoke("init", "-f", "vss-2023", "--unit", UNIT, "--level", "tinh", "--year", "2023")
    assert result.exit_code == 2 and "cấp 'tinh' không có" in result.output
    result = invoke(
        "init", "-f", "vss-2030", "--unit", UNIT, "--level", "province", "--year", "2023"
    )
    assert result.exit_code == 2 and "vss-2023" in result.output


def test_stdout_and_framework_path(invoke: Invoke, tmp_path: Path) -> None:
    fw = Path(__file__).parent / "rules" / "framework.yaml"
    result = invoke(
        "init",
        "-f",
        str(fw),
        "--unit",
        "BẢO HIỂM XÃ HỘI TỈNH X",
        "--level",
        "province",
        "--year",
        "2023",
        "-o",
        "-",
    )
    assert result.exit_code == 0, result.output
    doc = load_bytes(result.output.encode("utf-8"))
    assert doc.data["framework"] == str(fw.resolve().relative_to(Path.cwd().resolve())) or (
        Path(doc.data["framework"]).resolve() == fw.resolve()
    )
    assert [e["group"] for e in doc.data["scenario"]] == ["nhom-a", "nhom-b"]


# The comment writer: whatever text goes in comes back as the same data.
scalars = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "3.1",
            "no",
            "yes",
            "~",
            "- a",
            "a: b",
            "x #y",
            "2023-01-10",
            "010",
            "+ c",
            " lead",
            "a\nb",
            "'q'",
            '"d"',
            "\u2028",
            "\x85",
            "<<ĐIỀN: x>>",
        ]
    ),
    st.integers(-5, 5),
    st.booleans(),
    st.none(),
    st.dates(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=8), values, min_size=1, max_size=4), st.text())
def test_yaml_writer_round_trips(data: dict[str, Any], comment: str) -> None:
    noted = {k: Note(v, before=[comment], after=comment) for k, v in data.items()}
    text = render(noted, [comment])
    assert load_bytes(text.encode("utf-8")).data == data


def test_placeholder_marker() -> None:
    assert placeholder("số") == "<<ĐIỀN: số>>"
    # diacritics and case do not matter; the colon does
    text = "a <<ĐIỀN: một>> b <<dien:hai>> <<ĐIỀN khác>> <<ĐIỂM: không>> <<Điền : ba"
    assert [w for _, w in find(text)] == ["một", "hai", "ba"]
