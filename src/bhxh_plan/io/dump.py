"""Canonical YAML output (ruamel.yaml keeps comments when we rewrite user files)."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WIDTH = 100


def make_yaml() -> Any:
    """A round-trip ruamel.yaml instance with the project's canonical layout."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = WIDTH
    yaml.allow_unicode = True
    yaml.preserve_quotes = False
    return yaml


def _restore_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _restore_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_dates(v) for v in value]
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def dump_yaml(data: Any) -> str:
    """Plain data (as from ``model_dump(mode="json")``) as block-style YAML."""
    buf = io.StringIO()
    make_yaml().dump(_restore_dates(data), buf)
    return buf.getvalue()
