"""Detection quality on a labelled mailbox: precision, recall, F1 and per-field accuracy.

    uv run python bench/detection_quality.py                       # the generated evaluation set
    uv run python bench/detection_quality.py MBOX TRUTH.json [--labels LABELS.json] [--today YYYY-MM-DD]
    uv run python bench/detection_quality.py --real      # the real mail in ../shared/data/real-mail

A truth file is a JSON array of {name, amount, currency, cycle, status[, next_renewal]}.
Detected and true subscriptions are paired by normalised name (``Spotify Premium`` pairs
with ``Spotify``); unpaired detections are false positives, unpaired truths false negatives.
With a labels file (per message: message_id, label, service) message-level figures are
printed too. Figures are given twice: for the trusted findings (what ``detect --json`` and
the dashboard show as subscriptions) and for every finding (trusted and "possible").

``--real`` reports on mail nobody here wrote: the receipts (labels in
``bench/data/email-real/``, amount, currency and cycle checked for the strict F1), the
false positives on the SpamAssassin mailbox (4,150 messages, no subscription in them), and
the signal read from each billing template of real billing systems (Kill Bill, Pay, Postmark,
Mailgun, Open Collective; labels in ``bench/data/email-real/templates.labels.json``).
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import click

from app.detection.email.extract import analyse
from app.detection.email.scan import scan_window
from app.detection.email.sources.base import ScanWindow
from app.detection.email.sources.local import open_local_source
from app.detection.email.sources.mbox import MboxSource
from app.detection.types import service_key, shown_findings

DATA = Path(__file__).resolve().parent / "data" / "email"
REAL_LABELS = Path(__file__).resolve().parent / "data" / "email-real"
REAL_MAIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-mail"
TEMPLATES = REAL_MAIL / "templates"
STRICT_FIELDS = ("amount", "currency", "cycle")
FIELDS = ("amount", "currency", "cycle", "status", "next_renewal")
_NOISE = re.compile(r"-(?:premium|plus|membership|subscription|digital|pro|app|inc|llc|ltd)$")


def name_key(name: str) -> str:
    key = service_key(name)
    key = re.sub(r"^the-", "", key)
    while (stripped := _NOISE.sub("", key)) != key:
        key = stripped
    return key


def _same_key(a: str, b: str) -> bool:
    return a == b


def _prefix_key(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def pair(
    got: list[dict[str, Any]], truth: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Greedy pairing: equal keys first, then one key a prefix of the other."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    free = list(got)
    for rule in (_same_key, _prefix_key):
        for t in truth:
            if any(t is p[1] for p in pairs):
                continue
            match = next((g for g in free if rule(name_key(g["name"]), name_key(t["name"]))), None)
            if match is not None:
                pairs.append((match, t))
                free.remove(match)
    return pairs


def same(field: str, got: Any, want: Any) -> bool:
    """Field equality; amounts compare as numbers ("99.00" equals "99")."""
    if field == "amount" and got is not None and want is not None:
        return Decimal(str(got)) == Decimal(str(want))
    return bool(got == want)


def subscription_scores(got: list[dict[str, Any]], truth: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = pair(got, truth)
    tp = len(pairs)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields: dict[str, float] = {}
    for name in FIELDS:
        relevant = [(g, t) for g, t in pairs if name in t]
        fields[name] = (
            sum(same(name, g.get(name), t[name]) for g, t in relevant) / len(relevant) if relevant else 1.0
        )
    near = [(g, t) for g, t in pairs if t.get("next_renewal") and g.get("next_renewal")]
    fields["next_renewal±3d"] = (
        sum(
            abs((date.fromisoformat(g["next_renewal"]) - date.fromisoformat(t["next_renewal"])).days) <= 3
            for g, t in near
        )
        / len(near)
        if near
        else 1.0
    )
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fields": fields,
        "false_positives": [g["name"] for g in got if not any(g is p[0] for p in pairs)],
        "false_negatives": [t["name"] for t in truth if not any(t is p[1] for p in pairs)],
        "field_errors": [
            (t["name"], name, g.get(name), t[name])
            for g, t in pairs
            for name in FIELDS
            if name in t and not same(name, g.get(name), t[name])
        ],
    }


def message_scores(mbox: Path, labels: list[dict[str, Any]]) -> dict[str, float]:
    """Per message: is it subscription mail (any signal), and is the service right."""
    truth = {lab["message_id"]: lab for lab in labels}
    tp = fp = fn = right_service = 0
    source = MboxSource(mbox)

    async def run() -> None:
        nonlocal tp, fp, fn, right_service
        await source.select(ScanWindow())
        async for raw in source.messages():
            finding = analyse(raw.data, raw.ref)
            lab = truth.get(finding.message_id if finding else "")
            if finding is None:
                continue
            if lab is not None and lab["service"]:
                tp += 1
                right_service += name_key(finding.service.name) == name_key(lab["service"])
            else:
                fp += 1

    asyncio.run(run())
    positives = sum(1 for lab in labels if lab["service"])
    fn = positives - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    return {
        "messages": len(labels),
        "positives": positives,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "service_accuracy": right_service / tp if tp else 1.0,
        "missed": fn,
    }


def strict_f1(got: list[dict[str, Any]], truth: list[dict[str, Any]]) -> float:
    """F1 counting a pair as right only when amount, currency and cycle are right too."""
    right = sum(all(same(f, g.get(f), t[f]) for f in STRICT_FIELDS if f in t) for g, t in pair(got, truth))
    precision = right / len(got) if got else 1.0
    recall = right / len(truth) if truth else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


async def detect(path: Path, today: date, *, include_possible: bool = True) -> list[dict[str, Any]]:
    """Findings of a mailbox (any local format), as ``detect --json`` prints them."""

    async def quiet(_a: int, _b: int) -> None:
        return None

    source = open_local_source(path)
    result = await scan_window(source, ScanWindow(), today=today, on_progress=quiet)
    return [s.to_json() for s in shown_findings(result.subscriptions, include_possible=include_possible)]


def real_mail_report(today: date) -> dict[str, Any]:
    """Figures on the real mail: receipts (precision, recall, F1, strict F1), SpamAssassin false positives."""
    truth = json.loads((REAL_LABELS / "receipts.truth.json").read_text(encoding="utf-8"))
    report: dict[str, Any] = {}
    for shown, include in (("trusted", False), ("all", True)):
        got = asyncio.run(detect(REAL_MAIL / "receipts", today, include_possible=include))
        scores = subscription_scores(got, truth)
        report[f"receipts_{shown}"] = {**scores, "strict_f1": strict_f1(got, truth), "found": len(got)}
    spam = asyncio.run(detect(REAL_MAIL / "spamassassin-ham.mbox.gz", today))
    report["spamassassin"] = {
        "trusted": [g["name"] for g in spam if not g["possible"]],
        "active_trusted": [g["name"] for g in spam if not g["possible"] and g["status"] == "active"],
        "possible": [g["name"] for g in spam if g["possible"]],
    }
    return report


PAY_SUBJECTS = {
    "receipt": "Payment receipt",
    "refund": "Payment refunded",
    "subscription_renewing": "Your upcoming subscription renewal",
    "payment_action_required": "Confirm your payment",
    "payment_failed": "Action Required \u2013 Your payment failed",
    "subscription_trial_will_end": "Your trial is ending soon",
    "subscription_trial_ended": "Your trial has ended",
}
"""The Pay gem's subjects (its config/locales/en.yml), each after "[Acme] "."""


