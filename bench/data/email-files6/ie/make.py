#!/usr/bin/env python3
"""Mailbox 'ie' of email-files6: the Walsh / Ní Bhriain household in Ballincollig, Co. Cork.

Deterministic (seeded, stdlib only). Run from the repository root:
    .venv/bin/python bench/data/email-files6/ie/make.py
It rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json in this folder.
"""

import datetime as dt
import hashlib
import json
import mailbox
import os
import random
import re
import shutil
from email import charset as _cs
from email.charset import Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-26"
RNG = random.Random(20261126)

ME_NAME = "Aoife Ní Bhriain"
ME = "aoife.nibhriain@gmail.com"
DARRAGH = "darragh.walsh@eircom.net"

# ---------------------------------------------------------------- helpers


def irish_tz(d):
    """Europe/Dublin: IST (+01:00) from last Sunday of March 01:00 UTC to last Sunday of October."""

    def last_sunday(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)

    start = dt.datetime.combine(last_sunday(d.year, 3), dt.time(1, 0))
    end = dt.datetime.combine(last_sunday(d.year, 10), dt.time(1, 0))
    return dt.timezone(dt.timedelta(hours=1)) if start <= d < end else dt.UTC


def when(y, m, d, h=9, mi=0, tz=None):
    naive = dt.datetime(y, m, d, h, mi, RNG.randint(0, 59))
    if tz is None:
        return naive.replace(tzinfo=irish_tz(naive))
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def eur(x, sym="€"):
    return f"{sym}{x:,.2f}"


def eur_c(x):
    """decimal comma, symbol after: 12,99 €"""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def vat_split(total, rate):
    net = round(total / (1 + rate), 2)
    return net, round(total - net, 2)


def dlong(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def dshort(d):
    return d.strftime("%d/%m/%Y")


def dmon(d):
    return d.strftime("%d %b %Y")


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


D = dt.date
MSGS = []


def add(
    date,
    name,
    addr,
    subject,
    text=None,
    html=None,
    labels=(),
    enc="qp",
    cs="utf-8",
    to=None,
    slug=None,
    extra=None,
):
    MSGS.append(
        dict(
            date=date,
            name=name,
            addr=addr,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            enc=enc,
            cs=cs,
            to=to,
            slug=slug,
            extra=extra or {},
        )
    )


def make_charset(name, enc):
    c = Charset(name)
    if enc == "b64":
        c.body_encoding = _cs.BASE64
    elif enc == "qp":
        c.body_encoding = _cs.QP
    else:
        c.body_encoding = None
    c.header_encoding = _cs.BASE64 if name == "utf-8" and enc == "b64" else _cs.QP
    return c


def part(body, sub, csname, enc):
    if enc == "8bit":
        try:
            body.encode("ascii")
            return MIMEText(body, sub, "us-ascii")
        except UnicodeEncodeError:
            m = MIMEText(body, sub, make_charset(csname, "qp"))
            return m
    return MIMEText(body, sub, make_charset(csname, enc))


def hdr(s, csname):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, csname if csname != "us-ascii" else "utf-8", header_name="Subject")


PLAIN_ONLY = {DARRAGH, "clodagh.nibhriain@outlook.ie", "support@blacknight.com", "noreply@ncts.ie"}


def auto_html(m):
    import html as _h

    paras = [p for p in m["text"].split("\n\n") if p.strip()]
    body = "\n".join(
        '<p style="margin:0 0 12px 0">' + _h.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras
    )
    return html_page(
        '<table width="620" align="center" cellpadding="0" cellspacing="0"><tr>'
        '<td style="padding:20px;font-size:14px;line-height:1.4">\n' + body + "\n</td></tr></table>"
    )


def build(i, m):
    if m["html"] is None and m["addr"] not in PLAIN_ONLY:
        m["html"] = auto_html(m)
    seed = hashlib.sha1(f"{i}|{m['addr']}|{m['subject']}".encode()).hexdigest()
    if m["text"] is not None and m["html"] is not None:
        msg = MIMEMultipart("alternative", boundary="----=_Part_" + seed[:20])
        msg.attach(part(m["text"], "plain", m["cs"], m["enc"]))
        msg.attach(part(m["html"], "html", m["cs"], m["enc"]))
    elif m["html"] is not None:
        msg = part(m["html"], "html", m["cs"], m["enc"])
    else:
        msg = part(m["text"], "plain", m["cs"], m["enc"])
    hcs = m["cs"] if m["cs"] != "us-ascii" else "utf-8"
    # headers in the usual order
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = formataddr((m["name"], m["addr"]), charset=hcs)
    to = m["to"] or (ME_NAME, ME)
    msg["To"] = formataddr(to, charset=hcs)
    msg["Subject"] = hdr(m["subject"], hcs)
    msg["Date"] = format_datetime(m["date"])
    domain = m["addr"].split("@")[1]
    msg["Message-ID"] = f"<{seed[:16]}.{seed[16:28]}@{domain}>"
    for k, v in m["extra"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def slugify(s):
    s = s.lower()
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def html_page(body, font="Arial, Helvetica, sans-serif", bg="#ffffff"):
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
        f'<body style="margin:0;padding:0;background:{bg};font-family:{font}">\n{body}\n</body></html>\n'
    )


def rows(pairs, bold_last=False):
    out = []
    for j, (a, b) in enumerate(pairs):
        w = ' style="font-weight:bold"' if bold_last and j == len(pairs) - 1 else ""
        out.append(
            f'<tr{w}><td style="padding:4px 8px">{a}</td>'
            f'<td style="padding:4px 8px;text-align:right">{b}</td></tr>'
        )
    return "\n".join(out)


