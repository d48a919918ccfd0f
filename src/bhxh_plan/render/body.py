"""The body of the plan as a list of paragraphs, following Kế hoạch 4057/KH-BHXH (30/12/2022).

Sections appear only when the plan has something for them and are numbered
I., II., … in order: legal bases and preamble; MỤC ĐÍCH, YÊU CẦU; CHỦ THỂ;
NỘI DUNG; (campaign plans) CHỦ ĐỀ, THÔNG ĐIỆP, KHẨU HIỆU; HÌNH THỨC TRUYỀN
THÔNG; KINH PHÍ THỰC HIỆN; TỔ CHỨC THỰC HIỆN (with Chế độ báo cáo); a closing
sentence ending "./.".
"""

from __future__ import annotations

from collections.abc import Callable

from bhxh_plan.dates import date_range
from bhxh_plan.model.plan import Activity, Plan
from bhxh_plan.render.names import Names
from bhxh_plan.render.text import (
    CHANNEL_LABELS,
    legal_basis,
    money,
    number,
    strip_end,
    target_text,
    terminate,
)
from bhxh_plan.render.view import Block, Table
from bhxh_plan.textsafe import clean

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
Section = Callable[[Plan, Names], list[Block]]


def bullets(items: list[str], *, ends: bool = True) -> list[Block]:
    """``-`` items (``+`` when the text starts so); ``;`` after each, ``.`` after the last."""
    texts = [clean(x).strip() for x in items]
    texts = [t[2:] if t.startswith("- ") else t for t in texts]
    if ends:
        texts = terminate(texts)
    out = []
    for t in texts:
        if t.startswith("+ "):
            out.append(Block("sub", t[2:], "+"))
        else:
            out.append(Block("bullet", t, "-"))
    return out


def _numbered(prefix: str, items: list[str]) -> list[Block]:
    """``1.1.``, ``1.2.`` … paragraphs; items written "- …" or "+ …" stay bullets."""
    out: list[Block] = []
    n = 0
    for item in items:
        text = clean(item).strip()
        if text.startswith(("- ", "+ ")):
            out.extend(bullets([text], ends=False))
        else:
            n += 1
            out.append(Block("item", text, f"{prefix}{n}."))
    return out


def _purposes(plan: Plan, names: Names) -> list[Block]:
    out: list[Block] = []
    parts = [("Mục đích", plan.purposes), ("Yêu cầu", plan.requirements)]
    for n, (title, items) in enumerate([p for p in parts if p[1]], 1):
        out.append(Block("h2", title, f"{n}."))
        out.extend(_numbered(f"{n}.", items))
    return out


def _subjects(plan: Plan, names: Names) -> list[Block]:
    ids = {e.group for e in plan.scenario}
    subs = {e.subgroup for e in plan.scenario if e.subgroup}
    out: list[Block] = []
    order = sorted(ids, key=names.group_order)
    for n, gid in enumerate(order, 1):
        out.append(Block("item", strip_end(names.audience(gid)) + ".", f"{n}."))
        children = sorted(
            (s for s in subs if s in names.subgroups and names.subgroups[s][0].id == gid),
            key=names.group_order,
        )
        out.extend(bullets([names.audience(s) for s in children]))
    return out


def _contents(plan: Plan, names: Names) -> list[Block]:
    out: list[Block] = []
    for n, ref in enumerate(plan.content_areas, 1):
        if ref.details:
            out.append(Block("h2", strip_end(names.area(ref.area)), f"{n}."))
            out.extend(bullets(ref.details))
        else:
            out.append(Block("item", strip_end(names.area(ref.area)) + ".", f"{n}."))
    return out


