"""Checking many files at once, across processes when it pays."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from bhxh_plan.i18n import get_lang, set_lang
from bhxh_plan.report import FileResult

# below this many files, starting worker processes costs more than it saves
PARALLEL_THRESHOLD = 24
T = TypeVar("T")


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _init(lang: str) -> None:
    set_lang(lang)


def validate_one(args: tuple[str, str | None, int]) -> FileResult:
    """Validate one file (top-level so worker processes can run it)."""
    from bhxh_plan.validate import check_file

    path, framework, max_size = args
    checked = check_file(path, framework=framework, max_size=max_size)
    return FileResult(checked.path, checked.kind, checked.problems)


def run(
    worker: Callable[[T], FileResult],
    items: Sequence[T],
    jobs: int,
    progress: Callable[[int], None] | None = None,
) -> list[FileResult]:
    """Apply ``worker`` to every item, keeping their order, on ``jobs`` processes."""
    results: list[FileResult] = []
    for result in _map(worker, items, jobs):
        results.append(result)
        if progress:
            progress(1)
    return results


def _map(worker: Callable[[T], FileResult], items: Sequence[T], jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(items) < PARALLEL_THRESHOLD:
        yield from map(worker, items)
        return
    chunk = max(1, min(32, len(items) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(get_lang(),)) as pool:
        yield from pool.map(worker, items, chunksize=chunk)
