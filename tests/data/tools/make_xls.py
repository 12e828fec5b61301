#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-sheets.xls: the carrier workbook of cdr-sheets.xlsx (records
going on in a second worksheet, then notes) as a legacy Excel 97-2003 workbook, its cells of the
kinds Excel writes: a time in a date-formatted cell, a time left as a serial number in a General
cell, a time as text, a phone number stored as a number, and text. LookupLens must read it to the
same events as the .xlsx.
And tests/data/carrier/not-a-workbook.xls: an OLE2 compound-file header followed by bytes that
are no workbook, as a damaged or mislabelled download is.

Needs Debian's python3-xlwt (only to write these fixtures; the build and tests do not). Run from
the repository root: /usr/bin/python3 tests/data/tools/make_xls.py
"""
import datetime

import xlwt

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"]
DATE_TIME = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")


def serial(moment):
    """Excel's 1900-system serial number of a time."""
    return (moment - datetime.datetime(1899, 12, 30)).total_seconds() / 86400.0


book = xlwt.Workbook()
records = book.add_sheet("Records")
for column, text in enumerate(HEADER):
    records.write(0, column, text)
records.write(1, 0, datetime.datetime(2016, 9, 12, 14, 3, 7), DATE_TIME)
records.write(1, 1, 2025550100)  # a number, as Excel keeps digits typed into a General cell
records.write(1, 2, "+12025550143")
records.write(1, 3, "Voice")
records.write(1, 4, 65)
records.write(2, 0, serial(datetime.datetime(2016, 9, 12, 15, 0, 0)))  # General cell: the serial
records.write(2, 1, "+12025550143")
records.write(2, 2, 2025550100)
records.write(2, 3, "SMS")
more = book.add_sheet("Records (2)")
for column, text in enumerate(HEADER):
    more.write(0, column, text)
for column, value in enumerate(["2016-09-13 09:00:00", "+12025550100", "+12025550143", "Voice", 12]):
    more.write(1, column, value)
notes = book.add_sheet("Notes")
notes.write(0, 0, "Produced for case 16-0042 \u2014 Stra\u00dfe")
book.add_sheet("Empty")
book.save("tests/data/carrier/cdr-sheets.xls")

with open("tests/data/carrier/not-a-workbook.xls", "wb") as out:
    out.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(range(256)) * 8)
