"""Stores behind one small interface; SQLite is the default backend.

``open_store("narrascope.db")`` opens (or creates) an SQLite store. Other
backends register a factory in ``BACKENDS`` (``register_backend``) and are
opened as ``"name:location"``, e.g. ``"sqlite:run.db"``. An unknown name fails
listing the known ones.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from narrascope.errors import UnknownName
from narrascope.store.base import Store, referenced_entities
from narrascope.store.sqlite import SQLiteStore

DEFAULT_BACKEND = "sqlite"
BACKENDS: dict[str, Callable[[str], Store]] = {"sqlite": SQLiteStore}


def register_backend(name: str, factory: Callable[[str], Store]) -> None:
    """Make ``open_store("name:location")`` call ``factory(location)``."""
    BACKENDS[name] = factory


def _split(location: str) -> tuple[str, str]:
    """``(backend, rest)``; a plain path (or a Windows drive ``C:\\...``) is the default backend."""
    scheme, sep, rest = location.partition(":")
    if not sep or len(scheme) < 2 or not scheme.replace("_", "").replace("-", "").isalnum():
        return DEFAULT_BACKEND, location
    if rest.startswith("//"):  # URL style: sqlite:///path/to.db -> /path/to.db
        rest = rest[2:]
    return scheme, rest


def open_store(location: str | Path) -> Store:
    """Open a store.

    Args:
        location: a file path (SQLite), ``":memory:"``, or ``"backend:location"``.

    Raises:
        UnknownName: ``backend`` is not registered (the message lists the known ones).
        StoreError: the backend cannot open ``location``.
    """
    if isinstance(location, Path) or location == ":memory:" or Path(location).exists():
        return BACKENDS[DEFAULT_BACKEND](str(location))
    backend, rest = _split(location)
    if backend not in BACKENDS:
        raise UnknownName(
            f"unknown store backend {backend!r} in {location!r}; known: {', '.join(sorted(BACKENDS))} "
            f"(or give a plain file path for SQLite)"
        )
    return BACKENDS[backend](rest)


__all__ = ["BACKENDS", "DEFAULT_BACKEND", "SQLiteStore", "Store", "open_store", "referenced_entities", "register_backend"]
