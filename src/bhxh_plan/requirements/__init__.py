"""What a framework requires of one plan, with status and provenance.

One place computes, for a plan and its framework, every requirement (subject
groups, sub-groups, content areas, regular forms, themed events, reports, the
submission deadline) with its status and what it rests on; the lint rules, the
roll-up, ``init`` and the rendered documents all read it.
"""
