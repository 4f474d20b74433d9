"""The blind half: Daniel Okafor, Barcelona, October 2025 to November 2026.

Do not read this file, blind/ or its truth while working on the detector: its figures are only
worth something while nobody tuning the detector has seen this mail (README.md).
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

from datetime import date, timedelta

from mailkit import Clock, Half, Mail, add_months, every, jsonld, monthly, page, paras, rows, truth

ME = ("Daniel Okafor", "d.okafor@correo.example")
TODAY = date(2026, 12, 2)
C = Clock(9120415)
ES_MONTHS = [
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
IT_MONTHS = [
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


def es_money(amount: str) -> str:
    whole, cents = amount.split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents}"


def es_date(day: date) -> str:
    return f"{day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


# --- streaming, music, apps -----------------------------------------------------------------


def max_tv() -> list[Mail]:
    sender = ("Max", "no-reply@max.com")
    out = []
    for day in monthly(date(2026, 9, 15), 3):
        text = f"""Hola, Daniel:

Hemos procesado el pago de tu suscripción a Max.

Plan: Estándar con anuncios, mensual
Importe: 9,99 € (IVA incluido)
Fecha del pago: {day:%d/%m/%Y}
Próxima fecha de facturación: {add_months(day, 1):%d/%m/%Y}

Gracias por ver Max."""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Confirmación de pago de Max",
                text=text,
                html=page("max", "#002be7", paras(text), lang="es"),
                label="Max",
            )
        )
    change = """Hola, Daniel:

Te escribimos para informarte de un cambio en el precio de tu plan.

A partir del 15 de diciembre de 2026, tu suscripción mensual a Max costará 10,99 € al mes (antes 9,99 €).
El nuevo precio se aplicará automáticamente en tu siguiente fecha de facturación.

Si no deseas continuar, puedes cancelar en cualquier momento desde Ajustes > Suscripción."""
    out.append(
        Mail(
            C.at(date(2026, 11, 2)),
            sender,
            "Cambios en el precio de tu suscripción",
            text=change,
            html=page("max", "#002be7", paras(change), lang="es"),
            label="Max",
        )
    )
    return out


def apple() -> list[Mail]:
    sender = ("Apple", "no_reply@email.apple.com")

    def line(title: str, detail: str, price: str) -> str:
        return (
            f'<tr><td style="padding:10px 0"><b>{title}</b><br><span style="color:#6e6e73">{detail}</span></td>'
            f'<td align="right">{price}</td></tr>'
        )

    out = []
    for n, day in enumerate(monthly(date(2026, 9, 4), 3)):
        nxt = add_months(day, 1)
        items = [
            line(
                "Apple Music",
                f"Individual (mensual)<br>Se renueva el {nxt.day} {ES_MONTHS[nxt.month - 1][:3]} {nxt.year}",
                "10,99 €",
            )
        ]
        total, also = "10,99 €", tuple[str, ...]()
        if n == 1:
            items.append(
                line(
                    "Strava: Run, Bike, Hike",
                    "Strava Subscription (anual)<br>Se renueva el 4 oct 2027",
                    "59,99 €",
                )
            )
            total, also = "70,98 €", ("Strava",)
        if n == 2:
            items.append(line("Procreate Pocket", "Savage Interactive Pty Ltd", "5,99 €"))
            total = "16,98 €"
        html = f"""<html><body style="font-family:'SF Pro Text',Helvetica;color:#1d1d1f">
<div style="max-width:620px;margin:auto"><p style="font-size:28px">Recibo</p>
<p style="font-size:12px">ID DE APPLE: d.okafor@correo.example &nbsp; FECHA: {day.day} {ES_MONTHS[day.month - 1][:3]} {day.year}
&nbsp; N.º DE PEDIDO: ML{day:%m%d}QZ8KT &nbsp; N.º DE DOCUMENTO: 2034{n}8831{day.month:02d}</p>
<table width="100%">{"".join(items)}</table>
<hr><table width="100%"><tr><td>IVA incluido (21 %)</td><td align="right">incl.</td></tr>
<tr><td><b>TOTAL</b></td><td align="right"><b>{total}</b></td></tr></table>
<p style="font-size:11px;color:#6e6e73">Facturado a Visa •••• 7731. Apple Distribution International Ltd.
Para gestionar tus suscripciones, ve a Ajustes &gt; Apple ID &gt; Suscripciones.</p></div></body></html>"""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Tu recibo de Apple",
                html=html,
                cte="base64",
                label="Apple Music",
                also=also,
            )
        )
    for day in (date(2026, 10, 1), date(2026, 11, 1) + timedelta(days=2)):
        report = f"""Your {add_months(day, -1):%B} on Strava

12 activities · 146.2 km · 9h 41m
Biggest ride: Collserola loop, 64.3 km
You're on a 5-week streak. Keep it going!"""
        out.append(
            Mail(
                C.at(day),
                ("Strava", "no-reply@strava.com"),
                f"Your {add_months(day, -1):%B} recap",
                html=page("STRAVA", "#fc4c02", paras(report)),
            )
        )
    return out


def google_play() -> list[Mail]:
    sender = ("Google Play", "googleplay-noreply@google.com")
    out = []
    for n, day in enumerate(monthly(date(2026, 8, 21), 4)):
        text = f"""Gracias.

Has realizado una compra en Google Play.

Número de pedido: GPA.3391-0042-7781-{40211 + n * 7}
Fecha del pedido: {day:%d %b %Y} 11:02:44 CEST

Artículo                                      Precio
Super Duolingo (Duolingo: lecciones de idiomas)   12,99 €/mes
Suscripción de renovación automática

Total: 12,99 €/mes (IVA incluido)
Método de pago: PayPal: d.okafor@correo.example

Puedes cancelar la suscripción en cualquier momento en Google Play."""
        out.append(
            Mail(
                C.at(day, 2),
                sender,
                f"Recibo de tu pedido de Google Play del {day:%d/%m/%Y}",
                text=text,
                html=page("Google Play", "#01875f", paras(text), lang="es"),
                label="Super Duolingo",
            )
        )
    return out


