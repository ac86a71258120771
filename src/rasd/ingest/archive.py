"""Zip archives: members of the supported kinds, zip-bomb guard, salvage of truncated archives.

Members are read in name order; hidden members (a path part starting with ``.``, ``__MACOSX``) and
unsupported extensions are skipped with a debug log. Every member's uncompressed size is bounded
by ``max_bytes`` (declared size checked first, then the actual stream is cut at the limit). A zip
whose central directory is damaged (truncated download) is scanned from its local headers so that
the members stored before the damage still load, followed by a failure naming the damage.
"""

from __future__ import annotations

import io
import logging
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import TypeAlias

from rasd.ingest.options import IngestFailure, IngestOptions, too_large
from rasd.models import Document

log = logging.getLogger(__name__)

Item: TypeAlias = Document | IngestFailure
MemberReader: TypeAlias = Callable[[bytes, str, str, IngestOptions, int], Iterator[Item]]
"""``(data, name, source, options, depth)`` → items; supplied by :mod:`rasd.ingest.reader`."""

_LOCAL_HEADER = b"PK\x03\x04"
_LOCAL_FMT = "<4sHHHHHIIIHH"
_LOCAL_SIZE = struct.calcsize(_LOCAL_FMT)


def is_hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in name.split("/") if part)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    return data


def iter_zip(
    data: bytes, source: str, options: IngestOptions, reader: MemberReader, depth: int = 0
) -> Iterator[Item]:
    """Items of every supported member of the zip ``data`` (``source`` names the archive)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield from _salvage(data, source, options, reader, depth, str(exc))
        return
    with zf:
        infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
        for info in infos:
            name = f"{source}!{info.filename}"
            if is_hidden(info.filename):
                log.debug("skipping hidden archive member %s", name)
                continue
            if info.file_size > options.max_bytes:
                yield IngestFailure(name, too_large(info.file_size, options.max_bytes, "member"))
                continue
            try:
                member = _read_member(zf, info, options.max_bytes)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
                yield IngestFailure(name, f"corrupt archive member: {' '.join(str(exc).split())}")
                continue
            except RuntimeError as exc:  # encrypted member
                yield IngestFailure(name, f"cannot read archive member: {' '.join(str(exc).split())}")
                continue
            if len(member) > options.max_bytes:
                yield IngestFailure(name, too_large(len(member), options.max_bytes, "member"))
                continue
            yield from reader(member, info.filename, name, options, depth + 1)


def _inflate(blob: bytes, method: int, limit: int) -> tuple[bytes, int] | None:
    """Decompress a member (stored or deflated): ``(bytes, compressed length)``, ``None`` if damaged."""
    if method == 0:
        return blob, len(blob)
    if method != 8:
        return None
    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(blob, limit + 1)
    except zlib.error:
        return None
    if not inflater.eof or len(out) > limit:
        return None
    return out, len(blob) - len(inflater.unused_data)


def _local_members(data: bytes, limit: int) -> Iterator[tuple[str, bytes | None]]:
    """``(name, bytes or None)`` of each member found by scanning local headers in order."""
    pos = 0
    while True:
        pos = data.find(_LOCAL_HEADER, pos)
        if pos < 0 or pos + _LOCAL_SIZE > len(data):
            return
        fields = struct.unpack_from(_LOCAL_FMT, data, pos)
        flags, method, csize, name_len, extra_len = fields[2], fields[3], fields[7], fields[9], fields[10]
        start = pos + _LOCAL_SIZE + name_len + extra_len
        name = data[pos + _LOCAL_SIZE : pos + _LOCAL_SIZE + name_len].decode(
            "utf-8" if flags & 0x800 else "cp437", errors="replace"
        )
        if flags & 0x08 and method == 8:  # sizes in a trailing descriptor: inflate to the stream end
            blob = data[start:]
        else:
            blob = data[start : start + csize] if start + csize <= len(data) else b""
        result = _inflate(blob, method, limit) if blob or csize == 0 else None
        yield name, (result[0] if result else None)
        pos = start + (result[1] if result else 0)
        pos = max(pos, start)


def _salvage(
    data: bytes, source: str, options: IngestOptions, reader: MemberReader, depth: int, reason: str
) -> Iterator[Item]:
    recovered = 0
    damaged: list[str] = []
    for member_name, content in _local_members(data, options.max_bytes):
        if member_name.endswith("/") or is_hidden(member_name):
            continue
        if content is None:
            damaged.append(member_name)
            continue
        recovered += 1
        yield from reader(content, member_name, f"{source}!{member_name}", options, depth + 1)
    detail = f"{recovered} member(s) recovered"
    if damaged:
        detail += f", {len(damaged)} damaged ({damaged[0]}{', ...' if len(damaged) > 1 else ''})"
    yield IngestFailure(source, f"truncated or corrupt zip ({reason}); {detail}")
