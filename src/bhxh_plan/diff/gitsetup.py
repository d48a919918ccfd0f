"""``git-setup``: make ``git diff`` and ``git log -p`` show plans in plan terms.

Git's *textconv* mechanism runs ``bhxh-plan diff-textconv FILE`` on both
sides of every file marked ``diff=bhxh-plan`` in ``.gitattributes`` and diffs
the outputs; an external diff driver would not reach ``git log -p``. Files
that are not plans are printed unchanged, so a broad pattern such as
``*.yaml`` is safe.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from bhxh_plan.i18n import t
from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.output import write_file
from bhxh_plan.io.reading import read_text
from bhxh_plan.limits import DEFAULT_MAX_SIZE
from bhxh_plan.problems import HintedError

DRIVER = "bhxh-plan"
ATTRIBUTE = f"diff={DRIVER}"
DEFAULT_PATTERNS = ("*.plan.yaml",)
LOCAL_DEFAULT = ("*.yaml", "*.yml")


class GitError(HintedError):
    """Git is missing, or the folder is not a repository; ``hint`` says what to do."""


def git(*args: str, cwd: Path) -> str:
    """Run git and return its output; raise :class:`GitError` when it fails."""
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise GitError(t("diff.git_missing"), t("diff.git_missing.hint")) from None
    if proc.returncode != 0:
        said = (proc.stderr or proc.stdout).strip().splitlines()
        raise GitError(t("git.failed", error=said[0] if said else proc.returncode))
    return proc.stdout.strip()


def textconv_command() -> str:
    """The command git runs, with absolute paths: git may start from a shell without the venv.

    The interpreter running bhxh-plan now (``python -m bhxh_plan``) works from any shell as
    long as this environment exists; a bare ``bhxh-plan`` would work only where it is on PATH.
    """
    if sys.executable:
        return f"{shlex.quote(sys.executable)} -m bhxh_plan diff-textconv"
    found = shutil.which("bhxh-plan")  # embedded interpreters have no sys.executable
    if found:
        return f"{shlex.quote(str(Path(found).resolve()))} diff-textconv"
    return "bhxh-plan diff-textconv"


def global_attributes_file(cwd: Path) -> Path:
    """``core.attributesFile``, or git's default ``$XDG_CONFIG_HOME/git/attributes``."""
    try:
        configured = git("config", "--global", "--get", "core.attributesFile", cwd=cwd)
    except GitError:
        configured = ""
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "git" / "attributes"


def attribute_line(pattern: str) -> str:
    """``pattern diff=bhxh-plan`` (a pattern with spaces is quoted the way git reads it)."""
    if any(ch.isspace() for ch in pattern) or pattern.startswith('"'):
        pattern = '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{pattern} {ATTRIBUTE}"


def add_lines(path: Path, lines: list[str]) -> list[tuple[str, bool]]:
    """Append the lines ``path`` lacks; existing lines are never changed. (line, added)."""
    try:
        text = read_text(path, DEFAULT_MAX_SIZE) if os.path.lexists(path) else ""
    except LoadError as exc:
        raise GitError(f"{path}: {exc.message}", exc.hint) from None
    except UnicodeDecodeError as exc:
        message = t("load.not_utf8", byte=f"{exc.object[exc.start]:02X}")
        raise GitError(f"{path}: {message}", t("load.encoding.hint")) from None
    have = {" ".join(line.split()) for line in text.splitlines()}
    report: list[tuple[str, bool]] = []
    new: list[str] = []
    for line in lines:
        present = " ".join(line.split()) in have or line in new
        report.append((line, not present))
        if not present:
            new.append(line)
    if new:
        sep = "" if not text or text.endswith("\n") else "\n"
        write_file(path, text + sep + "\n".join(new) + "\n")
    return report


def setup(patterns: list[str], *, global_: bool, cwd: Path) -> list[str]:
    """Configure the driver and the attributes; return what was done, one message a line."""
    if global_:
        attributes = global_attributes_file(cwd)
        scope: tuple[str, ...] = ("--global",)
        wanted = [*DEFAULT_PATTERNS, *patterns]
    else:
        try:
            inside = git("rev-parse", "--is-inside-work-tree", cwd=cwd) == "true"
        except GitError as exc:
            if exc.hint:  # git itself is missing
                raise
            inside = False
        if not inside:
            raise GitError(t("git.not_repo"), t("git.not_repo.hint"))
        attributes = cwd / ".gitattributes"
        scope = ()
        wanted = [*DEFAULT_PATTERNS, *(patterns or LOCAL_DEFAULT)]
    command = textconv_command()
    git("config", *scope, f"diff.{DRIVER}.textconv", command, cwd=cwd)
    name = f"{'--global ' if global_ else ''}diff.{DRIVER}.textconv"
    done = [t("git.config_set", name=name, value=command), t("git.command_note")]
    lines = list(dict.fromkeys(attribute_line(p) for p in wanted))
    for line, added in add_lines(attributes, lines):
        key = "git.attr_added" if added else "git.attr_exists"
        done.append(t(key, path=str(attributes), line=line))
    done.append(t("git.done"))
    return done
