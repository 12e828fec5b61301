#!/usr/bin/env python3
"""Writes workbooks encrypted with a password as Excel 2010 and later encrypt one ("Encrypt with
Password": MS-OFFCRYPTO's agile encryption, AES-256, SHA-512, 100,000 spins): an OLE compound file
holding the streams EncryptionInfo (version 4.4 and its XML) and EncryptedPackage (the .xlsx in
4,096-byte segments, each AES-CBC with its own IV), with the package's HMAC (dataIntegrity).
- tests/data/xlsx/ids-password.xlsx: ids-sample.xlsx, with a part of padding so that the package
  spans three segments and regular sectors, encrypted with the password "s3cret";
- tests/data/xlsx/ids-password-altered.xlsx: the same with a byte of the package changed after it
  was encrypted, inside the padding part (CBC garbles that block and the next, both in it): the
  workbook reads the same, but the package's HMAC no longer matches;
- tests/data/xlsx/return-password-workbook.zip: a ZIP (not encrypted) holding ids-password.xlsx
  as LOG/ids-password.xlsx, as a portal packs a return;
- tests/data/xlsx/ids-password-standard.xlsx: the same workbook as Excel 2007 encrypted one
  (MS-OFFCRYPTO's standard encryption: EncryptionInfo 3.2 with a binary header, the key from
  SHA-1 and 50,000 spins, the package in AES-128-ECB, no integrity check), password "s3cret";
- tests/data/xlsx/ids-default-password.xlsx: the same with Excel's own password, "VelvetSweatshop",
  as Excel encrypts a workbook protected only against changes (and opens it without asking).
Salts and keys are fixed bytes, so that the files come out the same on every run. Both schemes were
checked against msoffcrypto-tool's vectors from a file Excel wrote (tests/tst_officedecryption).

Needs Debian's python3-cryptography. Run from the repository root:
/usr/bin/python3 tests/data/tools/make_password_workbook.py
"""
import base64
import hashlib
import hmac
import io
import struct
import zipfile

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from cfb import compound_file

PASSWORD = "s3cret"
SPIN = 100000
KEY_SALT = bytes(range(0x10, 0x20))        # keyData's: the package's segment IVs, the HMAC's
PASSWORD_SALT = bytes(range(0x40, 0x50))   # the password key encryptor's
PACKAGE_KEY = bytes(range(0x80, 0xA0))     # the intermediate key that encrypts the package
VERIFIER_INPUT = bytes(range(0xC0, 0xD0))
HMAC_KEY = bytes(range(0x00, 0x40))        # as long as a SHA-512 digest, as Excel makes it
BLOCK_VERIFIER_INPUT = bytes.fromhex("fea7d2763b4b9e79")
BLOCK_VERIFIER_VALUE = bytes.fromhex("d7aa0f6d3061344e")
BLOCK_KEY_VALUE = bytes.fromhex("146e0be7abacd0d6")
BLOCK_HMAC_KEY = bytes.fromhex("5fb2ad010cb9e1f6")
BLOCK_HMAC_VALUE = bytes.fromhex("a0677f02b22c8433")


def sha512(*parts):
    return hashlib.sha512(b"".join(parts)).digest()


def aes_cbc(key, iv, data):
    assert len(data) % 16 == 0
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def padded(data, block=16):
    return data + bytes(-len(data) % block)


def password_key(block_key):
    hashed = sha512(PASSWORD_SALT, PASSWORD.encode("utf-16-le"))
    for i in range(SPIN):
        hashed = sha512(struct.pack("<I", i), hashed)
    return sha512(hashed, block_key)[:32]


def encrypted_package(package):
    out = bytearray(struct.pack("<Q", len(package)))
    for index, at in enumerate(range(0, len(package), 4096)):
        iv = sha512(KEY_SALT, struct.pack("<I", index))[:16]
        out += aes_cbc(PACKAGE_KEY, iv, padded(package[at:at + 4096]))
    return bytes(out)


