#!/usr/bin/env python3
"""Mailbox "es": Lucía Fernández Ortega and Javier Morales Ruiz, Madrid (Spain).

Mail from December 2025 to November 2026, scored at 2026-11-26. Deterministic:
run from the repository root with the project venv and it rewrites the same bytes:

    .venv/bin/python bench/data/email-files5/es/make.py

Writes eml/ (one RFC 5322 file per message), mailbox.mbox, truth.json, meta.json and
messages.json next to this file. Standard library only.
"""

import datetime as dt
import email.charset as ecs
import email.utils
import json
import mailbox
import os
import random
import re
import shutil
import unicodedata
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-26"
R = random.Random(5202611)

LUCIA = ("Lucía Fernández Ortega", "lucia.fdez.ortega@gmail.com")
JAVI = ("Javier Morales Ruiz", "javi.morales.ruiz@gmail.com")
IBAN_MASK = "ES76 **** **** **** **** 4821"
CARD = "3307"

MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MES3 = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

MESSAGES = []


# ---------------------------------------------------------------- helpers
def D(s):
    return dt.date.fromisoformat(s)


def eur(x, sym=" €", thousands=True):
    s = f"{x:,.2f}" if thousands else f"{x:.2f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + sym


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def largo(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def corto(d):
    return f"{d.day} {MES3[d.month - 1]} {d.year}"


def net_tax(total, rate):
    net = round(total / (1 + rate / 100), 2)
    return net, round(total - net, 2)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return d.replace(year=d.year + y, month=m + 1)


def madrid_offset(local):
    # CET/CEST: summer time 2026-03-29 02:00 .. 2026-10-25 03:00 local
    start = dt.datetime(2026, 3, 29, 2, 0)
    end = dt.datetime(2026, 10, 25, 3, 0)
    return 2 if start <= local < end else 1


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def charset(name, cte):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64}[cte]
    c.header_encoding = ecs.QP if name != "utf-8" else ecs.SHORTEST
    return c


def msg(
    when,
    frm,
    subject,
    text=None,
    html=None,
    labels=(),
    cs="utf-8",
    cte="qp",
    to=LUCIA,
    cc=None,
    tz="madrid",
    slug=None,
    hcs="utf-8",
    headers=None,
):
    """Register one message. when: 'YYYY-MM-DD HH:MM' local Madrid time."""
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    off = madrid_offset(local)
    aware = local.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    if tz == "utc":
        aware = aware.astimezone(dt.UTC)
    elif tz == "pst":
        aware = aware.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    MESSAGES.append(
        dict(
            local=local,
            aware=aware,
            frm=frm,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            cs=cs,
            cte=cte,
            to=to,
            cc=cc,
            slug=slug or slugify(frm[0]),
            hcs=hcs,
            headers=headers or [],
        )
    )


def addr(pair, hcs):
    return email.utils.formataddr(pair, charset=hcs)


def hdr(s, hcs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, hcs, header_name="Subject")


def build(m):
    c = charset(m["cs"], m["cte"])
    if m["text"] is not None and m["html"] is not None:
        root = MIMEMultipart("alternative", boundary="----=_Part_%s_%s" % (digits(8), digits(13)))
        for body, sub in ((m["text"], "plain"), (m["html"], "html")):
            part = MIMEText(body, sub, c)
            del part["MIME-Version"]
            root.attach(part)
    elif m["html"] is not None:
        root = MIMEText(m["html"], "html", c)
    else:
        root = MIMEText(m["text"], "plain", c)
    # headers in a real-looking order (prepend: MIMEText already set content headers)
    items = [("From", addr(m["frm"], m["hcs"])), ("To", addr(m["to"], m["hcs"]))]
    if m["cc"]:
        items.append(("Cc", addr(m["cc"], m["hcs"])))
    items += [
        ("Subject", hdr(m["subject"], m["hcs"])),
        ("Date", email.utils.format_datetime(m["aware"])),
        ("Message-ID", "<%s.%s@%s>" % (hx(16), digits(10), m["frm"][1].split("@")[1])),
        ("MIME-Version", "1.0"),
    ]
    items += m["headers"]
    old = list(root.items())
    for k in list(root.keys()):
        del root[k]
    for k, v in items:
        root[k] = v
    for k, v in old:
        if k != "MIME-Version":
            root[k] = v
    return root


def table_html(title, rows, intro="", outro="", brand="#333", foot=""):
    trs = "\n".join(
        f'<tr><td style="padding:6px 12px;color:#555">{a}</td>'
        f'<td style="padding:6px 12px;text-align:right"><b>{b}</b></td></tr>'
        for a, b in rows
    )
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="background:{brand};color:#fff;padding:18px 24px;font-size:20px">{title}</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:20px">{intro}</td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #ddd;font-size:14px">
{trs}
</table></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:20px">{outro}</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">{foot}</td></tr>
</table></td></tr></table></body></html>
"""


def paras_html(text):
    out = []
    for p in text.strip().split("\n\n"):
        out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    return (
        '<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
        + "\n".join(out)
        + "\n</body></html>\n"
    )


# ---------------------------------------------------------------- truths
TRUTHS = [
    dict(
        name="Iberdrola",
        aliases=["Iberdrola Clientes", "Iberdrola luz", "Plan Estable"],
        amount="61.09",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-29",
        kind="bill",
    ),
    dict(
        name="Naturgy",
        aliases=["Naturgy gas", "Naturgy Clientes", "Tarifa Por Uso Gas"],
        amount="45.18",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-13",
        kind="bill",
    ),
    dict(
        name="O2",
        aliases=["O2 Fibra y Móvil", "o2online.es", "O2 Fibra 1 Gb + Móvil 30 GB"],
        amount="38.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="bill",
    ),
    dict(
        name="DIGI",
        aliases=["Digi Mobil", "DIGI Spain Telecom", "DIGI móvil"],
        amount="15.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-04",
        kind="bill",
    ),
    dict(
        name="MAPFRE Hogar",
        aliases=["MAPFRE", "Seguro de hogar MAPFRE", "MAPFRE España"],
        amount="287.64",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-15",
        kind="bill",
    ),
    dict(
        name="Mutua Madrileña",
        aliases=["Mutua Madrileña Automóvil", "Mutua", "Seguro de automóvil Mutua"],
        amount="103.09",
        currency="EUR",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="Sanitas",
        aliases=["Sanitas Más Salud", "Sanitas Seguros", "Mi Sanitas"],
        amount="118.40",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix Estándar", "Netflix plan Estándar"],
        amount="14.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-18",
        kind="subscription",
    ),
    dict(
        name="Spotify Premium Familiar",
        aliases=["Spotify", "Spotify Premium Family", "Spotify Premium"],
        amount="20.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="Disney+",
        aliases=["Disney Plus", "Disney+ Estándar"],
        amount="9.99",
        currency="EUR",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Filmin",
        aliases=["Filmin anual", "Filmin suscripción anual"],
        amount="89.00",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-08",
        kind="subscription",
    ),
    dict(
        name="Altafit",
        aliases=["Altafit Embajadores", "Altafit Gym Club"],
        amount="29.90",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="subscription",
    ),
    dict(
        name="El País",
        aliases=["EL PAÍS suscripción digital", "PRISA Noticias", "elpais.com"],
        amount="12.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Abono Transporte",
        aliases=[
            "Abono 30 días Zona A",
            "Tarjeta Transporte Público",
            "Consorcio Regional de Transportes de Madrid",
            "CRTM",
        ],
        amount="21.80",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-02",
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud+ 200 GB", "iCloud", "Apple iCloud"],
        amount="2.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Strava",
        aliases=["Strava suscripción anual", "Strava: Run, Bike, Hike"],
        amount="59.99",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-14",
        kind="subscription",
    ),
    dict(
        name="YouTube Premium",
        aliases=["YouTube", "YouTube Premium individual"],
        amount="13.99",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-22",
        kind="subscription",
    ),
    dict(
        name="Amazon Prime",
        aliases=["Prime", "Amazon Prime España", "Amazon.es Prime"],
        amount="49.90",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-03",
        kind="subscription",
    ),
    dict(
        name="Dinahosting",
        aliases=["Dinahosting S.L.", "fernandezortega.es", "dominio fernandezortega.es"],
        amount="14.40",
        currency="EUR",
        cycle="yearly",
        status="active",
        next_renewal="2027-04-05",
        kind="subscription",
    ),
    dict(
        name="ChatGPT Plus",
        aliases=["ChatGPT", "OpenAI", "ChatGPT Plus Subscription"],
        amount="23.00",
        currency="EUR",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-06",
        kind="subscription",
    ),
    dict(
        name="Glovo Prime",
        aliases=["Glovo", "Prime de Glovo"],
        amount="5.99",
        currency="EUR",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
]

HARD_NEGATIVES = [
    "Cabify",
    "Renfe",
    "Iberia",
    "Booking.com",
    "BBVA",
    "Agencia Tributaria",
    "Movistar Plus+",
    "Vodafone",
    "El Confidencial",
    "idealista",
    "Wallapop",
    "Tricount",
    "Médicos Sin Fronteras",
    "Zara",
    "El Corte Inglés",
    "IKEA",
    "Audible",
    "Securitas Direct",
    "LinkedIn Premium",
    "Duolingo",
    "SEUR",
    "DGT",
    "Grupo Nexia",
    "María Ortega",
    "Marta Gil",
    "Loterías del Pueblo",
    "Canal de Isabel II",
    "Cafetera Nespresso Vertuo",
    "Lavavajillas Bosch",
]

# ================================================================ IBERDROLA (luz) monthly, text+html, QP
IBE = ("Iberdrola", "clientes@comunicaciones.iberdrola.es")
ibe_amounts = [71.36, 88.12, 82.47, 69.05, 57.90, 51.33, 54.82, 79.64, 86.21, 63.48, 52.76, 61.09]
ibe_kwh = [212, 268, 247, 201, 163, 139, 151, 236, 259, 182, 146, 174]
for i, (amt, kwh) in enumerate(zip(ibe_amounts, ibe_kwh)):
    emis = add_months(D("2025-12-19"), i)
    cargo = emis + dt.timedelta(days=10)
    p_end = emis.replace(day=15)
    p_start = add_months(p_end, -1) + dt.timedelta(days=1)
    nfac = "2" + digits(13)
    base, iva = net_tax(amt, 21)
    text = f"""Hola, LUCÍA:

