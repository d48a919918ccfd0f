"""A form cell's wording weighed against what the framework says of each form.

Each form is known by its name and aliases and by the words of its
description. Wording is compared by pairs of neighbouring words ("hội nghị",
"nhóm nhỏ"), diacritics kept (folding them makes "điện tư" of "gọi điện tư
vấn" the "điện tử" of "Cổng Thông tin điện tử"), pairs with a function word
dropped. A pair counts by how few forms use it (shared by every form,
"truyền thông" says nothing), three times over when it is in the form's name
or an alias. A form is picked only on clear evidence: enough weight, twice
the weight of the next form, and two telling pairs or one pair of its name
or aliases that no other form uses. Anything less is left for the office to
choose, with the candidates.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from bhxh_plan.model.framework import Framework

_WORD: Final = re.compile(r"[^\W_]+")
# syllables that only join others ("các", "của", "trong", …): a pair with one tells nothing
_FUNCTION_WORDS: Final = (
    "các của và trong theo cho với tại về để qua những một trên như là có được từ đến khi đã "
    "này đó hoặc thì mà nhằm sự việc cũng nhất từng đối nhau"
)
_FUNCTION: Final = frozenset(_FUNCTION_WORDS.split())
NAME_WEIGHT: Final = 3.0
MIN_SCORE: Final = 6.0  # e.g. one name pair shared by two forms of twenty (ln 10 × 3 ≈ 6.9)
MARGIN: Final = 2.0
TELLING: Final = 1.5  # a pair used by fewer than a quarter of the forms


def pairs(text: str) -> set[str]:
    """Neighbouring word pairs, lower case with diacritics, function words left out."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    return {
        f"{a} {b}"
        for a, b in itertools.pairwise(words)
        if a not in _FUNCTION and b not in _FUNCTION
    }


@dataclass(slots=True)
class FormWords:
    """The word pairs of every form, and how telling each pair is."""

    names: dict[str, set[str]] = field(default_factory=dict)
    descriptions: dict[str, set[str]] = field(default_factory=dict)
    weight: dict[str, float] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)  # pair → how many forms use it

    @classmethod
    def of(cls, fw: Framework) -> FormWords:
        out = cls()
        for f in fw.forms:
            out.names[f.id] = set().union(pairs(f.name), *(pairs(a) for a in f.aliases))
            out.descriptions[f.id] = set().union(*(pairs(d) for d in f.description))
            for p in out.names[f.id] | out.descriptions[f.id]:
                out.users[p] = out.users.get(p, 0) + 1
        total = max(len(fw.forms), 1)
        out.weight = {p: math.log(total / n) for p, n in out.users.items()}
        return out

    def scores(self, text: str) -> list[tuple[float, str]]:
        """(score, form id) of the forms sharing a pair with ``text``, best first."""
        words = pairs(text)
        out = []
        for ident, name in self.names.items():
            desc = self.descriptions[ident]
            score = sum(
                self.weight[p] * (NAME_WEIGHT if p in name else 1.0)
                for p in words
                if p in name or p in desc
            )
            if score > 0:
                out.append((score, ident))
        out.sort(key=lambda x: -x[0])  # stable: ties keep the framework's order
        return out

    def pick(self, text: str) -> tuple[str | None, list[str]]:
        """The form ``text`` clearly names (or None), and the candidates by score.

        A candidate shares at least one telling pair with ``text``; a pair every
        form has ("bhxh bhyt") makes no candidate.
        """
        words = pairs(text)
        ranked = []
        for score, ident in self.scores(text):
            shared = words & (self.names[ident] | self.descriptions[ident])
            telling = [p for p in shared if self.weight[p] >= TELLING]
            if telling:
                ranked.append((score, ident, telling))
        candidates = [ident for _score, ident, _telling in ranked]
        if not ranked:
            return None, candidates
        best, ident, telling = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        own = any(self.users[p] == 1 and p in self.names[ident] for p in telling)
        clear = best >= MIN_SCORE and best >= MARGIN * second and (len(telling) >= 2 or own)
        return (ident if clear else None), candidates
