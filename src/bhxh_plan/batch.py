"""Checking many files at once, across processes when it pays."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from bhxh_plan.i18n import get_lang, set_lang
from bhxh_plan.problems import FileResult, printable

# below this many files, starting worker processes costs more than it saves
PARALLEL_THRESHOLD = 24
# a worker process costs ~50 MB and a start-up; each must get at least this many files
MIN_FILES_PER_WORKER = 8
T = TypeVar("T")


def default_jobs() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def workers(requested: int, items: int) -> int:
    """Processes worth starting: no more than requested, than CPUs, than files / 8.

    More processes than CPUs only add memory and start-up time; fewer files per
    process than :data:`MIN_FILES_PER_WORKER` cost more to ship than to check.
    """
    return max(1, min(requested, default_jobs(), items // MIN_FILES_PER_WORKER))


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
        results.append(printable(result))
        if progress:
            progress(1)
    return results


def _map(worker: Callable[[T], FileResult], items: Sequence[T], jobs: int) -> Iterator[FileResult]:
    jobs = workers(jobs, len(items))
    if jobs <= 1 or len(items) < PARALLEL_THRESHOLD:
        yield from map(worker, items)
        return
    chunk = max(1, min(32, len(items) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(get_lang(),)) as pool:
        yield from pool.map(worker, items, chunksize=chunk)