Ya tienes disponible tu factura de luz. Puedes consultarla y descargarla en Área Clientes o en la app Iberdrola Clientes.

Contrato: Plan Estable
Dirección de suministro: CL EMBAJADORES 112 3 B, 28045 MADRID
Número de factura: {nfac}
Periodo de facturación: {dmy(p_start)} - {dmy(p_end)}
Consumo del periodo: {kwh} kWh

Importe total: {eur(amt)}
(Base imponible {eur(base)} + IVA 21% {eur(iva)})

Fecha de cargo: {dmy(cargo)}
Cuenta de cargo: {IBAN_MASK}

¿Sabías que puedes ver tu consumo hora a hora en Área Clientes?

Un saludo,
Iberdrola Clientes

Este correo electrónico se ha enviado desde una dirección que no admite respuestas.
Iberdrola Clientes, S.A.U. · C/ Tomás Redondo, 1 · 28033 Madrid
"""
    html = table_html(
        "Tu factura de luz",
        [
            ("Contrato", "Plan Estable"),
            ("Número de factura", nfac),
            ("Periodo de facturación", f"{dmy(p_start)} - {dmy(p_end)}"),
            ("Consumo", f"{kwh} kWh"),
            ("Importe total", eur(amt)),
            ("Fecha de cargo", dmy(cargo)),
            ("Cuenta de cargo", IBAN_MASK),
        ],
        intro="Hola, LUCÍA:<br><br>Ya tienes disponible tu factura de luz.",
        outro="Un saludo,<br>Iberdrola Clientes",
        brand="#00402a",
        foot="Iberdrola Clientes, S.A.U. · C/ Tomás Redondo, 1 · 28033 Madrid",
    )
    msg(
        f"{emis.isoformat()} 07:{10 + i:02d}",
        IBE,
        "Ya tienes disponible tu factura de luz",
        text,
        html,
        labels=["Iberdrola"],
    )

# ================================================================ NATURGY (gas) from May 2026, HTML-only, latin-1
NAT = ("Naturgy", "facturacion@comunicaciones.naturgy.es")
nat_welcome = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#004571">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#004571;color:#fff;padding:16px;font-size:18px">Bienvenida a Naturgy</td></tr>
<tr><td style="padding:16px">Hola Lucía,<br><br>
Tu contrato de gas natural ya está activo. A partir de ahora recibirás tus facturas de forma mensual en este correo electrónico.</td></tr>
<tr><td style="padding:0 16px"><table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c9d6e3">
<tr><td>Producto</td><td><b>Tarifa Por Uso Gas</b></td></tr>
<tr><td>CUPS</td><td>ES0230 **** **** 5517 KM</td></tr>
<tr><td>Fecha de alta</td><td>12/05/2026</td></tr>
<tr><td>Término fijo</td><td>0,2671 &euro;/día</td></tr>
<tr><td>Término variable</td><td>0,0894 &euro;/kWh</td></tr>
<tr><td>Forma de pago</td><td>Domiciliación bancaria - ES76 **** **** **** **** 4821</td></tr>
</table></td></tr>
<tr><td style="padding:16px">Los precios no incluyen impuestos. Gracias por confiar en nosotros.<br><br>Naturgy</td></tr>
<tr><td style="padding:8px 16px;font-size:10px;color:#888">Naturgy Iberia, S.A. Avda. de América, 38 - 28028 Madrid.</td></tr>
</table></body></html>
"""
msg(
    "2026-05-12 11:02",
    NAT,
    "Bienvenida a Naturgy: tu contrato de gas ya está activo",
    html=nat_welcome,
    labels=["Naturgy"],
    cs="iso-8859-1",
    cte="qp",
    hcs="iso-8859-1",
)
nat = [(6, 18.92), (7, 14.60), (8, 13.85), (9, 16.40), (10, 27.75), (11, 45.18)]
for mo, amt in nat:
    emis = dt.date(2026, mo, 3)
    cargo = dt.date(2026, mo, 13)
    pe = emis - dt.timedelta(days=3)
    ps = pe.replace(day=1) if mo != 6 else dt.date(2026, 5, 12)
    base, iva = net_tax(amt, 21)
    nf = "FE26" + digits(9)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#004571">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#004571;color:#fff;padding:16px;font-size:18px">Tu factura de gas</td></tr>
<tr><td style="padding:16px">Hola Lucía,<br><br>Te enviamos la factura de tu suministro de gas natural.</td></tr>
<tr><td style="padding:0 16px"><table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c9d6e3">
<tr><td>N.º de factura</td><td>{nf}</td></tr>
<tr><td>Fecha de emisión</td><td>{dmy(emis)}</td></tr>
<tr><td>Periodo de consumo</td><td>{dmy(ps)} a {dmy(pe)}</td></tr>
<tr><td>Base imponible</td><td>{eur(base, " &euro;")}</td></tr>
<tr><td>IVA (21%)</td><td>{eur(iva, " &euro;")}</td></tr>
<tr><td><b>Total a pagar</b></td><td><b>{eur(amt, " &euro;")}</b></td></tr>
</table></td></tr>
<tr><td style="padding:16px">El importe se cargará en tu cuenta ES76 **** **** **** **** 4821 el {largo(cargo)}.<br><br>
Puedes consultar el detalle en <a href="https://www.naturgy.es/areaclientes">Área Clientes</a>.<br><br>Naturgy</td></tr>
<tr><td style="padding:8px 16px;font-size:10px;color:#888">Naturgy Iberia, S.A. Avda. de América, 38 - 28028 Madrid. Por favor, no respondas a este correo.</td></tr>
</table></body></html>
"""
    msg(
        f"{emis.isoformat()} 06:4{mo % 10}",
        NAT,
        f"Naturgy | Factura {nf}",
        html=html,
        labels=["Naturgy"],
        cs="iso-8859-1",
        cte="qp",
        hcs="iso-8859-1",
    )

# ================================================================ O2 fibra + móvil, base64 utf-8
O2 = ("O2", "facturas@o2online.es")
o2_notice = """Hola Lucía:

Te escribimos para informarte de un cambio en las condiciones de tu tarifa.

A partir del 1 de marzo de 2026, la cuota mensual de tu tarifa Fibra 1 Gb + Móvil 30 GB pasará de 35 € a 38 € al mes (IVA incluido).

¿Por qué? Seguimos invirtiendo en nuestra red para que tengas la mejor conexión.

Según lo previsto en tus condiciones de contrato, te avisamos con al menos un mes de antelación. Si no estás de acuerdo con este cambio, puedes darte de baja sin ninguna penalización antes de que entre en vigor, llamando al 1551 o desde Mi O2.

Gracias por estar con nosotros.

El equipo de O2
"""
msg(
    "2026-01-16 10:30",
    O2,
    "Cambios en tu tarifa O2",
    o2_notice,
    paras_html(o2_notice),
    labels=["O2"],
    cte="b64",
)
o2_months = [(2025, 12), (2026, 1), (2026, 3), (2026, 4), (2026, 7), (2026, 9), (2026, 10), (2026, 11)]
for y, mo in o2_months:
    emis = dt.date(y, mo, 1)
    cargo = dt.date(y, mo, 5)
    amt = 35.0 if (y, mo) < (2026, 3) else 38.0
    amt_s = f"{amt:.0f} €" if R.random() < 0.5 else eur(amt, "€")
    text = f"""Hola Lucía:

Ya tienes disponible tu factura de {MESES[mo - 1]}.

Importe: {amt_s}
Tarifa: Fibra 1 Gb + Móvil 30 GB
Nº de factura: O2-{y}-{digits(8)}

La cargaremos en tu cuenta bancaria a partir del {cargo.day} de {MESES[mo - 1]}.

Puedes ver y descargar el detalle en Mi O2 (web o app).

Un saludo,
O2
"""
    msg(
        f"{emis.isoformat()} 09:0{mo % 10}",
        O2,
        f"Tu factura de {MESES[mo - 1]} ya está disponible",
        text,
        paras_html(text),
        labels=["O2"],
        cte="b64",
    )

# ================================================================ DIGI (plain text, latin-1, no € sign)
DIGI = ("DIGI", "facturacion@digimobil.es")


def digi_invoice(emis, amt, tarifa):
    cargo = emis + dt.timedelta(days=3)
    t = f"""Estimado/a cliente:

Le informamos de que ya tiene disponible su factura en el Área de Cliente Mi DIGI.

Titular: LUCIA FERNANDEZ ORTEGA
Número de factura: DG{emis.year % 100}-{digits(7)}
Fecha de emisión: {dmy(emis, ".")}
Periodo facturado: {dmy(emis, ".")} - {dmy(add_months(emis, 1) - dt.timedelta(days=1), ".")}
Línea: 6** *** 218 ({tarifa})

