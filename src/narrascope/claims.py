"""Claims: agent -> action -> target, with attribution, hedging and negation.

OWNER: claims helper. Interface:
``find_claims(doc, index, quotes, *, published=None) -> list[Claim]``.
"""
