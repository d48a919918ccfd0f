"""Checking many files at once, across processes when it pays."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bhxh_plan.i18n import get_lang, set_lang
from bhxh_plan.report import FileResult

# below this many files, starting worker processes costs more than it saves
PARALLEL_THRESHOLD = 24


def default_jobs() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


def _init(lang: str) -> None:
    set_lang(lang)


def validate_one(args: tuple[str, str | None, int]) -> FileResult:
    """Validate one file (top-level so worker processes can run it)."""
    from bhxh_plan.validate import check_file

    path, framework, max_size = args
    checked = check_file(path, framework=framework, max_size=max_size)
    return FileResult(checked.path, checked.kind, checked.problems)


def run(
    worker: Callable[[tuple[str, str | None, int]], FileResult],
    paths: Sequence[Path],
    framework: str | None,
    max_size: int,
    jobs: int,
    progress: Callable[[int], None] | None = None,
) -> list[FileResult]:
    """Apply ``worker`` to every path, in order, on ``jobs`` processes."""
    args = [(str(p), framework, max_size) for p in paths]
    results: list[FileResult] = []
    for result in _map(worker, args, jobs):
        results.append(result)
        if progress:
            progress(1)
    return results


def _map(
    worker: Callable[[tuple[str, str | None, int]], FileResult],
    args: list[tuple[str, str | None, int]],
    jobs: int,
) -> Iterator[FileResult]:
    if jobs <= 1 or len(args) < PARALLEL_THRESHOLD:
        yield from map(worker, args)
        return
    chunk = max(1, min(32, len(args) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(get_lang(),)) as pool:
        yield from pool.map(worker, args, chunksize=chunk)