def encryption_info(stream):
    b64 = lambda data: base64.b64encode(data).decode()
    hmac_value = hmac.new(HMAC_KEY, stream, hashlib.sha512).digest()
    fields = {
        "hmac_key": aes_cbc(PACKAGE_KEY, sha512(KEY_SALT, BLOCK_HMAC_KEY)[:16], HMAC_KEY),
        "hmac_value": aes_cbc(PACKAGE_KEY, sha512(KEY_SALT, BLOCK_HMAC_VALUE)[:16], hmac_value),
        "input": aes_cbc(password_key(BLOCK_VERIFIER_INPUT), PASSWORD_SALT, VERIFIER_INPUT),
        "value": aes_cbc(password_key(BLOCK_VERIFIER_VALUE), PASSWORD_SALT, sha512(VERIFIER_INPUT)),
        "key": aes_cbc(password_key(BLOCK_KEY_VALUE), PASSWORD_SALT, PACKAGE_KEY),
    }
    params = ('saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
              'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<keyData {params} saltValue="{b64(KEY_SALT)}"/>'
           f'<dataIntegrity encryptedHmacKey="{b64(fields["hmac_key"])}" '
           f'encryptedHmacValue="{b64(fields["hmac_value"])}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="{SPIN}" {params} saltValue="{b64(PASSWORD_SALT)}" '
           f'encryptedVerifierHashInput="{b64(fields["input"])}" '
           f'encryptedVerifierHashValue="{b64(fields["value"])}" encryptedKeyValue="{b64(fields["key"])}"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    return struct.pack("<HHI", 4, 4, 0x40) + xml.encode()


def padded_workbook():
    """ids-sample.xlsx's parts, and a part of padding no relationship names (readers ignore it)."""
    out = io.BytesIO()
    with zipfile.ZipFile("tests/data/ids/ids-sample.xlsx") as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        padding = zipfile.ZipInfo("docProps/padding.bin", date_time=(2016, 9, 22, 0, 0, 0))
        target.writestr(padding, bytes(range(256)) * 40)  # stored: the package past 8 KB
    return out.getvalue()


workbook = padded_workbook()
package = encrypted_package(workbook)
with zipfile.ZipFile(io.BytesIO(workbook)) as z:
    part = z.getinfo("docProps/padding.bin")
    inside = part.header_offset + 30 + len(part.filename) + len(part.extra) + 4096  # well inside its data
altered = 8 + inside // 16 * 16 + 3  # the 8-byte size first; a segment's ciphertext as long as its text
for path, stream in [("tests/data/xlsx/ids-password.xlsx", package),
                     ("tests/data/xlsx/ids-password-altered.xlsx",
                      package[:altered] + bytes([package[altered] ^ 0xFF]) + package[altered + 1:])]:
    # The HMAC is of the stream as written: the altered file keeps the original's.
    with open(path, "wb") as out:
        out.write(compound_file([("EncryptionInfo", encryption_info(package)), ("EncryptedPackage", stream)]))

with open("tests/data/xlsx/ids-password.xlsx", "rb") as workbook_file, \
        zipfile.ZipFile("tests/data/xlsx/return-password-workbook.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("LOG/ids-password.xlsx", date_time=(2016, 9, 22, 0, 0, 0)), workbook_file.read())


STANDARD_SALT = bytes(range(0x60, 0x70))
STANDARD_VERIFIER = bytes(range(0xE0, 0xF0))


def sha1(*parts):
    return hashlib.sha1(b"".join(parts)).digest()


def aes_ecb(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def standard_key():
    hashed = sha1(STANDARD_SALT, PASSWORD.encode("utf-16-le"))
    for i in range(50000):
        hashed = sha1(struct.pack("<I", i), hashed)
    hashed = sha1(hashed, struct.pack("<I", 0))
    inner = bytes(b ^ 0x36 for b in hashed) + b"\x36" * (64 - len(hashed))
    outer = bytes(b ^ 0x5C for b in hashed) + b"\x5C" * (64 - len(hashed))
    return (sha1(inner) + sha1(outer))[:16]


def standard_info(key):
    csp = "Microsoft Enhanced RSA and AES Cryptographic Provider\0".encode("utf-16-le")
    header = struct.pack("<8I", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    verifier = (struct.pack("<I", 16) + STANDARD_SALT + aes_ecb(key, STANDARD_VERIFIER) + struct.pack("<I", 20)
                + aes_ecb(key, padded(sha1(STANDARD_VERIFIER))))
    return struct.pack("<HHII", 3, 2, 0x24, len(header)) + header + verifier


key = standard_key()
with open("tests/data/xlsx/ids-password-standard.xlsx", "wb") as out:
    out.write(compound_file([("EncryptionInfo", standard_info(key)),
                             ("EncryptedPackage", struct.pack("<Q", len(workbook)) + aes_ecb(key, padded(workbook)))]))

PASSWORD = "VelvetSweatshop"
key = standard_key()
with open("tests/data/xlsx/ids-default-password.xlsx", "wb") as out:
    out.write(compound_file([("EncryptionInfo", standard_info(key)),
                             ("EncryptedPackage", struct.pack("<Q", len(workbook)) + aes_ecb(key, padded(workbook)))]))
