"""Mailbox fr/ of email-files5: the Rousseau family, Lyon 7e (France).

Camille Rousseau (freelance photographer) and Julien Rousseau, children Léa (CE2) and Hugo.
French mail with some English, EUR, Dec 2025 - Nov 2026, today 2026-11-26.

Deterministic and stdlib only: run from the repository root
    .venv/bin/python bench/data/email-files5/fr/make.py
and it rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mailbox
import os
import random
import shutil
from email import charset as cs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-26"
ME_NAME, ME = "Camille Rousseau", "camille.rousseau@laposte.net"
JULIEN = ("Julien Rousseau", "julien.rousseau.lyon@gmail.com")
R = random.Random(69007)
NB = "\u00a0"  # no-break space, as French senders put before € and :
MSGS: list[dict] = []


# ---------------------------------------------------------------- helpers
def paris_offset(d: dt.datetime) -> int:
    """Hours east of UTC for Europe/Paris on the local date d (EU rule: last Sundays of March/October)."""

    def last_sunday(y: int, m: int) -> dt.date:
        x = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)

    start, end = last_sunday(d.year, 3), last_sunday(d.year, 10)
    return 2 if start <= d.date() < end else 1


def charset(name: str, enc: str) -> cs.Charset:
    c = cs.Charset(name)
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "7bit": None}[enc]
    return c


def hdr(s: str, chs: str = "utf-8") -> str | Header:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, chs)


def add(
    when: str,
    sender: tuple[str, str],
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    labels: tuple[str, ...] = (),
    chs: str = "utf-8",
    enc: str = "qp",
    tz: str = "paris",
    slug: str | None = None,
    to: str | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    """when: 'YYYY-MM-DD HH:MM' local time of the sender's tz ('paris' or 'utc' or '-0700')."""
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=R.randrange(60))
    if tz == "paris":
        off = dt.timedelta(hours=paris_offset(local))
    elif tz == "utc":
        off = dt.timedelta(0)
    else:
        sign = -1 if tz[0] == "-" else 1
        off = sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    stamp = local.replace(tzinfo=dt.timezone(off))
    c = charset(chs, enc)
    if text is not None and html is not None:
        msg = MIMEMultipart(
            "alternative", boundary="=_" + hashlib.md5((when + subject).encode()).hexdigest()[:24]
        )
        msg.attach(MIMEText(text, "plain", c))
        msg.attach(MIMEText(html, "html", c))
    elif html is not None:
        msg = MIMEText(html, "html", c)
    else:
        msg = MIMEText(text or "", "plain", c)
    name, addr = sender
    msg["From"] = formataddr(
        (name, addr), charset=chs if chs in ("utf-8", "iso-8859-1", "iso-8859-15") else "utf-8"
    )
    msg["To"] = to or formataddr((ME_NAME, ME))
    msg["Subject"] = hdr(subject, chs if chs in ("utf-8", "iso-8859-1", "iso-8859-15") else "utf-8")
    msg["Date"] = format_datetime(stamp)
    domain = addr.split("@")[1]
    mid = hashlib.sha1(f"{when}|{addr}|{subject}".encode()).hexdigest()
    msg["Message-ID"] = f"<{mid[:16]}.{mid[16:26]}@{domain}>"
    for k, v in (extra or {}).items():
        msg[k] = v
    for h in (
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
    ):  # after the envelope headers, as senders write them
        v = msg[h]
        if v is not None or h == "MIME-Version":
            del msg[h]
            msg[h] = v or "1.0"
    MSGS.append(
        {
            "dt": stamp,
            "msg": msg,
            "from": name,
            "addr": addr,
            "subject": subject,
            "labels": list(labels),
            "slug": slug or domain.split(".")[-2],
        }
    )


def eur(x: float, style: str = "fr") -> str:
    """fr: 1 262,50 ; dot: 1262.50 ; en: 1,262.50"""
    s = f"{x:,.2f}"
    if style == "dot":
        return s.replace(",", "")
    if style == "en":
        return s
    return s.replace(",", NB).replace(".", ",")


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
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def long_fr(s: str) -> str:
    x = d(s)
    return f"{'1er' if x.day == 1 else x.day} {MOIS[x.month - 1]} {x.year}"


def abr_fr(s: str) -> str:
    x = d(s)
    return f"{x.day} {MOIS_ABR[x.month - 1]} {x.year}"


def slash(s: str) -> str:
    return d(s).strftime("%d/%m/%Y")


def shell(title: str, color: str, inner: str, footer: str, lang: str = "fr") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body style="margin:0;padding:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif">'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
        f'<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold">{title}</td></tr>'
        f'<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#222222">{inner}</td></tr>'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777777;background:#fafafa">{footer}</td></tr>'
        f"</table></td></tr></table></body></html>"
    )


def rows(pairs: list[tuple[str, str]], bold_last: bool = False) -> str:
    out = [
        '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse">'
    ]
    for i, (k, v) in enumerate(pairs):
        b = (
            ' style="font-weight:bold;border-top:1px solid #cccccc"'
            if bold_last and i == len(pairs) - 1
            else ' style="border-top:1px solid #eeeeee"'
        )
        out.append(f'<tr><td{b}>{k}</td><td align="right"{b}>{v}</td></tr>')
    out.append("</table>")
    return "".join(out)


def paras(text: str) -> str:
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))


# ---------------------------------------------------------------- truths
TRUTH = [
    {
        "name": "EDF",
        "aliases": ["EDF Tarif Bleu", "Électricité de France", "EDF Particuliers"],
        "amount": "99.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-08",
        "kind": "bill",
    },
    {
        "name": "TotalEnergies Gaz",
        "aliases": ["TotalEnergies", "TotalEnergies Électricité et Gaz France", "Verte Fixe gaz"],
        "amount": "71.84",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-14",
        "kind": "bill",
    },
    {
        "name": "Eau du Grand Lyon",
        "aliases": ["Eau du Grand Lyon Régie", "eaudugrandlyon"],
        "amount": "104.36",
        "currency": "EUR",
        "cycle": "quarterly",
        "status": "active",
        "next_renewal": "2026-12-22",
        "kind": "bill",
    },
    {
        "name": "Freebox",
        "aliases": ["Free", "Freebox Pop", "Free Haut Débit"],
        "amount": "39.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-04",
        "kind": "bill",
    },
    {
        "name": "Sosh",
        "aliases": ["Forfait Sosh 100 Go", "Sosh mobile", "Orange"],
        "amount": "17.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-18",
        "kind": "bill",
    },
    {
        "name": "MAIF",
        "aliases": ["MAIF Assurance habitation", "RAQVAM", "Contrat RAQVAM"],
        "amount": "329.80",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-01-11",
        "kind": "bill",
    },
    {
        "name": "Direct Assurance",
        "aliases": ["Direct Assurance Auto", "Assurance auto"],
        "amount": "54.12",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-05",
        "kind": "bill",
    },
    {
        "name": "Harmonie Mutuelle",
        "aliases": ["Harmonie Santé Famille", "Mutuelle"],
        "amount": "138.64",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-10",
        "kind": "bill",
    },
    {
        "name": "Netflix",
        "aliases": ["Netflix Standard"],
        "amount": "14.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-14",
        "kind": "subscription",
    },
    {
        "name": "Disney+",
        "aliases": ["Disney Plus", "Disney+ Standard"],
        "amount": "9.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "subscription",
    },
    {
        "name": "Spotify",
        "aliases": ["Spotify Premium Famille", "Spotify AB", "Spotify Premium"],
        "amount": "21.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-22",
        "kind": "subscription",
    },
    {
        "name": "iCloud+",
        "aliases": ["iCloud", "iCloud+ 200 Go", "Apple iCloud"],
        "amount": "2.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-17",
        "kind": "subscription",
    },
    {
        "name": "Yuka",
        "aliases": ["Yuka Premium", "Yuka Membre Premium"],
        "amount": "15.00",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-03-17",
        "kind": "subscription",
    },
    {
        "name": "Fitness Park",
        "aliases": ["Fitness Park Lyon Gerland"],
        "amount": "36.95",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-05",
        "kind": "subscription",
    },
    {
        "name": "Le Monde",
        "aliases": ["Le Monde numérique", "Abonnement Le Monde", "lemonde.fr"],
        "amount": "119.88",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2026-12-08",
        "kind": "subscription",
    },
    {
        "name": "TCL",
        "aliases": ["Abonnement annuel TCL", "TCL Sytral Mobilités", "Sytral Mobilités"],
        "amount": "66.50",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-10",
        "kind": "subscription",
    },
    {
        "name": "Restauration scolaire Ville de Lyon",
        "aliases": ["Ville de Lyon", "Cantine", "Facture périscolaire", "Périscolaire Ville de Lyon"],
        "amount": "59.60",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-20",
        "kind": "bill",
    },
    {
        "name": "Taxe foncière",
        "aliases": [
            "Taxe foncière mensualisée",
            "DGFiP",
            "impots.gouv.fr",
            "Direction générale des Finances publiques",
        ],
        "amount": "126.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2027-01-15",
        "kind": "bill",
    },
    {
        "name": "Adobe Creative Cloud",
        "aliases": [
            "Adobe",
            "Creative Cloud Photography",
            "Creative Cloud Photographie",
            "Adobe Photography plan",
        ],
        "amount": "23.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-23",
        "kind": "subscription",
    },
    {
        "name": "OVHcloud",
        "aliases": ["OVH", "rousseau-photo.fr", "Nom de domaine rousseau-photo.fr"],
        "amount": "10.79",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-03-14",
        "kind": "subscription",
    },
    {
        "name": "Amazon Prime",
        "aliases": ["Prime", "Amazon Prime France"],
        "amount": "69.90",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-02-10",
        "kind": "subscription",
    },
]

# ---------------------------------------------------------------- EDF (electricity, mensualisation)
EDF = ("EDF", "ne-pas-repondre@edf.fr")
EDF_FOOT = (
    "EDF SA - 22-30 avenue de Wagram - 75382 Paris cedex 08 - Capital de 2 084 365 041 euros - 552 081 317 R.C.S. Paris<br>"
    "Ceci est un message automatique, merci de ne pas y répondre."
)
t = f"""Chère Cliente, Cher Client,

Conformément à la délibération de la Commission de régulation de l'énergie (CRE), les Tarifs Réglementés de Vente d'électricité évoluent au 1er février 2026.

Pour votre contrat Tarif Bleu option Base 6 kVA (référence client 6 021 487 309), le prix du kWh passe de 0,1952 €{NB}TTC à 0,1940 €{NB}TTC et l'abonnement annuel de 155,76 €{NB}TTC à 157,08 €{NB}TTC.

Vous avez choisi la mensualisation : le montant de vos mensualités reste inchangé, soit 89,00 € prélevés le 8 de chaque mois, jusqu'à votre prochaine facture annuelle en juin 2026.

Retrouvez le détail des nouveaux tarifs sur edf.fr, rubrique « Grille tarifaire ».

Votre conseiller EDF"""
add(
    "2026-01-29 10:12",
    EDF,
    "Évolution du Tarif Bleu au 1er février 2026",
    text=t,
    html=shell("EDF - Information tarifaire", "#001a70", paras(t), EDF_FOOT),
    labels=("EDF",),
    slug="edf",
)

inner = (
    "<p>Bonjour Madame Rousseau,</p><p>Votre facture annuelle d'électricité est disponible dans votre Espace Client.</p>"
    + rows(
        [
            ("N° de facture", "10245879612"),
            ("Date de facture", "15/06/2026"),
            ("Période", "du 12/06/2025 au 11/06/2026"),
            ("Consommation", "4 812 kWh (relevé Linky)"),
            ("Montant total de la facture", "1 143,12 € TTC"),
            ("Déjà réglé par vos 11 mensualités", "- 979,00 €"),
            ("Reste à payer", "164,12 €"),
        ],
        True,
    )
    + "<p>Ce montant sera prélevé le <b>01/07/2026</b> sur votre compte bancaire se terminant par 512.</p>"
    + "<p>Votre nouvel échéancier vous sera adressé dans les prochains jours.</p>"
)
t = """Bonjour Madame Rousseau,

Votre facture annuelle d'électricité est disponible dans votre Espace Client.

N° de facture : 10245879612
Date de facture : 15/06/2026
Période : du 12/06/2025 au 11/06/2026
Consommation : 4 812 kWh (relevé Linky)
Montant total de la facture : 1 143,12 € TTC
Déjà réglé par vos 11 mensualités : - 979,00 €
Reste à payer : 164,12 €

Ce montant sera prélevé le 01/07/2026 sur votre compte bancaire se terminant par 512.
Votre nouvel échéancier vous sera adressé dans les prochains jours."""
add(
    "2026-06-15 07:41",
    EDF,
    "Votre facture d'électricité est disponible",
    text=t,
    html=shell("Votre facture EDF", "#001a70", inner, EDF_FOOT),
    labels=("EDF",),
    slug="edf",
)