Total factura: {eur(amt, " EUR")} (IVA incluido)
Fecha de cargo: {dmy(cargo, ".")}

Atentamente,
DIGI Spain Telecom, S.L.U.
"""
    msg(
        f"{emis.isoformat()} 03:1{emis.month % 10}",
        DIGI,
        "Su factura DIGI ya está disponible",
        t,
        labels=["DIGI"],
        cs="iso-8859-1",
        cte="qp",
        hcs="iso-8859-1",
    )


digi_invoice(D("2026-01-01"), 7.0, "Móvil 10GB")
digi_invoice(D("2026-03-01"), 7.0, "Móvil 10GB")
msg(
    "2026-04-14 17:22",
    DIGI,
    "Confirmación de cambio de tarifa",
    """Estimado/a cliente:

Le confirmamos que hemos procesado su solicitud de cambio de tarifa para la línea 6** *** 218.

Tarifa anterior: Móvil 10GB - 7,00 EUR/mes
Tarifa nueva: Móvil 100GB + llamadas ilimitadas - 15,00 EUR/mes
Fecha de efecto: 01.05.2026

El importe de la nueva tarifa se reflejará en su próxima factura. Los precios incluyen IVA.

Atentamente,
DIGI Spain Telecom, S.L.U.
""",
    labels=["DIGI"],
    cs="iso-8859-1",
    cte="qp",
    hcs="iso-8859-1",
)
digi_invoice(D("2026-06-01"), 15.0, "Móvil 100GB")
digi_invoice(D("2026-11-01"), 15.0, "Móvil 100GB")

# ================================================================ MAPFRE Hogar: forwarded renewal + cobro
MAP = ("MAPFRE", "avisos@mapfre.com")
msg(
    "2026-01-21 22:47",
    JAVI,
    "Fwd: Renovación de tu seguro MAPFRE Hogar",
    """Lu, te reenvío lo del seguro de casa. Sube unos 15 euros respecto al año pasado, pero con lo de la fuga del baño no me apetece cambiar ahora. Lo dejamos así, ¿no?

---------- Forwarded message ---------
De: MAPFRE <avisos@mapfre.com>
Date: mar, 20 ene 2026 a las 10:14
Subject: Renovación de tu seguro MAPFRE Hogar
To: <javi.morales.ruiz@gmail.com>


Estimado/a JAVIER MORALES RUIZ:

Te recordamos que el próximo 15 de febrero de 2026 se renueva tu póliza MAPFRE HOGAR nº 055-2381764 por un nuevo periodo anual.

Situación del riesgo: CL EMBAJADORES 112 3º B, 28045 MADRID
Periodo de cobertura: 15/02/2026 - 15/02/2027
Prima total anual: 287,64 € (impuestos y recargos incluidos)
Forma de pago: anual, domiciliación bancaria

El recibo se presentará al cobro en la cuenta ES76 **** **** **** **** 4821 en la fecha de efecto.

Si quieres revisar tus coberturas, entra en tu Área de Clientes o llámanos al 918 365 365.

Un saludo,
MAPFRE ESPAÑA, Compañía de Seguros y Reaseguros, S.A.
""",
    labels=["MAPFRE Hogar"],
    to=LUCIA,
    slug="javier-morales",
)
map_cobro = """Estimado/a cliente:

Te confirmamos que hemos cobrado el recibo de tu póliza MAPFRE HOGAR nº 055-2381764.

Importe del recibo: 287,64 €
Fecha de cargo: 16/02/2026
Periodo: 15/02/2026 - 15/02/2027

Puedes descargar el justificante en tu Área de Clientes.

MAPFRE
"""
msg(
    "2026-02-16 12:05",
    MAP,
    "Recibo cobrado - Póliza Hogar 055-2381764",
    map_cobro,
    paras_html(map_cobro),
    labels=["MAPFRE Hogar"],
    to=JAVI,
    cc=LUCIA,
    cte="qp",
)
msg(
    "2026-10-27 16:40",
    MAP,
    "Apertura de siniestro nº 26-H-0418823",
    """Estimado/a cliente:

Hemos registrado tu comunicación de siniestro por daños por agua en la vivienda asegurada (póliza MAPFRE HOGAR nº 055-2381764).

Número de siniestro: 26-H-0418823
Fecha de ocurrencia: 25/10/2026

En las próximas 48 horas un profesional se pondrá en contacto contigo para concertar la visita. Recuerda que esta reparación está cubierta por tu póliza y no tendrás que adelantar ningún pago.

MAPFRE
""",
    labels=[],
    to=JAVI,
    cc=LUCIA,
)

# ================================================================ MUTUA MADRILEÑA auto: HTML-only, iso-8859-15, base64
MUT = ("Mutua Madrileña", "comunicaciones@mutua.es")


def mutua_html(title, intro, rows, outro):
    trs = "\n".join(
        f'<tr><td width="45%" style="border-bottom:1px solid #e0e0e0;padding:8px">{a}</td>'
        f'<td style="border-bottom:1px solid #e0e0e0;padding:8px"><strong>{b}</strong></td></tr>'
        for a, b in rows
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body bgcolor="#ffffff"><table width="600" align="center" border="0" cellspacing="0" cellpadding="0" style="font-family:Georgia,serif;font-size:14px;color:#222">
<tr><td style="border-bottom:4px solid #c8102e;padding:14px 0;font-size:22px;color:#c8102e">Mutua Madrileña</td></tr>
<tr><td style="padding:18px 0"><b>{title}</b><br><br>{intro}</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{trs}</table></td></tr>
<tr><td style="padding:18px 0">{outro}<br><br>Atentamente,<br>Mutua Madrileña Automovilista, Sociedad de Seguros a Prima Fija</td></tr>
</table></body></html>
"""


msg(
    "2025-12-02 08:15",
    MUT,
    "Su recibo ha sido cargado",
    html=mutua_html(
        "Recibo de su Seguro de Automóvil",
        "Estimada mutualista: le informamos de que se ha cargado en su cuenta el siguiente recibo.",
        [
            ("Tomadora", "LUCÍA FERNÁNDEZ ORTEGA"),
            ("Póliza", "0012-7845219"),
            ("Vehículo", "SEAT León · 7395 LMP"),
            ("Fracción", "1 de 4 (pago trimestral)"),
            ("Importe", "98,47 €"),
            ("Fecha de cargo", "01/12/2025"),
            ("Cuenta", "ES76 **** **** **** **** 4821"),
        ],
        "Puede consultar y descargar sus recibos en el Área Privada de mutua.es.",
    ),
    labels=["Mutua Madrileña"],
    cs="iso-8859-15",
    cte="b64",
    hcs="iso-8859-15",
)
for frac, send, cargo in [
    (2, "2026-02-25", "01/03/2026"),
    (3, "2026-05-27", "01/06/2026"),
    (4, "2026-08-27", "01/09/2026"),
]:
    msg(
        f"{send} 09:3{frac}",
        MUT,
        "Aviso de cargo de recibo - Seguro de Automóvil",
        html=mutua_html(
            "Aviso de cargo de recibo",
            f"Estimada mutualista: le comunicamos que el próximo <b>{cargo}</b> se cargará en su cuenta el recibo de su seguro.",
            [
                ("Tomadora", "LUCÍA FERNÁNDEZ ORTEGA"),
                ("Póliza", "0012-7845219"),
                ("Vehículo", "SEAT León · 7395 LMP"),
                ("Fracción", f"{frac} de 4 (pago trimestral)"),
                ("Importe del recibo", "98,47 €"),
                ("Fecha de cargo", cargo),
                ("Cuenta", "ES76 **** **** **** **** 4821"),
            ],
            "Si desea modificar sus datos bancarios, puede hacerlo en el Área Privada o llamando al 900 555 555.",
        ),
        labels=["Mutua Madrileña"],
        cs="iso-8859-15",
        cte="b64",
        hcs="iso-8859-15",
    )
msg(
    "2026-11-10 10:05",
    MUT,
    "Renovación de su Seguro de Automóvil 2026-2027",
    html=mutua_html(
        "Renovación de su póliza",
        "Estimada mutualista: su póliza se renovará automáticamente el 1 de diciembre de 2026. Estas son las condiciones económicas del nuevo periodo:",
        [
            ("Póliza", "0012-7845219"),
            ("Modalidad", "Todo Riesgo con franquicia 300 €"),
            ("Periodo", "01/12/2026 - 30/11/2027"),
            ("Prima total anual", "412,36 €"),
            ("Forma de pago", "Trimestral (4 recibos)"),
            ("Importe de cada recibo", "103,09 €"),
            ("Fechas de cargo", "01/12/2026, 01/03/2027, 01/06/2027 y 01/09/2027"),
        ],
        "La prima incluye impuestos y recargos legalmente repercutibles. Si no desea renovar, comuníquenoslo con un mes de antelación a la fecha de vencimiento.",
    ),
    labels=["Mutua Madrileña"],
    cs="iso-8859-15",
    cte="b64",
    hcs="iso-8859-15",
)

