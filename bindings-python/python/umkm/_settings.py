"""The package's language for what it shows without being asked (notebook renderings, error
text): ``umkm.set_language("en")``; Indonesian by default."""

from __future__ import annotations

_LANG = ["id"]


def set_language(lang: str) -> None:
    """Shows results and errors in ``"id"`` (Bahasa Indonesia, the default) or ``"en"``."""
    if lang not in ("id", "en"):
        raise ValueError('the language is "id" or "en"')
    _LANG[0] = lang


def get_language() -> str:
    """The language set with ``set_language`` (``"id"`` unless changed)."""
    return _LANG[0]