dates = [
    "2026-07-08",
    "2026-08-10",
    "2026-09-08",
    "2026-10-08",
    "2026-11-09",
    "2026-12-08",
    "2027-01-08",
    "2027-02-08",
    "2027-03-08",
    "2027-04-08",
    "2027-05-10",
]
t = (
    "Bonjour Madame Rousseau,\n\nSuite à votre facture annuelle du 15/06/2026, voici votre nouvel échéancier de paiement.\nVotre mensualité est ajustée à votre consommation réelle : 99,00 € par mois (au lieu de 89,00 €).\n\n"
    + "\n".join(f"  {slash(x)}    99,00 €" for x in dates)
    + "\n\nTotal échéancier : 1 089,00 € TTC\nLes prélèvements ont lieu le 8 de chaque mois ou le premier jour ouvré suivant.\n\nVous pouvez modifier le montant de vos mensualités dans votre Espace Client.\n\nEDF"
)
inner = (
    "<p>Bonjour Madame Rousseau,</p><p>Suite à votre facture annuelle du 15/06/2026, voici votre nouvel échéancier. "
    "Votre mensualité est ajustée à votre consommation réelle : <b>99,00&nbsp;€ par mois</b> (au lieu de 89,00&nbsp;€).</p>"
    + rows(
        [("Date de prélèvement", "Montant")]
        + [(slash(x), "99,00 €") for x in dates]
        + [("Total", "1 089,00 € TTC")],
        True,
    )
    + "<p>Les prélèvements ont lieu le 8 de chaque mois ou le premier jour ouvré suivant.</p>"
)
add(
    "2026-06-18 08:05",
    EDF,
    "Votre échéancier de paiement 2026-2027",
    text=t,
    html=shell("Votre échéancier", "#001a70", inner, EDF_FOOT),
    labels=("EDF",),
    slug="edf",
)

t = """Bonjour Camille,

Les jours raccourcissent, le chauffage redémarre : voici 5 gestes simples pour maîtriser votre consommation cet hiver.

1. Baissez d'1 °C : jusqu'à 7 % d'économies sur le chauffage.
2. Programmez vos radiateurs avec l'appli EDF & MOI.
3. Dégivrez votre congélateur.
4. Fermez les volets la nuit.
5. Suivez votre consommation jour par jour grâce à Linky.

Bonne nouvelle : avec l'offre Tempo, profitez de prix avantageux 300 jours par an. Découvrez-la sur edf.fr.

L'équipe EDF"""
add(
    "2026-10-02 11:30",
    ("EDF", "edf@communication.edf.fr"),
    "5 gestes pour passer l'hiver au chaud sans surprise",
    text=t,
    html=shell("Conseils hiver", "#ff5a00", paras(t), EDF_FOOT),
    slug="edf",
    extra={"List-Unsubscribe": "<https://communication.edf.fr/unsub?u=8812>"},
)

# ---------------------------------------------------------------- TotalEnergies gas, monthly bills on Gazpar readings, HTML only
TOT = ("TotalEnergies", "service-client@mail.totalenergies.fr")
for issued, period, ttc in [
    ("2025-12-04", "novembre 2025", 96.42),
    ("2026-01-06", "décembre 2025", 128.77),
    ("2026-02-04", "janvier 2026", 141.05),
    ("2026-03-04", "février 2026", 118.30),
    ("2026-05-05", "avril 2026", 62.18),
    ("2026-07-03", "juin 2026", 31.47),
    ("2026-09-03", "août 2026", 29.96),
    ("2026-11-04", "octobre 2026", 71.84),
]:
    ht = round(ttc / 1.2, 2)
    kwh = int(ttc * 8.1)
    debit = (d(issued) + dt.timedelta(days=10)).isoformat()
    inner = (
        f"<p>Bonjour Camille ROUSSEAU,</p><p>Votre facture de gaz naturel du mois de {period} est disponible.</p>"
        + rows(
            [
                ("Offre", "Verte Fixe - Gaz"),
                ("PCE", "GI 147 882 503"),
                ("N° de facture", f"7F{issued.replace('-', '')[2:]}{R.randrange(1000, 9999)}"),
                ("Consommation (index Gazpar)", f"{kwh} kWh"),
                ("Montant HT", f"{eur(ht)} €"),
                ("TVA", f"{eur(ttc - ht)} €"),
                ("Montant TTC", f"{eur(ttc)} €"),
            ],
            True,
        )
        + f"<p>Ce montant sera prélevé le <b>{slash(debit)}</b> sur le compte FR76 **** **** **** **** ***4 512.</p>"
        + "<p>Pour consulter votre facture détaillée, rendez-vous dans votre Espace Client.</p>"
    )
    add(
        f"{issued} 06:{R.randrange(10, 59)}",
        TOT,
        f"Votre facture TotalEnergies du {slash(issued)}",
        html=shell(
            "TotalEnergies",
            "#ed0000",
            inner,
            "TotalEnergies Électricité et Gaz France - SA au capital de 12 000 000 € - 2 bis rue Louis Armand 75015 Paris - RCS Paris 431 649 405",
        ),
        labels=("TotalEnergies Gaz",),
        slug="totalenergies",
    )

# ---------------------------------------------------------------- Eau du Grand Lyon, quarterly
EAU = ("Eau du Grand Lyon", "ne-pas-repondre@eaudugrandlyon.com")
for issued, debit, amt, cons, nxt in [
    ("2025-12-09", "2025-12-22", 98.12, 29, "mars 2026"),
    ("2026-03-10", "2026-03-23", 101.55, 30, "juin 2026"),
    ("2026-06-09", "2026-06-22", 97.80, 28, "septembre 2026"),
    ("2026-09-09", "2026-09-22", 104.36, 31, "décembre 2026"),
]:
    t = f"""Madame, Monsieur,

Votre facture d'eau est disponible dans votre espace en ligne.

Référence client : 4100 2387 15
Adresse desservie : 14 rue Béchevelin 69007 LYON
Consommation facturée : {cons} m3

Montant de votre facture : {eur(amt)} EUR TTC
Date de prélèvement : le {long_fr(debit)}

Votre prochaine facture : {nxt}.

Eau du Grand Lyon, la régie publique de l'eau de la Métropole de Lyon.
Ne répondez pas à ce message : pour nous contacter, rendez-vous sur eaudugrandlyon.com ou au 09 69 39 69 99 (appel non surtaxé)."""
    add(
        f"{issued} 14:{R.randrange(10, 59)}",
        EAU,
        "Votre facture d'eau est disponible",
        text=t,
        html=shell(
            "Eau du Grand Lyon",
            "#0077b6",
            paras(t),
            "Régie Eau du Grand Lyon - 55 boulevard Vivier-Merle 69003 Lyon",
        ),
        labels=("Eau du Grand Lyon",),
        slug="eaudugrandlyon",
    )

# ---------------------------------------------------------------- Freebox, iso-8859-1 plain text, dot decimals
FREE = ("Free", "factures@free.fr")
for issued, month, lines, debit in [
    ("2025-12-01", "Novembre 2025", [("Abonnement Freebox Pop", 39.99)], "2025-12-04"),
    (
        "2026-01-02",
        "Décembre 2025",
        [("Abonnement Freebox Pop", 39.99), ("Location VOD - Wicked (HD)", 4.99)],
        "2026-01-06",
    ),
    ("2026-03-02", "Février 2026", [("Abonnement Freebox Pop", 39.99)], "2026-03-04"),
    (
        "2026-05-01",
        "Avril 2026",
        [("Abonnement Freebox Pop", 39.99), ("Appels vers mobiles internationaux", 1.40)],
        "2026-05-05",
    ),
    ("2026-08-01", "Juillet 2026", [("Abonnement Freebox Pop", 39.99)], "2026-08-04"),
    ("2026-11-02", "Octobre 2026", [("Abonnement Freebox Pop", 39.99)], "2026-11-04"),
]:
    tot = sum(x for _, x in lines)
    detail = "\n".join(f"  - {k} : {eur(v, 'dot')} Euros" for k, v in lines)
    t = f"""Bonjour,

Votre facture Freebox pour la période de {month} est disponible dans votre Espace Abonné :
https://subscribe.free.fr/login/

Identifiant : fbx58213377
Détail :
{detail}

Montant total : {eur(tot, "dot")} Euros TTC

La somme de {eur(tot, "dot")} Euros sera prélevée sur votre compte bancaire le {slash(debit)}.

Cordialement,
L'équipe Free

--
Free - SAS au capital de 3 441 812 Euros - 8 rue de la Ville l'Evêque 75008 Paris - RCS Paris 421 938 861"""
    add(
        f"{issued} 04:{R.randrange(10, 59)}",
        FREE,
        f"Votre facture Freebox de {month.lower()}",
        text=t,
        chs="iso-8859-1",
        enc="qp",
        labels=("Freebox",),
        slug="free",
    )

# ---------------------------------------------------------------- Sosh, price change
SOSH = ("Sosh", "sosh@facture.sosh.fr")
for issued, amt in [
    ("2025-12-08", 15.99),
    ("2026-02-09", 15.99),
    ("2026-07-08", 17.99),
    ("2026-11-08", 17.99),
]:
    debit = (d(issued) + dt.timedelta(days=10)).isoformat()
    t = f"""Bonjour Camille,

Votre facture Sosh du {slash(issued)} est disponible.

Forfait Sosh 100 Go - ligne 06 ** ** 41 87
Montant : {eur(amt)} € TTC
Prélevé à partir du {d(debit).strftime("%d/%m")} sur votre compte.

Consultez et téléchargez votre facture dans l'appli MySosh ou sur sosh.fr, rubrique Mon compte.

A très vite,
Sosh"""
    inner = (
        f"<p>Bonjour Camille,</p><p>Votre facture Sosh du {slash(issued)} est disponible.</p>"
        f'<table width="100%" cellpadding="8" style="background:#f4f4f4"><tr><td>Forfait Sosh 100 Go<br><small>ligne 06 ** ** 41 87</small></td>'
        f'<td align="right" style="font-size:22px"><b>{eur(amt)}&nbsp;€</b><br><small>TTC</small></td></tr></table>'
        f"<p>Prélevé à partir du {d(debit).strftime('%d/%m')} sur votre compte.</p>"
    )
    add(
        f"{issued} 09:{R.randrange(10, 59)}",
        SOSH,
        "Votre facture Sosh est disponible",
        text=t,
        html=shell(
            "sosh",
            "#000000",
            inner,
            "Sosh est une marque d'Orange SA - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
        ),
        labels=("Sosh",),
        slug="sosh",
    )
t = """Bonjour Camille,

Nous vous informons d'une évolution du prix de votre forfait Sosh 100 Go.

À compter du 12 juin 2026, le prix mensuel de votre forfait passera de 15,99 € TTC à 17,99 € TTC, soit une hausse de 2 €/mois. Cette évolution s'accompagne de 30 Go supplémentaires : votre forfait deviendra Sosh 130 Go.

Vous trouverez ce nouveau tarif sur votre facture de juillet.

Conformément à l'article L.224-33 du Code de la consommation, si vous n'acceptez pas cette modification, vous pouvez résilier votre forfait sans frais jusqu'à 4 mois après son entrée en vigueur.

Sosh"""
add(
    "2026-04-14 10:02",
    ("Sosh", "information@communication.sosh.fr"),
    "Information importante concernant votre forfait Sosh",
    text=t,
    html=shell("sosh", "#000000", paras(t), "Sosh est une marque d'Orange SA"),
    labels=("Sosh",),
    slug="sosh",
)

