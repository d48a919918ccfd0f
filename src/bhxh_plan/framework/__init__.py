"""Bundled and user frameworks: discovery, ``extends``, loading and cross-checks."""

from bhxh_plan.framework.registry import (
    FrameworkError,
    LoadedFramework,
    available,
    load_framework,
)

__all__ = ["FrameworkError", "LoadedFramework", "available", "load_framework"]
