"""The layer contract, its page in docs/architecture.md, and what moved down for it."""

from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import bhxh_plan
from bhxh_plan.diff.labels import ENUM_KEYS, Labels
from bhxh_plan.i18n import t
from bhxh_plan.messages import CATALOG
from bhxh_plan.model.common import Channel, Level, PlanKind

ROOT = Path(__file__).resolve().parents[1]


def _contract(contract_id: str) -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    found: dict[str, object] = next(c for c in contracts if c["id"] == contract_id)
    return found


def _layer_modules() -> list[str]:
    layers = _contract("layers")["layers"]
    assert isinstance(layers, list)
    return [name.strip("() ") for layer in layers for name in re.split(r"[|:]", layer)]


def test_every_top_level_module_has_a_layer() -> None:
    placed = set(_layer_modules())
    modules = {m.name for m in pkgutil.iter_modules(bhxh_plan.__path__)}
    assert modules - placed == set()


def test_architecture_page_shows_every_layer_of_the_contract() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| ")]
    shown = {name for row in rows for name in re.findall(r"`([a-z_0-9]+)`", row.split("|")[2])}
    assert set(_layer_modules()) == shown


def test_only_cli_and_report_may_import_the_terminal_libraries() -> None:
    sources = _contract("terminal")["source_modules"]
    assert isinstance(sources, list)
    others = set(_layer_modules()) - {"cli", "report", "__main__", "requirements"}
    assert {s.removeprefix("bhxh_plan.") for s in sources} >= others


def test_enum_values_have_their_diff_wording() -> None:
    values = {e.value for enum in (Level, PlanKind, Channel) for e in enum}
    assert set(ENUM_KEYS) == values
    assert all(key in CATALOG for key in ENUM_KEYS.values())
    labels = Labels()
    assert labels.value("level", Level.DISTRICT) == t("diff.enum.district")
    assert labels.value("channels", ["direct", "digital"]) == "; ".join(
        (t("diff.enum.direct"), t("diff.enum.digital"))
    )
    assert labels.value("kind", "other") == "other"  # a value outside the enums, as written
