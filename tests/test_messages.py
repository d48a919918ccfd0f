"""The message catalogue: complete, unique, NFC, and every key used in the code exists."""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter

import bhxh_plan.rules  # noqa: F401 - loading the rules adds their messages to the catalogue
from bhxh_plan.messages import CATALOG, MODULES
from tests.conftest import ROOT


def test_no_key_is_defined_twice() -> None:
    counts = Counter(key for module in MODULES for key in module.MESSAGES)
    assert [k for k, n in counts.items() if n > 1] == []


def test_both_languages_nfc_and_same_placeholders() -> None:
    fields = string.Formatter()
    for key, (vi, en) in CATALOG.items():
        assert vi and en, key
        assert unicodedata.is_normalized("NFC", vi), key
        names_vi = {f for _, f, _, _ in fields.parse(vi) if f}
        names_en = {f for _, f, _, _ in fields.parse(en) if f}
        assert names_vi == names_en, key


def test_every_literal_key_used_in_the_code_exists() -> None:
    used: set[str] = set()
    for path in (ROOT / "src" / "bhxh_plan").rglob("*.py"):
        if path.name == "howto.py":  # the worked example of a new rule in docs/rules.md
            continue
        used |= set(re.findall(r"\bt\(\s*[\"']([a-z_]+\.[a-z0-9_.]+)[\"']", path.read_text()))
    assert sorted(used - set(CATALOG)) == []
