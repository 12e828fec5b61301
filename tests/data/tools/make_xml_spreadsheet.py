#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-sheets-2003.xls: the carrier workbook of cdr-sheets.xlsx (records
going on in a second worksheet, then notes) as an Excel 2003 XML Spreadsheet named .xls, as
report servers export it: a DateTime cell, a phone number as a Number, a comment on a cell (not
its value), a row placed by ss:Index after an empty one, cells placed by ss:Index, a merged cell
at a row's end, rich text in a cell, and an entity. Its events are the .xlsx's.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_xml_spreadsheet.py
"""
HEADER = "".join(f'<Cell><Data ss:Type="String">{h}</Data></Cell>'
                 for h in ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"])
BOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="Records">
  <Table>
   <Row>{HEADER}</Row>
   <Row>
    <Cell><Data ss:Type="DateTime">2016-09-12T14:03:07.000</Data></Cell>
    <Cell><Data ss:Type="Number">2025550100</Data><Comment><Data>checked against the subscriber list</Data></Comment></Cell>
    <Cell><Data ss:Type="String">+12025550143</Data></Cell>
    <Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Voice</B></ss:Data></Cell>
    <Cell><Data ss:Type="Number">65</Data></Cell>
   </Row>
   <Row ss:Index="4">
    <Cell><Data ss:Type="String">2016-09-12 15:00:00</Data></Cell>
    <Cell ss:Index="2"><Data ss:Type="String">+12025550143</Data></Cell>
    <Cell><Data ss:Type="String">+12025550100</Data></Cell>
    <Cell ss:Index="4" ss:MergeAcross="1"><Data ss:Type="String">SMS</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Records (2)">
  <Table>
   <Row>{HEADER}</Row>
   <Row>
    <Cell><Data ss:Type="String">2016-09-13 09:00:00</Data></Cell>
    <Cell><Data ss:Type="String">+12025550100</Data></Cell>
    <Cell><Data ss:Type="String">+12025550143</Data></Cell>
    <Cell><Data ss:Type="String">Voice</Data></Cell>
    <Cell ss:Index="5"><Data ss:Type="Number">12</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Notes">
  <Table><Row><Cell><Data ss:Type="String">Produced for case 16-0042 &amp; 16-0043</Data></Cell></Row></Table>
 </Worksheet>
</Workbook>
"""

with open("tests/data/carrier/cdr-sheets-2003.xls", "w", encoding="utf-8", newline="\r\n") as out:
    out.write(BOOK)