def amazon_prime() -> list[Mail]:
    sender = ("Amazon.es", "prime@amazon.es")
    order = jsonld(
        {
            "@context": "http://schema.org",
            "@type": "Order",
            "orderNumber": "D01-7730021-4410228",
            "seller": {"@type": "Organization", "name": "Amazon EU S.à r.l."},
            "acceptedOffer": {
                "@type": "Offer",
                "itemOffered": {"@type": "Product", "name": "Amazon Prime (cuota anual)"},
                "price": "49.90",
                "priceCurrency": "EUR",
            },
            "priceSpecification": {"@type": "PriceSpecification", "price": "49.90", "priceCurrency": "EUR"},
        }
    )
    text = """Hola, Daniel:

Gracias por seguir siendo miembro de Amazon Prime. Hemos renovado tu suscripción anual.

Cuota: 49,90 € (IVA incluido)
Fecha de renovación: 18 de marzo de 2026
Próxima renovación: 18 de marzo de 2027
Método de pago: Visa terminada en 7731

Gestiona tu suscripción en Mi cuenta > Prime."""
    return [
        Mail(
            C.at(date(2026, 3, 18)),
            sender,
            "Tu suscripción a Amazon Prime se ha renovado",
            text=text,
            html=order + page("amazon prime", "#00a8e1", paras(text), lang="es"),
            label="Amazon Prime",
        )
    ]


def grammarly() -> list[Mail]:
    sender = ("Grammarly", "billing@grammarly.com")
    receipt = """Receipt for your Grammarly Premium subscription

Hi Daniel,

Thank you for upgrading! Here are the details of your purchase.

Plan: Grammarly Premium, annual
Price: $12.00/mo, billed annually
Total charged today: $144.00 USD
Date: January 27, 2026
Your subscription will automatically renew on January 27, 2027.

Grammarly, Inc. · 548 Market St. #35410 · San Francisco, CA 94104"""
    out = [
        Mail(
            C.at(date(2026, 1, 27), -5),
            sender,
            "Your Grammarly receipt",
            text=receipt,
            html=page("grammarly", "#15c39a", paras(receipt)),
            label="Grammarly",
        )
    ]
    for day in (date(2026, 4, 13), date(2026, 8, 10), date(2026, 11, 16)):
        stats = f"""Your weekly writing update

You were more productive than 78% of Grammarly users this week ({day:%b %-d}).
Words checked: 4,812 · Vocabulary: more unique words than 61% of users
Tip: go Pro for your team for $15/member/month."""
        out.append(
            Mail(
                C.at(day, -5),
                ("Grammarly Insights", "info@send.grammarly.com"),
                "Your weekly writing stats",
                html=page("grammarly", "#15c39a", paras(stats)),
            )
        )
    return out


# --- SaaS ------------------------------------------------------------------------------------


def vercel() -> list[Mail]:
    """Stripe-hosted invoices (not receipts): amount due, then paid."""
    sender = ("Vercel Inc.", "invoice+statements@vercel.com")

    def invoice(day: date, number: int, paid: bool) -> Mail:
        state = "Amount paid" if paid else "Amount due"
        html = page(
            "Vercel Inc.",
            "#000000",
            f"<p>Invoice from Vercel Inc.</p><h2>$24.20</h2><p>{'Paid' if paid else 'Due'} {day:%B %-d, %Y}</p>",
            rows([("Invoice number", f"VRC-{number:04d}"), ("Payment method", "Mastercard - 5120")]),
            rows(
                [
                    ("Pro plan (1 seat) × 1", "$20.00"),
                    ("Subtotal", "$20.00"),
                    ("Tax ES VAT (21%)", "$4.20"),
                    ("Total", "$24.20"),
                    (state, "$24.20"),
                ],
                bold_last=True,
            ),
            footer="Questions? Visit vercel.com/help. Vercel partners with Stripe for simplified billing.",
        )
        subject = (
            f"Your Vercel Inc. invoice #VRC-{number:04d}" if paid else "Payment failed for invoice #VRC-0212"
        )
        return Mail(C.at(day, -5), sender, subject, html=html, label="Vercel")

    out = [invoice(date(2026, 9, 8), 211, True)]
    fail_text = """We were unable to charge your Mastercard ending 5120 for $24.20 (invoice #VRC-0212).

We'll retry in 2 days. To avoid a pause of your Pro team, update your payment method in Settings > Billing."""
    out.append(
        Mail(
            C.at(date(2026, 10, 8), -5),
            ("Vercel", "billing@vercel.com"),
            "Action required: payment failed",
            text=fail_text,
            label="Vercel",
        )
    )
    out.append(invoice(date(2026, 10, 10), 212, True))
    out.append(invoice(date(2026, 11, 8), 213, True))
    return out


def raycast() -> list[Mail]:
    """Paddle checkout receipts, HTML only."""
    out = []
    for n, day in enumerate(monthly(date(2026, 10, 27), 2)):
        html = page(
            "Paddle",
            "#313a46",
            "<h2>Thanks for your order!</h2><p>Your purchase from <b>Raycast Technologies Ltd</b> is complete.</p>",
            rows(
                [
                    ("Raycast Pro (Monthly)", "$8.00"),
                    ("Sub-total", "$8.00"),
                    ("Tax", "$1.68"),
                    ("Total", "$9.68"),
                ],
                bold_last=True,
            ),
            f"<p>Order ID: 7{day:%m%d}-{5531 + n}. Your subscription will renew on {add_months(day, 1):%b %-d, %Y}.</p>",
            footer="Paddle.com Market Ltd acts as reseller for Raycast. Charges appear as PADDLE.NET* RAYCAST.",
        )
        out.append(
            Mail(
                C.at(day, 0),
                ("Paddle", "receipts@paddle.com"),
                "Receipt for your order from Raycast",
                html=html,
                label="Raycast",
            )
        )
    return out


