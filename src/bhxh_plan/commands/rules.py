"""``rules`` as a library call: what each rule checks, why, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from bhxh_plan.commands.base import EXIT_OK, CommandError, Outcome, Streams, guarded
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan rules [ID]`` options: no rule lists them all."""

    rule: str | None = None


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """List the rules, or explain one (an unknown id is exit 2 with the nearest ones)."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _list(io) if options.rule is None else _explain(options.rule, io))


def _list(io: Streams) -> Outcome:
    from bhxh_plan import codes
    from bhxh_plan.rules import all_meta

    for meta in all_meta():
        flag = "*" if meta.fixable else " "
        severity = t(keys.SEVERITY[meta.severity])
        io.say(f"{meta.id}{flag} {meta.name:20} {severity:9} {meta.summary}")
    for code, name in codes.NAMES.items():
        io.say(f"{code}  {name:20} {t('sev.error'):9} {t('rules.builtin')}")
    io.say(t("rules.legend"))
    return Outcome(EXIT_OK)


def _explain(rule: str, io: Streams) -> Outcome:
    from bhxh_plan.rules import RULES
    from bhxh_plan.suggest import suggest

    key = rule.strip().upper()
    if key not in RULES:
        options = ", ".join(suggest(key, ((k, (r.meta.name,)) for k, r in RULES.items())))
        raise CommandError(
            t("config.unknown_rule", rule=rule),
            t("config.unknown_rule.hint", options=options or "bhxh-plan rules"),
        )
    meta = RULES[key].meta
    io.say(
        f"{meta.id} {meta.name} — {t(keys.SEVERITY[meta.severity])}"
        + (f" ({t('rules.fixable')})" if meta.fixable else "")
    )
    io.say("")
    io.say(meta.summary)
    io.say("")
    io.say(f"{t('rules.clause')}: {meta.clause}")
    io.say(f"{t('rules.fix')}: {meta.fix}")
    for title, example in (
        (t("rules.fail"), meta.example_fail),
        (t("rules.pass"), meta.example_pass),
    ):
        if example:
            io.say(f"\n{title}:")
            for line in example.rstrip().splitlines():
                io.say(f"    {line}")
    return Outcome(EXIT_OK)
