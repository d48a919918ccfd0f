"""Input limits shared by the loader and every command (kept import-light for start-up)."""

from typing import Final

# a provincial plan is ~80 KB; five megabytes leaves room and stops runaway files
DEFAULT_MAX_SIZE: Final = 5 * 1024 * 1024
