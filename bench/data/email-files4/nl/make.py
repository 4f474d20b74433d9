#!/usr/bin/env python3
"""Mailbox "nl" of bench/data/email-files4: a family in Utrecht (Sanne Bakker, Joost van Leeuwen,
kids Mila and Daan), Dutch mail with some English, EUR, btw, automatische incasso.
Mail from December 2025 to December 2026, today 2026-12-05.

Deterministic, stdlib only. Run from the repository root:
    .venv/bin/python bench/data/email-files4/nl/make.py
It rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json in this folder.
"""

import datetime as dt
import email.utils
import hashlib
import json
import mailbox
import os
import shutil
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-05"
SANNE = ("Sanne Bakker", "sanne.bakker@xs4all.nl")
JOOST = ("Joost van Leeuwen", "joost.vanleeuwen@gmail.com")
ADDRESS = "Kanaalstraat 112\n3531 CJ Utrecht"

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(s):
    return dt.date.fromisoformat(s)


def dlong(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dshort(d):
    return f"{d.day} {MON_SHORT[d.month - 1]} {d.year}"


def dnum(d):
    return d.strftime("%d-%m-%Y")


def den(d):
    return f"{EN_MON[d.month - 1]} {d.day}, {d.year}"


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def nl(x, thousands=True):
    """12.5 -> '12,50'; 1049 -> '1.049,00'"""
    s = f"{x:,.2f}" if thousands else f"{x:.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def eur(x, style="sym"):
    if style == "sym":
        return "€ " + nl(x)
    if style == "tight":
        return "€" + nl(x)
    if style == "after":
        return nl(x) + " €"
    if style == "code":
        return "EUR " + nl(x)
    if style == "en":
        return f"€{x:,.2f}"
    if style == "dash":
        return "€ " + (f"{int(x)},-" if x == int(x) else nl(x))
    if style == "paypal":
        return "€" + nl(x) + " EUR"
    raise ValueError(style)


# ---------------------------------------------------------------- rendering helpers


def render_text(blocks, kv_width=28):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(b[1])
        elif kind == "h":
            out.append(b[1].upper() if len(b) < 3 else b[1])
        elif kind == "kv":
            out.append(
                "\n".join(
                    (f"{k + ':':<{kv_width}} " if k else " " * (kv_width + 1))
                    + v.replace("\n", "\n" + " " * (kv_width + 1))
                    for k, v in b[1]
                )
            )
        elif kind == "rows":  # list of tuples, columns joined
            out.append("\n".join("  ".join(str(c) for c in r) for r in b[1]))
        elif kind == "hr":
            out.append("-" * 60)
        elif kind == "raw":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, brand="#333333", title="", logo="", layout="bar"):
    parts = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            parts.append(
                '<p style="margin:0 0 14px 0;font-size:15px;line-height:22px">'
                + esc(b[1]).replace("\n", "<br>")
                + "</p>"
            )
        elif kind == "h":
            parts.append(
                f'<h2 style="font-size:18px;color:{brand};margin:18px 0 10px 0">' + esc(b[1]) + "</h2>"
            )
        elif kind == "kv":
            rows = "".join(
                '<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;color:#666">'
                + esc(k)
                + '</td><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;'
                'text-align:right">' + esc(v).replace("\n", "<br>") + "</td></tr>"
                for k, v in b[1]
            )
            parts.append(
                '<table width="100%" cellpadding="0" cellspacing="0" border="0" '
                'style="border-collapse:collapse;margin:0 0 16px 0">' + rows + "</table>"
            )
        elif kind == "rows":
            rows = ""
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 and len(b) > 2 and b[2] == "head" else "td"
                rows += (
                    "<tr>"
                    + "".join(
                        f'<{tag} style="padding:6px 8px;border-bottom:1px solid #ddd;'
                        f'text-align:{"left" if j == 0 else "right"}">{esc(str(c))}</{tag}>'
                        for j, c in enumerate(r)
                    )
                    + "</tr>"
                )
            parts.append(
                '<table width="100%" cellpadding="0" cellspacing="0" border="0" '
                'style="border-collapse:collapse;margin:0 0 16px 0">' + rows + "</table>"
            )
        elif kind == "hr":
            parts.append('<hr style="border:0;border-top:1px solid #ddd;margin:16px 0">')
        elif kind == "raw":
            parts.append('<pre style="font-family:inherit">' + esc(b[1]) + "</pre>")
    body = "\n".join(parts)
    if layout == "plain":
        return (
            '<html><head><meta charset="utf-8"></head>\n'
            "<body style=\"font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#111\">\n"
            '<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>\n'
            f'<div style="font-size:22px;font-weight:bold;border-bottom:2px solid {brand};'
            f'padding-bottom:8px;margin-bottom:18px">{esc(logo or title)}</div>\n'
            f"{body}\n</td></tr></table>\n</body></html>\n"
        )
    if layout == "center":
        return (
            '<!DOCTYPE html>\n<html lang="nl"><head><meta name="viewport" '
            'content="width=device-width"></head>\n<body style="margin:0;background:#ffffff;'
            "font-family:-apple-system,'Helvetica Neue',Helvetica,sans-serif;color:#333\">\n"
            '<table align="center" width="560" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td align="center" style="padding:32px 0 8px 0;font-size:26px;color:{brand}">'
            f"{esc(logo or title)}</td></tr>\n"
            f'<tr><td align="center" style="padding:0 0 24px 0;font-size:13px;color:#888">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:0 20px 32px 20px;font-size:13px">\n{body}\n</td></tr>\n'
            "</table>\n</body></html>\n"
        )
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;padding:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f3f3"><tr>'
        '<td align="center" style="padding:24px 0">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
        f'<tr><td style="background:{brand};color:#ffffff;padding:18px 24px;font-size:20px;'
        f'font-weight:bold">{esc(logo or title)}</td></tr>\n'
        f'<tr><td style="padding:24px;color:#222222">\n{body}\n</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


# ---------------------------------------------------------------- message store

MSGS = []
LAYOUT = {
    "klantenservice@volkskrant.nl": "plain",
    "noreply@bghu.nl": "plain",
    "klantenservice@vitens.nl": "plain",
    "noreply@zilverenkruis.nl": "plain",
    "noreply@belastingdienst.nl": "plain",
    "noreply@utrecht.nl": "plain",
    "no_reply@email.apple.com": "center",
    "no-reply@spotify.com": "center",
    "microsoft-noreply@microsoft.com": "center",
    "service@paypal.nl": "center",
    "invoice+statements+acct_1GQx2aBSwapNL01@stripe.com": "center",
    "noreply@uber.com": "center",
    "automated@airbnb.com": "center",
}


def nl_offset(d, hhmm):
    # CEST from 2026-03-29 to 2026-10-25 (both at 01:00 UTC); CET otherwise
    h, m = map(int, hhmm.split(":"))
    local = dt.datetime(d.year, d.month, d.day, h, m)
    summer = dt.datetime(2026, 3, 29, 3, 0) <= local < dt.datetime(2026, 10, 25, 3, 0)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def add(
    date,
    time,
    frm,
    subject,
    blocks=None,
    *,
    text=None,
    html=None,
    fmt="alt",
    cte="qp",
    charset="utf-8",
    to=SANNE,
    tz="nl",
    labels=(),
    slug=None,
    brand="#333333",
    logo="",
    kvw=28,
    headers=None,
    cc=None,
    secs=0,
    layout=None,
):
    d = D(date)
    if blocks is not None:
        if text is None and fmt in ("alt", "text"):
            text = render_text(blocks, kvw)
        if html is None and fmt in ("alt", "html"):
            html = render_html(blocks, brand, subject, logo, layout or LAYOUT.get(frm[1], "bar"))
    if tz == "nl":
        tzinfo = nl_offset(d, time)
    else:
        sign = -1 if tz[0] == "-" else 1
        tzinfo = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    h, m = map(int, time.split(":"))
    when = dt.datetime(d.year, d.month, d.day, h, m, secs, tzinfo=tzinfo)
    MSGS.append(
        dict(
            when=when,
            frm=frm,
            to=to,
            cc=cc,
            subject=subject,
            text=text,
            html=html,
            fmt=fmt,
            cte=cte,
            charset=charset,
            labels=list(labels),
            slug=slug or frm[0].lower(),
            headers=headers or {},
        )
    )


def mkpart(body, subtype, charset, cte):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    p = MIMEText(body, subtype, cs)
    del p["MIME-Version"]
    return p


def build(m, n):
    if m["fmt"] == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(mkpart(m["text"], "plain", m["charset"], m["cte"]))
        msg.attach(mkpart(m["html"], "html", m["charset"], m["cte"]))
        msg.set_boundary(
            "----=_Part_%s" % hashlib.sha1((m["subject"] + str(m["when"])).encode()).hexdigest()[:24]
        )
        del msg["MIME-Version"]
    elif m["fmt"] == "html":
        msg = mkpart(m["html"], "html", m["charset"], m["cte"])
    else:
        msg = mkpart(m["text"], "plain", m["charset"], m["cte"])

    def addr(pair):
        name, a = pair
        return email.utils.formataddr((name, a), charset="utf-8")

    hdrs = [
        ("From", addr(m["frm"])),
        ("To", ", ".join(addr(t) for t in (m["to"] if isinstance(m["to"], list) else [m["to"]]))),
    ]
    if m["cc"]:
        hdrs.append(("Cc", addr(m["cc"])))
    subj = m["subject"]
    try:
        subj.encode("ascii")
        hsubj = subj
    except UnicodeEncodeError:
        hsubj = Header(subj, "utf-8").encode()
    domain = m["frm"][1].split("@")[1]
    mid = hashlib.sha1(f"{n}|{subj}|{m['when'].isoformat()}".encode()).hexdigest()
    hdrs += [
        ("Subject", hsubj),
        ("Date", email.utils.format_datetime(m["when"])),
        ("Message-ID", f"<{mid[:16]}.{mid[16:28]}@{domain}>"),
        ("MIME-Version", "1.0"),
    ]
    for k, v in m["headers"].items():
        hdrs.append((k, v))
    # put our headers first, then the content headers
    content = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs + content:
        msg[k] = v
    return msg


def to_bytes(msg):
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\n")
    return buf.getvalue()


# ================================================================= senders / messages

# ---------------- Netflix (price change only) ----------------
NETFLIX = ("Netflix", "info@mailer.netflix.com")
add(
    "2026-02-12",
    "17:41",
    NETFLIX,
    "Een update over je abonnement",
    [
        ("p", "Hallo Sanne,"),
        (
            "p",
            "We laten je graag weten dat de prijs van je abonnement verandert. We blijven investeren "
            "in nieuwe series en films, en in een nog betere kijkervaring.",
        ),
        (
            "p",
            "Vanaf je volgende betaling op 14 maart 2026 betaal je €14,99/maand voor je "
            "Standaard-abonnement (nu €13,99/maand).",
        ),
        (
            "p",
            "Je hoeft niets te doen om Netflix te blijven gebruiken. Wil je van abonnement wisselen of "
            "opzeggen? Dat kan op elk moment via netflix.com/account.",
        ),
        ("p", "We helpen je graag als je vragen hebt. Ga naar help.netflix.com."),
        ("p", "Het Netflix-team"),
        (
            "p",
            "Netflix International B.V., Karperstraat 8-10, 1075 KZ Amsterdam. Deze e-mail is verzonden "
            "naar sanne.bakker@xs4all.nl omdat je lid bent van Netflix.",
        ),
    ],
    brand="#e50914",
    logo="NETFLIX",
    labels=["Netflix"],
    cte="qp",
)
add(
    "2026-06-10",
    "22:07",
    NETFLIX,
    "Nieuwe aanmelding op je account",
    [
        ("p", "Hallo Sanne,"),
        ("p", "Er heeft zich iemand aangemeld bij je Netflix-account vanaf een nieuw apparaat."),
        (
            "kv",
            [
                ("Apparaat", "Samsung Smart TV"),
                ("Locatie", "Den Burg, Noord-Holland, Nederland"),
                ("Tijd", "10 juni 22:05 CEST"),
            ],
        ),
        ("p", "Was jij dit? Dan hoef je niets te doen. Zo niet, wijzig dan meteen je wachtwoord."),
        ("p", "Het Netflix-team"),
    ],
    brand="#e50914",
    logo="NETFLIX",
    cte="qp",
)

# ---------------- Videoland (HTML only, base64) -> cancelled ----------------
VL = ("Videoland", "noreply@videoland.com")
for d in ["2025-12-23", "2026-02-23", "2026-05-23"]:
    x = D(d)
    end = add_months(x, 1) - dt.timedelta(days=1)
    add(
        d,
        "06:12",
        VL,
        "Je betaling voor Videoland Plus is gelukt",
        [
            ("p", "Hoi Sanne,"),
            ("p", "Bedankt! We hebben je maandelijkse betaling voor Videoland ontvangen. Veel kijkplezier."),
            (
                "kv",
                [
                    ("Abonnement", "Videoland Plus"),
                    ("Periode", f"{dnum(x)} t/m {dnum(end)}"),
                    ("Bedrag", "€ 9,99 (incl. 21% btw)"),
                    ("Betaalmethode", "Automatische incasso NL** INGB **** **21 07"),
                    ("Transactienummer", "VL" + hashlib.md5(d.encode()).hexdigest()[:10].upper()),
                ],
            ),
            (
                "p",
                "Je abonnement wordt iedere maand automatisch verlengd. Je kunt maandelijks opzeggen via "
                "Mijn account.",
            ),
            ("p", "Videoland is onderdeel van RTL Nederland B.V., Postbus 15000, 1200 TV Hilversum."),
        ],
        fmt="html",
        cte="b64",
        brand="#e4002b",
        logo="videoland",
        labels=["Videoland"],
    )
