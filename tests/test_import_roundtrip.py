"""Round trip: ``bhxh-plan render PLAN --xlsx`` then ``bhxh-plan import`` gives the same scenario.

"The same" (docs/import.md, "Khứ hồi"): the same entries in the same order, each with its
group, sub-group and subject; in each, the same rows in the same order with the same id, form,
form_text, frequency, method, lead, partners, coordination and tasks (and languages and
respected_persons, which the sheet carries in extra columns). Normalised on both sides: a
missing form_text is the form's name as render prints it (what the sheet shows), partner
names lose the ";" "." "," ":" that end list lines, and entries without rows are dropped (the
sheet has no row for them). The sheet also carries the issuing units, number and date of the
document, which must come back too. ``channel`` is not in the sheet and is not compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bhxh_plan.framework import load_framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.render.names import Names
from bhxh_plan.scaffold.yamltext import render
from bhxh_plan.validate import check_file
from tests.conftest import EXAMPLES

Invoke = Callable[..., Any]


def signature(path: Path) -> dict[str, Any]:
    checked = check_file(path)
    assert checked.ok, [p.message for p in checked.problems]
    plan, fw = checked.plan, checked.framework
    assert plan is not None and fw is not None
    return scenario_of(plan, Names.of(fw.framework))


def scenario_of(plan: Plan, names: Names) -> dict[str, Any]:
    entries = []
    for e in plan.scenario:
        if not e.rows:
            continue
        rows = [
            {
                "id": r.id,
                "form": r.form,
                "form_text": r.form_text or names.form(r.form),
                "frequency": r.frequency,
                "method": r.method,
                "lead": r.lead,
                "partners": [p.rstrip(";.,: ") for p in r.partners],
                "coordination": r.coordination,
                "tasks": r.tasks,
                "languages": r.languages,
                "respected_persons": r.respected_persons,
            }
            for r in e.rows
        ]
        entries.append(
            {"group": e.group, "subgroup": e.subgroup, "subject": e.subject, "rows": rows}
        )
    doc = plan.document
    return {
        "scenario": entries,
        "document": (doc.issuer.parent, doc.issuer.unit, doc.number, doc.date),
    }


def round_trip(invoke: Invoke, plan: Path, tmp: Path, framework: str | None = None) -> Path:
    xlsx = tmp / f"{plan.stem}.xlsx"
    result = invoke("render", str(plan), "--xlsx", str(xlsx))
    assert result.exit_code == 0, result.output
    back = tmp / f"{plan.stem}.back.yaml"
    args = ["import", str(xlsx), "-o", str(back)]
    if framework:
        args += ["--framework", framework]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert "trong đó 0 mục chưa khớp khung" in result.output  # all came back by their ids
    return back


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_round_trip(invoke: Invoke, example: Path, tmp_path: Path) -> None:
    back = round_trip(invoke, example, tmp_path)
    assert signature(back) == signature(example)
    # the framework was recognised from the table alone
    assert check_file(back).plan.framework == check_file(example).plan.framework  # type: ignore[union-attr]


WORDS = [
    "hội nghị",
    "tuyên truyền",
    "BHXH",
    "BHYT",
    "đối thoại",
    "xã",
    "huyện",
    "tờ rơi",
    "người lao động",
    "Zalo",
    "(2-4 người)",
    "tư vấn",
    "“Một cửa”",
    "thôn, bản",
    "50%",
    "3.1",
    "no",
    "=SUM(A1)",
    "tập huấn",
    "định kỳ",
    "…",
    "Ký",
    "hợp đồng",
    "dân tộc",
]
text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
item = text.filter(lambda s: not s.startswith(("-", "+", "•", "*", "=")))
plain_item = item.filter(lambda s: s.rstrip(";.,: ") == s)
name = st.lists(
    st.sampled_from(["tiếng Mông", "già làng", "tiếng Dao", "chức sắc"]),
    min_size=1,
    max_size=3,
    unique=True,
)


@st.composite
def rows(draw: st.DrawFn, forms: list[str], prefix: str) -> list[dict[str, Any]]:
    out = []
    for n in range(draw(st.integers(1, 3))):
        row: dict[str, Any] = {"id": f"{prefix}-{n}", "form": draw(st.sampled_from(forms))}
        if draw(st.booleans()):
            row["form_text"] = draw(item)
        freq = draw(st.sampled_from(["", "single", "lines"]))
        if freq == "single":
            row["frequency"] = draw(text)
        elif freq == "lines":
            row["frequency"] = "- " + draw(item) + "\n- " + draw(item)
        method = draw(st.lists(item, min_size=1, max_size=4))
        if len(method) > 1 and draw(st.booleans()):
            method[1] = "+ " + method[1]
        row["method"] = method
        row["lead"] = draw(text)
        partners = draw(st.lists(plain_item, max_size=3))
        if partners:
            row["partners"] = partners
            row["coordination"] = draw(text)
        tasks = draw(st.lists(item, max_size=2))
        if tasks:
            row["tasks"] = tasks
        if draw(st.booleans()):
            row["languages"] = draw(name)
        out.append(row)
    return out


@st.composite
def plans(draw: st.DrawFn, framework: str) -> dict[str, Any]:
    fw = load_framework(framework).framework
    forms = [f.id for f in fw.forms]
    # the framework's order: a group's own entry before its sub-groups' (see docs/import.md)
    keys = [(g.id, None) for g in fw.groups] + [
        (g.id, s.id) for g in fw.groups for s in g.subgroups
    ]
    keys.sort(key=lambda k: [g.id for g in fw.groups].index(k[0]))
    chosen = draw(st.lists(st.sampled_from(keys), min_size=1, max_size=5, unique=True))
    chosen.sort(key=keys.index)
    scenario = []
    for i, (group, sub) in enumerate(chosen):
        entry: dict[str, Any] = {"group": group, "subgroup": sub}
        if draw(st.booleans()):
            entry["subject"] = draw(item)
        entry["rows"] = draw(rows(forms, f"e{i}"))
        scenario.append(entry)
    year = fw.year
    return {
        "framework": framework,
        "kind": fw.kind.value,
        "year": year,
        "level": draw(st.sampled_from(["province", "district"])),
        "document": {
            "issuer": {"parent": "BẢO HIỂM XÃ HỘI VIỆT NAM", "unit": "BẢO HIỂM XÃ HỘI TỈNH X"},
            "number": f"{draw(st.integers(1, 999)):02d}/KH-BHXH",
            "place": "X",
            "date": dt.date(year, 1, draw(st.integers(1, 28))),
            "title": f"Kế hoạch năm {year}",
            "signer": {"title": "GIÁM ĐỐC", "name": "Nguyễn Văn A"},
            "recipients": ["Lưu: VT."],
        },
        "scenario": scenario,
    }


@pytest.mark.parametrize("framework", ["vss-2023", "thang-van-dong-2021"])
def test_generated_plans_round_trip(invoke: Invoke, framework: str, tmp_path_factory: Any) -> None:
    # each example renders a workbook and imports it: no shrinking (slow), a fixed budget
    @settings(
        max_examples=12,
        deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(plans(framework))
    def check(data: dict[str, Any]) -> None:
        tmp = tmp_path_factory.mktemp("rt")
        plan = tmp / "plan.yaml"
        plan.write_text(render(data), encoding="utf-8")
        back = round_trip(invoke, plan, tmp, framework)
        assert signature(back) == signature(plan)

    check()
