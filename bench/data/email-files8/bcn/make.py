"""Mailbox of Núria Puig, freelance photographer in Barcelona (EUR; Spanish, Catalan, some English).

Seeded and deterministic: rerunning writes the same bytes.
Run from /work/main:  .venv/bin/python bench/data/email-files8/bcn/make.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 30)
RNG = random.Random(80208)
ME = "nuria.puig.foto@gmail.com"
ME_NAME = "Núria Puig"
TO = f"{ME_NAME} <{ME}>"
POL = policy.default.clone(linesep="\n", max_line_length=78)

MESSAGES: list[dict] = []  # each: dt, msg (EmailMessage), labels, slug, from_name, subject


def madrid(y, mo, d, h=9, mi=0, s=0):
    """An aware datetime in Europe/Madrid (CET/CEST, 2025-2026 DST rules)."""
    naive = datetime(y, mo, d, h, mi, s)
    summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def in_tz(dt, hours):
    """The same instant shown in another fixed offset (senders stamp their own zone)."""
    return dt.astimezone(timezone(timedelta(hours=hours)))


def eur(x, sym=True):
    """Spanish format: 1.234,56 €"""
    q = Decimal(str(x)).quantize(Decimal("0.01"))
    ent, dec = f"{q:.2f}".split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    s = ("-" if neg else "") + ".".join(groups) + "," + dec
    return s + " €" if sym else s


def iva(total, rate=21):
    """Split a VAT-inclusive total into base and tax."""
    t = Decimal(str(total))
    base = (t / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"))
    return base, t - base


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


MES = [
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
MES_CA = [
    "gener",
    "febrer",
    "març",
    "abril",
    "maig",
    "juny",
    "juliol",
    "agost",
    "setembre",
    "octubre",
    "novembre",
    "desembre",
]
MONTH_EN = [
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


def es_long(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def ca_mes(m):
    n = MES_CA[m - 1]
    return ("d'" if n[0] in "aeiou" else "de ") + n


def hexid(n=16):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:40]


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
    b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def add(
    dt,
    from_name,
    from_addr,
    subject,
    *,
    text=None,
    html=None,
    labels=(),
    slug=None,
    cs="utf-8",
    cte="quoted-printable",
    html_cte=None,
    to=TO,
    extra=None,
    pdf=None,
    msgid_domain=None,
    reply_to=None,
):
    """Build one RFC 5322 message the way the sender would and queue it."""
    m = EmailMessage(policy=POL)
    m["From"] = f"{from_name} <{from_addr}>" if from_name else from_addr
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    dom = msgid_domain or from_addr.split("@")[1]
    m["Message-ID"] = f"<{hexid(8)}.{hexid(12)}@{dom}>"
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, subtype="plain", charset=cs, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=cs, cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", charset=cs, cte=html_cte or cte)
    if pdf:
        m.add_attachment(
            FAKE_PDF + pdf.encode("ascii", "ignore"), maintype="application", subtype="pdf", filename=pdf
        )
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{n}_{digits(9)}.{digits(13)}")
    MESSAGES.append(
        {
            "dt": dt,
            "msg": m,
            "labels": list(labels),
            "from_name": from_name or from_addr,
            "from_addr": from_addr,
            "subject": subject,
            "slug": slug or slugify(from_name or from_addr),
        }
    )


def table(rows, style="border-collapse:collapse;width:100%;font-family:Arial,sans-serif;font-size:14px"):
    """A simple HTML table as billers send them: rows of (label, value[, bold])."""
    out = [f'<table role="presentation" cellpadding="6" cellspacing="0" style="{style}">']
    for r in rows:
        b = len(r) > 2 and r[2]
        tag = ("<strong>", "</strong>") if b else ("", "")
        out.append(
            f'<tr><td style="border-bottom:1px solid #e5e5e5">{tag[0]}{r[0]}{tag[1]}</td>'
            f'<td align="right" style="border-bottom:1px solid #e5e5e5">{tag[0]}{r[1]}{tag[1]}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def page(title, body, footer, color="#333333", logo=""):
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font:bold 20px Arial,sans-serif">{logo or title}</td></tr>
<tr><td style="padding:24px;font:14px/1.5 Arial,sans-serif;color:#222222">
{body}
</td></tr>
<tr><td style="padding:16px 24px;font:11px/1.4 Arial,sans-serif;color:#888888;background:#fafafa">
{footer}
</td></tr></table></td></tr></table></body></html>
"""


# ---------------------------------------------------------------- utilities ---------------------

ADDR = "C/ de Sardenya, 312, 3r 2a, 08025 Barcelona"
IBAN_TAIL = "ES** **** **** **** **** 4417"


def iberdrola():
    cups = "ES0031405" + digits(10) + "JN0F"
    contrato = digits(12)
    lbl = ["Iberdrola"]
    foot = (
        "Iberdrola Clientes, S.A.U. · CIF A95758389 · Plaza Euskadi 5, 48009 Bilbao.<br>"
        "Este correo se ha enviado de forma automática; por favor, no respondas. "
        "Si no quieres recibir comunicaciones comerciales, <a href='https://www.iberdrola.es/baja'>date de baja aquí</a>."
    )
    plan = [(2025, 12, 52.00), (2026, 4, 52.00), (2026, 6, 52.00), (2026, 10, 49.50), (2026, 11, 49.50)]
    for i, (y, mo, amt) in enumerate(plan):
        em = date(y, mo, 9)
        cargo = date(y, mo, 16)
        nfac = f"21{y % 100}{mo:02d}{digits(8)}"
        per_ini = date(y if mo > 1 else y - 1, mo - 1 if mo > 1 else 12, 8)
        per_fin = em - timedelta(days=1)
        kwh = RNG.randint(150, 260)
        body = f"""<p>Hola, NÚRIA:</p>
<p><strong>Tu factura ya está disponible</strong> en tu Área Clientes y en la app de Iberdrola.</p>
{
            table(
                [
                    ("Contrato", "Plan Estable · Luz"),
                    ("N.º de contrato", contrato),
                    ("N.º de factura", nfac),
                    ("Periodo de facturación", f"{dmy(per_ini)} - {dmy(per_fin)}"),
                    ("Consumo del periodo", f"{kwh} kWh"),
                    ("Cuota mensual Plan Estable", eur(amt)),
                    ("Importe total (IVA incluido)", eur(amt), True),
                    ("Fecha de cargo", f"a partir del {dmy(cargo)}"),
                    ("Cuenta de cargo", IBAN_TAIL),
                ]
            )
        }
<p>Con el Plan Estable pagas siempre lo mismo cada mes. Una vez al año revisamos tu consumo real y regularizamos la diferencia.</p>
<p><a href="https://www.iberdrola.es/clientes/facturas" style="background:#00a443;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Ver factura</a></p>
<p>Dirección de suministro: {ADDR}<br>CUPS: {cups}</p>"""
        add(
            madrid(y, mo, 9, 7, RNG.randint(0, 59)),
            "Iberdrola Clientes",
            "facturaelectronica@iberdrola.es",
            f"Tu factura de luz de {MES[per_fin.month - 1]} ya está disponible",
            html=page("Iberdrola", body, foot, "#00a443", "IBERDROLA"),
            labels=lbl,
            slug="iberdrola-factura",
            pdf=f"Factura_{nfac}.pdf",
        )
        if (y, mo) == (2026, 6):
            pass
    # anniversary regularisation, September
    body = f"""<p>Hola, NÚRIA:</p>
<p>Ha pasado un año desde que contrataste tu <strong>Plan Estable</strong> y hemos revisado tu consumo real.</p>
{
        table(
            [
                ("Consumo previsto", "2.410 kWh"),
                ("Consumo real", "2.187 kWh"),
                ("Importe pagado en cuotas (12 meses)", eur(624.00)),
                ("Importe según consumo real", eur(597.86)),
                ("Regularización a tu favor", eur(-26.14), True),
            ]
        )
    }
<p>Te devolveremos <strong>26,14 €</strong> mediante transferencia a tu cuenta en los próximos días.</p>
<p>Tu nueva cuota mensual será de <strong>49,50 €</strong> (IVA incluido) a partir de la factura de octubre de 2026. No tienes que hacer nada.</p>"""
    add(
        madrid(2026, 9, 14, 10, 22),
        "Iberdrola Clientes",
        "clientes@comunicaciones.iberdrola.es",
        "Revisión anual de tu Plan Estable: tu nueva cuota mensual",
        html=page("Iberdrola", body, foot, "#00a443", "IBERDROLA"),
        labels=lbl,
        slug="iberdrola-revision",
    )
    # marketing, same company
    body = """<p>NÚRIA, ¿y si tu tejado pagara parte de tu factura?</p>
<p>Con <strong>Solar Iberdrola</strong> instalas paneles desde 0 € de entrada y empiezas a ahorrar desde el primer día.
Además, como clienta de luz, tienes un <strong>10% de descuento</strong> en la instalación hasta el 30 de junio.</p>
<p><a href="https://www.iberdrola.es/solar">Calcula tu ahorro</a></p>"""
    add(
        madrid(2026, 6, 3, 11, 5),
        "Iberdrola",
        "ofertas@comunicaciones.iberdrola.es",
        "Núria, ahorra con el sol este verano ☀️",
        html=page("Iberdrola", body, foot, "#00a443", "IBERDROLA"),
        slug="iberdrola-solar-promo",
    )


def naturgy():
    contrato = "0" + digits(9)
    lbl = ["Naturgy"]
    bills = [
        (2026, 1, 78.43, "real"),
        (2026, 2, 71.20, "estimada"),
        (2026, 5, 31.12, "real"),
        (2026, 9, 17.95, "estimada"),
        (2026, 11, 38.72, "real"),
    ]
    for y, mo, amt, lect in bills:
        em = date(y, mo, 4)
        cargo = date(y, mo, 11)
        base, tax = iva(amt)
        nfac = f"FE26{digits(9)}"
        kwh = int(amt * 9.1)
        text = f"""Naturgy

Hola Núria,

Te informamos de que tu factura de gas ya está disponible.

  Titular: NÚRIA PUIG SERRA
  Contrato: {contrato}
  Tarifa: Tarifa Por Uso Gas (RL.1)
  Nº factura: {nfac}
  Fecha de emisión: {dmy(em)}
  Periodo: {MES[(mo - 2) % 12]} {y if mo > 1 else y - 1}
  Consumo: {kwh} kWh (lectura {lect})

  Base imponible: {eur(base)}
  IVA (21%): {eur(tax)}
  TOTAL FACTURA: {eur(amt)}

Recibo domiciliado. Se cargará en tu cuenta {IBAN_TAIL} el {dmy(cargo)}.

Puedes consultarla y descargarla en Área Clientes: https://www.naturgy.es/hogar/area_clientes

Un saludo,
Naturgy

--
Naturgy Iberia, S.A. - Avda. de América 38, 28028 Madrid - CIF A08431090.
Tus datos se tratan conforme a nuestra Política de Privacidad: https://www.naturgy.es/privacidad
"""
        html = page(
            "Naturgy",
            f"""<p>Hola Núria,</p><p>Te informamos de que <b>tu factura de gas ya está disponible</b>.</p>
{
                table(
                    [
                        ("Contrato", contrato),
                        ("Nº factura", nfac),
                        ("Fecha de emisión", dmy(em)),
                        ("Consumo", f"{kwh} kWh (lectura {lect})"),
                        ("Base imponible", eur(base)),
                        ("IVA (21%)", eur(tax)),
                        ("Total factura", eur(amt), True),
                        ("Fecha de cargo", dmy(cargo)),
                    ]
                )
            }
<p>Recibo domiciliado en la cuenta {IBAN_TAIL}.</p>""",
            "Naturgy Iberia, S.A. · Avda. de América 38, 28028 Madrid · CIF A08431090",
            "#004571",
            "naturgy",
        )
        add(
            madrid(y, mo, 4, 8, RNG.randint(0, 59)),
            "Naturgy",
            "facturaelectronica@naturgy.es",
            "Tu factura de Naturgy ya está disponible",
            text=text,
            html=html,
            labels=lbl,
            slug="naturgy-factura",
        )


