"""fmt over generated plans: same data (modulo NFC), comments kept, idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from bhxh_plan.fmt import format_bytes, nfc, same
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.model.plan import Plan
from tests.yaml_gen import SCHEMA_LINE, messy_yaml

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@_SETTINGS
@given(messy_yaml())
def test_fmt_keeps_data_and_comments_and_is_idempotent(case: tuple[str, list[str]]) -> None:
    text, comments = case
    before = load_bytes(text.encode("utf-8")).data
    once = format_bytes(text.encode("utf-8"), "gen.yaml")
    after = load_bytes(once.data).data
    assert same(after, nfc(before))
    out_lines = [line.strip() for line in once.text.splitlines()]
    for comment in comments:
        tail = comment.split("#", 1)[1]
        assert any(line.endswith("#" + nfc(tail)) for line in out_lines), comment
    if comments and comments[0] == SCHEMA_LINE:
        assert once.text.splitlines()[0] == SCHEMA_LINE
    twice = format_bytes(once.data, "gen.yaml")
    assert twice.data == once.data
    assert not twice.changed


@_SETTINGS
@given(messy_yaml())
def test_fmt_keeps_the_plan_model(case: tuple[str, list[str]]) -> None:
    text, _ = case
    before = nfc(load_bytes(text.encode("utf-8")).data)
    try:
        plan = Plan.model_validate(before)
    except ValueError:
        return  # most generated data is only plan-shaped; the data test covers it
    after = load_bytes(format_bytes(text.encode("utf-8")).data).data
    assert Plan.model_validate(after) == plan