def template_mail(path: Path) -> bytes:
    """A template as the mail its billing system sends: its own subject, its product named Acme.

    Kill Bill's files are rendered, their subject in a leading comment; Pay's ERB gets its
    subjects from its locale file; Postmark's headline (the starred heading of the text version)
    is the subject; Mailgun's is its title; Open Collective's Handlebars are read as they are,
    placeholders and all, with their first "Subject:" line.
    """
    text = path.read_text(encoding="utf-8").replace("[Product Name]", "Acme")
    family = path.relative_to(TEMPLATES).parts[0]
    if family.startswith("pay-rails"):
        text = re.sub(r'<%= link_to "([^"]*)".*?%>', r"\1", text)
        text = re.sub(r"<%=[^%]*application_name[^%]*%>", "Acme", text)
        text = re.sub(r"<%=[^%]*date[^%]*%>", "April 20, 2015", text)
        text = re.sub(r"<%=.*?%>", "https://acme.example/", text)
        subject = "[Acme] " + PAY_SUBJECTS[path.name.split(".")[0]]
    elif family.startswith("ActiveCampaign"):
        txt = (path.parent / "content.txt").read_text(encoding="utf-8").replace("[Product Name]", "Acme")
        headline = re.search(r"^\*+\n(.+)\n\*+$", txt, re.M)
        subject = headline.group(1) if headline else path.parent.name
    else:
        found = re.search(r"<!-- Subject: (.*?) -->|Subject: (.*)|<title>(.*?)</title>", text)
        subject = next((g for g in found.groups() if g), "") if found else path.stem
    msg = EmailMessage()
    msg["From"] = "Acme Corporation <billing@acme.example>"
    msg["To"] = "sylvie@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 06 Apr 2015 08:30:00 +0000"
    msg["Message-ID"] = f"<{path.relative_to(TEMPLATES)}@templates.test>"
    plain = path.suffix == ".txt" or path.name.endswith(".text.erb")
    msg.set_content(text, subtype="plain" if plain else "html")
    return msg.as_bytes()