# ---------------------------------------------------------------- MAIF home insurance, yearly
MAIF = ("MAIF", "ne-pas-repondre@maif.fr")
MAIF_FOOT = "MAIF - Société d'assurance mutuelle à cotisations variables - 200 avenue Salvador Allende - 79038 Niort cedex 9"
for issued, year, amt, debit, old in [
    ("2025-12-11", "2026", 312.40, "2026-01-09", None),
    ("2026-11-17", "2027", 329.80, "2027-01-11", 312.40),
]:
    chg = (
        (
            f"\nVotre cotisation évolue de {eur(old)} € à {eur(amt)} € (+5,6 %), en raison de la hausse du coût des sinistres "
            f"liés aux événements climatiques et de l'indexation sur l'indice FFB.\n"
        )
        if old
        else ""
    )
    t = f"""Madame Camille ROUSSEAU,

Votre avis d'échéance {year} est disponible dans votre Espace personnel.

Contrat : RAQVAM (habitation) n° 2481735 H
Risque assuré : 14 rue Béchevelin, 69007 Lyon - appartement 4 pièces
Période : du 01/01/{year} au 31/12/{year}
{chg}
Cotisation annuelle TTC : {eur(amt)} €
dont taxes et contributions : {eur(amt * 0.117)} €

Mode de paiement : prélèvement en une fois
Date de prélèvement : {slash(debit)}

Nous vous remercions de votre confiance.
Votre MAIF"""
    inner = (
        f"<p>Madame Camille ROUSSEAU,</p><p>Votre avis d'échéance {year} est disponible dans votre Espace personnel.</p>"
        + (f"<p>{chg.strip()}</p>" if old else "")
        + rows(
            [
                ("Contrat", "RAQVAM n° 2481735 H"),
                ("Période", f"du 01/01/{year} au 31/12/{year}"),
                ("Mode de paiement", "prélèvement en une fois"),
                ("Date de prélèvement", slash(debit)),
                ("Cotisation annuelle TTC", f"{eur(amt)} €"),
            ],
            True,
        )
    )
    add(
        f"{issued} 18:{R.randrange(10, 59)}",
        MAIF,
        f"Votre avis d'échéance {year}",
        text=t,
        html=shell("MAIF", "#c8102e", inner, MAIF_FOOT),
        labels=("MAIF",),
        slug="maif",
    )
t = """Madame ROUSSEAU,

Vous trouverez dans votre Espace personnel l'attestation d'assurance scolaire 2026-2027 de vos enfants Léa et Hugo, comprise dans votre contrat habitation RAQVAM n° 2481735 H.

Elle couvre les activités scolaires et extrascolaires. Vous pouvez la télécharger et la transmettre à l'établissement.

Bonne rentrée !
Votre MAIF"""
add(
    "2026-08-28 12:20",
    MAIF,
    "Votre attestation d'assurance scolaire 2026-2027",
    text=t,
    html=shell("MAIF", "#c8102e", paras(t), MAIF_FOOT),
    labels=("MAIF",),
    slug="maif",
)

# ---------------------------------------------------------------- Direct Assurance car, monthly; payment failed then collected
DA = ("Direct Assurance", "service-client@direct-assurance.fr")
DA_FOOT = "Direct Assurance - Avanssur, SA au capital de 100 000 000 € - 48 rue Carnot 92150 Suresnes - Entreprise régie par le Code des assurances"
t = f"""Bonjour Madame Rousseau,

Votre contrat Auto n° AU58214793 (Peugeot 308 - GH-417-TK) arrive à échéance le 30/04/2026. Il sera automatiquement reconduit pour un an à compter du 01/05/2026.

Votre cotisation annuelle {"2026-2027"} : 649,44 € TTC
Fractionnement : mensuel, 12 prélèvements de 54,12 €
Date des prélèvements : le 5 de chaque mois, à partir du 05/05/2026
Formule : Tous Risques - bonus 0,50

Pour mémoire, votre mensualité actuelle est de 52,37 €.

Vous pouvez consulter votre avis d'échéance dans votre Espace Client. Conformément à la loi Chatel, vous disposez de 20 jours à compter de l'envoi de cet avis pour résilier votre contrat.

L'équipe Direct Assurance"""
add(
    "2026-03-18 08:47",
    DA,
    "Votre avis d'échéance auto",
    text=t,
    html=shell("Direct Assurance", "#004b87", paras(t), DA_FOOT),
    labels=("Direct Assurance",),
    slug="direct-assurance",
)
t = """Bonjour Madame Rousseau,

Votre Mémo Véhicule Assuré pour la période du 01/05/2026 au 30/04/2027 est disponible dans votre Espace Client.

Depuis avril 2024, la carte verte n'est plus envoyée : votre véhicule est inscrit au Fichier des Véhicules Assurés (FVA). Gardez ce mémo à portée de main.

L'équipe Direct Assurance"""
add(
    "2026-05-02 07:15",
    DA,
    "Votre Mémo Véhicule Assuré 2026-2027",
    text=t,
    html=shell("Direct Assurance", "#004b87", paras(t), DA_FOOT),
    labels=("Direct Assurance",),
    slug="direct-assurance",
)
t = """Bonjour Madame Rousseau,

Le prélèvement de 54,12 € du 06/07/2026 relatif à votre contrat Auto n° AU58214793 a été rejeté par votre banque (motif : provision insuffisante).

Pas d'inquiétude : nous le présenterons à nouveau le 16/07/2026. Vous pouvez aussi régler dès maintenant par carte bancaire dans votre Espace Client, rubrique « Mes paiements ».

Sans règlement, nous serions contraints de suspendre vos garanties conformément à l'article L.113-3 du Code des assurances.

L'équipe Direct Assurance"""
add(
    "2026-07-08 16:02",
    DA,
    "Incident de paiement sur votre contrat auto",
    text=t,
    html=shell("Direct Assurance", "#004b87", paras(t), DA_FOOT),
    labels=("Direct Assurance",),
    slug="direct-assurance",
)
t = """Bonjour Madame Rousseau,

Nous avons bien reçu votre règlement de 54,12 € du 16/07/2026. Votre contrat Auto n° AU58214793 est à jour.

Vos prochains prélèvements reprennent normalement, le 5 de chaque mois (prochain prélèvement : 05/08/2026).

L'équipe Direct Assurance"""
add(
    "2026-07-17 09:33",
    DA,
    "Confirmation de votre paiement",
    text=t,
    html=shell("Direct Assurance", "#004b87", paras(t), DA_FOOT),
    labels=("Direct Assurance",),
    slug="direct-assurance",
)

# ---------------------------------------------------------------- Harmonie Mutuelle
HM = ("Harmonie Mutuelle", "ne-pas-repondre@harmonie-mutuelle.fr")
HM_FOOT = "Harmonie Mutuelle, mutuelle soumise au livre II du Code de la mutualité, immatriculée sous le n° 538 518 473 - 143 rue Blomet 75015 Paris"
t = """Madame Rousseau,

Chaque année, votre mutuelle ajuste ses cotisations pour continuer à vous protéger au meilleur niveau.

Au 1er janvier 2026, la cotisation mensuelle de votre contrat Harmonie Santé Famille (4 bénéficiaires) passera de 131,20 € à 138,64 €.

Cette évolution s'explique par la hausse des dépenses de santé (+4,8 % en 2025), la revalorisation des consultations et le relèvement des taxes sur les contrats santé.

Vos cotisations continueront d'être prélevées le 10 de chaque mois. Votre échéancier 2026 sera disponible dans votre espace adhérent début janvier.

Bien à vous,
Votre conseiller Harmonie Mutuelle"""
add(
    "2025-12-02 10:40",
    HM,
    "Votre cotisation 2026",
    text=t,
    html=shell("Harmonie Mutuelle", "#6d2077", paras(t), HM_FOOT),
    labels=("Harmonie Mutuelle",),
    slug="harmonie-mutuelle",
)
dates = [
    "2026-01-12",
    "2026-02-10",
    "2026-03-10",
    "2026-04-10",
    "2026-05-11",
    "2026-06-10",
    "2026-07-10",
    "2026-08-10",
    "2026-09-10",
    "2026-10-12",
    "2026-11-10",
    "2026-12-10",
]
inner = (
    "<p>Madame Rousseau,</p><p>Votre échéancier de cotisations 2026 est disponible. Contrat Harmonie Santé Famille - adhérent n° 1 8823 4471 0.</p>"
    + rows(
        [("Échéance", "Montant prélevé")]
        + [(slash(x), "138,64 €") for x in dates]
        + [("Total 2026", "1 663,68 €")],
        True,
    )
    + "<p>Référence unique de mandat (RUM) : HM-1882344710-01</p>"
)
t = (
    "Madame Rousseau,\n\nVotre échéancier de cotisations 2026 est disponible.\n\n"
    + "\n".join(f"{slash(x)} : 138,64 €" for x in dates)
    + "\n\nTotal 2026 : 1 663,68 €\nRéférence unique de mandat (RUM) : HM-1882344710-01\n\nHarmonie Mutuelle"
)
add(
    "2026-01-07 13:05",
    HM,
    "Votre échéancier de cotisations 2026",
    text=t,
    html=shell("Harmonie Mutuelle", "#6d2077", inner, HM_FOOT),
    labels=("Harmonie Mutuelle",),
    slug="harmonie-mutuelle",
)
t = """Madame Rousseau,

Un remboursement vient d'être effectué sur votre compte bancaire.

Bénéficiaire : Hugo ROUSSEAU
Soins du 14/04/2026 - Pédiatre
Montant remboursé par Harmonie Mutuelle : 23,40 €

Retrouvez le détail de vos remboursements dans l'appli Harmonie & Moi.

Harmonie Mutuelle"""
add(
    "2026-04-22 05:50",
    HM,
    "Un remboursement vient d'être effectué",
    text=t,
    html=shell("Harmonie Mutuelle", "#6d2077", paras(t), HM_FOOT),
    slug="harmonie-mutuelle",
)

# ---------------------------------------------------------------- Netflix
NFX = ("Netflix", "info@account.netflix.com")
NFX_FOOT = "Netflix International B.V. - Cet e-mail a été envoyé à camille.rousseau@laposte.net dans le cadre de votre abonnement Netflix."
t = """Bonjour Camille,

Nous vous écrivons pour vous informer d'une mise à jour du prix de votre abonnement.

Votre nouveau prix : 14,99 €/mois à partir du 14 avril 2026.
Votre forfait : Standard (auparavant 13,49 €/mois)

Nous nous efforçons d'offrir encore plus de séries, films et jeux. Si vous souhaitez changer de forfait ou résilier, rendez-vous sur netflix.com/changeplan.

Nous sommes là si vous avez besoin d'aide.
L'équipe Netflix"""
add(
    "2026-03-16 17:22",
    NFX,
    "Mise à jour de votre abonnement Netflix",
    text=t,
    html=shell("NETFLIX", "#141414", paras(t), NFX_FOOT),
    labels=("Netflix",),
    tz="utc",
    slug="netflix",
)
t = """Bonjour Camille,

Un nouvel appareil s'est connecté à votre compte Netflix.

Appareil : Samsung Smart TV
Lieu : Auvergne-Rhône-Alpes, France
Date : 20 décembre 2025

Si c'était vous, il n'y a rien à faire. Sinon, modifiez votre mot de passe.

L'équipe Netflix"""
add(
    "2025-12-20 20:14",
    NFX,
    "Nouvelle connexion à votre compte",
    text=t,
    html=shell("NETFLIX", "#141414", paras(t), NFX_FOOT),
    tz="utc",
    slug="netflix",
)
t = """Bonjour Camille,

Votre moyen de paiement a bien été mis à jour.

Nouveau moyen de paiement : Visa •••• 7730
Prochaine date de facturation : 14 septembre 2026
Montant : 14,99 €

L'équipe Netflix"""
add(
    "2026-09-02 06:48",
    NFX,
    "Votre moyen de paiement a été mis à jour",
    text=t,
    html=shell("NETFLIX", "#141414", paras(t), NFX_FOOT),
    labels=("Netflix",),
    tz="utc",
    slug="netflix",
)

