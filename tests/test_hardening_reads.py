"""Hardening of reads: only regular files, bounded reads, unreadable paths reported.

Items 8, 11, 17, 18, 20 and 23 of the hardening issue. Commands that could
hang on a FIFO (or read ``/dev/zero`` for ever) run in a subprocess whose
``timeout`` is only a safety net; the assertions are on exit codes and output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from bhxh_plan import batch
from bhxh_plan.fmt import format_bytes
from bhxh_plan.io.errors import LoadError
from tests.conftest import MINIMAL_PLAN

Invoke = Callable[..., Any]
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # a safety net against a hang, not a measurement
# every command that takes a batch of plans from folders
BATCH_COMMANDS = [
    ["validate"],
    ["lint"],
    ["fmt", "--check"],
    ["fmt"],
    ["rollup", "--fail-on-errors"],
]


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run bhxh-plan in a child process (a hang must not hang the test run)."""
    full_env = {**os.environ, "BHXH_PLAN_LANG": "vi", "NO_COLOR": "1", **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(
        [sys.executable, "-m", "bhxh_plan", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT,
        check=False,
        preexec_fn=_limit_memory,
    )


QUIET = "ignore: [BP1]\n"  # lint rules off: the plan passes every command
PLAN = format_bytes(MINIMAL_PLAN.encode("utf-8")).data  # canonical: `fmt --check` passes


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding one valid plan, beside a configuration that makes it lint clean."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "good.yaml").write_bytes(PLAN)
    monkeypatch.chdir(tmp_path)
    return folder


# --- item 8: FIFOs and devices are never read -------------------------------------------


@pytest.mark.parametrize("command", BATCH_COMMANDS, ids=" ".join)
def test_fifo_among_plans_is_reported_and_the_batch_goes_on(
    plans: Path, command: list[str]
) -> None:
    os.mkfifo(plans / "pipe.yaml")
    res = cli(*command, "plans", cwd=plans.parent)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert "pipe.yaml" in out and "[BP011]" in out and "FIFO" in out, out
    assert "BP000" not in out and "Traceback" not in out


@pytest.mark.parametrize("command", BATCH_COMMANDS, ids=" ".join)
def test_plan_symlinked_to_dev_zero_is_refused_unread(plans: Path, command: list[str]) -> None:
    (plans / "zero.yaml").symlink_to("/dev/zero")
    res = cli(*command, "plans", cwd=plans.parent)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert "zero.yaml" in out and "[BP011]" in out, out
    assert "BP000" not in out and "MemoryError" not in out


def test_dev_zero_named_directly_with_small_max_size(plans: Path) -> None:
    (plans / "zero.yaml").symlink_to("/dev/zero")
    res = cli("validate", "plans/zero.yaml", "--max-size", "1000", cwd=plans.parent)
    assert res.returncode == 1, res.stdout + res.stderr
    assert "[BP011]" in res.stdout and "thiết bị ký tự" in res.stdout


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_size_from_stat_is_not_trusted(invoke: Invoke) -> None:
    """/proc files are regular and report size 0: the limit is enforced while reading."""
    assert os.stat("/proc/self/status").st_size == 0
    res = invoke("validate", "/proc/self/status", "--max-size", "100")
    assert res.exit_code == 1, res.output
    assert "[BP004]" in res.output and "100 byte" in res.output


def test_read_regular_reads_at_most_limit_plus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from bhxh_plan.io.reading import read_regular

    if not Path("/proc/self/maps").exists():
        pytest.skip("needs Linux /proc")
    real_read = os.read
    got: list[int] = []

    def counting(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        got.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting)
    with pytest.raises(LoadError) as exc:
        read_regular("/proc/self/maps", 50)
    assert exc.value.code == "BP004"
    assert sum(got) == 51


def test_read_regular_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    from bhxh_plan.io.reading import read_regular

    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    with pytest.raises(LoadError) as exc:
        read_regular(fifo, 100)  # a blocking open would never return
    assert exc.value.code == "BP011"


@pytest.mark.parametrize("where", ["env", "project"])
def test_framework_path_fifo_and_dev_zero(plans: Path, where: str) -> None:
    root = plans.parent
    folder = root / "fw" if where == "env" else root / ".bhxh-plan" / "frameworks"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe-fw.yaml")
    (folder / "zero-fw.yaml").symlink_to("/dev/zero")
    for fw in ("pipe-fw", "zero-fw"):
        plan = MINIMAL_PLAN.replace("framework: vss-2023", f"framework: {fw}")
        (plans / f"{fw}.yaml").write_text(plan, encoding="utf-8")
    env = {"BHXH_PLAN_FRAMEWORK_PATH": str(folder)} if where == "env" else {}
    res = cli("validate", "plans", cwd=root, env=env)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert "pipe-fw.yaml" in out and "FIFO" in out and "thiết bị ký tự" in out, out
    assert "BP000" not in out
    listing = cli("frameworks", cwd=root, env=env)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    assert "pipe-fw" in listing.stdout and "FIFO" in listing.stdout


def test_fifo_configuration_is_reported(plans: Path) -> None:
    project = plans.parent / "project"
    project.mkdir()
    os.mkfifo(project / "pyproject.toml")
    res = cli("lint", "../plans", cwd=project)
    assert res.returncode == 2, res.stdout + res.stderr
    assert "pyproject.toml" in res.stderr and "FIFO" in res.stderr


def test_fifo_template_is_reported(plans: Path) -> None:
    templates = plans.parent / "tpl"
    templates.mkdir()
    os.mkfifo(templates / "plan.md.j2")
    out = plans.parent / "out.md"
    res = cli(
        "render", "plans/good.yaml", "--md", str(out), "--template-dir", "tpl", cwd=plans.parent
    )
    assert res.returncode == 2, res.stdout + res.stderr
    assert "plan.md.j2" in res.stderr and "FIFO" in res.stderr
    assert not out.exists()


def test_fifo_diff_side_is_reported(plans: Path) -> None:
    os.mkfifo(plans / "pipe.yaml")
    res = cli("diff", "plans/pipe.yaml", "plans/good.yaml", cwd=plans.parent)
    assert res.returncode == 2, res.stdout + res.stderr
    assert "FIFO" in res.stdout + res.stderr


def test_fifo_import_input_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "in.xlsx")
    res = cli("import", "in.xlsx", "-o", "out.yaml", cwd=tmp_path)
    assert res.returncode == 1, res.stdout + res.stderr
    assert "FIFO" in res.stderr and not (tmp_path / "out.yaml").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_files_are_read_as_regular_files(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=TIMEOUT)
    os.mkfifo(tmp_path / ".gitattributes")
    res = cli("git-setup", cwd=tmp_path)
    assert res.returncode == 2, res.stdout + res.stderr
    assert ".gitattributes" in res.stderr and "FIFO" in res.stderr
    os.mkfifo(tmp_path / "plan.yaml")
    res = cli("diff-textconv", "plan.yaml", cwd=tmp_path)
    assert res.returncode == 2 and "FIFO" in res.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_side_of_diff_is_read_up_to_the_limit(tmp_path: Path) -> None:
    from bhxh_plan.diff.sources import git_show

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, timeout=TIMEOUT)

    git("init", "-q")
    (tmp_path / "big.yaml").write_bytes(b"a: 1\n" * 2000)
    git("add", "big.yaml")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "big")
    assert git_show("HEAD", "big.yaml", tmp_path, limit=10_000) == b"a: 1\n" * 2000
    with pytest.raises(LoadError) as exc:
        git_show("HEAD", "big.yaml", tmp_path, limit=100)
    assert exc.value.code == "BP004"