def template_report() -> dict[str, Any]:
    """The signal read from each labelled template against its label (None: not subscription mail)."""
    labels = json.loads((REAL_LABELS / "templates.labels.json").read_text(encoding="utf-8"))
    misses = []
    for label in labels:
        finding = analyse(template_mail(TEMPLATES / label["file"]))
        got = finding.signal if finding else None
        if got != label["signal"]:
            misses.append((label["file"], got, label["signal"]))
    return {"templates": len(labels), "right": len(labels) - len(misses), "misses": misses}


def print_real(today: date) -> None:
    report = real_mail_report(today)
    for shown in ("trusted", "all"):
        r = report[f"receipts_{shown}"]
        print(
            f"receipts ({shown:7}) found {r['found']:2}  precision {r['precision']:.3f}"
            f"  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  strict F1 {r['strict_f1']:.3f}"
        )
        print(f"   false positives {r['false_positives']}  missed {r['false_negatives']}")
        for err in r["field_errors"]:
            print("   field error:", err)
    spam = report["spamassassin"]
    print(
        f"spamassassin-ham (4,150 messages): {len(spam['trusted'])} trusted findings (false positives), "
        f"{len(spam['active_trusted'])} of them active; {len(spam['possible'])} possible"
    )
    if spam["trusted"]:
        print("   trusted:", spam["trusted"])
    if TEMPLATES.is_dir():
        t = template_report()
        print(f"billing templates: {t['right']} of {t['templates']} read with their labelled signal")
        for file, got, want in t["misses"]:
            print(f"   {file}: {got} (labelled {want})")


@click.command()
@click.argument("mbox", type=click.Path(exists=True, path_type=Path), default=DATA / "eval.mbox")
@click.argument("truth", type=click.Path(exists=True, path_type=Path), default=DATA / "eval.truth.json")
@click.option("--labels", type=click.Path(exists=True, path_type=Path), default=None)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default="2026-11-29", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="List every error.")
@click.option("--real", is_flag=True, help="Report on the real mail in ../shared/data/real-mail instead.")
def main(mbox: Path, truth: Path, labels: Path | None, today: Any, verbose: bool, real: bool) -> None:
    if real:
        print_real(date(2026, 12, 1))
        sys.exit(0)
    expected = json.loads(truth.read_text(encoding="utf-8"))
    trusted = asyncio.run(detect(mbox, today.date(), include_possible=False))
    t = subscription_scores(trusted, expected)
    print(
        f"trusted only   precision {t['precision']:.3f}  recall {t['recall']:.3f}  F1 {t['f1']:.3f}"
        f"  strict F1 {strict_f1(trusted, expected):.3f}"
    )
    got = asyncio.run(detect(mbox, today.date()))
    s = subscription_scores(got, expected)
    print(f"mailbox: {mbox}  truth: {len(expected)} subscriptions  detected: {len(got)}")
    print(
        f"subscriptions  precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}"
        f"  strict F1 {strict_f1(got, expected):.3f}"
    )
    print("field accuracy (on paired): " + "  ".join(f"{k} {v:.3f}" for k, v in s["fields"].items()))
    if labels is None and mbox == DATA / "eval.mbox":
        labels = DATA / "eval.labels.json"
    if labels is not None:
        m = message_scores(mbox, json.loads(labels.read_text(encoding="utf-8")))
        print(
            f"messages {m['messages']} ({m['positives']} subscription mail)  precision {m['precision']:.3f}  "
            f"recall {m['recall']:.3f}  F1 {m['f1']:.3f}  service attribution {m['service_accuracy']:.3f}"
        )
    if verbose or s["false_positives"] or s["false_negatives"]:
        print("false positives:", s["false_positives"])
        print("false negatives:", s["false_negatives"])
    if verbose:
        for err in s["field_errors"]:
            print("  field error:", err)
    sys.exit(0)


if __name__ == "__main__":
    main()
