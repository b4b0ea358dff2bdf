"""The exceptions of umkm, all under :class:`UmkmError` (a ``ValueError``).

Each carries the core's stable ``code`` (``npwp.checksum``, ``classify.missing``), the message in
Indonesian (``message_id``) and English (``message_en``), and where it applies the JSON
pointer ``path`` of the argument at fault and the list of ``issues``.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Optional, Sequence

__all__ = [
    "UmkmError",
    "InvalidIdentifier",
    "ValidationError",
    "ArgumentError",
]


class UmkmError(ValueError):
    """An error of the umkm library: ``code``, ``message_id``, ``message_en``, ``path``."""

    def __init__(
        self,
        code: str,
        message_en: str,
        message_id: str = "",
        *,
        kind: str = "domain",
        path: str = "",
        issues: Sequence[Any] = (),
    ) -> None:
        super().__init__(f"{message_en} [{code}]")
        self.code = code
        self.kind = kind
        self.message_en = message_en
        self.message_id = message_id or message_en
        self.path = path
        self.issues: List[Any] = list(issues)

    def message(self, lang: Optional[str] = None) -> str:
        """The message in ``"id"`` (Indonesian) or ``"en"`` (English); by default in the
        package's language (``umkm.set_language``)."""
        if lang is None:
            from umkm._settings import get_language

            lang = get_language()
        return self.message_en if lang == "en" else self.message_id

    def __str__(self) -> str:
        """The message in the package's language, with the code: ``... [npwp.checksum]``."""
        return f"{self.message()} [{self.code}]"

    def __reduce__(self) -> Any:
        return (
            _rebuild,
            (
                type(self),
                self.code,
                self.message_en,
                self.message_id,
                self.kind,
                self.path,
                self.issues,
            ),
        )


def _rebuild(
    cls: type,
    code: str,
    message_en: str,
    message_id: str,
    kind: str,
    path: str,
    issues: List[Any],
) -> UmkmError:
    return cls(code, message_en, message_id, kind=kind, path=path, issues=issues)  # type: ignore[no-any-return]


class InvalidIdentifier(UmkmError):
    """An identifier (NPWP, NIK, NIB, ...) broke a rule; ``code`` names it (``npwp.checksum``)."""


class ValidationError(UmkmError):
    """Input with several problems; ``issues`` lists each (``path``, ``code``, ``severity``,
    ``message_id``, ``message_en``)."""


class ArgumentError(UmkmError, TypeError):
    """An argument is missing or of the wrong type (a ``float`` amount, a misspelt field);
    ``path`` points at it (``/record/products/0/unit``)."""


_CLASSES = {
    "identifier": InvalidIdentifier,
    "invalid": ValidationError,
    "argument": ArgumentError,
}


def _from_call_error(error: Mapping[str, Any]) -> UmkmError:
    """Builds the exception for an error of the core (called from the extension)."""
    from umkm._model import decode  # late: the model module needs the extension loaded

    cls = _CLASSES.get(error["kind"], UmkmError)
    issues = decode("Issue[]", error.get("issues") or [])
    return cls(
        error["code"],
        error["message_en"],
        error["message_id"],
        kind=error["kind"],
        path=error.get("path", ""),
        issues=issues,
    )
