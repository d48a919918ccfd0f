"""Hardening (fmtw): comments are read from the parser, once, for waivers and placeholders."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bhxh_plan import waivers
from bhxh_plan.io.comments import read
from bhxh_plan.io.loader import load_bytes
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]

QUOTED = MINIMAL_PLAN.replace(
    "number: 03/KH-BHXH", 'number: "5/KHBHXH #bhxh-plan: ignore[BP115] lý do: x"'
)


def _problems(invoke: Invoke, path: Path, *args: str) -> list[dict[str, Any]]:
    res = invoke("lint", str(path), "--format", "json", *args)
    problems: list[dict[str, Any]] = json.loads(res.output)["files"][0]["problems"]
    return problems


def test_waiver_text_inside_a_quoted_value_is_not_a_waiver(invoke: Invoke, write: Write) -> None:
    found = _problems(invoke, write(QUOTED), "--select", "BP115")
    bp115 = [p for p in found if p["rule"] == "BP115"]
    assert bp115 and not any(p["waived"] for p in bp115)
    assert not [p for p in found if p["rule"] == "BP009"]


def test_a_real_waiver_after_the_same_value_still_waives(invoke: Invoke, write: Write) -> None:
    text = MINIMAL_PLAN.replace(
        "number: 03/KH-BHXH", 'number: "5/KHBHXH"  # bhxh-plan: ignore[BP115] lý do: x'
    )
    found = _problems(invoke, write(text), "--select", "BP115")
    assert [p["waived"] for p in found if p["rule"] == "BP115"] == [True]


def test_parse_reads_comments_not_values() -> None:
    text = (
        'a: "x # bhxh-plan: ignore[BP101] lý do: y"\nb: |\n  # bhxh-plan: ignore[BP102] z\nc: 1\n'
    )
    doc = load_bytes(text.encode())
    found, errors = waivers.parse(text, doc.root)
    assert found == [] and errors == []


def test_comment_reader_skips_hashes_in_scalars_and_keeps_block_headers() -> None:
    text = 'a: "x #y"  # one\nb: |  # two\n  #not\n# three\nc: [d, "#e"]  # four\n'
    doc = load_bytes(text.encode())
    got = [(c.line, c.column, c.text, c.full) for c in read(text, doc.root)]
    assert got == [
        (0, 11, "# one", False),
        (1, 6, "# two", False),
        (3, 0, "# three", True),
        (4, 14, "# four", False),
    ]


def test_placeholder_inside_a_quoted_value_with_hash_is_found_once(
    invoke: Invoke, write: Write
) -> None:
    text = MINIMAL_PLAN.replace(
        "place: Trảng Bom", 'place: "a # <<ĐIỀN: địa danh>>"\n  date: 2023-01-12  # <<ĐIỀN: ngày>>'
    ).replace("  date: 2023-01-12\n  title", "  title")
    found = [p for p in _problems(invoke, write(text), "--select", "BP117")]
    assert sorted(p["path"] for p in found) == ["document.date", "document.place"]


def test_missing_reason_hint_names_the_waived_rule(invoke: Invoke, write: Write) -> None:
    text = MINIMAL_PLAN.replace(
        "number: 03/KH-BHXH", 'number: "5/KHBHXH"  # bhxh-plan: ignore[BP115]'
    )
    found = _problems(invoke, write(text), "--select", "BP115")
    meta = [p for p in found if p["rule"] == "BP009"]
    assert meta and "ignore[BP115]" in meta[0]["hint"] and "BP101" not in meta[0]["hint"]
