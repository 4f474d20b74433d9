# ruff: noqa: E501  (mail text is data: long lines are the messages as written)
"""us/: Jordan Lee, a freelance designer in Seattle (sales tax 10.35 % on digital goods), Nov 2025 - Nov 2026."""

from __future__ import annotations

from datetime import date, timedelta, timezone

from mailkit import (
    Box,
    add_months,
    days,
    money,
    monthly,
    page,
    table,
    tax_of,
    text_of_rows,
    us_date,
    us_long,
    usd,
)

TAX = "0.1035"
TODAY = date(2026, 12, 1)
PST = timezone(timedelta(hours=-8))
CARD = "Visa ending in 4417"


def stripe(
    box: Box,
    day: date,
    company: str,
    address: str,
    lines: list[tuple[str, str]],
    total: str,
    label: str,
    period: str | None = None,
    tax: str | None = None,
    brand: str = "#635bff",
) -> None:
    """A Stripe-hosted receipt: 'Receipt from X', amount paid, date paid, summary table."""
    receipt = f"{box.digits(4)}-{box.digits(4)}"
    invoice = f"{box.code(8)}-{box.digits(4)}"
    rows = [("Amount paid", total), ("Date paid", us_date(day)), ("Payment method", "VISA - 4417")]
    summary = list(lines)
    if tax is not None:
        summary.append((f"Sales tax - Washington ({float(TAX) * 100:.2f}%)", tax))
    summary.append(("Amount paid", total))
    head = f"Receipt from {company}\nReceipt #{receipt}\nInvoice #{invoice}\n\n"
    text = (
        head
        + text_of_rows(rows)
        + "\n\nSUMMARY\n"
        + (f"{period}\n" if period else "")
        + text_of_rows(summary)
    )
    text += f"\n\nIf you have any questions, contact us at support@{address.split('@')[1]}.\n\nSomething wrong with the email? View it in your browser.\n\nYou're receiving this email because you made a purchase at {company}, which partners with Stripe to provide invoicing and payment processing."
    html = page(
        f"Receipt from {company}",
        (
            f"<h2>Receipt from {company}</h2><p style='color:#888'>Receipt #{receipt}</p>"
            + table(rows)
            + "<h3>Summary</h3>"
            + (f"<p>{period}</p>" if period else "")
            + table(summary)
            + f"<p style='color:#888;font-size:12px'>Questions? Contact {company} at support@{address.split('@')[1]}. Powered by stripe</p>"
        ),
        brand,
    )
    box.add(
        day, company, address, f"Your receipt from {company} #{receipt}", text=text, html=html, label=label
    )


def _figma(box: Box) -> None:
    """Figma (Stripe): Professional, 2 seats, a third seat added mid-cycle with a prorated charge."""
    for day in monthly(date(2026, 7, 7), date(2026, 11, 7)):
        seats = 2 if day < date(2026, 9, 1) else 3
        price = money(15 * seats)
        tax = tax_of(price, TAX)
        period = f"{us_date(day)} - {us_date(add_months(day, 1))}"
        stripe(
            box,
            day,
            "Figma, Inc.",
            "billing@figma.com",
            [
                (f"Figma Professional (Monthly) x {seats} editors  $15.00 each", usd(price)),
                ("Subtotal", usd(price)),
            ],
            usd(price + tax),
            "Figma",
            period,
            usd(tax),
            "#0acf83",
        )
        if day == date(2026, 8, 7):
            extra = date(2026, 8, 19)
            pro = money("9.19")
            ptax = tax_of(pro, TAX)
            stripe(
                box,
                extra,
                "Figma, Inc.",
                "billing@figma.com",
                [
                    ("Remaining time on 1 x Figma Professional after 19 Aug 2026 (prorated)", usd(pro)),
                    ("Subtotal", usd(pro)),
                ],
                usd(pro + ptax),
                "Figma",
                "Aug 19 - Sep 7, 2026",
                usd(ptax),
                "#0acf83",
            )
    figma = money(45) + tax_of(money(45), TAX)
    box.label("Figma", str(figma), "USD", "monthly", "active", "2026-12-07", aliases=["Figma Professional"])


def _notion(box: Box) -> None:
    """Notion (Stripe): Plus, billed annually."""
    price = money(120)
    tax = tax_of(price, TAX)
    stripe(
        box,
        date(2026, 3, 12),
        "Notion Labs, Inc.",
        "team@makenotion.com",
        [
            ("Plus plan - billed annually ($10 per member / month)", usd(price)),
            ("Qty 1", ""),
            ("Subtotal", usd(price)),
        ],
        usd(price + tax),
        "Notion",
        "Mar 12, 2026 - Mar 12, 2027",
        usd(tax),
        "#000",
    )
    box.label(
        "Notion",
        str(price + tax),
        "USD",
        "yearly",
        "active",
        "2027-03-12",
        aliases=["Notion Plus", "Notion Labs"],
    )


def _setapp(box: Box) -> None:
    """Setapp (Paddle as merchant of record)."""
    price = money("9.99")
    tax = tax_of(price, TAX)
    for day in monthly(date(2026, 9, 3), date(2026, 11, 3)):
        order = f"{box.digits(8)}-{box.digits(5)}"
        rows = [
            ("Setapp Monthly (1 Mac)", usd(price)),
            ("Sales tax", usd(tax)),
            ("Total", f"US{usd(price + tax)}"),
        ]
        text = (
            f"Thanks for your order!\n\nSetapp Limited has partnered with Paddle to handle your order. Paddle is "
            f"the merchant of record and the charge will appear as PADDLE.NET* SETAPP.\n\nOrder ID: {order}\n"
            f"Date: {day:%d/%m/%Y}\n\n"
            + text_of_rows(rows)
            + f"\n\nYour subscription renews automatically on "
            f"{add_months(day, 1):%d/%m/%Y} for US{usd(price + tax)}.\n\nPaddle.com Market Ltd, Judd House, London, UK"
        )
        html = page(
            "Your receipt",
            f"<p>Thanks for your order!</p><p>Order ID: {order}</p>"
            + table(rows)
            + f"<p>Next payment: {add_months(day, 1):%d/%m/%Y}</p><p style='font-size:11px'>Paddle.com Market Ltd is the merchant of record.</p>",
        )
        box.add(
            day,
            "Paddle",
            "help@paddle.com",
            f"Your Setapp receipt [{order}]",
            text=text,
            html=html,
            label="Setapp",
        )
    box.label("Setapp", str(price + tax), "USD", "monthly", "active", "2026-12-03")


def _tower(box: Box) -> None:
    """Tower (FastSpring): an annual plan with a renewal reminder a week before."""
    price = money(69)
    tax = tax_of(price, TAX)
    total = price + tax
    remind = (
        "Hello Jordan,\n\nThis is a friendly reminder that your subscription to Tower Pro (Annual) will "
        f"automatically renew on January 22, 2026. Your Visa ending in 4417 will be charged {usd(total)} "
        "(including sales tax).\n\nTo manage your subscription, visit your account page.\n\n"
        "FastSpring on behalf of fournova Software GmbH"
    )
    box.add(
        date(2026, 1, 15),
        "fournova via FastSpring",
        "noreply@fastspring.com",
        "Your Tower Pro subscription will renew soon",
        text=remind,
        html=page("Renewal", remind.replace("\n\n", "<p>")),
        label="Tower",
    )
    order = f"FOU{box.digits(6)}-{box.digits(4)}-{box.digits(5)}"
    rows = [
        ("Product", "Tower Pro - Annual"),
        ("Quantity", "1"),
        ("Unit price", usd(price)),
        ("Sales tax", usd(tax)),
        ("Order total", usd(total)),
        ("Next charge date", "Jan 22, 2027"),
    ]
    box.add(
        date(2026, 1, 22),
        "fournova via FastSpring",
        "noreply@fastspring.com",
        f"Your fournova Software GmbH order receipt {order}",
        html=page(
            "Order receipt",
            (
                f"<p>Thank you for your order. Reference: <b>{order}</b></p>"
                + table(rows)
                + "<p>This charge will appear on your statement as FS *towergit.com</p>"
            ),
        ),
        label="Tower",
    )
    box.label("Tower", str(total), "USD", "yearly", "active", "2027-01-22", aliases=["Tower Pro", "fournova"])


