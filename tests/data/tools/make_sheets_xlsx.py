#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-sheets.xlsx: a carrier workbook whose records go on in a second
worksheet (as an export past Excel's row limit does), with a worksheet of notes and an empty one.
LookupLens reads the first worksheet and must name the others that hold anything.
And tests/data/carrier/cdr-cover.xlsx: the same behind a cover sheet with no table, as some
carriers send; LookupLens reads the first worksheet that has a header row.
And tests/data/carrier/cdr-cover-shared.xlsx: the cover workbook as Excel writes it, every text a
shared string (the cover's and the records' in one table) and durations as fractions of a day in
an [h]:mm:ss cell style: what the workbook shares must serve every worksheet read.
And tests/data/xlsx/return-sheets.xlsx: a return whose logs each have a worksheet (an IDS log, a
carrier's calls going on in a second sheet that repeats a record of the first) between a cover
and notes: every worksheet with a header row is a source of its own.
And tests/data/xlsx/return-calls-first.xlsx: its calls, then its IDS log stating no zone: the
calls are written and kept as a source of their own before the log stops the whole workbook,
which is then rolled back, the calls' handles with it.
And tests/data/carrier/cdr-continued.xlsx: a carrier's records going on in two further worksheets
that do not repeat the header row (the third holding a bad time), then notes: they are read, by
the first worksheet's header, only when the analyst asks for continued worksheets.
And tests/data/carrier/cdr-continued-dmy.xlsx: the same with day-first dates, which the first
worksheet settles ("25/09/2016") and the second alone would not ("04/10/2016").
And tests/data/carrier/cdr-headerless.xlsx: a carrier's records in two worksheets without any
header row (the layout came on paper) behind a cover sheet and before notes: read only by a
mapping that numbers the columns, which must not take the cover or the notes for records.

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
IDS_HEADER = ["Timestamp", "Source Handle", "Lookup Handle", "Client IP", "Lookup Devices"]
RETURN = [
    ("Cover", [["Response to legal process 16-0042"]]),
    ("IDS", [["IDS Query Logs"], ["DSID 9990001112"], IDS_HEADER,
             ["2016-09-02 18:22:05", "+12025550143", "tel:+13125550147", "198.51.100.14", "2"],
             ["yesterday", "+12025550143", "tel:+13125550147", "198.51.100.14", "1"]]),
    ("Calls", [HEADER, ["2016-09-12 14:03:07", "+12025550100", "+12025550143", "Voice", "65"],
               ["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""]]),
    ("Calls (2)", [HEADER, ["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""],
                   ["2016-09-13 09:00:00", "+12025550100", "+12025550143", "Voice", "12"]]),
    ("Notes", [["Produced for case 16-0042"]]),
]
CONTINUED = [
    ("Records", [HEADER, ["2016-09-12 14:03:07", "+12025550100", "+12025550143", "Voice", "65"],
                 ["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""]]),
    ("Sheet2", [["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""],
                ["2016-09-13 09:00:00", "+12025550100", "+12025550143", "Voice", "12"]]),
    ("Sheet3", [["2016-09-14 08:00:00", "+12025550100", "+13125550147", "Voice", "30"],
                ["not a time", "+12025550100", "+13125550147", "Voice", "1"]]),
    ("Notes", [["Produced for case 16-0042"]]),
]
CONTINUED_DMY = [
    ("Records", [HEADER, ["25/09/2016 14:03:07", "+12025550100", "+12025550143", "Voice", "65"],
                 ["03/10/2016 10:00:00", "+12025550143", "+12025550100", "SMS", ""]]),
    ("Sheet2", [["04/10/2016 09:00:00", "+12025550100", "+12025550143", "Voice", "12"]]),
]
COVER = [("Cover", [["Response to subpoena 16-0042"], ["Subscriber", "+12025550100"], ["Records on the next sheet"]])]
HEADERLESS = COVER + [
    ("Sheet1", [["2016-09-12 14:03:07", "+12025550100", "+12025550143", "Voice", "65"],
                ["2016-09-12 15:00:00", "+12025550143", "+12025550100", "SMS", ""]]),
    ("Sheet2", [["2016-09-13 09:00:00", "+12025550100", "+12025550143", "Voice", "12"]]),
    ("Notes", [["Produced for case 16-0042"]]),
]
TWO_CLASSES = ("Calls", [["Time", "Caller", "Callee", "Duration", "Call Type"],
                         ["2016-09-12 14:03:07", "+12025550100", "+12025550143", "65", "Voice"]])


def cell_xml(ref, value, column, shared):
    if shared is None:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if column == HEADER.index("Duration (s)") and value.isdigit():
        return f'<c r="{ref}" s="1"><v>{int(value) / 86400.0!r}</v></c>'  # [h]:mm:ss
    index = shared.setdefault(value, len(shared))
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def sheet_xml(rows, shared):
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell_xml(f'{chr(ord("A") + c)}{r}', v, c, shared) for c, v in enumerate(row) if v)
        xml_rows.append(f'<row r="{r}">{cells}</row>')
    return f'{XML}<worksheet {NS}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'


def shared_parts(shared):
    """The shared strings and a styles part whose cell style 1 shows an elapsed time."""
    strings = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared)
    return {
        "xl/sharedStrings.xml": f'{XML}<sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">{strings}</sst>',
        "xl/styles.xml": f'{XML}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/>'
        '</numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    }


def workbook(out, sheets, shared=False):
    strings = {} if shared else None
    count = len(sheets)
    extra_types = [("/xl/sharedStrings.xml", "sharedStrings+xml"), ("/xl/styles.xml", "styles+xml")] if shared else []
    extra_rels = [(f"rId{count + 1}", "sharedStrings", "sharedStrings.xml"),
                  (f"rId{count + 2}", "styles", "styles.xml")] if shared else []
    files = {
        "[Content_Types].xml": content_types(*((f"/xl/worksheets/sheet{i}.xml", "worksheet+xml")
                                               for i in range(2, count + 1)), *extra_types),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets>'
        + "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, start=1))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": relationships(*((f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml")
                                                      for i in range(1, count + 1)), *extra_rels),
    }
    for i, (_, rows) in enumerate(sheets, start=1):
        files[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows, strings)
    if shared:
        files.update(shared_parts(strings))
    write(out, files)


workbook("tests/data/carrier/cdr-sheets.xlsx", RECORDS)
workbook("tests/data/carrier/cdr-cover.xlsx", COVER + RECORDS)
workbook("tests/data/carrier/cdr-cover-shared.xlsx", COVER + RECORDS, shared=True)
workbook("tests/data/xlsx/return-sheets.xlsx", RETURN)
workbook("tests/data/xlsx/return-calls-first.xlsx", [RETURN[2], RETURN[1]])
workbook("tests/data/carrier/cdr-continued.xlsx", CONTINUED)
workbook("tests/data/carrier/cdr-continued-dmy.xlsx", CONTINUED_DMY)
workbook("tests/data/carrier/cdr-headerless.xlsx", HEADERLESS)
workbook("tests/data/xlsx/two-classes-cover.xlsx", COVER + [TWO_CLASSES])
workbook("tests/data/xlsx/return-two-classes.xlsx", [RETURN[1], TWO_CLASSES])
