"""Mailbox "it" of bench/data/email-files4: Chiara Benassi, Bologna (Italy), Nov 2025 - Nov 2026.

Seeded and deterministic, standard library only. Run from the repository root:

    .venv/bin/python bench/data/email-files4/it/make.py

It rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file
with the same bytes every time.
"""

from __future__ import annotations

import datetime as dt
import json
import mailbox
import os
import random
import re
import shutil
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-20"
R = random.Random(39041126)

ME_NAME = "Chiara Benassi"
ME = "chiara.benassi@gmail.com"
OLD_ME = "chiara.benassi@libero.it"
ADDRESS_LINES = "Via Mascarella 41\n40126 Bologna BO"

MESI = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# ----------------------------------------------------------------------------- helpers


def _last_sunday(y: int, m: int) -> dt.date:
    d = dt.date(y, m, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def rome(y, m, d, h=None, mi=None):
    """An aware datetime in Europe/Rome (CET/CEST computed by hand)."""
    if h is None:
        h = R.randint(6, 21)
    if mi is None:
        mi = R.randint(0, 59)
    naive = dt.datetime(y, m, d, h, mi, R.randint(0, 59))
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(2))
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(3))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def utc(y, m, d, h=None, mi=None):
    if h is None:
        h = R.randint(4, 20)
    if mi is None:
        mi = R.randint(0, 59)
    return dt.datetime(y, m, d, h, mi, R.randint(0, 59), tzinfo=dt.UTC)


def tzed(y, m, d, hours, h=None, mi=None):
    if h is None:
        h = R.randint(4, 20)
    if mi is None:
        mi = R.randint(0, 59)
    return dt.datetime(y, m, d, h, mi, R.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=hours)))


def eur(x: float, thousands: bool = True) -> str:
    """Italian number: 1.234,56"""
    s = f"{x:,.2f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", "." if thousands else "")
    return s