def _harvest(box: Box) -> None:
    """Harvest (Chargebee invoices), one seat, no tax charged."""
    for day in monthly(date(2026, 9, 15), date(2026, 11, 15)):
        inv = f"HRV-{box.digits(5)}"
        rows = [
            ("Invoice number", inv),
            ("Invoice date", us_date(day)),
            ("Harvest Pro - 1 seat x $12.00", "$12.00"),
            ("Tax (0%)", "$0.00"),
            ("Total", "$12.00"),
            ("Amount paid", "$12.00"),
            ("Amount due", "$0.00"),
        ]
        text = (
            "Hi Jordan,\n\nThanks for your payment. Here's the invoice for your Harvest subscription.\n\n"
            + text_of_rows(rows)
            + f"\n\nBilling period: {us_date(day)} to {us_date(add_months(day, 1) - timedelta(days=1))}\n\n"
            "Harvest, 16 W 22nd St, New York, NY 10010"
        )
        box.add(
            day,
            "Harvest",
            "billing@getharvest.com",
            f"Invoice {inv} for your Harvest subscription",
            text=text,
            html=page("Invoice", table(rows)),
            label="Harvest",
        )
    box.label("Harvest", "12.00", "USD", "monthly", "active", "2026-12-15", aliases=["Harvest Pro"])


def _buffer(box: Box) -> None:
    """Buffer (Recurly): Team plan downgraded to Essentials mid-cycle; the credit lowers one invoice."""

    def buffer(day: date, lines: list[tuple[str, str]], total: str) -> None:
        inv = box.digits(4)
        rows = [*lines, ("Total", total), ("Paid with", CARD)]
        box.add(
            day,
            "Buffer",
            "billing@buffer.com",
            f"Buffer: Invoice #{inv}",
            text=(
                f"Thanks for using Buffer!\n\nInvoice #{inv}\nDate: {us_long(day)}\n\n"
                + text_of_rows(rows)
                + "\n\nManage your plan at account.buffer.com/billing\n\nBuffer Inc. | Billing powered by Recurly"
            ),
            html=page("Invoice", f"<h3>Invoice #{inv}</h3>" + table(rows)),
            label="Buffer",
        )

    buffer(date(2026, 8, 26), [("Team plan - 3 channels @ $12.00/mo", "$36.00")], "$36.00")
    change = (
        "Hi Jordan,\n\nYour subscription has been changed from Team to Essentials (3 channels @ $6.00/mo = $18.00/mo) "
        "effective September 10, 2026.\n\nA credit of $9.60 for the unused time on your Team plan will be applied to "
        "your next invoice on September 26, 2026.\n\nThe Buffer team"
    )
    box.add(
        date(2026, 9, 10),
        "Buffer",
        "hello@buffer.com",
        "Your Buffer plan has been updated",
        text=change,
        label="Buffer",
    )
    buffer(
        date(2026, 9, 26),
        [
            ("Essentials plan - 3 channels @ $6.00/mo", "$18.00"),
            ("Proration credit: unused time on Team (Sep 10 - Sep 26)", "-$9.60"),
        ],
        "$8.40",
    )
    buffer(date(2026, 10, 26), [("Essentials plan - 3 channels @ $6.00/mo", "$18.00")], "$18.00")
    buffer(date(2026, 11, 26), [("Essentials plan - 3 channels @ $6.00/mo", "$18.00")], "$18.00")
    box.label("Buffer", "18.00", "USD", "monthly", "active", "2026-12-26", aliases=["Buffer Essentials"])


def _1password(box: Box) -> None:
    """1Password (Braintree receipt), billed annually, the monthly equivalent in brackets."""
    tid = box.code(8).lower()
    rows = [
        ("Merchant", "AgileBits Inc. dba 1Password"),
        ("Transaction ID", tid),
        ("Date", "06/02/2026"),
        ("Description", "1Password Individual - billed annually ($2.99/mo)"),
        ("Amount", "$35.88 USD"),
        ("Payment", "Visa ending in 4417"),
    ]
    box.add(
        date(2026, 6, 2),
        "1Password",
        "billing@1password.com",
        "Receipt for your payment to 1Password",
        text="Your payment has been processed.\n\n"
        + text_of_rows(rows)
        + "\n\nYour membership renews on June 2, 2027.\n\nThis transaction was processed by Braintree, a PayPal service.",
        html=page("Receipt", "<p>Your payment has been processed.</p>" + table(rows)),
        label="1Password",
    )
    box.label(
        "1Password",
        "35.88",
        "USD",
        "yearly",
        "active",
        "2027-06-02",
        aliases=["1Password Individual", "AgileBits"],
    )


def _dropbox(box: Box) -> None:
    """Dropbox: a failed payment, then the retry succeeds."""
    price = money("11.99")
    tax = tax_of(price, TAX)
    for day in (date(2026, 9, 18), date(2026, 10, 21), date(2026, 11, 18)):
        rows = [
            ("Dropbox Plus (monthly)", usd(price)),
            ("Tax", usd(tax)),
            ("Total charged", usd(price + tax)),
        ]
        box.add(
            day,
            "Dropbox",
            "no-reply@dropbox.com",
            "Your Dropbox receipt",
            html=page(
                "Receipt",
                (
                    f"<p>Hi Jordan, thanks for your payment. Receipt no. {box.digits(9)}</p>"
                    + table(rows)
                    + f"<p>Billing date: {us_long(day)}</p>"
                ),
                "#0061fe",
            ),
            label="Dropbox",
        )
    box.add(
        date(2026, 10, 18),
        "Dropbox",
        "no-reply@dropbox.com",
        "We couldn't process your payment",
        text=(
            f"Hi Jordan,\n\nWe tried to charge {usd(price + tax)} to your Visa ending in 4417 for Dropbox Plus, but the payment "
            "was declined.\n\nWe'll try again in 3 days. To keep your storage, please update your payment details.\n\n- The Dropbox team"
        ),
        label="Dropbox",
    )
    box.label("Dropbox", str(price + tax), "USD", "monthly", "active", "2026-12-18", aliases=["Dropbox Plus"])


def _zoom(box: Box) -> None:
    """Zoom: cancelled in August."""
    price = money("15.99")
    tax = tax_of(price, TAX)
    for day in (date(2026, 6, 5), date(2026, 7, 5)):
        rows = [
            ("Invoice Number", f"INV{box.digits(9)}"),
            ("Zoom Workplace Pro - Monthly", usd(price)),
            ("Sales Tax", usd(tax)),
            ("Total", usd(price + tax)),
        ]
        box.add(
            day,
            "Zoom",
            "billing@zoom.us",
            "Thank you for your payment",
            text="Thank you for your payment.\n\n"
            + text_of_rows(rows)
            + "\n\nZoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113",
            label="Zoom",
        )
    box.add(
        date(2026, 8, 1),
        "Zoom",
        "billing@zoom.us",
        "Your Zoom subscription has been canceled",
        text=(
            "Hi Jordan,\n\nWe're sorry to see you go. Your Zoom Workplace Pro plan has been canceled and will not renew. "
            "You can keep using Pro features until August 5, 2026, after which your account becomes Basic (free).\n\nZoom Billing"
        ),
        label="Zoom",
    )
    box.label(
        "Zoom",
        str(price + tax),
        "USD",
        "monthly",
        "cancelled",
        None,
        aliases=["Zoom Workplace Pro", "Zoom Pro"],
    )


