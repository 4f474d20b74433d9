"""Well-known subscription services: how people call them, and the domains that bill for them.

The catalog only improves naming ("YouTube Premium" rather than "Google"); services that are
not listed are still detected and named from the sender or the body.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _split(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(",") if x.strip())


def _s(name: str, domains: str = "", aliases: str = "") -> Service:
    return Service(name, _split(domains), _split(aliases))


SERVICES: tuple[Service, ...] = (
    # video
    _s("Netflix", "netflix.com"),
    _s("Disney+", "disneyplus.com", "Disney Plus, DisneyPlus"),
    _s("Hulu", "hulu.com"),
    _s("Max", "max.com,hbomax.com", "HBO Max"),
    _s("Paramount+", "paramountplus.com", "Paramount Plus"),
    _s("Peacock", "peacocktv.com", "Peacock Premium"),
    _s("Apple TV+", "", "Apple TV Plus, Apple TV"),
    _s(
        "Amazon Prime",
        "amazon.com,amazon.de,amazon.co.uk,amazon.fr,amazon.es,amazon.it,amazon.co.jp,amazon.ca,amazon.nl",
        "Prime membership, Amazon Prime Video, Prime Video, Amazonプライム",
    ),
    _s("Crunchyroll", "crunchyroll.com"),
    _s("DAZN", "dazn.com"),
    _s("Sky", "sky.com,sky.de", "Sky Go, WOW"),
    _s("Canal+", "canalplus.com", "Canal Plus"),
    _s("Mubi", "mubi.com"),
    _s("Curiosity Stream", "curiositystream.com"),
    _s("Twitch Turbo", "twitch.tv", "Twitch"),
    _s("YouTube Premium", "youtube.com", "YouTube Music Premium, YouTube Premium Family, YouTube"),
    _s("YouTube TV", "", ""),
    # music & audio
    _s("Spotify", "spotify.com", "Spotify Premium"),
    _s("Apple Music", "", ""),
    _s("Tidal", "tidal.com"),
    _s("Deezer", "deezer.com", "Deezer Premium"),
    _s("SiriusXM", "siriusxm.com", "Sirius XM"),
    _s(
        "Audible",
        "audible.com,audible.de,audible.co.uk,audible.fr,audible.ca,audible.it,audible.es,audible.com.au,audible.co.jp",
        "Audible Premium Plus",
    ),
    _s("Kindle Unlimited", "", ""),
    _s("Scribd", "scribd.com", "Everand"),
    _s("Storytel", "storytel.com"),
    _s("Blinkist", "blinkist.com"),
    # cloud & software
    _s("iCloud+", "", "iCloud Plus, iCloud storage, iCloud"),
    _s("Google One", "", "Google One storage"),
    _s("Dropbox", "dropbox.com", "Dropbox Plus, Dropbox Professional"),
    _s("Microsoft 365", "microsoft.com", "Office 365, Microsoft 365 Personal, Microsoft 365 Family"),
    _s("Xbox Game Pass", "xbox.com", "Game Pass"),
    _s("PlayStation Plus", "playstation.com,sony.com", "PS Plus, PlayStation Network"),
    _s("Nintendo Switch Online", "nintendo.com,nintendo.net"),
    _s("Adobe Creative Cloud", "adobe.com", "Creative Cloud, Adobe Photoshop, Adobe Acrobat, Lightroom"),
    _s("GitHub", "github.com", "GitHub Pro, GitHub Copilot"),
    _s("ChatGPT Plus", "openai.com", "ChatGPT, OpenAI"),
    _s("Claude Pro", "anthropic.com", "Claude"),
    _s("Notion", "notion.so,makenotion.com", "Notion Plus"),
    _s("Evernote", "evernote.com"),
    _s("1Password", "1password.com"),
    _s("LastPass", "lastpass.com"),
    _s("Dashlane", "dashlane.com"),
    _s("Bitwarden", "bitwarden.com"),
    _s("Grammarly", "grammarly.com", "Grammarly Premium"),
    _s("Canva", "canva.com", "Canva Pro"),
    _s("Figma", "figma.com"),
    _s("Slack", "slack.com"),
    _s("Zoom", "zoom.us,zoom.com", "Zoom Pro"),
    _s("Backblaze", "backblaze.com"),
    _s("pCloud", "pcloud.com"),
    _s("Setapp", "setapp.com"),
    _s("JetBrains", "jetbrains.com", "IntelliJ IDEA, PyCharm"),
    _s("Todoist", "todoist.com"),
    _s("Squarespace", "squarespace.com"),
    _s("Wix", "wix.com"),
    _s("Shopify", "shopify.com"),
    _s("Mailchimp", "mailchimp.com"),
    _s("DigitalOcean", "digitalocean.com"),
    _s("Fastmail", "fastmail.com"),
    _s("Proton", "proton.me,protonmail.com", "Proton Mail, Proton Unlimited, ProtonVPN"),
    # vpn & security
    _s("NordVPN", "nordvpn.com,nordaccount.com"),
    _s("ExpressVPN", "expressvpn.com"),
    _s("Surfshark", "surfshark.com"),
    _s("Mullvad", "mullvad.net"),
    _s("Norton", "norton.com,nortonlifelock.com", "Norton 360"),
    _s("McAfee", "mcafee.com"),
    # news
    _s("The New York Times", "nytimes.com", "New York Times, NYTimes, NYT"),
    _s("The Washington Post", "washingtonpost.com", "Washington Post"),
    _s("The Wall Street Journal", "wsj.com,dowjones.com", "Wall Street Journal, WSJ"),
    _s("The Guardian", "theguardian.com", "Guardian"),
    _s("The Economist", "economist.com", "Economist"),
    _s("Financial Times", "ft.com", "FT"),
    _s("The Atlantic", "theatlantic.com", "Atlantic"),
    _s("The New Yorker", "newyorker.com", "New Yorker"),
    _s("Le Monde", "lemonde.fr"),
    _s("Der Spiegel", "spiegel.de", "SPIEGEL+, Spiegel Plus"),
    _s("El País", "elpais.com", "El Pais"),
    _s("Medium", "medium.com", "Medium membership"),
    _s("Patreon", "patreon.com"),
    # fitness & wellness
    _s("Peloton", "onepeloton.com", "Peloton App"),
    _s("Strava", "strava.com", "Strava Summit"),
    _s("Headspace", "headspace.com"),
    _s("Calm", "calm.com"),
    _s("Noom", "noom.com"),
    _s("MyFitnessPal", "myfitnesspal.com", "MyFitnessPal Premium"),
    _s("Fitbit Premium", "fitbit.com", "Fitbit"),
    _s("WHOOP", "whoop.com"),
    _s("Duolingo", "duolingo.com", "Duolingo Plus, Super Duolingo, Duolingo Super"),
    _s("Babbel", "babbel.com"),
    _s("PureGym", "puregym.com"),
    _s("Planet Fitness", "planetfitness.com"),
    _s("ClassPass", "classpass.com"),
    _s("Urban Sports Club", "urbansportsclub.com"),
    # shopping & delivery memberships
    _s("Uber One", "", "Uber One membership"),
    _s("DashPass", "doordash.com", "DoorDash DashPass"),
    _s("Instacart+", "instacart.com", "Instacart Plus"),
    _s("Deliveroo Plus", "", ""),
    _s("Walmart+", "walmart.com", "Walmart Plus"),
    _s("Costco", "costco.com,costco.ca,costco.co.uk,costco.com.mx", "Costco membership"),
    _s("HelloFresh", "hellofresh.com,hellofresh.de"),
    _s("Dollar Shave Club", "dollarshaveclub.com"),
    # other
    _s("LinkedIn Premium", "linkedin.com", "LinkedIn"),
    _s("Tinder", "gotinder.com", "Tinder Gold, Tinder Plus"),
    _s("Bumble", "bumble.com"),
    _s("Ancestry", "ancestry.com"),
    _s("Coursera", "coursera.org", "Coursera Plus"),
    _s("MasterClass", "masterclass.com"),
    _s("Skillshare", "skillshare.com"),
    _s("Nebula", "nebula.tv"),
    _s("Ring Protect", "ring.com", "Ring"),
    _s("Xfinity", "xfinity.com,comcast.net"),
)

INTERMEDIARIES: dict[str, str] = {
    "apple.com": "Apple",
    "email.apple.com": "Apple",
    "itunes.com": "Apple",
    "google.com": "Google Play",
    "paypal.com": "PayPal",
    "paypal.de": "PayPal",
    "paypal.co.uk": "PayPal",
    **dict.fromkeys(
        (
            *(
                f"paypal.{tld}"
                for tld in ("fr", "es", "it", "nl", "ca", "jp", "ie", "be", "at", "ch", "pl", "se")
            ),
            *(f"paypal.{tld}" for tld in ("dk", "no", "pt", "fi", "cz", "in", "cn", "gr", "hu", "lu")),
            *(f"paypal.com.{tld}" for tld in ("au", "br", "mx", "sg", "hk", "tw", "ar", "co")),
        ),
        "PayPal",
    ),
    "stripe.com": "Stripe",
    "gocardless.com": "GoCardless",
    "ezypay.com": "Ezypay",
    "kakaopay.com": "Kakao Pay",
    "paypay.ne.jp": "PayPay",
    "paddle.com": "Paddle",
    "fastspring.com": "FastSpring",
    "2checkout.com": "2Checkout",
    "chargebee.com": "Chargebee",
    "recurly.com": "Recurly",
    "klarna.com": "Klarna",
    "substack.com": "Substack",
    **dict.fromkeys(("appfolio.com", "appfolioproperty.com"), "AppFolio"),
    **dict.fromkeys(("buildium.com", "managebuilding.com"), "Buildium"),
    **dict.fromkeys(("rentcafe.com", "yardi.com"), "RentCafe"),
    "entrata.com": "Entrata",
    "tenantcloud.com": "TenantCloud",
    "rentredi.com": "RentRedi",
    "avail.co": "Avail",
    "paylease.com": "PayLease",
    "zego.io": "Zego",
    "clickpay.com": "ClickPay",
}
"""Domains that bill on behalf of other services: the service is named in the body."""

OWN_SERVICE_HOSTS = frozenset({"fiber.google.com", "fi.google.com", "nest.google.com"})
"""Hosts of an intermediary's domain that bill for its own services (Google Fiber is no Play purchase)."""