def _campaign(plan: Plan, names: Names) -> list[Block]:
    c = plan.campaign
    if c is None:
        return []
    spec = names.fw.campaign
    objectives = {o.id: o.text for o in spec.objectives} if spec else {}
    campaigns = {k.id: k.name for k in spec.campaigns} if spec else {}
    out = [
        Block("item", f"Chủ đề: “{clean(c.theme)}”.", "1."),
        Block("item", f"Thông điệp: “{strip_end(clean(c.message))}”.", "2."),
    ]
    n = 2
    if c.slogans:
        n += 1
        out.append(Block("h2", "Khẩu hiệu", f"{n}."))
        for i, s in enumerate(c.slogans, 1):
            out.append(Block("h3", f"Đối với {names.audience(s.group)}", f"{n}.{i}."))
            out.extend(bullets(s.texts, ends=False))
    if c.matrix:
        n += 1
        out.append(
            Block("h2", "Mục tiêu, chiến dịch, nhóm đối tượng, kênh và phương tiện", f"{n}.")
        )
        rows = tuple(
            (
                clean(objectives.get(m.objective, m.objective)),
                clean(campaigns.get(m.campaign, m.campaign)),
                "\n".join(names.audience(g) for g in m.groups),
                ", ".join(CHANNEL_LABELS[ch.value] for ch in m.channels),
                "\n".join(names.form(f) for f in m.media),
            )
            for m in c.matrix
        )
        header = ("Mục tiêu", "Chiến dịch", "Nhóm đối tượng", "Kênh", "Phương tiện")
        out.append(Block("table", table=Table(header, rows, (26, 20, 18, 9, 27))))
    return out


def _activity(a: Activity, label: str, names: Names) -> list[Block]:
    lines = [f"Thời gian: {date_range(a.start, a.end)}"]
    if a.event:
        lines.append(f"Sự kiện: {names.event(a.event)}")
    if a.form:
        lines.append(f"Hình thức: {names.form(a.form)}")
    if a.groups:
        lines.append("Chủ thể: " + "; ".join(names.audience(g) for g in a.groups))
    if a.description:
        lines.append(f"Nội dung: {strip_end(clean(a.description))}")
    unit = f"Đơn vị chủ trì: {clean(a.lead)}" if a.lead else ""
    if a.partners:
        partners = ", ".join(clean(p) for p in a.partners)
        unit = f"{unit}; phối hợp: {partners}" if unit else f"Đơn vị phối hợp: {partners}"
    if unit:
        lines.append(unit)
    if a.targets:
        lines.append(f"Chỉ tiêu: {target_text(a.targets)}")
    if a.budget is not None:
        source = f", nguồn: {names.source(a.funding)}" if a.funding else ""
        lines.append(f"Kinh phí: {money(a.budget)}{source}")
    return [Block("h3", strip_end(clean(a.name)), label), *bullets(lines)]


def _forms(plan: Plan, names: Names) -> list[Block]:
    out: list[Block] = []
    n = 0
    if plan.scenario:
        n += 1
        annual = plan.kind.value == "annual"
        title = "Truyền thông thường xuyên" if annual else "Truyền thông theo từng nhóm đối tượng"
        out.append(Block("h2", title, f"{n}."))
        out.append(
            Block(
                "p",
                "Thực hiện theo Khung kịch bản truyền thông tại Phụ lục kèm theo "
                "Kế hoạch này, gồm các hình thức:",
            )
        )
        used: dict[str, list[str]] = {}
        for e in plan.scenario:
            code = names.group_code(e.subgroup or e.group)
            for r in e.rows:
                codes = used.setdefault(r.form, [])
                if code and code not in codes:
                    codes.append(code)
        order = {f.id: i for i, f in enumerate(names.fw.forms)}
        items = [
            f"{names.form(fid)} (nhóm {', '.join(codes)})" if codes else names.form(fid)
            for fid, codes in sorted(used.items(), key=lambda kv: order.get(kv[0], len(order)))
        ]
        out.extend(bullets(items))
    if plan.activities:
        n += 1
        annual = plan.kind.value == "annual"
        title = "Truyền thông theo chủ đề, chuyên đề, chiến dịch" if annual else "Các hoạt động"
        out.append(Block("h2", title, f"{n}."))
        # by date; the plan's order breaks ties
        acts = sorted(
            enumerate(plan.activities), key=lambda p: (p[1].start, p[1].end or p[1].start, p[0])
        )
        for i, (_, a) in enumerate(acts, 1):
            out.extend(_activity(a, f"{n}.{i}.", names))
    return out