# ================================================================ SANITAS monthly recibos, text+html QP
SAN = ("Sanitas", "noreply@comunicaciones.sanitas.es")
for send, mes, cargo, note in [
    (
        "2025-12-27",
        "enero de 2026",
        "02/01/2026",
        "Este recibo incluye la actualización anual de la prima para 2026.",
    ),
    ("2026-06-25", "julio de 2026", "01/07/2026", ""),
    ("2026-11-25", "diciembre de 2026", "01/12/2026", ""),
]:
    t = f"""Hola Lucía:

Ya está disponible en Mi Sanitas tu recibo del mes de {mes}.

Póliza: Sanitas Más Salud (2 asegurados)
Prima: 118,22 €
Impuestos y recargos: 0,18 €
Total recibo: 118,40 €

Lo cargaremos en tu cuenta terminada en 4821 el {cargo}.
{note}
Recuerda que desde la app Mi Sanitas puedes pedir cita, hacer videoconsultas y descargar tus recibos.

Un saludo,
Sanitas
"""
    msg(
        f"{send} 18:20",
        SAN,
        f"Tu recibo de {mes.split(' de ')[0]} ya está disponible",
        t,
        paras_html(t),
        labels=["Sanitas"],
    )

# ================================================================ NETFLIX
NFX = ("Netflix", "info@account.netflix.com")
t = """Hola, Lucía:

Te escribimos para informarte de que vamos a actualizar el precio de tu suscripción.

A partir de tu siguiente fecha de facturación, el 18 de abril de 2026, el precio de tu plan Estándar será de 14,99 €/mes (IVA incluido).

Nuestro objetivo es seguir ofreciéndote una gran variedad de series, películas y juegos. Puedes cambiar de plan o cancelar tu suscripción en cualquier momento en netflix.com/cuenta.

El equipo de Netflix
"""
msg(
    "2026-03-19 20:12",
    NFX,
    "Actualización del precio de tu suscripción",
    t,
    paras_html(t),
    labels=["Netflix"],
)
msg(
    "2026-06-07 23:41",
    NFX,
    "Nuevo inicio de sesión en tu cuenta de Netflix",
    """Hola, Lucía:

Alguien ha iniciado sesión en tu cuenta desde un dispositivo nuevo.

Dispositivo: Smart TV Samsung
Ubicación: Santander, Cantabria, España
Fecha: 7 de junio de 2026

Si has sido tú, no tienes que hacer nada. Si no, cambia tu contraseña.

El equipo de Netflix
""",
    labels=[],
)
t = """Hola, Lucía:

Se ha actualizado la forma de pago de tu cuenta de Netflix.

Nueva forma de pago: VISA •••• 3307
Plan: Estándar
Próximo pago: 14,99 € el 18 de noviembre de 2026

Si no has hecho este cambio, visita netflix.com/cuenta.

El equipo de Netflix
"""
msg("2026-10-30 13:02", NFX, "Se ha actualizado tu forma de pago", t, paras_html(t), labels=["Netflix"])

# ================================================================ SPOTIFY receipts (QP) + Wrapped
SPO = ("Spotify", "no-reply@spotify.com")
for d in ["2026-02-09", "2026-08-09", "2026-11-09"]:
    dd = D(d)
    nxt = add_months(dd, 1)
    order = "P" + digits(10)
    t = f"""Spotify

Recibo

Hola, Lucía:
Gracias por tu pago. Aquí tienes los detalles.

Fecha: {largo(dd)}
N.º de pedido: {order}
Producto: Premium Familiar (1 mes)
Subtotal: 17,35 €
IVA (21 %): 3,64 €
Total: 20,99 €
Forma de pago: Visa ···· 3307

Tu próximo cobro será el {largo(nxt)}.

Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia
"""
    html = table_html(
        "Recibo",
        [
            ("Fecha", largo(dd)),
            ("N.º de pedido", order),
            ("Premium Familiar (1 mes)", "17,35 €"),
            ("IVA (21 %)", "3,64 €"),
            ("Total", "20,99 €"),
            ("Forma de pago", "Visa ···· 3307"),
        ],
        intro="Hola, Lucía:<br>Gracias por tu pago. Aquí tienes los detalles.",
        outro=f"Tu próximo cobro será el {largo(nxt)}.",
        brand="#191414",
        foot="Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia",
    )
    msg(f"{d} 05:2{dd.month % 10}", SPO, "Tu recibo de Spotify", t, html, labels=["Spotify Premium Familiar"])
t = """Lucía, tu 2025 en Spotify ya está aquí.

Has escuchado 38.412 minutos de música. Tu artista más escuchada: Rosalía.

Descubre tu Wrapped completo en la app.
"""
msg("2025-12-03 15:00", SPO, "Tu Wrapped 2025 ya está aquí 🎧", t, paras_html(t), labels=[])

# ================================================================ DISNEY+ receipts, cancellation, win-back (base64)
DIS = ("Disney+", "disneyplus@mail.disneyplus.com")
for d in ["2025-12-03", "2026-03-03"]:
    dd = D(d)
    t = f"""Disney+

Gracias por tu pago

Suscripción: Disney+ Estándar (mensual)
Fecha de facturación: {dmy(dd)}
Importe: 9,99 € (IVA incluido)
Método de pago: Mastercard terminada en 6610
Próxima fecha de facturación: {dmy(add_months(dd, 1))}

Gestiona tu suscripción en disneyplus.com/account.

The Walt Disney Company (Benelux) B.V.
"""
    msg(
        f"{d} 04:5{dd.month % 10}",
        DIS,
        "Tu recibo de Disney+",
        t,
        paras_html(t),
        labels=["Disney+"],
        cte="b64",
    )
t = """Hola:

Confirmamos que has cancelado tu suscripción Disney+ Estándar (9,99 €/mes).

Podrás seguir disfrutando de Disney+ hasta el 2 de julio de 2026. Después de esa fecha no se te realizarán más cargos.

Si cambias de opinión, puedes reactivar tu suscripción en cualquier momento desde tu cuenta.

El equipo de Disney+
"""
msg(
    "2026-06-10 21:33", DIS, "Hemos cancelado tu suscripción", t, paras_html(t), labels=["Disney+"], cte="b64"
)
t = """Te echamos de menos.

Vuelve a Disney+ Estándar con anuncios por solo 5,99 €/mes y disfruta de los estrenos de Marvel, Pixar y Star Wars.

Oferta válida hasta el 30 de septiembre de 2026.
"""
msg("2026-09-20 12:00", DIS, "Vuelve a Disney+ desde 5,99 €/mes", t, paras_html(t), labels=[], cte="b64")

# ================================================================ FILMIN yearly
FIL = ("Filmin", "hola@filmin.es")
t = """¡Hola, Lucía!

Te damos la bienvenida a Filmin. Tu suscripción ya está activa.

Plan: Suscripción anual
Importe: 89,00 € (IVA incluido)
Fecha de alta: 08/12/2025
Renovación automática: 08/12/2026

Miles de películas y series independientes te esperan. ¡Que empiece la función!

El equipo de Filmin
Filmin, S.L. · Barcelona
"""
msg(
    "2025-12-08 19:47",
    FIL,
    "¡Bienvenida a Filmin! Confirmación de tu suscripción",
    t,
    paras_html(t),
    labels=["Filmin"],
)
t = """Hola, Lucía:

Te recordamos que tu suscripción anual a Filmin se renovará automáticamente el 8 de diciembre de 2026.

Importe de la renovación: 89 € (IVA incluido)
Forma de pago: Visa acabada en 3307

Si no quieres renovar, puedes cancelar la renovación automática desde Mi cuenta > Suscripción antes de esa fecha.

Gracias por un año de buen cine.

El equipo de Filmin
"""
msg(
    "2026-11-24 10:00",
    FIL,
    "Tu suscripción anual se renueva el 8 de diciembre",
    t,
    paras_html(t),
    labels=["Filmin"],
)

# ================================================================ ALTAFIT gym
ALT = ("Altafit Embajadores", "embajadores@altafitgymclub.com")
t = """¡Hola Lucía!

Bienvenida a Altafit Embajadores. Ya eres socia de nuestro club.

Número de socia: 20417
Tarifa: Cuota mensual Altafit - 29,90 €/mes
Matrícula: 0,00 € (promoción enero)
Primer recibo (prorrata enero): 23,15 €

A partir de febrero, la cuota se cobrará por domiciliación bancaria el día 1 de cada mes en la cuenta ES76 **** **** **** **** 4821.

Descárgate la app para reservar tus clases.

¡Nos vemos en el club!
Equipo Altafit
"""
msg("2026-01-07 18:30", ALT, "Bienvenida a Altafit", t, paras_html(t), labels=["Altafit"])
t = """Hola Lucía:

Tu banco nos ha devuelto el recibo de la cuota de abril (29,90 €).

Volveremos a presentarlo al cobro el 10/04/2026. A la cuota se le añadirán 3,00 € de gastos de devolución.

Para evitar que se bloquee tu acceso al club, comprueba que tu cuenta tiene saldo o actualiza tus datos bancarios en la app.

Equipo Altafit
"""
msg("2026-04-03 09:12", ALT, "Incidencia en el cobro de tu cuota", t, paras_html(t), labels=["Altafit"])
t = """Hola Lucía:

Hemos cobrado correctamente tu recibo pendiente.

Concepto: Cuota abril 2026 + gastos de devolución
Importe: 32,90 € (29,90 € + 3,00 €)
Fecha de cobro: 10/04/2026

Tu acceso al club está activo. ¡Gracias!

Equipo Altafit
"""
msg("2026-04-10 14:48", ALT, "Recibo cobrado", t, paras_html(t), labels=["Altafit"])
t = """Hola Lucía:

Te confirmamos el cobro de tu cuota de noviembre.

Socia: 20417
Concepto: Cuota mensual noviembre 2026
Importe: 29,90 € (IVA incluido)
Fecha de cargo: 01/11/2026

Equipo Altafit
"""
msg("2026-11-01 08:05", ALT, "Tu recibo de noviembre", t, paras_html(t), labels=["Altafit"])

