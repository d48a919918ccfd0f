"""Inline waivers: ``# bhxh-plan: ignore[BP101] lý do: … đến 2023-06-30``.

A waiver written after a value covers that line; a waiver on a line of its
own covers the block that follows it (the next key or list item and everything
indented under it). Waivers are comments, read by :mod:`bhxh_plan.io.comments`
(so ``ignore[…]`` inside a quoted value is text, not a waiver). A reason is
required; an expiry date is optional, and an expired waiver no longer applies.
Waived problems are kept, marked as waived.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Final

import yaml

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io import comments
from bhxh_plan.problems import Problem, Severity
from bhxh_plan.suggest import suggest

_WAIVER: Final = re.compile(r"#\s*bhxh-plan:\s*ignore\[([^\]]*)\](.*)$")
_REASON: Final = re.compile(r"(?:lý do|ly do|reason)\s*:\s*(.*)$", re.IGNORECASE)
_UNTIL: Final = re.compile(r"(?:đến|den|until)\s+(\d{4}-\d{2}-\d{2})\s*\.?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Waiver:
    """One waiver comment and the lines it covers (1-based, inclusive)."""

    line: int
    column: int
    first: int
    last: int
    rules: tuple[str, ...]
    reason: str
    until: dt.date | None
    used: bool = False


def is_waiver(comment: str) -> bool:
    """Whether the comment text ``comment`` holds a waiver."""
    return _WAIVER.search(comment) is not None


Errors = list[tuple[int, int, str, str]]


def parse(
    text: str, root: yaml.Node | None, read: list[comments.Comment] | None = None
) -> tuple[list[Waiver], Errors]:
    """Waivers in ``text`` (parsed as ``root``) and the (line, column, key, detail) of bad ones.

    ``text`` is the decoded text the parser read; ``read`` its comments, if already read.
    """
    lines = text.split("\n")
    waivers: list[Waiver] = []
    errors: Errors = []
    if read is None:
        read = comments.read(text, root, containing="bhxh-plan")
    found = [c for c in read if c.text and "bhxh-plan" in c.text]
    scope = _Scopes(lines)
    for comment in found:
        match = _WAIVER.search(comment.text or "")
        if match is None:
            continue
        number = comment.line + 1
        column = comment.column + match.start() + 1
        rules = tuple(r.strip().upper() for r in match[1].split(",") if r.strip())
        tail = match[2].strip()
        until = None
        expiry = _UNTIL.search(tail)
        if expiry:
            try:
                until = dt.date.fromisoformat(expiry[1])
            except ValueError:
                errors.append((number, column, "waiver.bad_date", expiry[1]))
            tail = tail[: expiry.start()].strip()
        reason_match = _REASON.search(tail)
        reason = reason_match[1].strip(" .") if reason_match else ""
        first, last = scope(number, full=comment.full)
        waivers.append(Waiver(number, column, first, last, rules, reason, until))
    return waivers, errors


# (what the waiver says, the keys and values it covers, its 1-based line)
Coverage = list[tuple[tuple[object, ...], frozenset[tuple[str, comments.Loc]], int]]


def coverage(text: str, root: yaml.Node, read: list[comments.Comment] | None = None) -> Coverage:
    """What each waiver of ``text`` covers: the keys and values that start on its lines.

    Problems are reported where a key or value starts, so two texts whose waivers
    cover the same keys and values waive the same problems. ``fmt`` compares this
    before and after rewriting a file.
    """
    found, _errors = parse(text, root, read)
    if not found:
        return []
    points = [
        (line, ("key" if key else "value", loc)) for line, _, loc, key in comments.starts(root)
    ]
    points.sort(key=lambda point: point[0])
    starts = [line for line, _ in points]
    covers: dict[tuple[int, int], frozenset[tuple[str, comments.Loc]]] = {}
    out: Coverage = []
    for w in found:
        span = (w.first, w.last)
        if span not in covers:
            lo, hi = bisect_left(starts, w.first - 1), bisect_right(starts, w.last - 1)
            covers[span] = frozenset(point for _, point in points[lo:hi])
        out.append(((w.rules, w.reason, w.until), covers[span], w.line))
    return out


def moved(before: Coverage, after: Coverage) -> int | None:
    """The line (in the first text) of a waiver that covers something else in the second."""
    ids: dict[frozenset[tuple[str, comments.Loc]], int] = {}  # each distinct set compared once

    def keyed(cov: Coverage) -> list[tuple[str, int, int]]:
        return sorted(
            (repr(said), ids.setdefault(cov_set, len(ids)), line) for said, cov_set, line in cov
        )

    rest = Counter(k[:2] for k in keyed(after))
    lost = []
    for said, covered, line in keyed(before):
        if rest[said, covered] > 0:
            rest[said, covered] -= 1
        else:
            lost.append(line)
    return min(lost, default=1 if rest.total() else None)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Scopes:
    """The lines each waiver covers; waivers above the same block share the work."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.code: dict[int, int] = {}  # line → the first line from there on that is not a comment
        self.ends: dict[int, int] = {}

    def __call__(self, number: int, full: bool) -> tuple[int, int]:
        lines = self.lines
        if not full:
            return number, number
        start = self._code(number)  # the next line that is neither blank nor a comment
        if start >= len(lines):
            return number, number
        if start not in self.ends:
            self.ends[start] = self._end(start)
        return start + 1, self.ends[start]

    def _code(self, number: int) -> int:
        lines, seen = self.lines, []
        at = number
        while at < len(lines) and at not in self.code:
            stripped = lines[at].strip()
            if stripped and not stripped.startswith("#"):
                break
            seen.append(at)
            at += 1
        found = self.code.get(at, at)
        for line in seen:  # a run of comment lines is walked once, whatever the waivers in it
            self.code[line] = found
        return found

    def _end(self, start: int) -> int:
        lines = self.lines
        head = lines[start]
        indent = _indent(head)
        key_line = head.rstrip().endswith(":") and not head.lstrip().startswith("- ")
        end = start + 1
        while end < len(lines):
            line = lines[end]
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                deeper = _indent(line) > indent
                # "key:" followed by "- item" at the same indentation is still that key's block
                same_list = key_line and _indent(line) == indent and stripped.startswith("- ")
                if not (deeper or same_list):
                    break
            end += 1
        return end


