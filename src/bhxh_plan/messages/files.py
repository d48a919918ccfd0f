"""Messages about files: outputs never written over inputs, only regular files read."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # --- writing outputs (io/output.py) -----------------------------------
    "out.is_input": (
        "không ghi đè lên tệp đầu vào: {path}",
        "will not overwrite an input file: {path}",
    ),
    "out.is_source": (
        "không ghi đè lên tệp đầu vào: tệp kết quả '{path}' trùng tệp nguồn",
        "will not overwrite an input file: the output '{path}' is the input file",
    ),
    "out.is_framework": (
        "không ghi đè lên tệp khung đang dùng: {path}",
        "will not overwrite a framework in use: {path}",
    ),
    "out.is_template": (
        "không ghi đè lên tệp mẫu đang dùng: {path}",
        "will not overwrite a template in use: {path}",
    ),
    "out.is_config": (
        "không ghi đè lên tệp cấu hình đang dùng: {path}",
        "will not overwrite the configuration in use: {path}",
    ),
    "out.same_file_as": ("{path} (cùng một tệp với {other})", "{path} (the same file as {other})"),
    "out.is_input.hint": (
        "chọn tên tệp hoặc thư mục khác cho kết quả; bhxh-plan không bao giờ ghi đè tệp nó đọc",
        "choose another file name or folder for the output; bhxh-plan never overwrites a file "
        "it reads",
    ),
    "out.same": (
        "hai kết quả cùng ghi vào một tệp: {path}",
        "two outputs would be written to the same file: {path}",
    ),
    "out.same.hint": (
        "đặt cho mỗi kết quả một tên tệp riêng",
        "give each output its own file name",
    ),
    "out.is_dir": ("{path} là một thư mục, không phải tệp", "{path} is a folder, not a file"),
    "out.is_dir.hint": (
        "ghi tên một tệp, vd. {path}/ket-qua (kèm đuôi tệp phù hợp)",
        "name a file, e.g. {path}/result (with the right extension)",
    ),
    "out.not_regular": (
        "{path} không phải tệp thường ({kind}); bhxh-plan chỉ ghi vào tệp thường hoặc tệp mới",
        "{path} is not a regular file ({kind}); bhxh-plan writes only to regular or new files",
    ),
    "out.not_regular.hint": (
        "chọn một tên tệp thường; để in ra màn hình thì bỏ tùy chọn ghi tệp",
        "choose a regular file name; to print on screen, leave out the output option",
    ),
    "out.kind.fifo": ("ống dẫn FIFO", "a FIFO"),
    "out.kind.device": ("tệp thiết bị", "a device"),
    "out.kind.socket": ("socket", "a socket"),
    "out.kind.other": ("loại tệp đặc biệt", "a special file"),
    "out.no_space": (
        "không ghi được {path}: hết dung lượng đĩa hoặc hết hạn mức ({error})",
        "cannot write {path}: no space left on the disk or quota exceeded ({error})",
    ),
    "out.no_space.hint": (
        "giải phóng dung lượng rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên",
        "free some space and run again; the old file (if any) is unchanged",
    ),
    "out.denied": (
        "không ghi được {path}: không có quyền ghi ({error})",
        "cannot write {path}: no write permission ({error})",
    ),
    "out.read_only": (
        "không ghi được {path}: ổ đĩa chỉ cho phép đọc ({error})",
        "cannot write {path}: the file system is read-only ({error})",
    ),
    "out.denied.hint": (
        "chọn thư mục ghi được, hoặc xin quyền ghi tệp và thư mục này",
        "choose a writable folder, or get write permission on this file and folder",
    ),
    "out.parent_not_dir": (
        "không ghi được {path}: một phần của đường dẫn là tệp, không phải thư mục ({error})",
        "cannot write {path}: part of the path is a file, not a folder ({error})",
    ),
    "out.parent_not_dir.hint": ("kiểm tra lại đường dẫn", "check the path"),
    "out.write_failed": ("không ghi được {path}: {error}", "cannot write {path}: {error}"),
    "out.write_failed.hint": (
        "kiểm tra quyền ghi và dung lượng đĩa; tệp cũ (nếu có) vẫn giữ nguyên",
        "check write permission and disk space; the old file (if any) is unchanged",
    ),
    "out.link_outside": (
        "bỏ qua {path}: là liên kết tượng trưng trỏ ra ngoài thư mục {tree} (tới {target}); "
        "không sửa tệp ngoài thư mục đã nêu",
        "skipped {path}: a symlink pointing outside the folder {tree} (to {target}); files "
        "outside the folder given are not rewritten",
    ),
    "out.link_outside.hint": (
        "nếu thật sự muốn sửa tệp đó, nêu trực tiếp đường dẫn của nó",
        "to rewrite that file, name its path directly",
    ),
    # --- reading: regular files only, never past the limit (io/reading.py) ---
    "read.not_regular": (
        "không phải tệp thường ({kind}); chỉ đọc được tệp thường",
        "not a regular file ({kind}); only regular files are read",
    ),
    "read.not_regular.hint": (
        "chỉ định một tệp thật, không phải FIFO, thiết bị, socket hay thư mục",
        "name a real file, not a FIFO, device, socket or folder",
    ),
    "read.kind.fifo": ("FIFO/ống dẫn", "FIFO/pipe"),
    "read.kind.char": ("thiết bị ký tự", "character device"),
    "read.kind.block": ("thiết bị khối", "block device"),
    "read.kind.socket": ("socket", "socket"),
    "read.kind.dir": ("thư mục", "folder"),
    "read.kind.other": ("loại tệp đặc biệt", "special file"),
    "read.loop": (
        "liên kết tượng trưng (symlink) bị vòng lặp",
        "symbolic link loop",
    ),
    "read.loop.hint": (
        "sửa hoặc xoá liên kết tượng trưng trỏ vòng về chính nó",
        "fix or remove the symbolic link that points back to itself",
    ),
    "read.unreadable.hint": (
        "kiểm tra quyền đọc của tệp (chmod) và người chạy lệnh",
        "check the file's read permission (chmod) and the user running the command",
    ),
    "read.too_large": (
        "tệp lớn hơn giới hạn {limit} byte",
        "the file is larger than the limit of {limit} bytes",
    ),
    "read.folder_unreadable": (
        "không đọc được thư mục: {error}; các tệp trong đó chưa được kiểm tra",
        "cannot read the folder: {error}; the files in it were not checked",
    ),
    "read.folder_unreadable.hint": (
        "kiểm tra quyền đọc của thư mục (chmod) hoặc bỏ thư mục khỏi danh sách",
        "check the folder's read permission (chmod) or leave it out of the paths",
    ),
}
