""" "Did you mean …?": diacritic- and case-insensitive matching of ids and names."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip Vietnamese diacritics and punctuation: "Nông dân" → "nong dan"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", bare.lower()).strip()


def slugify(text: str) -> str:
    """A slug for ``text``: "Hộ gia đình nông dân" → "ho-gia-dinh-nong-dan"."""
    return fold(text).replace(" ", "-")


def suggest(
    query: str, candidates: Iterable[tuple[str, Iterable[str]]], limit: int = 3
) -> list[str]:
    """Ids whose id, name or alias best match ``query``.

    ``candidates`` yields ``(id, texts)`` pairs; an exact folded match wins,
    then a folded prefix/containment, then close spellings.
    """
    q = fold(query)
    if not q:
        return []
    table: dict[str, str] = {}
    exact: list[str] = []
    partial: list[str] = []
    for ident, texts in candidates:
        for text in (ident, *texts):
            f = fold(text)
            if not f:
                continue
            table.setdefault(f, ident)
            if f == q and ident not in exact:
                exact.append(ident)
            elif len(q) >= 4 and (q in f or f in q) and ident not in partial:
                partial.append(ident)
    if exact:
        return exact[:limit]
    close = [table[m] for m in difflib.get_close_matches(q, list(table), n=limit * 2, cutoff=0.6)]
    out: list[str] = []
    for ident in [*close, *partial]:
        if ident not in out:
            out.append(ident)
    return out[:limit]