# the hint of each error parse() reports
_HINTS: Final = {"waiver.bad_date": "waiver.bad_date.hint"}


def apply(
    problems: list[Problem],
    waivers: list[Waiver],
    errors: list[tuple[int, int, str, str]],
    file: str,
    today: dt.date,
    known: set[str],
) -> list[Problem]:
    """Mark waived problems and add problems about the waivers themselves."""
    out: list[Problem] = []
    # by rule and line, so that many waivers and many problems stay cheap
    single: dict[tuple[str, int], list[Waiver]] = {}
    blocks: dict[str, list[Waiver]] = {}
    for w in waivers:
        if w.until is not None and w.until < today:
            continue
        for rule in w.rules:
            if w.first == w.last:
                single.setdefault((rule, w.first), []).append(w)
            else:
                blocks.setdefault(rule, []).append(w)
    for p in problems:
        hit = None
        if p.line is not None and p.rule not in codes.NAMES:
            found = [w for w in blocks.get(p.rule, ()) if w.first <= p.line <= w.last]
            found += single.get((p.rule, p.line), ())
            # the first in the file, as a reader would find it
            hit = min(found, key=lambda w: w.line, default=None)
        if hit is None:
            out.append(p)
        else:
            hit.used = True
            out.append(replace(p, waived=True, waiver_reason=hit.reason))

    def meta(w_line: int, col: int, severity: Severity, text: str, hint: str) -> None:
        out.append(Problem(file, w_line, col, "", codes.WAIVER, severity, text, hint))

    for line, col, key, detail in errors:
        meta(line, col, Severity.ERROR, t(key, value=detail), t(_HINTS[key], value=detail))
    for w in waivers:
        if not w.reason:
            # the hint shows the waiver as it should be written, with the rules it names
            rules = ", ".join(w.rules) or "BP…"
            text, hint = t("waiver.no_reason", rules=rules), t("waiver.no_reason.hint", rules=rules)
            meta(w.line, w.column, Severity.ERROR, text, hint)
        for rule in w.rules:
            if rule in codes.NAMES:
                text, hint = t("waiver.builtin", rule=rule), t("waiver.builtin.hint", rule=rule)
                meta(w.line, w.column, Severity.ERROR, text, hint)
            elif rule not in known:
                options = ", ".join(suggest(rule, ((k, ()) for k in known)))
                kw = {"rule": rule, "options": options or "bhxh-plan rules"}
                text, hint = t("waiver.unknown", **kw), t("waiver.unknown.hint", **kw)
                meta(w.line, w.column, Severity.ERROR, text, hint)
        if w.until is not None and w.until < today:
            until = w.until.isoformat()
            text, hint = t("waiver.expired", until=until), t("waiver.expired.hint", until=until)
            meta(w.line, w.column, Severity.WARNING, text, hint)
        elif not w.used and w.rules:
            rules = ", ".join(w.rules)
            text, hint = t("waiver.unused", rules=rules), t("waiver.unused.hint", rules=rules)
            meta(w.line, w.column, Severity.WARNING, text, hint)
    return out
