"""Texts of the command line itself: help of commands and options, help headings, usage errors.

Kept apart from the other areas, and loaded without them, so that ``--help`` in either
language stays fast (see :mod:`bhxh_plan.messages`).
"""

from __future__ import annotations

from typing import Final

# key: (Vietnamese, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # help of commands and options (the declarations name these keys)
    "help.app": (
        "Kế hoạch truyền thông BHXH dạng YAML: kiểm tra, định dạng, so sánh, xuất văn bản.",
        "Vietnamese social-insurance (BHXH) communication plans as YAML: "
        "check, format, compare, render.",
    ),
    "help.frameworks": (
        "Khung kế hoạch: liệt kê và xem (frameworks).",
        "Plan frameworks: list and show (frameworks).",
    ),
    "help.cmd.calendar": (
        "Xuất hoạt động của kế hoạch và sự kiện chủ đề của khung ra tệp lịch iCalendar (.ics).",
        "Export the plan's activities and the framework's themed events "
        "to an iCalendar (.ics) file.",
    ),
    "help.cmd.diff": (
        "So sánh hai kế hoạch theo nội dung: thêm, bỏ, sửa, dời ngày, kinh phí (diff).",
        "Compare two plans by content: added, removed, changed, moved dates, funding (diff).",
    ),
    "help.cmd.fmt": (
        "Định dạng kế hoạch và khung theo dạng chuẩn, giữ nguyên chú thích (fmt).",
        "Put plans and frameworks in standard form, keeping comments (fmt).",
    ),
    "help.cmd.git_setup": (
        "Cấu hình git để git diff, git log -p hiển thị thay đổi theo nội dung kế hoạch.",
        "Configure git so that git diff and git log -p show changes in plan terms.",
    ),
    "help.cmd.import": (
        "Nhập khung kịch bản từ Excel/Word thành kế hoạch YAML (import).",
        "Import a scenario table from Excel/Word as a YAML plan (import).",
    ),
    "help.cmd.init": (
        "Tạo kế hoạch mới từ khung: đủ mọi mục bắt buộc, có chú thích và chỗ cần điền (init).",
        "Create a new plan from a framework: every required item, "
        "with comments and placeholders (init).",
    ),
    "help.cmd.lint": (
        "Kiểm tra kế hoạch theo các quy tắc của khung kế hoạch (lint).",
        "Check plans against the rules of their framework (lint).",
    ),
    "help.cmd.render": (
        "Xuất kế hoạch ra Word, Excel, HTML, Markdown (render).",
        "Render a plan as Word, Excel, HTML, Markdown (render).",
    ),
    "help.cmd.rollup": (
        "Tổng hợp kế hoạch của các đơn vị: ma trận đáp ứng khung, điểm, kinh phí, chỉ tiêu.",
        "Roll up the plans of several offices: framework coverage matrix, "
        "scores, funding, targets.",
    ),
    "help.cmd.rules": (
        "Liệt kê các quy tắc kiểm tra, hoặc giải thích một quy tắc (rules).",
        "List the checking rules, or explain one rule (rules).",
    ),
    "help.cmd.schema": (
        "Ghi lược đồ JSON Schema của kế hoạch và khung (schema).",
        "Write the JSON Schemas of plans and frameworks (schema).",
    ),
    "help.cmd.validate": (
        "Kiểm tra kế hoạch (và khung) theo mẫu và theo khung kế hoạch (validate).",
        "Check plans (and frameworks) against the format and their framework (validate).",
    ),
    "help.cmd.frameworks_show": (
        "In khung kế hoạch đã gộp 'extends' (yaml hoặc json).",
        "Print a framework with its 'extends' merged (yaml or json).",
    ),
    "help.lang": (
        "Ngôn ngữ: vi | en (mặc định vi, hoặc BHXH_PLAN_LANG); đặt ở đâu trên dòng lệnh cũng được.",
        "Language: vi | en (default vi, or BHXH_PLAN_LANG); allowed anywhere on the command line.",
    ),
    "help.version": ("In phiên bản rồi thoát.", "Print the version and exit."),
    "help.paths": ("Tệp, thư mục hoặc mẫu glob.", "Files, folders or glob patterns."),
    "help.framework_override": (
        "Mã khung hoặc đường dẫn, thay cho khung ghi trong kế hoạch.",
        "Framework id or path, instead of the one named in the plan.",
    ),
    "help.jobs": (
        "Số tiến trình (mặc định và tối đa: số lõi CPU; mỗi tiến trình ít nhất 8 tệp).",
        "Number of processes (default and most: CPU cores; at least 8 files per process).",
    ),
    "help.max_size": (
        "Kích thước tối đa của một tệp (byte).",
        "Largest file size accepted (bytes).",
    ),
    "help.calendar.paths": (
        "Tệp kế hoạch, thư mục hoặc mẫu glob.",
        "Plan files, folders or glob patterns.",
    ),
    "help.calendar.ics": (
        "Tệp lịch (.ics) cần ghi; '-' để in ra màn hình.",
        "Calendar file (.ics) to write; '-' prints it.",
    ),
    "help.diff.old": (
        "Kế hoạch cũ: tệp, hoặc REV:đường-dẫn (git).",
        "Old plan: a file, or REV:path (git).",
    ),
    "help.diff.new": (
        "Kế hoạch mới: tệp, hoặc REV:đường-dẫn (git).",
        "New plan: a file, or REV:path (git).",
    ),
    "help.diff.output": (
        "Tệp ghi kết quả (bắt buộc với xlsx, docx).",
        "File to write the result to (required for xlsx, docx).",
    ),
    "help.diff.exit_code": (
        "Thoát mã 1 khi hai kế hoạch khác nhau, 0 khi giống.",
        "Exit 1 when the plans differ, 0 when they are the same.",
    ),
    "help.fmt.check": (
        "Không ghi gì; thoát mã 1 nếu có tệp chưa ở dạng chuẩn.",
        "Write nothing; exit 1 if a file is not in standard form.",
    ),
    "help.fmt.diff": (
        "In phần sẽ thay đổi (unified diff), không ghi gì.",
        "Print what would change (unified diff); write nothing.",
    ),
    "help.git_setup.patterns": (
        "Mẫu tệp kế hoạch (mặc định *.plan.yaml, *.yaml, *.yml).",
        "Plan file patterns (default *.plan.yaml, *.yaml, *.yml).",
    ),
    "help.git_setup.global": (
        "Cấu hình cho mọi kho của người dùng (~/.gitconfig).",
        "Configure every repository of the user (~/.gitconfig).",
    ),
    "help.textconv.path": ("Tệp git đưa vào.", "The file git passes in."),
    "help.import.source": (
        "Tệp .xlsx hoặc .docx chứa khung kịch bản.",
        "The .xlsx or .docx file holding the scenario table.",
    ),
    "help.import.output": (
        "Tệp kế hoạch (mặc định: cùng tên, đuôi .yaml; - là stdout).",
        "Plan file (default: same name, .yaml; - is stdout).",
    ),
    "help.import.framework": (
        "Mã khung hoặc đường dẫn (mặc định: khung khớp nhất).",
        "Framework id or path (default: the best match).",
    ),
    "help.import.sheet": (
        "Tên trang tính (Excel) chứa bảng.",
        "Name of the (Excel) sheet holding the table.",
    ),
    "help.level": (
        "Cấp: national | province | region | district | commune.",
        "Level: national | province | region | district | commune.",
    ),
    "help.year": ("Năm kế hoạch.", "Plan year."),
    "help.import.unit": ("Cơ quan ban hành.", "Issuing unit."),
    "help.import.force": (
        "Cho phép ghi đè tệp kết quả đã có.",
        "Allow overwriting an existing output file.",
    ),
    "help.init.framework": (
        "Mã khung (vd. vss-2023) hoặc đường dẫn.",
        "Framework id (e.g. vss-2023) or path.",
    ),
    "help.init.unit": (
        'Cơ quan ban hành, vd. "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI".',
        'Issuing unit, e.g. "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI".',
    ),
    "help.init.output": (
        "Tệp kế hoạch mới (mặc định ke-hoach-NĂM.yaml; - là stdout).",
        "New plan file (default ke-hoach-YEAR.yaml; - is stdout).",
    ),
    "help.lint.select": (
        "Chỉ chạy các quy tắc (mã hoặc tiền tố, cách nhau bằng dấu phẩy).",
        "Run only these rules (ids or prefixes, comma-separated).",
    ),
    "help.lint.ignore": ("Bỏ qua các quy tắc.", "Skip these rules."),
    "help.lint.output": ("Ghi kết quả vào tệp.", "Write the report to a file."),
    "help.lint.strict": ("Cảnh báo cũng làm lệnh thất bại.", "Warnings fail the command too."),
    "help.lint.fix": (
        "Tự sửa lỗi văn bản (BP114), giữ chú thích.",
        "Fix text problems (BP114) in place, keeping comments.",
    ),
    "help.render.plan": ("Tệp kế hoạch (YAML).", "Plan file (YAML)."),
    "help.render.docx": (
        "Ghi văn bản Word (.docx) vào tệp này.",
        "Write the Word document (.docx) to this file.",
    ),
    "help.render.xlsx": (
        "Ghi bảng tính Excel (.xlsx) vào tệp này.",
        "Write the Excel workbook (.xlsx) to this file.",
    ),
    "help.render.html": ("Ghi trang HTML vào tệp này.", "Write the HTML page to this file."),
    "help.render.md": ("Ghi Markdown vào tệp này.", "Write Markdown to this file."),
    "help.render.out_dir": (
        "Ghi cả bốn định dạng vào thư mục này, tên theo tệp kế hoạch.",
        "Write all four formats into this folder, named after the plan file.",
    ),
    "help.render.template_dir": (
        "Thư mục mẫu HTML/Markdown riêng của đơn vị.",
        "The office's own folder of HTML/Markdown templates.",
    ),
    "help.rollup.xlsx": ("Ghi bảng tổng hợp Excel (.xlsx).", "Write the Excel roll-up (.xlsx)."),
    "help.rollup.html": (
        "Ghi trang tổng hợp HTML (một tệp, không cần mạng).",
        "Write the HTML roll-up page (one file, works offline).",
    ),
    "help.rollup.fail_on_errors": (
        "Mã thoát 1 khi có kế hoạch không đọc được hoặc có lỗi chưa miễn trừ.",
        "Exit 1 when a plan cannot be read or has unwaived errors.",
    ),
    "help.rules.rule": ("Mã quy tắc (vd. BP101).", "Rule id (e.g. BP101)."),
    "help.schema.out": ("Thư mục ghi lược đồ.", "Folder to write the schemas to."),
    "help.schema.check": (
        "Chỉ kiểm tra lược đồ có cũ không.",
        "Only check whether the schemas are stale.",
    ),
    "help.frameworks.ref": (
        "Mã khung hoặc đường dẫn tệp khung.",
        "Framework id or framework file path.",
    ),
    # help layout and usage errors (click's own English texts, re-worded)
    "cli.usage": ("Cách dùng:", "Usage:"),
    "cli.heading.options": ("Tùy chọn", "Options"),
    "cli.heading.arguments": ("Đối số", "Arguments"),
    "cli.heading.commands": ("Lệnh", "Commands"),
    "cli.help_option": ("In hướng dẫn này rồi thoát.", "Show this message and exit."),
    "cli.default": ("mặc định: {value}", "default: {value}"),
    "cli.required": ("bắt buộc", "required"),
    "cli.options_metavar": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "cli.command_metavar": ("LỆNH [ĐỐI_SỐ]...", "COMMAND [ARGS]..."),
    "cli.try_help": ("xem cách dùng: {command} --help", "see the usage: {command} --help"),
    "cli.no_such_option": ("không có tùy chọn {name}", "no such option: {name}"),
    "cli.no_such_command": ("không có lệnh '{name}'", "no such command '{name}'"),
    "cli.did_you_mean": ("có phải ý bạn là {names}?", "did you mean {names}?"),
    "cli.missing_option": ("thiếu tùy chọn {name}", "missing option {name}"),
    "cli.missing_argument": ("thiếu đối số {name}", "missing argument {name}"),
    "cli.missing_command": ("chưa nêu lệnh nào", "no command given"),
    "cli.needs_value": ("tùy chọn {name} cần một giá trị", "option {name} requires a value"),
    "cli.takes_no_value": (
        "tùy chọn {name} không nhận giá trị",
        "option {name} does not take a value",
    ),
    "cli.bad_value": (
        "giá trị không hợp lệ cho {name}: {detail}",
        "invalid value for {name}: {detail}",
    ),
    "cli.bad_choice": (
        "'{value}' không phải một trong: {choices}",
        "'{value}' is not one of: {choices}",
    ),
    "cli.bad_number": ("phải là một số", "must be a number"),
    "cli.too_small": ("phải lớn hơn hoặc bằng {limit}", "must be at least {limit}"),
    "cli.too_big": ("phải nhỏ hơn hoặc bằng {limit}", "must be at most {limit}"),
    "cli.extra_args": ("thừa đối số: {args}", "unexpected extra arguments: {args}"),
    "cli.aborted": ("Đã hủy.", "Aborted."),
    # render --export-templates
    "help.render.export_templates": (
        "Chép các mẫu HTML/Markdown có sẵn vào thư mục này để đơn vị sửa, rồi dùng với "
        "--template-dir; không ghi đè tệp đã có.",
        "Copy the bundled HTML/Markdown templates into this folder for the office to edit, "
        "then use it with --template-dir; existing files are never overwritten.",
    ),
}