def aigues():
    polissa = digits(9)
    lbl = ["Aigües de Barcelona"]
    bills = [
        (2026, 1, 71.38, "octubre - desembre 2025", 14),
        (2026, 4, 68.90, "gener - març 2026", 13),
        (2026, 7, 79.55, "abril - juny 2026", 16),
        (2026, 10, 84.17, "juliol - setembre 2026", 19),
    ]
    for y, mo, amt, per, m3 in bills:
        cargo = date(y, mo, 22)
        aigua = round(amt * 0.38, 2)
        clav = round(amt * 0.17, 2)
        tmtr = round(amt * 0.27, 2)
        cuota = round(amt - aigua - clav - tmtr, 2)
        iva_a = round((aigua + cuota) * 0.10 / 1.10, 2)
        body = f"""<p>Benvolguda NÚRIA PUIG SERRA,</p>
<p>Ja tens disponible la teva <strong>factura d'aigua</strong> del període {per}.</p>
{
            table(
                [
                    ("Núm. de pòlissa", polissa),
                    ("Núm. de factura", f"{y}-{digits(7)}"),
                    ("Període", per),
                    ("Consum", f"{m3} m³"),
                    ("Subministrament d'aigua", eur(aigua + cuota - iva_a)),
                    ("Clavegueram", eur(clav)),
                    ("Taxa metropolitana de tractament de residus (TMTR)", eur(tmtr)),
                    ("IVA (10%)", eur(iva_a)),
                    ("Import total", eur(amt), True),
                    ("Data de càrrec", dmy(cargo)),
                ]
            )
        }
<p>L'import es carregarà al compte {IBAN_TAIL}. Pots consultar el detall a l'Oficina en línia.</p>
<hr><p style="color:#666">Ya tienes disponible tu factura de agua del periodo indicado. Importe total: {
            eur(amt)
        }. Fecha de cargo: {dmy(cargo)}.</p>"""
        add(
            madrid(y, mo, 8, 9, RNG.randint(0, 59)),
            "Aigües de Barcelona",
            "factura.electronica@aiguesdebarcelona.cat",
            "Ja tens disponible la teva factura / Ya tienes disponible tu factura",
            html=page(
                "Aigües de Barcelona",
                body,
                "Aigües de Barcelona, Empresa Metropolitana de Gestió del Cicle Integral de l'Aigua, S.A. · "
                "C/ General Batet 1-7, 08028 Barcelona · Atenció al client 900 710 710",
                "#0072ce",
                "Aigües de Barcelona",
            ),
            labels=lbl,
            slug="aigues-factura",
            pdf=f"factura_{polissa}_{y}{mo:02d}.pdf",
        )


# ---------------------------------------------------------------- telecoms ----------------------


def movistar():
    lbl = ["Movistar"]
    cli = digits(9)
    foot = (
        "Telefónica de España, S.A.U. · Ronda de la Comunicación s/n, 28050 Madrid · CIF A82018474.<br>"
        "Has recibido este correo porque eres cliente de Movistar. Política de privacidad: www.movistar.es/privacidad"
    )
    for y, mo, amt in [(2025, 12, 78.90), (2026, 1, 78.90)]:
        base, tax = iva(amt)
        text = f"""Hola NURIA,

Tu factura de Movistar de {MES[mo - 1]} ya está disponible.

Número de cliente: {cli}
Número de factura: TA{digits(2)}-{digits(8)}
Periodo de facturación: 01/{mo:02d}/{y} - {"31" if mo in (1, 12) else "28"}/{mo:02d}/{y}
miMovistar Fibra 1Gb + Móvil 25GB

Importe sin impuestos: {eur(base)}
IVA 21%: {eur(tax)}
Importe total: {eur(amt)}

Se cargará en tu cuenta bancaria terminada en 4417 en los próximos días.

Consulta el detalle en Mi Movistar: https://www.movistar.es/mimovistar-cliente

Gracias por confiar en Movistar.
"""
        add(
            madrid(y, mo, 3, 10, RNG.randint(0, 59)),
            "Movistar",
            "facturas@movistar.es",
            f"Tu factura de Movistar de {MES[mo - 1]} ya está disponible",
            text=text,
            cs="iso-8859-15",
            labels=lbl,
            slug="movistar-factura",
        )
    text = f"""Hola NURIA,

Te confirmamos que hemos tramitado la baja de tus servicios miMovistar
(Fibra y línea móvil 6** *** 381) por portabilidad a otro operador con
fecha 16/02/2026.

Confirmación de baja
Número de cliente: {cli}
Número de solicitud: BJ-{digits(10)}

Recibirás una última factura con los días de servicio de febrero. Recuerda
devolver el router en cualquier tienda Movistar o en un punto Correos en un
plazo de 30 días para evitar la penalización por no devolución del equipo.

Si no has solicitado esta baja, llámanos al 1004.

Movistar
"""
    add(
        madrid(2026, 2, 16, 18, 40),
        "Movistar",
        "noreply@movistar.es",
        "Confirmación de baja de tus servicios Movistar",
        text=text,
        cs="iso-8859-15",
        labels=lbl,
        slug="movistar-baja",
    )
    amt = 41.22
    base, tax = iva(amt)
    html = page(
        "Movistar",
        f"""<p>Hola NURIA,</p><p>Tu <b>última factura</b> de Movistar ya está disponible.</p>
{
            table(
                [
                    ("Número de cliente", cli),
                    ("Periodo", "01/02/2026 - 16/02/2026"),
                    ("Cuota miMovistar (prorrateo)", eur(base)),
                    ("IVA 21%", eur(tax)),
                    ("Importe total", eur(amt), True),
                ]
            )
        }
<p>Se cargará en tu cuenta terminada en 4417. No tienes más facturas pendientes.</p>""",
        foot,
        "#019df4",
        "movistar",
    )
    add(
        madrid(2026, 3, 3, 10, 12),
        "Movistar",
        "facturas@movistar.es",
        "Tu última factura de Movistar ya está disponible",
        html=html,
        cs="iso-8859-15",
        labels=lbl,
        slug="movistar-ultima-factura",
    )
    html = page(
        "Movistar",
        """<p>NURIA, te echamos de menos.</p><p>Vuelve a <b>miMovistar</b> y llévate <b>3 meses al 50%</b> en Fibra 1Gb + Móvil + Movistar Plus+ Ficción Total.
Sin permanencia en la fibra. Oferta válida hasta el 30/04/2026.</p><p><a href="https://www.movistar.es/vuelve">Quiero volver</a></p>""",
        foot + "<br><a href='https://www.movistar.es/baja-comunicaciones'>No quiero recibir más ofertas</a>",
        "#019df4",
        "movistar",
    )
    add(
        madrid(2026, 4, 21, 12, 30),
        "Movistar",
        "ofertas@info.movistar.es",
        "NURIA, vuelve a Movistar con 3 meses al 50%",
        html=html,
        slug="movistar-vuelve-promo",
    )


def digi():
    lbl = ["Digi"]
    cli = "C" + digits(8)
    text = f"""¡Hola Núria!

Bienvenida a DIGI. Tu portabilidad se ha completado y ya puedes disfrutar
de tus servicios:

  - Fibra SMART 1 Gb ............ 20,00 €/mes
  - Móvil DIGI 20 GB + llamadas .. 7,00 €/mes
  Total mensual .................. 27,00 €/mes (IVA incluido)

Sin permanencia. El pago se hace con la tarjeta que registraste al dar de
alta el servicio; te cobraremos al principio de cada mes el importe del mes
en curso.

Número de cliente: {cli}
Área de cliente: https://www.digimobil.es/mi-cuenta

Gracias por elegir DIGI.
El equipo DIGI
DIGI Spain Telecom, S.L.U. · CIF B84919760 · C/ Fernando Rey 8, 28223 Pozuelo de Alarcón (Madrid)
"""
    add(
        madrid(2026, 2, 16, 13, 2),
        "DIGI",
        "noreply@digimobil.es",
        "¡Bienvenida a DIGI!",
        text=text,
        labels=lbl,
        slug="digi-bienvenida",
    )
    for y, mo, amt, note in [
        (2026, 3, 35.68, "Incluye el prorrateo del 16/02 al 28/02 (8,68 €)."),
        (2026, 4, 27.00, ""),
        (2026, 9, 27.00, ""),
        (2026, 11, 27.00, ""),
    ]:
        base, tax = iva(amt)
        nfac = f"DG{y}{mo:02d}{digits(7)}"
        body = f"""<p>Hola Núria,</p><p>Tu factura DIGI de <b>{MES[mo - 1]} {y}</b> ya está disponible.</p>
{
            table(
                [
                    ("Número de factura", nfac),
                    ("Fecha de factura", f"01/{mo:02d}/{y}"),
                    ("Número de cliente", cli),
                    ("Fibra SMART 1 Gb", eur(20)),
                    ("Móvil DIGI 20 GB — 6** *** 381", eur(7)),
                    *([("Prorrateo febrero", eur(8.68))] if note else []),
                    ("Base imponible", eur(base)),
                    ("IVA 21%", eur(tax)),
                    ("Total", eur(amt), True),
                ]
            )
        }
<p>El importe se cargará en tu tarjeta terminada en 9023. {note}</p>"""
        add(
            madrid(y, mo, 1, 6, RNG.randint(0, 59)),
            "DIGI",
            "facturas@digimobil.es",
            f"Tu factura DIGI de {MES[mo - 1]} ya está disponible",
            html=page(
                "DIGI",
                body,
                "DIGI Spain Telecom, S.L.U. · CIF B84919760 · Atención al cliente 1200",
                "#0058a8",
                "DIGI",
            ),
            html_cte="base64",
            labels=lbl,
            slug="digi-factura",
            pdf=f"{nfac}.pdf",
        )


def simyo():
    lbl = ["Simyo"]
    for y, mo, amt, tarifa in [
        (2025, 12, 7.00, "Tarifa 5GB + Llamadas ilimitadas"),
        (2026, 6, 9.00, "Cambio de tarifa (prorrateo)"),
        (2026, 8, 10.00, "Tarifa 25GB + Llamadas ilimitadas"),
        (2026, 11, 10.00, "Tarifa 25GB + Llamadas ilimitadas"),
    ]:
        base, tax = iva(amt)
        cargo = date(y, mo, 6)
        text = f"""Hola Núria:

Ya tienes disponible tu factura de simyo de {MES[(mo - 2) % 12]}.

Línea: 6** *** 902
{tarifa}
Nº de factura: SIM{digits(10)}
Base imponible: {eur(base)}
IVA (21%): {eur(tax)}
Importe: {eur(amt)}
Fecha de cargo: {dmy(cargo)}

Puedes descargarla desde Mi simyo (web o app).

Un saludo,
simyo

simyo es una marca de Orange Espagne, S.A.U. · CIF A82009812 · Parque Empresarial La Finca, Pº Club Deportivo 1, 28223 Pozuelo de Alarcón
"""
        add(
            madrid(y, mo, 2, 9, RNG.randint(0, 59)),
            "simyo",
            "facturas@simyo.es",
            "Tu factura de simyo ya está disponible",
            text=text,
            labels=lbl,
            slug="simyo-factura",
        )
    text = """Hola Núria:

Hemos cambiado la tarifa de tu línea 6** *** 902.

Tarifa anterior: 5GB + Llamadas ilimitadas - 7,00 €/mes
Nueva tarifa: 25GB + Llamadas ilimitadas - 10,00 €/mes

El cambio es efectivo desde hoy. En tu próxima factura verás el prorrateo de
los días de cada tarifa y, a partir de la siguiente, 10,00 €/mes (IVA incluido).

Un saludo,
simyo
"""
    add(
        madrid(2026, 5, 18, 20, 14),
        "simyo",
        "noreply@simyo.es",
        "Confirmación de cambio de tarifa",
        text=text,
        labels=lbl,
        slug="simyo-cambio-tarifa",
    )


# ---------------------------------------------------------------- autónoma: cuota, gestoría -----

CAIXA_FOOT = (
    "CaixaBank, S.A. · C/ Pintor Sorolla 2-4, 46002 València · NIF A08663619.<br>"
    "Este es un mensaje automático de servicio. CaixaBank nunca te pedirá tus claves por correo electrónico."
)


def caixa_alert(dt, kind, concept, amount, extra_rows=(), labels=(), slug="caixabank-aviso"):
    rows = [
        ("Cuenta", IBAN_TAIL),
        ("Concepto", concept),
        ("Importe", eur(amount), True),
        ("Fecha", dmy(dt.date())),
    ] + list(extra_rows)
    body = f"<p>Hola, NÚRIA:</p><p>{kind}</p>{table(rows)}<p>Puedes consultar el detalle en CaixaBankNow.</p>"
    add(
        dt,
        "CaixaBank",
        "notificaciones@caixabank.com",
        kind.rstrip("."),
        html=page("CaixaBank", body, CAIXA_FOOT, "#007eae", "CaixaBank"),
        cs="windows-1252",
        labels=labels,
        slug=slug,
    )


