#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-portal.xls: a carrier portal's "Excel" export, which is an HTML
page named .xls, as such portals send. Windows-1252 declared in a <meta> tag, a table of case
details before the records' table, header cells in <th>, an entity, a line break and runs of
white space inside cells, a cell spanning two columns, a script, and a row with no value. Its
records are those of cdr-sheets.xlsx's first worksheet, with a cell site column.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_portal_html.py
"""
PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Call detail records</title>
<script>var rows = "<tr><td>not a row</td></tr>";</script>
<style>td { font-family: Arial; }</style></head>
<body>
<table>
<tr><td>Case</td><td>16-0042 &amp; 16-0043</td></tr>
<tr><td colspan="2">Subscriber +12025550100</td></tr>
</table>
<table border="1">
<tr><th>Start Time (UTC)</th><th>Originating Number</th><th>Terminating Number</th><th>Call Type</th>
<th>Duration (s)</th><th>Cell Site</th></tr>
<tr><td>2016-09-12 14:03:07</td><td>+12025550100</td><td>+12025550143</td><td>Voice</td><td>65</td>
<td>K\u00f6ln<br>S\u00fcd</td></tr>
<tr><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr>
  <td>2016-09-12
      15:00:00</td>
  <td>+12025550143</td><td>+12025550100</td><td>SMS</td><td colspan="2"></td>
</tr>
</table>
</body></html>
"""

with open("tests/data/carrier/cdr-portal.xls", "wb") as out:
    out.write(PAGE.replace("\n", "\r\n").encode("cp1252"))
