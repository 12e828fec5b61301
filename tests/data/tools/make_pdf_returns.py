#!/usr/bin/env python3
"""Writes the carrier returns printed as PDF that the tests read (tests/data/carrier/*.pdf), and
the cover letter make_zipped_tables.py puts beside the tables of a return's ZIP.

A carrier's compliance portal often sends call records as a PDF report: a letterhead and page
number on every page, the subscriber and date range above the table, the table's headings
repeated on each page, each field drawn at its column's place in a proportional font (dates
and numbers left-aligned, durations right-aligned), and no ruled lines in the text. The PDF is
written by hand (no library): text objects in Helvetica, one of the fonts every PDF reader has,
so nothing is embedded.

Also: the same records as CSV (cdr-sided-pdf-records.csv), a scan (pages with no text), the
report cut short, a cover letter (text, no table), and, where qpdf is installed, the report
locked by a password and one restricted by an owner's password only.

    python3 tests/data/tools/make_pdf_returns.py tests/data/carrier
"""
import os
import shutil
import subprocess
import sys
import zlib

# Helvetica's widths (1/1000 of the size) of what a right-aligned duration holds.
HELVETICA_WIDTHS = {**{d: 556 for d in "0123456789"}, ":": 278}

HEADINGS = ["Date", "Time", "Direction", "Other Party", "Type", "Duration"]
COLUMN_X = [50, 125, 185, 260, 360, 420]  # where each column's text begins
DURATION_RIGHT = 470  # durations end here

# (date, time, direction, other party, type, duration): the 12 calls and messages of the return.
RECORDS = [
    ("09/12/2016", "14:03:07", "Outgoing", "(202) 555-0143", "Voice", "0:01:05"),
    ("09/13/2016", "10:00:00", "Incoming", "(312) 555-0147", "SMS", ""),
    ("09/13/2016", "11:30:12", "Incoming", "(312) 555-0147", "Voice", "0:12:40"),
    ("09/14/2016", "08:15:00", "Outgoing", "(202) 555-0188", "SMS", ""),
    ("09/14/2016", "21:47:33", "Outgoing", "(202) 555-0143", "Voice", "1:02:09"),
    ("09/15/2016", "07:02:51", "Incoming", "(646) 555-0123", "Voice", "0:00:31"),
    ("09/16/2016", "12:00:00", "Outgoing", "(646) 555-0123", "SMS", ""),
    ("09/17/2016", "19:20:05", "Incoming", "(202) 555-0143", "Voice", "0:04:18"),
    ("09/18/2016", "09:09:09", "Outgoing", "(312) 555-0147", "Voice", "0:00:07"),
    ("09/20/2016", "16:45:00", "Incoming", "(202) 555-0188", "SMS", ""),
    ("09/22/2016", "23:59:59", "Outgoing", "(646) 555-0123", "Voice", "0:20:00"),
    ("09/30/2016", "06:30:00", "Incoming", "(202) 555-0143", "Voice", "0:02:02"),
]
PAGES = [RECORDS[0:5], RECORDS[5:10], RECORDS[10:]]


def text_width(text, size):
    return sum(HELVETICA_WIDTHS[c] for c in text) * size / 1000.0


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def show(x, y, text, font="F1", size=9):
    return f"BT /{font} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({escape(text)}) Tj ET\n"


def letterhead(x, number, pages):
    """The carrier's name, and under it the page's number."""
    return (show(x, 800, "Example Wireless - Law Enforcement Relations", "F2", 11)
            + show(x, 786, f"Page {number} of {pages}", "F1", 8))


def page_content(number, records):
    out = show(50, 800, "Example Wireless - Law Enforcement Relations", "F2", 11)
    out += show(480, 800, f"Page {number} of {len(PAGES)}")
    y = 770
    if number == 1:
        out += show(50, y, "Call Detail Records", "F2", 13)
        out += show(50, y - 20, "Target Number: (202) 555-0100")
        out += show(50, y - 34, "Date Range: 09/01/2016 - 09/30/2016")
        y -= 64
    for x, heading in zip(COLUMN_X, HEADINGS):
        out += show(x, y, heading, "F2")
    for record in records:
        y -= 14
        for x, value in zip(COLUMN_X[:-1], record[:-1]):
            out += show(x, y, value)
        if record[-1]:
            out += show(DURATION_RIGHT - text_width(record[-1], 9), y, record[-1])
    out += show(50, 40, "CONFIDENTIAL - produced in response to legal process", "F1", 7)
    return out


