"""Message catalogue: Vietnamese by default, English with ``--lang en``.

Messages are looked up by key so that every layer (loader, model, rules)
speaks the user's language without importing the CLI.

The language is a context variable, not a module global: :func:`use_lang` selects it
for a block and puts the previous one back, so one CLI run (``LocalGroup.main``), a
test, or a library caller cannot leave another language behind for the next.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

LANGS: Final = ("vi", "en")
# set (to anything but "" or "0") by the test suite: a missing message key raises
STRICT_ENV: Final = "BHXH_PLAN_STRICT_MESSAGES"
_LANG: ContextVar[str] = ContextVar("bhxh_plan_lang", default="vi")


class MissingMessageError(KeyError):
    """A message key that is not in the catalogue (raised only under ``STRICT_ENV``)."""


def default_lang() -> str:
    """The language from ``BHXH_PLAN_LANG`` or Vietnamese."""
    env = os.environ.get("BHXH_PLAN_LANG", "").strip().lower()
    return env if env in LANGS else "vi"


def set_lang(lang: str) -> None:
    """Select the language of the messages produced from now on, in this context.

    Inside :func:`use_lang` (as in every CLI run), the change ends with the block.
    """
    if lang not in LANGS:
        raise ValueError(lang)
    _LANG.set(lang)


def get_lang() -> str:
    """The language messages are produced in ("vi" or "en")."""
    return _LANG.get()


@contextmanager
def use_lang(lang: str) -> Iterator[None]:
    """Produce messages in ``lang`` inside the block; the previous language comes back after.

    ``set_lang`` calls made inside the block end with it too.
    """
    if lang not in LANGS:
        raise ValueError(lang)
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def t(key: str, /, **kwargs: object) -> str:
    """Return the message ``key`` in the current language, formatted with ``kwargs``."""
    from bhxh_plan.messages import CATALOG  # loaded on first use: `--help` needs none of it

    entry = CATALOG.get(key)
    if entry is None:
        if os.environ.get(STRICT_ENV, "") not in ("", "0"):
            raise MissingMessageError(key)
        return key  # a user sees the key rather than a crash
    text = entry[1] if _LANG.get() == "en" else entry[0]
    return text.format(**kwargs)


def tn(count: int, one: str, other: str, /, **kwargs: object) -> str:
    """Message ``one`` or ``other`` for ``count`` (English: "1 plan", "2 plans"; Vietnamese
    has no plural, so its two texts are the same), formatted with ``count`` and ``kwargs``."""
    return t(one if count == 1 else other, count=count, **kwargs)