def pocket_casts() -> list[Mail]:
    """Recurly-style invoice."""
    text = """Pocket Casts

Invoice #1042377        Date: Jul 2, 2026
Account: d.okafor@correo.example

Pocket Casts Plus - Yearly          Jul 2, 2026 - Jul 1, 2027      $39.99
                                              Subtotal:            $39.99
                                              Tax (ES 21%):         $8.40
                                              Total:               $48.39
                                              Paid:                $48.39
                                              Balance:              $0.00

Your subscription renews automatically on Jul 2, 2027.
Billing powered by Recurly."""
    return [
        Mail(
            C.at(date(2026, 7, 2), 9),
            ("Pocket Casts", "billing@pocketcasts.com"),
            "Pocket Casts Invoice #1042377",
            text=text,
            html=page("Pocket Casts", "#f43e37", paras(text)),
            label="Pocket Casts",
        )
    ]


def envato() -> list[Mail]:
    """Chargebee-style invoice with a GST line."""
    out = []
    for day in monthly(date(2026, 10, 16), 2):
        html = page(
            "Envato Elements",
            "#82b541",
            f"<p>Invoice # EE-{day:%y%m}-99120 &nbsp; Date: {day:%d-%b-%Y}</p>",
            rows(
                [
                    ("Envato Elements Individual - Monthly", "US$16.50"),
                    ("Sub Total", "US$16.50"),
                    ("GST (10%)", "US$1.65"),
                    ("Total", "US$18.15"),
                    ("Amount Paid", "US$18.15"),
                    ("Amount Due", "US$0.00"),
                ]
            ),
            f"<p>Next billing date: {add_months(day, 1):%d-%b-%Y}</p>",
            footer="Envato Pty Ltd, PO Box 16122, Collins St West, Melbourne VIC 8007. ABN 11 119 159 741",
        )
        out.append(
            Mail(
                C.at(day, 9),
                ("Envato", "billing@envato.com"),
                "Your Envato Elements invoice",
                html=html,
                label="Envato Elements",
            )
        )
    return out


def gandi() -> list[Mail]:
    text = """Hello Daniel,

The domain okafor.es has been renewed for 1 year.

New expiration date: 2027-08-30
Invoice: GANDI-2026-0831144

Domain renewal okafor.es (1 year)
Total excl. VAT:   11.98 EUR
VAT (21%):          2.52 EUR
Total incl. VAT:   14.50 EUR

Automatic renewal remains enabled for this domain.
The Gandi team"""
    return [
        Mail(
            C.at(date(2026, 8, 30)),
            ("Gandi", "noreply@gandi.net"),
            "[Gandi] okafor.es renewed",
            text=text,
            label="Gandi",
        )
    ]


# --- news --------------------------------------------------------------------------------------


def el_pais() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 9, 6), 3):
        text = f"""Hola, Daniel:

Tu suscripción a EL PAÍS se ha renovado correctamente.

Producto: EL PAÍS Digital · Plan mensual
Importe cobrado: 12,00 €
Fecha: {es_date(day)}
Próximo cobro: {es_date(add_months(day, 1))}

Gracias por apoyar el periodismo de calidad."""
        out.append(
            Mail(
                C.at(day),
                ("EL PAÍS", "suscripciones@elpais.es"),
                "Renovación de tu suscripción a EL PAÍS",
                text=text,
                charset="windows-1252",
                cte="quoted-printable",
                label="EL PAÍS",
            )
        )
    return out


def economist() -> list[Mail]:
    out = []
    for day in (date(2026, 6, 23), date(2026, 9, 23)):
        text = f"""Dear Mr Okafor,

Thank you for subscribing to The Economist. Your quarterly payment of £39.50 was taken on
{day:%-d %B %Y} from your card ending 7731.

Subscription: Digital, billed quarterly
Subscriber number: ECN-4471902
Next payment date: {add_months(day, 3):%-d %B %Y}

Yours sincerely,
Customer Services, The Economist"""
        out.append(
            Mail(
                C.at(day, 0),
                ("The Economist", "subscriptions@economist.com"),
                "Payment confirmation for your Economist subscription",
                text=text,
                html=page("The Economist", "#e3120b", paras(text)),
                label="The Economist",
            )
        )
    return out


def corriere() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 9, 24), 3):
        nxt = add_months(day, 1)
        text = f"""Gentile Daniel Okafor,

ti confermiamo il rinnovo automatico del tuo abbonamento Corriere della Sera Digital Edition.

Offerta: Digital Edition mensile
Importo addebitato: 9,99 € (IVA inclusa)
Data addebito: {day.day} {IT_MONTHS[day.month - 1]} {day.year}
Prossimo rinnovo: {nxt.day} {IT_MONTHS[nxt.month - 1]} {nxt.year}

Grazie per averci scelto.
Servizio Clienti Corriere della Sera - 02 63797510"""
        out.append(
            Mail(
                C.at(day),
                ("Corriere della Sera", "abbonamenti@corriere.it"),
                "Rinnovo del tuo abbonamento",
                text=text,
                charset="iso-8859-15",
                html=page("CORRIERE DELLA SERA", "#111111", paras(text), lang="it"),
                label="Corriere della Sera",
            )
        )
    return out


# --- Asia --------------------------------------------------------------------------------------