# ---------------------------------------------------------------- Disney+ (cancelled)
DIS = ("Disney+", "disneyplus@mail.disneyplus.com")
DIS_FOOT = "The Walt Disney Company (Benelux) B.V. - Disney+ - Conditions générales d'abonnement"
t = """Bienvenue sur Disney+, Camille !

Votre abonnement est actif.

Formule : Disney+ Standard (mensuel)
Prix : 9,99 € par mois, TVA incluse
Date de début : 3 janvier 2026
Prochaine date de facturation : 3 février 2026

Votre abonnement se renouvelle automatiquement chaque mois jusqu'à résiliation. Vous pouvez résilier à tout moment depuis Compte > Abonnement.

Bon visionnage !
L'équipe Disney+"""
add(
    "2026-01-03 19:56",
    DIS,
    "Bienvenue sur Disney+ !",
    text=t,
    html=shell("Disney+", "#0b1d5b", paras(t), DIS_FOOT),
    labels=("Disney+",),
    tz="utc",
    slug="disneyplus",
)
t = """Bonjour Camille,

Merci ! Nous avons bien reçu votre paiement.

Disney+ Standard (mensuel)
Période : 03/05/2026 - 02/06/2026
Montant payé : 9,99 € (dont TVA 1,67 €)
Moyen de paiement : Visa se terminant par 4512

L'équipe Disney+"""
add(
    "2026-05-03 04:12",
    DIS,
    "Votre reçu Disney+",
    text=t,
    html=shell("Disney+", "#0b1d5b", paras(t), DIS_FOOT),
    labels=("Disney+",),
    tz="utc",
    slug="disneyplus",
)
t = """Bonjour Camille,

Nous vous confirmons la résiliation de votre abonnement Disney+ Standard.

Vous pourrez continuer à profiter de Disney+ jusqu'au 2 septembre 2026. Aucun autre paiement ne vous sera demandé.

Vous changez d'avis ? Vous pouvez vous réabonner à tout moment.

L'équipe Disney+"""
add(
    "2026-08-21 21:08",
    DIS,
    "Confirmation de résiliation de votre abonnement",
    text=t,
    html=shell("Disney+", "#0b1d5b", paras(t), DIS_FOOT),
    labels=("Disney+",),
    tz="utc",
    slug="disneyplus",
)
t = """Camille, Disney+ vous manque ?

Revenez dès maintenant : 1,99 € le premier mois avec Disney+ Standard avec pub, puis 5,99 €/mois. Offre valable jusqu'au 31 octobre 2026.

Au programme : les nouveautés Marvel, Pixar et Star Wars.

L'équipe Disney+"""
add(
    "2026-10-10 15:00",
    ("Disney+", "news@mail.disneyplus.com"),
    "Revenez pour 1,99 € 🎬",
    text=t,
    html=shell("Disney+", "#0b1d5b", paras(t), DIS_FOOT),
    tz="utc",
    slug="disneyplus",
)

# ---------------------------------------------------------------- Spotify via PayPal (HTML only for some)
PP = ("PayPal", "service@paypal.fr")
PP_FOOT = "PayPal (Europe) S.à r.l. et Cie, S.C.A. - 22-24 Boulevard Royal L-2449 Luxembourg - Copyright © 1999-2026 PayPal. Tous droits réservés."
for i, day in enumerate(["2025-12-22", "2026-02-22", "2026-05-22", "2026-08-22", "2026-11-22"]):
    txn = hashlib.md5(day.encode()).hexdigest()[:17].upper()
    pairs = [
        ("Marchand", "Spotify AB<br>spotify.com"),
        ("Description", "Spotify Premium Famille"),
        ("Date de transaction", abr_fr(day)),
        ("Numéro de transaction", txn),
        ("Type", "Paiement automatique (ID d'accord B-4SW19238XK)"),
        ("Source de financement", "Compte bancaire Crédit Agricole x-4512"),
        ("Total", "21,99 € EUR"),
    ]
    inner = (
        "<p>Bonjour Camille Rousseau,</p><p>Vous avez envoyé un paiement automatique de <b>21,99 € EUR</b> à Spotify AB.</p>"
        + rows(pairs, True)
        + "<p>Il peut s'écouler quelques jours avant que ce paiement n'apparaisse sur votre relevé.</p>"
    )
    txt = (
        "Bonjour Camille Rousseau,\n\nVous avez envoyé un paiement automatique de 21,99 € EUR à Spotify AB.\n\n"
        + "\n".join(f"{k.replace('<br>', ' - ')} : {v.replace('<br>', ' - ')}" for k, v in pairs)
        + "\n\nPayPal"
    )
    add(
        f"{day} 03:{R.randrange(10, 59)}",
        PP,
        "Reçu de votre paiement à Spotify AB",
        text=None if i % 2 == 0 else txt,
        html=shell("PayPal", "#003087", inner, PP_FOOT),
        labels=("Spotify",),
        tz="-0700",
        slug="paypal",
    )
t = """Salut Camille,

Pour continuer à profiter de Premium Famille, confirme que tous les membres de ton forfait vivent à la même adresse.

Ton forfait : Premium Famille - 21,99 €/mois
Adresse : 14 rue Béchevelin, 69007 Lyon

Ça prend moins d'une minute : ouvre ton compte et clique sur « Confirmer ».

L'équipe Spotify"""
add(
    "2026-05-19 12:31",
    ("Spotify", "no-reply@spotify.com"),
    "Confirme ton adresse pour Premium Famille",
    text=t,
    html=shell("Spotify", "#1db954", paras(t), "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Suède"),
    labels=("Spotify",),
    tz="utc",
    slug="spotify",
)
inner = (
    "<p>Bonjour Camille Rousseau,</p><p>Vous avez envoyé un paiement de <b>34,50 € EUR</b> à vinyl-express-lyon.</p>"
    + rows(
        [
            ("Objet", "Lot 3 vinyles Daft Punk / Air"),
            ("Date de transaction", abr_fr("2026-04-03")),
            ("Numéro de transaction", "5KD80342JX7716409"),
            ("Total", "34,50 € EUR"),
        ],
        True,
    )
)
add(
    "2026-04-03 11:20",
    PP,
    "Reçu de votre paiement à vinyl-express-lyon",
    html=shell("PayPal", "#003087", inner, PP_FOOT),
    tz="-0700",
    slug="paypal",
)
t = """Bonjour Camille Rousseau,

Sophie Martin vous a envoyé 45,00 € EUR.

Message : « Ma part pour le resto de l'anniv de Julien 🎂 »

L'argent est disponible sur votre compte PayPal.

PayPal"""
add(
    "2026-06-29 08:02",
    PP,
    "Vous avez reçu de l'argent",
    text=t,
    html=shell("PayPal", "#003087", paras(t), PP_FOOT),
    tz="-0700",
    slug="paypal",
)

# ---------------------------------------------------------------- Apple (HTML only, base64), iCloud+ and Yuka (two items)
APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(day: str, items: list[tuple[str, str, str, float]], order: str, doc: str) -> str:
    total = sum(x[3] for x in items)
    vat = round(total - total / 1.2, 2)
    lines = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5"><b>{a}</b><br><span style="color:#666">{b}</span><br>'
        f'<span style="color:#666">{c}</span></td><td align="right" style="padding:10px 0;border-bottom:1px solid #e5e5e5">{eur(p)}&nbsp;€</td></tr>'
        for a, b, c, p in items
    )
    inner = (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-size:28px">Reçu</td></tr></table>'
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:11px;color:#333;background:#fafafa">'
        f"<tr><td>IDENTIFIANT APPLE<br>{ME}</td><td>FACTURÉ À<br>Visa •••• 4512<br>Camille Rousseau<br>14 rue Béchevelin<br>69007 Lyon<br>FRA</td></tr>"
        f"<tr><td>DATE<br>{abr_fr(day)}</td><td>N° DE COMMANDE<br>{order}</td></tr><tr><td>N° DE DOCUMENT<br>{doc}</td><td></td></tr></table>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:16px"><tr><td colspan="2" style="background:#f5f5f7;padding:6px;font-size:12px">App Store</td></tr>'
        f"{lines}"
        f'<tr><td align="right" style="padding-top:10px">TOTAL</td><td align="right" style="padding-top:10px;font-weight:bold">{eur(total)}&nbsp;€</td></tr>'
        f'<tr><td colspan="2" align="right" style="font-size:11px;color:#666">TVA incluse de {eur(vat)}&nbsp;€ à 20&nbsp;%</td></tr></table>'
        '<p style="font-size:11px;color:#666">Vous pouvez gérer vos abonnements dans Réglages &gt; [votre nom] &gt; Abonnements. '
        "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, République d'Irlande. N° TVA : IE9700053D</p>"
    )
    return shell(
        "Apple",
        "#1d1d1f",
        inner,
        "Copyright © 2026 Apple Distribution International Ltd. Tous droits réservés.",
    )


def nxt_month(day: str) -> str:
    x = d(day)
    y, m = (x.year + 1, 1) if x.month == 12 else (x.year, x.month + 1)
    return dt.date(y, m, x.day).isoformat()


ICLOUD = ("iCloud+", "iCloud+ avec 200 Go de stockage (mensuel)")
for day in ["2025-12-17", "2026-02-17", "2026-07-17", "2026-11-17"]:
    add(
        f"{day} 02:{R.randrange(10, 59)}",
        APPLE,
        "Votre reçu de la part d'Apple.",
        html=apple_receipt(
            day,
            [(ICLOUD[0], ICLOUD[1], f"Renouvellement le {abr_fr(nxt_month(day))}", 2.99)],
            "MT" + hashlib.md5(day.encode()).hexdigest()[:8].upper(),
            str(170000000000 + int(day.replace("-", ""))),
        ),
        labels=("iCloud+",),
        enc="b64",
        tz="utc",
        slug="apple",
    )
add(
    "2026-03-17 02:41",
    APPLE,
    "Votre reçu de la part d'Apple.",
    html=apple_receipt(
        "2026-03-17",
        [
            (ICLOUD[0], ICLOUD[1], "Renouvellement le 17 avr. 2026", 2.99),
            ("Yuka - Scan alimentaire", "Yuka Premium (annuel)", "Renouvellement le 17 mars 2027", 15.00),
        ],
        "MTQ8ZK2LPR",
        "173926481123",
    ),
    labels=("iCloud+", "Yuka"),
    enc="b64",
    tz="utc",
    slug="apple",
)
add(
    "2026-08-09 18:03",
    APPLE,
    "Votre reçu de la part d'Apple.",
    html=apple_receipt(
        "2026-08-09",
        [("Procreate Pocket", "Savage Interactive Pty Ltd", "Achat intégré : non", 5.99)],
        "MTW2HH7RQA",
        "174412098856",
    ),
    enc="b64",
    tz="utc",
    slug="apple",
)

# ---------------------------------------------------------------- Fitness Park
FP = ("Fitness Park Lyon Gerland", "lyon-gerland@fitnesspark.fr")
FP_FOOT = "Fitness Park Lyon Gerland - 250 avenue Jean Jaurès 69007 Lyon - SAS GERLAND FITNESS - RCS Lyon 882 114 603"
t = """Bienvenue chez Fitness Park, Camille !

Votre adhésion est confirmée. Voici le récapitulatif de votre contrat :

Club : Fitness Park Lyon Gerland
N° de contrat : FPG-2026-01187
Formule : Sans engagement - accès 7j/7 de 6h à 23h
Frais d'adhésion : 49,00€ (réglés ce jour par CB)
Mensualité : 34,95€ TTC
Prélèvement SEPA : le 5 de chaque mois
1er prélèvement : 05/02/2026
RUM : FPGER0001187

Votre badge est à retirer à l'accueil. On se voit à la salle !

L'équipe Fitness Park Lyon Gerland"""
add(
    "2026-01-12 19:12",
    FP,
    "Bienvenue chez Fitness Park ! Votre contrat",
    text=t,
    html=shell("FITNESS PARK", "#e30613", paras(t), FP_FOOT),
    labels=("Fitness Park",),
    slug="fitnesspark",
)
t = """Bonjour Camille,

Du 6 juillet au 30 août, votre club passe en horaires d'été : 7h-22h en semaine, 9h-19h le week-end.
Les cours collectifs RPM et Body Pump reprennent le 31 août.

Bon été sportif !
L'équipe Fitness Park Lyon Gerland"""
add(
    "2026-06-02 12:00",
    FP,
    "Horaires d'été de votre club",
    text=t,
    html=shell("FITNESS PARK", "#e30613", paras(t), FP_FOOT),
    slug="fitnesspark",
)
t = """Bonjour Camille,

Pour continuer à investir dans votre club (nouvel espace cross-training, machines Technogym renouvelées), le tarif de votre abonnement évolue.

À compter du 1er octobre 2026, votre mensualité passera de 34,95€ à 36,95€ TTC.
Votre prochain prélèvement, le 05/10/2026, sera donc de 36,95€.

Votre abonnement étant sans engagement, vous pouvez le résilier à tout moment depuis votre espace membre, avec un préavis de 30 jours.

Sportivement,
L'équipe Fitness Park Lyon Gerland"""
add(
    "2026-09-08 10:25",
    FP,
    "Information sur votre abonnement",
    text=t,
    html=shell("FITNESS PARK", "#e30613", paras(t), FP_FOOT),
    labels=("Fitness Park",),
    slug="fitnesspark",
)

