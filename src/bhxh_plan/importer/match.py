"""Table labels → framework ids, ignoring case and diacritics, with "did you mean …?".

A match is *exact* when the folded text (``bhxh_plan.suggest.fold``) equals
the folded id, code, name or an alias of exactly one item, or (groups) starts
with a name or alias long enough to be unambiguous. A form's free wording
("Gặp trực tiếp từng người hoặc theo nhóm nhỏ") is weighed against the names,
aliases and descriptions of the framework's forms (:mod:`.words`) and is
matched only on clear evidence. Anything else is *unmapped*: the importer
reports the best candidates and leaves a placeholder in the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from bhxh_plan.importer.words import FormWords
from bhxh_plan.model.framework import Framework
from bhxh_plan.suggest import fold, suggest
from bhxh_plan.textsafe import one_line

_MIN_PREFIX: Final = 12
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE: Final = re.compile(r"^[IVXLC]{1,6}$")
_DOTTED: Final = re.compile(r"^\d+(?:\.\d+)*$")


def roman(text: str) -> int | None:
    """The value of a Roman numeral (``IV`` → 4), or None."""
    if not _ROMAN_RE.match(text):
        return None
    total = 0
    values = [_ROMAN[ch] for ch in text]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total or None


def norm_code(code: str) -> str:
    """``III.`` → ``3``; ``3.1.`` → ``3.1``; other codes as they are."""
    code = code.strip().rstrip(".")
    if _DOTTED.match(code):
        # leading zeros off, without int(): a cell of 5,000 digits is text, not a crash
        return ".".join(p.lstrip("0") or "0" for p in code.split("."))
    value = roman(code.upper())
    return str(value) if value is not None else code


@dataclass(slots=True)
class Audience:
    """A group (``sub`` None) or a sub-group the table can name."""

    group: str
    sub: str | None
    code: str
    texts: list[str]


@dataclass(frozen=True, slots=True)
class Match:
    """What a label resolved to: an id (None when unmapped) and the candidates."""

    ident: str | None
    suggestions: tuple[str, ...] = ()
    by: str = ""  # "code", "name", "words" (a form's free wording) or "" when unmapped


@dataclass(slots=True)
class Matcher:
    """The framework's audiences and forms, ready for matching."""

    fw: Framework
    audiences: dict[str, Audience] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)
    form_texts: dict[str, list[str]] = field(default_factory=dict)  # forms with aliases
    words: FormWords = field(default_factory=FormWords)
    printed: dict[str, set[str]] = field(default_factory=dict)  # how a sheet shows a form

    @classmethod
    def of(cls, fw: Framework) -> Matcher:
        m = cls(fw)
        for gi, g in enumerate(fw.groups, 1):
            gcode = norm_code(g.code) if g.code else str(gi)
            m.audiences[g.id] = Audience(g.id, None, gcode, [g.name, *g.aliases])
            for si, s in enumerate(g.subgroups, 1):
                scode = norm_code(s.code) if s.code else f"{gcode}.{si}"
                m.audiences[s.id] = Audience(g.id, s.id, scode, [s.name, *s.aliases])
        for f in fw.forms:
            first = f.name.split("\n", 1)[0].strip().rstrip(":").strip()
            m.forms[f.id] = [f.name, first, *([f.code] if f.code else [])]
            m.form_texts[f.id] = [*m.forms[f.id], *f.aliases]
            m.printed[f.id] = {first, printed_name(f.name)}
        m.words = FormWords.of(fw)
        return m

    def audience(self, code: str, name: str, *, within: str | None = None) -> Match:
        """A group or sub-group by its code and/or its name (``within``: a group id)."""
        pool = {k: a for k, a in self.audiences.items() if within is None or a.group == within}
        by_name = _by_text(name, {k: a.texts for k, a in pool.items()})
        if by_name:
            return Match(by_name, by="name")
        if code:
            c = norm_code(code)
            hit = [k for k, a in pool.items() if a.code == c]
            if len(hit) == 1:
                return Match(hit[0], by="code")
        if not name.strip():
            return Match(None)
        sugg = suggest(name, ((k, a.texts) for k, a in pool.items()))
        return Match(None, tuple(sugg))

    def form(self, text: str, ident: str = "") -> Match:
        """A form by the technical id/code column, or by the cell's wording."""
        ident = ident.strip()
        if ident:
            if ident in self.forms:
                return Match(ident, by="code")
            codes = {f.id: norm_code(f.code) for f in self.fw.forms if f.code}
            hit = [k for k, c in codes.items() if c == norm_code(ident)]
            if len(hit) == 1:
                return Match(hit[0], by="code")
        if text.strip() in self.forms:
            return Match(text.strip(), by="code")
        exact = _by_text(text, self.form_texts, prefix=False)
        if exact:
            return Match(exact, by="name")
        picked, candidates = self.words.pick(text)
        suggestions = tuple(self._suggest(text, candidates))
        return Match(picked, suggestions, by="words") if picked else Match(None, suggestions)

    def _suggest(self, text: str, candidates: list[str], limit: int = 3) -> list[str]:
        out = candidates[:limit]
        for k in suggest(text, self.form_texts.items(), limit):
            if k not in out:
                out.append(k)
        return out[:limit]


def printed_name(name: str) -> str:
    """A form's name as ``bhxh-plan render`` prints it in the sheet (its first line without it)."""
    return one_line(name)


def _by_text(text: str, table: dict[str, list[str]], *, prefix: bool = True) -> str | None:
    q = fold(text)
    if not q:
        return None
    exact = {k for k, texts in table.items() for t in (k, *texts) if fold(t) == q}
    if len(exact) == 1:
        return exact.pop()
    if exact or not prefix:
        return None
    # "Hộ gia đình nông dân (chú trọng …)" written longer or shorter than the framework's
    near = {
        k
        for k, texts in table.items()
        for t in texts
        if len(f := fold(t)) >= _MIN_PREFIX
        and len(q) >= _MIN_PREFIX
        and (q.startswith(f) or f.startswith(q))
    }
    return near.pop() if len(near) == 1 else None
