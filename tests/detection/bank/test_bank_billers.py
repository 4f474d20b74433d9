"""Well-known phone, internet, TV, energy, water and insurance companies are bills, in every
country's descriptor style, and their short or common names catch no one else."""

from __future__ import annotations

from datetime import date

import pytest
from tests.detection.bank.test_bank_recurring import monthly

from app.detection.bank import merchants
from app.detection.bank.merchants import merchant_for
from app.detection.bank.recurring import detect_recurring

BILLERS = [
    ("VERIZON WIRELESS VZ WIRELESS 800-922-0204 NJ", "Verizon"),
    ("COMCAST DES:XFINITY ID:0000123 INDN:ALEX MORGAN CO ID:0000123 PPD", "Xfinity"),
    ("CONSOLIDATED EDISON CO DES:CECONY ID:12345", "Con Edison"),
    ("COMMONWEALTH EDISON ONLINE PMT", "ComEd"),
    ("BELL CANADA", "Bell Canada"),
    ("ROGERS ******5678", "Rogers"),
    ("HYDRO-QUEBEC PAIEMENT", "Hydro-Québec"),
    ("DIRECT DEBIT EE", "EE"),
    ("EE LIMITED", "EE"),
    ("DD THREE", "Three"),
    ("SKY DIGITAL DDR", "Sky"),
    ("VIRGIN MEDIA PYMTS", "Virgin Media"),
    ("ADMIRAL INSURANCE DD", "Admiral"),
    ("ELECTRIC IRELAND DD 1234567", "Electric Ireland"),
    ("SEPA-LASTSCHRIFT 1&1 Telecom GmbH Rechnung 123456789", "1&1"),
    ("Telefonica Germany GmbH + Co. OHG Kd-Nr 616826004 Mobilfunk 03/2024", "O2"),
    ("RWE Vertrieb AG Abschlag Strom", "RWE"),
    ("ERGO Versicherung AG Beitrag 2025", "ERGO"),
    ("Swisscom (Schweiz) AG Rechnung 3452512712", "Swisscom"),
    ("Hutchison Drei Austria GmbH BRUENNER STRASSE 52 1210 Wien", "Drei"),
    ("PRLV SEPA ENGIE /MOTIF ECHEANCE GAZ", "Engie"),
    ("PRLV SEPA BOUYGUES TELECOM", "Bouygues Telecom"),
    ("PROXIMUS SA DOMICILIATION", "Proximus"),
    ("KPN B.V. | Factuur 2192846486", "KPN"),
    ("Ziggo Services BV Factuur 5526071517 klantnr 694644474", "Ziggo"),
    ("ENECO Services NV termijnbedrag", "Eneco"),
    ("RECIBO IBERDROLA CLIENTES SAU", "Iberdrola"),
    ("RECIBO TELEFONICA DE ESPANA SAU | MOVISTAR FIBRA", "Movistar"),
    ("ADDEBITO SDD ENEL ENERGIA SPA", "Enel"),
    ("DD EDP COMERCIAL", "EDP"),
    ("AUTOGIRO TELENOR SVERIGE AB", "Telenor"),
    ("HOFOR BS", "HOFOR"),
    ("Ørsted Salg & Service A/S", "Ørsted"),
    ("ELISA OYJ E-LASKU", "Elisa"),
    ("P4 SP Z O O PLAY", "Play"),
    ("TELSTRA DIRECT DEBIT", "Telstra"),
    ("AGL SALES PTY LTD", "AGL"),
    ("SPARK NZ TRADING LTD", "Spark"),
]


@pytest.mark.parametrize(("description", "name"), BILLERS)
def test_a_well_known_biller_is_a_bill(description: str, name: str) -> None:
    found = merchant_for(description)
    assert (found.name, found.category) == (name, "bill")


@pytest.mark.parametrize(
    "description",
    [
        "SKYSCANNER LTD",
        "SKYLINE DINER",
        "COFFEE EE",
        "THREE GUYS PIZZA",
        "ORANGE COUNTY TAX COLLECTOR",
        "ORANGE JUICE BAR",
        "HOTEL CASA FPL LISBOA PT",
        "ENDESA ENERGIA SAU",
        "DKV EURO SERVICE",
        "MIGROS ZURICH",
        "JOHN ROGERS PLUMBING",
        "ELISA MARTINEZ",
        "HELEN SMITH",
        "ORIGIN GAMES",
        "SPARK COFFEE",
        "TACO BELL",
        "BOUYGUES IMMOBILIER",
    ],
)
def test_a_short_or_common_biller_name_catches_no_other_payee(description: str) -> None:
    found = merchant_for(description)
    assert found.name not in {name for _d, name in BILLERS} - {"Endesa"}, found
    assert found.name != "Energia", found


def test_the_known_lookup_agrees_with_trying_every_pattern_for_billers() -> None:
    for description, _name in BILLERS:
        text = merchants.spaced(description)
        brute = next((name for pattern, name, _c in merchants.KNOWN if pattern.search(text)), None)
        found = merchants._known(text)
        assert (found.name if found else None) == brute, description


def test_a_quarterly_utility_named_by_brand_alone_is_a_bill() -> None:
    # Copenhagen's water and heating: the payee line says only its name, no word like "water"
    charges = monthly(3, 12, "-1845.00", "HOFOR BS", end=date(2026, 11, 29))[::3]
    [found] = detect_recurring(charges, today=date(2026, 11, 29))
    assert (found.name, found.kind, found.cycle) == ("HOFOR", "bill", "quarterly")
