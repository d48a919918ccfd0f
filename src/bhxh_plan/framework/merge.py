"""How a framework that ``extends`` another is laid over it."""

from __future__ import annotations

from typing import Any, TypeGuard

_OWN_KEYS = frozenset({"extends", "remove"})


def _is_item_list(value: Any) -> TypeGuard[list[dict[str, Any]]]:
    return isinstance(value, list) and all(isinstance(v, dict) and "id" in v for v in value)


def merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Lay ``child`` over ``parent``.

    Lists of items with ids merge by id (an item of the child updates the
    parent's item key by key, new ids are appended); mappings merge key by key;
    anything else is replaced. Ids in the child's ``remove`` are dropped at any
    depth (a province removing a sub-group its communes need not detail).
    """
    out = _merge_dicts(parent, child)
    out["extends"] = child.get("extends")
    out["remove"] = list(child.get("remove") or [])
    removed = set(out["remove"])
    return _drop(out, removed) if removed else out


def _merge_dicts(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    out = dict(parent)
    for key, value in child.items():
        if key in _OWN_KEYS:
            continue
        old = out.get(key)
        if _is_item_list(old) and _is_item_list(value):
            out[key] = _merge_items(old, value)
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge_dicts(old, value)
        else:
            out[key] = value
    return out


def _merge_items(parent: list[dict[str, Any]], child: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged = {item["id"]: item for item in parent}
    for item in child:
        base = merged.get(item["id"])
        merged[item["id"]] = _merge_dicts(base, item) if base is not None else item
    return list(merged.values())


def _drop(value: Any, removed: set[str]) -> Any:
    if isinstance(value, list):
        return [
            _drop(v, removed) for v in value if not (isinstance(v, dict) and v.get("id") in removed)
        ]
    if isinstance(value, dict):
        return {k: (v if k == "remove" else _drop(v, removed)) for k, v in value.items()}
    return value