def _netflix(box: Box) -> None:
    """Netflix."""
    for day in monthly(date(2026, 9, 11), date(2026, 11, 11)):
        box.add(
            day,
            "Netflix",
            "info@account.netflix.com",
            "Your Netflix payment",
            html=page(
                "Netflix",
                (
                    "<p>Hi Jordan,</p><p>We received your payment. Thanks for being a member.</p>"
                    + table(
                        [
                            ("Plan", "Standard"),
                            ("Amount", "$17.99"),
                            ("Billing date", us_long(day)),
                            ("Next billing date", us_long(add_months(day, 1))),
                        ]
                    )
                ),
                "#e50914",
            ),
            label="Netflix",
        )
    box.label("Netflix", "17.99", "USD", "monthly", "active", "2026-12-11")


def _spotify(box: Box) -> None:
    """Spotify: price rise announced after the last receipt."""
    for day in monthly(date(2026, 9, 20), date(2026, 11, 20)):
        rows = [("Premium Individual", "$11.99"), ("Tax", "$0.00"), ("Total", "$11.99")]
        box.add(
            day,
            "Spotify",
            "no-reply@spotify.com",
            "Your Spotify Premium receipt",
            text=(
                f"Spotify\n\nThanks for your payment.\n\nDate: {day:%m/%d/%Y}\nOrder ID: {box.digits(11)}\n\n"
                + text_of_rows(rows)
                + f"\n\nYour next bill is on {us_long(add_months(day, 1))}.\n"
            ),
            html=page("Receipt", table(rows), "#1db954"),
            label="Spotify",
        )
    box.add(
        date(2026, 11, 24),
        "Spotify",
        "no-reply@spotify.com",
        "An update to your Premium price",
        text=(
            "Hi Jordan,\n\nTo keep delivering great features, we're updating the price of Premium Individual. Starting with "
            "your billing date on or after December 20, 2026, your price will be $12.99/month (up from $11.99/month).\n\n"
            "You don't need to do anything. If you'd like to cancel, you can do so anytime in your account.\n\nSpotify"
        ),
        label="Spotify",
    )
    box.label("Spotify", "12.99", "USD", "monthly", "active", "2026-12-20", aliases=["Spotify Premium"])


def _youtube_premium_through_google_play(box: Box) -> None:
    """YouTube Premium through Google Play."""
    price = money("13.99")
    tax = tax_of(price, TAX)
    for day in monthly(date(2026, 9, 9), date(2026, 11, 9)):
        order = f"GPA.{box.digits(4)}-{box.digits(4)}-{box.digits(4)}-{box.digits(5)}"
        rows = [
            ("Item", "Price"),
            ("YouTube Premium (YouTube)  Monthly subscription", f"{usd(price)}/month"),
            ("Tax", usd(tax)),
            ("Total", f"{usd(price + tax)}/month"),
        ]
        box.add(
            day,
            "Google Play",
            "googleplay-noreply@google.com",
            f"Your Google Play Order Receipt from {us_date(day)}",
            html=page(
                "Google Play",
                (
                    f"<p>Thank you. You've made a purchase from the Google Play Store.</p><p>Order number: {order}<br>"
                    f"Order date: {us_date(day)} 7:14:02 AM PST</p>"
                    + table(rows)
                    + f"<p>Your subscription will auto-renew on {us_date(add_months(day, 1))}.</p>"
                ),
                "#01875f",
            ),
            label="YouTube Premium",
        )
    box.label(
        "YouTube Premium", str(price + tax), "USD", "monthly", "active", "2026-12-09", aliases=["YouTube"]
    )


def _amazon_prime(box: Box) -> None:
    """Amazon Prime: renewal notice and the charge."""
    box.add(
        date(2026, 4, 11),
        "Amazon.com",
        "prime@amazon.com",
        "Your Amazon Prime membership will renew soon",
        text=(
            "Hello Jordan,\n\nThank you for being a Prime member. Your membership will automatically renew on April 18, 2026 "
            "and you'll be charged $139.00 plus any applicable taxes to your Visa ending in 4417.\n\nManage your membership: "
            "amazon.com/prime\n\nAmazon.com, 410 Terry Ave N, Seattle, WA 98109"
        ),
        label="Amazon Prime",
    )
    prime = money(139) + tax_of(money(139), TAX)
    box.add(
        date(2026, 4, 18),
        "Amazon.com",
        "prime@amazon.com",
        "Your Amazon Prime membership has been renewed",
        text=(
            f"Hello Jordan,\n\nYour Amazon Prime membership has been renewed.\n\nMembership fee: $139.00\nEstimated tax: "
            f"{usd(prime - money(139))}\nTotal charged: {usd(prime)}\nPlan: Annual\nNext renewal: April 18, 2027\n\nAmazon Prime"
        ),
        label="Amazon Prime",
    )
    box.label("Amazon Prime", str(prime), "USD", "yearly", "active", "2027-04-18", aliases=["Prime"])


def _audible(box: Box) -> None:
    """Audible."""
    price = money("14.95")
    tax = tax_of(price, TAX)
    for day in monthly(date(2026, 9, 24), date(2026, 11, 24)):
        box.add(
            day,
            "Audible",
            "donotreply@audible.com",
            "Your Audible membership receipt",
            text=(
                f"Hi Jordan,\n\nThanks for being an Audible member. Here's your receipt.\n\nOrder #: D01-{box.digits(7)}-{box.digits(7)}\n"
                f"Audible Premium Plus - Monthly  {usd(price)}\nTax  {usd(tax)}\nOrder total  {usd(price + tax)}\n\n"
                "Your 1 credit is now available.\n"
            ),
            label="Audible",
        )
    box.label(
        "Audible",
        str(price + tax),
        "USD",
        "monthly",
        "active",
        "2026-12-24",
        aliases=["Audible Premium Plus"],
    )


def _apple(box: Box) -> None:
    """Apple: iCloud+ monthly; one receipt also holds a yearly Day One subscription."""
    icloud = money("2.99")
    dayone = money("34.99")
    for day in monthly(date(2026, 8, 28), date(2026, 11, 28)):
        items = [("iCloud+ with 200 GB Storage", "iCloud+ (Monthly)", icloud)]
        if day.month == 10:
            items.append(("Day One Journal: Private Diary", "Day One Premium (Yearly)", dayone))
        sub = sum((p for _, _, p in items), money(0))
        tax = tax_of(sub, TAX)
        cells = "".join(
            f"<tr><td><b>{a}</b><br>{b}<br>Renews {us_date(add_months(day, 1 if 'Monthly' in b else 12))}</td>"
            f"<td align='right'>{usd(p)}</td></tr>"
            for a, b, p in items
        )
        html = page(
            "Your receipt from Apple.",
            (
                f"<h2>Receipt</h2><table><tr><td>APPLE ACCOUNT</td><td>jordan@jordanlee.design</td></tr><tr><td>DATE</td>"
                f"<td>{us_date(day)}</td></tr><tr><td>ORDER ID</td><td>M{box.code(9)}</td></tr><tr><td>DOCUMENT NO.</td>"
                f"<td>{box.digits(12)}</td></tr></table><table width='100%'>{cells}</table>"
                + table([("Subtotal", usd(sub)), ("Tax", usd(tax)), ("TOTAL", usd(sub + tax))])
                + "<p>Billed to Visa .... 4417</p><p>Apple Inc., One Apple Park Way, Cupertino, CA 95014</p>"
            ),
        )
        box.add(
            day,
            "Apple",
            "no_reply@email.apple.com",
            "Your receipt from Apple.",
            html=html,
            label="iCloud+" if len(items) == 1 else None,
        )
        if len(items) > 1:
            box.mails[-1].labels = ["iCloud+", "Day One"]
    box.label(
        "iCloud+",
        str(icloud + tax_of(icloud, TAX)),
        "USD",
        "monthly",
        "active",
        "2026-12-28",
        aliases=["iCloud"],
    )
    box.label(
        "Day One",
        str(dayone + tax_of(dayone, TAX)),
        "USD",
        "yearly",
        "active",
        "2027-10-28",
        aliases=["Day One Premium", "Day One Journal"],
    )