def strip_html(h):
    t = re.sub(r"<br\s*/?>", "\n", h)
    t = re.sub(r"</(p|tr|h\d|div)>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = re.sub(r"[ \t]+", " ", t)
    return "\n".join(x.strip() for x in t.splitlines() if x.strip()) + "\n"


TRUTHS = []


def truth(name, aliases, amount, cycle, status, next_renewal, kind):
    TRUTHS.append(
        dict(
            name=name,
            aliases=aliases,
            amount=amount,
            currency="EUR",
            cycle=cycle,
            status=status,
            next_renewal=next_renewal,
            kind=kind,
        )
    )


HARD_NEG = []

# ================================================================ subscriptions and bills

# ---- Electric Ireland: monthly smart-meter bill, HTML only, debit 14 days after bill date
truth(
    "Electric Ireland",
    ["Electric Ireland Electricity", "electricireland.ie", "ESB Electric Ireland"],
    "142.18",
    "monthly",
    "active",
    "2026-12-02",
    "bill",
)
EI_TOT = [168.42, 181.07, 173.55, 151.30, 128.64, 109.88, 97.15, 94.72, 101.39, 115.26, 126.93, 142.18]
for k, tot in enumerate(EI_TOT):
    y, mo = (2025, 12) if k == 0 else (2026, k)
    bill = D(y, mo, 18)
    dd = bill + dt.timedelta(days=14)
    prev = D(y, mo, 1) - dt.timedelta(days=1)
    per_from = D(prev.year, prev.month, 16) if k else D(2025, 11, 16)
    per_to = D(y, mo, 15)
    standing = 19.97
    pso = 1.72
    net, vat = vat_split(tot, 0.135)
    units = round((net - standing - pso) / 0.3621)
    html = html_page(f"""
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0c2f63;color:#ffffff;padding:18px 24px;font-size:22px">Electric Ireland</td></tr>
<tr><td style="padding:24px">
<p>Hi Aoife,</p>
<p>Your latest electricity bill is now available to view in your online account.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0">
{
        rows(
            [
                ("Account number", "9004 518 276"),
                ("Bill date", dmon(bill)),
                ("Billing period", f"{dmon(per_from)} - {dmon(per_to)}"),
                ("Day/Night units used", f"{units:,} kWh"),
                ("Standing charge", eur(standing)),
                ("PSO levy", eur(pso)),
                ("Energy charges", eur(net - standing - pso)),
                ("Total before VAT", eur(net)),
                ("VAT @ 13.5%", eur(vat)),
                ("Amount due", eur(tot)),
            ],
            bold_last=True,
        )
    }
</table>
<p>This amount will be debited from your bank account by Direct Debit on or after <b>{dmon(dd)}</b>.
There is nothing you need to do.</p>
<p><a href="https://youraccountonline.electricireland.ie/">View your bill</a></p>
<p style="font-size:12px;color:#666">Electric Ireland is a trading name of ESB Customer Supply DAC,
registered in Ireland No. 654545. Registered office: One Dublin Airport Central, Dublin Airport, Cloghran, Co. Dublin.</p>
</td></tr></table></td></tr></table>""")
    add(
        when(bill.year, bill.month, bill.day, 7, 12),
        "Electric Ireland",
        "noreply@electricireland.ie",
        "Your Electric Ireland bill is ready",
        html=html,
        enc="b64",
        labels=["Electric Ireland"],
    )

# ---- Bord Gáis Energy gas, Budget Plan (fixed monthly), bills every two months, review raises payment
truth(
    "Bord Gáis Energy",
    ["Bord Gais Energy", "Bord Gáis Energy Gas", "Budget Plan", "bordgaisenergy.ie"],
    "110.00",
    "monthly",
    "active",
    "2026-12-15",
    "bill",
)
BGE = [
    (D(2026, 1, 7), 262.18, 95.00),
    (D(2026, 3, 6), 241.66, 95.00),
    (D(2026, 5, 8), 133.02, 95.00),
    (D(2026, 7, 7), 71.45, 95.00),
    (D(2026, 9, 8), 78.91, 95.00),
    (D(2026, 11, 6), 176.30, 110.00),
]
for bill, used, plan in BGE:
    nxt = D(bill.year, bill.month, 15)
    net, vat = vat_split(used, 0.135)
    paid = plan * 2 if bill.month != 11 else 95.00 + 110.00
    bal = round(used - paid, 2)
    baltxt = f"{eur(abs(bal))} {'in credit' if bal < 0 else 'to pay'}"
    text = f"""Hi Aoife,

Your new Bord Gáis Energy gas bill is ready.

Account number: 71 2204 9913
Bill issue date: {dlong(bill)}

Gas used this period (incl. VAT at 13.5%): {eur(used)}
   of which VAT: {eur(vat)}
Budget Plan payments received: {eur(paid)}
Balance: {baltxt}

You're on Budget Plan, so you don't need to pay this bill. Your next Budget Plan
payment of {eur(plan)} will be collected by Direct Debit on {dlong(nxt)}.

Log in to My Account at bordgaisenergy.ie to see the full bill.

Thanks,
The Bord Gáis Energy team

Bord Gáis Energy Limited, registered in Ireland No. 463078, One Warrington Place, Dublin 2, D02 HH27.
"""
    html = html_page(
        '<table width="640" align="center"><tr><td style="background:#0077c8;color:#fff;padding:16px">'
        'Bord Gáis Energy</td></tr><tr><td style="padding:16px">'
        + text.replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</td></tr></table>"
    )
    add(
        when(bill.year, bill.month, bill.day, 10, 4),
        "Bord Gáis Energy",
        "myaccount@bordgaisenergy.ie",
        "Your Bord Gáis Energy bill is ready",
        text=text,
        html=html,
        enc="qp",
        labels=["Bord Gáis Energy"],
    )
add(
    when(2026, 9, 22, 11, 30),
    "Bord Gáis Energy",
    "myaccount@bordgaisenergy.ie",
    "Important: your Budget Plan payment is changing",
    text="""Dear Aoife Ní Bhriain,

We review every Budget Plan once a year to make sure your monthly payments cover the gas
you're likely to use over the next 12 months.

Account number: 71 2204 9913

  Current monthly payment:   €95.00
  New monthly payment:       €110.00
  First payment at new rate: 15 October 2026

Your Direct Debit will be collected on the 15th of each month as usual. If you'd like to
talk to us about this change, call 1850 632 632 or reply through My Account.

Kind regards,
Customer Care
Bord Gáis Energy
""",
    enc="qp",
    labels=["Bord Gáis Energy"],
)

# ---- eir broadband & landline: monthly bill, April price rise, one month with call charges
truth(
    "eir Broadband",
    ["eir", "eir Fibre Broadband", "eir broadband & landline", "eircom"],
    "73.49",
    "monthly",
    "active",
    "2026-12-03",
    "bill",
)
EIR = [
    (D(2025, 12, 20), 69.99),
    (D(2026, 2, 20), 69.99),
    (D(2026, 4, 20), 73.49),
    (D(2026, 8, 20), 76.12),
    (D(2026, 10, 20), 73.49),
    (D(2026, 11, 20), 73.49),
]
for bill, tot in EIR:
    ddd = bill + dt.timedelta(days=13)
    net, vat = vat_split(tot, 0.23)
    extra = "" if tot in (69.99, 73.49) else "\nCalls outside your bundle: €2.63 (incl. VAT)"
    text = f"""Your eir bill is now available

Hi Aoife,

Your bill for account number 0214 87 3391 is now available on my eir.

Bill date:                 {dshort(bill)}
Total amount due:          {eur(tot)}
(incl. VAT @ 23%:          {eur(vat)}){extra}

Your Direct Debit will be taken on or after {dshort(ddd)}.

To view your bill, log in to my eir at my.eir.ie or download the my eir app.

Thank you for choosing eir.

eircom Limited, registered in Ireland No. 98789. Registered office: 2022 Bianconi Avenue,
Citywest Business Campus, Dublin 24, D24 HX03.
"""
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#6e2c91;color:#fff;padding:18px;font-size:20px">eir</td></tr>
<tr><td style="padding:18px"><h2>Your eir bill is now available</h2><p>Hi Aoife,</p>
<p>Your bill for account number <b>0214 87 3391</b> is now available on my eir.</p>
<table cellpadding="4">{rows([("Bill date", dshort(bill)), ("Total amount due", eur(tot)), ("incl. VAT @ 23%", eur(vat))])}</table>
<p>Your Direct Debit will be taken on or after <b>{dshort(ddd)}</b>.</p>
<p><a href="https://my.eir.ie">View my bill</a></p></td></tr></table>""")
    add(
        when(bill.year, bill.month, bill.day, 6, 45),
        "eir",
        "noreply@eir.ie",
        "Your eir bill is now available",
        text=text,
        html=html,
        enc="b64",
        labels=["eir Broadband"],
    )
add(
    when(2026, 2, 12, 14, 2),
    "eir",
    "noreply@eir.ie",
    "Important information about your eir price",
    text="""Dear Customer,

We're writing to let you know about a change to the price of your eir services.

From 1 April 2026, the monthly price of your eir Fibre Broadband & Landline plan will increase
by €3.50 (incl. VAT), from €69.99 to €73.49 per month.

As set out in our terms and conditions, eir applies an annual price change each April. You can
find more information at eir.ie/pricechanges.

Account number: 0214 87 3391

Kind regards,
eir Customer Care
""",
    html=None,
    enc="8bit",
    labels=["eir Broadband"],
)

# ---- Three Ireland bill pay (Darragh's phone)
truth(
    "Three Ireland",
    ["Three", "3 Ireland", "Three Bill Pay", "Three Ireland (Hutchison) Ltd"],
    "30.00",
    "monthly",
    "active",
    "2026-12-22",
    "bill",
)
for bill, tot in [
    (D(2026, 1, 8), 30.00),
    (D(2026, 3, 8), 30.00),
    (D(2026, 5, 8), 34.50),
    (D(2026, 8, 8), 30.00),
    (D(2026, 10, 8), 30.00),
    (D(2026, 11, 8), 30.00),
]:
    pay = bill + dt.timedelta(days=14)
    net, vat = vat_split(tot, 0.23)
    text = f"""Hi Aoife,

Your Three bill is ready to view.

Account: 3004 118 662
Mobile: 087 *** 4419 (Darragh)
Bill date: {bill.strftime("%d %B %Y")}
Amount: €{tot:.2f}

Your payment will be collected by Direct Debit on {dshort(pay)}.

Breakdown
  Monthly plan (Unlimited 5G SIM Only)   €30.00
{"  International calls                    €4.50" + chr(10) if tot != 30 else ""}  Total (incl. VAT €{vat:.2f})          €{tot:.2f}

See your itemised bill in the My3 app.

Three Ireland (Hutchison) Limited. Registered in Ireland, No. 316772.
"""
    add(
        when(bill.year, bill.month, bill.day, 8, 20),
        "Three",
        "billing@three.ie",
        "Your Three bill is ready",
        text=text,
        html=None,
        enc="8bit",
        labels=["Three Ireland"],
    )

# ---- GoMo SIM (Aoife), card charged 5th; June payment failed then collected
truth("GoMo", ["GoMo Mobile", "gomo.ie"], "14.99", "monthly", "active", "2026-12-05", "bill")


def gomo(d, subject, body, enc="qp"):
    html = html_page(f"""<table width="560" align="center" style="border-collapse:collapse">
<tr><td style="background:#111;color:#ff4bb4;padding:14px;font-size:24px;font-weight:bold">GoMo</td></tr>
<tr><td style="padding:18px;font-size:15px">{body.replace(chr(10), "<br>")}</td></tr>
<tr><td style="padding:10px;font-size:11px;color:#888">GoMo is a brand of Eircom Limited. Registered office 2022 Bianconi Avenue, Dublin 24.</td></tr>
</table>""")
    add(d, "GoMo", "hello@gomo.ie", subject, text=body, html=html, enc=enc, labels=["GoMo"])


gomo(
    when(2026, 1, 5, 3, 10),
    "Payment received - thanks!",
    "Hey Aoife,\n\nWe've taken your monthly payment of €14.99 for 0892 *** 207.\n\nNext payment: 05.02.2026\n\nThat's it. No contracts, no surprises.\nThe GoMo Team",
)
gomo(
    when(2026, 6, 5, 3, 12),
    "Uh oh, your payment didn't go through",
    "Hey Aoife,\n\nWe tried to take your monthly payment of €14.99 today but your card ending 8830 was declined.\n\nWe'll try again in a few days. To keep your GoMo service running, please update your card details in the GoMo app.\n\nThe GoMo Team",
)
gomo(
    when(2026, 6, 8, 3, 9),
    "Payment received - thanks!",
    "Hey Aoife,\n\nGood news - we've now taken your payment of €14.99 for 0892 *** 207 using card ending 1172.\n\nNext payment: 05.07.2026\n\nThe GoMo Team",
)
gomo(
    when(2026, 10, 5, 3, 11),
    "Payment received - thanks!",
    "Hey Aoife,\n\nWe've taken your monthly payment of €14.99 for 0892 *** 207.\n\nNext payment: 05.11.2026\n\nThe GoMo Team",
    enc="b64",
)
gomo(
    when(2026, 11, 5, 3, 14),
    "Payment received - thanks!",
    "Hey Aoife,\n\nWe've taken your monthly payment of €14.99 for 0892 *** 207.\n\nNext payment: 05.12.2026\n\nThe GoMo Team",
)

# ---- TV Licence (An Post), yearly by direct debit, bilingual
truth(
    "TV Licence",
    ["An Post TV Licence", "Ceadúnas Teilifíse", "TV Licence Ireland"],
    "160.00",
    "yearly",
    "active",
    "2026-12-01",
    "bill",
)
add(
    when(2025, 12, 1, 12, 5),
    "An Post TV Licence",
    "tvlicence@anpost.ie",
    "Your TV Licence has been renewed / Tá do Cheadúnas Teilifíse athnuaite",
    text="""A chara,

Thank you. Your TV Licence has been renewed by Direct Debit.

Licence number:  TVL 4471 0932 18
Licence holder:  Aoife Ní Bhriain
Address:         14 Ard na Gréine, Ballincollig, Co. Cork P31 W2K8
Valid from:      01/12/2025
Valid to:        30/11/2026
Amount debited:  €160.00

Your licence will renew automatically by Direct Debit each year unless you tell us otherwise.

Go raibh maith agat,
TV Licence Team / Foireann an Cheadúnais Teilifíse
An Post, GPO, O'Connell Street, Dublin 1
""",
    enc="qp",
    cs="iso-8859-15",
    labels=["TV Licence"],
)
add(
    when(2026, 11, 9, 12, 40),
    "An Post TV Licence",
    "tvlicence@anpost.ie",
    "Your TV Licence is due for renewal",
    text="""A chara,

Your TV Licence TVL 4471 0932 18 expires on 30/11/2026.

As you pay by Direct Debit, you don't need to do anything. Your licence will be renewed
automatically and €160.00 will be debited from your account on or after 01/12/2026.

Tá do Cheadúnas Teilifíse le hathnuachan. Ní gá duit aon rud a dhéanamh.

If your bank details have changed, please contact us at tvlicence.ie.

TV Licence Team
An Post
""",
    enc="qp",
    cs="iso-8859-15",
    labels=["TV Licence"],
)

# ---- Vhi Healthcare family plan, monthly direct debit, renewal 1 March with new premium
truth(
    "Vhi Healthcare",
    ["Vhi", "Vhi Health Insurance", "Vhi Health Access", "vhi.ie"],
    "301.42",
    "monthly",
    "active",
    "2026-12-01",
    "bill",
)
add(
    when(2026, 1, 29, 16, 15),
    "Vhi Healthcare",
    "renewals@vhi.ie",
    "Your Vhi renewal documents are ready",
    text="""Dear Aoife,

Your Vhi Healthcare policy is due for renewal on 01 March 2026. Your renewal documents,
including your Table of Benefits and Premium Schedule, are now available in MyVhi.

Policy number: 2081 6632 04
Plan: Health Access (2 adults, 2 children)

Annual premium (after tax relief at source):   €3,617.04
Payment method:                                  Direct Debit, monthly
Monthly instalment from 01 March 2026:           €301.42
(current monthly instalment:                     €284.16)

If you're happy with your cover, you don't need to do anything: your policy will renew
automatically and your Direct Debit will continue on the 1st of each month.

Kind regards,
Vhi Healthcare

Vhi Healthcare DAC trading as Vhi Health Insurance is regulated by the Central Bank of Ireland.
""",
    html=html_page("""<table width="620" align="center"><tr><td style="background:#00205b;color:#fff;padding:16px;font-size:20px">Vhi</td></tr>
<tr><td style="padding:16px"><p>Dear Aoife,</p><p>Your Vhi Healthcare policy is due for renewal on <b>01 March 2026</b>.</p>
<table cellpadding="5" style="border:1px solid #ccc">
<tr><td>Policy number</td><td>2081 6632 04</td></tr><tr><td>Plan</td><td>Health Access (2 adults, 2 children)</td></tr>
<tr><td>Annual premium (after tax relief at source)</td><td>€3,617.04</td></tr>
<tr><td>Monthly instalment from 01 March 2026</td><td>€301.42</td></tr>
<tr><td>Current monthly instalment</td><td>€284.16</td></tr></table>
<p>If you're happy with your cover, you don't need to do anything.</p></td></tr></table>"""),
    enc="qp",
    labels=["Vhi Healthcare"],
)
add(
    when(2026, 3, 2, 9, 5),
    "Vhi Healthcare",
    "noreply@vhi.ie",
    "Your policy has been renewed",
    text="""Dear Aoife,

Thank you for renewing with Vhi. Your policy 2081 6632 04 renewed on 01/03/2026.

Your first monthly Direct Debit of €301.42 was collected on 01/03/2026. Future payments
of €301.42 will be collected on the 1st of each month until your next renewal on 01/03/2027.

Vhi Healthcare
""",
    enc="8bit",
    labels=["Vhi Healthcare"],
)
add(
    when(2026, 9, 17, 15, 22),
    "Vhi Healthcare",
    "claims@vhi.ie",
    "We've processed your claim",
    text="""Dear Aoife,

We've processed your recent claim for Oisín Walsh (Vhi SwiftCare Clinic, Cork, 28/08/2026).

Amount claimed:  €135.00
Amount paid:     €135.00 (paid directly to the provider)

There's nothing further you need to do.

Vhi Healthcare
""",
    enc="qp",
    labels=[],
)

# ---- Aviva car insurance, annual, renewal invite with new premium
truth(
    "Aviva Car Insurance",
    ["Aviva", "Aviva Insurance Ireland", "Aviva Motor"],
    "712.35",
    "yearly",
    "active",
    "2026-12-09",
    "bill",
)
add(
    when(2025, 12, 9, 10, 30),
    "Aviva Insurance Ireland",
    "ireland.direct@aviva.ie",
    "Your Aviva car insurance documents - policy AV-MTR-5529184",
    text="""Dear Ms Ní Bhriain,

Thank you for renewing your car insurance with Aviva.

Policy number:    AV-MTR-5529184
Vehicle:          2019 Skoda Octavia 1.6 TDI (191-C-40772)
Period of cover:  09/12/2025 to 08/12/2026
Total premium:    €684.20 (includes Government Levy of 3%)
Payment:          paid in full by card ending 4417 on 09/12/2025

Your policy documents, including your Certificate of Insurance and Schedule, are attached
in MyAviva. Please display your insurance disc in your windscreen.

Yours sincerely,
Aviva Direct Ireland

Aviva Insurance Ireland DAC is regulated by the Central Bank of Ireland.
""",
    enc="qp",
    labels=["Aviva Car Insurance"],
)
add(
    when(2026, 11, 4, 9, 15),
    "Aviva Insurance Ireland",
    "ireland.direct@aviva.ie",
    "Your car insurance renewal - AV-MTR-5529184",
    text="""Dear Ms Ní Bhriain,

Your car insurance is due for renewal on 09/12/2026.

Policy number:         AV-MTR-5529184
Renewal premium:       €712.35
Last year's premium:   €684.20
Government Levy (3%):  included

You have chosen to renew automatically. We will take the renewal premium of €712.35 from your
card ending 4417 on 09/12/2026. If you don't want to renew, or your details have changed,
please contact us before the renewal date on 01 200 2000.

Why has my premium changed? Your premium is calculated on a range of factors, including the
cost of claims. Your No Claims Discount of 5 years has been applied.

Yours sincerely,
Aviva Direct Ireland
""",
    html=html_page("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffd900;padding:14px;font-size:22px;color:#1e3c8c">Aviva</td></tr>
<tr><td style="padding:16px"><p>Dear Ms Ní Bhriain,</p><p>Your car insurance is due for renewal on <b>09/12/2026</b>.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Policy number</td><td>AV-MTR-5529184</td></tr>
<tr><td>Renewal premium</td><td><b>€712.35</b></td></tr>
<tr><td>Last year's premium</td><td>€684.20</td></tr>
<tr><td>Government Levy (3%)</td><td>included</td></tr></table>
<p>You have chosen to renew automatically. We will take the renewal premium of €712.35 from your card ending 4417 on 09/12/2026.</p>
</td></tr></table>"""),
    enc="b64",
    labels=["Aviva Car Insurance"],
)

