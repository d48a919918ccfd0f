"""Pydantic validation errors as positioned, translated problems."""

from __future__ import annotations

import types
import typing
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.problems import Locator, Problem, problem_at
from bhxh_plan.suggest import slugify, suggest


class Source(Locator, Protocol):
    """A loaded document as the messages need it (``io.loader.Document`` is one)."""

    def source_text(self, loc: tuple[str | int, ...]) -> str | None: ...


# the message key of a loaded value's type
_KIND = {
    str: "type.text",
    int: "type.int",
    float: "type.float",
    bool: "type.bool",
    list: "type.list",
    dict: "type.dict",
}
# pydantic's wrong-type errors: the message key of the type expected, and of the hint
_INT = ("type.int", "schema.int.hint")
_DATE = ("type.date", "load.bad_date.hint")
_TYPES: dict[str, tuple[str, str]] = {
    "int_type": _INT,
    "int_parsing": _INT,
    "int_from_float": _INT,
    "float_type": ("type.number", ""),
    "bool_type": ("type.bool", ""),
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "list_type": ("type.list", ""),
    "dict_type": ("type.dict", ""),
    "model_type": ("type.dict", ""),
    "model_attributes_type": ("type.dict", ""),
}


def problems_from_error(exc: ValidationError, doc: Source, model: type[BaseModel]) -> list[Problem]:
    """Translate every error of ``exc`` into a :class:`Problem` located in ``doc``."""
    out: list[Problem] = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        message, hint, suggestions = _describe(err, loc, doc, model)
        out.append(
            problem_at(
                doc,
                loc,
                codes.SCHEMA,
                message,
                hint,
                suggestions=suggestions,
                key=err["type"] == "extra_forbidden",
            )
        )
    return out


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[str | int, ...]:
    # pydantic adds validator names (e.g. "function-before[...]") to some locations
    return tuple(
        p
        for p in loc
        if isinstance(p, int) or ("[" not in p and "-" not in p) or p.replace("-", "").isalnum()
    )


def _describe(
    err: Any, loc: tuple[str | int, ...], doc: Source, model: type[BaseModel]
) -> tuple[str, str, list[str]]:
    etype: str = err["type"]
    field = str(loc[-1]) if loc else ""
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if etype == "missing":
        return t("schema.missing", field=field), t("schema.missing.hint", field=field), []
    if etype == "extra_forbidden":
        allowed = sorted(fields_at(model, loc[:-1]))
        sugg = suggest(field, ((f, ()) for f in allowed))
        hint = t("schema.extra.hint", allowed=", ".join(allowed))
        if sugg:
            hint = t("schema.did_you_mean", options=", ".join(sugg)) + "; " + hint
        return t("schema.extra", field=field), hint, sugg
    if etype == "string_type":
        raw = doc.source_text(loc)
        if isinstance(value, int | float) and not isinstance(value, bool) and raw is not None:
            return (
                t("schema.number_for_text", value=raw),
                t("schema.quote.hint", field=field, value=raw),
                [],
            )
        return t("schema.type", expected=t("type.text"), got=_kind(value)), "", []
    if etype in _TYPES:
        expected, hint = _TYPES[etype]
        return t("schema.type", expected=t(expected), got=_kind(value)), t(hint) if hint else "", []
    if etype == "enum":
        options = str(ctx.get("expected", ""))
        opts = [o.strip(" '") for o in options.replace(" or ", ",").split(",") if o.strip()]
        sugg = suggest(str(value), ((o, ()) for o in opts))
        hint = t("schema.choose", options=", ".join(opts))
        return t("schema.enum", value=value), hint, sugg
    if etype == "string_pattern_mismatch":
        if (
            field in ("id",)
            or "Slug" in str(ctx.get("pattern", ""))
            or "a-z0-9]+(-" in str(ctx.get("pattern", ""))
        ):
            return (
                t("schema.slug", value=value),
                t("schema.slug.hint", slug=slugify(str(value))),
                [],
            )
        return t("schema.pattern", value=value), t("schema.code.hint"), []
    if etype == "string_too_short":
        return t("schema.empty"), t("schema.empty.hint"), []
    if etype in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limit = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        return t("schema.range", value=value, limit=limit, op=etype), "", []
    if etype == "money_range":
        return (
            t("schema.money_range", value=_number(value), limit=_number(ctx.get("limit"))),
            t("schema.money_range.hint"),
            [],
        )
    if etype == "target_range":
        shown = doc.source_text(loc) or _number(value)
        return (
            t("schema.target_range", value=shown, limit=_number(ctx.get("limit"))),
            t("schema.target_range.hint"),
            [],
        )
    if etype == "date_range":
        return (
            t("schema.date_range", value=value, low=ctx.get("low"), high=ctx.get("high")),
            t("schema.date_range.hint"),
            [],
        )
    if etype == "day_month":
        return t("schema.day_month", value=value), t("schema.day_month.hint"), []
    if etype == "deadline_day":
        return t("schema.deadline_day"), t("schema.deadline_day.hint"), []
    if etype == "too_short":
        return t("schema.too_short", min=ctx.get("min_length", 1)), "", []
    return t("schema.other", detail=err.get("msg", etype)), "", []


def _number(value: Any) -> str:
    # grouped like 1.000.000 as offices write money; very long ones by their length
    if isinstance(value, int) and not isinstance(value, bool):
        digits = len(str(abs(value)))
        if digits > 24:
            return t("number.digits", digits=digits)
        return f"{value:,}".replace(",", ".")
    return str(value)


def _kind(value: Any) -> str:
    key = _KIND.get(type(value))
    if value is None:
        return t("type.null")
    return t(key) if key else type(value).__name__


def fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> set[str]:
    """Field names allowed at ``loc`` inside ``model`` (for "did you mean")."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        current = _unwrap(current)
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return set()
        current = fields[part].annotation
    current = _unwrap(current)
    return set(getattr(current, "model_fields", {}) or ())


def _unwrap(tp: Any) -> Any:
    for _ in range(6):
        origin = typing.get_origin(tp)
        if origin in (list, typing.Union, types.UnionType) or origin is dict:
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = next(
                (a for a in args if isinstance(a, type) and issubclass(a, BaseModel)),
                args[-1] if args else tp,
            )
        elif origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        else:
            break
    return tp
