"""Generated files are fresh, and the JSON Schemas accept what the models accept."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from bhxh_plan import docs, schema
from bhxh_plan.io.loader import load_file
from tests.conftest import EXAMPLES, FRAMEWORKS, ROOT


def test_schemas_are_fresh() -> None:
    assert schema.write_schemas(ROOT / "schemas", check=True) == [], "run `make schemas`"


def test_readme_reference_is_fresh() -> None:
    assert not docs.update(ROOT / "README.md", check=True), "run `make schemas`"


def _jsonable(value: object) -> object:
    return json.loads(json.dumps(value, default=str))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_match_json_schema(path: Path) -> None:
    plan_schema = json.loads((ROOT / "schemas/plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(_jsonable(load_file(path).data), plan_schema)


@pytest.mark.parametrize("path", FRAMEWORKS, ids=lambda p: p.name)
def test_frameworks_match_json_schema(path: Path) -> None:
    fw_schema = json.loads((ROOT / "schemas/framework.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(_jsonable(load_file(path).data), fw_schema)


def test_shipped_yaml_is_in_canonical_form() -> None:
    from typer.testing import CliRunner

    from bhxh_plan.cli import app

    paths = [str(p) for p in (*EXAMPLES, *FRAMEWORKS)]
    res = CliRunner().invoke(app, ["fmt", "--check", *paths])
    assert res.exit_code == 0, res.output
