#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-sheets.ods: the carrier workbook of cdr-sheets.xlsx (records
going on in a second sheet, then notes) as LibreOffice saves it: a date cell shown as
"09/12/16 14:03" and a phone number stored as a number shown as "2.03E+09" (the values stored are
read, not the text shown), a duration in a time cell, an annotation on a cell (not its value), an
empty row, merged cells, and the runs of empty cells and rows LibreOffice writes to a sheet's
edge. Its events are the .xlsx's.
And tests/data/xlsx/repeats.ods: how LibreOffice compresses a sheet — two identical rows written
once, repeated; a value repeated across three cells; empty cells before a value; an empty row.

Only the standard library is used. Run from the repository root: python3 tests/data/tools/make_ods.py
"""
import zipfile

from odf import write_ods

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
EDGE = '<table:table-cell table:number-columns-repeated="1019"/>'


def text(value):
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


HEADER = "".join(text(h) for h in ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type",
                                   "Duration (s)"])
RECORDS = f"""<table:table table:name="Records">
<table:table-column table:number-columns-repeated="1024"/>
<table:table-row>{HEADER}{EDGE}</table:table-row>
<table:table-row>
<table:table-cell office:value-type="date" office:date-value="2016-09-12T14:03:07"><text:p>09/12/16 14:03</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="2025550100"><text:p>2.03E+09</text:p></table:table-cell>
{text("+12025550143")}
<table:table-cell office:value-type="string"><office:annotation><text:p>checked</text:p></office:annotation><text:p>Voice</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="65"><text:p>65</text:p></table:table-cell>{EDGE}
</table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row>{text("2016-09-12 15:00:00")}{text("+12025550143")}{text("+12025550100")}
<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>SMS</text:p></table:table-cell>
<table:covered-table-cell/>{EDGE}</table:table-row>
<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table>"""
MORE = f"""<table:table table:name="Records (2)">
<table:table-row>{HEADER}{EDGE}</table:table-row>
<table:table-row>{text("2016-09-13 09:00:00")}{text("+12025550100")}{text("+12025550143")}{text("Voice")}
<table:table-cell office:value-type="time" office:time-value="PT00H00M12S"><text:p>00:00:12</text:p></table:table-cell>{EDGE}</table:table-row>
</table:table>"""
NOTES = """<table:table table:name="Notes">
<table:table-row><table:table-cell office:value-type="string"><text:p>Produced for case<text:s text:c="2"/>16-0042</text:p></table:table-cell></table:table-row>
</table:table>"""
CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
           f"<office:body><office:spreadsheet>{RECORDS}{MORE}{NOTES}</office:spreadsheet></office:body>"
           "</office:document-content>")
write_ods("tests/data/carrier/cdr-sheets.ods", CONTENT, when=(2016, 9, 12, 0, 0, 0))

REPEATS = f"""<table:table table:name="Repeats">
<table:table-row>{text("a")}{text("b")}{text("c")}{text("d")}{text("e")}{EDGE}</table:table-row>
<table:table-row table:number-rows-repeated="2">{text("same")}<table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>{EDGE}</table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="4"/>{text("last")}{EDGE}</table:table-row>
</table:table>"""
with zipfile.ZipFile("tests/data/xlsx/repeats.ods", "w") as ods:
    when = (2016, 9, 12, 0, 0, 0)
    ods.writestr(zipfile.ZipInfo("mimetype", when), "application/vnd.oasis.opendocument.spreadsheet")
    ods.writestr(zipfile.ZipInfo("content.xml", when),
                 f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
                 f"<office:body><office:spreadsheet>{REPEATS}</office:spreadsheet></office:body></office:document-content>")
