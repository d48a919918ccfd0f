"""Mutants of real plans for the fuzz test (tests/test_fuzz.py).

A mutant starts from a seed (an example plan, a rule-case plan or a test
framework) and is changed at the text level (characters, scalars, lines,
waiver comments, encodings) or at the structure level (load with the
project's loader, change values, keys and lists, dump back). Every change is
recorded in words, so a failure names its seed and the steps that made it.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from bhxh_plan.io.loader import LoadError, load_bytes
from tests.rule_cases import load_cases

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "tests" / "rules"
FRAMEWORK = RULES_DIR / "framework.yaml"
CAMPAIGN = RULES_DIR / "framework-campaign.yaml"


class Seed:
    """A file to mutate (not a dataclass: hypothesis would print the whole text in reprs)."""

    __slots__ = ("name", "text")

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text

    def __repr__(self) -> str:
        return f"Seed({self.name})"


def _rule_plans() -> list[Seed]:
    seeds = []
    for case in load_cases():
        text = case.text.replace("framework: FRAMEWORK", f"framework: {FRAMEWORK}")
        text = text.replace("framework: CAMPAIGN", f"framework: {CAMPAIGN}")
        seeds.append(Seed(f"{case.rule}#{case.name}", text))
    return seeds


EXAMPLES = [Seed(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "examples").glob("*.yaml"))]
SMALL_PLANS = _rule_plans()
FRAMEWORKS = [Seed(p.name, p.read_text("utf-8")) for p in (FRAMEWORK, CAMPAIGN)]

# Text that has broken, or could break, some part of bhxh-plan.
LONG_DIGITS = "9" * 5000
# fmt: off
TEXTS = [
    "\x00", "\x07", "\x08", "\x1b", "\x1b[2J\x1b[31m", "\x7f", "\x85", "\x9b", "\u2028", "\ufffe",
    "\uffff", "\ufeff", "\u00a0", "\u202e", "\u200b", "\U0001f600", "\ud7ff", "\t", "\r", "\n",
    "\r\n", "#", " #", " # x", "'", '"', "''", "\\", "[", "]", "{", "}", ":", ": ", ", ", "- ",
    "? ", "&a ", "*a", "<<", "!!python/object:os.system", "!x ", "%YAML 1.2", "---", "...", "|",
    ">-", "@", "`", "%", "o\u0302\u0301", "Tô \u0309chức", "gia \u0300làng", "B¶o hiÓm x· héi",
    "Baûo hieåm", "dấu  cách", LONG_DIGITS, "1" * 4301, "-" + "1" * 4400, "0x" + "f" * 4000,
    ".inf", "-.inf", ".nan", ".NaN", "1e309", "-1e309", "1e-400", "9999-12-31", "0001-01-01",
    "0000-00-00", "2023-02-29", "2023-02-31", "10000-01-01", "2023-13-01", "99999999999", "-1",
    "0", "true", "null", "~", "no", "010", "0o17", "3.10", "{{ 7*7 }}",
    "{% for x in range(999999999) %}x{% endfor %}", "{{ ''.__class__.__mro__ }}",
    "<script>alert(1)</script>", "]]>", "&amp;", '=HYPERLINK("http://x")', "@SUM(A1)",
    "../../../etc/passwd", "C:\\con", "x" * 3000, ("Kế hoạch truyền thông " * 300).strip(),
    "# bhxh-plan: ignore[BP107] lý do: trong chuỗi", " # bhxh-plan: ignore[BP114,BP107] lý do: x",
    "nong-dan", "vss-2023", "thang-van-dong-2021", "BP101", "id", "framework", "rows",
]
# fmt: on
WAIVERS = [
    "# bhxh-plan: ignore[{rule}] lý do: thử nghiệm",
    "# bhxh-plan: ignore[{rule}] lý do: chờ số liệu đến 2999-12-31",
    "# bhxh-plan: ignore[{rule}] lý do: đã hết hạn đến 2000-01-01",
    "# bhxh-plan: ignore[{rule}] lý do: ngày sai đến 2023-02-31",
    "# bhxh-plan: ignore[{rule}]",
    "# bhxh-plan: ignore[{rule}, BP114] reason: both",
    "# bhxh-plan: ignore[] lý do: rỗng",
    "#bhxh-plan:ignore[{rule}]ly do:sát",
]
RULE_IDS = [f"BP{n}" for n in range(101, 118)] + ["BP000", "BP005", "BP999", "bp107"]
# a waiver naming every rule covers whatever the line or block holds
RULE_IDS += [", ".join(RULE_IDS[:17])] * 8


def dq(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, escaping what YAML does not allow raw."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or ch in "\u2028\u2029\ufeff":
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def sq(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scalar_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of every scalar token, or [] when the text does not scan."""
    try:
        return [
            (tok.start_mark.index, tok.end_mark.index)
            for tok in yaml.scan(text, Loader=yaml.CSafeLoader)
            if isinstance(tok, yaml.ScalarToken)
        ]
    except yaml.YAMLError:
        return []