def _funding(plan: Plan, names: Names) -> list[Block]:
    f = plan.funding
    if f is None:
        return []
    out: list[Block] = []
    n = 0
    if f.sources or f.notes:
        n += 1
        out.append(Block("h2", "Nguồn kinh phí", f"{n}."))
        out.extend(bullets([names.source(s) for s in f.sources]))
        if f.notes:
            out.append(Block("p", clean(f.notes)))
    if f.lines or f.total is not None:
        n += 1
        out.append(Block("h2", "Dự toán kinh phí", f"{n}."))
    if f.lines:
        rows = tuple(
            (str(i), clean(line.name), names.source(line.source), number(line.amount))
            for i, line in enumerate(f.lines, 1)
        )
        total = ("", "Tổng cộng", "", number(sum(line.amount for line in f.lines)))
        header = ("TT", "Nội dung", "Nguồn kinh phí", "Số tiền (đồng)")
        out.append(Block("table", table=Table(header, rows, (7, 50, 25, 18), (3,), total)))
    if f.total is not None:
        out.append(Block("p", f"Tổng kinh phí thực hiện Kế hoạch: {money(f.total)}."))
    return out


def _organisation(plan: Plan, names: Names) -> list[Block]:
    out: list[Block] = []
    n = 0
    for n, r in enumerate(plan.responsibilities, 1):
        out.append(Block("h2", strip_end(clean(r.unit)), f"{n}."))
        out.extend(_numbered(f"{n}.", r.tasks))
    if plan.reporting:
        n += 1
        out.append(Block("h2", "Chế độ báo cáo", f"{n}."))
        items = []
        for item in plan.reporting:
            text = names.report(item.report)
            if item.deadline:
                text += f": {strip_end(clean(item.deadline))}"
            if item.recipient:
                text += f", gửi {strip_end(clean(item.recipient))}"
            items.append(text)
        out.extend(bullets(items))
    return out


SECTIONS: tuple[tuple[str, Section], ...] = (
    ("MỤC ĐÍCH, YÊU CẦU", _purposes),
    ("CHỦ THỂ THÔNG TIN, TRUYỀN THÔNG", _subjects),
    ("NỘI DUNG THÔNG TIN, TRUYỀN THÔNG", _contents),
    ("CHỦ ĐỀ, THÔNG ĐIỆP, KHẨU HIỆU", _campaign),
    ("HÌNH THỨC TRUYỀN THÔNG", _forms),
    ("KINH PHÍ THỰC HIỆN", _funding),
    ("TỔ CHỨC THỰC HIỆN", _organisation),
)


def build_blocks(plan: Plan, names: Names, issuer_name: str, has_annex: bool) -> list[Block]:
    """The body paragraphs, from the legal bases to the closing "./."."""
    doc = plan.document
    out: list[Block] = []
    bases = [clean(b) for b in doc.legal_bases]
    out.extend(Block("basis", legal_basis(b, i == len(bases) - 1)) for i, b in enumerate(bases))
    if doc.preamble:
        out.append(Block("p", clean(doc.preamble)))
    n = 0
    for title, build in SECTIONS:
        if build is _subjects and plan.kind.value == "campaign":
            title = "ĐỐI TƯỢNG TUYÊN TRUYỀN"
        blocks = build(plan, names)
        if blocks:
            out.append(Block("h1", title, f"{ROMAN[n]}."))
            out.extend(blocks)
            n += 1
    if has_annex:
        out.append(Block("note", "(Kế hoạch kèm theo Khung kịch bản truyền thông tại Phụ lục)."))
    title = clean(doc.title)
    ref = title if title.lower().startswith("kế hoạch") else f"Kế hoạch {title}"
    out.append(
        Block(
            "p",
            f"Trên đây là {strip_end(ref)} của {issuer_name}, đề nghị các đơn vị, cá nhân "
            "có liên quan nghiêm túc triển khai thực hiện./.",
        )
    )
    return out
