# ruff: noqa: E501, RUF001  (mail text is data: long lines and typographic dashes are the messages as written)
"""de/: Familie Becker in Leipzig (Katrin and Tobias, one child in the Kita, one teenager), Dec 2025 - Dec 2026.
Mostly German mail, some English; some senders still write ISO-8859-1 (those say EUR, the charset has no €)."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from mailkit import DE_MONTHS as MONTHS
from mailkit import Box, add_months, de_date, de_long, monthly, page, table, text_of_rows

TODAY = date(2026, 12, 21)
BERLIN = ZoneInfo("Europe/Berlin")
IBAN = "DE12 8605 5592 1090 2277 34"
ADDRESS = "Karl-Heine-Straße 42, 04229 Leipzig"


def _mail(
    box: Box,
    day: date,
    sender: str,
    address: str,
    subject: str,
    text: str,
    *,
    html: bool = False,
    label: str | None = None,
    charset: str = "utf-8",
) -> None:
    """A plain message, or text and HTML alternatives of the same words."""
    body = page(subject, text.replace("\n", "<br>")) if html else None
    box.add(day, sender, address, subject, text=text, html=body, label=label, charset=charset)


def _html_only(
    box: Box,
    day: date,
    sender: str,
    address: str,
    subject: str,
    intro: str,
    rows: list[tuple[str, str]],
    outro: str,
    label: str | None,
    brand: str = "#333",
    charset: str = "utf-8",
) -> None:
    """An HTML-only message whose labels and amounts sit in separate table cells."""
    html = page(
        subject, f"<p>{intro}</p>" + table(rows) + f"<p style='font-size:12px;color:#666'>{outro}</p>", brand
    )
    box.add(day, sender, address, subject, html=html, label=label, charset=charset)


def _streaming(box: Box) -> None:
    """Netflix, Spotify, Disney+ and Amazon Prime in German."""
    for day in monthly(date(2026, 9, 14), date(2026, 12, 14)):
        _html_only(
            box,
            day,
            "Netflix",
            "info@mailer.netflix.com",
            "Deine Zahlung bei Netflix",
            "Hallo Katrin, vielen Dank! Wir haben deine Zahlung erhalten.",
            [
                ("Abo", "Standard"),
                ("Betrag", "13,99 €"),
                ("Zahlungsdatum", de_date(day)),
                ("Nächstes Abrechnungsdatum", de_date(add_months(day, 1))),
            ],
            "Netflix International B.V., Karperstraat 8-10, 1075 KZ Amsterdam, Niederlande",
            "Netflix",
            "#e50914",
        )
    box.label("Netflix", "13.99", "EUR", "monthly", "active", "2027-01-14")

    for day in monthly(date(2026, 9, 2), date(2026, 12, 2)):
        rows = [("Premium Family", "17,99 €"), ("inkl. MwSt. (19 %)", "2,87 €"), ("Gesamt", "17,99 €")]
        _mail(
            box,
            day,
            "Spotify",
            "no-reply@spotify.com",
            "Deine Spotify-Quittung",
            f"Hallo Katrin,\n\nvielen Dank für deine Zahlung.\n\nDatum: {de_date(day)}\nBestellnummer: {box.digits(11)}\n\n"
            + text_of_rows(rows)
            + f"\n\nDeine nächste Zahlung ist am {de_date(add_months(day, 1))} fällig.\n\nSpotify AB, Regeringsgatan 19, 111 53 Stockholm",
            html=True,
            label="Spotify",
        )
    box.label(
        "Spotify",
        "17.99",
        "EUR",
        "monthly",
        "active",
        "2027-01-02",
        aliases=["Spotify Premium Family", "Spotify Premium"],
    )

    _mail(
        box,
        date(2026, 2, 6),
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "Dein Disney+ Abo wird bald verlängert",
        "Hallo Katrin,\n\ndein Jahresabo Disney+ Standard verlängert sich automatisch am 20. Februar 2026. Wir belasten dann "
        "99,90 € über deine hinterlegte Zahlungsmethode (Mastercard **** 0815).\n\nDu kannst dein Abo jederzeit in deinem Konto verwalten.\n\nDein Disney+ Team",
        label="Disney+",
    )
    _html_only(
        box,
        date(2026, 2, 20),
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "Deine Disney+ Zahlungsbestätigung",
        "Vielen Dank für deine Zahlung.",
        [
            ("Abo", "Disney+ Standard (jährlich)"),
            ("Zeitraum", "20.02.2026 – 19.02.2027"),
            ("Gesamtbetrag (inkl. MwSt.)", "99,90 €"),
            ("Zahlungsmethode", "Mastercard **** 0815"),
        ],
        "The Walt Disney Company (Benelux) B.V., Luna ArenA, Herikerbergweg 181, 1101 CN Amsterdam",
        "Disney+",
        "#113ccf",
    )
    box.label("Disney+", "99.90", "EUR", "yearly", "active", "2027-02-20", aliases=["Disney Plus"])

    _mail(
        box,
        date(2026, 7, 1),
        "Amazon.de",
        "prime@amazon.de",
        "Ihre Prime-Mitgliedschaft wird bald verlängert",
        "Guten Tag Katrin Becker,\n\nIhre Amazon Prime-Mitgliedschaft wird am 8. Juli 2026 automatisch verlängert. Wir belasten "
        "Ihre Zahlungsart mit 89,90 € (jährliche Mitgliedsgebühr inkl. MwSt.).\n\nMit freundlichen Grüßen\nIhr Amazon.de Team",
        label="Amazon Prime",
    )
    _mail(
        box,
        date(2026, 7, 8),
        "Amazon.de",
        "prime@amazon.de",
        "Vielen Dank für Ihre Prime-Mitgliedschaft",
        "Guten Tag Katrin Becker,\n\nIhre Prime-Mitgliedschaft wurde verlängert.\n\nMitgliedsgebühr: EUR 89,90\nZahlungsart: Lastschrift\n"
        "Nächste Verlängerung: 08.07.2027\n\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
        label="Amazon Prime",
    )
    box.label("Amazon Prime", "89.90", "EUR", "yearly", "active", "2027-07-08", aliases=["Prime"])


def _transport(box: Box) -> None:
    """Deutschlandticket (price rise at New Year) and BahnCard 25 (renews itself)."""
    _mail(
        box,
        date(2025, 12, 5),
        "LVB Abo-Service",
        "abo@l.de",
        "Wichtige Information: neuer Preis für Ihr Deutschlandticket",
        "Sehr geehrte Frau Becker,\n\nBund und Länder haben beschlossen: Ab 1. Januar 2026 kostet das Deutschlandticket 63,00 € "
        "im Monat statt bisher 58,00 €. Der neue Preis wird automatisch ab Ihrer Abbuchung im Januar 2026 berücksichtigt.\n\n"
        "Sie müssen nichts tun. Das Abo ist monatlich kündbar bis zum 10. eines Monats.\n\nLeipziger Verkehrsbetriebe (LVB) GmbH, Karl-Liebknecht-Straße 12, 04107 Leipzig",
        label="Deutschlandticket",
        charset="iso-8859-15",
    )
    for day in monthly(date(2026, 10, 1), date(2026, 12, 1)):
        month = MONTHS[day.month - 1]
        _html_only(
            box,
            day,
            "LVB Abo-Service",
            "abo@l.de",
            f"Ihre Rechnung zum Deutschlandticket - {month} {day.year}",
            "Sehr geehrte Frau Becker, anbei Ihre Rechnung für Ihr Deutschlandticket-Abo.",
            [
                ("Rechnungsnummer", f"DT-{box.digits(8)}"),
                ("Leistungszeitraum", f"{month} {day.year}"),
                ("Betrag (inkl. 7 % MwSt.)", "63,00 €"),
                ("Abbuchung am", de_date(day)),
                ("Konto", "DE12 **** **** **** **77 34"),
            ],
            "LVB GmbH · Kundenservice 0341 492-0 · USt-IdNr. DE141503372",
            "Deutschlandticket",
            "#ffcc00",
            "iso-8859-15",
        )
    box.label(
        "Deutschlandticket",
        "63.00",
        "EUR",
        "monthly",
        "active",
        "2027-01-01",
        aliases=["Deutschland-Ticket", "D-Ticket", "LVB"],
    )

    _mail(
        box,
        date(2026, 2, 1),
        "DB Fernverkehr AG",
        "noreply@bahn.de",
        "Ihre BahnCard 25 wird automatisch verlängert",
        "Guten Tag Tobias Becker,\n\nIhre BahnCard 25 (2. Klasse) ist bis zum 14.03.2026 gültig. Da Sie ein BahnCard-Abo haben, "
        "verlängert sie sich automatisch um ein weiteres Jahr. Der Preis für die neue BahnCard 25 beträgt 62,90 €. Der Betrag wird "
        "zum 15.03.2026 von Ihrem Konto eingezogen.\n\nBahnCard-Nummer: 7081 4112 3456 7890\nKündigungsfrist: 6 Wochen vor Ablauf\n\nIhre Deutsche Bahn",
        label="BahnCard 25",
    )
    _html_only(
        box,
        date(2026, 3, 15),
        "DB Fernverkehr AG",
        "noreply@bahn.de",
        "Rechnung zu Ihrer BahnCard 25",
        "Guten Tag Tobias Becker, vielen Dank für Ihre Treue.",
        [
            ("Produkt", "BahnCard 25, 2. Klasse"),
            ("Gültig", "15.03.2026 – 14.03.2027"),
            ("Preis", "62,90 €"),
            ("enthaltene MwSt. 7 %", "4,11 €"),
            ("Zahlungsart", "SEPA-Lastschrift"),
        ],
        "DB Fernverkehr AG, Europa-Platz 1, 10557 Berlin",
        "BahnCard 25",
        "#ec0016",
    )
    box.label(
        "BahnCard 25",
        "62.90",
        "EUR",
        "yearly",
        "active",
        "2027-03-15",
        aliases=["BahnCard", "Deutsche Bahn", "DB Fernverkehr"],
    )


def _telecom(box: Box) -> None:
    """Telekom internet, Vodafone and O2 mobile: 'Ihre Rechnung für …', the debit date named."""
    for day in monthly(date(2026, 9, 3), date(2026, 12, 3)):
        month = MONTHS[add_months(day, -1).month - 1]
        debit = day.replace(day=10)
        _html_only(
            box,
            day,
            "Telekom",
            "rechnung@telekom.de",
            f"Ihre Rechnung für {month} {add_months(day, -1).year}",
            "Guten Tag Katrin Becker, Ihre aktuelle Rechnung für MagentaZuhause L steht im Kundencenter für Sie bereit.",
            [
                ("Kundennummer", f"{box.digits(3)} {box.digits(3)} {box.digits(4)}"),
                ("Rechnungsbetrag", "39,95 €"),
                ("Der Betrag wird am", f"{de_date(debit)} von Ihrem Konto abgebucht."),
                ("IBAN", "DE12 **** **** **** **77 34"),
            ],
            "Telekom Deutschland GmbH, Landgrabenweg 151, 53227 Bonn · Amtsgericht Bonn HRB 5919",
            "Telekom",
            "#e20074",
        )
    box.label(
        "Telekom",
        "39.95",
        "EUR",
        "monthly",
        "active",
        "2027-01-10",
        "bill",
        aliases=["Deutsche Telekom", "MagentaZuhause"],
    )

    for day, amount in (
        (date(2026, 9, 8), "29,99"),
        (date(2026, 10, 8), "32,47"),
        (date(2026, 11, 8), "29,99"),
        (date(2026, 12, 8), "29,99"),
    ):
        _mail(
            box,
            day,
            "Vodafone",
            "rechnung@vodafone.de",
            "Ihre Vodafone-Rechnung ist da",
            f"Hallo Tobias Becker,\n\nIhre Mobilfunk-Rechnung vom {de_date(day)} ist da.\n\nKundennummer: {box.digits(9)}\n"
            f"Rechnungsbetrag: {amount} €\nWir buchen den Betrag am {de_date(day.replace(day=15))} von Ihrem Konto ab.\n\n"
            "Ihre Rechnung finden Sie in MeinVodafone.\n\nVodafone GmbH, Ferdinand-Braun-Platz 1, 40549 Düsseldorf",
            html=True,
            label="Vodafone",
        )
    box.label("Vodafone", "29.99", "EUR", "monthly", "active", "2027-01-15", "bill")

    for day in monthly(date(2026, 9, 14), date(2026, 12, 14)):
        _mail(
            box,
            day,
            "o2",
            "service@rechnung.o2online.de",
            f"Ihre o2 Rechnung {MONTHS[day.month - 1]} {day.year}",
            f"Hallo Tobias Becker,\n\nIhre o2 Rechnung für die Rufnummer 0176 ***** 812 ist online.\nBetrag: 9,99 EUR\n"
            f"Abbuchung ab: {de_date(day.replace(day=22))}\n\nTelefónica Germany GmbH & Co. OHG, Georg-Brauchle-Ring 50, 80992 München",
            label="O2",
            charset="iso-8859-1",
        )
    box.label("O2", "9.99", "EUR", "monthly", "active", "2026-12-22", "bill", aliases=["o2", "Telefónica"])


def _home(box: Box) -> None:
    """Electricity instalments, the broadcasting fee and two insurances."""
    _mail(
        box,
        date(2026, 2, 10),
        "Stadtwerke Leipzig",
        "kundenservice@swl.de",
        "Ihre Jahresabrechnung Strom 2025",
        "Sehr geehrte Frau Becker,\n\nanbei erhalten Sie Ihre Jahresabrechnung für den Zeitraum 01.01.2025 bis 31.12.2025.\n\n"
        "Verbrauch: 2.874 kWh\nGesamtbetrag: 1.120,40 EUR\nGeleistete Abschläge: 1.008,00 EUR\nNachzahlung: 112,40 EUR (wird am 24.02.2026 eingezogen)\n\n"
        "Ihr neuer monatlicher Abschlag ab 15.03.2026: 92,00 EUR (bisher 84,00 EUR).\n\nVertragskonto 2100 4471 88\n\n"
        "Leipziger Stadtwerke, Augustusplatz 7, 04109 Leipzig",
        label="Stadtwerke Leipzig",
        charset="iso-8859-1",
    )
    _html_only(
        box,
        date(2026, 2, 12),
        "Stadtwerke Leipzig",
        "kundenservice@swl.de",
        "Ihr Abschlagsplan 2026",
        "Sehr geehrte Frau Becker, hier ist Ihr Abschlagsplan für Strom.",
        [
            ("Abschlag monatlich", "92,00 EUR"),
            ("Fälligkeit", "jeweils zum 15. des Monats"),
            ("Erster Abschlag", "15.03.2026"),
            ("Zahlungsweise", "SEPA-Lastschrift, Mandatsreferenz SWL-2100447188"),
        ],
        "Leipziger Stadtwerke · Telefon 0341 121-3333",
        "Stadtwerke Leipzig",
        "#004b8d",
        "iso-8859-1",
    )
    box.label(
        "Stadtwerke Leipzig",
        "92.00",
        "EUR",
        "monthly",
        "active",
        "2027-01-15",
        "bill",
        aliases=["Leipziger Stadtwerke", "Stadtwerke Leipzig Strom"],
    )

    for day, period, debit in (
        (date(2026, 1, 20), "01.2026 bis 03.2026", "15.02.2026"),
        (date(2026, 10, 20), "10.2026 bis 12.2026", "15.11.2026"),
    ):
        _mail(
            box,
            day,
            "ARD ZDF Deutschlandradio Beitragsservice",
            "service@rundfunkbeitrag.de",
            "Ihre Beitragsinformation",
            f"Sehr geehrte Frau Becker,\n\nBeitragsnummer: 4{box.digits(8)}\n\nDer Rundfunkbeitrag für den Zeitraum {period} "
            f"beträgt 55,08 € (3 x 18,36 €). Er wird am {debit} von Ihrem Konto abgebucht. Sie zahlen vierteljährlich.\n\n"
            "ARD ZDF Deutschlandradio Beitragsservice, 50656 Köln",
            label="Rundfunkbeitrag",
        )
    box.label(
        "Rundfunkbeitrag",
        "55.08",
        "EUR",
        "quarterly",
        "active",
        "2027-02-15",
        "bill",
        aliases=["ARD ZDF Deutschlandradio Beitragsservice", "Beitragsservice"],
    )

    for day, year in ((date(2025, 12, 2), 2026), (date(2026, 12, 1), 2027)):
        _html_only(
            box,
            day,
            "HUK-COBURG",
            "info@huk-coburg.de",
            f"Beitragsrechnung {year} – Ihre Privat-Haftpflichtversicherung",
            "Sehr geehrte Frau Becker, im Anhang finden Sie Ihre Beitragsrechnung.",
            [
                ("Versicherungsschein-Nr.", f"{box.digits(3)}/{box.digits(6)}-K"),
                ("Versicherungszeitraum", f"01.01.{year} – 31.12.{year}"),
                ("Jahresbeitrag inkl. 19 % Versicherungsteuer", "62,48 €"),
                ("Abbuchung", f"02.01.{year}"),
            ],
            "HUK-COBURG Haftpflicht-Unterstützungs-Kasse kraftfahrender Beamter Deutschlands a. G., Bahnhofsplatz, 96444 Coburg",
            "HUK-COBURG",
            "#004b9b",
        )
    box.label(
        "HUK-COBURG",
        "62.48",
        "EUR",
        "yearly",
        "active",
        "2027-01-02",
        "bill",
        aliases=["Privat-Haftpflichtversicherung", "HUK"],
    )

    _mail(
        box,
        date(2026, 3, 10),
        "Allianz Versicherungs-AG",
        "service@allianz.de",
        "Ihre Beitragsrechnung Hausratversicherung",
        "Sehr geehrte Frau Becker,\n\nfür Ihre Hausratversicherung (Vertrag AS-7741-2208) wird der Jahresbeitrag fällig.\n\n"
        "Versicherungszeitraum: 01.04.2026 bis 31.03.2027\nBeitrag: 99,33 €\nVersicherungsteuer (19 %): 18,87 €\nZu zahlen: 118,20 €\n"
        "Der Betrag wird am 01.04.2026 per Lastschrift eingezogen.\n\nAllianz Versicherungs-AG, Königinstraße 28, 80802 München",
        html=True,
        label="Allianz",
    )
    box.label(
        "Allianz",
        "118.20",
        "EUR",
        "yearly",
        "active",
        "2027-04-01",
        "bill",
        aliases=["Allianz Hausratversicherung", "Hausratversicherung"],
    )


def _memberships(box: Box) -> None:
    """Gym by SEPA direct debit, ADAC, the newspaper with a price change, RTL+ cancelled."""
    for day in monthly(date(2026, 10, 3), date(2026, 12, 3)):
        _mail(
            box,
            day - timedelta(days=5),
            "FitX",
            "service@fitx.de",
            "Vorabankündigung SEPA-Lastschrift",
            f"Hallo Katrin,\n\nwir kündigen dir hiermit den Einzug deines Mitgliedsbeitrags an.\n\nBetrag: 24,99 €\nFälligkeit: {de_date(day)}\n"
            f"Gläubiger-ID: DE98ZZZ09999999999\nMandatsreferenz: FX-{box.digits(9)}\nIBAN: {IBAN[:7]} **** **** **** **{IBAN[-2:]}\n\n"
            "Studio: FitX Leipzig-Plagwitz, Karl-Heine-Straße 99, 04229 Leipzig\n\nSportliche Grüße\nDein FitX Team",
            label="FitX",
        )
    box.label("FitX", "24.99", "EUR", "monthly", "active", "2027-01-03", aliases=["FitX Leipzig-Plagwitz"])

    _html_only(
        box,
        date(2026, 1, 5),
        "ADAC",
        "mitgliederservice@adac.de",
        "Ihre Beitragsrechnung 2026",
        "Sehr geehrter Herr Becker, vielen Dank für Ihre Treue.",
        [
            ("Mitgliedsnummer", f"{box.digits(3)} {box.digits(3)} {box.digits(3)}"),
            ("Mitgliedschaft", "ADAC Plus-Mitgliedschaft"),
            ("Zeitraum", "01.01.2026 – 31.12.2026"),
            ("Jahresbeitrag", "94,00 €"),
            ("Lastschrift am", "15.01.2026"),
        ],
        "ADAC e.V., Hansastraße 19, 80686 München",
        "ADAC",
        "#ffcc00",
    )
    box.label("ADAC", "94.00", "EUR", "yearly", "active", "2027-01-15", aliases=["ADAC Plus-Mitgliedschaft"])

    for day in monthly(date(2026, 10, 1), date(2026, 12, 1)):
        _mail(
            box,
            day,
            "Süddeutsche Zeitung",
            "abo@sz.de",
            "Ihre Rechnung für SZ Plus",
            f"Sehr geehrte Frau Becker,\n\nvielen Dank, dass Sie SZ Plus lesen.\n\nRechnungsnummer: {box.digits(10)}\nProdukt: SZ Plus Digital (monatlich)\n"
            f"Betrag: 12,99 €\nLeistungszeitraum: {de_date(day)} – {de_date(add_months(day, 1) - timedelta(days=1))}\n\n"
            "Süddeutsche Zeitung GmbH, Hultschiner Straße 8, 81677 München",
            html=True,
            label="Süddeutsche Zeitung",
        )
    _mail(
        box,
        date(2026, 11, 10),
        "Süddeutsche Zeitung",
        "abo@sz.de",
        "Preisänderung Ihres SZ Plus Abonnements",
        "Sehr geehrte Frau Becker,\n\nQualitätsjournalismus hat seinen Preis. Ab dem 1. Januar 2027 kostet Ihr Abo 14,99 € statt "
        "12,99 € im Monat. Wenn Sie mit der Preisänderung nicht einverstanden sind, können Sie Ihr Abonnement bis zum 31. Dezember 2026 kündigen.\n\n"
        "Mit freundlichen Grüßen\nIhr SZ-Leserservice",
        label="Süddeutsche Zeitung",
    )
    box.label(
        "Süddeutsche Zeitung", "14.99", "EUR", "monthly", "active", "2027-01-01", aliases=["SZ Plus", "SZ"]
    )

    for day in (date(2026, 7, 12), date(2026, 8, 12)):
        _mail(
            box,
            day,
            "RTL+",
            "noreply@rtlplus.de",
            "Deine Zahlung für RTL+ Premium",
            f"Hallo Katrin,\n\nwir haben 6,99 € für dein RTL+ Premium Abo abgebucht ({de_date(day)}).\nNächste Zahlung: {de_date(add_months(day, 1))}\n\nDein RTL+ Team",
            label="RTL+",
        )
    _mail(
        box,
        date(2026, 8, 25),
        "RTL+",
        "noreply@rtlplus.de",
        "Kündigungsbestätigung",
        "Hallo Katrin,\n\nhiermit bestätigen wir die Kündigung deines Abos RTL+ Premium. Dein Abo endet zum 11.09.2026. "
        "Bis dahin kannst du RTL+ wie gewohnt nutzen. Es erfolgen keine weiteren Abbuchungen.\n\nDein RTL+ Team",
        label="RTL+",
    )
    box.label("RTL+", "6.99", "EUR", "monthly", "cancelled", None, aliases=["RTL+ Premium", "RTL plus"])


def _family(box: Box) -> None:
    """Kita fees, Babbel through PayPal, iCloud+, Microsoft 365 (English)."""
    for day, start, amount, before in (
        (date(2026, 1, 14), "01.02.2026", "245,00", "238,00"),
        (date(2026, 7, 15), "01.08.2026", "252,00", "245,00"),
    ):
        _mail(
            box,
            day,
            "Stadt Leipzig, Amt für Jugend und Familie",
            "kita-beitraege@leipzig.de",
            "Beitragsbescheid Kindertagesstätte",
            f"Sehr geehrte Frau Becker,\n\nfür die Betreuung Ihres Kindes Mia Becker in der Kita Sonnenschein (Merseburger Str. 80) "
            f"wird ab dem {start} ein monatlicher Elternbeitrag von {amount} EUR (bisher {before} EUR) erhoben. Der Beitrag ist "
            "jeweils zum 5. eines Monats fällig und wird per Lastschrift eingezogen.\n\nAktenzeichen 51.23-KB-20417\n\n"
            "Stadt Leipzig, Amt für Jugend und Familie, Naumburger Straße 26, 04229 Leipzig",
            label="Kita-Beitrag",
            charset="iso-8859-1",
        )
    box.label(
        "Kita-Beitrag",
        "252.00",
        "EUR",
        "monthly",
        "active",
        "2027-01-05",
        "bill",
        aliases=[
            "Kita Sonnenschein",
            "Stadt Leipzig",
            "Elternbeitrag",
            "Stadt Leipzig, Amt für Jugend und Familie",
        ],
    )

    for day in (date(2026, 3, 9), date(2026, 6, 9), date(2026, 9, 9), date(2026, 12, 9)):
        tid = box.code(17)
        text = (
            f"Hallo Katrin Becker,\n\nSie haben eine automatische Zahlung über 29,97 € EUR an Babbel GmbH gesendet.\n\n"
            f"Händler\nBabbel GmbH\nbilling@babbel.com\n\nTransaktionscode\n{tid}\n\nTransaktionsdatum\n{de_long(day)}\n\n"
            f"Beschreibung: Babbel Sprachkurs – 3-Monats-Abo\nBetrag 29,97 € EUR\nGesamt 29,97 € EUR\n\n"
            f"Details der automatischen Zahlung: alle 3 Monate, nächste Zahlung am {de_date(add_months(day, 3))}\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A."
        )
        box.add(
            day,
            "service@paypal.de",
            "service@paypal.de",
            "Beleg für Ihre automatische Zahlung an Babbel GmbH",
            text=text,
            html=page("PayPal", text.replace("\n", "<br>"), "#003087"),
            label="Babbel",
        )
    box.label("Babbel", "29.97", "EUR", "quarterly", "active", "2027-03-09", aliases=["Babbel GmbH"])

    for day in (date(2026, 10, 26), date(2026, 11, 26)):
        html = page(
            "Deine Rechnung von Apple",
            (
                f"<h2>Rechnung</h2><table><tr><td>APPLE-ACCOUNT</td><td>katrin.becker@posteo.de</td></tr><tr><td>DATUM</td><td>{day.day}. {MONTHS[day.month - 1][:3]}. {day.year}</td></tr>"
                f"<tr><td>BESTELLNUMMER</td><td>M{box.code(9)}</td></tr></table><table width='100%'><tr><td><b>iCloud+ mit 200 GB Speicher</b><br>iCloud+ (monatlich)<br>"
                f"Verlängerung am {de_date(add_months(day, 1))}</td><td align='right'>2,99 €</td></tr></table>"
                + table([("Zwischensumme", "2,51 €"), ("MwSt. 19 %", "0,48 €"), ("GESAMT", "2,99 €")])
                + "<p>Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Irland</p>"
            ),
        )
        box.add(
            day, "Apple", "no_reply@email.apple.com", "Deine Rechnung von Apple", html=html, label="iCloud+"
        )
    box.label("iCloud+", "2.99", "EUR", "monthly", "active", "2026-12-26", aliases=["iCloud"])

    _html_only(
        box,
        date(2026, 5, 17),
        "Microsoft",
        "microsoft-noreply@microsoft.com",
        "Your Microsoft order has been processed",
        "Thanks for your purchase, Tobias. Your subscription has been renewed.",
        [
            ("Product", "Microsoft 365 Family (annual)"),
            ("Order number", box.digits(10)),
            ("Subtotal", "83,19 €"),
            ("VAT", "15,81 €"),
            ("Total", "99,00 €"),
            ("Next billing date", "17/05/2027"),
        ],
        "Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18",
        "Microsoft 365",
    )
    box.label(
        "Microsoft 365", "99.00", "EUR", "yearly", "active", "2027-05-17", aliases=["Microsoft 365 Family"]
    )


def _shops(box: Box) -> None:
    """Food delivery, fashion and home orders, parcels."""
    for day, shop, total in (
        (date(2026, 1, 16), "Pizzeria Da Toni", "27,40"),
        (date(2026, 3, 6), "Sushi Circle", "38,90"),
        (date(2026, 5, 22), "Burgerheart", "31,15"),
        (date(2026, 8, 14), "Thai Orchid", "24,60"),
        (date(2026, 10, 30), "Pizzeria Da Toni", "29,90"),
        (date(2026, 12, 12), "Vapiano Leipzig", "41,20"),
    ):
        _mail(
            box,
            day,
            "Lieferando.de",
            "info@lieferando.de",
            f"Deine Bestellung bei {shop}",
            f"Danke für deine Bestellung!\n\nBestellnummer: {box.code(6)}\n{shop}\nZwischensumme {total} €\nLieferkosten 1,99 €\nServicegebühr 0,79 €\n"
            f"Gesamt bezahlt mit PayPal\n\nLieferadresse: {ADDRESS}\nRestaurant-Telefon 0341 {box.digits(6)}",
            html=True,
        )
    for day, item, price in (
        (date(2026, 2, 19), "Jack Wolfskin Winterjacke", "149,95"),
        (date(2026, 9, 23), "Nike Air Max (Kinder, Gr. 34)", "59,95"),
    ):
        order = box.digits(11)
        _mail(
            box,
            day,
            "Zalando",
            "info@service-mail.zalando.de",
            f"Danke für deine Bestellung {order}",
            f"Hallo Katrin,\n\nwir haben deine Bestellung erhalten.\n\n{item}  {price} €\nVersand 0,00 €\nGesamtsumme {price} € (inkl. MwSt.)\n\nZahlungsart: Rechnung",
            html=True,
        )
        _mail(
            box,
            day + timedelta(days=1),
            "Zalando",
            "info@service-mail.zalando.de",
            "Deine Bestellung ist unterwegs",
            f"Bestellnummer {order}. Sendungsnummer DHL 00340434{box.digits(12)}.",
        )
    _mail(
        box,
        date(2026, 10, 2),
        "Zalando",
        "info@service-mail.zalando.de",
        "Wir haben deine Rücksendung erhalten",
        "Für deine Rücksendung erstatten wir dir 59,95 € innerhalb von 3 Werktagen.",
    )
    for day, item, price in (
        (date(2026, 4, 11), "Kinderschreibtisch höhenverstellbar", "229,99"),
        (date(2026, 11, 4), "Bosch Geschirrspüler SMS4HTI45E", "499,00"),
    ):
        _mail(
            box,
            day,
            "OTTO",
            "service@otto.de",
            "Ihre Bestellung bei OTTO",
            f"Guten Tag Frau Becker,\n\nvielen Dank für Ihre Bestellung Nr. {box.digits(9)}.\n{item}  {price} €\nServicepauschale 2,95 €\n"
            f"Lieferanschrift: {ADDRESS}",
            html=True,
            charset="iso-8859-15",
        )
    _mail(
        box,
        date(2026, 11, 7),
        "OTTO",
        "service@otto.de",
        "Ihre Lieferung ist auf dem Weg",
        "Die Spedition Hermes liefert am 12.11.2026 zwischen 8 und 12 Uhr.",
    )
    for day in (
        date(2026, 2, 20),
        date(2026, 4, 13),
        date(2026, 6, 3),
        date(2026, 9, 24),
        date(2026, 11, 6),
        date(2026, 12, 15),
    ):
        _mail(
            box,
            day,
            "DHL Paket",
            "noreply@dhl.de",
            "Ihre DHL Sendung kommt heute",
            f"Hallo Katrin Becker,\n\nIhre Sendung 00340434{box.digits(12)} wird heute zwischen 10:15 und 13:45 Uhr zugestellt.\n"
            f"Zustelladresse: {ADDRESS}\nKeine Zeit? Ablageort oder Packstation 112 wählen.",
        )
    for day in (date(2026, 6, 4), date(2026, 12, 16)):
        _mail(
            box,
            day,
            "DHL Paket",
            "noreply@dhl.de",
            "Ihre Sendung wurde zugestellt",
            f"Ihre Sendung wurde am {de_date(day)} um 11:32 Uhr beim Nachbarn (Nr. 44) abgegeben.",
        )
    for day, item, price in (
        (date(2026, 3, 18), "LEGO Friends Wohnmobil", "39,99"),
        (date(2026, 6, 1), "Tonies Hörfigur Bibi Blocksberg", "16,99"),
        (date(2026, 11, 29), "Philips Hue Starter Set", "89,99"),
    ):
        _mail(
            box,
            day,
            "Amazon.de",
            "bestellbestaetigung@amazon.de",
            f"Ihre Amazon.de Bestellung von „{item[:24]}…“",
            f"Guten Tag Katrin Becker,\n\nvielen Dank für Ihre Bestellung 302-{box.digits(7)}-{box.digits(7)}.\n{item}\nGesamtsumme: EUR {price}\n"
            f"Zustellung: Donnerstag\nLieferadresse: {ADDRESS}",
            html=True,
        )


def _money_mail(box: Box) -> None:
    """Sparkasse notices, PayPal one-offs, a donation."""
    for day in (date(2026, 1, 2), date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1)):
        _mail(
            box,
            day,
            "Sparkasse Leipzig",
            "noreply@sparkasse-leipzig.de",
            "Neue Nachricht in Ihrem elektronischen Postfach",
            "Sehr geehrte Frau Becker,\n\nin Ihrem elektronischen Postfach liegt ein neuer Kontoauszug für Ihr Girokonto (IBAN endet auf 7734) bereit. "
            "Kontoführungsentgelt für das Quartal: 14,85 EUR.\n\nIhre Sparkasse Leipzig",
            charset="iso-8859-1",
        )
    for day, amount, where in (
        (date(2026, 3, 21), "249,00", "MEDIA MARKT LEIPZIG"),
        (date(2026, 8, 2), "1.180,00", "REISEBUERO LEIPZIG"),
    ):
        _mail(
            box,
            day,
            "Sparkasse Leipzig",
            "noreply@sparkasse-leipzig.de",
            "Umsatzbenachrichtigung",
            f"Kartenzahlung über {amount} EUR bei {where} am {de_date(day)}. Sie erkennen die Zahlung nicht? Sperr-Notruf 116 116.",
            charset="iso-8859-1",
        )
    _mail(
        box,
        date(2026, 5, 12),
        "Sparkasse Leipzig",
        "noreply@sparkasse-leipzig.de",
        "pushTAN: Freigabe erforderlich",
        "Bitte geben Sie die Überweisung über 350,00 EUR an Familie Wagner in der S-pushTAN-App frei.",
        charset="iso-8859-1",
    )
    for day, who, amount, note in (
        (date(2026, 4, 27), "Jonas M.", "45,00", "Kleinanzeigen: Kinderfahrrad 20 Zoll"),
        (date(2026, 9, 5), "Thomann GmbH", "189,00", "Bestellung 5512804: Yamaha Keyboard"),
        (date(2026, 12, 11), "Sabine Krüger", "30,00", "Weihnachtsgeschenk Lehrerin, Anteil Becker"),
    ):
        _mail(
            box,
            day,
            "service@paypal.de",
            "service@paypal.de",
            f"Sie haben eine Zahlung an {who} gesendet",
            f"Hallo Katrin Becker,\n\nSie haben {amount} € EUR an {who} gesendet.\nMitteilung: {note}\nTransaktionscode: {box.code(17)}\n\nPayPal",
            html=True,
        )
    _mail(
        box,
        date(2026, 12, 18),
        "Ärzte ohne Grenzen",
        "spenden@aerzte-ohne-grenzen.de",
        "Danke für Ihre Spende",
        "Liebe Frau Becker,\n\nvielen Dank für Ihre einmalige Spende über 100,00 € vom 18.12.2026. Ihre Zuwendungsbestätigung erhalten Sie im Februar.",
        html=True,
    )


def _newsletters(box: Box) -> None:
    """Offers and newsletters that quote prices, some for subscriptions the family does not have."""
    items = [
        (
            date(2026, 1, 12),
            "REWE",
            "newsletter@rewe.de",
            "Deine Angebote der Woche",
            "Butter 1,79 €, Kaffee 4,99 €, Erdbeeren 500 g 2,22 €. Gültig bis Samstag in deinem REWE Markt Plagwitz.",
        ),
        (
            date(2026, 3, 2),
            "Lidl",
            "newsletter@lidl.de",
            "Nur heute: Parkside Akkuschrauber für 29,99 €",
            "Solange der Vorrat reicht. Lidl Plus Coupon: 10 % auf Obst.",
        ),
        (
            date(2026, 4, 20),
            "Tchibo",
            "newsletter@tchibo.de",
            "Neue Themenwelt: Garten",
            "Gartenbank 149 € · Kaffee-Abo: 10 % sparen bei monatlicher Lieferung ab 19,99 €.",
        ),
        (
            date(2026, 5, 4),
            "IKEA Family",
            "ikea-family@news.ikea.de",
            "Deine IKEA Family Angebote im Mai",
            "KALLAX Regal 54,99 € statt 64,99 €. Nur für IKEA Family Mitglieder.",
        ),
        (
            date(2026, 6, 15),
            "MediaMarkt",
            "newsletter@mediamarkt.de",
            "Nur heute: 20 % auf alles*",
            '*ausgenommen Apple, Gutscheinkarten. Samsung TV 55" 599 € statt 749 €.',
        ),
        (
            date(2026, 7, 20),
            "DER SPIEGEL",
            "newsletter@spiegel.de",
            "Die Lage am Morgen",
            "Guten Morgen! ... SPIEGEL+ testen: 4 Wochen für 1 €, danach 19,99 € im Monat.",
        ),
        (
            date(2026, 8, 17),
            "CHECK24",
            "newsletter@check24.de",
            "Strom sparen: bis zu 240 € Bonus",
            "Ihr aktueller Tarif bei Stadtwerke Leipzig? Jetzt vergleichen und bis zu 240 € Neukundenbonus sichern.",
        ),
        (
            date(2026, 9, 14),
            "ZEIT ONLINE",
            "newsletter@zeit.de",
            "Was jetzt? Der Newsletter",
            "Heute: Haushaltsstreit. Z+ jetzt 1 Monat kostenlos lesen, danach 19,99 €/Monat, jederzeit kündbar.",
        ),
        (
            date(2026, 10, 19),
            "dm-drogerie markt",
            "newsletter@dm.de",
            "Deine Coupons für diese Woche",
            "10-fach Payback-Punkte auf Babypflege. Windeln ab 8,95 €.",
        ),
        (
            date(2026, 11, 23),
            "Deutsche Bahn",
            "newsletter@bahn.de",
            "Black Friday: Super Sparpreis ab 17,99 €",
            "Jetzt buchen und günstig nach Berlin, Hamburg und München. Nur bis Montag.",
        ),
        (
            date(2026, 11, 27),
            "Netflix",
            "info@mailer.netflix.com",
            "Neu auf Netflix: Diese Serien starten im Dezember",
            "Jetzt ansehen: Stranger Things, Staffel 5. Dein Netflix-Team.",
        ),
        (
            date(2026, 12, 7),
            "Tchibo",
            "newsletter@tchibo.de",
            "Adventskalender: Tür 7",
            "Nur heute: Wolldecke 19,99 €. Gratis Versand ab 25 €.",
        ),
    ]
    for day, sender, address, subject, text in items:
        box.add(
            day,
            sender,
            address,
            subject,
            text=text,
            html=page(subject, f"<p>{text}</p>"),
            headers={"List-Unsubscribe": f"<mailto:unsubscribe@{address.split('@')[1]}>"},
        )


def _other(box: Box) -> None:
    """Trips, tickets, authorities, second-hand sales, English one-offs."""
    _mail(
        box,
        date(2026, 4, 2),
        "DB Fernverkehr AG",
        "buchungsbestaetigung@bahn.de",
        "Buchungsbestätigung (Auftrag 4812 7731 2290)",
        "Ihre Fahrkarte: Super Sparpreis Leipzig Hbf → Berlin Hbf, 18.04.2026, 2 Erwachsene, 1 Kind\nGesamtpreis: 59,98 €\nBahnCard 25 Rabatt angewendet.\nZahlungsart: PayPal",
        html=True,
    )
    _mail(
        box,
        date(2026, 7, 30),
        "DB Fernverkehr AG",
        "buchungsbestaetigung@bahn.de",
        "Buchungsbestätigung (Auftrag 9031 4412 0871)",
        "Ihre Fahrkarte: Flexpreis Leipzig Hbf → Hamburg Hbf, 14.08.2026\nGesamtpreis: 96,40 €\nSitzplatzreservierung 5,50 €",
        html=True,
    )
    _mail(
        box,
        date(2026, 5, 28),
        "Booking.com",
        "noreply@booking.com",
        "Ihre Buchung im Hotel Ostseeblick ist bestätigt",
        f"Buchungsnummer {box.digits(10)}\nHotel Ostseeblick, Strandstraße 4, 18225 Kühlungsborn\n25.07.2026 – 01.08.2026\nGesamtpreis 1.284,00 €",
        html=True,
    )
    _mail(
        box,
        date(2026, 8, 3),
        "Booking.com",
        "noreply@booking.com",
        "Wie war Ihr Aufenthalt?",
        "Bewerten Sie Hotel Ostseeblick und erhalten Sie 10 % auf Ihre nächste Buchung.",
    )
    _mail(
        box,
        date(2026, 3, 25),
        "Eventim",
        "info@eventim.de",
        "Ihre Tickets für Die Ärzte",
        f"Bestellnummer {box.digits(9)}\n2 x Stehplatz 79,90 €\nVorverkaufsgebühr 6,40 €\nGesamt 166,20 €\nQuarterback Immobilien Arena Leipzig",
        html=True,
    )
    _mail(
        box,
        date(2026, 10, 9),
        "FlixBus",
        "noreply@flixbus.de",
        "Deine Buchung: Leipzig → Dresden",
        "Buchungsnummer 30"
        + box.digits(8)
        + "\n1 Erwachsener, 11,99 €\nAbfahrt 24.10.2026 08:15 Leipzig Hbf (Ostseite)",
    )
    _mail(
        box,
        date(2026, 2, 9),
        "SHOP APOTHEKE",
        "service@shop-apotheke.com",
        "Bestellbestätigung",
        "Bestellung 2301" + box.digits(6) + ": Nasenspray, Vitamin D3. Gesamt 18,47 € inkl. Versand.",
        html=True,
    )
    _mail(
        box,
        date(2026, 6, 8),
        "Kleinanzeigen",
        "noreply@kleinanzeigen.de",
        "Neue Nachricht zu deiner Anzeige „Kinderwagen Hartan“",
        "Hallo, ist der Kinderwagen für 120 € noch da? Ich könnte Samstag in Plagwitz abholen.",
    )
    _mail(
        box,
        date(2026, 6, 10),
        "Kleinanzeigen",
        "noreply@kleinanzeigen.de",
        "Zahlung erhalten – Sicher bezahlen",
        "Der Käufer hat 120,00 € für „Kinderwagen Hartan“ bezahlt. Auszahlung auf dein Konto in 1–2 Werktagen.",
    )
    _mail(
        box,
        date(2026, 9, 1),
        "Vinted",
        "no-reply@vinted.de",
        "Dein Artikel wurde verkauft!",
        "Du hast „Winterjacke Gr. 128“ für 18,00 € verkauft. Versandetikett herunterladen.",
    )
    _mail(
        box,
        date(2026, 5, 6),
        "ELSTER",
        "noreply@elster.de",
        "Neue Bescheiddaten liegen zur Abholung bereit",
        "Für Ihre Einkommensteuererklärung 2025 liegen Bescheiddaten vor. Erstattung: 1.412,33 €.",
    )
    _mail(
        box,
        date(2026, 10, 14),
        "Doctolib",
        "no-reply@doctolib.de",
        "Terminbestätigung: Dr. med. Hoffmann",
        "Ihr Termin am 21.10.2026 um 09:40 Uhr, Praxis Dr. Hoffmann, Zschochersche Str. 50, 04229 Leipzig.",
    )
    _mail(
        box,
        date(2026, 11, 2),
        "Kita Sonnenschein",
        "leitung@kita-sonnenschein-leipzig.de",
        "Elternbrief: Laternenfest am 11. November",
        "Liebe Eltern,\n\nunser Laternenfest beginnt um 16:30 Uhr. Bitte gebt euren Kindern 5 EUR für den Kuchenbasar mit. Fotos vom Fotografen: Mappe 12,50 EUR.",
        charset="iso-8859-1",
    )
    _mail(
        box,
        date(2026, 11, 20),
        "Steam",
        "noreply@steampowered.com",
        "Thank you for your Steam purchase!",
        "Stardew Valley  13,99€\nTotal: 13,99€\nPayment method: PayPal\nThis is a one-time purchase.",
        html=True,
    )
    _mail(
        box,
        date(2026, 8, 21),
        "Microsoft account team",
        "account-security-noreply@accountprotection.microsoft.com",
        "Microsoft account security code",
        "Please use the following security code for the Microsoft account t***@gmx.de. Security code: "
        + box.digits(6),
    )


def _one_off_bills(box: Box) -> None:
    """One-off bills and debits that look like recurring ones, and a few more orders."""
    _mail(
        box,
        date(2026, 9, 16),
        "Lessing-Gymnasium Leipzig",
        "sekretariat@lessing-gymnasium-leipzig.de",
        "Klassenfahrt 8b: Vorabankündigung der Lastschrift",
        "Liebe Eltern der 8b,\n\nfür die Klassenfahrt nach Prag ziehen wir einmalig 185,00 EUR am 01.10.2026 per SEPA-Lastschrift ein.\n"
        "Gläubiger-ID DE55ZZZ00001234567, Mandatsreferenz KF-8B-14.\n\nViele Grüße\nFrau Neumann",
        charset="iso-8859-1",
    )
    _mail(
        box,
        date(2026, 5, 19),
        "Elektro Schmidt GmbH",
        "buero@elektro-schmidt-leipzig.de",
        "Ihre Rechnung Nr. 2026-0412",
        "Sehr geehrte Frau Becker,\n\nanbei unsere Rechnung für den Austausch des Sicherungskastens.\nArbeitszeit 3 Std. 222,00 €\nMaterial 70,87 €\n"
        "zzgl. 19 % MwSt. 55,63 €\nRechnungsbetrag 348,50 €\nZahlbar bis 02.06.2026 ohne Abzug.\n\nElektro Schmidt GmbH, Zschochersche Str. 12, 04229 Leipzig, Tel. 0341 4801234",
        html=True,
    )
    _mail(
        box,
        date(2026, 10, 12),
        "Telekom",
        "angebote@telekom.de",
        "Nur für Sie: MagentaTV 3 Monate gratis",
        "Jetzt MagentaTV Smart dazubuchen: 3 Monate gratis, danach 10,00 € im Monat. Mindestlaufzeit 12 Monate.",
        html=True,
    )
    _mail(
        box,
        date(2026, 10, 15),
        "Sparkasse Leipzig",
        "noreply@sparkasse-leipzig.de",
        "Ihre Kreditkartenabrechnung",
        "Ihre Mastercard-Abrechnung vom 15.10.2026 liegt im Postfach. Abrechnungsbetrag 412,87 EUR, Einzug vom Girokonto am 20.10.2026.",
        charset="iso-8859-1",
    )
    _mail(
        box,
        date(2026, 8, 26),
        "IKEA Deutschland",
        "noreply@order.ikea.de",
        "Deine Bestellung ist bestätigt",
        f"Bestellnummer 1{box.digits(9)}\nPAX Kleiderschrank 329,00 €\nLieferung 39,00 €\nGesamt 368,00 €\nLieferung an {ADDRESS}",
        html=True,
    )
    for day in (date(2026, 3, 19), date(2026, 11, 30)):
        _mail(
            box,
            day,
            "Amazon.de",
            "versandbestaetigung@amazon.de",
            "Ihre Amazon.de Bestellung wurde versandt",
            f"Ihr Paket ist unterwegs. Sendungsnummer DHL 00340434{box.digits(12)}. Voraussichtliche Zustellung: morgen.",
        )
    _mail(
        box,
        date(2026, 7, 7),
        "eBay",
        "ebay@ebay.de",
        "Bestellbestätigung: Playmobil Piratenschiff",
        "Vielen Dank für Ihren Kauf!\nPlaymobil Piratenschiff 70411  34,50 €\nVersand 5,99 €\nGesamt 40,49 €\nBestellnummer 12-"
        + box.digits(5)
        + "-"
        + box.digits(5),
        html=True,
    )


def build() -> tuple[Box, date, list[str]]:
    box = Box(20261221, "Katrin Becker", "katrin.becker@posteo.de", BERLIN)
    for part in (
        _streaming,
        _transport,
        _telecom,
        _home,
        _memberships,
        _family,
        _shops,
        _money_mail,
        _newsletters,
        _other,
        _one_off_bills,
    ):
        part(box)
    negatives = [
        "Lieferando",
        "Zalando",
        "OTTO",
        "DHL",
        "Sparkasse",
        "Sparkasse Leipzig",
        "Jonas M.",
        "Thomann",
        "Sabine Krüger",
        "Ärzte ohne Grenzen",
        "REWE",
        "Lidl",
        "Tchibo",
        "IKEA",
        "MediaMarkt",
        "DER SPIEGEL",
        "SPIEGEL+",
        "CHECK24",
        "ZEIT ONLINE",
        "dm-drogerie markt",
        "Booking.com",
        "Eventim",
        "FlixBus",
        "SHOP APOTHEKE",
        "Kleinanzeigen",
        "Vinted",
        "ELSTER",
        "Doctolib",
        "Steam",
        "Stardew Valley",
        "Hotel Ostseeblick",
        "Pizzeria Da Toni",
        "Media Markt",
        "Lessing-Gymnasium",
        "Klassenfahrt",
        "Elektro Schmidt",
        "eBay",
        "Playmobil",
    ]
    return box, TODAY, negatives
