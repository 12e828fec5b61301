#!/usr/bin/env python3
"""Writes one carrier log of 3,000 calls, longer than the rows a workbook's reader reads ahead
(ReadAheadReader: 8 batches of 256), as a workbook and as CSV:
- tests/data/xlsx/cdr-long.xlsx: row 2,900 hidden, row 2,950's duration a formula with its result;
- tests/data/xlsx/cdr-long.ods: the same rows as LibreOffice writes them, row 2,900 hidden;
- tests/data/xlsx/cdr-long.csv: the same rows as text;
- tests/data/xlsx/cdr-long.html: the same rows as a portal's HTML table ("Excel" export);
- tests/data/xlsx/cdr-long-cut.xlsx: the worksheet's XML cut short inside row 2,000 (the ZIP whole).
Every row is read, in order; what is known only at the end (hidden rows, formulas, damage) is
said of rows read far ahead of the ones being checked.

The standard library is used. Run from the repository root:
/usr/bin/python3 tests/data/tools/make_long_workbook.py
"""
from odf import NS as NS_ODF, write_ods
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"]
COLUMNS = "ABCDE"
CALLS = 3000
HIDDEN = 2900
FORMULA = 2950
CUT = 2000


def record(number):
    """The call on worksheet row @number (2 to CALLS + 1): a minute apart from 2016-09-12 00:00."""
    minutes = number - 2
    when = f"2016-09-{12 + minutes // 1440:02d} {minutes // 60 % 24:02d}:{minutes % 60:02d}:00"
    caller = f"+1202555{(number % 97):04d}"
    called = f"+1312555{(number % 89):04d}"
    return when, caller, called, "SMS" if number % 5 == 0 else "Voice", str(number % 300)


def xlsx_row(number, values):
    cells = "".join(f'<c r="{COLUMNS[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values[:4]))
    if number == 1:
        cells += f'<c r="E1" t="inlineStr"><is><t>{values[4]}</t></is></c>'
    elif number == FORMULA:
        cells += f'<c r="E{number}"><f>{values[4]}*1</f><v>{values[4]}</v></c>'
    else:
        cells += f'<c r="E{number}"><v>{values[4]}</v></c>'
    hidden = ' hidden="1"' if number == HIDDEN else ""
    return f'<row r="{number}"{hidden}>{cells}</row>'


def workbook(sheet):
    return {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Calls" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")),
        "xl/worksheets/sheet1.xml": sheet,
    }


rows = [xlsx_row(1, HEADER)] + [xlsx_row(n, record(n)) for n in range(2, CALLS + 2)]
sheet = f'{XML}<worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'
write("tests/data/xlsx/cdr-long.xlsx", workbook(sheet))
cut_at = sheet.index(f'<c r="B{CUT}"') + len(f'<c r="B{CUT}"')  # inside the row's second cell's start tag
write("tests/data/xlsx/cdr-long-cut.xlsx", workbook(sheet[:cut_at]))

with open("tests/data/xlsx/cdr-long.csv", "w", encoding="utf-8", newline="") as out:
    out.write(",".join(HEADER) + "\r\n")
    for n in range(2, CALLS + 2):
        out.write(",".join(record(n)) + "\r\n")


def ods_row(number, values):
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                    for v in values[:4])
    if number == 1:
        cells += f'<table:table-cell office:value-type="string"><text:p>{values[4]}</text:p></table:table-cell>'
    else:
        formula = f' table:formula="of:={values[4]}*1"' if number == FORMULA else ""
        cells += (f'<table:table-cell{formula} office:value-type="float" office:value="{values[4]}">'
                  f'<text:p>{values[4]}</text:p></table:table-cell>')
    visibility = ' table:visibility="collapse"' if number == HIDDEN else ""
    return f"<table:table-row{visibility}>{cells}</table:table-row>"


ods_rows = [ods_row(1, HEADER)] + [ods_row(n, record(n)) for n in range(2, CALLS + 2)]
write_ods("tests/data/xlsx/cdr-long.ods",
          f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS_ODF} office:version="1.2">'
          f'<office:body><office:spreadsheet><table:table table:name="Calls">{"".join(ods_rows)}</table:table>'
          "</office:spreadsheet></office:body></office:document-content>")

with open("tests/data/xlsx/cdr-long.html", "w", encoding="utf-8", newline="\n") as out:
    out.write("<html><head><meta charset=\"utf-8\"><title>Calls</title></head><body><table border=\"1\">\n")
    out.write("<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>\n")
    for n in range(2, CALLS + 2):
        out.write("<tr>" + "".join(f"<td>{v}</td>" for v in record(n)) + "</tr>\n")
    out.write("</table></body></html>\n")