# ---- Zurich home insurance: annual premium in 12 monthly instalments by DD on the 28th
truth(
    "Zurich Home Insurance",
    ["Zurich", "Zurich Insurance Europe AG", "Zurich Home"],
    "38.17",
    "monthly",
    "active",
    "2026-11-28",
    "bill",
)
add(
    when(2026, 5, 20, 8, 50),
    "Zurich Insurance",
    "home.renewals@zurich.ie",
    "Your Zurich Home Insurance renewal invitation",
    text="""Dear Aoife Ni Bhriain,

Your Zurich Home Insurance policy ZHI/7718230 is due for renewal on 28 June 2026.

Buildings cover:   EUR 320,000
Contents cover:    EUR 55,000
Annual premium:    EUR 441.00 (incl. 3% Government Levy)
Paying monthly:    12 instalments of EUR 38.17 (total EUR 458.04, includes a credit charge
                   of EUR 17.04, APR 7.4%)

Your Direct Debit will continue on the 28th of each month. You do not need to do anything
to renew.

Zurich Insurance Europe AG, Ireland Branch. Zurich House, Frascati Road, Blackrock, Co. Dublin.
""",
    enc="8bit",
    labels=["Zurich Home Insurance"],
)
add(
    when(2026, 6, 29, 7, 5),
    "Zurich Insurance",
    "home.renewals@zurich.ie",
    "Confirmation of renewal - Home Insurance ZHI/7718230",
    text="""Dear Aoife Ni Bhriain,

Thank you for renewing. Your policy ZHI/7718230 renewed on 28/06/2026.

Instalment schedule
  28/07/2026  EUR 38.17
  28/08/2026  EUR 38.17
  28/09/2026  EUR 38.17
  ... and on the 28th of each month to 28/06/2027

Your first instalment of EUR 38.17 was collected on 28/06/2026.

Zurich Customer Service
""",
    enc="8bit",
    labels=["Zurich Home Insurance"],
)

# ---- Country Clean bins: quarterly invoice (service charge + lifts), DD 14 days later
truth(
    "Country Clean",
    ["Country Clean Recycling", "bin collection", "countryclean.ie"],
    "87.40",
    "quarterly",
    "active",
    "2027-01-19",
    "bill",
)
for inv, svc, lifts, tot in [
    (D(2026, 1, 5), 45.00, 27.03, 81.75),
    (D(2026, 4, 6), 45.00, 19.40, 73.09),
    (D(2026, 7, 6), 49.50, 20.62, 79.58),
    (D(2026, 10, 5), 49.50, 27.50, 87.40),
]:
    net, vat = vat_split(tot, 0.135)
    ddd = inv + dt.timedelta(days=14)
    html = html_page(f"""<table width="600" cellpadding="6" cellspacing="0" style="border:1px solid #2e7d32">
<tr><td colspan="2" style="background:#2e7d32;color:#fff;font-size:18px">Country Clean Recycling - Invoice</td></tr>
<tr><td>Customer</td><td>Darragh Walsh, 14 Ard na Gréine, Ballincollig</td></tr>
<tr><td>Customer no.</td><td>CC-118204</td></tr>
<tr><td>Invoice date</td><td>{inv.strftime("%d.%m.%Y")}</td></tr>
<tr><td>Quarterly service charge</td><td>€{round(svc / 1.135, 2):.2f}</td></tr>
<tr><td>Lift &amp; weight charges</td><td>€{round(net - round(svc / 1.135, 2), 2):.2f}</td></tr>
<tr><td>Subtotal</td><td>€{net:.2f}</td></tr>
<tr><td>VAT 13.5%</td><td>€{vat:.2f}</td></tr>
<tr><td><b>Total</b></td><td><b>€{tot:.2f}</b></td></tr>
<tr><td colspan="2">Payment will be taken by Direct Debit on {ddd.strftime("%d.%m.%Y")}. Thank you for recycling with us!</td></tr>
</table>""")
    add(
        when(inv.year, inv.month, inv.day, 13, 0),
        "Country Clean",
        "accounts@countryclean.ie",
        f"Invoice {inv.strftime('%y%m')}-118204 from Country Clean",
        html=html,
        enc="qp",
        labels=["Country Clean"],
    )
