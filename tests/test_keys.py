"""Every message key is written out in the code, so that a test can see it exists.

``t(f"sev.{severity}")`` hides its keys from any check; a table of literal keys
(:mod:`bhxh_plan.messages.keys`) does not. These tests read ``src/`` as Python (ast):
every ``t()``/``tn()`` key is a literal of the catalogue or a value looked up elsewhere,
never a string built in place; every string in the code shaped like a key of the
catalogue exists; and the rules' summaries and fixes are catalogue entries too.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import bhxh_plan.rules  # noqa: F401 - loading the rules adds their messages to the catalogue
from bhxh_plan.i18n import use_lang
from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.messages import CATALOG, keys
from bhxh_plan.problems import Severity
from bhxh_plan.rules import RULES, RuleError, all_meta, load_rule
from bhxh_plan.rules.base import RuleMeta
from tests.conftest import ROOT

SRC = ROOT / "src" / "bhxh_plan"
PREFIXES = {key.split(".", 1)[0] for key in CATALOG}
# a string with the shape of a message key whose first part names a catalogue area
KEY_SHAPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+")
# strings that start like a key but are built on purpose, with where their keys are checked
BUILT_ON_PURPOSE = {
    # the prefix every key of a rule starts with (load_rule checks it)
    ("rules/__init__.py", "lint."),
    # RuleMeta.key: lint.bpNNN.summary / .fix, which load_rule requires of every rule
    ("rules/base.py", "lint."),
    # a git config name, not a message key
    ("diff/gitsetup.py", "diff."),
}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("messages/"):  # where keys are defined, not used
            continue
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _text(node: ast.AST | None) -> str | None:
    """The string ``node`` is, when it is a string literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _key_arguments(call: ast.Call) -> list[ast.expr]:
    name = call.func.id if isinstance(call.func, ast.Name) else ""
    if name == "t":
        return call.args[:1]
    if name == "tn":
        return call.args[1:3]
    return []


def _problems_with(node: ast.expr, where: str) -> list[str]:
    """Why ``node`` is not an acceptable key argument ([] when it is)."""
    text = _text(node)
    if text is not None:
        return [] if text in CATALOG else [f"{where}: no message {text!r}"]
    if isinstance(node, ast.IfExp):
        return _problems_with(node.body, where) + _problems_with(node.orelse, where)
    method = (
        node.func.attr
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        else ""
    )
    if method in ("format", "join", "replace", "lower", "upper"):
        return [f"{where}: a key built with .{method}(): {ast.unparse(node)}"]
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)):
        return []  # a key looked up elsewhere: its literal is checked where it is written
    return [f"{where}: a key built in place: {ast.unparse(node)}"]


def test_every_t_and_tn_key_is_a_literal_that_exists_or_a_looked_up_value() -> None:
    problems: list[str] = []
    calls = 0
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for arg in _key_arguments(node):
                    calls += 1
                    problems += _problems_with(arg, f"{rel}:{node.lineno}")
    assert calls > 500  # the scan sees the code
    assert problems == []


def test_no_key_is_built_from_a_value() -> None:
    """An f-string or a ``+`` that starts like a key (``f"rollup.col.{k}"``) builds one."""
    built: list[str] = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            head: ast.expr | None = None
            if isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                head = node.left
            text = _text(head)
            if head is None or text is None:
                continue
            first = text.split(".", 1)[0]
            starts_a_key = "." in text and re.fullmatch(r"[a-z0-9_.]+", text) is not None
            if starts_a_key and first in PREFIXES and (rel, f"{first}.") not in BUILT_ON_PURPOSE:
                built.append(f"{rel}:{head.lineno}: {ast.unparse(node)}")
    assert built == []


def test_every_string_shaped_like_a_key_exists() -> None:
    """Keys kept in variables, tables and exceptions are literals too: each must exist."""
    missing: list[str] = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            value = _text(node)
            if value is None or not isinstance(node, ast.Constant):
                continue
            shaped = KEY_SHAPE.fullmatch(value) and value.split(".", 1)[0] in PREFIXES
            if shaped and value not in CATALOG and not _other_dotted_name(value):
                missing.append(f"{rel}:{node.lineno}: {value}")
    assert missing == []


