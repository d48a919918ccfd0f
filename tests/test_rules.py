"""Every rule against its YAML cases (tests/rules/BPxxx.yaml), with only that rule selected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.config import LintConfig, Loaded
from bhxh_plan.io.loader import load_file
from bhxh_plan.lint import LintOptions, lint_one
from bhxh_plan.rules import RULES, all_meta

CASES_DIR = Path(__file__).parent / "rules"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES_DIR.glob("BP*.yaml")):
        data = load_file(path).data
        for case in data["cases"]:
            out.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}"))
    return out


def test_every_rule_has_passing_and_failing_cases() -> None:
    covered: dict[str, set[bool]] = {}
    for path in CASES_DIR.glob("BP*.yaml"):
        data = load_file(path).data
        covered[data["rule"]] = {bool(c["expect"]) for c in data["cases"]}
    assert {m.id: covered.get(m.id) for m in all_meta()} == {
        m.id: {True, False} for m in all_meta()
    }


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: str, case: dict[str, Any], tmp_path: Path) -> None:
    assert rule in RULES
    text = case["plan"].replace(
        "framework: FRAMEWORK", f"framework: {CASES_DIR / 'framework.yaml'}"
    )
    text = text.replace(
        "framework: CAMPAIGN", f"framework: {CASES_DIR / 'framework-campaign.yaml'}"
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    options = LintOptions(Loaded(LintConfig(), None, None), select=(rule,))
    result = lint_one((str(plan), options))
    broken = [p for p in result.problems if p.rule != rule]
    assert broken == [], "the case plan itself must be valid"
    got = [(p.line, p.message) for p in result.problems]
    want = [(e["line"], e["message"]) for e in case["expect"]]
    assert len(got) == len(want), got
    for (line, message), (want_line, want_message) in zip(sorted(got), sorted(want), strict=True):
        assert line == want_line, (message, got)
        assert want_message in message, got