# ---------------------------------------------------------------- Le Monde (annual)
LM = ("Le Monde", "abonnements@lemonde.fr")
LM_FOOT = "Société éditrice du Monde - 67-69 avenue Pierre Mendès-France 75013 Paris - Service abonnés : 03 28 25 71 71"
t = """Madame Rousseau,

Nous vous remercions pour votre abonnement au Monde.

Votre offre : Le Monde numérique - 1 an
Prix : 49,00 € TTC pour la première année (au lieu de 119,88 €)
Date de souscription : 08/12/2025
N° d'abonné : 0049 2281 77

Votre abonnement sera reconduit automatiquement à son échéance, le 08/12/2026, au tarif en vigueur (119,88 € TTC par an à ce jour), sauf résiliation de votre part.

Bonne lecture,
Le service abonnements du Monde"""
add(
    "2025-12-08 21:44",
    LM,
    "Confirmation de votre abonnement",
    text=t,
    html=shell("Le Monde", "#1a1a1a", paras(t), LM_FOOT),
    labels=("Le Monde",),
    slug="lemonde",
)
t = """Madame Rousseau,

Votre abonnement Le Monde numérique arrive à échéance le 8 décembre 2026.

Il sera renouvelé automatiquement le 8 décembre 2026 pour une durée d'un an, au tarif de 119,88 € TTC, prélevé sur votre carte Visa se terminant par 4512.

Vous préférez payer chaque mois ? Passez à l'offre mensuelle à 12,99 €/mois depuis votre espace abonné.

Merci de votre fidélité,
Le service abonnements du Monde"""
add(
    "2026-11-10 09:05",
    LM,
    "Votre abonnement sera renouvelé le 8 décembre",
    text=t,
    html=shell("Le Monde", "#1a1a1a", paras(t), LM_FOOT),
    labels=("Le Monde",),
    slug="lemonde",
)
for day, subj, body in [
    (
        "2026-02-11",
        "La Matinale du Monde – mercredi 11 février",
        "Bonjour, voici l'essentiel de l'actualité ce matin.\n\nPolitique : le gouvernement présente son projet de loi sur l'énergie.\nInternational : reprise des négociations à Genève.\nÉconomie : l'inflation ralentit à 1,1 % sur un an en janvier.\n\nBonne journée,\nLa rédaction du Monde",
    ),
    (
        "2026-09-18",
        "La Matinale du Monde – vendredi 18 septembre",
        "Bonjour, voici l'essentiel de l'actualité ce matin.\n\nÉducation : une rentrée sous tension dans les lycées.\nClimat : un été 2026 parmi les plus chauds jamais mesurés en France.\nCulture : la Biennale de Lyon ouvre ses portes.\n\nBonne journée,\nLa rédaction du Monde",
    ),
]:
    add(
        f"{day} 06:30",
        ("Le Monde", "newsletters@lemonde.fr"),
        subj,
        text=body,
        html=shell(
            "La Matinale",
            "#1a1a1a",
            paras(body),
            "Vous recevez cette newsletter car vous êtes abonnée au Monde. Se désinscrire.",
        ),
        slug="lemonde",
        extra={"List-Unsubscribe": "<https://www.lemonde.fr/newsletters/desinscription>"},
    )

# ---------------------------------------------------------------- TCL, only as a forward from Julien (Gmail French forward)
t = """Coucou,
pour le budget : le TCL passe à 66,50 par mois à partir de septembre (toujours remboursé à moitié par ma boîte).
Bisous
J.

---------- Forwarded message ---------
De : TCL <ne-pas-repondre@tcl.fr>
Date: lun. 24 août 2026 à 09:12
Subject: Renouvellement de votre abonnement annuel
To: <julien.rousseau.lyon@gmail.com>


Bonjour Monsieur ROUSSEAU Julien,

Votre abonnement annuel TCL Tout Public (carte Técély n° 2500 8841 3371) arrive à échéance le 31/08/2026. Il est reconduit automatiquement pour 12 mois à compter du 01/09/2026.

Nouveau tarif au 1er septembre 2026 (délibération SYTRAL Mobilités) : 66,50 € par mois au lieu de 65,00 €.

Échéancier de prélèvement :
10/09/2026 - 66,50 €
10/10/2026 - 66,50 €
10/11/2026 - 66,50 €
10/12/2026 - 66,50 €
... puis le 10 de chaque mois jusqu'au 10/08/2027.

Votre attestation pour le remboursement employeur est disponible dans votre espace client sur tcl.fr.

TCL - Transports en Commun Lyonnais, exploités par Keolis Lyon pour SYTRAL Mobilités
"""
add(
    "2026-08-26 22:17",
    JULIEN,
    "Fwd: Renouvellement de votre abonnement annuel",
    text=t,
    labels=("TCL",),
    slug="julien-rousseau",
)

# ---------------------------------------------------------------- Ville de Lyon, cantine, windows-1252 plain text
VDL = ("Ville de Lyon", "ne-pas-repondre@mairie-lyon.fr")
for issued, month, meals, price, soir, debit in [
    ("2025-12-05", "novembre 2025", 18, 3.55, 0, "2025-12-19"),
    ("2026-02-05", "janvier 2026", 16, 3.55, 0, "2026-02-20"),
    ("2026-04-07", "mars 2026", 19, 3.55, 6, "2026-04-20"),
    ("2026-06-05", "mai 2026", 13, 3.55, 0, "2026-06-19"),
    ("2026-07-06", "juin 2026", 20, 3.55, 4, "2026-07-20"),
    ("2026-10-06", "septembre 2026", 17, 3.60, 0, "2026-10-20"),
    ("2026-11-06", "octobre 2026", 14, 3.60, 8, "2026-11-20"),
]:
    tot = meals * price + soir * 1.15
    lines = (
        f"  Restauration scolaire - Léa ROUSSEAU : {meals} repas x {eur(price)} € = {eur(meals * price)} €\n"
    )
    if soir:
        lines += f"  Temps périscolaire du soir - Léa ROUSSEAU : {soir} x 1,15 € = {eur(soir * 1.15)} €\n"
    t = f"""Madame ROUSSEAU Camille,

Votre facture n° {issued[:4]}-{issued[5:7]}-0{R.randrange(40000, 49999)} relative aux prestations périscolaires du mois de {month} est disponible sur votre Espace Citoyens (lyon.fr).

École élémentaire Jean Macé - Lyon 7e
{lines}
Montant total : {eur(tot)} €

Vous êtes en prélèvement automatique : cette facture sera prélevée le {slash(debit)} sur le compte désigné dans votre mandat SEPA. Vous n'avez aucune démarche à effectuer.

Direction de l'Éducation - Service facturation
Ville de Lyon - Hôtel de Ville, 1 place de la Comédie, 69001 Lyon

Ce message est généré automatiquement, merci de ne pas y répondre."""
    add(
        f"{issued} 11:{R.randrange(10, 59)}",
        VDL,
        "Votre facture périscolaire est disponible",
        text=t,
        chs="windows-1252",
        enc="qp",
        labels=("Restauration scolaire Ville de Lyon",),
        slug="mairie-lyon",
    )
t = """Madame ROUSSEAU Camille,

Les inscriptions aux accueils de loisirs pour les vacances de printemps (du 11 au 26 avril 2026) sont ouvertes sur votre Espace Citoyens jusqu'au 20 mars 2026.

Le tarif journalier est calculé selon votre quotient familial (de 3,20 € à 24,50 € la journée repas compris).

Direction de l'Éducation - Ville de Lyon"""
add(
    "2026-03-02 10:00",
    VDL,
    "Vacances de printemps : inscriptions aux accueils de loisirs",
    text=t,
    chs="windows-1252",
    enc="qp",
    slug="mairie-lyon",
)

# ---------------------------------------------------------------- DGFiP: taxe foncière mensualisée (+ income tax mail, not listed)
DG = ("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr")
DG_END = "\n\nCe courriel vous est adressé automatiquement, merci de ne pas y répondre.\nPour toute question, utilisez la messagerie sécurisée de votre espace particulier sur impots.gouv.fr.\n\nLa Direction générale des Finances publiques"
add(
    "2025-12-16 08:00",
    DG,
    "Votre échéancier de mensualisation de taxe foncière 2026",
    text=f"""Madame, Monsieur,

Vous avez adhéré à la mensualisation de votre taxe foncière (contrat n° 69 387 0041 228 T).

Pour l'année 2026, vos prélèvements mensuels s'élèveront à 121 €. Ils interviendront le 15 de chaque mois (ou le premier jour ouvré suivant), de janvier à octobre 2026.

Ce montant correspond au dixième de votre taxe foncière 2025 (1 210 €). Une régularisation éventuelle sera effectuée sur les derniers prélèvements de l'année, après réception de votre avis 2026.

Votre échéancier est consultable dans votre espace particulier, rubrique « Gérer mes contrats de prélèvement ».{DG_END}""",
    slug="impots",
)
add(
    "2026-08-31 07:30",
    DG,
    "Votre avis de taxe foncière 2026 est disponible dans votre espace particulier",
    text=f"""Madame, Monsieur,

Votre avis de taxe foncière 2026 est disponible dans votre espace particulier sur impots.gouv.fr.

Bien : 14 RUE BECHEVELIN 69007 LYON - lot 27
Montant de votre taxe foncière 2026 : 1 262 €
Montant déjà prélevé (janvier à août) : 968 €
Reste à payer : 294 €

Vous êtes mensualisé(e) : le solde sera prélevé en deux fois, 147 € le 15 septembre et 147 € le 15 octobre 2026. Vous n'avez aucune démarche à faire.{DG_END}""",
    slug="impots",
)
add(
    "2026-11-19 07:30",
    DG,
    "Reconduction de votre contrat de mensualisation pour 2027",
    text=f"""Madame, Monsieur,

Votre contrat de mensualisation de la taxe foncière (n° 69 387 0041 228 T) est reconduit automatiquement pour 2027.

Montant de vos prélèvements mensuels en 2027 : 126 €
Premier prélèvement : 15 janvier 2027
Dernier prélèvement : 15 octobre 2027

Ce montant est égal au dixième de votre taxe foncière 2026 (1 262 €), arrondi à l'euro inférieur.
Vous pouvez modifier ce montant ou vos coordonnées bancaires jusqu'au 15 décembre 2026 dans votre espace particulier.{DG_END}""",
    slug="impots",
)
add(
    "2026-04-09 09:00",
    DG,
    "Déclaration des revenus 2025 : le service en ligne est ouvert",
    text=f"""Madame, Monsieur,

Le service de déclaration en ligne des revenus 2025 est ouvert. Pour le Rhône (département 69), la date limite est fixée au jeudi 28 mai 2026 à 23h59.

Vérifiez les montants préremplis, en particulier vos revenus d'activité non salariée, et complétez votre déclaration si nécessaire.{DG_END}""",
    slug="impots",
)
add(
    "2026-07-28 07:45",
    DG,
    "Votre avis d'impôt sur les revenus 2025 est disponible",
    text=f"""Madame, Monsieur,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier.

Compte tenu des sommes déjà versées au titre du prélèvement à la source, vous bénéficiez d'une restitution de 215 €, qui sera versée par virement sur votre compte bancaire à partir du 24 juillet 2026.

Votre taux de prélèvement à la source est mis à jour à 7,4 % à compter de septembre 2026.{DG_END}""",
    slug="impots",
)
# the two DGFiP taxe foncière mails are evidence; labels set below by subject
for m in MSGS:
    if m["addr"] == DG[1] and ("mensualisation" in m["subject"] or "taxe foncière" in m["subject"]):
        m["labels"] = ["Taxe foncière"]