add(
    when(2026, 6, 14, 21, 3),
    "Darragh Walsh",
    DARRAGH,
    "Fwd: Changes to your service charges from 1 July",
    text="""FYI - the bins are going up again. Sure what can you do.

D

---------- Forwarded message ---------
From: Country Clean <accounts@countryclean.ie>
Date: Fri, 12 Jun 2026 at 11:02
Subject: Changes to your service charges from 1 July
To: <darragh.walsh@eircom.net>

Dear Customer,

Due to increased landfill levies and operating costs, your quarterly service charge
will increase from €45.00 to €49.50 (incl. VAT) from 1 July 2026. Lift and weight charges
are unchanged.

Customer no.: CC-118204

Thank you for your continued custom.
Country Clean Recycling, Churchfield Industrial Estate, Cork
""",
    enc="qp",
    labels=["Country Clean"],
)

# ---- Local Property Tax by monthly direct debit (Revenue), bilingual footer
truth(
    "Local Property Tax",
    ["LPT", "Revenue LPT", "Cáin Mhaoine Áitiúil", "Revenue Commissioners"],
    "33.75",
    "monthly",
    "active",
    "2026-12-21",
    "bill",
)
REV_FOOT = """
Please do not reply to this email. / Ná freagair an ríomhphost seo, le do thoil.

Revenue - Irish Tax and Customs / Na Coimisinéirí Ioncaim
"""
add(
    when(2025, 12, 3, 15, 10),
    "Revenue",
    "noreply@revenue.ie",
    "Local Property Tax - confirmation of your 2026 payment arrangement",
    text="""Dear Aoife Ní Bhriain,

Property ID: LPT-7Q3P9K2

This is to confirm that you have chosen to pay your Local Property Tax (LPT) for 2026 by
Direct Debit.

LPT liability 2026:     €405.00
Payment method:         Monthly Direct Debit
Number of deductions:   12
Amount of each deduction: €33.75
Deductions will be taken on or after the 21st of each month, starting in January 2026.

You can view your LPT record in myAccount at www.revenue.ie.
"""
    + REV_FOOT,
    enc="qp",
    cs="windows-1252",
    labels=["Local Property Tax"],
)
add(
    when(2026, 11, 12, 15, 30),
    "Revenue",
    "noreply@revenue.ie",
    "Local Property Tax 2027 - your payment arrangement",
    text="""Dear Aoife Ní Bhriain,

Property ID: LPT-7Q3P9K2

Your Local Property Tax liability for 2027 is €405.00. As you paid your 2026 LPT by monthly
Direct Debit, this payment method will continue for 2027 unless you change it in myAccount.

Your final 2026 deduction of €33.75 will be taken on or after 21 December 2026.
Your 2027 deductions of €33.75 will be taken on or after the 21st of each month from
21 January 2027.
"""
    + REV_FOOT,
    enc="qp",
    cs="windows-1252",
    labels=["Local Property Tax"],
)

# ---- Netflix: no receipts; payment-method update and a price change notice (HTML only)
truth(
    "Netflix",
    ["Netflix Standard", "Netflix International B.V."],
    "15.99",
    "monthly",
    "active",
    "2026-12-17",
    "subscription",
)


def netflix_html(inner):
    return html_page(
        f"""<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f3f3"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:20px 40px;color:#e50914;font-size:30px;font-weight:bold">NETFLIX</td></tr>
<tr><td style="padding:0 40px 30px 40px;font-size:16px;color:#221f1f">{inner}</td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6">Questions? Visit the Help Centre: help.netflix.com<br>
Netflix International B.V.<br>This account email has been sent to you as part of your Netflix membership.</td></tr>
</table></td></tr></table>""",
        font="Helvetica, Arial, sans-serif",
        bg="#f3f3f3",
    )


add(
    when(2026, 1, 11, 19, 42),
    "Netflix",
    "info@account.netflix.com",
    "Your payment information has been updated",
    html=netflix_html("""<h1 style="font-size:28px">Payment method updated</h1>
<p>Hi Aoife,</p><p>The payment method on your account has been updated to <b>Visa ••••1172</b>.</p>
<table cellpadding="6" cellspacing="0" width="100%" style="border-top:1px solid #ccc">
<tr><td>Plan</td><td align="right">Standard</td></tr>
<tr><td>Next billing date</td><td align="right">17 January 2026</td></tr>
<tr><td>Amount</td><td align="right">€14.99/month</td></tr></table>
<p>If you didn't make this change, please <a href="https://www.netflix.com/password">reset your password</a>.</p>"""),
    enc="qp",
    labels=["Netflix"],
)
add(
    when(2026, 5, 18, 20, 3),
    "Netflix",
    "info@account.netflix.com",
    "An update on your Netflix membership",
    html=netflix_html("""<h1 style="font-size:28px">We're updating our prices</h1>
<p>Hi Aoife,</p>
<p>We're writing to let you know that the price of your Standard plan is going up to <b>€15.99/month</b>,
starting on your billing date of 17 June 2026.</p>
<p>We want to keep offering you more of the TV shows and films you love. As always, you can
change your plan or cancel online at any time.</p>
<p>— Your friends at Netflix</p>"""),
    enc="b64",
    labels=["Netflix"],
)
add(
    when(2026, 9, 3, 22, 51),
    "Netflix",
    "info@account.netflix.com",
    "New sign-in to your account",
    html=netflix_html("""<h1>New sign-in detected</h1><p>Hi Aoife,</p>
<p>Someone signed in to your Netflix account on a new device: <b>Samsung Smart TV, Kerry, Ireland</b>, 3 September 2026.</p>
<p>If this was you, enjoy! If not, <a href="https://www.netflix.com/password">change your password</a>.</p>"""),
    enc="qp",
    labels=[],
)

# ---- Spotify: monthly receipts, Duo -> Family upgrade in March
truth(
    "Spotify Premium Family",
    ["Spotify", "Spotify Premium", "Spotify Family", "Spotify AB"],
    "20.99",
    "monthly",
    "active",
    "2026-12-09",
    "subscription",
)


def spotify(d, plan, amt, note=""):
    net, vat = vat_split(amt, 0.23)
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:24px;background:#121212;color:#1ed760;font-size:26px;font-weight:bold">Spotify</td></tr>
<tr><td style="padding:24px"><h2>Your receipt</h2>{note}
<table width="100%" cellpadding="6">
<tr><td>Date</td><td align="right">{d.strftime("%d/%m/%Y")}</td></tr>
<tr><td>Order number</td><td align="right">{RNG.randint(10**9, 10**10 - 1)}</td></tr>
<tr><td>{plan}</td><td align="right">{eur(amt)}</td></tr>
<tr><td>Total excl. VAT</td><td align="right">{eur(net)}</td></tr>
<tr><td>VAT (23%)</td><td align="right">{eur(vat)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{eur(amt)}</b></td></tr>
<tr><td>Payment method</td><td align="right">Mastercard ending in 5530</td></tr></table>
<p>Your next payment will be on {(d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))).strftime("%d/%m/%Y")}.</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#777">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. VAT: SE556703748501</td></tr></table>""")
    text = strip_html(html)
    add(
        when(d.year, d.month, d.day, 4, 30),
        "Spotify",
        "no-reply@spotify.com",
        "Your Spotify Premium receipt",
        text=text,
        html=html,
        enc="qp" if d.month % 2 else "b64",
        labels=["Spotify Premium Family"],
    )


spotify(D(2025, 12, 9), "Premium Duo", 17.99)
spotify(D(2026, 2, 9), "Premium Duo", 17.99)
spotify(
    D(2026, 3, 9),
    "Premium Family",
    20.99,
    "<p>Thanks for upgrading to Premium Family! Up to 6 Premium accounts for family members living under one roof.</p>",
)
spotify(D(2026, 7, 9), "Premium Family", 20.99)
spotify(D(2026, 11, 9), "Premium Family", 20.99)
add(
    when(2025, 12, 3, 16, 0),
    "Spotify",
    "no-reply@spotify.com",
    "Aoife, your 2025 Wrapped is here 🎁",
    text="Your 2025 Wrapped is ready.\n\nYou listened to 41,228 minutes of music this year. Your top artist: Hozier.\n\nSee your Wrapped in the app.\n",
    html=html_page(
        '<table width="600" align="center"><tr><td style="background:#1ed760;padding:30px;font-size:28px">'
        'Your 2025 Wrapped is here</td></tr><tr><td style="padding:20px">41,228 minutes. Top artist: Hozier.</td></tr></table>'
    ),
    enc="b64",
    labels=[],
)

# ---- Flyefit gym via GoCardless, cancelled in August
truth(
    "Flyefit",
    ["Flyefit Cork", "Flyefit gym", "Flyefit Cork Kinsale Road"],
    "34.99",
    "monthly",
    "cancelled",
    None,
    "subscription",
)
for d, coll in [
    (D(2026, 1, 27), D(2026, 2, 1)),
    (D(2026, 4, 27), D(2026, 5, 1)),
    (D(2026, 7, 27), D(2026, 8, 1)),
]:
    add(
        when(d.year, d.month, d.day, 10, 0),
        "GoCardless",
        "noreply@gocardless.com",
        f"Flyefit will collect €34.99 from you on {coll.day} {coll.strftime('%B %Y')}",
        text=f"""Hi Aoife Ní Bhriain,

This is advance notice that Flyefit will collect a payment of €34.99 from your bank account
ending ••27 on {coll.day} {coll.strftime("%B %Y")}.

Reference: FLYEFIT-CK-20931
Description: Monthly membership - Flyefit Cork Kinsale Road

The payment will appear on your bank statement as GOCARDLESS FLYEFIT.

If you have any questions about this payment, please contact Flyefit directly at
members@flyefit.ie. You are protected by the SEPA Direct Debit scheme.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN, United Kingdom.
""",
        html=None,
        enc="qp",
        labels=["Flyefit"],
    )
