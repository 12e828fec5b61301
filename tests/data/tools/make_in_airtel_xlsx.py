#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-in-airtel.xlsx: Airtel's return (cdr-in-airtel.csv) as the
workbook an analyst gets when the CSV is opened in Excel and saved: the title lines in cells of
their own above the header, every value still between the two apostrophes the CSV writes (text
cells keep them), the times turned into serial times formatted h:mm:ss and the durations into
numbers; the empty cells left out. Rows keep the CSV's line numbers.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_in_airtel_xlsx.py
"""
import csv
import re
from xml.sax.saxutils import escape

from ooxml import NS, RNS, XML, ROOT_RELS, content_types, relationships, write

SOURCE = "tests/data/carrier/cdr-in-airtel.csv"
OUT = "tests/data/carrier/cdr-in-airtel.xlsx"
GENERAL, TIME = 0, 1  # cellXfs in styles.xml
CLOCK = re.compile(r"^(\d\d):(\d\d):(\d\d)$")


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def cell(ref, value):
    """What Excel makes of a CSV's field: a clock a serial time, digits a number, else text."""
    if m := CLOCK.match(value):
        seconds = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3])
        return f'<c r="{ref}" s="{TIME}"><v>{repr(seconds / 86400.0)}</v></c>'
    if value.isdigit() and len(value) < 10:
        return f'<c r="{ref}" s="{GENERAL}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


with open(SOURCE, newline="", encoding="utf-8") as f:
    lines = list(csv.reader(f))
sheet_rows = []
for number, fields in enumerate(lines, start=1):
    cells = "".join(cell(f"{column_name(c)}{number}", v) for c, v in enumerate(fields) if v.strip())
    if cells:
        sheet_rows.append(f'<row r="{number}">{cells}</row>')

files = {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="cdr-in-airtel" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")),
    "xl/styles.xml": f'{XML}<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="21" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
}
write(OUT, files)