# ================================================================ EL PAÍS
EP = ("EL PAÍS", "suscripciones@elpais.es")
t = """Hola, Lucía:

¡Gracias por suscribirte a EL PAÍS! Ya tienes acceso ilimitado a todas nuestras noticias, análisis y newsletters exclusivas.

Tu suscripción: EL PAÍS Digital (mensual)
Oferta de bienvenida: 1 € el primer mes
Después: 12 €/mes (IVA incluido)
Próximo cargo: 14/03/2026 - 12,00 €

Puedes gestionar tu suscripción en cualquier momento desde Mi cuenta.

Un saludo,
Atención al suscriptor de EL PAÍS
"""
msg("2026-02-14 22:15", EP, "Bienvenida a EL PAÍS", t, paras_html(t), labels=["El País"])
for d in ["2026-03-14", "2026-11-14"]:
    dd = D(d)
    nf = f"FD{dd.year}-{digits(7)}"
    t = f"""Hola, Lucía:

Te enviamos la factura de tu suscripción.

Nº de factura: {nf}
Fecha: {dmy(dd)}
Concepto: Suscripción EL PAÍS Digital - {MESES[dd.month - 1]} {dd.year}
Base imponible: 11,54 €
IVA (4%): 0,46 €
Total: 12,00 €

Cobrado en tu tarjeta terminada en 3307.

PRISA Noticias, S.L. - Miguel Yuste, 40 - 28037 Madrid
"""
    msg(
        f"{d} 06:0{dd.month % 10}",
        EP,
        f"Factura de tu suscripción a EL PAÍS - {nf}",
        t,
        paras_html(t),
        labels=["El País"],
    )
t = """La newsletter de la mañana

Buenos días. Estas son las noticias que debes conocer hoy: el Congreso debate los Presupuestos, la ola de calor se extiende al interior peninsular y el Real Madrid presenta a su nuevo fichaje.

Leer en elpais.com
"""
msg(
    "2026-06-18 07:00",
    ("EL PAÍS | La newsletter de la mañana", "newsletter@elpais.es"),
    "Congreso, calor y mercado de fichajes",
    t,
    paras_html(t),
    labels=[],
    slug="el-pais",
)

# ================================================================ ABONO TRANSPORTE recargas (base64)
TTP = ("Tarjeta Transporte Público", "no-reply@tarjetatransportepublico.crtm.es")
for d, h in [
    ("2026-01-07", "07:52"),
    ("2026-04-06", "08:03"),
    ("2026-10-03", "10:21"),
    ("2026-11-02", "08:14"),
]:
    dd = D(d)
    t = f"""Consorcio Regional de Transportes de Madrid

Justificante de recarga

Se ha realizado correctamente la recarga de tu Tarjeta Transporte Público.

Nº de tarjeta: 001 *** *** 4412
Título: Abono 30 días Zona A (Normal)
Importe: 21,80 €
Fecha y hora de la operación: {dmy(dd)} {h}
Forma de pago: tarjeta bancaria **** {CARD}
Código de operación: {digits(12)}

El abono es válido durante 30 días naturales desde su primera validación.

Este mensaje se ha generado automáticamente. Por favor, no responda.
"""
    msg(
        f"{d} {h}",
        TTP,
        "Justificante de recarga de tu Tarjeta Transporte Público",
        t,
        paras_html(t),
        labels=["Abono Transporte"],
        cte="b64",
    )

# ================================================================ APPLE receipts: HTML-only, base64
APL = ("Apple", "no_reply@email.apple.com")


def apple(d, items):
    dd = D(d)
    rows = ""
    sub = tax = tot = 0.0
    for name, dev, kind, renew, price in items:
        n, t_ = net_tax(price, 21)
        sub += n
        tax += t_
        tot += price
        rows += f"""<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>{name}</b><br>
<span style="color:#666;font-size:12px">{dev}<br>{kind}<br>Se renueva el {corto(renew)}</span></td>
<td align="right" style="padding:10px 0;border-bottom:1px solid #eee;vertical-align:top">{eur(price)}</td></tr>
"""
    html = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Recibo de Apple</title></head>
<body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="font-size:28px;padding:24px 0">Recibo</td></tr>
<tr><td><table width="100%" cellpadding="4" cellspacing="0" border="0" style="background:#fafafa;font-size:12px">
<tr><td><span style="color:#888">ID DE APPLE</span><br>lucia.fdez.ortega@gmail.com</td>
<td><span style="color:#888">FACTURADO A</span><br>Visa .... {CARD}<br>Lucía Fernández Ortega<br>C/ Embajadores 112<br>28045 Madrid<br>ESP</td></tr>
<tr><td><span style="color:#888">FECHA</span><br>{corto(dd)}</td><td><span style="color:#888">ID DE PEDIDO</span><br>M{"".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))}</td></tr>
<tr><td><span style="color:#888">N.º DE DOCUMENTO</span><br>{digits(12)}</td><td></td></tr>
</table></td></tr>
<tr><td style="padding-top:16px;font-size:14px;color:#888">App Store / iCloud</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px">
{rows}</table></td></tr>
<tr><td><table width="100%" cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
<tr><td align="right">Subtotal</td><td align="right" width="100">{eur(sub)}</td></tr>
<tr><td align="right">IVA al 21 %</td><td align="right">{eur(tax)}</td></tr>
<tr><td align="right"><b>TOTAL</b></td><td align="right"><b>{eur(tot)}</b></td></tr>
</table></td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:24px">Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, República de Irlanda. N.º de IVA: IE9700053D<br>
Cancelar una suscripción: Ajustes &gt; [tu nombre] &gt; Suscripciones.</td></tr>
</table></body></html>
"""
    labels = []
    for name, *_ in items:
        labels.append("Strava" if name.startswith("Strava") else "iCloud+")
    msg(
        f"{d} 0{3 + len(items)}:1{dd.month % 10}",
        APL,
        "Tu recibo de Apple",
        html=html,
        labels=labels,
        cte="b64",
        tz="utc",
    )


ICL = ("iCloud+ con 200 GB de almacenamiento", "iCloud", "Mensual")
apple("2026-01-14", [(ICL[0], "iCloud", "iCloud+ 200 GB (mensual)", D("2026-02-14"), 2.99)])
apple(
    "2026-03-14",
    [
        (ICL[0], "iCloud", "iCloud+ 200 GB (mensual)", D("2026-04-14"), 2.99),
        ("Strava: Run, Bike, Hike", "Suscripción Strava", "Strava (anual)", D("2027-03-14"), 59.99),
    ],
)
apple("2026-07-14", [(ICL[0], "iCloud", "iCloud+ 200 GB (mensual)", D("2026-08-14"), 2.99)])
apple("2026-11-14", [(ICL[0], "iCloud", "iCloud+ 200 GB (mensual)", D("2026-12-14"), 2.99)])

# ================================================================ GOOGLE PLAY (YouTube Premium), base64
GP = ("Google Play", "googleplay-noreply@google.com")
for d, tm in [("2026-03-22", "09:41:13"), ("2026-07-22", "09:40:57"), ("2026-11-22", "09:41:02")]:
    dd = D(d)
    nx = add_months(dd, 1)
    zone = "CEST" if madrid_offset(dt.datetime(dd.year, dd.month, dd.day, 9)) == 2 else "CET"
    t = f"""Google Play

Gracias. Has hecho un pedido en Google Play.

Número de pedido: GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}
Fecha del pedido: {dd.day} {MES3[dd.month - 1]} {dd.year} {tm} {zone}
Tu cuenta: lucia.fdez.ortega@gmail.com

Artículo: YouTube Premium (YouTube)
Precio: 13,99 €/mes
Renovación automática: {nx.day} {MES3[nx.month - 1]} {nx.year}

Total: 13,99 €/mes (incluye IVA de 2,43 €)

Método de pago: Visa-{CARD}

Puedes gestionar tus suscripciones en Google Play Store > Pagos y suscripciones.
Google Commerce Limited
"""
    msg(
        f"{d} {tm[:5]}",
        GP,
        f"Tu recibo de Google Play del {dd.day} {MES3[dd.month - 1]} {dd.year}",
        t,
        paras_html(t),
        labels=["YouTube Premium"],
        cte="b64",
        tz="pst",
    )

# ================================================================ AMAZON: Prime + orders (HTML tables)
AMZ_P = ("Amazon.es", "prime@amazon.es")
t = """Hola, Lucía:

Te recordamos que tu suscripción anual a Amazon Prime se renovará automáticamente el 3 de febrero de 2026.

Cuota anual: 49,90 € (IVA incluido)
Método de pago: Visa terminada en 3307

No tienes que hacer nada para seguir disfrutando de envíos rápidos gratis, Prime Video y Prime Gaming. Si no quieres renovar, puedes finalizar tu suscripción en Tu cuenta > Gestionar mi suscripción Prime.

Gracias por ser cliente Prime.
Amazon.es
"""
msg(
    "2026-01-27 14:20",
    AMZ_P,
    "Tu suscripción Prime se renovará pronto",
    t,
    paras_html(t),
    labels=["Amazon Prime"],
    tz="utc",
    slug="amazon",
)
t = """Hola, Lucía:

Gracias por seguir con Prime. Hemos renovado tu suscripción anual.

Importe cobrado: 49,90 €
Fecha de cobro: 3 de febrero de 2026
Próxima renovación: 3 de febrero de 2027

