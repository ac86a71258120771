"""Options and the failure record of the ingestion readers."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.errors import InputError


@dataclass(slots=True)
class IngestOptions:
    """How inputs are read.

    ``max_bytes`` bounds every file, URL body and archive member (uncompressed); ``timeout`` is the
    URL fetch timeout in seconds; ``retrieved`` is the ISO datetime the inputs were collected (given
    on the command line), used as ``Document.retrieved`` when a record carries none.
    """

    max_bytes: int = 50 * 2**20
    timeout: float = 20.0
    retrieved: str | None = None


@dataclass(slots=True)
class IngestFailure:
    """One input (file, record, archive member, URL) that could not be read, with a one-line reason."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def format_size(n: int) -> str:
    """``n`` bytes for messages: ``200.0 MB``, ``12.5 kB``, ``80 bytes``."""
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    if n >= 2**10:
        return f"{n / 2**10:.1f} kB"
    return f"{n} bytes"


def format_limit(n: int) -> str:
    """A configured limit for messages: ``50 MB``, ``2 kB``, ``100 bytes``."""
    for unit, size in (("MB", 2**20), ("kB", 2**10)):
        if n >= size:
            return f"{n / size:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} bytes"


def too_large(size: int, limit: int, what: str = "file") -> str:
    return f"{what} is {format_size(size)}, over the {format_limit(limit)} limit (--max-bytes)"


def failure_from(source: str, error: Exception) -> IngestFailure:
    """An :class:`IngestFailure` from an exception, reduced to one line."""
    if isinstance(error, InputError) and error.source is None:
        message = error.message
    else:
        message = str(error) or type(error).__name__
    return IngestFailure(source, " ".join(message.split()))
