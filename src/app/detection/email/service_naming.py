"""Which service a message is about, named the way a person would name it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from app.detection.email.catalog import (
    INTERMEDIARIES,
    OWN_SERVICE_HOSTS,
    PROCESSORS,
    SERVICES,
    WALLETS,
    Service,
)
from app.detection.email.classify import FREEMAIL, ROLE_ACCOUNT
from app.detection.email.parse import ParsedMail
from app.detection.types import service_key

_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}
_GENERIC_WORDS = (
    r"\b(?:no-?reply|do-?not-?reply|receipts?|billing|payments?|invoices?|accounts?|team|support|service|"
    r"customer(?: care| service)?|notifications?|notify|info|hello|mail(?:er)?|news|updates?"
    r"|the team|e-?statements?|e-?bills?|e-?invoices?|"
    r"subscriptions?|membership|orders?|store)\b"
)
_GENERIC_EDGES = re.compile(
    rf"^(?:[\s\-,.:|]*{_GENERIC_WORDS})+|(?:[\s\-,.:|]*{_GENERIC_WORDS})+[\s\-,.:|]*$", re.I
)
"""Generic words at either end of a display name ("Uber Receipts", "Billing | Acme"); inside one
they are part of it ("National Student Loans Service Centre")."""
_CJK_DESK = re.compile(
    r"(?:の)?(?:窓口|事務局|カスタマーサポート|カスタマーセンター|お客様センター|お客さまセンター|サポートセンター|サポート)$"
    r"|\s*(?:고객센터|고객 ?지원)$|\s*客服(?:中心)?$|^株式会社\s*|\s*株式会社$"
)
"""A help desk or a company form written after (or before) a name in Japanese, Korean or Chinese
("NHK受信料の窓口", "株式会社NTTドコモ"): no space sets it apart."""
_LINKING = re.compile(r"\b(?:via|from)\b", re.I)
_SENT_VIA = re.compile(r"(?<=\S)\s+via\s+\S.*$", re.I)
"""The platform a sender mails through, after its own name."""
_LEGAL = re.compile(
    r",?\s+\b(?:inc|llc|ltd|limited|gmbh|ag|s\.?a\.?s?|s\.?a\.?u|s\.?l\.?u?|s\.?p\.?a|b\.?v|n\.?v|plc|corp(?:oration)?|co|s\.?r\.?l|pte"
    r"|oü|ab|as|oy|aps|sp\. z o\.o)\b\.?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ServiceId:
    """A service as named in mail, with the grouping key findings are merged on."""

    name: str
    group: str
    known: bool
    person: bool = False
    """Named only after the sender's display name, and that reads as a person's ("Declan Grady")."""


def registrable_domain(domain: str) -> str:
    parts = domain.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


@cache
def _by_domain() -> dict[str, list[Service]]:
    out: dict[str, list[Service]] = {}
    for svc in SERVICES:
        for dom in svc.domains:
            out.setdefault(dom, []).append(svc)
    return out


@cache
def _by_alias() -> dict[str, Service]:
    return {n.lower(): svc for svc in SERVICES for n in svc.names}


@cache
def _mention_pattern() -> re.Pattern[str]:
    names = sorted(_by_alias(), key=len, reverse=True)
    return re.compile(r"(?<![\w@.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w+])", re.I)


_GREETING = re.compile(
    r"(?:^|\W)(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?(?: herr| frau)?|bonjour|cher|chère|hola"
    r"|querid[oa]|ciao|caro|cara|gentile|hoi|beste|geachte|olá|hej)\s*,?\s*$",
    re.I,
)
"""A salutation: the name after it is the reader's ("Hallo Max,"), not a service's."""


def mentions(text: str) -> Iterator[Service]:
    """The catalog services ``text`` names, in order, leaving out a reader greeted by a name that
    is also a service's ("Hallo Max," is no mail about Max)."""
    for m in _mention_pattern().finditer(text):
        if not _GREETING.search(text, max(0, m.start() - 25), m.start()):
            yield _by_alias()[m.group(1).lower()]