def coupang() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 9, 9), 3):
        nxt = add_months(day, 1)
        text = f"""Daniel Okafor 고객님, 안녕하세요.

로켓와우 멤버십 월회비가 정상적으로 결제되었습니다.

결제 금액: 7,890원
결제일: {day.year}년 {day.month}월 {day.day}일
다음 결제 예정일: {nxt.year}년 {nxt.month}월 {nxt.day}일
결제 수단: 신용카드

쿠팡(주) 고객센터 1577-7011"""
        out.append(
            Mail(
                C.at(day, 9),
                ("쿠팡", "no-reply@coupang.com"),
                "[쿠팡] 와우 멤버십 결제 안내",
                text=text,
                charset="euc-kr",
                cte="base64",
                label="Coupang Wow",
            )
        )
    return out


def iqiyi() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 10, 12), 2):
        nxt = add_months(day, 1)
        text = f"""尊敬的爱奇艺用户：

您的黄金VIP会员（连续包月）已自动续费成功。

扣款金额：￥25.00元
扣款时间：{day.year}年{day.month}月{day.day}日
下次扣款日期：{nxt.year}年{nxt.month}月{nxt.day}日

如需取消自动续费，请前往“我的-会员中心-管理自动续费”。
爱奇艺客服热线：4009-230-180"""
        out.append(
            Mail(
                C.at(day, 8),
                ("爱奇艺", "service@iqiyi.com"),
                "爱奇艺VIP会员自动续费成功通知",
                text=text,
                charset="gb2312",
                cte="base64",
                label="iQIYI",
            )
        )
    return out


def nintendo() -> list[Mail]:
    text = """Daniel Okafor 様

ニンテンドーeショップをご利用いただきありがとうございます。
以下の内容でご購入を承りました。

ご購入日：2026年3月28日
商品名：Nintendo Switch Online 個人プラン 12か月（自動継続購入）
金額：¥2,400（税込）
お支払い方法：クレジットカード

自動継続購入が有効になっています。次回の更新日は2027年3月28日です。

任天堂株式会社"""
    return [
        Mail(
            C.at(date(2026, 3, 28), 9),
            ("Nintendo", "no-reply@accounts.nintendo.com"),
            "ニンテンドーeショップ ご購入内容のお知らせ",
            text=text,
            charset="shift_jis",
            cte="base64",
            label="Nintendo Switch Online",
        )
    ]


# --- gym, home, bills ----------------------------------------------------------------------


def dir_gym() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 10, 5), 2):
        text = f"""Hola Daniel,

T'enviem el rebut de la quota mensual del teu abonament DiR.

Abonament: DiR Integral
Import: 59,50 € (IVA inclòs)
Data de càrrec: {day:%d/%m/%Y}
La quota es cobra el dia 5 de cada mes per domiciliació bancària.

Gràcies per entrenar amb nosaltres!
DiR · 900 30 40 50"""
        out.append(
            Mail(
                C.at(day),
                ("DiR", "socis@dir.cat"),
                "Rebut de la teva quota DiR",
                text=text,
                charset="iso-8859-15",
                cte="quoted-printable",
                label="DiR",
            )
        )
    return out


def movistar() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 9, 10), 3):
        charge = day + timedelta(days=5)
        html = page(
            "movistar",
            "#019df4",
            paras(f"""Hola, Daniel:

Ya tienes disponible tu factura de {ES_MONTHS[day.month - 1]}."""),
            rows(
                [
                    ("Número de factura", f"MF-{day:%y%m}-2234-8810"),
                    ("Línea", "612 34 56 78"),
                    ("miMovistar Fibra + Móvil", "34,99 €"),
                    ("IVA (21%)", "7,36 €"),
                    ("Importe total", "42,35 €"),
                ],
                bold_last=True,
            ),
            paras(f"Se cargará en tu cuenta ES** **** **** 4410 el {charge:%d/%m/%Y}."),
            lang="es",
        )
        out.append(
            Mail(
                C.at(day),
                ("Movistar", "facturas@movistar.es"),
                "Tu factura de Movistar ya está disponible",
                html=html,
                label="Movistar",
            )
        )
    return out


def mapfre() -> list[Mail]:
    out = []
    for day in (date(2025, 12, 15), date(2026, 6, 15)):
        text = f"""Estimado cliente:

Le informamos de que hemos emitido el recibo semestral de su Seguro de Hogar.

Póliza: 061-2291-7734
Periodo: {day:%d/%m/%Y} - {add_months(day, 6) - timedelta(days=1):%d/%m/%Y}
Importe del recibo: 214,30 €
Forma de pago: domiciliación bancaria, semestral

MAPFRE ESPAÑA, Compañía de Seguros y Reaseguros, S.A."""
        out.append(
            Mail(
                C.at(day),
                ("MAPFRE", "recibos@mapfre.com"),
                "Recibo de su Seguro de Hogar",
                text=text,
                label="MAPFRE",
            )
        )
    return out


def rent() -> list[Mail]:
    out = []
    for day in (date(2026, 10, 28), date(2026, 11, 28)):
        due = add_months(day, 1).replace(day=5)
        text = f"""Benvolgut/da Sr. Okafor,

Adjuntem el rebut de lloguer corresponent a {ES_MONTHS[due.month - 1]} {due.year}.

Immoble: C/ de Verdi 41, 3r 2a, 08012 Barcelona
Renda mensual: {es_money("1150.00")} €
Despeses de comunitat: incloses
Total rebut: {es_money("1150.00")} €

Aquest import es domiciliarà el {due:%d/%m/%Y}.
Finques Roca · Administració de finques · 93 218 44 10"""
        out.append(
            Mail(
                C.at(day),
                ("Finques Roca", "administracio@finquesroca.cat"),
                f"Rebut lloguer {due:%m/%Y}",
                text=text,
                label="Finques Roca",
            )
        )
    return out