def seguridad_social():
    lbl = ["Seguridad Social"]
    text = """GOBIERNO DE ESPAÑA - MINISTERIO DE INCLUSIÓN, SEGURIDAD SOCIAL Y MIGRACIONES
Tesorería General de la Seguridad Social

Estimado/a usuario/a:

Le informamos de que tiene a su disposición una nueva notificación en la
Sede Electrónica de la Seguridad Social (Importass / Notificaciones
telemáticas).

Asunto: Resolución sobre base de cotización - Régimen Especial de
Trabajadores Autónomos (RETA) - ejercicio 2026.

Conforme a la previsión de rendimientos netos comunicada, a partir del
1 de enero de 2026 su cuota mensual será de 294,00 euros (tramo 3 de la
tabla general). El cargo se realizará en la cuenta designada el último
día hábil de cada mes.

Para acceder a la notificación necesita certificado digital o Cl@ve:
https://sede.seg-social.gob.es

Este correo es meramente informativo. Por favor, no responda a este mensaje.
"""
    add(
        madrid(2026, 1, 12, 9, 41),
        "Seguridad Social",
        "no-reply@seg-social.es",
        "Nueva notificación disponible en la Sede Electrónica de la Seguridad Social",
        text=text,
        labels=lbl,
        slug="tgss-notificacion",
    )
    for y, mo, d, amt in [
        (2025, 12, 31, 281.00),
        (2026, 2, 27, 294.00),
        (2026, 10, 30, 294.00),
        (2026, 11, 30, 294.00),
    ]:
        caixa_alert(
            madrid(y, mo, d, 7, RNG.randint(5, 55)),
            "Te informamos de que se ha cargado un recibo en tu cuenta.",
            f"TESORERIA GRAL. SEGURIDAD SOCIAL - RETA {mo:02d}/{y}",
            amount=amt,
            extra_rows=[("Emisor", "TGSS - CIF Q2827003A"), ("Referencia", f"0{digits(12)}")],
            labels=lbl,
            slug="caixabank-recibo-tgss",
        )


def gestoria():
    lbl = ["Assessoria Vidal i Roca"]
    foot_txt = (
        "--\nMontse Vidal\nAssessoria Vidal i Roca, S.L. · B66018233\nC/ de Còrsega 412, entl. 1a · 08037 Barcelona\n"
        "Tel. 93 457 21 80 · www.vidaliroca.cat\n\nAquest missatge i els seus annexos són confidencials. "
        "Si no n'és el destinatari, si us plau esborri'l i comuniqui-ho al remitent."
    )
    for y, mo, num in [(2026, 1, "0043"), (2026, 4, "0391"), (2026, 9, "0988")]:
        text = f"""Bon dia Núria,

T'adjuntem la factura corresponent als honoraris d'assessorament fiscal i
comptable del mes {ca_mes(mo)}.

Factura núm. F{y}-{num}
Quota mensual assessorament autònom (IVA, IRPF, comptabilitat): 60,00 €
IVA 21%: 12,60 €
Total: 72,60 €

Es passarà al cobrament per domiciliació (GoCardless) durant els primers
dies del mes vinent, com sempre.

Salutacions,

{foot_txt}
"""
        add(
            madrid(y, mo, 28 if mo != 9 else 29, 12, RNG.randint(0, 59)),
            "Assessoria Vidal i Roca",
            "factures@vidaliroca.cat",
            f"Factura F{y}-{num} - Assessoria Vidal i Roca",
            text=text,
            labels=lbl,
            slug="gestoria-factura",
            pdf=f"F{y}-{num}.pdf",
        )
    for dt, when, ref in [
        (madrid(2025, 11, 28, 10, 3), date(2025, 12, 2), "PM01"),
        (madrid(2026, 6, 26, 10, 7), date(2026, 7, 2), "PM07"),
        (madrid(2026, 11, 26, 10, 4), date(2026, 12, 2), "PM12"),
    ]:
        dt = in_tz(dt, 0)
        text = f"""Hola Núria Puig:

Assessoria Vidal i Roca, S.L. va a cobrar 72,60 € de tu cuenta bancaria
ES** **** **** **** **** 4417 el {dmy(when)} o poco después.

Referencia del pago: VIDALIROCA-{ref}{digits(6)}
Concepto: Quota mensual assessorament
Identificador de acreedor (mandato SEPA): ES55ZZZB66018233

Si tienes alguna duda sobre este cobro, ponte en contacto directamente con
Assessoria Vidal i Roca, S.L. en factures@vidaliroca.cat.

GoCardless procesa los pagos de Assessoria Vidal i Roca, S.L.
GoCardless SAS, 7 rue de Madrid, 75008 París (Francia), entidad de pago
autorizada por la ACPR.
"""
        add(
            dt,
            "Assessoria Vidal i Roca, S.L. via GoCardless",
            "help@gocardless.com",
            "Aviso de cobro de Assessoria Vidal i Roca, S.L.",
            text=text,
            labels=lbl,
            slug="gocardless-aviso",
        )
    text = f"""Hola Núria,

Us recordem que el termini per presentar el model 303 (IVA) i el model 130
(pagament fraccionat IRPF) del 3r trimestre acaba el 20 d'octubre.

Si us plau, envia'ns abans del dia 10:
 - Factures emeses (jul-set) amb la retenció d'IRPF del 15%
 - Factures de despeses (material, coworking, telèfon...)

Gràcies!

{foot_txt}
"""
    add(
        madrid(2026, 10, 1, 9, 15),
        "Montse Vidal",
        "montse@vidaliroca.cat",
        "Recordatori: documentació 3T (303 i 130)",
        text=text,
        slug="gestoria-recordatori",
    )


# ---------------------------------------------------------------- insurance, coworking ----------


def linea_directa():
    lbl = ["Línea Directa Hogar"]
    pol = "HG-" + digits(8)
    text = f"""Hola, t'ho reenvio perquè va arribar al meu correu (la vaig contractar jo
des del meu compte fa dos anys). Renova el 15 de març i es carrega al teu
compte com sempre. Ho deixem així o vols que mirem altres preus?

Petons,
M.

---------- Missatge reenviat ---------
De: Línea Directa Aseguradora <hogar@lineadirecta.com>
Date: dj., 12 de febr. 2026 a les 10:31
Subject: Renovación de tu póliza de Hogar {pol}
To: <marc.soler.bcn@gmail.com>


Estimada NÚRIA PUIG SERRA:

Te recordamos que tu póliza de Seguro de Hogar nº {pol} se renovará
automáticamente el próximo 15/03/2026 por un periodo de un año.

Vivienda asegurada: {ADDR}
Modalidad: Hogar Inquilino - Contenido 30.000 €, Responsabilidad Civil 300.000 €

Prima neta: 219,94 €
Impuestos y recargos (IPS 8% y Consorcio): 16,24 €
Prima total anual: 236,18 €

El recibo se cargará en la cuenta {IBAN_TAIL} en la fecha de
renovación. Forma de pago: anual.

Si deseas modificar tus coberturas, llámanos al 91 153 76 76 o entra en
tu Área Cliente.

Atentamente,
Línea Directa Aseguradora, S.A., Compañía de Seguros y Reaseguros
C/ Isaac Newton 7, 28760 Tres Cantos (Madrid) · CIF A80871031
"""
    add(
        madrid(2026, 2, 12, 21, 47),
        "Marc Soler",
        "marc.soler.bcn@gmail.com",
        f"Fwd: Renovación de tu póliza de Hogar {pol}",
        text=text,
        labels=lbl,
        slug="fwd-linea-directa-renovacion",
    )
    body = f"""<p>Hola, NÚRIA:</p><p>Tu póliza de Hogar se ha renovado correctamente. Te adjuntamos las condiciones particulares y el recibo.</p>
{
        table(
            [
                ("Póliza", pol),
                ("Efecto", "15/03/2026"),
                ("Vencimiento", "15/03/2027"),
                ("Forma de pago", "Anual, recibo domiciliado"),
                ("Prima total", eur(236.18), True),
                ("Fecha de cargo", "16/03/2026"),
            ]
        )
    }
<p>Gracias por seguir confiando en Línea Directa.</p>"""
    add(
        madrid(2026, 3, 16, 8, 12),
        "Línea Directa",
        "documentacion@lineadirecta.com",
        "Tu póliza de Hogar se ha renovado - documentación",
        html=page(
            "Línea Directa",
            body,
            "Línea Directa Aseguradora, S.A. · CIF A80871031 · Inscrita en el R.M. de Madrid",
            "#e30613",
            "Línea Directa",
        ),
        labels=lbl,
        slug="linea-directa-renovada",
        pdf=f"Recibo_{pol}.pdf",
    )


def sanitas():
    lbl = ["Sanitas"]
    pol = digits(8)
    body = f"""<p>Estimada Núria:</p>
<p>Como cada año, te informamos de las condiciones económicas de tu seguro <strong>Sanitas Más Salud</strong> para 2026.</p>
{
        table(
            [
                ("Póliza", pol),
                ("Asegurada", "Núria Puig Serra (38 años)"),
                ("Prima mensual 2025", eur(56.90)),
                ("Prima mensual 2026", eur(61.27), True),
                ("Forma de pago", "Mensual, domiciliación bancaria"),
            ]
        )
    }
<p>La actualización se debe al incremento de los costes médicos y a la edad de la asegurada, según las condiciones generales de tu póliza.
La nueva prima se aplicará a partir del recibo de enero de 2026.</p>
<p>Si no estás de acuerdo, puedes comunicarnos tu oposición a la prórroga con un mes de antelación a la fecha de vencimiento.</p>"""
    foot = (
        "Sanitas, S.A. de Seguros · C/ Ribera del Loira 52, 28042 Madrid · CIF A28037042. "
        "Operaciones exentas de IVA (art. 20.Uno.16º Ley 37/1992)."
    )
    add(
        madrid(2025, 12, 2, 11, 0),
        "Sanitas",
        "comunicaciones@sanitas.es",
        "Condiciones económicas de tu seguro para 2026",
        html=page("Sanitas", body, foot, "#0079c8", "sanitas"),
        labels=lbl,
        slug="sanitas-prima-2026",
    )
    for y, mo in [(2026, 1), (2026, 7)]:
        body = f"""<p>Hola Núria,</p><p>Hemos emitido el recibo de tu seguro de salud correspondiente a {
            MES[mo - 1]
        } de {y}.</p>
{
            table(
                [
                    ("Póliza", pol),
                    ("Producto", "Sanitas Más Salud"),
                    ("Periodo", f"01/{mo:02d}/{y} - {'31' if mo in (1, 7) else '30'}/{mo:02d}/{y}"),
                    ("Importe", eur(61.27), True),
                    ("Cargo en cuenta", f"01/{mo:02d}/{y}"),
                ]
            )
        }"""
        add(
            madrid(y, mo, 1, 5, RNG.randint(0, 59)),
            "Sanitas",
            "recibos@sanitas.es",
            f"Recibo de tu seguro - {MES[mo - 1]} {y}",
            html=page("Sanitas", body, foot, "#0079c8", "sanitas"),
            labels=lbl,
            slug="sanitas-recibo",
        )


def coworking():
    lbl = ["Espai Tànger Coworking"]
    acct = "acct_1N" + hexid(14)
    for y, mo, amt, plan in [
        (2025, 12, 145.20, "Flex 10 dies/mes"),
        (2026, 4, 145.20, "Flex 10 dies/mes"),
        (2026, 6, 199.65, "Taula fixa"),
        (2026, 9, 199.65, "Taula fixa"),
        (2026, 11, 199.65, "Taula fixa"),
    ]:
        base, tax = iva(amt)
        rec = f"{digits(4)}-{digits(4)}"
        body = f"""<p style="font-size:20px;color:#32325d">Recibo de Espai Tànger Coworking</p>
<p style="color:#8898aa">Recibo #{rec}</p>
{
            table(
                [
                    ("Importe pagado", eur(amt)),
                    ("Fecha de pago", f"1 {MES[mo - 1][:3]} {y}"),
                    ("Método de pago", "VISA – 9023"),
                ]
            )
        }
<p style="text-transform:uppercase;color:#8898aa;font-size:12px">Resumen</p>
{
            table(
                [
                    (f"{plan} — {MES_CA[mo - 1]} {y}", eur(base)),
                    ("IVA (21 %)", eur(tax)),
                    ("Importe cobrado", eur(amt), True),
                ]
            )
        }
<p>Si tienes alguna pregunta, contacta con Espai Tànger Coworking en <a href="mailto:hola@espaitanger.cat">hola@espaitanger.cat</a>.</p>"""
        add(
            in_tz(madrid(y, mo, 1, 4, RNG.randint(0, 59)), 0),
            "Espai Tànger Coworking",
            f"invoice+statements+{acct}@stripe.com",
            f"Tu recibo de Espai Tànger Coworking #{rec}",
            html=page(
                "Recibo",
                body,
                "Espai Tànger Coworking · C/ de Tànger 98, 08018 Barcelona · NIF B67234510<br>"
                "Powered by Stripe",
                "#f6f9fc",
                "<span style='color:#32325d'>Espai Tànger</span>",
            ),
            labels=lbl,
            slug="stripe-espai-tanger",
            msgid_domain="stripe.com",
        )
    text = """Hola Núria!

Confirmat: a partir de l'1 de juny passes del pla Flex (10 dies) a Taula fixa,
a la zona de la finestra (taula 14). Tindràs la taquilla 14 i accés 24/7.

Nova quota: 165 € + IVA = 199,65 €/mes, que es cobrarà com sempre a la targeta
l'1 de cada mes. El pla Flex queda cancel·lat automàticament.

Fins aviat!
Clara
Espai Tànger Coworking · Poblenou
"""
    add(
        madrid(2026, 5, 20, 17, 33),
        "Clara — Espai Tànger",
        "hola@espaitanger.cat",
        "Canvi de pla: Taula fixa des de juny",
        text=text,
        labels=lbl,
        slug="espai-tanger-canvi-pla",
    )


