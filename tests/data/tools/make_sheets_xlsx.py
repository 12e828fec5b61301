#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-sheets.xlsx: a carrier workbook whose records go on in a second
worksheet (as an export past Excel's row limit does), with a worksheet of notes and an empty one.
LookupLens reads the first worksheet and must name the others that hold anything.
And tests/data/carrier/cdr-cover.xlsx: the same behind a cover sheet with no table, as some
carriers send; LookupLens reads the first worksheet that has a header row.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_sheets_xlsx.py
"""
from xml.sax.saxutils import escape

from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"]
RECORDS = [
    ("Records", [HEADER, ["2016-09-12 14:03:07", "+12025550100", "+12025550143", "Voice", "65"],
                 ["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""]]),
    ("Records (2)", [HEADER, ["2016-09-13 09:00:00", "+12025550100", "+12025550143", "Voice", "12"]]),
    ("Notes", [["Produced for case 16-0042"]]),
    ("Empty", []),
]
COVER = [("Cover", [["Response to subpoena 16-0042"], ["Subscriber", "+12025550100"], ["Records on the next sheet"]])]


def sheet_xml(rows):
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(f'<c r="{chr(ord("A") + c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                        for c, v in enumerate(row) if v)
        xml_rows.append(f'<row r="{r}">{cells}</row>')
    return f'{XML}<worksheet {NS}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'


def workbook(out, sheets):
    files = {
        "[Content_Types].xml": content_types(*((f"/xl/worksheets/sheet{i}.xml", "worksheet+xml")
                                               for i in range(2, len(sheets) + 1))),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets>'
        + "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, start=1))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": relationships(*((f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml")
                                                      for i in range(1, len(sheets) + 1))),
    }
    for i, (_, rows) in enumerate(sheets, start=1):
        files[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows)
    write(out, files)


workbook("tests/data/carrier/cdr-sheets.xlsx", RECORDS)
workbook("tests/data/carrier/cdr-cover.xlsx", COVER + RECORDS)