add(
    "2026-07-30",
    "20:33",
    VL,
    "Je hebt je Videoland-abonnement opgezegd",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Jammer dat je weggaat! We hebben je opzegging goed ontvangen."),
        (
            "kv",
            [
                ("Abonnement", "Videoland Plus"),
                ("Opgezegd op", "30-07-2026"),
                ("Je kunt nog kijken tot en met", "22-08-2026"),
            ],
        ),
        (
            "p",
            "Na deze datum schrijven we niets meer af. Van gedachten veranderd? Je kunt je abonnement "
            "altijd weer activeren via videoland.com.",
        ),
        ("p", "Groetjes,\nTeam Videoland"),
    ],
    fmt="html",
    cte="b64",
    brand="#e4002b",
    logo="videoland",
    labels=["Videoland"],
)
add(
    "2026-10-14",
    "11:00",
    VL,
    "We missen je! Kom terug voor € 4,99 per maand",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Het is alweer even geleden. Deze herfst staan er weer gloednieuwe Nederlandse series voor je "
            "klaar. Kom terug en kijk 3 maanden Videoland Basis voor maar € 4,99 per maand (daarna "
            "€ 5,99 per maand).",
        ),
        ("p", "Actie geldig t/m 31 oktober 2026. Alleen voor oud-abonnees."),
    ],
    fmt="html",
    cte="b64",
    brand="#e4002b",
    logo="videoland",
    headers={"List-Unsubscribe": "<https://videoland.com/unsubscribe>"},
)

# ---------------- Spotify (English, base64) ----------------
SP = ("Spotify", "no-reply@spotify.com")
for d in ["2026-01-03", "2026-04-03", "2026-08-03", "2026-12-03"]:
    x = D(d)
    nxt = add_months(x, 1)
    add(
        d,
        "04:18",
        SP,
        "Your Spotify Premium receipt",
        [
            ("p", "Hi Sanne,"),
            ("p", "Thanks for being a Premium member. Here's your receipt."),
            (
                "kv",
                [
                    ("Date", den(x)),
                    ("Order ID", "P" + hashlib.md5(d.encode()).hexdigest()[:11]),
                    ("Plan", "Premium Family"),
                    ("Payment method", "Mastercard ending in 4417"),
                ],
            ),
            (
                "rows",
                [
                    ("Description", "Amount"),
                    ("Premium Family (1 month)", "€21.99"),
                    ("Total (incl. 21% VAT)", "€21.99"),
                ],
                "head",
            ),
            ("p", f"Your next bill for €21.99 is on {den(nxt)}."),
            (
                "p",
                "Manage your plan at spotify.com/account. Spotify AB, Regeringsgatan 19, "
                "111 53 Stockholm, Sweden. VAT ID SE556703748501.",
            ),
        ],
        tz="+0000",
        cte="b64",
        brand="#1db954",
        logo="Spotify",
        labels=["Spotify"],
        kvw=16,
    )
add(
    "2026-12-01",
    "15:00",
    SP,
    "Sanne, your 2026 Wrapped is here",
    [
        (
            "p",
            "The wait is over. Your 2026 Wrapped is ready: your top artists, songs and podcasts of the year.",
        ),
        ("p", "You listened to 31,482 minutes this year. Open the app to see the rest."),
    ],
    tz="+0000",
    cte="b64",
    brand="#1db954",
    logo="Spotify Wrapped",
    headers={"List-Unsubscribe": "<https://www.spotify.com/account/notifications/>"},
)

# ---------------- Apple (iCloud+, Duolingo; two-item receipt; upgrade) ----------------
AP = ("Apple", "no_reply@email.apple.com")


def apple_receipt(d, items, order, doc):
    x = D(d)
    total = sum(i[3] for i in items)
    vat = round(total - total / 1.21, 2)
    rows = [("APP / ABONNEMENT", "TYPE", "PRIJS")]
    for name, sub, renew, price in items:
        rows.append((f"{name} — {sub} (verlengt op {dshort(renew)})", "Abonnement", eur(price)))
    blocks = [
        (
            "kv",
            [
                ("APPLE ID", SANNE[1]),
                ("FACTUURDATUM", dshort(x)),
                ("BESTELNUMMER", order),
                ("DOCUMENTNR.", doc),
                ("FACTUURADRES", "Sanne Bakker\n" + ADDRESS + "\nNLD"),
            ],
        ),
        ("rows", rows, "head"),
        ("kv", [("Subtotaal", eur(round(total - vat, 2))), ("Btw 21%", eur(vat)), ("TOTAAL", eur(total))]),
        ("p", "Betaald met Mastercard •••• 4417."),
        (
            "p",
            "Om je abonnementen te beheren of op te zeggen, ga je naar Instellingen > [je naam] > "
            "Abonnementen op je iPhone of iPad.",
        ),
        (
            "p",
            "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, "
            "Ierland. Btw-nr. IE9700053D.",
        ),
    ]
    return blocks


add(
    "2026-01-09",
    "02:31",
    AP,
    "Je factuur van Apple",
    apple_receipt(
        "2026-01-09",
        [
            ("iCloud+", "iCloud+ met 200 GB opslag (maandelijks)", D("2026-02-09"), 2.99),
            ("Duolingo: Language Lessons", "Super Duolingo (jaarlijks)", D("2027-01-09"), 83.99),
        ],
        "MT4K7Q2ZLX",
        "172093445118",
    ),
    tz="+0000",
    brand="#1d1d1f",
    logo="Apple",
    labels=["iCloud+", "Duolingo"],
    kvw=16,
)
for d, p, plan, order, doc in [
    ("2026-03-09", 2.99, "iCloud+ met 200 GB opslag (maandelijks)", "MT4M1B8QRC", "172211903344"),
    ("2026-06-09", 2.99, "iCloud+ met 200 GB opslag (maandelijks)", "MT4P9W2HKD", "172390218871"),
    ("2026-09-09", 9.99, "iCloud+ met 2 TB opslag (maandelijks)", "MT4S3V7LNQ", "172566710294"),
    ("2026-11-09", 9.99, "iCloud+ met 2 TB opslag (maandelijks)", "MT4V8C1JTW", "172680034157"),
]:
    add(
        d,
        "03:05",
        AP,
        "Je factuur van Apple",
        apple_receipt(d, [("iCloud+", plan, add_months(D(d), 1), p)], order, doc),
        tz="+0000",
        brand="#1d1d1f",
        logo="Apple",
        labels=["iCloud+"],
        kvw=16,
    )
add(
    "2026-08-17",
    "19:52",
    AP,
    "Je abonnementsbevestiging",
    [
        ("p", "Beste Sanne Bakker,"),
        ("p", "Je hebt je abonnement gewijzigd. Je nieuwe abonnement gaat meteen in."),
        (
            "kv",
            [
                ("Abonnement", "iCloud+ met 2 TB opslag"),
                ("Apple ID", SANNE[1]),
                ("Prijs", "€ 9,99 per maand"),
                ("Vorig abonnement", "iCloud+ met 200 GB opslag"),
                ("Verlengingsdatum", "9 sep. 2026"),
            ],
        ),
        (
            "p",
            "Het abonnement wordt automatisch verlengd tegen de bovengenoemde prijs totdat je het "
            "opzegt. Opzeggen kan tot ten minste 24 uur vóór de verlengingsdatum.",
        ),
        ("p", "Apple"),
    ],
    tz="+0000",
    brand="#1d1d1f",
    logo="Apple",
    labels=["iCloud+"],
)
DUO = ("Duolingo", "hello@duolingo.com")
add(
    "2026-01-25",
    "18:00",
    DUO,
    "Je weekoverzicht: 7 dagen streak! 🔥",
    [
        ("p", "Goed bezig, Mila! Je hebt deze week 420 XP verdiend en je streak staat op 7 dagen."),
        ("p", "Met Super heb je onbeperkte hartjes. Blijf oefenen!"),
    ],
    tz="+0000",
    cte="qp",
    brand="#58cc02",
    logo="duolingo",
    headers={"List-Unsubscribe": "<https://www.duolingo.com/unsubscribe>"},
)

# ---------------- Ziggo (internet + TV bill) ----------------
ZG = ("Ziggo", "noreply@ziggo.nl")


def ziggo_bill(d, month_name, amount, debit, invno, lines):
    return [
        ("p", "Beste Sanne Bakker,"),
        ("p", f"Je factuur van {month_name} staat voor je klaar in Mijn Ziggo."),
        (
            "kv",
            [
                ("Klantnummer", "40381127"),
                ("Factuurnummer", invno),
                ("Factuurdatum", dnum(D(d))),
                ("Factuurbedrag", eur(amount)),
            ],
        ),
        ("rows", lines),
        (
            "p",
            f"Je betaalt via automatische incasso. We schrijven het bedrag van {eur(amount)} rond "
            f"{dlong(debit)} af van je rekening NL** **** **** **21 07. Je hoeft zelf niets te doen.",
        ),
        ("p", "Bekijk je factuur en je specificatie in de Mijn Ziggo app of op ziggo.nl/mijnziggo."),
        ("p", "Met vriendelijke groet,\nZiggo"),
        ("p", "Ziggo Services B.V., onderdeel van VodafoneZiggo Group B.V. KvK 33281032."),
    ]


for d, mname, amt, debit, inv, lines in [
    (
        "2025-12-20",
        "december",
        71.45,
        D("2025-12-29"),
        "2025-2183390",
        [("Internet Giga + TV Start", "€ 71,45"), ("Totaal incl. btw", "€ 71,45")],
    ),
    (
        "2026-04-20",
        "april",
        74.40,
        D("2026-04-28"),
        "2026-0912273",
        [
            ("Internet Giga + TV Start", "€ 71,45"),
            ("Bellen buiten je bundel (maart)", "€ 2,95"),
            ("Totaal incl. btw", "€ 74,40"),
        ],
    ),
    (
        "2026-07-20",
        "juli",
        73.20,
        D("2026-07-28"),
        "2026-1410065",
        [("Internet Giga + TV Start", "€ 73,20"), ("Totaal incl. btw", "€ 73,20")],
    ),
    (
        "2026-11-20",
        "november",
        73.20,
        D("2026-11-27"),
        "2026-2019847",
        [("Internet Giga + TV Start", "€ 73,20"), ("Totaal incl. btw", "€ 73,20")],
    ),
]:
    add(
        d,
        "07:45",
        ZG,
        f"Je factuur van {mname} staat klaar",
        ziggo_bill(d, mname, amt, debit, inv, lines),
        brand="#f48c00",
        logo="ziggo",
        labels=["Ziggo"],
        cte="qp",
        kvw=16,
    )
add(
    "2026-06-02",
    "10:15",
    ZG,
    "Je maandbedrag verandert per 1 juli 2026",
    [
        ("p", "Beste Sanne Bakker,"),
        (
            "p",
            "Ieder jaar per 1 juli passen we onze prijzen aan. Dat staat ook in onze algemene "
            "voorwaarden. Dit jaar verhogen we de prijs met 2,5%.",
        ),
        (
            "kv",
            [
                ("Je abonnement", "Internet Giga + TV Start"),
                ("Huidig maandbedrag", "€ 71,45"),
                ("Nieuw maandbedrag vanaf 1 juli 2026", "€ 73,20"),
            ],
        ),
        ("p", "Je ziet het nieuwe bedrag voor het eerst op je factuur van juli. Je hoeft niets te doen."),
        ("p", "Met vriendelijke groet,\nZiggo"),
    ],
    brand="#f48c00",
    logo="ziggo",
    labels=["Ziggo"],
    cte="qp",
    kvw=38,
)
add(
    "2026-11-02",
    "08:20",
    ZG,
    "Storing in jouw buurt opgelost",
    [
        ("p", "Beste Sanne Bakker,"),
        (
            "p",
            "De storing op internet en tv in Utrecht (postcode 3531) is opgelost. Heb je nog steeds "
            "problemen? Herstart dan je modem.",
        ),
        ("p", "Sorry voor het ongemak.\nZiggo"),
    ],
    brand="#f48c00",
    logo="ziggo",
    cte="qp",
)

# ---------------- Odido (mobile; downgrade) ----------------
OD = ("Odido", "noreply@odido.nl")


def odido_bill(month, d, amount, debit, lines):
    return [
        ("p", "Hoi Sanne,"),
        ("p", f"Je factuur van {month} staat klaar in de Odido app en in Mijn Odido."),
        (
            "rows",
            [("Omschrijving", "Bedrag")] + lines + [("Totaal (incl. btw)", eur(amount, "tight"))],
            "head",
        ),
        (
            "p",
            f"We schrijven dit bedrag op of rond {dlong(debit)} af van je rekening. Zorg dat er "
            "genoeg saldo op staat.",
        ),
        (
            "kv",
            [("Klantnummer", "1.20948.773"), ("Factuurdatum", dnum(D(d))), ("Mobiel nummer", "06-**** 8841")],
        ),
        ("p", "Groetjes, Odido\nOdido Netherlands B.V., Postbus 16400, 3500 CK Utrecht"),
    ]