add(
    when(2026, 8, 12, 18, 20),
    "Flyefit",
    "members@flyefit.ie",
    "Your membership cancellation",
    text="""Hi Aoife,

Sorry to see you go! We've received your cancellation request.

Member no: 20931
Home club: Flyefit Cork Kinsale Road
Membership: Monthly, €34.99

Your last payment was collected on 1 August 2026 and your membership will end on
31 August 2026. No further payments will be taken.

You're always welcome back.

Team Flyefit
""",
    html=html_page("""<table width="560" align="center"><tr><td style="background:#000;color:#f0e000;padding:16px;font-size:24px;font-weight:bold">FLYEFIT</td></tr>
<tr><td style="padding:16px"><p>Hi Aoife,</p><p>Sorry to see you go! We've received your cancellation request.</p>
<table cellpadding="4"><tr><td>Member no</td><td>20931</td></tr><tr><td>Membership</td><td>Monthly, €34.99</td></tr></table>
<p>Your last payment was collected on 1 August 2026 and your membership will end on 31 August 2026. No further payments will be taken.</p></td></tr></table>"""),
    enc="qp",
    labels=["Flyefit"],
)
add(
    when(2026, 8, 13, 9, 1),
    "GoCardless",
    "noreply@gocardless.com",
    "Your Direct Debit mandate has been cancelled",
    text="""Hi Aoife Ní Bhriain,

Your Direct Debit mandate to Flyefit (reference FLYEFIT-CK-20931) has been cancelled. No further
payments will be taken under this mandate.

GoCardless
""",
    enc="qp",
    labels=["Flyefit"],
)
add(
    when(2026, 11, 20, 12, 0),
    "Flyefit",
    "members@flyefit.ie",
    "BLACK FRIDAY: €0 joining fee + first month €19.99",
    html=html_page("""<table width="560" align="center"><tr><td style="background:#000;color:#f0e000;padding:20px;font-size:26px">BLACK FRIDAY AT FLYEFIT</td></tr>
<tr><td style="padding:16px"><p>We miss you, Aoife! Come back this Black Friday: <b>€0 joining fee</b> and your first month for <b>€19.99</b>,
then €34.99/month. 24/7 access to all Flyefit clubs.</p><p>Offer ends 1 December.</p></td></tr></table>"""),
    enc="qp",
    labels=[],
)

# ---- Irish Examiner digital, annual, renewal reminder at a new price
truth(
    "Irish Examiner",
    ["Irish Examiner Premium", "Irish Examiner Digital", "irishexaminer.com"],
    "109.00",
    "yearly",
    "active",
    "2026-12-03",
    "subscription",
)
add(
    when(2025, 12, 3, 20, 14),
    "Irish Examiner",
    "subscriptions@irishexaminer.com",
    "Welcome to Irish Examiner Premium",
    text="""Hi Aoife,

Thank you for subscribing to the Irish Examiner. You now have unlimited access to
irishexaminer.com and the Irish Examiner app, plus the digital edition of the paper.

Your subscription
  Plan:           Annual Digital
  Price:          €99.00 (incl. VAT)
  Start date:     3 December 2025
  Renewal date:   3 December 2026

Your subscription renews automatically each year. You can manage it at any time under
My Account.

Le meas,
The Irish Examiner team
Irish Examiner Ltd, Linn Dubh, Assumption Road, Blackpool, Cork.
""",
    html=None,
    enc="qp",
    labels=["Irish Examiner"],
)
add(
    when(2026, 11, 19, 8, 0),
    "Irish Examiner",
    "subscriptions@irishexaminer.com",
    "Your Irish Examiner subscription renews soon",
    text="""Hi Aoife,

Just a reminder that your Annual Digital subscription will renew automatically on
03/12/2026.

Renewal price: €109.00 (incl. VAT)
Card: Visa ending 1172

Thanks for supporting independent journalism from Cork.

The Irish Examiner team
""",
    html=html_page("""<table width="600" align="center"><tr><td style="border-bottom:3px solid #002e5d;padding:12px;font-family:Georgia,serif;font-size:26px">Irish Examiner</td></tr>
<tr><td style="padding:14px"><p>Hi Aoife,</p><p>Just a reminder that your <b>Annual Digital</b> subscription will renew automatically on <b>03/12/2026</b>.</p>
<p>Renewal price: <b>€109.00</b> (incl. VAT)<br>Card: Visa ending 1172</p></td></tr></table>"""),
    enc="b64",
    labels=["Irish Examiner"],
)

# ---- TFI Leap Card: Saoirse's 30-day Cork City ticket bought at the start of each school month
truth(
    "TFI Leap Card",
    ["Leap Card", "Leap 30 Day Cork City", "Student Leap 30 Day", "leapcard.ie"],
    "40.00",
    "monthly",
    "active",
    "2026-12-01",
    "subscription",
)


def leap(d, product, amt, labels, sub="Leap Card Order Confirmation"):
    oid = f"LC{d.strftime('%y%m%d')}{RNG.randint(1000, 9999)}"
    text = f"""TFI Leap Card - Order Confirmation
Cárta Leap TFI - Deimhniú Ordaithe

Dear Aoife,

Thank you for your order.

Order number: {oid}
Order date: {d.strftime("%d-%b-%Y")}
Leap Card number: 1007 5312 8840 (Student Leap Card)

Product                                    Price
{product:<42} €{amt:.2f}
Total paid                                 €{amt:.2f}

IMPORTANT: To collect your product, tap your Leap Card on a Leap Card validator or a
bus ticket machine within 28 days.

Transport for Ireland / Iompar Éireann
"""
    add(
        when(d.year, d.month, d.day, 7, 35),
        "TFI Leap Card",
        "noreply@leapcard.ie",
        sub,
        text=text,
        html=None,
        enc="qp",
        cs="iso-8859-15",
        labels=labels,
    )


for d in [D(2026, 1, 5), D(2026, 2, 1), D(2026, 3, 1), D(2026, 5, 1), D(2026, 9, 1), D(2026, 11, 1)]:
    leap(d, "30 Day Cork City (Student)", 40.00, ["TFI Leap Card"])
leap(D(2026, 6, 27), "Travel Credit Top-Up", 20.00, [])

# ---- Apple: iCloud+ monthly; one receipt with two items (iCloud+ and Super Duolingo yearly); a one-off game
truth(
    "iCloud+",
    ["iCloud", "iCloud+ 200 GB", "Apple iCloud"],
    "2.99",
    "monthly",
    "active",
    "2026-12-14",
    "subscription",
)
truth(
    "Super Duolingo",
    ["Duolingo", "Duolingo Super", "Super Duolingo (Yearly)"],
    "89.99",
    "yearly",
    "active",
    "2027-05-14",
    "subscription",
)


def apple(d, items, labels):
    total = round(sum(p for _, _, p in items), 2)
    _, vat = vat_split(total, 0.23)
    order = f"M{RNG.randint(10**9, 10**10 - 1)}"
    lines = "\n".join(
        f"""<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>{t}</b><br>
<span style="color:#666;font-size:12px">{sub}</span></td>
<td style="padding:10px 0;border-bottom:1px solid #eee;text-align:right">€{p:.2f}</td></tr>"""
        for t, sub, p in items
    )
    html = html_page(
        f"""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="font-size:28px;padding:20px 0">Receipt</td><td style="text-align:right;font-size:32px"></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="4" style="background:#fafafa;font-size:12px">
<tr><td>APPLE ACCOUNT<br>aoife.nibhriain@gmail.com</td><td>BILLED TO<br>Visa .... 1172<br>Aoife Ní Bhriain<br>Ballincollig, Co. Cork P31 W2K8<br>IRL</td></tr>
<tr><td>DATE<br>{d.day} {d.strftime("%b %Y")}</td><td>ORDER ID<br>{order}</td></tr></table></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="0" cellspacing="0">
{lines}
<tr><td style="padding:10px 0;text-align:right">Includes VAT at 23%</td><td style="text-align:right">€{vat:.2f}</td></tr>
<tr><td style="padding:10px 0;text-align:right"><b>TOTAL</b></td><td style="text-align:right"><b>€{total:.2f}</b></td></tr>
</table></td></tr>
<tr><td colspan="2" style="font-size:11px;color:#888;padding-top:20px">Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Ireland. VAT No. IE9700053D<br>
Manage subscriptions: apps.apple.com/account/subscriptions</td></tr></table>""",
        font="-apple-system, Helvetica, Arial, sans-serif",
    )
    add(
        when(d.year, d.month, d.day, 2, 17, tz=-7 if 3 < d.month < 11 else -8),
        "Apple",
        "no_reply@email.apple.com",
        "Your receipt from Apple.",
        html=html,
        enc="qp",
        labels=labels,
    )


icl = ("iCloud+", "iCloud+ with 200 GB storage<br>Monthly", 2.99)
apple(D(2026, 1, 14), [icl], ["iCloud+"])
apple(D(2026, 4, 14), [icl], ["iCloud+"])
apple(
    D(2026, 5, 14),
    [icl, ("Duolingo: Language Lessons", "Super Duolingo (Yearly)<br>Renews 14 May 2027", 89.99)],
    ["iCloud+", "Super Duolingo"],
)
apple(D(2026, 7, 21), [("Minecraft", "Minecraft: Dream it, Build it!", 7.99)], [])
apple(D(2026, 8, 14), [icl], ["iCloud+"])
apple(D(2026, 11, 14), [icl], ["iCloud+"])
add(
    when(2026, 5, 14, 10, 22),
    "Duolingo",
    "hello@duolingo.com",
    "Welcome to Super Duolingo! 🦉",
    text="Hi Aoife,\n\nYou're now a Super Duolingo member! Enjoy no ads, unlimited hearts and personalised practice.\n\nYour plan: Super Duolingo, 12 months (billed through the App Store).\n\nHappy learning,\nDuo\n",
    html=html_page(
        '<table width="560" align="center"><tr><td style="background:#58cc02;color:#fff;padding:24px;font-size:24px">Welcome to Super!</td></tr>'
        '<tr><td style="padding:16px">You\'re now a Super Duolingo member. Your plan: Super Duolingo, 12 months (billed through the App Store).</td></tr></table>'
    ),
    enc="b64",
    labels=["Super Duolingo"],
)

# ---- YouTube Premium Family via Google Play
truth(
    "YouTube Premium",
    ["YouTube Premium Family", "YouTube"],
    "17.99",
    "monthly",
    "active",
    "2026-12-23",
    "subscription",
)
for d in [D(2026, 2, 23), D(2026, 6, 23), D(2026, 10, 23), D(2026, 11, 23)]:
    net, vat = vat_split(17.99, 0.23)
    nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))
    text = f"""Google Play

Thank you.
You've made a purchase from Google Play.

Order number: GPA.33{RNG.randint(10, 99)}-{RNG.randint(1000, 9999)}-{RNG.randint(1000, 9999)}-{RNG.randint(10000, 99999)}
Order date: {d.day} {d.strftime("%b %Y")} 09:12:44 GMT{"+1" if 3 < d.month < 11 else ""}
Your account: {ME}

Item                                   Price
YouTube Premium Family (YouTube)       €{17.99:.2f}/month
Auto-renewing subscription

Subtotal:      €{net:.2f}
VAT (23%):     €{vat:.2f}
Total:         €17.99/month

Payment method: Visa-1172
Next payment: {nxt.day} {nxt.strftime("%b %Y")}

You can cancel your subscription at any time in Google Play > Payments & subscriptions.

Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland.
"""
    html = html_page(
        '<table width="600" align="center"><tr><td style="padding:20px">'
        + text.replace("\n", "<br>\n")
        + "</td></tr></table>",
        font="Roboto, Arial, sans-serif",
    )
    add(
        when(d.year, d.month, d.day, 9, 12),
        "Google Play",
        "googleplay-noreply@google.com",
        f"Your Google Play Order Receipt from {d.day} {d.strftime('%b %Y')}",
        text=text,
        html=html,
        enc="qp",
        labels=["YouTube Premium"],
    )

