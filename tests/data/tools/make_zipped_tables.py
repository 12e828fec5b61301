#!/usr/bin/env python3
"""ZIPs of a return's tables (written for this project), as a portal's download comes.

carrier/cdr-return.zip       LOG/cdr-date-time.csv and LOG/cdr-spool.txt (this folder's own
                             fixtures, byte for byte), a cover letter (a PDF of text, no
                             table), a Mac's "._" file.
carrier/evil-tables.zip      a table whose name climbs out of its folder; a good table beside it.
carrier/evil-tables-bomb.zip a bomb: 80 MiB of one byte squeezed a thousandfold; a good table.
carrier/cdr-return-monthly.zip
                             a portal's download of monthly ZIPs: 2016-09.zip (LOG/cdr-date-time.csv
                             and a ZIP inside it, one level too deep), 2016-10.zip (cdr-spool.txt),
                             an index page's notes (a damaged PDF).
carrier/evil-tables-nested.zip
                             a good table, and a monthly ZIP holding the bomb above.
"""
import io
import pathlib
import zipfile

from make_pdf_returns import letter

HERE = pathlib.Path(__file__).resolve().parent.parent
CARRIER = HERE / "carrier"
STAMP = (2016, 9, 30, 12, 0, 0)


def entry(z, name, data):
    z.writestr(zipfile.ZipInfo(name, STAMP), data, compress_type=zipfile.ZIP_DEFLATED)


with zipfile.ZipFile(CARRIER / "cdr-return.zip", "w") as z:
    entry(z, "LOG/cdr-date-time.csv", (CARRIER / "cdr-date-time.csv").read_bytes())
    entry(z, "LOG/cdr-spool.txt", (CARRIER / "cdr-spool.txt").read_bytes())
    entry(z, "cover letter.pdf", letter())
    entry(z, "__MACOSX/LOG/._cdr-spool.txt", b"\x00\x05\x16\x07")

with zipfile.ZipFile(CARRIER / "evil-tables.zip", "w") as z:
    entry(z, "../escaped.csv", (CARRIER / "cdr-date-time.csv").read_bytes())
    entry(z, "LOG/cdr-date-time.csv", (CARRIER / "cdr-date-time.csv").read_bytes())

with zipfile.ZipFile(CARRIER / "evil-tables-bomb.zip", "w") as z:
    entry(z, "LOG/cdr-date-time.csv", (CARRIER / "cdr-date-time.csv").read_bytes())
    entry(z, "LOG/bomb.csv", b"0" * (80 * 1024 * 1024))


def zipped(entries):
    """The bytes of a ZIP of (name, data) entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            entry(z, name, data)
    return out.getvalue()


with zipfile.ZipFile(CARRIER / "cdr-return-monthly.zip", "w") as z:
    entry(z, "2016-09.zip", zipped([("LOG/cdr-date-time.csv", (CARRIER / "cdr-date-time.csv").read_bytes()),
                                    ("older.zip", zipped([("calls.csv", b"Date,Time\n")]))]))
    entry(z, "2016-10.zip", zipped([("cdr-spool.txt", (CARRIER / "cdr-spool.txt").read_bytes())]))
    entry(z, "notes.pdf", b"%PDF-1.4\n% not a table\n")

with zipfile.ZipFile(CARRIER / "evil-tables-nested.zip", "w") as z:
    entry(z, "LOG/cdr-date-time.csv", (CARRIER / "cdr-date-time.csv").read_bytes())
    entry(z, "2016-09.zip", zipped([("LOG/bomb.csv", b"0" * (80 * 1024 * 1024))]))
