"""Reading and writing plan files: positioned loading, discovery, atomic writes."""