def sanitas_forwarded() -> list[Mail]:
    out = []
    for day in (date(2026, 8, 4), date(2026, 11, 5)):
        due = add_months(day, 1).replace(day=10)
        text = f"""Dani, te reenvío el recibo del seguro médico, lo pagamos desde tu cuenta.

Giulia

---------- Forwarded message ---------
De: Sanitas <recibos@sanitas.es>
Date: {day - timedelta(days=1):%a, %d %b %Y}, 08:30
Subject: Tu recibo de Sanitas
To: <giulia.conti@correo.example>

Hola, Giulia:

Te informamos de que el recibo mensual de tu seguro Sanitas Más Salud es de 68,40 €.
Se cargará el {due:%d/%m/%Y} en la cuenta que nos indicaste.

Número de póliza: 7730-118-22
Sanitas, S.A. de Seguros"""
        out.append(
            Mail(
                C.at(day),
                ("Giulia Conti", "giulia.conti@correo.example"),
                "Fwd: Tu recibo de Sanitas",
                text=text,
                label="Sanitas",
            )
        )
    return out


def marley_spoon() -> list[Mail]:
    out = []
    for day in every(date(2026, 9, 15), 14, date(2026, 11, 29)):
        text = f"""Hi Daniel,

Your Marley Spoon box is booked and paid.

Delivery: {day + timedelta(days=3):%A, %d %B}
Plan: 4 meals for 2 people, every 2 weeks
Charged today: €54.90

Your next delivery is in two weeks; change or skip it until 5 days before."""
        out.append(
            Mail(
                C.at(day),
                ("Marley Spoon", "hello@marleyspoon.es"),
                "We've got your box covered",
                text=text,
                html=page("Marley Spoon", "#2f5233", paras(text)),
                label="Marley Spoon",
            )
        )
    return out


def storytel() -> list[Mail]:
    text = """¡Hola, Daniel!

Tu prueba gratuita de 14 días de Storytel Unlimited ha comenzado hoy.

Escucha todos los audiolibros que quieras. Cuando termine la prueba, el 9 de diciembre de 2026,
tu suscripción continuará por 12,99 € al mes. Puedes cancelar cuando quieras antes de esa fecha."""
    return [
        Mail(
            C.at(date(2026, 11, 25)),
            ("Storytel", "no-reply@storytel.com"),
            "Bienvenido a Storytel",
            text=text,
            html=page("Storytel", "#ff5c28", paras(text), lang="es"),
            label="Storytel",
        )
    ]


def crunchyroll() -> list[Mail]:
    sender = ("Crunchyroll", "hello@info.crunchyroll.com")
    out = []
    for day in monthly(date(2026, 7, 3), 3):
        text = f"""Thanks for being a Crunchyroll member!

Membership: Fan (monthly)
Amount: $7.99
Billed on: {day:%m/%d/%Y}"""
        out.append(Mail(C.at(day, -5), sender, "Your Crunchyroll receipt", text=text, label="Crunchyroll"))
    cancel = """Hi Daniel,

We've canceled your Crunchyroll Fan membership, as you asked. You'll keep your benefits until October 3, 2026.
After that you can still watch with ads for free."""
    out.append(
        Mail(
            C.at(date(2026, 9, 20), -5),
            sender,
            "Your membership has been canceled",
            text=cancel,
            label="Crunchyroll",
        )
    )
    return out


def tidal() -> list[Mail]:
    sender = ("TIDAL", "support@tidal.com")
    out = []
    for day in monthly(date(2025, 11, 19), 5):
        html = page(
            "TIDAL",
            "#000000",
            paras(f"""Payment received

TIDAL Individual — €10.99
{day:%d %B %Y}
Your subscription renews monthly."""),
        )
        out.append(Mail(C.at(day), sender, "TIDAL receipt", html=html, label="TIDAL"))
    promo = page(
        "TIDAL",
        "#000000",
        paras("""New on TIDAL: Dolby Atmos mixes from 40 artists.

Download the app and listen in HiFi."""),
    )
    out.append(
        Mail(C.at(date(2026, 7, 8)), ("TIDAL", "news@tidal.com"), "Hear it in Dolby Atmos", html=promo)
    )
    return out


# --- hard negatives ------------------------------------------------------------------------


def shopping() -> list[Mail]:
    out = []
    for day, item, price in (
        (date(2025, 10, 20), "Cecotec Freidora de aire 5,5 L", "69.90"),
        (date(2026, 2, 26), "Kindle Paperwhite (16 GB)", "169.99"),
        (date(2026, 7, 15), "Fundas nórdicas 150 x 220 (pack de 2)", "34.99"),
    ):
        text = f"""Hola, Daniel:

Gracias por tu pedido. Te enviaremos una confirmación cuando se envíe tu artículo.

Pedido n.º 171-{day:%m%d}442-{day.day * 271:07d}
{item}
Total del pedido: {es_money(price)} €
Entrega estimada: {es_date(day + timedelta(days=2))}"""
        out.append(
            Mail(
                C.at(day),
                ("Amazon.es", "confirmar-envio@amazon.es"),
                "Tu pedido de Amazon.es",
                text=text,
                html=page("amazon.es", "#232f3e", paras(text), lang="es"),
            )
        )
        out.append(
            Mail(
                C.at(day + timedelta(days=1)),
                ("Amazon.es", "confirmar-envio@amazon.es"),
                f"Enviado: «{item[:28]}…»",
                text=f"Tu paquete con {item} ha sido enviado. Llega {es_date(day + timedelta(days=2))}.",
            )
        )
    zara = """Gracias por tu compra

Pedido 2026-118832
Chaqueta de punto · Talla M · 59,95 €
Envío: gratis
Total: 59,95 €

Atención al cliente: 900 814 900"""
    out.append(
        Mail(C.at(date(2026, 4, 18)), ("ZARA", "noreply@zara.com"), "Confirmación de pedido", text=zara)
    )
    deca = "Tu pedido DEC-7741093 (Bicicleta de montaña Rockrider ST 530, 529,00 €) está listo para recoger en tienda."
    out.append(
        Mail(C.at(date(2026, 5, 2)), ("Decathlon", "noreply@decathlon.es"), "Tu pedido está listo", text=deca)
    )
    walla = "¡Venta completada! Has vendido «Silla de oficina» por 45 €. El dinero llegará a tu monedero en 1-2 días."
    out.append(
        Mail(C.at(date(2026, 8, 19)), ("Wallapop", "noreply@wallapop.com"), "Venta completada", text=walla)
    )
    for day, shop, total in (
        (date(2026, 1, 10), "Honest Greens", "18,40"),
        (date(2026, 6, 6), "Pizzeria Can Pizza", "24,10"),
        (date(2026, 10, 23), "Bun Bo Vietnam", "21,75"),
    ):
        text = f"Tu pedido de {shop} ha sido entregado.\nTotal: {total} €\nPedido #G{day:%y%m%d}71\n¡Gracias por pedir con Glovo!"
        out.append(Mail(C.at(day), ("Glovo", "noreply@glovoapp.com"), f"Tu pedido de {shop}", text=text))
    return out