def comments(text: str) -> list[str]:
    """Every YAML comment of ``text`` (``#`` to the end of line), found outside scalars."""
    spans = scalar_spans(text)
    starts = [s for s, _ in spans]
    out: list[str] = []
    offset = 0
    for line in text.split("\n"):
        col = line.find("#")
        while col >= 0:
            at = offset + col
            i = bisect.bisect_right(starts, at) - 1
            inside = i >= 0 and spans[i][0] <= at < spans[i][1]
            if not inside and (col == 0 or line[col - 1] in " \t"):
                out.append(line[col:].rstrip())
                break
            col = line.find("#", col + 1)
        offset += len(line) + 1
    return out


@dataclass(slots=True)
class Mutant:
    """A mutated file: its text, how it is encoded, and the steps that made it."""

    seed: str
    text: str
    steps: list[str] = field(default_factory=list)
    encoding: str = "utf-8"

    def data(self) -> bytes:
        if self.encoding == "utf-8-sig":
            return b"\xef\xbb\xbf" + self.text.encode("utf-8", "surrogatepass")
        if self.encoding == "crlf":
            return self.text.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
        if self.encoding == "latin-byte":
            return self.text.encode("utf-8", "surrogatepass") + b"\xe0\x80 \xff"
        return self.text.encode(self.encoding, "surrogatepass")

    def __repr__(self) -> str:
        return f"Mutant({self.seed}, {len(self.text)} chars, {len(self.steps)} steps)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))  # hypothesis prints dataclasses field by field otherwise

    def describe(self) -> str:
        steps = "\n".join(f"  - {s}" for s in self.steps) or "  (none)"
        return f"seed {self.seed}, encoding {self.encoding}, steps:\n{steps}"


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else f"{text[:20]}…({len(text)} chars)…{text[-8:]}")


# fmt: off
NUMBERS = [
    LONG_DIGITS, "1" * 4301, "-" + "1" * 4400, ".inf", "-.inf", ".nan", "1e309", "-1", "0",
    "99999999999999999999", "0x7fffffffffffffff", "0o7", "+5", "1_000", "3.10",
]
# fmt: on
# fmt: off
DATES = [
    "9999-12-31", "0001-01-01", "2024-02-29", "2023-02-29", "10000-01-01", "2023-1-1",
    "2023-01-01T10:00:00", "1900-01-01", "2099-12-31",
]
# fmt: on
_NUMBER = re.compile(r"[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)")
_DATE = re.compile(r"\d{4}-\d\d?-\d\d?")


@dataclass(frozen=True, slots=True)
class Scalar:
    start: int
    end: int
    value: str
    plain: bool
    key: bool


def scalars(text: str) -> list[Scalar]:
    """Every scalar token of ``text``, knowing keys from values; [] when the text does not scan."""
    out, after_key = [], False
    try:
        for tok in yaml.scan(text, Loader=yaml.CSafeLoader):
            if isinstance(tok, yaml.ScalarToken):
                span = (tok.start_mark.index, tok.end_mark.index)
                out.append(Scalar(*span, tok.value, tok.plain, after_key))
            after_key = isinstance(tok, yaml.KeyToken)
    except yaml.YAMLError:
        return []
    return out


def _value_text(draw: st.DrawFn, sc: Scalar) -> tuple[str, str]:
    """A replacement of the value ``sc`` of the same kind (number, date, text), and its story."""
    if sc.plain and _NUMBER.fullmatch(sc.value):
        new = draw(st.sampled_from(NUMBERS))
        return new, f"number {_short(new)}"
    if sc.plain and _DATE.fullmatch(sc.value):
        new = draw(st.sampled_from(DATES))
        return new, f"date {new}"
    payload = draw(st.sampled_from(TEXTS))
    how = draw(st.sampled_from(["append", "prepend", "middle", "replace", "repeat", "nfd"]))
    mid = len(sc.value) // 2
    value = {
        "append": sc.value + payload,
        "prepend": payload + sc.value,
        "middle": sc.value[:mid] + payload + sc.value[mid:],
        "replace": payload,
        "repeat": " ".join([sc.value] * 200),
        "nfd": unicodedata.normalize("NFD", sc.value),
    }[how]
    quoted = draw(st.sampled_from([dq, dq, sq]))
    return quoted(
        value
    ), f"text {how} {_short(payload) if how in ('append', 'prepend', 'middle', 'replace') else ''}"