for month, d, amt, debit, lines in [
    ("januari", "2026-01-24", 32.50, D("2026-02-02"), [("Sim Only Unlimited", "€32,50")]),
    ("juni", "2026-06-24", 22.00, D("2026-07-02"), [("Sim Only 20 GB", "€22,00")]),
    (
        "september",
        "2026-09-24",
        23.35,
        D("2026-10-02"),
        [("Sim Only 20 GB", "€22,00"), ("Bellen naar 0900-nummers", "€1,35")],
    ),
    ("november", "2026-11-24", 22.00, D("2026-12-02"), [("Sim Only 20 GB", "€22,00")]),
]:
    add(
        d,
        "09:02",
        OD,
        f"Je factuur van {month} staat klaar",
        odido_bill(month, d, amt, debit, lines),
        brand="#1f1a64",
        logo="Odido",
        labels=["Odido"],
        cte="b64",
        kvw=16,
    )
add(
    "2026-05-12",
    "14:26",
    OD,
    "Bevestiging: je abonnement is gewijzigd",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Je hebt je abonnement aangepast. Hieronder zie je wat er verandert."),
        (
            "kv",
            [
                ("Oud abonnement", "Sim Only Unlimited — €32,50 per maand"),
                ("Nieuw abonnement", "Sim Only 20 GB — €22,00 per maand"),
                ("Ingangsdatum", "1 juni 2026"),
                ("Looptijd", "1 jaar, daarna maandelijks opzegbaar"),
            ],
        ),
        ("p", "Je nieuwe maandbedrag zie je vanaf je factuur van juni."),
        ("p", "Groetjes, Odido"),
    ],
    brand="#1f1a64",
    logo="Odido",
    labels=["Odido"],
    cte="b64",
    kvw=18,
)
add(
    "2026-05-28",
    "12:00",
    OD,
    "Sanne, ook thuis over naar Odido? Nu 6 maanden € 25 korting",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Combineer je mobiel met Odido Thuis en krijg 6 maanden €25 korting op glasvezel 1 Gbit/s. "
            "Daarna €55 per maand. Plus: als mobiele klant krijg je elke maand €5 extra voordeel.",
        ),
        ("p", "Check je adres op odido.nl/thuis."),
    ],
    brand="#1f1a64",
    logo="Odido Thuis",
    cte="b64",
    headers={"List-Unsubscribe": "<https://www.odido.nl/afmelden>"},
)

# ---------------- Vattenfall (energie voorschot) ----------------
VF = ("Vattenfall", "noreply@vattenfall.nl")
add(
    "2025-12-05",
    "16:30",
    VF,
    "Je nieuwe tarieven per 1 januari 2026",
    [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            "Per 1 januari 2026 veranderen je tarieven voor stroom en gas. De overheid verandert ook de "
            "energiebelasting. In de bijlage in Mijn Vattenfall vind je al je nieuwe tarieven.",
        ),
        (
            "kv",
            [
                ("Leveringsadres", "Kanaalstraat 112, Utrecht"),
                ("Product", "Vattenfall Vast 1 jaar"),
                ("Termijnbedrag", "€ 187,00 per maand (ongewijzigd)"),
                ("Afschrijving", "rond de 16e van de maand"),
            ],
        ),
        ("p", "Met vriendelijke groet,\nVattenfall Klantenservice"),
    ],
    brand="#1964a3",
    logo="VATTENFALL",
    labels=["Vattenfall"],
    cte="qp",
    kvw=16,
)


def vf_term(d, month, amount, debit):
    return [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            f"Hierbij ontvang je je termijnfactuur van {month}. Het termijnbedrag is een voorschot op "
            "je jaarnota.",
        ),
        (
            "kv",
            [
                ("Klantnummer", "5004 1183 22"),
                ("Factuurnummer", "T" + d.replace("-", "") + "1183"),
                ("Termijnbedrag stroom en gas", eur(amount)),
                ("Waarvan btw 21%", eur(round(amount - amount / 1.21, 2))),
                ("Afschrijfdatum", dnum(debit)),
            ],
        ),
        ("p", "Het bedrag wordt automatisch van je rekening afgeschreven. Je hoeft niets te doen."),
        ("p", "Tip: geef elke maand je meterstanden door in de app, dan weet je altijd waar je staat."),
        ("p", "Met vriendelijke groet,\nVattenfall"),
        ("p", "Vattenfall Sales Nederland N.V., Postbus 41920, 1009 DC Amsterdam"),
    ]


for d, month, amt in [
    ("2026-01-12", "januari", 187.00),
    ("2026-05-12", "mei", 165.00),
    ("2026-08-11", "augustus", 165.00),
    ("2026-11-11", "november", 165.00),
]:
    x = D(d)
    add(
        d,
        "05:50",
        VF,
        f"Je termijnfactuur van {month} {x.year}",
        vf_term(d, month, amt, x.replace(day=16)),
        brand="#1964a3",
        logo="VATTENFALL",
        labels=["Vattenfall"],
        cte="qp",
        kvw=30,
    )
add(
    "2026-03-10",
    "07:10",
    VF,
    "Je jaarnota staat klaar: je krijgt geld terug",
    [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            "Je jaarnota over de periode 1 maart 2025 t/m 28 februari 2026 staat klaar in Mijn Vattenfall.",
        ),
        (
            "rows",
            [
                ("", "Bedrag"),
                ("Totale kosten stroom en gas", "€ 2.031,60"),
                ("Betaalde termijnbedragen (12 x € 187,00)", "€ 2.244,00"),
                ("Je krijgt terug", "€ 212,40"),
            ],
            "head",
        ),
        ("p", "We maken € 212,40 binnen 10 werkdagen over op je rekening NL** INGB **** **21 07."),
        (
            "p",
            "Je hebt minder verbruikt dan we hadden verwacht. Daarom verlagen we je termijnbedrag: vanaf "
            "april 2026 betaal je € 165,00 per maand. Dit bedrag schrijven we rond de 16e van de maand af.",
        ),
        ("p", "Met vriendelijke groet,\nVattenfall"),
    ],
    brand="#1964a3",
    logo="VATTENFALL",
    labels=["Vattenfall"],
    cte="qp",
)
add(
    "2026-02-26",
    "09:00",
    VF,
    "Geef je meterstanden door",
    [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            "Binnenkort maken we je jaarnota. Geef vóór 5 maart je meterstanden door, dan klopt je "
            "jaarnota precies. Heb je een slimme meter? Dan hoef je niets te doen.",
        ),
    ],
    brand="#1964a3",
    logo="VATTENFALL",
    cte="qp",
)
add(
    "2026-10-28",
    "10:00",
    VF,
    "Zo houd je deze winter je energierekening laag",
    [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            "De dagen worden korter. Met deze vijf tips bespaar je gemiddeld € 120 per jaar: zet de "
            "verwarming een graadje lager, plaats radiatorfolie, ...",
        ),
        ("p", "Bekijk ook onze thuisbatterij vanaf € 3.499 of de Vattenfall warmtepomp."),
    ],
    brand="#1964a3",
    logo="VATTENFALL",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.vattenfall.nl/afmelden>"},
)

# ---------------- Vitens (water; forwarded by Joost, then direct, iso-8859-1 HTML) ----------------
VT = ("Vitens", "klantenservice@vitens.nl")
vitens_jaar = render_text(
    [
        ("p", "Geachte heer Van Leeuwen,"),
        ("p", "Uw jaarafrekening voor drinkwater over 2025 staat klaar."),
        (
            "kv",
            [
                ("Klantnummer", "81 2290 4471"),
                ("Verbruik", "98 m3"),
                ("Kosten drinkwater 2025", "EUR 270,52"),
                ("Betaalde voorschotten", "EUR 227,40"),
                ("Nog te betalen", "EUR 43,12"),
            ],
        ),
        ("p", "Het bedrag van EUR 43,12 schrijven wij op of rond 28-02-2026 eenmalig van uw rekening af."),
        (
            "p",
            "Uw nieuwe termijnbedrag is EUR 21,10 per maand, met ingang van maart 2026. Wij incasseren "
            "het termijnbedrag rond de 28e van elke maand.",
        ),
        ("p", "Met vriendelijke groet,\nVitens\nKlantenservice"),
    ],
    26,
)
add(
    "2026-02-19",
    "07:58",
    JOOST,
    "Fwd: Uw jaarafrekening drinkwater 2025",
    text=(
        "Ter info: we moeten 43 euro bijbetalen voor water, en het termijnbedrag gaat omhoog naar 21,10.\n"
        "Gaat gewoon van de gezamenlijke rekening.\n\nx J\n\n"
        "---------- Doorgestuurd bericht ---------\n"
        "Van: Vitens <klantenservice@vitens.nl>\n"
        "Date: wo 18 feb 2026 om 10:02\n"
        "Subject: Uw jaarafrekening drinkwater 2025\n"
        "To: <joost.vanleeuwen@gmail.com>\n\n" + vitens_jaar
    ),
    fmt="text",
    cte="qp",
    slug="joost",
    labels=["Vitens"],
)
add(
    "2026-11-20",
    "10:40",
    VT,
    "Uw termijnnota november 2026",
    [
        ("p", "Geachte heer/mevrouw Van Leeuwen,"),
        ("p", "Hierbij uw termijnnota voor drinkwater."),
        (
            "kv",
            [
                ("Klantnummer", "81 2290 4471"),
                ("Notanummer", "4402918836"),
                ("Periode", "november 2026"),
                ("Termijnbedrag", "EUR 21,10"),
                ("Waarvan BTW 9%", "EUR 1,74"),
                ("Datum afschrijving", "28-11-2026"),
            ],
        ),
        ("p", "Wij schrijven het bedrag automatisch af van rekening NL** INGB **** **21 07."),
        ("p", "Met vriendelijke groet,\nVitens"),
        ("p", "Vitens N.V. Postbus 1205, 8001 BE Zwolle"),
    ],
    fmt="html",
    charset="iso-8859-1",
    cte="qp",
    brand="#0076be",
    logo="Vitens",
    labels=["Vitens"],
)

# ---------------- BghU gemeentelijke belastingen (HTML only, windows-1252 QP) ----------------
BG = ("BghU", "noreply@bghu.nl")
termijnen = [(f"Termijn {i + 1}", dnum(add_months(D("2026-03-28"), i)), "€ 78,43") for i in range(10)]
add(
    "2026-03-02",
    "11:20",
    BG,
    "Bevestiging betaling in termijnen aanslag 2026",
    [
        ("p", "Geachte heer/mevrouw Bakker,"),
        (
            "p",
            "U heeft ons gemachtigd om de aanslag gemeentelijke belastingen 2026 in 10 termijnen "
            "automatisch af te schrijven. Hieronder vindt u het overzicht.",
        ),
        ("kv", [("Aanslagnummer", "2026.0412.7731"), ("Object", "Kanaalstraat 112, Utrecht")]),
        (
            "rows",
            [
                ("Belastingsoort", "Bedrag"),
                ("Onroerende-zaakbelasting eigenaar woning", "€ 298,64"),
                ("Afvalstoffenheffing meerpersoonshuishouden", "€ 355,92"),
                ("Rioolheffing eigenaar", "€ 129,74"),
                ("Totaal aanslag", "€ 784,30"),
            ],
            "head",
        ),
        ("rows", [("Termijn", "Datum afschrijving (op of rond)", "Bedrag")] + termijnen, "head"),
        (
            "p",
            "Het termijnbedrag wordt afgeschreven van rekening NL** INGB **** **21 07. Als u "
            "verhuist of het bedrag wijzigt, ontvangt u bericht.",
        ),
        ("p", "Met vriendelijke groet,\nBelastingsamenwerking gemeenten en hoogheemraadschap Utrecht (BghU)"),
    ],
    fmt="html",
    charset="windows-1252",
    cte="qp",
    brand="#00529b",
    logo="BghU",
    labels=["BghU gemeentelijke belastingen"],
)
MO = ("MijnOverheid", "noreply@mijnoverheid.nl")
add(
    "2026-02-27",
    "06:01",
    MO,
    "U heeft een nieuw bericht in uw Berichtenbox",
    text=(
        "Geachte heer/mevrouw,\n\nEr staat een nieuw bericht voor u klaar in uw Berichtenbox op "
        "MijnOverheid.nl.\n\nAfzender: BghU\nOnderwerp: Aanslag gemeentelijke belastingen 2026\n\n"
        "Log in met DigiD op www.mijnoverheid.nl om het bericht te lezen.\n\nDit is een automatisch "
        "bericht. U kunt deze e-mail niet beantwoorden.\n"
    ),
    fmt="text",
    cte="7bit",
    charset="us-ascii",
)
add(
    "2026-03-04",
    "06:03",
    MO,
    "U heeft een nieuw bericht in uw Berichtenbox",
    text=(
        "Geachte heer/mevrouw,\n\nEr staat een nieuw bericht voor u klaar in uw Berichtenbox op "
        "MijnOverheid.nl.\n\nAfzender: Belastingdienst\nOnderwerp: Uitnodiging aangifte "
        "inkomstenbelasting 2025\n\nLog in met DigiD op www.mijnoverheid.nl om het bericht te lezen.\n"
    ),
    fmt="text",
    cte="7bit",
    charset="us-ascii",
)
BD = ("Belastingdienst", "noreply@belastingdienst.nl")
add(
    "2026-05-06",
    "09:12",
    BD,
    "Uw aangifte inkomstenbelasting 2025 is verwerkt",
    text=(
        "Geachte mevrouw Bakker,\n\nWij hebben uw aangifte inkomstenbelasting 2025 ontvangen en verwerkt. "
        "U krijgt een voorlopige aanslag. Volgens onze berekening krijgt u € 1.243 terug.\n\n"
        "Wij maken dit bedrag binnen 5 werkdagen over op uw rekening.\n\nDe voorlopige aanslag vindt u "
        "in uw Berichtenbox op MijnOverheid.\n\nMet vriendelijke groet,\nBelastingdienst\n"
    ),
    fmt="text",
    cte="qp",
)