def travel() -> list[Mail]:
    out = []
    for day, total, km in (
        (date(2025, 11, 7), "12,35", "5,2"),
        (date(2026, 3, 3), "31,80", "14,9"),
        (date(2026, 6, 29), "9,90", "3,1"),
        (date(2026, 11, 13), "16,45", "7,4"),
    ):
        text = f"""Gracias por viajar con Cabify

Total: {total} €
{es_date(day)} · {km} km
Pago: Visa ···· 7731
Factura disponible en la app."""
        out.append(
            Mail(
                C.at(day),
                ("Cabify", "no-reply@cabify.com"),
                "Tu viaje con Cabify",
                text=text,
                html=page("Cabify", "#7350ff", paras(text), lang="es"),
            )
        )
    vueling = """Confirmación de reserva

Localizador: VY8QZT
VY7821 Barcelona (BCN) - Roma Fiumicino (FCO) · 24/04/2026 · 08:15
VY7824 Roma Fiumicino (FCO) - Barcelona (BCN) · 28/04/2026 · 21:40
Precio total: 187,46 €"""
    out.append(
        Mail(C.at(date(2026, 3, 9)), ("Vueling", "no-reply@vueling.com"), "Tu reserva VY8QZT", text=vueling)
    )
    ryan = "Booking reference K3L9PQ. Barcelona to Dublin, 18 Sep 2026, 06:35. Total paid EUR 64.98. Check in from 24h."
    out.append(
        Mail(
            C.at(date(2026, 8, 1), 0), ("Ryanair", "itinerary@ryanair.com"), "Your booking K3L9PQ", text=ryan
        )
    )
    renfe = "Billete AVE Barcelona Sants - Madrid Puerta de Atocha, 12/02/2026 09:00. Precio: 43,20 €. Localizador: 4ZK2PT."
    out.append(
        Mail(C.at(date(2026, 1, 29)), ("Renfe", "venta@renfe.es"), "Confirmación de compra Renfe", text=renfe)
    )
    airbnb = """Reservation confirmed — you're going to Lisbon!

Alfama loft with river view · 3 nights · 9-12 Oct 2026
Total (EUR): €412.30
Confirmation code: HMQ2X8KPTA"""
    out.append(
        Mail(
            C.at(date(2026, 8, 25)),
            ("Airbnb", "automated@airbnb.com"),
            "Reservation confirmed for Lisbon",
            text=airbnb,
            html=page("airbnb", "#ff385c", paras(airbnb)),
        )
    )
    return out


def newsletters() -> list[Mail]:
    out = []
    for day in every(date(2026, 5, 3), 28, date(2026, 11, 29)):
        text = f"""Lo mejor de la semana en Xataka

· Probamos el nuevo iPhone: ¿merece la pena pagar 1.209 €?
· Guía: cómo cancelar suscripciones que ya no usas
· Las mejores ofertas de la semana {day.isocalendar()[1]}

Recibes este correo porque te suscribiste a la newsletter de Xataka. Darse de baja."""
        out.append(
            Mail(
                C.at(day),
                ("Xataka", "newsletter@xataka.com"),
                "Tu resumen semanal de Xataka",
                text=text,
                html=page("Xataka", "#00a19a", paras(text), lang="es"),
                headers={"List-Unsubscribe": "<mailto:unsubscribe@xataka.com>"},
            )
        )
    for day in (date(2026, 2, 8), date(2026, 7, 19), date(2026, 10, 4)):
        text = """Medium Daily Digest

"I canceled 11 subscriptions and saved $1,340 a year" · 7 min read
"Why your $9.99 plan now costs $13.99" · 5 min read
Become a member for $5/month to read every story."""
        out.append(
            Mail(C.at(day, -5), ("Medium Daily Digest", "noreply@medium.com"), "Stories for you", text=text)
        )
    ft = """Save 40% on Standard Digital

Just €4.99 a week for your first year — then €59 a month. Cancel anytime.
Offer ends midnight 21 September 2026."""
    out.append(
        Mail(
            C.at(date(2026, 9, 17), 0),
            ("Financial Times", "marketing@ft.com"),
            "Save 40% on the FT",
            html=page("FINANCIAL TIMES", "#fff1e5", paras(ft)),
        )
    )
    spot = """Prueba Premium gratis durante 3 meses

Escucha sin anuncios. Después 11,99 €/mes. Cancela cuando quieras. Solo para usuarios nuevos de Premium."""
    out.append(
        Mail(
            C.at(date(2026, 6, 11)),
            ("Spotify", "no-reply@spotify.com"),
            "Daniel, 3 meses de Premium por 0 €",
            html=page("Spotify", "#1db954", paras(spot), lang="es"),
        )
    )
    return out


