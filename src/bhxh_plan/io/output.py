"""Writing files safely: one guard and one writer for every command.

- :func:`check_outputs` refuses an output that is an input of the command (a plan,
  a ``diff`` side, an ``import`` source, a framework of an ``extends`` chain, a
  template in use, the lint configuration), a folder, a device or FIFO, or the
  same file as another output. Files are compared by resolved path and by
  ``(st_dev, st_ino)``, so symlinks and hard links are caught.
- :func:`write_file` writes new files and rewrites existing regular ones. A new
  file, or an existing one with a single link whose owner can be kept, is
  replaced atomically (temporary file + rename) with its owner and mode; a file
  with several hard links, or whose owner cannot be kept, is rewritten in place
  once the new bytes are ready, so every name and the owner stay.
- :func:`describe` turns an ``OSError`` into a message naming the file and a hint.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bhxh_plan.i18n import t
from bhxh_plan.problems import HintedError

ROLES = ("input", "source", "framework", "template", "config")


class NotRegularFile(OSError):
    """The target exists and is a device, a FIFO, a socket or another non-regular file."""

    def __init__(self, path: str | Path, mode: int) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))
        self.mode = mode


class OutputError(HintedError):
    """An output the command must not (or could not) write; ``message`` and ``hint`` say why."""


@dataclass(slots=True)
class Inputs:
    """Every file a command reads, each with its role (see ``ROLES``)."""

    files: list[tuple[str, Path]] = field(default_factory=list)

    def add(self, role: str, paths: Iterable[str | Path | None]) -> None:
        """Record ``paths`` (``None`` entries are skipped) as inputs of ``role``."""
        assert role in ROLES, role
        self.files.extend((role, Path(p)) for p in paths if p is not None)


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    try:
        st = os.stat(path)
    except OSError:
        return os.path.realpath(path), None
    return os.path.realpath(path), (st.st_dev, st.st_ino)


def _same(a: tuple[str, tuple[int, int] | None], b: tuple[str, tuple[int, int] | None]) -> bool:
    return a[0] == b[0] or (a[1] is not None and a[1] == b[1])


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return t("out.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("out.kind.device")
    if stat.S_ISSOCK(mode):
        return t("out.kind.socket")
    return t("out.kind.other")


def _refusal(role: str, out: Path, used: Path) -> OutputError:
    hint = t("out.is_input.hint")
    name = str(out)
    if os.path.realpath(out) != os.path.realpath(used):  # a hard link: say which file it is
        name = t("out.same_file_as", path=name, other=str(used))
    if role == "framework":
        return OutputError(t("out.is_framework", path=name), hint)
    if role == "template":
        return OutputError(t("out.is_template", path=name), hint)
    if role == "config":
        return OutputError(t("out.is_config", path=name), hint)
    if role == "source":
        return OutputError(t("out.is_source", path=name), hint)
    return OutputError(t("out.is_input", path=name), hint)


def check_target(path: Path) -> None:
    """Raise ``OutputError`` when ``path`` exists and is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file; if it cannot be created, writing says why
    if stat.S_ISDIR(mode):
        raise OutputError(t("out.is_dir", path=str(path)), t("out.is_dir.hint", path=str(path)))
    if not stat.S_ISREG(mode):
        raise OutputError(
            t("out.not_regular", path=str(path), kind=_kind(mode)), t("out.not_regular.hint")
        )


def check_outputs(outputs: Sequence[Path], inputs: Inputs) -> None:
    """Refuse (``OutputError``) outputs that are inputs, non-regular files or written twice."""
    known = [(role, p, _identity(p)) for role, p in inputs.files]
    seen: list[tuple[str, tuple[int, int] | None]] = []
    for out in outputs:
        check_target(out)
        ident = _identity(out)
        for role, used, other in known:
            if _same(ident, other):
                raise _refusal(role, out, used)
        if any(_same(ident, prev) for prev in seen):
            raise OutputError(t("out.same", path=str(out)), t("out.same.hint"))
        seen.append(ident)


def template_files(folder: Path, limit: int = 10_000) -> list[Path]:
    """Files under a template folder (any of them may be included by a template)."""
    found: list[Path] = []
    for root, _dirs, names in os.walk(folder):
        found.extend(Path(root) / n for n in names)
        if len(found) >= limit:
            break
    return found


def escapes(path: Path, tree: Path) -> bool:
    """Whether ``path``, once symlinks are resolved, lies outside the folder ``tree``."""
    real, top = os.path.realpath(path), os.path.realpath(tree)
    return os.path.commonpath([real, top]) != top


def write_file(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (a new path or a regular file); raise ``OSError`` on failure.

    A symlink is followed: the file it points at is rewritten and the link kept.
    """
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is None:
        target.parent.mkdir(parents=True, exist_ok=True)
        _swap(target, payload, None)
        return
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(path, st.st_mode)
    # one name: a rename keeps the file whole even if we are interrupted
    if st.st_nlink > 1 or not _swap(target, payload, st):
        _in_place(target, payload)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _swap(target: Path, payload: bytes, st: os.stat_result | None) -> bool:
    """Write a temporary file and rename it over ``target``; ``False``: owner cannot be kept."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except PermissionError:
        if st is None:
            raise
        return False  # the folder is not writable but the file may be: rewrite in place
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            if st is None:
                mode = 0o666 & ~_umask()  # mkstemp creates 0600; a new file gets the umask's
            else:
                mine = os.fstat(fh.fileno())
                if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
                    try:
                        os.fchown(fh.fileno(), st.st_uid, st.st_gid)
                    except PermissionError:
                        Path(tmp).unlink(missing_ok=True)
                        return False
                mode = stat.S_IMODE(st.st_mode)  # after chown, which clears set-id bits
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _in_place(target: Path, payload: bytes) -> None:
    """Overwrite ``target``'s contents (same inode: links, owner and mode stay)."""
    fd = os.open(target, os.O_WRONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(target, st.st_mode)
        if len(payload) > st.st_size:
            try:  # claim the space first, so a full disk fails before any byte changes
                os.posix_fallocate(fd, 0, len(payload))
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise
        view = memoryview(payload)
        done = 0
        while done < len(payload):
            done += os.pwrite(fd, view[done:], done)
        os.ftruncate(fd, len(payload))
        os.fsync(fd)
    finally:
        os.close(fd)


def describe(path: str | Path, exc: OSError) -> OutputError:
    """What went wrong writing ``path``, as a message naming it and a hint."""
    name = str(path)
    error = exc.strerror or str(exc)
    if isinstance(exc, NotRegularFile):
        return OutputError(
            t("out.not_regular", path=name, kind=_kind(exc.mode)), t("out.not_regular.hint")
        )
    if isinstance(exc, IsADirectoryError):
        return OutputError(t("out.is_dir", path=name), t("out.is_dir.hint", path=name))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(t("out.no_space", path=name, error=error), t("out.no_space.hint"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return OutputError(t("out.denied", path=name, error=error), t("out.denied.hint"))
    if exc.errno == errno.EROFS:
        return OutputError(t("out.read_only", path=name, error=error), t("out.denied.hint"))
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):  # EEXIST: mkdir met a file on the way
        return OutputError(
            t("out.parent_not_dir", path=name, error=error), t("out.parent_not_dir.hint")
        )
    return OutputError(t("out.write_failed", path=name, error=error), t("out.write_failed.hint"))
