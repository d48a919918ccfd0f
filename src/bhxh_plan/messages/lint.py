"""Messages of the lint rules, waivers and configuration."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.cite": ("Căn cứ: {source}, {section}", "Basis: {source}, {section}"),
    "lint.clause": ("Căn cứ: {clause}", "Basis: {clause}"),
    "lint.field.lead": ("đơn vị chủ trì", "lead unit"),
    "lint.field.frequency": ("tần suất/thời gian", "frequency"),
    "lint.field.method": ("cách thức thực hiện", "method"),
    "lint.field.languages": ("tài liệu tiếng dân tộc (languages)", "minority-language materials"),
    "lint.field.respected_persons": (
        "người có uy tín tham gia (respected_persons)",
        "respected persons taking part",
    ),
    "lint.bp101": (
        "thiếu nhóm chủ thể {code}. {name} ({id}) trong khung kịch bản",
        "subject group {code}. {name} ({id}) has no scenario row",
    ),
    "lint.bp101.hint": (
        "thêm '- group: {id}' với ít nhất một dòng vào 'scenario'",
        "add '- group: {id}' with at least one row to 'scenario'",
    ),
    "lint.bp102": (
        "thiếu nhóm nhỏ {code}. {name} ({id}) trong khung kịch bản",
        "sub-group {code}. {name} ({id}) has no scenario row",
    ),
    "lint.bp102.hint": (
        "thêm '- group: {group}' với 'subgroup: {id}' vào 'scenario'",
        "add '- group: {group}' with 'subgroup: {id}' to 'scenario'",
    ),
    "lint.bp102.priority": (
        "Nhóm này gồm các nhóm ưu tiên: {names}.",
        "It covers the priority groups: {names}.",
    ),
    "lint.bp103": (
        "chưa có nội dung truyền thông {code}. {name}",
        "content area {code}. {name} is not addressed",
    ),
    "lint.bp103.hint": (
        "thêm '- area: {id}' vào 'content_areas'",
        "add '- area: {id}' to 'content_areas'",
    ),
    "lint.bp104": (
        "chưa dùng hình thức truyền thông thường xuyên {code}. {name}",
        "regular form {code}. {name} is never used",
    ),
    "lint.bp104.hint": (
        "thêm dòng kịch bản hoặc hoạt động có 'form: {id}'",
        "add a scenario row or activity with 'form: {id}'",
    ),
    "lint.bp105.missing": (
        "chưa lên lịch sự kiện chủ đề {code}. {name} ({window})",
        "themed event {code}. {name} ({window}) is not scheduled",
    ),
    "lint.bp105.missing.hint": (
        "thêm hoạt động có 'event: {id}' trong khoảng thời gian đó",
        "add an activity with 'event: {id}' inside that window",
    ),
    "lint.bp105.outside": (
        "hoạt động '{id}' của sự kiện \"{name}\" nằm ngoài khoảng {window}",
        "activity '{id}' of \"{name}\" falls outside {window}",
    ),
    "lint.bp105.outside.hint": ("dời ngày vào khoảng {window}", "move it inside {window}"),
    "lint.bp106.direct_only": (
        "nhóm '{group}' chỉ được tiếp cận trực tiếp, chưa có kênh gián tiếp hoặc số",
        "group '{group}' is reached only directly, with no indirect or digital channel",
    ),
    "lint.bp106.no_direct": (
        "nhóm '{group}' chưa được tiếp cận trực tiếp (hội nghị, gặp gỡ, tư vấn…)",
        "group '{group}' is never reached directly (meetings, visits, advice…)",
    ),
    "lint.bp106.hint": (
        "thêm dòng dùng hình thức của kênh còn thiếu; đổi 'channel' nếu dòng đã phân loại sai",
        "add a row with a form of the missing channel; set 'channel' if a row is misclassified",
    ),
    "lint.bp107": ("dòng '{id}' thiếu: {fields}", "row '{id}' lacks: {fields}"),
    "lint.bp107.hint": (
        "điền 'lead', 'frequency', 'method' của dòng",
        "fill in the row's 'lead', 'frequency', 'method'",
    ),
    "lint.bp108": (
        "dòng '{id}' có đơn vị phối hợp nhưng chưa nêu hình thức phối hợp",
        "row '{id}' lists partners but no coordination form",
    ),
    "lint.bp108.hint": (
        "thêm 'coordination:' (vd. Ký chương trình phối hợp)",
        "add 'coordination:' (e.g. Ký chương trình phối hợp)",
    ),
    "lint.bp109": (
        "nhóm '{id}' (đồng bào dân tộc, tôn giáo) chưa có: {missing}",
        "group '{id}' (ethnic minorities, religious communities) lacks: {missing}",
    ),
    "lint.bp109.hint": (
        "thêm 'languages: [tiếng dân tộc]' và 'respected_persons: [già làng, trưởng bản, "
        "chức sắc]' vào dòng phù hợp",
        "add 'languages: [tiếng dân tộc]' and 'respected_persons: [già làng, trưởng bản, "
        "chức sắc]' to a suitable row",
    ),
    "lint.bp110.year": (
        "kế hoạch năm {year} nhưng theo khung {fw} của năm {fw_year}",
        "a {year} plan follows framework {fw} of {fw_year}",
    ),
    "lint.bp110.year.hint": (
        "chọn khung của năm kế hoạch trong 'framework'",
        "select the framework of the plan year in 'framework'",
    ),
    "lint.bp110.end": (
        "hoạt động '{id}' kết thúc ({end}) trước khi bắt đầu ({start})",
        "activity '{id}' ends ({end}) before it starts ({start})",
    ),
    "lint.bp110.end.hint": ("sửa 'start' hoặc 'end'", "fix 'start' or 'end'"),
    "lint.bp110.outside": (
        "hoạt động '{id}': ngày {day} ngoài năm kế hoạch {year}",
        "activity '{id}': {day} is outside the plan year {year}",
    ),
    "lint.bp110.outside.hint": (
        "đưa hoạt động vào năm kế hoạch hoặc sang kế hoạch năm sau",
        "move it into the plan year, or into next year's plan",
    ),
    "lint.bp110.late": (
        "kế hoạch ban hành ngày {date}, sau hạn {due} của khung",
        "the plan is dated {date}, after the framework's deadline {due}",
    ),
    "lint.bp110.late.hint": (
        "ban hành và gửi kế hoạch trước hạn",
        "issue and send the plan before the deadline",
    ),
    "lint.bp111": ("thiếu chế độ báo cáo: {name} ({id})", "missing report: {name} ({id})"),
    "lint.bp111.hint": (
        "thêm '- report: {id}' (kèm deadline, recipient) vào 'reporting'",
        "add '- report: {id}' (with deadline, recipient) to 'reporting'",
    ),
    "lint.bp112.no_source": ("chưa nêu nguồn kinh phí", "no funding source is named"),
    "lint.bp112.no_source.hint": (
        "thêm 'funding: {{sources: [chi-phi-quan-ly]}}'; ghi 'notes' nếu kinh phí lồng ghép",
        "add 'funding: {{sources: [chi-phi-quan-ly]}}'; use 'notes' for integrated budgets",
    ),
    "lint.bp112.sum": (
        "các dòng dự toán cộng lại {lines}, khác tổng {total}",
        "budget lines add up to {lines}, not the total {total}",
    ),
    "lint.bp112.sum.hint": ("sửa 'total' hoặc số tiền các dòng", "fix 'total' or the lines"),
    "lint.bp112.activity": (
        "hoạt động '{id}' có kinh phí nhưng chưa nêu nguồn",
        "activity '{id}' has a budget but no source",
    ),
    "lint.bp112.activity.hint": (
        "thêm 'funding: <mã nguồn>' cho hoạt động",
        "add 'funding: <source id>' to the activity",
    ),
    "lint.bp112.unlisted": (
        "hoạt động '{id}' dùng nguồn '{source}' không có trong 'funding.sources'",
        "activity '{id}' uses source '{source}' missing from 'funding.sources'",
    ),
    "lint.bp112.unlisted.hint": (
        "thêm '{source}' vào 'funding.sources'",
        "add '{source}' to 'funding.sources'",
    ),
    "lint.bp113.row": (
        "mã dòng '{value}' bị lặp (đã có ở {first})",
        "row id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.activity": (
        "mã hoạt động '{value}' bị lặp (đã có ở {first})",
        "activity id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.line": (
        "mã dòng dự toán '{value}' bị lặp (đã có ở {first})",
        "budget line id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.entry": (
        "nhóm '{value}' có hai mục kịch bản (đã có ở {first})",
        "group '{value}' has two scenario entries (first at {first})",
    ),
    "lint.bp113.area": (
        "nội dung '{value}' được nêu hai lần (đã có ở {first})",
        "content area '{value}' is listed twice (first at {first})",
    ),
    "lint.bp113.report": (
        "báo cáo '{value}' được nêu hai lần (đã có ở {first})",
        "report '{value}' is listed twice (first at {first})",
    ),
    "lint.bp113.row_form": (
        "cùng nhóm, cùng hình thức '{value}' đã có ở {first}",
        "the same group and form '{value}' is already at {first}",
    ),
    "lint.bp113.hint": (
        "đổi mã cho khác nhau hoặc gộp hai mục",
        "use distinct ids or merge the two",
    ),
    "lint.hygiene.tcvn3": ("văn bản gõ bằng mã TCVN3 (ABC)", "text typed in TCVN3 (ABC)"),
    "lint.hygiene.vni": ("văn bản gõ bằng mã VNI", "text typed in VNI"),
    "lint.hygiene.detached": (
        "dấu thanh tách rời chữ (dán từ PDF)",
        "tone marks detached from their letters (pasted from PDF)",
    ),
    "lint.hygiene.nfc": ("chưa ở dạng Unicode dựng sẵn (NFC)", "not in NFC"),
    "lint.hygiene.spaces": ("hai dấu cách liền nhau", "doubled spaces"),
    "lint.hygiene.nbsp": (
        "khoảng trắng không ngắt (NBSP) giữa các từ",
        "no-break spaces between words",
    ),
    "lint.hygiene.brackets": ("ngoặc hoặc dấu nháy không cân đối", "unbalanced brackets or quotes"),
    "lint.bp114": ("văn bản cần sửa: {what}", "text needs repair: {what}"),
    "lint.bp114.hint.fix": (
        "chạy 'bhxh-plan lint --fix' để tự sửa",
        "run 'bhxh-plan lint --fix' to repair it",
    ),
    "lint.bp114.hint.manual": ("sửa tay", "fix it by hand"),
    "lint.bp114.hint.vni": (
        "Văn bản VNI: chuyển sang Unicode bằng Unikey (Công cụ chuyển mã).",
        "VNI text: convert it to Unicode with Unikey's converter.",
    ),
    "lint.bp115.number": (
        "số, ký hiệu '{value}' không đúng dạng (vd. 15/KH-BHXH)",
        "number/symbol '{value}' is malformed (e.g. 15/KH-BHXH)",
    ),
    "lint.bp115.number.hint": (
        "ghi số/loại văn bản-cơ quan ban hành, vd. 15/KH-BHXH",
        "write number/kind-issuer, e.g. 15/KH-BHXH",
    ),
    "lint.bp115.zero": (
        "số văn bản dưới 10 cần số 0 đứng trước: '{value}'",
        "numbers below 10 take a leading zero: '{value}'",
    ),
    "lint.bp115.zero.hint": ("sửa thành '{fixed}'", "write '{fixed}'"),
    "lint.bp115.date": (
        "ngày ban hành không thuộc năm kế hoạch {year} hoặc năm trước",
        "the document date is neither in the plan year {year} nor the year before",
    ),
    "lint.bp115.date.hint": ("sửa 'document.date'", "fix 'document.date'"),
    "lint.bp115.kt": (
        "cấp phó ({title}) ký thay nhưng thiếu 'KT.'",
        "a deputy ({title}) signs without 'KT.'",
    ),
    "lint.bp115.kt.hint": ("ghi 'authority: KT. GIÁM ĐỐC'", "write 'authority: KT. GIÁM ĐỐC'"),
    "lint.bp115.recipients": ("chưa có nơi nhận", "no recipients"),
    "lint.bp115.luu": (
        'nơi nhận phải kết thúc bằng "Lưu: VT, …"',
        'recipients must end with "Lưu: VT, …"',
    ),
    "lint.bp115.luu.hint": (
        'thêm dòng cuối "Lưu: VT, <đơn vị soạn thảo>."',
        'add a last line "Lưu: VT, <drafting unit>."',
    ),
    "lint.bp116.missing": (
        "kế hoạch chiến dịch chưa có phần 'campaign' (chủ đề: {theme})",
        "the campaign plan has no 'campaign' section (theme: {theme})",
    ),
    "lint.bp116.missing.hint": (
        "thêm 'campaign:' với theme, message, slogans, matrix",
        "add 'campaign:' with theme, message, slogans, matrix",
    ),
    "lint.bp116.slogan": ('nhóm "{name}" chưa có khẩu hiệu', 'group "{name}" has no slogan'),
    "lint.bp116.slogan.hint": (
        "thêm '- group: {id}' với 'texts' vào 'campaign.slogans'",
        "add '- group: {id}' with 'texts' to 'campaign.slogans'",
    ),
    "lint.bp116.objective": (
        'mục tiêu "{text}" chưa có chiến dịch, kênh và phương tiện',
        'objective "{text}" has no campaign, channel and medium',
    ),
    "lint.bp116.objective.hint": (
        "thêm dòng 'campaign.matrix' với 'objective: {id}', 'campaign', 'channels', 'media'",
        "add a 'campaign.matrix' row with 'objective: {id}', 'campaign', 'channels', 'media'",
    ),
    "waiver.no_reason": ("miễn trừ thiếu lý do", "the waiver gives no reason"),
    "waiver.no_reason.hint": (
        "viết '# bhxh-plan: ignore[{rules}] lý do: …'",
        "write '# bhxh-plan: ignore[{rules}] lý do: …'",
    ),
    "waiver.builtin": (
        "lỗi {rule} không miễn trừ được (tệp phải hợp lệ)",
        "{rule} cannot be waived (the file must be valid)",
    ),
    "waiver.builtin.hint": ("sửa lỗi {rule} thay vì miễn trừ", "fix {rule} instead"),
    "waiver.unknown": (
        "miễn trừ nêu quy tắc không tồn tại '{rule}'",
        "the waiver names an unknown rule '{rule}'",
    ),
    "waiver.unknown.hint": ("có phải: {options}?", "did you mean: {options}?"),
    "waiver.expired": ("miễn trừ đã hết hạn ngày {until}", "the waiver expired on {until}"),
    "waiver.expired.hint": (
        "sửa vấn đề, hoặc gia hạn 'đến' nếu còn lý do",
        "fix the problem, or extend 'đến' if the reason still holds",
    ),
    "waiver.unused": ("miễn trừ {rules} không dùng đến", "waiver for {rules} is not used"),
    "waiver.unused.hint": ("xóa dòng miễn trừ này", "remove this waiver"),
    "waiver.bad_date": (
        "ngày hết hạn '{value}' không tồn tại",
        "expiry date '{value}' does not exist",
    ),
    "waiver.bad_date.hint": ("viết 'đến NĂM-THÁNG-NGÀY'", "write 'đến YEAR-MONTH-DAY'"),
    "config.toml": (
        "không đọc được pyproject.toml: {error}",
        "cannot read pyproject.toml: {error}",
    ),
    "config.unknown_rule": ("không có quy tắc '{rule}'", "no rule '{rule}'"),
    "config.unknown_rule.hint": ("có phải: {options}?", "did you mean: {options}?"),
    "github.capped": (
        "(chỉ ghi {shown}/{total} chú thích)",
        "(showing {shown} of {total} annotations)",
    ),
    "lint.rules_hint": (
        "xem danh sách quy tắc: 'bhxh-plan rules'",
        "list the rules: 'bhxh-plan rules'",
    ),
    "lint.progress": ("Đang kiểm tra", "Checking"),
    "lint.fixed": ("đã sửa {count} giá trị trong {file}", "fixed {count} value(s) in {file}"),
    "lint.fix_failed": (
        "không tự sửa được {file}: kết quả sửa không đọc lại đúng; tệp giữ nguyên",
        "could not fix {file}: the repaired text would not read back the same; file left as is",
    ),
    "rules.builtin": (
        "kiểm tra có sẵn, luôn chạy (validate)",
        "built-in check, always on (validate)",
    ),
    "rules.legend": ("* = tự sửa được bằng --fix", "* = fixable with --fix"),
    "rules.fixable": ("tự sửa được bằng --fix", "fixable with --fix"),
    "rules.clause": ("Căn cứ", "Basis"),
    "rules.fix": ("Cách sửa", "How to fix"),
    "rules.fail": ("Ví dụ sai", "Failing example"),
    "rules.pass": ("Ví dụ đúng", "Passing example"),
}