# ---------------------------------------------------------------- software ----------------------


def adobe():
    lbl = ["Adobe Creative Cloud"]
    foot = (
        "Adobe Systems Software Ireland Limited · 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Irlanda · "
        "IVA IE6364992H.<br>Adobe y el logotipo de Adobe son marcas registradas. "
        "<a href='https://www.adobe.com/es/privacy.html'>Política de privacidad</a>"
    )
    for y, mo, total, plan in [
        (2025, 12, 12.09, "Plan de fotografía de Creative Cloud (20 GB)"),
        (2026, 1, 12.09, "Plan de fotografía de Creative Cloud (20 GB)"),
        (2026, 4, 66.54, "Creative Cloud Todas las aplicaciones"),
        (2026, 7, 66.54, "Creative Cloud Todas las aplicaciones"),
        (2026, 11, 66.54, "Creative Cloud Todas las aplicaciones"),
    ]:
        base, tax = iva(total)
        order = digits(10)
        body = f"""<p>Hola, Núria:</p><p>Gracias por tu pago. Este es el recibo de tu suscripción.</p>
{
            table(
                [
                    ("Número de pedido", order),
                    ("Fecha", dmy(date(y, mo, 14))),
                    ("Plan", plan),
                    ("Tipo de plan", "Anual, pago mensual"),
                    ("Subtotal", eur(base)),
                    ("IVA (21 %)", eur(tax)),
                    ("Total", eur(total), True),
                    ("Método de pago", "Visa terminada en 9023"),
                ]
            )
        }
<p>Puedes ver tus facturas en <a href="https://account.adobe.com/plans">account.adobe.com</a>.</p>"""
        add(
            in_tz(madrid(y, mo, 14, 9, RNG.randint(0, 59)), -7 if 3 < mo < 11 else -8),
            "Adobe",
            "message@adobe.com",
            "Tu recibo de Adobe",
            html=page("Adobe", body, foot, "#fa0f00", "Adobe"),
            labels=lbl,
            slug="adobe-recibo",
        )
    body = f"""<p>Hola, Núria:</p><p>Has cambiado tu plan correctamente.</p>
{
        table(
            [
                ("Plan anterior", "Plan de fotografía de Creative Cloud (20 GB) · 12,09 €/mes"),
                ("Plan nuevo", "Creative Cloud Todas las aplicaciones · 100 GB"),
                ("Tipo de plan", "Anual, pago mensual"),
                ("Precio", "66,54 €/mes (IVA incl.)", True),
                ("Fecha de inicio", "14/03/2026"),
                ("Próxima factura", "14/04/2026"),
            ]
        )
    }
<p>Hoy hemos cobrado 43,07 € (importe prorrateado). Tu compromiso anual empieza de nuevo el 14/03/2026 y termina el 14/03/2027.
Si cancelas antes, se puede aplicar una tarifa de cancelación.</p>
<p>Lightroom, Photoshop, Premiere Pro, InDesign y más de 20 aplicaciones ya están disponibles en tu cuenta.</p>"""
    add(
        in_tz(madrid(2026, 3, 14, 19, 40), -7),
        "Adobe",
        "message@adobe.com",
        "Confirmación de cambio de plan",
        html=page("Adobe", body, foot, "#fa0f00", "Adobe"),
        labels=lbl,
        slug="adobe-cambio-plan",
    )
    body = """<p>Núria, crea más rápido con Adobe Firefly.</p><p>Genera fondos, amplía fotos y elimina objetos con IA generativa
directamente en Photoshop y Lightroom. Tu plan incluye créditos generativos mensuales.</p><p><a href="https://www.adobe.com/es/products/firefly.html">Descubre Firefly</a></p>"""
    add(
        in_tz(madrid(2026, 9, 24, 18, 2), -7),
        "Adobe Creative Cloud",
        "mail@mail.adobe.com",
        "Novedades de Lightroom: quita reflejos con un clic",
        html=page(
            "Adobe",
            body,
            foot + "<br><a href='https://www.adobe.com/unsubscribe'>Cancelar suscripción a estos correos</a>",
            "#fa0f00",
            "Adobe",
        ),
        slug="adobe-marketing",
    )


def dropbox():
    lbl = ["Dropbox"]
    text = """Hola, Núria:

Tu suscripción anual a Dropbox Plus se renovará automáticamente el
3 de septiembre de 2026. Se cobrarán 119,88 € (IVA incluido) a tu
Visa terminada en 9023.

No tienes que hacer nada para seguir disfrutando de 2 TB de espacio.
Si quieres cambiar o cancelar tu plan, ve a https://www.dropbox.com/account/plan

Un saludo,
El equipo de Dropbox

Dropbox International Unlimited Company, One Park Place, Hatch Street Upper, Dublín 2, Irlanda
"""
    add(
        in_tz(madrid(2026, 8, 4, 2, 10), -7),
        "Dropbox",
        "no-reply@dropbox.com",
        "Tu suscripción a Dropbox Plus se renovará pronto",
        text=text,
        labels=lbl,
        slug="dropbox-renovacion",
    )
    base, tax = iva(119.88)
    body = f"""<p>Hola, Núria:</p><p>Gracias por seguir con Dropbox. Aquí tienes tu recibo.</p>
{
        table(
            [
                ("Plan", "Dropbox Plus (anual)"),
                ("Periodo", "03/09/2026 - 02/09/2027"),
                ("Subtotal", eur(base)),
                ("IVA (21 %)", eur(tax)),
                ("Total", eur(119.88), True),
                ("Pagado con", "Visa •••• 9023"),
            ]
        )
    }"""
    add(
        in_tz(madrid(2026, 9, 3, 11, 20), -7),
        "Dropbox",
        "no-reply@dropbox.com",
        "Recibo de tu pago a Dropbox",
        html=page(
            "Dropbox", body, "Dropbox International Unlimited Company · VAT IE9852817J", "#0061fe", "Dropbox"
        ),
        labels=lbl,
        slug="dropbox-recibo",
    )


def squarespace():
    lbl = ["Squarespace"]
    text = """Hi Núria,

This is a reminder that your Core plan subscription for
nuriapuigfotografia.squarespace.com ("Núria Puig · Fotografia") will
automatically renew on May 6, 2026.

  Billing period: Annual
  Renewal amount: €232.32 (€192.00 + €40.32 VAT)
  Payment method: Visa ending in 9023

To make changes to your subscription, visit Settings > Billing.

Squarespace
Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Ireland
"""
    add(
        in_tz(madrid(2026, 4, 21, 16, 0), -4),
        "Squarespace",
        "no-reply@squarespace.info",
        "Your subscription will renew soon",
        text=text,
        labels=lbl,
        slug="squarespace-renewal",
    )
    body = f"""<p>Thanks for your payment, Núria.</p>
{
        table(
            [
                ("Order", "#" + digits(8)),
                ("Date", "May 6, 2026"),
                ("Website", "Núria Puig · Fotografia"),
                ("Core plan – Annual", "€192.00"),
                ("VAT (21%)", "€40.32"),
                ("Total", "€232.32", True),
                ("Next billing date", "May 6, 2027"),
            ]
        )
    }"""
    add(
        in_tz(madrid(2026, 5, 6, 14, 4), -4),
        "Squarespace",
        "no-reply@squarespace.info",
        "Your Squarespace receipt",
        html=page("Receipt", body, "Squarespace Ireland Limited · VAT IE9869092H", "#000000", "SQUARESPACE"),
        labels=lbl,
        slug="squarespace-receipt",
    )


def dinahosting():
    lbl = ["Dinahosting"]
    text = """Hola Núria,

El dominio nuriapuig.cat caduca el 28/01/2026. Como tienes activada la
renovación automática, lo renovaremos por 1 año el 21/01/2026 con la
tarjeta que tienes guardada.

  Renovación dominio .cat (1 año): 20,00 €
  IVA 21%: 4,20 €
  Total: 24,20 €

Puedes gestionarlo desde tu panel: https://panel.dinahosting.com

Un saludo,
Dinahosting
Dinahosting S.L. · Rúa das Salgueiriñas de Abaixo 11, 15703 Santiago de Compostela · B15698523
"""
    add(
        madrid(2026, 1, 7, 8, 0),
        "dinahosting",
        "avisos@dinahosting.com",
        "Aviso de caducidad: nuriapuig.cat",
        text=text,
        labels=lbl,
        slug="dinahosting-aviso",
    )
    text = f"""Hola Núria,

Hemos renovado el dominio nuriapuig.cat hasta el 28/01/2027.

Factura: DH-2026-{digits(6)}
Concepto: Renovación dominio nuriapuig.cat (1 año)
Base imponible: 20,00 €
IVA 21%: 4,20 €
Total cobrado: 24,20 €

Gracias por confiar en nosotros.
Dinahosting
"""
    add(
        madrid(2026, 1, 21, 6, 30),
        "dinahosting",
        "facturacion@dinahosting.com",
        "Renovación realizada: nuriapuig.cat",
        text=text,
        labels=lbl,
        slug="dinahosting-renovacion",
    )


# ---------------------------------------------------------------- streaming, media --------------


def spotify():
    lbl = ["Spotify"]
    foot = (
        "Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia · Nº IVA SE556703748501<br>"
        "<a href='https://www.spotify.com/es/legal/'>Legal</a> · <a href='https://www.spotify.com/es/account/'>Cuenta</a>"
    )
    for y, mo, amt in [(2025, 12, 11.99), (2026, 6, 11.99), (2026, 10, 12.99), (2026, 11, 12.99)]:
        base, tax = iva(amt)
        body = f"""<p style="font-size:22px"><b>Gracias por tu compra</b></p>
<p>Hola, Núria: aquí tienes el recibo de tu pedido.</p>
{
            table(
                [
                    ("Fecha", dmy(date(y, mo, 19))),
                    ("Nº de pedido", "P" + digits(12)),
                    ("Premium Individual", eur(base)),
                    ("IVA (21 %)", eur(tax)),
                    ("Total", eur(amt), True),
                    ("Forma de pago", "PayPal (nuria.puig.foto@gmail.com)"),
                ]
            )
        }
<p>Tu próxima factura: {dmy(date(y + (mo == 12), mo % 12 + 1, 19))}</p>"""
        add(
            in_tz(madrid(y, mo, 19, 10, RNG.randint(0, 59)), 0),
            "Spotify",
            "no-reply@spotify.com",
            "Tu recibo de Spotify",
            html=page("Spotify", body, foot, "#191414", "Spotify"),
            labels=lbl,
            slug="spotify-recibo",
        )
    text = """Hola, Núria:

Vamos a actualizar el precio de Premium Individual para que podamos seguir
ofreciéndote el mejor servicio. A partir de tu factura de octubre de 2026,
pagarás 12,99 €/mes en lugar de 11,99 €/mes.

No tienes que hacer nada. Si prefieres cambiar de plan o cancelar, puedes
hacerlo en cualquier momento desde tu cuenta: https://www.spotify.com/es/account/

Gracias por escuchar,
Spotify
"""
    add(
        in_tz(madrid(2026, 8, 27, 15, 0), 0),
        "Spotify",
        "no-reply@spotify.com",
        "Actualización del precio de tu plan Premium",
        text=text,
        labels=lbl,
        slug="spotify-precio",
    )


