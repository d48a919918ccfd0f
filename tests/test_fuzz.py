"""Fuzz: every command on mutated plans and frameworks, in-process.

For each mutant (see tests/fuzz_support.py) the commands run on a temporary
copy and must: exit 0, 1 or 2; print no traceback and no internal error
(BP000); leave their input untouched (except ``fmt`` and ``lint --fix``,
which run on copies); keep JSON parseable, XML well-formed and terminal text
free of control characters. ``fmt`` and ``lint --fix`` must keep the data
(but for their repairs), every comment, and what each waiver covers.

The default run is bounded for CI. ``make fuzz`` runs the long profile:
``BHXH_FUZZ_SECONDS`` (time budget) and/or ``BHXH_FUZZ_EXAMPLES`` (case cap);
``BHXH_FUZZ_OUT`` is where reproducers are written. Failures are collected
(one per distinct symptom) and reported together at the end.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from bhxh_plan import hygiene
from bhxh_plan.cli import app
from bhxh_plan.fmt import nfc, same
from bhxh_plan.io.loader import LoadError, load_bytes
from bhxh_plan.messages.core import MESSAGES
from tests.fuzz_support import (
    CAMPAIGN,
    EXAMPLES,
    FRAMEWORK,
    FRAMEWORKS,
    SMALL_PLANS,
    TEXTS,
    Mutant,
    Seed,
    comments,
    mutants,
)

FUZZ_SECONDS = float(os.environ.get("BHXH_FUZZ_SECONDS") or 0)
FUZZ_EXAMPLES = int(os.environ.get("BHXH_FUZZ_EXAMPLES") or 0)
LONG = bool(FUZZ_SECONDS or FUZZ_EXAMPLES)
HANG_SECONDS = 120  # a safety net only: a command this slow is reported, not timed
BASE = settings(
    deadline=None,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=list(HealthCheck),
)
MARKERS = [
    *(text.split("{")[0].strip() for text in MESSAGES["internal"]),
    *MESSAGES["internal.hint"],
    # a BP000 finding in each report's form (a waiver or hint may name BP000 legitimately:
    # "ignore[BP000]" written by the fuzzer is echoed back by BP009, so the bare code is no sign)
    "lỗi [BP000]",
    "error [BP000]",
    '"rule": "BP000"',
    '"ruleId": "BP000"',
    ",title=BP000",
    "Traceback (most recent call last)",
]
# what a terminal acts on: C0 controls but tab/newline/CR, DEL, C1 (CSI 0x9b among them)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
PLAN_SEEDS = EXAMPLES * 6 + SMALL_PLANS
LEVELS = ["national", "province", "region", "district", "commune", "xa", ""]


class Hang(Exception):
    """A command ran past the safety-net limit."""


@dataclass(slots=True)
class Case:
    """One fuzz case: its folder, the mutant, and the failures found so far."""

    root: Path
    mutant: Mutant
    other: Mutant | None  # the second plan of the rollup folder (roll/c.yaml)
    lang: str
    failures: dict[str, tuple[set[str], str]] = field(default_factory=dict)
    protected: dict[Path, bytes] = field(default_factory=dict)

    def fail(
        self, label: str, kind: str, detail: str, *, same_bug_everywhere: bool = False
    ) -> None:
        """Record a failure; a symptom any command can show is one failure, whatever the command."""
        key = kind if same_bug_everywhere else f"{label}: {kind}"
        labels, _ = self.failures.setdefault(key, (set(), detail))
        labels.add(label)

    def write(self, name: str, data: bytes, protect: bool = True) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if protect:
            self.protected[path] = data
        return path

    def run(
        self, label: str, *args: str | Path, terminal: bool = True, argv_echo: bool = False
    ) -> Result:
        """Run one command and check what every command owes its user."""
        argv = ["--lang", self.lang, *map(str, args)]
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
        try:
            result = CliRunner().invoke(app, argv, env={"NO_COLOR": "1"})
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        exc = result.exception
        if exc is not None and not isinstance(exc, SystemExit):
            where = _origin(exc)
            self.fail(
                label,
                f"crash {type(exc).__name__} at {where}",
                f"{argv}\n{exc!r}",
                same_bug_everywhere=True,
            )
        elif result.exit_code not in (0, 1, 2):
            self.fail(label, f"exit code {result.exit_code}", str(argv))
        for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
            # init echoes its own arguments, which the fuzzer fills with control characters
            self.scan(label, stream, text, (terminal or stream == "stderr") and not argv_echo)
        for path, data in self.protected.items():
            if path.read_bytes() != data:
                self.fail(label, f"changed its input {path.name}", str(argv))
                path.write_bytes(data)
        return result

    def scan(self, label: str, where: str, text: str, terminal: bool) -> None:
        for marker in MARKERS:
            at = text.find(marker)
            if at >= 0:
                kind = _symptom(marker, text[at:].split("\n", 1)[0])
                self.fail(label, kind, text[max(0, at - 300) : at + 1500], same_bug_everywhere=True)
                break
        if terminal and (bad := CONTROL.search(text)):
            snippet = text[max(0, bad.start() - 80) : bad.start() + 40]
            self.fail(
                label,
                "control character in terminal text",
                f"{where}: {bad[0]!r} in …{snippet!r}…",
                same_bug_everywhere=True,
            )

    def json_out(self, label: str, result: Result) -> Any:
        if result.exit_code == 2 and not result.stdout.strip():
            return None
        try:
            return json.loads(result.stdout)
        except ValueError as exc:
            self.fail(label, "output is not JSON", f"{exc}\n{result.stdout[:1000]}")
            return None

    def xml_out(self, label: str, data: bytes) -> None:
        try:
            ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            self.fail(label, f"XML not well-formed ({str(exc).split(':')[0]})", str(exc))

    def office(self, label: str, result: Result, path: Path) -> None:
        if result.exit_code == 0 and not path.exists():
            self.fail(label, "exit 0 but no output file", str(path))
        if not path.exists():
            return
        try:
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if name.endswith((".xml", ".rels")):
                        self.xml_out(f"{label} {name.split('/')[-1]}", zf.read(name))
        except zipfile.BadZipFile as exc:
            self.fail(label, "not a zip file", str(exc))


def _symptom(marker: str, line: str) -> str:
    """A short name of what a marker line says: the exception type and its first words."""
    line = re.sub(r"\d+", "#", line[len(marker) :].lstrip(": "))
    words = re.sub(r"'[^']*'|\"[^\"]*\"|\S*/\S*", "…", line).split()
    name = (
        "traceback"
        if marker.startswith("Traceback")
        else ("BP000" if "BP000" in marker else "internal error")
    )
    return f"{name} {' '.join(words[:6])}".strip()


def _alarm(signum: int, frame: object) -> None:
    raise Hang(f"still running after {HANG_SECONDS} s")


def _origin(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "bhxh_plan" in f.filename]
    last = frames[-1] if frames else traceback.extract_tb(exc.__traceback__)[-1]
    return f"{last.filename.split('bhxh_plan/')[-1]}:{last.lineno}"


# --- invariants of the commands that write their input ----------------------


def _waived(report: Any) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(rule, path, severity) → (findings, waived) of a lint JSON report, BP114 aside."""
    total: Counter[tuple[str, str, str]] = Counter()
    waived: Counter[tuple[str, str, str]] = Counter()
    for f in report.get("files", []) if isinstance(report, dict) else []:
        for p in f.get("problems", []):
            if p["rule"] == "BP114":  # text hygiene: exactly what fmt and --fix repair
                continue
            key = (p["rule"], p["path"], p["severity"])
            total[key] += 1
            waived[key] += bool(p["waived"])
    return {k: (total[k], waived[k]) for k in total}