# ---------------- Zilveren Kruis ----------------
ZK = ("Zilveren Kruis", "noreply@zilverenkruis.nl")
add(
    "2025-12-08",
    "13:14",
    ZK,
    "Je polis voor 2026 staat klaar",
    [
        ("p", "Beste Sanne Bakker,"),
        (
            "p",
            "Je nieuwe polis voor 2026 staat in Mijn Zilveren Kruis. Hieronder zie je wat je per maand "
            "betaalt.",
        ),
        (
            "rows",
            [
                ("Verzekerde", "Verzekering", "Premie per maand"),
                ("Sanne Bakker", "Basis Zeker + Aanvullend 2 sterren", "€ 148,20"),
                ("Joost van Leeuwen", "Basis Zeker + Aanvullend 2 sterren", "€ 148,20"),
                ("Mila van Leeuwen", "Basis Zeker + Aanvullend 2 sterren (kind)", "€ 0,00"),
                ("Daan van Leeuwen", "Basis Zeker + Aanvullend 2 sterren (kind)", "€ 0,00"),
                ("Totaal", "", "€ 296,40"),
            ],
            "head",
        ),
        (
            "p",
            "Je betaalt via automatische incasso. We schrijven de premie rond de 27e van de maand af, "
            "voor de maand erna.",
        ),
        ("p", "Met vriendelijke groet,\nZilveren Kruis"),
        ("p", "Zilveren Kruis Zorgverzekeringen N.V., onderdeel van Achmea."),
    ],
    brand="#00a1de",
    logo="Zilveren Kruis",
    labels=["Zilveren Kruis"],
    cte="qp",
)
add(
    "2026-06-18",
    "16:45",
    ZK,
    "Je declaratie is verwerkt",
    [
        ("p", "Beste Sanne Bakker,"),
        ("p", "We hebben een declaratie verwerkt. Een deel hiervan valt onder je eigen risico."),
        (
            "kv",
            [
                ("Zorgverlener", "Fysiotherapie Lombok"),
                ("Behandeldatum", "02-06-2026"),
                ("Gedeclareerd", "€ 39,50"),
                ("Vergoed", "€ 39,50"),
                ("Eigen risico verrekend", "€ 0,00"),
            ],
        ),
        ("p", "Bekijk het overzicht in de Zilveren Kruis app."),
    ],
    brand="#00a1de",
    logo="Zilveren Kruis",
    cte="qp",
)
add(
    "2026-11-12",
    "08:30",
    ZK,
    "Je premie voor 2027",
    [
        ("p", "Beste Sanne Bakker,"),
        (
            "p",
            "Vanaf 1 januari 2027 verandert je premie. Je blijft verzekerd met dezelfde "
            "verzekeringen, tenzij je vóór 1 januari overstapt.",
        ),
        (
            "rows",
            [
                ("", "2026", "2027"),
                ("Sanne Bakker", "€ 148,20", "€ 154,90"),
                ("Joost van Leeuwen", "€ 148,20", "€ 154,90"),
                ("Mila en Daan (kinderen tot 18 jaar)", "€ 0,00", "€ 0,00"),
                ("Totaal per maand", "€ 296,40", "€ 309,80"),
            ],
            "head",
        ),
        (
            "p",
            "De eerste afschrijving van je nieuwe premie is rond 27 december 2026 (voor de maand "
            "januari). Het eigen risico blijft € 385.",
        ),
        ("p", "Met vriendelijke groet,\nZilveren Kruis"),
    ],
    brand="#00a1de",
    logo="Zilveren Kruis",
    labels=["Zilveren Kruis"],
    cte="qp",
)

# ---------------- SportCity (failed then collected) ----------------
SC = ("SportCity", "service@sportcity.nl")
add(
    "2026-04-03",
    "12:10",
    SC,
    "Je contributie van april is niet geïncasseerd",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Het is ons helaas niet gelukt om je contributie van april af te schrijven. De bank gaf aan "
            "dat er onvoldoende saldo was.",
        ),
        (
            "kv",
            [
                ("Lidmaatschap", "SportCity Duo (Sanne Bakker & Joost van Leeuwen)"),
                ("Bedrag", "€ 44,99"),
                ("Lidnummer", "SC-0771342"),
            ],
        ),
        (
            "p",
            "Geen zorgen: we proberen het bedrag op 15 april 2026 opnieuw af te schrijven. Zorg dat er "
            "dan voldoende saldo op je rekening staat. Lukt het dan weer niet, dan sturen we je een "
            "betaalverzoek en rekenen we € 2,50 administratiekosten.",
        ),
        ("p", "Sportieve groet,\nTeam SportCity"),
    ],
    brand="#e30613",
    logo="SportCity",
    labels=["SportCity"],
    cte="qp",
    kvw=14,
)
add(
    "2026-04-16",
    "09:35",
    SC,
    "Bedankt, je betaling is gelukt",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Goed nieuws: we hebben je contributie van april alsnog ontvangen."),
        ("kv", [("Lidmaatschap", "SportCity Duo"), ("Bedrag", "€ 44,99"), ("Afgeschreven op", "15-04-2026")]),
        ("p", "Je volgende contributie schrijven we zoals altijd rond de 1e van de maand af."),
        ("p", "Tot snel in de club!\nTeam SportCity"),
    ],
    brand="#e30613",
    logo="SportCity",
    labels=["SportCity"],
    cte="qp",
    kvw=14,
)
add(
    "2026-09-01",
    "07:00",
    SC,
    "Je lidmaatschap loopt door",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Je jaarcontract bij SportCity Utrecht Leidsche Rijn is afgelopen. Je lidmaatschap loopt "
            "automatisch door en is vanaf nu maandelijks opzegbaar, met een opzegtermijn van 1 maand.",
        ),
        (
            "kv",
            [
                ("Lidmaatschap", "SportCity Duo"),
                ("Maandbedrag", "€ 44,99"),
                ("Afschrijving", "rond de 1e van de maand"),
            ],
        ),
        ("p", "Sportieve groet,\nTeam SportCity"),
    ],
    brand="#e30613",
    logo="SportCity",
    labels=["SportCity"],
    cte="qp",
    kvw=14,
)

# ---------------- de Volkskrant (quarterly, net + btw, formal) ----------------
VK = ("de Volkskrant", "klantenservice@volkskrant.nl")


def vk_invoice(d, period, debit, inv):
    return [
        ("p", "Geachte mevrouw Bakker,"),
        ("p", "Hierbij ontvangt u de factuur voor uw abonnement op de Volkskrant."),
        (
            "kv",
            [
                ("Abonneenummer", "60022841"),
                ("Factuurnummer", inv),
                ("Factuurdatum", dnum(D(d))),
                ("Abonnement", "de Volkskrant Digitaal + Zaterdag"),
                ("Periode", period),
            ],
        ),
        (
            "rows",
            [("Bedrag excl. btw", "EUR 82,54"), ("Btw 9%", "EUR 7,43"), ("Totaal te betalen", "EUR 89,97")],
        ),
        ("p", f"Het bedrag wordt omstreeks {dlong(debit)} van uw rekening afgeschreven."),
        ("p", "Met vriendelijke groet,\nKlantenservice de Volkskrant"),
        ("p", "DPG Media B.V., Postbus 1050, 1000 BB Amsterdam. KvK 33213662."),
    ]


for d, period, debit, inv in [
    ("2025-12-15", "01-01-2026 t/m 31-03-2026", D("2026-01-08"), "VK-2025-884120"),
    ("2026-03-16", "01-04-2026 t/m 30-06-2026", D("2026-04-08"), "VK-2026-219904"),
    ("2026-06-15", "01-07-2026 t/m 30-09-2026", D("2026-07-08"), "VK-2026-551387"),
    ("2026-09-15", "01-10-2026 t/m 31-12-2026", D("2026-10-08"), "VK-2026-880261"),
]:
    add(
        d,
        "04:30",
        VK,
        "Uw factuur voor de Volkskrant",
        vk_invoice(d, period, debit, inv),
        brand="#000000",
        logo="de Volkskrant",
        labels=["de Volkskrant"],
        cte="qp",
        kvw=16,
    )
add(
    "2026-11-20",
    "13:00",
    VK,
    "Uw abonnementsprijs per 1 januari 2027",
    [
        ("p", "Geachte mevrouw Bakker,"),
        (
            "p",
            "Onafhankelijke journalistiek maken kost geld. Door hogere kosten voor papier, bezorging en "
            "personeel passen wij per 1 januari 2027 de prijs van uw abonnement aan.",
        ),
        (
            "kv",
            [
                ("Uw abonnement", "de Volkskrant Digitaal + Zaterdag"),
                ("Huidige prijs", "EUR 89,97 per kwartaal"),
                ("Nieuwe prijs", "EUR 94,47 per kwartaal"),
            ],
        ),
        (
            "p",
            "De eerste afschrijving tegen het nieuwe tarief vindt omstreeks 8 januari 2027 plaats. Wilt u "
            "uw abonnement wijzigen? Kijk dan op volkskrant.nl/service.",
        ),
        ("p", "Met vriendelijke groet,\nPieter Klok, hoofdredacteur"),
    ],
    brand="#000000",
    logo="de Volkskrant",
    labels=["de Volkskrant"],
    cte="qp",
    kvw=16,
)

# ---------------- NS Dal Vrij ----------------
NS = ("NS", "noreply@ns.nl")
add(
    "2025-12-02",
    "10:05",
    NS,
    "Je abonnement wordt per 1 januari 2026 duurder",
    [
        ("p", "Beste reiziger,"),
        (
            "p",
            "Op 1 januari 2026 gaan de prijzen van treinkaartjes en abonnementen omhoog. Dat geldt ook "
            "voor jouw abonnement.",
        ),
        (
            "kv",
            [
                ("Abonnement", "Dal Vrij"),
                ("Prijs nu", "€ 119,90 per maand"),
                ("Prijs vanaf 1 januari 2026", "€ 124,50 per maand"),
            ],
        ),
        ("p", "Je hoeft niets te doen. Wil je je abonnement wijzigen of opzeggen? Dat kan in Mijn NS."),
        ("p", "Met vriendelijke groet,\nNS Klantenservice"),
    ],
    brand="#ffc917",
    logo="NS",
    labels=["NS Dal Vrij"],
    cte="qp",
    kvw=28,
)


def ns_invoice(d, period, lines, total, debit):
    x = D(d)
    btw = round(total - total / 1.09, 2)
    return [
        ("p", "Beste Sanne Bakker,"),
        ("p", "Je nieuwe factuur staat klaar in Mijn NS."),
        (
            "kv",
            [
                ("Factuurnummer", "0091 " + x.strftime("%m%d") + " 1177"),
                ("Factuurdatum", dnum(x)),
                ("Periode", period),
            ],
        ),
        (
            "rows",
            [("Omschrijving", "Bedrag")] + lines + [("Totaal", eur(total)), ("Waarvan 9% btw", eur(btw))],
            "head",
        ),
        (
            "p",
            f"Je betaalt met automatische incasso. We schrijven het bedrag op of na {dnum(debit)} af "
            "van je rekening.",
        ),
        ("p", "Met vriendelijke groet,\nNS"),
        ("p", "NS Reizigers B.V., Postbus 2025, 3500 HA Utrecht"),
    ]


for d, period, lines, total in [
    ("2026-01-05", "1 t/m 31 januari 2026", [("Dal Vrij (maandabonnement)", "€ 124,50")], 124.50),
    (
        "2026-03-04",
        "1 t/m 31 maart 2026",
        [("Dal Vrij (maandabonnement)", "€ 124,50"), ("Reizen in de spits, februari", "€ 6,32")],
        130.82,
    ),
    ("2026-06-03", "1 t/m 30 juni 2026", [("Dal Vrij (maandabonnement)", "€ 124,50")], 124.50),
    ("2026-11-04", "1 t/m 30 november 2026", [("Dal Vrij (maandabonnement)", "€ 124,50")], 124.50),
]:
    x = D(d)
    add(
        d,
        "06:40",
        NS,
        "Je factuur van NS staat klaar",
        ns_invoice(d, period, lines, total, x.replace(day=11)),
        brand="#003082",
        logo="NS",
        labels=["NS Dal Vrij"],
        cte="b64",
        kvw=16,
    )
NSI = ("NS International", "noreply@nsinternational.nl")
add(
    "2026-07-03",
    "21:14",
    NSI,
    "Je tickets: Utrecht Centraal – Brussel-Zuid",
    [
        ("p", "Beste Sanne Bakker,"),
        ("p", "Bedankt voor je boeking. Je e-tickets zitten in de bijlage en in de NS International app."),
        (
            "kv",
            [
                ("Boekingsnummer", "NSI-7K2M9Q"),
                (
                    "Heenreis",
                    "za 18 juli 2026, 08:09 Utrecht Centraal – 10:53 Brussel-Zuid (Eurocity Direct)",
                ),
                ("Terugreis", "zo 19 juli 2026, 17:07 Brussel-Zuid – 19:51 Utrecht Centraal"),
                ("Reizigers", "2 volwassenen, 2 kinderen"),
                ("Totaal betaald", "€ 156,80"),
            ],
        ),
        ("p", "Goede reis!\nNS International"),
    ],
    brand="#003082",
    logo="NS International",
    cte="qp",
)