def netflix():
    lbl = ["Netflix"]
    foot = "Netflix International B.V. · Karperstraat 8-10, 1075 KZ Ámsterdam · Centro de ayuda: help.netflix.com"
    body = """<p>Hola, Núria:</p><p>Te escribimos para informarte de una actualización del precio de tu plan.</p>
<p>Tu plan <b>Estándar</b> pasará a costar <b>14,99 €/mes</b> a partir de tu próxima fecha de facturación, el 7 de mayo de 2026.</p>
<p>Seguimos invirtiendo en más series y películas para ti. Puedes cambiar de plan o cancelar cuando quieras en <a href="https://www.netflix.com/youraccount">Cuenta</a>.</p>
<p>El equipo de Netflix</p>"""
    add(
        in_tz(madrid(2026, 4, 6, 19, 12), 0),
        "Netflix",
        "info@account.netflix.com",
        "Actualización del precio de tu plan",
        html=page("Netflix", body, foot, "#000000", "<span style='color:#e50914'>NETFLIX</span>"),
        labels=lbl,
        slug="netflix-precio",
    )
    body = """<p>Hola, Núria:</p><p><b>Tenemos problemas con tu pago.</b> No hemos podido cobrar tu próximo mes de Netflix (14,99 €) con tu tarjeta terminada en 5512, que ha caducado.</p>
<p>Lo volveremos a intentar en los próximos días. Para no perder el acceso, actualiza tu información de pago.</p>
<p><a href="https://www.netflix.com/simplemember/editpayment" style="background:#e50914;color:#fff;padding:10px 16px;text-decoration:none">Actualizar método de pago</a></p>"""
    add(
        in_tz(madrid(2026, 7, 7, 11, 30), 0),
        "Netflix",
        "info@account.netflix.com",
        "Núria, actualiza tu información de pago",
        html=page("Netflix", body, foot, "#000000", "<span style='color:#e50914'>NETFLIX</span>"),
        labels=lbl,
        slug="netflix-pago-fallido",
    )
    body = """<p>Hola, Núria:</p><p>Gracias por actualizar tu método de pago. Hemos cobrado 14,99 € y tu membresía continúa sin interrupciones.</p>
<p>Próxima fecha de facturación: 7 de agosto de 2026.</p>"""
    add(
        in_tz(madrid(2026, 7, 8, 9, 2), 0),
        "Netflix",
        "info@account.netflix.com",
        "Tu membresía de Netflix continúa",
        html=page("Netflix", body, foot, "#000000", "<span style='color:#e50914'>NETFLIX</span>"),
        labels=lbl,
        slug="netflix-pago-ok",
    )


def filmin():
    lbl = ["Filmin"]
    text = """Hola Núria,

Te recordamos que tu suscripción anual a Filmin se renovará automáticamente
el 12/02/2026 por 79,00 € (IVA incluido).

Si quieres seguir disfrutando del mejor cine de autor, no tienes que hacer
nada. Para gestionar tu suscripción entra en https://www.filmin.es/cuenta

¡Gracias por ser filminera!
El equipo de Filmin

Filmin, S.L. · C/ Sant Joan de la Salle 42, 08022 Barcelona · B64785403
"""
    add(
        madrid(2026, 1, 29, 10, 0),
        "Filmin",
        "hola@filmin.es",
        "Tu suscripción anual se renovará pronto",
        text=text,
        labels=lbl,
        slug="filmin-aviso-renovacion",
    )
    base, tax = iva(79.00)
    text = f"""Hola Núria,

Hemos renovado tu suscripción anual. Aquí tienes los datos de tu pago:

Factura nº FLM-2026-{digits(7)}
Fecha: 12/02/2026
Concepto: Suscripción anual Filmin (12/02/2026 - 11/02/2027)
Base imponible: {eur(base)}
IVA (21%): {eur(tax)}
Total: 79,00 €
Tarjeta: **** 9023

El equipo de Filmin
"""
    add(
        madrid(2026, 2, 12, 4, 40),
        "Filmin",
        "facturacion@filmin.es",
        "Factura de tu suscripción a Filmin",
        text=text,
        labels=lbl,
        slug="filmin-factura",
    )
    body = """<p>Estrenos de la semana en Filmin</p><ul><li><b>Alcarràs</b> — ahora en 4K</li><li>Ciclo Agnès Varda</li><li>Especial Atlàntida Film Fest: 20 títulos nuevos</li></ul>
<p><a href="https://www.filmin.es">Ver ahora</a></p>"""
    add(
        madrid(2026, 6, 12, 17, 0),
        "Filmin",
        "newsletter@filmin.es",
        "Novedades: el Atlàntida Film Fest llega a Filmin",
        html=page(
            "Filmin",
            body,
            "Filmin S.L. · <a href='https://www.filmin.es/baja-newsletter'>Darse de baja</a>",
            "#1c1c1c",
            "filmin",
        ),
        slug="filmin-newsletter",
    )


def hbo_max():
    lbl = ["HBO Max"]
    foot = "HBO Max · WarnerMedia Direct Europe, S.L.U. · <a href='https://help.hbomax.com/es'>Ayuda</a>"
    body = """<p>¡Te damos la bienvenida a HBO Max, Núria!</p><p>Tu plan <b>Estándar</b> ya está activo. Pagarás <b>10,99 €/mes</b> y se renovará automáticamente cada mes hasta que lo canceles.</p>
<p>Fecha de inicio: 14/12/2025 · Próximo cargo: 14/01/2026</p>"""
    add(
        in_tz(madrid(2025, 12, 14, 22, 15), 0),
        "HBO Max",
        "hbomax@service.hbomax.com",
        "Te damos la bienvenida a HBO Max",
        html=page("HBO Max", body, foot, "#002be7", "HBO max"),
        labels=lbl,
        slug="hbo-max-bienvenida",
    )
    body = f"""<p>Hola, Núria:</p><p>Gracias por tu pago.</p>
{table([("Plan", "Estándar (mensual)"), ("Fecha", "14/01/2026"), ("Importe", eur(10.99), True), ("Método de pago", "Visa ••9023")])}"""
    add(
        in_tz(madrid(2026, 1, 14, 8, 3), 0),
        "HBO Max",
        "hbomax@service.hbomax.com",
        "Tu recibo de HBO Max",
        html=page("HBO Max", body, foot, "#002be7", "HBO max"),
        labels=lbl,
        slug="hbo-max-recibo",
    )
    body = """<p>Hola, Núria:</p><p>Hemos cancelado tu suscripción. Seguirás teniendo acceso a HBO Max hasta el <b>14/03/2026</b>; después no se realizarán más cargos.</p>
<p>¿Cambias de opinión? Puedes reactivarla en cualquier momento.</p>"""
    add(
        in_tz(madrid(2026, 2, 25, 23, 41), 0),
        "HBO Max",
        "hbomax@service.hbomax.com",
        "Confirmación de cancelación",
        html=page("HBO Max", body, foot, "#002be7", "HBO max"),
        labels=lbl,
        slug="hbo-max-cancelacion",
    )
    body = """<p>Núria, vuelve a HBO Max por <b>4,99 €/mes durante 3 meses</b>.</p><p>La nueva temporada de <i>The Last of Us</i> ya está aquí.</p>"""
    add(
        in_tz(madrid(2026, 5, 9, 18, 0), 0),
        "HBO Max",
        "hbomax@mail.hbomax.com",
        "Vuelve por 4,99 €/mes",
        html=page(
            "HBO Max",
            body,
            foot + " · <a href='https://www.hbomax.com/unsubscribe'>Darse de baja</a>",
            "#002be7",
            "HBO max",
        ),
        slug="hbo-max-promo",
    )


def amazon():
    foot = (
        "Amazon EU S.à r.l., Sucursal en España · C/ Ramírez de Prado 5, 28045 Madrid · NIF W0184081H.<br>"
        "Este mensaje se ha enviado desde una dirección que no admite respuestas."
    )
    body = """<p>Hola, Núria:</p><p>Te escribimos para recordarte que tu suscripción a <b>Amazon Prime</b> se renovará el <b>22 de julio de 2026</b>.
Se cobrarán <b>49,90 €</b> (IVA incluido) en tu tarjeta Visa terminada en 9023.</p>
<p>Con Prime disfrutas de envíos rápidos gratis, Prime Video, Amazon Music Prime y Prime Gaming.</p>
<p>Si no quieres renovar, puedes cancelar en <a href="https://www.amazon.es/prime">Gestionar mi suscripción Prime</a>.</p>"""
    add(
        in_tz(madrid(2026, 7, 15, 14, 22), 0),
        "Amazon.es",
        "prime@amazon.es",
        "Recordatorio de renovación de Amazon Prime",
        html=page("Amazon Prime", body, foot, "#232f3e", "amazon prime"),
        labels=["Amazon Prime"],
        slug="amazon-prime-renovacion",
    )
    # one-off orders of camera gear, shipping, a refund
    o1 = f"405-{digits(7)}-{digits(7)}"
    body = f"""<p>Hola, Núria:</p><p>Gracias por tu pedido. Te enviaremos un correo cuando se envíe.</p>
{
        table(
            [
                ("Pedido", o1),
                ("SanDisk Extreme PRO 128 GB SDXC UHS-I (x2)", eur(57.98)),
                ("Peak Design Slide Lite - Correa de cámara", eur(59.95)),
                ("Envío", "GRATIS con Prime"),
                ("Total del pedido (IVA incluido)", eur(117.93), True),
                ("Entrega prevista", "jueves, 5 de marzo"),
            ]
        )
    }"""
    add(
        in_tz(madrid(2026, 3, 3, 22, 9), 0),
        "Amazon.es",
        "confirmar-envio@amazon.es",
        'Tu pedido de Amazon.es de "SanDisk Extreme PRO 128 GB..."',
        html=page("Amazon.es", body, foot, "#232f3e", "amazon.es"),
        slug="amazon-pedido",
    )
    body = f"""<p>Hola, Núria:</p><p>Tu paquete está en camino. Pedido {o1}.</p><p>Llegará: <b>mañana, jueves 5 de marzo</b>. Transportista: Amazon Logistics.</p>
<p><a href="https://www.amazon.es/progress-tracker">Seguir paquete</a></p>"""
    add(
        in_tz(madrid(2026, 3, 4, 9, 51), 0),
        "Amazon.es",
        "envio@amazon.es",
        'Enviado: "SanDisk Extreme PRO 128 GB..."',
        html=page("Amazon.es", body, foot, "#232f3e", "amazon.es"),
        slug="amazon-enviado",
    )
    body = f"""<p>Hola, Núria:</p><p>Hemos procesado el reembolso de tu devolución.</p>
{
        table(
            [
                ("Pedido", o1),
                ("Artículo", "Peak Design Slide Lite - Correa de cámara"),
                ("Importe del reembolso", eur(59.95), True),
                ("Método", "Visa terminada en 9023 (de 3 a 5 días hábiles)"),
            ]
        )
    }"""
    add(
        in_tz(madrid(2026, 3, 18, 12, 40), 0),
        "Amazon.es",
        "devoluciones@amazon.es",
        "Tu reembolso se ha procesado",
        html=page("Amazon.es", body, foot, "#232f3e", "amazon.es"),
        slug="amazon-reembolso",
    )


APPLE_FOOT = (
    "Apple Distribution International Ltd. · Hollyhill Industrial Estate, Hollyhill, Cork, Irlanda · "
    "Nº de IVA IE9700053D<br><a href='https://support.apple.com/es-es/billing'>Ayuda con la facturación</a> · "
    "<a href='https://www.apple.com/es/legal/internet-services/itunes/es/terms.html'>Condiciones de venta</a>"
)


def apple_receipt(dt, lines, labels, slug):
    total = sum(Decimal(str(a)) for _, _, a in lines)
    base, tax = iva(total)
    rows = []
    for item, detail, amt in lines:
        rows.append(
            (f"<b>{item}</b><br><span style='color:#666'>{detail.replace(chr(10), '<br>')}</span>", eur(amt))
        )
    body = f"""<p style="font-size:24px">Recibo</p>
{
        table(
            [
                ("ID DE APPLE", ME),
                ("FECHA", f"{dt.day} {MES[dt.month - 1][:3]} {dt.year}"),
                (
                    "N.º DE PEDIDO",
                    "M"
                    + RNG.choice("LNQ")
                    + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(8)),
                ),
                ("N.º DE DOCUMENTO", digits(12)),
            ]
        )
    }
{table(rows + [("Subtotal", eur(base)), ("IVA 21 %", eur(tax)), ("TOTAL", eur(total), True)])}
<p>Facturado a: Visa •••• 9023 · Núria Puig, {ADDR}</p>"""
    add(
        in_tz(dt, -8 if dt.month in (11, 12, 1, 2) else -7),
        "Apple",
        "no_reply@email.apple.com",
        "Tu recibo de Apple",
        html=page("Recibo de Apple", body, APPLE_FOOT, "#f5f5f7", "<span style='color:#1d1d1f'>Apple</span>"),
        html_cte="base64",
        labels=labels,
        slug=slug,
    )