def _backblaze_paid_by_paypal_automatic_payments(box: Box) -> None:
    """Backblaze paid by PayPal automatic payments."""
    for day in monthly(date(2026, 9, 13), date(2026, 11, 13)):
        tid = box.code(17)
        text = (
            f"Hello, Jordan Lee\n\nYou sent an automatic payment of $9.00 USD to Backblaze, Inc.\n\n"
            f"It may take a few moments for this transaction to appear in your account.\n\nMerchant\nBackblaze, Inc.\n"
            f"billing@backblaze.com\n\nInstructions to merchant\nYou haven't entered any instructions.\n\nTransaction ID\n{tid}\n\n"
            f"Transaction date\n{us_date(day)}\n\nDescription: Backblaze Personal Backup - monthly\nAmount  $9.00 USD\n"
            f"Total  $9.00 USD\n\nPayment\n$9.00 USD\nVisa x-4417\n\nAutomatic payment details: monthly, next payment "
            f"{us_date(add_months(day, 1))}\n\nPayPal"
        )
        box.add(
            day,
            "service@paypal.com",
            "service@paypal.com",
            "Receipt for your automatic payment to Backblaze, Inc.",
            text=text,
            html=page("PayPal", text.replace("\n\n", "<br><br>"), "#003087"),
            label="Backblaze",
        )
    box.label(
        "Backblaze", "9.00", "USD", "monthly", "active", "2026-12-13", aliases=["Backblaze Personal Backup"]
    )


def _anytime_fitness(box: Box) -> None:
    """Anytime Fitness, monthly dues by ACH."""
    for day in monthly(date(2026, 9, 5), date(2026, 11, 5)):
        box.add(
            day - timedelta(days=3),
            "Anytime Fitness Capitol Hill",
            "clubmail@anytimefitness.com",
            "Upcoming membership draft",
            text=(
                f"Hi Jordan,\n\nThis is a reminder that your monthly membership dues of $44.99 will be drafted by ACH "
                f"from your checking account ending in 0932 on {us_long(day)}.\n\nMember ID: {box.digits(7)}\nClub: "
                "Anytime Fitness Capitol Hill, 1420 E Pine St, Seattle, WA 98122, (206) 555-0148\n\nSee you at the gym!"
            ),
            label="Anytime Fitness",
        )
    box.label("Anytime Fitness", "44.99", "USD", "monthly", "active", "2026-12-05")


def _verizon(box: Box) -> None:
    """Verizon: "your bill is ready", AutoPay on the 24th."""
    for day, amount in (
        (date(2026, 9, 4), "92.18"),
        (date(2026, 10, 4), "97.40"),
        (date(2026, 11, 4), "92.18"),
    ):
        due = day.replace(day=24)
        box.add(
            day,
            "Verizon",
            "VZWMail@ecrmemail.verizonwireless.com",
            "Your Verizon bill is ready",
            html=page(
                "Verizon",
                (
                    f"<p>Hi Jordan, your bill for account ending in 0001-{box.digits(2)} is ready.</p>"
                    + table(
                        [
                            ("Amount due", f"${amount}"),
                            ("AutoPay date", us_date(due)),
                            ("Account number", f"{box.digits(9)}-00001"),
                        ]
                    )
                    + "<p>No action needed: your AutoPay will pay this bill on the date above.</p><p>Questions? Call 1-800-922-0204.</p>"
                ),
                "#cd040b",
            ),
            label="Verizon",
        )
    box.label(
        "Verizon", "92.18", "USD", "monthly", "active", "2026-12-24", "bill", aliases=["Verizon Wireless"]
    )


def _lemonade_renters_insurance(box: Box) -> None:
    """Lemonade renters insurance, monthly."""
    for day in monthly(date(2026, 9, 16), date(2026, 11, 16)):
        box.add(
            day,
            "Lemonade",
            "help@lemonade.com",
            "Payment received - thanks!",
            text=(
                f"Hey Jordan,\n\nWe just charged $11.42 for your renters policy LP{box.digits(7)} (1507 E Olive Way, Seattle, WA 98122).\n"
                f"Your next monthly payment of $11.42 is scheduled for {us_long(add_months(day, 1))}.\n\nMaya, Lemonade's bot"
            ),
            label="Lemonade",
        )
    box.label(
        "Lemonade",
        "11.42",
        "USD",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
        aliases=["Lemonade Renters Insurance"],
    )


def _puget_sound_energy(box: Box) -> None:
    """Puget Sound Energy, electricity, amounts vary with the season."""
    for day, amount in (
        (date(2026, 9, 8), "58.90"),
        (date(2026, 10, 8), "71.35"),
        (date(2026, 11, 8), "96.12"),
    ):
        box.add(
            day,
            "Puget Sound Energy",
            "pse@email.pse.com",
            "Your PSE bill is ready to view",
            html=page(
                "PSE",
                (
                    f"<p>Account number: 220{box.digits(7)}</p>"
                    + table(
                        [
                            ("Current charges", f"${amount}"),
                            ("Due date", f"{day:%m}/27/{day.year}"),
                            ("Electric use", f"{box.rng.randint(380, 820)} kWh"),
                        ]
                    )
                    + "<p>You're enrolled in automatic payments; we'll withdraw the amount on the due date.</p>"
                ),
            ),
            label="Puget Sound Energy",
        )
    box.label(
        "Puget Sound Energy", "96.12", "USD", "monthly", "active", "2026-12-27", "bill", aliases=["PSE"]
    )


def _mohela_student_loan(box: Box) -> None:
    """MOHELA student loan, Toyota car loan."""
    for day in monthly(date(2026, 9, 12), date(2026, 11, 12)):
        box.add(
            day,
            "MOHELA",
            "noreply@mohela.com",
            "Your auto debit payment was processed",
            text=(
                f"Dear Jordan Lee,\n\nYour Auto Debit payment of $312.47 was processed on {day:%m/%d/%Y} for account ending 8821.\n"
                f"Your next payment of $312.47 is due on {add_months(day, 1):%m/%d/%Y}.\n\nMOHELA, 633 Spirit Dr, Chesterfield, MO 63005"
            ),
            label="MOHELA",
        )
    box.label(
        "MOHELA", "312.47", "USD", "monthly", "active", "2026-12-12", "bill", aliases=["MOHELA student loan"]
    )
    for day in monthly(date(2026, 9, 19), date(2026, 11, 19)):
        box.add(
            day,
            "Toyota Financial Services",
            "tfs@email.toyotafinancial.com",
            "Payment confirmation",
            html=page(
                "TFS",
                (
                    "<p>Thank you for your payment.</p>"
                    + table(
                        [
                            ("Account", f"****{box.digits(4)}"),
                            ("Payment amount", "$389.21"),
                            ("Payment date", day.strftime("%m/%d/%Y")),
                            ("Next payment due", add_months(day, 1).strftime("%m/%d/%Y")),
                        ]
                    )
                ),
            ),
            label="Toyota Financial Services",
        )
    box.label(
        "Toyota Financial Services",
        "389.21",
        "USD",
        "monthly",
        "active",
        "2026-12-19",
        "bill",
        aliases=["Toyota"],
    )


