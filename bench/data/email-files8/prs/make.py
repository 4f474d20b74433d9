"""Mailbox of Camille Bernard and Yanis Haddad, a couple with a toddler renting in Paris 11e.

Seeded and deterministic: rerunning writes the same bytes.
Run from /work/main:  .venv/bin/python bench/data/email-files8/prs/make.py
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 26)
RNG = random.Random(20261126)

CAMILLE = "Camille Bernard <camille.bernard75@gmail.com>"
CAMILLE_ADDR = "camille.bernard75@gmail.com"
YANIS = "Yanis Haddad <yanis.haddad@outlook.fr>"

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NBSP = "\u00a0"
NNBSP = "\u202f"


def eur(x: float, sep: str = " ", sym: str = " €") -> str:
    """French amount: 1 234,56 €"""
    s = f"{x:,.2f}"  # 1,234.56
    whole, cents = s.split(".")
    whole = whole.replace(",", sep)
    return f"{whole},{cents}{sym}"


def dnum(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dlong(d: date, with_day: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if with_day else s


def mois_annee(d: date) -> str:
    return f"{MOIS[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def paris_offset(dt: datetime) -> int:
    # DST 2026: 29 March to 25 October
    if datetime(2026, 3, 29, 2) <= dt < datetime(2026, 10, 25, 3):
        return 2
    return 1


def aware(local: datetime, tz: str) -> datetime:
    """local is Paris wall time; tz is how the sender's server writes its Date."""
    off = paris_offset(local)
    utc = (local - timedelta(hours=off)).replace(tzinfo=UTC)
    if tz == "paris":
        return utc.astimezone(timezone(timedelta(hours=off)))
    if tz == "utc":
        return utc
    if tz == "pacific":  # PDT 8 Mar - 1 Nov 2026
        p = -7 if datetime(2026, 3, 8, 10) <= local.replace(tzinfo=None) < datetime(2026, 11, 1, 9) else -8
        return utc.astimezone(timezone(timedelta(hours=p)))
    if tz == "eastern":
        p = -4 if datetime(2026, 3, 8, 7) <= local.replace(tzinfo=None) < datetime(2026, 11, 1, 6) else -5
        return utc.astimezone(timezone(timedelta(hours=p)))
    raise ValueError(tz)


MSGS: list[dict] = []


def add(
    when: str,
    sender: str,
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    labels: tuple[str, ...] | list[str] = (),
    to: str = CAMILLE,
    tz: str = "paris",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
    headers: dict | None = None,
    attach: tuple[str, bytes] | None = None,
    slug: str | None = None,
    reply_to: str | None = None,
) -> None:
    """when: 'YYYY-MM-DD HH:MM' Paris wall time."""
    local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=RNG.randrange(60))
    MSGS.append(
        dict(
            local=local,
            sender=sender,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            to=to,
            tz=tz,
            charset=charset,
            cte=cte,
            html_cte=html_cte or cte,
            headers=headers or {},
            attach=attach,
            slug=slug,
            reply_to=reply_to,
        )
    )


def ascii_slug(s: str, n: int = 42) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:n].rstrip("-") or "message"


def addr_of(header: str) -> str:
    m = re.search(r"<([^>]+)>", header)
    return m.group(1) if m else header.strip()


def page(
    body: str,
    *,
    title: str = "",
    bg: str = "#f4f4f4",
    font: str = "Arial,Helvetica,sans-serif",
    width: int = 600,
    preheader: str = "",
) -> str:
    pre = f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>\n' if preheader else ""
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width, '
        f'initial-scale=1">\n<title>{title}</title>\n</head>\n<body style="margin:0;padding:0;'
        f'background:{bg};font-family:{font};">\n{pre}'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="background:{bg};"><tr><td align="center" style="padding:20px 0;">\n'
        f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
        f'style="background:#ffffff;">\n{body}\n</table>\n</td></tr></table>\n</body>\n</html>\n'
    )


def rows(pairs: list[tuple[str, str]], *, bold_last: bool = False, pad: str = "6px 0") -> str:
    out = []
    for i, (k, v) in enumerate(pairs):
        b = bold_last and i == len(pairs) - 1
        fw = "font-weight:bold;" if b else ""
        out.append(
            f'<tr><td style="padding:{pad};{fw}color:#333;">{k}</td>'
            f'<td align="right" style="padding:{pad};{fw}color:#333;">{v}</td></tr>'
        )
    return "\n".join(out)


def strip_html(h: str) -> str:
    h = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", h)
    h = re.sub(r"(?i)</td>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&eacute;", "é")
    lines = [" ".join(x.split()) for x in h.splitlines()]
    out, blank = [], False
    for x in lines:
        if not x:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(x)
            blank = False
    return "\n".join(out).strip() + "\n"


