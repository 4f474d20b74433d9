#!/usr/bin/env python3
"""Mailbox br_mx of bench/data/email-files4: Camila Figueiredo, a UX designer who moved
from São Paulo (Pinheiros) to Mexico City (Roma Norte) in April 2026.

Deterministic: run from the repository root,
    .venv/bin/python bench/data/email-files4/br_mx/make.py
and it rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json byte for byte.
Standard library only.
"""

from __future__ import annotations

import json
import mailbox
import os
import random
import re
import shutil
import time
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-18"
RND = random.Random(20261118)

BRT = timezone(timedelta(hours=-3), "BRT")  # São Paulo (no DST since 2019)
CDMX = timezone(timedelta(hours=-6), "CST")  # Mexico City (no DST since 2022)
UTC = UTC
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

ME_NAME = "Camila Figueiredo"
ME = "camila.figueiredo.sp@gmail.com"
ME_WORK = "camila@trama.design"

MESSAGES: list[dict] = []


# --------------------------------------------------------------------------- helpers


def brl(x: float, space: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("R$ " if space else "R$") + s


def mxn(x: float) -> str:
    return f"${x:,.2f}"


def hexid(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(RND.choice("0123456789") for _ in range(n))


def alnum(n: int) -> str:
    return "".join(RND.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def add(
    dt,
    name,
    addr,
    subject,
    *,
    slug,
    text=None,
    html=None,
    labels=(),
    charset="utf-8",
    cte="quoted-printable",
    to=None,
    extra=None,
    msgid_domain=None,
):
    MESSAGES.append(
        dict(
            dt=dt,
            name=name,
            addr=addr,
            subject=subject,
            slug=slug,
            text=text,
            html=html,
            labels=list(labels),
            charset=charset,
            cte=cte,
            to=to or formataddr((ME_NAME, ME)),
            extra=extra or {},
            msgid_domain=msgid_domain or addr.split("@")[1],
        )
    )


def build(m: dict, idx: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((m["name"], m["addr"])) if m["name"] else m["addr"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = f"<{hexid(8)}.{hexid(12)}.{int(m['dt'].timestamp())}@{m['msgid_domain']}>"
    for k, v in m["extra"].items():
        msg[k] = v
    cs, cte = m["charset"], m["cte"]
    if m["text"] is not None:
        msg.set_content(m["text"], subtype="plain", charset=cs, cte=cte)
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html", charset=cs, cte=cte)
            msg.set_boundary(f"----=_Part_{idx}_{digits(9)}.{int(m['dt'].timestamp())}")
    else:
        msg.set_content(m["html"], subtype="html", charset=cs, cte=cte)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def para(text: str) -> str:
    """Plain text to simple HTML paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + block.replace("&", "&amp;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def page(body: str, color: str = "#333", title: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        + title
        + '</title></head>\n<body style="margin:0;padding:0;background:#f4f4f4">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#fff;'
        f'font-family:Arial,Helvetica,sans-serif;color:{color};font-size:14px">\n'
        '<tr><td style="padding:24px">\n'
        + body
        + "\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def rows(pairs, lw="55%") -> str:
    r = []
    for k, v in pairs:
        r.append(
            f'<tr><td width="{lw}" style="padding:6px 0;border-bottom:1px solid #eee">{k}</td>'
            f'<td align="right" style="padding:6px 0;border-bottom:1px solid #eee"><b>{v}</b></td></tr>'
        )
    return '<table width="100%" cellpadding="0" cellspacing="0" border="0">\n' + "\n".join(r) + "\n</table>"


def d(y, mo, da, h=9, mi=0, tz=BRT):
    return datetime(y, mo, da, h, mi, RND.randrange(60), tzinfo=tz)


PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
PT_MON = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
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
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def add_month(y, m, n=1):
    m2 = m - 1 + n
    return y + m2 // 12, m2 % 12 + 1


# --------------------------------------------------------------------------- Brazil: Vivo


def vivo_bill(y, m, amount, extra_line=None):
    mes = PT_MONTHS[m - 1]
    ref = f"{mes.capitalize()}/{y}"
    venc = f"15/{m:02d}/{y}"
    bar = f"84670000001{digits(1)} {digits(11)} {digits(11)} {digits(11)}"
    lines = [
        "Olá, Camila!",
        "",
        f"Sua conta Vivo de {mes} já está disponível.",
        "",
        "Linha: (11) 98765-4821",
        "Plano: Vivo Pós 20GB",
        f"Valor total: {brl(amount)}",
        f"Vencimento: {venc}",
    ]
    if extra_line:
        lines += ["", extra_line]
    lines += [
        "",
        "Pague com Pix pelo app Meu Vivo ou use o código de barras abaixo:",
        bar,
        "",
        "Quer mais praticidade? Cadastre o débito automático e a Conta Digital no app Meu Vivo.",
        "",
        "Para ver a conta detalhada, acesse vivo.com.br/meuvivo.",
        "",
        "Atenciosamente,",
        "Vivo",
        "",
        "Telefônica Brasil S.A. - CNPJ 02.558.157/0001-62",
        "Este e-mail é automático, por favor não responda.",
    ]
    text = "\n".join(lines)
    html = page(
        '<h2 style="color:#660099;margin:0 0 12px">Sua conta chegou</h2>'
        f"<p>Olá, Camila!<br>Sua conta Vivo de {mes} já está disponível.</p>"
        + rows(
            [
                ("Linha", "(11) 98765-4821"),
                ("Plano", "Vivo Pós 20GB"),
                ("Valor total", brl(amount)),
                ("Vencimento", venc),
            ]
        )
        + (f'<p style="font-size:12px">{extra_line}</p>' if extra_line else "")
        + f'<p>Código de barras:<br><span style="font-family:monospace">{bar}</span></p>'
        '<p style="font-size:11px;color:#999">Telefônica Brasil S.A. - CNPJ 02.558.157/0001-62</p>',
        title="Vivo",
    )
    add(
        d(y, m, 5, 7, 12),
        "Vivo",
        "naoresponda@vivo.com.br",
        f"Sua conta Vivo chegou - {ref}",
        slug="vivo",
        text=text,
        html=html,
        labels=["Vivo"],
    )


vivo_bill(2025, 11, 109.99)
vivo_bill(2025, 12, 114.49, "Inclui serviços de terceiros: Vivo Ajuda Tecnologia - R$ 4,50")
vivo_bill(2026, 1, 109.99)
vivo_bill(2026, 2, 109.99)
vivo_bill(2026, 4, 109.99)

add(
    d(2026, 4, 8, 16, 41),
    "Vivo",
    "naoresponda@vivo.com.br",
    "Confirmação de cancelamento - Protocolo 2026040811527394",
    slug="vivo",
    labels=["Vivo"],
    text="""Olá, Camila.

Confirmamos o cancelamento da sua linha (11) 98765-4821, plano Vivo Pós 20GB, solicitado em 08/04/2026 pelo Chat Vivo.

Protocolo de atendimento: 2026040811527394

Sua última conta, no valor de R$ 109,99 e com vencimento em 15/04/2026, já foi enviada. Depois dela, não haverá novas cobranças para esta linha.

Se você não reconhece esta solicitação, fale com a gente pelo *8486 ou no app Meu Vivo.

Obrigado por ter sido cliente Vivo.

Vivo
Telefônica Brasil S.A.""",
    html=None,
    cte="base64",
)

add(
    d(2025, 12, 11, 10, 3),
    "Vivo",
    "ofertas@news.vivo.com.br",
    "Camila, mais internet pra você aproveitar o fim de ano",
    slug="vivo",
    labels=[],
    text="""Camila, que tal turbinar sua internet?

Troque seu Vivo Pós 20GB pelo Vivo Pós 50GB e ganhe Netflix e Amazon Prime inclusos.

Vivo Pós 50GB
R$ 159,99/mês
No débito automático + conta digital.

Troque agora pelo app Meu Vivo.

Oferta válida até 31/12/2025 para clientes pessoa física. Consulte condições em vivo.com.br/regulamentos.
Para não receber mais ofertas, clique aqui.""",
    html=page(
        '<h2 style="color:#660099">Mais internet pra você</h2>'
        '<table width="100%"><tr><td style="background:#660099;color:#fff;padding:16px">'
        'Vivo Pós 50GB<br><span style="font-size:28px">R$ 159,99</span>/mês<br>'
        "Netflix e Amazon Prime inclusos</td></tr></table>"
        '<p>Troque agora pelo app Meu Vivo.</p><p style="font-size:11px">Oferta válida até 31/12/2025. '
        "Para não receber mais ofertas, clique aqui.</p>"
    ),
)


# --------------------------------------------------------------------------- Brazil: Enel (latin-1, base64)


def enel_bill(y, m, amount, kwh, bandeira):
    ref = f"{m:02d}/{y}"
    venc = f"22/{m:02d}/{y}"
    mes = PT_MONTHS[m - 1]
    text = f"""Prezado(a) cliente CAMILA F SANTOS,

Sua conta de energia elétrica referente a {ref} já está disponível.

Nº da instalação: 1002938475
Nº do cliente: 57710394
Mês de referência: {ref}
Consumo: {kwh} kWh
Bandeira tarifária: {bandeira}
Vencimento: {venc}
Valor a pagar: {brl(amount)}

Forma de pagamento: Débito Automático - Banco Itaú Unibanco S.A.
O valor será debitado em sua conta corrente na data do vencimento. Não é necessário pagar esta conta.

A segunda via e o histórico de consumo estão disponíveis no site www.enel.com.br ou no App Enel São Paulo.

Atenciosamente,
Enel Distribuição São Paulo
Esta é uma mensagem automática. Não responda este e-mail."""
    html = page(
        '<table width="100%"><tr><td style="background:#ff0f64;color:#fff;padding:14px;font-size:18px">'
        f"enel &nbsp;|&nbsp; Conta Digital</td></tr></table>"
        f"<p>Prezado(a) cliente CAMILA F SANTOS,<br>sua conta de energia de {mes}/{y} já está disponível.</p>"
        + rows(
            [
                ("Nº da instalação", "1002938475"),
                ("Mês de referência", ref),
                ("Consumo", f"{kwh} kWh"),
                ("Bandeira tarifária", bandeira),
                ("Vencimento", venc),
                ("Valor a pagar", brl(amount)),
            ]
        )
        + "<p><b>Débito Automático</b> - Banco Itaú Unibanco S.A.<br>O valor será debitado na data do vencimento.</p>"
        '<p style="font-size:11px;color:#777">Enel Distribuição São Paulo - mensagem automática.</p>',
        title="Enel",
    )
    add(
        d(y, m, 8, 6, 30),
        "Enel Distribuição São Paulo",
        "contadigital@enel.com",
        f"Enel | Sua conta de energia de {mes}/{y} chegou",
        slug="enel",
        text=text,
        html=html,
        labels=["Enel"],
        charset="iso-8859-1",
        cte="base64",
    )


enel_bill(2025, 12, 203.12, 268, "Amarela")
enel_bill(2026, 1, 231.85, 312, "Verde")
enel_bill(2026, 2, 219.60, 297, "Verde")
enel_bill(2026, 3, 198.07, 271, "Verde")

add(
    d(2026, 4, 10, 14, 2),
    "Enel Distribuição São Paulo",
    "atendimento@enel.com",
    "Enel | Pedido de desligamento concluído - Protocolo 3341877265",
    slug="enel",
    labels=["Enel"],
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Prezado(a) cliente CAMILA F SANTOS,

Informamos que o pedido de desligamento definitivo da instalação 1002938475 (Rua Cardeal Arcoverde, 1749 - ap. 82 - Pinheiros - São Paulo/SP) foi concluído em 09/04/2026.

Protocolo: 3341877265

A conta final será emitida com o consumo registrado até a data do desligamento e debitada normalmente em sua conta cadastrada no débito automático. Após essa conta, o débito automático desta instalação será encerrado.

Atenciosamente,
Enel Distribuição São Paulo""",
)


# --------------------------------------------------------------------------- Brazil: Smart Fit


def smartfit_paid(y, m):
    ny, nm = add_month(y, m)
    text = f"""Oi, Camila!

Recebemos o pagamento da sua mensalidade. Bora treinar!

Plano: Black
Unidade: Pinheiros - Teodoro Sampaio
Valor: {brl(149.90)}
Data do pagamento: 12/{m:02d}/{y}
Forma de pagamento: Cartão de crédito final 7731
Próxima cobrança: 12/{nm:02d}/{ny}

Com o Plano Black você treina em qualquer unidade Smart Fit e ainda leva um amigo 5 vezes por mês.

Equipe Smart Fit"""
    html = page(
        '<div style="background:#ffb612;padding:14px;font-size:20px;font-weight:bold">SMART FIT</div>'
        "<h3>Pagamento confirmado</h3><p>Oi, Camila! Recebemos o pagamento da sua mensalidade. Bora treinar!</p>"
        + rows(
            [
                ("Plano", "Black"),
                ("Unidade", "Pinheiros - Teodoro Sampaio"),
                ("Valor", brl(149.90)),
                ("Data do pagamento", f"12/{m:02d}/{y}"),
                ("Forma de pagamento", "Cartão de crédito final 7731"),
                ("Próxima cobrança", f"12/{nm:02d}/{ny}"),
            ]
        ),
        title="Smart Fit",
    )
    add(
        d(y, m, 12, 5, 48),
        "Smart Fit",
        "naoresponda@smartfit.com.br",
        "Pagamento confirmado ✔",
        slug="smart-fit",
        text=text,
        html=html,
        labels=["Smart Fit"],
    )


smartfit_paid(2025, 11)
smartfit_paid(2026, 1)
smartfit_paid(2026, 2)
add(
    d(2026, 3, 2, 19, 20),
    "Smart Fit",
    "naoresponda@smartfit.com.br",
    "Seu cancelamento foi realizado",
    slug="smart-fit",
    labels=["Smart Fit"],
    text="""Oi, Camila.

Que pena que você está indo! Confirmamos o cancelamento do seu plano Black na unidade Pinheiros - Teodoro Sampaio, solicitado em 02/03/2026.

Sua última mensalidade, de R$ 149,90, foi cobrada em 12/02/2026. Seu acesso continua liberado até 11/03/2026 e nenhuma nova cobrança será feita no seu cartão.

Se mudar de ideia, é só se matricular de novo pelo site ou app. A gente vai estar te esperando.

Equipe Smart Fit""",
    html=None,
)


# --------------------------------------------------------------------------- Brazil: Folha


def folha_paid(y, m, amount):
    text = f"""Olá, CAMILA FIGUEIREDO SANTOS,

Confirmamos o pagamento referente à sua assinatura.

Produto: FOLHA DIGITAL - Acesso ilimitado
Periodicidade: mensal
Valor: {brl(amount)}
Data do débito: 10/{m:02d}/{y}
Forma de pagamento: Cartão de crédito Mastercard final 3309

Acesse sua conta em login.folha.com.br para consultar seus pagamentos ou alterar seus dados.

Central de Atendimento ao Assinante
(11) 3224-3090 (Grande São Paulo) | 0800 775 8080 (demais localidades)
Folha de S.Paulo - Empresa Folha da Manhã S.A."""
    add(
        d(y, m, 10, 11, 4),
        "Folha de S.Paulo",
        "atendimento@grupofolha.com.br",
        "Folha - Confirmação de pagamento da sua assinatura",
        slug="folha",
        text=text,
        html=para(text),
        labels=["Folha de S.Paulo"],
        charset="iso-8859-1",
        cte="quoted-printable",
    )


folha_paid(2026, 2, 29.90)
add(
    d(2026, 8, 20, 15, 10),
    "Folha de S.Paulo",
    "atendimento@grupofolha.com.br",
    "Comunicado sobre o valor da sua assinatura Folha",
    slug="folha",
    labels=["Folha de S.Paulo"],
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Prezada assinante,

Agradecemos por fazer parte da comunidade de leitores da Folha.

Conforme previsto no termo de adesão, informamos que a partir da cobrança de 10/09/2026 o valor mensal da sua assinatura FOLHA DIGITAL passará de R$ 29,90 para R$ 34,90. O reajuste é anual e garante a continuidade de um jornalismo crítico, independente e apartidário.

Nenhuma ação é necessária: a cobrança continuará sendo feita automaticamente no cartão de crédito cadastrado.

Em caso de dúvidas, fale com a Central de Atendimento ao Assinante pelo telefone (11) 3224-3090 ou pelo WhatsApp.

Atenciosamente,
Folha de S.Paulo""",
    html=None,
)
folha_paid(2026, 10, 34.90)
folha_paid(2026, 11, 34.90)

for y, m, dd, heads in [
    (
        2026,
        1,
        14,
        [
            "Governo anuncia corte de R$ 12 bi no Orçamento",
            "Inflação de dezembro fecha 2025 em 4,3%",
            "Palmeiras contrata atacante por € 18 milhões",
        ],
    ),
    (
        2026,
        9,
        3,
        [
            "STF retoma julgamento sobre marco temporal",
            "Dólar cai a R$ 5,21 após dado de emprego nos EUA",
            "Bienal de São Paulo abre com 120 artistas",
        ],
    ),
]:
    txt = (
        "FOLHA DE S.PAULO | Primeira Página\n\nBom dia! Estes são os destaques de hoje:\n\n"
        + "\n".join(f"- {h}" for h in heads)
        + "\n\nLeia a edição completa em folha.com.br\n\nVocê recebe esta newsletter porque é assinante da Folha."
        " Para cancelar o recebimento, clique aqui."
    )
    add(
        d(y, m, dd, 6, 0),
        "Folha de S.Paulo",
        "newsletter@grupofolha.com.br",
        f"Primeira Página: {heads[0]}",
        slug="folha",
        text=txt,
        html=para(txt),
        labels=[],
    )


# --------------------------------------------------------------------------- Brazil: iFood

add(
    d(2025, 12, 6, 9, 15),
    "iFood",
    "naoresponda@ifood.com.br",
    "Seu Clube iFood foi renovado 🎉",
    slug="ifood",
    labels=["Clube iFood"],
    text="""Oi, Camila!

Seu Clube iFood foi renovado por mais um mês.

Valor cobrado: R$ 5,95
Cartão: Mastercard **** 7731
Próxima renovação: 06/01/2026

Seus cupons do mês já estão na sua conta: entrega grátis em restaurantes participantes e até 30% OFF em pedidos selecionados.

Bom apetite!
iFood""",
    html=page(
        '<div style="background:#ea1d2c;color:#fff;padding:14px;font-size:20px">iFood</div>'
        "<h3>Seu Clube foi renovado 🎉</h3>"
        + rows(
            [
                ("Valor cobrado", "R$ 5,95"),
                ("Cartão", "Mastercard **** 7731"),
                ("Próxima renovação", "06/01/2026"),
            ]
        )
        + "<p>Seus cupons do mês já estão na sua conta.</p>"
    ),
)

add(
    d(2026, 4, 6, 10, 2),
    "iFood",
    "naoresponda@ifood.com.br",
    "Não conseguimos renovar seu Clube iFood",
    slug="ifood",
    labels=["Clube iFood"],
    text="""Oi, Camila.

Tentamos cobrar R$ 5,95 da renovação do seu Clube iFood no cartão Mastercard **** 7731, mas o pagamento não foi aprovado.

Vamos tentar de novo nos próximos dias. Para não perder seus benefícios, atualize a forma de pagamento em Perfil > Clube iFood.

iFood""",
    html=None,
)

add(
    d(2026, 5, 2, 10, 30),
    "iFood",
    "naoresponda@ifood.com.br",
    "Seu Clube iFood foi encerrado",
    slug="ifood",
    labels=["Clube iFood"],
    text="""Oi, Camila.

Como não conseguimos processar o pagamento da renovação, sua assinatura do Clube iFood foi encerrada em 02/05/2026.

Sentiremos sua falta! Você pode voltar a assinar quando quiser pelo app.

iFood""",
    html=None,
)


def ifood_order(dt, rest, items, fee):
    total = sum(p for _, p in items) + fee
    lines = "\n".join(f"{q} ......... {brl(p)}" for q, p in items)
    num = digits(4)
    text = f"""Seu pedido foi entregue!

Pedido #{num} - {rest}
Entregue em {dt.strftime("%d/%m/%Y")} às {dt.strftime("%H:%M")}

{lines}
Taxa de entrega ......... {brl(fee) if fee else "Grátis"}
Total ......... {brl(total)}

Pagamento pelo app: Mastercard **** 7731

Avalie seu pedido e ajude outros clientes a escolher.
iFood"""
    add(
        dt,
        "iFood",
        "pedidos@ifood.com.br",
        f"Seu pedido de {rest} foi entregue",
        slug="ifood",
        text=text,
        html=para(text),
        labels=[],
    )


ifood_order(
    d(2025, 11, 21, 21, 4),
    "Bráz Elettrica Pinheiros",
    [("1x Pizza Margherita", 72.00), ("1x Guaraná Antarctica 350ml", 8.90)],
    0.0,
)
ifood_order(d(2026, 1, 17, 13, 22), "Poke Haus", [("1x Poke Salmão Grande", 52.90)], 6.99)
ifood_order(
    d(2026, 3, 28, 20, 47),
    "Temakeria Makis Place",
    [("2x Temaki Salmão Completo", 63.80), ("1x Hot Roll 10 un.", 34.90)],
    4.99,
)


# --------------------------------------------------------------------------- Apple (pt-BR receipts, HTML only)


def apple_receipt(dt, items, order=None):
    order = order or alnum(10)
    doc = digits(12)
    date_s = f"{dt.day} de {PT_MON[dt.month - 1]} de {dt.year}"
    cells = []
    total = 0.0
    for sect, app, plan, renew, price in items:
        total += price
        renew_s = f'<br><span style="color:#888">Renovação em {renew}</span>' if renew else ""
        cells.append(
            f'<tr><td colspan="2" style="padding:10px 0 2px;font-size:11px;color:#666;background:#fafafa">{sect}</td></tr>'
            f'<tr><td style="padding:6px 0;border-bottom:1px solid #ddd"><b>{app}</b><br>{plan}{renew_s}</td>'
            f'<td align="right" valign="top" style="padding:6px 0;border-bottom:1px solid #ddd">{brl(price)}</td></tr>'
        )
    html = page(
        '<table width="100%"><tr><td style="font-size:26px">Recibo</td><td align="right">&#63743;</td></tr></table>'
        '<table width="100%" cellpadding="4" style="font-size:11px;background:#f5f5f7">'
        f"<tr><td>ID APPLE<br>{ME}</td><td>FATURADO PARA<br>Mastercard •••• 3309<br>Camila Figueiredo</td></tr>"
        f"<tr><td>DATA<br>{date_s}</td><td>PEDIDO Nº<br>{order}</td></tr>"
        f"<tr><td>DOCUMENTO Nº<br>{doc}</td><td></td></tr></table>"
        '<table width="100%" cellpadding="0" cellspacing="0">'
        + "".join(cells)
        + f'<tr><td align="right" style="padding:12px 0">TOTAL</td><td align="right" style="padding:12px 0"><b>{brl(total)}</b></td></tr>'
        "</table>"
        '<p style="font-size:11px;color:#666">Saiba como <a href="https://support.apple.com/pt-br/HT204084">gerenciar assinaturas</a> '
        "e cancelar assinaturas. Os impostos estão incluídos no preço.</p>"
        '<p style="font-size:11px;color:#666">Apple Serviços Brasil Ltda. - Rua Leopoldo Couto de Magalhães Júnior, 700 - São Paulo - SP</p>',
        color="#111",
        title="Seu recibo da Apple",
    )
    labels = []
    for _, app, _, _, _ in items:
        lab = {
            "iCloud+": "iCloud+",
            "Globoplay: novelas, séries e +": "Globoplay",
            "Duolingo: aprenda idiomas": "Super Duolingo",
        }.get(app)
        if lab:
            labels.append(lab)
    add(
        dt,
        "Apple",
        "no_reply@email.apple.com",
        "Seu recibo da Apple",
        slug="apple",
        html=html,
        labels=labels,
        cte="base64",
        msgid_domain="email.apple.com",
    )


def renew_pt(y, m, dd):
    y2, m2 = add_month(y, m)
    return f"{dd} de {PT_MON[m2 - 1]} de {y2}"


ICLOUD = 16.90
GLOBO = 22.90
apple_receipt(
    datetime(2025, 11, 14, 11, 3, 22, tzinfo=UTC),
    [("iCloud", "iCloud+", "iCloud+ com 200 GB (Mensal)", renew_pt(2025, 11, 14), ICLOUD)],
)
apple_receipt(
    datetime(2025, 12, 14, 10, 58, 9, tzinfo=UTC),
    [
        ("iCloud", "iCloud+", "iCloud+ com 200 GB (Mensal)", renew_pt(2025, 12, 14), ICLOUD),
        (
            "App Store",
            "Globoplay: novelas, séries e +",
            "Globoplay Padrão (Mensal)",
            renew_pt(2025, 12, 14),
            GLOBO,
        ),
    ],
)
apple_receipt(
    datetime(2026, 1, 9, 23, 41, 50, tzinfo=UTC),
    [("App Store", "Duolingo: aprenda idiomas", "Super Duolingo (Anual)", "9 de jan. de 2027", 179.90)],
)
for y, m in [(2026, 2), (2026, 4), (2026, 6), (2026, 8), (2026, 10), (2026, 11)]:
    apple_receipt(
        datetime(y, m, 14, 11, 7, 3, tzinfo=UTC),
        [
            ("iCloud", "iCloud+", "iCloud+ com 200 GB (Mensal)", renew_pt(y, m, 14), ICLOUD),
            (
                "App Store",
                "Globoplay: novelas, séries e +",
                "Globoplay Padrão (Mensal)",
                renew_pt(y, m, 14),
                GLOBO,
            ),
        ],
    )
# one-off app purchase (not a subscription)
apple_receipt(
    datetime(2026, 3, 21, 17, 12, 40, tzinfo=UTC), [("App Store", "Procreate", "App para iPad", None, 79.90)]
)


# --------------------------------------------------------------------------- Registro.br (latin-1, plain)

add(
    d(2025, 12, 4, 3, 12),
    "Registro.br",
    "nao-responda@registro.br",
    "Registro.br - Confirmação de pagamento - camilafigueiredo.com.br",
    slug="registro-br",
    labels=["Registro.br"],
    charset="iso-8859-1",
    cte="8bit",
    text="""Prezado(a) Camila Figueiredo Santos,

Confirmamos o recebimento do pagamento referente ao domínio abaixo:

  Domínio ............: camilafigueiredo.com.br
  Período ............: 1 ano
  Valor pago .........: R$ 40,00
  Data do pagamento ..: 03/12/2025
  Nova expiração .....: 03/12/2026

Atenciosamente,
Registro.br
Núcleo de Informação e Coordenação do Ponto BR - NIC.br
https://registro.br""",
)

add(
    d(2026, 11, 3, 3, 8),
    "Registro.br",
    "nao-responda@registro.br",
    "Registro.br - Aviso de expiração de domínio - camilafigueiredo.com.br",
    slug="registro-br",
    labels=["Registro.br"],
    charset="iso-8859-1",
    cte="8bit",
    text="""Prezado(a) Camila Figueiredo Santos,

O domínio camilafigueiredo.com.br, sob sua titularidade, expira em 03/12/2026.

Para renovar o domínio por mais 1 (um) ano, efetue o pagamento de R$ 40,00 até a data de expiração, por boleto, Pix ou cartão de crédito, no painel do Registro.br (https://registro.br > Pagamentos).

Caso o pagamento não seja identificado, o domínio será congelado e, após o prazo de recuperação, liberado para novo registro.

Se você já efetuou o pagamento, desconsidere esta mensagem.

Atenciosamente,
Registro.br
Núcleo de Informação e Coordenação do Ponto BR - NIC.br""",
)


# --------------------------------------------------------------------------- Netflix (pt-BR)


def netflix_paid(dt, plan, amount, nxt):
    text = f"""Netflix

Olá, Camila,

Recebemos seu pagamento. Obrigado por ser assinante da Netflix.

Plano: {plan}
Valor: {brl(amount)}
Data da cobrança: {dt.strftime("%d/%m/%Y")}
Próxima cobrança: {nxt}
Forma de pagamento: Mastercard •••• 3309

Para ver seus detalhes de pagamento ou mudar de plano, acesse netflix.com/conta.

Alguma dúvida? Visite a Central de Ajuda: help.netflix.com

Netflix Entretenimento Brasil Ltda."""
    html = page(
        '<div style="color:#e50914;font-size:30px;font-weight:bold">NETFLIX</div>'
        "<p>Olá, Camila,</p><p>Recebemos seu pagamento. Obrigado por ser assinante da Netflix.</p>"
        + rows(
            [
                ("Plano", plan),
                ("Valor", brl(amount)),
                ("Data da cobrança", dt.strftime("%d/%m/%Y")),
                ("Próxima cobrança", nxt),
                ("Forma de pagamento", "Mastercard •••• 3309"),
            ]
        )
        + '<p style="font-size:11px;color:#777">Netflix Entretenimento Brasil Ltda.</p>',
        color="#221f1f",
    )
    add(
        dt,
        "Netflix",
        "info@account.netflix.com",
        "Sua assinatura Netflix: pagamento confirmado",
        slug="netflix",
        text=text,
        html=html,
        labels=["Netflix"],
        msgid_domain="account.netflix.com",
    )


netflix_paid(d(2025, 11, 22, 8, 14), "Premium", 59.90, "22/12/2025")
add(
    d(2026, 5, 9, 22, 31),
    "Netflix",
    "info@account.netflix.com",
    "Confirmação da alteração de plano",
    slug="netflix",
    labels=["Netflix"],
    msgid_domain="account.netflix.com",
    text="""Olá, Camila,

Confirmamos a alteração do seu plano.

Plano anterior: Premium (R$ 59,90/mês)
Novo plano: Padrão

Seu novo plano começa em 22 de maio de 2026 e custará R$ 44,90/mês. Até lá, você continua aproveitando todos os recursos do plano Premium.

Com o plano Padrão você assiste em 2 aparelhos ao mesmo tempo, em Full HD.

Se você não fez essa alteração, acesse netflix.com/conta.

Equipe Netflix""",
    html=None,
)
netflix_paid(d(2026, 10, 22, 8, 9), "Padrão", 44.90, "22/11/2026")
add(
    d(2026, 3, 6, 18, 0),
    "Netflix",
    "info@mailer.netflix.com",
    "Camila, estreia nova que combina com você",
    slug="netflix",
    labels=[],
    msgid_domain="mailer.netflix.com",
    text="""Novidade na Netflix

Sintonia: temporada final
Já disponível

Assista agora >

Você recebeu este e-mail porque é assinante da Netflix. Altere suas preferências de e-mail.""",
    html=page(
        '<div style="color:#e50914;font-size:30px">NETFLIX</div><h2>Sintonia: temporada final</h2>'
        '<p>Já disponível.</p><p><a href="https://www.netflix.com">Assista agora</a></p>'
    ),
)


# --------------------------------------------------------------------------- Spotify (BRL then MXN)


def spotify_br(y, m):
    ny, nm = add_month(y, m)
    order = digits(10)
    text = f"""Spotify

Seu recibo

Obrigado por escolher o Spotify Premium.

Data do pedido: 03/{m:02d}/{y}
Nº do pedido: {order}

Premium Individual ................ R$ 21,90
Total (impostos incluídos) ........ R$ 21,90

Forma de pagamento: Mastercard terminado em 3309

Sua próxima cobrança será em 03/{nm:02d}/{ny}.

Você pode cancelar a qualquer momento em spotify.com/account.

Spotify Brasil Serviços de Música Ltda."""
    html = page(
        '<div style="color:#1db954;font-size:26px;font-weight:bold">Spotify</div><h2>Seu recibo</h2>'
        "<p>Obrigado por escolher o Spotify Premium.</p>"
        + rows(
            [
                ("Data do pedido", f"03/{m:02d}/{y}"),
                ("Nº do pedido", order),
                ("Premium Individual", "R$ 21,90"),
                ("Total (impostos incluídos)", "R$ 21,90"),
                ("Forma de pagamento", "Mastercard terminado em 3309"),
            ]
        )
        + f"<p>Sua próxima cobrança será em 03/{nm:02d}/{ny}.</p>"
    )
    add(
        d(y, m, 3, 4, 21),
        "Spotify",
        "no-reply@spotify.com",
        "Seu recibo do Spotify",
        slug="spotify",
        text=text,
        html=html,
        labels=["Spotify"],
    )


def spotify_mx(y, m):
    ny, nm = add_month(y, m)
    order = digits(10)
    per = f"24/{m:02d}/{y} - 23/{nm:02d}/{ny}"
    text = f"""Spotify

Tu recibo

Gracias por elegir Spotify Premium.

Fecha: 24/{m:02d}/{y}
Número de pedido: {order}

Premium Individual
Período: {per}
Total: $129.00 MXN (IVA incluido)

Método de pago: Visa •••• 4412

Tu siguiente pago será el 24/{nm:02d}/{ny}.

Administra tu plan en spotify.com/account.

Spotify México, S. de R.L. de C.V."""
    html = page(
        '<div style="color:#1db954;font-size:26px;font-weight:bold">Spotify</div><h2>Tu recibo</h2>'
        "<p>Gracias por elegir Spotify Premium.</p>"
        + rows(
            [
                ("Fecha", f"24/{m:02d}/{y}"),
                ("Número de pedido", order),
                ("Premium Individual", per),
                ("Total", "$129.00 MXN"),
                ("", "IVA incluido"),
                ("Método de pago", "Visa •••• 4412"),
            ]
        )
        + f"<p>Tu siguiente pago será el 24/{nm:02d}/{ny}.</p>"
    )
    add(
        d(y, m, 24, 3, 40, CDMX),
        "Spotify",
        "no-reply@spotify.com",
        "Tu recibo de Spotify",
        slug="spotify",
        text=text,
        html=html,
        labels=["Spotify"],
    )


spotify_br(2025, 11)
spotify_br(2026, 1)
spotify_br(2026, 3)
spotify_mx(2026, 5)
spotify_mx(2026, 7)
spotify_mx(2026, 9)
spotify_mx(2026, 10)
add(
    d(2026, 8, 19, 12, 0, CDMX),
    "Spotify",
    "no-reply@spotify.com",
    "Comparte Premium con quienes viven contigo",
    slug="spotify",
    labels=[],
    text="""Spotify Premium Familiar

Hasta 6 cuentas Premium para las personas que viven contigo, con controles para contenido explícito y Spotify Kids.

Solo $199.00 MXN al mes.

Cámbiate a Premium Familiar en spotify.com/premium.

Aplican términos y condiciones. Puedes cancelar cuando quieras.""",
    html=page(
        '<div style="color:#1db954;font-size:26px">Spotify</div><h2>Premium Familiar</h2>'
        "<p>Hasta 6 cuentas Premium. Solo <b>$199.00 MXN</b> al mes.</p>"
        '<p><a href="https://www.spotify.com/mx/premium/">Cámbiate a Premium Familiar</a></p>'
    ),
)


# --------------------------------------------------------------------------- Canva Pro via PayPal (BRL, yearly)

add(
    d(2026, 2, 16, 14, 33),
    "PayPal",
    "service@paypal.com.br",
    "Recibo do seu pagamento para Canva Pty Ltd",
    slug="paypal",
    labels=["Canva Pro"],
    msgid_domain="paypal.com",
    text="""Olá, Camila Figueiredo Santos,

Você enviou um pagamento automático de R$ 289,90 BRL para Canva Pty Ltd.

Os detalhes do pagamento podem levar algum tempo para serem exibidos na sua conta.

Comerciante
Canva Pty Ltd
payments@canva.com

Descrição
Canva Pro - Assinatura anual

Data da transação
16 de fevereiro de 2026

Código da transação
7KJ2894610P5538X

Pagamento automático
Você pode cancelar este pagamento automático a qualquer momento em Configurações > Pagamentos > Gerenciar pagamentos automáticos.

Valor pago ..... R$ 289,90 BRL
Pago com ..... Visa Nubank x0551
Total ..... R$ 289,90 BRL

PayPal do Brasil Serviços de Pagamentos Ltda.""",
    html=page(
        '<div style="color:#003087;font-size:24px;font-weight:bold">PayPal</div>'
        "<p>Olá, Camila Figueiredo Santos,</p>"
        "<p>Você enviou um pagamento automático de <b>R$ 289,90 BRL</b> para Canva Pty Ltd.</p>"
        + rows(
            [
                ("Comerciante", "Canva Pty Ltd"),
                ("Descrição", "Canva Pro - Assinatura anual"),
                ("Data da transação", "16 de fevereiro de 2026"),
                ("Código da transação", "7KJ2894610P5538X"),
                ("Valor pago", "R$ 289,90 BRL"),
                ("Pago com", "Visa Nubank x0551"),
                ("Total", "R$ 289,90 BRL"),
            ]
        )
        + '<p style="font-size:11px">PayPal do Brasil Serviços de Pagamentos Ltda.</p>'
    ),
)

add(
    d(2026, 2, 16, 14, 35),
    "Canva",
    "no-reply@canva.com",
    "Boas-vindas ao Canva Pro!",
    slug="canva",
    labels=["Canva Pro"],
    text="""Oi, Camila!

Agora você tem o Canva Pro. Aproveite mais de 100 milhões de fotos, vídeos e elementos premium, o Kit de Marca, o removedor de fundo e 1 TB de armazenamento.

Sua assinatura: Canva Pro - anual
Valor: R$ 289,90/ano
Próxima renovação: 16 de fevereiro de 2027

Você pode gerenciar sua assinatura em Configurações da conta > Faturamento e planos.

Boas criações!
Equipe Canva""",
    html=page(
        '<div style="color:#7d2ae8;font-size:26px;font-weight:bold">Canva</div>'
        "<h2>Boas-vindas ao Canva Pro!</h2>"
        "<p>Agora você tem o Canva Pro.</p>"
        + rows(
            [
                ("Sua assinatura", "Canva Pro - anual"),
                ("Valor", "R$ 289,90/ano"),
                ("Próxima renovação", "16 de fevereiro de 2027"),
            ]
        )
    ),
)


# --------------------------------------------------------------------------- other Brazilian negatives

add(
    d(2025, 11, 9, 15, 42),
    "Mercado Livre",
    "info@mercadolivre.com.br",
    "Você comprou Fone de Ouvido JBL Tune 520BT",
    slug="mercado-livre",
    labels=[],
    html=page(
        '<div style="background:#fff159;padding:14px;font-size:18px">mercado livre</div>'
        "<h3>Camila, sua compra foi confirmada!</h3>"
        + rows(
            [
                ("Fone de Ouvido Bluetooth JBL Tune 520BT Preto", "R$ 249,00"),
                ("Frete", "Grátis"),
                ("Total", "R$ 249,00"),
                ("Pagamento", "Pix"),
            ]
        )
        + "<p>Chega entre quarta-feira e sexta-feira.</p>"
        '<p style="font-size:11px">Ebazar.com.br Ltda.</p>'
    ),
    cte="base64",
)
add(
    d(2025, 11, 13, 11, 5),
    "Mercado Livre",
    "info@mercadolivre.com.br",
    "Seu pacote chegou!",
    slug="mercado-livre",
    labels=[],
    text="""Entregamos seu pacote

Fone de Ouvido Bluetooth JBL Tune 520BT Preto
Entregue na portaria - Rua Cardeal Arcoverde, 1749

Conte pra gente o que achou do produto.

Mercado Livre""",
    html=None,
)

add(
    d(2025, 11, 28, 0, 47),
    "Magalu",
    "pedidos@magazineluiza.com.br",
    "Pedido confirmado! Nº 1337905512",
    slug="magalu",
    labels=[],
    text="""Oba, Camila! Recebemos seu pedido.

Pedido nº 1337905512 - 28/11/2025

Notebook Lenovo IdeaPad Slim 3 Ryzen 7 16GB 512GB SSD 15,6"
1 un. ......... R$ 3.899,00

Frete ......... Grátis
Total ......... R$ 3.899,00
Pagamento: Cartão de crédito Mastercard final 3309 em 10x de R$ 389,90 sem juros

Previsão de entrega: até 05/12/2025

Acompanhe seu pedido pelo app Magalu.
Magazine Luiza S/A""",
    html=None,
    cte="quoted-printable",
)
add(
    d(2025, 12, 3, 16, 20),
    "Magalu",
    "pedidos@magazineluiza.com.br",
    "Seu pedido foi entregue 📦",
    slug="magalu",
    labels=[],
    text="""Camila, seu pedido nº 1337905512 foi entregue.

Notebook Lenovo IdeaPad Slim 3 Ryzen 7 16GB 512GB SSD 15,6"

Esperamos que você goste! Avalie sua compra no app.
Magalu""",
    html=None,
)

for dt, orig, dest, val, dur in [
    (d(2025, 12, 19, 23, 58), "Rua Cardeal Arcoverde, 1749", "Rua Augusta, 2690", 23.40, "18 min"),
    (d(2026, 2, 27, 1, 12), "Av. Paulista, 1578", "Rua Cardeal Arcoverde, 1749", 31.85, "22 min"),
]:
    add(
        dt,
        "99",
        "recibo@99app.com",
        f"Recibo da sua corrida - {dt.strftime('%d/%m/%Y')}",
        slug="99",
        labels=[],
        text=f"""99

Obrigado por viajar com a 99, Camila!

{dt.strftime("%d/%m/%Y %H:%M")}
Categoria: 99Pop
De: {orig}
Para: {dest}
Duração: {dur}

Total: {brl(val)}
Pago com Pix

Avalie sua corrida no app.""",
        html=None,
    )

add(
    d(2025, 12, 29, 9, 0),
    "Nubank",
    "todomundo@nubank.com.br",
    "A fatura do seu cartão fechou",
    slug="nubank",
    labels=[],
    text="""Oi, Camila,

A fatura do seu cartão de crédito Nubank fechou.

Valor da fatura: R$ 2.184,37
Vencimento: 05/01/2026

Você pode pagar com Pix, boleto ou pelo débito em conta no app.

Nubank""",
    html=None,
)
add(
    d(2026, 3, 29, 9, 0),
    "Nubank",
    "todomundo@nubank.com.br",
    "A fatura do seu cartão fechou",
    slug="nubank",
    labels=[],
    text="""Oi, Camila,

A fatura do seu cartão de crédito Nubank fechou.

Valor da fatura: R$ 3.912,05
Vencimento: 05/04/2026

Você pode pagar com Pix, boleto ou pelo débito em conta no app.

Nubank""",
    html=None,
)

add(
    d(2026, 1, 5, 10, 12),
    "Itaú",
    "comprovantes@itau.com.br",
    "Comprovante de Pix",
    slug="itau",
    labels=[],
    charset="iso-8859-1",
    text="""Comprovante de transferência Pix

Valor: R$ 3.200,00
Data: 05/01/2026 - 10:11:48
Tipo: Pix - transferência

Destino
Nome: MARCIA HELENA TOLEDO
Instituição: BCO BRADESCO S.A.
Chave: ***.418.238-**

Descrição: Aluguel janeiro ap 82

Origem
Nome: CAMILA FIGUEIREDO SANTOS
Instituição: ITAÚ UNIBANCO S.A.

ID da transação: E60701190202601051311AbC9x2KpQ7""",
    html=None,
)

add(
    d(2026, 2, 3, 21, 17),
    "Regina Figueiredo",
    "regina.figueiredo61@uol.com.br",
    "Re: passagem",
    slug="regina-figueiredo",
    labels=[],
    to=formataddr((ME_NAME, ME)),
    text="""Filha, mandei o Pix de R$ 1.500,00 agora pra ajudar na passagem. Não precisa devolver, é presente de aniversário adiantado!

Seu pai perguntou se a LATAM deixa levar duas malas. Me avisa quando comprar.

Beijos,
Mãe

Em ter., 3 de fev. de 2026 às 19:02, Camila Figueiredo <camila.figueiredo.sp@gmail.com> escreveu:
> Mãe, achei passagem GRU-MEX por uns R$ 2.800 pro dia 6 de abril. Vou fechar essa semana.
> Bjs""",
    html=None,
)

add(
    d(2026, 2, 9, 12, 40),
    "LATAM Airlines",
    "latam@info.latam.com",
    "Confirmação de compra - Código de reserva QXHT7M",
    slug="latam",
    labels=[],
    html=page(
        '<div style="background:#1b0088;color:#fff;padding:14px;font-size:20px">LATAM</div>'
        "<h3>Sua compra foi confirmada, Camila!</h3>"
        "<p>Código de reserva: <b>QXHT7M</b></p>"
        '<table width="100%" cellpadding="6" style="border:1px solid #ddd">'
        "<tr><td>Voo LA8070</td><td>São Paulo (GRU) → Cidade do México (MEX)</td></tr>"
        "<tr><td>Data</td><td>seg., 6 de abril de 2026 - 01:35</td></tr>"
        "<tr><td>Passageiro</td><td>CAMILA FIGUEIREDO SANTOS</td></tr>"
        "<tr><td>Tarifa Full (2 bagagens de 23 kg)</td><td>R$ 2.641,90</td></tr>"
        "<tr><td>Taxas de embarque</td><td>R$ 187,32</td></tr>"
        "<tr><td><b>Total pago</b></td><td><b>R$ 2.829,22</b></td></tr></table>"
        "<p>Faça seu check-in pelo app a partir de 48 horas antes do voo.</p>"
    ),
    cte="base64",
)
add(
    d(2026, 4, 4, 1, 40),
    "LATAM Airlines",
    "latam@info.latam.com",
    "Seu check-in está aberto: São Paulo → Cidade do México",
    slug="latam",
    labels=[],
    text="""Camila, seu check-in já está disponível!

Voo LA8070 - seg., 6 de abril de 2026
São Paulo (GRU) 01:35 → Cidade do México (MEX) 07:20

Faça o check-in pelo app ou em latam.com e escolha seu assento.

Boa viagem!
LATAM Airlines""",
    html=None,
)

add(
    d(2026, 2, 18, 17, 25),
    "Fox Mudanças Internacionais",
    "comercial@foxmudancas.com.br",
    "Orçamento de mudança internacional - São Paulo/SP → Cidade do México",
    slug="fox-mudancas",
    labels=[],
    text="""Prezada Camila,

Conforme visita técnica realizada em 14/02, segue nosso orçamento para a mudança internacional:

Origem: Rua Cardeal Arcoverde, 1749 - ap. 82 - Pinheiros - São Paulo/SP
Destino: Colonia Roma Norte - Ciudad de México
Volume estimado: 9 m³ (carga consolidada marítima, porta a porta)

Embalagem e coleta ............ R$ 3.450,00
Frete marítimo e desembaraço .. R$ 11.980,00
Seguro (2% do valor declarado)  R$ 1.200,00
Total ......................... R$ 16.630,00

Condições: 30% na assinatura do contrato e o saldo em 3 parcelas iguais via boleto.
Validade da proposta: 15 dias.

Ficamos à disposição.

Renata Oliveira
Fox Mudanças Internacionais
(11) 4003-7781""",
    html=None,
    charset="iso-8859-1",
)

add(
    d(2026, 1, 22, 19, 30),
    "Max",
    "max@news.max.com",
    "Camila, o melhor da HBO por R$ 29,90/mês",
    slug="max",
    labels=[],
    html=page(
        '<div style="background:#002be7;color:#fff;padding:18px;font-size:24px">max</div>'
        "<h2>House of the Dragon, The Last of Us e muito mais</h2>"
        '<table width="100%"><tr><td align="center" style="border:1px solid #ccc;padding:10px">Básico com Anúncios<br><b>R$ 29,90/mês</b></td>'
        '<td align="center" style="border:1px solid #ccc;padding:10px">Standard<br><b>R$ 39,90/mês</b></td>'
        '<td align="center" style="border:1px solid #ccc;padding:10px">Platinum<br><b>R$ 55,90/mês</b></td></tr></table>'
        '<p><a href="https://www.max.com/br">Assine agora</a></p>'
        '<p style="font-size:11px">Você está recebendo este e-mail porque se cadastrou na Max. Cancelar inscrição.</p>'
    ),
)

add(
    d(2025, 12, 2, 12, 0),
    "Disney+",
    "disneyplus@mail.disneyplus.com",
    "Volta pra Disney+: assine o plano anual e economize",
    slug="disney-plus",
    labels=[],
    text="""Sentimos sua falta, Camila!

Volte para o Disney+ e assista Percy Jackson, Andor e os clássicos da Disney.

Disney+ Padrão: R$ 43,90/mês ou R$ 368,90/ano
Disney+ Premium: R$ 62,90/mês

Assine em disneyplus.com

Cancelar inscrição | Política de privacidade""",
    html=None,
)

add(
    d(2026, 3, 11, 8, 45),
    "gov.br",
    "naoresponda@acesso.gov.br",
    "Código de verificação - gov.br",
    slug="gov-br",
    labels=[],
    text="""Olá, CAMILA FIGUEIREDO SANTOS

Seu código de verificação para alterar a senha da conta gov.br é:

481 220

O código expira em 10 minutos. Se você não solicitou, ignore esta mensagem.

Governo Federal""",
    html=None,
)

add(
    d(2026, 3, 24, 20, 14),
    "Júlia Andrade",
    "julia.andrade.arq@gmail.com",
    "despedida sábado 🥂",
    slug="julia-andrade",
    labels=[],
    text="""Cami!!

Fechei o salão do bar pro sábado, deu R$ 840 no total com os petiscos. Somos 12, então fica R$ 70 pra cada. Pode mandar o Pix pra minha chave de sempre (celular).

Vou sentir muita saudade, amiga. Me manda foto do apê novo quando chegar aí!!

Ju""",
    html=None,
)

add(
    d(2026, 3, 17, 11, 18),
    "Airbnb",
    "automated@airbnb.com",
    "Reserva confirmada - Roma Norte, Ciudad de México",
    slug="airbnb",
    labels=[],
    html=page(
        '<div style="color:#ff5a5f;font-size:24px;font-weight:bold">airbnb</div>'
        "<h2>Reserva confirmada!</h2><p>Você vai para Ciudad de México.</p>"
        '<table width="100%" cellpadding="6"><tr><td>Check-in<br><b>seg., 6 de abr.</b></td>'
        "<td>Checkout<br><b>dom., 3 de mai.</b></td></tr></table>"
        + rows(
            [
                ("Estúdio luminoso perto do Parque México", "27 noites"),
                ("R$ 241,50 x 27 noites", "R$ 6.520,50"),
                ("Desconto por estadia mensal", "-R$ 978,08"),
                ("Taxa de serviço do Airbnb", "R$ 782,19"),
                ("Total (BRL)", "R$ 6.324,61"),
            ]
        )
        + "<p>Código de confirmação: HMQ4Z8W2XN</p>"
    ),
    cte="base64",
)

add(
    d(2026, 4, 2, 16, 3),
    "Receita Federal",
    "naoresponda@receita.fazenda.gov.br",
    "Recibo de entrega - Comunicação de Saída Definitiva do País",
    slug="receita-federal",
    labels=[],
    charset="iso-8859-1",
    text="""MINISTÉRIO DA FAZENDA
Secretaria Especial da Receita Federal do Brasil

Recibo de entrega da Comunicação de Saída Definitiva do País

Contribuinte: CAMILA FIGUEIREDO SANTOS
CPF: ***.517.608-**
Data da saída: 06/04/2026
Número do recibo: 27.84.19.55.03-61

A Declaração de Saída Definitiva do País referente ao ano-calendário 2026 deverá ser apresentada até o último dia útil de abril de 2027.

Esta é uma mensagem automática.""",
    html=None,
)

add(
    d(2026, 3, 2, 9, 30),
    "Prime Video",
    "no-reply@primevideo.com",
    "Experimente o Prime Video grátis por 30 dias",
    slug="prime-video",
    labels=[],
    text="""Camila, assista The Boys, Reacher e o Brasileirão no Prime Video.

Teste grátis por 30 dias. Depois, apenas R$ 19,90/mês. Cancele quando quiser.

Comece seu teste grátis em primevideo.com.

Amazon Serviços de Varejo do Brasil Ltda.""",
    html=None,
)

add(
    d(2026, 6, 9, 8, 30, CDMX),
    "Duolingo",
    "hello@duolingo.com",
    "🦉 Camila, ¡no pierdas tu racha de 152 días!",
    slug="duolingo",
    labels=[],
    text="""¡Hola, Camila!

Todavía no practicas hoy. Tu racha de 152 días está en peligro.

Haz una lección de 5 minutos para mantenerla.

Practicar ahora >

Duo
Cancelar suscripción a estos correos""",
    html=None,
)


# --------------------------------------------------------------------------- Mexico: Wise, Uber, Rappi

add(
    d(2026, 4, 3, 14, 20, UTC),
    "Wise",
    "noreply@wise.com",
    "Tu dinero va en camino a Camila Figueiredo Santos",
    slug="wise",
    labels=[],
    text="""Hola, Camila:

Tu transferencia #1487203395 ya está en camino.

Enviaste: 10,000.00 BRL
Tarifa: 71.40 BRL
Monto convertido: 9,928.60 BRL
Tipo de cambio: 1 BRL = 3.4712 MXN
Camila Figueiredo Santos recibe: 34,464.56 MXN
Llegada estimada: hoy

Wise""",
    html=None,
)


def uber_trip(dt, orig, dest, total, km, mins):
    text = f"""Uber

Gracias por viajar, Camila

Total  MX${total:,.2f}

{dt.strftime("%d/%m/%Y")}
UberX  {km} km | {mins} min
{dt.strftime("%H:%M")}  {orig}
{(dt + timedelta(minutes=mins)).strftime("%H:%M")}  {dest}

Tarifa del viaje   MX${total * 0.84:,.2f}
Cuota de reserva   MX${total * 0.16:,.2f}

Pagado con Visa ••••4412

Los recibos de los viajes incluyen IVA. Solicita tu factura en la app.
Uber B.V."""
    add(
        dt,
        "Uber",
        "noreply@uber.com",
        f"Tu viaje del {['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'][dt.weekday()]} con Uber",
        slug="uber",
        text=text,
        html=para(text),
        labels=[],
    )


uber_trip(
    d(2026, 4, 6, 8, 5, CDMX),
    "Aeropuerto Internacional Benito Juárez T1",
    "Calle Colima 241, Roma Norte",
    286.37,
    11.2,
    38,
)
uber_trip(
    d(2026, 6, 20, 23, 41, CDMX), "Av. Insurgentes Sur 1251", "Calle Colima 241, Roma Norte", 112.80, 5.4, 17
)

add(
    d(2026, 5, 12, 13, 10, CDMX),
    "Uber",
    "noreply@uber.com",
    "Te damos la bienvenida a Uber One",
    slug="uber",
    labels=["Uber One"],
    text="""Te damos la bienvenida a Uber One, Camila

Ya eres miembro. Disfruta de $0 de costo de envío en pedidos elegibles de Uber Eats, hasta 6% en créditos Uber Cash en viajes y precios exclusivos.

Tu membresía
Uber One mensual: $129.00 MXN al mes (IVA incluido)
Fecha de inicio: 12 de mayo de 2026
Próxima renovación: 12 de junio de 2026
Método de pago: Visa ••••4412

Puedes cancelar cuando quieras desde Cuenta > Uber One.

Uber""",
    html=page(
        '<div style="background:#000;color:#fff;padding:18px;font-size:22px">Uber One</div>'
        "<h2>Te damos la bienvenida a Uber One, Camila</h2>"
        + rows(
            [
                ("Uber One mensual", "$129.00 MXN al mes"),
                ("", "IVA incluido"),
                ("Fecha de inicio", "12 de mayo de 2026"),
                ("Próxima renovación", "12 de junio de 2026"),
            ]
        ),
        color="#000",
    ),
)


def uber_one(y, m):
    ny, nm = add_month(y, m)
    html = page(
        '<div style="background:#000;color:#fff;padding:18px;font-size:22px">Uber One</div>'
        "<p>Hola, Camila: este es el recibo de tu membresía.</p>"
        + rows(
            [
                ("Membresía Uber One (mensual)", "MX$129.00"),
                ("Total", "MX$129.00"),
                ("Fecha del cargo", f"12/{m:02d}/{y}"),
                ("Próximo cargo", f"12 {ES_MON[nm - 1]} {ny}"),
                ("Método de pago", "Visa ••••4412"),
            ]
        )
        + '<p style="font-size:11px">El total incluye IVA. Uber B.V.</p>',
        color="#000",
    )
    add(
        d(y, m, 12, 4, 2, CDMX),
        "Uber",
        "noreply@uber.com",
        "Recibo de tu membresía Uber One",
        slug="uber",
        html=html,
        labels=["Uber One"],
        cte="base64",
    )


uber_one(2026, 8)
uber_one(2026, 10)
uber_one(2026, 11)

add(
    d(2026, 10, 3, 21, 12, CDMX),
    "Uber Eats",
    "uber.mexico@uber.com",
    "Tu pedido de Uber Eats con Taquería Orinoco",
    slug="uber-eats",
    labels=[],
    text="""Uber Eats

Total  MX$312.00

Gracias por tu pedido, Camila

Taquería Orinoco - Roma
3x Tacos Regio ........ MX$165.00
1x Papas con queso .... MX$79.00
1x Agua de horchata ... MX$45.00
Costo de envío ........ MX$0.00 (Uber One)
Propina ............... MX$23.00

Pagado con Visa ••••4412""",
    html=None,
)


def rappi_order(dt, store, items, fee, tip):
    total = sum(p for _, p in items) + fee + tip
    lines = "\n".join(f"  {n}  {mxn(p)}" for n, p in items)
    text = f"""¡Tu pedido llegó!

Hola Camila, tu pedido de {store} fue entregado.

Pedido #{digits(9)}
{lines}
  Envío  {mxn(fee)}
  Propina  {mxn(tip)}
  Total pagado  {mxn(total)}

Gracias por pedir en Rappi."""
    add(
        dt,
        "Rappi",
        "noreply@rappi.com",
        f"Tu pedido de {store} fue entregado",
        slug="rappi",
        text=text,
        html=para(text),
        labels=[],
    )


rappi_order(
    d(2026, 5, 16, 14, 25, CDMX),
    "Farmacias del Ahorro",
    [("Paracetamol 500 mg 20 tabs", 38.50), ("Electrolit 625 ml x2", 68.00)],
    29.00,
    15.00,
)
rappi_order(d(2026, 8, 22, 20, 51, CDMX), "Pizzas Felix", [("Pizza Pepperoni mediana", 265.00)], 0.00, 25.00)

add(
    d(2026, 7, 2, 11, 0, CDMX),
    "Rappi",
    "noreply@rappi.com",
    "¡Tu prueba gratis de Rappi Pro ya comenzó!",
    slug="rappi",
    labels=[],
    text="""¡Hola, Camila!

Activaste 30 días gratis de Rappi Pro. Disfruta envíos gratis ilimitados en restaurantes y tiendas desde $159.

Tu prueba termina el 01/08/2026. Después, Rappi Pro cuesta $119 al mes, a menos que la canceles antes.

Rappi""",
    html=None,
)
add(
    d(2026, 8, 1, 9, 5, CDMX),
    "Rappi",
    "noreply@rappi.com",
    "Tu prueba de Rappi Pro terminó",
    slug="rappi",
    labels=[],
    text="""Hola, Camila:

Tu prueba gratis de Rappi Pro terminó el 01/08/2026 y no se realizó ningún cargo, porque cancelaste la renovación.

Si quieres volver a tener envíos gratis ilimitados, suscríbete a Rappi Pro desde $119 al mes en la app.

Rappi""",
    html=None,
)


# --------------------------------------------------------------------------- Mexico: Telcel (HTML-only tables)

add(
    d(2026, 5, 2, 18, 22, CDMX),
    "Telcel",
    "bienvenida@telcel.com",
    "¡Bienvenido a Telcel!",
    slug="telcel",
    labels=["Telcel"],
    text="""¡Hola, CAMILA FIGUEIREDO SANTOS!

Gracias por elegir Telcel. Tu línea ya está activa.

Número: 55 3187 4420
Plan: Telcel Libre 4
Renta mensual: $499.00 (IVA incluido)
Plazo forzoso: 18 meses
Fecha de corte: día 8 de cada mes
Pago: domiciliado a tu tarjeta con terminación 4412

Tu plan incluye 20 GB, llamadas y SMS ilimitados en México, EUA y Canadá, y redes sociales ilimitadas.

Consulta tu factura y consumo en Mi Telcel.

Radiomóvil Dipsa, S.A. de C.V.""",
    html=None,
    cte="quoted-printable",
)


def telcel_bill(y, m, extra=None):
    py, pm = add_month(y, m, -1)
    renta = 430.17
    sub = renta + (extra[1] if extra else 0)
    iva = round(sub * 0.16, 2)
    total = round(sub + iva, 2)
    lim = f"26/{m:02d}/{y}"
    lines = [("Renta Telcel Libre 4", mxn(renta))]
    if extra:
        lines.append(extra[0:1] + (mxn(extra[1]),))
    lines += [("Subtotal", mxn(sub)), ("IVA 16%", mxn(iva)), ("Total a pagar", mxn(total))]
    html = page(
        '<table width="100%"><tr><td style="background:#00a0df;color:#fff;padding:14px;font-size:22px">Telcel</td></tr></table>'
        "<p>Estimado(a) CAMILA FIGUEIREDO SANTOS:</p>"
        "<p>Tu Factura Electrónica (CFDI) del servicio Telcel ya está disponible. Adjuntamos los archivos PDF y XML.</p>"
        '<table width="100%" cellpadding="5" style="border:1px solid #00a0df">'
        f"<tr><td>Número Telcel</td><td>55 3187 4420</td></tr>"
        f"<tr><td>Periodo facturado</td><td>09/{ES_MON[pm - 1].upper()}/{py} al 08/{ES_MON[m - 1].upper()}/{y}</td></tr>"
        f"<tr><td>Fecha de corte</td><td>08/{m:02d}/{y}</td></tr>"
        f"<tr><td>Fecha límite de pago</td><td>{lim}</td></tr>"
        f"<tr><td>Folio fiscal</td><td>{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}</td></tr>"
        "</table><br>"
        + rows(lines)
        + f"<p>Tu pago está domiciliado a la tarjeta con terminación 4412; el cargo se aplicará en la fecha límite de pago ({lim}).</p>"
        '<p style="font-size:11px;color:#777">Radiomóvil Dipsa, S.A. de C.V. RFC RDI841003QJ4. Este correo es informativo, no lo respondas.</p>',
        title="Factura Telcel",
    )
    add(
        d(y, m, 9, 2, 15, CDMX),
        "Telcel",
        "facturaelectronica@telcel.com",
        f"Factura Electrónica Telcel - {ES_MONTHS[m - 1].capitalize()} {y}",
        slug="telcel",
        html=html,
        labels=["Telcel"],
        cte="base64",
    )


telcel_bill(2026, 7, ("Roaming Mundial (Brasil)", 159.49))
telcel_bill(2026, 9)
telcel_bill(2026, 10)
telcel_bill(2026, 11)

add(
    d(2026, 9, 17, 12, 30, CDMX),
    "Telcel",
    "promociones@telcel.com",
    "Camila, cámbiate a Telcel Libre 5 y duplica tus gigas",
    slug="telcel",
    labels=[],
    text="""Más gigas para ti

Cámbiate a Telcel Libre 5: 40 GB, Claro video y Netflix Estándar con anuncios incluidos.

Renta mensual: $699 al mes con IVA.

Haz el cambio en Mi Telcel o en tu Centro de Atención a Clientes. Sujeto a plazo forzoso de 18 meses.

Si no deseas recibir promociones, responde BAJA.""",
    html=None,
)


# --------------------------------------------------------------------------- Mexico: izzi

add(
    d(2026, 5, 14, 17, 5, CDMX),
    "izzi",
    "notificaciones@izzi.mx",
    "¡Bienvenido a izzi, Camila!",
    slug="izzi",
    labels=["izzi"],
    text="""¡Hola, Camila!

Tu servicio izzi ya quedó instalado. Estos son los datos de tu contratación:

Número de cuenta: 2 3847 1920
Paquete: izzi 150 Megas (Internet + línea telefónica)
Renta mensual: $549.00 con IVA
Domicilio: Calle Colima 241 Int. 5, Col. Roma Norte, Cuauhtémoc, CDMX
Tu estado de cuenta se genera cada mes y puedes pagarlo en izzi.mx, app izzi, OXXO y bancos.

Tip: domicilia tu pago con tarjeta y olvídate de las fechas límite.

izzi telecom""",
    html=None,
    cte="quoted-printable",
)


def izzi_statement(y, m, amount):
    mes = ES_MONTHS[m - 1]
    lim = f"23 de {mes} de {y}"
    text = f"""Hola, Camila:

Tu estado de cuenta izzi de {mes} ya está listo.

Número de cuenta: 2 3847 1920
Paquete: izzi 150 Megas
Periodo: 01/{m:02d}/{y} al {[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]}/{m:02d}/{y}
Total a pagar: {mxn(amount)}
Fecha límite de pago: {lim}

Paga fácil en izzi.mx, en la app izzi o en OXXO con tu número de cuenta.
Evita cargos por pago tardío y suspensión del servicio pagando a tiempo.

izzi telecom"""
    html = page(
        '<div style="background:#00c2a8;color:#fff;padding:14px;font-size:24px;font-weight:bold">izzi</div>'
        f"<p>Hola, Camila:<br>Tu estado de cuenta de <b>{mes}</b> ya está listo.</p>"
        + rows(
            [
                ("Número de cuenta", "2 3847 1920"),
                ("Paquete", "izzi 150 Megas"),
                ("Total a pagar", mxn(amount)),
                ("Fecha límite de pago", lim),
            ]
        )
        + '<p><a href="https://www.izzi.mx/pago">Pagar ahora</a></p>'
    )
    add(
        d(y, m, 13, 10, 0, CDMX),
        "izzi",
        "notificaciones@izzi.mx",
        f"Camila, tu estado de cuenta izzi de {mes} ya está listo",
        slug="izzi",
        text=text,
        html=html,
        labels=["izzi"],
    )


izzi_statement(2026, 7, 549.00)
izzi_statement(2026, 8, 549.00)
add(
    d(2026, 9, 14, 11, 15, CDMX),
    "izzi",
    "notificaciones@izzi.mx",
    "Aviso importante sobre tu renta mensual",
    slug="izzi",
    labels=["izzi"],
    text="""Hola, Camila:

Te informamos que, a partir de tu estado de cuenta de octubre de 2026, la renta mensual de tu paquete izzi 150 Megas pasará de $549.00 a $579.00 (IVA incluido).

Este ajuste nos permite seguir mejorando nuestra red y tu experiencia. Las demás condiciones de tu servicio no cambian.

Si tienes dudas, escríbenos por WhatsApp al 55 4000 1234 o consulta izzi.mx.

izzi telecom""",
    html=None,
)
izzi_statement(2026, 10, 579.00)
izzi_statement(2026, 11, 579.00)


# --------------------------------------------------------------------------- Mexico: Naturgy (HTML-only)


def naturgy(y, m, amount, m3):
    py, pm = add_month(y, m, -1)
    lim = f"21/{m:02d}/{y}"
    html = page(
        '<table width="100%"><tr><td style="background:#004571;color:#fff;padding:14px;font-size:22px">naturgy</td>'
        '<td style="background:#e57200;width:40px"></td></tr></table>'
        "<p>Estimada CAMILA FIGUEIREDO SANTOS,</p>"
        "<p>Tu recibo de gas natural ya está disponible en Oficina Virtual.</p>"
        '<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">'
        '<tr style="background:#eef3f7"><th align="left">Número de cliente</th><th align="left">Periodo</th><th align="left">Consumo</th></tr>'
        f"<tr><td>000718264551</td><td>28/{pm:02d}/{py} - 27/{m:02d}/{y}</td><td>{m3} m³</td></tr>"
        '<tr style="background:#eef3f7"><th align="left">Fecha de emisión</th><th align="left">Fecha límite de pago</th><th align="left">Importe total</th></tr>'
        f"<tr><td>04/{m:02d}/{y}</td><td>{lim}</td><td><b>{mxn(amount)}</b></td></tr>"
        "</table>"
        "<p>Paga en línea, en bancos, tiendas de conveniencia o domicilia tu pago.</p>"
        '<p style="font-size:11px;color:#777">Naturgy México, S.A. de C.V. El importe incluye IVA.</p>',
        title="Naturgy",
    )
    add(
        d(y, m, 4, 6, 0, CDMX),
        "Naturgy México",
        "recibodigital@naturgy.com.mx",
        "Tu recibo de gas natural está disponible",
        slug="naturgy",
        html=html,
        labels=["Naturgy"],
        cte="base64",
    )


naturgy(2026, 6, 238.40, 14)
naturgy(2026, 8, 205.10, 11)
naturgy(2026, 10, 264.90, 16)
naturgy(2026, 11, 301.35, 19)


# --------------------------------------------------------------------------- Mexico: Sports World

add(
    d(2026, 5, 1, 19, 12, CDMX),
    "Sports World",
    "contacto@sportsworld.com.mx",
    "¡Bienvenida a Sports World!",
    slug="sports-world",
    labels=["Sports World"],
    text="""¡Hola, Camila!

Bienvenida a la familia Sports World. Estos son los datos de tu membresía:

Club: Sports World Condesa
Membresía: Individual Mensual
Cuota de inscripción (pago único): $1,200.00
Mensualidad: $1,499.00 MXN
Cargo recurrente: día 1 de cada mes a tu tarjeta Visa terminación 4412
Primer cargo de mensualidad: 01/06/2026

Descarga la app Sports World para reservar tus clases.

¡Nos vemos en el club!
Sports World""",
    html=None,
)


def sw_receipt(y, m, dd=1, retry=False):
    mes = ES_MONTHS[m - 1]
    note = "\nReintento de cobro exitoso. Gracias por mantener tu membresía al corriente.\n" if retry else ""
    text = f"""Comprobante de pago

Hola, Camila:
{note}
Concepto: Mensualidad {mes} {y}
Club: Sports World Condesa
Importe: $1,499.00 MXN
Fecha de cargo: {dd:02d}/{m:02d}/{y}
Tarjeta: Visa ****4412
Folio: SW-{digits(8)}

Sports World"""
    add(
        d(y, m, dd, 6, 10, CDMX),
        "Sports World",
        "pagos@sportsworld.com.mx",
        f"Comprobante de pago - Mensualidad {mes} {y}",
        slug="sports-world",
        text=text,
        html=para(text),
        labels=["Sports World"],
    )


sw_receipt(2026, 7)
add(
    d(2026, 8, 1, 6, 12, CDMX),
    "Sports World",
    "pagos@sportsworld.com.mx",
    "No pudimos procesar tu mensualidad",
    slug="sports-world",
    labels=["Sports World"],
    text="""Hola, Camila:

El cargo de tu mensualidad de agosto 2026 por $1,499.00 MXN a tu tarjeta Visa ****4412 fue rechazado por el banco emisor.

Reintentaremos el cargo en las próximas 72 horas. Si lo prefieres, puedes pagar en la recepción del club o actualizar tu tarjeta en la app.

Recuerda que con dos mensualidades vencidas tu acceso se suspende.

Sports World""",
    html=None,
)
sw_receipt(2026, 8, 4, retry=True)
sw_receipt(2026, 10)
sw_receipt(2026, 11)


# --------------------------------------------------------------------------- Mexico: Mercado Libre + Meli+

add(
    d(2026, 6, 7, 16, 40, CDMX),
    "Mercado Libre",
    "info@mercadolibre.com.mx",
    "¡Ya tienes Meli+!",
    slug="mercado-libre",
    labels=["Meli+"],
    html=page(
        '<div style="background:#fff159;padding:14px;font-size:18px">mercado libre</div>'
        "<h2>¡Listo, Camila! Ya eres parte de Meli+</h2>"
        "<p>Tienes envíos gratis en millones de productos desde $149 y descuentos exclusivos.</p>"
        + rows(
            [
                ("Plan", "Meli+ Esencial"),
                ("Precio", "$39 por mes"),
                ("Próximo cobro", "7 de julio"),
                ("Medio de pago", "Mercado Pago - Visa 4412"),
            ]
        )
        + '<p style="font-size:11px">Puedes cancelar cuando quieras desde Mi cuenta &gt; Suscripciones.</p>'
    ),
    cte="base64",
)


def meli(y, m):
    ny, nm = add_month(y, m)
    add(
        d(y, m, 7, 8, 3, CDMX),
        "Mercado Libre",
        "info@mercadolibre.com.mx",
        "Renovamos tu suscripción Meli+",
        slug="mercado-libre",
        labels=["Meli+"],
        text=f"""Hola, Camila:

Cobramos $39 de tu suscripción Meli+ Esencial.

Fecha: 07/{ES_MON[m - 1]}/{y}
Medio de pago: Visa terminación 4412
Próximo cobro: 7 de {ES_MONTHS[nm - 1]}

Sigue disfrutando de envíos gratis desde $149.

Mercado Libre""",
        html=None,
    )


meli(2026, 9)
meli(2026, 11)


def ml_order(dt, item, price, ship, msi=None):
    pago = f"Tarjeta Visa 4412 - {msi}" if msi else "Tarjeta Visa 4412"
    html = page(
        '<div style="background:#fff159;padding:14px;font-size:18px">mercado libre</div>'
        "<h3>¡Compraste!</h3>"
        + rows(
            [
                (item, mxn(price)),
                ("Envío", "Gratis" if not ship else mxn(ship)),
                ("Total", mxn(price + ship)),
                ("Pago", pago),
            ]
        )
        + "<p>Te avisaremos cuando tu paquete vaya en camino.</p>"
        '<p style="font-size:11px">DeRemate.com de México, S. de R.L. de C.V.</p>'
    )
    add(
        dt,
        "Mercado Libre",
        "info@mercadolibre.com.mx",
        f"Compraste {item.split(' ')[0]} {item.split(' ')[1]}",
        slug="mercado-libre",
        html=html,
        labels=[],
        cte="base64",
    )


ml_order(d(2026, 5, 8, 22, 14, CDMX), "Ventilador de Torre Taurus 40 pulgadas", 1299.00, 0)
add(
    d(2026, 5, 10, 9, 31, CDMX),
    "Mercado Libre",
    "info@mercadolibre.com.mx",
    "Tu paquete va en camino",
    slug="mercado-libre",
    labels=[],
    text="""¡Tu compra va en camino!

Ventilador de Torre Taurus 40 pulgadas
Llega mañana a Calle Colima 241 Int. 5

Puedes seguir el envío en Mis compras.

Mercado Libre""",
    html=None,
)
ml_order(
    d(2026, 10, 19, 13, 2, CDMX), "Cafetera Oster Prima Latte", 3499.00, 0, "6 meses sin intereses de $583.17"
)


# --------------------------------------------------------------------------- Mexico: OpenAI (Stripe style, USD + IVA)


def openai(y, m):
    ny, nm = add_month(y, m)
    mon = [
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
    rec = f"{digits(4)}-{digits(4)}"
    inv = f"{alnum(8)}-{m:04d}"
    text = f"""Receipt from OpenAI, LLC
$23.20
Paid {mon[m - 1]} 15, {y}

Receipt number       {rec}
Invoice number       {inv}
Payment method       Visa - 4412

{mon[m - 1][:3]} 15 – {mon[nm - 1][:3]} 15, {ny}
ChatGPT Plus Subscription     Qty 1     $20.00

Subtotal                              $20.00
Total excluding tax                   $20.00
IVA - Mexico (16% on $20.00)           $3.20
Total                                 $23.20
Amount paid                           $23.20

Questions? Visit our help center at help.openai.com

OpenAI, LLC, 1455 3rd Street, San Francisco, CA 94158, United States"""
    html = page(
        '<h2 style="font-weight:normal">Receipt from OpenAI, LLC</h2>'
        f'<p style="font-size:32px;margin:0">$23.20</p><p style="color:#687385">Paid {mon[m - 1]} 15, {y}</p>'
        + rows([("Receipt number", rec), ("Invoice number", inv), ("Payment method", "Visa - 4412")])
        + f'<p style="color:#687385">{mon[m - 1][:3]} 15 – {mon[nm - 1][:3]} 15, {ny}</p>'
        + rows(
            [
                ("ChatGPT Plus Subscription<br>Qty 1", "$20.00"),
                ("Subtotal", "$20.00"),
                ("Total excluding tax", "$20.00"),
                ("IVA - Mexico (16% on $20.00)", "$3.20"),
                ("Total", "$23.20"),
                ("Amount paid", "$23.20"),
            ]
        ),
        color="#414552",
    )
    add(
        datetime(y, m, 15, 17, 4, 12, tzinfo=PDT if m in range(3, 11) else PST),
        "OpenAI",
        "invoice+statements@tm1.openai.com",
        f"Your receipt from OpenAI, LLC #{rec}",
        slug="openai",
        text=text,
        html=html,
        labels=["ChatGPT Plus"],
        msgid_domain="tm1.openai.com",
    )


openai(2026, 7)
openai(2026, 9)
openai(2026, 10)
openai(2026, 11)


# --------------------------------------------------------------------------- Mexico: GNP (forwarded welcome + charges)

GNP_WELCOME = """Estimada Camila Figueiredo Santos:

Te damos la bienvenida a GNP Seguros. Tu póliza de Gastos Médicos Mayores ya está vigente.

Póliza: 11873402
Producto: GNP Gastos Médicos Mayores - Plan Versátil
Vigencia: 05/06/2026 al 05/06/2027
Suma asegurada: $25,000,000.00
Deducible: $25,000.00 | Coaseguro 10%
Forma de pago: mensual, con cargo automático a tarjeta Visa terminación 4412
Prima total anual: $22,492.32
Prima mensual: $1,874.36 (12 recibos)

Tu primer recibo (1 de 12) fue cargado el 05/06/2026. Los siguientes recibos se cargarán el día 5 de cada mes.

Descarga tus documentos en gnp.com.mx > Portal de Clientes.

Atentamente,
GNP Seguros
Grupo Nacional Provincial, S.A.B."""

add(
    d(2026, 6, 12, 10, 47, CDMX),
    ME_NAME,
    ME_WORK,
    "Fwd: Bienvenido a GNP Seguros - Póliza 11873402",
    slug="camila-figueiredo",
    labels=["GNP Seguros"],
    msgid_domain="trama.design",
    text="""pra guardar no pessoal

---------- Forwarded message ---------
De: GNP Seguros <bienvenida@gnp.com.mx>
Date: vie, 5 jun 2026 a las 9:14
Subject: Bienvenido a GNP Seguros - Póliza 11873402
To: <camila@trama.design>


"""
    + GNP_WELCOME,
    html=None,
)


def gnp_charge(y, m, n):
    add(
        d(y, m, 5, 7, 30, CDMX),
        "GNP Seguros",
        "avisos@gnp.com.mx",
        "Aviso de cargo a tu tarjeta - Póliza 11873402",
        slug="gnp",
        labels=["GNP Seguros"],
        text=f"""Estimada Camila Figueiredo Santos:

Te informamos que se realizó el cargo automático del recibo de tu póliza.

Póliza: 11873402 - Gastos Médicos Mayores
Recibo: {n} de 12
Periodo que cubre: 05/{m:02d}/{y} al 05/{add_month(y, m)[1]:02d}/{add_month(y, m)[0]}
Importe: {mxn(1874.36)}
Fecha de aplicación: 05/{m:02d}/{y}
Tarjeta: Visa terminación 4412

Conserva este correo como comprobante.

GNP Seguros""",
        html=page(
            '<div style="background:#f47920;color:#fff;padding:14px;font-size:22px">GNP Seguros</div>'
            "<p>Estimada Camila Figueiredo Santos:</p><p>Te informamos que se realizó el cargo automático del recibo de tu póliza.</p>"
            + rows(
                [
                    ("Póliza", "11873402 - Gastos Médicos Mayores"),
                    ("Recibo", f"{n} de 12"),
                    ("Importe", mxn(1874.36)),
                    ("Fecha de aplicación", f"05/{m:02d}/{y}"),
                    ("Tarjeta", "Visa terminación 4412"),
                ]
            )
        ),
    )


gnp_charge(2026, 7, 2)
gnp_charge(2026, 9, 4)
gnp_charge(2026, 10, 5)
gnp_charge(2026, 11, 6)


# --------------------------------------------------------------------------- other Mexican negatives

add(
    d(2026, 5, 20, 12, 14, CDMX),
    "SAT",
    "notificaciones@sat.gob.mx",
    "Acuse de inscripción en el RFC",
    slug="sat",
    labels=[],
    text="""SERVICIO DE ADMINISTRACIÓN TRIBUTARIA

Acuse de inscripción en el Registro Federal de Contribuyentes

Nombre: CAMILA FIGUEIREDO SANTOS
RFC: FISC9107143K2
Régimen: Régimen de Sueldos y Salarios e Ingresos Asimilados a Salarios
Fecha de inscripción: 20/05/2026

Consulta tu Constancia de Situación Fiscal en sat.gob.mx.

Este mensaje es informativo y no requiere respuesta.""",
    html=None,
)

add(
    d(2026, 6, 3, 15, 27, CDMX),
    "Amazon.com.mx",
    "confirmar-envio@amazon.com.mx",
    'Tu pedido de Amazon.com.mx de "Organizador de cajones..." se ha enviado',
    slug="amazon",
    labels=[],
    text="""Hola Camila,

Tu paquete se ha enviado.

Llega: viernes, 5 de junio
Pedido n.º 701-4829315-2219046

Organizador de cajones Bamboo 6 piezas
Cantidad: 1
$489.00

Total del pedido: $489.00

Amazon.com.mx""",
    html=None,
)
add(
    d(2026, 7, 14, 10, 0, CDMX),
    "Amazon Prime",
    "prime@amazon.com.mx",
    "Camila, prueba Amazon Prime gratis por 30 días",
    slug="amazon",
    labels=[],
    html=page(
        "<h2>Envíos rápidos gratis, Prime Video y más</h2>"
        "<p>Prueba Amazon Prime gratis por 30 días. Después, solo <b>$99 al mes</b> o $899 al año.</p>"
        '<p><a href="https://www.amazon.com.mx/prime">Comienza tu prueba gratis</a></p>'
        '<p style="font-size:11px">Cancela cuando quieras. Servicios Comerciales Amazon México, S. de R.L. de C.V.</p>'
    ),
)

add(
    d(2026, 6, 14, 17, 35, CDMX),
    "Liverpool",
    "notificaciones@liverpool.com.mx",
    "Confirmación de tu compra en Liverpool",
    slug="liverpool",
    labels=[],
    text="""¡Gracias por tu compra, Camila!

Pedido: 5102948730
Fecha: 14/06/2026

Sofá de 3 plazas Dorel Living gris ......... $14,990.00
Envío a domicilio ......................... $0.00
Total ..................................... $14,990.00

Forma de pago: Tarjeta BBVA Visa a 9 meses sin intereses de $1,665.56

Entrega programada: 21/06/2026

El Puerto de Liverpool, S.A.B. de C.V.""",
    html=None,
)

add(
    d(2026, 6, 27, 19, 2, CDMX),
    "Cinépolis",
    "boletos@cinepolis.com",
    "Tus boletos para Intensamente 3",
    slug="cinepolis",
    labels=[],
    text="""Cinépolis Diana

Intensamente 3 (Doblada)
Sábado 27 de junio - 20:40
Sala 4 | Asientos F7, F8

2 Boletos Tradicional ......... $186.00
Cargo por servicio ............ $20.00
Total ......................... $206.00

Presenta tu código QR en la entrada.""",
    html=None,
)

add(
    d(2026, 8, 11, 10, 3, CDMX),
    "Ticketmaster México",
    "noreply@ticketmaster.com.mx",
    "Confirmación de tu orden 36-48213/MEX",
    slug="ticketmaster",
    labels=[],
    html=page(
        '<div style="background:#026cdf;color:#fff;padding:14px;font-size:20px">ticketmaster</div>'
        "<h3>¡Tienes boletos!</h3>"
        + rows(
            [
                ("Natalia Lafourcade - Auditorio Nacional", "sáb 24 oct 2026 21:00"),
                ("2 x Luneta B", "$2,980.00"),
                ("Cargos por servicio", "$536.40"),
                ("Total", "$3,516.40"),
            ]
        )
        + "<p>Orden 36-48213/MEX. Tus boletos digitales estarán disponibles en la app 72 horas antes.</p>"
    ),
    cte="base64",
)

add(
    d(2026, 9, 2, 13, 47, CDMX),
    "Arturo Méndez",
    "arturo.mendez.rent@gmail.com",
    "Recibo de renta septiembre - Colima 241 int. 5",
    slug="arturo-mendez",
    labels=[],
    text="""Hola Camila, buen día.

Te confirmo que recibí tu transferencia de $18,500.00 por la renta de septiembre. Te adjunto el recibo.

Por cierto, el lunes viene el de mantenimiento a revisar el boiler, a las 10 am.

Saludos,
Arturo Méndez""",
    html=None,
)

add(
    d(2026, 9, 20, 11, 30, CDMX),
    "Cruz Roja Mexicana",
    "donativos@cruzrojamexicana.org.mx",
    "¡Gracias por tu donativo!",
    slug="cruz-roja",
    labels=[],
    text="""Querida Camila:

Gracias por tu donativo de $500.00 MXN a Cruz Roja Mexicana. Tu apoyo nos ayuda a atender emergencias en todo el país.

Folio del donativo: CRM-2026-0918-44721
Fecha: 20/09/2026

Si requieres recibo deducible, solicítalo en donar.cruzrojamexicana.org.mx con tu RFC.

Cruz Roja Mexicana, I.A.P.""",
    html=None,
)

add(
    d(2026, 6, 10, 9, 0, CDMX),
    "Totalplay",
    "promociones@totalplay.com.mx",
    "Internet de 500 megas por $699 al mes",
    slug="totalplay",
    labels=[],
    html=page(
        '<div style="background:#5b2c83;color:#fff;padding:16px;font-size:22px">totalplay</div>'
        "<h2>Navega a 500 megas simétricos</h2>"
        '<table width="100%"><tr><td style="border:1px solid #ccc;padding:10px">Internet 500 Mbps<br><b>$699/mes</b></td>'
        '<td style="border:1px solid #ccc;padding:10px">Internet + TV 300 canales<br><b>$999/mes</b></td></tr></table>'
        "<p>Precio por pronto pago. Instalación gratis.</p>"
    ),
)

add(
    d(2026, 7, 18, 8, 0, BRT),
    "Regina Figueiredo",
    "regina.figueiredo61@uol.com.br",
    "Feliz aniversário, filha!! 🎂",
    slug="regina-figueiredo",
    labels=[],
    text="""Minha filha querida, feliz aniversário!

Mandei um Pix de R$ 500 pra você comprar alguma coisa bonita aí no México. Seu pai mandou um beijo e disse que tá com saudade da sua lasanha.

Liga pra gente no domingo?

Te amo,
Mãe""",
    html=None,
)

add(
    d(2026, 8, 14, 22, 31, CDMX),
    "Instagram",
    "security@mail.instagram.com",
    "Restablece tu contraseña de Instagram",
    slug="instagram",
    labels=[],
    text="""Hola, camila.fig:

Recibimos una solicitud para restablecer tu contraseña de Instagram.

Restablecer contraseña

Si no solicitaste este cambio, ignora este mensaje.

Meta Platforms, Inc.""",
    html=None,
)

add(
    d(2026, 10, 11, 23, 10, CDMX),
    "Mariana López",
    "mariana.lopez.g@hotmail.com",
    "Re: cena en Contramar",
    slug="mariana-lopez",
    labels=[],
    text="""Jajaja sí, estuvo buenísima. Fueron $3,240 en total con propina, entre 4 son $810 cada una. Me lo pasas por transferencia cuando puedas, mi CLABE es la de siempre.

¿Vamos al tianguis de la Roma el domingo?

Besos,
Mariana

El sáb, 10 oct 2026 a las 22:58, Camila Figueiredo escribió:
> ¿Cuánto te debo de la cena? Me encantó el pescado a la talla.""",
    html=None,
)

add(
    d(2026, 7, 6, 12, 45, UTC),
    "Wise",
    "noreply@wise.com",
    "Tu dinero va en camino a Camila Figueiredo Santos",
    slug="wise",
    labels=[],
    text="""Hola, Camila:

Tu transferencia #1611094572 ya está en camino.

Enviaste: 3,000.00 BRL
Tarifa: 22.14 BRL
Monto convertido: 2,977.86 BRL
Tipo de cambio: 1 BRL = 3.3980 MXN
Camila Figueiredo Santos recibe: 10,118.77 MXN
Llegada estimada: hoy

Wise""",
    html=None,
)

add(
    d(2026, 10, 28, 9, 15, CDMX),
    "BBVA México",
    "bbva@notificaciones.bbva.mx",
    "Tu estado de cuenta de tu Tarjeta de Crédito está disponible",
    slug="bbva",
    labels=[],
    text="""Hola, CAMILA:

Tu estado de cuenta de la Tarjeta de Crédito BBVA Azul terminación 4412 ya está disponible en la app BBVA México.

Fecha de corte: 26/10/2026
Pago para no generar intereses: $9,874.22
Pago mínimo: $1,120.00
Fecha límite de pago: 15/11/2026

BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México.""",
    html=None,
)

add(
    d(2026, 10, 14, 16, 22, CDMX),
    "Aeroméxico",
    "notificaciones@aeromexico.com",
    "Tu reservación está confirmada: CDMX - Oaxaca",
    slug="aeromexico",
    labels=[],
    text="""¡Hola, Camila!

Tu reservación está confirmada.

Clave de reservación: RKPWQT
Vuelo AM 2447 | 30 oct 2026 | MEX 07:10 → OAX 08:25
Vuelo AM 2452 | 2 nov 2026 | OAX 19:40 → MEX 20:55
Tarifa Clásica

Total: $3,862.00 MXN

Aeroméxico""",
    html=None,
)


# --------------------------------------------------------------------------- truths / meta

TRUTHS = [
    dict(
        name="Vivo",
        aliases=["Vivo Pós 20GB", "Vivo Pós", "Telefônica Brasil"],
        amount="109.99",
        currency="BRL",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="bill",
    ),
    dict(
        name="Enel",
        aliases=["Enel Distribuição São Paulo", "Enel São Paulo", "Enel SP"],
        amount="198.07",
        currency="BRL",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="bill",
    ),
    dict(
        name="Smart Fit",
        aliases=["Smart Fit Black", "Plano Black"],
        amount="149.90",
        currency="BRL",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Folha de S.Paulo",
        aliases=["Folha", "Folha Digital", "Grupo Folha"],
        amount="34.90",
        currency="BRL",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-10",
        kind="subscription",
    ),
    dict(
        name="Clube iFood",
        aliases=["iFood Clube", "iFood"],
        amount="5.95",
        currency="BRL",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ com 200 GB", "iCloud+ 200 GB"],
        amount="16.90",
        currency="BRL",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Globoplay",
        aliases=["Globoplay Padrão", "Globoplay: novelas, séries e +"],
        amount="22.90",
        currency="BRL",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Super Duolingo",
        aliases=["Duolingo", "Duolingo Super", "Duolingo: aprenda idiomas"],
        amount="179.90",
        currency="BRL",
        cycle="yearly",
        status="active",
        next_renewal="2027-01-09",
        kind="subscription",
    ),
    dict(
        name="Registro.br",
        aliases=["camilafigueiredo.com.br", "NIC.br"],
        amount="40.00",
        currency="BRL",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix Padrão"],
        amount="44.90",
        currency="BRL",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-22",
        kind="subscription",
    ),
    dict(
        name="Spotify",
        aliases=["Spotify Premium", "Spotify Premium Individual", "Premium Individual"],
        amount="129.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-24",
        kind="subscription",
    ),
    dict(
        name="Canva Pro",
        aliases=["Canva", "Canva Pty Ltd"],
        amount="289.90",
        currency="BRL",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-16",
        kind="subscription",
    ),
    dict(
        name="Telcel",
        aliases=["Telcel Libre 4", "Plan Telcel Libre 4", "Radiomóvil Dipsa"],
        amount="499.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-26",
        kind="bill",
    ),
    dict(
        name="izzi",
        aliases=["izzi 150 Megas", "izzi telecom"],
        amount="579.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-23",
        kind="bill",
    ),
    dict(
        name="Naturgy",
        aliases=["Naturgy México", "gas natural"],
        amount="301.35",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-21",
        kind="bill",
    ),
    dict(
        name="Sports World",
        aliases=["Sports World Condesa", "Membresía Individual Mensual"],
        amount="1499.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="subscription",
    ),
    dict(
        name="Uber One",
        aliases=["Uber One mensual"],
        amount="129.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-12",
        kind="subscription",
    ),
    dict(
        name="Meli+",
        aliases=["Meli+ Esencial", "Meli Plus", "Mercado Libre Meli+"],
        amount="39.00",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-07",
        kind="subscription",
    ),
    dict(
        name="ChatGPT Plus",
        aliases=["ChatGPT", "OpenAI", "ChatGPT Plus Subscription"],
        amount="23.20",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-15",
        kind="subscription",
    ),
    dict(
        name="GNP Seguros",
        aliases=["GNP Gastos Médicos Mayores", "Grupo Nacional Provincial", "GNP"],
        amount="1874.36",
        currency="MXN",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="bill",
    ),
]

HARD_NEGATIVES = [
    "Mercado Livre",
    "Magalu",
    "Magazine Luiza",
    "99",
    "Nubank",
    "Itaú",
    "LATAM Airlines",
    "Fox Mudanças Internacionais",
    "Max",
    "Disney+",
    "Prime Video",
    "Amazon Prime",
    "Amazon.com.mx",
    "gov.br",
    "Airbnb",
    "Receita Federal",
    "Wise",
    "Rappi",
    "Rappi Pro",
    "Uber Eats",
    "Procreate",
    "SAT",
    "Liverpool",
    "Cinépolis",
    "Ticketmaster México",
    "Cruz Roja Mexicana",
    "Totalplay",
    "Instagram",
    "BBVA México",
    "Aeroméxico",
    "Regina Figueiredo",
    "Júlia Andrade",
    "Mariana López",
    "Arturo Méndez",
]


# --------------------------------------------------------------------------- write


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main() -> None:
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)

    MESSAGES.sort(key=lambda m: m["dt"].astimezone(UTC))
    box = mailbox.mbox(mbox_path, create=True)
    index = []
    for i, m in enumerate(MESSAGES, 1):
        msg = build(m, i)
        fname = f"{i:03d}-{m['dt'].strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
        data = msg.as_bytes()
        with open(os.path.join(eml_dir, fname), "wb") as f:
            f.write(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["addr"], time.gmtime(m["dt"].timestamp()))
        box.add(mm)
        index.append({"file": fname, "from": m["name"], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")

    dump("truth.json", TRUTHS)
    dump("meta.json", {"today": TODAY, "messages": len(MESSAGES), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)


if __name__ == "__main__":
    main()
