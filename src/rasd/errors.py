"""One exception hierarchy for rasd.

Every error rasd raises on purpose derives from :class:`RasdError` and carries a one-line,
user-facing message. The CLI prints ``str(error)`` and exits non-zero; ``--debug`` shows the
traceback. Modelled on httpx: specific subclasses, a clear message, no bare ``Exception``.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base class of every error rasd raises deliberately."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(RasdError):
    """An input cannot be read or decoded (bad path, binary data, broken archive, ...)."""

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source


class InputTooLargeError(InputError):
    """An input exceeds the configured size limit."""


class UnsupportedInputError(InputError):
    """An input's format is not one rasd reads."""


class FetchError(InputError):
    """A URL could not be fetched (offline, timeout, HTTP error)."""


class StageError(RasdError):
    """A pipeline stage failed on one document."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"stage {stage!r} failed: {message}")
        self.stage = stage


class PipelineConfigError(RasdError):
    """Stages are ordered so that one needs a layer no earlier stage provides."""


class StoreError(RasdError):
    """The database cannot be opened, migrated, read or written."""


class NotFoundError(RasdError):
    """A document, story or entity id does not exist in the store."""


class ModelError(RasdError):
    """A shipped model is missing or cannot be loaded or trained."""


class ConfigError(RasdError):
    """A configuration value is invalid."""
