"""Reading an untrusted bundle zip without trusting anything in it.

A bundle arrives on a USB stick from another laptop; it may be damaged, or made by someone who
wants to crash the app, fill the disk or overwrite files. We never extract it: members are
streamed straight into hashes and the encrypted blob store. Before reading any member,
:func:`open_bundle` checks the whole central directory: entry count, declared sizes and
compression ratios (zip bombs), overlapping entries (the "non-recursive" bomb, which Python
3.11's ``zipfile`` does not catch), paths that are absolute or climb out (``..``, drive letters,
backslashes), symlinks and other non-regular entries (``external_attr``), duplicate names
(also after Unicode normalisation and case folding), encrypted or exotic members, and that
everything sits in one top-level folder (the bag). Every failure, whatever ``zipfile`` or
``zlib`` raise inside, becomes :class:`BundleRejected` with a reason a person understands.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evidence_app.errors import BundleRejected, Cancelled
from evidence_app.progress import CancelToken
from evidence_app.services.bundle.crypt import BundleIdentity, DecryptingReader, is_encrypted

READ_CHUNK = 1 << 20
# What reading a damaged zip can raise inside zipfile/zlib; all of it means "rejected".
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
    ValueError, OSError, struct.error, RuntimeError, KeyError, IndexError, OverflowError,
    UnicodeError, TypeError, AttributeError, MemoryError)
_LOCAL_HEADER = 30


@dataclass(frozen=True)
class Limits:
    """Bounds on what a bundle may declare before any member is read."""

    max_entries: int = 200_000
    max_total_bytes: int = 1 << 40          # 1 TiB of payload
    max_member_bytes: int = 256 << 30
    max_ratio: int = 200                    # deflate can reach ~1030:1; real JSON stays < 50
    ratio_floor: int = 1 << 20              # small members may compress well; not a bomb
    max_name_chars: int = 512


DEFAULT_LIMITS = Limits()


def _reject_name(name: str, why: str) -> BundleRejected:
    shown = name.encode("unicode_escape").decode("ascii")[:200]
    return BundleRejected(f"The zip file contains an unsafe entry {shown!r}: {why}. It was "
                          "refused; nothing was written.")


# C0 controls and DEL. A regular expression: a loop over the characters cost ~10 us a name,
# a tenth of a second for the 3,000 names of a 1,000-item bundle, read twice per import.
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def check_member_name(name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`BundleRejected` if a zip entry name could escape or confuse the bag."""
    if not name or len(name) > limits.max_name_chars:
        raise _reject_name(name, "an empty or overlong name")
    if _CONTROL.search(name):
        raise _reject_name(name, "control characters in the name")
    if "\\" in name or ":" in name:
        raise _reject_name(name, "a backslash or colon (a Windows path or drive)")
    if name.startswith("/"):
        raise _reject_name(name, "an absolute path")
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise _reject_name(name, "a path that leaves the bundle ('..') or is malformed")


