"""``diff-textconv`` as a library call: one plan as stable lines for ``git diff``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import EXIT_OK, CommandError, Outcome, Streams, guarded, write_bytes
from bhxh_plan.limits import DEFAULT_MAX_SIZE


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan diff-textconv PATH`` options (git gives the path)."""

    path: Path


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """One plan as stable lines for git on ``out``; a file too large to be a plan, unchanged."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options.path, io))


def _run(path: Path, io: Streams) -> Outcome:
    from bhxh_plan.diff.textconv import textconv_bytes
    from bhxh_plan.io.errors import LoadError
    from bhxh_plan.io.reading import read_regular

    try:
        raw = read_regular(path, DEFAULT_MAX_SIZE)
    except LoadError as exc:
        if exc.code != "BP004":
            raise CommandError(f"{path}: {exc.message}", exc.hint) from None
        # too large to be a plan: git shows it unchanged, copied without holding it
        _copy(path, io.out)
        return Outcome(EXIT_OK)
    write_bytes(io.out, textconv_bytes(raw, path))
    return Outcome(EXIT_OK)


def _copy(path: Path, stream: TextIO) -> None:
    """The file's bytes to ``stream`` in chunks (through its buffer when it has one)."""
    import shutil

    stream.flush()
    buffer = getattr(stream, "buffer", None)
    with path.open("rb") as fh:
        if buffer is not None:
            shutil.copyfileobj(fh, buffer)
            buffer.flush()
        else:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                stream.write(chunk.decode("utf-8", errors="replace"))
    stream.flush()
