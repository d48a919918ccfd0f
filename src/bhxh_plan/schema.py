"""JSON Schemas of the plan and framework formats, generated from the models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from bhxh_plan.io.output import write_file
from bhxh_plan.model import Framework, Plan

BASE_URL = "https://bhxh-plan.github.io/schemas"
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "plan.schema.json": (Plan, "Kế hoạch công tác thông tin, truyền thông (bhxh-plan)"),
    "framework.schema.json": (Framework, "Khung kế hoạch truyền thông (bhxh-plan)"),
}


def _vietnamese_titles(node: Any) -> None:
    """Editors show ``title`` on hover: use the Vietnamese description, not the key name."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for prop in props.values():
                desc = prop.get("description") if isinstance(prop, dict) else None
                if desc:
                    prop["title"] = desc.split(" (")[0].split(":")[0].strip()
        for value in node.values():
            _vietnamese_titles(value)
    elif isinstance(node, list):
        for value in node:
            _vietnamese_titles(value)


def build(model: type[BaseModel], title: str, name: str) -> dict[str, Any]:
    body = model.model_json_schema(mode="validation")
    _vietnamese_titles(body)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URL}/{name}",
        **body,
        "title": title,
    }


def render(name: str) -> str:
    model, title = SCHEMAS[name]
    return json.dumps(build(model, title, name), ensure_ascii=False, indent=2) + "\n"


def write_schemas(out_dir: Path, *, check: bool = False) -> list[str]:
    """Write every schema into ``out_dir``; with ``check``, only list the stale ones."""
    changed: list[str] = []
    for name in SCHEMAS:
        text = render(name)
        target = out_dir / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            changed.append(name)
            if not check:
                write_file(target, text)
    return changed