def catalog_mention(text: str, exclude: str = "") -> Service | None:
    """The first catalog service named in ``text`` (other than ``exclude``)."""
    return next((svc for svc in mentions(text) if svc.name != exclude), None)


def is_known(name: str) -> bool:
    """Whether the catalog lists this service (by name or alias)."""
    return name.lower().strip() in _by_alias()


def canonical_name(name: str) -> str:
    svc = _by_alias().get(name.lower().strip())
    return svc.name if svc else name


def identify(mail: ParsedMail) -> ServiceId | None:
    """The service a message is about (for billing intermediaries: the one the body names)."""
    domain = registrable_domain(mail.sender_domain)
    wallet = WALLETS.get(mail.sender_name.strip().lower())
    if wallet:
        return _via_intermediary(mail, wallet)
    if mail.sender_domain not in OWN_SERVICE_HOSTS and (
        domain in INTERMEDIARIES or mail.sender_domain in INTERMEDIARIES
    ):
        return _via_intermediary(mail, INTERMEDIARIES.get(domain) or INTERMEDIARIES[mail.sender_domain])
    by_domain = _by_domain().get(domain, [])
    if by_domain:
        return _pick(by_domain, mail)
    display = _without_portal(clean_name(mail.sender_name), domain)
    # The subject's service, else the one the sender's name holds ("Costco Wholesale Canada"); not
    # when the sender's name is its own domain's ("Medical Guardian", medicalguardian.com: its
    # subject's "Guardian" is that company, not the newspaper).
    mentioned = (
        None
        if _names_its_domain(display, domain)
        else catalog_mention(mail.subject) or catalog_mention(mail.sender_name)
    )
    if mentioned:
        return ServiceId(mentioned.name, service_key(mentioned.name), True)
    name = display or _domain_label(domain)
    person = bool(display) and looks_like_person(display, mail.sender_addr)
    # A city sends for each of its services from one domain (Seattle City Light and Seattle Public
    # Utilities from seattle.gov): there, each name it signs with is its own.
    group = "domain:" + domain + (":" + service_key(name) if _PUBLIC_BODY.search(domain) else "")
    return ServiceId(name, group, False, person) if name else None


_PUBLIC_BODY = re.compile(r"(?:^|\.)(?:gov|govt|gouv|gob|gv)(?:\.[a-z]{2})?$")
"""A government's domain ("seattle.gov", "edinburgh.gov.uk", "capetown.gov.za")."""


_TITLE = re.compile(
    r"^(?:(?:Mag|Dr|Prof|Dipl\.-Ing|Ing|DI|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Dott|Dott\.ssa|Drs|Ir)\.?(?:\s+|$))+"
)
"""Academic and courtesy titles before a person's name ("Mag. Gerhard Pichler", "Dr. Anna Roth")."""


_PORTAL = re.compile(r"^(?:my|mein|mon|mijn|mi|meu|il mio)\s?(?=\w)", re.I)


def _without_portal(name: str, domain: str) -> str:
    """The company, not its customer portal ("myUNIQA" from uniqa.at, "Mein A1" from a1.net); a
    brand that begins so stays whole ("MyFitnessPal" from myfitnesspal.com)."""
    rest = _PORTAL.sub("", name)
    return rest if rest != name and _spells_domain(rest, domain) else name


_INSTITUTION_WORDS = frozenset(
    [
        "council",
        "tax",
        "water",
        "waste",
        "garden",
        "energy",
        "power",
        "gas",
        "electric",
        "electricity",
        "insurance",
        "bank",
        "billing",
        "service",
        "services",
        "team",
        "support",
        "club",
        "school",
        "university",
        "college",
        "city",
        "county",
        "borough",
        "department",
        "office",
        "health",
        "care",
        "pharmacy",
        "library",
        "news",
        "store",
        "shop",
        "mobile",
        "broadband",
        "fitness",
        "gym",
        "rates",
        "licence",
        "license",
        "parking",
        "transport",
        "travel",
        "accounts",
        "payments",
        "customer",
        "customers",
        "membership",
        "members",
    ]
)