def _namecheap_domain_auto_renewal(box: Box) -> None:
    """Namecheap domain auto-renewal."""
    box.add(
        date(2026, 1, 15),
        "Namecheap",
        "support@namecheap.com",
        "Domain auto-renewal notice: jordanlee.design",
        text=(
            "Hello jordanlee,\n\nThe following domain is set to auto-renew on Feb 14, 2026:\n\njordanlee.design  1 year  $15.98 + $0.20 ICANN fee\n\n"
            "We will charge your card on file. Namecheap, Inc. 4600 East Washington Street, Suite 305, Phoenix, AZ 85034"
        ),
        label="Namecheap",
    )
    rows = [
        ("jordanlee.design - Domain Renewal (1 year)", "$15.98"),
        ("ICANN fee", "$0.20"),
        ("Total", "$16.18"),
    ]
    box.add(
        date(2026, 2, 14),
        "Namecheap",
        "support@namecheap.com",
        f"Order Summary - Order # {box.digits(9)}",
        text=(
            "Thank you for your order.\n\n"
            + text_of_rows(rows)
            + "\n\nAuto-Renew: ON. Expiration: Feb 14, 2027"
        ),
        label="Namecheap",
    )
    box.label("Namecheap", "16.18", "USD", "yearly", "active", "2027-02-14", aliases=["jordanlee.design"])


def _the_washington_post(box: Box) -> None:
    """The Washington Post: an introductory rate, then the full price."""
    box.add(
        date(2025, 11, 9),
        "The Washington Post",
        "subscriptions@washpost.com",
        "Welcome to The Washington Post",
        text=(
            "Welcome, Jordan!\n\nYour digital subscription has started. You'll be charged $4.00 every month for your first 6 months, "
            "then $12.00 every month. Cancel anytime.\n\nCharged today: $4.00"
        ),
        label="The Washington Post",
    )
    box.add(
        date(2026, 4, 25),
        "The Washington Post",
        "subscriptions@washpost.com",
        "Your introductory rate is ending",
        text=(
            "Hi Jordan,\n\nThanks for reading. Your introductory offer ends soon: beginning May 9, 2026 your subscription will "
            "renew at $12.00 every month.\n\nThe Washington Post"
        ),
        label="The Washington Post",
    )
    for day in (date(2026, 10, 9), date(2026, 11, 9)):
        box.add(
            day,
            "The Washington Post",
            "subscriptions@washpost.com",
            "Your Washington Post receipt",
            text=(
                f"Receipt\n\nDigital subscription - Premium Digital monthly\nAmount: $12.00\nDate: {us_date(day)}\n"
                f"Next billing date: {us_date(add_months(day, 1))}\n"
            ),
            label="The Washington Post",
        )
    box.label(
        "The Washington Post", "12.00", "USD", "monthly", "active", "2026-12-09", aliases=["Washington Post"]
    )


def _readwise(box: Box) -> None:
    """Readwise: a trial that converted."""
    box.add(
        date(2026, 8, 31),
        "Readwise",
        "hello@readwise.io",
        "Your Readwise trial ends in 3 days",
        text=(
            "Hey Jordan,\n\nJust a heads up: your free trial of Readwise Full ends on September 3, 2026. After that you'll be "
            "billed $9.99 per month. No action needed to continue.\n\nTristan"
        ),
        label="Readwise",
    )
    for day in monthly(date(2026, 9, 3), date(2026, 11, 3)):
        stripe(
            box,
            day,
            "Readwise",
            "billing@readwise.io",
            [("Readwise Full (monthly)", "$9.99")],
            "$9.99",
            "Readwise",
            f"{us_date(day)} - {us_date(add_months(day, 1))}",
        )
    box.label("Readwise", "9.99", "USD", "monthly", "active", "2026-12-03", aliases=["Readwise Full"])


def _hellofresh_weekly_with_skipped_weeks(box: Box) -> None:
    """HelloFresh weekly with skipped weeks."""
    for day in days(date(2026, 10, 1), date(2026, 12, 3), 7):
        if day in (date(2026, 10, 22), date(2026, 11, 12)):
            box.add(
                day - timedelta(days=5),
                "HelloFresh",
                "hello@hellofresh.com",
                "You've skipped a week",
                text=(
                    f"Hi Jordan,\n\nYou have skipped your delivery for the week of {us_date(day)}. You won't be charged for this week.\n"
                    "Your next box will arrive as planned.\n\nHelloFresh"
                ),
                label="HelloFresh",
            )
            continue
        rows = [("3 meals for 2 people", "$71.92"), ("Shipping", "$10.99"), ("Total", "$82.91")]
        box.add(
            day - timedelta(days=5),
            "HelloFresh",
            "hello@hellofresh.com",
            "Your HelloFresh order is confirmed",
            text=(
                f"Hi Jordan,\n\nYour box for delivery on {us_long(day)} is confirmed and your card was charged.\n\n"
                + text_of_rows(rows)
                + "\n\nWeekly plan - you can skip or pause anytime.\nShipping to 1507 E Olive Way, Apt 3, Seattle, WA 98122"
            ),
            html=page("HelloFresh", table(rows), "#91c11e"),
            label="HelloFresh",
        )
    box.label("HelloFresh", "82.91", "USD", "weekly", "active", "2026-12-05", aliases=["Hello Fresh"])


def _grammarly(box: Box) -> None:
    """Grammarly: a trial that ended without converting (not a subscription: never paid)."""
    box.add(
        date(2026, 5, 2),
        "Grammarly",
        "info@mail.grammarly.com",
        "Your Grammarly Pro trial has started",
        text=(
            "Welcome to Grammarly Pro! Your 7-day free trial is active. After the trial, Pro is $30.00/month or $144.00/year."
        ),
    )
    box.add(
        date(2026, 5, 6),
        "Grammarly",
        "info@mail.grammarly.com",
        "Your trial ends in 3 days",
        text=(
            "Your Grammarly Pro trial ends on May 9, 2026. Upgrade now to keep premium suggestions - $12/month billed annually."
        ),
    )
    box.add(
        date(2026, 5, 10),
        "Grammarly",
        "info@mail.grammarly.com",
        "Your Pro trial has ended",
        text=(
            "Your trial has ended and your account is back on Grammarly Free. You weren't charged. Upgrade anytime."
        ),
    )


def us_half(box: Box) -> list[str]:
    """Every subscription and bill of the us/ half, then its negatives."""
    for part in (
        _figma,
        _notion,
        _setapp,
        _tower,
        _harvest,
        _buffer,
        _1password,
        _dropbox,
        _zoom,
        _netflix,
        _spotify,
        _youtube_premium_through_google_play,
        _amazon_prime,
        _audible,
        _apple,
        _backblaze_paid_by_paypal_automatic_payments,
        _anytime_fitness,
        _verizon,
        _lemonade_renters_insurance,
        _puget_sound_energy,
        _mohela_student_loan,
        _namecheap_domain_auto_renewal,
        _the_washington_post,
        _readwise,
        _hellofresh_weekly_with_skipped_weeks,
        _grammarly,
    ):
        part(box)
    return negatives_us(box)


def _mail(
    box: Box, day: date, sender: str, address: str, subject: str, text: str, html: bool = False
) -> None:
    """A plain message, or text and HTML alternatives of the same words."""
    box.add(
        day,
        sender,
        address,
        subject,
        text=text,
        html=page(subject, text.replace("\n", "<br>")) if html else None,
    )


