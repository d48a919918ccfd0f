"""The national roll-up: every plan of a batch against its framework, in one view.

``summary`` runs in worker processes (one plan → small picklable facts),
``build`` puts them together (matrices, score, ranking, duplicates, totals),
and ``json_out``, ``text_out``, ``xlsx_out``, ``html_out`` write the result.
"""
