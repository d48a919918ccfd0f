"""A jinja2 loader that reads templates as bounded regular files.

Both template users, the plan documents (:mod:`bhxh_plan.render.templating`) and the
rollup dashboard (:mod:`bhxh_plan.rollup.html_out`), load through it.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateError, TemplateNotFound
from jinja2.loaders import split_template_path

from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.reading import read_regular

TEMPLATE_LIMIT = 1024 * 1024  # the shipped templates are ~10 KB


class BoundedLoader(BaseLoader):
    """Templates from folders, first match wins, read as bounded regular files.

    jinja2's ``FileSystemLoader`` reads a whole file of any size and silently
    passes over a FIFO or a device; a user's template must be a real file.
    """

    def __init__(self, searchpath: list[Path]) -> None:
        self.searchpath = [str(d) for d in searchpath]

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, its file name, and whether it is still up to date."""
        pieces = split_template_path(template)  # refuses ".." segments
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.lexists(filename):
                break
        else:
            raise TemplateNotFound(template)
        try:
            text = read_regular(filename, TEMPLATE_LIMIT).decode("utf-8")
        except LoadError as exc:
            raise TemplateError(f"{filename}: {exc.message}") from None
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{filename}: {exc}") from None
        mtime = os.path.getmtime(filename)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False

        return text, os.path.normpath(filename), uptodate