def _shops(box: Box) -> None:
    """Orders, shipping, deliveries and rides."""
    for day, item, price in (
        (date(2025, 11, 20), "Anker 737 Power Bank", "89.99"),
        (date(2026, 2, 3), "Logitech MX Master 3S", "99.99"),
        (date(2026, 6, 14), "Moleskine Classic Notebook, 3-pack", "41.85"),
    ):
        order = f"112-{box.digits(7)}-{box.digits(7)}"
        _mail(
            box,
            day,
            "Amazon.com",
            "auto-confirm@amazon.com",
            f"Your Amazon.com order #{order}",
            (
                f"Hello Jordan,\n\nThank you for shopping with us. We'll send a confirmation when your item ships.\n\nOrder #{order}\n"
                f"{item}  Qty: 1  ${price}\nItem subtotal ${price}\nOrder total ${money(price) + tax_of(money(price), TAX)}\n\n"
                "Ship to: Jordan Lee, 1507 E OLIVE WAY APT 3, SEATTLE, WA 98122-2173"
            ),
            True,
        )
        _mail(
            box,
            day + timedelta(days=1),
            "Amazon.com",
            "shipment-tracking@amazon.com",
            f'Shipped: "{item[:30]}..."',
            (
                f"Your package is on the way. Arriving Thursday.\nOrder #{order}\nTrack package: UPS 1Z{box.code(16)}"
            ),
        )
    for day, item, price in (
        (date(2026, 1, 9), "Vintage Olympus OM-1 body", "142.50"),
        (date(2026, 7, 21), "Wacom Intuos Pro pen nibs", "18.49"),
    ):
        _mail(
            box,
            day,
            "eBay",
            "ebay@ebay.com",
            f"Order confirmed: {item}",
            (
                f"Thanks for your purchase, Jordan!\n\n{item}\nItem price: ${price}\nShipping: $8.95\nOrder total: ${money(price) + money('8.95')}\n"
                f"Order number: {box.digits(2)}-{box.digits(5)}-{box.digits(5)}\nSeller: camera_attic_206"
            ),
            True,
        )
    _mail(
        box,
        date(2026, 7, 24),
        "eBay",
        "ebay@ebay.com",
        "Your order is on its way",
        "Your item shipped with USPS. Tracking 9400 1000 0000 0000 0000 00. Estimated delivery Jul 26.",
    )
    for day, shop, item, price in (
        (date(2026, 3, 2), "RisoPrintShop", "Risograph print, A3", "28.00"),
        (date(2026, 10, 17), "LetterpressLab", "Custom business cards (250)", "64.00"),
    ):
        _mail(
            box,
            day,
            "Etsy",
            "transaction@etsy.com",
            f"Your Etsy Purchase from {shop} ({box.digits(10)})",
            (
                f"Hi Jordan,\n\nThanks for your order from {shop}!\n\n{item}  ${price}\nShipping  $5.00\nSales Tax  ${tax_of(money(price), TAX)}\n"
                f"Order Total  ${money(price) + money(5) + tax_of(money(price), TAX)}\n\nShip to 1507 E Olive Way, Seattle WA 98122"
            ),
            True,
        )
        _mail(
            box,
            day + timedelta(days=3),
            "Etsy",
            "transaction@etsy.com",
            "Your Etsy order has shipped",
            f"Good news! {shop} shipped your order. Tracking: USPS 9405 5036 9930 0{box.digits(9)}",
        )
    for day, rest, total in (
        (date(2025, 12, 12), "Pho Bac Sup Shop", "38.47"),
        (date(2026, 3, 27), "Tacos Chukis", "27.15"),
        (date(2026, 8, 8), "Din Tai Fung", "64.20"),
        (date(2026, 11, 14), "Ramen Danbo", "41.08"),
    ):
        _mail(
            box,
            day,
            "DoorDash",
            "no-reply@doordash.com",
            f"Order Confirmation for Jordan from {rest}",
            (
                f"Thanks for your order, Jordan\n\n{rest}\nSubtotal ${money(total) - money('9.50')}\nDelivery Fee $2.99\nService Fee $3.01\n"
                f"Dasher Tip $3.50\nTotal Charged ${total}\n\nDelivered to 1507 E Olive Way, Seattle, WA 98122"
            ),
            True,
        )
    for day, total, trip in (
        (date(2026, 1, 30), "24.61", "SEA Airport to Capitol Hill"),
        (date(2026, 5, 19), "17.88", "Fremont to Capitol Hill"),
        (date(2026, 9, 2), "31.02", "Capitol Hill to SEA Airport"),
    ):
        _mail(
            box,
            day,
            "Uber Receipts",
            "noreply@uber.com",
            f"Your {['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][day.weekday()]} evening trip with Uber",
            (
                f"Thanks for riding, Jordan\n\nTotal ${total}\n\nTrip fare ${money(total) - money('3.20')}\nBooking Fee $3.20\n\n{trip}\n"
                f"UberX 8.4 mi | 22 min\nPayments: Visa ••••4417 ${total}"
            ),
            True,
        )
    _mail(
        box,
        date(2026, 6, 28),
        "Uber Eats",
        "uber.us@uber.com",
        "Your Uber Eats order with Salt & Straw",
        "Total $19.74\nSalt & Straw - 2 pints\nDelivery fee $0.49\nPaid with Visa 4417",
    )


def _travel(box: Box) -> None:
    """Flights, hotels and stays."""
    for day, route, fare, conf in (
        (date(2026, 2, 18), "SEA → SFO, Mar 12", "248.40", box.code(6)),
        (date(2026, 8, 30), "SEA → JFK, Oct 3", "412.90", box.code(6)),
    ):
        _mail(
            box,
            day,
            "Alaska Airlines",
            "alaskaair@ifly.alaskaair.com",
            f"Your confirmation receipt: {conf}",
            (
                f"Thanks for booking with Alaska Airlines.\n\nConfirmation code: {conf}\n{route}\nBase fare ${money(fare) - money('36.20')}\n"
                f"Taxes and fees $36.20\nTotal ${fare}\n\nMileage Plan number ending 7731. Call 1-800-252-7522 with questions."
            ),
            True,
        )
    _mail(
        box,
        date(2026, 10, 2),
        "Alaska Airlines",
        "alaskaair@ifly.alaskaair.com",
        "Check in now for your flight to New York",
        "Your flight AS 24 departs SEA at 7:05 AM. Check in now and add a bag for $35.",
    )
    _mail(
        box,
        date(2026, 4, 10),
        "Delta Air Lines",
        "DeltaAirLines@t.delta.com",
        "Your Flight Receipt - Jordan Lee 10APR26",
        (
            f"Ticket #: 006{box.digits(10)}\nSEA-ATL-MSY  May 22\nFare $318.14  Taxes $52.46  Total $370.60\nSkyMiles #: 9{box.digits(9)}"
        ),
        True,
    )
    _mail(
        box,
        date(2026, 9, 14),
        "Marriott Bonvoy",
        "reservations@marriott.com",
        f"Reservation Confirmation #7{box.digits(7)}",
        (
            "The Brooklyn Hotel, Oct 3 - Oct 6, 2026\n3 nights, King room\nEstimated total: $687.33 including taxes\n85 Flatbush Ave, Brooklyn, NY 11217  +1 718-555-0199"
        ),
        True,
    )
    _mail(
        box,
        date(2026, 10, 7),
        "Marriott Bonvoy",
        "reservations@marriott.com",
        "Your folio from The Brooklyn Hotel",
        "Room charges $594.00\nTaxes $93.33\nBalance paid $687.33\nThank you for staying with us.",
    )
    _mail(
        box,
        date(2026, 6, 2),
        "Airbnb",
        "automated@airbnb.com",
        "Reservation confirmed for Cannon Beach",
        (
            f"You're going to Cannon Beach!\nJul 17 - Jul 20 · 3 nights\nConfirmation code HM{box.code(8)}\n$189 x 3 nights $567.00\nCleaning fee $85.00\n"
            "Airbnb service fee $92.06\nTotal (USD) $744.06"
        ),
        True,
    )
    _mail(
        box,
        date(2026, 7, 21),
        "Airbnb",
        "automated@airbnb.com",
        "Your receipt from Airbnb",
        "Receipt ID: RC" + box.code(8) + "\nTotal paid $744.06\nThanks for staying with Hosted by Carla.",
    )


