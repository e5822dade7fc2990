"""narrascope's own exceptions. Messages name the input, what was expected and what to do."""

from __future__ import annotations


class NarrascopeError(Exception):
    """Base class for every error narrascope raises on purpose."""


class InputRejected(NarrascopeError):
    """An input cannot be analysed. ``str(exc)`` is one line: the reason only;
    the caller prefixes the source name."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(reason)
        self.source = source
        self.reason = reason


class StoreError(NarrascopeError):
    """The store cannot be opened or written (e.g. not a narrascope database)."""


class UnknownName(NarrascopeError):
    """A registry lookup failed; the message lists the known names."""