@st.composite
def text_step(draw: st.DrawFn, m: Mutant) -> None:
    """Apply one text-level change to ``m``."""
    text = m.text
    kinds = ["value"] * 8 + ["key", "raw", "insert", "delete", "line"] + ["waiver"] * 3 + ["nfd"]
    kind = draw(st.sampled_from(kinds))
    payload = draw(st.sampled_from(TEXTS))
    found = scalars(text) if kind in ("value", "key", "raw") else []
    pool = [sc for sc in found if sc.key == (kind == "key")] if kind != "raw" else found
    typed = [
        sc for sc in pool if sc.plain and (_NUMBER.fullmatch(sc.value) or _DATE.fullmatch(sc.value))
    ]
    if kind == "value" and typed and draw(st.booleans()):
        pool = typed  # numbers and dates are few but break the most
    if pool:
        sc = pool[draw(st.integers(0, len(pool) - 1))]
        if kind == "value":
            new, story = _value_text(draw, sc)
        elif kind == "key":
            new = draw(st.sampled_from([*(k.value for k in found if k.key), dq(payload), payload]))
            story = f"key {_short(new)}"
        else:
            new = draw(st.sampled_from([payload, sq(payload), dq(payload)]))
            story = f"raw {_short(new)}"
        m.text = text[: sc.start] + new + text[sc.end :]
        m.steps.append(f"{kind} {sc.value[:30]!r} at offset {sc.start} → {story}")
    elif kind in ("insert", "value", "key", "raw"):
        at = draw(st.integers(0, len(text)))
        m.text = text[:at] + payload + text[at:]
        m.steps.append(f"insert {_short(payload)} at offset {at}")
    elif kind == "delete":
        at = draw(st.integers(0, max(0, len(text) - 1)))
        size = draw(st.integers(1, 40))
        m.text = text[:at] + text[at + size :]
        m.steps.append(f"delete {text[at : at + size]!r} at offset {at}")
    elif kind == "nfd":
        m.text = unicodedata.normalize("NFD", text)
        m.steps.append("whole text to NFD")
    else:
        lines = text.split("\n")
        n = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "waiver":
            rule = draw(st.sampled_from(RULE_IDS))
            waiver = draw(st.sampled_from(WAIVERS)).format(rule=rule)
            line = lines[n]
            if draw(st.booleans()):
                indent = line[: len(line) - len(line.lstrip(" "))]
                lines.insert(n, indent + waiver)
                m.steps.append(f"waiver line {waiver!r} before line {n + 1}")
            else:
                lines[n] = line + "  " + waiver
                m.steps.append(f"waiver {waiver!r} after line {n + 1}")
        else:
            op = draw(st.sampled_from(["drop", "duplicate", "swap", "tab"]))
            if op == "drop":
                del lines[n]
            elif op == "duplicate":
                lines.insert(n, lines[n])
            elif op == "swap" and n + 1 < len(lines):
                lines[n], lines[n + 1] = lines[n + 1], lines[n]
            elif op == "tab":
                lines[n] = "\t" + lines[n]
            m.steps.append(f"{op} line {n + 1}")
        m.text = "\n".join(lines)


class RawScalar(str):
    """A scalar written exactly as given (a 5000-digit number cannot be a Python int here)."""


class _Dumper(yaml.SafeDumper):
    pass


def _raw(dumper: yaml.SafeDumper, value: RawScalar) -> yaml.Node:
    tag = dumper.resolve(yaml.ScalarNode, str(value), (True, False))
    return dumper.represent_scalar(tag, str(value))


_Dumper.add_representer(RawScalar, _raw)

# fmt: off
VALUES: list[Any] = [
    None, True, False, 0, -1, 2**63, 10**40, 1e308, float("inf"), float("-inf"), float("nan"),
    dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(2023, 1, 1), "", " ", "x" * 20000,
    RawScalar(LONG_DIGITS), RawScalar("-" + LONG_DIGITS), RawScalar(".inf"), RawScalar(".nan"),
    RawScalar("10000-01-01"), [], {}, [None], {"id": "x"}, ["nong-dan", "nong-dan"],
    *[t for t in TEXTS if len(t) < 100],
]
# fmt: on
# a fresh copy each draw: the lists and dicts among VALUES are mutated in place by later steps,
# and a changed VALUES makes hypothesis see different data for the same choices (flaky)
FRESH_VALUE = st.sampled_from(VALUES).map(copy.deepcopy)


