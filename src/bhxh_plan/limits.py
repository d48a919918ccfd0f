"""Input limits shared by the loader and every command (kept import-light for start-up)."""

from typing import Final

# a provincial plan is ~80 KB; five megabytes leaves room and stops runaway files
DEFAULT_MAX_SIZE: Final = 5 * 1024 * 1024

# a provincial plan holds a few thousand YAML nodes and 1,000 scenario rows about 30,000;
# past this a file is not a plan, and composing it would cost seconds and hundreds of MB
MAX_NODES: Final = 250_000