# ---------------- HelloFresh (weekly) ----------------
HF = ("HelloFresh", "hallo@hellofresh.nl")


def hf_box(d, week, deliver, price_lines, total, next_charge=None):
    x = D(d)
    blocks = [
        ("p", "Hoi Sanne,"),
        (
            "p",
            f"Je box voor week {week} is bevestigd en we hebben het bedrag afgeschreven. "
            f"We bezorgen hem op {DAYS[deliver.weekday()]} {deliver.day} {MONTHS[deliver.month - 1]} "
            "tussen 17:00 en 21:00.",
        ),
        ("rows", [("Jouw box", "")] + price_lines + [("Totaal", eur(total, "tight"))], "head"),
        (
            "kv",
            [
                ("Abonnement", "Classic box, 3 maaltijden voor 4 personen"),
                ("Afgeschreven op", f"{DAYS[x.weekday()]} {dnum(x)}"),
                ("Betaalmethode", "SEPA-incasso"),
            ],
        ),
    ]
    if next_charge:
        blocks.append(
            (
                "p",
                f"Je volgende box (week {week + 1}) rekenen we af op "
                f"{DAYS[next_charge.weekday()]} {next_charge.day} "
                f"{MONTHS[next_charge.month - 1]}. Kies vóór die dag je recepten, of sla een "
                "week over in de app.",
            )
        )
    blocks.append(("p", "Eet smakelijk!\nJe HelloFresh-team"))
    blocks.append(("p", "HelloFresh Benelux B.V., Amsterdam. Prijzen incl. 9% btw."))
    return blocks


std = [("3 maaltijden x 4 personen", "€64,00"), ("Bezorgkosten", "€5,99")]
for d, week, deliver, lines, total, nxt in [
    ("2026-01-07", 3, D("2026-01-13"), std, 69.99, None),
    ("2026-03-04", 11, D("2026-03-10"), std, 69.99, None),
    ("2026-05-06", 20, D("2026-05-12"), std + [("Korting (code LENTE10)", "−€10,00")], 59.99, None),
    ("2026-10-07", 42, D("2026-10-13"), std, 69.99, None),
    ("2026-12-02", 50, D("2026-12-08"), std, 69.99, D("2026-12-09")),
]:
    add(
        d,
        "14:02",
        HF,
        f"Je HelloFresh-box voor week {week} is bevestigd",
        hf_box(d, week, deliver, lines, total, nxt),
        brand="#067a46",
        logo="HelloFresh",
        labels=["HelloFresh"],
        cte="qp",
        kvw=18,
    )
add(
    "2026-08-03",
    "11:30",
    HF,
    "Je hebt week 33 overgeslagen",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Geen probleem! Je box voor week 33 (bezorging dinsdag 11 augustus) is overgeslagen. We "
            "schrijven deze week niets af.",
        ),
        ("p", "Vanaf week 34 ontvang je weer gewoon je Classic box (3 maaltijden voor 4 personen, €69,99)."),
        ("p", "Fijne vakantie!\nJe HelloFresh-team"),
    ],
    brand="#067a46",
    logo="HelloFresh",
    labels=["HelloFresh"],
    cte="qp",
)

# ---------------- Microsoft 365 (annual) ----------------
MS = ("Microsoft", "microsoft-noreply@microsoft.com")
add(
    "2025-12-19",
    "08:11",
    MS,
    "Je Microsoft-bestelling is verwerkt",
    [
        ("p", "Bedankt voor je bestelling, Sanne."),
        (
            "kv",
            [
                ("Bestelnummer", "4812 7733 0915"),
                ("Besteldatum", "19-12-2025"),
                ("Product", "Microsoft 365 Family (jaarabonnement)"),
                ("Aantal", "1"),
            ],
        ),
        ("rows", [("Subtotaal", "€ 81,82"), ("Btw", "€ 17,18"), ("Totaal", "€ 99,00")]),
        (
            "p",
            "Betaalmethode: Visa **3390. Je abonnement wordt automatisch verlengd op 19-12-2026, "
            "tenzij je het opzegt via account.microsoft.com/services.",
        ),
        ("p", "Microsoft Ireland Operations Ltd., One Microsoft Place, Leopardstown, Dublin 18, Ierland"),
    ],
    tz="-0800",
    brand="#0067b8",
    logo="Microsoft",
    labels=["Microsoft 365"],
    cte="b64",
    kvw=14,
)
add(
    "2026-11-19",
    "08:02",
    MS,
    "Je Microsoft 365 Family-abonnement wordt binnenkort verlengd",
    [
        ("p", "Hallo Sanne,"),
        (
            "p",
            "Je abonnement op Microsoft 365 Family wordt op 19 december 2026 automatisch verlengd. "
            "Microsoft 365 Family bevat nu ook Copilot. Daardoor wijzigt de prijs.",
        ),
        (
            "kv",
            [
                ("Abonnement", "Microsoft 365 Family"),
                ("Verlengingsdatum", "19 december 2026"),
                ("Bedrag", "€ 129,00/jaar (incl. btw)"),
                ("Betaalmethode", "Visa **3390"),
            ],
        ),
        (
            "p",
            "Wil je liever geen Copilot? Kies dan vóór de verlengingsdatum voor Microsoft 365 Family "
            "Classic. Opzeggen kan via account.microsoft.com/services.",
        ),
        ("p", "Microsoft respecteert je privacy. Lees onze privacyverklaring online."),
    ],
    tz="-0800",
    brand="#0067b8",
    logo="Microsoft",
    labels=["Microsoft 365"],
    cte="b64",
    kvw=18,
)

# ---------------- TransIP (domain, net + btw) ----------------
TI = ("TransIP", "noreply@transip.nl")
add(
    "2026-03-15",
    "03:00",
    TI,
    "Je domeinnaam bakkervanleeuwen.nl wordt binnenkort verlengd",
    text=(
        "Beste Sanne Bakker,\n\n"
        "Op 14-04-2026 verlengen we automatisch de volgende domeinnaam voor 1 jaar:\n\n"
        "  bakkervanleeuwen.nl     € 8,47 excl. btw  (€ 10,25 incl. btw)\n\n"
        "Wil je de domeinnaam niet verlengen? Zeg hem dan uiterlijk 13-04-2026 op in het "
        "controlepaneel.\n\nMet vriendelijke groet,\nTransIP\n\nTransIP B.V. - Schipholweg 9B, "
        "2316 XB Leiden\n"
    ),
    fmt="text",
    cte="qp",
    labels=["TransIP"],
)
add(
    "2026-04-14",
    "03:12",
    TI,
    "Factuur F2026.0414.33871",
    text=(
        "Beste Sanne Bakker,\n\nIn de bijlage vind je factuur F2026.0414.33871.\n\n"
        "Omschrijving                                   Periode                     Bedrag\n"
        "Verlenging domeinnaam bakkervanleeuwen.nl      14-04-2026 - 13-04-2027     € 8,47\n\n"
        "Subtotaal                                                                  € 8,47\n"
        "BTW 21%                                                                    € 1,78\n"
        "Totaal                                                                     € 10,25\n\n"
        "Het totaalbedrag wordt binnen 5 werkdagen via automatische incasso van je rekening "
        "afgeschreven.\n\nMet vriendelijke groet,\nTransIP\n"
    ),
    fmt="text",
    cte="7bit",
    charset="utf-8",
    labels=["TransIP"],
)

# ---------------- Proton Mail via PayPal ----------------
PP = ("PayPal", "service@paypal.nl")
for d, tid in [
    ("2026-01-17", "7XK22419LM3380142"),
    ("2026-04-17", "2HB90177TN4461823"),
    ("2026-07-17", "5RS40833QA1173094"),
    ("2026-11-17", "9DP01256VC7725015"),
]:
    x = D(d)
    add(
        d,
        "10:12",
        PP,
        "Ontvangstbewijs voor je betaling aan Proton AG",
        [
            ("p", "Hallo Sanne Bakker,"),
            ("p", "Je hebt een automatische betaling van €4,99 EUR verstuurd aan Proton AG."),
            (
                "kv",
                [
                    ("Verkoper", "Proton AG\ncontact@proton.me"),
                    (
                        "Transactiedatum",
                        f"{dshort(x)} 10:12:05 CET" if x.month in (1, 11) else f"{dshort(x)} 10:12:05 CEST",
                    ),
                    ("Transactie-ID", tid),
                    ("Overeenkomst-ID", "B-4JL92107RX881234P"),
                    ("Omschrijving", "Proton Mail Plus - maandelijks abonnement"),
                    ("Bedrag", "€4,99 EUR"),
                    ("Betaald met", "ING Bank N.V. x-2107"),
                ],
            ),
            (
                "p",
                "Het kan een paar minuten duren voordat deze transactie in je rekeningoverzicht "
                "verschijnt. Je automatische betalingen beheer je via Instellingen > Betalingen.",
            ),
            ("p", "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg"),
        ],
        tz="-0800",
        brand="#003087",
        logo="PayPal",
        labels=["Proton Mail"],
        cte="qp",
        kvw=18,
    )

# ---------------- bol.com (Select yearly + orders) ----------------
BOL = ("bol", "klantenservice@bol.com")
add(
    "2026-09-16",
    "09:00",
    BOL,
    "Je Select-lidmaatschap wordt binnenkort verlengd",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Over 14 dagen, op 30 september 2026, verlengen we je Select-lidmaatschap met een jaar. "
            "Zo blijf je profiteren van gratis verzending en extra voordeel.",
        ),
        ("kv", [("Lidmaatschap", "Select"), ("Prijs", "€ 12,99 per jaar"), ("Verlengdatum", "30-09-2026")]),
        (
            "p",
            "Het bedrag schrijven we af via je opgeslagen betaalmethode. Wil je Select niet verlengen? "
            "Zet automatisch verlengen uit in je account.",
        ),
        ("p", "Groet,\nbol"),
    ],
    brand="#0000a4",
    logo="bol",
    labels=["bol.com Select"],
    cte="b64",
    kvw=14,
)
add(
    "2026-09-30",
    "05:22",
    BOL,
    "Je Select-lidmaatschap is verlengd",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Je Select-lidmaatschap is verlengd. Bedankt!"),
        (
            "kv",
            [
                ("Bedrag", "€ 12,99"),
                ("Geldig tot en met", "29-09-2027"),
                ("Betaald met", "iDEAL | Wero - ING"),
            ],
        ),
        ("p", "Groet,\nbol"),
    ],
    brand="#0000a4",
    logo="bol",
    labels=["bol.com Select"],
    cte="b64",
    kvw=14,
)


def bol_order(d, nr, items, total):
    return [
        ("p", "Hoi Sanne,"),
        ("p", f"Bedankt voor je bestelling bij bol. Je bestelnummer is {nr}."),
        (
            "rows",
            [("Artikel", "Aantal", "Prijs")]
            + items
            + [("Verzendkosten", "", "gratis (Select)"), ("Totaal", "", eur(total))],
            "head",
        ),
        ("p", "We laten je weten wanneer je bestelling onderweg is."),
        ("p", "Groet,\nbol"),
    ]


add(
    "2025-12-01",
    "20:41",
    BOL,
    "Bedankt voor je bestelling",
    bol_order(
        "2025-12-01",
        "A000K8QZ2M",
        [
            ("LEGO Technic 42171 Mercedes-AMG F1 W14", "1", "€ 49,99"),
            ("Het grote Sinterklaasboek", "1", "€ 22,99"),
        ],
        72.98,
    ),
    brand="#0000a4",
    logo="bol",
    cte="b64",
)
add(
    "2025-12-02",
    "15:10",
    BOL,
    "Je bestelling is onderweg",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Goed nieuws: je bestelling A000K8QZ2M is onderweg en wordt woensdag 3 december bezorgd "
            "door PostNL. Volg je pakket met de track & trace-code 3SBOL8812734.",
        ),
    ],
    brand="#0000a4",
    logo="bol",
    cte="b64",
)
add(
    "2026-03-12",
    "21:05",
    BOL,
    "Bedankt voor je bestelling",
    bol_order("2026-03-12", "A000M2XR7J", [("HP 305XL Cartridge Zwart", "2", "€ 34,98")], 34.98),
    brand="#0000a4",
    logo="bol",
    cte="b64",
)
add(
    "2026-10-21",
    "19:47",
    BOL,
    "Bedankt voor je bestelling",
    bol_order(
        "2026-10-21",
        "A000R4PL9D",
        [
            ("Philips Airfryer XXL HD9285/96", "1", "€ 179,00"),
            ("Tefal bakpapier voor airfryer", "1", "€ 8,49"),
        ],
        187.49,
    ),
    brand="#0000a4",
    logo="bol",
    cte="b64",
)
add(
    "2026-11-24",
    "07:00",
    BOL,
    "🔥 Black Friday: tot 50% korting bij bol",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "De Black Friday Week is begonnen! Scoor nu de beste deals op elektronica, speelgoed en "
            "meer. Nog geen Select? Probeer het 30 dagen gratis, daarna € 12,99 per jaar.",
        ),
    ],
    brand="#0000a4",
    logo="bol",
    cte="b64",
    headers={"List-Unsubscribe": "<https://www.bol.com/nl/rnwy/account/nieuwsbrieven>"},
)