# A report with a Cell Site column whose longer names the report writer wraps within it.
SITE_HEADINGS = ["Conn. Date", "Conn. Time", "Originating Number", "Terminating Number", "Duration", "Call Type", "Cell Site"]
SITE_X = [40, 95, 145, 235, 325, 370, 420]
SITE_RECORDS = [
    ("09/12/2016", "14:03:07", "2025550100", "2025550143", "65", "Voice", ["DC-0412 1200 K St NW,", "Washington DC"]),
    ("09/12/2016", "15:10:00", "2025550143", "2025550100", "0", "SMS", ["DC-0413"]),
    ("09/13/2016", "08:00:30", "2025550100", "3125550147", "312", "Voice",
     ["VA-0077 Crystal City Tower,", "2200 Crystal Dr, Arlington", "VA 22202"]),
    ("09/13/2016", "09:45:12", "3125550147", "2025550100", "44", "Voice", ["DC-0412 1200 K St NW,", "Washington DC"]),
    ("09/14/2016", "22:01:09", "2025550100", "2025550188", "0", "SMS", ["MD-0190"]),
]


def cell_site_pages(centred=False):
    """The pages of the cell-site report; @p centred, each record's one-line values centred
    beside its wrapped Cell Site (the site's first lines above the record's line, as many below)."""
    pages = []
    for number, records in enumerate([SITE_RECORDS[:3], SITE_RECORDS[3:]], start=1):
        out = letterhead(40, number, 2)
        y = 750
        for x, heading in zip(SITE_X, SITE_HEADINGS):
            out += show(x, y, heading, "F2", 8)
        for record in records:
            y -= 14
            level = y - 10 * (len(record[-1]) - 1) / 2 if centred else y
            for x, value in zip(SITE_X, record[:-1]):
                out += show(x, level, value, "F1", 8)
            for i, line in enumerate(record[-1]):
                out += show(SITE_X[-1], y - 10 * i, line, "F1", 8)
            y -= 10 * (len(record[-1]) - 1)
        out += show(40, 40, "CONFIDENTIAL - produced in response to legal process", "F1", 7)
        pages.append(out)
    return pages


# A report whose narrow columns have their headings on two lines ("Originating" over "Number").
TWO_LINE_HEADINGS = [("Conn.", "Date"), ("Conn.", "Time"), ("Originating", "Number"), ("Terminating", "Number"),
                     ("Elapsed", "Time"), ("Call", "Type")]
TWO_LINE_X = [40, 100, 150, 220, 290, 340]
TWO_LINE_RECORDS = [
    ("09/12/2016", "14:03:07", "2025550100", "2025550143", "0:01:05", "Voice"),
    ("09/12/2016", "15:10:00", "2025550143", "2025550100", "0:00:00", "SMS"),
    ("09/13/2016", "08:00:30", "2025550100", "3125550147", "0:05:12", "Voice"),
    ("09/13/2016", "09:45:12", "3125550147", "2025550100", "0:00:44", "Voice"),
    ("09/14/2016", "22:01:09", "2025550100", "2025550188", "0:00:00", "SMS"),
]


def two_line_heading_pages():
    pages = []
    for number, records in enumerate([TWO_LINE_RECORDS[:3], TWO_LINE_RECORDS[3:]], start=1):
        out = letterhead(40, number, 2)
        y = 750
        if number == 1:
            out += show(40, y, "Call Detail Records for (202) 555-0100", "F2", 10)
            y -= 30
        for x, (upper, lower) in zip(TWO_LINE_X, TWO_LINE_HEADINGS):
            out += show(x, y, upper, "F2", 8) + show(x, y - 10, lower, "F2", 8)
        y -= 10
        for record in records:
            y -= 14
            for x, value in zip(TWO_LINE_X, record):
                out += show(x, y, value, "F1", 8)
        out += show(40, 40, "CONFIDENTIAL - produced in response to legal process", "F1", 7)
        pages.append(out)
    return pages


