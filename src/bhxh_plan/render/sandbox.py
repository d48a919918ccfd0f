"""A Jinja2 sandbox with a work budget, and errors of user templates told as theirs.

A ``--template-dir`` template is code the user wrote: besides the attribute checks of
``SandboxedEnvironment`` it must not hang or exhaust memory. Every loop iteration,
call and attribute lookup spends one operation of :data:`MAX_OPS`; ``range`` is capped
at :data:`MAX_RANGE` items; ``*``, ``**``, ``+`` and ``~`` refuse results longer than
:data:`MAX_TEXT`, as does the whole output. An operation budget (not a clock) keeps the
outcome the same on a slow and a fast machine.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, nodes
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import SandboxedEnvironment

from bhxh_plan.i18n import t

MAX_OPS = 5_000_000
MAX_RANGE = 100_000
MAX_TEXT = 20_000_000
MAX_POWER_BITS = 100_000
_COUNT = "bhxh_budget_iter"
_TEXT = "bhxh_budget_text"


class TemplateBudgetError(TemplateError):
    """The template did more work, or built more text, than the budget allows."""


class TemplateProblem(Exception):
    """A user template failed; ``where`` is ``file:line`` and ``message`` says what."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


def _sized(value: Any) -> Any:
    if isinstance(value, str | bytes | list | tuple) and len(value) > MAX_TEXT:
        raise TemplateBudgetError(t("render.template_too_long", limit=MAX_TEXT))
    return value


def _no_huge_width(args: Iterable[Any]) -> None:
    # a width or count (center, indent, ljust…) is allocated in C before any check could run
    if any(isinstance(a, int) and not isinstance(a, bool) and a > MAX_TEXT for a in args):
        raise TemplateBudgetError(t("render.template_too_long", limit=MAX_TEXT))


def _guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter with its width arguments and the size of its result checked."""
    # pass_context/pass_environment filters get the context first, then the value
    skip = 2 if getattr(func, "jinja_pass_arg", None) is not None else 1

    @functools.wraps(func)  # keeps the pass_context marks jinja reads
    def run(*args: Any, **kwargs: Any) -> Any:
        _no_huge_width([*args[skip:], *kwargs.values()])
        return _sized(func(*args, **kwargs))

    return run


def _text_checked(node: nodes.Concat) -> nodes.Filter:
    return nodes.Filter(node, _TEXT, [], [], None, None, lineno=node.lineno)


class BudgetSandbox(SandboxedEnvironment):
    """``SandboxedEnvironment`` that counts work and caps sizes (see the module text)."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.ops = 0
        self.filters = {name: _guarded(f) for name, f in self.filters.items()}
        self.globals["range"] = self._range
        self.filters[_COUNT] = self._count
        self.filters[_TEXT] = _sized

    def _tick(self) -> None:
        self.ops += 1
        if self.ops > MAX_OPS:
            raise TemplateBudgetError(t("render.template_too_much", limit=MAX_OPS))

    def _count(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self._tick()
            yield item

    def _range(self, *args: int) -> range:
        rng = range(*args)
        if len(rng) > MAX_RANGE:
            raise TemplateBudgetError(t("render.template_range", limit=MAX_RANGE))
        return rng

    def call(
        __self,  # the sandbox's own signature: keyword arguments may be named self
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Count the call; a recursive ``loop(...)`` also counts what it iterates."""
        __self._tick()
        if isinstance(getattr(__obj, "__self__", None), str | bytes | list):
            _no_huge_width([*args, *kwargs.values()])  # "x".ljust(10**9)
        if isinstance(__obj, LoopContext) and args:
            args = (__self._count(args[0]), *args[1:])
        return _sized(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self._tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self._tick()
        return super().getitem(obj, argument)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``**`` and ``+`` with the size of their result checked first."""
        huge = False
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            huge = right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_POWER_BITS
        if operator == "*":
            huge = any(
                isinstance(seq, str | list | tuple)
                and isinstance(n, int)
                and len(seq) * n > MAX_TEXT
                for seq, n in ((left, right), (right, left))
            )
        if huge:
            raise TemplateBudgetError(t("render.template_too_long", limit=MAX_TEXT))
        return _sized(super().call_binop(context, operator, left, right))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse, refuse self-extension, and route loops and ``~`` through the budget."""
        tree = super()._parse(source, name, filename)
        for ext in tree.find_all(nodes.Extends):
            if isinstance(ext.template, nodes.Const) and ext.template.value == name:
                raise TemplateSyntaxError(
                    t("render.template_self_extends", name=name), ext.lineno, name, filename
                )
        for loop in list(tree.find_all(nodes.For)):
            loop.iter = nodes.Filter(loop.iter, _COUNT, [], [], None, None, lineno=loop.lineno)
        for parent in list(tree.find_all(nodes.Node)):
            for field, value in parent.iter_fields():
                if isinstance(value, nodes.Concat):
                    setattr(parent, field, _text_checked(value))
                elif isinstance(value, list):
                    value[:] = [
                        _text_checked(v) if isinstance(v, nodes.Concat) else v for v in value
                    ]
        return tree

    def render_bounded(self, name: str, context: dict[str, Any]) -> str:
        """Render ``name`` with a fresh budget, stopping once the output is too long."""
        self.ops = 0
        out: list[str] = []
        size = 0
        for chunk in self.get_template(name).generate(**context):
            size += len(chunk)
            if size > MAX_TEXT:
                raise TemplateBudgetError(t("render.template_too_long", limit=MAX_TEXT))
            out.append(chunk)
        return "".join(out)


def _inside(path: str, folder: Path) -> bool:
    try:
        return Path(path).resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


def user_problem(exc: BaseException, user_dir: Path) -> TemplateProblem | None:
    """``exc`` told as the user's template error, or None when it is not theirs."""
    if isinstance(exc, TemplateSyntaxError) and exc.filename and _inside(exc.filename, user_dir):
        return TemplateProblem(f"{exc.filename}:{exc.lineno}", exc.message or str(exc))
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename.endswith(".j2") or _inside(f.filename, user_dir)
    ]
    last = frames[-1] if frames else None
    limits = isinstance(exc, TemplateBudgetError | RecursionError | MemoryError)
    if (last is None or not _inside(last.filename, user_dir)) and not limits:
        return None  # raised by a bundled template: a fault of bhxh-plan
    where = f"{last.filename}:{last.lineno}" if last else str(user_dir)
    if isinstance(exc, RecursionError):
        return TemplateProblem(where, t("render.template_recursion"))
    if isinstance(exc, MemoryError):
        return TemplateProblem(where, t("render.template_memory"))
    if isinstance(exc, TemplateNotFound):
        return TemplateProblem(where, t("render.template_not_found", name=exc.name))
    if isinstance(exc, TemplateError):
        return TemplateProblem(where, exc.message or type(exc).__name__)
    return TemplateProblem(where, f"{type(exc).__name__}: {exc}")