# ---------------- Postcode Loterij ----------------
PL = ("Nationale Postcode Loterij", "info@postcodeloterij.nl")
add(
    "2026-02-20",
    "15:30",
    PL,
    "Bevestiging: je speelt vanaf maart mee met 2 loten",
    [
        ("p", "Beste Sanne Bakker,"),
        (
            "p",
            "Wat leuk dat je met een extra lot meespeelt! Daarmee maak je nog meer kans op prijzen, "
            "én steun je nog meer goede doelen.",
        ),
        (
            "kv",
            [
                ("Postcode", "3531 CJ"),
                ("Aantal loten", "2 (vanaf de trekking van maart 2026)"),
                ("Maandbedrag", "€ 30,- (2 x € 15,-)"),
                ("Betaling", "automatische incasso, rond de 21e van de maand"),
            ],
        ),
        ("p", "Veel geluk!\nNationale Postcode Loterij"),
        (
            "p",
            "Nationale Postcode Loterij N.V., Beethovenstraat 200, 1077 JZ Amsterdam. Vergunning "
            "verleend door de Kansspelautoriteit. Speel bewust, 18+.",
        ),
    ],
    brand="#d50032",
    logo="Postcode Loterij",
    labels=["Postcode Loterij"],
    cte="qp",
    kvw=16,
)
for d, month in [("2026-04-02", "maart"), ("2026-10-01", "september")]:
    add(
        d,
        "18:00",
        PL,
        f"De uitslag van {month} staat voor je klaar",
        [
            ("p", "Beste Sanne Bakker,"),
            (
                "p",
                f"De uitslag van de trekking van {month} is bekend. Je speelt mee met 2 loten op "
                "postcode 3531 CJ.",
            ),
            (
                "p",
                "Helaas is er deze maand geen prijs gevallen op jouw lotnummers. Maar wie weet volgende "
                "maand! Bekijk de volledige uitslag op postcodeloterij.nl/uitslag.",
            ),
            (
                "p",
                "Met jouw lot steunde je deze maand onder andere het Wereld Natuur Fonds en "
                "Vluchtelingenwerk.",
            ),
        ],
        brand="#d50032",
        logo="Postcode Loterij",
        labels=["Postcode Loterij"],
        cte="qp",
    )

# ---------------- Squla (inactive after failed payments) ----------------
SQ = ("Squla", "info@squla.nl")
for d in ["2026-01-15", "2026-04-15"]:
    x = D(d)
    add(
        d,
        "06:05",
        SQ,
        "Bedankt voor je betaling",
        [
            ("p", "Hoi Sanne,"),
            ("p", "Bedankt voor je betaling! Mila kan weer een maand lekker oefenen met Squla."),
            (
                "kv",
                [
                    ("Abonnement", "Squla maandabonnement (1 kind)"),
                    ("Bedrag", "€ 9,99"),
                    ("Betaaldatum", dshort(x)),
                    ("Volgende betaling", dshort(add_months(x, 1))),
                ],
            ),
            ("p", "Squla B.V., Amsterdam"),
        ],
        brand="#6d2077",
        logo="Squla",
        labels=["Squla"],
        cte="b64",
        kvw=18,
    )
add(
    "2026-06-15",
    "06:07",
    SQ,
    "Je betaling is niet gelukt",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "We konden je maandelijkse betaling van € 9,99 niet afschrijven, omdat je creditcard "
            "verlopen is. Werk je betaalgegevens bij in je account, dan kan Mila gewoon doorspelen.",
        ),
    ],
    brand="#6d2077",
    logo="Squla",
    labels=["Squla"],
    cte="b64",
)
add(
    "2026-06-22",
    "06:07",
    SQ,
    "Herinnering: werk je betaalgegevens bij",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "We hebben je betaling van € 9,99 nog steeds niet ontvangen. Werk je betaalgegevens vóór "
            "1 juli bij, anders stopt je abonnement automatisch.",
        ),
    ],
    brand="#6d2077",
    logo="Squla",
    labels=["Squla"],
    cte="b64",
)
add(
    "2026-07-01",
    "06:10",
    SQ,
    "Je Squla-abonnement is beëindigd",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Omdat we je betaling niet konden ontvangen, is je Squla-abonnement beëindigd. Er wordt "
            "niets meer afgeschreven. Mila's voortgang bewaren we nog 12 maanden.",
        ),
        ("p", "Wil je weer verder? Sluit dan op squla.nl een nieuw abonnement af."),
    ],
    brand="#6d2077",
    logo="Squla",
    labels=["Squla"],
    cte="b64",
)

# ---------------- Swapfiets (welcome + Stripe receipts) ----------------
SW = ("Swapfiets", "hello@swapfiets.nl")
add(
    "2026-05-12",
    "16:48",
    SW,
    "Welkom bij Swapfiets, Daan! 🚲",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Welkom bij de Swapfiets-community! Je lidmaatschap voor Daan is gestart. Je fiets "
            "staat klaar in de Swapfiets Store Utrecht Voorstraat.",
        ),
        (
            "kv",
            [
                ("Lidmaatschap", "Swapfiets Original"),
                ("Maandbedrag", "€19,90"),
                ("Startdatum", "12 mei 2026"),
                ("Opzegtermijn", "1 maand"),
            ],
        ),
        (
            "p",
            "Je betaalt elke maand vooruit. Je ontvangt van ons een betaalbewijs per e-mail. Is er iets "
            "mis met je fiets? Meld het in de app, dan repareren of swappen we hem binnen 48 uur.",
        ),
        ("p", "Happy riding!\nTeam Swapfiets"),
    ],
    brand="#00a3e0",
    logo="Swapfiets",
    labels=["Swapfiets"],
    cte="qp",
    kvw=14,
)
STRIPE_SW = ("Swapfiets", "invoice+statements+acct_1GQx2aBSwapNL01@stripe.com")
for d, nr in [("2026-06-12", "1842-7734"), ("2026-09-12", "1842-9921"), ("2026-11-12", "1843-1165")]:
    x = D(d)
    add(
        d,
        "04:03",
        STRIPE_SW,
        f"Je ontvangstbewijs van Swapfiets [#{nr}]",
        [
            ("h", "Ontvangstbewijs van Swapfiets B.V."),
            (
                "kv",
                [
                    ("Betaald bedrag", "€19,90"),
                    ("Betaaldatum", f"{x.day} {MON_SHORT[x.month - 1][:3]} {x.year}"),
                    ("Betaalmethode", "SEPA-incasso – 2107"),
                    ("Ontvangstbewijsnummer", nr),
                ],
            ),
            (
                "rows",
                [
                    ("SAMENVATTING", ""),
                    ("Swapfiets Original × 1", "€19,90"),
                    ("Btw (21%)", "€3,45"),
                    ("Betaald bedrag", "€19,90"),
                ],
                "head",
            ),
            ("p", "Vragen? Neem contact op met Swapfiets B.V. via support@swapfiets.nl."),
            (
                "p",
                "Je ontvangt deze e-mail omdat je een aankoop hebt gedaan bij Swapfiets B.V., die "
                "samenwerkt met Stripe voor de verwerking van betalingen.",
            ),
        ],
        tz="+0000",
        brand="#525f7f",
        logo="Swapfiets",
        labels=["Swapfiets"],
        cte="b64",
        kvw=22,
    )

# ================================================================= negatives