# A report in sections, each its own table: calls, then text messages (the same format, other
# columns), then the subscriber's details (no format's).
SECTIONS = [
    ("Voice Calls", [("Conn. Date", 40), ("Conn. Time", 110), ("Originating Number", 170), ("Terminating Number", 270),
                     ("Duration", 370), ("Call Type", 420)],
     [("09/12/2016", "14:03:07", "2025550100", "2025550143", "65", "Voice"),
      ("09/13/2016", "08:00:30", "2025550100", "3125550147", "312", "Voice"),
      ("09/13/2016", "09:45:12", "3125550147", "2025550100", "44", "Voice")]),
    ("Text Messages", [("Date", 40), ("Time", 95), ("Calling Number", 140), ("Called Number", 220), ("Type", 300)],
     [("09/12/2016", "15:10:00", "2025550143", "2025550100", "SMS"),
      ("09/14/2016", "22:01:09", "2025550100", "2025550188", "SMS")]),
    ("Subscriber Details", [("Account Number", 40), ("Subscriber Name", 170), ("Activated", 300), ("Plan", 400)],
     [("880012345", "J. Doe", "01/02/2015", "Prepaid")]),
]


def sections_page():
    out = show(40, 800, "Example Wireless - Law Enforcement Relations", "F2", 11)
    out += show(40, 780, "Records for (202) 555-0100", "F1", 9)
    y = 740
    for title, columns, records in SECTIONS:
        out += show(40, y, title, "F2", 10)
        y -= 24
        for heading, x in columns:
            out += show(x, y, heading, "F2", 8)
        for record in records:
            y -= 13
            for (_, x), value in zip(columns, record):
                out += show(x, y, value, "F1", 8)
        y -= 40
    return out


def unknown_export_page():
    """A provider's export under headings no built-in format knows: read through a mapping."""
    out = show(50, 800, "Some Provider - Export", "F2", 11)
    y = 760
    columns = [("When", 50), ("From", 170), ("To", 270), ("Kind", 370)]
    for heading, x in columns:
        out += show(x, y, heading, "F2")
    for record in [("2016-09-12 14:03:07", "2025550100", "2025550143", "call"),
                   ("2016-09-12 15:00:00", "2025550143", "2025550100", "sms"),
                   ("2016-09-13 09:00:00", "2025550100", "3125550147", "call")]:
        y -= 14
        for (_, x), value in zip(columns, record):
            out += show(x, y, value)
    return out


# Headings centred over their columns (values wider than "Date", "Time", "Type" begin before
# them); the second page's table drawn 10 pt further right.
CENTRED_COLUMNS = [("Date", 50, 60), ("Time", 120, 50), ("Calling Number", 180, 70), ("Called Number", 260, 70),
                   ("Type", 340, 40), ("Duration", 390, 45)]
CENTRED_RECORDS = [
    ("09/12/2016", "14:03:07", "2025550100", "2025550143", "Voice", "65"),
    ("09/12/2016", "15:00:00", "2025550143", "2025550100", "SMS", "0"),
    ("09/13/2016", "09:00:00", "2025550100", "3125550147", "Voice", "125"),
    ("09/13/2016", "10:00:00", "3125550147", "2025550100", "Voice", "5"),
    ("09/14/2016", "11:11:11", "2025550100", "2025550188", "Voice", "30"),
]


def centred_pages():
    pages = []
    for number, (records, shift) in enumerate([(CENTRED_RECORDS[:3], 0), (CENTRED_RECORDS[3:], 10)], start=1):
        out = letterhead(50, number, 2)
        y = 750
        for heading, x, width in CENTRED_COLUMNS:
            # Helvetica-Bold's letters are about half the size wide: near enough to centre.
            out += show(shift + x + (width - len(heading) * 4.5) / 2, y, heading, "F2")
        for record in records:
            y -= 14
            for (_, x, _), value in zip(CENTRED_COLUMNS, record):
                out += show(shift + x, y, value)
        pages.append(out)
    return pages


