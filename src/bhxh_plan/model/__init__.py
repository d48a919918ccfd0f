"""Pydantic models of a plan and of a national framework."""

from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan

__all__ = ["Framework", "Plan"]