# ---------------------------------------------------------------- Adobe (English account, base64), upgrade
AD = ("Adobe", "mail@mail.adobe.com")
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AD_FOOT = "Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland. VAT No. IE6364992H"
for day, plan, net in [
    ("2025-12-23", "Lightroom (1TB)", 9.99),
    ("2026-02-23", "Lightroom (1TB)", 9.99),
    ("2026-04-23", "Creative Cloud Photography plan (1TB)", 19.99),
    ("2026-08-23", "Creative Cloud Photography plan (1TB)", 19.99),
    ("2026-11-23", "Creative Cloud Photography plan (1TB)", 19.99),
]:
    gross = round(net * 1.2, 2)
    inv = "FR" + str(60000000 + int(day.replace("-", "")) % 9999999)
    pairs = [
        ("Invoice number", inv),
        ("Invoice date", f"{d(day).day:02d}-{EN_MON[d(day).month - 1]}-{d(day).year}"),
        ("Plan", f"{plan}, monthly, paid monthly"),
        ("Subtotal", f"EUR {eur(net, 'en')}"),
        ("VAT (20%)", f"EUR {eur(gross - net, 'en')}"),
        ("Total amount paid", f"EUR {eur(gross, 'en')}"),
    ]
    txt = (
        "Hi Camille,\n\nThank you for your payment. Your invoice is attached to your Adobe account.\n\n"
        + "\n".join(f"{k}: {v}" for k, v in pairs)
        + "\n\nPayment method: Visa ending in 4512\nManage your plan at account.adobe.com/plans\n\nThe Adobe Team"
    )
    inner = (
        "<p>Hi Camille,</p><p>Thank you for your payment. Your invoice is available in your Adobe account.</p>"
        + rows(pairs, True)
        + "<p>Payment method: Visa ending in 4512</p>"
    )
    add(
        f"{day} 09:{R.randrange(10, 59)}",
        AD,
        "Your Adobe invoice",
        text=txt,
        html=shell("Adobe", "#eb1000", inner, AD_FOOT, "en"),
        labels=("Adobe Creative Cloud",),
        enc="b64",
        tz="-0800",
        slug="adobe",
    )
t = """Hi Camille,

You've switched plans. Welcome to the Creative Cloud Photography plan (1TB)!

Previous plan: Lightroom (1TB) - EUR 11.99/mo
New plan: Creative Cloud Photography plan (1TB) - EUR 23.99/mo (incl. VAT)
Your new plan starts today, 9 April 2026. A prorated credit for your previous plan has been applied; your next full payment of EUR 23.99 will be taken on 23 April 2026.

Photoshop and Lightroom Classic are now ready to install from the Creative Cloud desktop app.

The Adobe Team"""
add(
    "2026-04-09 10:51",
    AD,
    "Your plan has been changed",
    text=t,
    html=shell("Adobe", "#eb1000", paras(t), AD_FOOT, "en"),
    labels=("Adobe Creative Cloud",),
    enc="b64",
    tz="-0700",
    slug="adobe",
)

# ---------------------------------------------------------------- OVHcloud domain
OVH = ("OVHcloud", "support@ovh.com")
OVH_FOOT = "OVH SAS - 2 rue Kellermann 59100 Roubaix - RCS Lille Métropole 424 761 419 00045"
t = """Bonjour,

Votre nom de domaine rousseau-photo.fr expire le 14/03/2026.

Le renouvellement automatique est activé : votre domaine sera renouvelé pour une durée d'un an au tarif de 8,99 € HT (10,79 € TTC), à l'aide de votre moyen de paiement par défaut (carte bancaire Visa se terminant par 4512).

Aucune action n'est requise de votre part.

Identifiant client (NIC-handle) : rc48812-ovh

L'équipe OVHcloud"""
add(
    "2026-02-12 03:15",
    OVH,
    "[OVHcloud] Renouvellement de votre nom de domaine rousseau-photo.fr",
    text=t,
    html=shell("OVHcloud", "#000e9c", paras(t), OVH_FOOT),
    labels=("OVHcloud",),
    slug="ovh",
)
inner = (
    "<p>Bonjour,</p><p>Votre facture <b>FR61289473</b> est disponible dans votre espace client.</p>"
    + rows(
        [
            ("Commande", "218734512"),
            ("Date", "14/03/2026"),
            ("Renouvellement du domaine rousseau-photo.fr - 1 an", "8,99 € HT"),
            ("TVA (20 %)", "1,80 €"),
            ("Total TTC", "10,79 €"),
        ],
        True,
    )
    + "<p>Moyen de paiement : carte bancaire Visa •••• 4512. Date de prochaine échéance du domaine : 14/03/2027.</p>"
)
t = (
    "Bonjour,\n\nVotre facture FR61289473 est disponible dans votre espace client.\n\nCommande : 218734512\nDate : 14/03/2026\n"
    "Renouvellement du domaine rousseau-photo.fr - 1 an : 8,99 € HT\nTVA (20 %) : 1,80 €\nTotal TTC : 10,79 €\n\n"
    "Moyen de paiement : carte bancaire Visa •••• 4512. Date de prochaine échéance du domaine : 14/03/2027.\n\nL'équipe OVHcloud"
)
add(
    "2026-03-14 04:02",
    OVH,
    "[OVHcloud] Votre facture FR61289473",
    text=t,
    html=shell("OVHcloud", "#000e9c", inner, OVH_FOOT),
    labels=("OVHcloud",),
    slug="ovh",
)
t = """Bonjour,

Nouveaux VPS OVHcloud : 2 vCore, 4 Go de RAM, 80 Go SSD NVMe et trafic illimité à partir de 4,20 € HT/mois (5,04 € TTC).
Hébergez votre portfolio, vos sites WordPress ou vos projets en toute simplicité, dans nos datacenters en France.

Découvrir l'offre : ovhcloud.com/fr/vps

L'équipe OVHcloud"""
add(
    "2026-05-20 14:00",
    ("OVHcloud", "newsletter@ovhcloud.com"),
    "Nouveaux VPS : plus de puissance dès 4,20 € HT/mois",
    text=t,
    html=shell("OVHcloud", "#000e9c", paras(t), OVH_FOOT),
    slug="ovh",
)

# ---------------------------------------------------------------- Amazon (Prime yearly + orders, HTML only)
AMZ_FOOT = "Amazon EU S.à r.l., succursale française - 67 boulevard du Général Leclerc 92110 Clichy - RCS Nanterre 487 773 327"
t = """Bonjour Camille,

Votre abonnement Amazon Prime sera automatiquement renouvelé le 10 février 2026.

Tarif : 69,90 € par an
Moyen de paiement : Visa se terminant par 4512

Avec Prime : livraison gratuite en 1 jour sur des millions d'articles, Prime Video, Amazon Music Prime et Prime Gaming.

Si vous ne souhaitez pas renouveler votre abonnement, rendez-vous dans Votre compte > Gérer mon abonnement Prime avant cette date.

Amazon.fr"""
add(
    "2026-01-27 15:33",
    ("Amazon Prime", "prime@amazon.fr"),
    "Rappel : votre abonnement Amazon Prime sera renouvelé le 10 février",
    text=t,
    html=shell("amazon prime", "#00a8e1", paras(t), AMZ_FOOT),
    labels=("Amazon Prime",),
    slug="amazon",
)
t = """Bonjour Camille,

Merci d'être membre Amazon Prime.

Votre abonnement a été renouvelé le 10/02/2026.
Montant débité : 69,90 € TTC
Prochain renouvellement : 10/02/2027

Amazon.fr"""
add(
    "2026-02-10 06:20",
    ("Amazon Prime", "prime@amazon.fr"),
    "Merci d'avoir renouvelé votre abonnement Amazon Prime",
    text=t,
    html=shell("amazon prime", "#00a8e1", paras(t), AMZ_FOOT),
    labels=("Amazon Prime",),
    slug="amazon",
)


def amz_order(items: list[tuple[str, int, float]], order: str, delivery: str, ship: float = 0.0) -> str:
    tr = "".join(
        f'<tr><td style="border-bottom:1px solid #ddd">{n}<br><small>Quantité : {q}</small></td>'
        f'<td align="right" style="border-bottom:1px solid #ddd">EUR {eur(p * q)}</td></tr>'
        for n, q, p in items
    )
    tot = sum(q * p for _, q, p in items) + ship
    inner = (
        f"<p>Bonjour Camille,</p><p>Merci pour votre commande. Nous vous enverrons une confirmation dès que vos articles seront expédiés.</p>"
        f"<p><b>Livraison estimée :</b> {delivery}<br><b>Commande n°</b> {order}</p>"
        f'<table width="100%" cellpadding="6" cellspacing="0">{tr}'
        f'<tr><td align="right">Livraison :</td><td align="right">EUR {eur(ship)}</td></tr>'
        f'<tr><td align="right"><b>Montant total de la commande (TVA incluse) :</b></td><td align="right"><b>EUR {eur(tot)}</b></td></tr></table>'
    )
    return shell("amazon.fr", "#232f3e", inner, AMZ_FOOT)


AMZ_C = ("Amazon.fr", "confirmation-commande@amazon.fr")
AMZ_S = ("Amazon.fr", "expedition@amazon.fr")
add(
    "2025-12-06 21:02",
    AMZ_C,
    "Votre commande Amazon.fr de 3 articles",
    html=amz_order(
        [
            ("LEGO Friends - La maison de vacances à la plage", 1, 49.99),
            ("Livre : Le Petit Prince (édition illustrée)", 1, 12.50),
            ("Piles AAA Duracell x16", 1, 14.99),
        ],
        "405-8812930-1177305",
        "mardi 9 décembre",
    ),
    slug="amazon",
)
add(
    "2025-12-08 07:10",
    AMZ_S,
    "Votre colis Amazon.fr a été expédié",
    html=shell(
        "amazon.fr",
        "#232f3e",
        "<p>Bonjour Camille,</p><p>Votre commande n° 405-8812930-1177305 a été expédiée avec Amazon Logistics.</p>"
        "<p>Arrivée prévue : <b>mardi 9 décembre</b> au 14 rue Béchevelin, 69007 Lyon.</p>",
        AMZ_FOOT,
    ),
    slug="amazon",
)
add(
    "2026-03-03 13:47",
    AMZ_C,
    "Votre commande Amazon.fr de « Philips Hue White Ambiance, ampoule E27... »",
    html=amz_order(
        [("Philips Hue White Ambiance, ampoule E27, pack de 2", 1, 49.99)],
        "408-2231774-9026713",
        "jeudi 5 mars",
    ),
    slug="amazon",
)
add(
    "2026-09-14 20:31",
    AMZ_C,
    "Votre commande Amazon.fr de 4 articles",
    html=amz_order(
        [
            ("Cahier Clairefontaine 24x32 96 pages", 3, 2.95),
            ("Trousse double compartiment", 1, 8.99),
            ("Stylos Frixion x4", 1, 9.49),
            ("Rouleau couvre-livre", 1, 4.70),
        ],
        "402-6640917-3382301",
        "mercredi 16 septembre",
        0.0,
    ),
    slug="amazon",
)
add(
    "2026-09-15 08:44",
    AMZ_S,
    "Expédié : « Cahier Clairefontaine 24x32... » et 3 autres articles",
    html=shell(
        "amazon.fr",
        "#232f3e",
        "<p>Bonjour Camille,</p><p>Bonne nouvelle : votre commande n° 402-6640917-3382301 a été expédiée.</p>"
        "<p>Arrivée prévue : <b>mercredi 16 septembre</b>. Suivez votre colis dans Vos commandes.</p>",
        AMZ_FOOT,
    ),
    slug="amazon",
)

