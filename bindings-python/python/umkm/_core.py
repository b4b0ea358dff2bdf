"""Calls into the core: named arguments to JSON, the result decoded to its declared type."""

from __future__ import annotations

from typing import Any

from umkm import _umkm
from umkm._model import FUNCTIONS, decode


def call(name: str, **args: Any) -> Any:
    """Calls the core's function ``name``; ``None`` arguments are left out (optional)."""
    raw = _umkm.call(name, {k: v for k, v in args.items() if v is not None})
    return decode(FUNCTIONS[name]["returns"], raw)
