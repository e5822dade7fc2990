"""Direct, indirect and mixed quotes with their speakers.

OWNER: quotes helper. Interface: ``find_quotes(doc, index, *, published=None) -> list[Quote]``.
"""