# ---- Blacknight: .ie domain, annual, paid through PayPal
truth(
    "aoifebakes.ie domain",
    ["Blacknight", "Blacknight Internet Solutions", "aoifebakes.ie"],
    "36.89",
    "yearly",
    "active",
    "2027-02-10",
    "subscription",
)
add(
    when(2026, 1, 11, 5, 0),
    "Blacknight Solutions",
    "support@blacknight.com",
    "Domain Renewal Notice: aoifebakes.ie expires on 10-02-2026",
    text="""Dear Aoife Ní Bhriain,

The following domain name(s) on your account are due to expire soon:

  aoifebakes.ie        expires 10-02-2026        €29.99 + VAT / 1 year

Auto-renew is ON for this domain. We will attempt to renew it on the expiry date using your
saved payment method (PayPal).

If you do not wish to renew, please switch off auto-renew in the Blacknight control panel.

Regards,
Blacknight Solutions
Unit 12A, Barrowside Business Park, Sleaty Road, Graiguecullen, Carlow, Ireland
""",
    enc="8bit",
    labels=["aoifebakes.ie domain"],
)
add(
    when(2026, 2, 10, 6, 2),
    "Blacknight Solutions",
    "billing@blacknight.com",
    "Invoice BN-2026-0218834 - Paid",
    text="""Dear Aoife Ní Bhriain,

Thank you for your payment. This is your invoice.

Invoice number:  BN-2026-0218834
Invoice date:    10/02/2026

Description                                   Amount
Domain renewal - aoifebakes.ie (1 year)       €29.99
  10/02/2026 - 10/02/2027
Sub Total                                     €29.99
VAT @ 23%                                     €6.90
Total                                         €36.89

Paid via PayPal on 10/02/2026.

Blacknight Internet Solutions Ltd. VAT Reg IE 6353839M
""",
    html=None,
    enc="qp",
    labels=["aoifebakes.ie domain"],
)
add(
    when(2026, 2, 10, 6, 1),
    "PayPal",
    "service@paypal.ie",
    "Receipt for your payment to Blacknight Internet Solutions Ltd",
    text="""Hello Aoife Ní Bhriain,

You sent a payment of €36.89 EUR to Blacknight Internet Solutions Ltd.

It may take a few moments for this transaction to appear in your account.

Merchant
Blacknight Internet Solutions Ltd
billing@blacknight.com

Instructions to merchant
Invoice BN-2026-0218834

Transaction ID: 7HK44019WD552873N
Transaction date: 10 Feb 2026 06:01:37 GMT

Description: Domain renewal aoifebakes.ie
Amount: €36.89 EUR
Total: €36.89 EUR

Payment sent from aoife.nibhriain@gmail.com
Funding source: Visa Debit x-1172

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
    html=html_page("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px;font-size:22px;color:#003087">PayPal</td></tr>
<tr><td style="padding:18px"><p>Hello Aoife Ní Bhriain,</p><p>You sent a payment of <b>€36.89 EUR</b> to Blacknight Internet Solutions Ltd.</p>
<table width="100%" cellpadding="4"><tr><td>Transaction ID</td><td>7HK44019WD552873N</td></tr>
<tr><td>Transaction date</td><td>10 Feb 2026</td></tr><tr><td>Description</td><td>Domain renewal aoifebakes.ie</td></tr>
<tr><td>Amount</td><td>€36.89 EUR</td></tr><tr><td><b>Total</b></td><td><b>€36.89 EUR</b></td></tr></table></td></tr></table>"""),
    enc="b64",
    labels=["aoifebakes.ie domain"],
)

# ================================================================ mail that is evidence for no truth


def neg(d, name, addr, subject, text=None, html=None, enc="qp", cs="utf-8", hard=None, to=None):
    add(d, name, addr, subject, text=text, html=html, labels=[], enc=enc, cs=cs, to=to)
    if hard and hard not in HARD_NEG:
        HARD_NEG.append(hard)