PNL = ("PostNL", "noreply@postnl.nl")
add(
    "2025-12-03",
    "07:12",
    PNL,
    "Je pakket wordt vandaag bezorgd",
    [
        ("p", "Hallo Sanne Bakker,"),
        ("p", "Goed nieuws! Je pakket van bol wordt vandaag bezorgd tussen 13:45 en 15:45."),
        ("kv", [("Track & Trace", "3SBOL8812734"), ("Afzender", "bol")]),
        ("p", "Niet thuis? Kies in de PostNL-app een ander moment of een PostNL-punt."),
    ],
    brand="#ff6200",
    logo="PostNL",
    cte="qp",
)
OMA = ("Riet Bakker", "riet.bakker47@hetnet.nl")
add(
    "2025-12-04",
    "10:31",
    OMA,
    "Pakjesavond",
    text=(
        "Lieve Sanne,\n\nKomen jullie zaterdag om vijf uur? Opa haalt de pepernoten.\nIk maak voor Mila en "
        "Daan ieder 50 euro over, dan kunnen ze zelf iets uitzoeken. Zeg maar niks tegen ze hoor.\n\n"
        "Liefs, mam\n"
    ),
    fmt="text",
    cte="qp",
    charset="iso-8859-1",
    slug="riet-bakker",
)
TK = ("Tikkie", "noreply@tikkie.me")
add(
    "2025-12-06",
    "22:14",
    TK,
    "Loïs heeft je een Tikkie gestuurd",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Loïs de Graaf vraagt je om € 12,50 te betalen voor 'Surprise-avond cadeautjes 🎁'."),
        ("p", "Betaal eenvoudig via iDEAL met de link in dit bericht. Deze Tikkie is 14 dagen geldig."),
    ],
    brand="#2ccfaf",
    logo="Tikkie",
    cte="b64",
)
LOIS = ("Loïs de Graaf", "lois.degraaf@ziggo.nl")
add(
    "2025-12-05",
    "08:57",
    LOIS,
    "Surprise-avond vrijdag 🎁",
    text=(
        "Hoi Sanne!\n\nIk heb de cadeautjes voor de surprise-avond op school gekocht, was in totaal 50 "
        "euro voor ons vieren. Ik stuur je zo een Tikkie van 12,50.\n\nZien we elkaar vrijdag om 19.00 "
        "bij de Fockema? Neem jij de chocoladeletters mee?\n\nDikke kus,\nLoïs\n"
    ),
    fmt="text",
    cte="qp",
    slug="lois-de-graaf",
)
AH = ("Albert Heijn", "nieuwsbrief@ah.nl")
add(
    "2025-12-10",
    "06:00",
    AH,
    "Je bonusaanbiedingen voor week 50 🎄",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Deze week in de bonus: 1+1 gratis op alle AH kerstkransjes, 25% korting op Verkade, en "
            "2e halve prijs op Pickwick thee. Bekijk alle aanbiedingen in de Appie-app.",
        ),
    ],
    brand="#00ade6",
    logo="Albert Heijn",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.ah.nl/nieuwsbrief/afmelden>"},
)
CB = ("Coolblue", "noreply@coolblue.nl")
add(
    "2025-12-14",
    "20:02",
    CB,
    "Bevestiging van je bestelling 90218734",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Bedankt voor je bestelling. Hieronder zie je wat je besteld hebt."),
        (
            "rows",
            [
                ("Product", "Prijs"),
                ("AEG 7000 serie ProSteam LR7C84 (8 kg)", "€ 849,00"),
                ("Installatieservice + oude wasmachine mee retour", "€ 49,00"),
                ("Coolblue Zekerheidsservice 5 jaar", "€ 151,00"),
                ("Totaal (incl. btw)", "€ 1.049,00"),
            ],
            "head",
        ),
        ("p", "Je hebt betaald met iDEAL. We bezorgen je wasmachine op het moment dat je hebt gekozen."),
        ("p", "Alles voor een glimlach,\nCoolblue"),
    ],
    brand="#0090e3",
    logo="Coolblue",
    cte="qp",
)
add(
    "2025-12-16",
    "07:30",
    CB,
    "Morgen bezorgen we je wasmachine",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Morgen, woensdag 17 december, bezorgen we je bestelling 90218734 tussen 08:00 en 12:00. "
            "Onze bezorgers sluiten je wasmachine aan en nemen de oude mee.",
        ),
    ],
    brand="#0090e3",
    logo="Coolblue",
    cte="qp",
)
KWF = ("KWF Kankerbestrijding", "info@kwf.nl")
add(
    "2025-12-22",
    "12:45",
    KWF,
    "Bedankt voor je gift",
    [
        ("p", "Beste Sanne,"),
        (
            "p",
            "Hartelijk dank voor je eenmalige gift van € 25,00. Met jouw steun kunnen we meer onderzoek "
            "naar kanker financieren.",
        ),
        ("p", "Je gift is fiscaal aftrekbaar; KWF heeft de ANBI-status."),
    ],
    brand="#004c97",
    logo="KWF",
    cte="qp",
)
TB = ("Thuisbezorgd.nl", "noreply@thuisbezorgd.nl")
add(
    "2026-01-04",
    "18:12",
    TB,
    "Bedankt voor je bestelling bij Pizzeria Da Marco",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Je bestelling is ontvangen door Pizzeria Da Marco en wordt rond 18:55 bezorgd."),
        (
            "rows",
            [
                ("Bestelling", ""),
                ("2x Pizza Margherita", "€ 23,00"),
                ("1x Pizza Diavola", "€ 13,50"),
                ("Bezorgkosten", "€ 1,95"),
                ("Totaal", "€ 38,45"),
            ],
            "head",
        ),
        ("p", "Betaald met iDEAL."),
    ],
    brand="#ff8000",
    logo="Thuisbezorgd.nl",
    cte="b64",
)
add(
    "2026-09-03",
    "19:02",
    TB,
    "Bedankt voor je bestelling bij Sumo Sushi Utrecht",
    [
        ("p", "Hoi Sanne,"),
        ("p", "Je bestelling is ontvangen en wordt rond 19:45 bezorgd."),
        (
            "rows",
            [
                ("Bestelling", ""),
                ("Sushibox Family (48 st.)", "€ 42,50"),
                ("Edamame", "€ 4,95"),
                ("Servicekosten", "€ 0,99"),
                ("Totaal", "€ 48,44"),
            ],
            "head",
        ),
    ],
    brand="#ff8000",
    logo="Thuisbezorgd.nl",
    cte="b64",
)
ING = ("ING", "noreply@ing.nl")
add(
    "2026-01-08",
    "13:20",
    ING,
    "Nieuw apparaat gekoppeld aan je Mijn ING",
    text=(
        "Beste mevrouw Bakker,\n\nJe hebt op 8 januari 2026 om 13:19 een nieuw apparaat (iPhone 16) "
        "gekoppeld aan de ING App.\n\nHeb jij dit niet gedaan? Bel dan direct 020 22 888 00.\n\n"
        "Met vriendelijke groet,\nING\n"
    ),
    fmt="text",
    cte="7bit",
    charset="us-ascii",
)
add(
    "2026-09-25",
    "06:00",
    ING,
    "Je creditcardoverzicht van september staat klaar",
    text=(
        "Beste mevrouw Bakker,\n\nJe nieuwe creditcardoverzicht staat klaar in Mijn ING. Het "
        "totaalbedrag wordt op of na 5 oktober automatisch van je betaalrekening afgeschreven.\n\n"
        "Met vriendelijke groet,\nING\n"
    ),
    fmt="text",
    cte="7bit",
    charset="us-ascii",
)
ST = ("Storytel", "info@storytel.nl")
add(
    "2026-01-20",
    "21:40",
    ST,
    "Welkom bij Storytel – je proefperiode is gestart",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Leuk dat je Storytel uitprobeert! Je kunt nu 14 dagen gratis luisteren naar duizenden "
            "luisterboeken en e-books.",
        ),
        (
            "kv",
            [
                ("Abonnement", "Storytel Unlimited"),
                ("Gratis tot en met", "3 februari 2026"),
                ("Daarna", "€ 14,99 per maand"),
            ],
        ),
        ("p", "Wil je niet doorgaan? Zeg dan vóór het einde van je proefperiode op via je account."),
    ],
    brand="#ff5c28",
    logo="Storytel",
    cte="qp",
)
add(
    "2026-02-02",
    "09:15",
    ST,
    "Je proefperiode is beëindigd",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Je hebt je proefabonnement opgezegd. Je proefperiode eindigt op 3 februari 2026 en er wordt "
            "niets afgeschreven.",
        ),
        ("p", "Jammer dat je gaat. Je bent altijd welkom terug!"),
    ],
    brand="#ff5c28",
    logo="Storytel",
    cte="qp",
)
ZL = ("Zalando", "info@service-mail.zalando.nl")
add(
    "2026-03-20",
    "12:08",
    ZL,
    "Bedankt voor je bestelling",
    [
        ("p", "Hallo Sanne,"),
        ("p", "We hebben je bestelling 10200381176422 ontvangen."),
        (
            "rows",
            [
                ("Artikel", "Prijs"),
                ("Nike Air Max SC – maat 42", "€ 89,95"),
                ("Vans Old Skool – maat 38", "€ 74,95"),
                ("Totaal", "€ 164,90"),
            ],
            "head",
        ),
        ("p", "Je betaalt achteraf met Klarna binnen 30 dagen."),
    ],
    brand="#ff6900",
    logo="Zalando",
    cte="qp",
)
add(
    "2026-03-28",
    "10:30",
    ZL,
    "We hebben je retour ontvangen",
    [
        ("p", "Hallo Sanne,"),
        (
            "p",
            "Je retour van Vans Old Skool – maat 38 is bij ons aangekomen. We verwerken je terugbetaling "
            "van € 74,95 binnen 2 werkdagen.",
        ),
    ],
    brand="#ff6900",
    logo="Zalando",
    cte="qp",
)
add(
    "2026-05-02",
    "23:01",
    ZL,
    "Wachtwoord opnieuw instellen",
    [
        ("p", "Hallo Sanne,"),
        (
            "p",
            "Je hebt gevraagd om je wachtwoord opnieuw in te stellen. Klik binnen 24 uur op de knop "
            "hieronder. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.",
        ),
    ],
    brand="#ff6900",
    logo="Zalando",
    cte="qp",
)
UB = ("Uber Receipts", "noreply@uber.com")
add(
    "2026-04-08",
    "23:42",
    UB,
    "Your Tuesday night trip with Uber",
    [
        ("p", "Thanks for riding, Sanne"),
        ("p", "We hope you enjoyed your ride this evening."),
        (
            "rows",
            [
                ("Trip fare", "€19.84"),
                ("Booking fee", "€2.15"),
                ("Amsterdam city surcharge", "€1.19"),
                ("Total", "€23.18"),
            ],
        ),
        (
            "p",
            "Leidseplein, Amsterdam → Amstel station, Amsterdam. 6.2 km, 19 min. "
            "Paid with Mastercard ••••4417.",
        ),
        ("p", "Uber B.V., Burgerweeshuispad 301, 1076 HR Amsterdam"),
    ],
    tz="+0000",
    brand="#000000",
    logo="Uber",
    cte="b64",
    slug="uber",
)
TW = ("Tweakers", "nieuwsbrief@tweakers.net")
add(
    "2026-04-18",
    "08:00",
    TW,
    "Tweakers Weekoverzicht: de beste smartphones van dit voorjaar",
    [
        (
            "p",
            "Het nieuws van de week: Apple kondigt nieuwe iPads aan, KPN verhoogt prijzen per 1 juli, en "
            "onze review van de Pixel 10a.",
        ),
        ("p", "Tweakers Plus: advertentievrij en exclusieve reviews, vanaf € 3,75 per maand."),
    ],
    brand="#9b0d0d",
    logo="Tweakers",
    cte="qp",
    headers={"List-Unsubscribe": "<https://tweakers.net/my.tnet/nieuwsbrief/>"},
)
MP = ("Marktplaats", "noreply@marktplaats.nl")
add(
    "2026-04-25",
    "14:55",
    MP,
    "Je hebt een nieuw bericht over 'Kinderfiets 24 inch Batavus'",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Jeroen heeft gereageerd op je advertentie 'Kinderfiets 24 inch Batavus' (€ 85,00): "
            '"Is de fiets nog beschikbaar? Ik kan zaterdag langskomen."',
        ),
    ],
    brand="#eda566",
    logo="Marktplaats",
    cte="qp",
)
add(
    "2026-04-26",
    "09:12",
    MP,
    "Wachtwoord wijzigen",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "We hebben een verzoek ontvangen om het wachtwoord van je Marktplaats-account te wijzigen. "
            "Deze link is 1 uur geldig.",
        ),
    ],
    brand="#eda566",
    logo="Marktplaats",
    cte="qp",
)
TR = ("Transavia", "noreply@transavia.com")
add(
    "2026-05-14",
    "20:20",
    TR,
    "Je boekingsbevestiging – Amsterdam naar Lissabon",
    [
        ("p", "Beste Sanne Bakker,"),
        ("p", "Bedankt voor je boeking bij Transavia. Hieronder vind je je reisgegevens."),
        (
            "kv",
            [
                ("Boekingscode", "QX7H2M"),
                ("Heenvlucht", "HV5951 za 26-09-2026 06:50 AMS – 08:45 LIS"),
                ("Terugvlucht", "HV5952 za 03-10-2026 09:35 LIS – 13:25 AMS"),
                ("Passagiers", "2 volwassenen, 2 kinderen"),
                ("Bagage", "4 x 20 kg ruimbagage"),
                ("Totaalprijs", "€ 1.286,40"),
            ],
        ),
        ("p", "Online inchecken kan vanaf 30 dagen voor vertrek."),
    ],
    brand="#00d66c",
    logo="Transavia",
    cte="b64",
)
BK = ("Booking.com", "noreply@booking.com")
add(
    "2026-05-15",
    "21:03",
    BK,
    "Je boeking in Lissabon is bevestigd",
    [
        ("p", "Sanne, je boeking is bevestigd!"),
        (
            "kv",
            [
                ("Accommodatie", "Casa das Janelas Verdes, Lissabon"),
                ("Inchecken", "za 26 sep. 2026 (vanaf 15:00)"),
                ("Uitchecken", "za 3 okt. 2026 (tot 11:00)"),
                ("Prijs", "€ 1.154,00"),
                ("Betaling", "Je betaalt bij de accommodatie"),
            ],
        ),
        ("p", "Gratis annuleren tot 19 september 2026."),
    ],
    brand="#003580",
    logo="Booking.com",
    cte="b64",
)
DP = ("Disney+", "disneyplus@mail.disneyplus.com")
add(
    "2026-05-20",
    "17:00",
    DP,
    "Nieuw bij Disney+: kijk nu vanaf € 5,99 per maand",
    [
        ("p", "Alle verhalen van Disney, Pixar, Marvel, Star Wars en National Geographic op één plek."),
        (
            "rows",
            [
                ("Disney+ Standaard met advertenties", "€ 5,99/maand"),
                ("Disney+ Standaard", "€ 10,99/maand"),
                ("Disney+ Premium", "€ 13,99/maand"),
            ],
        ),
        ("p", "Neem nu een abonnement. Opzeggen kan altijd."),
    ],
    brand="#0e1133",
    logo="Disney+",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.disneyplus.com/unsubscribe>"},
)
WIS = ("WIS Collect", "noreply@wiscollect.nl")
add(
    "2026-06-02",
    "08:45",
    WIS,
    "Betaalverzoek: Schoolreisje groep 6 Burgemeester Fockema Andreaeschool",
    [
        ("p", "Beste ouder/verzorger van Mila,"),
        (
            "p",
            "Via dit betaalverzoek vragen we u de bijdrage voor het schoolreisje naar Dierenpark "
            "Amersfoort op 19 juni te betalen.",
        ),
        (
            "kv",
            [
                ("Omschrijving", "Schoolreisje groep 6"),
                ("Bedrag", "€ 32,50"),
                ("Uiterste betaaldatum", "12-06-2026"),
            ],
        ),
        ("p", "U kunt betalen met iDEAL via de knop in deze e-mail."),
    ],
    brand="#2a6ebb",
    logo="WIS Collect",
    cte="qp",
)
TH = ("Thijs Bakker", "thijs.bakker@outlook.com")
add(
    "2026-06-25",
    "21:47",
    TH,
    "Texel huisje",
    text=(
        "Hoi zus,\n\nHet huisje op Texel is geboekt voor de week van 1 augustus, totaal 760 euro. Dus "
        "380 per gezin. Wil je jullie deel overmaken naar NL91 RABO 0317 4402 18? Geen haast.\n\n"
        "En neem de fietsen mee, die kun je daar niet huren voor minder dan 15 euro per dag.\n\n"
        "Groet,\nThijs\n"
    ),
    fmt="text",
    cte="7bit",
    charset="us-ascii",
    slug="thijs-bakker",
)
GU = ("Gemeente Utrecht", "noreply@utrecht.nl")
add(
    "2026-07-20",
    "11:03",
    GU,
    "Bevestiging afspraak: aanvragen identiteitskaart",
    [
        ("p", "Geachte mevrouw Bakker,"),
        ("p", "U heeft een afspraak gemaakt bij de gemeente Utrecht."),
        (
            "kv",
            [
                ("Product", "Identiteitskaart (kind jonger dan 18 jaar)"),
                ("Datum en tijd", "dinsdag 4 augustus 2026, 09:20 uur"),
                ("Locatie", "Stadskantoor, Stadsplateau 1"),
                ("Kosten", "€ 41,20 (betalen bij de balie)"),
            ],
        ),
        ("p", "Neem mee: een recente pasfoto en het huidige reisdocument van Daan."),
    ],
    brand="#cc0000",
    logo="Gemeente Utrecht",
    cte="qp",
)
AB = ("Airbnb", "automated@airbnb.com")
add(
    "2026-08-22",
    "19:30",
    AB,
    "Reservation confirmed for Antwerp",
    [
        ("p", "Pack your bags, Sanne! Your reservation is confirmed."),
        (
            "kv",
            [
                ("Listing", "Bright loft near Het Zuid, Antwerp"),
                ("Check-in", "Fri, Oct 16, 2026"),
                ("Checkout", "Sun, Oct 18, 2026"),
                ("Guests", "4"),
                ("Total (EUR)", "€412.36"),
            ],
        ),
        ("p", "Confirmation code HMX4T2KQ9P."),
    ],
    tz="+0000",
    brand="#ff385c",
    logo="Airbnb",
    cte="b64",
)
PI = ("Picnic", "hallo@picnic.app")
for d, nr, total, items in [
    ("2026-08-14", "PN-8821-0447", 87.42, "32 producten"),
    ("2026-10-03", "PN-9035-1188", 112.06, "41 producten"),
]:
    add(
        d,
        "16:20",
        PI,
        "Je bestelling is bevestigd",
        [
            ("p", "Hoi Sanne,"),
            (
                "p",
                f"Je bestelling {nr} ({items}) komt morgen tussen 18:20 en 18:40 aan. Je kunt nog tot "
                "22:00 producten toevoegen.",
            ),
            (
                "kv",
                [
                    ("Totaal", eur(total, "tight")),
                    ("Bezorgkosten", "gratis"),
                    ("Betaling", "automatisch na bezorging"),
                ],
            ),
        ],
        brand="#e1171e",
        logo="Picnic",
        cte="qp",
    )
