#!/usr/bin/env python3
"""Writes workbooks whose records end on the last row a worksheet holds, as a file does that was
made by opening a larger one in Excel (which keeps that many rows and drops the rest):
- tests/data/xlsx/row-limit.xlsx: Excel 2007's last row, 1,048,576 (rows 1, 2 and 1,048,576 only);
- tests/data/xlsx/row-limit-2003.xml: an XML Spreadsheet (Excel 2003) ending at row 65,536.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_row_limit.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type"]
FIRST = ("2016-09-12 14:00:00", "+12025550100", "+12025550143", "Voice")
LAST = ("2016-09-30 23:59:00", "+12025550143", "+12025550100", "SMS")


def row(number, values):
    cells = "".join(f'<c r="{"ABCD"[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


write("tests/data/xlsx/row-limit.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Calls" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml": (f"{XML}<worksheet {NS}><sheetData>{row(1, HEADER)}{row(2, FIRST)}"
                                 f"{row(1048576, LAST)}</sheetData></worksheet>"),
})


def ss_row(values, index=""):
    cells = "".join(f'<Cell><Data ss:Type="String">{v}</Data></Cell>' for v in values)
    return f"<Row{index}>{cells}</Row>"


with open("tests/data/xlsx/row-limit-2003.xml", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
              '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
              'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
              f' <Worksheet ss:Name="Calls"><Table>{ss_row(HEADER)}{ss_row(FIRST)}'
              + ss_row(LAST, ' ss:Index="65536"') + "</Table></Worksheet>\n</Workbook>\n")