def looks_like_person(name: str, addr: str) -> bool:
    """A display name that is a person's: one to three capitalised words, none of them in the
    sender's domain ("Declan Grady <declan@example.net>"; not "Acme Cloud <billing@acme.io>")."""
    words = _TITLE.sub("", name).split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if any(w.lower() in _INSTITUTION_WORDS for w in words):
        return False  # "Council Tax", "Garden Waste", "Customer Services": a desk, not a person
    local, _, domain = addr.lower().rpartition("@")
    if ROLE_ACCOUNT.match(local):
        return False  # suscripciones@, leserservice@: an organisation's mailbox
    plain = [_ascii_fold(w) for w in words]
    label = registrable_domain(domain).split(".")[0]
    in_domain = (
        any(len(w) >= 3 and w in domain for w in plain)
        or "".join(plain) in domain
        or (len(words) >= 2 and "".join(w[0] for w in plain) == label)  # Süddeutsche Zeitung, sz.de
    )
    if in_domain:
        return False
    # One word is a person's when it is the whole mailbox name ("Salmon" <salmon@...>, <salmon.j@...>),
    # not a brand's prefix ("Verizon" <verizonwireless@...>).
    return len(words) >= 2 or re.match(rf"{re.escape(plain[0])}(?:$|[._\-\d])", local) is not None


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _names_its_domain(name: str, domain: str) -> bool:
    """Whether a sender's name, four letters or more, is its own domain's ("Medical Guardian")."""
    return len(name) >= 4 and _spells_domain(name, domain)


def _spells_domain(name: str, domain: str) -> bool:
    """Whether ``name`` is how its domain spells it ("UNIQA", uniqa.at; "Medical Guardian")."""
    return _ascii_fold(name).replace(" ", "") == domain.split(".")[0]


def _ascii_fold(word: str) -> str:
    """A word as a mail domain would spell it: lower case, umlauts as ae/oe/ue, no accents."""
    folded = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


_LEGAL_LINE = re.compile(
    r"^.*\b(?:operated by|registered (?:in|office)|a (?:division|subsidiary) of|trademarks? of)\b.*$",
    re.I | re.M,
)
"""A footer's legal line: the group that owns a brand is not what the mail is about ("NOW is
operated by Sky UK Limited")."""


_STORE_CHANNEL = re.compile(r"\b(?:prime video|amazon|apple tv) channels?\b", re.I)
"""A streaming service sold inside a store's app ("Paramount+ Essential (Prime Video Channels)")."""


def _pick(candidates: list[Service], mail: ParsedMail) -> ServiceId:
    """The domain's service the message names; else another service it names that the same company
    sells (an Xbox order from microsoft.com is not Microsoft 365); else the domain's first."""
    head = f"{mail.subject}\n{mail.text[:1500]}"
    named = list(mentions(_LEGAL_LINE.sub("", head)))
    # A channel bought in the store's app is the channel's, whatever domain the channel has.
    channel = _STORE_CHANNEL.search(head) is not None
    chosen = next(
        (
            svc
            for svc in named
            if (svc not in candidates if channel else svc in candidates or not svc.domains)
        ),
        None,
    )
    chosen = chosen or next(iter(named), candidates[0])
    return ServiceId(chosen.name, service_key(chosen.name), True)


