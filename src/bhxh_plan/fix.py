"""``lint --fix``: repair text hygiene in place, keeping every comment and the layout.

Repairs are made on the file's text, not by re-dumping YAML, so nothing but
the broken characters changes: TCVN3 values are converted where libyaml says
they are; detached tone marks, NFC and doubled spaces are repaired throughout.
The result is reloaded and must equal the repaired data before it is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bhxh_plan import hygiene
from bhxh_plan.fmt import same
from bhxh_plan.io.loader import Document, LoadError, load_bytes
from bhxh_plan.io.output import write_file


class FixError(Exception):
    """The repaired file would not load back as the repaired data; nothing was written."""


def _fixed_data(value: Any) -> Any:
    if isinstance(value, str):
        return hygiene.fix_value(value)
    if isinstance(value, dict):
        return {k: _fixed_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fixed_data(v) for v in value]
    return value


def _tcvn3_spans(node: yaml.Node) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    todo = [node]
    while todo:
        current = todo.pop()
        if isinstance(current, yaml.ScalarNode):
            if hygiene.is_tcvn3(current.value):
                spans.append((current.start_mark.index, current.end_mark.index))
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            todo.extend(v for _k, v in current.value)
    return sorted(spans)


def fix_document(doc: Document) -> int:
    """Repair ``doc``'s file; return how many values changed (0: file untouched)."""
    bom = doc.raw.startswith(b"\xef\xbb\xbf")
    text = doc.raw.decode("utf-8-sig")
    # libyaml marks count characters of the text it was given
    for start, end in reversed(_tcvn3_spans(doc.root)):
        text = text[:start] + "".join(hygiene.TCVN3.get(c, c) for c in text[start:end]) + text[end:]
    text = hygiene.fix_layout(text)
    payload = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    if payload == doc.raw:
        return 0
    expected = _fixed_data(doc.data)
    try:
        again = load_bytes(payload, doc.path).data
    except LoadError as exc:
        raise FixError(exc.message) from None
    # ``same``, not ``!=``: a .nan anywhere in the file is never equal to itself
    if not same(again, expected):
        raise FixError(doc.path)
    write_file(Path(doc.path), payload)
    return _count_changes(doc.data, expected)


def _count_changes(old: Any, new: Any) -> int:
    if isinstance(old, dict) and isinstance(new, dict):
        return sum(_count_changes(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return sum(_count_changes(a, b) for a, b in zip(old, new, strict=True))
    return int(not same(old, new))