def _marketing(box: Box) -> None:
    """Offers and digests that quote prices."""
    _mail(
        box,
        date(2026, 1, 5),
        "Canva",
        "marketing@engage.canva.com",
        "Save 40% on annual plans!",
        (
            "New year, new designs. Save 40% when you switch to Canva Pro yearly: just $71.99 for your first year (normally $119.99/year). "
            "Offer ends Jan 15. Upgrade now."
        ),
        True,
    )
    _mail(
        box,
        date(2026, 7, 1),
        "Canva",
        "marketing@engage.canva.com",
        "Your team could be saving $120/year",
        "Canva Teams from $100/year for the first 3 people. Start your free trial today.",
        True,
    )
    for day in (date(2026, 3, 15), date(2026, 6, 21), date(2026, 10, 11)):
        _mail(
            box,
            day,
            "Medium Daily Digest",
            "noreply@medium.com",
            "Your weekly digest",
            (
                "Top stories for you\n\n1. I replaced 6 SaaS tools and now save $214/month\n2. Why your $9.99 subscription is a trap\n"
                "3. The freelancer's guide to quarterly taxes\n\nBecome a member for $5/month to read unlimited stories."
            ),
            True,
        )
    _mail(
        box,
        date(2026, 2, 24),
        "Hulu",
        "hulu@hulumail.com",
        "We miss you — come back for $1",
        "Come back to Hulu for just $1/month for 3 months. Then $9.99/month. Offer ends March 3.",
        True,
    )
    _mail(
        box,
        date(2026, 9, 19),
        "Hulu",
        "hulu@hulumail.com",
        "Your favorite shows are waiting",
        "New episodes every week. Rejoin Hulu starting at $9.99/month. Cancel anytime.",
        True,
    )
    _mail(
        box,
        date(2026, 4, 2),
        "Headspace",
        "hello@headspace.com",
        "Try Headspace free for 14 days",
        "Meditate daily. After your trial, Headspace is $69.99/year. Start today.",
        True,
    )
    _mail(
        box,
        date(2026, 11, 27),
        "Peloton",
        "peloton@email.onepeloton.com",
        "Black Friday: save $400 on Bike+",
        "Bike+ now $2,095. All-Access Membership $44/mo required. Ends Monday.",
        True,
    )


def _notices(box: Box) -> None:
    """Work notifications, security codes and bank alerts."""
    for day, text in (
        (
            date(2026, 2, 11),
            'Maya Patel in #clients: "Northwind approved the $2,400 rebrand quote, invoice them Friday"',
        ),
        (date(2026, 6, 3), 'Sam in #general: "we should switch to the $8/user plan before renewal"'),
        (date(2026, 10, 20), "Reminder from Slackbot: renew the $99 font license"),
    ):
        _mail(
            box,
            day,
            "Slack",
            "feedback@slack.com",
            "[Slack] New message in Studio Collective",
            f"{text}\n\nReply in Slack · Manage notifications",
        )
    for day, text in (
        (date(2026, 1, 27), "Re: [jordanlee/portfolio] Pricing page shows $49/mo instead of $39/mo (#12)"),
        (date(2026, 5, 8), "[jordanlee/invoice-tool] PR #31: Add yearly plan at $120/year"),
        (date(2026, 9, 29), "[GitHub] Your sponsorship to @typefaces-oss has been cancelled"),
    ):
        _mail(
            box,
            day,
            "GitHub",
            "notifications@github.com",
            text,
            f"{text}\n\n@octo-reviewer commented: LGTM, ship it.\n\n— Reply to this email directly or view it on GitHub.",
        )
    for day, key in ((date(2026, 3, 19), "DES-104"), (date(2026, 8, 12), "DES-221")):
        _mail(
            box,
            day,
            "Jira",
            "jira@studio-collective.atlassian.net",
            f"[JIRA] ({key}) Update pricing table to $19/month and $190/year",
            f"Maya Patel updated {key}\nStatus: In Progress → Review\nDescription: Monthly $19.00, annual $190.00 (save 2 months)",
        )
    for day, who, addr in (
        (date(2026, 2, 2), "LinkedIn", "security-noreply@linkedin.com"),
        (date(2026, 6, 17), "X", "info@x.com"),
        (date(2026, 9, 8), "Adobe", "message@adobe.com"),
    ):
        _mail(
            box,
            day,
            who,
            addr,
            "Password reset request",
            "Hi Jordan, we received a request to reset your password. Use this link within 30 minutes. If you didn't ask, ignore this email.\nRequest from Seattle, WA 98122, US",
        )
    for day, who, addr in (
        (date(2026, 1, 12), "Chase", "no.reply.alerts@chase.com"),
        (date(2026, 5, 26), "Coinbase", "no-reply@coinbase.com"),
        (
            date(2026, 10, 30),
            "Microsoft account team",
            "account-security-noreply@accountprotection.microsoft.com",
        ),
    ):
        _mail(
            box,
            day,
            who,
            addr,
            "Your verification code",
            f"Your one-time code is {box.digits(6)}. It expires in 10 minutes. Don't share it with anyone.",
        )
    for day in (date(2026, 3, 6), date(2026, 7, 6), date(2026, 11, 6)):
        _mail(
            box,
            day,
            "Chase",
            "no.reply.alerts@chase.com",
            "Your statement is ready",
            (
                f"Your Chase Freedom Unlimited statement is ready.\nStatement balance: ${box.rng.randint(700, 2400)}.{box.digits(2)}\nMinimum payment due: $40.00\n"
                f"Payment due date: {day.month:02d}/28/{day.year}\nAccount ending in 4417"
            ),
        )
    for day, amount, where in (
        (date(2026, 4, 22), "1,240.00", "APPLE STORE #R092"),
        (date(2026, 8, 15), "612.37", "REI #11 SEATTLE"),
    ):
        _mail(
            box,
            day,
            "Chase",
            "no.reply.alerts@chase.com",
            "Large purchase alert",
            f"A ${amount} transaction was made at {where} on your credit card ending in 4417 on {us_date(day)}. If you don't recognize it, call 1-800-432-3117.",
        )


