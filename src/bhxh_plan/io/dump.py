"""Canonical YAML output of plain data (``frameworks show``, tests).

There is one YAML writer, the emitter of ``bhxh-plan fmt``; this module keeps
the page width it uses and a helper for data that went through JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WIDTH: Final = 100


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
    """Plain data (as from ``model_dump(mode="json")``) as canonical block-style YAML."""
    # imported here: the writer sits above io (it orders keys by the models)
    from bhxh_plan.fmt.write import dump

    return dump(_restore_dates(data))
