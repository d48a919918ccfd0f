"""Run rule cases: short text patches over one shared base plan, with exact findings.

A case file (``tests/rules/cases/BPxxx.yaml``) names its ``rule`` and lists ``cases``:

- ``name``: what the case shows;
- ``base``: ``plan`` (``tests/rules/base.yaml``, the default) or ``campaign``
  (``base-campaign.yaml``);
- ``cut``: ``[first, stop]`` pairs: the text from ``first`` up to (not including) the
  next ``stop`` is removed; ``replace``: ``[old, new]`` pairs applied in order (each
  ``first`` and ``old`` must occur exactly once, so a patch cannot silently miss);
  ``append``: text added at the end;
- ``expect``: every finding, as ``"LINE:COL RULE SEVERITY"`` (``waived`` for a waived
  finding), optionally followed by ``": "`` and a part of the Vietnamese message;
  ``[]`` for a passing case;
- ``fixed`` (fixable rules): ``[old, new]`` pairs that turn the patched plan into the
  text ``lint --fix`` must write (``[]``: the file is left as it is).

Only the case's rule is selected, so a finding of any other code (a validation error
of the patched plan) fails the case.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bhxh_plan.config import LintConfig, Loaded
from bhxh_plan.fix import fix_document
from bhxh_plan.io.loader import load_file
from bhxh_plan.lint import LintOptions, lint_one
from bhxh_plan.problems import Problem

RULES_DIR = Path(__file__).parent / "rules"
CASES_DIR = RULES_DIR / "cases"
BASES = {"plan": "base.yaml", "campaign": "base-campaign.yaml"}
FRAMEWORKS = {"FRAMEWORK": "framework.yaml", "CAMPAIGN": "framework-campaign.yaml"}
_EXPECT = re.compile(r"(\d+):(\d+) (BP\d{3}) (error|warning|info|waived)(?:: (.*))?")
# waivers expire relative to "today": the cases run on a fixed day
TODAY = dt.date(2023, 3, 1)


@dataclass(frozen=True)
class Case:
    """One case of one rule."""

    rule: str
    name: str
    text: str
    expect: tuple[str, ...]
    fixed: str | None


def patch(text: str, pairs: list[list[str]], where: str) -> str:
    """``text`` with each ``[old, new]`` replaced; ``old`` must occur exactly once."""
    for old, new in pairs:
        count = text.count(old)
        assert count == 1, f"{where}: {old!r} occurs {count} times in the text"
        text = text.replace(old, new)
    return text


def cut(text: str, pairs: list[list[str]], where: str) -> str:
    """``text`` without the span from each ``first`` up to the next ``stop``."""
    for first, stop in pairs:
        count = text.count(first)
        assert count == 1, f"{where}: {first!r} occurs {count} times in the text"
        start = text.index(first)
        end = text.index(stop, start + len(first)) if stop else len(text)
        text = text[:start] + text[end:]
    return text


def load_cases(folder: Path = CASES_DIR) -> list[Case]:
    """Every case of every case file in ``folder``."""
    out: list[Case] = []
    for path in sorted(folder.glob("BP*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for raw in data["cases"]:
            out.append(_case(data["rule"], raw, path.name))
    return out


def _case(rule: str, raw: dict[str, Any], source: str) -> Case:
    where = f"{source}: {raw['name']}"
    base = (RULES_DIR / BASES[raw.get("base", "plan")]).read_text(encoding="utf-8")
    text = cut(base, raw.get("cut", []), where)
    text = patch(text, raw.get("replace", []), where) + raw.get("append", "")
    fixed = patch(text, raw["fixed"], where) if "fixed" in raw else None
    return Case(rule, raw["name"], text, tuple(raw["expect"]), fixed)


def write_plan(text: str, folder: Path) -> Path:
    """Write a case plan into ``folder`` with its framework placeholder made a real path."""
    for placeholder, name in FRAMEWORKS.items():
        text = text.replace(f"framework: {placeholder}", f"framework: {RULES_DIR / name}", 1)
    folder.mkdir(exist_ok=True)
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def findings(path: Path, rule: str) -> list[Problem]:
    """What ``lint`` reports for ``path`` with only ``rule`` selected."""
    options = LintOptions(Loaded(LintConfig(), None, None), select=(rule,), today=TODAY)
    return lint_one((str(path), options)).problems


def shown(p: Problem) -> str:
    """A finding as a case writes it, without the message."""
    return f"{p.line}:{p.column} {p.rule} {'waived' if p.waived else p.severity.value}"


def check_case(case: Case, folder: Path) -> None:
    """Assert that ``case`` reports exactly what it expects (and fixes as expected)."""
    path = write_plan(case.text, folder)
    got = findings(path, case.rule)
    want = [_EXPECT.fullmatch(e) for e in case.expect]
    assert all(want), f"bad expect line in {case.expect}"
    assert [shown(p) for p in got] == [f"{m[1]}:{m[2]} {m[3]} {m[4]}" for m in want if m], [
        f"{shown(p)}: {p.message}" for p in got
    ]
    for p, m in zip(got, want, strict=True):
        assert m is not None
        assert (m[5] or "") in p.message, (m[5], p.message)
    if case.fixed is not None:
        fix_document(load_file(path), (case.rule,))
        written = path.read_text(encoding="utf-8")
        assert written == write_plan(case.fixed, folder / "want").read_text(encoding="utf-8")
