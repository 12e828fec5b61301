#!/usr/bin/env python3
"""Writes the carrier workbook of tests/data/carrier/cdr-sheets.xls (three worksheets) encrypted
with the password "s3cret" as Excel encrypts an .xls ("Password to open"): a FILEPASS record
after the workbook's first BOF, the worksheets' stream positions (BOUNDSHEET) moved past it, and
every record's data but those MS-XLS 2.2.10 leaves plain (BOF, FILEPASS, INTERFACEHDR, …, and a
BOUNDSHEET's position) in RC4 keyed per 1,024-byte block of the stream:
- tests/data/carrier/cdr-sheets-password.xls: RC4 CryptoAPI (Excel 2002 and later: SHA-1, a key
  of 128 bits);
- tests/data/carrier/cdr-sheets-password-rc4.xls: RC4 as Excel 97 and 2000 encrypt (MD5, a key
  of 40 bits);
- tests/data/carrier/cdr-sheets-default-password.xls: RC4 CryptoAPI with Excel's own password,
  "VelvetSweatshop", as Excel encrypts a workbook protected only against changes (and opens it
  without asking for a password);
- tests/data/carrier/cdr-sheets-obfuscated.xls: a FILEPASS of Excel 95's XOR obfuscation (its key
  and verifier only: the records are left as they are), which LookupLens does not undo and names.
Salts and verifiers are fixed bytes, so that the files come out the same on every run. Where
Debian's python3-msoffcrypto-tool is installed, each file is decrypted with it and compared with
the workbook encrypted: a reader written apart from this one, and tested against files Excel
wrote, must read it as this generator meant it.

Needs Debian's python3-cryptography. Run from the repository root, after make_xls.py:
/usr/bin/python3 tests/data/tools/make_password_xls.py
"""
import hashlib
import io
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

from cfb import compound_file, regular_stream

PASSWORD = "s3cret"
SALT = bytes(range(0x20, 0x30))
VERIFIER = bytes(range(0xA0, 0xB0))
BOF, FILEPASS, BOUNDSHEET, EOF = 0x0809, 0x002F, 0x0085, 0x000A
LEFT_PLAIN = {BOF, FILEPASS, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138}


def rc4(key, data):
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return encryptor.update(data)


def cryptoapi_key(block):
    hashed = hashlib.sha1(hashlib.sha1(SALT + PASSWORD.encode("utf-16-le")).digest() + struct.pack("<I", block)).digest()
    return hashed[:16]


def rc4_key(block):
    truncated = hashlib.md5(PASSWORD.encode("utf-16-le")).digest()[:5]
    intermediate = hashlib.md5((truncated + SALT) * 16).digest()[:5]
    return hashlib.md5(intermediate + struct.pack("<I", block)).digest()


def cryptoapi_filepass():
    csp = "Microsoft Enhanced Cryptographic Provider v1.0\0".encode("utf-16-le")
    header = struct.pack("<8I", 0x04, 0, 0x6801, 0x8004, 128, 1, 0, 0) + csp
    hashed = rc4(cryptoapi_key(0), VERIFIER + hashlib.sha1(VERIFIER).digest())
    return (struct.pack("<HHHII", 1, 2, 2, 0x04, len(header)) + header + struct.pack("<I", 16) + SALT + hashed[:16]
            + struct.pack("<I", 20) + hashed[16:])


def rc4_filepass():
    hashed = rc4(rc4_key(0), VERIFIER + hashlib.md5(VERIFIER).digest())
    return struct.pack("<HHH", 1, 1, 1) + SALT + hashed


def records_of(stream):
    """The records up to the last EOF (xlwt pads the stream with zeros after it)."""
    records, at, end = [], 0, 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        records.append((kind, stream[at + 4:at + 4 + size]))
        at += 4 + size
        if kind == EOF:
            end = len(records)
    return records[:end]


def with_filepass(records, filepass):
    """The stream with FILEPASS after the first BOF, the worksheets' positions moved past it."""
    moved = 4 + len(filepass)
    out = []
    for i, (kind, data) in enumerate(records):
        if kind == BOUNDSHEET:
            data = struct.pack("<I", struct.unpack_from("<I", data)[0] + moved) + data[4:]
        out.append((kind, data))
        if i == 0:
            out.append((FILEPASS, filepass))
    return out


def encrypted(records, key):
    stream = b"".join(struct.pack("<HH", kind, len(data)) + data for kind, data in records)
    keystream = b"".join(rc4(key(block), bytes(1024)) for block in range(len(stream) // 1024 + 1))
    out, at = bytearray(stream), 0
    for kind, data in records:
        start = at + 4 + (4 if kind == BOUNDSHEET else 0)
        if kind not in LEFT_PLAIN:
            for i in range(start, at + 4 + len(data)):
                out[i] ^= keystream[i]
        at += 4 + len(data)
    return bytes(out), stream


def check_with_msoffcrypto(path, plain):
    try:
        import msoffcrypto
    except ImportError:
        print("python3-msoffcrypto-tool is not installed: %s not checked" % path)
        return
    office = msoffcrypto.OfficeFile(open(path, "rb"))
    office.load_key(password=PASSWORD)
    out = io.BytesIO()
    office.decrypt(out)
    decrypted = regular_stream(out.getvalue(), "Workbook")
    at = 4 + struct.unpack_from("<H", plain, 2)[0]  # FILEPASS, blanked by msoffcrypto as by LookupLens
    size = struct.unpack_from("<H", plain, at + 2)[0]
    expected = plain[:at] + b"\0\0" + plain[at + 2:at + 4] + bytes(size) + plain[at + 4 + size:]
    assert decrypted[:len(expected)] == expected, path
    print("%s: msoffcrypto-tool decrypts it to the workbook encrypted" % path)


records = records_of(regular_stream(open("tests/data/carrier/cdr-sheets.xls", "rb").read(), "Workbook"))
for path, PASSWORD, filepass, key in [
        ("tests/data/carrier/cdr-sheets-password.xls", "s3cret", cryptoapi_filepass, cryptoapi_key),
        ("tests/data/carrier/cdr-sheets-password-rc4.xls", "s3cret", rc4_filepass, rc4_key),
        ("tests/data/carrier/cdr-sheets-default-password.xls", "VelvetSweatshop", cryptoapi_filepass, cryptoapi_key)]:
    stream, plain = encrypted(with_filepass(records, filepass()), key)
    # Padded as xlwt pads it, with empty records of no type, to the mini stream's 4,096 bytes.
    padding = max(0, (4096 - len(stream) + 3) // 4 * 4)
    with open(path, "wb") as out:
        out.write(compound_file([("Workbook", stream + bytes(padding))]))
    check_with_msoffcrypto(path, plain)

with open("tests/data/carrier/cdr-sheets-obfuscated.xls", "wb") as out:
    stream = b"".join(struct.pack("<HH", kind, len(data)) + data
                      for kind, data in with_filepass(records, struct.pack("<HHH", 0, 0x1234, 0x5678)))
    out.write(compound_file([("Workbook", stream + bytes(max(0, (4096 - len(stream) + 3) // 4 * 4)))]))
