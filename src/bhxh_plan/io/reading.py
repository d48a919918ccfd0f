"""The one way user-supplied files are read: regular files only, never more than a limit.

``stat`` cannot be trusted for size (``/dev/zero`` and ``/proc`` files say 0)
nor opening for safety (a FIFO blocks until a writer comes), so the file is
checked before opening, opened without blocking, checked again on the open
descriptor, and read in chunks that stop one byte past the limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.errors import LoadError

# O_NONBLOCK: opening a FIFO returns at once; O_NOCTTY: a terminal never becomes ours
_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK: Final = 1 << 16


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return t("read.kind.fifo")
    if stat.S_ISCHR(mode):
        return t("read.kind.char")
    if stat.S_ISBLK(mode):
        return t("read.kind.block")
    if stat.S_ISSOCK(mode):
        return t("read.kind.socket")
    if stat.S_ISDIR(mode):
        return t("read.kind.dir")
    return t("read.kind.other")


def not_regular(mode: int) -> LoadError:
    """The error for a path that is a FIFO, device, socket or folder."""
    return LoadError(
        codes.UNREADABLE,
        t("read.not_regular", kind=_kind(mode)),
        t("read.not_regular.hint"),
    )


def os_error(exc: OSError) -> LoadError:
    """An :class:`OSError` of opening or reading a file, as a reportable error."""
    if isinstance(exc, FileNotFoundError):
        return LoadError(codes.UNREADABLE, t("load.not_found"), t("load.not_found.hint"))
    if exc.errno == errno.ELOOP:
        return LoadError(codes.UNREADABLE, t("read.loop"), t("read.loop.hint"))
    return LoadError(
        codes.UNREADABLE,
        t("load.unreadable", error=exc.strerror or str(exc)),
        t("read.unreadable.hint"),
    )


def too_large(limit: int, size: int | None = None) -> LoadError:
    """The error for a file over ``limit`` bytes (``size`` when it is known)."""
    message = (
        t("load.too_large", size=size, limit=limit)
        if size is not None
        else t("read.too_large", limit=limit)
    )
    return LoadError(codes.LIMITS, message, t("load.too_large.hint"))


def check_regular(path: str | os.PathLike[str]) -> None:
    """Raise :class:`LoadError` unless ``path`` is (a symlink to) a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:  # a symlink loop, a dangling link, no permission
        raise os_error(exc) from None
    if not stat.S_ISREG(mode):
        raise not_regular(mode)


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`LoadError` (never blocks, never reads past ``limit + 1``
    bytes) for a missing, unreadable, looping or non-regular path and for a
    file larger than ``limit``.
    """
    try:
        # refuse devices and FIFOs before opening: opening some devices has effects
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise not_regular(before.st_mode)
        if before.st_size > limit:
            raise too_large(limit, before.st_size)
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise os_error(exc) from None
    try:
        opened = os.fstat(fd)  # the path may have been swapped since the first look
        if not stat.S_ISREG(opened.st_mode):
            raise not_regular(opened.st_mode)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise os_error(exc) from None
    finally:
        os.close(fd)
    if total > limit:
        raise too_large(limit)
    return b"".join(chunks)


def read_text(path: str | Path, limit: int) -> str:
    """:func:`read_regular`, decoded as UTF-8 (a BOM is dropped); raises ``UnicodeDecodeError``."""
    return read_regular(path, limit).decode("utf-8-sig")
