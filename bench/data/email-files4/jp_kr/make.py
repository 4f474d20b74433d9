"""Generate the jp_kr mailbox of email-files4: a couple in Tokyo (Japanese / Korean).

Mailbox owner: パク・ソヨン (박서연, Park Seoyeon), Korean, living in Tokyo with her
husband 佐藤健太 (Sato Kenta). She runs the household bills. They moved from
中野 to 荻窪 (杉並区) in July 2026. Mail from December 2025 to November 2026,
today 2026-11-28.

Deterministic: run from the repository root with
    .venv/bin/python bench/data/email-files4/jp_kr/make.py
and the same bytes are written every time (stdlib only).
"""

from __future__ import annotations

import datetime as dt
import json
import mailbox
import os
import random
import shutil
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-28"
RNG = random.Random(20261128)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.UTC
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))

ME = "seoyeon.park0614@gmail.com"
ME_JA = "パク ソヨン"
ME_KO = "박서연"
KENTA = "kenta.sato.1987@gmail.com"

WD = "月火水木金土日"
WD_KO = "월화수목금토일"

# Japanese public / bank holidays that matter for debit dates
HOLIDAYS = {
    dt.date(2025, 12, 31),
    dt.date(2026, 1, 1),
    dt.date(2026, 1, 2),
    dt.date(2026, 1, 12),
    dt.date(2026, 2, 11),
    dt.date(2026, 2, 23),
    dt.date(2026, 3, 20),
    dt.date(2026, 4, 29),
    dt.date(2026, 5, 4),
    dt.date(2026, 5, 5),
    dt.date(2026, 5, 6),
    dt.date(2026, 7, 20),
    dt.date(2026, 8, 11),
    dt.date(2026, 9, 21),
    dt.date(2026, 9, 22),
    dt.date(2026, 9, 23),
    dt.date(2026, 10, 12),
    dt.date(2026, 11, 3),
    dt.date(2026, 11, 23),
    dt.date(2026, 12, 31),
}


def bday(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def last_day(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, last_day(y, m).day))


def jdate(d: dt.date, wd: bool = False) -> str:
    s = f"{d.year}年{d.month}月{d.day}日"
    return s + f"（{WD[d.weekday()]}）" if wd else s


def yen(n: int) -> str:
    return f"{n:,}"


def tax_in(total: int) -> int:
    """consumption tax contained in a 10% tax-inclusive amount"""
    return total * 10 // 110


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def upid(n: int) -> str:
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


MESSAGES: list[dict] = []


def add(
    when: dt.datetime,
    sender: str,
    slug: str,
    frm: tuple[str, str],
    subject: str,
    labels: list[str] | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    enc: str = "qp",
    to: str | None = None,
    msgid_domain: str | None = None,
    extra: dict | None = None,
) -> None:
    MESSAGES.append(
        dict(
            when=when,
            sender=sender,
            slug=slug,
            frm=frm,
            subject=subject,
            labels=labels or [],
            text=text,
            html=html,
            charset=charset,
            enc=enc,
            to=to or ME,
            msgid_domain=msgid_domain or frm[1].split("@")[1],
            extra=extra or {},
        )
    )


def _charset(name: str, enc: str) -> Charset:
    cs = Charset(name)
    if enc == "qp":
        cs.body_encoding = QP
    elif enc == "b64":
        cs.body_encoding = BASE64
    else:  # 7bit (iso-2022-jp)
        cs.body_encoding = None
    return cs


def _part(body: str, subtype: str, charset: str, enc: str) -> MIMEText:
    if not body.endswith("\n"):
        body += "\n"
    body.encode(charset)  # fail loudly on characters the charset lacks
    return MIMEText(body, subtype, _charset(charset, enc))


def _hdr(value: str, charset: str) -> str | Header:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def build(m: dict):
    if m["text"] is not None and m["html"] is not None:
        msg = MIMEMultipart("alternative", boundary="=_" + hexid(24))
        msg.attach(_part(m["text"], "plain", m["charset"], m["enc"]))
        msg.attach(_part(m["html"], "html", m["charset"], m["enc"]))
    elif m["html"] is not None:
        msg = _part(m["html"], "html", m["charset"], m["enc"])
    else:
        msg = _part(m["text"], "plain", m["charset"], m["enc"])
    name, addr = m["frm"]
    try:
        name.encode("ascii")
        frm = formataddr((name, addr))
    except UnicodeEncodeError:
        frm = formataddr((name, addr), charset=m["charset"])
    # headers in the order real senders write them
    hdrs = [
        ("From", frm),
        ("To", m["to"]),
        ("Subject", _hdr(m["subject"], m["charset"])),
        ("Date", format_datetime(m["when"])),
        ("Message-ID", f"<{hexid(16)}.{digits(6)}@{m['msgid_domain']}>"),
        ("MIME-Version", "1.0"),
    ]
    for k, v in m["extra"].items():
        hdrs.append((k, v))
    # MIMEText put MIME-Version / Content-Type first: rebuild header order
    ct = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in ct:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


# --------------------------------------------------------------------------- html helpers