WALLETS: dict[str, str] = {
    "네이버페이": "Naver Pay",
    "naver pay": "Naver Pay",
    "naverpay": "Naver Pay",
    "카카오페이": "Kakao Pay",
    "kakao pay": "Kakao Pay",
    "kakaopay": "Kakao Pay",
    "토스페이": "Toss Pay",
    "paypay": "PayPay",
}
"""Payment wallets known by their sender name, whose company also sells services of its own from
the same domain (Naver Pay's receipts for Naver's membership): the service is named in the body."""

PROPERTY_PLATFORMS = frozenset(
    {
        "AppFolio",
        "Buildium",
        "RentCafe",
        "Entrata",
        "TenantCloud",
        "RentRedi",
        "Avail",
        "PayLease",
        "Zego",
        "ClickPay",
    }
)
"""Rent portals: they send in the landlord's or property manager's name, and what they collect is a bill."""

PROCESSORS = frozenset(
    {
        "Stripe",
        "Paddle",
        "FastSpring",
        "2Checkout",
        "Chargebee",
        "Recurly",
        "Substack",
        "GoCardless",
        "Ezypay",
        *PROPERTY_PLATFORMS,
    }
)
"""Intermediaries that send in the merchant's name: their sender display name is the service."""

BILLERS = frozenset(
    {
        # phone, internet and television lines
        "vodafone",
        "orange",
        "movistar",
        "telefonica",
        "fastweb",
        "telekom",
        "verizon",
        "at&t",
        "t-mobile",
        "xfinity",
        "comcast",
        "spectrum",
        "virgin media",
        "kpn",
        "ziggo",
        "odido",
        "proximus",
        "swisscom",
        "telia",
        "telenor",
        "sfr",
        "bouygues telecom",
        "free mobile",
        "windtre",
        "iliad",
        "digi",
        "yoigo",
        "masmovil",
        "jazztel",
        "simyo",
        "o2",
        "bt",
        "sky",  # its TV and broadband lines, as on the bank side
        "plusnet",
        "telus",
        "rogers",
        "bell",
        "optus",
        "telstra",
        # energy and water
        "edf",
        "engie",
        "e.on",
        "eon",
        "eneco",
        "essent",
        "vattenfall",
        "enel",
        "iberdrola",
        "endesa",
        "naturgy",
        "rwe",
        "enbw",
        "british gas",
        "octopus energy",
        "ovo",
        "pg&e",
        "con edison",
        "duke energy",
        "thames water",
        "totalenergies",
        "greenchoice",
        "budget energie",
        # lenders and loan servicers
        "navient",
        "mohela",
        "nelnet",
        "sallie mae",
        "aidvantage",
        "edfinancial",
        "great lakes",
        "toyota financial",
        "honda financial",
        "ford credit",
        "gm financial",
        "ally",
        "santander consumer",
        # insurers
        "allianz",
        "axa",
        "aviva",
        "geico",
        "progressive",
        "state farm",
        "allstate",
        "zurich",
        "generali",
        "mapfre",
        "huk-coburg",
        "ergo",
        "centraal beheer",
        "interpolis",
        "ohra",
        "achmea",
        "lemonade",
        "zilveren kruis",
        "cz",
        "vgz",
        "maif",
        "macif",
        "matmut",
        # Japan, Korea, Canada, Mexico, Brazil, Italy, the Netherlands (sender domains' labels too)
        "docomo",
        "ahamo",
        "softbank",
        "tepco",
        "東京電力エナジーパートナー",
        "tokyo-gas",
        "東京ガス",
        "nhk",
        "nuro",
        "au-sonpo",
        "kepco",
        "fido",
        "koodo",
        "videotron",
        "teksavvy",
        "torontohydro",
        "toronto hydro",
        "hydroone",
        "hydro one",
        "enbridgegas",
        "enbridge gas",
        "telcel",
        "izzi",
        "totalplay",
        "cfe",
        "gnp",
        "vivo",
        "claro",
        "heracomm",
        "hera comm",
        "a2a",
        "acea",
        "iren",
        "sorgenia",
        "findomestic",
        "free",
        "sosh",
        "smarty",
        "eir",
        "gomo",
        "three",
        "aussie broadband",
        "origin energy",
        "agl",
        "urban utilities",
        "medibank",
        "bupa",
        "vhi",
        "laya",
        "electric ireland",
        "bord gáis energy",
        "country clean",
        "racq",
        "voxi",
        "vitens",
        "zilverenkruis",
    }
)
"""Well-known phone, internet, energy, insurance and loan companies (lower case): what they send is a bill."""
