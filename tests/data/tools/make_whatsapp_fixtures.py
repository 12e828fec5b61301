#!/usr/bin/env python3
"""Writes the WhatsApp fixtures in tests/data/whatsapp/ (standard library only, reproducible).

delivery1/records.html and delivery2/records.html are two overlapping 15-minute deliveries:
delivery 2 repeats message B, call X and login L1 from delivery 1 and adds message C, login L2
and one message with no timestamp. The ZIPs wrap them the ways returns arrive, plus three
malicious archives the importer must refuse.
Run from the repository root: python3 tests/data/tools/make_whatsapp_fixtures.py
"""
import zipfile

OUT = "tests/data/whatsapp/"
STAMP = (2026, 10, 2, 9, 15, 0)

HEAD = """<html><head><meta charset="utf-8"><title>WhatsApp Business Record</title></head><body>
<div id="property-request_parameters"><div>Request Parameters</div>
<div>Service</div><div>WhatsApp</div>
<div>Internal Ticket Number</div><div>1122334455</div>
<div>Account Identifier</div><div>+4915112345678</div>
<div>Account Type</div><div>WhatsApp</div>
<div>Generated</div><div>{generated}</div>
<div>Date Range</div><div>{range}</div>
</div>
"""

MSG_A = """<div>Message</div>
<div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div>
<div>Message Id</div><div>3EB0A1B2C3D4E5F6</div>
<div>Sender</div><div>4915112345678</div>
<div>Recipients</div><div>5511987654321</div>
<div>Sender Ip</div><div>198.51.100.23</div>
<div>Sender Port</div><div>50123</div>
<div>Sender Device</div><div>android</div>
<div>Type</div><div>text</div>
<div>Message Style</div><div>individual</div>
<div>Message Size</div><div>112</div>
"""

# A group message: the page break falls between a label and its value, recipients wrap.
MSG_B = """<div>Message</div>
<div>Timestamp</div><div>2026-10-02 09:04:40 UTC</div>
<div>Message Id</div><div>3EB0A1B2C3D4E5F7</div>
<div>Sender</div><div>4915112345678</div>
<div>Recipients</div><div>5511987654321, 447700900461,</div><div>12025550143</div>
<div>Group Id</div><div>120363041234567890</div>
<div>Sender Ip</div><div>WhatsApp Business Record Page 2</div><div>2001:db8:1::7</div>
<div>Sender Port</div><div>443</div>
<div>Sender Device</div><div>android</div>
<div>Type</div><div>image</div>
<div>Message Style</div><div>group</div>
<div>Message Size</div><div>48211</div>
"""

MSG_C = """<div>Message</div>
<div>Timestamp</div><div>2026-10-02 09:20:05 UTC</div>
<div>Message Id</div><div>3EB0A1B2C3D4E5F8</div>
<div>Sender</div><div>5511987654321</div>
<div>Recipients</div><div>4915112345678</div>
<div>Sender Ip</div><div>203.0.113.50</div>
<div>Sender Port</div><div>40000</div>
<div>Type</div><div>text</div>
"""

MSG_BROKEN = """<div>Message</div>
<div>Message Id</div><div>3EB0A1B2C3D4E5F9</div>
<div>Sender</div><div>5511987654321</div>
<div>Recipients</div><div>4915112345678</div>
"""

CALL_X = """<div>Call</div>
<div>Call Id</div><div>7f3a9c0d11e2b4a5</div>
<div>Call Creator</div><div>4915112345678</div>
<div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div><div>From Ip</div><div>198.51.100.23</div><div>From Port</div><div>50200</div><div>Media Type</div><div>audio</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:10:05 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div><div>Media Type</div><div>audio</div>
<div>Type</div><div>terminate</div><div>Timestamp</div><div>2026-10-02 09:10:31 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div><div>Media Type</div><div>audio</div>
"""

LOGIN_1 = """<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>40311</div>
"""
LOGIN_2 = """<div>Timestamp</div><div>2026-10-02 09:16:40 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>40999</div>
"""


def page(generated, rng, messages, calls, logins):
    return (HEAD.format(generated=generated, range=rng)
            + '<div id="property-message_log"><div>Message Log Definition</div><div>Records of messages sent or received by the account.</div>\n<div>Message Log</div>\n'
            + "".join(messages) + "</div>\n"
            + '<div id="property-call_logs"><div>Call Logs Definition</div><div>Records of calls.</div>\n<div>Call Logs</div>\n'
            + "".join(calls) + "</div>\n"
            + '<div id="property-prospective_login_ips"><div>Prospective Login Ips Definition</div><div>Connections of the account.</div>\n<div>Prospective Login IPs</div>\n'
            + "".join(logins) + "</div>\n</body></html>\n")


def zip_bytes(entries):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


d1 = page("2026-10-02 09:15:00 UTC", "2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC", [MSG_A, MSG_B], [CALL_X], [LOGIN_1])
d2 = page("2026-10-02 09:30:00 UTC", "2026-10-02 09:02:00 UTC to 2026-10-02 09:30:00 UTC", [MSG_B, MSG_C, MSG_BROKEN], [CALL_X], [LOGIN_1, LOGIN_2])
instructions = "Open records.html in a browser.\n"
inner1 = zip_bytes([("records.html", d1), ("instructions.txt", instructions)])
inner2 = zip_bytes([("records.html", d2), ("instructions.txt", instructions)])

open(OUT + "records.html", "w").write(d1)
open(OUT + "delivery-1.zip", "wb").write(inner1)
open(OUT + "return.zip", "wb").write(zip_bytes([("1122334455-delivery-1.zip", inner1), ("1122334455-delivery-2.zip", inner2)]))
open(OUT + "evil-traversal.zip", "wb").write(zip_bytes([("../../outside/records.html", d1)]))
open(OUT + "evil-deep.zip", "wb").write(zip_bytes([("a.zip", zip_bytes([("b.zip", zip_bytes([("records.html", d1)]))]))]))
open(OUT + "evil-bomb.zip", "wb").write(zip_bytes([("records.html", b"\0" * (80 * 1024 * 1024))]))

# A return whose second delivery's page was written irregularly: message C's sender device
# in Windows-1252 inside the page of UTF-8, its recipient with half a surrogate pair written as
# a reference. The reading notes name that delivery's page.
d2_irregular = (d2.encode()
                .replace(b"<div>Sender Port</div><div>40000</div>",
                         b"<div>Sender Port</div><div>40000</div>\n<div>Sender Device</div><div>andr\xe9id</div>")
                .replace(b"<div>Sender</div><div>5511987654321</div>\n<div>Recipients</div><div>4915112345678</div>\n"
                         b"<div>Sender Ip</div><div>203.0.113.50</div>",
                         b"<div>Sender</div><div>5511987654321</div>\n<div>Recipients</div><div>49151&#xD83D;12345678</div>\n"
                         b"<div>Sender Ip</div><div>203.0.113.50</div>"))
inner2_irregular = zip_bytes([("records.html", d2_irregular), ("instructions.txt", instructions)])
open(OUT + "return-irregular.zip", "wb").write(
    zip_bytes([("1122334455-delivery-1.zip", inner1), ("1122334455-delivery-2.zip", inner2_irregular)]))