Amazon EU S.à r.l., Sucursal en España
"""
msg(
    "2026-02-03 06:55",
    AMZ_P,
    "Confirmación de la renovación de tu suscripción Prime",
    t,
    paras_html(t),
    labels=["Amazon Prime"],
    tz="utc",
    slug="amazon",
)

AMZ = ("Amazon.es", "confirmar-envio@amazon.es")


def amazon_order(d, item, price, qty=1):
    dd = D(d)
    pedido = f"40{R.randint(1, 9)}-{digits(7)}-{digits(7)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="padding:12px 0;font-size:22px"><b>amazon</b>.es</td><td align="right">Confirmación de pedido</td></tr>
<tr><td colspan="2" style="padding:12px 0">Hola Lucía,<br>Gracias por tu pedido. Te avisaremos cuando se hayan enviado los artículos.</td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-top:2px solid #e47911">
<tr><td>Pedido n.º <a href="#">{pedido}</a></td><td align="right">Realizado el {largo(dd)}</td></tr>
<tr><td>{item}<br><span style="color:#555">Cantidad: {qty}<br>Vendido por: Amazon EU S.à r.l.</span></td><td align="right">{eur(price * qty)}</td></tr>
<tr><td align="right">Envío:</td><td align="right">0,00 €</td></tr>
<tr><td align="right"><b>Total del pedido:</b></td><td align="right"><b>{eur(price * qty)}</b></td></tr>
</table></td></tr>
<tr><td colspan="2" style="padding:12px 0;color:#555;font-size:12px">Los precios incluyen IVA. Esta factura no es válida como justificante fiscal; puedes descargar la factura desde Mis pedidos.</td></tr>
</table></body></html>
"""
    msg(
        f"{d} 2{dd.day % 4}:0{dd.month % 10}",
        AMZ,
        f'Tu pedido de Amazon.es de "{item[:40]}"',
        html=html,
        labels=[],
        tz="utc",
        slug="amazon",
    )
    ship = dd + dt.timedelta(days=2)
    t = f"""Hola Lucía:

Tu paquete está en camino. Entrega prevista: {largo(ship + dt.timedelta(days=1))}.

Pedido n.º {pedido}
{item}

Transportista: Amazon Logistics
Puedes seguir tu paquete en Mis pedidos.
"""
    msg(
        f"{ship.isoformat()} 1{dd.day % 10}:3{dd.month % 10}",
        AMZ,
        f'Enviado: "{item[:40]}"',
        t,
        paras_html(t),
        labels=[],
        tz="utc",
        slug="amazon",
    )


amazon_order("2025-12-02", "Cafetera Nespresso Vertuo Next, Negro", 89.99)
amazon_order("2026-06-08", "ISDIN Fotoprotector Fusion Water SPF 50, 50 ml", 16.45, 2)
amazon_order("2026-11-23", "Auriculares Sony WH-1000XM5 inalámbricos", 279.00)
t = """Black Friday en Amazon.es

Ofertas de hasta el 40 % en electrónica, hogar y moda. Los miembros Prime acceden 30 minutos antes a las Ofertas Flash.

Kindle Paperwhite: 129,99 € 169,99 €
Echo Dot (5.ª gen.): 29,99 € 64,99 €
"""
msg(
    "2026-11-20 09:00",
    ("Amazon.es", "ofertas@amazon.es"),
    "Empieza la Black Friday: ofertas de hasta el 40 %",
    t,
    paras_html(t),
    labels=[],
    tz="utc",
    slug="amazon",
)

# ================================================================ DINAHOSTING + PAYPAL
DINA = ("dinahosting", "facturacion@dinahosting.com")
msg(
    "2026-03-06 08:00",
    DINA,
    "Aviso de renovación: fernandezortega.es",
    """Hola Lucía,

Te recordamos que el dominio fernandezortega.es caduca el 05/04/2026.

Tienes activada la renovación automática, así que no tienes que hacer nada: ese día renovaremos el dominio por 1 año y realizaremos el cargo en tu método de pago predeterminado (PayPal).

Concepto: Renovación dominio .es - 1 año
Importe: 11,90 € + 21% IVA (2,50 €) = 14,40 €

Si no quieres renovarlo, desactiva la renovación automática desde tu Panel de Control.

Un saludo,
El equipo de dinahosting
Dinahosting S.L. · Santiago de Compostela
""",
    labels=["Dinahosting"],
)
PP = ("PayPal", "service@paypal.es")
t = """Hola, Lucía Fernández Ortega:

Has enviado un pago automático de 14,40 € EUR a Dinahosting S.L.

Puede que el vendedor tarde un poco en confirmar el pago.

Vendedor: Dinahosting S.L.
Correo electrónico del vendedor: facturacion@dinahosting.com
Id. de transacción: 7HX{txid}
Fecha de la transacción: 5 de abril de 2026

Descripción: Renovación dominio fernandezortega.es (1 año)
Importe: 14,40 € EUR
Total: 14,40 € EUR
Pagado con: BBVA cuenta x-4821 14,40 € EUR

Acuerdo de pago automático: dinahosting.com

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""".replace("{txid}", digits(14))
msg("2026-04-05 04:12", PP, "Recibo de su pago a Dinahosting S.L.", t, paras_html(t), labels=["Dinahosting"])
t = """Hola, Lucía Fernández Ortega:

Has enviado 36,00 € EUR a Marta Gil Herranz.

Nota: regalo Bea 🎁
Id. de transacción: 3PN{txid}
""".replace("{txid}", digits(14))
msg("2026-09-28 20:31", PP, "Has enviado un pago a Marta Gil Herranz", t, paras_html(t), labels=[])

# ================================================================ OPENAI (English, Stripe-style)
OAI = ("OpenAI", "invoice+statements@tm.openai.com")
for d in ["2026-01-06", "2026-06-06", "2026-11-06"]:
    dd = D(d)
    nx = add_months(dd, 1)
    rc = f"{digits(4)}-{digits(4)}"
    t = f"""Receipt from OpenAI Ireland Limited

Amount paid      €23.00
Date paid        {MON_EN[dd.month - 1]} {dd.day}, {dd.year}
Payment method   Visa - {CARD}

Receipt #{rc}

{MON_EN[dd.month - 1]} {dd.day} – {MON_EN[nx.month - 1]} {nx.day}, {nx.year}

ChatGPT Plus Subscription      Qty 1      €19.01
Subtotal                                  €19.01
VAT - Spain (21% on €19.01)               €3.99
Total                                     €23.00
Amount paid                               €23.00

Questions? Visit help.openai.com

OpenAI Ireland Limited, 1st Floor, The Liffey Trust Centre, 117-126 Sheriff Street Upper, Dublin 1, D01 YC43, Ireland
"""
    html = table_html(
        "Receipt from OpenAI Ireland Limited",
        [
            ("Amount paid", "€23.00"),
            ("Date paid", f"{MON_EN[dd.month - 1]} {dd.day}, {dd.year}"),
            ("Payment method", f"Visa - {CARD}"),
            ("ChatGPT Plus Subscription × 1", "€19.01"),
            ("VAT - Spain (21% on €19.01)", "€3.99"),
            ("Total", "€23.00"),
        ],
        intro=f"Receipt #{rc}",
        outro="Questions? Visit help.openai.com",
        brand="#10a37f",
    )
    msg(
        f"{d} 1{dd.month % 10}:44",
        OAI,
        f"Your receipt from OpenAI #{rc}",
        t,
        html,
        labels=["ChatGPT Plus"],
        tz="utc",
    )

# ================================================================ GLOVO Prime + orders
GLO = ("Glovo", "noreply@glovoapp.com")
t = """¡Ya eres Prime! 💛

Hola Lucía, gracias por unirte a Glovo Prime.

Envíos gratis ilimitados en pedidos de más de 15 € y tarifas de servicio reducidas.
Precio: 5,99 €/mes
Tu suscripción se renovará automáticamente el día 10 de cada mes. Puedes cancelarla cuando quieras desde tu perfil.

El equipo de Glovo
"""
msg("2026-01-10 21:14", GLO, "¡Bienvenida a Glovo Prime!", t, paras_html(t), labels=["Glovo Prime"])
t = """Hola Lucía:

No hemos podido procesar el pago de 5,99 € de tu suscripción Glovo Prime. Parece que tu tarjeta ha caducado.

Actualiza tu método de pago en los próximos 7 días para no perder tus ventajas Prime.

El equipo de Glovo
"""
msg(
    "2026-08-10 10:02",
    GLO,
    "Hay un problema con el pago de tu suscripción Prime",
    t,
    paras_html(t),
    labels=["Glovo Prime"],
)
t = """Hola Lucía:

Como no hemos podido cobrar la cuota mensual de 5,99 €, tu suscripción a Glovo Prime ha finalizado.

Ya no disfrutarás de envíos gratis en tus pedidos. Puedes volver a suscribirte cuando quieras desde la app.

El equipo de Glovo
"""
msg("2026-08-17 10:05", GLO, "Tu suscripción Prime ha finalizado", t, paras_html(t), labels=["Glovo Prime"])


def glovo_order(when, shop, items, total, delivery):
    lines = "\n".join(f"{q}x {n}  {eur(p)}" for q, n, p in items)
    t = f"""Hola Lucía, ¡tu pedido ya está en camino!

{shop}
{lines}

Envío: {delivery}
Total: {eur(total)}
Pagado con tarjeta •••• {CARD}

¡Que aproveche!
Glovo
"""
    msg(when, GLO, f"Tu pedido de {shop}", t, paras_html(t), labels=[])


