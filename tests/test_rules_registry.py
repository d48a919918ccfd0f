"""The rule registry: rules found by module name, their messages beside them, strict
message keys under test, ``--fix`` driven by ``RuleMeta.fixable``, and the worked example
of docs/rules.md ("Thêm một quy tắc") run as a real rule."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bhxh_plan import messages
from bhxh_plan.fix import fix_document
from bhxh_plan.i18n import STRICT_ENV, MissingMessageError, t
from bhxh_plan.io.loader import Document, load_file
from bhxh_plan.problems import Severity
from bhxh_plan.rules import RULES, Rule, RuleError, fixable, load_rule
from bhxh_plan.rules.base import RuleMeta
from tests.conftest import ROOT
from tests.rule_cases import check_case, load_cases

RULES_SRC = ROOT / "src" / "bhxh_plan" / "rules"


def _module(name: str, meta: RuleMeta, **attrs: object) -> ModuleType:
    module = ModuleType(f"fake.{name}")
    module.META = meta  # type: ignore[attr-defined]
    module.check = lambda ctx: iter(())  # type: ignore[attr-defined]
    module.MESSAGES = {meta.key("summary"): ("x", "x"), meta.key("fix"): ("x", "x")}  # type: ignore[attr-defined]
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


def _meta(rule: str = "BP190", name: str = "made-up", fixable: bool = False) -> RuleMeta:
    return RuleMeta(rule, name, Severity.WARNING, "", fixable=fixable)


def test_every_rule_module_is_registered_under_its_own_name() -> None:
    on_disk = sorted(p.stem for p in RULES_SRC.glob("bp[0-9][0-9][0-9]_*.py"))
    names = sorted(f"{r.lower()}_{rule.meta.name.replace('-', '_')}" for r, rule in RULES.items())
    assert on_disk == names
    assert len(RULES) == 17


def test_a_module_named_otherwise_than_its_rule_is_refused() -> None:
    with pytest.raises(RuleError, match="bp190_made_up"):
        load_rule(_module("bp190_something_else", _meta()))


def test_messages_of_another_rule_are_refused() -> None:
    own = {"lint.bp101": ("a", "a")}
    with pytest.raises(RuleError, match=r"lint\.bp190"):
        load_rule(_module("bp190_made_up", _meta(), MESSAGES=own))


def test_a_fixable_rule_without_fix_is_refused() -> None:
    with pytest.raises(RuleError, match="defines no fix"):
        load_rule(_module("bp190_made_up", _meta(fixable=True)))


def test_fixable_follows_the_metadata() -> None:
    assert fixable(RULES) == [r for r in sorted(RULES) if RULES[r].meta.fixable] == ["BP114"]
    assert fixable(["BP101", "BP107"]) == []


def test_rule_messages_live_beside_their_rule_and_are_in_the_catalogue() -> None:
    areas = {key for module in messages.MODULES for key in module.MESSAGES}
    for rule in RULES.values():
        short = f"{rule.meta.id.lower()}_{rule.meta.name.replace('-', '_')}"
        module = sys.modules[f"bhxh_plan.rules.{short}"]
        own = module.MESSAGES
        assert own, rule.meta.id
        assert not set(own) & areas, rule.meta.id
        assert all(messages.CATALOG[key] == text for key, text in own.items())


def test_rule_modules_use_literal_message_keys_that_exist() -> None:
    for path in RULES_SRC.glob("bp*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\bt\(\s*f[\"']", source), path.name
        for key in re.findall(r"[\"'](lint\.[a-z0-9_.]+)[\"']", source):
            assert key in messages.CATALOG, (path.name, key)


def test_a_missing_key_raises_under_test_and_shows_the_key_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(MissingMessageError):
        t("lint.no_such_key")
    monkeypatch.setenv(STRICT_ENV, "0")
    assert t("lint.no_such_key") == "lint.no_such_key"


def test_fix_runs_only_the_fixable_rules_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("purposes:\n  - Hội nghị  tập huấn\n", encoding="utf-8")
    assert fix_document(load_file(path), ["BP101"]) == 0
    assert fix_document(load_file(path), ["BP114"]) == 1
    assert path.read_text(encoding="utf-8") == "purposes:\n  - Hội nghị tập huấn\n"


def test_fix_is_not_tied_to_bp114(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any rule whose metadata says fixable is applied by ``fix_document``."""

    def upper(doc: Document) -> tuple[str, object]:
        text = doc.raw.decode("utf-8").replace("abc", "ABC")
        return text, {"name": "ABC"}

    monkeypatch.setitem(RULES, "BP190", Rule(_meta(fixable=True), lambda ctx: iter(()), upper))
    path = tmp_path / "plan.yaml"
    path.write_text("name: abc  # giữ chú thích\n", encoding="utf-8")
    assert fix_document(load_file(path), ["BP190"]) == 1
    assert path.read_text(encoding="utf-8") == "name: ABC  # giữ chú thích\n"


def _block(text: str, lang: str, after: str) -> str:
    start = text.index(f"```{lang}\n", text.index(after)) + len(lang) + 4
    return text[start : text.index("```", start)]


def test_the_worked_example_of_the_rules_page_is_a_working_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    source = tmp_path / "bp118_purposes.py"
    source.write_text(_block(page, "python", "## Thêm một quy tắc"), encoding="utf-8")
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "BP118.yaml").write_text(_block(page, "yaml", "tests/rules/cases/BP118.yaml"))
    spec = importlib.util.spec_from_file_location("example.bp118_purposes", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(messages, "CATALOG", dict(messages.CATALOG))
    monkeypatch.setattr(messages, "REGISTERED", dict(messages.REGISTERED))
    monkeypatch.setitem(RULES, "BP118", load_rule(module))
    found = load_cases(cases)
    assert len(found) == 4 and {bool(c.expect) for c in found} == {True, False}
    for i, case in enumerate(found):
        check_case(case, tmp_path / str(i))
