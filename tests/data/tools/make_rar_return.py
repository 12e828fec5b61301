#!/usr/bin/env python3
"""Writes a carrier's return as RAR archives, written by hand from the formats' technical notes,
since no RAR writer is free software: LOG/calls.csv and a README, stored, not compressed.
- tests/data/carrier/cdr-return.rar: RAR 4 (WinRAR before 5.0, and still its "RAR4" option);
- tests/data/carrier/cdr-return-rar5.rar: RAR 5 (WinRAR's default since 5.0).
libarchive reads both as WinRAR's own.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_rar_return.py
"""
import struct
import zlib

CALLS = (b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
         b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
         b"2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n")
DOS_TIME = (36 << 25) | (9 << 21) | (22 << 16)  # 2016-09-22 00:00:00


def block(kind, flags, body):
    """A block: its header's CRC-32 (low 16 bits) over type, flags, size and body."""
    rest = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(rest) & 0xFFFF) + rest


def stored_file(name, data):
    """A file header (0x74) with its data after it (LONG_BLOCK: the data's size in the header),
    for a Unix host, method 0x30 (store), version 2.0 to extract."""
    encoded = name.encode("utf-8")
    body = (struct.pack("<IIBIIBBHI", len(data), len(data), 3, zlib.crc32(data), DOS_TIME, 20, 0x30, len(encoded),
                        0o100644) + encoded)
    return block(0x74, 0x8000, body) + data


archive = (b"Rar!\x1a\x07\x00" + block(0x73, 0, struct.pack("<HI", 0, 0))
           + stored_file("LOG/calls.csv", CALLS) + stored_file("README.md", b"Produced for case 16-0042.\n")
           + block(0x7B, 0x4000, b""))
with open("tests/data/carrier/cdr-return.rar", "wb") as out:
    out.write(archive)


def vint(value):
    """RAR 5's variable-length integer: 7 bits a byte, low first, the high bit saying more follow."""
    out = bytearray()
    while True:
        out.append((value & 0x7F) | (0x80 if value > 0x7F else 0))
        value >>= 7
        if not value:
            return bytes(out)


def block5(kind, flags, fields, data=b""):
    """A RAR 5 header: CRC-32 over its size and what follows, size, type, flags (0x0002: a data
    area, its size then), the type's fields; then the data area."""
    head = vint(kind) + vint(flags | (0x0002 if data else 0)) + (vint(len(data)) if data else b"") + fields
    sized = vint(len(head)) + head
    return struct.pack("<I", zlib.crc32(sized)) + sized + data


def stored_file5(name, data):
    """A file header (type 2) with mtime and CRC-32 (file flags 0x0002, 0x0004), compression
    information 0 (version 0, store), host Unix, its data after it."""
    encoded = name.encode("utf-8")
    fields = (vint(0x0006) + vint(len(data)) + vint(0o100644) + struct.pack("<II", 1474502400, zlib.crc32(data))
              + vint(0) + vint(1) + vint(len(encoded)) + encoded)
    return block5(2, 0, fields, data)


rar5 = (b"Rar!\x1a\x07\x01\x00" + block5(1, 0, vint(0))
        + stored_file5("LOG/calls.csv", CALLS) + stored_file5("README.md", b"Produced for case 16-0042.\n")
        + block5(5, 0, vint(0)))
with open("tests/data/carrier/cdr-return-rar5.rar", "wb") as out:
    out.write(rar5)
