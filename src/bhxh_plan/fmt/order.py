"""Schema order of keys: the order of fields in the Pydantic models.

A plan (or framework) is rewritten with its keys in the order the model
declares them, so that two plans written by different people line up.
Keys the model does not know keep their relative place after the known ones.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel


@dataclass(frozen=True, slots=True)
class Shape:
    """Where each known key goes, and the shape of the values below it."""

    rank: dict[str, int] = field(default_factory=dict)
    models: dict[str, type[BaseModel]] = field(default_factory=dict)

    def child(self, key: str | None) -> Shape:
        """The shape of the value under ``key`` (``None``: an item of a list keeps the shape)."""
        if key is None:
            return self
        model = self.models.get(key)
        return shape_of(model) if model is not None else FREE

    def order(self, keys: list[str]) -> list[int]:
        """Indexes of ``keys`` in schema order; unknown keys last, in their own order."""
        last = len(self.rank)
        return sorted(range(len(keys)), key=lambda i: (self.rank.get(keys[i], last), i))


FREE = Shape()


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds directly, in a list, or as an optional value."""
    tp = annotation
    for _ in range(8):
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            return tp
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (list, typing.Union, types.UnionType):
            inner = [a for a in typing.get_args(tp) if a is not type(None)]
            models = [m for m in map(_model_in, inner) if m is not None]
            return models[0] if models else None
        else:
            return None
    return None


@cache
def shape_of(model: type[BaseModel]) -> Shape:
    """The key order of ``model`` and the models of its nested fields."""
    rank: dict[str, int] = {}
    models: dict[str, type[BaseModel]] = {}
    for i, (name, info) in enumerate(model.model_fields.items()):
        key = info.alias or name
        rank[key] = i
        inner = _model_in(info.annotation)
        if inner is not None:
            models[key] = inner
    return Shape(rank, models)