_NAMED_IN_BODY = (
    # An app store's confirmation (the app, then "Subscription: <plan>"), or its notice
    # ("Thank you for subscribing to Apple One.").
    re.compile(r"^(?!(?:your|you|dear|hi|hello|we)\b)([^\n:$]{2,50}?)\s*\nsubscription:\s", re.I | re.M),
    re.compile(r"\bsubscribing to ([A-Z][^\n.,]{1,40}?)\."),
    # A direct debit's notice from its processor: "Flyefit will collect €34.99 from you on 1 February".
    re.compile(r"^([A-Z][\w .&'+-]{1,40}?) will (?:collect|take|charge)\b", re.M),
    # A merchant of record's receipt: "Readwise has partnered with Paddle to process your payment".
    re.compile(
        r"^([A-Z][\w .&+'-]{1,40}?) (?:has partnered|partners|works) with (?:Paddle|Stripe|FastSpring)\b",
        re.M,
    ),
    # An app store receipt's item: its name, then its plan with the billing period ("Premier (Monthly)").
    re.compile(
        r"^([^\n\[:$€£¥]{2,60})(?<!\.)\n(?:[^\n:]{0,40}\()?(?:monthly|yearly|annual|weekly|quarterly)\)?\s*$",
        re.I | re.M,
    ),
    re.compile(
        r"(?:automatic )?payment of .{1,24}? to ([^\n.,(]{2,50}?)(?:,? (?:inc|llc|ltd|gmbh)\b|[.\n(]|$)", re.I
    ),
    re.compile(
        r"^(?:App Store|Apple Arcade|Mac App Store|iTunes Store)\s+([^:(\n]{2,50}?)\s*[:(]", re.I | re.M
    ),
    re.compile(
        r"^(?:App Store|Apple Arcade|Mac App Store|iTunes Store|Apple Books)\s*\n([^\n]{2,60})$", re.M
    ),
    re.compile(
        r"^(?:item|artículo|artikel|article|articolo|artigo|artikel)\s+(?:price|precio|preis|prix|prezzo|preço|prijs)"
        r"\s*\n([^\n(]{2,60}?)\s*\(",
        re.I | re.M,
    ),
    re.compile(r"subscription to [^\n]{2,60}? in ([^\n]{2,50}?)(?:\.\s|\.?$)", re.I | re.M),
    re.compile(
        r"(?:subscription|abonnement|suscripción|assinatura|abbonamento) (?:to|for|à|a|de) ([^\n:]{2,50}?)"
        r"(?::| on Google Play| from | has | will |\n|$)",
        re.I,
    ),
    # A product line in Korean, Japanese or Chinese ("상품명 네이버플러스 멤버십 (월간 이용권)").
    re.compile(
        r"^(?:상품명|商品名|サービス名|品名|商品名称)\s*[:\uff1a]?\s*([^\n(\uff08]{2,50}?)\s*(?:[(\uff08][^\n]{0,30})?$",
        re.M,
    ),
    re.compile(
        r"^(?:merchant|händler|marchand|comerciante|commerciante|seller|vendor|vendedor|vendeur|venditore|verkoper|verkäufer"
        r"|business|property|association"
        r"|payee|beneficiary|bénéficiaire|beneficiario|begünstigter|begunstigde"
        r"|販売者|판매자|商家|卖家)"
        r"\s*[:\uff1a]?\s*([^\n]{2,50})$",
        re.I | re.M,
    ),
    re.compile(
        r"^(?:item|artikel|article|artículo|product|produkt"
        r"|app)\s*(?::\s*|\s+)(?!price\b|precio\b|preis\b|prix\b)([^\n(]{2,50}?)\s*(?:\(([^)\n]{2,40})\))?$",
        re.I | re.M,
    ),
    re.compile(r"\byour ([A-Z][\w&+' -]{1,40}?) (?:subscription|membership)\b"),
    # A payment gateway's receipt: "processed by Razorpay on behalf of cult.fit", "Payment successful for …".
    re.compile(r"\bon behalf of ([A-Za-z0-9][\w.&'+-]*(?: [\w.&'+-]+){0,3}?)(?:[.,]?\s|[.,]?$)"),
    re.compile(
        r"^payment (?:successful|received|of [^\n]{1,20}) for ([\w.&'+-]+(?: [\w.&'+-]+){0,3})$", re.I | re.M
    ),
    # A premium financed in instalments: the insurance it pays for ("Insurance: Saga Car Insurance, …").
    re.compile(
        r"^(?:insurance|versicherung|assurance|seguro|assicurazione|verzekering)\s*:\s*([^\n,]{2,50}?)\s*(?:,|$)",
        re.I | re.M,
    ),
    re.compile(
        r"(?:receipt|invoice|payment) (?:from|to) ([A-Z][\w&.'+ -]{1,40}?)(?:,? (?:inc|llc|ltd"
        r"|gmbh)\b\.?)?\s*(?:#|\n|$)"
    ),
    # A merchant of record's receipt in the seller's name: "Your CleanShot receipt [13455107-53190]",
    # "Thanks for your purchase from CleanShot!".
    re.compile(r"^[Yy]our ([A-Z][\w&.'+-]*(?: [A-Z0-9][\w&.'+-]*){0,2}) (?:receipt|invoice)\b"),
    re.compile(
        r"\bthank(?:s| you) for your (?:purchase|order) (?:from|with) "
        r"([A-Z][\w&.'+-]*(?: [A-Z0-9][\w&.'+-]*){0,3})[!.]"
    ),
)


