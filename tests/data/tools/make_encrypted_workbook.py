#!/usr/bin/env python3
"""Writes tests/data/xlsx/encrypted.xlsx: a workbook as Excel 2007 and later save one "encrypted
with a password": no ZIP, but an OLE compound file holding the streams "EncryptionInfo" and
"EncryptedPackage" (MS-OFFCRYPTO), and no "Workbook" stream. The streams hold deterministic
filler, not real ciphertext: only the container's shape matters to the reader.
And tests/data/xlsx/word-document.doc: the same container with other streams ("WordDocument"),
an Office file that holds no workbook and is not encrypted.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_encrypted_workbook.py
"""
import random
import struct

SECTOR = 512
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def header(fat_sectors, first_directory):
    difat = [0] + [FREE] * 108
    return (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16)
            + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
            + struct.pack("<IIIIIIIII", 0, fat_sectors, first_directory, 0, 4096, END, 0, END, 0)
            + struct.pack("<109I", *difat))


def entry(name, kind, left, right, child, start, size):
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", left, right, child) + bytes(16) + bytes(4) + bytes(16)
            + struct.pack("<IQ", start, size))


def compound_file(path, first, second):
    rnd = random.Random(2007)
    info = bytes(rnd.randrange(256) for _ in range(4096))      # sectors 2-9
    package = bytes(rnd.randrange(256) for _ in range(8192))   # sectors 10-25
    fat = [FATSECT, END] + list(range(3, 10)) + [END] + list(range(11, 26)) + [END]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    directory = (entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1, END, 0)
                 + entry(first, 2, NOSTREAM, 2, NOSTREAM, 2, len(info))
                 + entry(second, 2, NOSTREAM, NOSTREAM, NOSTREAM, 10, len(package))
                 + entry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))
    with open(path, "wb") as out:
        out.write(header(1, 1) + struct.pack("<128I", *fat) + directory + info + package)


# Siblings in the directory's tree are ordered by name length, then name: the shorter first.
compound_file("tests/data/xlsx/encrypted.xlsx", "EncryptionInfo", "EncryptedPackage")
compound_file("tests/data/xlsx/word-document.doc", "1Table", "WordDocument")
