"""The command line in the user's language: ``--lang`` anywhere, localised help and usage errors.

Click has no message catalogue of its own (its texts go through ``gettext``, which would
need compiled ``.mo`` files and is process-wide), so the CLI localises its own texts here:

* ``--lang``/``--lang=`` is taken out of the arguments before click parses them, so it works
  before or after the command name (a ``--`` ends the search);
* help of commands and options is declared as a key of :mod:`bhxh_plan.messages.cli` and
  looked up once the language is known, on the command tree typer builds for this run;
* the headings and extras of ``--help`` ("Usage", "Options", "[default: …]") come from a
  ``HelpFormatter`` subclass;
* click's usage errors are caught (``standalone_mode=False``) and re-worded from the
  exception's type and attributes, in the house format ``bhxh-plan: lỗi: …`` with a hint.
"""

import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import typer
from typer import _click as click  # typer runs on its own copy of click: its errors are those
from typer.core import TyperGroup

from bhxh_plan.i18n import LANGS, default_lang, get_lang, set_lang, use_lang


def text(key: str, **kwargs: object) -> str:
    """A command-line text; only the small :mod:`bhxh_plan.messages.cli` is loaded (start-up)."""
    from bhxh_plan.messages.cli import MESSAGES

    entry = MESSAGES.get(key)
    if entry is None:
        return key
    return (entry[1] if get_lang() == "en" else entry[0]).format(**kwargs)


def take_lang(args: Sequence[str]) -> list[str]:
    """``args`` without ``--lang X``/``--lang=X``; the language named is selected."""
    out: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            out += [arg, *rest]
            break
        if arg != "--lang" and not arg.startswith("--lang="):
            out.append(arg)
            continue
        if arg == "--lang" and not rest:
            raise click.exceptions.UsageError(text("cli.needs_value", name="--lang"))
        value = rest.pop(0) if arg == "--lang" else arg.partition("=")[2]
        if value not in LANGS:
            detail = text("cli.bad_choice", value=value, choices=", ".join(LANGS))
            raise click.exceptions.UsageError(text("cli.bad_value", name="--lang", detail=detail))
        set_lang(value)
    return out


def _name(param: click.core.Parameter | None) -> str:
    if param is None:
        return ""
    opts: list[str] = getattr(param, "opts", [])
    if param.param_type_name == "option" and opts:
        return max(opts, key=len)
    return (param.name or "").upper()


# typer checks values with pydantic: its English phrases, with what they say in the catalogue
_DETAILS = (
    (r"(?:Value error, )?'(.*)' is not one of (.*?)\.?$", "cli.bad_choice", ("value", "choices")),
    (r"Input should be a valid (?:integer|number|float)\b.*", "cli.bad_number", ()),
    (r"Input should be greater than or equal to (\S+)$", "cli.too_small", ("limit",)),
    (r"Input should be less than or equal to (\S+)$", "cli.too_big", ("limit",)),
)


def _detail(message: str) -> str:
    for pattern, key, fields in _DETAILS:
        m = re.fullmatch(pattern, message, re.S)
        if m:
            values = {f: v.replace("'", "") for f, v in zip(fields, m.groups(), strict=True)}
            return text(key, **values)
    return message


def _names(names: Iterable[str]) -> str:
    return ", ".join(sorted(names))


