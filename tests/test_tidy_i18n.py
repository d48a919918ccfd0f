"""The language is a context: a block, a CLI run or a test cannot leave another one behind."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.i18n import get_lang, set_lang, t, use_lang
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]


def test_use_lang_selects_and_restores() -> None:
    assert get_lang() == "vi"
    with use_lang("en"):
        assert get_lang() == "en" and t("cli.error") == "error"
        set_lang("vi")  # a change inside the block ends with it too
        with use_lang("en"):
            assert get_lang() == "en"
        assert get_lang() == "vi"
        set_lang("en")
    assert get_lang() == "vi" and t("cli.error") == "lỗi"


def test_use_lang_restores_after_an_error() -> None:
    with pytest.raises(RuntimeError), use_lang("en"):
        raise RuntimeError
    assert get_lang() == "vi"


def test_unknown_languages_are_refused() -> None:
    with pytest.raises(ValueError), use_lang("fr"):
        pass  # pragma: no cover
    with pytest.raises(ValueError):
        set_lang("fr")
    assert get_lang() == "vi"


def test_another_context_has_its_own_language() -> None:
    ctx = contextvars.copy_context()
    ctx.run(set_lang, "en")
    assert ctx.run(get_lang) == "en" and get_lang() == "vi"


def test_a_cli_run_in_english_leaves_no_english_behind(invoke: Invoke, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    res = invoke("--lang", "en", "validate", str(plan), "nowhere.yaml")
    assert res.exit_code == 2 and "not found" in res.output
    assert get_lang() == "vi" and t("cli.error") == "lỗi"
    res = invoke("validate", "nowhere.yaml")
    assert "không tìm thấy" in res.output


def test_a_cli_run_keeps_the_callers_language(invoke: Invoke) -> None:
    # the run starts from BHXH_PLAN_LANG (or Vietnamese), and the caller's language comes back
    with use_lang("en"):
        res = invoke("validate", "nowhere.yaml", env={"BHXH_PLAN_LANG": "vi"})
        assert "không tìm thấy" in res.output
        assert get_lang() == "en"


def test_a_test_that_sets_english_and_forgets() -> None:
    set_lang("en")  # conftest's fixture undoes it: the next test starts in Vietnamese


def test_the_next_test_starts_in_vietnamese() -> None:
    assert get_lang() == "vi"
