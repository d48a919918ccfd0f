"""Every rule against its cases in tests/rules/cases (see tests/rule_cases.py for the format)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bhxh_plan.rules import RULES
from tests.rule_cases import Case, check_case, findings, load_cases, write_plan

CASES = load_cases()


def test_the_base_plans_are_clean_under_every_rule(tmp_path: Path) -> None:
    for base in ("base.yaml", "base-campaign.yaml"):
        text = (Path(__file__).parent / "rules" / base).read_text(encoding="utf-8")
        path = write_plan(text, tmp_path)
        assert [p for rule in RULES for p in findings(path, rule)] == [], base


def test_every_rule_has_passing_failing_and_fix_cases() -> None:
    kinds: dict[str, set[str]] = {rule: set() for rule in RULES}
    for case in CASES:
        kinds[case.rule].add("fail" if case.expect else "pass")
        if case.fixed is not None:
            kinds[case.rule].add("fix")
    want = {r: {"pass", "fail", *(("fix",) if RULES[r].meta.fixable else ())} for r in RULES}
    assert kinds == want


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}-{c.name}" for c in CASES])
def test_rule_case(case: Case, tmp_path: Path) -> None:
    check_case(case, tmp_path)
