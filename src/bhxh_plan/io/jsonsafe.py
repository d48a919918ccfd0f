"""JSON that every parser accepts: no ``NaN`` or ``Infinity`` tokens, ever.

Python's ``json`` writes non-finite floats as ``NaN``/``Infinity``, which the
JSON standard (and ``JSON.parse``, ``jq``, most CI tools) rejects. The model
refuses such numbers in plans; this is the guard for anything that slips past
(e.g. a value quoted in a diff of raw data): non-finite floats are written as
their YAML spelling (".nan", ".inf", "-.inf"), so the output still says what
the file said.
"""

from __future__ import annotations

import json
import math
from typing import Any, TextIO


def finite(value: Any) -> Any:
    """``value`` with every non-finite float replaced by its YAML spelling."""
    if isinstance(value, float) and not math.isfinite(value):
        if math.isnan(value):
            return ".nan"
        return ".inf" if value > 0 else "-.inf"
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def dumps(value: Any, **kwargs: Any) -> str:
    """:func:`json.dumps` of :func:`finite` ``value`` (``allow_nan`` is always off)."""
    return json.dumps(finite(value), allow_nan=False, **kwargs)


def dump(value: Any, out: TextIO, **kwargs: Any) -> None:
    """:func:`json.dump` of :func:`finite` ``value`` (``allow_nan`` is always off)."""
    json.dump(finite(value), out, allow_nan=False, **kwargs)
