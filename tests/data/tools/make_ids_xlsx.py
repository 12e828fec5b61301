#!/usr/bin/env python3
"""Writes tests/data/ids/ids-sample.xlsx: the rows of ids-sample.csv as a real XLSX workbook.

Only the standard library is used, so the fixture can be re-made anywhere. The workbook mixes
what Excel exports do: shared strings (header, handles), inline strings (metadata block), a
timestamp stored as a date serial number, one as text, and numbers for the device count.
Run from the repository root: python3 tests/data/tools/make_ids_xlsx.py
"""
import csv
import datetime
from xml.sax.saxutils import escape

from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

SRC = "tests/data/ids/ids-sample.csv"
OUT = "tests/data/ids/ids-sample.xlsx"

rows = list(csv.reader(open(SRC, newline="")))
shared = []


def shared_index(text):
    if text not in shared:
        shared.append(text)
    return shared.index(text)


def col(i):
    return chr(ord("A") + i)


def serial(text):
    t = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    delta = t - datetime.datetime(1899, 12, 30)
    return repr(delta.days + delta.seconds / 86400.0)


sheet_rows = []
header_row = next(i for i, r in enumerate(rows) if r and r[0] == "Timestamp")
for i, row in enumerate(rows):
    r = i + 1
    if not any(row):
        continue  # Excel leaves empty rows out entirely
    cells = []
    for c, value in enumerate(row):
        ref = f"{col(c)}{r}"
        if i < header_row:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        elif i > header_row and c == 0 and i % 2 == 0:
            cells.append(f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>')
        elif i > header_row and c == 4:
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="s"><v>{shared_index(value)}</v></c>')
    sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

files = {
    "[Content_Types].xml": content_types(("/xl/sharedStrings.xml", "sharedStrings+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><workbookPr/><sheets><sheet name="IDS Query Logs" sheetId="1" r:id="rId7"/><sheet name="Notes" sheetId="2" r:id="rId8"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId8", "worksheet", "worksheets/sheet2.xml"),
                                                ("rId7", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId9", "sharedStrings", "sharedStrings.xml")),
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    "xl/worksheets/sheet2.xml": f'{XML}<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not the first sheet</t></is></c></row></sheetData></worksheet>',
    "xl/sharedStrings.xml": f'{XML}<sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">'
    + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    + "</sst>",
}
write(OUT, files)
