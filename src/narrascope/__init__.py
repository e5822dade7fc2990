"""narrascope: who says what about whom in the news, with offsets back to the text."""

from narrascope.model import NARRASCOPE_VERSION as __version__

__all__ = ["__version__"]