class BundleArchive:
    """An opened, pre-checked bundle: the bag's members by their path inside the bag."""

    def __init__(self, zf: zipfile.ZipFile, root: str, members: dict[str, zipfile.ZipInfo],
                 encrypted: bool, size: int) -> None:
        self._zf = zf
        self.root = root
        self.members = members
        self.encrypted = encrypted
        self.size = size

    def names(self) -> list[str]:
        return sorted(self.members)

    def file_size(self, name: str) -> int:
        return self.members[name].file_size

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """Open one member for streaming; read errors become :class:`BundleRejected`."""
        info = self.members.get(name)
        if info is None:
            raise BundleRejected(f"The bundle has no file {name!r}.")
        try:
            with self._zf.open(info) as handle:
                yield _Guarded(handle, name)  # type: ignore[misc,arg-type]
        except BundleRejected:
            raise
        except ZIP_ERRORS as exc:
            raise BundleRejected(f"The bundle file {name} cannot be read ({_why(exc)}); the "
                                 "bundle is damaged or was altered.") from exc

    def read(self, name: str, limit: int) -> bytes:
        """Read a whole (small) member; refuse one larger than ``limit``."""
        if name not in self.members:
            raise BundleRejected(f"The bundle has no file {name!r}.")
        if self.members[name].file_size > limit:
            raise BundleRejected(f"The bundle file {name} is larger than allowed "
                                 f"({limit >> 20} MiB).")
        with self.open(name) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise BundleRejected(f"The bundle file {name} is larger than it declares.")
        return data

    def sha256(self, name: str, *, cancel: CancelToken | None = None,
               on_bytes: Callable[[int], None] | None = None) -> tuple[str, int]:
        """Stream a member through SHA-256; return ``(hex digest, size)``."""
        digest = hashlib.sha256()
        size = 0
        with self.open(name) as handle:
            while True:
                if cancel is not None:
                    cancel.check()
                chunk = handle.read(READ_CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        return digest.hexdigest(), size

    def close(self) -> None:
        with contextlib.suppress(*ZIP_ERRORS):
            self._zf.close()


class _Guarded(io.RawIOBase):
    """Wraps a zip member stream so that every read error is a :class:`BundleRejected`."""

    def __init__(self, inner: BinaryIO, name: str) -> None:
        super().__init__()
        self._inner = inner
        self._name = name

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            return self._inner.read(size)
        except (BundleRejected, Cancelled):
            raise
        except ZIP_ERRORS as exc:
            raise BundleRejected(f"The bundle file {self._name} is damaged or was altered "
                                 f"({_why(exc)}).") from exc

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        memoryview(buffer)[:len(data)] = data
        return len(data)


def _why(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    return text


@contextlib.contextmanager
def open_bundle(path: Path, *, identity: BundleIdentity | None = None,
                limits: Limits = DEFAULT_LIMITS) -> Iterator[BundleArchive]:
    """Open and pre-check a bundle (plain zip, or encrypted to ``identity``).

    Raises :class:`BundleRejected` for anything unsafe or unreadable, before reading members.
    """
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise BundleRejected(f"Cannot open {path.name}: {exc.strerror or exc}.") from exc
    with raw:
        head = raw.read(8)
        raw.seek(0)
        source: BinaryIO
        if is_encrypted(head):
            if identity is None:
                raise BundleRejected("This bundle is encrypted. Unlock the workspace of the "
                                     "person it was sent to, and verify or import it there.")
            try:
                decrypted = DecryptingReader(raw, identity)
            except BundleRejected:
                raise
            except ZIP_ERRORS as exc:
                raise BundleRejected(f"The encrypted bundle cannot be read ({_why(exc)}).") \
                    from exc
            size = decrypted.size
            source = io.BufferedReader(decrypted, buffer_size=READ_CHUNK)
            encrypted = True
        elif head[:4] == b"PK\x03\x04":
            size = path.stat().st_size
            source = raw
            encrypted = False
        else:
            raise BundleRejected(f"{path.name} is not an Evidence App bundle (neither a zip "
                                 "file nor an encrypted bundle).")
        try:
            zf = zipfile.ZipFile(source, "r")
        except BundleRejected:
            raise
        except ZIP_ERRORS as exc:
            raise BundleRejected(f"{path.name} is not a readable zip file ({_why(exc)}); it may "
                                 "be truncated or damaged.") from exc
        archive = BundleArchive(zf, *_check_directory(zf, size, limits), encrypted=encrypted,
                                size=size)
        try:
            yield archive
        finally:
            archive.close()


@contextlib.contextmanager
def open_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[BundleArchive]:
    """Open and pre-check any zip (e.g. a CSV with its files); members keep their full names."""
    try:
        size = path.stat().st_size
        zf = zipfile.ZipFile(path, "r")
    except ZIP_ERRORS as exc:
        raise BundleRejected(f"{path.name} is not a readable zip file ({_why(exc)}).") from exc
    try:
        files = check_entries(zf.infolist(), size, limits)
        archive = BundleArchive(zf, "", {info.filename: info for info in files},
                                encrypted=False, size=size)
    except BaseException:
        zf.close()
        raise
    try:
        yield archive
    finally:
        archive.close()


def _check_directory(zf: zipfile.ZipFile, archive_size: int, limits: Limits
                     ) -> tuple[str, dict[str, zipfile.ZipInfo]]:
    infos = zf.infolist()
    files = check_entries(infos, archive_size, limits)
    roots = {info.filename.split("/", 1)[0] for info in infos}
    if len(roots) != 1 or any("/" not in info.filename for info in files):
        raise BundleRejected("The bundle must hold exactly one folder (the bag) and nothing "
                             "beside it; this one does not.")
    root = roots.pop()
    members = {info.filename[len(root) + 1:]: info for info in files}
    return root, members


def check_entries(infos: list[zipfile.ZipInfo], archive_size: int,
                  limits: Limits = DEFAULT_LIMITS) -> list[zipfile.ZipInfo]:
    """Check a zip's central directory (names, types, sizes, ratios, overlaps); return the
    regular files. Raises :class:`BundleRejected` naming the first unsafe entry."""
    if len(infos) > limits.max_entries:
        raise BundleRejected(f"The bundle has {len(infos)} entries, more than the "
                             f"{limits.max_entries} allowed (a zip bomb?).")
    if not infos:
        raise BundleRejected("The bundle is an empty zip file.")
    seen: set[str] = set()
    total = 0
    files: list[zipfile.ZipInfo] = []
    for info in infos:
        name = info.filename
        check_member_name(name, limits)
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise _reject_name(name, "the same name appears twice")
        seen.add(folded)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise _reject_name(name, "a symbolic link")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _reject_name(name, "a device, pipe or other special file")
        if info.flag_bits & 0x1:
            raise _reject_name(name, "a password-encrypted zip entry")
        if info.is_dir():
            if info.file_size:
                raise _reject_name(name, "a folder entry with content")
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject_name(name, "an unsupported compression method")
        if info.file_size > limits.max_member_bytes:
            raise _reject_name(name, "a file larger than allowed")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _reject_name(name, "stored sizes that disagree")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise _reject_name(name, f"a compression ratio above {limits.max_ratio}:1 "
                               "(a zip bomb?)")
        total += info.file_size
        files.append(info)
    if total > limits.max_total_bytes:
        raise BundleRejected("The bundle declares more data than allowed (a zip bomb?).")
    _check_no_overlap(files, archive_size)
    return files


def _check_no_overlap(files: list[zipfile.ZipInfo], archive_size: int) -> None:
    """Refuse entries whose data overlap (several names sharing one compressed stream)."""
    end_of_previous = 0
    for info in sorted(files, key=lambda i: i.header_offset):
        offset = info.header_offset
        if offset < end_of_previous:
            raise _reject_name(info.filename, "it overlaps another entry (a zip bomb?)")
        # Names without the UTF-8 flag are cp437: one byte per character.
        name_len = (len(info.filename.encode("utf-8", "surrogateescape"))
                    if info.flag_bits & 0x800 else len(info.filename))
        minimum = _LOCAL_HEADER + name_len + info.compress_size
        end_of_previous = offset + minimum
        if end_of_previous > archive_size:
            raise _reject_name(info.filename, "it extends past the end of the file (truncated?)")