def apple():
    lbl = ["iCloud+"]
    for y, mo in [(2025, 12), (2026, 6), (2026, 9), (2026, 11)]:
        apple_receipt(
            madrid(y, mo, 23, 5, RNG.randint(0, 59)),
            [
                (
                    "iCloud+",
                    "iCloud+ con 200 GB (mensual)\nSe renueva el "
                    + dmy(date(y + (mo == 12), mo % 12 + 1, 23)),
                    2.99,
                )
            ],
            lbl,
            "apple-recibo-icloud",
        )
    apple_receipt(
        madrid(2026, 4, 11, 22, 17),
        [("Apple TV", "Alquiler: Perfect Days (2023) — HD", 3.99)],
        [],
        "apple-recibo-alquiler",
    )


# ---------------------------------------------------------------- city life ---------------------


def dir_gym():
    lbl = ["DiR"]
    foot = "Clubs DiR, S.A. · C/ de Balmes 3, 08007 Barcelona · <a href='https://www.dir.cat/baixa-comunicacions'>Baixa de comunicacions</a>"
    soci = digits(6)
    body = f"""<p>Hola Núria,</p><p><b>Benvinguda a DiR!</b> Ja ets sòcia del club DiR Diagonal (i de tots els clubs DiR amb la quota Complet).</p>
{
        table(
            [
                ("Núm. de sòcia", soci),
                ("Quota", "DiR Complet · 62,50 €/mes"),
                ("Matrícula (promoció gener)", eur(30.00)),
                ("Part proporcional gener (8-31)", eur(48.39)),
                ("Total cobrat avui", eur(78.39), True),
            ]
        )
    }
<p>A partir de febrer, la quota es passarà per domiciliació bancària (rebut SEPA) els primers dies de cada mes.</p>
<p>Descarrega't l'app DiR per reservar classes i accedir amb el mòbil.</p>"""
    add(
        madrid(2026, 1, 8, 19, 5),
        "DiR",
        "benvinguda@dir.cat",
        "Benvinguda a DiR, Núria!",
        html=page("DiR", body, foot, "#e2001a", "DiR"),
        labels=lbl,
        slug="dir-benvinguda",
    )
    for y, mo in [(2026, 2), (2026, 6), (2026, 11)]:
        body = f"""<p>Hola Núria,</p><p>T'informem que hem emès el rebut de la teva quota {ca_mes(mo)} de {
            y
        }.</p>
{
            table(
                [
                    ("Núm. de sòcia", soci),
                    ("Concepte", f"Quota DiR Complet {MES_CA[mo - 1]} {y}"),
                    ("Import", eur(62.50), True),
                    ("Data de càrrec", f"01/{mo:02d}/{y}"),
                    ("Compte", IBAN_TAIL),
                ]
            )
        }
<p>Els rebuts inclouen l'IVA vigent.</p>"""
        add(
            madrid(y, mo, 1, 6, RNG.randint(0, 59)),
            "DiR",
            "rebuts@dir.cat",
            f"Rebut de la teva quota {ca_mes(mo)}",
            html=page("DiR", body, foot, "#e2001a", "DiR"),
            labels=lbl,
            slug="dir-rebut",
        )
    body = """<p>Black Friday a DiR: porta un amic i el mes de desembre us surt <b>gratis</b> als dos.</p><p>Només fins al 30/11.</p>"""
    add(
        madrid(2026, 11, 24, 12, 0),
        "DiR",
        "hola@comunicacio.dir.cat",
        "🖤 Black Friday: porta un amic i entreneu gratis",
        html=page("DiR", body, foot, "#e2001a", "DiR"),
        slug="dir-black-friday",
    )


def bicing():
    lbl = ["Bicing"]
    text = """Hola Núria,

La teva subscripció al Bicing (Tarifa Plana anual) es renovarà automàticament
el 03/03/2026 per 50,00 €. Farem el càrrec a la targeta que tens associada
(acabada en 9023).

Si no vols renovar-la, pots donar-te de baixa des de l'app o a
https://www.bicing.barcelona abans de la data de renovació.

Recorda que la Tarifa Plana inclou els primers 30 minuts de cada viatge amb
bicicleta mecànica; les elèctriques tenen un cost addicional per trajecte.

Bicing - Ajuntament de Barcelona
"""
    add(
        madrid(2026, 2, 17, 10, 0),
        "Bicing",
        "noreply@bicing.barcelona",
        "La teva subscripció al Bicing es renovarà aviat",
        text=text,
        labels=lbl,
        slug="bicing-avis-renovacio",
    )
    text = f"""Hola Núria,

Hem renovat la teva subscripció al Bicing.

Rebut: BIC-{digits(8)}
Tarifa Plana anual: 50,00 €
Vigència: 03/03/2026 - 02/03/2027

Gràcies per moure't en bicicleta per Barcelona!

Bicing - Ajuntament de Barcelona · BSM (Barcelona de Serveis Municipals, S.A.)
"""
    add(
        madrid(2026, 3, 3, 6, 12),
        "Bicing",
        "noreply@bicing.barcelona",
        "Rebut de la teva subscripció al Bicing",
        text=text,
        labels=lbl,
        slug="bicing-rebut",
    )


def t_usual():
    lbl = ["T-usual"]
    text = """Hola Núria,

Has activat la renovació automàtica de la T-usual (1 zona) al teu suport
T-mobilitat. Cada cop que s'esgoti el període de 30 dies, es carregarà un nou
títol i se't cobrarà l'import vigent a la targeta bancària associada.

Pots desactivar-la quan vulguis des de l'app T-mobilitat.

T-mobilitat · Autoritat del Transport Metropolità (ATM)
"""
    add(
        madrid(2026, 1, 14, 8, 20),
        "T-mobilitat",
        "noreply@t-mobilitat.cat",
        "Renovació automàtica activada",
        text=text,
        labels=lbl,
        slug="t-mobilitat-renovacio",
    )
    for y, mo, d in [(2026, 2, 13), (2026, 10, 11), (2026, 11, 10)]:
        text = f"""Hola Núria,

T'enviem el rebut de la teva compra.

Data: {d:02d}/{mo:02d}/{y}
Títol: T-usual · 1 zona · 30 dies
Import: 21,80 € (IVA 10% inclòs)
Forma de pagament: targeta ****9023
Núm. d'operació: {digits(12)}

El títol s'activarà amb la primera validació.

T-mobilitat · Autoritat del Transport Metropolità (ATM)
"""
        add(
            madrid(y, mo, d, 7, RNG.randint(0, 59)),
            "T-mobilitat",
            "noreply@t-mobilitat.cat",
            "Rebut de compra T-mobilitat",
            text=text,
            labels=lbl,
            slug="t-mobilitat-rebut",
        )


def altair():
    lbl = ["Altaïr Magazine"]
    text = """Hola Núria,

La teva subscripció anual a Altaïr Magazine (4 números) finalitza amb el número
de primavera. La renovarem automàticament el 05/04/2026 per 42,00 € (IVA 4%
inclòs), amb la targeta acabada en 9023.

Si vols canviar l'adreça d'enviament o donar-te de baixa, respon a aquest
correu o escriu-nos a subscripcions@altairmagazine.com.

Bones lectures i bons viatges,
Altaïr Magazine
"""
    add(
        madrid(2026, 3, 20, 12, 10),
        "Altaïr Magazine",
        "subscripcions@altairmagazine.com",
        "Renovació de la teva subscripció a Altaïr",
        text=text,
        labels=lbl,
        slug="altair-renovacio",
    )
    base, tax = iva(42.00, 4)
    body = f"""<p>Hola Núria,</p><p>Gràcies per continuar amb nosaltres! Aquí tens el rebut de la renovació.</p>
{
        table(
            [
                ("Comanda", "#AM" + digits(5)),
                ("Subscripció anual Altaïr Magazine (4 números)", eur(base)),
                ("IVA (4%)", eur(tax)),
                ("Total", eur(42.00), True),
                ("Propera renovació", "05/04/2027"),
            ]
        )
    }"""
    add(
        madrid(2026, 4, 5, 9, 1),
        "Altaïr Magazine",
        "botiga@altairmagazine.com",
        "Rebut de la teva comanda #AM subscripció",
        html=page(
            "Altaïr",
            body,
            "Altaïr Magazine · Gran Via de les Corts Catalanes 616, 08007 Barcelona",
            "#8b5e3c",
            "ALTAÏR",
        ),
        labels=lbl,
        slug="altair-rebut",
    )
    text = """Hola Núria,

El número 112 (Japó rural) ja és en camí. El rebràs a casa en 3-5 dies
laborables per Correos.

Altaïr Magazine
"""
    add(
        madrid(2026, 9, 22, 11, 0),
        "Altaïr Magazine",
        "botiga@altairmagazine.com",
        "El teu número d'Altaïr ja és en camí",
        text=text,
        labels=lbl,
        slug="altair-enviament",
    )


def la_vanguardia():
    lbl = ["La Vanguardia"]
    foot = (
        "La Vanguardia Ediciones, S.L. · Av. Diagonal 477, 08036 Barcelona · CIF B61475257<br>"
        "<a href='https://www.lavanguardia.com/newsletters/baja'>Darse de baja</a>"
    )
    body = """<p>Hola, Núria:</p><p><b>Bienvenida a La Vanguardia Premium.</b> Ya tienes acceso ilimitado a todos los contenidos, la edición impresa en PDF y las newsletters exclusivas.</p>
<p>Tu oferta: <b>primer mes por 1 €</b>. Después, <b>9,99 €/mes</b>. Sin permanencia: puedes darte de baja cuando quieras desde Mi Cuenta.</p>
<p>Próximo cargo: 20/03/2026 · 9,99 €</p>"""
    add(
        madrid(2026, 2, 20, 21, 33),
        "La Vanguardia",
        "suscripciones@lavanguardia.com",
        "Bienvenida a La Vanguardia Premium",
        html=page("La Vanguardia", body, foot, "#003366", "LA VANGUARDIA"),
        labels=lbl,
        slug="la-vanguardia-bienvenida",
    )
    for y, mo in [(2026, 3), (2026, 8), (2026, 11)]:
        base, tax = iva(9.99, 4)
        body = f"""<p>Hola, Núria:</p><p>Te confirmamos el cargo de tu suscripción.</p>
{
            table(
                [
                    ("Producto", "La Vanguardia Premium · mensual"),
                    ("Fecha de cargo", f"20/{mo:02d}/{y}"),
                    ("Base imponible", eur(base)),
                    ("IVA (4 %)", eur(tax)),
                    ("Importe", eur(9.99), True),
                    ("Tarjeta", "**** 9023"),
                ]
            )
        }
<p>Tu próxima factura: 20/{mo % 12 + 1:02d}/{y}</p>"""
        add(
            madrid(y, mo, 20, 3, RNG.randint(0, 59)),
            "La Vanguardia",
            "suscripciones@lavanguardia.com",
            "Cargo en cuenta: tu suscripción a La Vanguardia",
            html=page("La Vanguardia", body, foot, "#003366", "LA VANGUARDIA"),
            labels=lbl,
            slug="la-vanguardia-cargo",
        )
    for dt, subj in [(madrid(2026, 10, 27, 7, 0), "El Primer Café: lo que hay que saber este martes")]:
        body = """<p><b>Buenos días.</b> Estas son las claves del día:</p><ul><li>Barcelona aprueba el nuevo plan de movilidad del Eixample</li>
<li>El Barça prepara la vuelta al Spotify Camp Nou</li><li>La Mercè 2026: el programa completo</li></ul>"""
        add(
            dt,
            "La Vanguardia",
            "newsletters@lavanguardia.com",
            subj,
            html=page("La Vanguardia", body, foot, "#003366", "LA VANGUARDIA"),
            slug="la-vanguardia-newsletter",
        )


# ---------------------------------------------------------------- distractors -------------------