def letter():
    """A provider's cover letter: text, but no table."""
    lines = ["Example Wireless - Law Enforcement Relations", "September 30, 2016", "",
             "Re: Subpoena 2016-1234, records of (202) 555-0100",
             "Enclosed are the call detail records responsive to the legal process above.",
             "Times are in UTC. Please direct questions to the compliance desk."]
    return pdf(["".join(show(50, 780 - 16 * i, line) for i, line in enumerate(lines) if line)])


def pdf(contents, compress=True, info=None):
    """A PDF of one page per content stream, A4, with Helvetica (F1) and Helvetica-Bold (F2);
    @p info the document information's entries (Producer, CreationDate, …), if any."""
    objects = []
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(contents)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(contents)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, content in enumerate(contents):
        data = content.encode("cp1252")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        if compress:
            data = zlib.compress(data)
            objects.append(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream")
        else:
            objects.append(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    if info:
        objects.append(("<< " + " ".join(f"/{k} ({escape(v)})" for k, v in info.items()) + " >>").encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    info_ref = f" /Info {len(objects)} 0 R" if info else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main(directory):
    def write(name, data):
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)

    pages = [page_content(n, records) for n, records in enumerate(PAGES, start=1)]
    write("cdr-sided.pdf", pdf(pages, info={"Producer": "Example Compliance Reports 4.2",
                                            "CreationDate": "D:20161001120000Z"}))
    # The same records as the CSV a portal would give: the PDF must read as the same events.
    rows = ["Call Detail Records", "Target Number:,(202) 555-0100", "Date Range:,09/01/2016 - 09/30/2016",
            ",".join(HEADINGS)] + [",".join(record) for record in RECORDS]
    write("cdr-sided-pdf-records.csv", ("\n".join(rows) + "\n").encode())
    write("letter.pdf", letter())
    write("cdr-cell-sites.pdf", pdf(cell_site_pages()))
    write("cdr-cell-sites-centred.pdf", pdf(cell_site_pages(centred=True)))
    write("cdr-two-line-headings.pdf", pdf(two_line_heading_pages()))
    write("cdr-sections.pdf", pdf([sections_page()]))
    write("unknown-export.pdf", pdf([unknown_export_page()]))
    write("cdr-centred-headings.pdf", pdf(centred_pages()))
    # A scan: pages with no text at all (a drawn box stands for the image).
    write("cdr-scanned.pdf", pdf(["0.5 g 50 50 495 742 re f\n"] * 2))
    # Encrypted by qpdf (not needed to build or test; the files are kept): one that needs a
    # password to be opened, and one that opens without (an owner password restricting
    # printing and copying only, as providers set it). qpdf's encryption is salted, so they are
    # made only where missing (delete them to make them again).
    if shutil.which("qpdf"):
        sided = os.path.join(directory, "cdr-sided.pdf")
        # And two of AES-128 (a PDF 1.6 file's), whose password beyond ASCII the PDF holds as
        # PDFDocEncoding writes it (Latin-1 for "é"; "–" and "€" are its 0x85 and 0xA0), not as
        # UTF-8 as AES-256 does: qpdf encodes it so.
        for name, user, bits in (("cdr-sided-locked.pdf", "secret", "256"), ("cdr-sided-restricted.pdf", "", "256"),
                                 ("cdr-sided-locked-aes128.pdf", "geheim\u00e9", "128"),
                                 ("cdr-sided-locked-euro.pdf", "Schl\u00fcssel\u2013100\u20ac", "128")):
            if os.path.exists(os.path.join(directory, name)):
                continue
            strength = ["--use-aes=y"] if bits == "128" else []
            subprocess.run(["qpdf", "--encrypt", user, "owner-secret", bits, *strength, "--print=none", "--extract=n",
                            "--", sided, os.path.join(directory, name)], check=True)
    # The same report cut off part way through its second page's stream (a download that stopped).
    whole = pdf(pages, compress=False)
    write("cdr-sided-cut.pdf", whole[: whole.index(b"(09/17/2016)")])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
