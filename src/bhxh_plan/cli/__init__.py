"""The ``bhxh-plan`` command line: thin wrappers over the library.

Each command lives in its own module and registers itself on the shared typer
app. Heavy modules are imported inside the commands that need them so that
``bhxh-plan --help`` starts fast.
"""

from bhxh_plan.cli import (
    calendar_cmd,
    diff_cmd,
    fmt_cmd,
    frameworks_cmd,
    git_cmd,
    import_cmd,
    init_cmd,
    lint_cmd,
    render_cmd,
    rollup_cmd,
    rules_cmd,
    schema_cmd,
    validate_cmd,
)
from bhxh_plan.cli._app import app, main

__all__ = [
    "app",
    "calendar_cmd",
    "diff_cmd",
    "fmt_cmd",
    "frameworks_cmd",
    "git_cmd",
    "import_cmd",
    "init_cmd",
    "lint_cmd",
    "main",
    "render_cmd",
    "rollup_cmd",
    "rules_cmd",
    "schema_cmd",
    "validate_cmd",
]
