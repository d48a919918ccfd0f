"""Vietnamese and English texts of every message, keyed by a stable name.

Each area keeps its messages in its own module; ``CATALOG`` merges them and
a test checks that no key is defined twice.
"""

from __future__ import annotations

from typing import Final

from bhxh_plan.messages import core, diff, fmt, lint, render, rollup, scaffold

MODULES = (core, lint, fmt, render, diff, scaffold, rollup)

CATALOG: Final[dict[str, tuple[str, str]]] = {
    key: value for module in MODULES for key, value in module.MESSAGES.items()
}