class Tree:
    """Loaded data being mutated (a short repr: hypothesis shows strategies' arguments)."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def __repr__(self) -> str:
        return "Tree(…)"


INTS: list[Any] = [RawScalar(LONG_DIGITS), 10**30, 2**63, -1, 0, float("inf"), float("nan")]
DATE_VALUES: list[Any] = [
    dt.date(9999, 12, 31),
    dt.date(1, 1, 1),
    dt.date(2024, 2, 29),
    RawScalar("10000-01-01"),
]


@st.composite
def _like(draw: st.DrawFn, box: Tree) -> Any:
    """A new value of the same type as the boxed one (so the plan stays valid where it can)."""
    old = box.data
    if isinstance(old, bool) or old is None:
        return draw(FRESH_VALUE)
    if isinstance(old, int | float):
        return draw(st.sampled_from(INTS))
    if isinstance(old, dt.date):
        return draw(st.sampled_from(DATE_VALUES))
    if isinstance(old, str):
        payload = draw(st.sampled_from(TEXTS))
        how = draw(st.sampled_from(["append", "prepend", "replace", "repeat", "nfd"]))
        return {
            "append": old + payload,
            "prepend": payload + old,
            "replace": payload,
            "repeat": " ".join([old] * 200),
            "nfd": unicodedata.normalize("NFD", old),
        }[how]
    if isinstance(old, list) and old:
        return [*old, *old] if draw(st.booleans()) else []
    return draw(FRESH_VALUE)


def _typed(value: Any) -> bool:
    return isinstance(value, int | float | dt.date) and not isinstance(value, bool)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*here, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*here, i)))
    return out


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


@st.composite
def structure_step(draw: st.DrawFn, tree: Tree, steps: list[str]) -> None:
    """Change one place of the loaded data (in place)."""
    data = tree.data
    paths = [p for p in _paths(data) if p]
    if not paths:
        return
    # numbers and dates are few in a plan but break the most: pick them half of the time
    typed = [p for p in paths if _typed(_get(data, p))]
    pool = typed if typed and draw(st.booleans()) else paths
    path = pool[draw(st.integers(0, len(pool) - 1))]
    parent, last = _get(data, path[:-1]), path[-1]
    ops = ["leaf"] * 6 + ["replace", "delete", "rename", "duplicate", "duplicate", "copy"]
    op = draw(st.sampled_from(ops))
    if op == "leaf":
        value = draw(_like(Tree(parent[last])))
        parent[last] = value
        steps.append(f"change {path} to {_short(repr(value))}")
    elif op == "replace":
        value = draw(FRESH_VALUE)
        parent[last] = value
        steps.append(f"set {path} = {_short(repr(value))}")
    elif op == "delete":
        del parent[last]
        steps.append(f"delete {path}")
    elif op == "rename" and isinstance(parent, dict):
        name = draw(st.sampled_from(["id", "name", "framework", "year", "rows", "groups", "x", ""]))
        if name not in parent:
            parent[name] = parent.pop(last)
        steps.append(f"rename {path} → {name!r}")
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(last, _copy(parent[last]))
        steps.append(f"duplicate {path}")
    else:
        other = paths[draw(st.integers(0, len(paths) - 1))]
        if other[: len(path)] != path:
            parent[last] = _copy(_get(data, other))
            steps.append(f"copy {other} → {path}")


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def dump(data: Any, flow: bool | None) -> str:
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=flow, width=80
    )


@st.composite
def mutants(draw: st.DrawFn, seeds: list[Seed], structure: bool) -> Mutant:
    """A mutant of one of ``seeds``: structure-level changes (then a few text ones) or text ones."""
    seed = draw(st.sampled_from(seeds))
    m = Mutant(seed.name, seed.text)
    if structure:
        try:
            data = load_bytes(seed.text.encode("utf-8")).data
        except LoadError:  # pragma: no cover - seeds load
            data = {}
        tree = Tree(data)
        for _ in range(draw(st.integers(1, 4))):
            draw(structure_step(tree, m.steps))
        flow = draw(st.sampled_from([False, None, True]))
        m.text = dump(data, flow)
        m.steps.append(f"dumped with PyYAML (flow={flow})")
        extra = draw(st.integers(0, 3))
    else:
        extra = draw(st.integers(1, 4))
    for _ in range(extra):
        draw(text_step(m))
    m.encoding = draw(
        st.sampled_from(["utf-8"] * 12 + ["utf-8-sig", "crlf", "utf-16", "latin-byte"])
    )
    return m
