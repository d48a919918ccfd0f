"""Messages of ``bhxh-plan render``."""

from __future__ import annotations

from typing import Final

# key: (Vietnamese, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "render.no_output": (
        "chưa chọn định dạng nào để ghi",
        "no output format was chosen",
    ),
    "render.no_output.hint": (
        "thêm --docx TỆP, --xlsx TỆP, --html TỆP, --md TỆP, hoặc -o THƯ_MỤC để ghi cả bốn",
        "add --docx FILE, --xlsx FILE, --html FILE, --md FILE, or -o DIR for all four",
    ),
    "render.plan_is_dir": (
        "{path} là một thư mục; lệnh render nhận một tệp kế hoạch",
        "{path} is a folder; render takes one plan file",
    ),
    "render.template_dir_missing": (
        "không tìm thấy thư mục mẫu: {path}",
        "template folder not found: {path}",
    ),
    "render.template_dir_missing.hint": (
        "kiểm tra đường dẫn của --template-dir",
        "check the --template-dir path",
    ),
    "render.template_error": (
        "lỗi trong mẫu {where}: {error}",
        "error in template {where}: {error}",
    ),
    "render.template_error.hint": (
        "sửa mẫu trong --template-dir, hoặc bỏ tùy chọn này để dùng mẫu có sẵn",
        "fix the template in --template-dir, or drop the option to use the bundled one",
    ),
    "render.invalid": (
        "{path}: kế hoạch có lỗi nên chưa xuất văn bản; sửa các lỗi trên rồi chạy lại",
        "{path}: the plan has errors, so nothing was rendered; fix them and run again",
    ),
    "render.wrote": ("Đã ghi {path}", "Wrote {path}"),
    # hardening (cli): limits of user templates
    "render.template_too_much": (
        "mẫu làm quá nhiều việc (quá {limit} bước lặp, lời gọi, truy cập thuộc tính); "
        "có thể có vòng lặp lồng nhau quá lớn",
        "the template does too much work (over {limit} loop steps, calls and lookups); "
        "loops may be nested too deeply",
    ),
    "render.template_too_long": (
        "mẫu tạo ra văn bản hoặc danh sách quá dài (quá {limit} ký tự/phần tử)",
        "the template builds a text or list that is too long (over {limit} characters/items)",
    ),
    "render.template_range": (
        "range() quá lớn: tối đa {limit} phần tử",
        "range() is too big: at most {limit} items",
    ),
    "render.template_recursion": (
        "mẫu gọi lại chính nó quá nhiều tầng (extends, include, import hoặc macro đệ quy)",
        "the template recurses too deeply (extends, include, import or a recursive macro)",
    ),
    "render.template_memory": (
        "mẫu dùng quá nhiều bộ nhớ",
        "the template uses too much memory",
    ),
    "render.template_self_extends": (
        "mẫu '{name}' kế thừa (extends) chính nó; muốn sửa mẫu có sẵn thì chép mẫu đó vào "
        "thư mục mẫu rồi sửa bản chép, không dùng extends",
        "template '{name}' extends itself; to change the bundled template, copy it into the "
        "template folder and edit the copy instead of extending it",
    ),
    "render.template_not_found": (
        "không tìm thấy mẫu '{name}' (trong --template-dir và các mẫu có sẵn)",
        "template '{name}' not found (in --template-dir or the bundled templates)",
    ),
    # render --export-templates
    "render.export_exists": (
        "{path} đã có; không ghi đè mẫu đã có (có thể là mẫu đơn vị đã sửa)",
        "{path} already exists; templates already there are never overwritten "
        "(they may hold the office's changes)",
    ),
    "render.export_not_dir": (
        "{path} là một tệp, không phải thư mục",
        "{path} is a file, not a folder",
    ),
    "render.export_not_dir.hint": (
        "ghi tên một thư mục (thư mục mới sẽ được tạo)",
        "name a folder (a new one is created)",
    ),
    "render.export.hint": (
        "chọn một thư mục mới hoặc trống, hoặc xóa/đổi tên các tệp plan.* trong đó trước",
        "choose a new or empty folder, or remove/rename the plan.* files in it first",
    ),
    "render.export_alone": (
        "--export-templates chỉ chép mẫu ra thư mục; không dùng cùng tệp kế hoạch "
        "hay các tùy chọn xuất khác",
        "--export-templates only copies the templates out; do not give it a plan file "
        "or other output options",
    ),
    "render.export_alone.hint": (
        "chạy hai lệnh: bhxh-plan render --export-templates THƯ_MỤC, rồi "
        "bhxh-plan render KẾ_HOẠCH -o out --template-dir THƯ_MỤC",
        "run two commands: bhxh-plan render --export-templates DIR, then "
        "bhxh-plan render PLAN -o out --template-dir DIR",
    ),
    "render.exported": (
        "Đã chép {count} mẫu vào {path}; sửa rồi dùng --template-dir {path}",
        "Copied {count} templates to {path}; edit them, then use --template-dir {path}",
    ),
}
