"""What ``init`` and ``import`` write, through the one YAML writer (:mod:`bhxh_plan.fmt.write`).

Kept so that code and tests written against ``scaffold.yamltext`` keep working:
:func:`render` is :func:`bhxh_plan.fmt.write.dump`.
"""

from __future__ import annotations

from bhxh_plan.fmt.write import EmitError, Note, comment_lines, plain_data
from bhxh_plan.fmt.write import dump as render

__all__ = ["EmitError", "Note", "comment_lines", "plain_data", "render"]