# ---------------------------------------------------------------- other negatives
SNCF = ("SNCF Connect", "noreply@sncf-connect.com")
t = """Bonjour Camille,

Votre commande est confirmée. Bon voyage !

Référence de commande : QZK7RT
Aller : samedi 20 décembre 2025 - Lyon Part-Dieu 08:04 → Paris Gare de Lyon 10:00 - TGV INOUI 6604
Retour : samedi 27 décembre 2025 - Paris Gare de Lyon 17:56 → Lyon Part-Dieu 19:52 - TGV INOUI 6647
Voyageurs : 2 adultes (Carte Avantage Adulte), 2 enfants

Montant total payé : 186,40 €

Vos e-billets sont disponibles dans l'application SNCF Connect."""
add(
    "2025-12-03 20:40",
    SNCF,
    "Confirmation de votre commande QZK7RT",
    text=t,
    html=shell("SNCF Connect", "#0c131f", paras(t), "SNCF Voyageurs"),
    slug="sncf-connect",
)
t = """Bonjour Camille,

Votre voyage OUIGO est confirmé.

Lyon Saint-Exupéry TGV → Marseille Saint-Charles
Samedi 11 avril 2026 - départ 09:41, arrivée 11:27
4 passagers - 2 bagages cabine inclus

Total : 76,00 €

Présentez-vous au quai au plus tard 30 minutes avant le départ."""
add(
    "2026-03-22 12:05",
    ("OUIGO", "noreply@ouigo.com"),
    "Votre réservation OUIGO est confirmée",
    text=t,
    html=shell("OUIGO", "#e5007d", paras(t), "OUIGO - SNCF Voyageurs"),
    slug="ouigo",
)
t = """Bonjour Camille,

Votre voyage approche !

Samedi 11 juillet 2026 - Lyon Part-Dieu 07:34 → Montpellier Saint-Roch 09:20
Référence : WX3PLM

Pensez à télécharger vos billets dans l'application avant le départ."""
add(
    "2026-07-09 18:00",
    SNCF,
    "Votre voyage approche : Lyon → Montpellier",
    text=t,
    html=shell("SNCF Connect", "#0c131f", paras(t), "SNCF Voyageurs"),
    slug="sncf-connect",
)
add(
    "2026-02-14 23:51",
    ("Uber", "noreply@uber.com"),
    "Votre course du samedi soir avec Uber",
    text="Merci d'avoir choisi Uber, Camille\n\nTotal : 17,32 €\n\nCourse : 13,87 €\nFrais de réservation : 1,56 €\nTVA (10 %) : 1,89 €\n\n23:18 Place Bellecour, 69002 Lyon\n23:41 14 Rue Béchevelin, 69007 Lyon\n\nUberX - 5,8 km - 23 min\nPayé avec Visa ••••4512",
    html=shell(
        "Uber",
        "#000000",
        paras(
            "Merci d'avoir choisi Uber, Camille\n\nTotal : 17,32 €\n\nCourse : 13,87 €\nFrais de réservation : 1,56 €\nTVA (10 %) : 1,89 €\n\nPlace Bellecour → Rue Béchevelin\nUberX - 5,8 km"
        ),
        "Uber B.V.",
    ),
    tz="utc",
    slug="uber",
)
for day, resto, tot in [
    ("2026-01-16 20:12", "Pitaya Thaï Street Food - Lyon Guillotière", 28.40),
    ("2026-05-22 19:45", "Big Mamma - Lyon Confluence", 33.10),
]:
    t = f"Merci pour votre commande, Camille !\n\n{resto}\n\nSous-total : {eur(tot - 3.99)} €\nFrais de livraison : 2,49 €\nFrais de service : 1,50 €\nTotal : {eur(tot)} €\n\nPayé avec Visa ••••4512"
    add(
        day,
        ("Uber Eats", "noreply@uber.com"),
        f"Votre commande Uber Eats auprès de {resto.split(' - ')[0]}",
        text=t,
        html=shell("Uber Eats", "#06c167", paras(t), "Uber Eats France SAS"),
        tz="utc",
        slug="ubereats",
    )
t = "Merci pour votre commande !\n\nLe Kitchen Café - Lyon 7\nCommande n° 7734\n\n2 x Burger du moment 14,50 €\n1 x Frites maison 4,80 €\n1 x Tiramisu 6,50 €\n\nFrais de livraison 1,50 €\nTotal 41,80 €\n\nLivraison estimée : 20:15 - 20:30"
add(
    "2026-10-03 19:52",
    ("Deliveroo", "noreply@t.deliveroo.fr"),
    "Votre commande Le Kitchen Café est confirmée",
    text=t,
    html=shell("deliveroo", "#00ccbc", paras(t), "Deliveroo France SAS"),
    slug="deliveroo",
)
t = """Salut Camille,

Ton essai gratuit de Deezer Premium commence aujourd'hui ! Profite de 1 mois offert : musique sans pub, écoute hors connexion, son haute qualité.

Ton essai se termine le 20 mars 2026. Ensuite, ton abonnement passera à 11,99 €/mois, sauf si tu l'annules avant.

Bonne écoute,
L'équipe Deezer"""
add(
    "2026-02-20 21:10",
    ("Deezer", "noreply@deezer.com"),
    "Bienvenue dans ton essai Deezer Premium",
    text=t,
    html=shell("deezer", "#a238ff", paras(t), "Deezer SA - 24 rue de Calais 75009 Paris"),
    slug="deezer",
)
t = """Salut Camille,

Ton essai gratuit de Deezer Premium est terminé et nous n'avons pas pu activer ton abonnement : aucun moyen de paiement n'est associé à ton compte.

Tu es maintenant sur Deezer Free. Tu peux passer à Premium à tout moment pour 11,99 €/mois.

L'équipe Deezer"""
add(
    "2026-03-20 09:00",
    ("Deezer", "noreply@deezer.com"),
    "Ton essai Premium est terminé",
    text=t,
    html=shell("deezer", "#a238ff", paras(t), "Deezer SA - 24 rue de Calais 75009 Paris"),
    slug="deezer",
)
t = """Bonjour Camille,

Votre paiement sécurisé a bien été effectué.

Annonce : Vélo enfant 20 pouces Btwin, très bon état
Prix : 85,00 €
Frais de protection acheteur : 5,74 €
Livraison Mondial Relay : 4,26 €
Total payé : 95,00 €

Le vendeur a 2 jours ouvrés pour envoyer votre colis.

L'équipe leboncoin"""
add(
    "2026-05-10 14:22",
    ("leboncoin", "no-reply@leboncoin.fr"),
    "Votre paiement est confirmé",
    text=t,
    html=shell("leboncoin", "#ec5a13", paras(t), "leboncoin - LBC France SAS"),
    slug="leboncoin",
)
t = "Ton achat est confirmé !\n\nManteau Petit Bateau 8 ans - 12,00 €\nFrais de Protection acheteurs : 1,40 €\nLivraison : 5,05 €\nTotal : 18,45 €\n\nLe vendeur a 5 jours pour expédier ton article."
add(
    "2026-09-30 21:35",
    ("Vinted", "no-reply@vinted.fr"),
    "Ton achat est confirmé : Manteau Petit Bateau 8 ans",
    text=t,
    html=shell("Vinted", "#09b1ba", paras(t), "Vinted UAB"),
    tz="utc",
    slug="vinted",
)
t = "Bonjour Camille ROUSSEAU,\n\nVotre rendez-vous est confirmé.\n\nDr Anne-Sophie Perrin - Pédiatre\nMardi 27 janvier 2026 à 17h30\n12 avenue Jean Jaurès, 69007 Lyon\nPatient : Hugo ROUSSEAU\n\nPensez à apporter la carte Vitale et le carnet de santé.\nEn cas d'empêchement, annulez au moins 24h à l'avance."
add(
    "2026-01-20 12:40",
    ("Doctolib", "no-reply@doctolib.fr"),
    "Votre rendez-vous du mardi 27 janvier est confirmé",
    text=t,
    html=shell("Doctolib", "#107aca", paras(t), "Doctolib SAS"),
    slug="doctolib",
)
CA = ("Crédit Agricole Centre-Est", "ne-pas-repondre@ca-centrest.fr")
for day, per in [
    ("2026-01-04", "décembre 2025"),
    ("2026-07-03", "juin 2026"),
    ("2026-10-03", "septembre 2026"),
]:
    add(
        f"{day} 06:00",
        CA,
        "Votre e-relevé de compte est disponible",
        text=f"Madame ROUSSEAU CAMILLE,\n\nVotre relevé de compte du mois de {per} (compte joint n° ******4512) est disponible dans votre espace Ma Banque.\n\nCrédit Agricole Centre-Est\nCeci est un message automatique.",
        slug="ca-centrest",
    )
