"""New plans: the framework skeleton (``bhxh-plan init``) and the commented YAML writer."""