def accounts() -> list[Mail]:
    out = []
    reset = "Use this code to reset the password for the Microsoft account d***@correo.example: 482913. If you didn't request it, ignore this email."
    out.append(
        Mail(
            C.at(date(2026, 4, 6), 0),
            ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
            "Microsoft account password reset",
            text=reset,
        )
    )
    alert = """Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account d***@correo.example.
Country/region: Brazil · IP address: 177.32.8.14 · Date: 14/09/2026 03:12 (GMT)"""
    out.append(
        Mail(
            C.at(date(2026, 9, 14), 0),
            ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
            "Microsoft account unusual sign-in activity",
            text=alert,
        )
    )
    glovo = "Hemos recibido una solicitud para restablecer tu contraseña de Glovo. El enlace caduca en 30 minutos."
    out.append(
        Mail(
            C.at(date(2026, 1, 22)), ("Glovo", "noreply@glovoapp.com"), "Restablece tu contraseña", text=glovo
        )
    )
    for day, subject in (
        (date(2026, 3, 12), "Daniel, you appeared in 9 searches this week"),
        (date(2026, 10, 15), "Daniel, congratulate Marta on 5 years at Glovo"),
    ):
        out.append(
            Mail(
                C.at(day),
                ("LinkedIn", "notifications-noreply@linkedin.com"),
                subject,
                text=f"{subject}\n\nTry Premium for €0: 1 month free, then €39.99/month. Cancel anytime.",
            )
        )
    return out


def money() -> list[Mail]:
    out = []
    for day in monthly(date(2025, 11, 3), 13):
        text = f"""Hola, Daniel:

Ya tienes disponible el extracto de {ES_MONTHS[add_months(day, -1).month - 1]} de tu Cuenta Online BBVA.

Cuenta: ES** **** **** **** 4410
Saldo a {day:%d/%m/%Y}: {es_money(f"{3200 + day.month * 91}.{day.month * 4:02d}")} €

Consúltalo en bbva.es o en la app BBVA."""
        out.append(
            Mail(
                C.at(day),
                ("BBVA", "bbva@comunicaciones.bbva.com"),
                "Tu extracto mensual ya está disponible",
                text=text,
            )
        )
    for day in monthly(date(2026, 8, 1) + timedelta(days=1), 4):
        text = f"Your {add_months(day, -1):%B} statement is ready. Spent €{400 + day.month * 12}.{day.month:02d} across 38 transactions."
        out.append(
            Mail(C.at(day, 0), ("Revolut", "no-reply@revolut.com"), "Your monthly statement", text=text)
        )
    bizum = "Has recibido un Bizum de 22,50 € de Javier Ruiz. Concepto: cena cumple. 14/03/2026"
    out.append(
        Mail(
            C.at(date(2026, 3, 14)),
            ("BBVA", "bbva@comunicaciones.bbva.com"),
            "Has recibido un Bizum",
            text=bizum,
        )
    )
    gift = """Querido Daniel:

Muchas gracias por tu donativo único de 30,00 € a Cruz Roja.
Tu ayuda llega a las personas afectadas por las inundaciones.

Recibo n.º CR-2026-553901. Puedes desgravar el 80 % de los primeros 250 € en tu declaración."""
    out.append(
        Mail(
            C.at(date(2026, 5, 27)),
            ("Cruz Roja", "donantes@cruzroja.es"),
            "Gracias por tu donativo",
            text=gift,
        )
    )
    tickets = """Entradas confirmadas

Rosalía · Palau Sant Jordi · 21/11/2026 21:00
2 entradas × 65,00 € + gastos 7,80 € = 137,80 €
Localizador: ENT-88213-BCN · Teléfono 902 488 488"""
    out.append(
        Mail(
            C.at(date(2026, 2, 3)),
            ("Entradas.com", "info@entradas.com"),
            "Tus entradas para Rosalía",
            text=tickets,
        )
    )
    return out


def ical(uid: str, summary: str, start: str, rule: str = "") -> str:
    rrule = f"RRULE:{rule}\r\n" if rule else ""
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        f"METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:{start}\r\nDTEND:{start}\r\n"
        f"{rrule}SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def personal() -> list[Mail]:
    out = []
    javier = ("Javier Ruiz", "javi.ruiz@correo.example")
    for day, subject, summary, start, rule in (
        (
            date(2026, 2, 2),
            "Invitación: Pádel los jueves",
            "Pádel",
            "20260205T190000Z",
            "FREQ=WEEKLY;BYDAY=TH",
        ),
        (date(2026, 6, 1), "Invitación: Cena de equipo 12/06", "Cena de equipo", "20260612T193000Z", ""),
        (
            date(2026, 11, 10),
            "Invitación: Pagar la comunidad (mensual)",
            "Pagar la comunidad",
            "20261201T090000Z",
            "FREQ=MONTHLY;BYMONTHDAY=1",
        ),
    ):
        out.append(
            Mail(
                C.at(day),
                javier,
                subject,
                text=f"{summary} · {start[:8]}",
                ical=ical(f"{start}-dr", summary, start, rule),
            )
        )
    for day, who, subject, text in (
        (
            date(2025, 12, 12),
            javier,
            "Cena de Navidad",
            "Ey! Al final la cena sale a 38 € por cabeza. Hazme un Bizum antes del 20/12. Mi móvil 655 123 987.",
        ),
        (
            date(2026, 4, 30),
            ("Giulia Conti", "giulia.conti@correo.example"),
            "Netflix?",
            "Dani, ¿nos damos de alta en Netflix? El plan estándar son 13,99 € al mes. Lo pensamos este finde.",
        ),
        (
            date(2026, 9, 2),
            ("Mamá", "ngozi.okafor@correo.example"),
            "Billetes Lagos",
            "Hijo, los billetes para diciembre están a 780 euros. ¿Reservo ya? Tu padre dice que cada año son más caros.",
        ),
        (
            date(2026, 11, 20),
            javier,
            "Re: Gimnasio",
            "Yo pago 45 €/mes en el Holmes Place, pero el DiR te sale mejor si vas 3 veces por semana.",
        ),
    ):
        out.append(Mail(C.at(day), who, subject, text=text))
    for day, subject, body in (
        (
            date(2026, 1, 14),
            "[okafor/ledger] Handle quarterly invoices (#18)",
            "Economist bills £39.50 every 3 months; cycle shows monthly.",
        ),
        (date(2026, 5, 20), "[okafor/ledger] PR #22 merged", "Parse amounts like 1.150,00 € and ₩7,890."),
        (date(2026, 8, 12), "[okafor/ledger] Run failed: nightly", "nightly failed on main in 2m 03s."),
        (
            date(2026, 11, 24),
            "[okafor/ledger] Issue #31: renewals on the 31st",
            "A plan renewing on Jan 31 should renew Feb 28, then Mar 31.",
        ),
    ):
        out.append(
            Mail(
                C.at(day, 0),
                ("GitHub", "notifications@github.com"),
                subject,
                text=f"{body}\n\n—\nYou are receiving this because you are watching this repository.",
            )
        )
    return out


