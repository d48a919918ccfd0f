"""The administrative levels a framework applies to.

A framework declares its levels (``levels:``: id, Vietnamese name, parent,
aliases); one that declares none uses the five levels every plan used before
levels were data, so older user frameworks and plans keep their meaning.
"""

from __future__ import annotations

from typing import Final

from bhxh_plan.model.framework import Framework, LevelDef

DEFAULT_LEVELS: Final[tuple[LevelDef, ...]] = (
    LevelDef(id="national", name="Trung ương"),
    LevelDef(id="province", name="Tỉnh", parent="national"),
    LevelDef(id="region", name="Khu vực", parent="national"),
    LevelDef(id="district", name="Huyện", parent="province"),
    LevelDef(id="commune", name="Xã", parent="district"),
)


def levels_of(fw: Framework) -> tuple[LevelDef, ...]:
    """The levels ``fw`` declares, or the default five when it declares none."""
    return tuple(fw.levels) if fw.levels else DEFAULT_LEVELS


def level_name(fw: Framework, level: str) -> str:
    """The Vietnamese name of ``level`` in ``fw`` (the id itself when it is not declared)."""
    return next((lv.name for lv in levels_of(fw) if lv.id == level), level)