def reword(exc: click.ClickException) -> str:
    """The message of a click error in the user's language."""
    if isinstance(exc, click.exceptions.NoSuchOption):
        said = text("cli.no_such_option", name=exc.option_name)
        if exc.possibilities:
            said += "; " + text("cli.did_you_mean", names=_names(exc.possibilities))
        return said
    if isinstance(exc, click.exceptions.MissingParameter) and exc.param is not None:
        option = exc.param.param_type_name == "option"
        key = "cli.missing_option" if option else "cli.missing_argument"
        return text(key, name=_name(exc.param))
    if isinstance(exc, click.exceptions.BadParameter):
        name = _name(exc.param) or exc.param_hint or ""
        return text("cli.bad_value", name=name, detail=_detail(exc.message))
    if isinstance(exc, click.exceptions.BadOptionUsage):
        if " requires " in exc.message:
            return text("cli.needs_value", name=exc.option_name)
        if "does not take a value" in exc.message:
            return text("cli.takes_no_value", name=exc.option_name)
    if exc.message == "Missing command.":
        return text("cli.missing_command")
    m = re.match(r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)$", exc.message, re.S)
    if m:
        return text("cli.extra_args", args=m.group(1))
    m = re.match(r"No such command '(.*?)'\.?(?: Did you mean (.*)\?)?$", exc.message, re.S)
    if m:
        said = text("cli.no_such_command", name=m.group(1))
        if m.group(2):
            said += "; " + text("cli.did_you_mean", names=m.group(2))
        return said
    return exc.format_message()


def report(exc: click.ClickException) -> None:
    """Print a usage error: the usage line, what is wrong, where to read more."""
    from bhxh_plan.i18n import t

    ctx = exc.ctx if isinstance(exc, click.exceptions.UsageError) else None
    if ctx is not None:
        click.echo(ctx.get_usage(), err=True)
    click.echo(f"bhxh-plan: {t('cli.error')}: {reword(exc)}", err=True)
    if ctx is not None:
        hint = text("cli.try_help", command=ctx.command_path)
        click.echo(f"    {t('text.hint')}: {hint}", err=True)


_HEADINGS = {
    "Options": "cli.heading.options",
    "Arguments": "cli.heading.arguments",
    "Commands": "cli.heading.commands",
}


class LocalFormatter(click.formatting.HelpFormatter):
    """Click's help layout with its own words in the user's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, text("cli.usage") + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        super().write_heading(text(key) if key else heading)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        super().write_dl([(term, _extras(help)) for term, help in rows], col_max, col_spacing)


def _extras(help: str) -> str:
    if help == "Show this message and exit.":
        return text("cli.help_option")
    help = help.replace("[required]", f"[{text('cli.required')}]")
    return help.replace("[default: ", "[" + text("cli.default", value=""))


class LocalContext(click.core.Context):
    formatter_class = LocalFormatter


def localise(cmd: click.core.Command) -> None:
    """Put the help texts of ``cmd`` and its subcommands in the current language."""
    from bhxh_plan.messages.cli import MESSAGES

    idx = 1 if get_lang() == "en" else 0

    def tr(value: str | None) -> str | None:
        return MESSAGES[value][idx] if value in MESSAGES else value

    cmd.help = tr(cmd.help)
    cmd.short_help = tr(cmd.short_help)
    cmd.context_class = LocalContext
    if cmd.options_metavar == "[OPTIONS]":
        cmd.options_metavar = text("cli.options_metavar")
    for param in cmd.params:
        if getattr(param, "help", None):
            param.help = tr(param.help)  # type: ignore[attr-defined]
    if isinstance(cmd, TyperGroup):
        cmd.subcommand_metavar = text("cli.command_metavar")
        for sub in cmd.commands.values():
            localise(sub)


class LocalGroup(TyperGroup):
    """The root command: ``--lang`` anywhere, localised help, re-worded usage errors."""

    context_class = LocalContext

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        # one run, one language: --lang holds for this run and is undone when it ends
        with use_lang(default_lang()):
            return self._main(args, prog_name, complete_var, standalone_mode, **extra)

    def _main(
        self,
        args: Sequence[str] | None,
        prog_name: str | None,
        complete_var: str | None,
        standalone_mode: bool,
        **extra: Any,
    ) -> Any:
        try:
            argv = take_lang(sys.argv[1:] if args is None else args)
        except click.exceptions.UsageError as exc:
            if not standalone_mode:
                raise
            report(exc)
            sys.exit(exc.exit_code)
        localise(self)
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, **extra)
        try:
            rv = super().main(argv, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()  # the help itself, localised by the formatter
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            report(exc)
            sys.exit(exc.exit_code)
        except typer.Abort:
            click.echo(text("cli.aborted"), err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)
