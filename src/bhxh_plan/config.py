"""Project configuration: ``.bhxh-plan.yaml`` or ``[tool.bhxh-plan]`` in ``pyproject.toml``.

Found by walking up from the working directory; the first folder holding
either file wins. Unknown keys and rule ids that match no rule are errors.

```yaml
framework: vss-2023          # default for --framework
select: [BP1]                # rule ids or prefixes (default: all)
ignore: [BP114]
severity: {BP104: error}
strict: false                # warnings fail too
per_path:
  - paths: ["xa/*.yaml"]     # shell patterns, relative to the configuration's folder
    ignore: [BP102]
```
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, Strict, ValidationError

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import DEFAULT_MAX_SIZE, Document, LoadError, load_bytes, load_file
from bhxh_plan.io.reading import read_text
from bhxh_plan.model.common import StrictModel
from bhxh_plan.model.errors import problems_from_error
from bhxh_plan.problems import Problem, Severity, problem_at
from bhxh_plan.suggest import suggest

CONFIG_NAME = ".bhxh-plan.yaml"
SeverityV = Annotated[Severity, Strict(False)]


class PathOverride(StrictModel):
    """Settings for the plans under some paths."""

    paths: list[str] = Field(min_length=1, description="Mẫu đường dẫn (glob)")
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityV] = Field(default_factory=dict)


class LintConfig(StrictModel):
    """What ``bhxh-plan lint`` checks, and how strictly."""

    framework: str | None = Field(None, description="Khung mặc định (thay cho --framework)")
    select: list[str] | None = Field(None, description="Chỉ chạy các quy tắc này (mã hoặc tiền tố)")
    ignore: list[str] = Field(default_factory=list, description="Bỏ qua các quy tắc này")
    severity: dict[str, SeverityV] = Field(default_factory=dict, description="Đổi mức độ")
    strict: bool = Field(False, description="Cảnh báo cũng làm lệnh thất bại")
    per_path: list[PathOverride] = Field(default_factory=list)


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message)
        self.problems = problems


@dataclass(slots=True)
class Loaded:
    config: LintConfig
    root: Path | None
    source: str | None


def discover(cwd: Path, known: set[str]) -> Loaded:
    """The configuration that applies in ``cwd`` (defaults when there is none)."""
    for folder in (cwd.resolve(), *cwd.resolve().parents):
        # lexists: a configuration that is a FIFO or a symlink loop is reported, not ignored
        yaml_file = folder / CONFIG_NAME
        if os.path.lexists(yaml_file):
            return Loaded(_from_yaml(yaml_file, known), folder, str(yaml_file))
        toml_file = folder / "pyproject.toml"
        if os.path.lexists(toml_file):
            section = _tool_section(toml_file)
            if section is not None:
                return Loaded(
                    _validate(section, str(toml_file), None, known), folder, str(toml_file)
                )
    return Loaded(LintConfig(), None, None)


def _tool_section(path: Path) -> dict[str, object] | None:
    try:
        data = tomllib.loads(read_text(path, DEFAULT_MAX_SIZE))
    except LoadError as exc:
        raise ConfigError([exc.problem(str(path))]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    "",
                    codes.CONFIG,
                    Severity.ERROR,
                    t("config.toml", error=str(exc)),
                )
            ]
        ) from None
    section = data.get("tool", {}).get("bhxh-plan")
    return section if isinstance(section, dict) else None


def _from_yaml(path: Path, known: set[str]) -> LintConfig:
    try:
        doc = load_file(path)
    except LoadError as exc:
        raise ConfigError([exc.problem(str(path))]) from None
    return _validate(doc.data if doc.data is not None else {}, str(path), doc, known)


def _validate(data: object, name: str, doc: Document | None, known: set[str]) -> LintConfig:
    located = doc or load_bytes(b"{}", name)
    try:
        config = LintConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(problems_from_error(exc, located, LintConfig)) from None
    problems = [
        problem_at(
            located,
            loc,
            codes.CONFIG,
            t("config.unknown_rule", rule=rule),
            t(
                "config.unknown_rule.hint",
                options=", ".join(suggest(rule, ((k, ()) for k in known))) or "bhxh-plan rules",
            ),
        )
        for loc, rule in _selectors(config)
        if not match(rule, known)
    ]
    if problems:
        raise ConfigError(problems)
    return config


def _selectors(config: LintConfig) -> Iterable[tuple[tuple[str | int, ...], str]]:
    for key in ("select", "ignore"):
        for i, rule in enumerate(getattr(config, key) or []):
            yield (key, i), rule
    for rule in config.severity:
        yield ("severity", rule), rule
    for n, override in enumerate(config.per_path):
        for key in ("select", "ignore"):
            for i, rule in enumerate(getattr(override, key) or []):
                yield ("per_path", n, key, i), rule
        for rule in override.severity:
            yield ("per_path", n, "severity", rule), rule


def match(selector: str, known: Iterable[str]) -> set[str]:
    """Rule ids a selector names: an exact id or an id prefix (``BP1`` = BP1xx)."""
    sel = selector.strip().upper()
    return {rule for rule in known if rule == sel or rule.startswith(sel)}


def effective(
    loaded: Loaded,
    file: str,
    known: dict[str, Severity],
    select: list[str] | None,
    ignore: list[str],
) -> dict[str, Severity]:
    """Enabled rule ids of ``file`` and their severities (command line over file settings)."""
    config = loaded.config
    chosen: list[str] | None = config.select
    dropped = list(config.ignore)
    severity = dict(config.severity)
    if loaded.root is not None:
        try:
            rel = Path(file).resolve().relative_to(loaded.root).as_posix()
        except ValueError:
            rel = Path(file).as_posix()
        for override in config.per_path:
            if any(fnmatch.fnmatch(rel, pattern) for pattern in override.paths):
                chosen = override.select if override.select is not None else chosen
                dropped += override.ignore
                severity.update(override.severity)
    if select is not None:
        chosen = select
    dropped += ignore
    enabled = set(known)
    if chosen is not None:
        enabled = set().union(*(match(s, known) for s in chosen)) if chosen else set()
    for sel in dropped:
        enabled -= match(sel, known)
    out = {}
    for rule in sorted(enabled):
        level = known[rule]
        for sel, sev in severity.items():
            if rule in match(sel, known):
                level = sev
        out[rule] = level
    return out