def bank_and_money():
    caixa_alert(
        madrid(2026, 1, 18, 23, 4),
        "Has recibido un Bizum.",
        "Bizum de LAIA FERRER CASAS: sopar Gràcia",
        23.50,
        slug="caixabank-bizum-recibido",
    )
    caixa_alert(
        madrid(2026, 6, 27, 14, 31),
        "Has enviado un Bizum.",
        "Bizum a JORDI MAS: entrades Cruïlla",
        65.00,
        slug="caixabank-bizum-enviado",
    )
    caixa_alert(
        madrid(2026, 9, 8, 10, 2),
        "Has recibido un Bizum.",
        "Bizum de LAIA FERRER CASAS: regal Marta",
        15.00,
        slug="caixabank-bizum-recibido",
    )
    caixa_alert(
        madrid(2026, 4, 2, 12, 45),
        "Has recibido una transferencia.",
        "ESTUDI BARCELO ARQUITECTES SLP - FRA 2026-011",
        1028.50,
        slug="caixabank-transferencia",
    )
    caixa_alert(
        madrid(2026, 7, 1, 9, 0),
        "Te informamos de una transferencia periódica emitida.",
        "Transferencia periódica a JOSEP MARIA CASALS PUJOL - lloguer juliol",
        1045.00,
        slug="caixabank-transferencia-lloguer",
    )
    body = """<p>Hola, NÚRIA:</p><p>Ya tienes disponible el <b>extracto mensual</b> de tu Cuenta Corriente de octubre de 2026 en CaixaBankNow, apartado Buzón.</p>"""
    add(
        madrid(2026, 11, 3, 8, 0),
        "CaixaBank",
        "notificaciones@caixabank.com",
        "Tu extracto de octubre ya está disponible",
        html=page("CaixaBank", body, CAIXA_FOOT, "#007eae", "CaixaBank"),
        cs="windows-1252",
        slug="caixabank-extracto",
    )
    text = """Hola Núria,

T'escric per l'actualització anual del lloguer. Segons el contracte, a partir
de l'1 de gener la renda s'actualitza amb l'índex de referència (2,2%):

Renda actual: 1.023,00 €
Renda 2026: 1.045,00 €

Si us plau, modifica la transferència periòdica. Qualsevol cosa em dius.

Salutacions,
Josep Maria Casals
"""
    add(
        madrid(2025, 12, 10, 18, 20),
        "Josep Maria Casals",
        "jmcasals1957@telefonica.net",
        "Actualització lloguer 2026 - Sardenya 312",
        text=text,
        slug="lloguer-actualitzacio",
    )


def freelance_income():
    text = f"""Hola Núria,

Has vendido «Canon EF 50mm f/1.8 STM» por 85,00 €.

El comprador ha pagado con envío protegido. Tienes 5 días para entregar el
paquete en la oficina de Correos o punto Celeritas. Código de envío:
WLP{digits(9)}

Cuando el comprador confirme que todo está bien, el dinero (85,00 €)
estará disponible en tu monedero de Wallapop.

El equipo de Wallapop
"""
    add(
        madrid(2026, 5, 3, 19, 12),
        "Wallapop",
        "no-reply@wallapop.com",
        "¡Enhorabuena! Has vendido «Canon EF 50mm f/1.8 STM»",
        text=text,
        slug="wallapop-vendido",
    )
    text = """Hola Núria,

El comprador ha confirmado la recepción. Ya tienes 85,00 € disponibles en tu
monedero. Puedes transferirlos a tu cuenta bancaria cuando quieras (gratis).

El equipo de Wallapop
"""
    add(
        madrid(2026, 5, 8, 11, 40),
        "Wallapop",
        "no-reply@wallapop.com",
        "Ya tienes 85,00 € en tu monedero",
        text=text,
        slug="wallapop-monedero",
    )
    body = f"""<p>Has recibido un pago de <b>180,00 €</b>.</p>
{
        table(
            [
                ("Cliente", "anna.riera.g@gmail.com"),
                ("Descripción", "Impressió fine art 40x60 — Sèrie «Mar de fons»"),
                ("Importe", eur(180.00)),
                ("Comisión de Stripe", eur(-2.95)),
                ("Neto", eur(177.05), True),
                ("ID del pago", "pi_3P" + hexid(20)),
            ]
        )
    }
<p>El importe se incluirá en tu próximo pago a tu cuenta bancaria terminada en 4417.</p>"""
    add(
        in_tz(madrid(2026, 6, 11, 17, 22), 0),
        "Stripe",
        "notifications@stripe.com",
        "Pago de 180,00 € de anna.riera.g@gmail.com",
        html=page(
            "Stripe",
            body,
            "Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower, Dublín 2, Irlanda",
            "#635bff",
            "stripe",
        ),
        slug="stripe-pago-recibido",
    )
    text = (
        """Hola, Núria Puig:

Has recibido un pago de 450,00 GBP de Hannah Wright (hannah@wrightandco.studio).

Nota: "Invoice NP-2026-019 — Editorial shoot Barcelona, 2 days. Thanks Núria!"

Importe recibido: 450,00 GBP
Comisión: -17,85 GBP
Importe neto: 432,15 GBP

ID de transacción: 8VR"""
        + digits(14)
        + """

El dinero ya está en tu cuenta PayPal.

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburgo
"""
    )
    add(
        in_tz(madrid(2026, 8, 12, 15, 5), -7),
        "PayPal",
        "service@paypal.es",
        "Has recibido un pago de Hannah Wright",
        text=text,
        slug="paypal-pago-recibido",
    )
    text = """Hola Núria,

Perfecte, ja està: avui us hem fet la transferència de la factura 2026-011.

  Base imposable: 1.000,00 €
  IVA 21%: 210,00 €
  Retenció IRPF -15%: -150,00 €
  Total: 1.060,00 €

(Hem descomptat els 31,50 € de l'abonament que vam parlar, per això surt
1.028,50 €.) Ens encanten les fotos del projecte de Poblenou!

Salut,
Pere Barceló
Estudi Barceló Arquitectes

> El 28 mar 2026, a les 11:02, Núria Puig <nuria.puig.foto@gmail.com> va escriure:
> Hola Pere, us adjunto la factura 2026-011 de la sessió d'arquitectura.
> Moltes gràcies!
"""
    add(
        madrid(2026, 4, 2, 12, 20),
        "Pere Barceló",
        "pere@estudibarcelo.cat",
        "Re: Factura 2026-011 - fotografia obra Pujades",
        text=text,
        slug="client-factura-re",
    )
    text = """Hola Núria!

Ens casem el 19 de setembre a Alella i ens encantaria que fossis la nostra
fotògrafa :) Ens pots passar pressupost per reportatge complet (preparatius,
cerimònia i convit, unes 10 hores) i àlbum?

Gràcies!!
Marta i Oriol
"""
    add(
        madrid(2026, 2, 3, 22, 48),
        "Marta Pons",
        "martapons88@gmail.com",
        "Pressupost boda setembre",
        text=text,
        slug="client-pressupost-boda",
    )


def shopping_travel():
    ped = "FC" + digits(7)
    body = f"""<p>Hola Núria,</p><p>Hemos recibido tu pedido <b>{
        ped
    }</b>. ¡Gracias por confiar en Fotocasión!</p>
{
        table(
            [
                ("Sony FE 35mm f/1.4 GM", eur(1299.00)),
                ("Filtro B+W UV 67mm MRC", eur(54.90)),
                ("Envío 24h", eur(0)),
                ("Total (IVA incluido)", eur(1353.90), True),
                ("Pago", "Tarjeta **** 9023"),
            ]
        )
    }
<p>Base imponible: {eur(iva(1353.90)[0])} · IVA 21%: {eur(iva(1353.90)[1])}</p>"""
    add(
        madrid(2026, 4, 9, 13, 15),
        "Fotocasión",
        "pedidos@fotocasion.es",
        f"Confirmación de tu pedido {ped}",
        html=page(
            "Fotocasión",
            body,
            "Fotocasión S.L. · Ribera de Curtidores 22, 28005 Madrid",
            "#d4001a",
            "FOTOCASIÓN",
        ),
        slug="fotocasion-pedido",
    )
    text = f"""Hola Núria,

Tu pedido {ped} ha salido de nuestro almacén con SEUR.
Número de seguimiento: {digits(14)}
Entrega prevista: 10/04/2026

Fotocasión
"""
    add(
        madrid(2026, 4, 9, 18, 2),
        "Fotocasión",
        "envios@fotocasion.es",
        f"Tu pedido {ped} está en camino",
        text=text,
        slug="fotocasion-envio",
    )
    loc = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    body = f"""<p>Hola NURIA,</p><p>¡Tu reserva está confirmada! Código de reserva: <b>{loc}</b></p>
{
        table(
            [
                ("Ida", "VY8460 · Barcelona (BCN) 07:15 → Lisboa (LIS) 08:10 · 14/05/2026"),
                ("Vuelta", "VY8463 · Lisboa (LIS) 20:35 → Barcelona (BCN) 23:25 · 16/05/2026"),
                ("Tarifa", "TimeFlex · 1 pasajero"),
                ("Equipaje", "1 maleta 23 kg"),
                ("Total pagado", eur(212.46), True),
            ]
        )
    }
<p>Check-in online disponible 7 días antes de la salida.</p>"""
    add(
        madrid(2026, 3, 26, 21, 10),
        "Vueling",
        "noreply@vueling.com",
        f"Confirmación de tu reserva {loc}",
        html=page(
            "Vueling",
            body,
            "Vueling Airlines, S.A. · Parque de Negocios Mas Blau II, El Prat de Llobregat",
            "#ffcc00",
            "vueling",
        ),
        slug="vueling-reserva",
    )
    text = f"""Hola NURIA,

Ya puedes hacer el check-in de tu vuelo VY8460 Barcelona - Lisboa del
14/05/2026. Reserva {loc}.

https://www.vueling.com/es/check-in

Vueling
"""
    add(
        madrid(2026, 5, 7, 7, 15),
        "Vueling",
        "noreply@vueling.com",
        "Ya puedes hacer el check-in",
        text=text,
        slug="vueling-checkin",
    )
    text = f"""Renfe

Billete de tren - Localizador: {digits(2)}{"".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))}

Viajero: NURIA PUIG SERRA
AVE 03063 · Barcelona-Sants 08:30 - Madrid-Puerta de Atocha-Almudena Grandes 11:15
Fecha: 22/10/2026 · Coche 6 · Plaza 08A · Tarifa Básico

Precio total: 54,30 € (IVA incluido)

Presenta este billete en el móvil o impreso en el acceso al tren.
Renfe Viajeros S.M.E., S.A.
"""
    add(
        madrid(2026, 10, 2, 16, 33),
        "Renfe",
        "venta@renfe.es",
        "Confirmación de compra Renfe",
        text=text,
        cs="iso-8859-15",
        slug="renfe-billete",
    )
    body = f"""<p>¡Tu pedido está en camino, Núria!</p>{
        table(
            [
                ("Pedido", "#" + digits(9)),
                ("Poke House Sant Antoni", ""),
                ("Poke salmó + kombucha", eur(16.40)),
                ("Envío", eur(1.99)),
                ("Total", eur(18.39), True),
            ]
        )
    }"""
    add(
        madrid(2026, 7, 22, 21, 5),
        "Glovo",
        "no-reply@glovoapp.com",
        "Tu pedido de Poke House está en camino",
        html=page("Glovo", body, "Glovoapp23, S.A. · C/ Llull 108, 08005 Barcelona", "#ffc244", "glovo"),
        slug="glovo-pedido",
    )


def government():
    text = """AGENCIA TRIBUTARIA

Estimado/a contribuyente:

Le comunicamos que tiene una nueva notificación pendiente de lectura en la
Dirección Electrónica Habilitada única (DEHú).

Emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información - IVA 2T 2026 (modelo 303)

Puede acceder con certificado electrónico, DNIe o Cl@ve en:
https://dehu.redsara.es

Este mensaje se ha generado automáticamente. No responda a esta dirección.
"""
    add(
        madrid(2026, 9, 15, 10, 18),
        "Agencia Tributaria",
        "notificaciones@correo.aeat.es",
        "AEAT: nueva notificación en la Dirección Electrónica Habilitada única",
        text=text,
        cs="iso-8859-15",
        slug="aeat-notificacion",
    )
    text = f"""AGENCIA TRIBUTARIA - Justificante de presentación

Modelo 130 - Pago fraccionado IRPF (Actividades económicas en estimación directa)
Ejercicio 2026 - Periodo 3T
NIF: 4****812K  PUIG SERRA NURIA
Número de justificante: 130{digits(10)}
Fecha y hora de presentación: 16/10/2026 12:41
Resultado de la declaración: 412,36 € - Domiciliación (cargo el 20/10/2026)

Presentado por: ASSESSORIA VIDAL I ROCA SL (colaborador social)
"""
    add(
        madrid(2026, 10, 16, 12, 42),
        "Agencia Tributaria",
        "noreply@correo.aeat.es",
        "Justificante de presentación modelo 130 - 3T 2026",
        text=text,
        cs="iso-8859-15",
        slug="aeat-justificante-130",
    )