def _other_dotted_name(value: str) -> bool:
    """Dotted strings of the code that are not message keys (file names, modules)."""
    return value.endswith((".yaml", ".py", ".md", ".json", ".html", ".docx", ".xlsx", ".j2"))


def test_the_key_tables_name_only_keys_that_exist() -> None:
    tables = {k: v for k, v in vars(keys).items() if k.isupper() and isinstance(v, dict)}
    assert len(tables) >= 15
    for name, table in tables.items():
        assert table, name
        assert [key for key in table.values() if key not in CATALOG] == [], name
    assert set(keys.SEVERITY) >= {s.value for s in Severity}


def test_rule_summaries_and_fixes_are_catalogue_entries_in_both_languages() -> None:
    for meta in all_meta():
        assert {meta.key("summary"), meta.key("fix")} <= set(CATALOG), meta.id
        with use_lang("vi"):
            vi = meta.summary, meta.fix
        with use_lang("en"):
            en = meta.summary, meta.fix
        assert vi == (CATALOG[meta.key("summary")][0], CATALOG[meta.key("fix")][0])
        assert en == (CATALOG[meta.key("summary")][1], CATALOG[meta.key("fix")][1])
        assert vi != en, meta.id
    assert not hasattr(RULES["BP101"].meta, "summary_vi")


def test_a_rule_module_without_its_summary_or_fix_is_refused() -> None:
    module = ModuleType("fake.bp191_no_texts")
    module.META = RuleMeta("BP191", "no-texts", Severity.INFO, "")  # type: ignore[attr-defined]
    module.check = lambda ctx: iter(())  # type: ignore[attr-defined]
    module.MESSAGES = {"lint.bp191.summary": ("x", "x")}  # type: ignore[attr-defined]
    with pytest.raises(RuleError, match=r"lint\.bp191\.fix"):
        load_rule(module)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "[a]: 1\n", "a key must be text, not a list"),
        ("en", "{a: 1}: 1\n", "a key must be text, not a mapping"),
        ("vi", "[a]: 1\n", "khóa phải là văn bản, không phải danh sách"),
        ("vi", "{a: 1}: 1\n", "khóa phải là văn bản, không phải bảng"),
    ],
)
def test_a_key_that_is_not_text_is_named_in_the_users_language(
    lang: str, text: str, want: str
) -> None:
    with use_lang(lang), pytest.raises(LoadError) as info:
        load_bytes(text.encode(), "plan.yaml")
    assert want in info.value.message


def test_a_file_without_suffix_is_refused_in_the_users_language(tmp_path: Path) -> None:
    from bhxh_plan.importer.safety import Refused, kind_of

    for lang, none in (("en", "(none)"), ("vi", "(không có)")):
        with use_lang(lang), pytest.raises(Refused) as info:
            kind_of(tmp_path / "plan")
        assert info.value.args_ == {"suffix": none}


def test_every_field_the_comparison_names_has_a_label() -> None:
    """``diff`` labels fields through ``DIFF_FIELD``: a field added to the model (a scenario
    row's fields come from it) must get its label, or the lookup fails."""
    from bhxh_plan.diff.plan_diff import ACTIVITY_FIELDS, MONEY_FIELDS
    from bhxh_plan.diff.scenario import ROW_FIELDS

    listed: set[str] = {*ACTIVITY_FIELDS, *MONEY_FIELDS, *ROW_FIELDS}
    tree = ast.parse((SRC / "diff" / "plan_diff.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        called = (
            node.func.attr
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            else ""
        )
        if (
            called == "fields"
            and isinstance(node, ast.Call)
            and isinstance(node.args[-1], ast.Tuple)
        ):
            listed |= {v for v in map(_text, node.args[-1].elts) if v is not None}
    assert len(listed) > 25
    assert sorted(listed - set(keys.DIFF_FIELD)) == []
