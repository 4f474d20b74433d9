"""Mailbox ldn: Ellie Whitfield, flat share in Hackney, London (Dec 2025 - Nov 2026, today 2026-11-28).

Deterministic, stdlib only. Run from the repository root:
    .venv/bin/python bench/data/email-files6/ldn/make.py
Rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file.
"""

import datetime as dt
import email.policy
import email.utils
import hashlib
import json
import mailbox
import os
import random
import re
import shutil
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-28"
ME_NAME, ME_ADDR = "Ellie Whitfield", "ellie.whitfield@gmail.com"
rng = random.Random(20261128)
MSGS = []


def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def london(day, hhmm):
    """Aware datetime in UK local time (GMT / BST)."""
    y, m, d = map(int, day.split("-"))
    h, mi = map(int, hhmm.split(":"))
    naive = dt.datetime(y, m, d, h, mi, rng.randrange(60))
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1))
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1))
    off = 1 if start <= naive < end else 0
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def slugify(s):
    s = s.lower().replace("&", "and")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:40]


def add(
    day,
    sender,
    addr,
    subject,
    text=None,
    html=None,
    labels=(),
    hhmm=None,
    text_cte="quoted-printable",
    html_cte="quoted-printable",
    charset="utf-8",
    to=(ME_NAME, ME_ADDR),
    tz=None,
    extra=None,
):
    if hhmm is None:
        hhmm = "%02d:%02d" % (rng.randrange(6, 23), rng.randrange(60))
    when = london(day, hhmm)
    if tz is not None:  # sender stamps its own zone
        when = when.astimezone(dt.timezone(dt.timedelta(hours=tz)))
    MSGS.append(
        dict(
            when=when,
            sender=sender,
            addr=addr,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            text_cte=text_cte,
            html_cte=html_cte,
            charset=charset,
            to=to,
            extra=extra or {},
            seq=len(MSGS),
        )
    )


def build(m, idx):
    msg = EmailMessage()
    msg["From"] = Address(display_name=m["sender"], addr_spec=m["addr"])
    msg["To"] = Address(display_name=m["to"][0], addr_spec=m["to"][1])
    msg["Date"] = email.utils.format_datetime(m["when"])
    msg["Subject"] = m["subject"]
    dom = m["addr"].split("@")[1]
    h = hashlib.sha1(("%s|%s|%s" % (m["addr"], m["subject"], m["when"].isoformat())).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:26], dom)
    msg["MIME-Version"] = "1.0"
    for k, v in m["extra"].items():
        msg[k] = v
    if m["text"] is not None and m["html"] is not None:
        msg.set_content(m["text"], charset=m["charset"], cte=m["text_cte"])
        msg.add_alternative(m["html"], subtype="html", charset=m["charset"], cte=m["html_cte"])
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html", charset=m["charset"], cte=m["html_cte"])
    else:
        msg.set_content(m["text"], charset=m["charset"], cte=m["text_cte"])
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("==_ldn_%03d_%d_%s" % (idx, k, h[:8]))
            k += 1
    return msg


def money(x):
    return f"£{x:,.2f}"


