"""A compound file (MS-CFB, version 3, 512-byte sectors) holding streams in its root storage, as
Office writes them: a stream under 4,096 bytes in the mini stream (64-byte sectors, found through
the mini sector table), a larger one in sectors of its own. Enough for the fixtures that need one
(an encrypted workbook's EncryptionInfo and EncryptedPackage); no storages, at most 109 FAT
sectors."""
import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _sectors(size, unit):
    return -(-size // unit)


def _entry(name, kind, left, right, child, start, size):
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", left, right, child) + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))


def regular_stream(data, name):
    """The stream @p name of a compound file @p data whose directory and FAT each take one
    sector and whose stream stands in regular sectors (as xlwt writes a workbook: padded past
    the mini stream's cutoff)."""
    sector = lambda n: data[SECTOR * (n + 1):SECTOR * (n + 2)]
    fat = struct.unpack("<128I", sector(struct.unpack_from("<I", data, 0x4C)[0]))
    directory = sector(struct.unpack_from("<I", data, 0x30)[0])
    for at in range(0, SECTOR, 128):
        entry = directory[at:at + 128]
        if entry[:struct.unpack_from("<H", entry, 64)[0] - 2].decode("utf-16-le") == name:
            start, size = struct.unpack_from("<II", entry, 116)
            stream, n = b"", start
            while n != END:
                stream += sector(n)
                n = fat[n]
            return stream[:size]
    raise SystemExit(f"no {name} stream")


def compound_file(streams):
    """The file's bytes; @p streams: (name, bytes) pairs, in the order of the directory's tree
    (siblings ordered by name length, then name, the shorter first)."""
    small = [(n, d) for n, d in streams if len(d) < CUTOFF]
    mini_stream, mini_starts = b"", {}
    for name, data in small:
        mini_starts[name] = len(mini_stream) // MINI
        mini_stream += data.ljust(_sectors(len(data), MINI) * MINI, b"\0")
    mini_fat = []
    for name, data in small:
        count = _sectors(len(data), MINI)
        start = mini_starts[name]
        mini_fat += [start + i + 1 for i in range(count - 1)] + [END]
    directory_sectors = _sectors(128 * (len(streams) + 1), SECTOR)
    mini_fat_sectors = _sectors(4 * len(mini_fat), SECTOR) if mini_fat else 0
    mini_stream_sectors = _sectors(len(mini_stream), SECTOR)
    big = [(n, d) for n, d in streams if len(d) >= CUTOFF]
    body = directory_sectors + mini_fat_sectors + mini_stream_sectors + sum(_sectors(len(d), SECTOR) for _, d in big)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + body:
        fat_sectors += 1
    assert fat_sectors <= 109
    fat = [FATSECT] * fat_sectors
    next_sector = fat_sectors

    def chain(count):
        nonlocal next_sector
        start = next_sector
        fat.extend([start + i + 1 for i in range(count - 1)] + [END])
        next_sector += count
        return start

    directory_start = chain(directory_sectors)
    mini_fat_start = chain(mini_fat_sectors) if mini_fat_sectors else END
    mini_stream_start = chain(mini_stream_sectors) if mini_stream_sectors else END
    starts = {name: chain(_sectors(len(data), SECTOR)) for name, data in big}
    starts.update(mini_starts)
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))

    entries = [_entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1, mini_stream_start, len(mini_stream))]
    for i, (name, data) in enumerate(streams):
        right = i + 2 if i + 1 < len(streams) else NOSTREAM  # each the next one's left sibling
        entries.append(_entry(name, 2, NOSTREAM, right, NOSTREAM, starts[name], len(data)))
    directory = b"".join(entries).ljust(directory_sectors * SECTOR, b"\0")
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, fat_sectors, directory_start, 0, CUTOFF, mini_fat_start,
                                       mini_fat_sectors, END, 0)
              + struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors))))
    out = header + struct.pack("<%dI" % len(fat), *fat) + directory
    out += struct.pack("<%dI" % len(mini_fat), *mini_fat).ljust(mini_fat_sectors * SECTOR, b"\xFF") if mini_fat else b""
    out += mini_stream.ljust(mini_stream_sectors * SECTOR, b"\0")
    for name, data in big:
        out += data.ljust(_sectors(len(data), SECTOR) * SECTOR, b"\0")
    return out
