"""The "adding a rule" section of ``docs/rules.md``, with a worked example the tests run.

``tests/test_rules_howto.py`` takes the module and the cases out of the generated page,
adds the rule and runs its cases, so the example cannot drift from the code.
"""

from __future__ import annotations

from typing import Final

EXAMPLE_MODULE: Final = '''\
"""BP118 purposes: the plan states at least one purpose."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP118",
    name="purposes",
    severity=Severity.WARNING,
    clause="Mục I (Mục đích, yêu cầu), Kế hoạch 4057/KH-BHXH",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp118.summary": (
        "Kế hoạch nêu ít nhất một mục đích.",
        "The plan states at least one purpose.",
    ),
    "lint.bp118.fix": (
        "Thêm `purposes:` với ít nhất một mục đích.",
        "Add `purposes:` with at least one purpose.",
    ),
    "lint.bp118": ("kế hoạch chưa nêu mục đích", "the plan states no purpose"),
    "lint.bp118.hint": (
        "thêm 'purposes:' với ít nhất một mục đích",
        "add 'purposes:' with at least one purpose",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.plan.purposes:
        # at the key when it is there, else at the start of the plan
        where = ("purposes",) if "purposes" in ctx.doc.data else ()
        yield Finding(where, t("lint.bp118"), t("lint.bp118.hint"), key=bool(where))
'''

EXAMPLE_CASES: Final = """\
rule: BP118
cases:
  - name: base plan states its purpose
    expect: []
  - name: no purposes key
    cut: [["purposes:\\n", "content_areas:"]]
    expect: ["2:1 BP118 warning: chưa nêu mục đích"]
  - name: an empty list
    cut: [["  - Tổ chức tuyên truyền\\n", "content_areas:"]]
    replace: [["purposes:\\n", "purposes: []\\n"]]
    expect: ["13:1 BP118 warning"]
  - name: waived
    cut: [["  - Tổ chức tuyên truyền\\n", "content_areas:"]]
    replace:
      - ["purposes:\\n", "purposes: []  # bhxh-plan: ignore[BP118] lý do: có ở phụ lục\\n"]
    expect: ["13:1 BP118 waived"]
"""


def section() -> list[str]:
    """The lines of the section (Vietnamese, as the rest of the page)."""
    return [
        "## Thêm một quy tắc",
        "",
        "Một quy tắc là **một mô-đun** trong `src/bhxh_plan/rules/` cộng **các ca kiểm thử** "
        "của nó trong `tests/rules/cases/`; không có danh sách nào khác phải sửa. Bộ đăng ký "
        "tìm mọi mô-đun tên `bpNNN_<tên-quy-tắc, gạch dưới thay gạch nối>` và kiểm tra: tên "
        "mô-đun khớp `META.id` và `META.name`, khóa thông báo bắt đầu bằng `lint.bpNNN`, quy "
        "tắc `fixable` có hàm `fix(doc)`. Thông báo (tiếng Việt, tiếng Anh) nằm trong `MESSAGES` "
        "của mô-đun và được đưa vào danh mục khi nạp quy tắc, kể cả phần tóm tắt "
        "(`lint.bpNNN.summary`) và cách sửa (`lint.bpNNN.fix`) mà `bhxh-plan rules` và trang "
        "này hiển thị; khi chạy kiểm thử, một khóa thiếu làm `t()` báo lỗi.",
        "",
        "Ví dụ: quy tắc BP118 `purposes` (kế hoạch nêu ít nhất một mục đích).",
        "",
        "1. Tạo `src/bhxh_plan/rules/bp118_purposes.py`:",
        "",
        "```python",
        EXAMPLE_MODULE.rstrip(),
        "```",
        "",
        "2. Tạo `tests/rules/cases/BP118.yaml`. Mỗi ca là một bản vá ngắn (`cut`: bỏ đoạn từ "
        "`first` đến trước `stop`; `replace`: thay `old` bằng `new`, mỗi chuỗi xuất hiện đúng "
        "một lần; `append`) trên kế hoạch gốc `tests/rules/base.yaml` (hoặc `base: campaign`), "
        'và mọi phát hiện mong đợi dạng `"DÒNG:CỘT MÃ MỨC: một phần thông báo"`; quy tắc '
        "tự sửa được có thêm `fixed` (các cặp `[old, new]` cho văn bản sau `--fix`):",
        "",
        "```yaml",
        EXAMPLE_CASES.rstrip(),
        "```",
        "",
        "3. Chạy `make schemas` (sinh lại trang này) và `make test`: "
        "`tests/test_rules_cases.py` chạy mọi ca, và đòi mỗi quy tắc có ca đạt, ca vi phạm "
        "(và ca sửa nếu tự sửa được).",
        "",
    ]
