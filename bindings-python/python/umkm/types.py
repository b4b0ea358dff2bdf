"""Every record, argument and result type of umkm as a class, named as in Rust.

Built at import from the core's JSON Schema bundle (see ``umkm._model``): classes such as
``Enterprise``, ``ReadinessReport``, ``Ranking``, ``Rate`` and ``str`` enums such as
``SizeClass`` (``SizeClass.MICRO == "micro"``).
"""

from umkm._model import CLASSES as _CLASSES, Model

globals().update(_CLASSES)

__all__ = sorted(_CLASSES) + ["Model"]