def d_slash(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def d_long(d: dt.date) -> str:
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def d_apple(d: dt.date) -> str:
    return f"{d.day} {MESI3[d.month - 1]} {d.year}"


def d_en(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def add_month(d: dt.date, n: int = 1) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = d.day
    while True:
        try:
            return dt.date(y, m, day)
        except ValueError:
            day -= 1


def hexid(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def upper(n: int) -> str:
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


MESSAGES: list[dict] = []


def add(
    when,
    name,
    addr,
    subject,
    *,
    text=None,
    html=None,
    labels=(),
    slug,
    cte="quoted-printable",
    charset="utf-8",
    to=None,
    mid_domain=None,
    extra=None,
):
    MESSAGES.append(
        dict(
            when=when,
            name=name,
            addr=addr,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            slug=slug,
            cte=cte,
            charset=charset,
            to=to,
            mid_domain=mid_domain or addr.split("@")[1],
            extra=extra or {},
        )
    )


def build(m: dict, n: int) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = Address(display_name=m["name"], addr_spec=m["addr"])
    to = m["to"] if m["to"] is not None else Address(display_name=ME_NAME, addr_spec=ME)
    msg["To"] = to
    msg["Date"] = format_datetime(m["when"])
    msg["Subject"] = m["subject"]
    local = m["extra"].pop("_mid_local", None) or f"{hexid(16)}.{digits(6)}"
    msg["Message-ID"] = f"<{local}@{m['mid_domain']}>"
    msg["MIME-Version"] = "1.0"
    for k, v in m["extra"].items():
        msg[k] = v
    if m["text"] is not None and m["html"] is not None:
        msg.set_content(m["text"], subtype="plain", charset=m["charset"], cte=m["cte"])
        msg.add_alternative(m["html"], subtype="html", charset=m["charset"], cte=m["cte"])
        msg.set_boundary(f"----=_Part_{n}_{digits(9)}.{digits(13)}")
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html", charset=m["charset"], cte=m["cte"])
    else:
        msg.set_content(m["text"], subtype="plain", charset=m["charset"], cte=m["cte"])
    return msg


def table(rows, border="#dddddd", pad=6, width="100%", head=None):
    out = [
        f'<table width="{width}" cellpadding="{pad}" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:14px">'
    ]
    if head:
        out.append(
            "<tr>"
            + "".join(
                f'<th align="left" style="border-bottom:2px solid {border};color:#555">{h}</th>' for h in head
            )
            + "</tr>"
        )
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            align = ' align="right"' if i == len(r) - 1 and len(r) > 1 else ""
            cells.append(f'<td style="border-bottom:1px solid {border}"{align}>{c}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def shell(brand_html, body_html, footer_html, color="#333333", bg="#f4f4f4", lang="it"):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background:{bg}">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold">{brand_html}</td></tr>
<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333">
{body_html}
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:15px;color:#888888;background:#fafafa">
{footer_html}
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def p(*paras):
    return "\n".join(f"<p>{x}</p>" for x in paras)


# ----------------------------------------------------------------------------- truths

T_NETFLIX = "Netflix"
T_DAZN = "DAZN"
T_DISNEY = "Disney+"
T_SPOTIFY = "Spotify Premium"
T_PRIME = "Amazon Prime"
T_ICLOUD = "iCloud+"
T_DUO = "Duolingo Super"
T_ILPOST = "Il Post"
T_ILIAD = "Iliad"
T_FASTWEB = "Fastweb"
T_HERA = "Hera Comm"
T_PRIMA = "Prima Assicurazioni"
T_GYM = "Athena Fitness Club"
T_TRENI = "Trenitalia Abbonamento Regionale"
T_ARUBA = "Aruba Hosting"
T_FINDO = "Findomestic"
T_GPT = "ChatGPT Plus"
T_INFINITY = "Infinity+"

TRUTH = [
    dict(
        name=T_NETFLIX,
        aliases=["Netflix Standard", "Netflix International B.V."],
        amount="15.49",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-07",
        kind="subscription",
    ),
    dict(
        name=T_DAZN,
        aliases=["DAZN Standard", "DAZN Italia"],
        amount="34.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-22",
        kind="subscription",
    ),
    dict(
        name=T_DISNEY,
        aliases=["Disney Plus", "Disney+ Standard"],
        amount="89.90",
        currency="EUR",
        cycle="yearly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name=T_SPOTIFY,
        aliases=["Spotify", "Premium Individual", "Spotify Premium Individual"],
        amount="11.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name=T_PRIME,
        aliases=["Prime", "Amazon Prime annuale"],
        amount="49.90",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-01-18",
        kind="subscription",
    ),
    dict(
        name=T_ICLOUD,
        aliases=["iCloud", "iCloud+ con 200 GB", "Apple iCloud+"],
        amount="2.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-11",
        kind="subscription",
    ),
    dict(
        name=T_DUO,
        aliases=["Super Duolingo", "Duolingo"],
        amount="83.99",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-26",
        kind="subscription",
    ),
    dict(
        name=T_ILPOST,
        aliases=["Il Post S.r.l.", "ilpost.it", "Abbonamento Il Post"],
        amount="80.00",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-04",
        kind="subscription",
    ),
    dict(
        name=T_ILIAD,
        aliases=["iliad Giga 150", "Iliad Italia"],
        amount="9.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-17",
        kind="bill",
    ),
    dict(
        name=T_FASTWEB,
        aliases=["Fastweb Casa", "Fastweb S.p.A."],
        amount="29.95",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-25",
        kind="bill",
    ),
    dict(
        name=T_HERA,
        aliases=["Hera Comm luce e gas", "Hera", "Gruppo Hera"],
        amount="121.37",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-30",
        kind="bill",
    ),
    dict(
        name=T_PRIMA,
        aliases=["Prima", "Prima.it", "Prima RC Auto"],
        amount="402.10",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-03",
        kind="bill",
    ),
    dict(
        name=T_GYM,
        aliases=["A.S.D. Athena Fitness Club", "Athena Fitness", "Open Sala + Corsi"],
        amount="59.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="subscription",
    ),
    dict(
        name=T_TRENI,
        aliases=["Trenitalia", "Abbonamento Mensile Regionale", "Trenitalia Tper"],
        amount="64.30",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-28",
        kind="subscription",
    ),
    dict(
        name=T_ARUBA,
        aliases=["Aruba", "Aruba.it", "Hosting Linux Easy", "chiarabenassi.it"],
        amount="42.69",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-01-08",
        kind="subscription",
    ),
    dict(
        name=T_FINDO,
        aliases=["Findomestic Banca", "Finanziamento Findomestic"],
        amount="32.40",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-15",
        kind="bill",
    ),
    dict(
        name=T_GPT,
        aliases=["OpenAI", "ChatGPT", "OpenAI Ireland Limited"],
        amount="23.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-12",
        kind="subscription",
    ),
    dict(
        name=T_INFINITY,
        aliases=["Mediaset Infinity", "Mediaset Infinity+", "Infinity Plus"],
        amount="7.99",
        currency="EUR",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
]

HARD_NEGATIVES = [
    "BRT",
    "Sky",
    "Intesa Sanpaolo",
    "Glovo",
    "Glovo Prime",
    "Emergency",
    "Satispay",
    "Corrente",
    "Deliveroo",
    "Zalando",
    "laFeltrinelli",
    "TIM",
    "Just Eat",
    "Audible",
    "Coop Alleanza 3.0",
    "TicketOne",
    "la Repubblica",
    "Vinted",
    "Poste Italiane",
    "Studio Gualandi",
    "Italo",
    "Ryanair",
    "Booking.com",
    "Vodafone",
    "NOW",
    "PayPal",
    "PosteID",
    "Comune di Bologna",
    "pagoPA",
    "Procreate Pocket",
    "Frecciarossa",
    "Pacchetto Personal Training",
    "eBay",
    "Kindle Paperwhite",
    "Niccolò Fabbri",
    "Giulia Montanari",
    "Rosanna Pedrini",
]


# ============================================================================= senders


# ---------------------------------------------------------------- Spotify (every cycle)
def spotify():
    d = dt.date(2025, 11, 3)
    while d <= dt.date(2026, 11, 3):
        nxt = add_month(d)
        order = digits(10)
        text = f"""Spotify

Ciao Chiara,

grazie per il tuo acquisto. Qui sotto trovi i dettagli.

Data dell'ordine: {d_long(d)}
ID ordine: {order}
Metodo di pagamento: PayPal (chiara.benassi@gmail.com)

Premium Individual                     11,99 €
Periodo: {d_slash(d)} - {d_slash(nxt - dt.timedelta(days=1))}

Totale (IVA inclusa)                   11,99 €

Il prossimo addebito di 11,99 € sarà effettuato il {d_long(nxt)}.

Gestisci il tuo abbonamento su spotify.com/account.

Hai bisogno di aiuto? support.spotify.com

Spotify AB, Regeringsgatan 19, 111 53 Stoccolma, Svezia
"""
        html = shell(
            "Spotify",
            p("Ciao Chiara,", "grazie per il tuo acquisto. Qui sotto trovi i dettagli.")
            + table(
                [["Data dell'ordine", d_long(d)], ["ID ordine", order], ["Metodo di pagamento", "PayPal"]]
            )
            + "<br>"
            + table(
                [
                    [
                        f"<b>Premium Individual</b><br><span style='color:#777'>Periodo: {d_slash(d)} - {d_slash(nxt - dt.timedelta(days=1))}</span>",
                        "11,99 €",
                    ],
                    ["<b>Totale</b> (IVA inclusa)", "<b>11,99 €</b>"],
                ]
            )
            + p(f"Il prossimo addebito di 11,99 € sarà effettuato il {d_long(nxt)}."),
            "Spotify AB, Regeringsgatan 19, 111 53 Stoccolma, Svezia",
            color="#121212",
        )
        add(
            utc(d.year, d.month, d.day, R.randint(2, 7)),
            "Spotify",
            "no-reply@spotify.com",
            "La tua ricevuta Spotify",
            text=text,
            html=html,
            labels=[T_SPOTIFY],
            slug="spotify",
        )
        d = nxt

    # an offer for a plan she does not have
    text = """Ciao Chiara,

condividi la musica con chi vive con te. Con Premium Family fino a 6 account Premium
separati per chi abita allo stesso indirizzo, a soli 19,99 €/mese.

Passa a Premium Family: spotify.com/it/family

Non vuoi più ricevere queste email? Annulla l'iscrizione.
Spotify AB, Regeringsgatan 19, 111 53 Stoccolma, Svezia
"""
    html = shell(
        "Spotify",
        p(
            "Ciao Chiara,",
            "condividi la musica con chi vive con te.",
            "<b>Premium Family</b>: fino a 6 account Premium separati per chi abita allo stesso indirizzo, a soli <b>19,99 €/mese</b>.",
            '<a href="https://www.spotify.com/it/family/">Passa a Premium Family</a>',
        ),
        "Non vuoi più ricevere queste email? Annulla l'iscrizione.",
        color="#121212",
    )
    add(
        utc(2026, 8, 18, 15),
        "Spotify",
        "no-reply@spotify.com",
        "Chiara, c'è posto per tutta la famiglia",
        text=text,
        html=html,
        slug="spotify",
    )


# ---------------------------------------------------------------- Netflix (price change only)
def netflix():
    text = """Netflix

Aggiornamento del prezzo del tuo abbonamento

Ciao Chiara,

ti scriviamo per informarti di una modifica al prezzo del tuo abbonamento. A partire dalla
data di fatturazione del 7 maggio 2026, il prezzo del tuo piano Standard passerà da
13,99 € a 15,49 € al mese.

Investiamo costantemente per offrirti ancora più serie TV, film e giochi, e per migliorare
la tua esperienza su Netflix.

Non devi fare niente: il nuovo prezzo verrà applicato automaticamente. Se desideri cambiare
piano o disdire l'abbonamento, puoi farlo in qualsiasi momento dalla pagina Account.

Hai domande? Visita il Centro assistenza: help.netflix.com

Il team Netflix

Questo messaggio è stato inviato a chiara.benassi@gmail.com nell'ambito del tuo abbonamento Netflix.
Netflix International B.V., Karperstraat 8, 1075 KZ Amsterdam, Paesi Bassi
"""
    html = shell(
        '<span style="color:#e50914">NETFLIX</span>',
        "<h2 style='font-size:22px'>Aggiornamento del prezzo del tuo abbonamento</h2>"
        + p(
            "Ciao Chiara,",
            "ti scriviamo per informarti di una modifica al prezzo del tuo abbonamento. A partire dalla data di fatturazione del <b>7 maggio 2026</b>, il prezzo del tuo piano Standard passerà da 13,99 € a <b>15,49 € al mese</b>.",
            "Investiamo costantemente per offrirti ancora più serie TV, film e giochi, e per migliorare la tua esperienza su Netflix.",
            "Non devi fare niente: il nuovo prezzo verrà applicato automaticamente. Se desideri cambiare piano o disdire l'abbonamento, puoi farlo in qualsiasi momento dalla pagina <a href='https://www.netflix.com/youraccount'>Account</a>.",
            "Il team Netflix",
        ),
        "Questo messaggio è stato inviato a chiara.benassi@gmail.com nell'ambito del tuo abbonamento Netflix.<br>Netflix International B.V., Karperstraat 8, 1075 KZ Amsterdam, Paesi Bassi",
        color="#000000",
    )
    add(
        utc(2026, 4, 3, 17),
        "Netflix",
        "info@mailer.netflix.com",
        "Aggiornamento del prezzo del tuo abbonamento",
        text=text,
        html=html,
        labels=[T_NETFLIX],
        slug="netflix",
    )

    text = """Ciao Chiara,

qualcuno ha appena effettuato l'accesso al tuo account Netflix da un nuovo dispositivo.

Dispositivo: Smart TV Samsung
Posizione: Cervia, Emilia-Romagna, Italia (approssimativa)
Ora: 14 giugno 2026, 21:42 CEST

Se sei stata tu, puoi ignorare questa email. Se non riconosci questo accesso, cambia subito
la password: netflix.com/password

Il team Netflix
"""
    add(
        utc(2026, 6, 14, 19, 43),
        "Netflix",
        "info@account.netflix.com",
        "Nuovo accesso al tuo account Netflix",
        text=text,
        html=shell(
            '<span style="color:#e50914">NETFLIX</span>',
            p(
                "Ciao Chiara,",
                "qualcuno ha appena effettuato l'accesso al tuo account Netflix da un nuovo dispositivo.",
            )
            + table(
                [
                    ["Dispositivo", "Smart TV Samsung"],
                    ["Posizione", "Cervia, Emilia-Romagna, Italia (approssimativa)"],
                    ["Ora", "14 giugno 2026, 21:42 CEST"],
                ]
            )
            + p("Se sei stata tu, puoi ignorare questa email."),
            "Netflix International B.V.",
            color="#000000",
        ),
        slug="netflix",
    )


# ---------------------------------------------------------------- DAZN (failed, then collected)
def dazn():
    def receipt(day: dt.date, nxt: dt.date):
        inv = "IT-" + digits(9)
        text = f"""Ciao Chiara,

grazie per aver scelto DAZN. Ecco il riepilogo del tuo ultimo pagamento.

Numero ricevuta: {inv}
Piano: DAZN Standard - mensile
Data di pagamento: {day.strftime("%d.%m.%Y")}
Importo addebitato: 34,99 €
Metodo di pagamento: Visa •••• 4471
Prossimo rinnovo: {nxt.strftime("%d.%m.%Y")}

Tutti i prezzi sono comprensivi di IVA.

Puoi gestire il tuo abbonamento in qualsiasi momento dalla sezione Il mio account.

Buona visione,
il team DAZN

DAZN Limited - Hanover House, Plane Tree Crescent, Feltham, TW13 7BZ, Regno Unito
"""
        html = shell(
            '<span style="color:#f8fc00">DAZN</span>',
            p("Ciao Chiara,", "grazie per aver scelto DAZN. Ecco il riepilogo del tuo ultimo pagamento.")
            + table(
                [
                    ["Numero ricevuta", inv],
                    ["Piano", "DAZN Standard - mensile"],
                    ["Data di pagamento", day.strftime("%d.%m.%Y")],
                    ["Importo addebitato", "<b>34,99 €</b>"],
                    ["Metodo di pagamento", "Visa •••• 4471"],
                    ["Prossimo rinnovo", nxt.strftime("%d.%m.%Y")],
                ]
            )
            + p("Tutti i prezzi sono comprensivi di IVA.", "Buona visione,<br>il team DAZN"),
            "DAZN Limited - Hanover House, Plane Tree Crescent, Feltham, TW13 7BZ, Regno Unito",
            color="#0c161c",
        )
        add(
            utc(day.year, day.month, day.day, R.randint(5, 9)),
            "DAZN",
            "noreply@dazn.com",
            "La tua ricevuta DAZN",
            text=text,
            html=html,
            labels=[T_DAZN],
            slug="dazn",
            cte="base64",
        )

    receipt(dt.date(2025, 11, 22), dt.date(2025, 12, 22))
    receipt(dt.date(2025, 12, 22), dt.date(2026, 1, 22))

    text = """Ciao Chiara,

non siamo riusciti a elaborare il pagamento di 34,99 € per il tuo abbonamento DAZN Standard.

Riproveremo ad addebitare l'importo nei prossimi giorni. Per evitare l'interruzione del
servizio, verifica che il tuo metodo di pagamento sia valido o aggiornalo dalla sezione
Il mio account > Metodo di pagamento.

Se hai già aggiornato i tuoi dati, ignora questo messaggio.

Il team DAZN
"""
    add(
        utc(2026, 2, 22, 8),
        "DAZN",
        "noreply@dazn.com",
        "Problema con il tuo pagamento",
        text=text,
        html=shell(
            '<span style="color:#f8fc00">DAZN</span>',
            p(
                "Ciao Chiara,",
                "non siamo riusciti a elaborare il pagamento di <b>34,99 €</b> per il tuo abbonamento DAZN Standard.",
                "Riproveremo ad addebitare l'importo nei prossimi giorni. Per evitare l'interruzione del servizio, verifica che il tuo metodo di pagamento sia valido o <a href='https://www.dazn.com/it-IT/myaccount'>aggiornalo</a>.",
                "Il team DAZN",
            ),
            "DAZN Limited",
            color="#0c161c",
        ),
        labels=[T_DAZN],
        slug="dazn",
        cte="base64",
    )

    text = """Ciao Chiara,

il tuo pagamento è andato a buon fine: grazie!

Importo: 34,99 €
Data: 25.02.2026
Metodo di pagamento: Mastercard •••• 0932

Il tuo abbonamento DAZN Standard è attivo. Prossimo rinnovo: 22.03.2026.

Il team DAZN
"""
    add(
        utc(2026, 2, 25, 10),
        "DAZN",
        "noreply@dazn.com",
        "Pagamento ricevuto",
        text=text,
        html=shell(
            '<span style="color:#f8fc00">DAZN</span>',
            p("Ciao Chiara,", "il tuo pagamento è andato a buon fine: grazie!")
            + table(
                [
                    ["Importo", "34,99 €"],
                    ["Data", "25.02.2026"],
                    ["Metodo di pagamento", "Mastercard •••• 0932"],
                ]
            )
            + p("Il tuo abbonamento DAZN Standard è attivo. Prossimo rinnovo: 22.03.2026."),
            "DAZN Limited",
            color="#0c161c",
        ),
        labels=[T_DAZN],
        slug="dazn",
        cte="base64",
    )

    receipt(dt.date(2026, 10, 22), dt.date(2026, 11, 22))

    text = """STASERA SU DAZN

Bologna-Inter, ore 20:45
La Serie A TIM è solo su DAZN: tutte le 380 partite, 7 in esclusiva ogni turno.

Prepara il divano e non perdere il pre-partita dalle 20:00 con lo studio DAZN.

Guarda ora: dazn.com

Ricevi questa email perché sei iscritta alle comunicazioni DAZN. Disiscriviti.
"""
    add(
        utc(2026, 3, 5, 12),
        "DAZN",
        "news@news.dazn.com",
        "⚽ Stasera Bologna-Inter: non perderla",
        text=text,
        html=shell(
            '<span style="color:#f8fc00">DAZN</span>',
            "<h2>Bologna-Inter, ore 20:45</h2>"
            + p(
                "La Serie A TIM è solo su DAZN: tutte le 380 partite, 7 in esclusiva ogni turno.",
                "<a href='https://www.dazn.com'>Guarda ora</a>",
            ),
            "Ricevi questa email perché sei iscritta alle comunicazioni DAZN.",
            color="#0c161c",
        ),
        slug="dazn-news",
    )


# ---------------------------------------------------------------- Disney+ (annual, cancelled)
def disney():
    text = (
        """Disney+

Grazie per il tuo abbonamento!

Ciao Chiara,
ecco la ricevuta del tuo ultimo pagamento.

Abbonamento: Disney+ Standard - annuale
Data di fatturazione: 14/12/2025
Numero ordine: DSNY-IT-"""
        + digits(10)
        + """
Metodo di pagamento: Visa che termina con 4471

Totale: 89,90 € (IVA inclusa)

Il tuo abbonamento si rinnoverà automaticamente il 14/12/2026 a 89,90 €, salvo disdetta
prima della data di rinnovo dalla sezione Account.

The Walt Disney Company (Benelux) B.V., Luna ArenA, Herikerbergweg 157, 1101 CN Amsterdam, Paesi Bassi
"""
    )
    add(
        utc(2025, 12, 14, 9),
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "La tua ricevuta Disney+",
        text=text,
        html=shell(
            "Disney+",
            "<h2>Grazie per il tuo abbonamento!</h2>"
            + p("Ciao Chiara,", "ecco la ricevuta del tuo ultimo pagamento.")
            + table(
                [
                    ["Abbonamento", "Disney+ Standard - annuale"],
                    ["Data di fatturazione", "14/12/2025"],
                    ["Metodo di pagamento", "Visa che termina con 4471"],
                    ["<b>Totale</b>", "<b>89,90 €</b> (IVA inclusa)"],
                ]
            )
            + p(
                "Il tuo abbonamento si rinnoverà automaticamente il 14/12/2026 a 89,90 €, salvo disdetta prima della data di rinnovo."
            ),
            "The Walt Disney Company (Benelux) B.V.",
            color="#0e1a4f",
        ),
        labels=[T_DISNEY],
        slug="disneyplus",
    )

    text = """Ciao Chiara,

ci dispiace vederti andare via. Ti confermiamo che il tuo abbonamento Disney+ Standard
(annuale) è stato annullato.

Potrai continuare a guardare Disney+ fino al 14 dicembre 2026. Dopo questa data il tuo
abbonamento non verrà rinnovato e non ti verrà addebitato alcun importo.

Hai cambiato idea? Puoi riprendere l'abbonamento in qualsiasi momento dalla sezione Account.

Il team Disney+
"""
    add(
        utc(2026, 9, 30, 20),
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "Il tuo abbonamento è stato annullato",
        text=text,
        html=shell(
            "Disney+",
            p(
                "Ciao Chiara,",
                "ci dispiace vederti andare via. Ti confermiamo che il tuo abbonamento <b>Disney+ Standard (annuale)</b> è stato annullato.",
                "Potrai continuare a guardare Disney+ fino al <b>14 dicembre 2026</b>. Dopo questa data il tuo abbonamento non verrà rinnovato e non ti verrà addebitato alcun importo.",
                "Il team Disney+",
            ),
            "The Walt Disney Company (Benelux) B.V.",
            color="#0e1a4f",
        ),
        labels=[T_DISNEY],
        slug="disneyplus",
    )


# ---------------------------------------------------------------- Amazon (Prime + orders)
def amazon():
    text = """Amazon Prime

Gentile Chiara,

grazie per essere un cliente Prime. La tua iscrizione annuale ad Amazon Prime è stata
rinnovata il 18 gennaio 2026 e ti è stato addebitato l'importo di EUR 49,90 sulla carta
Visa che termina con 4471.

Il prossimo rinnovo è previsto per il 18 gennaio 2027. Puoi consultare o modificare le
impostazioni della tua iscrizione in qualsiasi momento su amazon.it/prime.

Con Prime hai consegne gratuite e veloci su milioni di prodotti, Prime Video,
Amazon Music Prime, Prime Reading e molto altro.

Grazie,
Amazon Prime

Amazon EU S.à r.l., Succursale Italiana
"""
    add(
        utc(2026, 1, 18, 6),
        "Amazon Prime",
        "prime@amazon.it",
        "Il tuo abbonamento Amazon Prime è stato rinnovato",
        text=text,
        html=shell(
            "amazon prime",
            p(
                "Gentile Chiara,",
                "grazie per essere un cliente Prime. La tua iscrizione annuale ad Amazon Prime è stata rinnovata il 18 gennaio 2026 e ti è stato addebitato l'importo di <b>EUR 49,90</b> sulla carta Visa che termina con 4471.",
                "Il prossimo rinnovo è previsto per il <b>18 gennaio 2027</b>.",
            ),
            "Amazon EU S.à r.l., Succursale Italiana",
            color="#232f3e",
        ),
        labels=[T_PRIME],
        slug="amazon-prime",
    )

    def order(when, items, ship=0.0):
        num = f"40{R.randint(2, 8)}-{digits(7)}-{digits(7)}"
        tot = sum(q * pr for _, q, pr in items) + ship
        first = items[0][0]
        short = first if len(first) <= 40 else first[:40].rstrip() + "..."
        subj = f'Il tuo ordine Amazon.it di "{short}"' + (" e altri articoli" if len(items) > 1 else "")
        lines = "\n".join(f"{n}\n  Quantità: {q}   EUR {eur(pr)}" for n, q, pr in items)
        arrive = (when + dt.timedelta(days=R.randint(1, 3))).date()
        text = f"""Amazon.it

Grazie per il tuo ordine, Chiara!
Ti invieremo una conferma non appena il tuo articolo sarà stato spedito.

Dettagli
Ordine n. {num}
Arrivo: {GIORNI3[arrive.weekday()]} {arrive.day} {MESI[arrive.month - 1]}

Spedizione a:
Chiara Benassi
{ADDRESS_LINES}

{lines}

Totale ordine: EUR {eur(tot)}
(IVA inclusa, ove applicabile)

Speriamo di rivederti presto.
Amazon.it
"""
        rows = [
            [f"{n}<br><span style='color:#777'>Quantità: {q}</span>", f"EUR {eur(pr)}"] for n, q, pr in items
        ]
        rows.append(["<b>Totale ordine</b>", f"<b>EUR {eur(tot)}</b>"])
        html = shell(
            "amazon.it",
            p(
                "<b>Grazie per il tuo ordine, Chiara!</b>",
                f"Ordine n. <a href='https://www.amazon.it/gp/your-account/order-details?orderID={num}'>{num}</a><br>Arrivo: {GIORNI3[arrive.weekday()]} {arrive.day} {MESI[arrive.month - 1]}",
            )
            + table(rows)
            + p("IVA inclusa, ove applicabile."),
            "Amazon EU S.à r.l.",
            color="#232f3e",
        )
        add(when, "Amazon.it", "conferma-ordine@amazon.it", subj, text=text, html=html, slug="amazon")
        return num, first

    num, first = order(
        utc(2025, 11, 14, 19),
        [
            ("Oral-B Pro 3 3000 Spazzolino Elettrico", 1, 44.99),
            ("Oral-B testine di ricambio Cross Action, confezione da 4", 1, 17.49),
        ],
    )
    text = f"""Amazon.it

Il tuo pacco è stato spedito!
Ordine n. {num}

"{first}" e altri articoli sono stati spediti con BRT.
Arrivo previsto: lunedì 17 novembre

Traccia il pacco dalla sezione I miei ordini.
"""
    add(
        utc(2025, 11, 16, 5),
        "Amazon.it",
        "spedizione@amazon.it",
        f'Spedito: "{first}" e altri articoli',
        text=text,
        html=shell(
            "amazon.it",
            p(
                "<b>Il tuo pacco è stato spedito!</b>",
                f"Ordine n. {num}",
                "Arrivo previsto: <b>lunedì 17 novembre</b>",
            ),
            "Amazon EU S.à r.l.",
            color="#232f3e",
        ),
        slug="amazon",
    )
    order(utc(2025, 11, 28, 21), [("Kindle Paperwhite (16 GB), Nero, con pubblicità", 1, 129.99)])
    order(
        utc(2026, 2, 10, 13),
        [
            ("Brita Marella Caraffa filtrante 2,4 L", 1, 21.90),
            ("Filtri Brita Maxtra Pro, confezione da 6", 1, 32.99),
        ],
    )
    order(utc(2026, 6, 3, 18), [("Crema solare Bionike Defence Sun SPF 50+ 200 ml", 2, 16.40)])
    num, first = order(utc(2026, 9, 20, 10), [("Zaino porta PC 15,6 pollici impermeabile", 1, 39.99)])
    text = f"""Gentile Chiara,

abbiamo elaborato il rimborso di EUR 39,99 per il reso dell'articolo "{first}"
(ordine n. {num}).

Il rimborso sarà accreditato sul metodo di pagamento originale entro 3-5 giorni lavorativi.

Grazie,
Amazon.it
"""
    add(
        utc(2026, 10, 30, 9),
        "Amazon.it",
        "rimborsi@amazon.it",
        f"Rimborso per l'ordine {num}",
        text=text,
        html=shell(
            "amazon.it",
            p(
                "Gentile Chiara,",
                f'abbiamo elaborato il rimborso di <b>EUR 39,99</b> per il reso dell\'articolo "{first}" (ordine n. {num}).',
                "Il rimborso sarà accreditato sul metodo di pagamento originale entro 3-5 giorni lavorativi.",
            ),
            "Amazon EU S.à r.l.",
            color="#232f3e",
        ),
        slug="amazon",
    )


# ---------------------------------------------------------------- Audible (trial ended unpaid)
def audible():
    text = """Benvenuta in Audible, Chiara!

La tua prova gratuita di 30 giorni è iniziata. Durante la prova puoi ascoltare senza limiti
migliaia di audiolibri e podcast del catalogo Audible.

Al termine della prova, il 2 maggio 2026, l'iscrizione continuerà a 9,99 € al mese, salvo
annullamento. Puoi annullare in qualsiasi momento dalla sezione Account e dettagli.

Buon ascolto,
Il team di Audible
"""
    add(
        utc(2026, 4, 2, 20),
        "Audible",
        "noreply@audible.it",
        "Benvenuta in Audible",
        text=text,
        html=shell(
            "audible",
            p(
                "<b>Benvenuta in Audible, Chiara!</b>",
                "La tua prova gratuita di 30 giorni è iniziata.",
                "Al termine della prova, il 2 maggio 2026, l'iscrizione continuerà a 9,99 € al mese, salvo annullamento.",
            ),
            "Audible GmbH",
            color="#f7991c",
        ),
        slug="audible",
    )
    text = """Ciao Chiara,

la tua prova gratuita di Audible termina il 2 maggio 2026. Se non fai nulla, la tua
iscrizione continuerà automaticamente a 9,99 € al mese.

Gestisci la tua iscrizione: audible.it/account

Il team di Audible
"""
    add(
        utc(2026, 4, 28, 7),
        "Audible",
        "noreply@audible.it",
        "La tua prova gratuita sta per terminare",
        text=text,
        html=shell(
            "audible",
            p(
                "Ciao Chiara,",
                "la tua prova gratuita di Audible termina il <b>2 maggio 2026</b>. Se non fai nulla, la tua iscrizione continuerà automaticamente a 9,99 € al mese.",
            ),
            "Audible GmbH",
            color="#f7991c",
        ),
        slug="audible",
    )
    text = """Ciao Chiara,

ti confermiamo che la tua iscrizione Audible è stata annullata. Non ti verrà addebitato
alcun importo.

Gli audiolibri che hai scaricato durante la prova non saranno più disponibili dal
2 maggio 2026. Ci auguriamo di ritrovarti presto!

Il team di Audible
"""
    add(
        utc(2026, 4, 30, 21),
        "Audible",
        "noreply@audible.it",
        "Conferma di annullamento dell'iscrizione",
        text=text,
        html=shell(
            "audible",
            p(
                "Ciao Chiara,",
                "ti confermiamo che la tua iscrizione Audible è stata annullata. Non ti verrà addebitato alcun importo.",
            ),
            "Audible GmbH",
            color="#f7991c",
        ),
        slug="audible",
    )


# ---------------------------------------------------------------- Apple (iCloud+, Duolingo, one-off)
def apple_receipt(when: dt.datetime, items, labels, slug="apple"):
    d = when.date()
    order = upper(10)
    doc = digits(12)
    total = sum(x[2] for x in items)
    vat = total - total / 1.22
    rows = []
    for title, sub, price, renew in items:
        extra = f"<br><span style='color:#888'>{sub}</span>"
        if renew:
            extra += f"<br><span style='color:#888'>Si rinnova il {renew}</span>"
        rows.append(f"""<tr><td width="64" valign="top"><img src="https://is1-ssl.mzstatic.com/image/thumb/icon.png" width="42" height="42" alt=""></td>
<td valign="top" style="font-size:12px"><b>{title}</b>{extra}<br><span style='color:#888'>Segnala un problema</span></td>
<td valign="top" align="right" style="font-size:12px;font-weight:bold">{eur(price)} €</td></tr>""")
    html = f"""<!DOCTYPE html>
<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Ricevuta Apple</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<table width="660" align="center" cellpadding="0" cellspacing="0" border="0" style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#333">
<tr><td colspan="2" style="padding:24px 0"><img src="https://www.apple.com/ac/globalnav/apple.png" width="26" alt="Apple"></td>
<td align="right" style="font-size:32px;color:#888">Ricevuta</td></tr>
<tr><td colspan="3">
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="background:#fafafa;border-radius:3px;font-size:10px;color:#666">
<tr><td valign="top">ID APPLE<br><span style="font-size:12px;color:#333">chiara.benassi@gmail.com</span></td>
<td valign="top" rowspan="3">FATTURATO A<br><span style="font-size:12px;color:#333">Visa .... 4471<br>Chiara Benassi<br>Via Mascarella 41<br>40126 Bologna BO<br>ITA</span></td></tr>
<tr><td valign="top">DATA<br><span style="font-size:12px;color:#333">{d_apple(d)}</span></td></tr>
<tr><td valign="top">ORDINE N.<br><span style="font-size:12px;color:#333">{order}</span><br>DOCUMENTO N.<br><span style="font-size:12px;color:#333">{doc}</span></td></tr>
</table></td></tr>
<tr><td colspan="3" style="padding-top:18px;font-size:14px;font-weight:bold;background:#f5f5f7">App Store</td></tr>
{"".join(rows)}
<tr><td colspan="3"><hr style="border:0;border-top:1px solid #ddd"></td></tr>
<tr><td></td><td align="right" style="font-size:10px;color:#666">TOTALE</td>
<td align="right" style="font-size:16px;font-weight:bold">{eur(total)} €</td></tr>
<tr><td></td><td align="right" style="font-size:10px;color:#666">Di cui IVA (22%)</td>
<td align="right" style="font-size:12px">{eur(vat)} €</td></tr>
<tr><td colspan="3" style="padding-top:24px;font-size:10px;color:#888;line-height:14px">
Puoi gestire i tuoi abbonamenti nelle impostazioni del tuo ID Apple. Per saperne di più sui rimborsi, visita reportaproblem.apple.com.<br>
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Irlanda. IVA inclusa ove applicabile.<br>
Copyright © 2026 Apple Distribution International Ltd. Tutti i diritti riservati.</td></tr>
</table>
</body></html>
"""
    add(
        when,
        "Apple",
        "no_reply@email.apple.com",
        "La tua ricevuta da Apple.",
        html=html,
        labels=labels,
        slug=slug,
    )


def apple():
    apple_receipt(
        utc(2025, 12, 26, 3),
        [("iCloud+ con 50 GB di spazio", "iCloud+ (Mensile)", 0.99, "26 gen 2026")],
        [T_ICLOUD],
    )
    apple_receipt(
        utc(2026, 3, 26, 4),
        [
            ("iCloud+ con 50 GB di spazio", "iCloud+ (Mensile)", 0.99, "26 apr 2026"),
            ("Duolingo - Lingue e Inglese", "Super Duolingo (Annuale)", 83.99, "26 mar 2027"),
        ],
        [T_ICLOUD, T_DUO],
    )
    text = """Ciao Chiara,

hai aggiornato il tuo piano di archiviazione iCloud.

Piano attuale: iCloud+ con 200 GB
Prezzo: 2,99 € al mese
Data di rinnovo: 11 giugno 2026

Lo spazio aggiuntivo è disponibile subito su tutti i tuoi dispositivi. L'importo sarà
addebitato sul metodo di pagamento associato al tuo ID Apple. Puoi modificare o annullare
il piano in qualsiasi momento da Impostazioni > [il tuo nome] > iCloud > Gestisci
archiviazione account.

Cordiali saluti,
Il team di iCloud
"""
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1d1d1f">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px 0;font-size:24px">iCloud</td></tr>
<tr><td><p>Ciao Chiara,</p><p>hai aggiornato il tuo piano di archiviazione iCloud.</p>
<table cellpadding="4"><tr><td>Piano attuale:</td><td><b>iCloud+ con 200 GB</b></td></tr>
<tr><td>Prezzo:</td><td>2,99 € al mese</td></tr><tr><td>Data di rinnovo:</td><td>11 giugno 2026</td></tr></table>
<p>Lo spazio aggiuntivo è disponibile subito su tutti i tuoi dispositivi.</p><p>Cordiali saluti,<br>Il team di iCloud</p></td></tr></table></body></html>
"""
    add(
        utc(2026, 5, 11, 16),
        "iCloud",
        "noreply@email.apple.com",
        "Il tuo piano di archiviazione iCloud è stato aggiornato",
        text=text,
        html=html,
        labels=[T_ICLOUD],
        slug="icloud",
    )
    for mon in (7, 9, 11):
        apple_receipt(
            utc(2026, mon, 11, 3),
            [("iCloud+ con 200 GB di spazio", "iCloud+ (Mensile)", 2.99, f"11 {MESI3[mon]} 2026")],
            [T_ICLOUD],
        )
    apple_receipt(utc(2026, 8, 2, 18), [("Procreate Pocket", "App per iPhone", 5.99, None)], [])


def duolingo():
    text = """Ti diamo il benvenuto in Super Duolingo!

Ciao Chiara,

da oggi hai accesso a tutti i vantaggi di Super: niente pubblicità, cuori illimitati,
ripasso personalizzato degli errori e sfide leggendarie.

Il tuo abbonamento annuale si rinnoverà automaticamente il 26 marzo 2027 tramite App Store.
Per gestirlo o disdirlo, vai nelle impostazioni del tuo ID Apple > Abbonamenti.

Continua la tua serie!
Duo

Duolingo, Inc. 5900 Penn Avenue, Pittsburgh, PA 15206, USA
"""
    add(
        tzed(2026, 3, 26, -4, 0, 12),
        "Duolingo",
        "hello@duolingo.com",
        "Ti diamo il benvenuto in Super Duolingo!",
        text=text,
        html=shell(
            "duolingo",
            p(
                "Ciao Chiara,",
                "da oggi hai accesso a tutti i vantaggi di <b>Super</b>: niente pubblicità, cuori illimitati, ripasso personalizzato degli errori e sfide leggendarie.",
                "Il tuo abbonamento annuale si rinnoverà automaticamente il 26 marzo 2027 tramite App Store.",
                "Continua la tua serie!<br>Duo",
            ),
            "Duolingo, Inc. 5900 Penn Avenue, Pittsburgh, PA 15206, USA",
            color="#58cc02",
        ),
        labels=[T_DUO],
        slug="duolingo",
    )


# ---------------------------------------------------------------- Il Post via PayPal
def ilpost():
    tx = upper(17)
    text = f"""PayPal

Hai inviato un pagamento di 80,00 € EUR a Il Post S.r.l.

Ciao Chiara Benassi,

la transazione potrebbe impiegare qualche istante per comparire nel tuo conto.

Commerciante
Il Post S.r.l.
abbonamenti@ilpost.it

Istruzioni per il commerciante
Abbonamento annuale al Post - rinnovo automatico

Dettagli transazione
ID transazione: {tx}
Data transazione: 4 dicembre 2025
Pagamento automatico: ID profilo di pagamento B-{upper(17)}

Descrizione                          Prezzo unitario   Qtà   Importo
Abbonamento annuale Il Post          80,00 € EUR       1     80,00 € EUR

Subtotale                                                     80,00 € EUR
Totale                                                        80,00 € EUR

Pagamento                                                     80,00 € EUR
Addebito sul conto corrente Intesa Sanpaolo x-2210            80,00 € EUR

La ricevuta del pagamento verrà riportata nel tuo estratto conto come "PAYPAL *ILPOST".

Assistenza PayPal: paypal.it/assistenza
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo
"""
    html = shell(
        "PayPal",
        "<h2 style='font-weight:normal'>Hai inviato un pagamento di 80,00 € EUR a Il Post S.r.l.</h2>"
        + p(
            "Ciao Chiara Benassi,",
            "la transazione potrebbe impiegare qualche istante per comparire nel tuo conto.",
        )
        + table(
            [
                ["Commerciante", "Il Post S.r.l.<br>abbonamenti@ilpost.it"],
                ["Istruzioni per il commerciante", "Abbonamento annuale al Post - rinnovo automatico"],
                ["ID transazione", tx],
                ["Data transazione", "4 dicembre 2025"],
            ]
        )
        + "<br>"
        + table(
            [
                ["Abbonamento annuale Il Post", "1", "80,00 € EUR"],
                ["<b>Totale</b>", "", "<b>80,00 € EUR</b>"],
            ],
            head=["Descrizione", "Qtà", "Importo"],
        ),
        "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo",
        color="#003087",
    )
    add(
        rome(2025, 12, 4, 11, 2),
        "PayPal",
        "service@paypal.it",
        "Ricevuta del tuo pagamento a Il Post S.r.l.",
        text=text,
        html=html,
        labels=[T_ILPOST],
        slug="paypal",
        cte="base64",
    )

    text = """Ciao Chiara,

grazie! Da oggi sei abbonata al Post.

Con il tuo abbonamento sostieni un giornale che è gratuito per tutti e hai in più: il sito
senza pubblicità, le newsletter riservate, l'archivio dei podcast e l'accesso anticipato
agli eventi.

Il tuo abbonamento: annuale, 80 euro
Pagato con: PayPal
Rinnovo automatico: 4 dicembre 2026

Puoi gestire l'abbonamento (e disattivare il rinnovo automatico) dal tuo profilo su ilpost.it.

A presto,
il Post
"""
    add(
        rome(2025, 12, 4, 11, 4),
        "Il Post",
        "abbonamenti@ilpost.it",
        "Grazie per esserti abbonata al Post",
        text=text,
        html=shell(
            "<span style='font-family:Georgia,serif'>il Post</span>",
            p(
                "Ciao Chiara,",
                "grazie! Da oggi sei abbonata al Post.",
                "Il tuo abbonamento: <b>annuale, 80 euro</b><br>Pagato con: PayPal<br>Rinnovo automatico: 4 dicembre 2026",
                "A presto,<br>il Post",
            ),
            "Il Post S.r.l. - Milano",
            color="#1a1a1a",
        ),
        labels=[T_ILPOST],
        slug="ilpost",
    )

    text = """Ciao Chiara,

è passato quasi un anno da quando ti sei abbonata al Post: grazie di cuore.

Ti scriviamo per ricordarti che il tuo abbonamento annuale si rinnoverà automaticamente il
4 dicembre 2026: ti verranno addebitati 80 euro con PayPal, come l'anno scorso.

Non devi fare niente. Se invece vuoi cambiare metodo di pagamento, passare
all'abbonamento mensile o disattivare il rinnovo, puoi farlo dal tuo profilo.

A presto,
il Post
"""
    add(
        rome(2026, 11, 13, 9, 30),
        "Il Post",
        "abbonamenti@ilpost.it",
        "Il tuo abbonamento al Post si rinnova il 4 dicembre",
        text=text,
        html=shell(
            "<span style='font-family:Georgia,serif'>il Post</span>",
            p(
                "Ciao Chiara,",
                "è passato quasi un anno da quando ti sei abbonata al Post: grazie di cuore.",
                "Il tuo abbonamento annuale si rinnoverà automaticamente il <b>4 dicembre 2026</b>: ti verranno addebitati 80 euro con PayPal, come l'anno scorso.",
                "A presto,<br>il Post",
            ),
            "Il Post S.r.l. - Milano",
            color="#1a1a1a",
        ),
        labels=[T_ILPOST],
        slug="ilpost",
    )

    for when, title, body in [
        (
            rome(2026, 1, 15, 7, 0),
            "Charlie, la newsletter sui giornali",
            "Buongiorno. Questa settimana parliamo di come stanno cambiando le edizioni del weekend dei quotidiani, di un nuovo podcast e di cosa si legge sulle prime pagine.",
        ),
        (
            rome(2026, 6, 25, 7, 0),
            "Tienimi Bordone",
            "Il podcast quotidiano di Matteo Bordone: oggi, dell'estate che arriva, delle piscine comunali e di come si sceglie un ombrellone.",
        ),
    ]:
        text = f"""{title}

{body}

Leggi sul sito: ilpost.it

Ricevi questa newsletter perché sei abbonata al Post. Puoi cancellarti quando vuoi.
"""
        add(
            when,
            "Il Post",
            "newsletter@ilpost.it",
            title,
            text=text,
            html=shell(
                "<span style='font-family:Georgia,serif'>il Post</span>",
                p(body),
                "Ricevi questa newsletter perché sei abbonata al Post.",
                color="#1a1a1a",
            ),
            slug="ilpost-newsletter",
        )

    tx = upper(17)
    text = f"""PayPal

Hai inviato un pagamento di 24,90 € EUR a vintage_radio_bo

Ciao Chiara Benassi,

Commerciante: vintage_radio_bo (eBay)
Oggetto: Radio a transistor Grundig anni '70 funzionante - n. oggetto {digits(12)}
ID transazione: {tx}
Data transazione: 20 ottobre 2026

Totale: 24,90 € EUR
Pagamento con: Visa x-4471

Protezione acquisti PayPal: sei coperta per gli acquisti idonei.
PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    add(
        rome(2026, 10, 20, 22, 14),
        "PayPal",
        "service@paypal.it",
        "Ricevuta del tuo pagamento a vintage_radio_bo",
        text=text,
        html=shell(
            "PayPal",
            "<h2 style='font-weight:normal'>Hai inviato un pagamento di 24,90 € EUR a vintage_radio_bo</h2>"
            + table(
                [
                    ["Oggetto", "Radio a transistor Grundig anni '70 funzionante"],
                    ["ID transazione", tx],
                    ["Data transazione", "20 ottobre 2026"],
                    ["<b>Totale</b>", "<b>24,90 € EUR</b>"],
                ]
            ),
            "PayPal (Europe) S.à r.l. et Cie, S.C.A.",
            color="#003087",
        ),
        slug="paypal",
        cte="base64",
    )


# ---------------------------------------------------------------- iliad
def iliad():
    for d in (dt.date(2026, 1, 17), dt.date(2026, 6, 17), dt.date(2026, 11, 17)):
        num = f"{d.year}{d.month:02d}-{digits(8)}"
        text = f"""Gentile Chiara Benassi,

la tua fattura n. {num} del {d_slash(d)} è disponibile nella tua Area personale
su iliad.it.

Numero di telefono: 351 482 1907
Offerta: iliad Giga 150
Periodo: dal {d_slash(d)} al {d_slash(add_month(d) - dt.timedelta(days=1))}
Importo: 9,99 € (IVA inclusa)
Modalità di pagamento: addebito su carta di pagamento

Nessun costo nascosto, per sempre.

Ti ringraziamo per la fiducia.
Il Servizio Clienti iliad

Iliad Italia S.p.A. - Viale Francesco Restelli 1/A, 20124 Milano
"""
        html = shell(
            "iliad",
            p(
                "Gentile Chiara Benassi,",
                f"la tua fattura n. {num} del {d_slash(d)} è disponibile nella tua Area personale.",
            )
            + table(
                [
                    ["Numero di telefono", "351 482 1907"],
                    ["Offerta", "iliad Giga 150"],
                    ["Periodo", f"dal {d_slash(d)} al {d_slash(add_month(d) - dt.timedelta(days=1))}"],
                    ["Importo", "9,99 € (IVA inclusa)"],
                    ["Modalità di pagamento", "addebito su carta di pagamento"],
                ]
            )
            + p("Nessun costo nascosto, per sempre.", "Il Servizio Clienti iliad"),
            "Iliad Italia S.p.A. - Viale Francesco Restelli 1/A, 20124 Milano",
            color="#cc0000",
        )
        add(
            rome(d.year, d.month, d.day, R.randint(6, 9)),
            "iliad",
            "noreply@iliad.it",
            "La tua fattura iliad è disponibile",
            text=text,
            html=html,
            labels=[T_ILIAD],
            slug="iliad",
            cte="base64",
        )


# ---------------------------------------------------------------- Fastweb (price change)
def fastweb():
    def bill(d: dt.date, amount: float):
        num = "M0" + digits(9)
        due = d + dt.timedelta(days=15)
        per_start = d.replace(day=1)
        html = f"""<!DOCTYPE html>
<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Fattura Fastweb</title></head>
<body style="margin:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;color:#222">
<tr><td style="background:#fdc300;padding:20px 28px;font-size:22px;font-weight:bold;color:#000">FASTWEB</td></tr>
<tr><td style="padding:28px">
<p style="font-size:16px">Gentile CHIARA BENASSI,</p>
<p>ti informiamo che è disponibile la tua fattura Fastweb. Puoi consultarla e scaricarla in qualsiasi momento dall'Area Clienti MyFastweb o dall'app.</p>
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border:1px solid #ddd;font-size:14px">
<tr bgcolor="#f7f7f7"><td>Codice cliente</td><td align="right">7{digits(7)}</td></tr>
<tr><td>Numero fattura</td><td align="right">{num}</td></tr>
<tr bgcolor="#f7f7f7"><td>Data di emissione</td><td align="right">{d_slash(d)}</td></tr>
<tr><td>Periodo di riferimento</td><td align="right">{d_slash(per_start)} - {d_slash(add_month(per_start) - dt.timedelta(days=1))}</td></tr>
<tr bgcolor="#f7f7f7"><td><b>Importo</b></td><td align="right"><b>{eur(amount)} &euro;</b></td></tr>
<tr><td>Data di scadenza</td><td align="right">{d_slash(due)}</td></tr>
<tr bgcolor="#f7f7f7"><td>Modalità di pagamento</td><td align="right">Addebito diretto SEPA (SDD)</td></tr>
</table>
<p>L'importo verrà addebitato sul tuo conto corrente alla data di scadenza.</p>
<p>Grazie per aver scelto Fastweb.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;background:#fafafa">Fastweb S.p.A. - Piazza Adriano Olivetti 1, 20139 Milano. Importi IVA inclusa. Questa è una comunicazione di servizio, non rispondere a questa email.</td></tr>
</table></td></tr></table></body></html>
"""
        add(
            rome(d.year, d.month, d.day, R.randint(3, 6)),
            "Fastweb",
            "noreply@fastweb.it",
            f"La tua fattura Fastweb di {MESI[d.month - 1]} è disponibile",
            html=html,
            labels=[T_FASTWEB],
            slug="fastweb",
        )

    bill(dt.date(2025, 12, 10), 27.95)
    bill(dt.date(2026, 3, 10), 27.95)

    text = """Gentile Cliente,

con la presente ti informiamo che, a causa dell'aumento dei costi di gestione della rete e
dell'inflazione, Fastweb ha deciso di modificare le condizioni economiche della tua offerta.

A partire dal 1° luglio 2026 il canone mensile della tua offerta Fastweb Casa aumenterà di
2,00 euro al mese (IVA inclusa), passando da 27,95 euro a 29,95 euro al mese.

Ai sensi dell'art. 98-septies decies del Codice delle comunicazioni elettroniche, hai il
diritto di recedere dal contratto o di passare ad altro operatore, senza penali né costi di
disattivazione, entro il 30 giugno 2026, comunicandolo tramite raccomandata A/R, PEC
(fastweb@pec.fastweb.it), nei negozi Fastweb o chiamando il 192 193. In caso di recesso,
restano dovute le eventuali rate residue dei prodotti acquistati a rate.

Per maggiori informazioni visita fastweb.it/modifiche-contrattuali.

Cordiali saluti,
Fastweb S.p.A.
"""
    add(
        rome(2026, 4, 28, 10, 11),
        "Fastweb",
        "comunicazioni@fastweb.it",
        "Comunicazione importante sul tuo contratto Fastweb",
        text=text,
        html=shell(
            "FASTWEB",
            p(
                "Gentile Cliente,",
                "con la presente ti informiamo che, a causa dell'aumento dei costi di gestione della rete e dell'inflazione, Fastweb ha deciso di modificare le condizioni economiche della tua offerta.",
                "A partire dal <b>1° luglio 2026</b> il canone mensile della tua offerta Fastweb Casa aumenterà di 2,00 euro al mese (IVA inclusa), passando da <b>27,95 euro</b> a <b>29,95 euro</b> al mese.",
                "Hai il diritto di recedere dal contratto o di passare ad altro operatore, senza penali né costi di disattivazione, entro il 30 giugno 2026.",
                "Cordiali saluti,<br>Fastweb S.p.A.",
            ),
            "Fastweb S.p.A. - Piazza Adriano Olivetti 1, 20139 Milano",
            color="#000000",
        ),
        labels=[T_FASTWEB],
        slug="fastweb",
    )

    bill(dt.date(2026, 7, 10), 29.95)
    bill(dt.date(2026, 11, 10), 29.95)


# ---------------------------------------------------------------- Hera Comm (luce e gas, SDD, every month)
HERA = [  # (year, month issued, luce, gas)
    (2025, 11, 41.82, 70.58),
    (2025, 12, 44.10, 124.65),
    (2026, 1, 46.95, 167.35),
    (2026, 2, 43.20, 152.90),
    (2026, 3, 42.05, 109.80),
    (2026, 4, 39.60, 58.60),
    (2026, 5, 38.15, 33.25),
    (2026, 6, 41.30, 17.60),
    (2026, 7, 47.85, 14.30),
    (2026, 8, 49.10, 11.20),
    (2026, 9, 44.25, 13.55),
    (2026, 10, 40.35, 34.30),
    (2026, 11, 46.12, 75.25),
]


def hera():
    for y, m, luce, gas in HERA:
        issued = dt.date(y, m, R.randint(7, 10))
        due = dt.date(y, m, 28) if m != 11 or y != 2026 else dt.date(2026, 11, 30)
        tot = round(luce + gas, 2)
        prev = add_month(dt.date(y, m, 1), -1)
        num = f"{y}{digits(9)}"
        html = f"""<!DOCTYPE html>
<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Hera Comm - Bolletta</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333333">
<tr><td style="background:#00573f;padding:18px 24px"><span style="color:#ffffff;font-size:20px;font-weight:bold">Hera</span><span style="color:#b6d433;font-size:20px">Comm</span></td></tr>
<tr><td style="padding:24px">
<p>Gentile CHIARA BENASSI,</p>
<p>ti informiamo che è stata emessa la bolletta relativa alle tue forniture di <b>energia elettrica e gas naturale</b> presso VIA MASCARELLA 41 - 40126 BOLOGNA (BO).</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d9d9d9">
<tr><td width="55%" bgcolor="#f5f9f0">Codice cliente</td><td>10{digits(7)}</td></tr>
<tr><td bgcolor="#f5f9f0">Numero bolletta</td><td>{num}</td></tr>
<tr><td bgcolor="#f5f9f0">Data emissione</td><td>{d_slash(issued)}</td></tr>
<tr><td bgcolor="#f5f9f0">Periodo di fatturazione</td><td>{MESI[prev.month - 1]} {prev.year}</td></tr>
<tr><td bgcolor="#f5f9f0">Servizio Luce</td><td>&euro; {eur(luce)}</td></tr>
<tr><td bgcolor="#f5f9f0">Servizio Gas</td><td>&euro; {eur(gas)}</td></tr>
<tr><td bgcolor="#f5f9f0"><b>Totale da pagare</b></td><td><b>&euro; {eur(tot)}</b></td></tr>
<tr><td bgcolor="#f5f9f0">Scadenza</td><td><b>{d_slash(due)}</b></td></tr>
<tr><td bgcolor="#f5f9f0">Modalità di pagamento</td><td>Domiciliazione bancaria (SDD)</td></tr>
</table>
<p>Poiché hai attivato la domiciliazione, l'importo sarà addebitato sul conto corrente IT** **** **** **** **** ***2210 alla data di scadenza. Non devi fare nulla.</p>
<p>Puoi visualizzare e scaricare la bolletta in formato PDF accedendo ai Servizi Online o dall'app My Hera.</p>
<p>Cordiali saluti,<br>Hera Comm</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:10px;color:#777777">Gli importi indicati sono comprensivi di IVA e imposte.<br>Hera Comm S.p.A. - Società soggetta a direzione e coordinamento di Hera S.p.A. - Via Molino Rosso 8, 40026 Imola (BO).<br>Questa e-mail è generata automaticamente: ti preghiamo di non rispondere.</td></tr>
</table></td></tr></table></body></html>
"""
        add(
            rome(y, m, issued.day, R.randint(5, 8)),
            "Hera Comm",
            "bollettaweb@heracomm.gruppohera.it",
            "Hera Comm - È disponibile la tua bolletta",
            html=html,
            labels=[T_HERA],
            slug="hera-comm",
        )


# ---------------------------------------------------------------- Prima (RCA annual)
def prima():
    text = (
        """Ciao Chiara,

la tua polizza è attiva! 🎉

Polizza RC Auto n. 9A"""
        + digits(8)
        + """
Veicolo: FIAT Panda 1.0 Hybrid - targa FZ482KL
Decorrenza: 03/12/2025 ore 24:00
Scadenza: 03/12/2026 ore 24:00
Massimali: 6.450.000,00 € per danni alle persone / 1.300.000,00 € per danni alle cose
Garanzie aggiuntive: Assistenza stradale, Tutela legale

Premio imponibile:        305,46 €
Imposte (16%):             48,87 €
Contributo SSN (10,5%):    32,07 €
Totale pagato:            386,40 €

Trovi il certificato, il contratto e tutti i documenti nella tua area personale su prima.it
e nell'app.

Guida sicura!
Il team di Prima

Prima Assicurazioni S.p.A. - Piazzale Loreto 17, 20131 Milano. Polizze emesse da Great Lakes
Insurance SE.
"""
    )
    add(
        rome(2025, 12, 3, 19, 20),
        "Prima Assicurazioni",
        "noreply@prima.it",
        "La tua polizza Prima è attiva ✅",
        text=text,
        html=shell(
            "prima",
            p("Ciao Chiara,", "<b>la tua polizza è attiva!</b>")
            + table(
                [
                    ["Veicolo", "FIAT Panda 1.0 Hybrid - targa FZ482KL"],
                    ["Decorrenza", "03/12/2025"],
                    ["Scadenza", "03/12/2026"],
                    ["Premio imponibile", "305,46 €"],
                    ["Imposte (16%)", "48,87 €"],
                    ["Contributo SSN (10,5%)", "32,07 €"],
                    ["<b>Totale pagato</b>", "<b>386,40 €</b>"],
                ]
            )
            + p("Guida sicura!<br>Il team di Prima"),
            "Prima Assicurazioni S.p.A. - Piazzale Loreto 17, 20131 Milano",
            color="#1b2d5b",
        ),
        labels=[T_PRIMA],
        slug="prima",
    )

    text = """Ciao Chiara,

la tua polizza RC Auto per la FIAT Panda targata FZ482KL scade il 3 dicembre 2026.

Abbiamo già calcolato il tuo prezzo di rinnovo:

Premio di rinnovo: 402,10 € (tasse incluse)
Classe di merito CU: 9 (nessun sinistro negli ultimi 12 mesi)

Hai scelto il rinnovo automatico: il 3 dicembre 2026 addebiteremo 402,10 € sul metodo di
pagamento salvato (Visa **** 4471) e la nuova polizza sarà valida fino al 3 dicembre 2027.
Non devi fare nulla.

Vuoi modificare le garanzie o disattivare il rinnovo? Puoi farlo dalla tua area personale
fino al giorno prima della scadenza.

Il team di Prima
"""
    add(
        rome(2026, 11, 3, 10, 5),
        "Prima Assicurazioni",
        "noreply@prima.it",
        "La tua polizza scade il 3 dicembre: ecco il prezzo di rinnovo",
        text=text,
        html=shell(
            "prima",
            p(
                "Ciao Chiara,",
                "la tua polizza RC Auto per la FIAT Panda targata FZ482KL scade il <b>3 dicembre 2026</b>.",
            )
            + table([["Premio di rinnovo", "<b>402,10 €</b> (tasse incluse)"], ["Classe di merito CU", "9"]])
            + p(
                "Hai scelto il rinnovo automatico: il 3 dicembre 2026 addebiteremo 402,10 € sul metodo di pagamento salvato (Visa **** 4471). Non devi fare nulla.",
                "Il team di Prima",
            ),
            "Prima Assicurazioni S.p.A.",
            color="#1b2d5b",
        ),
        labels=[T_PRIMA],
        slug="prima",
    )

    text = """Ciao Chiara,

mancano 15 giorni al rinnovo della tua polizza RC Auto (FZ482KL).

Data rinnovo: 03/12/2026
Importo: 402,10 €
Pagamento: rinnovo automatico con Visa **** 4471

Ricordati che dal 4 dicembre il nuovo certificato sarà disponibile nell'app.

Il team di Prima
"""
    add(
        rome(2026, 11, 18, 10, 40),
        "Prima Assicurazioni",
        "noreply@prima.it",
        "Mancano 15 giorni al rinnovo della tua polizza",
        text=text,
        html=shell(
            "prima",
            p("Ciao Chiara,", "mancano 15 giorni al rinnovo della tua polizza RC Auto (FZ482KL).")
            + table(
                [
                    ["Data rinnovo", "03/12/2026"],
                    ["Importo", "402,10 €"],
                    ["Pagamento", "rinnovo automatico con Visa **** 4471"],
                ]
            ),
            "Prima Assicurazioni S.p.A.",
            color="#1b2d5b",
        ),
        labels=[T_PRIMA],
        slug="prima",
    )


# ---------------------------------------------------------------- Athena Fitness Club (ASD, upgrade)
def gym():
    def ricevuta(d: dt.date, n: int, causale: str, amount: float, sdd: bool, labels):
        text = f"""A.S.D. ATHENA FITNESS CLUB
Via Stalingrado 61/2 - 40128 Bologna - C.F. 91{digits(9)}

RICEVUTA N. {d.year}/{n:04d} DEL {d_slash(d)}

Ricevuto da: BENASSI CHIARA - Tessera n. 00482
Causale: {causale}
Importo: Euro {eur(amount)}
Pagamento: {"addebito SEPA (SDD) su IBAN IT**...2210" if sdd else "carta di credito presso la reception"}

Operazione non soggetta ad IVA ai sensi dell'art. 4, commi 4 e 6, del D.P.R. 633/72.
Imposta di bollo assolta ove dovuta.

La segreteria
A.S.D. Athena Fitness Club - tel. 051 6390 214 - segreteria@athenafitness.it
Orari: lun-ven 7.00-22.30, sab 9.00-19.00, dom 9.00-13.00
"""
        add(
            rome(d.year, d.month, d.day, R.randint(9, 12)),
            "A.S.D. Athena Fitness Club",
            "segreteria@athenafitness.it",
            f"Ricevuta n. {d.year}/{n:04d} - {causale.split(' - ')[0]}",
            text=text,
            labels=labels,
            slug="athena-fitness",
            charset="iso-8859-15",
        )

    ricevuta(
        dt.date(2025, 11, 5),
        1187,
        "Quota associativa mensile - abbonamento OPEN SALA - novembre 2025",
        45.0,
        True,
        [T_GYM],
    )
    ricevuta(
        dt.date(2026, 2, 5),
        141,
        "Quota associativa mensile - abbonamento OPEN SALA - febbraio 2026",
        45.0,
        True,
        [T_GYM],
    )
    ricevuta(
        dt.date(2026, 3, 14),
        311,
        "Pacchetto 5 sedute Personal Training - istruttore Davide",
        150.0,
        False,
        [],
    )
    text = """Ciao Chiara,

ti confermiamo la variazione del tuo abbonamento richiesta in reception.

Dal 1° settembre 2026 il tuo abbonamento passa da OPEN SALA a OPEN SALA + CORSI
(sala pesi, cardio e tutti i corsi del planning: pilates, yoga, functional, spinning).

Nuova quota mensile: € 59,00 (anziché € 45,00)
Addebito: SDD il giorno 5 di ogni mese, prima rata nuova quota il 05/09/2026

Ti ricordiamo di prenotare i corsi dall'app almeno 2 ore prima.

A presto in palestra!
La segreteria - A.S.D. Athena Fitness Club
"""
    add(
        rome(2026, 8, 27, 18, 3),
        "A.S.D. Athena Fitness Club",
        "segreteria@athenafitness.it",
        "Conferma variazione abbonamento",
        text=text,
        labels=[T_GYM],
        slug="athena-fitness",
        charset="iso-8859-15",
    )
    ricevuta(
        dt.date(2026, 11, 5),
        1302,
        "Quota associativa mensile - abbonamento OPEN SALA + CORSI - novembre 2026",
        59.0,
        True,
        [T_GYM],
    )


# ---------------------------------------------------------------- Trenitalia (monthly pass + one-off)
def trenitalia_html(pnr, rows, total, extra=""):
    trs = "".join(
        f'<tr><td style="padding:6px 0;color:#666;width:45%">{k}</td><td style="padding:6px 0"><b>{v}</b></td></tr>'
        for k, v in rows
    )
    return f"""<!DOCTYPE html>
<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Trenitalia</title></head>
<body style="margin:0;background:#ececec">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ececec"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<tr><td style="background:#c8102e;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold">TRENITALIA</td></tr>
<tr><td style="padding:24px">
<p>Gentile CHIARA BENASSI,</p>
<p>grazie per aver acquistato con Trenitalia. Di seguito il riepilogo del tuo acquisto.</p>
<p style="font-size:18px">Codice Biglietto (PNR): <b>{pnr}</b></p>
<table width="100%" cellpadding="0" cellspacing="0" border="0">{trs}</table>
<table width="100%" cellpadding="10" cellspacing="0" border="0" style="margin-top:16px;background:#f4f4f4"><tr><td>Importo totale pagato</td><td align="right" style="font-size:18px"><b>{total} &euro;</b></td></tr></table>
{extra}
<p>Il titolo di viaggio è disponibile nella sezione "I miei viaggi" dell'App Trenitalia e su trenitalia.com.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#777;background:#fafafa">Trenitalia S.p.A. - Società con socio unico soggetta all'attività di direzione e coordinamento di Ferrovie dello Stato Italiane S.p.A. Prezzi IVA inclusa. Non rispondere a questa email.</td></tr>
</table></td></tr></table></body></html>
"""


def trenitalia():
    for buy, valid in [
        (dt.date(2025, 11, 27), dt.date(2025, 12, 1)),
        (dt.date(2026, 1, 28), dt.date(2026, 2, 1)),
        (dt.date(2026, 4, 27), dt.date(2026, 5, 1)),
        (dt.date(2026, 8, 28), dt.date(2026, 9, 1)),
        (dt.date(2026, 10, 28), dt.date(2026, 11, 1)),
    ]:
        pnr = upper(6)
        end = add_month(valid) - dt.timedelta(days=1)
        html = trenitalia_html(
            pnr,
            [
                ("Prodotto", "Abbonamento Mensile Regionale"),
                ("Tratta", "BOLOGNA CENTRALE &harr; MODENA"),
                ("Servizio", "Regionale Trenitalia Tper - 2ª classe"),
                ("Validità", f"dal {d_slash(valid)} al {d_slash(end)}"),
                ("Intestatario", "CHIARA BENASSI"),
                ("Data acquisto", f"{d_slash(buy)} {R.randint(7, 22):02d}:{R.randint(0, 59):02d}"),
                ("Pagamento", "Carta di credito Visa ****4471"),
            ],
            "64,30",
        )
        add(
            rome(buy.year, buy.month, buy.day),
            "Trenitalia",
            "noreply@trenitalia.it",
            f"Trenitalia - Conferma acquisto PNR {pnr}",
            html=html,
            labels=[T_TRENI],
            slug="trenitalia",
        )
    pnr = upper(6)
    html = trenitalia_html(
        pnr,
        [
            ("Treno", "Frecciarossa 9519"),
            ("Partenza", "BOLOGNA CENTRALE 24/04/2026 ore 08:15"),
            ("Arrivo", "ROMA TERMINI 24/04/2026 ore 10:29"),
            ("Offerta", "Economy - Standard"),
            ("Passeggeri", "2 Adulti"),
            ("Posti", "Carrozza 6, posti 7A - 7B"),
        ],
        "79,80",
        "<p>Ritorno: Frecciarossa 9540 ROMA TERMINI 26/04/2026 ore 18:50 - incluso nell'importo.</p>",
    )
    add(
        rome(2026, 4, 10, 21, 17),
        "Trenitalia",
        "noreply@trenitalia.it",
        f"Trenitalia - Conferma acquisto PNR {pnr}",
        html=html,
        slug="trenitalia",
    )


# ---------------------------------------------------------------- Aruba (hosting + domain, net + IVA)
def aruba_table(scadenza: str, addebito: str):
    return f"""<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-family:Arial,sans-serif;font-size:13px">
<tr bgcolor="#e9f1fb"><th align="left">Servizio</th><th align="left">Nome</th><th align="left">Data scadenza</th><th align="right">Prezzo rinnovo</th></tr>
<tr><td>Hosting Linux Easy (1 anno) + dominio .it</td><td>chiarabenassi.it</td><td>{scadenza}</td><td align="right">34,99 &euro; + IVA</td></tr>
<tr><td colspan="3" align="right">Imponibile</td><td align="right">34,99 &euro;</td></tr>
<tr><td colspan="3" align="right">IVA 22%</td><td align="right">7,70 &euro;</td></tr>
<tr><td colspan="3" align="right"><b>Totale</b></td><td align="right"><b>42,69 &euro;</b></td></tr>
</table>
<p>Il <b>rinnovo automatico</b> è attivo: il giorno {addebito} addebiteremo l'importo di 42,69 &euro; IVA inclusa sulla carta di credito ****4471 associata al tuo account.</p>"""


def aruba():
    # forwarded by Chiara from her old address
    fw_text = """Me lo segno qui, poi aggiorno l'email di contatto su Aruba che arriva ancora tutto a libero.

---------- Messaggio inoltrato ----------
Da: Aruba.it <comunicazioni@staff.aruba.it>
Data: domenica 16 novembre 2025 10:04
Oggetto: Servizi Aruba in scadenza - chiarabenassi.it
A: chiara.benassi@libero.it

Gentile Cliente,

ti ricordiamo che i seguenti servizi associati al tuo account AR-2417xxx sono in scadenza.

Servizio: Hosting Linux Easy (1 anno) + dominio .it
Nome: chiarabenassi.it
Data scadenza: 15/01/2026
Prezzo rinnovo: 34,99 € + IVA (IVA 22%: 7,70 € - Totale 42,69 €)

Il rinnovo automatico è attivo: il giorno 08/01/2026 addebiteremo l'importo di 42,69 € IVA
inclusa sulla carta di credito ****4471 associata al tuo account.

Se non desideri rinnovare, disattiva il rinnovo automatico dall'Area Clienti prima di tale
data. Alla scadenza, il sito e le caselle email associate al dominio saranno disattivati.

Cordiali saluti,
Aruba S.p.A.
"""
    add(
        rome(2025, 11, 18, 22, 41),
        ME_NAME,
        OLD_ME,
        "Fwd: Servizi Aruba in scadenza - chiarabenassi.it",
        text=fw_text,
        labels=[T_ARUBA],
        slug="chiara-libero",
        mid_domain="libero.it",
    )

    def reminder(when, scadenza, addebito):
        body = (
            p(
                "Gentile Cliente,",
                "ti ricordiamo che i seguenti servizi associati al tuo account <b>AR-2417xxx</b> sono in scadenza:",
            )
            + aruba_table(scadenza, addebito)
            + p(
                "Se non desideri rinnovare, disattiva il rinnovo automatico dall'<a href='https://admin.aruba.it'>Area Clienti</a> prima di tale data. Alla scadenza, il sito e le caselle email associate al dominio saranno disattivati.",
                "Cordiali saluti,<br>Aruba S.p.A.",
            )
        )
        html = shell(
            "<span style='color:#ffffff'>Aruba</span><span style='color:#f26a21'>.it</span>",
            body,
            "Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG). Messaggio inviato automaticamente, si prega di non rispondere.",
            color="#003a70",
        )
        add(
            when,
            "Aruba.it",
            "comunicazioni@staff.aruba.it",
            "Servizi Aruba in scadenza - chiarabenassi.it",
            html=html,
            labels=[T_ARUBA],
            slug="aruba",
        )

    reminder(rome(2025, 12, 16, 10, 2), "15/01/2026", "08/01/2026")
    num = "26" + digits(7)
    body = (
        p(
            "Gentile Chiara Benassi,",
            f"ti confermiamo che il pagamento dell'ordine <b>n. {num}</b> è andato a buon fine e i servizi sono stati rinnovati.",
        )
        + """<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:13px">
<tr bgcolor="#e9f1fb"><th align="left">Descrizione</th><th align="left">Nuova scadenza</th><th align="right">Importo</th></tr>
<tr><td>Rinnovo Hosting Linux Easy + dominio chiarabenassi.it</td><td>15/01/2027</td><td align="right">34,99 &euro;</td></tr>
<tr><td colspan="2" align="right">Totale imponibile</td><td align="right">34,99 &euro;</td></tr>
<tr><td colspan="2" align="right">IVA 22%</td><td align="right">7,70 &euro;</td></tr>
<tr><td colspan="2" align="right"><b>Totale addebitato</b></td><td align="right"><b>42,69 &euro;</b></td></tr>
</table>"""
        + p(
            "Data pagamento: 08/01/2026 - Carta di credito ****4471",
            "La fattura elettronica è stata trasmessa al Sistema di Interscambio e sarà disponibile nel tuo cassetto fiscale e nell'Area Clienti, sezione Fatture.",
            "Cordiali saluti,<br>Aruba S.p.A.",
        )
    )
    add(
        rome(2026, 1, 8, 4, 12),
        "Aruba.it",
        "comunicazioni@staff.aruba.it",
        f"Conferma pagamento ordine n. {num}",
        html=shell(
            "<span style='color:#ffffff'>Aruba</span><span style='color:#f26a21'>.it</span>",
            body,
            "Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG).",
            color="#003a70",
        ),
        labels=[T_ARUBA],
        slug="aruba",
    )
    reminder(rome(2026, 11, 16, 10, 7), "15/01/2027", "08/01/2027")


# ---------------------------------------------------------------- Findomestic (loan instalment)
def findomestic():
    for d, n in [(dt.date(2026, 1, 15), 5), (dt.date(2026, 6, 15), 10), (dt.date(2026, 11, 15), 15)]:
        text = f"""Gentile Cliente,

ti ricordiamo che il giorno {d_slash(d)} verrà addebitata sul tuo conto corrente la rata
n. {n} di 24 del tuo finanziamento.

Numero pratica: 4012876539
Convenzionato: Unieuro - Bologna Via Larga
Importo rata: 32,40 euro
Modalità di pagamento: addebito diretto SEPA (SDD) su IBAN IT** **** **** **** **** ***2210

Ti ricordiamo di verificare che sul conto sia disponibile l'importo della rata alla data
di addebito.

Puoi consultare il piano di rimborso e tutti i documenti nell'Area Clienti o nell'app
Findomestic.

Cordiali saluti
Findomestic Banca S.p.A.

Messaggio automatico, si prega di non rispondere.
Findomestic Banca S.p.A. - Via Jacopo da Diacceto 48, 50123 Firenze
"""
        add(
            rome(d.year, d.month, d.day - 3, R.randint(8, 11)),
            "Findomestic",
            "comunicazioni@findomestic.it",
            "Promemoria addebito rata",
            text=text,
            labels=[T_FINDO],
            slug="findomestic",
            charset="iso-8859-1",
            cte="base64",
        )


# ---------------------------------------------------------------- OpenAI (English, Stripe style)
def openai():
    for d in (
        dt.date(2026, 2, 12),
        dt.date(2026, 5, 12),
        dt.date(2026, 8, 12),
        dt.date(2026, 10, 12),
        dt.date(2026, 11, 12),
    ):
        rn = f"{digits(4)}-{digits(4)}"
        inv = f"{upper(8)}-{digits(4)}"
        end = add_month(d)
        period = (
            f"{MONTHS_EN[d.month - 1][:3]} {d.day} – {MONTHS_EN[end.month - 1][:3]} {end.day}, {end.year}"
        )
        text = f"""OpenAI Ireland Limited

Receipt from OpenAI Ireland Limited
€23.00
Paid {d_en(d)}

Receipt number        {rn}
Invoice number        {inv}
Payment method        Visa - 4471

Receipt #{rn}

{period}

ChatGPT Plus Subscription        Qty 1        €18.85
Subtotal                                      €18.85
VAT - Italy (22% on €18.85)                    €4.15
Total                                         €23.00
Amount paid                                   €23.00

Questions? Visit our help center at https://help.openai.com

You're receiving this email because you made a purchase at OpenAI Ireland Limited, which
partners with Stripe to provide invoicing and payment processing.
"""
        html = shell(
            "OpenAI Ireland Limited",
            f"<p style='color:#777'>Receipt from OpenAI Ireland Limited</p><p style='font-size:32px;margin:0'><b>€23.00</b></p><p style='color:#777'>Paid {d_en(d)}</p>"
            + table([["Receipt number", rn], ["Invoice number", inv], ["Payment method", "Visa - 4471"]])
            + f"<p style='color:#777'>{period}</p>"
            + table(
                [
                    ["ChatGPT Plus Subscription<br><span style='color:#777'>Qty 1</span>", "€18.85"],
                    ["Subtotal", "€18.85"],
                    ["VAT - Italy (22% on €18.85)", "€4.15"],
                    ["<b>Total</b>", "<b>€23.00</b>"],
                    ["<b>Amount paid</b>", "<b>€23.00</b>"],
                ]
            ),
            "Questions? Visit our help center at help.openai.com<br>You're receiving this email because you made a purchase at OpenAI Ireland Limited, which partners with Stripe to provide invoicing and payment processing.",
            color="#0d0d0d",
            lang="en",
        )
        add(
            utc(d.year, d.month, d.day, R.randint(8, 12)),
            "OpenAI",
            "invoice+statements@tm1.openai.com",
            f"Your receipt from OpenAI Ireland Limited #{rn}",
            text=text,
            html=html,
            labels=[T_GPT],
            slug="openai",
            mid_domain="tm1.openai.com",
        )


# ---------------------------------------------------------------- Mediaset Infinity+ (ended after failed payment)
def infinity():
    for d in (dt.date(2025, 11, 1), dt.date(2025, 12, 1), dt.date(2026, 1, 1)):
        nxt = add_month(d)
        text = f"""Ciao Chiara,

ti confermiamo il rinnovo del tuo abbonamento Infinity+.

Abbonamento: Infinity+ mensile
Importo: 7,99€ (IVA inclusa)
Data addebito: {d_slash(d)}
Prossimo rinnovo: {d_slash(nxt)}
Metodo di pagamento: carta Visa ****8815

Buona visione con Mediaset Infinity: film, serie, la Champions League e tanto altro.

Mediaset Infinity
R.T.I. S.p.A. - Largo del Nazareno 8, 00187 Roma
"""
        add(
            rome(d.year, d.month, d.day, R.randint(3, 7)),
            "Mediaset Infinity",
            "noreply@mediasetinfinity.it",
            "Conferma di pagamento Infinity+",
            text=text,
            html=shell(
                "Mediaset <span style='color:#00b0f0'>Infinity</span>",
                p("Ciao Chiara,", "ti confermiamo il rinnovo del tuo abbonamento Infinity+.")
                + table(
                    [
                        ["Abbonamento", "Infinity+ mensile"],
                        ["Importo", "7,99€ (IVA inclusa)"],
                        ["Data addebito", d_slash(d)],
                        ["Prossimo rinnovo", d_slash(nxt)],
                    ]
                ),
                "R.T.I. S.p.A. - Largo del Nazareno 8, 00187 Roma",
                color="#0a1e3c",
            ),
            labels=[T_INFINITY],
            slug="mediaset-infinity",
        )
    text = """Ciao Chiara,

non è stato possibile rinnovare il tuo abbonamento Infinity+ mensile (7,99€): la carta
Visa ****8815 associata al tuo account risulta scaduta.

Aggiorna il metodo di pagamento entro 7 giorni per continuare a guardare i contenuti
Infinity+. Dopo questo termine l'abbonamento verrà disattivato.

Mediaset Infinity
"""
    add(
        rome(2026, 2, 1, 5, 10),
        "Mediaset Infinity",
        "noreply@mediasetinfinity.it",
        "Pagamento non riuscito: aggiorna il metodo di pagamento",
        text=text,
        html=shell(
            "Mediaset <span style='color:#00b0f0'>Infinity</span>",
            p(
                "Ciao Chiara,",
                "non è stato possibile rinnovare il tuo abbonamento Infinity+ mensile (7,99€): la carta Visa ****8815 associata al tuo account risulta scaduta.",
                "Aggiorna il metodo di pagamento entro 7 giorni per continuare a guardare i contenuti Infinity+.",
            ),
            "R.T.I. S.p.A.",
            color="#0a1e3c",
        ),
        labels=[T_INFINITY],
        slug="mediaset-infinity",
    )
    text = """Ciao Chiara,

poiché non abbiamo ricevuto il pagamento, il tuo abbonamento Infinity+ è stato disattivato.

Puoi continuare a guardare gratuitamente i programmi Mediaset in diretta e on demand. Se
vuoi tornare a goderti Infinity+, puoi riattivarlo in qualsiasi momento dalla sezione
Il mio account.

Mediaset Infinity
"""
    add(
        rome(2026, 2, 8, 6, 0),
        "Mediaset Infinity",
        "noreply@mediasetinfinity.it",
        "Il tuo abbonamento Infinity+ è stato disattivato",
        text=text,
        html=shell(
            "Mediaset <span style='color:#00b0f0'>Infinity</span>",
            p(
                "Ciao Chiara,",
                "poiché non abbiamo ricevuto il pagamento, il tuo abbonamento Infinity+ è stato disattivato.",
                "Se vuoi tornare a goderti Infinity+, puoi riattivarlo in qualsiasi momento.",
            ),
            "R.T.I. S.p.A.",
            color="#0a1e3c",
        ),
        labels=[T_INFINITY],
        slug="mediaset-infinity",
    )


# ============================================================================= negatives


def negatives():
    # BRT
    add(
        rome(2025, 11, 17, 7, 48),
        "BRT",
        "noreply@brt.it",
        "La tua spedizione BRT è in consegna oggi",
        text="""Gentile CHIARA BENASSI,

la spedizione n. 0584 1093 2271 8 del mittente AMAZON EU SARL è in consegna oggi, 17/11/2025,
presso VIA MASCARELLA 41, 40126 BOLOGNA (BO).

Fascia oraria prevista: 10:30 - 13:30

Non sei in casa? Puoi scegliere un BRT-fermopoint vicino a te dal link di tracking.

BRT S.p.A.
""",
        slug="brt",
    )

    # Sky offer (mentions Netflix)
    add(
        rome(2025, 11, 25, 12, 0),
        "Sky",
        "offerte@comunicazioni.sky.it",
        "Black Friday Sky: Sky TV + Netflix a 15,90€ al mese",
        text="""BLACK FRIDAY SKY

Sky TV + Netflix a 15,90€ al mese per 18 mesi anziché 29,90€.
Con Sky Glass o con il decoder Sky Q. Attivazione a 19€.

Aggiungi Sky Calcio e Sky Sport a soli 10€ in più al mese.

Offerta valida fino al 1° dicembre per i nuovi clienti. Dopo 18 mesi prezzo di listino.

Scopri l'offerta: sky.it/offerte
Per non ricevere più comunicazioni commerciali clicca qui.
Sky Italia S.r.l. - Via Monte Penice 7, 20138 Milano
""",
        html=shell(
            "sky",
            "<h1>BLACK FRIDAY</h1>"
            + p(
                "<b>Sky TV + Netflix a 15,90€ al mese</b> per 18 mesi anziché 29,90€.",
                "Aggiungi Sky Calcio e Sky Sport a soli 10€ in più al mese.",
                "Offerta valida fino al 1° dicembre per i nuovi clienti.",
            ),
            "Sky Italia S.r.l. - Via Monte Penice 7, 20138 Milano",
            color="#0f1e5a",
        ),
        slug="sky",
    )

    # Intesa Sanpaolo
    add(
        rome(2025, 12, 1, 6, 30),
        "Intesa Sanpaolo",
        "comunicazioni@intesasanpaolo.com",
        "È disponibile il tuo estratto conto",
        text="""Gentile Cliente,

ti informiamo che nella sezione Archivio della tua area riservata è disponibile un nuovo
documento: Estratto conto al 30/11/2025 - Conto XME n. ****2210.

Puoi consultarlo dall'app Intesa Sanpaolo Mobile o dal sito intesasanpaolo.com.

Intesa Sanpaolo non ti chiederà mai, tramite email o sms, di inserire le tue credenziali.

Cordiali saluti
Intesa Sanpaolo S.p.A.
""",
        slug="intesa-sanpaolo",
        charset="windows-1252",
    )
    add(
        rome(2026, 5, 2, 9, 12),
        "Intesa Sanpaolo",
        "notifiche@intesasanpaolo.com",
        "Notifica: bonifico in entrata",
        text="""Gentile Cliente,

sul tuo conto ****2210 è stato accreditato un bonifico.

Ordinante: STUDIO TECNICO ARCH. VANNINI
Importo: 1.842,00 EUR
Causale: STIPENDIO APRILE 2026
Data valuta: 02/05/2026

Intesa Sanpaolo S.p.A.
""",
        slug="intesa-sanpaolo",
        charset="windows-1252",
    )
    add(
        rome(2026, 7, 27, 19, 3),
        "Intesa Sanpaolo",
        "notifiche@intesasanpaolo.com",
        "Notifica operazione con carta",
        text="""Gentile Cliente,

ti informiamo che è stata effettuata un'operazione con la tua carta Visa ****4471.

Esercente: ESSELUNGA BOLOGNA VIA EMILIA LEV.
Importo: 86,42 EUR
Data e ora: 27/07/2026 18:59

Se non riconosci l'operazione chiama subito il numero 800.303.303.

Intesa Sanpaolo S.p.A.
""",
        slug="intesa-sanpaolo",
        charset="windows-1252",
    )

    # food delivery
    add(
        rome(2025, 12, 12, 20, 41),
        "Glovo",
        "no-reply@glovoapp.com",
        "Il tuo ordine da Sushi Zen Bologna",
        text="""Ciao Chiara,

grazie per il tuo ordine! Ecco il riepilogo.

Sushi Zen Bologna
1x Menu Sushi Misto 24 pz      22,00 €
2x Edamame                      7,00 €
Costo di consegna               2,49 €
Costo del servizio              0,99 €
Totale                         32,48 €

Pagato con Visa ****4471

Glovo
""",
        html=shell(
            "glovo",
            p("Ciao Chiara,", "grazie per il tuo ordine!")
            + table(
                [
                    ["1x Menu Sushi Misto 24 pz", "22,00 €"],
                    ["2x Edamame", "7,00 €"],
                    ["Costo di consegna", "2,49 €"],
                    ["Costo del servizio", "0,99 €"],
                    ["<b>Totale</b>", "<b>32,48 €</b>"],
                ]
            ),
            "Glovoapp23 S.A.",
            color="#ffc244",
        ),
        slug="glovo",
    )
    add(
        rome(2026, 5, 15, 12, 0),
        "Glovo",
        "no-reply@glovoapp.com",
        "Consegne gratis per 30 giorni con Glovo Prime",
        text="""Ciao Chiara,

prova Glovo Prime gratis per 30 giorni: consegne gratuite illimitate sugli ordini sopra i
15 € e sconti esclusivi. Dopo la prova, solo 5,99 €/mese. Disdici quando vuoi.

Attiva la prova dall'app.

Glovo
""",
        html=shell(
            "glovo",
            p(
                "Ciao Chiara,",
                "prova <b>Glovo Prime</b> gratis per 30 giorni: consegne gratuite illimitate sugli ordini sopra i 15 €. Dopo la prova, solo 5,99 €/mese.",
            ),
            "Glovoapp23 S.A.",
            color="#ffc244",
        ),
        slug="glovo",
    )
    add(
        rome(2026, 10, 9, 21, 5),
        "Glovo",
        "no-reply@glovoapp.com",
        "Il tuo ordine da Pizzeria Due Torri",
        text="""Ciao Chiara,

grazie per il tuo ordine! Ecco il riepilogo.

Pizzeria Due Torri
2x Margherita con bufala      17,00 €
1x Tiramisù                    4,50 €
Costo di consegna              1,99 €
Costo del servizio             0,99 €
Totale                        24,48 €

Pagato con Satispay

Glovo
""",
        slug="glovo",
    )
    add(
        rome(2026, 1, 24, 20, 12),
        "Deliveroo",
        "noreply@t.deliveroo.com",
        "La tua ricevuta Deliveroo",
        text="""Grazie per il tuo ordine, Chiara

Ristorante: Mandrakata - Bologna
Ordine n. 8421

1x Bowl Poke Salmone         12,90 €
1x Gyoza vegetariani          5,50 €
Subtotale                    18,40 €
Spese di consegna             2,99 €
Commissione servizio          1,20 €
Totale                       22,59 €

Deliveroo Italy S.r.l.
""",
        slug="deliveroo",
    )
    add(
        rome(2026, 3, 21, 19, 55),
        "Just Eat",
        "noreply@just-eat.it",
        "Ordine confermato da Piadineria Lo Sfizio",
        text="""Ciao Chiara,

il ristorante ha confermato il tuo ordine n. 43187226. Tempo di consegna stimato: 35 minuti.

2x Piadina crudo squacquerone e rucola   15,00 €
1x Crescentine con salumi                 9,00 €
Consegna                                  1,90 €
Totale                                   25,90 €

Buon appetito!
Just Eat
""",
        slug="just-eat",
    )

    # donation
    add(
        rome(2025, 12, 18, 14, 20),
        "EMERGENCY",
        "donazioni@emergency.it",
        "Grazie per la tua donazione",
        text="""Cara Chiara,

grazie di cuore per la tua donazione di 50,00 € del 18/12/2025 (carta di credito).

Con il tuo aiuto garantiamo cure gratuite e di qualità alle vittime della guerra e della
povertà. Riceverai a inizio anno la ricevuta valida per la detrazione fiscale.

EMERGENCY ONG Onlus - Via Santa Croce 19, 20122 Milano
""",
        slug="emergency",
    )

    # money between people
    add(
        rome(2025, 12, 20, 17, 33),
        "Satispay",
        "noreply@satispay.com",
        "Hai ricevuto 20,00 € da Marta B.",
        text="""Hai ricevuto 20,00 € da Marta B.

Messaggio: "regalo prof di yoga 🎁"

I soldi sono già disponibili nel tuo saldo Satispay.

Satispay Europe S.A.
""",
        slug="satispay",
    )
    add(
        rome(2026, 2, 28, 13, 14),
        "Giulia Montanari",
        "giulia.montanari88@gmail.com",
        "Regalo per Sara",
        text="""Ciao ragazze!

Allora per il regalo di Sara abbiamo preso il buono per la SPA al Grand Hotel (150 euro in
tutto), siamo in sei quindi sono 25 euro a testa. Mandatemeli pure con Satispay o bonifico
quando riuscite, IBAN nel gruppo.

Festa sabato 7 alle 20:30 da Ale, portate qualcosa da bere!

Baci
Giulia
""",
        to=Address("", "chiara.benassi@gmail.com"),
        slug="giulia-montanari",
        cte="8bit",
    )
    add(
        rome(2026, 7, 15, 21, 2),
        "Rosanna Pedrini",
        "rosanna.pedrini@alice.it",
        "bolletta casa Cervia",
        text="""Ciao Chiara,

è arrivata la bolletta Enel della casa di Cervia, sono 187 euro per maggio e giugno (ci siete
stati voi due settimane col condizionatore acceso eh!). Facciamo metà? Mi fai un bonifico
quando puoi, senza fretta.

Domenica venite a pranzo? Faccio i tortellini.

Un bacio
mamma
""",
        slug="rosanna-pedrini",
        charset="iso-8859-1",
    )
    add(
        rome(2026, 11, 8, 11, 47),
        "Niccolò Fabbri",
        "niccolo.fabbri@outlook.it",
        "Re: cena da Vito",
        text="""Ho messo tutto su Tricount: in totale 168 euro in 5, quindi 33,60 a testa. Chiara tu
avevi già dato 20 al cameriere per il vino quindi mi devi 13,60. Tranquilla!

N.

Il giorno sab 7 nov 2026 alle 23:58 Chiara Benassi <chiara.benassi@gmail.com> ha scritto:
> Grazie a tutti per la serata! Niccolò mi dici quanto ti devo?
> C.
""",
        slug="niccolo-fabbri",
    )

    # car sharing rides
    for y, m, d, km, mins, cost, via in [
        (2026, 1, 9, 7.4, 28, 8.40, "Via Irnerio"),
        (2026, 5, 22, 12.1, 41, 12.30, "Piazza Maggiore"),
        (2026, 9, 14, 4.8, 19, 5.70, "Stazione Centrale"),
    ]:
        add(
            rome(y, m, d, R.randint(9, 22)),
            "Corrente",
            "noreply@corrente.tper.it",
            "Riepilogo del tuo noleggio",
            text=f"""Ciao Chiara,

grazie per aver viaggiato con Corrente, il car sharing elettrico di Bologna.

Inizio noleggio: {d:02d}/{m:02d}/{y} - {via}
Durata: {mins} minuti
Distanza: {eur(km)} km
Veicolo: Renault ZOE - EX 4{digits(2)} GK

Costo del noleggio: {eur(cost)} € (IVA inclusa)
Pagamento: Visa ****4471

TPER S.p.A. - Via di Saliceto 3, 40128 Bologna
""",
            slug="corrente",
        )

    add(
        rome(2026, 2, 3, 23, 12),
        "Zalando",
        "info@service-mail.zalando.it",
        "Reimposta la tua password",
        text="""Ciao Chiara,

abbiamo ricevuto una richiesta di reimpostare la password del tuo account Zalando.

Clicca sul link qui sotto entro 24 ore per scegliere una nuova password:
https://www.zalando.it/reset-password/

Se non hai richiesto tu il cambio password, ignora questa email.

Il tuo team Zalando
""",
        slug="zalando",
    )
    add(
        rome(2026, 11, 14, 16, 20),
        "Zalando",
        "info@service-mail.zalando.it",
        "Grazie per il tuo ordine",
        text=f"""Ciao Chiara,

grazie per il tuo ordine 10101{digits(8)} del 14.11.2026. Ti avviseremo quando sarà spedito.

Levi's 501 Original - Jeans - blu scuro - W28 L30      99,95 €
Spedizione                                              0,00 €
Totale (IVA inclusa)                                   99,95 €

Consegna prevista: 17.11.2026 - 19.11.2026

Il tuo team Zalando
""",
        html=shell(
            "ZALANDO",
            p("Ciao Chiara,", "grazie per il tuo ordine. Ti avviseremo quando sarà spedito.")
            + table(
                [
                    ["Levi's 501 Original - Jeans - W28 L30", "99,95 €"],
                    ["Spedizione", "0,00 €"],
                    ["<b>Totale</b> (IVA inclusa)", "<b>99,95 €</b>"],
                ]
            ),
            "Zalando SE",
            color="#ff6900",
        ),
        slug="zalando",
    )

    add(
        rome(2026, 2, 19, 10, 0),
        "laFeltrinelli",
        "newsletter@lafeltrinelli.it",
        "Le novità di febbraio e il 15% di sconto sui libri",
        text="""Le novità in libreria

I romanzi più attesi del mese, le classifiche e gli incontri con gli autori nelle librerie
Feltrinelli di Bologna (Piazza Ravegnana e Stazione Centrale).

Solo questa settimana: -15% su una selezione di narrativa italiana con Carta Più.

laFeltrinelli - disiscriviti
""",
        html=shell(
            "laFeltrinelli",
            p(
                "I romanzi più attesi del mese, le classifiche e gli incontri con gli autori.",
                "Solo questa settimana: <b>-15%</b> su una selezione di narrativa italiana con Carta Più.",
            ),
            "laFeltrinelli Internet Bookshop S.r.l.",
            color="#e2001a",
        ),
        slug="lafeltrinelli",
    )

    add(
        rome(2026, 3, 10, 11, 0),
        "TIM",
        "tim@comunicazioni.tim.it",
        "Fibra TIM fino a 2.5 Giga a 24,90€/mese",
        text="""Passa a TIM

Fibra fino a 2.5 Giga + modem TIM HUB+ incluso a 24,90€ al mese, tutto incluso.
Attivazione gratuita se attivi online entro il 31 marzo.

Aggiungi TIMVISION con DAZN a 20€ in più al mese per 24 mesi.

Verifica la copertura su tim.it
TIM S.p.A. - Per non ricevere più comunicazioni commerciali, clicca qui.
""",
        html=shell(
            "TIM",
            p(
                "<b>Fibra fino a 2.5 Giga</b> + modem TIM HUB+ incluso a <b>24,90€ al mese</b>, tutto incluso.",
                "Aggiungi TIMVISION con DAZN a 20€ in più al mese per 24 mesi.",
            ),
            "TIM S.p.A.",
            color="#003d7d",
        ),
        slug="tim",
    )

    add(
        rome(2026, 4, 15, 8, 0),
        "Coop Alleanza 3.0",
        "newsletter@alleanza.coop.it",
        "Il volantino della settimana",
        text="""Offerte dal 16 al 29 aprile

Parmigiano Reggiano 24 mesi Fior Fiore 1 kg  15,90 €
Passata di pomodoro Coop 700 g               0,79 €
Caffè Lavazza Qualità Rossa 4x250 g          9,99 €

Scopri tutte le offerte nel tuo punto vendita di Bologna - Via Massarenti.
Coop Alleanza 3.0
""",
        slug="coop-alleanza",
    )

    add(
        rome(2026, 4, 18, 15, 31),
        "TicketOne",
        "noreply@ticketone.it",
        "Conferma ordine n. 1849221076",
        text="""Gentile Chiara Benassi,

grazie per il tuo acquisto su TicketOne.

Evento: Cesare Cremonini - Live 2026
Luogo: Bologna, Stadio Renato Dall'Ara
Data: 20/06/2026 ore 21:00
Biglietti: 2 x Prato Gold  69,00 €
Prevendita e commissioni: 16,20 €
Totale ordine: 154,20 €

I biglietti digitali saranno disponibili nell'app TicketOne.

TicketOne S.p.A.
""",
        slug="ticketone",
    )

    add(
        rome(2026, 5, 5, 7, 30),
        "la Repubblica",
        "abbonamenti@repubblica.it",
        "Repubblica digitale: 1€ al mese per 3 mesi",
        text="""Solo per te, Chiara

Abbonati a Repubblica Digital: l'edizione digitale del quotidiano, Rep: e tutti gli
articoli del sito a 1€ al mese per i primi 3 mesi, poi 9,99€ al mese.
Disdici quando vuoi.

Abbonati ora: repubblica.it/abbonati
GEDI News Network S.p.A.
""",
        html=shell(
            "la Repubblica",
            p(
                "Abbonati a <b>Repubblica Digital</b> a <b>1€ al mese</b> per i primi 3 mesi, poi 9,99€ al mese.",
                "Disdici quando vuoi.",
            ),
            "GEDI News Network S.p.A.",
            color="#000000",
        ),
        slug="repubblica",
    )

    add(
        rome(2026, 5, 30, 18, 2),
        "Vinted",
        "no-reply@vinted.it",
        "Hai venduto un articolo!",
        text="""Complimenti, Chiara!

Hai venduto "Giacca di jeans Pepe Jeans taglia M" a 18,00 €.
Spedisci il pacco entro 5 giorni con il codice di spedizione che trovi nell'app.

L'importo sarà disponibile nel tuo Portafoglio Vinted dopo la conferma dell'acquirente.

Il team Vinted
""",
        slug="vinted",
    )

    add(
        rome(2026, 6, 5, 8, 20),
        "Poste Italiane",
        "noreply@posteitaliane.it",
        "Il tuo pacco sta arrivando",
        text="""Gentile Cliente,

la spedizione 3UW1A4418203 è in consegna oggi all'indirizzo VIA MASCARELLA 41, BOLOGNA.

Puoi seguire la spedizione su poste.it o con l'app Poste Italiane.

Poste Italiane S.p.A.
""",
        slug="poste-italiane",
    )

    add(
        rome(2026, 6, 8, 17, 20),
        "Studio Gualandi Commercialisti",
        "segreteria@studiogualandi.it",
        "F24 acconto IMU 2026 - scadenza 16 giugno",
        text="""Gentile Sig.ra Benassi,

in allegato trova il modello F24 per il versamento dell'acconto IMU 2026 relativo
all'immobile di Cervia (seconda casa, quota 50%):

Codice tributo 3918 - Comune C553 - importo 312,00 euro
Scadenza: 16 giugno 2026

Può pagarlo tramite home banking. Le ricordiamo inoltre che la dichiarazione 730 è stata
trasmessa il 28 maggio; il rimborso IRPEF di 416,00 euro le arriverà in busta paga a
luglio/agosto.

Cordiali saluti
Dott.ssa Elena Gualandi
Studio Gualandi - Via Santo Stefano 38, Bologna
""",
        slug="studio-gualandi",
        cte="8bit",
    )

    add(
        rome(2026, 6, 20, 22, 30),
        "Italo",
        "noreply@italotreno.it",
        "Italo - Conferma di acquisto - Codice biglietto K8TQ2V",
        text="""Gentile Chiara Benassi,

grazie per aver scelto Italo!

Codice biglietto: K8TQ2V
Treno 8921 - Bologna Centrale 09:42 - Napoli Centrale 13:15 - 04/07/2026
Ambiente: Smart - 1 Adulto - Offerta Economy
Importo totale: 49,90 €

Buon viaggio,
Italo
""",
        slug="italo",
    )
    add(
        utc(2026, 7, 2, 20, 14),
        "Ryanair",
        "itinerary@ryanair.com",
        "La tua prenotazione Ryanair - KX4P7M",
        text="""Grazie per aver prenotato con Ryanair

Codice di prenotazione: KX4P7M
Volo FR 4726 Bologna (BLQ) - Palma di Maiorca (PMI) 08/08/2026 06:35
Volo FR 4727 Palma di Maiorca (PMI) - Bologna (BLQ) 15/08/2026 09:10
Passeggeri: Chiara Benassi, Luca Righi

Tariffa: 2 x 118,98 EUR
Priority e 2 bagagli da 10 kg: 64,00 EUR
Totale pagato: 301,96 EUR

Check-in online disponibile 24 ore prima della partenza.
""",
        slug="ryanair",
    )
    add(
        utc(2026, 7, 3, 9, 40),
        "Booking.com",
        "noreply@booking.com",
        "Prenotazione confermata: Hostal Ca'n Pere, Palma",
        text="""Grazie Chiara! La tua prenotazione a Palma è confermata.

Hostal Ca'n Pere
Check-in: sabato 8 agosto 2026 (dalle 14:00)
Check-out: sabato 15 agosto 2026 (entro le 11:00)
1 camera doppia, 7 notti

Prezzo totale: € 812,00 (IVA inclusa). Pagherai in struttura.
Cancellazione gratuita fino al 1 agosto 2026.

Booking.com
""",
        slug="booking",
    )

    add(
        rome(2026, 9, 1, 12, 0),
        "Vodafone",
        "offerte@vodafone.it",
        "Passa a Vodafone: 150 Giga a 7,99€",
        text="""Chiara, passa a Vodafone!

Vodafone Silver: minuti illimitati, 150 Giga in 5G a 7,99€ al mese per sempre.
Portabilità in 1 giorno, costo di attivazione 10€.

Offerta riservata a chi proviene da iliad e altri operatori selezionati.
Vodafone Italia S.p.A.
""",
        html=shell(
            "vodafone",
            p(
                "<b>Vodafone Silver</b>: minuti illimitati, 150 Giga in 5G a <b>7,99€ al mese</b> per sempre.",
                "Offerta riservata a chi proviene da iliad e altri operatori selezionati.",
            ),
            "Vodafone Italia S.p.A.",
            color="#e60000",
        ),
        slug="vodafone",
    )

    add(
        rome(2026, 9, 10, 9, 5),
        "PosteID",
        "noreply@posteid.poste.it",
        "Codice di verifica PosteID",
        text="""Gentile Cliente,

il tuo codice di verifica per accedere ai servizi con PosteID abilitato a SPID è: 481 207

Il codice scade tra 5 minuti. Non comunicarlo a nessuno.

Poste Italiane S.p.A.
""",
        slug="posteid",
    )

    add(
        rome(2026, 9, 25, 11, 28),
        "pagoPA",
        "noreply@pagopa.it",
        "Ricevuta di pagamento - Comune di Bologna",
        text="""Ricevuta di pagamento

Ente creditore: Comune di Bologna - Polizia Locale
Oggetto: Verbale n. 2026/118734 - Violazione art. 7 C.d.S.
Codice avviso: 3018 0000 4417 2291 63
Importo: 42,00 €
Commissione: 1,00 €
Totale: 43,00 €
Data: 25/09/2026 11:27
Pagato con: carta Visa ****4471

PagoPA S.p.A.
""",
        slug="pagopa",
    )

    add(
        rome(2026, 10, 1, 13, 0),
        "NOW",
        "now@comunicazioni.nowtv.it",
        "Entertainment Pass a 6,99€ per 3 mesi",
        text="""Le serie più attese dell'autunno sono su NOW.

Entertainment Pass a 6,99€ al mese per i primi 3 mesi invece di 9,99€.
Cinema Pass + Entertainment a 14,99€ al mese.
Senza vincoli, disdici quando vuoi.

NOW - Sky Italia S.r.l.
""",
        html=shell(
            "NOW",
            p(
                "<b>Entertainment Pass</b> a 6,99€ al mese per i primi 3 mesi invece di 9,99€.",
                "Cinema Pass + Entertainment a 14,99€ al mese. Senza vincoli, disdici quando vuoi.",
            ),
            "Sky Italia S.r.l.",
            color="#1c1c1c",
        ),
        slug="now",
    )


# ============================================================================= write


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    for f in (
        spotify,
        netflix,
        dazn,
        disney,
        amazon,
        audible,
        apple,
        duolingo,
        ilpost,
        iliad,
        fastweb,
        hera,
        prima,
        gym,
        trenitalia,
        aruba,
        findomestic,
        openai,
        infinity,
        negatives,
    ):
        f()
    order = sorted(range(len(MESSAGES)), key=lambda i: (MESSAGES[i]["when"].astimezone(dt.UTC), i))
    emldir = os.path.join(HERE, "eml")
    if os.path.isdir(emldir):
        shutil.rmtree(emldir)
    os.makedirs(emldir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for suffix in ("", ".lock"):
        if os.path.exists(mbox_path + suffix):
            os.remove(mbox_path + suffix)
    box = mailbox.mbox(mbox_path, create=True)
    index = []
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        msg = build(m, n)
        when_utc = m["when"].astimezone(dt.UTC)
        fname = f"{n:03d}-{m['when'].strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
        data = msg.as_bytes(policy=POLICY)
        with open(os.path.join(emldir, fname), "wb") as fh:
            fh.write(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["addr"], when_utc.timetuple())
        box.add(mm)
        index.append({"file": fname, "from": m["name"], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.close()

    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(TRUTH, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(
            {"today": TODAY, "messages": len(index), "hard_negatives": HARD_NEGATIVES},
            fh,
            ensure_ascii=False,
            indent=2,
        )
        fh.write("\n")
    with open(os.path.join(HERE, "messages.json"), "w", encoding="utf-8") as fh:
        json.dump(index, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(
        f"{len(index)} messages, {len(TRUTH)} truths, "
        f"{sum(1 for x in index if not x['labels'])} without label"
    )


if __name__ == "__main__":
    main()