def html_page(title: str, inner: str, font: str = "'Hiragino Kaku Gothic ProN',Meiryo,sans-serif") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n"
        f'<body style="margin:0;padding:0;background:#f4f4f4;font-family:{font};">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">'
        '<tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
        f"{inner}\n</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def kv_table(rows: list[tuple[str, str]], th_w: int = 200, border: str = "#dddddd") -> str:
    out = [
        f'<table width="100%" cellpadding="8" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;border:1px solid {border};font-size:14px;">'
    ]
    for k, v in rows:
        out.append(
            f'<tr><th align="left" width="{th_w}" style="background:#f7f7f7;'
            f'border:1px solid {border};font-weight:normal;">{k}</th>'
            f'<td style="border:1px solid {border};">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def paras(text: str) -> str:
    return "\n".join(
        f'<p style="margin:0 0 12px 0;line-height:1.7;">{p.replace(chr(10), "<br>")}</p>'
        for p in text.strip().split("\n\n")
    )


# =========================================================================== subscriptions / bills

# ---------------------------------------------------------------- ahamo (NTT docomo), ISO-2022-JP
AHAMO_CALLS = [0, 220, 0, 0, 440, 0, 0, 0, 110, 0, 0, 220]  # usage Nov 2025 .. Oct 2026


def ahamo():
    for i, calls in enumerate(AHAMO_CALLS):
        uy, um = (2025, 11) if i == 0 else (2025 + (i + 10) // 12, (i + 10) % 12 + 1)
        ny, nm = (uy + (um == 12), um % 12 + 1)
        sent = bday(dt.date(ny, nm, 11))
        debit = bday(last_day(ny, nm))
        universal, relay = 3, 1
        total = 2970 + calls + universal + relay
        lines = ["　ahamo 基本料金　　　　　　　　　2,970円"]
        if calls:
            lines.append(f"　国内通話料（5分超過分）　　　　　{calls:>5,}円")
        lines.append(f"　ユニバーサルサービス料　　　　　　　{universal}円")
        lines.append(f"　電話リレーサービス料　　　　　　　　{relay}円")
        text = f"""{ME_JA} 様

いつもahamoをご利用いただき、ありがとうございます。
{uy}年{um}月ご利用分のご請求金額が確定しましたので、お知らせいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
■ご請求金額　　　{yen(total)}円（税込）
■ご利用期間　　　{uy}年{um}月1日〜{um}月{last_day(uy, um).day}日
■お支払方法　　　口座振替
■口座振替日　　　{jdate(debit, True)}
━━━━━━━━━━━━━━━━━━━━━━━━

【ご請求内訳】
{chr(10).join(lines)}
　（うち消費税等相当額　{tax_in(total)}円）

※口座振替日が金融機関休業日の場合は、翌営業日のお引落しとなります。
※ご請求内訳の詳細は、ahamoアプリまたはahamoサイトの「ご利用料金」からご確認いただけます。
　https://ahamo.com/

本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんので、
あらかじめご了承ください。

株式会社NTTドコモ
"""
        add(
            dt.datetime(sent.year, sent.month, sent.day, 10, 3 + i, 12, tzinfo=JST),
            "ahamo",
            "goseikyu-kakutei",
            ("ahamo", "info@mail.ahamo.com"),
            f"【ahamo】{uy}年{um}月ご利用分 ご請求金額確定のお知らせ",
            ["ahamo"],
            text=text,
            charset="iso-2022-jp",
            enc="7bit",
            msgid_domain="mail.ahamo.com",
        )


# ---------------------------------------------------------------- TEPCO electricity, utf-8 base64 alt
TEPCO_KWH = [318, 426, 452, 371, 268, 204, 188, 236, 384, 409, 296, 241]  # bills Dec 2025 .. Nov 2026
TEPCO_FUEL = [-1.62, -4.06, -4.11, -3.34, -0.95, -0.48, -0.21, -0.35, -2.37, -2.41, -0.52, -0.61]


def tepco_total(kwh: int, fuel: float, levy: float) -> tuple[int, int]:
    energy = min(kwh, 120) * 29.80 + max(0, min(kwh, 300) - 120) * 36.40 + max(0, kwh - 300) * 40.49
    levy_yen = int(kwh * levy)
    total = int(935.25 + energy + kwh * fuel) + levy_yen
    return total, levy_yen


def tepco():
    for i, kwh in enumerate(TEPCO_KWH):
        by, bm = (2025, 12) if i == 0 else (2026, i)
        start = dt.date(by if bm > 1 else by - 1, bm - 1 if bm > 1 else 12, 17)
        end = dt.date(by, bm, 16)
        days = (end - start).days + 1
        sent = dt.date(by, bm, 19)
        debit = bday(sent + dt.timedelta(days=14))
        levy = 3.98 if (by, bm) < (2026, 5) else 4.18
        total, levy_yen = tepco_total(kwh, TEPCO_FUEL[i], levy)
        cust = "03-2718-4406-15" if (by, bm) < (2026, 8) else "07-5531-0982-43"
        addr = "東京都中野区中野五丁目" if (by, bm) < (2026, 8) else "東京都杉並区荻窪三丁目"
        text = f"""{ME_JA} 様

いつも東京電力エナジーパートナーをご利用いただき、ありがとうございます。
{by}年{bm}月分の電気料金が確定しましたので、お知らせいたします。

・お客さま番号　　　：{cust}
・ご契約場所　　　　：{addr}
・ご契約種別　　　　：スタンダードS（30A）
・ご使用期間　　　　：{start.month}月{start.day}日～{end.month}月{end.day}日（{days}日間）
・ご使用量　　　　　：{kwh}kWh

・ご請求金額　　　　：{yen(total)}円
　（うち消費税等相当額　{yen(tax_in(total))}円）
　（うち再エネ発電賦課金等　{yen(levy_yen)}円）
・お支払方法　　　　：口座振替
・口座振替予定日　　：{jdate(debit)}

料金の内訳や過去の使用量は、くらしTEPCO webでご確認いただけます。
https://www.kurashi.tepco.co.jp/

※このメールは送信専用です。ご返信いただいてもお答えできません。
────────────────────
東京電力エナジーパートナー株式会社
くらしTEPCO web 事務局
"""
        rows = [
            ("お客さま番号", cust),
            ("ご契約種別", "スタンダードS（30A）"),
            ("ご使用期間", f"{start.month}月{start.day}日～{end.month}月{end.day}日（{days}日間）"),
            ("ご使用量", f"{kwh}kWh"),
            (
                "ご請求金額",
                f'<b style="font-size:18px;">{yen(total)}円</b><br>'
                f'<span style="font-size:12px;">うち消費税等相当額 {yen(tax_in(total))}円 / '
                f"うち再エネ発電賦課金等 {yen(levy_yen)}円</span>",
            ),
            ("お支払方法", "口座振替"),
            ("口座振替予定日", jdate(debit)),
        ]
        inner = (
            '<tr><td style="background:#e60012;color:#ffffff;padding:14px 20px;font-size:18px;">'
            "くらしTEPCO web</td></tr>\n"
            f'<tr><td style="padding:20px;">{paras(f"{ME_JA} 様" + chr(10) + chr(10) + f"{by}年{bm}月分の電気料金が確定しましたので、お知らせいたします。")}\n'
            f"{kv_table(rows, 160)}\n"
            '<p style="font-size:12px;color:#666;">料金の内訳や過去の使用量は'
            '<a href="https://www.kurashi.tepco.co.jp/">くらしTEPCO web</a>でご確認いただけます。</p>'
            "</td></tr>\n"
            '<tr><td style="padding:12px 20px;font-size:11px;color:#888;">東京電力エナジーパートナー株式会社</td></tr>'
        )
        add(
            dt.datetime(sent.year, sent.month, sent.day, 9, 30, 5 + i, tzinfo=JST),
            "tepco",
            "denki-ryokin",
            ("東京電力エナジーパートナー", "info@kurashi.tepco.co.jp"),
            f"【くらしTEPCO web】{by}年{bm}月分 電気料金のお知らせ",
            ["東京電力"],
            text=text,
            html=html_page("電気料金のお知らせ", inner),
            enc="b64",
        )


# ---------------------------------------------------------------- Tokyo Gas, HTML-only utf-8 QP
def tokyogas():
    text = f"""{ME_JA} 様

このたびは東京ガスをご利用いただき、誠にありがとうございます。
以下の内容で、ガスのご使用開始（お引越し）のお申し込みを受け付けました。

■受付番号　　　　：TG{digits(10)}
■ご使用場所　　　：東京都杉並区荻窪三丁目 ○-○ ○○号室
■ご使用開始日　　：2026年7月4日（土）
■開栓の立会い　　：2026年7月4日（土）13:00〜15:00
　※開栓作業にはお客さまの立会いが必要です（約30分）。
■料金メニュー　　：一般契約料金
■お支払方法　　　：口座振替（お手続き書類を別途郵送いたします）

ご使用開始後は、myTOKYOGASで毎月のガス料金・ご使用量をご確認いただけます。

東京ガス株式会社　お引越し受付センター
"""
    add(
        dt.datetime(2026, 6, 22, 16, 41, 7, tzinfo=JST),
        "tokyogas",
        "kaisen-uketsuke",
        ("東京ガス お引越し受付センター", "hikkoshi@tokyo-gas.co.jp"),
        "【東京ガス】ガスご使用開始のお申し込みを受け付けました",
        ["東京ガス"],
        text=text,
        enc="qp",
    )

    bills = [  # (month of bill, m3, period start, period end)
        (8, 9, dt.date(2026, 7, 4), dt.date(2026, 8, 19)),
        (9, 10, dt.date(2026, 8, 20), dt.date(2026, 9, 17)),
        (10, 13, dt.date(2026, 9, 18), dt.date(2026, 10, 19)),
        (11, 19, dt.date(2026, 10, 20), dt.date(2026, 11, 18)),
    ]
    for bm, m3, start, end in bills:
        unit = {8: 142.16, 9: 143.02, 10: 144.75, 11: 145.31}[bm]
        base = 759.00
        total = int(base + m3 * unit)
        sent = dt.date(2026, bm, 24)
        debit = bday(dt.date(2026 + (bm == 12), bm % 12 + 1, 8))
        rows = [
            ("お客さま番号", "3-417-20955-2"),
            ("ご契約種別", "一般契約料金"),
            ("検針日", end.strftime("%Y/%m/%d")),
            ("ご使用期間", f"{start:%Y/%m/%d}～{end:%Y/%m/%d}"),
            ("ご使用量", f"{m3}m³"),
            ("基本料金", f"{base:,.2f}円"),
            (f"従量料金（単位料金 {unit:.2f}円）", f"{m3 * unit:,.2f}円"),
            ("<b>ガス料金（税込）</b>", f"<b>{yen(total)}円</b>"),
            ("うち消費税相当額", f"{yen(tax_in(total))}円"),
            ("お支払方法", "口座振替"),
            ("お引落し予定日", f"{debit:%Y/%m/%d}"),
        ]
        inner = (
            '<tr><td style="padding:16px 24px;border-bottom:4px solid #0071bc;">'
            '<img src="https://members.tokyo-gas.co.jp/img/mail/logo.png" alt="myTOKYOGAS" width="160">'
            "</td></tr>\n"
            f'<tr><td style="padding:24px;">'
            f"{paras(f'{ME_JA} 様' + chr(10) + chr(10) + 'いつも東京ガスをご利用いただき、ありがとうございます。' + chr(10) + f'2026年{bm}月検針分のガス料金をお知らせいたします。')}\n"
            f"{kv_table(rows, 220, '#c8d7e6')}\n"
            '<p style="font-size:12px;line-height:1.6;color:#555;">※ご使用量・料金の詳細は'
            '<a href="https://members.tokyo-gas.co.jp/">myTOKYOGAS</a>にログインしてご確認ください。<br>'
            "※口座振替のお手続きが完了していない場合は、払込用紙をお送りします。</p>"
            "</td></tr>\n"
            '<tr><td style="background:#f0f5fa;padding:12px 24px;font-size:11px;color:#777;">'
            "このメールは送信専用です。<br>東京ガス株式会社　〒105-8527 東京都港区海岸1-5-20</td></tr>"
        )
        add(
            dt.datetime(2026, bm, 24, 11, 2, 40, tzinfo=JST),
            "tokyogas",
            "gas-ryokin",
            ("myTOKYOGAS", "info@members.tokyo-gas.co.jp"),
            f"【myTOKYOGAS】2026年{bm}月検針分 ガス料金のお知らせ",
            ["東京ガス"],
            html=html_page("ガス料金のお知らせ", inner),
            enc="qp",
        )


# ---------------------------------------------------------------- NHK, ISO-2022-JP
def nhk():
    text = f"""{ME_JA} 様

日頃よりNHKの放送をご覧いただき、ありがとうございます。
放送受信料の口座振替について、下記のとおりお知らせいたします。

　お客様番号　　　：{digits(10)}
　契約種別　　　　：地上契約
　お支払いコース　：口座振替・12か月前払
　対象期間　　　　：2026年4月分〜2027年3月分
　振替金額　　　　：12,276円
　振替日　　　　　：2026年4月27日（月）

※受信料額には消費税および地方消費税が含まれています。
※次回の口座振替は2027年4月の予定です。
※ご住所やお支払い方法の変更は、NHK受信料の窓口（Web）からお手続きいただけます。
　https://pid.nhk.or.jp/jushinryo/

このメールは送信専用のアドレスからお送りしています。

NHK（日本放送協会）　受信料の窓口
"""
    add(
        dt.datetime(2026, 4, 17, 14, 0, 2, tzinfo=JST),
        "nhk",
        "koza-furikae",
        ("NHK受信料の窓口", "jushinryo-info@nhk.or.jp"),
        "【NHK】放送受信料 口座振替のお知らせ",
        ["NHK受信料"],
        text=text,
        charset="iso-2022-jp",
        enc="7bit",
    )
    text = f"""{ME_JA} 様

NHK受信料の窓口をご利用いただき、ありがとうございます。
以下の内容で、住所変更のお手続きを受け付けました。

　受付日　　　　　：2026年7月8日
　新しいご住所　　：東京都杉並区荻窪三丁目
　変更日　　　　　：2026年7月4日
　お支払いコース　：口座振替・12か月前払（変更なし）

お支払い済みの受信料（2027年3月分まで）は、新しいご住所でのご契約に引き継がれます。

NHK（日本放送協会）　受信料の窓口
"""
    add(
        dt.datetime(2026, 7, 8, 21, 17, 45, tzinfo=JST),
        "nhk",
        "jusho-henko",
        ("NHK受信料の窓口", "jushinryo-info@nhk.or.jp"),
        "【NHK】住所変更のお手続きを受け付けました",
        ["NHK受信料"],
        text=text,
        charset="iso-2022-jp",
        enc="7bit",
    )


# ---------------------------------------------------------------- Amazon Prime + orders
def amazon_html(title: str, body_html: str) -> str:
    inner = (
        '<tr><td style="padding:16px 20px;border-bottom:1px solid #ddd;">'
        '<img src="https://m.media-amazon.com/images/G/09/x-locale/common/amazon-logo.png" '
        'alt="Amazon.co.jp" width="120"></td></tr>\n'
        f'<tr><td style="padding:20px;font-size:14px;">{body_html}</td></tr>\n'
        '<tr><td style="padding:12px 20px;font-size:11px;color:#666;">このEメールアドレスは配信専用です。'
        "このメッセージに返信しないようお願いいたします。<br>Amazon.co.jp</td></tr>"
    )
    return html_page(title, inner, "Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif")


def amazon():
    text = f"""Amazon.co.jp

{ME_JA} 様

Amazonプライムをご利用いただき、ありがとうございます。
Amazonプライム会費のお支払いが完了しましたのでお知らせします。

会員プラン：　Amazonプライム（年間プラン）
会費：　　　　￥5,900（税込）
お支払い日：　2025/12/19
お支払い方法：Visa 末尾が 4821 のカード
次回の更新日：2026/12/19

会員特典は、お急ぎ便・日時指定便の無料配送、Prime Video、Amazon Music Prime、Prime Readingなど。
会員情報の確認・変更は「アカウントサービス」＞「プライム会員情報」から行えます。
https://www.amazon.co.jp/mc

Amazon.co.jp カスタマーサービス
"""
    body = paras(
        f"{ME_JA} 様\n\nAmazonプライムをご利用いただき、ありがとうございます。\n"
        "Amazonプライム会費のお支払いが完了しましたのでお知らせします。"
    ) + kv_table(
        [
            ("会員プラン", "Amazonプライム（年間プラン）"),
            ("会費", "￥5,900（税込）"),
            ("お支払い日", "2025/12/19"),
            ("お支払い方法", "Visa 末尾が 4821 のカード"),
            ("次回の更新日", "2026/12/19"),
        ],
        140,
    )
    add(
        dt.datetime(2025, 12, 19, 3, 12, 9, tzinfo=UTC),
        "amazon",
        "prime-kaihi",
        ("Amazon.co.jp", "prime@amazon.co.jp"),
        "Amazonプライム会費のお支払いについて",
        ["Amazonプライム"],
        text=text,
        html=amazon_html("Amazonプライム", body),
        enc="qp",
    )

    text = f"""{ME_JA} 様

いつもAmazonプライムをご利用いただき、ありがとうございます。

お客様のAmazonプライム会員資格（年間プラン）は 2026/12/19 に自動更新され、
年会費 ￥5,900（税込）がご登録のお支払い方法に請求されます。

引き続きご利用いただく場合、お手続きは必要ありません。
会員資格の自動更新を停止する場合は、更新日の前日までに「プライム会員情報」のページから
お手続きください。
https://www.amazon.co.jp/mc

Amazon.co.jp
"""
    body = paras(text)
    add(
        dt.datetime(2026, 11, 19, 2, 40, 33, tzinfo=UTC),
        "amazon",
        "prime-koshin",
        ("Amazon.co.jp", "prime@amazon.co.jp"),
        "Amazonプライム会員資格の自動更新のお知らせ",
        ["Amazonプライム"],
        text=text,
        html=amazon_html("Amazonプライム", body),
        enc="qp",
    )


def amazon_orders():
    orders = [
        (
            dt.datetime(2025, 12, 12, 13, 5, 1, tzinfo=UTC),
            [("象印 スチーム式加湿器 EE-DE50", 1, 19800)],
            "2025/12/14",
        ),
        (
            dt.datetime(2026, 6, 28, 1, 22, 48, tzinfo=UTC),
            [
                ("アイリスオーヤマ 引越し用 段ボール 20枚セット", 1, 2980),
                ("布団圧縮袋 6枚組", 1, 1580),
                ("緩衝材 プチプチ 幅60cm×10m", 2, 798),
            ],
            "2026/06/29",
        ),
    ]
    for when, items, eta in orders:
        no = f"{RNG.choice(['249', '250', '503'])}-{digits(7)}-{digits(7)}"
        sub = sum(q * p for _, q, p in items)
        lines = "\n".join(f"{n}\n  数量: {q}  ￥{yen(p)}" for n, q, p in items)
        text = f"""Amazon.co.jp ご注文の確認

{ME_JA} 様

Amazon.co.jpをご利用いただき、ありがとうございます。
お客様のご注文を承りましたのでお知らせいたします。

お届け予定：{eta}
お届け先：{ME_JA} 様

注文番号：{no}
{lines}

商品の小計：￥{yen(sub)}
配送料・手数料：￥0
注文合計：￥{yen(sub)}

ご注文の確認・変更は「注文履歴」から行えます。
https://www.amazon.co.jp/your-orders
"""
        body = paras(f"{ME_JA} 様\n\nご注文ありがとうございます。お届け予定：{eta}") + kv_table(
            [(n, f"数量 {q} / ￥{yen(p)}") for n, q, p in items]
            + [("注文番号", no), ("注文合計", f"<b>￥{yen(sub)}</b>")],
            300,
        )
        add(
            when,
            "amazon",
            "gochumon-kakunin",
            ("Amazon.co.jp", "auto-confirm@amazon.co.jp"),
            "Amazon.co.jp ご注文の確認",
            [],
            text=text,
            html=amazon_html("ご注文の確認", body),
            enc="qp",
        )
        ship = when + dt.timedelta(hours=20, minutes=13)
        text = f"""{ME_JA} 様

ご注文の商品を発送しました。
お届け予定：{eta}
配送業者：ヤマト運輸　お問い合わせ伝票番号：{digits(12)}

注文番号：{no}
{items[0][0]}{" ほか" if len(items) > 1 else ""}

配送状況の確認：https://www.amazon.co.jp/your-orders
"""
        add(
            ship,
            "amazon",
            "hassou",
            ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"),
            "Amazon.co.jp 発送のお知らせ",
            [],
            text=text,
            html=amazon_html("発送のお知らせ", paras(text)),
            enc="qp",
        )

    text = f"""{ME_JA} 様

Kindle Unlimited 3か月 ￥99 キャンペーン開催中（11月30日まで）

200万冊以上の本・マンガ・雑誌が読み放題。
キャンペーン期間終了後は月額 ￥980（税込）で自動更新されます。いつでもキャンセル可能です。

今すぐ登録する：https://www.amazon.co.jp/kindle-dbs/hz/signup

配信停止をご希望の場合は、こちらから設定を変更してください。
https://www.amazon.co.jp/gp/email-subscriptions
"""
    add(
        dt.datetime(2026, 11, 16, 4, 0, 0, tzinfo=UTC),
        "amazon",
        "kindle-unlimited-campaign",
        ("Amazon.co.jp", "store-news@amazon.co.jp"),
        "【3か月￥99】Kindle Unlimited 期間限定キャンペーンのご案内",
        [],
        text=text,
        html=amazon_html("Kindle Unlimited", paras(text)),
        enc="qp",
    )


# ---------------------------------------------------------------- chocoZAP, text utf-8 base64
def chocozap():
    F = ("chocoZAP", "noreply@chocozap.jp")
    sig = "\n――――――――――――――――――\nchocoZAP（ちょこざっぷ）\nRIZAP株式会社\nhttps://chocozap.jp/\n※本メールは送信専用です。\n"
    add(
        dt.datetime(2026, 2, 3, 19, 48, 20, tzinfo=JST),
        "chocozap",
        "nyukai",
        F,
        "【chocoZAP】ご入会ありがとうございます",
        ["chocoZAP"],
        enc="b64",
        text=f"""{ME_JA} 様

この度はchocoZAPにご入会いただき、誠にありがとうございます。
ご入会手続きが完了いたしましたので、ご登録内容をお知らせいたします。

■会員番号：CZ{digits(8)}
■ご利用開始日：2026年2月3日
■プラン：月額プラン（全店舗利用可）
■月会費：3,278円（税込）
■入会金・事務手数料：0円
■お支払い：ご登録のクレジットカード
　毎月1日に当月分の月会費を決済いたします。
　※入会月（2026年2月）の月会費は入会時に決済済みです。

店舗への入店はchocoZAPアプリの会員証（QRコード）をご利用ください。
{sig}""",
    )
    add(
        dt.datetime(2026, 4, 15, 12, 0, 0, tzinfo=JST),
        "chocozap",
        "campaign",
        F,
        "【chocoZAP】お友達紹介キャンペーン実施中！最大2か月分無料",
        [],
        enc="b64",
        text=f"""{ME_JA} 様

いつもchocoZAPをご利用いただきありがとうございます。

＼お友達紹介キャンペーン／
ご紹介したお友達がご入会されると、あなたもお友達も月会費が最大2か月分無料！
（4月30日までのご入会が対象です）

紹介コードはアプリの「マイページ」から確認できます。
{sig}""",
    )
    add(
        dt.datetime(2026, 7, 1, 6, 15, 33, tzinfo=JST),
        "chocozap",
        "kessai-error",
        F,
        "【chocoZAP】月会費のお支払いが確認できませんでした",
        ["chocoZAP"],
        enc="b64",
        text=f"""{ME_JA} 様

いつもchocoZAPをご利用いただきありがとうございます。

2026年7月分の月会費（3,278円・税込）について、ご登録のクレジットカードで
決済を行いましたが、カード会社より承認が得られませんでした。

お手数ですが、2026年7月7日までにアプリの「会員情報」＞「お支払い方法」から
カード情報をご確認・ご更新ください。ご更新後、自動的に再決済を行います。

期日までにお支払いが確認できない場合、店舗のご利用を一時停止させていただきます。
{sig}""",
    )
    add(
        dt.datetime(2026, 7, 3, 22, 4, 51, tzinfo=JST),
        "chocozap",
        "kessai-kanryo",
        F,
        "【chocoZAP】月会費お支払い完了のお知らせ",
        ["chocoZAP"],
        enc="b64",
        text=f"""{ME_JA} 様

カード情報のご更新ありがとうございます。
下記のとおり月会費の決済が完了いたしました。

■対象月：2026年7月分
■金額：3,278円（税込）
■決済日：2026年7月3日
■お支払い方法：クレジットカード（末尾 0317）

次回以降も、毎月1日に当月分を決済いたします。
{sig}""",
    )


# ---------------------------------------------------------------- Nikkei, alt QP
def nikkei():
    F = ("日本経済新聞社", "mail@id.nikkei.com")
    foot = "\n――――――――――――――――\n日経ID事務局\n株式会社日本経済新聞社\nhttps://www.nikkei.com/\n"
    text = f"""{ME_JA} 様

このたびは日経電子版にお申し込みいただき、誠にありがとうございます。
お申し込み内容は以下の通りです。

【お申し込み内容】
サービス名　　：日経電子版（月ぎめ）
購読料　　　　：月額4,277円（税込）
お申し込み日　：2026年4月27日
無料期間　　　：2026年4月30日まで（お申し込み月は無料）
ご請求開始　　：2026年5月分から
お支払い方法　：クレジットカード（毎月末日に当月分を決済いたします）

購読の確認・解約は「日経ID 決済・契約管理」から行えます。
https://regist.nikkei.com/ds/setup/contract.do
{foot}"""
    html = html_page(
        "日経電子版",
        '<tr><td style="padding:24px;border-top:6px solid #0b3575;">' + paras(text) + "</td></tr>",
    )
    add(
        dt.datetime(2026, 4, 27, 23, 11, 5, tzinfo=JST),
        "nikkei",
        "moushikomi",
        F,
        "【日経電子版】お申し込みありがとうございます",
        ["日経電子版"],
        text=text,
        html=html,
        enc="qp",
    )

    text = f"""{ME_JA} 様

日経電子版をご愛読いただき、ありがとうございます。
今朝の注目ニュースをお届けします。

・日銀、追加利上げを決定　政策金利0.75%に
・トヨタ、北米でEV新工場　2028年稼働
・春闘回答、平均5.1%の賃上げ

続きは日経電子版で：https://www.nikkei.com/

配信停止：https://regist.nikkei.com/ds/mail/
{foot}"""
    html = html_page("朝刊ハイライト", '<tr><td style="padding:24px;">' + paras(text) + "</td></tr>")
    add(
        dt.datetime(2026, 5, 12, 6, 30, 0, tzinfo=JST),
        "nikkei",
        "chokan-highlight",
        ("日経電子版", "news@mail.nikkei.com"),
        "日経電子版 朝刊ハイライト（5月12日）",
        [],
        text=text,
        html=html,
        enc="qp",
    )

    text = f"""{ME_JA} 様

日経電子版をご愛読いただき、ありがとうございます。

ご登録のクレジットカード（末尾 0317）の有効期限が2026年11月で切れます。
2026年11月30日に予定している11月分購読料（4,277円・税込）の決済ができない場合、
日経電子版をご利用いただけなくなる場合がございます。

お手数ですが、以下のページから新しいカード情報をご登録ください。
https://regist.nikkei.com/ds/setup/payment.do
{foot}"""
    html = html_page(
        "日経ID", '<tr><td style="padding:24px;border-top:6px solid #0b3575;">' + paras(text) + "</td></tr>"
    )
    add(
        dt.datetime(2026, 11, 20, 10, 0, 14, tzinfo=JST),
        "nikkei",
        "card-yukokigen",
        F,
        "【日経ID】ご登録のクレジットカードの有効期限について",
        ["日経電子版"],
        text=text,
        html=html,
        enc="qp",
    )


# ---------------------------------------------------------------- Apple receipts (HTML only, base64)
def apple_receipt(when: dt.datetime, day: dt.date, items: list[tuple[str, str, str, int]]) -> None:
    order = "M" + upid(9)
    doc = digits(12)
    total = sum(i[3] for i in items)
    rows = []
    for app, desc, renew, price in items:
        rows.append(
            '<tr><td width="64" style="padding:10px 0;"><img src="https://is1-ssl.mzstatic.com/image/thumb/'
            f'{hexid(8)}/64x64bb.png" width="42" height="42" style="border-radius:9px;"></td>'
            f'<td style="padding:10px 0;font-size:12px;"><b>{app}</b><br>{desc}<br>'
            f'<span style="color:#666;">{renew}</span><br>'
            '<a href="https://apps.apple.com/account/subscriptions">サブスクリプションを管理</a> | '
            '<a href="https://reportaproblem.apple.com/">問題を報告する</a></td>'
            f'<td align="right" style="padding:10px 0;font-size:12px;"><b>¥{yen(price)}</b></td></tr>'
        )
    inner = (
        '<tr><td style="padding:24px 30px 0 30px;"><table width="100%"><tr>'
        '<td><img src="https://www.apple.com/ac/globalnav/apple_logo.png" width="26" alt="Apple"></td>'
        '<td align="right" style="font-size:28px;color:#888;">領収書</td></tr></table></td></tr>\n'
        '<tr><td style="padding:16px 30px;"><table width="100%" cellpadding="6" cellspacing="0" '
        'style="background:#fafafa;border-collapse:collapse;font-size:10px;color:#666;">'
        f'<tr><td>APPLE ID<br><span style="font-size:12px;color:#333;">{ME}</span></td>'
        f'<td>請求先<br><span style="font-size:12px;color:#333;">{ME_JA}<br>杉並区荻窪 3-○-○<br>東京都 167-0051<br>JPN</span></td></tr>'
        f'<tr><td>日付<br><span style="font-size:12px;color:#333;">{day:%Y/%m/%d}</span></td>'
        f'<td>ご注文番号<br><span style="font-size:12px;color:#333;">{order}</span></td></tr>'
        f'<tr><td>書類番号<br><span style="font-size:12px;color:#333;">{doc}</span></td><td></td></tr>'
        "</table></td></tr>\n"
        '<tr><td style="padding:0 30px;"><table width="100%" cellspacing="0" cellpadding="0">'
        '<tr><td colspan="3" style="background:#f5f5f5;font-size:14px;padding:4px 6px;"><b>App Store</b></td></tr>'
        + "".join(rows)
        + '<tr><td colspan="2" align="right" style="border-top:1px solid #ddd;padding:10px;font-size:10px;color:#666;">'
        "合計</td>"
        f'<td align="right" style="border-top:1px solid #ddd;padding:10px 0;font-size:16px;"><b>¥{yen(total)}</b></td></tr>'
        "</table></td></tr>\n"
        '<tr><td style="padding:10px 30px;font-size:11px;color:#666;">'
        f"お支払い方法：Visa •••• 4821　¥{yen(total)}<br>"
        "上記の金額には日本の消費税（10%）が含まれています。</td></tr>\n"
        '<tr><td style="padding:10px 30px 30px;font-size:10px;color:#888;">'
        '<a href="https://support.apple.com/ja-jp/billing">請求に関するサポート</a> | '
        "Apple ID の概要・アカウント管理 | 購入履歴<br>"
        "Copyright © 2026 iTunes K.K. 〒106-6140 東京都港区六本木 6-10-1 六本木ヒルズ</td></tr>"
    )
    labels = sorted({("iCloud+" if i[0] == "iCloud+" else "LINEスタンプ プレミアム") for i in items})
    add(
        when,
        "apple",
        "ryoshusho",
        ("Apple", "no_reply@email.apple.com"),
        "Apple からの領収書です。",
        labels,
        html=html_page("領収書", inner, "'Helvetica Neue',Helvetica,Arial,sans-serif"),
        enc="b64",
        msgid_domain="email.apple.com",
    )


def apple():
    ic = lambda d: ("iCloud+", "iCloud+（200 GB）（月額）", f"{add_months(d, 1):%Y/%m/%d}に更新", 450)
    lb = lambda d, c, p: (
        "LINE",
        f"LINE スタンプ プレミアム {c}（月額）",
        f"{add_months(d, 1):%Y/%m/%d}に更新",
        p,
    )
    for m in (6, 7, 8):
        d = dt.date(2026, m, 12)
        apple_receipt(dt.datetime(2026, m, 11, 18, 2 + m, 31, tzinfo=PDT), d, [ic(d)])
    for m in (8, 9):
        d = dt.date(2026, m, 3)
        apple_receipt(dt.datetime(2026, m, 2, 21, 40 + m, 3, tzinfo=PDT), d, [lb(d, "ベーシックコース", 240)])
    d = dt.date(2026, 9, 12)
    # upgrade on the iCloud+ renewal day: one receipt, two items
    apple_receipt(
        dt.datetime(2026, 9, 11, 22, 16, 44, tzinfo=PDT), d, [ic(d), lb(d, "デラックスコース", 480)]
    )
    inner = (
        '<tr><td style="padding:24px 30px;"><img src="https://www.apple.com/ac/globalnav/apple_logo.png" width="26"></td></tr>\n'
        '<tr><td style="padding:0 30px;font-size:14px;line-height:1.6;">'
        f"<p>{ME_JA} 様</p><p>LINE スタンプ プレミアムのサブスクリプションを変更しました。</p>"
        '<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">'
        '<tr><td style="border-bottom:1px solid #ddd;color:#666;">App</td><td style="border-bottom:1px solid #ddd;">LINE</td></tr>'
        '<tr><td style="border-bottom:1px solid #ddd;color:#666;">サブスクリプション</td><td style="border-bottom:1px solid #ddd;">LINE スタンプ プレミアム デラックスコース（月額）</td></tr>'
        '<tr><td style="border-bottom:1px solid #ddd;color:#666;">変更前</td><td style="border-bottom:1px solid #ddd;">ベーシックコース ¥240/月</td></tr>'
        '<tr><td style="border-bottom:1px solid #ddd;color:#666;">価格</td><td style="border-bottom:1px solid #ddd;">¥480/月</td></tr>'
        '<tr><td style="border-bottom:1px solid #ddd;color:#666;">更新日</td><td style="border-bottom:1px solid #ddd;">2026/10/12</td></tr>'
        "</table>"
        "<p>このサブスクリプションは、キャンセルしない限り自動的に更新されます。"
        "更新日の少なくとも24時間前までにキャンセルすると、課金は発生しません。</p>"
        '<p><a href="https://apps.apple.com/account/subscriptions">サブスクリプションを管理</a></p>'
        "<p>Apple</p></td></tr>"
    )
    add(
        dt.datetime(2026, 9, 11, 22, 16, 50, tzinfo=PDT),
        "apple",
        "subscription-kakunin",
        ("Apple", "no_reply@email.apple.com"),
        "サブスクリプションの確認",
        ["LINEスタンプ プレミアム"],
        html=html_page("サブスクリプションの確認", inner, "'Helvetica Neue',Helvetica,Arial,sans-serif"),
        enc="b64",
        msgid_domain="email.apple.com",
    )
    for m in (10, 11):
        d = dt.date(2026, m, 12)
        apple_receipt(
            dt.datetime(2026, m, 11, 17 + (m == 11), 9 + m, 2, tzinfo=PDT if m == 10 else PST),
            d,
            [ic(d), lb(d, "デラックスコース", 480)],
        )

    inner = (
        '<tr><td style="padding:24px 30px;font-size:14px;line-height:1.6;">'
        f"<p>{ME_JA} 様</p><p>お使いの Apple Account（{ME}）が、2026年6月12日 15:04（日本時間）に "
        "Web ブラウザから Apple Store へのサインインに使用されました。</p>"
        "<p>ご自身でサインインした場合は、このメールを無視してかまいません。</p>"
        '<p>心当たりがない場合は、<a href="https://account.apple.com">account.apple.com</a> でパスワードを変更してください。</p>'
        "<p>Apple</p></td></tr>"
    )
    add(
        dt.datetime(2026, 6, 11, 23, 4, 9, tzinfo=PDT),
        "apple",
        "signin",
        ("Apple", "appleid@id.apple.com"),
        "Apple Account がサインインに使用されました",
        [],
        html=html_page("Apple Account", inner, "'Helvetica Neue',Helvetica,Arial,sans-serif"),
        enc="b64",
        msgid_domain="id.apple.com",
    )


# ---------------------------------------------------------------- NURO 光 (plain utf-8 QP) + Kenta's forward
NURO_F = ("NURO 光", "info@nuro.jp")
NURO_FOOT = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ソニーネットワークコミュニケーションズ株式会社
NURO 光 カスタマーサポート
https://www.nuro.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""


def nuro():
    koji = dt.date(2026, 7, 28)
    orig = f"""佐藤 健太 様

このたびはNURO 光をお申し込みいただき、誠にありがとうございます。
お申し込み内容をご確認ください。

■お客さまID　　　　：NR{digits(8)}
■ご契約者　　　　　：佐藤 健太 様
■設置場所住所　　　：東京都杉並区荻窪三丁目
■サービス　　　　　：NURO 光 2ギガ（3年契約）
■月額基本料金　　　：5,200円（税込）
■契約事務手数料　　：3,300円（税込）※初回ご請求時
■標準工事費　　　　：44,000円（税込）
　　→30回分割（1,466円／月）、同額を「工事費割引」として毎月割引いたします
■宅内工事日　　　　：{jdate(koji, True)} 9:00〜12:00
■お支払い方法　　　：クレジットカード（毎月5日決済）
■ご連絡先メールアドレス：{KENTA}
{NURO_FOOT}"""
    fwd = f"""ソヨンへ

光回線の申し込み内容、転送しとくね。
工事は28日（火）の午前で、立ち会いは俺がやる。
請求メールはソヨンのアドレスに届くように連絡先を変えておいた。カードは共通のやつ。

健太

---------- Forwarded message ---------
From: NURO 光 <info@nuro.jp>
Date: 2026年7月15日(水) 18:22
Subject: 【NURO 光】お申し込み内容のご確認
To: <{KENTA}>


{orig}
"""
    fwd_html = (
        '<div dir="ltr">'
        + "<br>".join(fwd.split("---------- Forwarded message ---------")[0].strip().split("\n"))
        + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        'From: <strong class="gmail_sendername" dir="auto">NURO 光</strong> <span dir="auto">&lt;info@nuro.jp&gt;</span><br>'
        "Date: 2026年7月15日(水) 18:22<br>Subject: 【NURO 光】お申し込み内容のご確認<br>"
        f"To: &lt;{KENTA}&gt;<br></div><br><br>" + "<br>".join(orig.split("\n")) + "</div></div>\n"
    )
    add(
        dt.datetime(2026, 7, 16, 8, 47, 12, tzinfo=JST),
        "kenta",
        "fwd-nuro-moushikomi",
        ("佐藤健太", KENTA),
        "Fwd: 【NURO 光】お申し込み内容のご確認",
        ["NURO 光"],
        text=fwd,
        html=fwd_html,
        enc="b64",
        to=f"{formataddr(('Seoyeon', ME))}",
        msgid_domain="mail.gmail.com",
    )

    bills = [
        (8, [("NURO 光 2ギガ（3年契約）月額基本料金（7/28〜7/31 日割）", 671), ("契約事務手数料", 3300)]),
        (9, None),
        (10, None),
        (11, None),
    ]
    for k, (bm, lines) in enumerate(bills):
        if lines is None:
            n = bm - 8
            lines = [
                ("NURO 光 2ギガ（3年契約）月額基本料金", 5200),
                (f"標準工事費（分割 {n}/30回）", 1466),
                (f"工事費割引（{n}/30回）", -1466),
            ]
        total = sum(v for _, v in lines)
        pay = dt.date(2026, bm, 5)
        detail = "\n".join(f"　{n}\n　　　{v:,}円" for n, v in lines)
        text = f"""佐藤 健太 様

いつもNURO 光をご利用いただき、ありがとうございます。
2026年{bm}月ご請求分のご利用料金が確定しましたので、ご案内いたします。

━ご請求情報━━━━━━━━━━━━━━━━━━━━━━━
　ご請求月　　　：2026年{bm}月（2026年{bm - 1}月ご利用分）
　ご請求金額　　：{yen(total)}円（税込）
　お支払い方法　：クレジットカード
　決済日　　　　：{pay:%Y/%m/%d}
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【ご請求内訳】
{detail}
　（消費税等相当額 {tax_in(total)}円を含みます）

ご利用料金の詳細は、NURO 光 マイページでご確認いただけます。
https://www.nuro.jp/mypage/
{NURO_FOOT}"""
        add(
            dt.datetime(2026, bm, 3, 12, 0, 9 + k, tzinfo=JST),
            "nuro",
            "goriyo-ryokin",
            NURO_F,
            f"【NURO 光】2026年{bm}月ご請求分 ご利用料金のお知らせ",
            ["NURO 光"],
            text=text,
            enc="qp",
        )


# ---------------------------------------------------------------- au損保 Bycle (ISO-2022-JP)
def ausonpo():
    F = ("au損保", "info@au-sonpo.co.jp")
    no = f"B{digits(11)}"
    foot = """
―――――――――――――――――――――――――
au損害保険株式会社
〒150-0043 東京都渋谷区道玄坂1-12-1
お客さまセンター 0800-700-0600（通話料無料）
―――――――――――――――――――――――――"""
    add(
        dt.datetime(2026, 1, 30, 10, 0, 0, tzinfo=JST),
        "ausonpo",
        "manki-annai",
        F,
        "【au損保】ご契約の満期日が近づいています（自動継続のご案内）",
        ["au損保 Bycle"],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

いつもau損保をご利用いただき、誠にありがとうございます。
ご契約中の自転車向け保険が満期日を迎えますので、ご案内いたします。

■証券番号　　　　　：{no}
■保険商品　　　　　：自転車向け保険 Bycle（バイクル）
■プラン　　　　　　：ブロンズコース　家族型
■現在の保険期間　　：2025年3月1日 午後4時〜2026年3月1日 午後4時
■継続後の保険期間　：2026年3月1日 午後4時〜2027年3月1日 午後4時
■継続後の保険料　　：年払 7,640円
■お支払い方法　　　：クレジットカード（継続日にご請求いたします）

ご契約は自動継続となりますので、お手続きは不要です。
補償内容の変更やご解約をご希望の場合は、2026年2月22日までに
マイページからお手続きください。
https://www.au-sonpo.co.jp/mypage/
{foot}""",
    )
    add(
        dt.datetime(2026, 3, 2, 9, 31, 44, tzinfo=JST),
        "ausonpo",
        "keizoku-kanryo",
        F,
        "【au損保】ご契約継続のお手続き完了のお知らせ",
        ["au損保 Bycle"],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

いつもau損保をご利用いただき、誠にありがとうございます。
以下のご契約について、継続のお手続きが完了いたしました。

■証券番号　　　：{no}
■保険商品　　　：自転車向け保険 Bycle（バイクル）ブロンズコース　家族型
■保険期間　　　：2026年3月1日 午後4時〜2027年3月1日 午後4時
■年間保険料　　：7,640円（ご登録のクレジットカードへご請求済み）

保険証券はマイページからご確認いただけます（ペーパーレス）。
{foot}""",
    )


# ---------------------------------------------------------------- Coupang WOW (HTML only, utf-8 base64)
def coupang_html(inner_html: str) -> str:
    inner = (
        '<tr><td style="padding:18px 24px;border-bottom:1px solid #eee;">'
        '<img src="https://image6.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" width="120" alt="coupang">'
        "</td></tr>\n"
        f'<tr><td style="padding:24px;font-size:14px;color:#111;">{inner_html}</td></tr>\n'
        '<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;color:#888;line-height:1.6;">'
        "본 메일은 발신전용입니다. 문의사항은 쿠팡 고객센터(1577-7011)를 이용해 주세요.<br>"
        "쿠팡(주) | 서울시 송파구 송파대로 570</td></tr>"
    )
    return html_page("쿠팡", inner, "'Apple SD Gothic Neo','Malgun Gothic',sans-serif").replace(
        'lang="ja"', 'lang="ko"'
    )


def coupang():
    F = ("쿠팡", "noreply@coupang.com")
    body = (
        f'<p style="font-size:20px;"><b>{ME_KO}님, 와우 멤버십 무료체험이 시작되었습니다.</b></p>'
        "<p>로켓배송 무료배송·무료반품, 로켓프레시, 쿠팡플레이까지 와우회원 혜택을 누려보세요.</p>"
        + kv_table(
            [
                ("무료체험 기간", "2026.09.05 ~ 2026.10.04"),
                ("체험 종료 후 월회비", "7,890원 (부가세 포함)"),
                ("첫 결제 예정일", "2026.10.05"),
                ("결제수단", "신한카드 (****-****-****-5529)"),
            ],
            160,
            "#e5e5e5",
        )
        + '<p style="font-size:12px;color:#666;">무료체험 기간 중 언제든지 해지할 수 있으며, 해지 시 요금이 청구되지 않습니다.<br>'
        "멤버십 관리: 마이쿠팡 &gt; 와우 멤버십</p>"
    )
    add(
        dt.datetime(2026, 9, 5, 21, 14, 8, tzinfo=JST),
        "coupang",
        "wow-free-trial",
        F,
        "[쿠팡] 와우 멤버십 무료체험이 시작되었습니다",
        ["쿠팡 와우 멤버십"],
        html=coupang_html(body),
        enc="b64",
    )
    for m in (10, 11):
        nxt = dt.date(2026, m + 1, 5)
        body = (
            f'<p style="font-size:20px;"><b>와우 멤버십 월회비가 결제되었습니다.</b></p>'
            f"<p>{ME_KO}님, 항상 쿠팡을 이용해 주셔서 감사합니다.</p>"
            + kv_table(
                [
                    ("결제일", f"2026.{m:02d}.05"),
                    ("상품", "와우 멤버십 월회비"),
                    ("결제금액", "<b>7,890원</b>"),
                    ("결제수단", "신한카드 (****5529)"),
                    ("다음 결제 예정일", f"{nxt:%Y.%m.%d}"),
                ],
                160,
                "#e5e5e5",
            )
            + '<p style="font-size:12px;color:#666;">월회비는 부가세 포함 금액입니다.</p>'
        )
        add(
            dt.datetime(2026, m, 5, 4, 2, 17 + m, tzinfo=JST),
            "coupang",
            "wow-wolhoebi",
            F,
            "[쿠팡] 와우 멤버십 월회비 결제 완료 안내",
            ["쿠팡 와우 멤버십"],
            html=coupang_html(body),
            enc="b64",
        )
    # one-off order to her mother in Busan
    body = '<p style="font-size:20px;"><b>주문이 완료되었습니다.</b></p>' + kv_table(
        [
            ("주문번호", digits(14)),
            ("주문일시", "2026.09.22 20:31"),
            ("상품", "정관장 홍삼정 에브리타임 10ml x 30포 외 1건"),
            ("받는 분", "김○자 / 부산광역시 해운대구"),
            ("도착 예정", "9/24(목) 로켓배송"),
            ("결제금액", "<b>52,300원</b> (신한카드 일시불)"),
        ],
        140,
        "#e5e5e5",
    )
    add(
        dt.datetime(2026, 9, 22, 20, 31, 40, tzinfo=JST),
        "coupang",
        "jumun-wanryo",
        ("쿠팡", "noreply@coupang.com"),
        "[쿠팡] 주문이 완료되었습니다",
        [],
        html=coupang_html(body),
        enc="b64",
    )
    body = (
        '<p style="font-size:20px;"><b>배송이 완료되었습니다.</b></p>'
        "<p>정관장 홍삼정 에브리타임 10ml x 30포 외 1건</p>"
        "<p>배송완료: 2026.09.24 13:08 (문 앞)</p>"
    )
    add(
        dt.datetime(2026, 9, 24, 13, 9, 2, tzinfo=JST),
        "coupang",
        "baesong-wanryo",
        ("쿠팡", "noreply@coupang.com"),
        "[쿠팡] 주문하신 상품의 배송이 완료되었습니다",
        [],
        html=coupang_html(body),
        enc="b64",
    )


# ---------------------------------------------------------------- Naver Plus membership via Naver Pay (alt, utf-8 base64)
def naver():
    F = ("네이버페이", "naverpay_noreply@navercorp.com")
    add(
        dt.datetime(2026, 6, 18, 7, 2, 51, tzinfo=JST),
        "naver",
        "membership-welcome",
        ("네이버플러스 멤버십", "membership_noreply@navercorp.com"),
        "[네이버플러스 멤버십] 가입을 환영합니다",
        ["네이버플러스 멤버십"],
        enc="b64",
        text=f"""{ME_KO}님, 네이버플러스 멤버십 회원이 되신 것을 환영합니다!

- 멤버십 시작일: 2026.06.18
- 요금: 월 4,900원 (매월 18일 자동결제)
- 결제수단: 네이버페이 (신한카드)

이제 네이버 쇼핑 최대 5% 추가 적립, 디지털 콘텐츠 혜택을 누려보세요.
멤버십 관리: https://nid.naver.com/membership/my
""",
        html=None,
    )
    for m in range(6, 12):
        when = dt.datetime(2026, m, 18, 7, 3, 10 + m, tzinfo=JST)
        nxt = dt.date(2026 + (m == 12), m % 12 + 1, 18)
        order = digits(16)
        text = f"""{ME_KO}님, 정기결제가 완료되었습니다.

결제일시   2026.{m:02d}.18 07:0{m % 10}
상품명     네이버플러스 멤버십 (월간 이용권)
결제금액   4,900원
결제수단   신한카드 (5529)
주문번호   {order}
다음 결제일 {nxt:%Y.%m.%d}

결제내역 확인: https://order.pay.naver.com/home
네이버페이는 통신판매중개자이며, 상품의 판매자는 네이버(주)입니다.
"""
        html = html_page(
            "네이버페이",
            '<tr><td style="padding:20px;border-top:4px solid #03c75a;">'
            f'<p style="font-size:18px;"><b>{ME_KO}님, 정기결제가 완료되었습니다.</b></p>'
            + kv_table(
                [
                    ("결제일시", f"2026.{m:02d}.18 07:0{m % 10}"),
                    ("상품명", "네이버플러스 멤버십 (월간 이용권)"),
                    ("결제금액", '<b style="color:#03c75a;">4,900원</b>'),
                    ("결제수단", "신한카드 (5529)"),
                    ("주문번호", order),
                    ("다음 결제일", f"{nxt:%Y.%m.%d}"),
                ],
                120,
                "#eeeeee",
            )
            + '<p style="font-size:11px;color:#999;">네이버페이는 통신판매중개자이며, 상품의 판매자는 네이버(주)입니다.</p>'
            "</td></tr>",
            "'Nanum Gothic','Malgun Gothic',sans-serif",
        ).replace('lang="ja"', 'lang="ko"')
        add(
            when,
            "naverpay",
            "jeonggi-gyeolje",
            F,
            "[네이버페이] 네이버플러스 멤버십 정기결제 완료 안내",
            ["네이버플러스 멤버십"],
            text=text,
            html=html,
            enc="b64",
        )
    add(
        dt.datetime(2026, 10, 10, 23, 52, 3, tzinfo=JST),
        "naver",
        "login-alert",
        ("네이버", "account_noreply@navercorp.com"),
        "[네이버] 새로운 환경에서 로그인되었습니다",
        [],
        enc="b64",
        text=f"""{ME_KO}님의 네이버 아이디(sy_park***)가 새로운 환경에서 로그인되었습니다.

- 일시: 2026.10.10 23:51
- 위치: 일본
- 기기: Windows / Chrome

본인이 아닌 경우 비밀번호를 변경하고 로그인 기록을 확인해 주세요.
https://nid.naver.com/user2/help/myInfo
""",
    )


# ---------------------------------------------------------------- Melon (EUC-KR base64), cancelled
def melon():
    F = ("멜론", "melon_noreply@kakaoent.com")
    foot = "\n-------------------------------------------\n(주)카카오엔터테인먼트 | 멜론 고객센터 1566-7727\n본 메일은 발신전용입니다.\n"
    for y, m in ((2025, 12), (2026, 1)):
        d = dt.date(y, m, 7)
        end = add_months(d, 1) - dt.timedelta(days=1)
        nxt = add_months(d, 1)
        add(
            dt.datetime(y, m, 7, 0, 12, 40, tzinfo=JST),
            "melon",
            "igyeongwon-gyeolje",
            F,
            "[멜론] 이용권 정기결제 안내",
            ["멜론"],
            charset="euc-kr",
            enc="b64",
            text=f"""안녕하세요, {ME_KO}님.
멜론 이용권 정기결제가 완료되어 안내드립니다.

  ■ 상품명 : 스트리밍클럽 (정기결제)
  ■ 결제금액 : 10,900원 (부가세 포함)
  ■ 결제일 : {d.year}년 {d.month}월 {d.day}일
  ■ 이용기간 : {d.year}년 {d.month}월 {d.day}일 ~ {end.year}년 {end.month}월 {end.day}일
  ■ 결제수단 : 신한카드
  ■ 다음 결제 예정일 : {nxt.year}년 {nxt.month}월 {nxt.day}일

※ 해외에서는 일부 곡의 감상이 제한될 수 있습니다.
{foot}""",
        )
    add(
        dt.datetime(2026, 2, 3, 22, 35, 1, tzinfo=JST),
        "melon",
        "haeji-wanryo",
        F,
        "[멜론] 이용권 해지 신청이 완료되었습니다",
        ["멜론"],
        charset="euc-kr",
        enc="b64",
        text=f"""안녕하세요, {ME_KO}님.
요청하신 이용권의 정기결제 해지가 완료되었습니다.

  ■ 상품명 : 스트리밍클럽 (정기결제)
  ■ 해지 신청일 : 2026년 2월 3일
  ■ 이용 가능 기간 : 2026년 2월 6일까지
  ■ 다음 결제 : 없음 (2026년 2월 7일부터 자동결제되지 않습니다)

그동안 멜론을 이용해 주셔서 감사합니다.
언제든지 다시 찾아주세요.
{foot}""",
    )


# ---------------------------------------------------------------- Nintendo Switch Online (+ PayPal) and a one-off
def nintendo():
    F = ("Nintendo", "no-reply@accounts.nintendo.com")
    add(
        dt.datetime(2026, 2, 14, 14, 2, 30, tzinfo=JST),
        "nintendo",
        "gokonyu-meisai",
        F,
        "[ニンテンドーeショップ] ご購入明細",
        ["Nintendo Switch Online"],
        enc="qp",
        text="""ソヨン 様

ニンテンドーeショップをご利用いただき、ありがとうございます。
以下の内容でご購入手続きが完了しました。

ご購入日時：2026/02/14 14:02
ニンテンドーアカウント：soyeon_p
商品名：Nintendo Switch Online ファミリープラン 12か月（365日間）
お支払金額：4,500円（税込）
お支払い方法：PayPal

自動継続：オン
このプランは 2027/02/14 に自動継続され、4,500円（税込）が請求されます。
自動継続の停止は、ニンテンドーアカウントの「ショップメニュー」から行えます。
https://accounts.nintendo.com/shop

任天堂株式会社
""",
    )
    text = f"""PayPal

Nintendo Co., Ltd.への支払いが完了しました

{ME_JA}様

Nintendo Co., Ltd.に¥4,500 JPYの支払いを行いました。

取引日：2026年2月14日 14:02:29 JST
取引ID：{upid(17)}
販売者：Nintendo Co., Ltd.
説明：Nintendo Switch Online ファミリープラン 12か月

小計　　　¥4,500 JPY
合計　　　¥4,500 JPY

支払元：Visa x-4821　¥4,500 JPY
この取引は「PayPal 自動支払い」で処理されました（請求書ID: B-{upid(17)}）。

PayPalのサポートページ：https://www.paypal.com/jp/smarthelp/home
PayPal Pte. Ltd.
"""
    html = html_page(
        "PayPal",
        '<tr><td style="padding:24px;">'
        '<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40">'
        + paras(text.replace("PayPal\n\n", "", 1))
        + "</td></tr>",
        "'Helvetica Neue',Arial,sans-serif",
    )
    add(
        dt.datetime(2026, 2, 14, 14, 2, 33, tzinfo=JST),
        "paypal",
        "nintendo-shiharai",
        ("PayPal", "service@paypal.jp"),
        "Nintendo Co., Ltd.へのお支払いの領収書",
        ["Nintendo Switch Online"],
        text=text,
        html=html,
        enc="qp",
    )
    add(
        dt.datetime(2026, 5, 3, 20, 44, 3, tzinfo=JST),
        "nintendo",
        "gokonyu-meisai",
        F,
        "[ニンテンドーeショップ] ご購入明細",
        [],
        enc="qp",
        text="""ソヨン 様

ニンテンドーeショップをご利用いただき、ありがとうございます。
以下の内容でご購入手続きが完了しました。

ご購入日時：2026/05/03 20:43
ニンテンドーアカウント：soyeon_p
商品名：あつまれ どうぶつの森 ハッピーホームパラダイス（追加コンテンツ）
お支払金額：2,500円（税込）
お支払い方法：ニンテンドープリペイド番号

任天堂株式会社
""",
    )


# ---------------------------------------------------------------- お名前.com (ISO-2022-JP)
def onamae():
    F = ("お名前.com", "info@onamae.com")
    foot = """
■━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━■
　お名前.com　https://www.onamae.com/
　GMOインターネットグループ株式会社
■━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━■"""
    add(
        dt.datetime(2026, 2, 13, 9, 0, 5, tzinfo=JST),
        "onamae",
        "jidokoshin-yotei",
        F,
        "[お名前.com]ドメイン自動更新予定のお知らせ",
        ["お名前.com"],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

お名前.comをご利用いただき、誠にありがとうございます。
以下のドメインは自動更新が設定されており、更新期限日に自動で更新されます。

-------------------------------------------------------
ドメイン名　　　：soyeonpark.com
更新期限日　　　：2026/03/13
更新年数　　　　：1年
更新料金　　　　：1,628円(税込)
サービス維持調整費：114円(税込)
お支払い方法　　：クレジットカード
-------------------------------------------------------

※更新を希望されない場合は、更新期限日の前日までにお名前.com Naviにて
　自動更新設定を解除してください。
{foot}""",
    )
    add(
        dt.datetime(2026, 3, 13, 4, 12, 51, tzinfo=JST),
        "onamae",
        "koshin-kanryo",
        F,
        "[お名前.com]ドメイン更新完了通知",
        ["お名前.com"],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

お名前.comをご利用いただき、誠にありがとうございます。
以下のドメインの更新手続きが完了いたしました。

[ご請求情報]
請求番号　　　　：{digits(9)}
ドメイン名　　　：soyeonpark.com
更新年数　　　　：1年
新有効期限　　　：2027/03/13
ご請求金額　　　：1,742円(税込)
　（内訳：ドメイン更新料金 1,628円　サービス維持調整費 114円）
お支払い方法　　：クレジットカード
{foot}""",
    )
    add(
        dt.datetime(2026, 8, 5, 12, 0, 0, tzinfo=JST),
        "onamae",
        "campaign",
        F,
        "[お名前.com]人気ドメインが1円〜！夏の大感謝キャンペーン",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

＼夏の大感謝キャンペーン開催中／
.shop　.online　.site など人気ドメインが1年目1円〜！
レンタルサーバー「RSプラン」月額990円〜とセットでさらにおトク。

キャンペーン期間：2026/08/05〜2026/08/31
https://www.onamae.com/campaign/

※2年目以降は通常の更新料金がかかります。
{foot}""",
    )


# ---------------------------------------------------------------- モバイルSuica 定期券 (ISO-2022-JP), quarterly
def suica():
    F = ("モバイルSuica", "info@mobilesuica.com")
    passes = [
        (dt.date(2025, 12, 1), "中野", "渋谷", 14960),
        (dt.date(2026, 3, 1), "中野", "渋谷", 14960),
        (dt.date(2026, 6, 1), "中野", "渋谷", 14960),
        (dt.date(2026, 9, 1), "荻窪", "渋谷", 20150),
    ]
    for i, (d, a, b, price) in enumerate(passes):
        end = add_months(d, 3) - dt.timedelta(days=1)
        buy = d - dt.timedelta(days=(0, 2, 4, 0)[i])
        add(
            dt.datetime(buy.year, buy.month, buy.day, 7, 40 + i, 5, tzinfo=JST),
            "mobilesuica",
            "teikiken-konyu",
            F,
            "【モバイルSuica】定期券購入のお知らせ",
            ["モバイルSuica 定期券"],
            charset="iso-2022-jp",
            enc="7bit",
            text=f"""{ME_JA} 様

モバイルSuicaをご利用いただき、ありがとうございます。
以下の内容で定期券を購入しました。

購入日時　　：{buy:%Y年%m月%d日} 07:{40 + i}
定期券種別　：通勤定期（{"新規" if i in (0, 3) else "継続"}）
区間　　　　：{a} ⇔ {b}（経由：新宿）
有効期間　　：{d:%Y年%m月%d日}〜{end:%Y年%m月%d日}（3ヵ月）
発売額　　　：{yen(price)}円
決済方法　　：クレジットカード（ビューカード）

※定期券の払いもどし・区間変更は、モバイルSuicaアプリの「チケット購入・Suica管理」から
　お手続きください（手数料220円）。

東日本旅客鉄道株式会社　モバイルSuica
https://www.jreast.co.jp/mobilesuica/
""",
        )


# ---------------------------------------------------------------- ChatGPT Plus (OpenAI via Stripe), English
def openai():
    F = ("OpenAI", "noreply@tm.openai.com")
    rec = f"{digits(4)}-{digits(4)}"
    inv = upid(8)
    for k, m in enumerate(range(6, 12)):
        d = dt.date(2026, m, 9)
        nxt = add_months(d, 1)
        recno = f"{rec[:5]}{int(rec[5:]) + k:04d}"
        period = f"{d:%b} {d.day} – {nxt:%b} {nxt.day}, {nxt.year}"
        text = f"""OpenAI, LLC

Receipt from OpenAI, LLC
$22.00
Paid {d:%B} {d.day}, {d.year}

Receipt number      {recno}
Invoice number      {inv}-{k + 1:04d}
Payment method      Visa - 4821

Receipt #{recno}
{d:%B} {d.day}, {d.year}

ChatGPT Plus Subscription
{period}
Qty 1                               $20.00

Subtotal                            $20.00
JCT - Japan (10% on $20.00)          $2.00
Total                               $22.00
Amount paid                         $22.00

Questions? Visit https://help.openai.com/en/

You're receiving this email because you made a purchase at OpenAI, LLC,
which partners with Stripe to provide invoicing and payment processing.
"""
        rows = "".join(
            f'<tr><td style="padding:6px 0;color:#414552;">{a}</td><td align="right" style="padding:6px 0;">{b}</td></tr>'
            for a, b in [
                (
                    'ChatGPT Plus Subscription<br><span style="color:#687385;font-size:12px;">'
                    f"{period} · Qty 1</span>",
                    "$20.00",
                ),
                ("Subtotal", "$20.00"),
                ("JCT - Japan (10% on $20.00)", "$2.00"),
                ("<b>Total</b>", "<b>$22.00</b>"),
                ("Amount paid", "$22.00"),
            ]
        )
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Receipt</title></head>'
            "<body style=\"background:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,sans-serif;\">"
            '<table width="100%"><tr><td align="center"><table width="480" style="background:#fff;">'
            '<tr><td style="padding:32px;"><div style="color:#687385;">Receipt from OpenAI, LLC</div>'
            f'<div style="font-size:36px;">$22.00</div><div style="color:#687385;">Paid {d:%B} {d.day}, {d.year}</div></td></tr>'
            f'<tr><td style="padding:0 32px;font-size:14px;">Receipt number {recno}<br>Invoice number {inv}-{k + 1:04d}<br>'
            "Payment method Visa - 4821</td></tr>"
            f'<tr><td style="padding:24px 32px;"><table width="100%" style="font-size:14px;">{rows}</table></td></tr>'
            '<tr><td style="padding:0 32px 32px;color:#687385;font-size:12px;">Questions? Visit '
            '<a href="https://help.openai.com/en/">help.openai.com</a><br>You\'re receiving this email because you made '
            "a purchase at OpenAI, LLC, which partners with Stripe to provide invoicing and payment processing.</td></tr>"
            "</table></td></tr></table></body></html>\n"
        )
        add(
            dt.datetime(2026, m, 9, 2, 17, 5 + k, tzinfo=UTC),
            "openai",
            "receipt",
            F,
            f"Your receipt from OpenAI, LLC #{recno}",
            ["ChatGPT Plus"],
            text=text,
            html=html,
            enc="qp",
            msgid_domain="stripe.com",
        )


# ---------------------------------------------------------------- Netflix (alt QP)
def netflix_html(body: str) -> str:
    inner = (
        '<tr><td style="padding:24px 40px 0;"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" '
        'alt="Netflix" width="24"></td></tr>\n'
        f'<tr><td style="padding:20px 40px;font-size:14px;color:#221f1f;">{body}</td></tr>\n'
        '<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6;">Netflix合同会社<br>'
        "このメッセージはNetflixアカウントのご登録メールアドレス宛に送信されました。</td></tr>"
    )
    return html_page("Netflix", inner, "'Netflix Sans',Helvetica,Arial,sans-serif")


def netflix():
    F = ("Netflix", "info@account.netflix.com")
    text = f"""{ME_JA}様

新しいデバイスからNetflixアカウントへのサインインがありました。

デバイス：Samsung Smart TV
場所：東京都（日本）
日時：2026年3月8日 21:14 JST

お客様ご本人のサインインであれば、対応は不要です。
心当たりがない場合は、パスワードを変更してください：https://www.netflix.com/password

Netflixチーム
"""
    add(
        dt.datetime(2026, 3, 8, 12, 15, 2, tzinfo=UTC),
        "netflix",
        "new-signin",
        F,
        "新しいデバイスからのサインイン",
        [],
        text=text,
        html=netflix_html(paras(text)),
        enc="qp",
    )
    text = f"""{ME_JA}様

今週Netflixに登場する新作をチェック！

・『イカゲーム』シーズン3 特別編
・『忍びの家』シーズン2
・『ザ・グローリー』監督の新作ドラマ

今すぐ視聴：https://www.netflix.com/browse

配信停止：https://www.netflix.com/notificationsettings
"""
    add(
        dt.datetime(2026, 6, 20, 9, 0, 11, tzinfo=UTC),
        "netflix",
        "shinchaku",
        ("Netflix", "info@mailer.netflix.com"),
        "今週の新作をお見逃しなく",
        [],
        text=text,
        html=netflix_html(paras(text)),
        enc="qp",
    )
    text = f"""{ME_JA}様

Netflixのメンバーシップ料金の変更についてお知らせします。

Netflixではこれからも、多彩なエンターテインメントをお届けしてまいります。
これに伴い、お客様のスタンダードプランの料金は、2026年10月14日以降のご請求から
月額1,890円（税込）に変更されます（現在の料金：月額1,590円（税込））。

プランの変更・解約は、アカウントページからいつでも行えます。
https://www.netflix.com/account

ご不明な点がございましたら、ヘルプセンターをご覧ください。
https://help.netflix.com/

Netflixチーム
"""
    add(
        dt.datetime(2026, 9, 15, 10, 31, 47, tzinfo=UTC),
        "netflix",
        "ryokin-henko",
        F,
        "Netflixのご利用料金の変更について",
        ["Netflix"],
        text=text,
        html=netflix_html(paras(text)),
        enc="qp",
    )


# =========================================================================== everything else (no truth)


def rakuten():
    card = ("楽天カード", "info@mail.rakuten-card.co.jp")
    foot = "\n--------------------------------------------------\n楽天カード株式会社\nhttps://www.rakuten-card.co.jp/\n※本メールは送信専用です。\n"
    for when, rows, labels in [
        (dt.datetime(2026, 3, 5, 20, 10, 4, tzinfo=JST), [("2026/03/05", "UBER *EATS", 3240)], []),
        (dt.datetime(2026, 10, 15, 9, 5, 31, tzinfo=JST), [("2026/10/14", "NETFLIX.COM", 1890)], ["Netflix"]),
    ]:
        lines = "\n".join(
            f"■利用日: {d}\n■利用先: {s}\n■利用者: 本人\n■支払方法: 1回\n■利用金額: {yen(v)} 円"
            for d, s, v in rows
        )
        add(
            when,
            "rakutencard",
            "card-riyo",
            card,
            "カード利用のお知らせ(本人ご利用分)",
            labels,
            charset="iso-2022-jp",
            enc="7bit",
            text=f"""{ME_JA} 様

楽天カードをご利用いただき誠にありがとうございます。
お客様のカードご利用内容が弊社に届きましたのでご案内いたします。

《ご利用内容》
■カード名称: 楽天カード（Visa）
{lines}

ご利用内容の詳細は楽天e-NAVIでご確認いただけます。
https://www.rakuten-card.co.jp/e-navi/
{foot}""",
        )
    add(
        dt.datetime(2026, 8, 12, 9, 0, 44, tzinfo=JST),
        "rakutencard",
        "seikyu-kakutei",
        card,
        "【楽天カード】ご請求金額確定のお知らせ",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

いつも楽天カードをご利用いただきありがとうございます。
2026年08月27日お支払い分のご請求金額が確定しましたのでお知らせいたします。

■カード名称：楽天カード（Visa）
■お支払日：2026年08月27日
■ご請求金額：87,432円
■お支払口座：三井住友銀行

ご請求明細は楽天e-NAVIでご確認ください。
https://www.rakuten-card.co.jp/e-navi/
{foot}""",
    )
    shop = ("楽天市場", "order@rakuten.co.jp")
    for when, shopname, item, price, ship in [
        (
            dt.datetime(2026, 1, 15, 21, 33, 12, tzinfo=JST),
            "お米の専門店 米蔵",
            "新米 魚沼産コシヒカリ 5kg 令和7年産",
            4980,
            0,
        ),
        (
            dt.datetime(2026, 7, 10, 22, 8, 40, tzinfo=JST),
            "カーテンくれない",
            "遮光1級 カーテン 2枚組 幅100×丈200cm",
            6980,
            550,
        ),
    ]:
        total = price + ship
        add(
            when,
            "rakutenichiba",
            "chumon-kakunin",
            shop,
            "【楽天市場】注文内容ご確認（自動配信メール）",
            [],
            charset="iso-2022-jp",
            enc="7bit",
            text=f"""{ME_JA} 様

このたびは楽天市場をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。（このメールは自動送信です）

[店舗名] {shopname}
[受注番号] {digits(6)}-{when:%Y%m%d}-{digits(10)}
[日時] {when:%Y-%m-%d %H:%M:%S}
[商品] {item}
　価格 {yen(price)}(円) x 個数 1 = 合計 {yen(price)}(円)
**************************************************
小計　　 {yen(price)}(円)
送料　　 {yen(ship)}(円)
合計金額 {yen(total)}(円)（税込）
[お支払い方法] クレジットカード決済
**************************************************
楽天市場　https://www.rakuten.co.jp/
""",
        )
    add(
        dt.datetime(2026, 7, 22, 0, 14, 2, tzinfo=JST),
        "rakuten",
        "password-saisettei",
        ("楽天会員サービス", "member@rakuten.co.jp"),
        "【楽天】パスワード再設定のご案内",
        [],
        enc="qp",
        text=f"""{ME_JA} 様

楽天会員のパスワード再設定のリクエストを受け付けました。
以下のURLから24時間以内に新しいパスワードを設定してください。

https://member.id.rakuten.co.jp/rms/nid/pwreset?t={hexid(32)}

お心当たりのない場合は、このメールを破棄してください。

楽天グループ株式会社
""",
    )
    add(
        dt.datetime(2026, 3, 10, 12, 0, 0, tzinfo=JST),
        "rakutenmobile",
        "saikyo-plan",
        ("楽天モバイル", "news@mobile.rakuten.co.jp"),
        "【楽天モバイル】データ無制限で3,278円（税込）！今なら乗り換えで14,000ポイント",
        [],
        enc="qp",
        text="""楽天モバイルからのお知らせ

Rakuten最強プラン
データ使い放題でも月額3,278円（税込）※
3GBまでなら1,078円（税込）、20GBまでなら2,178円（税込）

他社から乗り換え（MNP）で14,000ポイントプレゼント！
お申し込み：https://network.mobile.rakuten.co.jp/

※通話料等別
配信停止：https://network.mobile.rakuten.co.jp/mail/
""",
        html=html_page(
            "楽天モバイル",
            '<tr><td style="padding:20px;background:#bf0000;color:#fff;font-size:22px;">'
            'Rakuten最強プラン 月額3,278円（税込）</td></tr><tr><td style="padding:20px;">'
            + paras(
                "データ使い放題でも月額3,278円（税込）※\n3GBまでなら1,078円（税込）、20GBまでなら2,178円（税込）\n\n"
                "他社から乗り換え（MNP）で14,000ポイントプレゼント！\n\n※通話料等別"
            )
            + "</td></tr>",
        ),
    )


def food_rides():
    for when, shop, items, total in [
        (
            dt.datetime(2026, 1, 24, 11, 52, 0, tzinfo=UTC),
            "マクドナルド 中野駅前店",
            [("ビッグマック セット", 1, 890), ("チキンマックナゲット 15ピース", 1, 790)],
            2150,
        ),
        (
            dt.datetime(2026, 8, 9, 10, 31, 0, tzinfo=UTC),
            "本格韓国料理 ソウル家 荻窪店",
            [("チーズダッカルビ（2人前）", 1, 2680), ("チャプチェ", 1, 980)],
            4310,
        ),
    ]:
        sub = sum(q * p for _, q, p in items)
        fee = total - sub
        lines = "\n".join(f"{q}  {n}  ¥{yen(p)}" for n, q, p in items)
        text = f"""Uber Eats

ご注文ありがとうございました、ソヨンさん

合計 ¥{yen(total)}
{when.astimezone(JST):%Y年%m月%d日}

{shop}
{lines}

小計          ¥{yen(sub)}
配送手数料・サービス料  ¥{yen(fee)}
合計          ¥{yen(total)}

支払い  Visa ••••4821

Uber Eats Japan合同会社
"""
        add(
            when,
            "ubereats",
            "gochumon",
            ("Uber Eats", "noreply@uber.com"),
            f"{when.astimezone(JST):%Y年%m月%d日}のUber Eatsのご注文",
            [],
            text=text,
            html=html_page(
                "Uber Eats",
                '<tr><td style="padding:24px;">' + paras(text) + "</td></tr>",
                "UberMove,'Helvetica Neue',sans-serif",
            ),
            enc="qp",
        )
    for when, a, b, fare in [
        (dt.datetime(2026, 2, 14, 23, 48, 0, tzinfo=JST), "新宿三丁目", "中野区中野5丁目", 3400),
        (dt.datetime(2026, 9, 19, 0, 22, 0, tzinfo=JST), "渋谷駅 西口", "杉並区荻窪3丁目", 5880),
    ]:
        add(
            when,
            "go",
            "goriyo-meisai",
            ("GO", "no-reply@go.mo-t.com"),
            "【GO】ご利用明細",
            [],
            enc="b64",
            text=f"""GOをご利用いただきありがとうございます。

ご利用日時：{when:%Y/%m/%d %H:%M}
乗車地：{a}
降車地：{b}
運賃：{yen(fare - 100)}円
GO アプリ手配料：100円
お支払い金額：{yen(fare)}円（税込）
お支払い方法：GO Pay（Visa ****4821）

領収書はアプリの「ご利用履歴」から発行できます。
株式会社GO
""",
        )
    add(
        dt.datetime(2026, 4, 11, 19, 5, 0, tzinfo=JST),
        "demaekan",
        "chumon-kanryo",
        ("出前館", "info@demae-can.com"),
        "【出前館】ご注文を承りました",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

出前館をご利用いただきありがとうございます。
以下の内容でご注文を承りました。

店舗名：ピザーラ 中野店
お届け予定：19:45〜20:05
ご注文内容：
　クォーター・クォーター（M）　3,240円
　ポテトフライ　　　　　　　　　550円
配達料：　　　　　　　　　　　　　330円
お支払い金額：4,120円（税込）
お支払い方法：クレジットカード
""",
    )


def travel():
    add(
        dt.datetime(2026, 4, 28, 22, 40, 0, tzinfo=JST),
        "eki-net",
        "yoyaku",
        ("えきねっと", "info@eki-net.com"),
        "【えきねっと】ご予約内容のお知らせ",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

えきねっとをご利用いただき、ありがとうございます。
以下の内容で予約を受け付けました。

■乗車日：2026年5月3日
■列車名：やまびこ53号
■乗車区間：東京(10:04発) → 仙台(11:40着)
■座席：普通車指定席　7号車 11番D・E
■人数：おとな2名
■お支払い金額：22,420円
■お支払い方法：クレジットカード

きっぷの受け取り：チケットレス（新幹線eチケット）

東日本旅客鉄道株式会社
""",
    )
    add(
        dt.datetime(2025, 12, 20, 14, 31, 0, tzinfo=JST),
        "koreanair",
        "e-ticket",
        ("Korean Air", "koreanair@koreanair.com"),
        "Korean Air e-Ticket Itinerary / Receipt (HND-GMP)",
        [],
        enc="qp",
        text=f"""KOREAN AIR e-Ticket Itinerary / Receipt

Passenger Name   PARK/SEOYEON MS
                 SATO/KENTA MR
Booking Reference   {upid(6)}
Ticket Number       180-{digits(10)}, 180-{digits(10)}

KE2102  14FEB26  TOKYO HANEDA (HND) 11:05 -> SEOUL GIMPO (GMP) 13:35  ECONOMY
KE2103  19FEB26  SEOUL GIMPO (GMP) 14:55 -> TOKYO HANEDA (HND) 17:10  ECONOMY

Fare            JPY 108,000
Taxes/Fees      JPY 20,640
Total           JPY 128,640
Form of Payment  VI XXXXXXXXXXXX4821

Thank you for choosing Korean Air.
""",
    )
    add(
        dt.datetime(2026, 9, 1, 23, 5, 0, tzinfo=JST),
        "peach",
        "yoyaku-kakunin",
        ("Peach Aviation", "noreply@flypeach.com"),
        "【Peach】ご予約確認（予約番号：" + upid(6) + "）",
        [],
        enc="b64",
        text=f"""{ME_JA} 様

Peachをご予約いただき、誠にありがとうございます。

■便名：MM807　2026/10/02（金）成田(NRT) 08:55 → 釜山(PUS) 11:35
■便名：MM808　2026/10/05（月）釜山(PUS) 12:25 → 成田(NRT) 14:35
■搭乗者：PARK SEOYEON 様
■運賃タイプ：スタンダードピーチ
■お支払い総額：38,460円（税込・諸税込）

Peach Aviation株式会社
""",
    )
    add(
        dt.datetime(2026, 9, 5, 15, 2, 0, tzinfo=UTC),
        "agoda",
        "booking-confirmation",
        ("Agoda", "no-reply@agoda.com"),
        "Booking Confirmation - Hotel Haeundae Sea View - ID " + digits(10),
        [],
        enc="qp",
        text="""Dear Seoyeon Park,

Your booking is confirmed!

Hotel Haeundae Sea View, Busan, South Korea
Check-in:  Fri, October 2, 2026 (from 15:00)
Check-out: Mon, October 5, 2026 (until 11:00)
Room: Deluxe Double Room, Ocean View - 1 room, 2 adults, 3 nights

Total charged: KRW 248,000 (incl. taxes and fees)
Paid with Visa ending 4821 on Sep 5, 2026

Manage your booking: https://www.agoda.com/account/bookings
""",
    )


def money_people():
    add(
        dt.datetime(2026, 3, 20, 20, 12, 0, tzinfo=JST),
        "mercari",
        "konyu",
        ("メルカリ", "no-reply@mercari.jp"),
        "「ル・クルーゼ ココット・ロンド 20cm」を購入しました",
        [],
        enc="b64",
        text="""ソヨン さん

商品を購入しました。出品者からの発送をお待ちください。

商品名：ル・クルーゼ ココット・ロンド 20cm
商品代金：12,800円
支払い方法：メルペイ残高
配送料：出品者負担

株式会社メルカリ
""",
    )
    add(
        dt.datetime(2026, 6, 25, 9, 40, 0, tzinfo=JST),
        "mercari",
        "ureta",
        ("メルカリ", "no-reply@mercari.jp"),
        "「IKEA ソファ 2人掛け」が売れました",
        [],
        enc="b64",
        text="""ソヨン さん

出品した商品が売れました。商品を発送してください。

商品名：IKEA ソファ 2人掛け
販売価格：8,000円
販売手数料：800円
販売利益：7,200円

株式会社メルカリ
""",
    )
    add(
        dt.datetime(2026, 5, 3, 22, 10, 0, tzinfo=JST),
        "paypay",
        "uketori",
        ("PayPay", "no-reply@paypay.ne.jp"),
        "【PayPay】田中 美咲さんから3,500円を受け取りました",
        [],
        enc="qp",
        text="""田中 美咲さんから 3,500円 を受け取りました。

メッセージ：昨日の焼肉代！ありがとう〜

受け取り日時：2026/05/03 22:10
受け取った金額はPayPay残高に加算されました。

PayPay株式会社
""",
    )
    add(
        dt.datetime(2026, 8, 1, 8, 2, 0, tzinfo=JST),
        "paypay",
        "charge",
        ("PayPay", "no-reply@paypay.ne.jp"),
        "【PayPay】チャージが完了しました",
        [],
        enc="qp",
        text="""PayPay残高へのチャージが完了しました。

チャージ金額：10,000円
チャージ方法：三井住友銀行
日時：2026/08/01 08:02

PayPay株式会社
""",
    )
    add(
        dt.datetime(2026, 2, 19, 18, 30, 0, tzinfo=JST),
        "kakaopay",
        "songgeum",
        ("카카오페이", "noreply@kakaopay.com"),
        "[카카오페이] 엄마님이 송금했어요",
        [],
        enc="b64",
        text=f"""{ME_KO}님, 엄마님이 300,000원을 보냈어요.

메시지: 설날 용돈이야~ 서연이 도쿄에서 건강하게 잘 지내 ♥

받은 일시: 2026.02.19 18:30
받은 돈은 카카오페이머니에 충전되었어요.
""",
    )
    add(
        dt.datetime(2026, 10, 3, 10, 14, 0, tzinfo=JST),
        "toss",
        "songgeum-wanryo",
        ("토스", "no-reply@toss.im"),
        "김민지님에게 187,000원을 보냈어요",
        [],
        enc="b64",
        text="""송금 완료

받는 분: 김민지 (카카오뱅크 3333-**-****562)
보낸 금액: 187,000원
메모: 부산여행 정산
수수료: 0원
일시: 2026년 10월 3일 10:14

토스 (비바리퍼블리카)
""",
    )
    add(
        dt.datetime(2026, 9, 30, 23, 2, 0, tzinfo=JST),
        "minji",
        "busan-jeongsan",
        ("김민지", "minji.kim92@naver.com"),
        "부산여행 정산했어!",
        [],
        enc="b64",
        text="""서연아~ 부산 여행 너무 재밌었어 ㅎㅎ

정산해봤는데
숙소 248,000원 (네가 아고다로 결제한 거 빼고)
렌트카 132,000원 + 기름값 41,000원
저녁 해산물 196,000원 (내가 결제)
→ 1인당 187,000원씩 나한테 보내주면 돼!

토스로 보내줘~ 담엔 제주 가자!!
민지
""",
    )
    add(
        dt.datetime(2026, 7, 5, 19, 30, 0, tzinfo=JST),
        "kazuko",
        "hikkoshi-iwai",
        ("佐藤和子", "kazuko.sato@ezweb.ne.jp"),
        "引越し祝い",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text="""ソヨンさん、健太

お引越しお疲れさまでした。新しいお部屋はどうですか？
ささやかですが、お祝いとして健太の口座に5万円振り込んでおきました。
カーテンか何か、二人で好きなものを買ってね。

落ち着いたら荻窪にも遊びに行かせてください。
暑いので体に気をつけて。

母より
""",
    )
    add(
        dt.datetime(2026, 11, 27, 22, 41, 0, tzinfo=JST),
        "kenta",
        "ryoko-tsumitate",
        ("佐藤健太", KENTA),
        "旅行積立と年末の件",
        [],
        enc="b64",
        to=f"{formataddr(('Seoyeon', ME))}",
        text="""ソヨン

今月の旅行積立、2万円を共通口座に入れておいた。これで合計18万円。
年末のソウル行き、航空券は12月頭に取ろう。

あと忘年会の会費5,000円、立て替えてくれてありがとう。明日PayPayで送るね。

健太
""",
    )


def banks():
    add(
        dt.datetime(2026, 4, 24, 9, 1, 0, tzinfo=JST),
        "smbc",
        "nyushukkin",
        ("三井住友銀行", "info@dn.smbc.co.jp"),
        "【三井住友銀行】入出金のお知らせ",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

いつも三井住友銀行をご利用いただき、ありがとうございます。
お客さまの口座で入金がありましたのでお知らせします。

日時：2026年4月24日 09:00
口座：普通預金 ***4417
お取引内容：振込入金
お振込人：カ）デザインスタジオミナト
金額：312,480円

三井住友銀行
""",
    )
    add(
        dt.datetime(2026, 9, 22, 20, 31, 0, tzinfo=JST),
        "shinhancard",
        "seungin",
        ("신한카드", "shinhancard@shinhancard.com"),
        "[신한카드] 승인 안내",
        [],
        charset="euc-kr",
        enc="b64",
        text=f"""[신한카드 승인]
{ME_KO}님
신한카드(5529) 승인
금액: 52,300원 (일시불)
일시: 09/22 20:31
가맹점: 쿠팡(주)
누적금액: 412,600원
""",
    )
    add(
        dt.datetime(2026, 2, 20, 10, 0, 0, tzinfo=JST),
        "etax",
        "message-box",
        ("国税庁 e-Tax", "info@e-tax.nta.go.jp"),
        "【e-Tax】メッセージボックスに新しいお知らせが届いています",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

e-Taxのメッセージボックスに新しいお知らせが格納されました。
e-Taxにログインのうえ、内容をご確認ください。

件名：申告書等送信票（兼送付書）：受付完了
（令和7年分 所得税及び復興特別所得税 確定申告書）

https://clientweb.e-tax.nta.go.jp/

※本メールは送信専用です。
国税庁
""",
    )
    for when, city, item, amount in [
        (
            dt.datetime(2025, 12, 28, 23, 40, 0, tzinfo=JST),
            "北海道 白糠町",
            "いくら醤油漬け 500g（250g×2）",
            12000,
        ),
        (dt.datetime(2026, 11, 8, 21, 15, 0, tzinfo=JST), "宮崎県 都城市", "宮崎牛 切り落とし 1kg", 10000),
    ]:
        add(
            when,
            "satofull",
            "kifu-kanryo",
            ("さとふる", "info@satofull.jp"),
            "【さとふる】寄付お申し込み完了のお知らせ",
            [],
            enc="qp",
            text=f"""{ME_JA} 様

さとふるをご利用いただき、ありがとうございます。
以下の内容で寄付のお申し込みを受け付けました。

寄付先：{city}
お礼品：{item}
寄付金額：{yen(amount)}円
決済方法：クレジットカード
寄付日：{when:%Y年%m月%d日}

ワンストップ特例申請書は寄付先自治体より送付されます。
株式会社さとふる
""",
        )


def marketing():
    add(
        dt.datetime(2026, 4, 30, 22, 14, 0, tzinfo=JST),
        "unext",
        "trial-moushikomi",
        ("U-NEXT", "info@unext.jp"),
        "【U-NEXT】31日間無料トライアルのお申し込みが完了しました",
        [],
        enc="b64",
        text=f"""{ME_JA} 様

U-NEXTにご登録いただき、ありがとうございます。

■ご契約内容
月額プラン　2,189円（税込）
無料トライアル期間：2026年4月30日〜2026年5月30日
※無料トライアル期間中に解約された場合、月額料金は発生しません。
※2026年5月31日以降は自動的に月額プランへ移行し、月額2,189円（税込）が発生します。

株式会社U-NEXT
""",
    )
    add(
        dt.datetime(2026, 5, 25, 21, 3, 0, tzinfo=JST),
        "unext",
        "kaiyaku-kanryo",
        ("U-NEXT", "info@unext.jp"),
        "【U-NEXT】解約手続き完了のお知らせ",
        [],
        enc="b64",
        text=f"""{ME_JA} 様

U-NEXTをご利用いただき、ありがとうございました。
月額プランの解約手続きが完了しました。

解約日：2026年5月25日
無料トライアル期間中の解約のため、月額料金は発生しません。

またのご利用をお待ちしております。
株式会社U-NEXT
""",
    )
    add(
        dt.datetime(2026, 7, 15, 12, 0, 0, tzinfo=JST),
        "dazn",
        "nenkan-plan",
        ("DAZN", "news@mail.dazn.com"),
        "DAZN年間プラン（一括払い）が今だけ32,000円",
        [],
        enc="qp",
        text="""J.LEAGUE、プロ野球、F1、ボクシング。すべてDAZNで。

DAZN Standard
・月々払い　月額4,200円（税込）
・年間プラン（一括払い）32,000円（税込）← 月あたり約2,667円

今すぐ加入：https://www.dazn.com/ja-JP/welcome

配信停止はこちら
""",
        html=html_page(
            "DAZN",
            '<tr><td style="background:#0c161c;color:#f8fc00;padding:24px;font-size:24px;">DAZN 年間プラン 32,000円</td></tr>'
            '<tr><td style="padding:20px;"><table width="100%" border="1" cellpadding="8" style="border-collapse:collapse;">'
            "<tr><th>プラン</th><th>料金（税込）</th></tr><tr><td>月々払い</td><td>4,200円/月</td></tr>"
            "<tr><td>年間プラン（一括払い）</td><td>32,000円/年</td></tr></table></td></tr>",
        ),
    )
    add(
        dt.datetime(2026, 11, 20, 18, 0, 0, tzinfo=JST),
        "disneyplus",
        "black-friday",
        ("ディズニープラス", "disneyplus@mail.disneyplus.com"),
        "【ブラックフライデー】ディズニープラス年額プラン 初年度4,950円",
        [],
        enc="qp",
        text="""ブラックフライデー限定！

ディズニープラス スタンダード 年額プラン
通常 13,200円（税込）→ 初年度 4,950円（税込）

11月20日〜12月1日まで。
https://www.disneyplus.com/ja-jp
""",
        html=html_page(
            "Disney+",
            '<tr><td style="padding:24px;background:#040714;color:#fff;">'
            '<h1 style="font-size:22px;">ブラックフライデー限定</h1>'
            "<p>スタンダード 年額プラン<br><s>13,200円</s> → <b>4,950円</b>（税込・初年度）</p></td></tr>",
        ),
    )
    add(
        dt.datetime(2026, 6, 1, 16, 0, 0, tzinfo=UTC),
        "spotify",
        "premium-offer",
        ("Spotify", "no-reply@spotify.com"),
        "Try 3 months of Premium for ¥0",
        [],
        enc="qp",
        text="""Limited time offer

Get 3 months of Spotify Premium Individual for ¥0.
Ad-free music, offline listening, play in any order.

Only ¥1,080/month after. Cancel anytime.
Offer ends July 1, 2026. Terms apply.

https://www.spotify.com/jp/premium/
""",
    )
    add(
        dt.datetime(2026, 8, 20, 8, 0, 0, tzinfo=JST),
        "note",
        "weekly-digest",
        ("note", "noreply@note.com"),
        "今週のおすすめ記事｜note",
        [],
        enc="b64",
        text="""今週のおすすめ記事

・フリーランスデザイナーの確定申告、はじめの一歩
・韓国と日本、2つの国で暮らして気づいたこと
・30代からの筋トレは「週2回・20分」で十分

https://note.com/

配信設定の変更：https://note.com/settings/notifications
""",
    )
    add(
        dt.datetime(2026, 11, 25, 11, 0, 0, tzinfo=JST),
        "oliveyoung",
        "black-friday",
        ("올리브영", "oliveyoung@cjolive.com"),
        "(광고) 올영 블랙프라이데이 최대 70% 할인 🎁",
        [],
        enc="b64",
        text="""(광고) 올리브영 글로벌몰

올영 블프 단 5일!
스킨케어·메이크업 최대 70% 할인
일본 배송비 무료 (USD 60 이상 구매 시)

https://global.oliveyoung.com/

수신거부: 마이페이지 > 알림 설정
""",
    )
    add(
        dt.datetime(2026, 6, 10, 17, 20, 0, tzinfo=JST),
        "sakai",
        "mitsumori",
        ("サカイ引越センター", "info@hikkoshi-sakai.co.jp"),
        "【サカイ引越センター】お見積り内容のご案内",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

このたびはサカイ引越センターにお見積りをご依頼いただき、誠にありがとうございました。

■お引越し日：2026年7月4日（土）午前便
■旧居：東京都中野区中野五丁目
■新居：東京都杉並区荻窪三丁目
■作業員：3名　トラック：2tロング
■お見積り金額：86,900円（税込）
　（段ボール50枚・ハンガーボックス無料貸出を含む）

ご成約の際は担当までご連絡ください。
サカイ引越センター 中野支社
""",
    )
    add(
        dt.datetime(2026, 10, 2, 13, 0, 0, tzinfo=JST),
        "clinic",
        "yoyaku-kakunin",
        ("荻窪みなみ歯科", "reserve@ogikubo-minami-dental.jp"),
        "ご予約確認のお知らせ",
        [],
        enc="b64",
        text=f"""{ME_JA} 様

以下の日時でご予約を承りました。

日時：2026年10月9日（金）19:00〜
内容：定期検診・クリーニング
持ち物：保険証（マイナ保険証）

変更・キャンセルは前日までにお電話ください（03-xxxx-xxxx）。
荻窪みなみ歯科
""",
    )
    add(
        dt.datetime(2026, 5, 5, 15, 12, 0, tzinfo=JST),
        "tohocinemas",
        "konyu-kanryo",
        ("TOHOシネマズ", "vit@tohotheater.jp"),
        "【TOHOシネマズ】チケット購入完了のお知らせ",
        [],
        charset="iso-2022-jp",
        enc="7bit",
        text=f"""{ME_JA} 様

TOHOシネマズをご利用いただきありがとうございます。

劇場：TOHOシネマズ 新宿
作品：名探偵コナン（字幕なし）
上映日時：2026年5月5日（火）18:30〜
座席：J-12、J-13
券種：一般 2,000円 × 2
合計：4,000円（税込）
購入番号：{digits(8)}
""",
    )


# =========================================================================== truth and output

TRUTH = [
    dict(
        name="ahamo",
        aliases=["NTTドコモ", "docomo", "ドコモ"],
        amount="3194",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-30",
        kind="bill",
    ),
    dict(
        name="東京電力",
        aliases=["東京電力エナジーパートナー", "TEPCO", "くらしTEPCO web"],
        amount=None,
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal=None,
        kind="bill",
    ),
    dict(
        name="東京ガス",
        aliases=["Tokyo Gas", "myTOKYOGAS"],
        amount=None,
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal=None,
        kind="bill",
    ),
    dict(
        name="NHK受信料",
        aliases=["NHK", "日本放送協会", "放送受信料"],
        amount="12276",
        currency="JPY",
        cycle="yearly",
        status="active",
        next_renewal="2027-04-27",
        kind="bill",
    ),
    dict(
        name="NURO 光",
        aliases=["NURO", "NURO光", "ソニーネットワークコミュニケーションズ"],
        amount="5200",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="bill",
    ),
    dict(
        name="au損保 Bycle",
        aliases=["au損保", "Bycle", "自転車向け保険 Bycle"],
        amount="7640",
        currency="JPY",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-01",
        kind="bill",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix スタンダード", "NETFLIX.COM"],
        amount="1890",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="Amazonプライム",
        aliases=["Amazon Prime", "Amazonプライム会員"],
        amount="5900",
        currency="JPY",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-19",
        kind="subscription",
    ),
    dict(
        name="chocoZAP",
        aliases=["チョコザップ", "ちょこざっぷ", "RIZAP"],
        amount="3278",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="subscription",
    ),
    dict(
        name="日経電子版",
        aliases=["日本経済新聞", "日経", "Nikkei"],
        amount="4277",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-30",
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ 200GB"],
        amount="450",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-12",
        kind="subscription",
    ),
    dict(
        name="LINEスタンプ プレミアム",
        aliases=[
            "LINE スタンプ プレミアム",
            "LINE Stickers Premium",
            "LINE スタンプ プレミアム デラックスコース",
        ],
        amount="480",
        currency="JPY",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-12",
        kind="subscription",
    ),
    dict(
        name="Nintendo Switch Online",
        aliases=["Nintendo Switch Online ファミリープラン", "ニンテンドースイッチオンライン"],
        amount="4500",
        currency="JPY",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-14",
        kind="subscription",
    ),
    dict(
        name="お名前.com",
        aliases=["onamae.com", "soyeonpark.com"],
        amount="1742",
        currency="JPY",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-13",
        kind="subscription",
    ),
    dict(
        name="モバイルSuica 定期券",
        aliases=["モバイルSuica", "Suica定期券", "通勤定期"],
        amount="20150",
        currency="JPY",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-01",
        kind="subscription",
    ),
    dict(
        name="ChatGPT Plus",
        aliases=["ChatGPT", "OpenAI"],
        amount="22.00",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="쿠팡 와우 멤버십",
        aliases=["쿠팡", "Coupang", "와우 멤버십", "Coupang WOW"],
        amount="7890",
        currency="KRW",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="subscription",
    ),
    dict(
        name="네이버플러스 멤버십",
        aliases=["네이버플러스", "Naver Plus", "Naver Plus Membership"],
        amount="4900",
        currency="KRW",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-18",
        kind="subscription",
    ),
    dict(
        name="멜론",
        aliases=["Melon", "멜론 스트리밍클럽"],
        amount="10900",
        currency="KRW",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
]

HARD_NEGATIVES = [
    "楽天カード",
    "楽天市場",
    "楽天会員サービス",
    "楽天モバイル",
    "Uber Eats",
    "GO",
    "出前館",
    "えきねっと",
    "Korean Air",
    "Peach Aviation",
    "Agoda",
    "メルカリ",
    "PayPay",
    "카카오페이",
    "토스",
    "김민지",
    "佐藤和子",
    "佐藤健太",
    "三井住友銀行",
    "신한카드",
    "国税庁 e-Tax",
    "さとふる",
    "U-NEXT",
    "DAZN",
    "ディズニープラス",
    "Spotify",
    "note",
    "올리브영",
    "サカイ引越センター",
    "荻窪みなみ歯科",
    "TOHOシネマズ",
    "Kindle Unlimited",
    "あつまれ どうぶつの森 ハッピーホームパラダイス",
    "象印 スチーム式加湿器",
    "ル・クルーゼ ココット・ロンド",
]


def fill_truth() -> None:
    """amounts / dates of the varying bills, from the same data the mail is made of"""
    t = {x["name"]: x for x in TRUTH}
    total, _ = tepco_total(TEPCO_KWH[-1], TEPCO_FUEL[-1], 4.18)
    t["東京電力"]["amount"] = str(total)
    t["東京電力"]["next_renewal"] = bday(dt.date(2026, 11, 19) + dt.timedelta(days=14)).isoformat()
    t["東京ガス"]["amount"] = str(int(759.00 + 19 * 145.31))
    t["東京ガス"]["next_renewal"] = bday(dt.date(2026, 12, 8)).isoformat()
    t["ahamo"]["amount"] = str(2970 + AHAMO_CALLS[-1] + 4)
    t["ahamo"]["next_renewal"] = bday(last_day(2026, 11)).isoformat()


def slug_ascii(s: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in s.lower()).strip("-")


def main() -> None:
    for f in (
        ahamo,
        tepco,
        tokyogas,
        nhk,
        amazon,
        amazon_orders,
        chocozap,
        nikkei,
        apple,
        nuro,
        ausonpo,
        coupang,
        naver,
        melon,
        nintendo,
        onamae,
        suica,
        openai,
        netflix,
        rakuten,
        food_rides,
        travel,
        money_people,
        banks,
        marketing,
    ):
        f()
    fill_truth()
    MESSAGES.sort(key=lambda m: (m["when"].astimezone(UTC), m["sender"], m["slug"]))
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    if os.path.exists(mbox_path):
        os.remove(mbox_path)
    mb = mailbox.mbox(mbox_path, create=True)
    index = []
    names = {t["name"] for t in TRUTH}
    for n, m in enumerate(MESSAGES, 1):
        assert set(m["labels"]) <= names, m["labels"]
        msg = build(m)
        raw = msg.as_bytes()
        fname = f"{n:03d}-{m['when'].astimezone(JST):%Y%m%d}-{slug_ascii(m['sender'])}-{slug_ascii(m['slug'])}.eml"
        with open(os.path.join(eml_dir, fname), "wb") as fh:
            fh.write(raw)
        mm = mailbox.mboxMessage(raw)
        mm.set_from(m["frm"][1], m["when"].astimezone(UTC).timetuple())
        mb.add(mm)
        index.append({"file": fname, "from": m["frm"][0], "subject": m["subject"], "labels": m["labels"]})
    mb.flush()
    mb.close()

    def dump(name: str, obj) -> None:
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY, "messages": len(MESSAGES), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)


if __name__ == "__main__":
    main()