def table(
    rows, style="border-collapse:collapse;width:100%", cell="padding:6px 8px;border-bottom:1px solid #e5e5e5"
):
    out = ['<table role="presentation" cellpadding="0" cellspacing="0" style="%s">' % style]
    for r in rows:
        out.append("<tr>" + "".join('<td style="%s">%s</td>' % (cell, c) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def page(inner, brand, colour="#222"):
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
        '<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;color:#333">\n'
        '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
        '<tr><td style="background:%s;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>\n'
        '<tr><td style="padding:24px">\n%s\n</td></tr>\n'
        "</table></td></tr></table>\n</body></html>\n"
    ) % (brand, colour, brand, inner)


def d_long(s):  # 1 December 2026
    d = dt.date.fromisoformat(s)
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def d_short(s):  # 1 Dec 2026
    d = dt.date.fromisoformat(s)
    return "%d %s %d" % (d.day, d.strftime("%b"), d.year)


def d_slash(s):  # 01/12/2026
    d = dt.date.fromisoformat(s)
    return d.strftime("%d/%m/%Y")


def d_ord(s):  # Wednesday 9th December
    d = dt.date.fromisoformat(s)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return "%s %d%s %s" % (d.strftime("%A"), d.day, suf, d.strftime("%B"))


FOOT_UK = "\n\nThis email was sent to ellie.whitfield@gmail.com."

# ---------------------------------------------------------------- Acasa (energy, water, broadband share)
ACASA = [  # bill email day, month name, collection date, energy share, water share
    ("2025-12-24", "December", "2026-01-01", 62.40, 13.85),
    ("2026-01-26", "January", "2026-02-01", 68.15, 13.85),
    ("2026-02-24", "February", "2026-03-01", 59.80, 13.85),
    ("2026-03-25", "March", "2026-04-01", 51.22, 13.85),
    ("2026-05-26", "May", "2026-06-01", 34.10, 15.20),
    ("2026-06-24", "June", "2026-07-01", 29.75, 15.20),
    ("2026-08-25", "August", "2026-09-01", 27.40, 15.20),
    ("2026-10-26", "October", "2026-11-01", 41.95, 15.20),
    ("2026-11-25", "November", "2026-12-01", 55.63, 15.20),
]
for day, mon, coll, energy, water in ACASA:
    bb, fee = 9.00, 3.50
    tot = round(energy + water + bb + fee, 2)
    rows = [
        ["<b>Service</b>", "<b>Provider</b>", '<b style="float:right">Your share</b>'],
        ["Gas &amp; electricity", "Octopus Energy", money(energy)],
        ["Water", "Thames Water", money(water)],
        ["Broadband (1 Gbps)", "Community Fibre", money(bb)],
        ["Acasa membership", "Acasa", money(fee)],
        ["<b>Total to pay</b>", "", "<b>%s</b>" % money(tot)],
    ]
    inner = (
        "<p>Hi Ellie,</p><p>Your bill for <b>%s</b> at <b>Flat 3, 47 Lavender Grove, E8 3LS</b> is ready. "
        "It's split equally between the 3 housemates in your home.</p>\n%s\n"
        "<p>We'll collect <b>%s</b> by Direct Debit on <b>%s</b>. There's nothing you need to do.</p>"
        '<p style="font-size:12px;color:#888">All amounts include VAT where applicable. Energy usage is based on '
        "smart meter readings. Acasa Ltd, registered in England &amp; Wales.</p>"
    ) % (mon, table(rows), money(tot), d_long(coll))
    add(
        day,
        "Acasa",
        "hello@acasa.co.uk",
        "Your %s bill is ready" % mon,
        html=page(inner, "acasa", "#ff5a5f"),
        labels=["Acasa"],
        html_cte="quoted-printable",
    )

add(
    "2026-03-18",
    "Acasa",
    "hello@acasa.co.uk",
    "A change to your water bill from April",
    text=(
        "Hi Ellie,\n\nThames Water are increasing their charges from 1 April 2026, in line with the price limits set "
        "by Ofwat. For your home this means your share of the water bill goes from £13.85 to £15.20 a month.\n\n"
        "You'll see the new amount on your April bill. Your other services aren't changing.\n\n"
        "Thanks,\nThe Acasa team"
    ),
    html=page(
        "<p>Hi Ellie,</p><p>Thames Water are increasing their charges from <b>1 April 2026</b>, in line with the "
        "price limits set by Ofwat. For your home this means your share of the water bill goes from "
        "<b>£13.85</b> to <b>£15.20</b> a month.</p><p>You'll see the new amount on your April bill.</p>"
        "<p>Thanks,<br>The Acasa team</p>",
        "acasa",
        "#ff5a5f",
    ),
    labels=["Acasa"],
)

# ---------------------------------------------------------------- Council tax (forwarded by flatmate)
ct_fwd = (
    "Hey both (well, Ellie mostly!)\n\n"
    "Council tax bill for this year came through to me as I'm first named on the account. It's gone up a bit. "
    "Ellie the DD is still from your account so I've left it as is - Tomás and I will settle up on Splitwise each "
    "month like before.\n\nP x\n\n"
    "---------- Forwarded message ---------\n"
    "From: London Borough of Hackney <council.tax@hackney.gov.uk>\n"
    "Date: Mon, 9 Mar 2026 at 10:14\n"
    "Subject: Your Council Tax bill 2026/27 - account 40018827\n"
    "To: <priya.raman88@outlook.com>\n\n"
    "Dear Ms P Raman, Ms E Whitfield, Mr T Ferreira\n\n"
    "Council Tax demand notice 2026/27\n"
    "Property: Flat 3, 47 Lavender Grove, London E8 3LS\n"
    "Valuation band: C\n"
    "Account reference: 40018827\n\n"
    "  Hackney Council            £1,361.08\n"
    "  Greater London Authority     £347.34\n"
    "  Total charge for the year  £1,708.42\n\n"
    "Payment method: Direct Debit (account ending 4417)\n\n"
    "Your instalments will be collected on or after the following dates:\n"
    "  01/04/2026   £171.40\n"
    "  01/05/2026 to 01/01/2027   £170.78 per month (9 instalments)\n\n"
    "If you pay by Direct Debit you do not need to do anything. If your circumstances change, please tell us "
    "at hackney.gov.uk/council-tax.\n\n"
    "Revenues and Benefits Service\nLondon Borough of Hackney\n"
)
add(
    "2026-03-09",
    "Priya Raman",
    "priya.raman88@outlook.com",
    "Fwd: Your Council Tax bill 2026/27 - account 40018827",
    text=ct_fwd,
    charset="iso-8859-1",
    labels=["Hackney Council Tax"],
    hhmm="19:41",
)


# ---------------------------------------------------------------- Smarty (SIM-only, upgrade in July)
def smarty(day, amount, plan, nxt, first=False):
    t = (
        "Hi Ellie,\n\nThanks - we've taken your monthly payment.\n\n"
        "Payment date: %s\nPlan: %s\nAmount: %s (inc. VAT)\nPaid with: Visa ending 4417\n\n"
        "Your plan renews on %s.\n\n"
        "Manage your plan in the Smarty app or at smarty.co.uk/account.\n\nSmarty\n"
        "Smarty is a trading name of Hutchison 3G UK Limited."
    ) % (d_short(day), plan, money(amount), d_short(nxt))
    hh = page(
        "<p>Hi Ellie,</p><p>Thanks - we've taken your monthly payment.</p>"
        + table(
            [
                ["Payment date", d_short(day)],
                ["Plan", plan],
                ["Amount", "%s (inc. VAT)" % money(amount)],
                ["Paid with", "Visa ending 4417"],
                ["Plan renews", d_short(nxt)],
            ]
        )
        + "<p>Smarty is a trading name of Hutchison 3G UK Limited.</p>",
        "SMARTY",
        "#00a0af",
    )
    add(
        day,
        "Smarty",
        "noreply@smarty.co.uk",
        "Your Smarty payment receipt",
        text=t,
        html=hh,
        labels=["Smarty"],
        html_cte="base64",
    )


smarty("2025-12-09", 10.00, "50GB Data Plan", "2026-01-09")
smarty("2026-02-09", 10.00, "50GB Data Plan", "2026-03-09")
smarty("2026-05-09", 10.00, "50GB Data Plan", "2026-06-09")
add(
    "2026-07-21",
    "Smarty",
    "noreply@smarty.co.uk",
    "You've changed your plan",
    text=(
        "Hi Ellie,\n\nYour plan change is all done.\n\nOld plan: 50GB Data Plan - £10.00 a month\n"
        "New plan: Unlimited Data Plan - £15.00 a month\n\n"
        "Your new plan starts today, 21 July 2026, and we've taken the first payment of £15.00 from your Visa ending "
        "4417. From now on your plan will renew on the 21st of each month.\n\nSmarty"
    ),
    labels=["Smarty"],
)
smarty("2026-09-21", 15.00, "Unlimited Data Plan", "2026-10-21")
smarty("2026-11-21", 15.00, "Unlimited Data Plan", "2026-12-21")

# ---------------------------------------------------------------- Loveit Coverit (phone insurance)
add(
    "2026-02-12",
    "Loveit Coverit",
    "policies@loveitcoverit.com",
    "Welcome to Loveit Coverit - your policy documents",
    text=(
        "Dear Ellie,\n\nThank you for choosing Loveit Coverit to protect your gadget.\n\n"
        "Policy number: LIC-2281904\nDevice: Apple iPhone 15 (128GB)\nCover: Accidental damage, theft, loss and "
        "breakdown\nExcess: £50 per claim\nPolicy start date: 14/02/2026\n\n"
        "Monthly premium: £7.49 (includes Insurance Premium Tax at 12%)\n"
        "Your first premium will be collected by Direct Debit on 14/02/2026 and then on the 14th of each month.\n\n"
        "Your policy documents, including the Insurance Product Information Document, are attached to your "
        "online account.\n\nKind regards,\nLoveit Coverit Customer Services\n"
        "Loveit Coverit is a trading name of Helpful Technology Ltd, authorised and regulated by the Financial "
        "Conduct Authority."
    ),
    labels=["Loveit Coverit"],
    text_cte="8bit",
)
add(
    "2026-02-15",
    "Loveit Coverit",
    "policies@loveitcoverit.com",
    "Direct Debit Instruction confirmation",
    text=(
        "Dear Ms Whitfield,\n\nThis is to confirm your Direct Debit Instruction.\n\n"
        "Service user number: 274819\nReference: LIC2281904\nAccount holder: Ms E Whitfield\n"
        "Account ending: ****4417\n\nPayment schedule: £7.49 monthly on or around the 14th\n\n"
        "Payments are protected by the Direct Debit Guarantee.\n\nLoveit Coverit"
    ),
    labels=["Loveit Coverit"],
    text_cte="8bit",
)

# ---------------------------------------------------------------- Urban Jungle (contents insurance, annual)
add(
    "2025-12-09",
    "Urban Jungle",
    "hello@urbanjungle.insure",
    "You're covered! Your Urban Jungle policy details",
    html=page(
        "<p>Hey Ellie 👋</p><p>Great news — your contents insurance is live. Here's the important stuff:</p>"
        + table(
            [
                ["Policy number", "UJ-RC-448192"],
                ["Cover", "Renters' contents, £15,000"],
                ["Address", "Flat 3, 47 Lavender Grove, London E8 3LS"],
                ["Start date", "9th December 2025"],
                ["End date", "8th December 2026"],
                ["Premium (12 months)", "£61.07"],
                ["Insurance Premium Tax", "£7.33"],
                ["<b>Total paid</b>", "<b>£68.40</b>"],
            ]
        )
        + "<p>Your policy is set to auto-renew, so you'll never be left uncovered. We'll email you before "
        "it does.</p><p>Stay safe,<br>The Urban Jungle crew</p>",
        "Urban Jungle",
        "#1d3c34",
    ),
    labels=["Urban Jungle"],
    html_cte="base64",
)
add(
    "2026-11-18",
    "Urban Jungle",
    "hello@urbanjungle.insure",
    "Your renewal is coming up on 9th December",
    html=page(
        "<p>Hey Ellie,</p><p>Your contents policy <b>UJ-RC-448192</b> renews on <b>9th December 2026</b>.</p>"
        + table(
            [["", "<b>This year</b>", "<b>Next year</b>"], ["Total price (incl. IPT)", "£68.40", "£74.16"]]
        )
        + "<p>Prices have gone up across the market this year, mostly because of the cost of claims. "
        "Nothing's changed about your cover.</p><p>No need to do anything — we'll take <b>£74.16</b> from "
        "your card ending 4417 on 9th December 2026. If you want to change anything or cancel, you can do "
        "it in the app any time before then.</p><p>The Urban Jungle crew</p>",
        "Urban Jungle",
        "#1d3c34",
    ),
    labels=["Urban Jungle"],
    html_cte="base64",
)

# ---------------------------------------------------------------- TV Licensing (annual Direct Debit)
add(
    "2026-04-08",
    "TV Licensing",
    "donotreply@tvlicensing.co.uk",
    "Your TV Licence payment plan",
    text=(
        "Dear Ms Whitfield\n\nLicence number: 9876 5432 1011\nAddress: FLAT 3, 47 LAVENDER GROVE, LONDON, E8 3LS\n\n"
        "Your TV Licence expires on 30/04/2026. Because you pay by annual Direct Debit, we'll renew it "
        "automatically.\n\nThe licence fee from 1 April 2026 is £180.00.\n\n"
        "Your payment schedule:\n  Payment date: 01/05/2026\n  Amount: £180.00\n\n"
        "Your new licence will run from 01/05/2026 to 30/04/2027.\n\n"
        "Yours sincerely\nTV Licensing\n\nTV Licensing is a trade mark of the British Broadcasting Corporation "
        "and is used under licence."
    ),
    labels=["TV Licence"],
    charset="windows-1252",
)
add(
    "2026-05-02",
    "TV Licensing",
    "donotreply@tvlicensing.co.uk",
    "Your new TV Licence",
    text=(
        "Dear Ms Whitfield\n\nThank you. We've received your payment of £180.00 and your TV Licence has been "
        "renewed.\n\nLicence number: 9876 5432 1011\nValid from: 01/05/2026\nExpires: 30/04/2027\n\n"
        "Please keep this email as your licence. You can view or print it at tvlicensing.co.uk.\n\n"
        "Yours sincerely\nTV Licensing"
    ),
    labels=["TV Licence"],
    charset="windows-1252",
)

# ---------------------------------------------------------------- PureGym (price rise, then cancelled)
add(
    "2025-12-01",
    "PureGym",
    "noreply@puregym.com",
    "Your PureGym payment confirmation",
    text=(
        "Hi Ellie,\n\nWe've collected your monthly membership payment.\n\nGym: PureGym London Hackney\n"
        "Membership: Core\nAmount: £25.99\nDate: 01/12/2025\n\nSee you at the gym!\nTeam PureGym"
    ),
    html=page(
        "<p>Hi Ellie,</p><p>We've collected your monthly membership payment.</p>"
        + table(
            [
                ["Gym", "PureGym London Hackney"],
                ["Membership", "Core"],
                ["Amount", "£25.99"],
                ["Date", "01/12/2025"],
            ]
        )
        + "<p>See you at the gym!</p>",
        "PureGym",
        "#00a2b1",
    ),
    labels=["PureGym"],
)
add(
    "2026-01-20",
    "PureGym",
    "noreply@puregym.com",
    "Important information about your membership price",
    text=(
        "Hi Ellie,\n\nWe're writing to let you know that from 1 March 2026 the price of your Core membership at "
        "PureGym London Hackney will increase from £25.99 to £27.99 per month.\n\n"
        "Your Direct Debit will be updated automatically - you don't need to do anything. We've held our prices "
        "for as long as we can, and we're investing in new kit across our London gyms.\n\n"
        "If you'd like to change or cancel your membership, you can do so in the members' area.\n\nTeam PureGym"
    ),
    html=page(
        "<p>Hi Ellie,</p><p>From <b>1 March 2026</b> the price of your Core membership at PureGym London "
        "Hackney will increase from <b>£25.99</b> to <b>£27.99</b> per month.</p><p>Your Direct Debit will be "
        "updated automatically.</p>",
        "PureGym",
        "#00a2b1",
    ),
    labels=["PureGym"],
)
add(
    "2026-08-12",
    "PureGym",
    "noreply@puregym.com",
    "We're sorry to see you go",
    text=(
        "Hi Ellie,\n\nThis is to confirm that your membership at PureGym London Hackney has been cancelled.\n\n"
        "Your last payment of £27.99 was taken on 01/08/2026 and you can keep using the gym until 31/08/2026. "
        "No further payments will be taken.\n\nIf you change your mind, you can rejoin at any time - we'd love "
        "to have you back.\n\nTeam PureGym"
    ),
    labels=["PureGym"],
)

# ---------------------------------------------------------------- ClassPass (joined Sept, downgrade from Dec)
add(
    "2026-09-03",
    "ClassPass",
    "no-reply@classpass.com",
    "Welcome to ClassPass, Ellie!",
    text=(
        "Welcome to ClassPass!\n\nYou're all set with the 23-credit plan in London.\n\n"
        "Plan: 23 credits / month\nPrice: £39.00 per month\nBilling date: the 3rd of every month\n"
        "Payment: Visa ending 4417\n\nUnused credits (up to 10) roll over to next month. Book your first class "
        "in the app.\n\nThe ClassPass Team"
    ),
    html=page(
        "<h2>Welcome to ClassPass!</h2><p>You're all set with the <b>23-credit plan</b> in London.</p>"
        + table(
            [
                ["Plan", "23 credits / month"],
                ["Price", "£39.00 per month"],
                ["Billing date", "3rd of every month"],
                ["Payment", "Visa ending 4417"],
            ]
        ),
        "ClassPass",
        "#0055ff",
    ),
    labels=["ClassPass"],
)
for day in ("2026-10-03", "2026-11-03"):
    nxt = "2026-11-03" if day.startswith("2026-10") else "2026-12-03"
    add(
        day,
        "ClassPass",
        "no-reply@classpass.com",
        "Your ClassPass receipt",
        text=(
            "Hi Ellie,\n\nThanks for being a ClassPass member. Here's your receipt.\n\n"
            "Date: %s\nDescription: ClassPass membership - 23 credits\nTotal: £39.00 (VAT included)\n"
            "Card: Visa ending 4417\n\nYour next billing date is %s.\n\nClassPass"
        )
        % (
            dt.date.fromisoformat(day).strftime("%B %-d, %Y"),
            dt.date.fromisoformat(nxt).strftime("%B %-d, %Y"),
        ),
        html=page(
            "<p>Hi Ellie,</p><p>Here's your receipt.</p>"
            + table(
                [
                    ["Date", dt.date.fromisoformat(day).strftime("%B %-d, %Y")],
                    ["ClassPass membership - 23 credits", "£39.00"],
                    ["VAT included", "£6.50"],
                    ["<b>Total</b>", "<b>£39.00</b>"],
                ]
            )
            + "<p>Your next billing date is %s.</p>" % dt.date.fromisoformat(nxt).strftime("%B %-d, %Y"),
            "ClassPass",
            "#0055ff",
        ),
        labels=["ClassPass"],
        html_cte="base64",
    )
add(
    "2026-11-14",
    "ClassPass",
    "no-reply@classpass.com",
    "Your plan change is confirmed",
    text=(
        "Hi Ellie,\n\nYou've changed your plan.\n\nCurrent plan: 23 credits - £39.00/month (until December 2, 2026)\n"
        "New plan: 16 credits - £27.00/month\n\nYour new plan starts on December 3, 2026, when you'll be charged "
        "£27.00. You can keep using your current credits until then.\n\nThe ClassPass Team"
    ),
    labels=["ClassPass"],
)

# ---------------------------------------------------------------- Netflix (price rise, failed payment recovered)
add(
    "2026-02-17",
    "Netflix",
    "info@account.netflix.com",
    "An update on your Netflix membership",
    text=(
        "Hi Ellie,\n\nWe're writing to let you know that your Standard plan price is changing to £13.99/month. "
        "Your new price will start from your billing date on or after 19 March 2026.\n\n"
        "We're updating our prices so that we can keep adding more great shows and films. If you'd like to "
        "change your plan, visit netflix.com/changeplan.\n\nWe're here to help if you need it.\n\n"
        "-Your friends at Netflix"
    ),
    html=page(
        "<p>Hi Ellie,</p><p>Your Standard plan price is changing to <b>£13.99/month</b>. Your new price will "
        "start from your billing date on or after <b>19 March 2026</b>.</p>",
        "NETFLIX",
        "#e50914",
    ),
    labels=["Netflix"],
)
add(
    "2026-09-19",
    "Netflix",
    "info@account.netflix.com",
    "Please update your payment details",
    text=(
        "Hi Ellie,\n\nWe're having some trouble with your current billing information. We'll try again, but in "
        "the meantime you may want to update your payment details.\n\nUPDATE ACCOUNT\n\n"
        "Need help? We're here if you need it. Visit the Help Centre or contact us now.\n\n-The Netflix team"
    ),
    html=page(
        "<p>Hi Ellie,</p><p>We're having some trouble with your current billing information. We'll try "
        "again, but in the meantime you may want to update your payment details.</p>"
        '<p><a href="https://www.netflix.com/YourAccount">UPDATE ACCOUNT</a></p>',
        "NETFLIX",
        "#e50914",
    ),
    labels=["Netflix"],
)
add(
    "2026-09-20",
    "Netflix",
    "info@account.netflix.com",
    "Your payment details have been updated",
    text=(
        "Hi Ellie,\n\nThanks for updating your payment details. We've successfully charged £13.99 to your "
        "Mastercard •••• 2290 for your Standard plan.\n\nYour next billing date is 19 October 2026.\n\n"
        "-The Netflix team"
    ),
    labels=["Netflix"],
    text_cte="base64",
)


# ---------------------------------------------------------------- Spotify (price rise from May)
def spotify(day, amount):
    vat = round(amount / 6, 2)
    t = (
        "Spotify\n\nYour receipt\n\nHi Ellie, thanks for being Premium.\n\nDate: %s\nOrder ID: %s\n\n"
        "Premium Individual    %s\n  incl. VAT (20%%)     %s\nTotal                 %s\n\n"
        "Paid with Visa ****4417.\n\nThis is a recurring payment. Your plan renews automatically every month "
        "until you cancel.\n\nSpotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. UK VAT no. GB 100 4821 83"
    ) % (
        dt.date.fromisoformat(day).strftime("%d/%m/%Y"),
        "S" + hashlib.md5(day.encode()).hexdigest()[:10].upper(),
        money(amount),
        money(vat),
        money(amount),
    )
    add(
        day,
        "Spotify",
        "no-reply@spotify.com",
        "Your receipt from Spotify",
        text=t,
        html=page(
            "<p>Hi Ellie, thanks for being Premium.</p>"
            + table(
                [
                    ["Date", dt.date.fromisoformat(day).strftime("%d/%m/%Y")],
                    ["Premium Individual", money(amount)],
                    ["incl. VAT (20%)", money(vat)],
                    ["<b>Total</b>", "<b>%s</b>" % money(amount)],
                ]
            ),
            "Spotify",
            "#1db954",
        ),
        labels=["Spotify Premium"],
    )


spotify("2025-12-06", 11.99)
spotify("2026-02-06", 11.99)
add(
    "2026-03-24",
    "Spotify",
    "no-reply@spotify.com",
    "An update to your Premium price",
    text=(
        "Hi Ellie,\n\nTo keep bringing you great features and the best listening experience, we're updating "
        "the price of Premium Individual from £11.99 to £12.99/month.\n\nYour new price will apply from your "
        "billing date in May 2026. You don't need to do anything.\n\nIf you'd like to cancel, you can do so "
        "anytime from your account page.\n\nSpotify"
    ),
    labels=["Spotify Premium"],
)
spotify("2026-07-06", 12.99)
spotify("2026-11-06", 12.99)


# ---------------------------------------------------------------- Apple (iCloud+, Super Duolingo)
def apple(day, items, order):
    rows = []
    for name, detail, price in items:
        rows.append(['<b>%s</b><br><span style="color:#666">%s</span>' % (name, detail), money(price)])
    total = sum(p for _, _, p in items)
    net = round(total / 1.2, 2)
    rows += [
        ["Subtotal", money(net)],
        ["VAT charged at 20%", money(round(total - net, 2))],
        ["<b>TOTAL</b>", "<b>%s</b>" % money(total)],
    ]
    head = table(
        [
            ["APPLE ACCOUNT<br>ellie.whitfield@gmail.com", "DATE<br>%s" % d_long(day)],
            [
                "ORDER ID<br>%s" % order,
                "DOCUMENT NO.<br>%d" % (190000000000 + int(order[-6:], 36) % 99999999),
            ],
            [
                "BILLED TO<br>Visa .... 4417<br>Ellie Whitfield<br>47 Lavender Grove<br>London<br>E8 3LS<br>GBR",
                "",
            ],
        ]
    )
    inner = (
        '<p style="font-size:26px">Receipt</p>'
        + head
        + "<br>"
        + "<p><b>App Store</b></p>"
        + table(rows)
        + '<p style="font-size:11px;color:#888">Apple Distribution International Ltd., Hollyhill Industrial '
        "Estate, Hollyhill, Cork, Republic of Ireland. VAT No. IE9700053D</p>"
        '<p style="font-size:11px;color:#888">Manage subscriptions: Settings &gt; [your name] &gt; '
        "Subscriptions.</p>"
    )
    lab = []
    for name, _, _ in items:
        if name.startswith("iCloud"):
            lab.append("iCloud+")
        elif "Duolingo" in name:
            lab.append("Super Duolingo")
    add(
        day,
        "Apple",
        "no_reply@email.apple.com",
        "Your receipt from Apple.",
        html=page(inner, "Apple", "#000"),
        labels=lab or [],
        html_cte="base64",
        hhmm="04:%02d" % rng.randrange(60),
    )


def nextm(day):
    d = dt.date.fromisoformat(day)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return dt.date(y, m, d.day).isoformat()


ICL = "iCloud+"
for day, order in (
    ("2025-12-17", "MTX4KQ2Z8P"),
    ("2026-01-17", "MTX5BC91LD"),
    ("2026-05-17", "MTXA7D3QRW"),
    ("2026-08-17", "MTXD0F6YHN"),
    ("2026-11-17", "MTXG2K8VUE"),
):
    apple(day, [("iCloud+ with 200 GB of storage", "Monthly · Renews %s" % d_long(nextm(day)), 2.99)], order)
add(
    "2026-02-03",
    "Apple",
    "no_reply@email.apple.com",
    "Subscription Confirmation",
    text=(
        "Dear Ellie,\n\nYou've subscribed to the following free trial:\n\n"
        "App: Duolingo - Language Lessons\nSubscription: Super Duolingo (Annual)\n"
        "Trial: 14 days free\nThen £83.99/year\nStarting: 17 February 2026\n\n"
        "Your subscription will automatically renew unless cancelled at least 24 hours before the end of the "
        "current period. To manage or cancel, go to Settings > [your name] > Subscriptions.\n\n"
        "Apple Account: ellie.whitfield@gmail.com\n\nApple"
    ),
    labels=["Super Duolingo"],
)
apple(
    "2026-02-17",
    [
        ("iCloud+ with 200 GB of storage", "Monthly · Renews 17 March 2026", 2.99),
        ("Duolingo - Language Lessons", "Super Duolingo (Annual) · Renews 17 February 2027", 83.99),
    ],
    "MTX6HH04SA",
)
apple("2026-06-29", [("Procreate Pocket", "iPhone App", 5.99)], "MTXB3J1NMC")

# ---------------------------------------------------------------- The Economist (intro, then quarterly)
add(
    "2026-01-05",
    "The Economist",
    "subscriptions@economist.com",
    "Welcome to The Economist",
    text=(
        "Dear Ellie Whitfield,\n\nThank you for subscribing to The Economist. Your digital subscription is now "
        "active.\n\nSubscription: Digital\nIntroductory offer: 12 weeks for £12\nAmount charged today: GBP 12.00\n\n"
        "After your introductory period, your subscription will continue at the standard rate of GBP 49.50 every "
        "3 months, starting 30 March 2026, unless you cancel.\n\nCustomer number: 0049 1187 5523\n\n"
        "The Economist Newspaper Limited, The Adelphi, 1-11 John Adam Street, London WC2N 6HT"
    ),
    html=page(
        "<p>Dear Ellie Whitfield,</p><p>Thank you for subscribing. Your digital subscription is now active.</p>"
        + table(
            [
                ["Subscription", "Digital"],
                ["Introductory offer", "12 weeks for £12"],
                ["Amount charged today", "GBP 12.00"],
                ["Then", "GBP 49.50 every 3 months from 30 March 2026"],
            ]
        ),
        "The Economist",
        "#e3120b",
    ),
    labels=["The Economist"],
)
for day, nxt in (("2026-03-30", "2026-06-30"), ("2026-06-30", "2026-09-30"), ("2026-09-30", "2026-12-30")):
    add(
        day,
        "The Economist",
        "subscriptions@economist.com",
        "Payment confirmation - your Economist subscription",
        text=(
            "Dear Ellie Whitfield,\n\nWe have received your payment. Thank you.\n\n"
            "Customer number: 0049 1187 5523\nProduct: The Economist Digital - quarterly\n"
            "Payment date: %s\nNet amount: GBP 41.25\nVAT (20%%): GBP 8.25\nTotal: GBP 49.50\n\n"
            "Next payment date: %s\n\nThe Economist Customer Service"
        )
        % (dt.date.fromisoformat(day).strftime("%d %b %Y"), dt.date.fromisoformat(nxt).strftime("%d %b %Y")),
        labels=["The Economist"],
    )

# ---------------------------------------------------------------- Pact Coffee (fortnightly)
add(
    "2026-06-08",
    "Pact Coffee",
    "hello@pactcoffee.com",
    "Welcome to Pact, Ellie ☕",
    text=(
        "Hi Ellie,\n\nWelcome to the Pact family! Your coffee plan is set up:\n\n"
        "Coffee: Roaster's Choice, ground for cafetière (250g)\nDelivery: every 2 weeks\n"
        "Price: £8.95 per bag, free delivery\nFirst dispatch: Wednesday 10th June\n\n"
        "We'll charge your card each time a bag is dispatched. You can skip, pause or change your plan any time.\n\n"
        "Happy brewing,\nStephen & the Pact team"
    ),
    labels=["Pact Coffee"],
    text_cte="8bit",
)
PACT = ["2026-06-10", "2026-07-22", "2026-08-19", "2026-09-30", "2026-10-28", "2026-11-11", "2026-11-25"]
coffees = [
    "Gitesi, Rwanda",
    "La Esperanza, Colombia",
    "Dark Roast Espresso",
    "Finca El Limón, Guatemala",
    "Kilimanjaro Peaberry, Tanzania",
    "Kochere, Ethiopia",
    "House Blend",
]
for day, cof in zip(PACT, coffees):
    nxt = (dt.date.fromisoformat(day) + dt.timedelta(days=14)).isoformat()
    add(
        day,
        "Pact Coffee",
        "hello@pactcoffee.com",
        "Your coffee is on its way! ☕",
        text=(
            "Hi Ellie,\n\nGood news - your bag of %s has been roasted and is on its way to you.\n\n"
            "We've charged £8.95 to your card ending 4417.\n\n"
            "Your next bag will be dispatched on %s. Want to skip or swap? Just head to your account.\n\n"
            "The Pact team"
        )
        % (cof, d_ord(nxt)),
        html=page(
            "<p>Hi Ellie,</p><p>Your bag of <b>%s</b> has been roasted and is on its way.</p>" % cof
            + table(
                [
                    ["1 × %s (250g, cafetière)" % cof, "£8.95"],
                    ["Delivery", "FREE"],
                    ["<b>Total charged</b>", "<b>£8.95</b>"],
                ]
            )
            + "<p>Your next bag will be dispatched on <b>%s</b>.</p>" % d_ord(nxt),
            "PACT",
            "#e84e1b",
        ),
        labels=["Pact Coffee"],
    )


# ---------------------------------------------------------------- TfL (1 Month Travelcard Z1-2)
def tfl(day, price):
    start = dt.date.fromisoformat(day)
    end = dt.date.fromisoformat(nextm(day)) - dt.timedelta(days=1)
    onum = "OY%08d" % (int(hashlib.md5(day.encode()).hexdigest()[:8], 16) % 100000000)
    t = (
        "Transport for London\nOyster online\n\nDear Ms Whitfield\n\nThank you for your order.\n\n"
        "Order number: %s\nOrder date: %s\nOyster card: ******3318\n\n"
        "Product: 1 Month Travelcard, Zones 1-2 (Adult)\nValid from: %s\nValid to: %s\nPrice: %s\n\n"
        "Payment: Visa Debit ending 4417\n\nTouch in on a yellow card reader at any station in London to "
        "collect your Travelcard, within 8 days of the start date.\n\nTfL Customer Services\n"
        "VAT is not chargeable on transport fares."
    ) % (onum, d_slash(day), start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"), money(price))
    add(
        day,
        "TfL Oyster",
        "oyster@notifications.tfl.gov.uk",
        "Oyster online order confirmation - %s" % onum,
        text=t,
        labels=["TfL Travelcard"],
        text_cte="8bit",
        hhmm="07:%02d" % rng.randrange(10, 59),
    )


for day in ("2025-12-08", "2026-01-08", "2026-02-08"):
    tfl(day, 171.80)
add(
    "2026-02-10",
    "Transport for London",
    "tfl@info.tfl.gov.uk",
    "Fares are changing on 1 March",
    text=(
        "Dear customer\n\nFrom Sunday 1 March 2026, some TfL fares will change.\n\n"
        "- Pay as you go single fares on the Tube, DLR and London Overground will rise by an average of 4.6%\n"
        "- Bus and tram fares will stay at £1.75\n- A 1 Month Travelcard for Zones 1-2 will cost £178.60 (was "
        "£171.80); a 7 Day Travelcard will cost £46.50\n\nTravelcards bought before 1 March can still be used "
        "until they expire.\n\nFind out more at tfl.gov.uk/fares\n\nTransport for London"
    ),
    labels=["TfL Travelcard"],
)
for day in ("2026-03-08", "2026-06-08", "2026-09-08", "2026-11-08"):
    tfl(day, 178.60)

# ---------------------------------------------------------------- Amazon Prime (annual)
add(
    "2026-01-12",
    "Amazon.co.uk",
    "prime@amazon.co.uk",
    "Your Amazon Prime membership has been renewed",
    text=(
        "Hello Ellie,\n\nThank you for being a Prime member. Your Amazon Prime membership has been renewed "
        "for another year.\n\nMembership plan: Annual\nMembership fee: £95.00 (incl. VAT)\n"
        "Charged to: Visa ending in 4417\nNext renewal date: 12 January 2027\n\n"
        "You can view or change your membership at any time in Your Account > Prime.\n\n"
        "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA"
    ),
    labels=["Amazon Prime"],
)

# ---------------------------------------------------------------- Deliveroo Plus
for day in ("2025-12-23", "2026-01-23", "2026-04-23", "2026-07-23", "2026-11-23"):
    nxt = nextm(day)
    inner = (
        "<p>Hi Ellie,</p><p>Thanks for being a Plus member. Here's your receipt.</p>"
        + table(
            [
                ["Deliveroo Plus Silver — monthly", "£3.49"],
                ["of which VAT", "£0.58"],
                ["<b>Total paid</b>", "<b>£3.49</b>"],
                ["Paid with", "Apple Pay"],
                ["Next payment", dt.date.fromisoformat(nxt).strftime("%-d %b %Y")],
            ]
        )
        + "<p>Free delivery on orders over £25 from restaurants near you.</p>"
        '<p style="font-size:11px">Roofoods Ltd, The River Building, 1 Cousin Lane, London EC4R 3TE</p>'
    )
    add(
        day,
        "Deliveroo",
        "noreply@t.deliveroo.co.uk",
        "Your Deliveroo Plus receipt",
        html=page(inner, "deliveroo", "#00ccbc"),
        labels=["Deliveroo Plus"],
    )

# ---------------------------------------------------------------- Audible (failed, then ended)
for day in ("2026-01-02", "2026-02-02"):
    add(
        day,
        "Audible",
        "donotreply@audible.co.uk",
        "Your Audible membership payment",
        text=(
            "Hello Ellie,\n\nThank you for your Audible Premium Plus membership payment.\n\n"
            "Date: %s\nMembership: Audible Premium Plus - monthly\nAmount: £8.99\n"
            "Payment method: Visa ending in 4417\n\n1 credit has been added to your account.\n\n"
            "Audible Ltd, 1 Principal Place, London EC2A 2FA"
        )
        % d_long(day),
        html=page(
            "<p>Hello Ellie,</p>"
            + table(
                [["Date", d_long(day)], ["Audible Premium Plus - monthly", "£8.99"], ["Credits added", "1"]]
            ),
            "audible",
            "#f7991c",
        ),
        labels=["Audible"],
    )
add(
    "2026-04-02",
    "Audible",
    "donotreply@audible.co.uk",
    "Action needed: there was a problem with your payment",
    text=(
        "Hello Ellie,\n\nWe were unable to process your Audible Premium Plus membership payment of £8.99 using "
        "the card ending in 4417 (expired).\n\nPlease update your payment method within 14 days to keep your "
        "membership. Your credits and titles remain safe in the meantime.\n\nAudible"
    ),
    labels=["Audible"],
)
add(
    "2026-04-17",
    "Audible",
    "donotreply@audible.co.uk",
    "Your Audible membership has ended",
    text=(
        "Hello Ellie,\n\nWe weren't able to collect your membership payment, so your Audible Premium Plus "
        "membership ended on 16 April 2026.\n\nYou still own every title you've bought or downloaded with a "
        "credit. Your unused credits have expired. You can restart your membership at any time.\n\nAudible"
    ),
    labels=["Audible"],
)

# ---------------------------------------------------------------- Readwise via Paddle (USD)
for day in ("2026-08-14", "2026-09-14", "2026-10-14", "2026-11-14"):
    nxt = nextm(day)
    num = "%d-%d" % (10000000 + int(hashlib.md5(day.encode()).hexdigest()[:6], 16) % 9000000, 21)
    add(
        day,
        "Paddle",
        "help@paddle.com",
        "Your Readwise receipt [#%s]" % num,
        text=(
            "Thanks for your order!\n\nReadwise has partnered with Paddle to process your payment.\n\n"
            "Order #%s\nDate: %s\n\nReadwise Full (Monthly)\n  Subtotal   $10.83\n  VAT (20%%)  $2.16\n"
            "  Total      $12.99 USD\n\nCharged to: Visa ending 4417\n\nThis is a recurring subscription. Your next "
            "payment of $12.99 will be taken on %s.\n\nThe charge will appear on your statement as PADDLE.NET* "
            "READWISE.\n\nPaddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT"
        )
        % (
            num,
            dt.date.fromisoformat(day).strftime("%Y-%m-%d"),
            dt.date.fromisoformat(nxt).strftime("%Y-%m-%d"),
        ),
        html=page(
            "<p>Readwise has partnered with Paddle to process your payment.</p>"
            + table(
                [
                    ["Order", "#" + num],
                    ["Readwise Full (Monthly)", "$10.83"],
                    ["VAT (20%)", "$2.16"],
                    ["<b>Total</b>", "<b>$12.99 USD</b>"],
                    ["Next payment", dt.date.fromisoformat(nxt).strftime("%Y-%m-%d")],
                ]
            ),
            "paddle",
            "#282828",
        ),
        labels=["Readwise"],
        tz=0,
    )

# ================================================================ mail that is evidence for no truth
# Amazon orders (one-off), Kindle, marketing
add(
    "2026-01-29",
    "Amazon.co.uk",
    "auto-confirm@amazon.co.uk",
    'Your Amazon.co.uk order of "Bosch Cordless..."',
    html=page(
        "<p>Hello Ellie,</p><p>Thank you for your order. We'll send a confirmation when your item dispatches.</p>"
        + table(
            [
                ["Order #204-7781932-1029347", ""],
                ["Bosch EasyCut cordless secateurs", "£47.99"],
                ["Postage &amp; Packing", "£0.00"],
                ["<b>Order Total (VAT included)</b>", "<b>£47.99</b>"],
                ["Arriving", "Saturday, 31 January"],
            ]
        ),
        "amazon.co.uk",
        "#232f3e",
    ),
    html_cte="base64",
)
add(
    "2026-05-14",
    "Amazon.co.uk",
    "auto-confirm@amazon.co.uk",
    "Your Amazon.co.uk order of 2 items",
    html=page(
        "<p>Hello Ellie,</p><p>Thank you for your order.</p>"
        + table(
            [
                ["Order #204-3310287-5546612", ""],
                ["Joseph Joseph Nest 9 mixing bowls", "£35.00"],
                ["Ortlieb Back-Roller bike pannier", "£79.99"],
                ["<b>Order Total</b>", "<b>£114.99</b>"],
            ]
        ),
        "amazon.co.uk",
        "#232f3e",
    ),
    html_cte="base64",
)
add(
    "2026-05-15",
    "Amazon.co.uk",
    "shipment-tracking@amazon.co.uk",
    "Dispatched: Your Amazon.co.uk order of 2 items",
    text="Hello Ellie,\n\nYour package is on its way.\nOrder #204-3310287-5546612\nArriving tomorrow by 10pm.\n\n"
    "Track your package in Your Orders.",
)
add(
    "2026-10-02",
    "Amazon.co.uk",
    "digital-no-reply@amazon.co.uk",
    "Amazon.co.uk order: Intermezzo (Kindle Edition)",
    text="Thank you for shopping with Amazon.\n\nKindle Edition: Intermezzo by Sally Rooney\nPrice: £4.99\n"
    "Delivered to: Ellie's Kindle\n\nOrder #D01-5529183-2283012",
)
add(
    "2026-06-02",
    "Prime Video",
    "no-reply@primevideo.com",
    "Go ad-free on Prime Video",
    text="Hi Ellie,\n\nEnjoy your favourite films and series without adverts for just £2.99/month extra on your "
    "Prime membership. Add it in two taps.\n\nPrime Video",
)
# deliveries
add(
    "2026-01-31",
    "Evri",
    "noreply@evri.com",
    "Your parcel from Amazon is out for delivery",
    text="Hi Ellie,\nYour parcel H01ABC123456789 from Amazon is out for delivery today between 11:05 and 13:05.\n\nEvri",
)
add(
    "2026-09-12",
    "Royal Mail",
    "no-reply@royalmail.com",
    "Your item has been delivered",
    text="Your item QV123456789GB from ASOS was delivered at 12:41 on 12 September 2026 and signed for by WHITFIELD.",
)
# Deliveroo orders
for day, rest, tot in (
    ("2026-01-16", "Dishoom", "£32.40"),
    ("2026-03-27", "Rudy's Pizza", "£21.85"),
    ("2026-10-09", "Hoppers", "£28.10"),
):
    add(
        day,
        "Deliveroo",
        "noreply@t.deliveroo.co.uk",
        "Your order from %s" % rest,
        html=page(
            "<p>Your order from <b>%s</b> is being prepared.</p>" % rest
            + table(
                [["Subtotal", tot], ["Delivery fee", "£0.00 (Plus)"], ["<b>Total</b>", "<b>%s</b>" % tot]]
            ),
            "deliveroo",
            "#00ccbc",
        ),
        hhmm="19:%02d" % rng.randrange(60),
    )
# rides
add(
    "2026-02-22",
    "Uber Receipts",
    "noreply@uber.com",
    "Your Saturday night trip with Uber",
    text="Thanks for riding, Ellie\n\nTotal £18.64\nTrip fare £16.14\nBooking fee £2.50\n\nPicked up 23:52 - "
    "Shoreditch High St\nDropped off 00:11 - Lavender Grove, London E8\n\nUber London Limited",
    hhmm="00:14",
)
add(
    "2026-07-03",
    "Uber Receipts",
    "noreply@uber.com",
    "Your Friday morning trip with Uber",
    text="Thanks for riding, Ellie\n\nTotal £41.20\nTrip fare £38.70\nBooking fee £2.50\n\nHackney - London Stansted "
    "Airport\n\nUber London Limited",
    hhmm="05:20",
)
# travel
add(
    "2026-04-18",
    "Trainline",
    "auto-confirm@info.thetrainline.com",
    "Your booking confirmation: London to Manchester",
    text="Hi Ellie,\n\nYou're all booked.\n\nLondon Euston → Manchester Piccadilly\nFri 1 May 2026, 17:40\n"
    "Advance Single, 26-30 Railcard\nTotal paid: £32.65\n\nYour eTicket is in the Trainline app.\n\nTrainline",
)
add(
    "2026-08-30",
    "Trainline",
    "auto-confirm@info.thetrainline.com",
    "Reset your Trainline password",
    text="Hi Ellie,\n\nWe got a request to reset your password. Use the link below within 1 hour.\n\n"
    "If you didn't ask for this, you can ignore this email.\n\nTrainline",
)
add(
    "2026-05-20",
    "easyJet",
    "donotreply@easyjet.com",
    "Your easyJet booking EJX7Q2K",
    text="Hi Ellie\n\nThanks for booking with easyJet.\n\nBooking reference: EJX7Q2K\nLondon Stansted (STN) - "
    "Lisbon (LIS)\nFri 03 Jul 2026 07:15\nReturn Mon 06 Jul 2026 21:05\n\nTotal paid: £187.46\n\neasyJet",
)
add(
    "2026-07-02",
    "easyJet",
    "donotreply@easyjet.com",
    "Time to check in for Lisbon",
    text="Hi Ellie, online check-in is now open for your flight EZY8723 to Lisbon on Fri 03 Jul 2026.",
)
# bank
for day, mon in (("2026-02-03", "January"), ("2026-06-02", "May"), ("2026-11-03", "October")):
    add(
        day,
        "Monzo",
        "help@monzo.com",
        "Your %s statement is ready" % mon,
        text=(
            "Hi Ellie,\n\nYour statement for %s 2026 is ready to view in the Monzo app, under Account > "
            "Statements.\n\nMonzo Bank Ltd is authorised by the Prudential Regulation Authority."
        )
        % mon,
    )
add(
    "2026-09-15",
    "Monzo",
    "help@monzo.com",
    "We're updating our terms and conditions",
    text="Hi Ellie,\n\nWe're making some changes to our terms from 15 November 2026. You don't need to do anything.\n\nMonzo",
)
# marketing for plans not held
add(
    "2026-01-14",
    "Sky",
    "sky@email.sky.com",
    "Sky Broadband Superfast for £24/month",
    html=page(
        "<p>Get Sky Broadband Superfast with average speeds of 61Mb for just <b>£24 a month</b> on an "
        "18-month contract. Add Sky Stream for £15/month.</p>"
        + table([["Superfast 61Mb", "£24/mth"], ["Gigafast 900Mb", "£42/mth"]]),
        "Sky",
        "#0072c9",
    ),
)
add(
    "2026-04-22",
    "Virgin Media",
    "offers@virginmedia.co.uk",
    "Ellie, get 1Gig broadband for £29.99 a month",
    text="Our fastest speeds, now £29.99 a month for 24 months. Price rises by £4/mth each April.\n\nVirgin Media",
)
add(
    "2026-06-25",
    "Disney+",
    "disneyplus@mail.disneyplus.com",
    "Come back to Disney+ for £4.99/month",
    text="We miss you! Get Disney+ Standard with Ads for £4.99/month. Offer ends 30 June.",
)
add(
    "2026-08-20",
    "The Gym Group",
    "hello@thegymgroup.com",
    "No joining fee this week - from £22.99/month",
    text="Hi Ellie,\n\nJoin The Gym Group Hackney Central from £22.99 a month. No contract, no joining fee until "
    "Sunday.\n\nThe Gym Group",
)
add(
    "2026-10-20",
    "Spotify",
    "no-reply@spotify.com",
    "Bring your housemates: Premium Family is £21.99/month",
    text="Hi Ellie,\n\nUp to 6 Premium accounts for people living under one roof, for £21.99/month. "
    "Upgrade now.\n\nSpotify",
)
# newsletters
add(
    "2026-03-05",
    "Time Out London",
    "newsletter@timeout.com",
    "The best things to do in London this weekend",
    text="Hi Ellie,\n\nCherry blossoms in Greenwich, a free exhibition at the Barbican and 12 new restaurant openings.\n\nTime Out",
)
add(
    "2026-10-29",
    "Time Out London",
    "newsletter@timeout.com",
    "Bonfire Night 2026: London's best fireworks",
    text="The capital's best fireworks displays, from Battersea Park to Ally Pally. Tickets from £8.50.\n\nTime Out",
)
add(
    "2026-07-18",
    "Secret London",
    "hello@secretldn.com",
    "31 brilliant free things to do in London this summer",
    html=page("<p>Lidos, rooftop cinemas and free festivals.</p>", "Secret London", "#111"),
)
# tax, payroll, student loan
add(
    "2026-04-15",
    "HMRC",
    "noreply@tax.service.gov.uk",
    "Your tax code has changed",
    text="Dear Ellie Whitfield\n\nYour tax code for the 2026 to 2027 tax year has changed. Sign in to your "
    "personal tax account on GOV.UK to see why.\n\nHM Revenue and Customs",
)
add(
    "2026-05-28",
    "Harrowell & Finch Payroll",
    "payroll@harrowellfinch.co.uk",
    "Your May 2026 payslip is available",
    text="Hi Ellie,\n\nYour payslip for May 2026 is now available in the employee portal. Pay date: 29/05/2026.\n\n"
    "Harrowell & Finch LLP - Payroll",
)
add(
    "2026-10-29",
    "Harrowell & Finch Payroll",
    "payroll@harrowellfinch.co.uk",
    "Your October 2026 payslip is available",
    text="Hi Ellie,\n\nYour payslip for October 2026 is now available in the employee portal. Pay date: 30/10/2026.\n\n"
    "Harrowell & Finch LLP - Payroll",
)
add(
    "2026-06-10",
    "Student Loans Company",
    "noreply@slc.co.uk",
    "Your annual statement is ready",
    text="Dear Ellie Whitfield\n\nYour Plan 2 student loan annual statement for the year to 5 April 2026 is now "
    "available in your online account. Repayments are collected through your employer via PAYE.\n\n"
    "Student Loans Company",
)
# friends, family, flatmates, landlord
add(
    "2026-01-04",
    "Helen Whitfield",
    "helen.whitfield@btinternet.com",
    "Re: Birthday",
    text="Hi darling, sent you £50 for your birthday - treat yourself to something nice, not the gas bill!\n\n"
    "Love Mum xx",
    hhmm="11:02",
)
add(
    "2026-06-14",
    "Zoë Clarke",
    "zoe.clarke@gmail.com",
    "Hen do - money!! 💸",
    text="Hiya hens! Final costs for Brighton are in: £185 each for the house and the boat trip. Can you send to "
    "my Monzo by the 30th? Deposit of £60 already paid so £125 left.\n\nZoë x",
    hhmm="20:17",
)
add(
    "2026-11-02",
    "Tomás Ferreira",
    "tomas.ferreira@proton.me",
    "Heating",
    text="Hey Ellie, saw the Acasa bill went up with the cold. Shall we put the heating on a timer? I'm happy to do "
    "7-9am and 6-11pm. Also I owe you for council tax, will sort tonight.\n\nT",
    hhmm="08:33",
)
for day, who, what, amt in (
    ("2026-01-02", "Tomás Ferreira", "Council tax January", "£54.61"),
    ("2026-05-03", "Priya Raman", "Council tax May", "£56.93"),
    ("2026-08-16", "Priya Raman", "Big Tesco shop", "£24.18"),
    ("2026-11-02", "Tomás Ferreira", "Council tax November", "£56.93"),
):
    add(
        day,
        "Splitwise",
        "notifications@splitwise.com",
        "%s paid you %s" % (who.split()[0], amt)
        if what.startswith("Council")
        else '%s added "%s" in "Lavender Grove"' % (who.split()[0], what),
        text=(
            '%s recorded a payment to you of %s for "%s" in the group "Lavender Grove".\n\nSplitwise'
            % (who, amt, what)
        )
        if what.startswith("Council")
        else ('%s added "%s" (%s total). You owe %s.\n\nSplitwise' % (who, what, "£72.55", amt)),
    )
add(
    "2026-07-30",
    "Mark Davies",
    "mark.davies.lettings@gmail.com",
    "Flat 3 - rent from October",
    text="Hi all,\n\nHope you're well. As discussed at the renewal, the rent for Flat 3 will go from £2,550 to "
    "£2,640 a month from 1 October. Could whoever holds the standing order update it (Ellie, I think it's "
    "you?) - £2,640 on the 1st, same account as before.\n\nThanks,\nMark",
    hhmm="14:05",
)
add(
    "2026-10-01",
    "Mark Davies",
    "mark.davies.lettings@gmail.com",
    "Re: Flat 3 - rent from October",
    text="Received the new amount, thanks Ellie. I'll get someone round about the bathroom extractor fan next week.\n\nMark",
    hhmm="17:40",
)
add(
    "2026-08-16",
    "PayPal",
    "service@paypal.co.uk",
    "You sent £125.00 GBP to Zoë Clarke",
    text="Hi Ellie Whitfield,\n\nYou sent £125.00 GBP to Zoë Clarke.\n\nNote: Brighton hen 🐚\nTransaction ID: "
    "4TX81234AB5678901\n\nPayPal",
)
# donations
add(
    "2026-01-19",
    "Shelter",
    "supportercare@shelter.org.uk",
    "Thank you for your monthly gift",
    text="Dear Ellie,\n\nThank you so much for choosing to give £10 a month to Shelter by Direct Debit. Your first "
    "gift will be collected on or around 1 February 2026. With Gift Aid, your gift is worth £12.50 to us.\n\n"
    "Shelter, registered charity in England and Wales (263710)",
)
add(
    "2026-10-12",
    "Shelter",
    "supportercare@shelter.org.uk",
    "Ellie, here's what your support has done this year",
    text="Because of supporters like you, our advisers answered 28,000 calls to our emergency helpline this year.\n\nShelter",
)
add(
    "2026-04-26",
    "JustGiving",
    "no-reply@justgiving.com",
    "Thanks for donating to Sam's London Marathon page",
    text="Thank you, Ellie!\n\nYou donated £20.00 to Sam Okafor's fundraising page for Mind.\nGift Aid: £5.00\n\nJustGiving",
)
# free trial that ended unpaid
add(
    "2026-04-03",
    "NOW",
    "no-reply@nowtv.com",
    "Your NOW Entertainment free trial has started",
    text="Hi Ellie,\n\nYour 7 day free trial of the NOW Entertainment Membership has started. After your trial ends on "
    "10/04/2026 it'll cost £9.99 a month unless you cancel.\n\nNOW",
)
add(
    "2026-04-09",
    "NOW",
    "no-reply@nowtv.com",
    "Your NOW membership has been cancelled",
    text="Hi Ellie,\n\nWe're sorry to see you go. Your Entertainment Membership will end on 10/04/2026 and you won't "
    "be charged.\n\nNOW",
)
# events and shopping
add(
    "2026-02-27",
    "DICE",
    "tickets@dice.fm",
    "You're going to Fontaines D.C.",
    text="Your ticket for Fontaines D.C. at Alexandra Palace, Sat 14 Nov 2026. 1 x General Admission £49.50 + fees £5.45.\n\nDICE",
)
add(
    "2026-09-23",
    "Eventbrite",
    "noreply@order.eventbrite.com",
    "Your tickets for Columbia Road supper club",
    text="Order #11283004922\n1 x Supper club ticket - £45.00\nSun 4 Oct 2026, 19:00\n\nEventbrite",
)
add(
    "2026-09-08",
    "ASOS",
    "order@asos.com",
    "Thanks for your order!",
    html=page(
        "<p>Thanks Ellie, we've got your order.</p>"
        + table(
            [
                ["Order no. 882734112", ""],
                ["Trench coat in stone", "£85.00"],
                ["Standard Delivery", "£4.50"],
                ["<b>Total</b>", "<b>£89.50</b>"],
            ]
        ),
        "ASOS",
        "#2d2d2d",
    ),
)
add(
    "2026-03-21",
    "IKEA",
    "noreply@ikea.co.uk",
    "Your IKEA order confirmation",
    text="Hej Ellie!\n\nOrder 1385562040\nKALLAX shelving unit, white £50.00\nDelivery £35.00\nTotal £85.00 (incl. VAT)\n\nIKEA",
)
add(
    "2026-07-26",
    "Vinted",
    "no-reply@vinted.co.uk",
    "Your item sold!",
    text='Congrats Ellie! "Levi\'s 501 W27" sold for £22.00. Send it within 5 working days.\n\nVinted',
)
add(
    "2026-02-14",
    "Ocado",
    "customerservices@ocado.com",
    "Your Ocado order confirmation",
    text="Delivery: Sat 14 Feb, 10:00-11:00\nItems: 34\nEstimated total: £67.42\n\nOcado",
)
add(
    "2026-10-17",
    "Tesco",
    "tesco@email.tesco.co.uk",
    "Your Tesco order is confirmed",
    text="Delivery: Sat 17 Oct, 18:00-19:00\nEstimated total: £54.31\nClubcard Prices saved you £6.20.\n\nTesco",
)
add(
    "2026-03-11",
    "Hackney Dental Practice",
    "reception@hackneydental.co.uk",
    "Appointment confirmation",
    text="Dear Ellie,\n\nYour appointment for a check-up and hygienist clean is confirmed for Tue 24 Mar 2026 at "
    "08:30. NHS Band 1 charge: £27.40.\n\nHackney Dental Practice",
)
add(
    "2026-08-27",
    "Spotify",
    "no-reply@spotify.com",
    "Reset your password",
    text="Hello,\n\nSomeone asked to reset the password for your Spotify account. Tap below to choose a new one.\n\nSpotify",
)
add(
    "2026-05-06",
    "Lime",
    "no-reply@li.me",
    "Your Lime ride receipt",
    text="Ride on 6 May 2026, 18:12 - 18:31\nUnlock £1.00\n19 min × £0.23\nTotal £5.37\n\nLime",
)
add(
    "2026-11-26",
    "Octopus Energy",
    "hello@octopus.energy",
    "Winter Saving Sessions are back",
    text="Hi Ellie,\n\nSaving Sessions are back: get paid to use less electricity at peak times this winter. "
    "Opt in through the app.\n\nOctopus Energy",
)
add(
    "2026-05-12",
    "Headspace",
    "hello@headspace.com",
    "Try Headspace free for 14 days",
    text="Then £49.99/year. Sleep better, stress less.\n\nHeadspace",
)

# ================================================================ write
TRUTH = [
    dict(
        name="Acasa",
        aliases=["Acasa household bills", "Acasa Ltd"],
        amount="83.33",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="Hackney Council Tax",
        aliases=["Council Tax", "London Borough of Hackney"],
        amount="170.78",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="Smarty",
        aliases=["Smarty Unlimited Data Plan", "Smarty Mobile"],
        amount="15.00",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-21",
        kind="bill",
    ),
    dict(
        name="Loveit Coverit",
        aliases=["Loveit Coverit gadget insurance", "phone insurance"],
        amount="7.49",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="bill",
    ),
    dict(
        name="Urban Jungle",
        aliases=["Urban Jungle contents insurance", "Urban Jungle Insurance"],
        amount="74.16",
        currency="GBP",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-09",
        kind="bill",
    ),
    dict(
        name="TV Licence",
        aliases=["TV Licensing"],
        amount="180.00",
        currency="GBP",
        cycle="yearly",
        status="active",
        next_renewal="2027-05-01",
        kind="bill",
    ),
    dict(
        name="PureGym",
        aliases=["PureGym London Hackney", "PureGym Core"],
        amount="27.99",
        currency="GBP",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="ClassPass",
        aliases=["ClassPass 16 credits"],
        amount="27.00",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix Standard"],
        amount="13.99",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-19",
        kind="subscription",
    ),
    dict(
        name="Spotify Premium",
        aliases=["Spotify", "Premium Individual"],
        amount="12.99",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-06",
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ with 200 GB of storage", "iCloud+ 200GB"],
        amount="2.99",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-17",
        kind="subscription",
    ),
    dict(
        name="Super Duolingo",
        aliases=["Duolingo", "Duolingo - Language Lessons"],
        amount="83.99",
        currency="GBP",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-17",
        kind="subscription",
    ),
    dict(
        name="The Economist",
        aliases=["Economist", "The Economist Digital"],
        amount="49.50",
        currency="GBP",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-30",
        kind="subscription",
    ),
    dict(
        name="Pact Coffee",
        aliases=["Pact"],
        amount="8.95",
        currency="GBP",
        cycle="biweekly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="TfL Travelcard",
        aliases=["Transport for London", "TfL", "Oyster", "1 Month Travelcard", "TfL Oyster"],
        amount="178.60",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-08",
        kind="subscription",
    ),
    dict(
        name="Amazon Prime",
        aliases=["Prime", "Amazon Prime membership"],
        amount="95.00",
        currency="GBP",
        cycle="yearly",
        status="active",
        next_renewal="2027-01-12",
        kind="subscription",
    ),
    dict(
        name="Deliveroo Plus",
        aliases=["Deliveroo Plus Silver", "Deliveroo"],
        amount="3.49",
        currency="GBP",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-23",
        kind="subscription",
    ),
    dict(
        name="Audible",
        aliases=["Audible Premium Plus"],
        amount="8.99",
        currency="GBP",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Readwise",
        aliases=["Readwise Full", "Readwise Reader"],
        amount="12.99",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
]
last = ACASA[-1]
TRUTH[0]["amount"] = "%.2f" % round(last[3] + last[4] + 9.00 + 3.50, 2)

HARD_NEG = [
    "Evri",
    "Royal Mail",
    "Uber",
    "Trainline",
    "easyJet",
    "Monzo",
    "Sky",
    "Virgin Media",
    "Disney+",
    "The Gym Group",
    "Time Out London",
    "Secret London",
    "HMRC",
    "Harrowell & Finch Payroll",
    "Student Loans Company",
    "Helen Whitfield",
    "Zoë Clarke",
    "Tomás Ferreira",
    "Priya Raman",
    "Splitwise",
    "Mark Davies",
    "PayPal",
    "Shelter",
    "JustGiving",
    "NOW",
    "DICE",
    "Eventbrite",
    "ASOS",
    "IKEA",
    "Vinted",
    "Ocado",
    "Tesco",
    "Hackney Dental Practice",
    "Lime",
    "Octopus Energy",
    "Headspace",
    "Procreate Pocket",
    "Intermezzo (Kindle Edition)",
    "Prime Video",
]


def main():
    MSGS.sort(key=lambda m: (m["when"].astimezone(dt.UTC), m["seq"]))
    emldir = os.path.join(HERE, "eml")
    if os.path.isdir(emldir):
        shutil.rmtree(emldir)
    os.makedirs(emldir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    mb = mailbox.mbox(mbox_path, create=True)
    listing = []
    names = {t["name"] for t in TRUTH}
    for i, m in enumerate(MSGS, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        msg = build(m, i)
        data = msg.as_bytes(policy=email.policy.default)
        fname = "%03d-%s-%s.eml" % (i, m["when"].strftime("%Y%m%d"), slugify(m["sender"]))
        with open(os.path.join(emldir, fname), "wb") as f:
            f.write(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["addr"], m["when"].astimezone(dt.UTC).timetuple())
        mb.add(mm)
        listing.append({"file": fname, "from": m["sender"], "subject": m["subject"], "labels": m["labels"]})
    mb.flush()
    mb.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY, "messages": len(MSGS), "hard_negatives": HARD_NEG})
    dump("messages.json", listing)
    print(
        "%d messages, %d truths, %d unlabelled"
        % (len(MSGS), len(TRUTH), sum(1 for m in MSGS if not m["labels"]))
    )


if __name__ == "__main__":
    main()
