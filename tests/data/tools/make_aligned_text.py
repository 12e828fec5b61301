#!/usr/bin/env python3
r"""Tables printed as aligned text, as query tools print them (written for this project).

carrier/cdr-spool.txt   SQL*Plus spool: a title, a header over a rule of dashes (the number's
                        heading at the right of its column), a page break repeating header and
                        rule, a note with quotes in it, an impossible time, "5 rows selected."
carrier/cdr-spool-two-queries.lst
                        a SQL*Plus spool of two queries: calls, then text messages, each table
                        under its own title, header and rule (other columns, other widths),
                        each followed by its "N rows selected."
carrier/cdr-spool-wrapped.lst
                        a SQL*Plus spool whose cell site and note columns are narrower than
                        their values: SQL*Plus cut them (once at a column's last place, once
                        on a space) and went on below, the first column blank; a record with
                        no time below one whose columns were not cut; TRIMSPOOL's lines.
carrier/cdr-mysql-vertical.txt
                        MySQL's client with \G: the query echoed, a record per block under
                        "*** N. row ***", labels right-aligned, a note over two lines, record 3
                        missing from the numbering, an impossible time, "3 rows in set".
ids/ids-psql-expanded.txt
                        psql's expanded display (\x): "-[ RECORD N ]---", "label | value", a
                        value psql marks "+" going on below, "(2 rows)".
ids/ids-results.rpt     SQL Server Management Studio's "results to file": UTF-16 LE with BOM,
                        CRLF, milliseconds, "(3 rows affected)".
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

SPOOL = """\
                         Call detail records for 2025550100

START_TIME          CALLING_NBR     CALLED_NBR        DURATION CALL_TYPE NOTE
------------------- --------------- --------------- ---------- --------- --------------------
2016-09-12 14:03:07 2025550100      2025550143              65 Voice     said "call me"
2016-09-12 14:10:00 2025550143      2025550100               0 SMS
2016-09-12 14:12:00 2025550100      2025550143              12 Voice

START_TIME          CALLING_NBR     CALLED_NBR        DURATION CALL_TYPE NOTE
------------------- --------------- --------------- ---------- --------- --------------------
2016-09-13 09:00:00 2025550100      3125550147             125 Voice     O'Brien, "Bob"
2016-09-13 25:05:00 2025550100      3125550147               5 Voice

5 rows selected.
"""

TWO_QUERIES = """\
                         Call detail records for 2025550100

START_TIME          CALLING_NBR     CALLED_NBR        DURATION CALL_TYPE
------------------- --------------- --------------- ---------- ---------
2016-09-12 14:03:07 2025550100      2025550143              65 Voice
2016-09-12 14:12:00 2025550100      2025550143              12 Voice

2 rows selected.

                         SMS records for 2025550100

START_TIME          CALLING_NBR CALLED_NBR   CALL_TYPE
------------------- ----------- ------------ ---------
2016-09-13 09:00:00 2025550100  3125550147   SMS
2016-09-13 09:05:00 3125550147  2025550100   SMS

2 rows selected.
"""

WRAPPED_COLUMNS = [("START_TIME", 19), ("CALLING_NBR", 15), ("CALLED_NBR", 15), ("CELL_SITE", 10), ("NOTE", 10)]


def spooled(values):
    """One line of a SQL*Plus spool: each value in its column, the spaces at the end trimmed."""
    return " ".join(v.ljust(w) for v, (_, w) in zip(values, WRAPPED_COLUMNS)).rstrip()


WRAPPED = "\n".join([
    spooled([h for h, _ in WRAPPED_COLUMNS]),
    " ".join("-" * w for _, w in WRAPPED_COLUMNS),
    spooled(["2016-09-12 14:03:07", "2025550100", "2025550143", "1200 Penns", "said call "]),
    spooled(["", "", "", "ylvania Av", "me later"]),
    spooled(["", "", "", "e NW", ""]),
    spooled(["2016-09-12 14:12:00", "2025550100", "2025550143", "Tower 7", "ok"]),
    spooled(["", "2025550143", "", "", ""]),
    spooled(["2016-09-12 14:13:00", "2025550100", "3125550147", "Tower 7", "ok"]),
    "",
    "4 rows selected.",
]) + "\n"

MYSQL_VERTICAL = """\
mysql> SELECT * FROM cdr WHERE calling_nbr = '2025550100'\\G
*************************** 1. row ***************************
 start_time: 2016-09-12 14:03:07
calling_nbr: 2025550100
 called_nbr: 2025550143
   duration: 65
       note: said "call me"
*************************** 2. row ***************************
 start_time: 2016-09-12 14:12:00
calling_nbr: 2025550100
 called_nbr: 2025550143
   duration: 12
       note: left a message:
call back
*************************** 4. row ***************************
 start_time: 2016-09-13 25:00:00
calling_nbr: 2025550100
 called_nbr: 3125550147
   duration: 5
       note: NULL
3 rows in set (0.00 sec)
"""

PSQL_EXPANDED = """\
-[ RECORD 1 ]--+------------------------
timestamp      | 2016-09-12 14:03:07+00
source_handle  | tel:+12025550143
lookup_handle  | mailto:Dana@Example.com
client_ip      | 198.51.100.14
lookup_devices | 2
user_agent     | first line+
               | second line
-[ RECORD 2 ]--+------------------------
timestamp      | 2016-09-12 14:05:09+00
source_handle  | tel:+12025550143
lookup_handle  | tel:+13125550147
client_ip      | 2001:db8::7
lookup_devices | 0
user_agent     | 

(2 rows)

"""

RESULTS = """\
Timestamp               Source Handle   Lookup Handle           Client IP       Lookup Devices
----------------------- --------------- ----------------------- --------------- --------------
2016-09-12 14:03:07.000 +12025550143    mailto:Dana@Example.com 198.51.100.14                2
2016-09-12 14:05:09.250 +12025550143    +13125550147            2001:db8::7                  0
2016-09-13 08:00:00.000 +13125550147    +12025550143            198.51.100.14                1

(3 rows affected)
"""

(HERE / "carrier" / "cdr-spool.txt").write_text(SPOOL, encoding="utf-8", newline="\n")
(HERE / "carrier" / "cdr-spool-two-queries.lst").write_text(TWO_QUERIES, encoding="utf-8", newline="\n")
(HERE / "carrier" / "cdr-spool-wrapped.lst").write_text(WRAPPED, encoding="utf-8", newline="\n")
(HERE / "carrier" / "cdr-mysql-vertical.txt").write_text(MYSQL_VERTICAL, encoding="utf-8", newline="\n")
(HERE / "ids" / "ids-psql-expanded.txt").write_text(PSQL_EXPANDED, encoding="utf-8", newline="\n")
(HERE / "ids" / "ids-results.rpt").write_bytes(b"\xff\xfe" + RESULTS.replace("\n", "\r\n").encode("utf-16-le"))
