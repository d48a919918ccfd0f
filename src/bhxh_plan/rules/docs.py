"""``docs/rules.md``, generated from the rules' metadata (``make schemas``; a test checks it)."""

from __future__ import annotations

import sys
from pathlib import Path

from bhxh_plan import codes
from bhxh_plan.i18n import t, use_lang
from bhxh_plan.io.output import write_file
from bhxh_plan.messages import keys
from bhxh_plan.rules import all_meta
from bhxh_plan.rules.base import RuleMeta
from bhxh_plan.rules.howto import section


def render() -> str:
    """The rules reference in Vietnamese, with the English summary under each rule."""
    with use_lang("vi"):
        return _render()


def _render() -> str:
    out = [
        "# Quy tắc kiểm tra (`bhxh-plan lint`)",
        "",
        "<!-- Sinh tự động từ siêu dữ liệu của các quy tắc (`make schemas`); đừng sửa tay. -->",
        "",
        "Mỗi quy tắc đọc yêu cầu từ **dữ liệu của khung kế hoạch** (nhóm, nhóm nhỏ, nội dung, hình "
        "thức, sự kiện, báo cáo, nguồn kinh phí, hạn gửi), không từ mã nguồn: một khung năm khác "
        "dùng được ngay. Xem một quy tắc: `bhxh-plan rules BP101`.",
        "",
        "| mã | tên | mức mặc định | tự sửa | nội dung |",
        "|---|---|---|---|---|",
    ]
    metas = all_meta()
    for m in metas:
        out.append(
            f"| [{m.id}](#{m.id.lower()}) | `{m.name}` | {t(keys.SEVERITY[m.severity])} | "
            f"{'có' if m.fixable else ''} | {m.summary} |"
        )
    out += [
        "",
        "Kiểm tra có sẵn (luôn chạy, cả trong `validate`; không miễn trừ được): "
        + ", ".join(f"`{code}` {name}" for code, name in codes.NAMES.items())
        + ".",
        "",
    ]
    for m in metas:
        out += [
            f"## {m.id}",
            "",
            f"**`{m.name}`** — mức mặc định: {t(keys.SEVERITY[m.severity])}"
            + ("; tự sửa được bằng `--fix`" if m.fixable else ""),
            "",
            m.summary,
            "",
            f"*English:* {_english(m)}",
            "",
            f"**Căn cứ:** {m.clause}",
            "",
            f"**Cách sửa:** {m.fix}",
            "",
        ]
        for title, example in (("Ví dụ sai", m.example_fail), ("Ví dụ đúng", m.example_pass)):
            if example:
                out += [f"{title}:", "", "```yaml", example.rstrip(), "```", ""]
    out += section()
    return "\n".join(out).rstrip() + "\n"


def _english(meta: RuleMeta) -> str:
    with use_lang("en"):
        return meta.summary


def update(path: Path, *, check: bool = False) -> bool:
    """Write ``path``; return whether it was stale."""
    text = render()
    stale = not path.exists() or path.read_text(encoding="utf-8") != text
    if stale and not check:
        write_file(path, text)
    return stale


if __name__ == "__main__":  # pragma: no cover
    update(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules.md"))