glovo_order(
    "2026-02-02 21:40",
    "Goiko Embajadores",
    [(1, "Kevin Bacon", 13.90), (1, "Patatas Bacon Cheese", 6.50)],
    20.40 + 1.49,
    "0,00 € (Prime) · Tarifa de servicio 1,49 €",
)
glovo_order(
    "2026-10-10 14:25",
    "Carrefour Express",
    [(1, "Compra supermercado", 27.35)],
    27.35 + 2.99 + 1.49,
    "2,99 € · Tarifa de servicio 1,49 €",
)

# ================================================================ NEGATIVES: other senders
CAB = ("Cabify", "no-reply@cabify.com")
for when, frm_, to_, amt in [
    ("2026-01-05 01:48", "Calle de la Princesa, 5", "Calle de Embajadores, 112", 14.35),
    ("2026-04-20 07:12", "Calle de Embajadores, 112", "Aeropuerto Adolfo Suárez Madrid-Barajas T4", 31.80),
]:
    t = f"""Gracias por viajar con Cabify, Lucía

Origen: {frm_}
Destino: {to_}
Vehículo: Toyota Corolla · Conductor: Andrés

Total: {eur(amt)}
IVA (10 %) incluido
Pagado con Visa •••• {CARD}
"""
    msg(when, CAB, "Tu viaje con Cabify", t, paras_html(t), labels=[])

REN = ("Renfe", "venta@renfe.com")
msg(
    "2025-12-18 19:03",
    REN,
    "Confirmación de compra - Localizador QX7K2M",
    """Renfe - Confirmación de compra

Localizador: QX7K2M
Trayecto: MADRID-PUERTA DE ATOCHA ALMUDENA GRANDES - VALENCIA JOAQUIN SOROLLA
Fecha: 23/12/2025  Salida: 09:40  Llegada: 11:32
Tren: AVE 05121  Tarifa: Básico
Viajeros: 2 (LUCIA FERNANDEZ ORTEGA, JAVIER MORALES RUIZ)

Importe total: 58,40 €

Le recomendamos estar en la estación con antelación suficiente para pasar el control de equipajes.
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)
msg(
    "2026-07-02 12:20",
    REN,
    "Restablecer contraseña",
    """Hola,

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta Renfe.

Pulsa en el siguiente enlace para crear una nueva contraseña (válido durante 24 horas):
https://venta.renfe.com/vol/reset?token=a81f0c2e

Si no has solicitado este cambio, ignora este mensaje.
""",
    labels=[],
)
msg(
    "2026-07-06 18:47",
    REN,
    "Confirmación de compra - Localizador ZB4R9T",
    """Renfe - Confirmación de compra

Localizador: ZB4R9T
Trayecto: MADRID-CHAMARTIN-CLARA CAMPOAMOR - SANTANDER
Fecha: 01/08/2026  Salida: 08:35  Llegada: 12:04
Tren: ALVIA 04071  Tarifa: Elige
Viajeros: 2

Importe total: 96,30 €
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)

IB = ("Iberia", "confirmacion@iberia.com")
t = """Hola Lucía,

Tu reserva está confirmada. Código de reserva: 5LMQTR

Madrid (MAD) - Lisboa (LIS)  IB3104  15 MAY 2026  07:05 - 07:25
Lisboa (LIS) - Madrid (MAD)  IB3109  18 MAY 2026  20:15 - 22:35

Pasajeros: LUCIA FERNANDEZ ORTEGA, JAVIER MORALES RUIZ
Tarifa: Economy Basic

Precio total: 187,46 EUR (tasas incluidas)
"""
msg("2026-04-28 13:50", IB, "Confirmación de tu reserva 5LMQTR", t, paras_html(t), labels=[])

BK = ("Booking.com", "noreply@booking.com")
for when, place, dates, total in [
    ("2026-02-20 23:10", "Casa Rural El Mirador de Sigüenza", "6 mar. 2026 - 8 mar. 2026", "236 €"),
    ("2026-07-20 11:32", "Hotel Bahía Santander", "1 ago. 2026 - 5 ago. 2026", "€ 412"),
]:
    t = f"""¡Gracias, Lucía! Tu reserva en {place} está confirmada.

Fechas: {dates}
Precio total: {total}
Pagarás en el alojamiento. Cancelación gratuita hasta 3 días antes de la llegada.

Número de confirmación: {digits(10)}
"""
    msg(when, BK, f"Reserva confirmada: {place}", t, paras_html(t), labels=[])

BBVA = ("BBVA", "alertas@bbva.es")
msg(
    "2025-12-14 11:02",
    BBVA,
    "Has enviado un Bizum",
    """BBVA

Has enviado un Bizum de 20,00 € a MARIA ORTEGA.
Concepto: Loteria Navidad
Fecha: 14/12/2025

Si no reconoces esta operación, llámanos al 91 224 94 26.
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)
msg(
    "2026-02-22 10:15",
    BBVA,
    "Has enviado un Bizum",
    """BBVA

Has enviado un Bizum de 59,00 € a MARTA GIL HERRANZ.
Concepto: casa rural
Fecha: 22/02/2026
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)
msg(
    "2026-07-12 19:40",
    BBVA,
    "Compra con tu tarjeta",
    """BBVA

Se ha realizado una compra con tu tarjeta ****3307.
Comercio: MERCADONA EMBAJADORES
Importe: 87,40 EUR
Fecha: 12/07/2026 19:39
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)
msg(
    "2026-10-16 09:00",
    BBVA,
    "Has recibido un Bizum",
    """BBVA

Has recibido un Bizum de 40,00 € de JAVIER MORALES RUIZ.
Concepto: regalo papá
Fecha: 16/10/2026
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)