def _via_intermediary(mail: ParsedMail, via: str) -> ServiceId:
    for text in (mail.subject, mail.text[:3000]):
        svc = catalog_mention(text, exclude=via)
        if svc is not None:
            return ServiceId(svc.name, service_key(svc.name), True)
    display = clean_name(mail.sender_name)
    if via in PROCESSORS and display and display.lower() != via.lower():
        return _merchant(mail, canonical_name(display), via)
    for pattern in _NAMED_IN_BODY:
        m = pattern.search(mail.subject) or pattern.search(mail.text[:3000])
        if m:
            name = clean_name(m.group(1))
            if name:
                return _merchant(mail, canonical_name(name), via)
    return ServiceId(via, service_key(via), False)


_ADDRESS = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_DESCRIPTOR_DOMAIN = re.compile(
    r"\bstatement[^\n]{0,30}?\*\s?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.I
)
"""The merchant's domain in a card statement's descriptor ("Your card statement will show: FS
*git-tower.com")."""


def _merchant(mail: ParsedMail, name: str, via: str) -> ServiceId:
    """A merchant named by the processor that collects for it; where the mail gives the merchant's
    own address ("contact The Depot Climbing Centres Ltd at leeds@depotclimbing.co.uk") or domain
    (a card statement's "FS *git-tower.com"), its mail is grouped with what that domain sends
    itself, under whichever name each uses."""
    own = registrable_domain(mail.sender_domain)
    head = mail.text[:3000]
    found = [*_ADDRESS.finditer(head), *_DESCRIPTOR_DOMAIN.finditer(head)]
    addresses = (registrable_domain(m.group(1)) for m in sorted(found, key=lambda m: m.start()))
    merchant = next(
        (d for d in addresses if d != own and d not in FREEMAIL and d not in INTERMEDIARIES), None
    )
    group = "domain:" + merchant if merchant and via in PROCESSORS else service_key(name)
    return ServiceId(name, group, False)


def clean_name(raw: str) -> str:
    """A display name without legal suffixes and generic words ("Uber Receipts" → "Uber")."""
    name = raw.split("@")[0] if "@" in raw and " " not in raw.strip() else raw
    name = re.sub(r"(?:\s+[-\u2013\u2014|:]|:)\s+.*$", "", name.strip().strip("\"'"))
    name = _SENT_VIA.sub("", name)  # "Little Buckeyes Early Learning via brightwheel": the school
    name = _LEGAL.sub("", _LEGAL.sub("", name)).strip()  # "Nintendo Co., Ltd."
    name = _CJK_DESK.sub("", name) or name
    stripped = " ".join(_GENERIC_EDGES.sub(" ", _LINKING.sub(" ", name)).split()).strip(" -,.:|")
    if "@" in raw or (not stripped and name):
        return ""
    return stripped


def _domain_label(domain: str) -> str:
    label = domain.split(".")[0]
    return label.capitalize() if label else ""