add(
    "2026-07-04 08:15",
    CA,
    "Alerte solde : votre compte est passé sous le seuil de 100,00 EUR",
    text="Madame ROUSSEAU CAMILLE,\n\nLe solde de votre compte joint n° ******4512 est de 62,18 EUR au 04/07/2026.\nSeuil d'alerte défini : 100,00 EUR.\n\nPour gérer vos alertes : Ma Banque > Paramètres > Alertes.\n\nCrédit Agricole Centre-Est",
    slug="ca-centrest",
)
add(
    "2026-03-08 22:31",
    ("Lydia", "noreply@lydia-app.com"),
    "Thomas Girard vous a envoyé 25,00 €",
    text="Thomas Girard vous a envoyé 25,00 €.\n\n« Pizzas vendredi 🍕 »\n\nL'argent est disponible sur votre compte Lydia.",
    html=shell(
        "lydia",
        "#0093f5",
        paras("Thomas Girard vous a envoyé 25,00 €.\n\n« Pizzas vendredi 🍕 »"),
        "Lydia Solutions",
    ),
    slug="lydia",
)
add(
    "2026-06-21 11:02",
    ("Lydia", "noreply@lydia-app.com"),
    "Paiement envoyé à Sophie Martin",
    text="Vous avez envoyé 40,00 € à Sophie Martin.\n\n« Cadeau anniv Julien - cagnotte »",
    html=shell(
        "lydia",
        "#0093f5",
        paras("Vous avez envoyé 40,00 € à Sophie Martin.\n\n« Cadeau anniv Julien - cagnotte »"),
        "Lydia Solutions",
    ),
    slug="lydia",
)
add(
    "2026-02-27 13:10",
    JULIEN,
    "Vacances d'avril",
    text="Hello,\n\nJ'ai vu avec Thomas et Sophie : on prend l'Airbnb à Annecy du 18 au 25 avril, 640 € en tout, donc 320 € chacun.\nJe l'ai réservé avec ta carte (pas de plafond sur la mienne ce mois-ci), Thomas nous fait un virement.\n\nTu me dis ?\nJ.",
    slug="julien-rousseau",
)
add(
    "2026-06-20 18:40",
    ("Sophie Martin", "sophie.martin.lyon@orange.fr"),
    "Anniv de Julien - cagnotte",
    text="Coucou Camille !\n\nPour l'anniv de Julien samedi, on fait une cagnotte pour le vélo : 40 € par couple, tu peux m'envoyer par Lydia.\nResto réservé chez Daniel et Denise à 20h, je m'occupe de la résa.\n\nBisous,\nSophie",
    slug="sophie-martin",
)
add(
    "2026-11-02 19:24",
    ("Martine Lefèvre", "martine.lefevre38@wanadoo.fr"),
    "Noël chez nous ?",
    text="Ma chérie,\n\nOn vous attend à Grenoble pour Noël ? Papa propose qu'on se partage le cadeau de Léa (la tablette à 150 euros), 75 euros chacun, si ça vous va.\nDis-moi pour les dates, on peut venir vous chercher à la gare.\n\nGros bisous à tous les quatre,\nMaman",
    chs="iso-8859-1",
    slug="martine-lefevre",
)
add(
    "2026-01-06 10:20",
    ("Caf du Rhône", "ne-pas-repondre@caf.fr"),
    "Votre paiement Caf",
    text="Madame ROUSSEAU,\n\nVotre Caf vous informe du versement de vos prestations le 05/01/2026 :\n- Allocations familiales : 148,52 €\n\nRetrouvez le détail de vos paiements sur caf.fr, rubrique Mon Compte.\n\nVotre Caf du Rhône",
    slug="caf",
)
add(
    "2026-08-20 10:20",
    ("Caf du Rhône", "ne-pas-repondre@caf.fr"),
    "Votre paiement Caf : allocation de rentrée scolaire",
    text="Madame ROUSSEAU,\n\nL'allocation de rentrée scolaire 2026 (ARS) a été versée le 18/08/2026 :\n- Léa (8 ans) : 423,48 €\n\nVotre Caf du Rhône",
    slug="caf",
)
add(
    "2026-03-11 05:30",
    ("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"),
    "Un nouveau remboursement est disponible",
    text="Madame ROUSSEAU Camille,\n\nUn remboursement de 17,50 € a été effectué le 10/03/2026 sur votre compte bancaire.\nSoins du 03/03/2026 - Bénéficiaire : Léa ROUSSEAU.\n\nConsultez le détail dans votre compte ameli.\n\nL'Assurance Maladie",
    slug="ameli",
)
add(
    "2026-05-28 21:12",
    ("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"),
    "Réinitialisation de votre mot de passe ameli",
    text="Bonjour,\n\nVous avez demandé la réinitialisation de votre mot de passe de compte ameli.\nCe lien est valable 30 minutes : https://assure.ameli.fr/PortailAS/reinit?token=8b1f2e\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n\nL'Assurance Maladie",
    slug="ameli",
)
t = """Bonjour Camille,

Offre exclusive réservée aux nouveaux abonnés : CANAL+ à 19,99 €/mois pendant 12 mois (puis 29,99 €/mois), engagement 24 mois.

Le meilleur du cinéma, des séries CANAL+ CRÉATION ORIGINALE et du sport, avec Netflix inclus en option.

Je m'abonne : canalplus.com

Offre valable jusqu'au 15/04/2026 en France métropolitaine."""
add(
    "2026-03-25 17:30",
    ("CANAL+", "offres@news.canalplus.fr"),
    "🎬 CANAL+ à 19,99 €/mois : c'est le moment !",
    text=t,
    html=shell(
        "CANAL+",
        "#000000",
        paras(t),
        "Groupe Canal+ SA - 50 rue Camille Desmoulins 92130 Issy-les-Moulineaux",
    ),
    slug="canalplus",
    extra={"List-Unsubscribe": "<https://news.canalplus.fr/unsub>"},
)
t = "Bonjour,\n\nPassez à la fibre Bouygues Telecom : Bbox fit à 23,99 €/mois pendant 1 an (puis 32,99 €/mois), sans engagement.\nJusqu'à 1 Gb/s en téléchargement, appels illimités vers les fixes.\n\nFrais de mise en service : 48 €.\n\nBouygues Telecom"
add(
    "2026-05-14 12:00",
    ("Bouygues Telecom", "offres@news.bouyguestelecom.fr"),
    "La fibre à 23,99 €/mois, ça vous tente ?",
    text=t,
    html=shell("Bouygues Telecom", "#009dcc", paras(t), "Bouygues Telecom SA"),
    slug="bouyguestelecom",
)
t = "Bonjour,\n\nNouveau : la Série Free, forfait 5G 350 Go à 9,99 €/mois pendant 1 an, puis 19,99 €/mois.\nAbonné Freebox ? Profitez du forfait Free 5G à 15,99 €/mois au lieu de 19,99 €.\n\nFree Mobile"
add(
    "2026-06-10 11:00",
    ("Free Mobile", "offres@free-mobile.fr"),
    "Abonnés Freebox : votre forfait 5G à prix réduit",
    text=t,
    chs="iso-8859-15",
    slug="free-mobile",
)
inner = (
    "<p>Bonjour Camille,</p><p>Merci pour votre commande sur fnac.com.</p>"
    + rows(
        [
            ("Commande n°", "8QXR2WT7YK"),
            ("Dune - Coffret Blu-ray 4K (2 films)", "39,99 €"),
            ("Dixit - jeu de société", "24,99 €"),
            ("Livraison en magasin Fnac Bellecour", "Gratuite"),
            ("Total TTC", "64,98 €"),
        ],
        True,
    )
    + "<p>Vous serez prévenue par e-mail dès que votre commande sera disponible en magasin.</p>"
    + "<p>Pas encore adhérente ? Avec Fnac+ à 14,99 €/an, la livraison est gratuite et illimitée.</p>"
)
add(
    "2025-12-14 16:02",
    ("Fnac.com", "commande@fnac.com"),
    "Confirmation de votre commande n° 8QXR2WT7YK",
    html=shell("fnac", "#e1a925", inner, "Fnac Darty"),
    slug="fnac",
)
t = "Black Friday Darty !\n\nAvec Darty Max, tous vos appareils électroménagers réparés à vie, même ceux achetés ailleurs : 9,99 €/mois, premier mois offert.\n\n-30 % sur une sélection de lave-linge jusqu'au 30 novembre."
add(
    "2026-11-20 08:00",
    ("Darty", "infos@news.darty.com"),
    "Black Friday : Darty Max, 1er mois offert",
    text=t,
    html=shell("DARTY", "#e30613", paras(t), "Darty - Fnac Darty"),
    slug="darty",
)
t = """Reservation confirmed

Hi Camille, your stay in Annecy is confirmed.

Chalet with lake view - Sevrier
Check-in: Sat, Apr 18, 2026, 4:00 PM
Checkout: Sat, Apr 25, 2026, 10:00 AM
Guests: 6

Total (EUR): €640.00
Confirmation code: HMQ8A4TZ2K"""
add(
    "2026-02-27 12:55",
    ("Airbnb", "automated@airbnb.com"),
    "Reservation confirmed for Sevrier",
    text=t,
    html=shell("airbnb", "#ff385c", paras(t), "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland", "en"),
    tz="utc",
    slug="airbnb",
)
t = """Your booking is confirmed

Booking reference: K7YWQ2P

Outbound: Lyon (LYS) to Porto (OPO), Thu 29 Oct 2026, 07:10 - 08:05, EZY4471
Return: Porto (OPO) to Lyon (LYS), Sun 01 Nov 2026, 20:35 - 23:20, EZY4472
Passengers: 4

Fares: EUR 268.96
Seats: EUR 43.50
Total paid: EUR 312.46

Have a great flight!
easyJet"""
add(
    "2026-06-02 21:14",
    ("easyJet", "donotreply@easyjet.com"),
    "Your easyJet booking K7YWQ2P",
    text=t,
    chs="us-ascii",
    enc="7bit",
    tz="+0100",
    slug="easyjet",
)
t = "Chère Camille,\n\nMerci pour votre don de 50 € aux Restos du Cœur.\n\nGrâce à vous, nous pourrons servir 50 repas cet hiver.\nVotre don est déductible de vos impôts à hauteur de 75 % : il ne vous coûte réellement que 12,50 €. Votre reçu fiscal vous sera envoyé en début d'année.\n\nMerci,\nLes Restos du Cœur"
add(
    "2025-12-20 10:30",
    ("Les Restos du Cœur", "dons@restosducoeur.org"),
    "Merci pour votre don ❤",
    text=t,
    html=shell("Les Restos du Cœur", "#d9001b", paras(t), "Les Restaurants du Cœur - Les Relais du Cœur"),
    slug="restosducoeur",
)
t = "Madame Rousseau,\n\nVotre reçu fiscal 2025 est disponible : dons versés en 2025 à Médecins Sans Frontières : 60,00 €.\nRéduction d'impôt : 66 % du montant, soit 39,60 €.\n\nMerci pour votre soutien.\nMédecins Sans Frontières"
add(
    "2026-03-05 09:45",
    ("Médecins Sans Frontières", "donateurs@paris.msf.org"),
    "Votre reçu fiscal 2025",
    text=t,
    html=shell("MSF", "#ee0000", paras(t), "Médecins Sans Frontières - 14-34 avenue Jean Jaurès 75019 Paris"),
    slug="msf",
)
t = "Vos billets sont prêts !\n\nJulien Doré - Tournée 2026\nLDLC Arena, Décines-Charpieu\nVendredi 13 novembre 2026 - 20h00\n\n2 x Catégorie 2 - 49,50 €\nFrais de service : 4,40 €\nTotal : 103,40 €\n\nCommande n° 219938471\nVos e-billets sont disponibles dans l'appli Ticketmaster."
add(
    "2026-02-05 10:05",
    ("Ticketmaster", "noreply@ticketmaster.fr"),
    "Confirmation de commande - Julien Doré",
    text=t,
    html=shell("ticketmaster", "#026cdf", paras(t), "Ticketmaster France"),
    slug="ticketmaster",
)
add(
    "2026-10-12 17:40",
    ("APE Jean Macé", "ape.jeanmace.lyon7@gmail.com"),
    "Sortie au musée des Confluences - participation",
    text="Bonjour à tous,\n\nLa classe de CE2 de Mme Durand ira au musée des Confluences le jeudi 5 novembre.\nLa participation demandée est de 12 € par enfant, à régler en espèces ou par chèque à l'ordre de l'APE avant le 23 octobre.\n\nMerci !\nL'APE Jean Macé",
    slug="ape-jeanmace",
)
add(
    "2026-06-18 15:20",
    ("Malt", "notifications@malt.com"),
    "Vous avez reçu un paiement",
    text="Bonjour Camille,\n\nBonne nouvelle : le paiement de la mission « Shooting produit - Maison Pralus » a été versé sur votre compte.\n\nMontant versé : 1 450,00 €\nVirement prévu sous 2 jours ouvrés.\n\nL'équipe Malt",
    html=shell(
        "malt",
        "#fc5757",
        paras(
            "Bonjour Camille,\n\nLe paiement de la mission « Shooting produit - Maison Pralus » a été versé : 1 450,00 €."
        ),
        "Malt Community SAS",
    ),
    slug="malt",
)
add(
    "2026-04-25 18:32",
    ("Too Good To Go", "no-reply@toogoodtogo.fr"),
    "Ton panier est réservé !",
    text="Ton panier surprise est réservé !\n\nBoulangerie Jocteur - Lyon 7\nÀ récupérer aujourd'hui entre 19h00 et 19h30\nPrix : 4,99 € (valeur 15 €)\n\nMerci d'avoir sauvé un repas 🌍",
    html=shell(
        "Too Good To Go",
        "#00615f",
        paras(
            "Ton panier surprise est réservé !\n\nBoulangerie Jocteur - Lyon 7\nPrix : 4,99 € (valeur 15 €)"
        ),
        "Too Good To Go France",
    ),
    slug="toogoodtogo",
)
t = "Bonne année 2026 !\n\nChez Basic-Fit, 0 € de frais d'inscription jusqu'au 31 janvier : abonnement Comfort à 24,99 € toutes les 4 semaines, accès à tous les clubs de la métropole de Lyon.\n\nInscris-toi en ligne en 5 minutes."
add(
    "2026-01-02 07:30",
    ("Basic-Fit", "news@basic-fit.com"),
    "0 € de frais d'inscription pour bien commencer 2026 💪",
    text=t,
    html=shell("Basic-Fit", "#fe7000", paras(t), "Basic-Fit France SAS"),
    slug="basic-fit",
)
t = "Bonjour Camille,\n\nAvec la carte UGC Illimité, le cinéma sans compter dans plus de 900 salles en France dès 21,90 €/mois (engagement 12 mois), ou 24,90 €/mois sans engagement.\n\nUGC Ciné Cité Confluence vous attend !"
add(
    "2026-09-25 10:00",
    ("UGC", "newsletter@ugc.fr"),
    "UGC Illimité : le cinéma sans limite dès 21,90 €/mois",
    text=t,
    html=shell("UGC", "#000000", paras(t), "UGC Ciné Cité SAS"),
    slug="ugc",
)


# ---------------------------------------------------------------- write
def main() -> None:
    names = {t_["name"] for t_ in TRUTH}
    for m in MSGS:
        for lab in m["labels"]:
            assert lab in names, lab
    MSGS.sort(key=lambda m: (m["dt"].astimezone(dt.UTC), m["subject"]))
    edir = os.path.join(HERE, "eml")
    if os.path.isdir(edir):
        shutil.rmtree(edir)
    os.makedirs(edir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    box = mailbox.mbox(mbox_path, create=True)
    index = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['dt'].strftime('%Y%m%d')}-{m['slug']}.eml"
        data = m["msg"].as_bytes()
        with open(os.path.join(edir, fname), "wb") as f:
            f.write(data)
        mm = mailbox.mboxMessage(m["msg"])
        mm.set_from(m["addr"], m["dt"].astimezone(dt.UTC).timetuple())
        box.add(mm)
        index.append({"file": fname, "from": m["from"], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.close()
    hard = [
        "SNCF Connect",
        "OUIGO",
        "Uber",
        "Uber Eats",
        "Deliveroo",
        "Deezer",
        "leboncoin",
        "Vinted",
        "Doctolib",
        "Crédit Agricole Centre-Est",
        "Lydia",
        "Julien Rousseau",
        "Sophie Martin",
        "Martine Lefèvre",
        "Caf du Rhône",
        "l'Assurance Maladie",
        "CANAL+",
        "Bouygues Telecom",
        "Free Mobile",
        "Fnac.com",
        "Darty",
        "Airbnb",
        "easyJet",
        "Les Restos du Cœur",
        "Médecins Sans Frontières",
        "Ticketmaster",
        "APE Jean Macé",
        "Malt",
        "Too Good To Go",
        "Basic-Fit",
        "UGC",
        "PayPal",
        "Procreate Pocket",
        "vinyl-express-lyon",
    ]
    dump = lambda obj, name: open(os.path.join(HERE, name), "w", encoding="utf-8").write(
        json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    )
    dump(TRUTH, "truth.json")
    dump({"today": TODAY, "messages": len(MSGS), "hard_negatives": hard}, "meta.json")
    dump(index, "messages.json")
    print(
        f"{len(MSGS)} messages, {len(TRUTH)} truths, {sum(1 for x in index if not x['labels'])} with no label"
    )


if __name__ == "__main__":
    main()