def build() -> Half:
    mails: list[Mail] = []
    for writer in (
        max_tv,
        apple,
        google_play,
        amazon_prime,
        grammarly,
        vercel,
        raycast,
        pocket_casts,
        envato,
        gandi,
        el_pais,
        economist,
        corriere,
        coupang,
        iqiyi,
        nintendo,
        dir_gym,
        movistar,
        mapfre,
        rent,
        sanitas_forwarded,
        marley_spoon,
        storytel,
        crunchyroll,
        tidal,
        shopping,
        travel,
        newsletters,
        accounts,
        money,
        personal,
    ):
        mails.extend(writer())
    last_box = max(m.when.date() for m in mails if m.label == "Marley Spoon")
    items = [
        truth("Max", "10.99", "EUR", "monthly", date(2026, 12, 15), aliases=("HBO Max",)),
        truth("Apple Music", "10.99", "EUR", "monthly", date(2026, 12, 4)),
        truth("Strava", "59.99", "EUR", "yearly", date(2027, 10, 4), aliases=("Strava Subscription",)),
        truth(
            "Super Duolingo",
            "12.99",
            "EUR",
            "monthly",
            date(2026, 12, 21),
            aliases=("Duolingo", "Duolingo Super"),
        ),
        truth("Amazon Prime", "49.90", "EUR", "yearly", date(2027, 3, 18), aliases=("Prime",)),
        truth("Grammarly", "144.00", "USD", "yearly", date(2027, 1, 27), aliases=("Grammarly Premium",)),
        truth("Vercel", "24.20", "USD", "monthly", date(2026, 12, 8), aliases=("Vercel Pro",)),
        truth("Raycast", "9.68", "USD", "monthly", date(2026, 12, 27), aliases=("Raycast Pro",)),
        truth("Pocket Casts", "48.39", "USD", "yearly", date(2027, 7, 2), aliases=("Pocket Casts Plus",)),
        truth("Envato Elements", "18.15", "USD", "monthly", date(2026, 12, 16), aliases=("Envato",)),
        truth("Gandi", "14.50", "EUR", "yearly", date(2027, 8, 30), aliases=("okafor.es",)),
        truth("EL PAÍS", "12.00", "EUR", "monthly", date(2026, 12, 6), aliases=("El Pais",)),
        truth("The Economist", "39.50", "GBP", "quarterly", date(2026, 12, 23)),
        truth("Corriere della Sera", "9.99", "EUR", "monthly", date(2026, 12, 24)),
        truth(
            "Coupang Wow",
            "7890",
            "KRW",
            "monthly",
            date(2026, 12, 9),
            aliases=("쿠팡", "로켓와우", "Coupang"),
        ),
        truth(
            "iQIYI",
            "25.00",
            "CNY",
            "monthly",
            date(2026, 12, 12),
            aliases=("爱奇艺", "爱奇艺VIP", "iQIYI VIP"),
        ),
        truth("Nintendo Switch Online", "2400", "JPY", "yearly", date(2027, 3, 28), aliases=("Nintendo",)),
        truth("DiR", "59.50", "EUR", "monthly", date(2026, 12, 5), aliases=("DiR Integral",)),
        truth("Movistar", "42.35", "EUR", "monthly", date(2026, 12, 15), kind="bill"),
        truth("MAPFRE", "214.30", "EUR", "semiannual", date(2026, 12, 15), kind="bill"),
        truth("Finques Roca", "1150.00", "EUR", "monthly", date(2026, 12, 5), kind="bill", aliases=("Rent",)),
        truth(
            "Sanitas",
            "68.40",
            "EUR",
            "monthly",
            date(2026, 12, 10),
            kind="bill",
            aliases=("Sanitas Más Salud",),
        ),
        truth("Marley Spoon", "54.90", "EUR", "biweekly", last_box + timedelta(days=14)),
        truth("Storytel", "12.99", "EUR", "monthly", date(2026, 12, 9), aliases=("Storytel Unlimited",)),
        truth("Crunchyroll", "7.99", "USD", "monthly", None, status="cancelled"),
        truth("TIDAL", "10.99", "EUR", "monthly", None, status="inactive"),
    ]
    negatives = [
        "ZARA",
        "Decathlon",
        "Wallapop",
        "Glovo",
        "Cabify",
        "Vueling",
        "Ryanair",
        "Renfe",
        "Airbnb",
        "Xataka",
        "Medium",
        "Financial Times",
        "Spotify",
        "Microsoft",
        "LinkedIn",
        "BBVA",
        "Revolut",
        "Cruz Roja",
        "Entradas.com",
        "Javier Ruiz",
        "Mamá",
        "GitHub",
        "Procreate Pocket",
        "Netflix",
        "Holmes Place",
    ]
    return Half(ME, TODAY, mails, items, negatives)
