"""bhxh-plan: Vietnamese social-insurance communication plans as YAML files.

Data flows one way: ``io`` (load YAML with positions) → ``model`` (Pydantic) →
``framework`` (bundled and user frameworks) → ``validate`` → ``report`` → ``cli``.
"""

__version__ = "0.1.0"