def _first_difference(a: Any, b: Any, here: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a.keys() | b.keys():
            if k not in a or k not in b or not same(a[k], b[k]):
                return _first_difference(a.get(k), b.get(k), f"{here}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if not same(x, y):
                return _first_difference(x, y, f"{here}[{i}]")
    return f"{here or '<root>'}: {a!r:.200} → {b!r:.200}"


def _fixed(value: Any) -> Any:
    if isinstance(value, str):
        return hygiene.fix_value(value)
    if isinstance(value, dict):
        return {k: _fixed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fixed(v) for v in value]
    return value


def check_rewrite(
    case: Case,
    label: str,
    before: bytes,
    path: Path,
    repair: Callable[[Any], Any],
    norm: Callable[[str], str],
    lint_before: Any,
    lint_after: Any,
) -> None:
    """After ``fmt`` or ``--fix``: same data but the repairs, same comments, same waivers."""
    after = path.read_bytes()
    if after == before:
        return
    try:
        old, new = load_bytes(before), load_bytes(after)
    except LoadError as exc:
        case.fail(label, "rewrote a file into one that does not load", exc.message)
        return
    if not same(new.data, repair(old.data)):
        case.fail(label, "changed the data", _first_difference(repair(old.data), new.data))
    kept = Counter(norm(c) for c in comments(after.decode("utf-8-sig")))
    lost = Counter(norm(c) for c in comments(before.decode("utf-8-sig"))) - kept
    if lost:
        case.fail(label, "lost comments", repr(list(lost)[:5]))
    w_before, w_after = _waived(lint_before), _waived(lint_after)
    moved = {
        k: (w_before[k], w_after[k])
        for k in w_before.keys() & w_after.keys()
        if w_before[k][0] == w_after[k][0] and w_before[k][1] != w_after[k][1]
    }
    if moved:
        case.fail(label, "changed what waivers cover", f"(findings, waived) before → after {moved}")


def _nfc_comment(text: str) -> str:
    return str(nfc(text)).strip()


def _fixed_comment(text: str) -> str:
    return hygiene.fix_layout(text).strip()


# --- the command suites -----------------------------------------------------


def plan_suite(case: Case, original: bytes) -> None:
    """Every command on one plan mutant (``plan.yaml``) and its original (``orig.yaml``)."""
    data = case.mutant.data()
    plan = case.write("plan.yaml", data)
    orig = case.write("orig.yaml", original)
    out = case.root / "out"
    out.mkdir()
    case.run("validate", "validate", plan, "--jobs", "1")
    result = case.run("validate json", "validate", plan, "--format", "json", terminal=False)
    case.json_out("validate json", result)
    lint_json = None
    for fmt in ("text", "json", "sarif", "junit", "github"):
        result = case.run(
            f"lint {fmt}",
            "lint",
            plan,
            "--format",
            fmt,
            "--jobs",
            "1",
            terminal=fmt in ("text", "github"),
        )
        if fmt == "json":
            lint_json = case.json_out("lint json", result)
        elif fmt == "sarif":
            case.json_out("lint sarif", result)
        elif fmt == "junit" and (result.stdout.strip() or result.exit_code != 2):
            case.xml_out("lint junit", result.stdout.encode("utf-8"))
    case.run("fmt --check", "fmt", "--check", plan)
    for fmt in ("docx", "xlsx", "html", "md"):
        target = out / f"plan.{fmt}"
        result = case.run(f"render {fmt}", "render", plan, f"--{fmt}", target)
        if fmt in ("docx", "xlsx"):
            case.office(f"render {fmt}", result, target)
        elif target.exists():
            case.scan(f"render {fmt}", "file", target.read_text("utf-8", "replace"), False)
    case.run("diff", "diff", orig, plan)
    case.json_out(
        "diff json", case.run("diff json", "diff", orig, plan, "--format", "json", terminal=False)
    )
    ics = out / "plan.ics"
    if case.run("calendar", "calendar", plan, "--ics", ics).exit_code == 0:
        _check_ics(case, ics)
    case.write("roll/a.yaml", data)
    case.write("roll/b.yaml", original)
    case.write("roll/c.yaml", case.other.data() if case.other else original)
    case.run("rollup", "rollup", case.root / "roll", "--jobs", "1")
    case.json_out(
        "rollup json",
        case.run(
            "rollup json",
            "rollup",
            case.root / "roll",
            "--format",
            "json",
            "--jobs",
            "1",
            terminal=False,
        ),
    )
    html, xlsx = out / "rollup.html", out / "rollup.xlsx"
    result = case.run(
        "rollup files", "rollup", case.root / "roll", "--html", html, "--xlsx", xlsx, "--jobs", "1"
    )
    case.office("rollup xlsx", result, xlsx)
    if html.exists():
        case.scan("rollup html", "file", html.read_text("utf-8", "replace"), False)
    _rewrites(case, data, "plan.yaml", lint_json)


def _rewrites(case: Case, data: bytes, name: str, lint_json: Any) -> None:
    """``fmt`` and ``lint --fix`` on copies, with their invariants."""
    copy = case.write(f"fmt/{name}", data, protect=False)
    result = case.run("fmt", "fmt", copy)
    if result.exit_code != 0 and copy.read_bytes() != data:
        case.fail("fmt", f"exit {result.exit_code} but the file was rewritten", result.output)
    elif result.exit_code == 0 and copy.read_bytes() != data:
        after = case.json_out(
            "fmt",
            case.run(
                "lint after fmt", "lint", copy, "--format", "json", "--jobs", "1", terminal=False
            ),
        )
        check_rewrite(case, "fmt", data, copy, nfc, _nfc_comment, lint_json, after)
        again = case.run("fmt twice", "fmt", "--check", copy)
        if again.exit_code != 0:
            case.fail("fmt", "not idempotent (fmt --check fails after fmt)", again.output)
    copy = case.write(f"fix/{name}", data, protect=False)
    result = case.run(
        "lint --fix", "lint", copy, "--fix", "--format", "json", "--jobs", "1", terminal=False
    )
    after = case.json_out("lint --fix", result)
    if result.exit_code != 2:
        check_rewrite(case, "lint --fix", data, copy, _fixed, _fixed_comment, lint_json, after)


def _check_ics(case: Case, path: Path) -> None:
    from icalendar import Calendar

    try:
        Calendar.from_ical(path.read_bytes())
    except Exception as exc:  # whatever icalendar raises, the file is not usable
        case.fail("calendar", "the .ics file does not parse", str(exc)[:500])


def framework_suite(case: Case, plan_seed: str, level: str, unit: str, year: int) -> None:
    """A framework mutant (``fw.yaml``): the framework commands, a plan using it, and init."""
    data = case.mutant.data()
    fw = case.write("fw.yaml", data)
    plan_text = plan_seed.replace(str(FRAMEWORK), str(fw)).replace(str(CAMPAIGN), str(fw))
    plan = case.write("plan.yaml", plan_text.encode("utf-8"))
    case.run("validate framework", "validate", fw, "--jobs", "1")
    lint_json = case.json_out(
        "lint framework",
        case.run("lint framework", "lint", fw, "--format", "json", "--jobs", "1", terminal=False),
    )
    case.run("frameworks show", "frameworks", "show", fw)
    case.json_out(
        "frameworks show json",
        case.run(
            "frameworks show json", "frameworks", "show", fw, "--format", "json", terminal=False
        ),
    )
    case.run("validate plan", "validate", plan, "--jobs", "1")
    case.json_out(
        "lint plan",
        case.run("lint plan", "lint", plan, "--format", "json", "--jobs", "1", terminal=False),
    )
    for fmt in ("docx", "html"):
        target = case.root / f"plan.{fmt}"
        result = case.run(f"render {fmt} (framework mutant)", "render", plan, f"--{fmt}", target)
        if fmt == "docx":
            case.office("render docx (framework mutant)", result, target)
    ics = case.root / "plan.ics"
    if case.run("calendar (framework mutant)", "calendar", plan, "--ics", ics).exit_code == 0:
        _check_ics(case, ics)
    case.json_out(
        "rollup (framework mutant)",
        case.run(
            "rollup (framework mutant)",
            "rollup",
            plan,
            "--format",
            "json",
            "--jobs",
            "1",
            terminal=False,
        ),
    )
    for ref in (str(fw), "vss-2023"):
        target = case.root / f"init-{len(ref)}.yaml"
        args = ["--framework", ref, "--level", level, "--unit", unit, "--year", str(year)]
        result = case.run("init", "init", *args, "-o", target, argv_echo=True)
        if result.exit_code == 0:
            if not target.exists():
                case.fail("init", "exit 0 but no plan written", result.output)
                continue
            case.protected[target] = target.read_bytes()
            case.run("validate init", "validate", target, "--jobs", "1")
    _rewrites(case, data, "fw.yaml", lint_json)


# --- driving hypothesis ------------------------------------------------------


def _report_dir() -> Path:
    folder = Path(os.environ.get("BHXH_FUZZ_OUT") or Path(tempfile.gettempdir()) / "bhxh-fuzz")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextlib.contextmanager
def _case_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bhxh-fuzz-") as tmp, contextlib.chdir(tmp):
        yield Path(tmp)


def drive(
    name: str, strategy: st.SearchStrategy[Any], body: Callable[[Any], Case], ci: int, share: float
) -> None:
    """Run ``body`` on ``ci`` examples (or, under ``make fuzz``, for a share of the budget)."""
    found: dict[str, str] = {}
    commands: dict[str, set[str]] = {}
    count = 0

    def one(arg: Any) -> None:
        nonlocal count
        count += 1
        case = body(arg)
        for kind, (labels, detail) in case.failures.items():
            commands.setdefault(kind, set()).update(labels)
            if kind in found:
                continue
            digest = hashlib.sha1(kind.encode()).hexdigest()[:10]
            file = _report_dir() / f"{name}-{digest}.yaml"
            file.write_bytes(case.mutant.data())
            story = f"{case.mutant.describe()}\n  reproducer: {file}"
            if case.other is not None and "rollup" in " ".join(labels):
                second = file.with_name(f"{file.stem}-other.yaml")
                second.write_bytes(case.other.data())
                story += f"\n  rollup's roll/c.yaml: {case.other.describe()}\n  written to {second}"
            found[kind] = f"{story}\n  {detail[:1500]}"

    if not LONG:
        settings(BASE, max_examples=ci, derandomize=True)(given(strategy)(one))()
    else:
        end = time.monotonic() + FUZZ_SECONDS * share if FUZZ_SECONDS else float("inf")
        cap = int(FUZZ_EXAMPLES * share) if FUZZ_EXAMPLES else 10**9
        while time.monotonic() < end and count < cap:
            test = settings(BASE, max_examples=min(5, cap - count))(given(strategy)(one))
            seed(int.from_bytes(os.urandom(8), "big"))(test)()
    print(f"\nfuzz {name}: {count} cases ran, {len(found)} distinct failures")
    report = "\n\n".join(
        f"[{kind}] in: {', '.join(sorted(commands[kind]))}\n{detail}"
        for kind, detail in sorted(found.items())
    )
    assert not found, f"{len(found)} distinct failures in {count} cases:\n\n{report}"


def _plan_case(args: tuple[Mutant, Mutant, str]) -> Case:
    mutant, other, lang = args
    original = next(s.text for s in [*EXAMPLES, *SMALL_PLANS] if s.name == mutant.seed)
    with _case_dir() as root:
        case = Case(root, mutant, other, lang)
        plan_suite(case, original.encode("utf-8"))
    return case


LANGS = st.sampled_from(["vi", "vi", "en"])


def test_fuzz_plans_text_level() -> None:
    strategy = st.tuples(mutants(PLAN_SEEDS, False), mutants(SMALL_PLANS, False), LANGS)
    drive("text", strategy, _plan_case, ci=22, share=0.4)


def test_fuzz_plans_structure_level() -> None:
    strategy = st.tuples(mutants(PLAN_SEEDS, True), mutants(SMALL_PLANS, True), LANGS)
    drive("structure", strategy, _plan_case, ci=30, share=0.4)


def _framework_case(args: tuple[Mutant, Seed, str, str, int, str]) -> Case:
    mutant, plan_seed, level, unit, year, lang = args
    with _case_dir() as root:
        case = Case(root, mutant, None, lang)
        framework_suite(case, plan_seed.text, level, unit, year)
    return case


def test_fuzz_frameworks_and_init() -> None:
    strategy = st.tuples(
        st.one_of(mutants(FRAMEWORKS, False), mutants(FRAMEWORKS, True)),
        st.sampled_from(SMALL_PLANS),
        st.sampled_from(LEVELS),
        st.sampled_from(["BẢO HIỂM XÃ HỘI TỈNH X", *TEXTS[:40]]),
        st.sampled_from([2023, 2000, 2100, 1999, 0, -1, 10**6]),
        LANGS,
    )
    drive("framework", strategy, _framework_case, ci=20, share=0.2)


# --- the harness itself: no false alarms on the seeds, real alarms on planted defects


def test_fuzz_harness_accepts_the_unchanged_seeds() -> None:
    for seed_ in [*EXAMPLES, *SMALL_PLANS[::10]]:
        case = _plan_case((Mutant(seed_.name, seed_.text), Mutant(seed_.name, seed_.text), "vi"))
        assert case.failures == {}, (seed_.name, case.failures)


def test_fuzz_harness_sees_lost_data_comments_and_waivers(tmp_path: Path) -> None:
    before = b"a: 1 # one\nb: [x, y]  # bhxh-plan: ignore[BP108] reason: r\n"
    path = tmp_path / "p.yaml"
    path.write_bytes(b"a: 2\nb: [x, y]\n")
    case = Case(tmp_path, Mutant("planted", before.decode()), None, "vi")
    finding = {"rule": "BP108", "path": "b[1]", "severity": "warning"}
    lint_before = {"files": [{"problems": [{**finding, "waived": True}]}]}
    lint_after = {"files": [{"problems": [{**finding, "waived": False}]}]}
    check_rewrite(case, "fmt", before, path, nfc, _nfc_comment, lint_before, lint_after)
    assert set(case.failures) == {
        "fmt: changed the data",
        "fmt: lost comments",
        "fmt: changed what waivers cover",
    }
