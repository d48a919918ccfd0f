"""The page width of every YAML file the tool writes.

The writer itself (``fmt.write``: ``dump``, ``dump_yaml``) sits above ``io``, as it
orders keys by the models; the width lives here, where the loader's neighbours and
the writer can both read it.
"""

from typing import Final

WIDTH: Final = 100
