"""The commands as a library: one options object and one ``run`` per command.

Each module here (``lint``, ``validate``, ``fmt``, ``init``, ``importing``,
``rollup``, ``diff``, ``calendar``, ``render``, ``frameworks``, ``schema``,
``git_setup``, ``textconv``, ``rules``) holds a frozen ``Options`` dataclass of plain
values and ``run(options, out=..., err=...) -> Outcome``: it does the work,
writes what the user reads to the given text streams and returns the exit code
(and the per-file results where there are any). ``bhxh_plan.cli`` only declares
the options, builds the ``Options`` object, calls ``run`` and exits; nothing
here imports typer or rich, so a script or a test can call a command directly::

    from bhxh_plan.commands import lint
    outcome = lint.run(lint.Options(paths=("ke-hoach.yaml",)))
    outcome.code  # 0 ok, 1 problems found, 2 usage/command error

Layer: above report/render/diff/rollup, below cli.
"""
