"""``bhxh-plan import``: a scenario table kept in Excel or Word, turned into a plan."""