# shops and orders
neg(
    when(2025, 12, 2, 21, 14),
    "Amazon.ie",
    "auto-confirm@amazon.ie",
    "Your Amazon.ie order #405-7720918-3316342",
    html=html_page("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px;font-size:20px">amazon.ie</td><td style="text-align:right">Order Confirmation</td></tr>
<tr><td colspan="2" style="padding:12px">Hello Aoife,<br>Thank you for your order. We'll send a confirmation when your items ship.</td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="6" style="border-top:2px solid #e47911">
<tr><td>LEGO Friends Heartlake City Hospital 42621</td><td align="right">€64.99</td></tr>
<tr><td>Kindle Paperwhite Case, Navy</td><td align="right">€17.49</td></tr>
<tr><td>Delivery</td><td align="right">€0.00</td></tr>
<tr><td><b>Order Total</b></td><td align="right"><b>€82.48</b></td></tr></table></td></tr>
<tr><td colspan="2" style="padding:12px">Arriving: Friday, 5 December</td></tr></table>"""),
    enc="qp",
    hard="Amazon.ie",
)
neg(
    when(2025, 12, 4, 8, 2),
    "Amazon.ie",
    "shipment-tracking@amazon.ie",
    'Dispatched: "LEGO Friends Heartlake City..."',
    text="Hello Aoife,\n\nYour package has been dispatched and is on its way with An Post.\n\nOrder #405-7720918-3316342\nArriving Friday, 5 December\n\nTrack your package: https://www.amazon.ie/progress-tracker\n",
    enc="8bit",
)
neg(
    when(2025, 12, 7, 19, 48),
    "Smyths Toys Superstores",
    "orders@smythstoys.com",
    "Order Confirmation - Smyths Toys IE-88310452",
    text="""Hi Aoife,

Thanks for shopping with Smyths Toys! Your Click & Collect order is confirmed.

Order number: IE-88310452
Store: Smyths Toys Mahon Point, Cork

1 x Nintendo Switch 2 - Mario Kart World Bundle     €499.99
1 x Pokémon TCG Elite Trainer Box                    €59.99
Total                                                €559.98

We'll email you when your order is ready to collect (usually within 2 hours).
""",
    enc="qp",
    hard="Smyths Toys",
)
neg(
    when(2025, 12, 9, 11, 30),
    "An Post",
    "notifications@anpost.ie",
    "Tá do bheart ar an mbealach / Your parcel is on its way",
    text="""Dia duit / Hello,

Your parcel from Amazon EU S.a.r.l. is on its way.

Tracking number: CE 441 902 817 IE
Expected delivery: Wednesday 10/12/2025

Not home? Redirect your parcel to a local Post Office or a Parcel Locker at anpost.com/track.

An Post
""",
    enc="qp",
    cs="iso-8859-15",
)
neg(
    when(2026, 3, 7, 15, 11),
    "Harvey Norman",
    "online@harveynorman.ie",
    "Thank you for your order HN-IE-1108263",
    html=html_page("""<table width="600" align="center" border="0" cellpadding="6">
<tr><td colspan="3" style="background:#e2001a;color:#fff;font-size:20px">HARVEY NORMAN</td></tr>
<tr><td colspan="3">Dear Aoife, thank you for your order. Your delivery will be arranged by our Cork (Mahon) store.</td></tr>
<tr><th align="left">Item</th><th>Qty</th><th align="right">Price</th></tr>
<tr><td>Bosch Serie 4 Dishwasher SMS4HVI02G</td><td align="center">1</td><td align="right">€649.00</td></tr>
<tr><td>Delivery, installation &amp; removal of old appliance</td><td align="center">1</td><td align="right">€60.00</td></tr>
<tr><td colspan="2" align="right"><b>Total (incl. VAT)</b></td><td align="right"><b>€709.00</b></td></tr></table>"""),
    enc="b64",
    hard="Harvey Norman",
)
neg(
    when(2026, 4, 2, 10, 40),
    "Thomann",
    "info@thomann.de",
    "Your Thomann order 2604021177",
    text="""Dear Ms Ní Bhriain,

thank you very much for your order! We will ship it as soon as possible.

Order no.: 2604021177

1 x Harley Benton CLD-60S NT acoustic guitar        149,00 €
2 x D'Addario EJ16 Phosphor Bronze Light             17,80 €
Shipping (IE)                                         9,90 €
Total incl. 23% VAT                                 176,70 €

Your Thomann Team
Musikhaus Thomann e.K., Hans-Thomann-Str. 1, 96138 Burgebrach, Germany
""",
    enc="qp",
    cs="windows-1252",
    hard="Thomann",
)
neg(
    when(2026, 8, 22, 17, 3),
    "Dunnes Stores",
    "noreply@dunnesstoresgrocery.com",
    "Your Dunnes Stores order is confirmed",
    text="""Hi Aoife,

Your grocery order is confirmed for delivery on Saturday 22 August, 10:00-11:00.

Order number: 4471-2209
Items: 38
Order total: €164.37
Delivery charge: €5.00
Total: €169.37

Any substitutions will be shown on your receipt at delivery.

Dunnes Stores
""",
    enc="8bit",
    hard="Dunnes Stores",
)

# food delivery and rides
for d, rest, tot in [
    (D(2026, 1, 16), "Milano Pizza Ballincollig", "34.40"),
    (D(2026, 4, 24), "Jade Garden Chinese", "41.90"),
    (D(2026, 10, 9), "Four Star Pizza Ballincollig", "29.50"),
]:
    neg(
        when(d.year, d.month, d.day, 19, 5),
        "Just Eat",
        "noreply@just-eat.ie",
        f"Order confirmed at {rest}",
        html=html_page(f"""<table width="560" align="center" cellpadding="8">
<tr><td style="background:#ff8000;color:#fff;font-size:22px">Just Eat</td></tr>
<tr><td>Thanks Aoife, your order has been sent to <b>{rest}</b>.</td></tr>
<tr><td><table width="100%"><tr><td>Subtotal</td><td align="right">€{float(tot) - 2.99:.2f}</td></tr>
<tr><td>Delivery fee</td><td align="right">€2.99</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>€{tot}</b></td></tr></table></td></tr>
<tr><td>Estimated delivery: 19:50 - 20:05</td></tr></table>"""),
        enc="qp",
        hard="Just Eat",
    )
for d, rest, tot in [
    (D(2026, 2, 27), "Burritos &amp; Blues", "27.85"),
    (D(2026, 7, 11), "Nando's Mahon Point", "46.20"),
]:
    neg(
        when(d.year, d.month, d.day, 18, 40),
        "Deliveroo",
        "noreply@t.deliveroo.com",
        "Your order's in the kitchen",
        text=f"Your order from {rest.replace('&amp;', '&')} is being prepared.\n\nOrder total: €{tot} (incl. €1.99 delivery and €0.99 service fee)\n\nTrack your rider in the app.\n\nDeliveroo\n",
        html=html_page(
            f'<table width="560" align="center"><tr><td style="background:#00ccbc;padding:16px;color:#fff">deliveroo</td></tr>'
            f'<tr><td style="padding:16px">Your order from {rest} is being prepared.<br>Order total: <b>€{tot}</b></td></tr></table>'
        ),
        enc="b64",
        hard="Deliveroo",
    )
for d, frm, too, fare in [
    (D(2025, 12, 19), "Cork Kent Station", "Ard na Gréine, Ballincollig", "24.60"),
    (D(2026, 5, 30), "Cork Airport", "Ballincollig", "27.10"),
    (D(2026, 10, 17), "Oliver Plunkett Street, Cork", "Ballincollig", "22.80"),
]:
    neg(
        when(d.year, d.month, d.day, 23, 22),
        "FREENOW",
        "receipts@free-now.com",
        f"Your FREENOW receipt - {dshort(d)}",
        text=f"""Thanks for riding with FREENOW

Date: {dshort(d)}
From: {frm}
To: {too}
Driver: Pádraig (Toyota Corolla)

Fare:            €{fare}
Payment:         Visa ****1172

Rate your trip in the app.
""",
        enc="qp",
        hard="FREENOW",
    )

# travel and tickets
neg(
    when(2026, 1, 25, 21, 33),
    "Ryanair",
    "noreply@ryanair.com",
    "Your booking confirmation - K7RZQ2",
    text="""Thank you for booking with Ryanair

Reservation number: K7RZQ2

Flight FR 7184  Cork (ORK) - Lanzarote (ACE)   Sat 28 Mar 2026  06:25 - 10:35
Flight FR 7185  Lanzarote (ACE) - Cork (ORK)   Sat 04 Apr 2026  11:05 - 15:10

Passengers: MS AOIFE NI BHRIAIN, MR DARRAGH WALSH, MISS SAOIRSE WALSH, MSTR OISIN WALSH

Fares                          EUR 612.00
2 x 20kg check-in bag          EUR 151.96
Reserved seats                 EUR  71.96
Total paid                     EUR 835.92

Check in online from 24 hours before departure (or up to 60 days before if you've bought a seat).
""",
    enc="8bit",
    hard="Ryanair",
)
neg(
    when(2026, 3, 26, 6, 0),
    "Ryanair",
    "noreply@ryanair.com",
    "Check-in now open: Cork to Lanzarote",
    text="Check-in is now open for your flight FR 7184 on Sat 28 Mar 2026.\nReservation: K7RZQ2\nCheck in at ryanair.com or in the Ryanair app.\n",
    enc="8bit",
)
neg(
    when(2026, 7, 3, 13, 14),
    "Booking.com",
    "noreply@booking.com",
    "Booking confirmation - Dingle Skellig Hotel",
    html=html_page("""<table width="600" align="center" cellpadding="6" style="border:1px solid #ddd">
<tr><td colspan="2" style="background:#003580;color:#fff;font-size:20px">Booking.com</td></tr>
<tr><td colspan="2">Thanks, Aoife! Your booking in Dingle is confirmed.</td></tr>
<tr><td>Property</td><td>Dingle Skellig Hotel, Dingle, Co. Kerry</td></tr>
<tr><td>Check-in</td><td>Fri 14 August 2026 (from 15:00)</td></tr>
<tr><td>Check-out</td><td>Sun 16 August 2026 (until 11:00)</td></tr>
<tr><td>Booking number</td><td>4187.223.905</td></tr>
<tr><td>Total price</td><td>€ 612.40</td></tr>
<tr><td colspan="2">You'll pay at the property.</td></tr></table>"""),
    enc="qp",
    hard="Booking.com",
)
neg(
    when(2026, 9, 10, 20, 12),
    "Iarnród Éireann",
    "tickets@irishrail.ie",
    "Iarnród Éireann - Booking Confirmation 22910384",
    text="""Iarnród Éireann / Irish Rail

Booking reference: 22910384

Outbound: Cork Kent -> Dublin Heuston, Sat 26 Sep 2026 07:00
Return:   Dublin Heuston -> Cork Kent, Sun 27 Sep 2026 17:00
2 Adults, Standard Class, Reserved seats

Total: €92.98

Please bring this confirmation and collect your ticket from a ticket machine at the station,
or show the barcode on your mobile.

Go raibh maith agat as taisteal le Iarnród Éireann.
""",
    enc="qp",
    cs="iso-8859-15",
    hard="Iarnród Éireann",
)
neg(
    when(2025, 12, 14, 12, 1),
    "Ticketmaster Ireland",
    "customer_support@ticketmaster.ie",
    "You got the tickets! Cinderella - Cork Opera House",
    text="""Hi Aoife,

Order #: 35-66218/IE1

Cinderella - The Cork Opera House Panto
Sun 28 Dec 2025, 14:00
4 x Stalls Row M, seats 11-14

Tickets:          4 x €32.50
Service charges:  4 x €3.25
Order total:      €143.00

Your mobile tickets are in the Ticketmaster app.
""",
    enc="qp",
    hard="Ticketmaster",
)
neg(
    when(2026, 4, 15, 9, 5),
    "NCTS",
    "noreply@ncts.ie",
    "NCT booking confirmation 191-C-40772",
    text="""National Car Testing Service

Your NCT appointment is confirmed.

Vehicle: 191-C-40772
Centre: Cork (Little Island)
Date: Tuesday 05/05/2026 at 10:15
Fee paid: €55.00

Please arrive 10 minutes early and bring your vehicle registration certificate.
""",
    enc="8bit",
    hard="NCT",
)
neg(
    when(2026, 10, 1, 12, 40),
    "Eventbrite",
    "orders@eventbrite.ie",
    "Your tickets for Culture Night Cork: Elizabeth Fort Tour",
    text="Hi Aoife,\n\nYou're going to Culture Night Cork: Elizabeth Fort Tour.\nFriday 18 September 2026, 19:00\n4 x Free Admission\nOrder total: €0.00\n\nEventbrite\n",
    enc="8bit",
)

# banks, tax, money between people, donations
for d, what in [
    (D(2026, 1, 3), "December 2025"),
    (D(2026, 5, 4), "April 2026"),
    (D(2026, 10, 3), "September 2026"),
]:
    neg(
        when(d.year, d.month, d.day, 6, 30),
        "AIB",
        "alerts@aib.ie",
        "Your AIB eStatement is available",
        text=f"""Dear Customer,

Your eStatement for your current account ending 0927 for {what} is now available in AIB Internet
Banking and the AIB Mobile app.

For your security, we never include account details or links in these emails.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
""",
        enc="8bit",
        hard="AIB",
    )
neg(
    when(2026, 1, 20, 11, 0),
    "Revenue",
    "noreply@revenue.ie",
    "Preliminary End of Year Statement 2025 is available",
    text="""Dear Aoife Ní Bhriain,

Your Preliminary End of Year Statement for 2025 is now available in myAccount.

Based on the information we hold, you may be due a refund of €412.60. To claim it, please
complete your Income Tax Return in myAccount and add any tax credits you are entitled to,
such as medical expenses or the Rent Tax Credit.
"""
    + REV_FOOT,
    enc="qp",
    cs="windows-1252",
)
neg(
    when(2026, 2, 4, 11, 20),
    "Revenue",
    "noreply@revenue.ie",
    "Your Statement of Liability 2025",
    text="""Dear Aoife Ní Bhriain,

Your Income Tax return for 2025 has been processed. A refund of €538.15 will be paid to your
bank account ending 0927 within five working days.

You can view your Statement of Liability in myAccount.
"""
    + REV_FOOT,
    enc="qp",
    cs="windows-1252",
)
neg(
    when(2026, 3, 20, 13, 15),
    "Irish Cancer Society",
    "donations@irishcancer.ie",
    "Thank you for supporting Daffodil Day",
    text="""Dear Aoife,

Thank you so much for your donation of €50.00 to Daffodil Day 2026.

Your generosity helps fund our Night Nurses, Daffodil Centres and cancer research right across
Ireland. Go raibh míle maith agat.

Donation reference: DD26-381770

Irish Cancer Society, 43/45 Northumberland Road, Dublin 4. CHY 5863.
""",
    enc="qp",
    hard="Irish Cancer Society",
)
neg(
    when(2026, 4, 9, 20, 40),
    "Revolut",
    "no-reply@revolut.com",
    "Ciara Murphy sent you €45",
    text='Ciara Murphy sent you €45.00\n\nNote: "Lanzarote taxi + dinner 🍹"\n\nThe money is now in your EUR account.\n\nRevolut Bank UAB\n',
    enc="b64",
    hard="Revolut",
)
neg(
    when(2026, 10, 14, 22, 7),
    "Clodagh Ní Bhriain",
    "clodagh.nibhriain@outlook.ie",
    "Mam's 70th - the present",
    text="""Hi Aoife,

So I rang the hotel in Kinsale and the afternoon tea voucher for Mam and Dad is €180, plus I
thought we'd get flowers delivered on the day (€55 from the place in Douglas).

That's €235 between the three of us so €78.33 each - just round it to €80 and we'll put the
rest towards a card. Can you Revolut me when you get a chance? Ronan already sent his.

Also are you still on for Sunday dinner in Macroom on the 25th?

Slán,
Clodagh x
""",
    enc="qp",
    hard="Clodagh Ní Bhriain",
)
neg(
    when(2026, 10, 15, 7, 44),
    "PayPal",
    "service@paypal.ie",
    "You sent €80.00 EUR to Clodagh Ní Bhriain",
    text="""Hello Aoife Ní Bhriain,

You sent €80.00 EUR to Clodagh Ní Bhriain.

Note: Mam's 70th 🎂
Transaction ID: 2LM90117VX338214C
Transaction date: 15 Oct 2026

Payment sent to family and friends - no fee.
""",
    enc="b64",
)
neg(
    when(2026, 9, 1, 16, 30),
    "Gaelscoil Uí Riada",
    "oifig@gaelscoiluiriada.ie",
    "Nuachtlitir Mhéan Fómhair / September newsletter",
    text="""A thuismitheoirí, a chara,

Fáilte ar ais chuig an scoil! Tá súil againn gur bhain sibh taitneamh as an samhradh.

- Tosóidh an tseirbhís bus ar an Luan, 1 Meán Fómhair.
- Cruinniú Cumann na dTuismitheoirí: Dé Céadaoin 16 Meán Fómhair ag 7.30in.
- Ranníocaíocht dheonach / Voluntary contribution: €80 per family, payable through the
  school's payment app by 30 September. Go raibh míle maith agaibh.

Welcome back! Bus service resumes Monday 1 September. Parents' Association meeting
Wednesday 16 September at 7.30pm.

Le meas,
Máire Uí Chonaill, Príomhoide
""",
    enc="qp",
    cs="windows-1252",
    hard="Gaelscoil Uí Riada",
)
neg(
    when(2026, 2, 18, 10, 0),
    "Ballincollig Credit Union",
    "info@ballincolligcu.ie",
    "Notice of AGM and dividend",
    text="""Dear Member,

The Annual General Meeting of Ballincollig Credit Union will take place in the Oriel House
Hotel on Tuesday 24 March 2026 at 8pm.

The Board is proposing a dividend of 0.5% on shares and an interest rebate of 10% on loan
interest paid in the year ended 30 September 2025.

We look forward to seeing you there.
""",
    enc="8bit",
    hard="Ballincollig Credit Union",
)

# offers for things not subscribed, newsletters, trial that ended unpaid
neg(
    when(2026, 2, 2, 18, 0),
    "Sky Ireland",
    "sky@email.sky.ie",
    "Aoife, get Sky TV & Broadband for €45 a month",
    html=html_page("""<table width="600" align="center" cellpadding="10"><tr><td style="background:linear-gradient(#0072c9,#e1007a);color:#fff;font-size:26px">sky</td></tr>
<tr><td><h2>Sky Signature &amp; Broadband 500Mb</h2><p>Just <b>€45 a month</b> for 12 months, then €89 a month. 18-month minimum term.
Set-up fee €29. Offer ends 28 February.</p><p><a href="https://www.sky.ie/offers">Get the deal</a></p></td></tr></table>"""),
    enc="qp",
    hard="Sky Ireland",
)
neg(
    when(2026, 5, 12, 17, 30),
    "Virgin Media",
    "news@virginmedia.ie",
    "1Gig broadband. €40 a month. Limited time.",
    text="Fast, reliable 1Gig fibre broadband for just €40 a month for 12 months (€70 a month after).\n12 month contract. Available in your area, Ballincollig P31.\n\nCheck availability at virginmedia.ie\n\nTo unsubscribe click here.\n",
    enc="8bit",
    hard="Virgin Media",
)
neg(
    when(2026, 2, 20, 12, 15),
    "Laya Healthcare",
    "quotes@layahealthcare.ie",
    "Your Laya Healthcare quote - ref Q-5521908",
    text="""Hi Aoife,

Thanks for getting a quote from Laya Healthcare. Here's a summary:

Plan: Assure Benefit
Members: 2 adults, 2 children
Annual premium: €3,288.40 (after tax relief at source)
Monthly: €274.03

This quote is valid until 21 March 2026. Switching is easy - we'll handle it for you, and
your waiting periods are protected.

Laya Healthcare Limited trading as Laya Healthcare is regulated by the Central Bank of Ireland.
""",
    enc="qp",
    hard="Laya Healthcare",
)
neg(
    when(2026, 6, 18, 9, 0),
    "Energia",
    "hello@energia.ie",
    "Switch to Energia and save 30% on electricity",
    text="Aoife, switch your electricity to Energia and get 30% off unit rates for 12 months.\n\nDual fuel customers save even more. No exit fees.\n\nSwitch online in 5 minutes at energia.ie\n",
    enc="8bit",
    hard="Energia",
)
neg(
    when(2026, 3, 3, 12, 30),
    "The Irish Times",
    "subscriptions@irishtimes.com",
    "Get unlimited access for just €1 for 3 months",
    html=html_page("""<table width="600" align="center" cellpadding="10"><tr><td style="font-family:Georgia,serif;font-size:28px;border-bottom:1px solid #000">THE IRISH TIMES</td></tr>
<tr><td><p>Subscribe to irishtimes.com today: <b>€1 for 3 months</b>, then €15 every 4 weeks. Cancel anytime.</p>
<p>Unlimited articles, the ePaper, puzzles and more.</p></td></tr></table>"""),
    enc="b64",
    hard="The Irish Times",
)
neg(
    when(2026, 4, 16, 7, 0),
    "Three",
    "offers@three.ie",
    "Aoife, 087 *** 4419 is due an upgrade",
    text="Hi Aoife,\n\nGood news - 087 *** 4419 is eligible for an upgrade! Get the Samsung Galaxy S26 from €99 on our Unlimited plan at €55 a month (24 month contract).\n\nUpgrade in the My3 app.\n\nThree\n",
    enc="8bit",
)
neg(
    when(2026, 8, 20, 10, 0),
    "Lidl Ireland",
    "newsletter@lidl.ie",
    "Back to School: uniforms from €4.99 🎒",
    html=html_page("""<table width="600" align="center" cellpadding="8"><tr><td style="background:#0050aa;color:#fff000;font-size:24px">Lidl</td></tr>
<tr><td>School uniform sets from €4.99, school shoes €12.99, lunch boxes €2.49. In store from Thursday 20 August.</td></tr></table>"""),
    enc="qp",
    hard="Lidl Ireland",
)
neg(
    when(2026, 11, 16, 8, 30),
    "Circle K Ireland",
    "extra@circlek.ie",
    "Your Circle K EXTRA points update",
    text="Hi Aoife,\n\nYou have 1,240 EXTRA points. Swap 500 points for a free large coffee this week.\n\nSave 10c per litre on Miles fuels with your EXTRA card until 30 November.\n\nCircle K Ireland\n",
    enc="8bit",
    hard="Circle K",
)
neg(
    when(2026, 5, 22, 17, 0),
    "Aer Lingus",
    "aerlingus@email.aerlingus.com",
    "Summer sale: fares from €29.99 one way",
    text="Summer seat sale - fares to Europe from €29.99 one way from Cork.\nBook by 26 May for travel until 31 October.\n\nAer Lingus\n",
    enc="8bit",
    hard="Aer Lingus",
)
neg(
    when(2026, 2, 6, 20, 30),
    "NOW",
    "hello@nowtv.ie",
    "Welcome to NOW - your 7 day free trial has started",
    text="""Hi Aoife,

Welcome to NOW! Your Entertainment Membership free trial has started.

Your free trial ends on 13/02/2026. After that it will cost €14.99 a month unless you cancel.

Start watching on the NOW app.
""",
    html=html_page("""<table width="560" align="center"><tr><td style="background:#000;color:#fff;padding:14px;font-size:22px">NOW</td></tr>
<tr><td style="padding:14px">Welcome to NOW! Your free trial ends on <b>13/02/2026</b>. After that it will cost <b>€14.99 a month</b> unless you cancel.</td></tr></table>"""),
    enc="qp",
    hard="NOW",
)
neg(
    when(2026, 2, 11, 20, 30),
    "NOW",
    "hello@nowtv.ie",
    "Your free trial ends in 2 days",
    text="Hi Aoife,\n\nJust a heads-up: your NOW Entertainment free trial ends on 13/02/2026 and you'll be charged €14.99 a month unless you cancel.\n",
    enc="qp",
)
neg(
    when(2026, 2, 12, 21, 58),
    "NOW",
    "hello@nowtv.ie",
    "You've cancelled your NOW membership",
    text="Hi Aoife,\n\nWe've cancelled your Entertainment Membership as requested. You can keep watching until 13/02/2026 and you won't be charged.\n\nHope to see you again soon.\nNOW\n",
    enc="qp",
)

# account security
neg(
    when(2026, 3, 13, 22, 40),
    "DoneDeal",
    "noreply@donedeal.ie",
    "Reset your DoneDeal password",
    text="Hi,\n\nWe received a request to reset the password for your DoneDeal account.\n\nReset it here (link valid for 1 hour): https://www.donedeal.ie/reset?t=8c1f0e\n\nIf you didn't ask for this, ignore this email.\n",
    enc="8bit",
    hard="DoneDeal",
)
neg(
    when(2026, 6, 2, 7, 12),
    "Google",
    "no-reply@accounts.google.com",
    "Security alert",
    text="A new sign-in on Windows\n\naoife.nibhriain@gmail.com\n\nWe noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything.\n\nCheck activity: https://myaccount.google.com/notifications\n",
    enc="b64",
)

# ================================================================ write everything


def main():
    MSGS.sort(key=lambda m: (m["date"].astimezone(dt.UTC), m["addr"], m["subject"]))
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    box = mailbox.mbox(mbox_path, create=True)
    listing = []
    names = {t["name"] for t in TRUTHS}
    for i, m in enumerate(MSGS, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        msg = build(i, m)
        fname = f"{i:03d}-{m['date'].strftime('%Y%m%d')}-{slugify(m['name'])}-{slugify(m['subject'])[:40].strip('-')}.eml"
        data = msg.as_bytes()
        with open(os.path.join(eml_dir, fname), "wb") as fh:
            fh.write(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["addr"], m["date"].astimezone(dt.UTC).timetuple())
        box.add(mm)
        listing.append({"file": fname, "from": m["name"], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    dump("truth.json", TRUTHS)
    dump(
        "meta.json",
        {
            "today": TODAY,
            "messages": len(MSGS),
            "hard_negatives": HARD_NEG + ["Minecraft", "Travel Credit Top-Up"],
        },
    )
    dump("messages.json", listing)
    print(
        f"{len(MSGS)} messages, {len(TRUTHS)} truths, "
        f"{sum(1 for m in MSGS if not m['labels'])} messages without a label"
    )


if __name__ == "__main__":
    main()