LI = ("LinkedIn", "messages-noreply@linkedin.com")
add(
    "2026-08-24",
    "07:10",
    LI,
    "Sanne, you appeared in 14 searches this week",
    [
        ("p", "You appeared in 14 searches this week. See who's looking at your profile."),
        ("p", "Try LinkedIn Premium Career for €0 for 1 month, then €39.99/month. Cancel anytime."),
    ],
    tz="+0000",
    brand="#0a66c2",
    logo="LinkedIn",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/psettings/email>"},
)
YB = ("Yellowbrick", "noreply@yellowbrick.nl")
add(
    "2026-09-07",
    "17:45",
    YB,
    "Parkeeractie beëindigd",
    text=(
        "Beste Sanne Bakker,\n\nJe parkeeractie is beëindigd.\n\nLocatie: Utrecht, zone 3441 (Lombok)\n"
        "Start: 07-09-2026 14:02\nEind: 07-09-2026 17:44\nParkeerkosten: € 9,61\nTransactiekosten: "
        "€ 0,35\n\nDe kosten worden met je maandoverzicht verrekend.\n\nYellowbrick\n"
    ),
    fmt="text",
    cte="qp",
)
G5 = ("Giro555", "info@giro555.nl")
add(
    "2026-09-19",
    "10:00",
    G5,
    "Dank je wel voor je donatie",
    [
        ("p", "Beste Sanne,"),
        (
            "p",
            "Hartelijk dank voor je donatie van € 20,00 aan de actie van Giro555. Samen helpen we de "
            "slachtoffers van de aardbeving.",
        ),
    ],
    brand="#ee2a24",
    logo="Giro555",
    cte="qp",
)
NRC = ("NRC", "nieuwsbrief@nrc.nl")
add(
    "2026-10-08",
    "07:30",
    NRC,
    "Lees NRC 3 maanden voor € 1 per maand",
    [
        ("p", "Beste lezer,"),
        (
            "p",
            "Maak kennis met NRC: onafhankelijke journalistiek, elke dag. Probeer NRC Digitaal nu "
            "3 maanden voor € 1 per maand. Daarna betaalt u € 24,99 per maand. Maandelijks opzegbaar.",
        ),
    ],
    brand="#2c2c2c",
    logo="NRC",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.nrc.nl/nieuwsbrieven/afmelden>"},
)
DHL = ("DHL eCommerce", "noreply@dhl.com")
add(
    "2026-10-22",
    "08:05",
    DHL,
    "Je zending van bol komt vandaag",
    [
        ("p", "Hallo,"),
        ("p", "Je zending JVGL0622918344 van bol wordt vandaag tussen 17:00 en 20:00 bezorgd."),
    ],
    brand="#ffcc00",
    logo="DHL",
    cte="qp",
)
KPN = ("KPN", "nieuwsbrief@kpn.com")
add(
    "2026-11-05",
    "16:00",
    KPN,
    "Sneller internet? KPN Glasvezel 1 Gbit/s nu € 49,50 per maand",
    [
        ("p", "Beste bewoner van de Kanaalstraat,"),
        (
            "p",
            "Goed nieuws: glasvezel van KPN is beschikbaar op jouw adres. Stap nu over en betaal het "
            "eerste jaar € 49,50 per maand voor Internet 1 Gbit/s + TV Start. Wij regelen je overstap.",
        ),
    ],
    brand="#00c300",
    logo="KPN",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.kpn.com/afmelden>"},
)
ANWB = ("ANWB", "nieuwsbrief@anwb.nl")
add(
    "2026-11-10",
    "12:00",
    ANWB,
    "Pech onderweg? Wegenwacht vanaf € 5,83 per maand",
    [
        ("p", "Beste mevrouw Bakker,"),
        (
            "p",
            "De winter komt eraan. Met ANWB Wegenwacht Nederland ben je al verzekerd van hulp vanaf "
            "€ 5,83 per maand. Nu met 20% korting in het eerste jaar.",
        ),
    ],
    brand="#ffcc00",
    logo="ANWB",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.anwb.nl/afmelden>"},
)
IK = ("IKEA", "noreply@order.ikea.com")
add(
    "2026-11-13",
    "20:25",
    IK,
    "Je IKEA bestelling 1203448871 is bevestigd",
    [
        ("p", "Hej Sanne,"),
        ("p", "Bedankt voor je bestelling!"),
        (
            "rows",
            [
                ("Artikel", "Aantal", "Prijs"),
                ("KALLAX Open kast, wit, 77x147 cm", "1", "€ 69,99"),
                ("DRÖNA Opbergbox, grijs", "4", "€ 15,96"),
                ("Bezorging", "", "€ 9,00"),
                ("Totaal", "", "€ 94,95"),
            ],
            "head",
        ),
    ],
    brand="#0058a3",
    logo="IKEA",
    cte="b64",
)
add(
    "2026-11-27",
    "09:00",
    AH,
    "Probeer AH Premium 3 maanden voor € 0,-",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Met AH Premium krijg je elke week extra korting, gratis bezorging vanaf € 50 en dubbele "
            "airmiles. Probeer het 3 maanden gratis, daarna € 3,99 per maand.",
        ),
    ],
    brand="#00ade6",
    logo="AH Premium",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.ah.nl/nieuwsbrief/afmelden>"},
)
add(
    "2026-11-30",
    "20:11",
    TK,
    "Joost heeft je Tikkie betaald",
    [
        ("p", "Hoi Sanne,"),
        (
            "p",
            "Joost van Leeuwen heeft je Tikkie 'Sinterklaas cadeaus schoonfamilie' van € 45,00 betaald. "
            "Het geld staat op je rekening.",
        ),
    ],
    brand="#2ccfaf",
    logo="Tikkie",
    cte="b64",
)
add(
    "2026-12-04",
    "09:48",
    OMA,
    "Zaterdag",
    text=(
        "Lieve Sanne,\n\nMorgen pakjesavond bij ons, om half zes. Ik heb voor de kinderen weer 50 euro "
        "klaargezet. Opa's knieën doen weer pijn, dus jullie moeten zelf de zak naar binnen dragen. En Joost moet het gedicht niet vergeten!\n\nLiefs, mam\n"
    ),
    fmt="text",
    cte="qp",
    charset="iso-8859-1",
    slug="riet-bakker",
)
add(
    "2026-02-09",
    "19:05",
    JOOST,
    "Re: HelloFresh of zelf koken?",
    text=(
        "Laten we HelloFresh gewoon houden, scheelt me elke week een uur in de Jumbo.\n"
        "Als we in de zomer weg zijn slaan we gewoon een paar weken over.\n\nJ\n\n"
        "Op ma 9 feb 2026 om 18:22 schreef Sanne Bakker <sanne.bakker@xs4all.nl>:\n"
        "> Zeggen we HelloFresh op? 70 euro per week is best veel.\n"
    ),
    fmt="text",
    cte="qp",
    slug="joost",
    labels=["HelloFresh"],
)

# ================================================================= truths

TRUTHS = [
    dict(
        name="Netflix",
        aliases=["Netflix Standaard", "Netflix International B.V."],
        amount="14.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Videoland",
        aliases=["Videoland Plus", "RTL Nederland"],
        amount="9.99",
        currency="EUR",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Spotify",
        aliases=["Spotify Premium Family", "Spotify Premium", "Spotify AB"],
        amount="21.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2027-01-03",
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ 2 TB", "iCloud+ met 2 TB opslag", "Apple iCloud"],
        amount="9.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="Duolingo",
        aliases=["Super Duolingo", "Duolingo Super"],
        amount="83.99",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-01-09",
        kind="subscription",
    ),
    dict(
        name="Ziggo",
        aliases=["Ziggo Internet Giga + TV Start", "VodafoneZiggo", "Ziggo Services"],
        amount="73.20",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-27",
        kind="bill",
    ),
    dict(
        name="Odido",
        aliases=["Odido Sim Only", "Sim Only 20 GB", "Odido Netherlands"],
        amount="22.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2027-01-02",
        kind="bill",
    ),
    dict(
        name="Vattenfall",
        aliases=["Vattenfall energie", "Vattenfall Sales Nederland"],
        amount="165.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-16",
        kind="bill",
    ),
    dict(
        name="Vitens",
        aliases=["Vitens drinkwater", "Vitens N.V."],
        amount="21.10",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-28",
        kind="bill",
    ),
    dict(
        name="BghU gemeentelijke belastingen",
        aliases=[
            "BghU",
            "Gemeentelijke belastingen Utrecht",
            "Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht",
        ],
        amount="78.43",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-28",
        kind="bill",
    ),
    dict(
        name="Zilveren Kruis",
        aliases=["Zilveren Kruis zorgverzekering", "Zilveren Kruis Basis Zeker", "Achmea"],
        amount="309.80",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-27",
        kind="bill",
    ),
    dict(
        name="SportCity",
        aliases=["SportCity Duo", "SportCity Utrecht"],
        amount="44.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2027-01-01",
        kind="subscription",
    ),
    dict(
        name="de Volkskrant",
        aliases=["Volkskrant", "de Volkskrant Digitaal + Zaterdag", "DPG Media"],
        amount="94.47",
        currency="EUR",
        cycle="quarterly",
        status="active",
        next_renewal="2027-01-08",
        kind="subscription",
    ),
    dict(
        name="NS Dal Vrij",
        aliases=["NS", "Dal Vrij", "NS Reizigers", "Nederlandse Spoorwegen"],
        amount="124.50",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-11",
        kind="subscription",
    ),
    dict(
        name="HelloFresh",
        aliases=["HelloFresh Classic box", "HelloFresh Benelux"],
        amount="69.99",
        currency="EUR",
        cycle="weekly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="Microsoft 365",
        aliases=["Microsoft 365 Family", "Microsoft"],
        amount="129.00",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-19",
        kind="subscription",
    ),
    dict(
        name="TransIP",
        aliases=["bakkervanleeuwen.nl", "TransIP domeinnaam"],
        amount="10.25",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-04-14",
        kind="subscription",
    ),
    dict(
        name="Proton Mail",
        aliases=["Proton Mail Plus", "Proton AG", "Proton"],
        amount="4.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-17",
        kind="subscription",
    ),
    dict(
        name="bol.com Select",
        aliases=["bol Select", "Select", "bol.com"],
        amount="12.99",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-09-30",
        kind="subscription",
    ),
    dict(
        name="Postcode Loterij",
        aliases=["Nationale Postcode Loterij", "Postcodeloterij"],
        amount="30.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-21",
        kind="subscription",
    ),
    dict(
        name="Squla",
        aliases=["Squla maandabonnement"],
        amount="9.99",
        currency="EUR",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Swapfiets",
        aliases=["Swapfiets Original", "Swapfiets B.V."],
        amount="19.90",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-12",
        kind="subscription",
    ),
]

HARD_NEGATIVES = [
    "PostNL",
    "DHL eCommerce",
    "Coolblue",
    "Thuisbezorgd.nl",
    "Uber",
    "NS International",
    "Transavia",
    "Booking.com",
    "Airbnb",
    "Albert Heijn",
    "AH Premium",
    "Disney+",
    "KPN",
    "NRC",
    "Storytel",
    "Tikkie",
    "ING",
    "Belastingdienst",
    "MijnOverheid",
    "KWF Kankerbestrijding",
    "Giro555",
    "WIS Collect",
    "Gemeente Utrecht",
    "Marktplaats",
    "Zalando",
    "IKEA",
    "Picnic",
    "Tweakers",
    "LinkedIn",
    "LinkedIn Premium",
    "Yellowbrick",
    "ANWB",
    "Odido Thuis",
    "Riet Bakker",
    "Thijs Bakker",
    "Loïs de Graaf",
    "Coolblue Zekerheidsservice",
]


# ================================================================= write


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif ch in "ëéè":
            out.append("e")
        elif ch in "ï":
            out.append("i")
        else:
            out.append("-")
    return "-".join(p for p in "".join(out).split("-") if p)


def main():
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["when"].astimezone(dt.UTC), i))
    names = {t["name"] for t in TRUTHS}
    listing = []
    mb = mailbox.mbox(mbox_path, create=True)
    mb.lock()
    try:
        for n, i in enumerate(order, 1):
            m = MSGS[i]
            for lab in m["labels"]:
                assert lab in names, lab
            msg = build(m, n)
            data = to_bytes(msg)
            fname = f"{n:03d}-{m['when'].strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
            with open(os.path.join(eml_dir, fname), "wb") as f:
                f.write(data)
            mm = mailbox.mboxMessage(data)
            mm.set_from(m["frm"][1], m["when"].timetuple())
            mb.add(mm)
            listing.append(
                {"file": fname, "from": m["frm"][0], "subject": m["subject"], "labels": m["labels"]}
            )
        mb.flush()
    finally:
        mb.unlock()
        mb.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")

    dump("truth.json", TRUTHS)
    dump("meta.json", {"today": TODAY, "messages": len(listing), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", listing)
    print(
        f"{len(listing)} messages, {len(TRUTHS)} truths, "
        f"{sum(1 for x in listing if not x['labels'])} without label"
    )


if __name__ == "__main__":
    main()
