"""Stable codes of the problems that loading and validation report.

Lint rules (``BP1xx``) live in ``bhxh_plan.rules``; these ``BP0xx`` codes are
the built-in checks every command runs before any rule.
"""

from __future__ import annotations

from typing import Final

INTERNAL: Final = "BP000"
YAML_SYNTAX: Final = "BP001"
ENCODING: Final = "BP002"
DUPLICATE_KEY: Final = "BP003"
LIMITS: Final = "BP004"
SCHEMA: Final = "BP005"
UNKNOWN_REF: Final = "BP006"
FRAMEWORK: Final = "BP007"
BAD_VALUE: Final = "BP008"
WAIVER: Final = "BP009"
CONFIG: Final = "BP010"
UNREADABLE: Final = "BP011"

NAMES: Final[dict[str, str]] = {
    INTERNAL: "internal-error",
    YAML_SYNTAX: "yaml-syntax",
    ENCODING: "encoding",
    DUPLICATE_KEY: "duplicate-key",
    LIMITS: "limits",
    SCHEMA: "schema",
    UNKNOWN_REF: "unknown-reference",
    FRAMEWORK: "framework",
    BAD_VALUE: "bad-value",
    WAIVER: "waiver",
    CONFIG: "config",
    UNREADABLE: "unreadable",
}