def newsletters_promos():
    body = """<p><b>This week on PetaPixel</b></p><ul><li>Sony A7 V review: the new all-rounder</li><li>How to price your architecture photography</li>
<li>Lightroom's new denoise compared with DxO PureRAW</li></ul>"""
    for dt in [in_tz(madrid(2026, 8, 16, 15), -4)]:
        add(
            dt,
            "PetaPixel",
            "newsletter@petapixel.com",
            "PetaPixel Weekly: the best of photography news",
            html=page(
                "PetaPixel",
                body,
                "PetaPixel · <a href='https://petapixel.com/unsubscribe'>Unsubscribe</a>",
                "#111111",
                "PetaPixel",
            ),
            slug="petapixel-newsletter",
        )
    body = """<p>New from Magnum: <b>Square Print Sale</b> — signed and estate-stamped 6x6" prints by 100 photographers, $100 for one week only.</p>"""
    add(
        in_tz(madrid(2026, 6, 2, 16), 1),
        "Magnum Photos",
        "shop@magnumphotos.com",
        "The Magnum Square Print Sale starts now",
        html=page(
            "Magnum",
            body,
            "Magnum Photos · <a href='https://www.magnumphotos.com/unsubscribe'>Unsubscribe</a>",
            "#000000",
            "MAGNUM PHOTOS",
        ),
        slug="magnum-newsletter",
    )
    text = """Hi Núria,

Welcome to your 30-day free trial of Capture One Pro. Your trial ends on
July 21, 2026. No payment details were needed, and nothing will be charged:
when the trial ends you can choose a plan (from €14.92/month billed
annually) or a perpetual license.

Happy editing!
The Capture One team
Capture One A/S, Roskildevej 39, 2000 Frederiksberg, Denmark
"""
    add(
        in_tz(madrid(2026, 6, 21, 11, 3), 2),
        "Capture One",
        "hello@captureone.com",
        "Your Capture One trial has started",
        text=text,
        slug="capture-one-trial",
    )
    text = """Hi Núria,

Your Capture One Pro trial has ended. Thank you for giving it a try!
Pick a plan to keep editing: https://www.captureone.com/buy

The Capture One team
"""
    add(
        in_tz(madrid(2026, 7, 21, 11, 0), 2),
        "Capture One",
        "hello@captureone.com",
        "Your trial has ended",
        text=text,
        slug="capture-one-trial-ended",
    )
    body = """<p>Núria, pásate a <b>Endesa</b> y paga <b>0,119 €/kWh</b> las 24 horas con la Tarifa One Luz, sin permanencia.</p>
<p>Además, te regalamos 50 € de descuento en tu primera factura.</p>"""
    add(
        madrid(2026, 10, 6, 12, 30),
        "Endesa",
        "ofertas@comunicaciones.endesa.es",
        "Núria, tu luz a precio fijo con Endesa",
        html=page(
            "Endesa",
            body,
            "Endesa Energía, S.A.U. · <a href='https://www.endesa.com/baja'>No recibir más comunicaciones</a>",
            "#0555fa",
            "endesa",
        ),
        slug="endesa-promo",
    )


def personal():
    text = """Ei Núria!

Dissabte fem sopar a casa per l'aniversari de la Marta. Vens? Porta postres
si pots. Ah, i si portes la càmera, millor ;)

Ja et faré Bizum del que em vas avançar.

Petons,
Laia
"""
    add(
        madrid(2026, 1, 14, 13, 27),
        "Laia Ferrer",
        "laia.ferrer.c@gmail.com",
        "Sopar dissabte?",
        text=text,
        slug="laia-sopar",
    )
    text = """Filla,

T'envio les fotos de Nadal a casa l'avi. Mira si en pots arreglar alguna
de les fosques, que tu en saps.

Un petó molt gran,
Mama
"""
    add(
        madrid(2025, 12, 27, 17, 50),
        "Rosa Serra",
        "rosa.serra.vic@gmail.com",
        "Fotos de Nadal",
        text=text,
        slug="mama-fotos",
    )


# ---------------------------------------------------------------- truth and output --------------


def T(name, aliases, amount, cycle, status, nxt, kind="subscription"):
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": "EUR",
        "cycle": cycle,
        "status": status,
        "next_renewal": nxt if status == "active" else None,
        "kind": kind,
    }


TRUTH = [
    T(
        "Iberdrola",
        ["Iberdrola Clientes", "Iberdrola Clientes S.A.U.", "Iberdrola luz", "Plan Estable"],
        "49.50",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
    ),
    T(
        "Naturgy",
        ["Naturgy Iberia", "Naturgy gas", "Naturgy Iberia S.A."],
        "38.72",
        "monthly",
        "active",
        "2026-12-11",
        "bill",
    ),
    T(
        "Aigües de Barcelona",
        [
            "Aigues de Barcelona",
            "AB Aigües",
            "Aigües de Barcelona Empresa Metropolitana de Gestió del Cicle Integral de l'Aigua",
        ],
        "84.17",
        "quarterly",
        "active",
        "2027-01-22",
        "bill",
    ),
    T(
        "Digi",
        ["DIGI Spain Telecom", "Digi fibra", "Digimobil", "DIGI Fibra + Móvil"],
        "27.00",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        "Movistar",
        ["miMovistar", "Telefónica de España", "Telefónica"],
        "78.90",
        "monthly",
        "cancelled",
        None,
        "bill",
    ),
    T("Simyo", ["simyo", "Orange Espagne"], "10.00", "monthly", "active", "2026-12-06", "bill"),
    T(
        "Seguridad Social",
        ["TGSS", "Tesorería General de la Seguridad Social", "Cuota de autónomos", "RETA", "cuota autónomo"],
        "294.00",
        "monthly",
        "active",
        "2026-12-30",
        "bill",
    ),
    T(
        "Assessoria Vidal i Roca",
        ["Vidal i Roca", "Assessoria Vidal i Roca, S.L.", "gestoría"],
        "72.60",
        "monthly",
        "active",
        "2026-12-02",
    ),
    T(
        "Línea Directa Hogar",
        ["Línea Directa", "Línea Directa Aseguradora", "Seguro de hogar"],
        "236.18",
        "yearly",
        "active",
        "2027-03-15",
        "bill",
    ),
    T(
        "Sanitas",
        ["Sanitas Más Salud", "Sanitas S.A. de Seguros", "Sanitas seguro de salud"],
        "61.27",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        "Espai Tànger Coworking",
        ["Espai Tànger", "Espai Tanger Coworking", "Tànger Coworking"],
        "199.65",
        "monthly",
        "active",
        "2026-12-01",
    ),
    T(
        "Adobe Creative Cloud",
        [
            "Adobe",
            "Creative Cloud",
            "Creative Cloud Todas las aplicaciones",
            "Adobe Systems Software Ireland",
            "Lightroom",
            "Plan de fotografía",
        ],
        "66.54",
        "monthly",
        "active",
        "2026-12-14",
    ),
    T(
        "Dropbox",
        ["Dropbox Plus", "Dropbox International Unlimited Company"],
        "119.88",
        "yearly",
        "active",
        "2027-09-03",
    ),
    T("Squarespace", ["Squarespace Core", "Squarespace Ireland"], "232.32", "yearly", "active", "2027-05-06"),
    T(
        "Dinahosting",
        ["nuriapuig.cat", "dinahosting S.L.", "dominio nuriapuig.cat"],
        "24.20",
        "yearly",
        "active",
        "2027-01-21",
    ),
    T(
        "Spotify",
        ["Spotify Premium", "Spotify Premium Individual", "Spotify AB"],
        "12.99",
        "monthly",
        "active",
        "2026-12-19",
    ),
    T(
        "Netflix",
        ["Netflix Estándar", "Netflix International B.V."],
        "14.99",
        "monthly",
        "active",
        "2026-12-07",
    ),
    T("Filmin", ["Filmin S.L."], "79.00", "yearly", "active", "2027-02-12"),
    T("HBO Max", ["Max", "HBO"], "10.99", "monthly", "cancelled", None),
    T("Amazon Prime", ["Prime", "Amazon Prime España"], "49.90", "yearly", "active", "2027-07-22"),
    T(
        "iCloud+",
        ["iCloud", "Apple iCloud+", "iCloud+ 200 GB", "iCloud+ con 200 GB"],
        "2.99",
        "monthly",
        "active",
        "2026-12-23",
    ),
    T("DiR", ["Clubs DiR", "DiR Complet", "DiR Diagonal"], "62.50", "monthly", "active", "2026-12-01"),
    T("Bicing", ["Bicing Tarifa Plana", "Bicing Barcelona"], "50.00", "yearly", "active", "2027-03-03"),
    T(
        "T-usual",
        ["T-mobilitat", "T-usual 1 zona", "ATM", "Autoritat del Transport Metropolità"],
        "21.80",
        "monthly",
        "active",
        "2026-12-10",
    ),
    T("Altaïr Magazine", ["Altaïr", "Altair Magazine", "Altair"], "42.00", "yearly", "active", "2027-04-05"),
    T(
        "La Vanguardia",
        ["La Vanguardia Premium", "La Vanguardia digital", "La Vanguardia Ediciones"],
        "9.99",
        "monthly",
        "active",
        "2026-12-20",
    ),
]

HARD_NEGATIVES = [
    "CaixaBank",
    "Bizum",
    "Laia Ferrer",
    "Jordi Mas",
    "Rosa Serra",
    "Marc Soler",
    "Josep Maria Casals",
    "Wallapop",
    "Stripe",
    "PayPal",
    "Hannah Wright",
    "Estudi Barceló Arquitectes",
    "Pere Barceló",
    "Marta Pons",
    "Anna Riera",
    "SanDisk Extreme PRO",
    "Peak Design Slide Lite",
    "Fotocasión",
    "Sony FE 35mm f/1.4 GM",
    "SEUR",
    "Vueling",
    "Renfe",
    "Glovo",
    "Poke House",
    "Agencia Tributaria",
    "AEAT",
    "Modelo 130",
    "PetaPixel",
    "Magnum Photos",
    "Capture One",
    "Endesa",
    "Apple TV",
    "Perfect Days",
]


def mbox_from_line(m, dt):
    addr = re.search(r"<([^>]+)>", str(m["From"]))
    addr = addr.group(1) if addr else str(m["From"])
    u = dt.astimezone(UTC)
    return f"From {addr} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}"


def main():
    for fn in (
        iberdrola,
        naturgy,
        aigues,
        movistar,
        digi,
        simyo,
        seguridad_social,
        gestoria,
        linea_directa,
        sanitas,
        coworking,
        adobe,
        dropbox,
        squarespace,
        dinahosting,
        spotify,
        netflix,
        filmin,
        hbo_max,
        amazon,
        apple,
        dir_gym,
        bicing,
        t_usual,
        altair,
        la_vanguardia,
        bank_and_money,
        freelance_income,
        shopping_travel,
        government,
        newsletters_promos,
        personal,
    ):
        fn()
    MESSAGES.sort(key=lambda r: (r["dt"].astimezone(UTC), r["slug"]))
    eml_dir = HERE / "eml"
    eml_dir.mkdir(exist_ok=True)
    for old in eml_dir.glob("*.eml"):
        old.unlink()
    names = {t["name"] for t in TRUTH}
    index, mbox = [], []
    for i, r in enumerate(MESSAGES, 1):
        assert set(r["labels"]) <= names, r["labels"]
        fname = f"{i:03d}-{r['dt']:%Y%m%d}-{r['slug']}.eml"
        data = r["msg"].as_bytes(policy=POL)
        (eml_dir / fname).write_bytes(data)
        body = re.sub(rb"(?m)^(>*From )", rb">\1", data)
        mbox.append(mbox_from_line(r["msg"], r["dt"]).encode() + b"\n" + body.rstrip(b"\n") + b"\n\n")
        index.append({"file": fname, "from": r["from_name"], "subject": r["subject"], "labels": r["labels"]})
    (HERE / "mailbox.mbox").write_bytes(b"".join(mbox))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(index), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    used = {lab for r in MESSAGES for lab in r["labels"]}
    missing = names - used
    print(
        f"{len(index)} messages, {len(TRUTH)} truths"
        + (f", no evidence for {sorted(missing)}" if missing else "")
    )


if __name__ == "__main__":
    main()
