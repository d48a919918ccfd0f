"""The templates that ship with bhxh-plan (plan.*: render; rollup*: rollup --html).

This folder is installed as the package ``bhxh_plan.templates`` (``package-dir`` in
``pyproject.toml``); this file makes it importable in an editable install as well.
``bhxh-plan render --export-templates DIR`` copies the plan templates out for customising.
"""
