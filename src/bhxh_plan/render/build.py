"""Build the :class:`PlanView` of a validated plan."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bhxh_plan import __version__
from bhxh_plan.dates import date_long, date_short
from bhxh_plan.io.reading import read_regular
from bhxh_plan.limits import DEFAULT_MAX_SIZE
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan, ScenarioEntry, ScenarioRow
from bhxh_plan.render.body import build_blocks
from bhxh_plan.render.names import Names
from bhxh_plan.render.text import (
    cell_list,
    name_in_sentence,
    subject_line,
    terminate,
)
from bhxh_plan.render.view import (
    ANNEX_COLUMNS,
    Annex,
    AnnexEntry,
    AnnexGroup,
    AnnexLine,
    Header,
    PlanView,
    Signature,
    Stamp,
)
from bhxh_plan.textsafe import clean, shown


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes (the plan as it was rendered)."""
    return hashlib.sha256(read_regular(path, DEFAULT_MAX_SIZE)).hexdigest()


def _header(plan: Plan) -> Header:
    doc = plan.document
    unit = clean(doc.issuer.unit)
    place = clean(doc.place)
    return Header(
        parent=clean(doc.issuer.parent).upper(),
        unit=unit.upper(),
        issuer_name=name_in_sentence(unit),
        number=clean(doc.number),
        place_date=f"{place}, {date_long(doc.date)}",
        date_long=date_long(doc.date),
        date_short=date_short(doc.date),
        doc_type="KẾ HOẠCH",
        title=clean(doc.title),
        subject=subject_line(clean(doc.title)),
    )


def _line(row: ScenarioRow, names: Names) -> AnnexLine:
    return AnnexLine(
        id=row.id,
        form=clean(row.form_text) or names.form(row.form),
        frequency=clean(row.frequency),
        method=cell_list([clean(x) for x in row.method]),
        lead=clean(row.lead),
        partners=cell_list([clean(x) for x in row.partners], semicolons=True),
        coordination=clean(row.coordination),
        tasks=cell_list([clean(x) for x in row.tasks]),
        languages=", ".join(clean(x) for x in row.languages),
        respected=", ".join(clean(x) for x in row.respected_persons),
        form_id=row.form,
    )


def _entry(entry: ScenarioEntry, names: Names) -> AnnexEntry:
    subgroup = names.audience(entry.subgroup) if entry.subgroup else ""
    raw = clean(entry.subject)
    return AnnexEntry(
        code=names.group_code(entry.subgroup) if entry.subgroup else "",
        subject=raw or subgroup or names.audience(entry.group),
        subject_raw=raw,
        subgroup=subgroup,
        lines=tuple(_line(r, names) for r in entry.rows),
    )


def _annex(plan: Plan, names: Names, header: Header) -> Annex | None:
    if not plan.scenario:
        return None
    groups: list[AnnexGroup] = []
    current: list[AnnexEntry] = []
    gid: str | None = None
    # plan order is the author's; a group row opens whenever the group changes
    for entry in plan.scenario:
        if entry.group != gid and gid is not None:
            groups.append(AnnexGroup(names.group_code(gid), names.audience(gid), tuple(current)))
            current = []
        gid = entry.group
        current.append(_entry(entry, names))
    if gid is not None:
        groups.append(AnnexGroup(names.group_code(gid), names.audience(gid), tuple(current)))
    who = "ĐỐI TƯỢNG" if plan.kind.value == "campaign" else "CHỦ THỂ"
    return Annex(
        label="Phụ lục",
        title=f"KHUNG KỊCH BẢN TRUYỀN THÔNG THEO TỪNG NHÓM {who}",
        attached=f"(Kèm theo Kế hoạch số {header.number} {header.date_long} "
        f"của {header.issuer_name})",
        columns=ANNEX_COLUMNS,
        groups=tuple(groups),
    )


def build_view(plan: Plan, framework: Framework, source: str | Path) -> PlanView:
    """The view of ``plan`` (read from ``source``) checked against ``framework``."""
    names = Names.of(framework)
    header = _header(plan)
    annex = _annex(plan, names, header)
    doc = plan.document
    recipients = tuple(
        f"- {x}" for x in terminate([clean(r).strip().removeprefix("- ") for r in doc.recipients])
    )
    return PlanView(
        header=header,
        blocks=tuple(build_blocks(plan, names, header.issuer_name, annex is not None)),
        signature=Signature(
            authority=clean(doc.signer.authority).upper(),
            title=clean(doc.signer.title).upper(),
            name=clean(doc.signer.name),
        ),
        recipients=recipients,
        annex=annex,
        stamp=Stamp(
            tool=f"bhxh-plan {__version__}",
            source=shown(Path(source).name),
            sha256=file_sha256(source),
            framework=framework.id,
        ),
        plan=plan,
        framework=framework,
    )