def test_textconv_passes_an_oversized_file_through(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * (6 * 1024 * 1024))
    res = subprocess.run(
        [sys.executable, "-m", "bhxh_plan", "diff-textconv", str(big)],
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert res.returncode == 0 and res.stdout == big.read_bytes()


# --- item 18: symlink loops --------------------------------------------------------------


@pytest.mark.parametrize("command", [*BATCH_COMMANDS, ["calendar", "--ics", "-"]], ids=" ".join)
def test_symlink_loop_is_a_problem_of_its_path(
    invoke: Invoke, plans: Path, command: list[str]
) -> None:
    (plans / "x.yaml").symlink_to("y.yaml")
    (plans / "y.yaml").symlink_to("x.yaml")
    res = invoke(*command, str(plans))
    assert res.exit_code == 1, res.output
    assert "x.yaml" in res.output and "y.yaml" in res.output and "[BP011]" in res.output
    assert "BP000" not in res.output


def test_symlink_loop_in_rollup_keeps_the_other_plans(invoke: Invoke, plans: Path) -> None:
    (plans / "x.yaml").symlink_to("y.yaml")
    (plans / "y.yaml").symlink_to("x.yaml")
    res = invoke("rollup", str(plans), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    status = {Path(u["file"]).name: u["status"] for u in data["units"]}
    assert status == {"good.yaml": "ok", "x.yaml": "failed", "y.yaml": "failed"}


# --- item 20: folders that cannot be read --------------------------------------------------


@pytest.fixture
def locked(plans: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A subfolder whose listing fails (as ``chmod 000`` does for anyone but root)."""
    folder = plans / "locked"
    folder.mkdir()
    (folder / "hidden-plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    yield folder


@pytest.mark.parametrize("command", BATCH_COMMANDS, ids=" ".join)
def test_unreadable_subfolder_fails_the_batch(
    invoke: Invoke, plans: Path, locked: Path, command: list[str]
) -> None:
    res = invoke(*command, str(plans))
    assert res.exit_code == 1, res.output
    assert str(locked) in res.output and "[BP011]" in res.output
    assert "Permission denied" in res.output


def test_chmod_000_subfolder_fails_the_batch(plans: Path) -> None:
    """A real unreadable folder; as root (CI), in a child without the capabilities that let
    root read any folder (``setpriv`` from util-linux drops them from its bounding set)."""
    folder = plans / "locked"
    folder.mkdir()
    folder.chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "util-linux setpriv is needed to test an unreadable folder as root"
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    try:
        res = subprocess.run(
            [*prefix, sys.executable, "-m", "bhxh_plan", "validate", str(plans)],
            cwd=plans,
            env={
                **os.environ,
                "BHXH_PLAN_LANG": "vi",
                "NO_COLOR": "1",
                "PYTHONPATH": str(ROOT / "src"),
            },
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert res.returncode == 1, res.stdout + res.stderr
    assert "locked" in res.stdout and "[BP011]" in res.stdout


# --- item 23: the tool's own configuration is not a plan -----------------------------------


def test_configuration_is_not_linted_nor_rolled_up(
    invoke: Invoke, plans: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (plans / ".bhxh-plan.yaml").write_text(QUIET, encoding="utf-8")
    monkeypatch.chdir(plans)
    for command in (["lint", "."], ["validate", "."], ["fmt", "--check", "."]):
        res = invoke(*command)
        assert res.exit_code == 0, res.output
        assert ".bhxh-plan.yaml" not in res.output
    res = invoke("rollup", ".", "--format", "json")
    assert res.exit_code == 0, res.output
    assert [Path(u["file"]).name for u in json.loads(res.stdout)["units"]] == ["good.yaml"]


# --- item 11: --jobs is capped --------------------------------------------------------------


class _FakePool:
    """Records how many workers were asked for; runs the work in this process."""

    asked: ClassVar[list[int]] = []

    def __init__(self, max_workers: int, **_kw: object) -> None:
        _FakePool.asked.append(max_workers)

    def __enter__(self) -> _FakePool:
        return self

    def __exit__(self, *_a: object) -> None:
        return None

    def map(self, fn: Callable[[Any], Any], items: Any, chunksize: int = 1) -> Iterator[Any]:
        return map(fn, items)


def test_jobs_are_capped(invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "ProcessPoolExecutor", _FakePool)
    _FakePool.asked.clear()
    for i in range(40):
        (tmp_path / f"p{i:02}.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    res = invoke("validate", str(tmp_path), "-j", "1000")
    assert res.exit_code == 0, res.output
    assert _FakePool.asked, "40 files run in parallel"
    assert _FakePool.asked[0] <= min(batch.default_jobs(), 40 // batch.MIN_FILES_PER_WORKER)


def test_workers_rule() -> None:
    cpus = batch.default_jobs()
    assert batch.workers(1000, 100_000) == cpus
    assert batch.workers(1000, 16) == min(cpus, 2)
    assert batch.workers(1, 100_000) == 1
    assert batch.workers(4, 3) == 1


# --- item 17: names with control characters or undecodable bytes ---------------------------

ESC_NAME = "esc\x1b[31m.yaml"
BYTES_NAME = os.fsdecode(b"bytes\xff.yaml")


@pytest.fixture
def odd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "odd"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    for name in (ESC_NAME, BYTES_NAME):
        (folder / name).write_text(MINIMAL_PLAN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", [ESC_NAME, BYTES_NAME], ids=["escape", "bytes"])
def test_render_odd_names(invoke: Invoke, odd: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    res = invoke("render", str(odd / name), "-o", str(out))
    assert res.exit_code == 0, res.output
    assert len(list(out.iterdir())) == 4


def test_rollup_odd_names(invoke: Invoke, odd: Path, tmp_path: Path) -> None:
    xlsx, html = tmp_path / "r.xlsx", tmp_path / "r.html"
    res = invoke("rollup", str(odd), "--xlsx", str(xlsx), "--html", str(html), "--format", "json")
    assert res.exit_code == 0, res.output
    files = sorted(Path(u["file"]).name for u in json.loads(res.stdout)["units"])
    assert files == ["bytes\\xff.yaml", "esc\\x1b[31m.yaml"]
    assert xlsx.stat().st_size > 0 and "bytes\\xff.yaml" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "text"])
def test_lint_report_file_with_odd_names(
    invoke: Invoke, odd: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"report.{fmt}"
    res = invoke("lint", str(odd), "--format", fmt, "-o", str(out))
    assert res.exit_code == 1, res.output  # the minimal plan has lint findings
    text = out.read_text(encoding="utf-8")
    # the name as shown (``\xff``), JSON-escaped in JSON and SARIF
    assert "bytes\\xff.yaml" in text.replace("\\\\", "\\"), text[:500]


def test_diff_odd_name(invoke: Invoke, odd: Path) -> None:
    res = invoke("diff", str(odd / BYTES_NAME), str(odd / ESC_NAME))
    assert res.exit_code == 0, res.output
    assert "bytes\\xff.yaml" in res.output