def fake_pdf(title: str) -> bytes:
    body = (
        f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        f"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        f"4 0 obj<</Length {len(title) + 30}>>stream\nBT /F1 12 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return body.encode("latin-1", "replace")


def build(m: dict, idx: int) -> tuple[bytes, datetime]:
    dt = aware(m["local"], m["tz"])
    msg = EmailMessage(policy=policy.default)
    domain = addr_of(m["sender"]).split("@")[-1]
    h = hashlib.sha1(f"{idx}|{m['subject']}|{m['local']}".encode()).hexdigest()
    msg["From"] = m["sender"]
    msg["To"] = m["to"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    style = int(hashlib.sha1(domain.encode()).hexdigest()[0], 16) % 2
    if domain in ("amazon.fr", "lydia-app.com", "vinted.fr", "basic-fit.com", "velib-metropole.fr"):
        style = 2
    if style == 0:
        mid = f"<{h[:24]}@{domain}>"
    elif style == 1:
        mid = f"<{dt:%Y%m%d%H%M%S}.{h[:16].upper()}@mail.{domain}>"
    else:
        mid = f"<0102{h[:14]}-{h[14:22]}-{h[22:26]}-{h[26:34]}-000000@eu-west-1.amazonses.com>"
    msg["Message-ID"] = mid
    for k, v in m["headers"].items():
        msg[k] = v
    text, html = m["text"], m["html"]
    if text is None and html is None:
        raise ValueError(m["subject"])
    if text is not None and html is not None:
        msg.set_content(text, charset=m["charset"], cte=m["cte"])
        msg.add_alternative(html, subtype="html", charset=m["charset"], cte=m["html_cte"])
    elif html is not None:
        msg.set_content(html, subtype="html", charset=m["charset"], cte=m["html_cte"])
    else:
        msg.set_content(text, charset=m["charset"], cte=m["cte"])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if m["attach"]:
        name, data = m["attach"]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{n}.{h[8:18]}")
            n += 1
    return msg.as_bytes(policy=policy.default.clone(max_line_length=200)), dt


def from_line(addr: str, dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return f"From {addr} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}"


# ---------------------------------------------------------------- truth names
EDF, EAU, FREEBOX, FREEMOB, SOSH = "EDF", "Eau de Paris", "Freebox", "Free Mobile", "Sosh"
MAIF, ALAN, NAVIGO, VELIB, BASIC = "MAIF", "Alan", "Navigo Annuel", "Vélib' Métropole", "Basic-Fit"
CANAL, SPOTIFY, NETFLIX, DISNEY = "Canal+", "Spotify", "Netflix", "Disney+"
LEMONDE, MEDIAPART, TELERAMA, PRIME = "Le Monde", "Mediapart", "Télérama", "Amazon Prime"
ICLOUD, GONE, CRECHE, FONCIA = "iCloud+", "Google One", "Facil'Familles", "Foncia"


# ---------------------------------------------------------------- EDF
EDF_FROM = "EDF <ne-pas-repondre@communication.edf.fr>"
EDF_REF = "Référence client : 6 002 418 735 - Compte : 4 007 512 336"
EDF_FOOT = (
    "\n\nEDF - SA au capital de 2 084 365 041 euros - 552 081 317 R.C.S. Paris - "
    "22-30, avenue de Wagram - 75382 Paris cedex 08\n"
    "Ceci est un message automatique, merci de ne pas y répondre.\n"
    "Pour ne plus recevoir nos informations commerciales : https://particulier.edf.fr/desabonnement\n"
)


def edf_html(title: str, inner: str) -> str:
    body = (
        f'<tr><td style="background:#001a70;padding:18px 24px;"><img src="https://particulier.edf.fr/'
        f'static/logo-edf.png" alt="EDF" width="70"></td></tr>\n<tr><td style="padding:24px;color:#001a70;'
        f'font-size:15px;"><h1 style="font-size:20px;margin:0 0 16px;">{title}</h1>{inner}'
        f'<p style="font-size:12px;color:#666;">{EDF_REF}</p></td></tr>\n<tr><td style="padding:16px 24px;'
        f'font-size:11px;color:#888;background:#f2f2f2;">{EDF_FOOT.strip().replace(chr(10), "<br>")}</td></tr>'
    )
    return page(body, title=title, bg="#e9ecf4")


def edf_msgs() -> None:
    t = (
        "Bonjour Madame BERNARD,\n\nNous vous informons que votre prochaine mensualité d'un montant de "
        "78,00 € sera prélevée le 10/12/2025 sur votre compte bancaire se terminant par **** 4471.\n\n"
        "Contrat : Tarif Bleu - Option Base - 6 kVA\nAdresse : 14 rue Léon Frot 75011 PARIS\n\n"
        "Votre échéancier est consultable à tout moment dans votre Espace Client EDF & MOI.\n\n"
        "Cordialement,\nVotre Service Client EDF\n\n" + EDF_REF + EDF_FOOT
    )
    add(
        "2025-12-06 07:12",
        EDF_FROM,
        "Votre mensualité de décembre",
        text=t,
        html=edf_html(
            "Votre mensualité de décembre",
            "<p>Bonjour Madame BERNARD,</p><p>Nous vous informons que votre prochaine mensualité "
            "d'un montant de <b>78,00&nbsp;€</b> sera prélevée le <b>10/12/2025</b> sur votre compte "
            "bancaire se terminant par **** 4471.</p><p>Contrat : Tarif Bleu - Option Base - 6 kVA<br>"
            "Adresse : 14 rue Léon Frot 75011 PARIS</p>",
        ),
        labels=[EDF],
    )
    t = (
        "Bonjour,\n\nAu 1er février 2026, les Tarifs Réglementés de Vente d'Électricité (Tarif Bleu) "
        "évoluent conformément à la délibération de la Commission de Régulation de l'Énergie.\n\n"
        "Pour l'option Base 6 kVA, le prix du kWh passe à 0,1952 € TTC et l'abonnement à 13,10 € TTC par mois.\n\n"
        "Le montant de vos mensualités reste inchangé jusqu'à votre prochaine facture annuelle. "
        "Il sera ajusté si nécessaire lors de l'établissement de votre prochain échéancier.\n\n"
        "Retrouvez nos conseils pour maîtriser votre consommation sur particulier.edf.fr.\n\n"
        "Votre Service Client EDF" + EDF_FOOT
    )
    add(
        "2026-01-22 10:03",
        EDF_FROM,
        "Information importante : évolution du Tarif Bleu au 1er février 2026",
        text=t,
        labels=[EDF],
    )
    t = (
        "Bonjour Madame BERNARD,\n\nVotre facture est disponible dans votre Espace Client.\n\n"
        "Facture de régularisation n° 10 229 871 553 du 17/09/2026\n"
        "Période de consommation : du 14/09/2025 au 13/09/2026\n"
        "Consommation : 2 874 kWh (index réels relevés par votre compteur Linky)\n\n"
        "Montant total TTC de la période : 1 013,46 €\n"
        "Déjà réglé par vos 11 mensualités : 858,00 €\n"
        "Montant restant à payer : 155,46 €\n\n"
        "Ce montant sera prélevé le 02/10/2026.\n\n"
        "Votre nouvel échéancier vous sera adressé dans un prochain e-mail.\n\n"
        "Votre Service Client EDF\n\n" + EDF_REF + EDF_FOOT
    )
    add(
        "2026-09-17 18:40",
        EDF_FROM,
        "Votre facture est disponible",
        text=t,
        html=edf_html(
            "Votre facture est disponible",
            "<p>Bonjour Madame BERNARD,</p><p>Votre facture de régularisation n° 10 229 871 553 du "
            '17/09/2026 est disponible.</p><table width="100%" style="font-size:14px;">'
            + rows(
                [
                    ("Période", "du 14/09/2025 au 13/09/2026"),
                    ("Consommation", "2 874 kWh"),
                    ("Montant total TTC", "1 013,46 €"),
                    ("Déjà réglé (11 mensualités)", "- 858,00 €"),
                    ("Montant restant à payer", "155,46 €"),
                ],
                bold_last=True,
            )
            + "</table><p>Ce montant sera prélevé le <b>02/10/2026</b>.</p>",
        ),
        labels=[EDF],
        attach=("Facture_10229871553.pdf", fake_pdf("EDF facture 10229871553 - 155,46 EUR")),
    )
    sched = [date(2026, m, 10) for m in range(10, 13)] + [date(2027, m, 10) for m in range(1, 9)]
    lines = "\n".join(f"  {dnum(d)}    87,00 €" for d in sched)
    t = (
        "Bonjour Madame BERNARD,\n\nSuite à votre facture du 17/09/2026, voici votre nouvel échéancier "
        "de paiement pour la période d'octobre 2026 à août 2027.\n\n"
        "Il a été calculé sur la base de votre consommation des 12 derniers mois (2 874 kWh).\n\n"
        f"Vos 11 mensualités de 87,00 € seront prélevées le 10 de chaque mois :\n{lines}\n\n"
        "Vous pouvez modifier le montant de vos mensualités dans votre Espace Client.\n\n"
        "Votre Service Client EDF\n\n" + EDF_REF + EDF_FOOT
    )
    add("2026-09-19 08:15", EDF_FROM, "Votre échéancier", text=t, labels=[EDF])
    t = (
        "Bonjour Madame BERNARD,\n\nVotre mensualité de novembre d'un montant de 87,00 € sera prélevée le "
        "10/11/2026.\n\nProchaine mensualité : 87,00 € le 10/12/2026.\n\nVotre Service Client EDF\n\n"
        + EDF_REF
        + EDF_FOOT
    )
    add(
        "2026-11-06 07:31",
        EDF_FROM,
        "Avis de prélèvement - mensualité de novembre",
        text=t,
        labels=[EDF],
        html=edf_html(
            "Avis de prélèvement",
            "<p>Bonjour Madame BERNARD,</p><p>Votre mensualité de novembre "
            "d'un montant de <b>87,00&nbsp;€</b> sera prélevée le <b>10/11/2026</b>.</p><p>Prochaine "
            "mensualité : 87,00&nbsp;€ le 10/12/2026.</p>",
        ),
    )
    # marketing from the same company
    add(
        "2026-04-14 11:20",
        "EDF <offres@communication.edf.fr>",
        "Camille, passez à l'offre Zen Week-End et économisez le samedi et le dimanche",
        html=edf_html(
            "Zen Week-End",
            "<p>Et si vous payiez votre électricité moins cher le week-end ?</p>"
            "<p>Avec Zen Week-End, bénéficiez d'un prix du kWh réduit de 20 % par rapport au prix "
            'semaine, le samedi et le dimanche.</p><p><a href="https://particulier.edf.fr/zen">'
            "Je découvre l'offre</a></p>",
        ),
        headers={"List-Unsubscribe": "<https://particulier.edf.fr/desabonnement?u=cb75>"},
    )


# ---------------------------------------------------------------- Eau de Paris
EAU_FROM = "Eau de Paris <ne-pas-repondre@eaudeparis.fr>"


def eau_msgs() -> None:
    for when, num, per, amt, deb in [
        ("2026-04-13 09:05", "FA26-0412873", "du 14/10/2025 au 12/04/2026", 58.74, date(2026, 4, 28)),
        ("2026-10-12 09:12", "FA26-1038551", "du 13/04/2026 au 11/10/2026", 61.32, date(2026, 10, 27)),
    ]:
        ht = round(amt / 1.055, 2)
        t = (
            "Bonjour,\n\nVotre nouvelle facture d'eau est disponible dans votre espace en ligne.\n\n"
            f"Numéro de contrat : 3100 2274 19\nFacture n° {num}\nPériode : {per}\n"
            f"Montant HT : {eur(ht)}\nTVA (5,5 %) : {eur(amt - ht)}\nMontant TTC : {eur(amt)}\n\n"
            f"Ce montant sera prélevé sur votre compte le {dnum(deb)}.\n\n"
            "Le saviez-vous ? L'eau de Paris est contrôlée plus de 1 million de fois par an.\n\n"
            "Eau de Paris - Régie municipale - 19 rue Neuve Tolbiac 75013 Paris\n"
            "Service clients : 09 74 50 65 07 (appel non surtaxé)\n"
        )
        add(when, EAU_FROM, "Votre facture d'eau est disponible", text=t, labels=[EAU], charset="iso-8859-15")
    add(
        "2026-07-02 16:00",
        "Eau de Paris <lettre@eaudeparis.fr>",
        "Canicule : retrouvez les 1 200 fontaines d'eau potable de Paris",
        html=page(
            '<tr><td style="padding:24px;color:#004a99;"><h2>Fortes chaleurs : hydratez-vous !</h2>'
            "<p>Plus de 1 200 points d'eau potable sont à votre disposition dans Paris, dont des "
            'fontaines pétillantes. Carte interactive sur eaudeparis.fr.</p><p style="font-size:11px;">'
            'Vous recevez cette lettre car vous êtes abonné(e) à Eau de Paris. <a href="https://www.'
            'eaudeparis.fr/desinscription">Se désinscrire</a></p></td></tr>'
        ),
        headers={"List-Unsubscribe": "<https://www.eaudeparis.fr/desinscription>"},
    )


# ---------------------------------------------------------------- Free (box + mobile)
def free_msgs() -> None:
    box_months = [
        date(2025, 12, 2),
        date(2026, 3, 2),
        date(2026, 5, 4),
        date(2026, 7, 2),
        date(2026, 10, 2),
        date(2026, 11, 2),
    ]
    for d in box_months:
        extra = d == date(2026, 3, 2)
        amt = 39.99 + (2.40 if extra else 0)
        prev = add_months(d, -1)
        lines = "  Forfait Freebox Pop ................ 39,99 EUR\n"
        if extra:
            lines += "  Appels vers mobiles étrangers ......  2,40 EUR\n"
        t = (
            f"Bonjour Madame Camille BERNARD,\n\nVotre facture Freebox du mois de {mois_annee(prev)} est "
            "disponible dans votre Espace Abonné : https://subscribe.free.fr/login/\n\n"
            f"Identifiant : fbx72635418\nNuméro de facture : {d:%Y%m}0{RNG.randrange(10**6, 10**7)}\n\n{lines}"
            f"\n  Montant total TTC : {eur(amt, sym=' EUR')}\n  dont TVA 20 % : {eur(amt - amt / 1.2, sym=' EUR')}\n\n"
            f"Ce montant sera prélevé sur votre compte bancaire à partir du {dnum(d + timedelta(days=4))}.\n\n"
            "Nous vous remercions de votre confiance.\n\nL'équipe Free\n\n--\nFree - SAS au capital de "
            "3 441 812 euros - RCS Paris 421 938 861 - 8 rue de la Ville l'Évêque 75008 Paris\n"
        )
        add(
            d.strftime("%Y-%m-%d") + " 05:4" + str(d.month % 10),
            "Freebox <noreply-facture@free.fr>",
            "Votre facture Freebox est disponible",
            text=t,
            labels=[FREEBOX],
            charset="iso-8859-15",
        )
    mob_months = [date(2025, 12, 3), date(2026, 3, 3), date(2026, 6, 3), date(2026, 9, 3), date(2026, 11, 3)]
    for d in mob_months:
        prev = add_months(d, -1)
        t = (
            f"Bonjour,\n\nLa facture de votre ligne Free Mobile 07 68 42 19 53 pour le mois de "
            f"{mois_annee(prev)} est disponible dans votre Espace Abonné : "
            "https://mobile.free.fr/account/\n\n"
            "Forfait Free 5G 250 Go (tarif abonné Freebox) : 15,99 €\n"
            "Hors forfait : 0,00 €\n"
            "Total TTC : 15,99 €\n\n"
            f"Le montant sera prélevé aux alentours du {dnum(d + timedelta(days=5))}.\n\n"
            "Cordialement,\nL'équipe Free Mobile\n\n"
            "Free Mobile - SAS au capital de 365 138 779 euros - RCS Paris 499 247 138\n"
        )
        add(
            d.strftime("%Y-%m-%d") + " 04:12",
            "Free Mobile <mobile@free-mobile.fr>",
            f"Free Mobile - Votre facture de {MOIS[prev.month - 1]} est disponible",
            text=t,
            labels=[FREEMOB],
            cte="8bit",
        )
    add(
        "2026-06-16 12:30",
        "Free <info@newsletter.free.fr>",
        "Freebox Ultra : la fibre jusqu'à 8 Gbit/s, et si vous passiez à la vitesse supérieure ?",
        html=page(
            '<tr><td style="background:#cd1e25;padding:16px;color:#fff;font-size:22px;">free</td></tr>'
            '<tr><td style="padding:24px;"><h2>Passez à la Freebox Ultra</h2><p>Wi-Fi 7, jusqu\'à '
            "8 Gbit/s, Netflix, Disney+ et Prime Video inclus.</p><p>49,99 €/mois pendant 1 an "
            'au lieu de 59,99 €/mois.</p><p><a href="https://www.free.fr/freebox/ultra">'
            'Je change d\'offre</a></p><p style="font-size:11px;color:#777;">Pour vous désabonner, '
            "rendez-vous dans votre Espace Abonné.</p></td></tr>"
        ),
    )


# ---------------------------------------------------------------- Sosh (Yanis' line, account on Camille's email)
def sosh_html(inner: str) -> str:
    return page(
        '<tr><td style="background:#000;padding:14px 24px;"><span style="color:#fff;font-size:26px;'
        'font-weight:bold;">sosh</span></td></tr>\n<tr><td style="padding:24px;font-size:14px;color:#000;">'
        + inner
        + '</td></tr>\n<tr><td style="padding:16px 24px;font-size:11px;color:#595959;">Orange SA '
        "- 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre.<br>"
        "Ceci est un e-mail automatique, merci de ne pas y répondre. Sosh est une marque d'Orange."
        "</td></tr>",
        bg="#eeeeee",
        font="Helvetica,Arial,sans-serif",
    )


def sosh_msgs() -> None:
    bills = [
        date(2025, 12, 21),
        date(2026, 3, 21),
        date(2026, 6, 21),
        date(2026, 7, 21),
        date(2026, 10, 21),
        date(2026, 11, 21),
    ]
    for d in bills:
        amt = 16.99 if d >= date(2026, 7, 21) else 15.99
        deb = add_months(d, 1).replace(day=3)
        inner = (
            f"<p>Bonjour Yanis,</p><p>Votre facture Sosh du {dnum(d)} est disponible.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">'
            + rows(
                [
                    ("Ligne", "06 41 27 88 09"),
                    ("Offre", "Forfait Sosh 100 Go 5G"),
                    ("Période", f"du {dnum(d)} au {dnum(add_months(d, 1) - timedelta(days=1))}"),
                    ("Montant TTC", f"<b>{eur(amt, sep=NBSP, sym=NBSP + '€')}</b>"),
                ]
            )
            + f"</table><p>Elle sera prélevée le {dnum(deb)} sur votre compte bancaire.</p>"
            '<p><a href="https://espace-client.sosh.fr/facture-paiement" style="background:#ff7900;'
            'color:#000;padding:10px 18px;text-decoration:none;">Voir ma facture</a></p>'
        )
        add(
            d.strftime("%Y-%m-%d") + " 08:02",
            "Sosh <facture@sosh.fr>",
            "Votre facture Sosh est disponible",
            html=sosh_html(inner),
            labels=[SOSH],
            tz="paris",
            html_cte="quoted-printable",
        )
    inner = (
        "<p>Bonjour Yanis,</p><p>Pour continuer à vous offrir un réseau de qualité, le prix de votre "
        "forfait <b>Sosh 100 Go 5G</b> évolue.</p><p>À partir du <b>20 juillet 2026</b>, il passera de "
        "15,99&nbsp;€ à <b>16,99&nbsp;€ par mois</b>. En contrepartie, vous bénéficiez de 30 Go "
        "supplémentaires chaque mois, sans action de votre part.</p><p>Conformément à l'article L224-33 "
        "du Code de la consommation, si vous refusez cette modification, vous pouvez résilier votre "
        "forfait sans frais dans un délai de quatre mois à compter de son entrée en vigueur.</p>"
    )
    add(
        "2026-06-09 10:45",
        "Sosh <info@sosh.fr>",
        "Information importante concernant votre forfait Sosh",
        html=sosh_html(inner),
        labels=[SOSH],
    )


# ---------------------------------------------------------------- MAIF habitation
MAIF_FOOT = (
    "MAIF - Société d'assurance mutuelle à cotisations variables - CS 90000 - 79038 Niort cedex 9. "
    "Entreprise régie par le Code des assurances."
)


def maif_msgs() -> None:
    sched = "\n".join(f"  {dnum(add_months(date(2026, 3, 5), i))} : 26,50 €" for i in range(12))
    t = (
        "Bonjour Madame Bernard,\n\nVotre avis d'échéance 2026-2027 pour votre contrat Raqvam "
        "(assurance habitation) est disponible dans votre espace personnel.\n\n"
        "Sociétaire n° 3271845 K\nContrat Raqvam - Résidence principale - Locataire - 3 pièces - "
        "14 rue Léon Frot 75011 Paris\nPériode de garantie : du 01/03/2026 au 28/02/2027\n\n"
        "Cotisation annuelle TTC : 318,00 € (dont taxes et contributions : 68,41 €)\n"
        "Mode de paiement : prélèvement mensuel en 12 fois\n\nÉchéancier de vos prélèvements :\n"
        f"{sched}\n\nAucune démarche de votre part n'est nécessaire.\n\nVotre conseiller MAIF\n\n"
        + MAIF_FOOT
        + "\n"
    )
    add(
        "2026-01-27 14:10",
        "MAIF <ne-pas-repondre@maif.fr>",
        "Votre avis d'échéance Raqvam est disponible",
        text=t,
        labels=[MAIF],
        attach=("Avis_echeance_Raqvam_2026.pdf", fake_pdf("MAIF avis echeance 318,00")),
    )
    t = (
        "Bonjour Madame Bernard,\n\nVous trouverez en pièce jointe votre attestation d'assurance habitation "
        "pour la période du 01/03/2026 au 28/02/2027, à transmettre à votre bailleur ou à votre agence.\n\n"
        "Contrat Raqvam n° 3271845 K 001\n\nCordialement,\nMAIF\n\n" + MAIF_FOOT + "\n"
    )
    add(
        "2026-03-02 09:33",
        "MAIF <ne-pas-repondre@maif.fr>",
        "Votre attestation d'assurance habitation",
        text=t,
        labels=[MAIF],
        attach=("Attestation_habitation_2026.pdf", fake_pdf("MAIF attestation")),
    )
    add(
        "2026-05-19 17:45",
        "MAIF <info@communication.maif.fr>",
        "Assurance auto : et si vous rejoigniez les 3 millions de sociétaires assurés chez MAIF ?",
        html=page(
            '<tr><td style="padding:24px;"><h2 style="color:#e2001a;">Votre voiture mérite une '
            'assurance militante</h2><p>Devis en 3 minutes, sans engagement.</p><p style="font-size:11px;'
            f'color:#777;">{MAIF_FOOT} <a href="https://www.maif.fr/desinscription">Se désinscrire</a>'
            "</p></td></tr>"
        ),
        headers={"List-Unsubscribe": "<https://www.maif.fr/desinscription>"},
    )


# ---------------------------------------------------------------- Alan (mutuelle santé, Yanis is freelance)
def alan_html(inner: str) -> str:
    return page(
        '<tr><td style="padding:24px 28px;font-size:15px;line-height:1.5;color:#1b1b2f;">'
        '<img src="https://alan.com/static/logo-alan.png" alt="Alan" width="64"><br><br>'
        + inner
        + '<p style="font-size:12px;color:#8a8a9e;">Alan SA, 117 quai de Valmy, 75010 Paris. '
        "Entreprise régie par le Code des assurances. RCS Paris 817 926 124.</p></td></tr>",
        bg="#f5f3ef",
        font="Inter,Helvetica,Arial,sans-serif",
    )


def alan_msgs() -> None:
    inner = (
        "<p>Bonjour Yanis,</p><p>Comme chaque année, les cotisations de santé évoluent au 1er janvier, "
        "notamment à cause de la hausse des dépenses de santé et de la taxe de solidarité additionnelle.</p>"
        "<p>Pour votre contrat <b>Alan Blue Indépendants</b> (vous + 1 enfant), votre cotisation mensuelle "
        "passera de <b>58,30&nbsp;€</b> à <b>62,10&nbsp;€ TTC</b> à partir du 1er janvier 2026.</p>"
        "<p>Vos garanties restent identiques. Vous pouvez résilier à tout moment après un an de contrat.</p>"
        "<p>L'équipe Alan</p>"
    )
    add(
        "2025-12-03 11:02",
        "Alan <hello@alan.com>",
        "Votre cotisation Alan en 2026",
        html=alan_html(inner),
        text=strip_html(inner),
        to=YANIS + ", " + CAMILLE,
        labels=[ALAN],
    )
    for d in [date(2026, 1, 1), date(2026, 7, 1), date(2026, 11, 1)]:
        inner = (
            f"<p>Hello Yanis,</p><p>Votre cotisation de {MOIS[d.month - 1]} est prélevée aujourd'hui.</p>"
            '<table width="100%" style="font-size:14px;">'
            + rows(
                [
                    ("Contrat", "Alan Blue Indépendants"),
                    ("Période", mois_annee(d).capitalize()),
                    ("Montant prélevé", "62,10 €"),
                    ("IBAN", "FR76 •••• •••• •••• •••• ••• 4471"),
                ]
            )
            + f"</table><p>Prochain prélèvement : {dnum(add_months(d, 1))}.</p>"
        )
        add(
            d.strftime("%Y-%m-%d") + " 06:30",
            "Alan <noreply@alan.com>",
            f"Votre cotisation de {MOIS[d.month - 1]} {d.year}",
            html=alan_html(inner),
            to=CAMILLE,
            labels=[ALAN],
            tz="utc",
        )
    for when, amt, what in [
        ("2026-02-18 19:22", 23.40, "Consultation généraliste - Dr Morel"),
        ("2026-06-08 19:05", 96.00, "Orthodontie - Inès (bilan)"),
    ]:
        inner = (
            f"<p>Bonne nouvelle !</p><p>Nous venons de vous rembourser <b>{eur(amt)}</b> pour "
            f"« {what} ». Le virement arrivera sur votre compte sous 1 à 2 jours ouvrés.</p>"
        )
        add(when, "Alan <noreply@alan.com>", f"Remboursement de {eur(amt)} envoyé", html=alan_html(inner))


# ---------------------------------------------------------------- Navigo Annuel (Camille)
NAV_FROM = "Navigo Île-de-France Mobilités <ne-pas-repondre@comutitres.fr>"
NAV_FOOT = (
    "\n\nComutitres - Service Navigo Annuel - TSA 71234 - 75563 Paris cedex 12\n"
    "Île-de-France Mobilités, l'autorité organisatrice des transports en Île-de-France.\n"
)


def navigo_msgs() -> None:
    t = (
        "Madame, Monsieur,\n\nConformément à la décision du Conseil d'administration d'Île-de-France "
        "Mobilités, le prix du forfait Navigo évolue au 1er janvier 2026.\n\n"
        "Votre forfait Navigo Annuel toutes zones passera de 88,80 € à 90,80 € par mois.\n"
        "Le prélèvement de janvier 2026 tiendra compte de ce nouveau tarif.\n\n"
        "Pour rappel, avec le Navigo Annuel, le mois d'août vous est offert : vous êtes prélevé(e) 11 fois "
        "par an, le 5 de chaque mois.\n\nN° de contrat : 0049 8812 3365\nTitulaire : BERNARD Camille"
        + NAV_FOOT
    )
    add(
        "2025-12-10 10:00",
        NAV_FROM,
        "Évolution du prix de votre forfait Navigo Annuel au 1er janvier 2026",
        text=t,
        labels=[NAVIGO],
    )
    t = (
        "Bonjour Camille BERNARD,\n\nVotre attestation annuelle de paiement 2025 est disponible dans votre "
        "espace personnel Navigo. Elle peut être transmise à votre employeur pour le remboursement de 50 % "
        "de votre abonnement.\n\nTotal payé en 2025 : 976,80 € (11 prélèvements de 88,80 €)\n\n"
        "N° de contrat : 0049 8812 3365" + NAV_FOOT
    )
    add(
        "2026-01-14 09:12",
        NAV_FROM,
        "Votre attestation annuelle Navigo 2025 est disponible",
        text=t,
        labels=[NAVIGO],
    )
    t = (
        "Bonjour Camille BERNARD,\n\nNous vous rappelons qu'aucun prélèvement ne sera effectué au titre du "
        "mois d'août 2026 : il vous est offert.\n\nVotre prochain prélèvement de 90,80 € aura lieu le "
        "05/09/2026.\n\nBon été sur le réseau francilien !\n\nN° de contrat : 0049 8812 3365" + NAV_FOOT
    )
    add("2026-07-24 15:30", NAV_FROM, "Navigo Annuel : votre mois d'août est offert", text=t, labels=[NAVIGO])
    t = (
        "Bonjour Camille BERNARD,\n\nLe prélèvement de votre forfait Navigo Annuel du 05/10/2026, d'un "
        "montant de 90,80 €, a été rejeté par votre banque (motif : provision insuffisante).\n\n"
        "Il sera présenté à nouveau le 15/10/2026. Des frais de rejet peuvent vous être facturés. En cas de "
        "second rejet, votre forfait sera suspendu.\n\nN° de contrat : 0049 8812 3365" + NAV_FOOT
    )
    add(
        "2026-10-08 11:47",
        NAV_FROM,
        "Incident de paiement sur votre forfait Navigo Annuel",
        text=t,
        labels=[NAVIGO],
    )
    t = (
        "Bonjour Camille BERNARD,\n\nNous vous confirmons la bonne réception de votre paiement de 90,80 €. "
        "Votre forfait Navigo Annuel reste actif. Prochain prélèvement : 05/11/2026.\n\n"
        "N° de contrat : 0049 8812 3365" + NAV_FOOT
    )
    add("2026-10-16 10:05", NAV_FROM, "Régularisation de votre incident de paiement", text=t, labels=[NAVIGO])


# ---------------------------------------------------------------- Vélib'
VELIB_FROM = "Vélib' Métropole <noreply@velib-metropole.fr>"


def velib_msgs() -> None:
    inner = (
        "<p>Bonjour Camille,</p><p>Votre abonnement <b>V-Max annuel</b> arrive à échéance le "
        "<b>15/04/2026</b>.</p><p>Il sera renouvelé automatiquement pour un an au prix de "
        "<b>99,60&nbsp;€</b>, débités sur la carte enregistrée (Visa •••• 2208).</p><p>Si vous "
        "ne souhaitez pas le renouveler, désactivez le renouvellement automatique depuis l'application "
        "avant cette date.</p><p>À bientôt sur nos vélos,<br>L'équipe Vélib' Métropole</p>"
    )
    add(
        "2026-03-31 18:00",
        VELIB_FROM,
        "Votre abonnement V-Max sera renouvelé le 15/04/2026",
        html=page(
            '<tr><td style="background:#65b32e;height:8px;"></td></tr><tr><td style="padding:24px;">'
            + inner
            + "</td></tr>"
        ),
        labels=[VELIB],
    )
    inner = (
        "<p>Bonjour Camille,</p><p>Merci ! Votre abonnement a bien été renouvelé.</p>"
        '<table width="100%" style="border-collapse:collapse;font-size:14px;">'
        + rows(
            [
                ("Formule", "V-Max - 12 mois"),
                ("Validité", "du 15/04/2026 au 14/04/2027"),
                ("Montant HT", "83,00 €"),
                ("TVA 20 %", "16,60 €"),
                ("Total TTC", "99,60 €"),
            ],
            bold_last=True,
        )
        + "</table><p>Facture n° VM-2026-0415-88217</p>"
    )
    add(
        "2026-04-15 04:02",
        VELIB_FROM,
        "Confirmation de votre paiement - abonnement V-Max",
        html=page(
            '<tr><td style="background:#65b32e;height:8px;"></td></tr><tr><td style="padding:24px;">'
            + inner
            + "</td></tr>"
        ),
        text=strip_html(inner),
        labels=[VELIB],
    )
    add(
        "2026-06-03 12:15",
        "Vélib' Métropole <news@velib-metropole.fr>",
        "Juin : 4 balades à vélo pour découvrir la Seine autrement",
        html=page(
            '<tr><td style="padding:24px;"><h2>Les beaux jours sont là !</h2><p>Nos idées de balades '
            'le long de la Seine et du canal de l\'Ourcq.</p><p style="font-size:11px;">'
            '<a href="https://www.velib-metropole.fr/unsubscribe">Se désabonner</a></p></td></tr>'
        ),
    )


# ---------------------------------------------------------------- Basic-Fit (Yanis, 4-weekly)
BF_FROM = "Basic-Fit <noreply@basic-fit.com>"


def basicfit_msgs() -> None:
    inner = (
        "<p>Salut Yanis,</p><p>Bienvenue chez Basic-Fit ! Ton abonnement est actif, tu peux t'entraîner "
        "dès aujourd'hui.</p>"
        '<table width="100%" style="font-size:14px;">'
        + rows(
            [
                ("Club", "Basic-Fit Paris Parmentier"),
                ("Abonnement", "Premium - sans engagement"),
                ("Frais d'inscription", "29,99 €"),
                ("Pack de démarrage", "offert"),
                ("Montant toutes les 4 semaines", "29,99 €"),
                ("Premier prélèvement", "09/02/2026 (29,99 € + 29,99 € de frais d'inscription)"),
                ("Numéro de membre", "FR-3318-7724-09"),
            ]
        )
        + "</table><p>Tes prélèvements ont lieu toutes les 4 semaines par prélèvement SEPA "
        "(mandat n° BFFR0093381722).</p><p>Let's go !<br>Team Basic-Fit</p>"
    )
    body = page(
        '<tr><td style="background:#fe7000;padding:16px 24px;color:#fff;font-size:22px;font-weight:'
        'bold;">BASIC-FIT</td></tr><tr><td style="padding:24px;">' + inner + "</td></tr>"
        '<tr><td style="padding:12px 24px;font-size:11px;color:#777;">Basic-Fit France SAS - '
        "36 rue Jacques Babinet, 31100 Toulouse</td></tr>"
    )
    add(
        "2026-02-07 13:25",
        BF_FROM,
        "TR: Bienvenue chez Basic-Fit, Yanis !",
        to=CAMILLE,
        text="Inscrit ! 29,99 toutes les 4 semaines, c'est la salle rue Parmentier.\n\n"
        "-----Message d'origine-----\nDe : Basic-Fit <noreply@basic-fit.com>\nEnvoyé : samedi 7 février "
        "2026 13:02\nÀ : yanis.haddad@outlook.fr\nObjet : Bienvenue chez Basic-Fit, Yanis !\n\n"
        + strip_html(inner),
        labels=[BASIC],
        slug="tr-basic-fit-bienvenue",
    )
    MSGS[-1]["sender"] = YANIS
    inner = (
        "<p>Salut Yanis,</p><p>Le prélèvement de <b>29,99 €</b> prévu le 27/07/2026 pour ton "
        "abonnement n'a pas pu être effectué.</p><p>Nous le présenterons à nouveau sous 7 jours, majoré de "
        "10,00 € de frais de rejet. Ton accès au club reste ouvert en attendant.</p>"
        "<p>Tu peux aussi régler dès maintenant depuis l'app Basic-Fit.</p>"
    )
    add(
        "2026-07-29 09:10",
        BF_FROM,
        "Ton paiement n'a pas abouti",
        to=CAMILLE,
        text=(
            "Pour info, j'avais oublié de réalimenter le compte joint, c'est réglé.\n\n-----Message "
            "d'origine-----\nDe : Basic-Fit <noreply@basic-fit.com>\nEnvoyé : mercredi 29 juillet 2026 08:51\n"
            "À : yanis.haddad@outlook.fr\nObjet : Ton paiement n'a pas abouti\n\n" + strip_html(inner)
        ),
        labels=[BASIC],
        slug="tr-basic-fit-paiement",
    )
    MSGS[-1]["sender"] = YANIS
    MSGS[-1]["subject"] = "TR: Ton paiement n'a pas abouti"
    inner = (
        "<p>Salut Yanis,</p><p>Voici le récapitulatif de ton abonnement.</p>"
        '<table width="100%" style="font-size:14px;">'
        + rows(
            [
                ("Abonnement", "Premium"),
                ("Dernier prélèvement", "16/11/2026 - 29,99 €"),
                ("Prochain prélèvement", "14/12/2026 - 29,99 €"),
                ("Visites ce mois-ci", "9"),
            ]
        )
        + "</table><p>Continue comme ça 💪</p>"
    )
    add(
        "2026-11-17 07:45",
        BF_FROM,
        "Ton récap Basic-Fit de novembre",
        html=page(
            '<tr><td style="background:#fe7000;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold;">'
            'BASIC-FIT</td></tr><tr><td style="padding:24px;">' + inner + "</td></tr>"
        ),
        to="yanis.haddad@outlook.fr",
        labels=[BASIC],
    )
    # Yanis added Camille's address as second contact in the app -> she gets copies; keep To honest
    MSGS[-1]["to"] = "yanis.haddad@outlook.fr, " + CAMILLE_ADDR


# ---------------------------------------------------------------- CANAL+ (Yanis' account, forwarded)
def canal_msgs() -> None:
    orig = (
        "Bonjour Yanis,\n\nBienvenue chez CANAL+ !\n\nNous avons le plaisir de vous confirmer votre "
        "abonnement :\n\n  Offre : CANAL+ (chaînes CANAL+, CANAL+ SPORT 360, CANAL+ CINEMA(S)...)\n"
        "  Engagement : 24 mois\n  Prix : 24,99 €/mois\n  Date de début : 08/01/2026\n"
        "  Numéro d'abonné : 3 107 552 841\n\n"
        "Vous serez prélevé chaque mois à la date anniversaire de votre abonnement.\n"
        "Regardez vos programmes sur l'application myCANAL, sur tous vos écrans.\n\n"
        "À très vite sur CANAL+.\n\nGroupe Canal+ SA - 50 rue Camille Desmoulins - 92130 Issy-les-Moulineaux\n"
    )
    add(
        "2026-01-08 21:14",
        YANIS,
        "TR: Confirmation de votre abonnement CANAL+",
        text=(
            "Cam, j'ai pris Canal pour la Ligue des champions. 24,99 par mois, engagé 2 ans, sur le compte "
            "joint.\n\n________________________________\nDe : CANAL+ <noreply@canalplus.com>\n"
            "Envoyé : jeudi 8 janvier 2026 20:51\nÀ : yanis.haddad@outlook.fr\n"
            "Objet : Confirmation de votre abonnement CANAL+\n\n" + orig
        ),
        labels=[CANAL],
        headers={"Thread-Topic": "Confirmation de votre abonnement CANAL+"},
    )
    orig = (
        "Bonjour,\n\nVotre facture CANAL+ du mois de juin 2026 est disponible dans votre Espace Client.\n\n"
        "Numéro d'abonné : 3 107 552 841\nMontant : 24,99 € TTC (dont TVA 10 % : 2,27 €)\n"
        "Date de prélèvement : 08/06/2026\n\nGroupe Canal+ SA\n"
    )
    add(
        "2026-06-04 08:20",
        YANIS,
        "TR: Votre facture CANAL+ est disponible",
        text=(
            "Pour les comptes de juin (la note de frais pour la boîte)\n\n________________________________\n"
            "De : CANAL+ <facturation@canalplus.com>\nEnvoyé : mercredi 3 juin 2026 06:10\n"
            "À : yanis.haddad@outlook.fr\nObjet : Votre facture CANAL+ est disponible\n\n" + orig
        ),
        labels=[CANAL],
    )
    add(
        "2026-09-22 19:00",
        "CANAL+ <offres@news.canalplus.com>",
        "Camille, la nouvelle saison des séries CANAL+ commence : 1 mois offert",
        html=page(
            '<tr><td style="background:#000;padding:16px;color:#fff;font-size:24px;">CANAL+</td></tr>'
            '<tr><td style="padding:24px;"><h2>Vous n\'êtes pas encore abonnée ?</h2><p>Profitez de '
            'CANAL+ à 19,99 €/mois pendant 12 mois.</p><p style="font-size:11px;"><a href="https://'
            'www.canalplus.com/desabonnement">Se désabonner</a></p></td></tr>',
            bg="#111",
        ),
        headers={"List-Unsubscribe": "<https://www.canalplus.com/desabonnement>"},
    )


# ---------------------------------------------------------------- Spotify (Duo, Camille pays)
def spotify_msgs() -> None:
    for d in [
        date(2025, 12, 23),
        date(2026, 3, 23),
        date(2026, 5, 23),
        date(2026, 8, 23),
        date(2026, 10, 23),
    ]:
        inner = (
            '<tr><td style="padding:32px 32px 0;"><img src="https://www.scdn.co/i/_global/'
            'logo-green.png" width="120" alt="Spotify"></td></tr><tr><td style="padding:24px 32px;'
            'color:#181818;font-size:15px;"><h1 style="font-size:28px;">Merci pour votre achat</h1>'
            '<p>Votre abonnement Spotify Premium Duo est renouvelé.</p><table width="100%" '
            'style="font-size:14px;border-top:1px solid #ddd;">'
            + rows(
                [
                    ("Date de commande", dnum(d)),
                    ("N° de commande", f"{RNG.randrange(10**13, 10**14)}"),
                    ("Premium Duo", "17,99 €"),
                    ("dont TVA (20 %)", "3,00 €"),
                    ("Total", "17,99 €"),
                    ("Payé avec", "Mastercard •••• 9916"),
                ],
                bold_last=False,
            )
            + f"</table><p>Votre prochain paiement aura lieu le {dnum(add_months(d, 1))}.</p></td></tr>"
            '<tr><td style="padding:16px 32px;font-size:11px;color:#6a6a6a;">Spotify AB, Regeringsgatan 19, '
            '111 53 Stockholm, Suède. <a href="https://www.spotify.com/fr/account/">Gérer votre compte</a>'
            "</td></tr>"
        )
        add(
            d.strftime("%Y-%m-%d") + " 03:1" + str(d.month % 10),
            "Spotify <no-reply@spotify.com>",
            "Votre reçu Spotify",
            html=page(inner, bg="#ffffff"),
            labels=[SPOTIFY],
            tz="utc",
        )
    add(
        "2025-12-03 16:00",
        "Spotify <no-reply@spotify.com>",
        "Ton Wrapped 2025 est là 🎁",
        html=page(
            '<tr><td style="padding:32px;background:#1ed760;"><h1>Ton année en musique</h1><p>Tu as '
            "écouté 41 238 minutes cette année. Ton artiste n°1 : Zaho de Sagazan.</p></td></tr>"
        ),
        tz="utc",
        headers={"List-Unsubscribe": "<https://www.spotify.com/fr/account/notifications/>"},
    )


# ---------------------------------------------------------------- Netflix
def nflx(inner: str) -> str:
    return page(
        '<tr><td style="padding:24px 40px 0;"><span style="color:#e50914;font-size:32px;font-weight:'
        'bold;">NETFLIX</span></td></tr><tr><td style="padding:16px 40px 32px;font-size:16px;'
        'color:#221f1f;">' + inner + '</td></tr><tr><td style="padding:20px 40px;font-size:11px;'
        'color:#a9a6a6;background:#f3f3f3;">Netflix International B.V., Stadhouderskade 55, 1072 AB '
        "Amsterdam, Pays-Bas. Ce message vous a été envoyé par Netflix dans le cadre de votre "
        'abonnement. <a href="https://www.netflix.com/notificationsettings">Préférences</a></td></tr>'
    )


def netflix_msgs() -> None:
    inner = (
        "<h2>Mise à jour de votre abonnement</h2><p>Bonjour Camille,</p><p>Nous mettons à jour le prix "
        "de nos abonnements. Votre forfait Standard passera à <b>16,49&nbsp;€/mois</b> à compter de votre "
        "prochaine date de facturation, le <b>17 mai 2026</b>.</p><p>Nous investissons pour vous offrir "
        "encore plus de films et de séries. Pour changer de forfait ou annuler, rendez-vous dans votre "
        "compte.</p><p>L'équipe Netflix</p>"
    )
    add(
        "2026-04-16 21:40",
        "Netflix <info@account.netflix.com>",
        "Le prix de votre abonnement évolue",
        html=nflx(inner),
        text=strip_html(inner),
        labels=[NETFLIX],
        tz="utc",
    )
    inner = (
        "<h2>Votre paiement a été refusé</h2><p>Bonjour Camille,</p><p>Nous n'avons pas pu traiter le "
        "paiement de votre abonnement Netflix (16,49&nbsp;€). Veuillez mettre à jour vos informations de "
        'paiement pour continuer à profiter de Netflix.</p><p><a href="https://www.netflix.com/'
        'youraccountpayment" style="background:#e50914;color:#fff;padding:12px 24px;">Mettre à jour le '
        "paiement</a></p>"
    )
    add(
        "2026-08-17 09:02",
        "Netflix <info@account.netflix.com>",
        "Mise à jour requise : votre paiement a été refusé",
        html=nflx(inner),
        labels=[NETFLIX],
        tz="utc",
    )
    inner = (
        "<h2>Merci, c'est réglé !</h2><p>Bonjour Camille,</p><p>Vos informations de paiement ont bien été "
        "mises à jour et votre paiement de 16,49&nbsp;€ a été accepté. Votre prochaine date de "
        "facturation est le 17 septembre 2026.</p>"
    )
    add(
        "2026-08-18 20:11",
        "Netflix <info@account.netflix.com>",
        "Vos informations de paiement ont été mises à jour",
        html=nflx(inner),
        labels=[NETFLIX],
        tz="utc",
    )
    add(
        "2026-10-30 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Nouveau sur Netflix : la saison 2 que vous attendiez",
        html=nflx("<h2>À voir ce week-end</h2><p>Lupin, partie 4 est disponible.</p>"),
        tz="utc",
        headers={"List-Unsubscribe": "<https://www.netflix.com/unsubscribe?c=fr>"},
    )


# ---------------------------------------------------------------- Disney+ (cancelled)
def disney_msgs() -> None:
    for d in [date(2025, 12, 14), date(2026, 2, 14)]:
        inner = (
            "<p>Bonjour,</p><p>Merci d'être abonné(e) à Disney+. Voici le détail de votre paiement.</p>"
            '<table width="100%" style="font-size:14px;">'
            + rows(
                [
                    ("Abonnement", "Disney+ Standard (mensuel)"),
                    ("Date de facturation", dnum(d)),
                    ("Montant", "9,99 €"),
                    ("Moyen de paiement", "Visa ****2208"),
                    ("Référence", f"DSNY-{RNG.randrange(10**9, 10**10)}"),
                ]
            )
            + f"</table><p>Prochaine facturation : {dnum(add_months(d, 1))}.</p>"
        )
        add(
            d.strftime("%Y-%m-%d") + " 02:05",
            "Disney+ <disneyplus@mail.disneyplus.com>",
            "Votre reçu de paiement Disney+",
            html=page(
                '<tr><td style="background:#0e1a48;padding:20px;color:'
                '#fff;font-size:24px;">Disney+</td></tr><tr><td style='
                '"padding:24px;">' + inner + "</td></tr>"
            ),
            labels=[DISNEY],
            tz="pacific",
        )
    inner = (
        "<p>Bonjour,</p><p>Nous vous confirmons la résiliation de votre abonnement Disney+ Standard.</p>"
        "<p>Vous pourrez continuer à profiter de Disney+ jusqu'au <b>13/03/2026</b>. Aucun autre paiement "
        "ne vous sera facturé.</p><p>Vous nous manquerez ! Vous pouvez vous réabonner à tout moment sur "
        "disneyplus.com.</p><p>L'équipe Disney+</p>"
    )
    add(
        "2026-03-01 22:48",
        "Disney+ <disneyplus@mail.disneyplus.com>",
        "Confirmation de résiliation",
        html=page(
            '<tr><td style="background:#0e1a48;padding:20px;color:#fff;font-size:24px;">Disney+</td></tr>'
            '<tr><td style="padding:24px;">' + inner + "</td></tr>"
        ),
        text=strip_html(inner),
        labels=[DISNEY],
        tz="pacific",
    )
    add(
        "2026-06-11 17:30",
        "Disney+ <disneyplus@mail.disneyplus.com>",
        "Revenez sur Disney+ : 1,99 € le premier mois",
        html=page(
            '<tr><td style="background:#0e1a48;padding:24px;color:#fff;"><h2>Vous nous manquez</h2>'
            "<p>Réabonnez-vous avant le 30 juin et profitez de votre premier mois à 1,99 €, puis "
            '9,99 €/mois. Sans engagement.</p><p style="font-size:11px;"><a style="color:#ccc;" '
            'href="https://www.disneyplus.com/fr-fr/unsubscribe">Se désabonner</a></p></td></tr>'
        ),
        tz="pacific",
        headers={"List-Unsubscribe": "<https://www.disneyplus.com/fr-fr/unsubscribe>"},
    )


# ---------------------------------------------------------------- Le Monde (trial 1 €, then 12,99 €)
LM_FROM = "Le Monde <abonnements@info.lemonde.fr>"
LM_FOOT = (
    '<p style="font-size:11px;color:#777;">Société éditrice du Monde - SA au capital de 124 610 348,70 € - '
    "67-69 avenue Pierre Mendès-France 75013 Paris - RCS Paris B 433 891 850. Service Abonnés : "
    "03 28 25 71 71.</p>"
)


def lm(inner: str) -> str:
    return page(
        '<tr><td style="padding:20px 28px;border-bottom:1px solid #ddd;font-family:Georgia,serif;'
        'font-size:30px;">Le Monde</td></tr><tr><td style="padding:24px 28px;font-size:15px;">'
        + inner
        + LM_FOOT
        + "</td></tr>",
        font="Georgia,'Times New Roman',serif",
    )


def lemonde_msgs() -> None:
    inner = (
        "<p>Chère abonnée, cher abonné,</p><p>Bienvenue au <i>Monde</i> ! Votre abonnement "
        "<b>Le Monde numérique</b> est actif.</p><p>Offre de bienvenue : <b>1 € le premier mois</b>, "
        "puis <b>12,99 € par mois</b>, sans engagement. Prélèvement par carte bancaire le 10 de chaque "
        "mois. Résiliable à tout moment depuis votre espace abonné.</p><p>Numéro d'abonné : 2471 0583</p>"
    )
    add(
        "2026-06-10 22:14",
        LM_FROM,
        "Bienvenue au Monde, votre abonnement est actif",
        html=lm(inner),
        text=strip_html(inner),
        labels=[LEMONDE],
    )
    for d in [date(2026, 7, 10), date(2026, 10, 10)]:
        inner = (
            f"<p>Bonjour,</p><p>Nous vous confirmons le paiement de votre abonnement Le Monde numérique "
            f"du {dnum(d)}.</p><table>"
            + rows(
                [
                    ("Montant TTC", "12,99 €"),
                    ("dont TVA 2,1 %", "0,27 €"),
                    ("Période", f"du {dnum(d)} au {dnum(add_months(d, 1) - timedelta(days=1))}"),
                ]
            )
            + "</table>"
        )
        add(
            d.strftime("%Y-%m-%d") + " 06:00",
            LM_FROM,
            "Confirmation de paiement de votre abonnement",
            html=lm(inner),
            labels=[LEMONDE],
        )
    for d in [date(2026, 11, 24)]:
        add(
            d.strftime("%Y-%m-%d") + " 07:05",
            "La Matinale du Monde <newsletters@info.lemonde.fr>",
            f"La Matinale du {dlong(d, True)}",
            html=lm(
                "<h2>L'essentiel de l'actualité ce matin</h2><p>Budget 2027 : le gouvernement face à "
                "l'Assemblée. Climat : ce que contient le rapport du Haut Conseil. Et aussi : la sélection "
                'culture de la rédaction.</p><p><a href="https://www.lemonde.fr/newsletters/">'
                "Gérer mes newsletters</a></p>"
            ),
            headers={
                "List-Unsubscribe": "<https://www.lemonde.fr/newsletters/desinscription>",
                "List-Id": "La Matinale <matinale.lemonde.fr>",
            },
        )


# ---------------------------------------------------------------- Mediapart (ended by failed payments)
MP_FROM = "Mediapart <abonnement@mediapart.fr>"


def mediapart_msgs() -> None:
    for d in [date(2026, 1, 2), date(2026, 4, 2)]:
        t = (
            f"Bonjour Yanis Haddad,\n\nNous avons bien reçu le paiement de votre abonnement mensuel à "
            f"Mediapart.\n\nDate : {dnum(d)}\nMontant : 11,00 € TTC (TVA 2,1 %)\nMoyen de paiement : carte "
            "Visa se terminant par 3054\n\nMerci de soutenir une presse indépendante, sans publicité et sans "
            "actionnaire milliardaire.\n\nLe service abonnements de Mediapart\n"
            "Société Éditrice de Mediapart - 127 avenue Ledru-Rollin 75011 Paris\n"
        )
        add(
            d.strftime("%Y-%m-%d") + " 05:30",
            MP_FROM,
            "Confirmation de votre paiement",
            text=t,
            labels=[MEDIAPART],
            to=CAMILLE,
        )
    t = (
        "Bonjour Yanis Haddad,\n\nLa carte bancaire associée à votre abonnement Mediapart (Visa **** 3054) "
        "expire à la fin du mois de juillet 2026.\n\nPour éviter toute interruption, mettez à jour vos "
        "coordonnées bancaires dans votre espace « Mon compte » avant le 02/08/2026, date de votre prochain "
        "paiement de 11,00 €.\n\nLe service abonnements de Mediapart\n"
    )
    add("2026-07-20 10:00", MP_FROM, "Votre carte bancaire expire bientôt", text=t, labels=[MEDIAPART])
    t = (
        "Bonjour Yanis Haddad,\n\nLe paiement de 11,00 € pour votre abonnement Mediapart a échoué le "
        "02/08/2026 (carte expirée).\n\nNous réessaierons dans quelques jours. Sans mise à jour de votre "
        "moyen de paiement, votre abonnement sera interrompu.\n\nMettre à jour : "
        "https://www.mediapart.fr/abonnement/moyen-de-paiement\n\nLe service abonnements de Mediapart\n"
    )
    add("2026-08-02 06:12", MP_FROM, "Échec du paiement de votre abonnement", text=t, labels=[MEDIAPART])
    add(
        "2026-08-09 06:14",
        MP_FROM,
        "Dernier rappel : échec du paiement de votre abonnement",
        text=t.replace("Nous réessaierons dans quelques jours.", "Deuxième tentative échouée le 09/08/2026."),
        labels=[MEDIAPART],
    )
    t = (
        "Bonjour Yanis Haddad,\n\nFaute de paiement, votre abonnement à Mediapart a pris fin le "
        "16/08/2026. Vous n'avez plus accès aux articles réservés aux abonnés.\n\nVous pouvez vous "
        "réabonner à tout moment : https://www.mediapart.fr/abonnement\n\nLe service abonnements de "
        "Mediapart\n"
    )
    add("2026-08-16 06:20", MP_FROM, "Votre abonnement Mediapart a pris fin", text=t, labels=[MEDIAPART])
    add(
        "2026-10-05 12:00",
        "Mediapart <newsletter@mediapart.fr>",
        "Revenez : 1 € pour 15 jours",
        html=page(
            '<tr><td style="padding:24px;"><h2 style="color:#d6001c;">Mediapart</h2><p>L\'info '
            "indépendante vous manque ? Réabonnez-vous : 1 € les 15 premiers jours, puis 11 €/mois.</p>"
            '<p style="font-size:11px;"><a href="https://www.mediapart.fr/desinscription">Se '
            "désinscrire</a></p></td></tr>"
        ),
    )


# ---------------------------------------------------------------- Télérama (yearly)
def telerama_msgs() -> None:
    t = (
        "Chère lectrice,\n\nVotre abonnement à Télérama (magazine papier + accès numérique) arrive à "
        "échéance le 11/01/2026.\n\nPour que vous continuiez à recevoir Télérama chaque mercredi, il sera "
        "renouvelé automatiquement le 12/01/2026 pour une année, au tarif de 119,00 € TTC, prélevé sur la "
        "carte bancaire enregistrée.\n\nN° d'abonnée : TEL 0881 2296\nVous pouvez modifier ou arrêter votre "
        "abonnement sur abo.telerama.fr avant cette date.\n\nLe Service Abonnements Télérama\n"
        "Télérama - Groupe Le Monde - 67-69 avenue Pierre Mendès-France 75013 Paris\n"
    )
    add(
        "2025-12-12 11:30",
        "Télérama Abonnements <abonnements@telerama.fr>",
        "Votre abonnement Télérama sera renouvelé le 12/01/2026",
        text=t,
        labels=[TELERAMA],
        charset="iso-8859-15",
    )
    t = (
        "Chère lectrice,\n\nNous vous confirmons le renouvellement de votre abonnement Télérama.\n\n"
        "Formule : Télérama papier + numérique, 52 numéros\nPériode : du 12/01/2026 au 11/01/2027\n"
        "Montant réglé : 119,00 € TTC (TVA 2,1 % incluse)\nN° d'abonnée : TEL 0881 2296\n\n"
        "Merci de votre fidélité.\nLe Service Abonnements Télérama\n"
    )
    add(
        "2026-01-12 08:44",
        "Télérama Abonnements <abonnements@telerama.fr>",
        "Confirmation du renouvellement de votre abonnement",
        text=t,
        labels=[TELERAMA],
        charset="iso-8859-15",
    )
    for d in [date(2026, 9, 2)]:
        add(
            d.strftime("%Y-%m-%d") + " 16:00",
            "Télérama Sortir <newsletter@telerama.fr>",
            "Sortir à Paris : nos coups de cœur de la semaine",
            html=page(
                '<tr><td style="padding:24px;"><h2>Cette semaine à Paris</h2><p>Expositions, théâtre, '
                'concerts : la sélection de la rédaction.</p><p style="font-size:11px;"><a href="https://'
                'www.telerama.fr/newsletters">Se désinscrire</a></p></td></tr>'
            ),
            headers={"List-Unsubscribe": "<https://www.telerama.fr/newsletters/unsubscribe>"},
        )


# ---------------------------------------------------------------- Amazon Prime
AMZ = "Amazon.fr <confirmation-commande@amazon.fr>"


def amazon_msgs() -> None:
    inner = (
        "<p>Bonjour Camille,</p><p>Merci d'être membre Amazon Prime. Votre abonnement annuel sera "
        "renouvelé le <b>11 mars 2026</b> au prix de <b>69,90&nbsp;€</b> (TVA incluse). Le paiement sera "
        "effectué avec votre carte Visa se terminant par 2208.</p><p>Vous n'avez rien à faire pour "
        "continuer à profiter de la livraison rapide gratuite, de Prime Video et d'Amazon Music Prime.</p>"
        '<p>Pour ne pas renouveler, rendez-vous dans <a href="https://www.amazon.fr/prime">Gérer mon '
        "abonnement Prime</a>.</p><p>Cordialement,<br>Amazon Prime</p>"
    )
    add(
        "2026-03-04 09:26",
        "Amazon Prime <prime@amazon.fr>",
        "Votre abonnement Amazon Prime sera renouvelé prochainement",
        html=page('<tr><td style="padding:24px;font-size:14px;">' + inner + "</td></tr>"),
        text=strip_html(inner),
        labels=[PRIME],
        tz="utc",
    )
    inner = (
        "<p>Bonjour Camille,</p><p>Votre abonnement Amazon Prime a été renouvelé le 11/03/2026.</p>"
        "<table>"
        + rows(
            [
                ("Abonnement", "Amazon Prime (annuel)"),
                ("Montant", "69,90 €"),
                ("dont TVA", "11,65 €"),
                ("Prochain renouvellement", "11/03/2027"),
            ]
        )
        + "</table>"
    )
    add(
        "2026-03-11 05:03",
        "Amazon Prime <prime@amazon.fr>",
        "Confirmation de renouvellement de votre abonnement Amazon Prime",
        html=page('<tr><td style="padding:24px;">' + inner + "</td></tr>"),
        labels=[PRIME],
        tz="utc",
    )
    for when, item, price, num in [
        ("2026-05-27 21:40", "Philips Hue White E27 (lot de 2)", 29.90, "171-4452210-8839317"),
        ("2026-10-14 08:15", "LEGO DUPLO 10986 La maison mobile", 49.99, "408-0093514-6621909"),
    ]:
        inner = (
            f"<p>Bonjour Camille,</p><p>Merci pour votre commande. Nous vous enverrons une confirmation "
            f'lors de l\'expédition de votre article.</p><p>Commande n° {num}</p><table width="100%">'
            + rows(
                [(item, eur(price)), ("Livraison", "GRATUIT (Prime)"), ("Total TTC", eur(price))],
                bold_last=True,
            )
            + "</table><p>Livraison estimée : sous 2 jours.</p>"
        )
        add(
            when,
            AMZ,
            f"Votre commande Amazon.fr de « {item[:30]}... »",
            html=page('<tr><td style="padding:24px;">' + inner + "</td></tr>"),
            tz="utc",
        )


# ---------------------------------------------------------------- Apple (iCloud+ monthly, plus a one-off app)
def apple_receipt(d: date, order: str, lines: list[tuple[str, str, str]], total: float) -> str:
    items = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee;"><b>{a}</b><br><span style="color:#666;'
        f'font-size:12px;">{b}</span></td><td align="right" style="padding:10px 0;border-bottom:1px solid '
        f'#eee;">{c}</td></tr>'
        for a, b, c in lines
    )
    ht = round(total / 1.2, 2)
    return page(
        '<tr><td style="padding:24px 20px 0;"><img src="https://www.apple.com/ac/globalnav/apple.png" width="24" '
        'alt="Apple"></td></tr><tr><td style="padding:12px 20px;"><h1 style="font-size:28px;font-weight:600;">'
        'Reçu</h1><table width="100%" style="font-size:12px;color:#333;"><tr><td>IDENTIFIANT APPLE<br>'
        f"camille.bernard75@gmail.com</td><td>DATE<br>{d.day} {MOIS_ABR[d.month - 1]} {d.year}</td>"
        f"<td>N° DE COMMANDE<br>{order}</td><td>N° DE DOCUMENT<br>{RNG.randrange(10**11, 10**12)}</td></tr>"
        '</table><table width="100%" style="font-size:14px;margin-top:18px;">'
        + items
        + rows(
            [("Sous-total", eur(ht)), ("TVA incluse à 20 %", eur(total - ht)), ("TOTAL", eur(total))],
            bold_last=True,
        )
        + '</table><p style="font-size:11px;color:#888;">Facturé à Visa •••• 2208. Apple Distribution '
        "International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Irlande. N° TVA : IE9700053D.<br>"
        '<a href="https://apps.apple.com/account/subscriptions">Gérer les abonnements</a> · '
        '<a href="https://support.apple.com/fr-fr">Assistance</a></p></td></tr>',
        bg="#ffffff",
        font="-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif",
    )


def apple_msgs() -> None:
    for d in [
        date(2025, 12, 14),
        date(2026, 2, 14),
        date(2026, 4, 14),
        date(2026, 7, 14),
        date(2026, 11, 14),
    ]:
        html = apple_receipt(
            d,
            f"M{RNG.randrange(10**9, 10**10)}H",
            [
                (
                    "iCloud+",
                    f"iCloud+ avec 200 Go (mensuel)<br>Renouvellement le {dlong(add_months(d, 1))}",
                    "2,99 €",
                )
            ],
            2.99,
        )
        add(
            d.strftime("%Y-%m-%d") + " 10:2" + str(d.month % 10),
            "Apple <no_reply@email.apple.com>",
            "Votre reçu Apple",
            html=html,
            labels=[ICLOUD],
            tz="pacific",
            html_cte="base64",
        )
    html = apple_receipt(
        date(2026, 5, 3), "MR7L2QX09K", [("Procreate Pocket", "App · iPhone", "5,99 €")], 5.99
    )
    add(
        "2026-05-03 15:44",
        "Apple <no_reply@email.apple.com>",
        "Votre reçu Apple",
        html=html,
        tz="pacific",
        html_cte="base64",
    )


# ---------------------------------------------------------------- Google One (yearly, via Google Play)
def google_msgs() -> None:
    inner = (
        '<tr><td style="padding:24px;"><img src="https://www.gstatic.com/android/market_images/email/'
        'logo.png" alt="Google Play" width="140"><h2 style="font-weight:normal;">Merci.</h2><p>Vous avez '
        "souscrit un abonnement à Google One auprès de Google Play. Votre abonnement sera renouvelé "
        'automatiquement chaque année, sauf si vous le résiliez.</p><table width="100%" style="font-size:'
        '14px;">'
        + rows(
            [
                ("Numéro de commande", "GPA.3392-8815-0427-61533"),
                ("Date de la commande", "20 mai 2026 09:12:44 UTC+2"),
                ("Article", "Google One 100 Go (Google One) - 19,99 €/an"),
                ("Renouvellement automatique", "20 mai 2027"),
                ("Total", "19,99 € (TVA incluse)"),
            ],
            bold_last=True,
        )
        + '</table><p>Paiement : Mastercard-9916</p><p style="font-size:11px;color:#777;">Google Commerce '
        'Limited, Gordon House, Barrow Street, Dublin 4, Irlande. <a href="https://play.google.com/store/'
        'account/subscriptions">Gérer vos abonnements</a></p></td></tr>'
    )
    add(
        "2026-05-20 09:13",
        "Google Play <googleplay-noreply@google.com>",
        "Votre reçu de commande Google Play du 20 mai 2026",
        html=page(inner, bg="#ffffff", font="Roboto,Arial,sans-serif"),
        text=strip_html(inner),
        labels=[GONE],
        tz="pacific",
        cte="base64",
        html_cte="base64",
    )
    inner = (
        '<tr><td style="padding:24px;"><h2>Votre espace de stockage est presque saturé</h2><p>Vous '
        "utilisez 14,2 Go sur 15 Go. Passez à Google One pour obtenir plus d'espace : 2 To pour "
        "9,99 €/mois.</p></td></tr>"
    )
    add(
        "2026-04-28 18:30",
        "Google <no-reply@accounts.google.com>",
        "Votre espace de stockage Google est presque plein",
        html=page(inner),
        tz="pacific",
    )


# ---------------------------------------------------------------- Facil'Familles (crèche, Ville de Paris)
def creche_msgs() -> None:
    bills = [
        (date(2025, 12, 4), "novembre 2025", 262.30),
        (date(2026, 2, 4), "janvier 2026", 271.44),
        (date(2026, 4, 3), "mars 2026", 284.90),
        (date(2026, 7, 3), "juin 2026", 271.44),
        (date(2026, 10, 5), "septembre 2026", 271.44),
        (date(2026, 11, 4), "octobre 2026", 284.90),
    ]
    for d, per, amt in bills:
        deb = d.replace(day=20)
        t = (
            "Madame, Monsieur,\n\nVotre facture Facil'Familles est disponible sur votre espace en ligne "
            "(paris.fr/facilfamilles).\n\n"
            f"Période facturée : {per}\nActivité : Crèche collective municipale Daviel (13e)\n"
            "Enfant : HADDAD BERNARD Inès\nN° de famille : 75-0223917\n"
            f"Montant de la facture : {eur(amt)}\n\n"
            f"Vous avez opté pour le prélèvement automatique : ce montant sera prélevé le {dnum(deb)}.\n\n"
            "Le tarif horaire appliqué dépend de votre quotient familial (tranche 8).\n\n"
            "Ville de Paris - Direction des Familles et de la Petite Enfance\n"
            "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n"
        )
        add(
            d.strftime("%Y-%m-%d") + " 12:00",
            "Ville de Paris - Facil'Familles <ne-pas-repondre@paris.fr>",
            "Votre facture Facil'Familles est disponible",
            text=t,
            labels=[CRECHE],
            charset="windows-1252",
        )
    t = (
        "Madame, Monsieur,\n\nNous vous rappelons que la crèche collective Daviel sera fermée du lundi 3 au "
        "vendredi 21 août 2026 inclus. Aucune heure ne vous sera facturée pendant la fermeture.\n\n"
        "Direction des Familles et de la Petite Enfance\n"
    )
    add(
        "2026-06-19 16:05",
        "Ville de Paris - Facil'Familles <ne-pas-repondre@paris.fr>",
        "Fermeture estivale de l'établissement d'accueil",
        text=t,
        charset="windows-1252",
    )


# ---------------------------------------------------------------- Foncia (loyer, agence)
FONCIA_FROM = "Foncia Paris Bastille <no-reply@foncia.com>"


def foncia_msgs() -> None:
    months = [
        date(2025, 12, 25),
        date(2026, 3, 25),
        date(2026, 6, 25),
        date(2026, 7, 27),
        date(2026, 10, 26),
        date(2026, 11, 25),
    ]
    for d in months:
        per = add_months(d, 1).replace(day=1)
        loyer = 1443.15 if per >= date(2026, 8, 1) else 1428.00
        total = loyer + 165.00
        t = (
            "Madame BERNARD Camille, Monsieur HADDAD Yanis,\n\n"
            f"Votre avis d'échéance pour la période de {mois_annee(per)} est disponible dans votre espace "
            "MyFoncia.\n\nLot : 14 rue Léon Frot - 75011 PARIS - Bât. A, 3e étage, porte droite\n"
            "Référence locataire : 0712-448815-01\n\n"
            f"  Loyer principal .................. {eur(loyer, sep=NBSP)}\n"
            f"  Provisions sur charges ........... {eur(165.00)}\n"
            f"  Total à régler ................... {eur(total, sep=NBSP)}\n\n"
            f"Ce montant sera prélevé le {dnum(per.replace(day=5))} conformément à votre mandat SEPA.\n\n"
            "Foncia Paris Bastille - 23 boulevard Richard-Lenoir 75011 Paris - Tél. 01 43 57 20 00\n"
            "Carte professionnelle CPI 7501 2016 000 012 345 délivrée par la CCI Paris Île-de-France.\n"
        )
        add(
            d.strftime("%Y-%m-%d") + " 09:30",
            FONCIA_FROM,
            f"Votre avis d'échéance de {mois_annee(per)}",
            text=t,
            labels=[FONCIA],
            charset="iso-8859-15",
            attach=(f"Avis_echeance_{per:%Y%m}.pdf", fake_pdf(f"Foncia avis echeance {per:%m/%Y}")),
        )
    t = (
        "Madame BERNARD Camille, Monsieur HADDAD Yanis,\n\nConformément à l'article 4 de votre bail, votre "
        "loyer est révisé chaque année à sa date anniversaire (1er juillet) selon l'Indice de Référence des "
        "Loyers (IRL) publié par l'INSEE.\n\nIRL du 1er trimestre 2026 : 146,71\nIRL du 1er trimestre 2025 : "
        "145,17\n\nAncien loyer : 1 428,00 €\nNouveau loyer : 1 443,15 €, à compter de l'échéance d'août "
        "2026.\nProvisions sur charges : inchangées (165,00 €)\n\nFoncia Paris Bastille\n"
    )
    add(
        "2026-07-08 14:20",
        FONCIA_FROM,
        "Révision annuelle de votre loyer",
        text=t,
        labels=[FONCIA],
        charset="iso-8859-15",
    )
    t = (
        "Madame BERNARD Camille, Monsieur HADDAD Yanis,\n\nLa régularisation annuelle des charges locatives "
        "2025 de votre logement fait apparaître un solde en votre faveur de 38,20 €.\n\nCe montant vous sera remboursé par virement sous 15 jours.\n\nFoncia Paris Bastille\n"
    )
    add(
        "2026-05-12 11:10",
        FONCIA_FROM,
        "Régularisation des charges 2025",
        text=t,
        labels=[FONCIA],
        charset="iso-8859-15",
    )


# ---------------------------------------------------------------- distractors: money, shops, travel, state
def paypal_msgs() -> None:
    for when, payee, amt, what, txn in [
        (
            "2026-02-21 15:12",
            "Atelier Terre & Feu",
            45.00,
            "Initiation tournage céramique - samedi 7 mars",
            "8GH21784UL0937315",
        ),
        (
            "2026-09-06 10:40",
            "Les Disquaires du Marais",
            32.50,
            "Vinyle - Zaho de Sagazan, La symphonie des éclairs",
            "3TR55902KA881240M",
        ),
    ]:
        inner = (
            f"<p>Bonjour Camille Bernard,</p><p>Vous avez envoyé un paiement de <b>{eur(amt)} EUR</b> à "
            f'{payee}.</p><table width="100%" style="font-size:14px;">'
            + rows(
                [
                    ("Numéro de transaction", txn),
                    ("Date de la transaction", dlong(date.fromisoformat(when[:10]))),
                    ("Description", what),
                    ("Montant", f"{eur(amt)} EUR"),
                    ("Financé par", "BoursoBank compte courant x-4471"),
                ]
            )
            + "</table><p>Ce paiement apparaîtra sous « PAYPAL *"
            + payee[:12].upper().replace(" ", "")
            + ' » sur votre relevé.</p><p style="font-size:11px;color:#777;">PayPal (Europe) S.à r.l. et '
            "Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.</p>"
        )
        add(
            when,
            "PayPal <service@paypal.fr>",
            f"Vous avez envoyé un paiement de {eur(amt)} EUR à {payee}",
            html=page('<tr><td style="padding:24px;">' + inner + "</td></tr>"),
            tz="pacific",
        )
    for when, who, amt, why, inbound in [
        ("2026-01-31 23:05", "Lucas Martin", 23.50, "Pizza anniv Léa 🍕", True),
        ("2026-05-16 19:32", "Sarah Benali", 60.00, "Cadeau naissance Maël", False),
        ("2026-10-03 13:20", "Lucas Martin", 18.00, "Ciné + pop-corn", True),
    ]:
        subj = f"{who} vous a envoyé {eur(amt)}" if inbound else f"Vous avez envoyé {eur(amt)} à {who}"
        t = (
            f"{subj}\n\n« {why} »\n\n"
            + (
                "L'argent est disponible sur votre compte Lydia. Vous pouvez le "
                "virer sur votre compte bancaire à tout moment.\n"
                if inbound
                else "Le paiement a été débité de votre carte.\n"
            )
            + "\nLydia Solutions - 14 avenue de l'Opéra 75001 Paris\n"
        )
        add(when, "Lydia <noreply@lydia-app.com>", subj, text=t, cte="8bit")


def shops_msgs() -> None:
    # SNCF Connect
    for when, trip, dep, price, ref in [
        (
            "2026-02-02 20:11",
            "Paris Gare de Lyon → Lyon Part-Dieu",
            "vendredi 13 février 2026 à 18:04",
            97.00,
            "QXBRT4",
        ),
        (
            "2026-07-05 12:48",
            "Paris Montparnasse → Bordeaux Saint-Jean",
            "samedi 25 juillet 2026 à 09:52",
            148.40,
            "LMKZ8P",
        ),
    ]:
        inner = (
            f"<h2>C'est confirmé, bon voyage !</h2><p>{trip}<br>Aller : {dep}<br>TGV INOUI - 2 passagers "
            f"(Carte Avantage Adulte)</p><table>"
            + rows([("Référence dossier", ref), ("Total payé", eur(price))])
            + "</table><p>Vos e-billets sont disponibles dans l'application SNCF Connect.</p>"
        )
        add(
            when,
            "SNCF Connect <confirmation@sncf-connect.com>",
            f"Confirmation de votre commande - {ref}",
            html=page(
                '<tr><td style="background:#0c131f;padding:16px;color:#fff;">SNCF Connect</td></tr>'
                '<tr><td style="padding:24px;">' + inner + "</td></tr>"
            ),
        )
    # Vinted / leboncoin: money in
    for when, item, price in [
        ("2026-03-15 18:22", "Poussette Yoyo Babyzen", 180.00),
        ("2026-09-27 10:05", "Lot de vêtements bébé 18 mois", 22.00),
    ]:
        t = (
            f"Bonne nouvelle, Camille !\n\nTon article « {item} » a été vendu {eur(price)}.\n\n"
            "Emballe-le et envoie-le dans les 5 jours ouvrés avec le bordereau Mondial Relay disponible dans "
            "l'application. Tu recevras l'argent sur ton porte-monnaie Vinted dès que l'acheteur aura confirmé "
            "la réception.\n\nL'équipe Vinted\n"
        )
        add(when, "Vinted <no-reply@vinted.fr>", f"Tu as vendu « {item} »", text=t)
    add(
        "2026-06-21 17:40",
        "leboncoin <noreply@leboncoin.fr>",
        "Votre paiement de 85,00 € a été reçu",
        text=(
            "Bonjour,\n\nL'acheteur a confirmé la réception de « Chaise haute Stokke Tripp Trapp ». Le "
            "montant de 85,00 € a été versé sur votre porte-monnaie leboncoin.\n\nL'équipe leboncoin\n"
        ),
    )
    # Fnac / Darty
    inner = (
        '<p>Bonjour Camille,</p><p>Nous avons bien reçu votre commande n° 6Q2H8K7X4.</p><table width="100%">'
        + rows(
            [
                ("Le Petit Prince - Antoine de Saint-Exupéry (Folio)", "8,60 €"),
                ("Casque Sony WH-CH720N Noir", "99,99 €"),
                ("Frais de livraison", "0,00 €"),
                ("Total TTC", "108,59 €"),
            ],
            bold_last=True,
        )
        + '</table><p>Retrait en magasin Fnac Bastille à partir du 14/11/2026.</p><p style="font-size:12px;">'
        "Avec Fnac+, la livraison est gratuite et illimitée : essai 15 jours offert.</p>"
    )
    add(
        "2026-11-12 13:15",
        "Fnac.com <commande@fnac.com>",
        "Confirmation de votre commande n° 6Q2H8K7X4",
        html=page(
            '<tr><td style="background:#e1a925;padding:14px;">fnac</td></tr><tr><td style="padding:24px;">'
            + inner
            + "</td></tr>"
        ),
    )
    add(
        "2026-10-21 10:00",
        "Fnac <news@fnac.com>",
        "Fnac+ : -10 % sur vos achats et la livraison gratuite",
        html=page(
            '<tr><td style="padding:24px;"><h2>Essayez Fnac+ pendant 15 jours</h2><p>Puis 14,99 €/an. '
            'Livraison gratuite en 1 jour, -10 % sur les livres.</p><p style="font-size:11px;">'
            '<a href="https://www.fnac.com/unsubscribe">Se désinscrire</a></p></td></tr>'
        ),
        headers={"List-Unsubscribe": "<https://www.fnac.com/unsubscribe>"},
    )
    inner = (
        "<p>Bonjour Madame Bernard,</p><p>Votre commande n° 40288173 est en cours de livraison.</p><table>"
        + rows(
            [
                ("Lave-linge hublot Bosch WGG244A0FR 9 kg", "549,00 €"),
                ("Installation et reprise de l'ancien appareil", "29,00 €"),
                ("Total TTC", "578,00 €"),
                ("Paiement", "4 fois sans frais : 4 x 144,50 €"),
            ],
            bold_last=False,
        )
        + "</table><p>Livraison prévue le jeudi 19 mars 2026 entre 8h et 12h.</p><p>Protégez votre appareil "
        "avec Darty Max : dépannage illimité pour 9,99 €/mois.</p>"
    )
    add(
        "2026-03-16 08:45",
        "Darty <service-client@darty.com>",
        "Votre commande Darty n° 40288173 est en route",
        html=page(
            '<tr><td style="background:#e30613;padding:14px;color:#fff;">DARTY</td></tr><tr><td style='
            '"padding:24px;">' + inner + "</td></tr>"
        ),
    )
    # Uber Eats, Decathlon, Doctolib
    add(
        "2026-04-10 20:41",
        "Uber Eats <uber@uber.com>",
        "Votre commande du vendredi avec Uber Eats",
        html=page(
            '<tr><td style="padding:24px;"><h2>Merci pour votre commande, Camille</h2><table>'
            + rows(
                [
                    ("Pokawa - Oberkampf", ""),
                    ("2x Poke Saumon", "27,80 €"),
                    ("Frais de livraison", "1,49 €"),
                    ("Frais de service", "2,19 €"),
                    ("Total", "31,48 €"),
                ],
                bold_last=True,
            )
            + "</table></td></tr>"
        ),
        tz="pacific",
    )
    add(
        "2026-08-28 09:00",
        "Decathlon <newsletter@decathlon.fr>",
        "Rentrée sportive : jusqu'à -30 % sur le running",
        html=page(
            '<tr><td style="padding:24px;"><h2>C\'est la rentrée !</h2><p>Chaussures, '
            'montres GPS, textile : -30 %.</p><p style="font-size:11px;"><a href="https://www.'
            'decathlon.fr/unsubscribe">Désinscription</a></p></td></tr>'
        ),
        headers={"List-Unsubscribe": "<https://www.decathlon.fr/unsubscribe>"},
    )
    add(
        "2026-02-24 18:02",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous est confirmé",
        text=(
            "Bonjour Camille,\n\nVotre rendez-vous avec le Dr Élise Morel (médecin généraliste) est confirmé "
            "le mardi 3 mars 2026 à 18:30.\n\n45 rue de la Roquette, 75011 Paris\n\nPensez à vous munir de "
            "votre carte Vitale.\n\nDoctolib\n"
        ),
    )
    add(
        "2026-05-07 09:00",
        "Deezer <hello@deezer.com>",
        "3 mois de Deezer Premium offerts, ça vous dit ?",
        html=page(
            '<tr><td style="padding:24px;background:#a238ff;color:#fff;"><h2>Ça fait longtemps !</h2><p>'
            'Revenez sur Deezer : 3 mois offerts, puis 11,99 €/mois. Sans engagement.</p><p style="font-size:'
            '11px;"><a style="color:#fff;" href="https://www.deezer.com/unsubscribe">Se désabonner</a></p>'
            "</td></tr>"
        ),
        headers={"List-Unsubscribe": "<https://www.deezer.com/unsubscribe>"},
    )
    for d in [date(2026, 1, 15), date(2026, 11, 19)]:
        add(
            d.strftime("%Y-%m-%d") + " 11:00",
            "Le Bonbon Paris <hello@lebonbon.fr>",
            "Les 10 meilleures sorties du week-end à Paris",
            html=page(
                '<tr><td style="padding:24px;"><h2>Ce week-end à Paris</h2><p>Expos, bars, brocantes : '
                'notre sélection.</p><p style="font-size:11px;"><a href="https://www.lebonbon.fr/'
                'unsubscribe">Se désinscrire</a></p></td></tr>'
            ),
            headers={"List-Unsubscribe": "<https://www.lebonbon.fr/unsubscribe>"},
        )


def state_bank_msgs() -> None:
    add(
        "2026-04-09 10:30",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "La déclaration de revenus 2025 est ouverte",
        text=(
            "Madame,\n\nLe service de déclaration en ligne des revenus 2025 est ouvert sur impots.gouv.fr.\n\n"
            "Date limite pour Paris (départements n° 55 à 976) : jeudi 4 juin 2026 à 23h59.\n\n"
            "La Direction générale des Finances publiques\n"
        ),
    )
    add(
        "2026-07-29 08:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis d'impôt 2026 est disponible",
        text=(
            "Madame,\n\nVotre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier.\n\n"
            "Solde à payer : 312,00 €, qui sera prélevé le 25/09/2026.\nVotre taux de prélèvement à la source "
            "sera actualisé à compter de septembre 2026 : 7,4 %.\n\n"
            "La Direction générale des Finances publiques\n"
        ),
    )
    for when, what in [("2026-06-05 07:00", "Votre paiement du mois de mai a été effectué")]:
        add(
            when,
            "Caf de Paris <ne-pas-repondre@caf.fr>",
            what,
            text=(
                "Bonjour,\n\nVotre Caf a effectué un paiement de 103,84 € au titre de la Paje (complément de "
                "libre choix du mode de garde) sur votre compte bancaire.\n\nConsultez le détail sur caf.fr, "
                "rubrique Mon Compte.\n\nVotre Caf de Paris - N° allocataire : 7 518 294\n"
            ),
        )
    for d in [date(2026, 3, 3), date(2026, 9, 3)]:
        add(
            d.strftime("%Y-%m-%d") + " 06:45",
            "BoursoBank <noreply@boursobank.com>",
            "Votre relevé de compte est disponible",
            text=(
                f"Bonjour,\n\nVotre relevé de compte joint n° ••••4471 du mois de "
                f"{mois_annee(add_months(d, -1))} est disponible dans votre Espace Client.\n\nBoursoBank - "
                "44 rue Traversière, CS 80134, 92772 Boulogne-Billancourt Cedex\n"
            ),
        )
    add(
        "2026-10-05 11:02",
        "BoursoBank <noreply@boursobank.com>",
        "Alerte solde : votre compte est débiteur",
        text=(
            "Bonjour,\n\nLe solde de votre compte joint n° ••••4471 est débiteur au 05/10/2026 : -212,37 €.\n"
            "Pensez à l'approvisionner pour éviter le rejet de vos prélèvements.\n\nBoursoBank\n"
        ),
    )
    add(
        "2026-05-26 08:12",
        "ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Un nouveau document est disponible dans votre compte ameli",
        text=(
            "Bonjour Madame BERNARD,\n\nUn nouveau relevé de remboursements est disponible dans votre compte "
            "ameli : 30,00 € versés le 25/05/2026.\n\nL'Assurance Maladie\n"
        ),
    )


def personal_msgs() -> None:
    add(
        "2026-02-15 10:02",
        "Martine Bernard <martine.bernard61@orange.fr>",
        "Vacances de printemps",
        text=(
            "Coucou ma chérie,\n\nPapa et moi pensions prendre Inès une semaine pendant les vacances d'avril, "
            "du 18 au 25. Dis-nous si ça vous va. On viendrait la chercher en train.\n\nBisous à tous les trois,\n"
            "Maman\n"
        ),
        cte="8bit",
    )
    add(
        "2026-02-15 12:40",
        CAMILLE,
        "Re: Vacances de printemps",
        to="Martine Bernard <martine.bernard61@orange.fr>",
        text=(
            "Super idée ! On en parle dimanche au téléphone.\nBisous\nCamille\n\n> Papa et moi pensions prendre "
            "Inès une semaine pendant les vacances d'avril\n"
        ),
        cte="8bit",
    )
    add(
        "2026-06-29 22:10",
        YANIS,
        "Budget maison",
        to=CAMILLE,
        text=(
            "J'ai refait le tableur des dépenses fixes du compte joint : loyer, EDF, box, les deux forfaits, "
            "crèche... On est à peu près à 2 450 par mois. Je te l'envoie sur le drive.\n\nY.\n"
        ),
        cte="8bit",
    )
    add(
        "2026-11-08 09:15",
        "Léa Rousseau <lea.rousseau@gmail.com>",
        "Brunch dimanche 22 ?",
        text=(
            "Hello les amis,\n\nOn fait un brunch chez nous le dimanche 22, vers 11h ? Venez avec Inès bien sûr.\n\n"
            "Léa & Thomas\n"
        ),
    )


# ---------------------------------------------------------------- truth, meta, output
def T(name, aliases, amount, cycle, next_renewal, kind, status="active"):
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": "EUR",
        "cycle": cycle,
        "status": status,
        "next_renewal": next_renewal,
        "kind": kind,
    }


TRUTH = [
    T(
        EDF,
        ["EDF Tarif Bleu", "Électricité de France", "EDF & MOI"],
        "87.00",
        "monthly",
        "2026-12-10",
        "bill",
    ),
    T(EAU, ["Eau de Paris régie", "Eau de Paris facture d'eau"], "61.32", "semiannual", "2027-04-27", "bill"),
    T(FREEBOX, ["Free", "Freebox Pop", "Free Haut Débit"], "39.99", "monthly", "2026-12-06", "bill"),
    T(FREEMOB, ["Forfait Free 5G", "Free 5G 250 Go"], "15.99", "monthly", "2026-12-08", "bill"),
    T(SOSH, ["Orange", "Sosh 100 Go", "Forfait Sosh"], "16.99", "monthly", "2026-12-03", "bill"),
    T(MAIF, ["Raqvam", "MAIF Raqvam", "Assurance habitation MAIF"], "26.50", "monthly", "2026-12-05", "bill"),
    T(
        ALAN,
        ["Alan Blue", "Alan Blue Indépendants", "Alan mutuelle"],
        "62.10",
        "monthly",
        "2026-12-01",
        "bill",
    ),
    T(
        NAVIGO,
        ["Navigo", "Forfait Navigo Annuel", "Comutitres", "Île-de-France Mobilités"],
        "90.80",
        "monthly",
        "2026-12-05",
        "subscription",
    ),
    T(VELIB, ["Vélib'", "Velib", "Vélib", "V-Max"], "99.60", "yearly", "2027-04-15", "subscription"),
    T(BASIC, ["Basic Fit", "Basic-Fit Premium"], "29.99", "monthly", "2026-12-14", "subscription"),
    T(CANAL, ["CANAL+", "Canal Plus", "myCANAL"], "24.99", "monthly", "2026-12-08", "subscription"),
    T(SPOTIFY, ["Spotify Premium Duo", "Spotify Premium"], "17.99", "monthly", "2026-12-23", "subscription"),
    T(NETFLIX, ["Netflix Standard"], "16.49", "monthly", "2026-12-17", "subscription"),
    T(DISNEY, ["Disney Plus", "Disney+ Standard"], "9.99", "monthly", None, "subscription", "cancelled"),
    T(LEMONDE, ["Le Monde numérique", "lemonde.fr"], "12.99", "monthly", "2026-12-10", "subscription"),
    T(MEDIAPART, ["mediapart.fr"], "11.00", "monthly", None, "subscription", "inactive"),
    T(
        TELERAMA,
        ["Telerama", "Télérama papier + numérique"],
        "119.00",
        "yearly",
        "2027-01-12",
        "subscription",
    ),
    T(PRIME, ["Prime", "Amazon Prime annuel"], "69.90", "yearly", "2027-03-11", "subscription"),
    T(ICLOUD, ["iCloud", "Apple iCloud+", "iCloud+ 200 Go"], "2.99", "monthly", "2026-12-14", "subscription"),
    T(GONE, ["Google One 100 Go"], "19.99", "yearly", "2027-05-20", "subscription"),
    T(
        CRECHE,
        ["Facil Familles", "Crèche Daviel", "Crèche collective municipale Daviel", "Ville de Paris crèche"],
        "284.90",
        "monthly",
        "2026-12-20",
        "bill",
    ),
    T(FONCIA, ["Foncia Paris Bastille", "Loyer", "Loyer Foncia"], "1608.15", "monthly", "2026-12-05", "bill"),
]

HARD_NEGATIVES = [
    "PayPal",
    "Atelier Terre & Feu",
    "Les Disquaires du Marais",
    "Lydia",
    "Lucas Martin",
    "Sarah Benali",
    "SNCF Connect",
    "TGV INOUI",
    "Vinted",
    "leboncoin",
    "Fnac",
    "Fnac+",
    "Darty",
    "Darty Max",
    "Uber Eats",
    "Pokawa",
    "Decathlon",
    "Doctolib",
    "Deezer",
    "Le Bonbon",
    "impots.gouv.fr",
    "DGFiP",
    "Caf de Paris",
    "BoursoBank",
    "ameli",
    "Procreate Pocket",
    "Philips Hue White E27",
    "LEGO DUPLO 10986",
    "Sony WH-CH720N",
    "Bosch WGG244A0FR",
    "Martine Bernard",
    "Léa Rousseau",
]


def main() -> None:
    for f in (
        edf_msgs,
        eau_msgs,
        free_msgs,
        sosh_msgs,
        maif_msgs,
        alan_msgs,
        navigo_msgs,
        velib_msgs,
        basicfit_msgs,
        canal_msgs,
        spotify_msgs,
        netflix_msgs,
        disney_msgs,
        lemonde_msgs,
        mediapart_msgs,
        telerama_msgs,
        amazon_msgs,
        apple_msgs,
        google_msgs,
        creche_msgs,
        foncia_msgs,
        paypal_msgs,
        shops_msgs,
        state_bank_msgs,
        personal_msgs,
    ):
        f()
    MSGS.sort(key=lambda m: m["local"])
    names = {t["name"] for t in TRUTH}
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox = bytearray()
    index = []
    for i, m in enumerate(MSGS, 1):
        assert m["local"].date() <= TODAY, m["subject"]
        assert set(m["labels"]) <= names, m["labels"]
        raw, dt = build(m, i)
        slug = m["slug"] or ascii_slug(f"{m['sender'].split('<')[0]} {m['subject']}")
        fname = f"{i:03d}-{m['local']:%Y%m%d}-{slug}.eml"
        (eml_dir / fname).write_bytes(raw)
        body = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        mbox += from_line(addr_of(m["sender"]), dt).encode() + b"\n" + body
        if not body.endswith(b"\n"):
            mbox += b"\n"
        mbox += b"\n"
        disp = m["sender"].split("<")[0].strip().strip('"') or addr_of(m["sender"])
        index.append({"file": fname, "from": disp, "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(index), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    print(f"{len(index)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