AEAT = ("Agencia Tributaria", "notificaciones@correo.aeat.es")
msg(
    "2026-04-08 09:00",
    AEAT,
    "Campaña de Renta 2025: ya puede consultar sus datos fiscales",
    """AGENCIA TRIBUTARIA

Estimado/a contribuyente:

Le informamos de que desde el 8 de abril de 2026 puede consultar sus datos fiscales y confirmar o modificar su borrador de la declaración de la Renta 2025 a través de Renta WEB.

Acceda con Cl@ve, certificado electrónico o número de referencia en www.agenciatributaria.gob.es.
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)
msg(
    "2026-05-15 17:22",
    AEAT,
    "Justificante de presentación - Modelo 100",
    """AGENCIA TRIBUTARIA

Declaración de la Renta 2025 (Modelo 100) presentada correctamente.

NIF: *****412T
Número de justificante: 1002026471234
Resultado de la declaración: a devolver 312,45 euros
Fecha y hora de presentación: 15-05-2026 17:21

Conserve este justificante.
""",
    labels=[],
    cs="windows-1252",
    hcs="windows-1252",
)

MOV = ("Movistar Plus+", "ofertas@info.movistar.es")
for when, subj, body in [
    (
        "2026-01-20 12:00",
        "Todo el fútbol y las mejores series, desde 9,99 €/mes",
        "Contrata Movistar Plus+ Lite por 9,99 €/mes y disfruta de series, cine y deportes.\n\nLaLiga y Champions: añádelo por 29,99 €/mes más.\n\nOferta válida para nuevos clientes.",
    ),
    (
        "2026-10-20 12:00",
        "Vuelve la Champions a Movistar Plus+",
        "Hazte con Movistar Plus+ y vive la Champions League. Ahora, primeros 3 meses a mitad de precio: 14,99 €/mes; después 29,99 €/mes.\n\nSin permanencia.",
    ),
]:
    msg(when, MOV, subj, body + "\n", paras_html(body), labels=[])
t = "Pásate a Vodafone: Fibra 1 Gb + 2 líneas móviles con datos ilimitados por 30 €/mes durante 12 meses (después 48 €/mes).\n\nLlama gratis al 1444 o entra en vodafone.es."
msg(
    "2026-03-18 11:30",
    ("Vodafone", "ofertas@vodafone.es"),
    "Lucía, te regalamos 6 meses a precio reducido",
    t,
    paras_html(t),
    labels=[],
)
t = "Alarma Securitas Direct con Verisure: protección 24 h conectada a Central Receptora.\n\nAhora desde 39,90 €/mes con la instalación gratis. Pide tu presupuesto sin compromiso."
msg(
    "2026-03-10 10:10",
    ("Securitas Direct", "info@securitasdirect.es"),
    "Protege tu hogar desde 39,90 €/mes",
    t,
    paras_html(t),
    labels=[],
)

ECF = ("El Confidencial", "newsletter@elconfidencial.com")
t = "Buenos días.\n\nEl Banco de España rebaja la previsión de crecimiento; el Euríbor sigue bajando y las hipotecas variables se abaratan.\n\nLea las claves del día en elconfidencial.com"
msg(
    "2026-05-05 07:30",
    ECF,
    "Las claves del día: Euríbor, hipotecas y Presupuestos",
    t,
    paras_html(t),
    labels=[],
)

IDE = ("idealista", "alertas@idealista.com")
for when, n in [("2026-11-02 20:00", 2)]:
    t = f"""Hola Lucía,

Hay {n} pisos nuevos que encajan con tu búsqueda "Chamberí, hasta 380.000 €, 2 dormitorios":

Piso en calle de Trafalgar, 78 m², 3ª planta con ascensor - 365.000 €
Piso en calle de Fuencarral, 70 m², exterior - 349.000 €

Ver todos en idealista.com
"""
    msg(when, IDE, f"{n} pisos nuevos en tu búsqueda de Chamberí", t, paras_html(t), labels=[])

WAL = ("Wallapop", "noreply@wallapop.com")
msg(
    "2026-02-14 16:44",
    WAL,
    "¡Enhorabuena! Has vendido Silla de paseo Bugaboo",
    """¡Has vendido Silla de paseo Bugaboo!

Precio de venta: 145 €
El comprador ha pagado con Wallapop Envíos. Recibirás el dinero en tu monedero cuando confirme la recepción.
""",
    labels=[],
)
msg(
    "2026-09-20 12:11",
    WAL,
    "Compra confirmada: Bicicleta urbana Orbea",
    """Tu compra está confirmada

Bicicleta urbana Orbea Vibe
Precio: 120,00 €
Protección Wallapop: 6,25 €
Total: 126,25 €
""",
    labels=[],
)

msg(
    "2026-07-28 22:10",
    ("Tricount", "no-reply@tricount.com"),
    'Javier ha añadido un gasto en "Santander 2026"',
    'Javier ha añadido "Gasolina" (62,00 €) en el tricount Santander 2026.\n\nTu saldo: -31,00 €\n',
    labels=[],
)
msg(
    "2026-04-12 18:05",
    ("Médicos Sin Fronteras", "socios@msf.es"),
    "Gracias por tu donativo",
    """Querida Lucía:

Hemos recibido tu donativo de 50 € para nuestra emergencia en Sudán. Gracias por tu generosidad.

Recuerda que los donativos desgravan en la declaración de la Renta. Te enviaremos el certificado a principios del próximo año.

Médicos Sin Fronteras
""",
    labels=[],
)

ZAR = ("ZARA", "noreply@zara.com")
msg(
    "2025-12-20 17:33",
    ZAR,
    "Gracias por tu compra",
    """Hola LUCÍA,

Hemos recibido tu pedido nº 51234987120.

ABRIGO LANA MEZCLA - Talla M - 89,95 EUR
JERSEY PUNTO - Talla M - 35,95 EUR

Total: 125,90 EUR
Envío a tienda: gratuito
""",
    labels=[],
)
msg(
    "2026-10-03 21:00",
    ZAR,
    "Restablece tu contraseña",
    "Hola,\n\nPara restablecer tu contraseña de zara.com pulsa en el enlace siguiente. Caduca en 1 hora.\n",
    labels=[],
)

ECI = ("El Corte Inglés", "pedidos@elcorteingles.es")
msg(
    "2026-09-02 12:30",
    ECI,
    "Confirmación de tu pedido 0918273645",
    html=table_html(
        "Gracias por tu compra",
        [
            ("Pedido", "0918273645"),
            ("Lavavajillas Bosch Serie 4 SMS4HTI45E", "449,00 €"),
            ("Instalación y retirada del antiguo", "0,00 €"),
            ("Total", "449,00 €"),
        ],
        intro="Hola Lucía, hemos recibido tu pedido.",
        outro="Entrega prevista: 05/09/2026.",
        brand="#00833e",
    ),
    labels=[],
)

IKEA = ("IKEA", "noreply@ikea.es")
msg(
    "2026-03-01 11:45",
    IKEA,
    "Confirmación de tu pedido IKEA 1398274651",
    html=table_html(
        "¡Gracias por tu pedido!",
        [
            ("KALLAX estantería, blanco", "69,99 €"),
            ("MALM cómoda 6 cajones", "199,00 €"),
            ("Servicio de entrega", "43,01 €"),
            ("Total (IVA incluido)", "312,00 €"),
        ],
        intro="Hej Lucía,",
        outro="Te avisaremos cuando tengamos la fecha de entrega.",
        brand="#0058a3",
    ),
    labels=[],
)

AUD = ("Audible", "no-reply@audible.es")
t = """Hola Lucía:

¡Tu prueba gratuita de 30 días ha empezado! Escucha todo lo que quieras del catálogo.

Tu prueba termina el 21 de enero de 2026. Después, tu suscripción costará 9,99 €/mes, salvo que la canceles antes.
"""
msg("2025-12-22 23:02", AUD, "Bienvenida a Audible", t, paras_html(t), labels=[])
t = """Hola Lucía:

Hemos cancelado tu prueba gratuita de Audible, tal y como solicitaste. No se te cobrará nada.

Podrás volver cuando quieras.
"""
msg("2026-01-18 13:14", AUD, "Confirmación de la cancelación", t, paras_html(t), labels=[])

msg(
    "2026-06-15 16:00",
    ("LinkedIn", "premium@linkedin.com"),
    "Lucía, try Premium for €0",
    "Get hired faster with LinkedIn Premium Career. Try 1 month for €0.\n\nAfter your free month, €39.99/month. Cancel anytime.\n",
    labels=[],
    tz="utc",
    slug="linkedin",
)
msg(
    "2026-06-25 18:00",
    ("Duolingo", "hello@duolingo.com"),
    "¡60 % de descuento en Super Duolingo!",
    "Solo durante 48 horas: Super Duolingo por 47,99 €/año (antes 119,99 €). Aprende sin anuncios y con vidas ilimitadas.\n",
    labels=[],
    tz="utc",
)
msg(
    "2025-12-04 08:31",
    ("SEUR", "notificaciones@seur.com"),
    "Tu envío llegará hoy",
    "Hola LUCIA,\n\nTu envío de AMAZON EU llegará hoy entre las 10:00 y las 14:00.\n",
    labels=[],
)
msg(
    "2026-09-14 08:00",
    ("DGT - Dirección Electrónica Vial", "dev@dgt.es"),
    "Tiene una nueva notificación en su DEV",
    "Estimado/a ciudadano/a:\n\nTiene una nueva notificación en su Dirección Electrónica Vial (DEV). Acceda con Cl@ve para consultarla.\nDispone de 10 días naturales para acceder antes de que se entienda practicada.\n",
    labels=[],
    cs="iso-8859-1",
    hcs="iso-8859-1",
    slug="dgt",
)
msg(
    "2026-01-02 07:00",
    ("Canal de Isabel II", "atencioncliente@canaldeisabelsegunda.es"),
    "Aviso de corte programado de suministro",
    "Le informamos de que el día 8/01/2026 entre las 9:00 y las 13:00 se interrumpirá el suministro de agua en C/ Embajadores 100-120 por obras de mejora en la red.\nDisculpe las molestias.\n",
    labels=[],
    slug="canal-isabel-ii",
)

NEX = ("Portal del Empleado - Grupo Nexia", "rrhh@gruponexia.es")
for when, mes, neto in [
    ("2026-02-27 14:00", "febrero", "2.184,52 €"),
    ("2026-10-29 14:00", "octubre", "2.231,10 €"),
]:
    msg(
        when,
        NEX,
        f"Tu nómina de {mes} ya está disponible",
        f"Hola Lucía,\n\nYa puedes consultar tu nómina de {mes} de 2026 en el Portal del Empleado.\nLíquido a percibir: {neto}\n\nRRHH Grupo Nexia\n",
        labels=[],
        slug="grupo-nexia",
    )

MAMA = ("María Ortega", "mariaortega58@hotmail.com")
msg(
    "2025-12-10 20:42",
    MAMA,
    "Lotería",
    """Hola hija,

Te he cogido una participación de la lotería del pueblo, son 20 euros. Ya me los pasas por el Bizum ese cuando puedas. El número es el 48213, a ver si hay suerte este año.

¿Venís al final el 24? Dile a Javi que traiga el vino.

Besos,
Mamá
""",
    labels=[],
    hcs="utf-8",
)
msg(
    "2026-10-15 11:30",
    MAMA,
    "Re: regalo papá",
    """Vale, entonces ponemos 40 euros cada uno y le compramos el reloj. Tu hermano dice que lo encarga él.

Un beso
""",
    labels=[],
)
MARTA = ("Marta Gil", "martagilh@gmail.com")
msg(
    "2026-02-21 13:05",
    MARTA,
    "Casa rural Sigüenza 🏡",
    """¡Hola parejita!

Ya está reservada la casa de Sigüenza para el 6-8 de marzo. Sale a 236 € en total, así que son 59 € por pareja. Me hacéis Bizum cuando podáis.

¡Qué ganas!
Marta
""",
    labels=[],
)
msg(
    "2025-12-16 09:00",
    ("Loterías del Pueblo - Peña El Olivar", "penaelolivar@gmail.com"),
    "Participaciones Lotería de Navidad 2025",
    "Os recordamos que las participaciones del número 48213 ya están repartidas. Cada participación de 20 € juega 16 €. ¡Suerte a todos!\n",
    labels=[],
    slug="loterias-del-pueblo",
)


# ================================================================ write out
def main():
    MESSAGES.sort(key=lambda m: (m["aware"].astimezone(dt.UTC), m["frm"][1], m["subject"]))
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    if os.path.exists(mbox_path):
        os.remove(mbox_path)
    box = mailbox.mbox(mbox_path, create=True)
    index = []
    names = {t["name"] for t in TRUTHS}
    for i, m in enumerate(MESSAGES, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        em = build(m)
        fname = f"{i:03d}-{m['local'].strftime('%Y%m%d')}-{m['slug']}.eml"
        data = em.as_bytes()
        with open(os.path.join(eml_dir, fname), "wb") as f:
            f.write(data)
        mm = mailbox.mboxMessage(em)
        mm.set_from(m["frm"][1], email.utils.parsedate(em["Date"]))
        box.add(mm)
        index.append({"file": fname, "from": m["frm"][0], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")

    dump("truth.json", TRUTHS)
    dump("meta.json", {"today": TODAY, "messages": len(MESSAGES), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    print(
        f"{len(MESSAGES)} messages, {len(TRUTHS)} truths, "
        f"{sum(1 for m in MESSAGES if not m['labels'])} without label"
    )


if __name__ == "__main__":
    main()
