"""The plan ``bhxh-plan init`` writes: every required item of the framework, explained.

Each section carries comments taken from the framework itself (its wording
and its citations) and ``<<ĐIỀN: …>>`` placeholders where the office must
write its own text. The file is Vietnamese whatever ``--lang`` says: it is
the start of a Vietnamese administrative document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bhxh_plan.dates import date_short
from bhxh_plan.fmt.write import Note, dump, nfc_notes
from bhxh_plan.framework.calendar import deadline_date, event_dates
from bhxh_plan.model.common import Level, PlanKind
from bhxh_plan.model.framework import Framework
from bhxh_plan.scaffold.common import (
    LEVEL_NAMES,
    PARENT_OF_PROVINCE,
    cite_text,
    fill,
    legal_basis,
    place_of,
)
from bhxh_plan.scaffold.scenario import scenario_skeleton


@dataclass(slots=True)
class Options:
    """What the office told ``init`` (or what ``import`` read from the table's title rows)."""

    framework_ref: str
    level: str
    year: int
    unit: str | None = None
    parent: str | None = None
    number: str | None = None
    date: dt.date | None = None
    level_guessed: bool = False
    header: list[str] = field(default_factory=list)


def _date(fw: Framework, opts: Options) -> Note:
    if opts.date is not None:
        return Note(opts.date)
    deadline = fw.deadline
    due = deadline_date(fw, opts.year)
    if deadline is not None and due is not None and opts.level in deadline.levels:
        where = cite_text(fw, deadline.cite)
        # "trước ngày 15/01" is strict: the last day that meets it is the day before
        last = due if deadline.inclusive else due - dt.timedelta(days=1)
        word = "chậm nhất" if deadline.inclusive else "trước"
        return Note(last, after=fill(f"ngày ban hành; hạn gửi: {word} {date_short(due)} ({where})"))
    return Note(dt.date(opts.year, 1, 15), after=fill("ngày ban hành"))


def _document(fw: Framework, opts: Options) -> Note:
    unit = opts.unit or fill(
        f"tên cơ quan ban hành, vd. BẢO HIỂM XÃ HỘI {LEVEL_NAMES[opts.level].upper()} …"
    )
    if opts.parent:
        parent: Any = opts.parent
    elif opts.level in (Level.PROVINCE, Level.REGION):
        parent = PARENT_OF_PROVINCE
    elif opts.level == Level.NATIONAL:
        parent = None
    else:
        parent = fill("cơ quan cấp trên, vd. BẢO HIỂM XÃ HỘI TỈNH …")
    place = place_of(opts.unit or "")
    annual = fw.kind is PlanKind.ANNUAL
    issuer: dict[str, Any] = {"parent": parent, "unit": unit} if parent else {"unit": unit}
    bases = legal_basis(fw)
    doc: dict[str, Any] = {
        "issuer": issuer,
        "number": Note(opts.number) if opts.number else fill("số, ký hiệu, vd. 15/KH-BHXH"),
        "place": place or fill("địa danh, vd. Đồng Nai"),
        "date": _date(fw, opts),
        "title": f"Kế hoạch công tác thông tin, truyền thông năm {opts.year}"
        if annual
        else fill(f"trích yếu, vd. Kế hoạch tổ chức … năm {opts.year}"),
        "legal_bases": Note(
            [*bases, fill("căn cứ khác của đơn vị, nếu có; xóa dòng này nếu không")],
            before=["Căn cứ: các văn bản của khung; thêm văn bản của địa phương"],
        ),
        "signer": {
            "authority": Note("KT. GIÁM ĐỐC", after="xóa dòng này nếu Giám đốc ký"),
            "title": fill("chức vụ người ký, vd. PHÓ GIÁM ĐỐC"),
            "name": fill("họ và tên người ký"),
        },
        "recipients": [fill("nơi nhận, mỗi dòng một nơi"), "Lưu: VT."],
    }
    return Note(
        doc,
        before=[
            "Thể thức văn bản (Nghị định 30/2020/NĐ-CP): số, ngày, trích yếu, "
            "căn cứ, người ký, nơi nhận"
        ],
    )


def _clauses(fw: Framework, which: str) -> Note:
    clauses = fw.purposes if which == "purposes" else fw.requirements
    title = "I.1. Mục đích" if which == "purposes" else "I.2. Yêu cầu"
    word = "mục đích" if which == "purposes" else "yêu cầu"
    items = [
        Note(
            fill(f"{word} {c.code or i} của đơn vị — xem chú thích phía trên"),
            before=[f"{c.code or i}. {c.text} ({cite_text(fw, c.cite)})".replace(" ()", "")],
        )
        for i, c in enumerate(clauses, 1)
    ]
    if not items:
        items = [Note(fill(f"{word} của đơn vị"))]
    return Note(items, before=[f"{title} — theo khung, viết lại cho phù hợp với đơn vị"])


def _areas(fw: Framework, level: str) -> Note:
    items = []
    for a in fw.content_areas:
        if level not in a.required_levels:
            continue
        before = [f"{a.code or ''}. {a.name} ({cite_text(fw, a.cite)})".lstrip(". ")]
        before += [f"- {d}" for d in a.details]
        what = f"nội dung cụ thể của đơn vị cho mục {a.code}" if a.code else "nội dung cụ thể"
        entry = {"area": a.id, "details": [fill(what)]}
        items.append(Note(entry, before=before))
    optional = [a.id for a in fw.content_areas if level not in a.required_levels]
    head = ["III. Nội dung thông tin, truyền thông: mọi nội dung khung yêu cầu ở cấp này"]
    if optional:
        head.append("Nội dung không bắt buộc (thêm nếu cần): " + ", ".join(optional))
    return Note(items, before=head)


def _activities(fw: Framework, opts: Options) -> Note:
    items = []
    for e in fw.events:
        if opts.level not in e.required_levels:
            continue
        window_of = event_dates(fw, e, opts.year).window
        start, end = window_of.start, window_of.end
        before = [f"{e.code + ' ' if e.code else ''}{e.name} ({cite_text(fw, e.cite)})"]
        before += [f"- {topic}" for topic in e.topics]
        act: dict[str, Any] = {
            "id": f"{e.id}-{opts.year}",
            "name": e.name.split("\n", 1)[0].strip(),
            "event": e.id,
        }
        if e.form:
            act["form"] = e.form
        window = f"khung: {date_short(start)}–{date_short(end)}; chọn ngày cụ thể trong khoảng này"
        act["start"] = Note(start, after=window)
        act["end"] = end
        act["lead"] = fill("đơn vị chủ trì")
        act["description"] = fill("nội dung, cách thức tổ chức")
        items.append(Note(act, before=before))
    head = [
        "Hoạt động có ngày: mỗi sự kiện chủ đề khung yêu cầu ở cấp này (ngày đã chuyển sang "
        f"năm {opts.year}); thêm hoạt động khác, kinh phí (budget, funding), chỉ tiêu (targets)"
    ]
    return Note(items, before=head)


def _funding(fw: Framework) -> Note:
    sources = [Note(s.id, after=f"{s.name} ({cite_text(fw, s.cite)})") for s in fw.funding_sources]
    note = [
        "Kinh phí: các nguồn khung cho phép (bỏ nguồn không dùng); thêm total (đồng), "
        "lines (dự toán chi tiết), notes"
    ]
    return Note({"sources": sources}, before=note)


def _responsibilities(fw: Framework) -> Note:
    before = ["Tổ chức thực hiện: nhiệm vụ từng đơn vị. Khung giao nhiệm vụ cho:"]
    before += [
        f"- {d.code + '. ' if d.code else ''}{d.unit} ({cite_text(fw, d.cite)})"
        for d in fw.responsibilities
    ]
    entry = {
        "unit": fill("đơn vị, vd. Phòng Truyền thông và Phát triển đối tượng"),
        "tasks": [fill("nhiệm vụ của đơn vị")],
    }
    return Note([entry], before=before if fw.responsibilities else before[:1])


def _reporting(fw: Framework, level: str) -> Note:
    items = [
        Note(
            {"report": r.id, "deadline": fill("thời hạn, vd. trước ngày 20 hằng tháng")},
            before=[f"{r.name} ({cite_text(fw, r.cite)})"],
        )
        for r in fw.reporting
        if level in r.required_levels
    ]
    return Note(items, before=["Chế độ báo cáo: mọi loại báo cáo khung yêu cầu ở cấp này"])


def _campaign(fw: Framework, level: str) -> Note | None:
    spec = fw.campaign
    if spec is None:
        return None
    slogans = []
    for g in fw.groups:
        if level not in g.required_levels:
            continue
        texts = [x for s in spec.slogans if g.id in s.groups for x in s.texts]
        slogans.append({"group": g.id, "texts": texts or [fill(f"khẩu hiệu cho nhóm {g.name}")]})
    matrix = [
        Note(
            {
                "objective": r.objective,
                "campaign": r.campaign,
                "groups": list(r.group_ids),
                "channels": [c.value for c in r.channels],
                "media": list(r.form_ids),
            },
            before=[r.objective_text or r.objective],
        )
        for r in spec.matrix
    ]
    body = {"theme": spec.theme, "message": spec.message, "slogans": slogans, "matrix": matrix}
    return Note(
        body,
        before=[
            "Chủ đề, thông điệp, khẩu hiệu và ma trận của chiến dịch, chép từ "
            "khung; sửa cho phù hợp địa phương"
        ],
    )


def build(fw: Framework, opts: Options, scenario: Note | None = None) -> dict[str, Any]:
    """The plan data (with comments) for ``fw`` at ``opts.level`` in ``opts.year``."""
    level_note = (
        fill("kiểm tra cấp của đơn vị: national, province, region, district, commune")
        if opts.level_guessed
        else ""
    )
    data: dict[str, Any] = {
        "framework": opts.framework_ref,
        "kind": fw.kind.value,
        "year": opts.year,
        "level": Note(opts.level, after=level_note),
        "document": _document(fw, opts),
        "purposes": _clauses(fw, "purposes"),
        "requirements": _clauses(fw, "requirements"),
        "content_areas": _areas(fw, opts.level),
        "scenario": scenario if scenario is not None else scenario_skeleton(fw, opts.level),
        "activities": _activities(fw, opts),
        "funding": _funding(fw),
        "responsibilities": _responsibilities(fw),
        "reporting": _reporting(fw, opts.level),
    }
    camp = _campaign(fw, opts.level)
    if camp is not None:
        data["campaign"] = camp
    return data


def header_lines(fw: Framework, opts: Options) -> list[str]:
    """The comment block at the top of the file."""
    first = fw.sources[0] if fw.sources else None
    source = f" ({first.number})" if first and first.number else ""
    return [
        *opts.header,
        f"Khung: {fw.id} — {fw.name}{source}.",
        "Chỗ cần điền bắt đầu bằng <<ĐIỀN (trong giá trị, hoặc trong chú thích cuối dòng khi "
        "giá trị không thể là chữ); `bhxh-plan lint TỆP` liệt kê những chỗ còn lại (quy tắc "
        "BP117). Xong một chỗ thì xóa dấu đánh dấu.",
    ]


def plan_text(fw: Framework, opts: Options, scenario: Note | None = None) -> str:
    """The whole plan file as canonical YAML text, verified to read back as its data."""
    # text in NFC (a name typed on some keyboards is not) so that `fmt --check` accepts it
    return dump(nfc_notes(build(fw, opts, scenario)), header_lines(fw, opts))