def _one_offs(box: Box) -> None:
    """Money between people, pledges, licenses, gifts, own invoices, store receipts."""
    _mail(
        box,
        date(2026, 5, 3),
        "Venmo",
        "venmo@venmo.com",
        "Sam Rivera requests $45.00",
        'Sam Rivera requests $45.00 from you\n"pizza + drinks 🍕"\nPay or decline in the app.',
    )
    _mail(
        box,
        date(2026, 10, 25),
        "Venmo",
        "venmo@venmo.com",
        "You paid Sam Rivera $45.00",
        "You paid Sam Rivera $45.00. Note: concert tix. Payment ID 4" + box.digits(18),
    )
    _mail(
        box,
        date(2026, 3, 29),
        "Kickstarter",
        "no-reply@kickstarter.com",
        "You're a backer of Field Notes Risograph Edition!",
        "Thanks for backing! Your pledge of $79.00 will be collected if the project is funded on Apr 28.",
        True,
    )
    _mail(
        box,
        date(2026, 4, 29),
        "Kickstarter",
        "no-reply@kickstarter.com",
        "Your pledge was successfully processed",
        "We collected your pledge of $79.00 for Field Notes Risograph Edition. Estimated delivery: Oct 2026.",
    )
    _mail(
        box,
        date(2026, 2, 20),
        "Serif",
        "store@serif.com",
        "Your Affinity order 1000" + box.digits(5),
        (
            "Thank you for purchasing Affinity Designer 2 (macOS). This is a one-time purchase with free updates for version 2.\nPrice $69.99\nSales tax $7.24\nTotal $77.23\n"
            f"Your license key: {box.code(5)}-{box.code(5)}-{box.code(5)}"
        ),
        True,
    )
    _mail(
        box,
        date(2026, 8, 4),
        "Panic",
        "orders@panic.com",
        "Your Nova License",
        "Thanks for buying Nova! License for 1 user, $99.00, includes one year of updates. This is not a subscription.",
    )
    _mail(
        box,
        date(2026, 11, 29),
        "Doctors Without Borders",
        "donorservices@newyork.msf.org",
        "Thank you for your gift",
        "Dear Jordan,\nThank you for your one-time gift of $50.00 on November 29, 2026. Your donation is tax-deductible. EIN 13-3433452.",
        True,
    )
    _mail(
        box,
        date(2026, 6, 30),
        "Invoice Ninja",
        "notifications@invoiceninja.com",
        "Invoice 0042 was sent to Northwind Traders",
        (
            "Jordan Lee Design sent invoice 0042 to Northwind Traders.\nAmount: $3,200.00\nDue date: Jul 30, 2026\nView invoice in your portal."
        ),
    )
    _mail(
        box,
        date(2026, 7, 29),
        "Invoice Ninja",
        "notifications@invoiceninja.com",
        "Payment received for invoice 0042",
        "Northwind Traders paid $3,200.00 for invoice 0042. Balance $0.00.",
    )
    _mail(
        box,
        date(2026, 5, 16),
        "The Home Depot",
        "HomeDepotReceipt@order.homedepot.com",
        "Your Home Depot receipt",
        (
            "Store 4702  2701 Utah Ave S, Seattle, WA 98134  (206) 467-9200\nBEHR PREM PLUS 1GAL  $38.98\nPAINT TRAY  $6.97\nSUBTOTAL $45.95\nSALES TAX $4.76\nTOTAL $50.71\n"
            "XXXXXXXXXXXX4417 VISA  AUTH CODE 0" + box.digits(5)
        ),
    )
    _mail(
        box,
        date(2026, 11, 27),
        "Best Buy",
        "BestBuyInfo@emailinfo.bestbuy.com",
        "Thanks for your order BBY01-" + box.digits(12),
        'Order BBY01-80612  Samsung 27" monitor $279.99  Tax $28.98  Total $308.97  Pickup at Best Buy Northgate, 98125',
        True,
    )
    _mail(
        box,
        date(2026, 1, 22),
        "Walgreens",
        "walgreens@eml.walgreens.com",
        "Your prescription is ready",
        "Rx #0829-4413 is ready for pickup at 1531 Broadway, Seattle, WA 98122. Copay $10.00.",
    )
    _mail(
        box,
        date(2026, 9, 26),
        "Target",
        "orders@oe.target.com",
        "Thanks for your order #912" + box.digits(9),
        "Order placed Sep 26. Subtotal $63.41 · Estimated tax $6.56 · Total $69.97. Drive Up at Target Seattle Capitol Hill 98122.",
        True,
    )
    _mail(
        box,
        date(2026, 4, 6),
        "Lyft",
        "no-reply@lyftmail.com",
        "Your ride with Andre on April 6",
        "Lyft fare (2.1mi, 9m) $11.46\nTip $2.00\nTotal $13.46\nVisa *4417",
    )
    _mail(
        box,
        date(2026, 8, 20),
        "Eventbrite",
        "orders@eventbrite.com",
        "Your tickets for Seattle Design Week",
        "Order #" + box.digits(10) + "\n2 x General Admission $35.00\nFees $6.58\nTotal $76.58",
    )
    _mail(
        box,
        date(2026, 5, 30),
        "Ticketmaster",
        "customer_support@email.ticketmaster.com",
        "You Got Tickets To Japanese Breakfast",
        "Order # 22-" + box.digits(5) + "/SEA\n2 tickets, Sec 104\nTotal: $148.60 charged to Visa 4417",
    )
    _mail(
        box,
        date(2026, 3, 10),
        "USPS Informed Delivery",
        "USPSInformeddelivery@email.informeddelivery.usps.com",
        "Your Daily Digest for Tue, 3/10",
        "You have 3 mail pieces arriving soon. ZIP 98122.",
    )
    _mail(
        box,
        date(2026, 9, 22),
        "USPS Informed Delivery",
        "USPSInformeddelivery@email.informeddelivery.usps.com",
        "Your Daily Digest for Tue, 9/22",
        "You have 2 mail pieces and 1 package arriving soon. ZIP 98122.",
    )
    _mail(
        box,
        date(2026, 7, 11),
        "Zillow",
        "rentals@mail.zillow.com",
        "New rentals in Capitol Hill",
        "1 bd · $2,150/mo · 1714 E Denny Way\nStudio · $1,695/mo · 412 Broadway E\nSee all listings",
        True,
    )
    _mail(
        box,
        date(2026, 2, 26),
        "LinkedIn Job Alerts",
        "jobalerts-noreply@linkedin.com",
        "Senior Product Designer: 12 new jobs",
        "Senior Product Designer at Remitly · $165,000 - $210,000/yr\nContract UX Designer · $85/hr",
        True,
    )
    _mail(
        box,
        date(2026, 8, 27),
        "LinkedIn Job Alerts",
        "jobalerts-noreply@linkedin.com",
        "Brand designer: 7 new jobs",
        "Brand Designer at Zulily · $110K/yr\nFreelance illustrator · $60/hr",
        True,
    )
    _mail(
        box,
        date(2026, 10, 4),
        "Nextdoor",
        "no-reply@rs.email.nextdoor.com",
        "Today on Nextdoor: free couch, $20 bikes",
        "Neighbors in Capitol Hill are giving away a couch. Kids bikes $20 each.",
        True,
    )
    _mail(
        box,
        date(2026, 6, 22),
        "Stripe",
        "notifications@stripe.com",
        "Your payout of $2,134.50 is on its way",
        "A payout of $2,134.50 USD to your bank account ending in 0932 is expected to arrive on Jun 24, 2026. Jordan Lee Design (acct_"
        + box.code(14).lower()
        + ")",
    )
    _mail(
        box,
        date(2026, 4, 15),
        "Upwork",
        "donotreply@upwork.com",
        "You've been paid $1,500.00",
        "Your client Lumen Health paid you $1,500.00 for milestone 2. Funds available Apr 20.",
    )
    _mail(
        box,
        date(2026, 11, 2),
        "service@paypal.com",
        "service@paypal.com",
        "You sent a payment to Alex Chen",
        "You sent $60.00 USD to Alex Chen\nNote: half of the cabin deposit\nTransaction ID " + box.code(17),
    )


def negatives_us(box: Box) -> list[str]:
    """Mail that names money but is no subscription; returns the senders for meta.json."""
    for part in (_shops, _travel, _marketing, _notices, _one_offs):
        part(box)
    return [
        "eBay",
        "Etsy",
        "DoorDash",
        "Uber",
        "Uber Eats",
        "Alaska Airlines",
        "Delta Air Lines",
        "Marriott Bonvoy",
        "Airbnb",
        "Canva",
        "Medium",
        "Hulu",
        "Headspace",
        "Peloton",
        "Slack",
        "GitHub",
        "Jira",
        "LinkedIn",
        "Adobe",
        "Chase",
        "Coinbase",
        "Microsoft",
        "Venmo",
        "Sam Rivera",
        "Kickstarter",
        "Field Notes",
        "Serif",
        "Affinity Designer",
        "Panic",
        "Nova",
        "Doctors Without Borders",
        "Invoice Ninja",
        "Northwind Traders",
        "The Home Depot",
        "Best Buy",
        "Walgreens",
        "Target",
        "Lyft",
        "Eventbrite",
        "Ticketmaster",
        "USPS",
        "Zillow",
        "Nextdoor",
        "Stripe",
        "Upwork",
        "Alex Chen",
        "Grammarly",
        "Apple Store",
        "REI",
    ]


def build() -> tuple[Box, date, list[str]]:
    box = Box(20261201, "Jordan Lee", "jordan@jordanlee.design", PST)
    negatives = us_half(box)
    return box, TODAY, negatives
