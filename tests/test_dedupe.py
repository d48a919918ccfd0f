"""Shared pieces that replaced copies: they keep serving every former user."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bhxh_plan
from bhxh_plan.commands.base import CommandError
from bhxh_plan.diff.gitsetup import GitError
from bhxh_plan.diff.sources import SourceError
from bhxh_plan.i18n import t, use_lang
from bhxh_plan.io.output import OutputError
from bhxh_plan.io.templates import BoundedLoader
from bhxh_plan.problems import HintedError
from bhxh_plan.render import templating
from bhxh_plan.rules.base import blank, lacking

SRC = Path(bhxh_plan.__file__).parent


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}


def test_one_template_loader_below_render_and_rollup() -> None:
    assert vars(templating)["BoundedLoader"] is BoundedLoader
    assert not any(m.startswith("bhxh_plan.render") for m in _imported(SRC / "rollup/html_out.py"))


@pytest.mark.parametrize("cls", [CommandError, GitError, SourceError, OutputError])
def test_user_errors_share_message_and_hint(cls: type[HintedError]) -> None:
    exc = cls("what", "do this")
    assert isinstance(exc, HintedError)
    assert (str(exc), exc.message, exc.hint) == ("what", "what", "do this")
    assert cls("what").hint == ""


_EMPTY: list[object] = [None, "", "  \n", [], False, 0]
_FILLED: list[object] = ["x", ["a"], True, 3]


@pytest.mark.parametrize(
    ("value", "empty"), [(v, True) for v in _EMPTY] + [(v, False) for v in _FILLED]
)
def test_blank(value: object, empty: bool) -> None:
    assert blank(value) is empty


def test_lacking_names_only_blank_fields() -> None:
    with use_lang("en"):
        fields = (
            ("lint.field.lead", ""),
            ("lint.field.frequency", None),
            ("lint.field.method", "x"),
        )
        assert lacking(fields) == f"{t('lint.field.lead')}, {t('lint.field.frequency')}"
        assert lacking((("lint.field.lead", "a"),)) == ""
