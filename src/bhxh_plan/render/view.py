"""What every output format shows, computed once from the plan and its framework.

The view is plain data (strings, tuples) so that the Word and Excel writers and
the Jinja templates all say the same thing in the same order, and so that user
templates see a stable, documented shape (docs/render.md) rather than models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan

ANNEX_COLUMNS: tuple[str, ...] = (
    "TT",
    "Chủ thể được truyền thông",
    "Hình thức truyền thông",
    "Tần suất/thời gian thực hiện",
    "Cách thức thực hiện",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Hình thức phối hợp",
    "Công việc phối hợp/thực hiện",
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """Where a rendered file came from, so a copy passed around can be traced back."""

    tool: str
    source: str
    sha256: str
    framework: str

    @property
    def identifier(self) -> str:
        return f"sha256:{self.sha256}"

    @property
    def text(self) -> str:
        return f"{self.tool}; nguồn: {self.source}; khung: {self.framework}; sha256: {self.sha256}"


@dataclass(frozen=True, slots=True)
class Header:
    """The header block, title and dates of the document."""

    parent: str
    unit: str
    issuer_name: str
    number: str
    place_date: str
    date_long: str
    date_short: str
    doc_type: str
    title: str
    subject: str


@dataclass(frozen=True, slots=True)
class Table:
    """A small table inside the body (budget, campaign matrix)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    numeric: tuple[int, ...] = ()
    total: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the body.

    ``kind``: ``h1`` (I.), ``h2`` (1.), ``h3`` (1.1.) headings; ``item`` a numbered
    plain paragraph; ``p`` a paragraph; ``bullet`` ("-") and ``sub`` ("+") items;
    ``basis`` a legal basis (italic); ``note`` an italic remark; ``table``.
    """

    kind: str
    text: str = ""
    label: str = ""
    table: Table | None = None

    @property
    def full(self) -> str:
        """The paragraph as printed: label and text."""
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass(frozen=True, slots=True)
class AnnexLine:
    """One scenario row: columns 3–9 of the annex, multi-line cells joined by newlines."""

    id: str
    form: str
    frequency: str
    method: str
    lead: str
    partners: str
    coordination: str
    tasks: str
    languages: str = ""
    respected: str = ""
    form_id: str = ""

    @property
    def method_full(self) -> str:
        """The method cell with the languages and respected persons appended."""
        extra = []
        if self.languages:
            extra.append(f"- Ngôn ngữ tài liệu: {self.languages}")
        if self.respected:
            extra.append(f"- Người có uy tín tham gia: {self.respected}")
        if not extra:
            return self.method
        method = self.method
        if method and not method.startswith(("- ", "+ ")):
            method = f"- {method}"
        return "\n".join([method, *extra] if method else extra)

    def cells(self) -> tuple[str, ...]:
        """Columns 3–9 as shown in the document."""
        return (
            self.form,
            self.frequency,
            self.method_full,
            self.lead,
            self.partners,
            self.coordination,
            self.tasks,
        )


@dataclass(frozen=True, slots=True)
class AnnexEntry:
    """The rows of one group or sub-group entry of the scenario."""

    code: str
    subject: str
    subject_raw: str
    subgroup: str
    lines: tuple[AnnexLine, ...]


@dataclass(frozen=True, slots=True)
class AnnexGroup:
    """A group row of the annex and the entries under it."""

    code: str
    name: str
    entries: tuple[AnnexEntry, ...]


@dataclass(frozen=True, slots=True)
class Annex:
    """The scenario frame (khung kịch bản) as an annex of the plan."""

    label: str
    title: str
    attached: str
    columns: tuple[str, ...]
    groups: tuple[AnnexGroup, ...]

    @property
    def row_count(self) -> int:
        return sum(len(e.lines) for g in self.groups for e in g.entries)


@dataclass(frozen=True, slots=True)
class Signature:
    """The signature block."""

    authority: str
    title: str
    name: str


@dataclass(frozen=True, slots=True)
class PlanView:
    """Everything the outputs show; ``plan`` and ``framework`` for the working sheets."""

    header: Header
    blocks: tuple[Block, ...]
    signature: Signature
    recipients: tuple[str, ...]
    annex: Annex | None
    stamp: Stamp
    plan: Plan = field(repr=False)
    framework: Framework = field(repr=False)
