"""``bhxh-plan rules [ID]``: what each rule checks, why, and how to fix it."""

from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, app, fail
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys


@app.command(help="help.cmd.rules")
def rules(
    rule: Annotated[str | None, typer.Argument(help="help.rules.rule")] = None,
) -> None:
    """Liệt kê các quy tắc kiểm tra, hoặc giải thích một quy tắc (rules)."""
    from bhxh_plan import codes
    from bhxh_plan.rules import RULES, all_meta
    from bhxh_plan.suggest import suggest

    if rule is None:
        for meta in all_meta():
            flag = "*" if meta.fixable else " "
            typer.echo(
                f"{meta.id}{flag} {meta.name:20} {t(keys.SEVERITY[meta.severity]):9} {meta.summary}"
            )
        for code, name in codes.NAMES.items():
            typer.echo(f"{code}  {name:20} {t('sev.error'):9} {t('rules.builtin')}")
        typer.echo(t("rules.legend"))
        raise typer.Exit(EXIT_OK)
    key = rule.strip().upper()
    if key not in RULES:
        options = ", ".join(suggest(key, ((k, (r.meta.name,)) for k, r in RULES.items())))
        fail(
            t("config.unknown_rule", rule=rule),
            t("config.unknown_rule.hint", options=options or "bhxh-plan rules"),
        )
    meta = RULES[key].meta
    typer.echo(
        f"{meta.id} {meta.name} — {t(keys.SEVERITY[meta.severity])}"
        + (f" ({t('rules.fixable')})" if meta.fixable else "")
    )
    typer.echo("")
    typer.echo(meta.summary)
    typer.echo("")
    typer.echo(f"{t('rules.clause')}: {meta.clause}")
    typer.echo(f"{t('rules.fix')}: {meta.fix}")
    for title, example in (
        (t("rules.fail"), meta.example_fail),
        (t("rules.pass"), meta.example_pass),
    ):
        if example:
            typer.echo(f"\n{title}:")
            for line in example.rstrip().splitlines():
                typer.echo(f"    {line}")
