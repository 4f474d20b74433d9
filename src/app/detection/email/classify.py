# ruff: noqa: E501  (cue vocabularies read best one alternative group per line)
"""What a message says about a subscription, if anything.

Signals (in the order they win): payment_failed, trial_ended, cancellation, trial_ending,
price_change, receipt, renewal_notice. A message gets a signal only if it is transactional mail about
something recurring; orders, shipping, rides, bookings, donations, newsletters and
promotions that merely mention subscribing get none. Cues are written for English,
German, French, Spanish, Italian, Dutch, Portuguese and the Scandinavian languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.detection.email.dates import month_names
from app.lib.regex_literals import LiteralScreen

Signal = Literal[
    "receipt",
    "renewal_notice",
    "trial_ending",
    "trial_ended",
    "price_change",
    "payment_failed",
    "cancellation",
]

BODY_SCAN_CHARS = 4000
"""Cues are looked for in the subject and the start of the body."""


def _rx(*parts: str) -> re.Pattern[str]:
    """One pattern of lower-case alternatives (text is lower-cased once: much faster than ``re.I``)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


UPDATE_PAYMENT = _rx(r"update (?:your )?(?:payment|billing|card) (?:method|details|information|info)")
"""Asked of a payment that failed, and of a card about to expire: alone, it says no payment failed."""
CARD_EXPIRING = _rx(
    r"\bcard\b[^.\n]{0,60}?\b(?:expires|is expiring|will expire|is about to expire|is going to expire|expiring soon)",
    r"expiring (?:credit |debit )?card|card expir(?:y|ation) (?:date|notice|reminder)|\bkarte läuft .{0,20}ab|carte (?:expire|arrive à expiration)",
)
ON_HOLD = _rx(
    r"(?:account|membership|subscription) (?:is|has been|was) (?:on hold|suspended)|put (?:your )?(?:account|membership) on hold"
)
"""Said of a membership held for an unpaid charge, and of one the member chose to pause."""
ASKED_FOR = _rx(
    r"\bas (?:you )?requested\b|at your request|\byou(?:'ve| have)? (?:asked|chose|requested|paused|put)\b"
    r"|(?:we(?:'ve| have)|has been|was) paused\b",
)
"""A pause the member asked for."""
FAILED = _rx(
    ON_HOLD.pattern,
    r"payment (?:has )?(?:failed|declined|was declined|was unsuccessful|unsuccessful|could ?n[o']t be processed"
    r"|did ?n[o']t go through|problem|issue|(?:is |was |now )?(?:overdue|past due))",
    r"(?:could ?n[o']t|could not|were unable to|unable to|we can't|we cannot|(?:were |was )?not able to) (?:process|charge|collect|complete|renew)"
    r".{0,40}(?:payment|card|subscription|membership|charge)",
    # The words between may hold the amount ("payment of €9.99 for … could not be completed").
    r"\bpayment\b(?:[^.\n]|\.(?=\d)){0,60}?\b(?:could ?n[o']t|cannot|can't) be (?:processed|completed|collected)",
    r"card (?:was|has been|got) (?:declined|rejected)|\b(?:it|charge|transaction) (?:was|has been|got) declined"
    r"|payment (?:to|for|of) [^.\n]{1,40}? (?:was|has been|is) (?:unsuccessful|not successful|declined|rejected)",
    # Strong customer authentication: the payment waits for the payer ("Confirm your payment").
    r"(?:confirmation|authentication|verification) (?:is )?(?:needed|required) to (?:process|complete) (?:your |the )?payment"
    r"|^(?:\[[^\]\n]*\] ?)?(?:please )?(?:confirm|authenticate|authori[sz]e) your payment",
    UPDATE_PAYMENT.pattern,
    r"zahlung (?:ist )?(?:fehlgeschlagen|nicht möglich|abgelehnt|konnte nicht)",
    r"konnten .{0,40}nicht (?:abbuchen|belasten|einziehen|verarbeiten)",
    r"échec (?:du|de) (?:paiement|prélèvement)|paiement (?:a échoué|refusé|n'a pas pu)"
    r"|n'avons pas pu (?:traiter|débiter|prélever|encaisser) .{0,30}(?:paiement|carte|abonnement|prélèvement)",
    r"pago (?:rechazado|fallido|no se ha podido|no pudo)|no (?:pudimos|hemos podido) (?:procesar|cobrar)",
    r"pagamento (?:non riuscito|rifiutato|non è andato|falhou|recusado)|betaling (?:is )?mislukt",
    r"non (?:siamo riusciti|è stato possibile) (?:a |ad )?(?:elaborare|addebitare|processare)"
    r"|konden .{0,40}niet (?:verwerken|afschrijven|incasseren)|não (?:foi possível|conseguimos) (?:processar|cobrar|renovar|debitar)",
    # The charge named first ("El cargo de tu mensualidad … fue rechazado por el banco").
    r"\b(?:cargo|cobro|pago)\b[^.\n]{0,80}?\b(?:fue|ha sido) (?:rechazad|declinad)|\b(?:pagamento|cobrança)\b[^.\n]{0,80}?\b(?:não foi aprovad|foi (?:recusad|negad))",
    r"betalningen misslyckades|betalingen mislykkedes|betalningen gick inte igenom"
    r"|inte (?:har )?kunnat (?:dra|debitera|genomföra) (?:betalningen|dragningen|beloppet)",
    # A direct debit returned by the bank ("Tu banco nos ha devuelto el recibo").
    r"(?:nos )?ha devuelto el recibo|recibo devuelto|devolución del recibo|rücklastschrift|lastschrift\b[^.\n]{0,30}\bzurück(?:gegeben|gebucht)"
    r"|\bprélèvement\b[^.\n]{0,80}?\b(?:a été )?(?:rejeté|impayé|refusé)|incident de paiement|\bstornering\b"
    r"|addebito (?:è stato )?(?:respinto|insoluto)",
    r"niet (?:gelukt|mogelijk) (?:om )?[^.\n]{0,40}?(?:af te schrijven|te incasseren)|niet geïncasseerd|incasso (?:is )?mislukt",
    r"(?:お支払い|決済|支払い|引き落とし)(?:が|に)?(?:失敗|できませんでした)|支付失败|扣款失败|付款失败|결제(?:에|가)? ?실패|결제할 수 없",
    r"(?:お支払い|決済)(?:が)?確認できませんでした|承認が得られませんでした|決済エラー|결제(?:가)? ?(?:승인 ?)?거절|결제되지 않았",
)
EXPIRY = _rx(
    r"(?:subscription|membership|plan) (?:will|is going to) (?:end|expire|stop) on|(?:subscription|membership|plan) ends on",
    r"(?:subscription|membership) (?:expires|will expire|will end) on",
    r"(?:abonnement|abo|mitgliedschaft)\b.{0,40}\b(?:läuft am .{0,25}\bab\b|endet am)",
    r"abonnement .{0,40}(?:prendra fin|expirera|se terminera) le",
    r"suscripción .{0,40}(?:finalizará|caducará|vencerá|terminará) el",
    r"abbonamento .{0,40}(?:scadrà|terminerà) il",
    r"(?:abonnement|lidmaatschap)\b.{0,40}\b(?:eindigt|stopt|verloopt|loopt af) op",
    r"assinatura .{0,40}(?:terminará|expirará|será encerrada|termina) em",
    r"(?:prenumeration|abonnemang|medlemskap)\b.{0,40}\b(?:avslutas|upphör|löper ut) den",
)
"""A period's end: a cancellation's, unless the mail says it renews then ("ends on 31 December and
will renew automatically", "Ihr Abo endet am 12.01. und verlängert sich automatisch um 12 Monate")."""
LAST_CHARGE = _rx(
    r"(?:this is|it is|il s'agit de|es) (?:your|votre|tu|su) (?:last|final|dernier|último) (?:payment|charge|prélèvement|paiement|cargo|pago)"
    r"|\b(?:your|tu|su|votre) (?:final|last|última|dernière) (?:bill|invoice|factura|facture)\b"
    r"|\bfinal (?:bill|invoice)\s*:|\byour (?:line|account|service) has (?:now )?been closed\b"
)
"""The last charge, said on its receipt ("Il s'agit de votre dernier prélèvement"): the plan ends."""
CANCEL = _rx(
    r"(?:subscription|membership|plan|auto-?renewal|account|trial) (?:has been|was|is now|is|have been) "
    r"(?:successfully )?(?:cancell?ed|terminated|ended|deactivated)"
    r"|(?:subscription|membership|plan) (?:has|have) (?:now )?(?:ended|lapsed)\b",
    # A cancellation requested, effective at the period's end ("The following subscription will be cancelled").
    r"(?:subscription|membership|plan) will be (?:cancell?ed|terminated)"
    r"|(?:abonnement|abo|mitgliedschaft)\b.{0,20}\bwird\b[^!?\n]{0,40}?\bgekündigt\b",
    r"cancell?ation (?:confirmed|confirmation|is confirmed|request received)|confirm(?:ing)? (?:your |the )?cancell?ation",
    r"you(?:'ve| have) (?:successfully )?cancell?ed|we(?:'re| are) sorry to see you go",
    r"(?:we(?:'ve| have)|has|have) (?:now )?cancell?ed your (?:subscription|membership|plan)",
    EXPIRY.pattern,
    r"(?:auto-?renew(?:al)?|automatic renewal) (?:has been |is |was )?(?:turned off|disabled|switched off)"
    r"|(?:turned|switched) off (?:auto-?renew(?:al)?|automatic renewal)",
    # A cancellation set for the period's end ("scheduled for cancellation on 31 December").
    r"scheduled (?:for cancell?ation|to be cancell?ed|to cancel)|set to (?:be )?cancel|cancell?ation (?:is )?scheduled",
    r"will not (?:auto-?)?renew|won't (?:auto-?)?renew|will no longer be (?:charged|billed)|won't be charged again"
    r"|no (?:further|more) (?:charges|payments) will be (?:made|taken)|(?:won't|will not) take any (?:more|further) payments"
    r"|\brecurring [\w-]+ (?:has been|was|is now) cancell?ed",
    r"recurring (?:payment|contribution|charge|billing)\b[^.\n]{0,80}?\b(?:has been|was|is) (?:cancell?ed|stopped|terminated)",
    # Renewal denied: the period's end (EXPIRY) then stays a cancellation, though a renewal cue is in the words.
    r"wird nicht (?:mehr |automatisch )?verlängert|verlängert sich nicht",
    r"ne sera pas renouvel|ne se renouvel\w* pas|no se renovará|non (?:verrà|sarà) rinnovat|non si rinnov"
    r"|wordt niet (?:meer |automatisch )?verlengd|não será renovad",
    # Deregistered ("Ihre Wohnung … haben wir zum 31.03.2026 abgemeldet": a fee per home ends with it).
    r"bestätigung (?:der|ihrer) abmeldung|abmeldebestätigung|haben wir\b[^.\n]{0,60}?\babgemeldet|weitere abbuchungen erfolgen nicht"
    r"|kündigungsbestätigung|bestätigen (?:die|deine|ihre) kündigung|(?:wurde|ist|hast .{0,40}) gekündigt"
    r"|kündigung .{0,30}(?:bestätigt|eingegangen)",
    # Not the right to end it ("sauf résiliation de votre part", "droit de résiliation").
    r"(?<!sauf )(?<!droit de )(?<!en cas de )(?<!possibilité de )résiliation(?! (?:possible|à tout moment|en ligne|sans frais|gratuite))"
    r"|(?:a été |est )résilié|abonnement (?:a été |est )?annulé|annulation de (?:votre|ton) abonnement"
    r"|(?:abonnement|adhésion)\b[^.!?\n]{0,40}?\ba pris fin\b",
    r"(?:suscripción|membresía) (?:ha sido |fue |se ha )?cancelad|confirmación de (?:la )?cancelación"
    r"|has cancelado|hemos cancelado (?:tu|su) (?:suscripción|membresía|plan)",
    # The service named between ("Tu suscripción a Disney+ se ha cancelado", "la teva subscripció … s'ha cancel·lat").
    r"(?:suscripción|subscripció|abonnement|abbonamento|assinatura)\b[^.!?\n]{0,40}?"
    r"\b(?:se ha cancelado|ha sido cancelad[ao]|s'ha cancel·lat|s'ha donat de baixa|a été (?:annulé|résilié)"
    r"|è stato (?:annullato|disdetto|cancellato)|foi cancelad[ao])",
    r"(?:subscription|membership|abonnement|abo|suscripción|assinatura|abbonamento|lidmaatschap|mitgliedschaft)(?: [\w+.-]+){0,3} "
    r"(?:has been|was|is|foi|ha sido|è stato|a été|wurde|is|will be|wird|sera|será|sarà|verrà|wordt) (?:successfully |correctamente )?"
    r"(?:cancell?ed|cancelada|cancelado|annullato|annulé|gekündigt|opgezegd|beendet)",
    r"disdetta|abbonamento (?:è stato )?(?:annullato|disdetto|cancellato)|opgezegd|opzegging"
    r"|assinatura (?:foi )?cancelada|cancelamento (?:da|de) (?:sua )?assinatura|prenumeration (?:är )?avslutad",
    # A phone line, a gym plan, a contract ended ("Confirmamos o cancelamento da sua linha", "pedido de desligamento").
    r"cancelamento d[oa] (?:sua |seu |tua |teu )?(?:\w+ )?(?:assinatura|linha|plano|serviço|contrato)"
    r"|seu cancelamento foi (?:realizado|concluído|efetuado)|pedido de desligamento|desligamento definitivo"
    r"|nenhuma nova cobrança|não haverá novas cobranças"
    r"|cancelación de (?:tu|su) (?:línea|plan|servicio|contrato|membresía)|baja (?:de tus?|de sus?|del) (?:servicios?|línea|líneas|plan|contrato)"
    r"|confirmación de (?:la |tu )?baja\b|confirmació de (?:la )?baixa\b"
    r"|no se (?:realizarán|harán) más cargos",
    # Done, not how to do it ("自動更新を停止する場合は…": if you want to stop it).
    LAST_CHARGE.pattern,
    r"\b(?:har )?(?:sagt|sa) upp (?:ditt|ert|din) (?:abonnemang|medlemskap|prenumeration)"
    r"|\b(?:abonnemang|medlemskap|prenumeration)(?:et|en)? (?:är|har) (?:nu )?(?:uppsagt|uppsagd|avslutat|avslutad|avslutats)"
    r"|\bbekräftelse på uppsägning\b",
    r"解約(?:が完了|されました|いたしました|手続きが完了|を承りました)"
    r"|(?:サブスクリプション|定期購入|自動更新)(?:が|を)?(?:キャンセル|停止|解除)(?:しました|されました|いたしました|が完了|済み|を承りました)"
    r"|已取消(?:订阅|自动续费)|取消(?:订阅|自动续费)成功|退订成功|구독(?:이|을)? ?(?:취소|해지)(?:되었|했|완료)|해지(?:가)? 완료",
)
TRIAL = _rx(
    r"trial (?:period )?(?:ends|ending|will end|will be ending|expires|is ending|is about to end|ends soon|will expire)",
    r"end of (?:your|the) (?:free )?trial|(?:free )?trial (?:is )?(?:coming to an end|ends)",
    # A free first period is a trial by another name ("Your free month ends on 2 December").
    r"\bfree (?:month|week|period)\b[^.\n]{0,20}?\b(?:ends|is ending|will end|is (?:almost|nearly) over|expires)",
    # Apple's confirmation of a free introductory offer, then the price: a trial that converts.
    r"introductory offer: free for (?:\d+|one|a) (?:days?|weeks?|months?)",
    # A trial begun is a trial that will end: its mail names the end, and what follows it.
    r"(?:\byour\b[^.,!?\n]{0,40}?\btrial|\bfree trial)(?: (?:of|for) [^.,!?\n]{1,40}?)? (?:has (?:now )?(?:started|begun)|is now active|starts today)",
    r"\byou(?:'ve| have) (?:started|begun|activated) (?:a|your) [^.,!?\n]{0,30}?\btrial\b"
    r"|\b(?:you're|you are) (?:now )?on a [^.,!?\n]{0,30}?\bfree trial|\bwelcome to your [^.,!?\n]{0,30}?\btrial\b",
    r"(?:probemonat|probeabo|testzeitraum|testphase|probezeitraum)\w* (?:hat begonnen|beginnt heute)"
    r"|(?:essai gratuit|période d'essai) (?:a commencé|commence aujourd'hui)"
    r"|(?:prueba gratuita|período de prueba|periodo de prueba) (?:ha comenzado|comienza hoy)"
    r"|(?:periodo di prova|prova gratuita) (?:è iniziat|inizia oggi)|proefperiode (?:is (?:begonnen|gestart)|begint vandaag)"
    r"|(?:teste|avaliação) gratuit[oa] (?:começou|foi ativad)",
    r"(?:testzeitraum|probezeitraum|probeabo|testphase|probemonat|testabo)\w* (?:endet|läuft .{0,15}ab)",
    r"(?:essai gratuit|période d'essai) (?:se termine|prend fin|expire|arrive à (?:sa )?fin)",
    r"(?:prueba gratuita|período de prueba|periodo de prueba) (?:termina|finaliza|vence|acaba)",
    r"(?:periodo di prova|prova gratuita) (?:termina|scade|finisce)",
    r"proefperiode (?:eindigt|loopt af|verloopt)|(?:teste|avaliação) gratuit[oa] (?:termina|acaba)",
    r"(?:provperiod|gratisperiod)(?:en)? (?:slutar|upphör|tar slut|har börjat|börjar i dag)|prøveperiode(?:n)? (?:slutter|udløber)",
    r"(?:無料体験|無料トライアル|お試し期間)(?:が|は)?(?:終了|まもなく)|免费试用(?:期)?(?:即将)?(?:结束|到期)|무료 체험(?:이|기간이)? ?(?:곧 )?(?:종료|끝)",
)
TRIAL_OVER = _rx(
    # "your … trial", a free one or a trial period: not a court's or a clinical trial.
    r"(?:\byour\b[^.,!?\n]{0,40}?\btrial|\bfree trial|\btrial period)(?: period)?(?: (?:for|of|with) [^.,!?\n]{1,40}?)? "
    r"(?:has (?:now |recently |just )?(?:ended|expired|finished|run out|come to an end)|is (?:now )?(?:over|expired)"
    r"|ended|expired|came to an end)\b",
    r"(?:testzeitraum|probezeitraum|probeabo|testphase|probemonat|testabo|testversion)\w* (?:ist|wurde|hat) (?:nun |jetzt )?"
    r"(?:abgelaufen|beendet|vorbei|zu ende|geendet)",
    r"(?:essai gratuit|période d'essai|version d'essai) (?:est|a) (?:maintenant )?(?:terminée?|expirée?|pris fin|arrivée? à (?:son )?terme)",
    r"(?:prueba gratuita|período de prueba|periodo de prueba) (?:ha (?:terminado|finalizado|caducado|vencido|expirado)"
    r"|terminó|finalizó|caducó|venció|expiró)",
    r"(?:periodo di prova|prova gratuita) (?:è (?:terminat|scadut|finit)|ha avuto termine)",
    r"proefperiode (?:is )?(?:afgelopen|verlopen|beëindigd|voorbij)|(?:teste|avaliação) gratuit[oa] (?:terminou|expirou|acabou)"
    r"|período de (?:teste|avaliação) (?:terminou|expirou|acabou)",
    r"provperiod(?:en)? har (?:gått ut|upphört|löpt ut|tagit slut)|prøveperiode(?:n)? er (?:udløbet|slut|ovre)",
    r"(?:無料体験|無料トライアル|お試し期間)(?:期間)?(?:が|は)?終了(?:しました|いたしました)|免费试用(?:期)?已(?:结束|到期)"
    r"|무료 체험(?:이|기간이)? ?(?:종료되었|끝났)",
)
"""A trial that is over (past tense): what follows it, a paid plan or nothing, the rest of the mail says."""
UPGRADE_ASKED = _rx(
    r"upgrade (?:your (?:account|plan|subscription)|now|today|to (?:a )?(?:paid|paying|premium|pro|full))|ready to upgrade",
    r"(?:choose|pick|select) (?:a|your) (?:paid )?plan|add (?:a )?(?:payment method|credit card|billing)|\bsign up\b",
    r"jetzt upgraden|(?:wähle|wählen sie) (?:einen|deinen|ihren) tarif|passe[sz]? à (?:la version|l'offre) (?:payante|premium)"
    r"|choisisse[sz] (?:un|votre) (?:forfait|abonnement)|(?:elige|escoge) (?:un|tu) plan|actualiza a (?:premium|pro)"
    r"|scegli un piano|kies een abonnement|escolha um plano",
)
"""A trial that only goes on if the person acts ("Upgrade your account"): nothing is charged by itself."""
PLAN_STARTS = _rx(
    r"(?:subscription|membership|plan) (?:has (?:now )?(?:started|begun)|is now active|(?:now )?(?:starts|begins))",
    r"(?:abonnement|abo|mitgliedschaft) (?:hat begonnen|beginnt|startet|a commencé|commence|ha comenzado|comienza"
    r"|è iniziato|inizia|is gestart|begint|começou|começa)",
)
"""The paid plan a trial turns into, started or starting."""
PLAN_BEGUN = _rx(TRIAL_OVER.pattern, PLAN_STARTS.pattern)
"""A paid plan begun, or its trial over: its first period runs from the day named next to it."""
PRICE = _rx(
    r"(?:you(?:'ve| have) )?(?:changed|switched|upgraded|downgraded) (?:your plan|to (?:the )?\w+(?: \w+)? (?:plan|tier)\b|to premium)"
    r"|your new (?:plan|price|rate) (?:costs|is|will be)|plan change (?:confirmed|confirmation)",
    r"price (?:change|increase|update|adjustment)|new (?:monthly |annual |yearly )?price|pricing (?:change|update)",
    r"(?:updating|changing|adjusting|increasing|raising) (?:our|the|your)(?: subscription| membership)? pric",
    r"price (?:of|for) .{0,60}(?:will )?(?:chang|increas|go(?:es|ing)? up)|prices? (?:is|are|will be) (?:changing|increasing|going up)",
    # The price named as the reader's ("your price will change from €15.99 to €17.99 a month").
    r"\b(?:price|fee|rate) will (?:change|increase|go up|rise)\b|\b(?:update|change)s? to your (?:[\w+-]+ ){0,3}(?:price|fees?)\b",
    r"\b(?:ihr|dein) preis (?:ändert sich|wird sich ändern|steigt)|\b(?:votre|ton) prix (?:va changer|changera|passera|va passer|augmentera)"
    r"|\b(?:tu|su) precio (?:cambiará|pasará|subirá|aumentará)|\bil (?:tuo|suo) prezzo (?:cambierà|passerà|aumenterà)"
    r"|\b(?:je|uw) prijs (?:wijzigt|verandert|stijgt|gaat omhoog)|\bo (?:seu|teu) preço (?:vai mudar|mudará|passará|aumentará)",
    r"preisänderung|preiserhöhung|preisanpassung|neuer preis|changement (?:de|du) (?:prix|tarif)|nouveau (?:prix|tarif)",
    r"(?:augmentation|évolution|ajustement) (?:de|du|des) (?:prix|tarifs?)|cambio (?:de|en el) precio|nuevo precio",
    r"\b(?:évolue|passe|passera|augmente|augmentera) de \d[^.\n]{0,15}? à \d|\bsube de \d[^.\n]{0,15}? a \d",
    r"variazione (?:di|del) prezzo|nuovo prezzo|prijswijziging|nieuwe prijs|prijsverhoging|(?:alteração|reajuste) de preço",
    r"novo preço|prisändring|nytt pris|prisændring|ny pris|nya priser|prishöjning|avgiftshöjning"
    r"|\b(?:uppdaterar|höjer|justerar|ändrar) (?:våra |vårt |ditt |din |er )?(?:priser|pris|avgift|månadsavgift|årsavgift)\b",
    # An insurer's or a lender's new instalment ("Nouveau montant du prélèvement : 26,12 $").
    r"\bnew (?:monthly )?(?:premium|payment amount|instalment)|nouvelle prime|nouveau montant|nueva prima|nuevo importe"
    r"|nuovo (?:premio|importo)|nuova rata|novo valor",
    r"(?:änderung|erhöhung|anpassung) (?:deines|ihres|des|ihrer|deiner) .{0,25}preis|(?:ändern|erhöhen|anpassen) (?:den|die) preis",
    r"actualización (?:del|de) (?:precio|tarifa)|el precio de tu (?:suscripción|plan)|(?:atualização|alteração) do preço"
    r"|aumento (?:del|di) prezzo|prix de votre abonnement|price of your (?:subscription|membership|plan)",
    r"(?:価格|料金)(?:の)?(?:改定|変更)|价格(?:调整|变更)|资费调整|가격 (?:변경|인상)|요금 (?:변경|인상)",
    # A landlord's or an insurer's yearly change of what is collected.
    r"(?:changed|reviewed|updated) your (?:monthly )?(?:payment|direct debit)|\byour new direct debit\b|new direct debit amount",
    r"rent (?:increase|change|adjustment|review)|huurverhoging|huuraanpassing|huurindexatie|mieterhöhung|mietanpassung"
    r"|(?:augmentation|révision) (?:de |du )?loyer|(?:subida|actualización) del alquiler|aumento (?:del |dell')?(?:alquiler|affitto)"
    r"|premiewijziging|nieuwe premie|beitragsanpassung|beitragserhöhung",
    r"abonnementsprijs|abonnementspreis|abopreis|prijsaanpassing|\bwordt de prijs\b|nieuwe? (?:maand|termijn)bedrag"
    r"|neuer (?:abschlag|monatsbeitrag)",
)
RECEIPT = _rx(
    # An invoice still to come ("your upcoming invoice", "prochaine facture") is a RENEWAL notice.
    # So is one that will be sent ("your next invoice", "the invoice will be sent on 1 May").
    r"\breceipt\b|(?<!upcoming )(?<!next )\binvoice\b(?! will\b)|payment (?:received|confirmation|confirmed|successful|processed|summary)",
    r"thank(?:s| you) for (?:your )?(?:payment|renewing|your purchase)|(?:we(?:'ve| have)|you(?:'ve| have) been|you were|was|has been) charged",
    r"amount (?:paid|charged)|total (?:paid|charged)|\bcharged(?: today)?:|you paid|paid on|(?:has been|was|successfully) renewed"
    r"|\b(?:has|have) (?:now )?renewed\b|\brenewed today\b|\border total\b",
    r"\b(?:bill|invoice|statement)\b(?:[^.\n]|\.(?=\d)){0,40}?\b(?:has been|was|is now) paid\b|\bpaid in full\b",
    r"order summary|bestellübersicht|récapitulatif de (?:votre |la )?commande|resumen (?:de tu |del )pedido"
    r"|riepilogo (?:dell')?ordine|besteloverzicht|resumo do pedido",
    r"you sent (?:an automatic )?(?:a )?payment|automatic payment|billing statement|your (?:monthly |annual )?bill\b",
    r"(?<!anstehende )(?<!bevorstehende )rechnung|quittung|zahlungsbestätigung|zahlung erhalten|danke für (?:deine|ihre) zahlung"
    r"|vielen dank für (?:deine|ihre|die) zahlung|wurde verlängert|\bwurde um (?:einen|ein|\d+) \w+ verlängert"
    r"|kaufbeleg|bestellbeleg|zahlungseingang",
    # Debited, in the past tense only: "wird … abgebucht", "sera prélevé" announce a charge (RENEWAL).
    r"\b(?:wurden?|haben|hat|ist|sind)\b[^!?\n]{0,60}?\babgebucht\b|\babgebucht (?:worden|wurde)|abgebuchte[rn]? betrag",
    r"\breçu\b|(?<!prochaine )\bfacture\b(?! à venir)|confirmation de paiement|paiement (?:reçu|confirmé|accepté)|merci pour votre paiement"
    r"|a été renouvelé|(?:a|ont) été (?:prélevé|débité)|avons (?:prélevé|débité)|montant (?:prélevé|débité|réglé|payé)"
    r"|confirm\w* (?:du |le )renouvellement|(?:a|ont) été facturée?s?\b|\btotal facturé\b",
    r"\brebut\b|t'hem cobrat|(?:hem|s'ha) (?:cobrat|carregat)|pagament (?:rebut|confirmat)|gràcies pel (?:teu |vostre )?pagament"
    r"|s'ha renovat|\brecibo\b|(?<!próxima )\bfactura\b|confirmación de pago|gracias por (?:tu|su) pago|pago recibido|se ha renovado"
    r"|(?:hemos|se ha) cobrado",
    r"ricevuta|(?<!prossima )\bfattura\b|\bbolletta\b|pagamento ricevuto|grazie per il pagamento|(?:è stato|è stata) rinnovat"
    r"|conferma (?:di |dell')?acquisto|importo (?:totale )?pagato|totale pagato"
    r"|(?:è stat[oa]|sono stat[ei]|abbiamo) addebitat|importo addebitato",
    r"betaalbewijs|bestelbewijs|aankoopbewijs|ontvangstbewijs|kwitantie|\b(?:termijn|maand|voorschot|kwartaal)factuur\b|(?<!komende )\bfactuur\b|betaling ontvangen|bedankt voor (?:je|uw) betaling|is verlengd"
    r"|\b(?:is|zijn|hebben|werd|werden)\b[^!?\n]{0,50}?\bafgeschreven|afgeschreven bedrag",
    # A Dutch bill is a "nota" ("Uw Ziggo-nota staat klaar", "de huurnota voor november").
    r"\b(?:uw|je) (?:[\w-]+-)?nota\b|\b\w+nota (?:voor|van)\b|\bnota (?:van|voor) (?:de maand|\d)|notanummer",
    r"\b(?:is|zijn|werd|werden) (?:al |succesvol )?betaald\b|\bhebben (?:je |uw )?betaling\b",
    r"(?<!próxima )\bfatura\b|pagamento recebido|obrigado pelo pagamento|foi renovad|\bkvitto\b|\bkvittering\b|\bfaktura\b"
    r"|\bbetalt med\b|tack för din betalning|betalningen (?:har )?(?:mottagits|genomförts|registrerats)"
    r"|\bhar (?:dragits|debiterats)\b",
    r"\bcharged to (?:your )?(?:visa|mastercard|amex|american express|discover|card|credit card|debit card|paypal)\b",
    r"received your (?:recent )?payment|(?:\bconfirms|\bwe confirm) (?:your |the )?(?:recent )?payment|payment (?:was|has been) (?:received|successful|processed|completed)",
    r"\bwe (?:have |'ve )?(?:charged|debited)\b|(?:payment|zahlung|paiement|pago|pagamento|betaling)\b.{0,40}\b(?:received|erhalten|reçu|recibido|ricevuto|recebido|ontvangen)\b",
    r"bevestiging van (?:je|uw) betaling|betalingsbevestiging|conferma (?:di|del) pagamento|confirmação de pagamento",
    r"(?:you were|you've been|has been|was|we) billed\b|your (?:payment|transaction) (?:details|summary)|purchase confirmation",
    r"(?:ricevuto|recibido|recebemos|recebido|ontvangen|erhalten)\b.{0,25}\b(?:pagamento|pago|betaling|zahlung)",
    r"(?:nous avons|on a) (?:bien )?reçu .{0,20}paiement|wir haben .{0,30}(?:zahlung|betrag) erhalten",
    r"automatische zahlung|paiement automatique|pago automático|pagamento automatico|automatische betaling",
    r"we(?:'ve| have) taken (?:your |the )?(?:\w+ ){0,3}payment|payment (?:has been|was) taken",
    r"your (?:new |latest |monthly )?(?:\w+ )?(?:bill|e-?bill) is (?:ready|available)|your latest .{0,30}\bbill\b",
    r"領収書|領収証|ご購入(?:いただき|ありがとう)|お支払い(?:が完了|いただき|ありがとう)|請求書|決済(?:が)?完了"
    r"|收据|收據|发票|付款成功|支付成功|扣款成功|已扣款|购买凭证|영수증|결제(?:가)? ?완료|결제 내역|청구서",
    # A renewal taken, in the past tense ("自动续费成功", "已于…自动续费", "自動更新されました").
    r"お支払い完了|更新(?:が)?完了(?:しました|いたしました)|自動更新されました|(?:自动)?续费成功|續費成功"
    r"|已(?:于[^\uff0c\u3002\n]{0,20})?自动续费|已自動續費|支付金额|付款金额|实付金额|갱신(?:이)? ?완료",
    r"お支払い(?:の)?(?:ご)?確認|お支払い金額|扣费成功|本次扣款|扣費成功",
    # A bill settled for the month and the day it is debited ("ご請求金額確定のお知らせ", "口座振替日").
    r"ご請求金額|ご請求額|請求金額|(?:電気|ガス|水道|ご利用|通信|携帯)料金(?:が確定|のお知らせ|確定)|口座振替(?:のお知らせ|日|予定日)"
    r"|振替金額|ご請求済み|お引落し(?:予定)?日|(?:更新|継続)(?:の)?(?:お?手続き)?(?:が)?完了|定期券(?:を)?購入|ご購入明細|お支払いが完了"
    r"|청구 ?금액|납부 ?금액|결제 ?금액|자동 ?이체 ?(?:예정|완료)|요금 ?안내|本期账单|账单已出|缴费成功|扣费通知",
    # A bill come ("Sua conta Vivo chegou", "tu estado de cuenta ya está listo") and a payment's proof.
    r"\b(?:sua|tua) conta\b[^.\n]{0,40}?\b(?:chegou|está disponível|já está disponível|foi emitida)|\bestado de cuenta\b"
    r"|comprobante de pago|(?:cobro|cargo|pago) exitoso|pagamento (?:aprovado|confirmado|realizado)",
)
STRONG_RECURRING = _rx(
    # A box that comes again: only what recurs can be skipped.
    r"skip (?:a|next|this|the next) (?:week|delivery|box)|sauter (?:une|la|cette) (?:semaine|livraison)",
    r"next (?:payment|charge|billing date|bill date|renewal|renewal date|invoice)\b:? [^.\n]{0,30}?(?:[$€£¥₩]|\d)",
    # Only what recurs has a next delivery on a date ("Next delivery: Tuesday 16 December").
    r"next (?:delivery|box|bag|shipment|order|refill)\b:? [^.\n]{0,30}?\d",
    r"(?:1er|premier|primer|primo|first|erste[rn]?|eerste) (?:prélèvement|cargo|addebito|direct debit|lastschrift|abbuchung|incasso|afschrijving)"
    r"\b\s*:? [^.\n]{0,12}?(?:[$€£]|\d)",
    r"(?:nächste (?:zahlung|abbuchung)|prochain (?:prélèvement|paiement)|próximo (?:cobro|pago|cargo)|prossimo (?:addebito|pagamento)"
    r"|volgende (?:betaling|incasso)|próxima cobrança|nästa (?:betalning|dragning|debitering))\b:? [^.\n]{0,16}?(?:[$€£¥₩]|\d)",
)
"""A next charge stated with its amount or date: said only of what recurs, so it outweighs the
order words resellers put on a subscription's receipt ("Thanks for your purchase", "Order #")."""
RENEWAL = _rx(
    # A schedule of instalments to come (an energy supplier's Abschlagsplan).
    r"abschlagsplan|zahlungsplan|payment schedule|échéancier|betalingsschema|plan de pagos|piano (?:di )?rate",
    # A bill to pay: a payment request, the amount due.
    r"zahlungsaufforderung|bitte (?:zahlen|überweisen) sie|\b(?:amount|balance|total) (?:due|payable)\b|montant (?:dû|à payer)"
    r"|importe a pagar|importo da pagare|te betalen bedrag|(?:total|valor|monto) a pagar|fecha l[ií]mite de pago"
    r"|\b(?:first|second|1st|2nd) installment\b[^.\n]{0,40}\b(?:bill|amount|due)\b|\binstall?ment (?:amount|due)\b",
    r"repayment schedule|calendrier (?:de (?:vos |votre )?|des )?(?:prélèvements|paiements|remboursement)"
    r"|\b(?:instalment|installment|payment|direct debit) (?:plan|schedule)\b|direct debit (?:advance )?notice"
    r"|\bwill (?:now )?be collected\b|\brenew (?:now|today|for (?:1|one|another) year)\b"
    r"|(?:date|montant) (?:du|de chaque) prélèvement",
    r"avis de renouvellement|renouvellerons|aviso de renova(?:ção|ción)|avviso di rinnovo",
    r"avis d'échéance|appel de cotisation|sera (?:automatiquement )?reconduit|se renueva automáticamente",
    # A domain's expiry, the registrar's reminder to renew it (not "the domain" of any tech mail).
    r"(?:renew|renovar|renouveler|rinnovare|verlengen) (?:your |o |el |il |votre |le |je |uw )?(?:domain|domínio|dominio|domaine|domein)\b"
    r"|(?:domain|domain name|domínio|dominio|domaine|domeinnaam) (?:expir|expira|vence|caduca|scade|verloopt)",
    # A subscription's confirmation names its first charge to come ("Prochain prélèvement : 5 décembre").
    STRONG_RECURRING.pattern,
    r"will (?:automatically |auto-?)?renew|will be (?:automatically )?renewed|renews? (?:on|soon|in \d|automatically)|upcoming (?:renewal|payment|charge|invoice|bill)\b",
    r"(?:anstehende|bevorstehende) rechnung|prochaine facture|facture à venir|próxima (?:factura|fatura)"
    r"|prossima fattura|(?:aan)?komende factuur",
    r"(?:you'll|you will) be (?:charged|billed)|(?:membership|subscription) (?:begins|starts) (?:today|on)"
    r"|\bwe(?:'ll| will) charge (?:your|you\b|[$€£]\s?\d)",
    # A charge announced in the future tense: the joining mail of a gym or a club, not a receipt.
    r"will (?:continue to )?be (?:debited|deducted|drafted|withdrawn)|\b(?:wird|werden)\b[^!?\n]{0,60}?\b(?:abgebucht|eingezogen|belastet)\b",
    r"\b(?:sera|seront)\b[^!?\n]{0,40}?\b(?:prélevée?s?|débitée?s?)\b|\b(?:verrà|verranno|sarà|saranno)\b[^!?\n]{0,40}?\baddebitat"
    r"|\b(?:wordt|worden|zal)\b[^!?\n]{0,60}?\b(?:afgeschreven|geïncasseerd|geïnd)\b|\bserá (?:debitad|cobrad)"
    r"|\b(?:te lo |se lo |le )?(?:cargaremos|cobraremos)\b|\b(?:carregarem|cobrarem)\b|\bes (?:carregarà|cobrarà)\b"
    r"|\b(?:addebiteremo|prélèverons|débiterons|incasseremo)\b|\b(?:polizza|póliza|apólice)\b[^.\n]{0,40}\b(?:scade|vence)\b",
    # Dutch splits the verb: "Op 26-09 schrijven we de contributie af", "incasseren wij".
    r"(?:\bschrijven (?:we|wij)|\b(?:we|wij) schrijven)\b[^!?\n]{0,60}?(?:bedrag|contributie|premie|huur|termijn|kosten|abonnement|lidmaatschap|€|\d)"
    r"[^!?\n]{0,60}?\baf\b|\b(?:incasseren|innen) (?:we|wij)\b",
    # German splits "abbuchen" and "einziehen" too: "Wir buchen den Betrag am 15.09. ab", "ziehen wir … ein".
    r"(?:\b(?:buchen|ziehen) wir|\bwir (?:buchen|ziehen))\b[^!?\n]{0,60}?(?:betrag|beitrag|€|\d)[^!?]{0,60}?\b(?:ab|ein)\b"
    r"|\babbuchung:? (?:jeweils )?(?:ab|am|zum)\b|\b(?:einzug|abbuchung|lastschrift) erstmals\b|\berstmals am\b"
    # A contract or membership begun, its fee to come ("Vertragsbeginn: 20.04.2026").
    r"|\bvertragsbeginn\b|\bbeginn (?:der|deiner|ihrer) mitgliedschaft\b|\bmitgliedschaft beginnt\b",
    # A collection announced (the SEPA pre-notification of a direct debit).
    r"aankondiging (?:van (?:de |uw )?)?[\w-]*incasso|\bincassodatum\b|vorab-?ankündigung|vorabinformation|\bpre-?notification\b"
    r"|ankündigung (?:der |ihrer |einer )?(?:sepa-)?lastschrift|\beinzug am\b"
    r"|(?:pré)?avis de prélèvement|aviso de (?:cargo|adeudo)|preavviso di addebito"
    r"|advance notice (?:of|that)\b|we(?:'ll| will) collect\b|\bwill collect (?:a )?(?:payment|[€£$]|\d)",
    # Swedish says a charge to come in the present tense ("Från februari dras 549 kr via autogiro").
    r"\bdras\b[^.!?\n]{0,50}?\b(?:autogiro|kortet|kort|kontot|konto)\b|\bdras (?:den|varje|från)\b|\bkommer att (?:dras|debiteras)\b|\batt betala\b",
    r"(?:is|are) (?:about|due|set|scheduled) to renew|renewal (?:reminder|notice|date)|will be (?:charged|billed)"
    r"|(?:is|are) (?:now )?due for (?:payment|renewal)|\bnext (?:invoice|bill)\b|invoice will be (?:sent|issued|charged)",
    r"(?:first|next) (?:direct debit|payment|charge|collection|instalment)\b.{0,60}?\bwill be (?:collected|taken|debited|charged|paid)",
    r"(?:erste|nächste)n? (?:beitrag|zahlung|lastschrift|rate)\b.{0,60}?\b(?:wird|werden)\b.{0,50}?\beingezogen",
    r"(?:premier|prochain) prélèvement\b.{0,60}?\bsera (?:effectué|réalisé|débité)"
    r"|(?:primer|próximo) (?:cargo|cobro|recibo)\b.{0,60}?\bse (?:cargará|cobrará|realizará)",
    r"wird (?:sich )?(?:automatisch )?verlängert|\bwird\b[^!?\n]{0,40}?\bautomatisch verlängert\b|verlängert sich"
    r"|sera (?:automatiquement )?renouvel"
    r"|se renovará|es renovarà|renovació automàtica|es cobrar(?:à|an)\b|se renouvell|verrà rinnovat|si rinnov(?:er|a\b)|wordt (?:automatisch )?verlengd|\bwordt\b[^!?\n]{0,60}?\bautomatisch\b[^!?\n]{0,30}?\bverlengd\b|será renovad|förnyas|fornyes",
    r"自動(?:更新|継続)され|更新予定|次回(?:の)?(?:更新|請求|お支払い|口座振替)|将(?:自动)?续费|自动续费提醒|即将续费|下次扣款"
    r"|満期日|自動継続(?:となります|のご案内)|継続後の保険料|自動更新(?:のお知らせ|のご案内)|更新期限日"
    # Joined, and the charges to come ("ご入会ありがとうございます … 毎月1日に決済いたします").
    r"|ご入会(?:いただき|ありがとう|手続きが完了)|お申(?:し)?込み(?:いただき|ありがとう)|決済(?:いたします|します|予定)"
    r"|予定(?:している|の)[^。\n]{0,30}(?:決済|お支払い|引き落とし)|가입(?:을 )?(?:환영|완료)|결제 ?예정"
    r"|자동(?:으로)? ?갱신|갱신 예정|다음 결제(?:일)?",
)
PROMO = _rx(
    # "3 months for £1" (not "for another 12 months of Crikey": a renewal's term).
    r"\d+ ?% off|(?<!another )(?<!next )(?<!further )(?<!\d)\d+ months? (?:for|of) |limited[- ]time|offer ends|special offer|exclusive (?:offer|deal)",
    r"we miss you|\bcome back|\bstart (?:your|a) (?:free )?trial|try .{0,30}free|subscribe (?:now|today)",
    r"become a (?:paid )?(?:subscriber|member)|upgrade to (?:a )?paid|black friday|cyber monday|win back",
    r"jetzt (?:abonnieren|testen)|nur für kurze zeit|offre (?:spéciale|limitée)|oferta (?:especial|limitada)",
    r"\d+ ?% de (?:descuento|descompte|réduction|remise)|\d+ ?% (?:rabatt|sconto|korting|rabat)\b",
    r"unsubscribe from\s+(?:our\s+)?marketing|\bcompare (?:quotes|prices|deals)\b|\baverage saving\b",
)
STANDING = _rx(
    r"automatic payment|recurring payment|pre-?approved payment|billing agreement|auto-?pay\b|direct debit",
    r"pre-?authori[sz]ed (?:payments?|debits?|withdrawals?)|(?:débits?|paiements?|prélèvements?) préautorisés?"
    r"|débito automático|domiciliad[oa]\b|口座振替|自動引(?:き)?落(?:と)?し|자동 ?이체|자동 ?납부|自动扣款|代扣",
    r"automatische zahlung|dauerauftrag|lastschrift|paiement automatique|paiement récurrent|prélèvement",
    r"pagos? automáticos?|pago recurrente|domiciliaci[oó]n|pagamento (?:automatico|ricorrente)|addebito diretto",
    r"automatische (?:betaling|incasso)|incasso|débito direto|pagamento automático|autogiro|betalingsservice",
    r"\b(?:automatically|automatisch|automatiquement|automáticamente|automaticamente)\b[^.\n]{0,40}?"
    r"\b(?:debit(?:ed)?|deduct(?:ed)?|collect(?:ed)?|afgeschreven|geïncasseerd|geïnd|abgebucht|eingezogen|prélevée?|débitée?|cobrado|addebitato)\b",
)
"""A charge taken under a standing authority (PayPal's automatic payments, a direct debit, autopay)."""
RECURRING = _rx(
    STANDING.pattern,
    # Not a mailing list's footer: "for (un)subscription information".
    r"(?<!un)(?<!un\))subscription|membership|\bmember\b|your plan|\bplan\b|renew|recurring|auto-?renew",
    r"billing (?:period|cycle)|next (?:billing|payment|charge|renewal|invoice)",
    # A box, a delivery that comes again (meal kits, flowers): the next one, and a week one may skip.
    r"next (?:box|delivery|order|shipment|kit|bouquet|bag|parcel|pack)\b[^.\n]{0,30}?\bwill be"
    r" (?:charged|billed|paid|dispatched|shipped|delivered|sent)|\bskip(?:,| or) (?:swap|pause)"
    r"|skip (?:a|next|this|the next) (?:week|delivery|box)|volgende (?:levering|box|bezorging)|nächste (?:lieferung|box)"
    r"|\bthis week's (?:basket|box|meals?|recipes|delivery)|\bthe following week\b|\byour (?:\w+ )?box\b"
    r"|prochaine livraison|próxima entrega|prossima consegna|\boverslaan\b|(?:woche|lieferung|box) (?:aussetzen|überspringen|pausieren)",
    r"/ ?(?:mo|month|yr|year|mois|monat|mes|mese|maand|mês|jahr|an|año|jaar|ano)\b",
    r"per (?:month|year|annum|quarter|week|fortnight|monat|jahr|mois|maand|jaar)|\bfortnightly\b|\bmonthly\b|\byearly\b|\bannual\b|\bquarterly\b"
    r"|\bweekly\b|wöchentlich|hebdomadaire|semanal\b|settimanale|wekelijks",
    # A pharmacy's or a pet shop's repeat orders.
    r"\bauto-?ship\b|\bautomatic refills?\b|\bauto-?refills?\b|\bnext refill\b|subscribe (?:&|and) save|repeat delivery",
    r"\babo\b|abonnement|abonnent|mitgliedschaft|monatlich|jährlich|laufzeit|nächste (?:zahlung|abbuchung|abrechnung)"
    r"|verlängert sich automatisch|jeden monat\b",
    r"\bformule\b|\bforfait\b|mensuel|annuel|prochain (?:prélèvement|paiement)|adhésion|\brenouvel(?:é|ée|er)\b",
    r"suscripci[oó]n|membres[ií]a|mensual|\banual\b|próximo (?:cobro|pago)",
    r"abbonament[oi]|mensile|annuale|prossimo addebito|lidmaatschap|maandelijks|jaarlijks|volgende betaling|\bbolletta\b",
    r"\brinnov(?:a|ato|erà)\b|\brenueva\b|\brenova\b|\bverlengt\b|rinnovo automatico|prezzo di rinnovo|premio di rinnovo",
    r"subscripció|\bquota (?:mensual|anual|de soci)|propera (?:renovació|quota|factura)|renovació|\bmensual\b",
    r"assinatura|\bmensal\b|próxima cobrança|prenumeration|medlemskap|abonnemang",
    r"nästa (?:betalning|dragning|debitering|faktura|leverans)|månadsavgift|medlemsavgift|årsavgift|bindningstid"
    r"|uppsägningstid|varje månad|kr/mån|förnyas",
    r"mensualidad|mensalidade|\bcada mes\b|cada mês|todo mês|todos os meses|por mais um (?:mês|ano)|por un (?:mes|año) más"
    r"|recurrente|recorrente|fecha de corte|periodo facturado|período de faturamento|mês de referência|periodo de facturación"
    r"|\brenovar\b|nova expiração|nueva fecha de (?:vencimiento|expiración)|new expir(?:y|ation) date",
    r"月ぎめ|月会費|年会費|年払|月払|基本料金|受信料|定期券|自動継続|購読料|ご利用期間|ご使用期間|検針|ご請求月|ご利用分|更新年数"
    r"|기본 ?요금|월 ?납부|납부 ?기한",
    r"abbuchung|addebito su conto",
    r"(?:of|de|di|van|jedes?n?) (?:each|every|chaque|cada|ogni|elke) (?:month|mois|mes|mese|maand)|jeden monats",
    r"every (?:week|month|year|\d+ (?:weeks|months))|month to month|se renueva|renouvellement|verlängerung|rinnovo|renovação"
    r"|próxima renovação|\w*beitrag\b|beitragsrechnung|\babschlag\b|cuota",
    r"maandbedrag|termijnbedrag|jaarafrekening|jahresabrechnung|régularisation annuelle|grundentgelt|grundgebühr|monatsentgelt",
    r"\b(?:monthly )?rent\b|\brent (?:payment|is due|reminder)|\bmiete\b|mietzahlung|\bloyer\b|\balquiler\b|\baffitto\b"
    r"|\bhuur\b|\baluguel\b|\bhyra\b|\bhusleie\b|\blease\b|tenant portal|resident portal",
    r"サブスクリプション|定期購入|定期便|定期配送|定期お届け|月額|年額|毎月|毎年|自動更新|会員|プラン|订阅|訂閱|会员|會員|包月|包年|每月|每年"
    r"|自动续费|自動續費|구독|멤버십|정기 ?결제|자동 ?결제|이용권|매월|매년|갱신|월간|연간|요금제|월 ?이용 ?요금|월정액|월 요금",
)
_MONTHS = "|".join(sorted((n for n in month_names() if len(n) >= 4), key=len, reverse=True))
PERIODIC_BILL = re.compile(
    r"(?:rechnung|facture|factura|fattura|factuur|fatura|\bbill|invoice|\bpremium|\w*beitrag|abschlag|\w*nota|bolletta|\bconta|estado de cuenta|\brecibo"
    r"|\brent|miete|\bhuur|loyer|alquiler|affitto|termijnbedrag)\b.{0,25}?"
    rf"\b(?:(?:für|de|del|di|for|voor|da|of|van)\s+(?:{_MONTHS})\b|(?<!bis )(?<!to )(?<!tot )(?<!au )(?<!al )(?<!- )(?:{_MONTHS})\s+\d{{4}}\b)"
    rf"(?!\s*(?:\d{{4}}\s*)?(?:bis|to|until|à|au|a|al|tot|t/m|[-\u2013])\s*(?:{_MONTHS})\b)"
    # or for a month written in numbers ("Ihre A1 Rechnung 05/2026", "Invoice 11/2026")
    r"|\b(?:rechnung|invoice|bill|facture|factura|fattura|factuur|fatura|bolletta)\s+(?:0?[1-9]|1[0-2])/20\d\d\b(?!\s*[-\u2013])"
)
"""A bill or fee for one named month ("Ihre Rechnung für Oktober", "votre facture de novembre",
"Elternbeitrag für Dezember"): billed each month; not one for a span ("für Januar bis März")."""
HOSTED_RENEWAL = _rx(
    r"(?:domain|hosting|ssl certificate)(?: name)?(?: [\w.-]+){0,2} renewal|renewal of (?:your |the )?(?:domain|hosting)",
    r"(?:domain|hosting)\b[^.\n]{0,40}\b(?:has been|was|is|successfully) renewed",
    r"domainverlängerung|verlängerung (?:der|ihrer|deiner) domain|renouvellement (?:de |du )?(?:votre )?(?:nom de )?domaine"
    r"|renouvellement (?:de l'|d')hébergement|renovación (?:del |de )?(?:dominio|hosting)|rinnovo (?:del )?(?:dominio|hosting)"
    r"|(?:domein|hosting)verlenging|verlenging van (?:je |uw )?(?:domein|hosting)|renovação (?:do|de) (?:domínio|hospedagem)",
)
"""A domain name or hosting renewed: bought as an order, but renewed every year by the registrar's rules."""
ORDER = _rx(
    r"your order\b|order (?:confirmation|confirmed|#|number|no\.?|total)",
    r"bestellung|commande|pedido|\bordine\b|bestelling|beställning|ご注文の確認|注文確認|订单确认|주문 확인",
)
"""An order: bought once, unless what it buys is renewed (HOSTED_RENEWAL)."""
BOOKING = _rx(
    r"\btrip\b|\bbooking\b|reservation|réservation|itinerary|check-in|your (?:stay|flight)|séjour",
    r"\bbokning|\bresa\b|(?<!ab)(?<!um)buchung|\breise\b|reserva|viaje|prenotazione|viaggio|boeking|\breis\b",
)
"""A booking's words (a trip, a stay): bought once; beside them a span of dates is the stay, not a
billing period."""
ONE_OFF = _rx(
    BOOKING.pattern,
    r"has (?:been )?shipped|shipment|tracking",
    r"\bdelivery\b|\bdelivered\b|\bride\b|e-?ticket|\btickets?\b",
    r"one-?time|one-off purchase|in-?app purchase|\bdonation|\bdonate|\bgift\b",
    r"thank(?:s| you) for (?:your )?purchas|merci pour votre achat|gracias por tu compra|danke für (?:ihren|deinen) (?:kauf|einkauf)",
    r"lieferung|sendung|livraison|env[ií]o|spedizione|bezorging",
    r"\bspende|\bdon\b(?![\'\u2019])|donativo|donación",
    r"\bleverans\b|\bpaket(?:et)? (?:är )?på väg",
    r"発送|配送|配達|发货|배송",
    # A credit card's statement: the bank's, not a bill for a service.
    r"minimum payment|pago mínimo|pagamento mínimo|paiement minimum|mindestbetrag|credit limit|límite de crédito"
    r"|limite de crédito|available credit|statement balance",
    r"ご購入手続き|ご購入いただ|購入手続きが完了|追加コンテンツ|구매(?:가)? ?완료|购买成功",
    # An insurer paying out a claim: money to the person, not a premium.
    r"amount claimed|(?:processed|settled|paid|approved) your claim|your claim (?:has been|was|is) (?:processed|settled|paid|approved)"
    r"|\bclaim (?:number|reference|ref)\b",
)
DONATION = _rx(
    r"\bdonation|\bdonate|\bspende|\bdonativo|\bdonación|\bdon (?:de|à|mensuel)|\bdons? récurrents?|\breçu fiscal"
    r"|your gift|tax[- ]deductible"
    r"|\b(?:monthly|regular|next|each) gift\b|\bgift aid\b|registered charity|\bgiving £?\d",
)
INCOMING = _rx(
    r"\byou(?:'ve| have)? received (?:a |an )?(?:new )?(?:ach |card )?(?:payment|transfer|deposit) (?:of|from)\b"
    r"|\b(?:sent you|paid you) (?:a payment|money|[$€£]\s?\d)|\bpaid (?:your|an) invoice\b|\byou got paid\b"
    r"|\bpayout (?:of|is on its way)|\byour payout\b"
    # A pension or an annuity paid out to the person.
    r"|\bannuity (?:income|payments?)\b|\byour (?:state )?pension (?:payments?|income)\b",
    r"\bsie haben (?:eine )?zahlung (?:von [^.\n]{0,40} )?erhalten|vous avez reçu un paiement|has recibido un pago"
    r"|hai ricevuto un pagamento|je hebt een betaling ontvangen|você recebeu um pagamento",
)
"""Money paid to the person (a client's payment, a payout), not a charge to them."""
DISCUSSION = _rx(
    r"reply to this email directly|view it on (?:github|gitlab)|reply to this email to respond|reply to this email to comment",
    r"you(?:'re| are) receiving this because you (?:are subscribed to this thread|were mentioned|were assigned|authored the thread"
    r"|commented|are watching|modified the open/close state)",
    r"this message was (?:sent|automatically generated) by atlassian jira|you received this message because you are subscribed to the google groups",
    # Chat and forum notifications: a message someone posted, quoted.
    r"because you have (?:email |mobile )?notifications (?:turned on|enabled)|\breply in slack\b|\bopen in slack\b"
    r"|reply (?:to this email|via email) to (?:add a )?comment|replied to your (?:comment|post)",
)
"""A discussion's notification (an issue comment, a pull request, a forum post, a group's message):
what people wrote, quoted; a charge it quotes ("the monthly plan was charged $12.00") is theirs to talk about."""
DISCUSSION_TAIL_CHARS = 1500
"""The footer that says so closes the message, however long the thread quoted before it."""

ROLE_ACCOUNT = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|billing|invoices?|receipts?|payments?|support|service|team|hello|info"
    r"|accounts?|notifications?|news|orders?|subscriptions?|abo|abonnement|kundenservice|help|mail|members?"
    r"|factur|rechnung|fattur|fatura|factuur|kundendienst|service-?client|clients?|clientes?|kunden"
    r"|suscripci|assinatur|abbonament|leserservice|aboservice)",
    re.I,
)
"""Local parts that belong to an organisation even on a freemail domain (noreply@proton.me)."""

FREEMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "proton.me",
        "protonmail.com",
        "mail.com",
        "yandex.ru",
        "orange.fr",
        "free.fr",
        "libero.it",
        "t-online.de",
        "hotmail.co.uk",
        "btinternet.com",
        "comcast.net",
        # Mailboxes people keep across the world (not the ISPs that also bill from their domain).
        "gmx.at",
        "gmx.ch",
        "aon.at",
        "chello.at",
        "bluewin.ch",
        "posteo.de",
        "mailbox.org",
        "freenet.de",
        "arcor.de",
        "hotmail.de",
        "hotmail.fr",
        "hotmail.it",
        "hotmail.es",
        "outlook.de",
        "outlook.fr",
        "outlook.es",
        "yahoo.de",
        "yahoo.fr",
        "yahoo.es",
        "yahoo.it",
        "yahoo.co.in",
        "yahoo.co.jp",
        "live.de",
        "live.fr",
        "live.nl",
        "laposte.net",
        "wanadoo.fr",
        "sfr.fr",
        "virgilio.it",
        "alice.it",
        "tiscali.it",
        "telenet.be",
        "skynet.be",
        "ziggo.nl",
        "kpnmail.nl",
        "home.nl",
        "planet.nl",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "qq.com",
        "163.com",
        "126.com",
        "rediffmail.com",
        "bigpond.com",
        "optusnet.com.au",
        "shaw.ca",
        "sympatico.ca",
        "att.net",
        "sbcglobal.net",
        "ymail.com",
        "gmx.com",
        "tutanota.com",
        "tuta.io",
        "hey.com",
        "pm.me",
        "seznam.cz",
        "wp.pl",
        "o2.pl",
        "interia.pl",
    ]
)

_ORDER: tuple[tuple[Signal, re.Pattern[str]], ...] = (
    ("payment_failed", FAILED),
    ("trial_ended", TRIAL_OVER),
    ("cancellation", CANCEL),
    ("trial_ending", TRIAL),
    ("price_change", PRICE),
    ("receipt", RECEIPT),
    ("renewal_notice", RENEWAL),
)
_SCREEN = LiteralScreen(dict(_ORDER))
"""Most mail carries none of the signals' literals: one pass tells, before any pattern is tried."""


@dataclass(frozen=True, slots=True)
class Verdict:
    signal: Signal | None
    recurring: int
    one_off: int
    short_of_recurring: Signal | None = None
    """The signal the message would carry with one more sign of recurrence (a billing period)."""


def is_personal(sender_addr: str, forwarded: bool) -> bool:
    """Mail from a person's own address (a friend, family), not from a company."""
    local, _, domain = sender_addr.lower().rpartition("@")
    return domain in FREEMAIL and not forwarded and not ROLE_ACCOUNT.match(local)


_CALL_TO_CANCEL = re.compile(
    r"\b(?:cancel|refund|authori[sz]e)\w*\b[^.!?]{0,100}?\b(?:call|contact)\b[^.!?]{0,60}?"
    r"\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b"
)
"""A renewal's refund "desk" to phone ("to cancel and get a refund, call +1 (808) 555-0137")."""


def is_call_back_scam(sender_addr: str, forwarded: bool, text: str) -> bool:
    """A renewal invoice from a free mailbox that asks to be phoned to cancel it (a fake Norton or
    Geek Squad renewal): a scam, whatever role its address plays at (invoice.dept.4471@outlook.com).
    A company bills from its own domain."""
    domain = sender_addr.lower().rpartition("@")[2]
    return domain in FREEMAIL and not forwarded and _CALL_TO_CANCEL.search(text.lower()) is not None


_LOOKALIKE = re.compile(
    r"[a-z0-9]-(?:[a-z0-9]+-)*(?:billing|secure|security|verify|verification|accounts?|support|update|renewals?"
    r"|payments?)(?:-|\.|$)"
)
"""A domain dressed as a company's billing desk ("dstv-za-billing.info", "tvl-account-verify.com"):
companies bill from their own name's domain, phishing from one that spells out its purpose."""


def is_lookalike_sender(registrable_domain: str) -> bool:
    """Whether the sender's own domain (not a company's subdomain: "e-billing.vodafone.de" is
    Vodafone's) is a lookalike."""
    return _LOOKALIKE.search(registrable_domain.lower()) is not None


def may_carry_signal(subject: str, text: str) -> bool:
    """False when the message cannot carry a signal (no cue's literal in it): a cheap first test."""
    return bool(_SCREEN.candidates((subject.lower(), text[:BODY_SCAN_CHARS].lower())))


def classify(subject: str, text: str, *, known_service: bool, personal: bool) -> Verdict:
    """The signal a message carries, or ``None`` when it is not subscription mail."""
    subject = subject.lower()
    body = text[:BODY_SCAN_CHARS].lower()
    both = f"{subject}\n{body}"
    if personal or DONATION.search(both) or INCOMING.search(both):
        return Verdict(None, 0, 0)
    said = _signal(subject, body)
    if said in _TRIALS and _only_supposed(_TRIALS[said], both):
        said = _signal(subject, body, skip=frozenset(_TRIALS))
    if said == "cancellation" and _ONE_OFF_BUY.search(both):
        return Verdict(None, 0, 0)  # "This is a one-off purchase and won't renew": no plan to end
    if said == "cancellation" and (_renews_at_its_end(both) or _plan_replaced(both)):
        said = _signal(subject, body, skip=frozenset({"cancellation"}))
    if said == "receipt" and LAST_CHARGE.search(body):
        said = "cancellation"
    if said == "cancellation" and _TRIAL_WORD.search(both) and NO_CHARGE.search(both):
        said = "trial_ended"  # a free trial cancelled before its first charge
    signal = after_trial(said, both) if said in _TRIALS else said
    if (
        signal is None
        or _is_promotion(both, signal)
        or _no_payment_failed(both, signal)
        or _discussion(text)
        or _bulletin(text, both, signal)
    ):
        return Verdict(None, 0, 0)
    cues = _CUES.narrowed((both,))
    recurring = _distinct(cues["recurring"], both) + (1 if PERIODIC_BILL.search(both) else 0)
    recurring += 1 if STRONG_RECURRING.search(both) else 0
    # Phone lines, energy, insurance, taxes and loans are paid period after period.
    recurring += 1 if cues["utility"].search(both[:BILL_SCAN_CHARS]) else 0
    # A trial over is how a subscription begins: it counts as a sign of recurrence, whatever came of
    # it (one that lapsed is never shown as active; the charge of one that converted is the plan's),
    # and so does a trial ending into a charge ("your card will be charged $15.00 for your first month").
    began = "trial_ended" in (said, signal) or (signal == "trial_ending" and RENEWAL.search(both) is not None)
    recurring += 1 if began else 0
    # A box that comes each week is an order with a delivery every time: that is how it recurs.
    boxed = BOX.search(both) is not None
    one_off = _distinct(cues["one_off"], both, boxed) + (
        0 if HOSTED_RENEWAL.search(both) or boxed else _distinct(ORDER, both)
    )
    if not recurring_enough(signal, recurring, one_off, known_service):
        short = signal if recurring_enough(signal, recurring + 1, one_off, known_service) else None
        return Verdict(None, recurring, one_off, short)
    return Verdict(signal, recurring, one_off)


NEWSLETTER = _rx(
    r"you(?:'re| are) (?:subscribed|signed up) to (?:[\w&'-]+ ){0,5}(?:news|newsletters?|updates|bulletins?|alerts|mailing list)\b",
    r"you(?:'re| are) receiving this (?:newsletter|bulletin|news update)",
)
"""A bulletin's footer ("You are subscribed to Council news for …"): what it says of prices is
said to all its readers ("A Band D property will pay £1,753.64 a year")."""


def _bulletin(text: str, both: str, signal: Signal) -> bool:
    """Whether a notice of prices or renewals is a mailing list's bulletin (its footer says so, in
    ``text``'s tail), not this person's bill (``both``, lower case, holds no receipt's words)."""
    return (
        signal in ("price_change", "renewal_notice")
        and NEWSLETTER.search(text[-DISCUSSION_TAIL_CHARS:].lower()) is not None
        and not _TRANSACTIONAL.search(both)
    )


def _discussion(text: str) -> bool:
    """Whether the message is a discussion's notification (its footer says so); asked only of mail
    that carries a signal, as most mail carries none."""
    return DISCUSSION.search(text[-DISCUSSION_TAIL_CHARS:].lower()) is not None


def after_trial(signal: Signal, text: str) -> Signal:
    """What a trial's end leads to. A trial over whose mail states a charge, taken or to come, has
    turned into a paid plan (a receipt, or the notice of the first charge); a trial, ending or over,
    that the person must upgrade to keep is followed by nothing (``trial_ended``)."""
    if signal == "trial_ended":
        if NO_CHARGE.search(text):
            return signal
        if RECEIPT.search(text):
            return "receipt"
        if RENEWAL.search(text) or PLAN_STARTS.search(text):
            return "renewal_notice"
        return signal
    if UPGRADE_ASKED.search(text) and not RENEWAL.search(text):
        return "trial_ended"
    return signal


_TRIAL_WORD = re.compile(r"\btrial\b|proef|probe|\bessai|prueba|\bprova\b|\bteste\b|無料体験|试用|무료 체험")
NO_CHARGE = _rx(
    r"(?:won't|will not) be (?:charged|billed)|nothing (?:will be|is) charged|no (?:charge|payment) will be (?:made|taken)",
    r"(?:wordt|worden) (?:er )?(?:niets|geen [\w-]+) (?:afgeschreven|in rekening gebracht|geïncasseerd)",
    r"wird nichts (?:abgebucht|berechnet)|keine (?:kosten|abbuchung)|ne sera pas (?:prélevé|débité|facturé)|aucun (?:prélèvement|frais)",
    r"no se (?:te |le )?(?:cobrará|realizará ningún cargo)|non (?:ti |le )?verrà addebitat|não será cobrad|nada será cobrado",
    r"debiteras (?:du )?(?:ingenting|inte)|ingen (?:avgift|debitering) (?:dras|tas ut)",
)
"""A trial ended with nothing charged: no paid plan follows it."""

_TRIALS: dict[str, re.Pattern[str]] = {"trial_ending": TRIAL, "trial_ended": TRIAL_OVER}
_SUPPOSED = re.compile(r"\bif (?:(?:your|the)\b[^.!?]{0,50})?$")


def _only_supposed(pattern: re.Pattern[str], text: str) -> bool:
    """Whether every mention is supposed ("If your free trial is coming to an end soon, sign up"):
    a newsletter's line to whichever readers are on trial, not news of this person's trial."""
    return all(_SUPPOSED.search(text, max(0, m.start() - 50), m.start()) for m in pattern.finditer(text))


def _renews_at_its_end(text: str) -> bool:
    """Whether the only cancellation cue is a period's end the mail says is followed by a renewal."""
    return RENEWAL.search(text) is not None and all(
        EXPIRY.fullmatch(m.group(0)) for m in CANCEL.finditer(text)
    )


_OLD_PLAN_ENDED = re.compile(
    r"\b(?:previous|old|former|current) (?:[\w&+-]+ ){0,3}(?:plan|package|subscription|tier)\b[^.\n]{0,30}?"
    r"\b(?:has been |was |is |will be )?(?:cancell?ed|ended|replaced)\b"
)
_NEW_PLAN = re.compile(r"\bnew (?:plan|package|tier)\b|\byour plan (?:has been |was )?changed\b")


def _plan_replaced(text: str) -> bool:
    """Whether what was cancelled is only the plan a new one replaces ("New plan: Music &
    Entertainment … Your previous All Access plan has been cancelled effective today")."""
    return _NEW_PLAN.search(text) is not None and all(
        _OLD_PLAN_ENDED.search(text[max(0, m.start() - 80) : m.end() + 10]) for m in CANCEL.finditer(text)
    )


def _no_payment_failed(text: str, signal: Signal) -> bool:
    """Whether a "failed payment" is only a card about to expire with a request to update it, or
    a membership on hold that the member asked for: no payment is said to have failed."""
    if signal != "payment_failed":
        return False
    said = [m.group(0) for m in FAILED.finditer(text)]
    if CARD_EXPIRING.search(text) and all(UPDATE_PAYMENT.fullmatch(m) for m in said):
        return True
    return ASKED_FOR.search(text) is not None and all(ON_HOLD.fullmatch(m) for m in said)


def _distinct(pattern: re.Pattern[str], text: str, boxed: bool = False) -> int:
    """How many different cue words of a group occur (for a box, not its delivery)."""
    return len(
        {m.group(0) for m in pattern.finditer(text) if not (boxed and _DELIVERY.fullmatch(m.group(0)))}
    )


_DELIVERY = re.compile(
    r"delivery|delivered|lieferung|livraison|env[ií]o|spedizione|bezorging|shipment|leverans"
)
BOX = re.compile(
    r"\b(?:your|this week's|next|weekly) (?:\w+ )?box\b|\bmeal kit\b|maaltijdbox|kochbox|box repas|matkass|\bskip a week\b"
    r"|panier hebdomadaire|sauter une semaine"
    r"|\b(?:deine|ihre|eure|nächste) (?:\w+ )?box\b"
)
"""A box that comes again: a meal kit's, a veg box's."""


def _signal(subject: str, body: str, skip: frozenset[str] = frozenset()) -> Signal | None:
    narrowed = _SCREEN.narrowed((subject, body))
    order = [(name, narrowed[name]) for name, _pattern in _ORDER if name in narrowed and name not in skip]
    for name, pattern in order:
        if pattern.search(subject):
            return name
    for name, pattern in order:
        if pattern.search(body):
            return name
    return None


RENT = re.compile(
    r"\b(?:your|monthly|the|of|pay) rent\b|\brent (?:payment|is due|due|reminder|receipt|for|charge|invoice|paid)\b"
    r"|\bmiete\b|mietzahlung|\bloyer\b|\balquiler\b|\baffitto\b|\bhuur\b|\baluguel\b|\bhyra\b"
    r"|\bhusleie\b|property manag|hausverwaltung|gérance|\blandlord\b|vermieter|bailleur|arrendador|verhuurder"
)
"""Rent, and the landlords and property managers it is paid to: a bill, not a subscription."""
UTILITY = re.compile(
    # Insurance ("premium" alone is also a streaming plan's name, so not that word).
    r"insurance|\bmedicare\b|\bmedigap\b|\bpolicy (?:number|no\b)|\bpolizza\b|\bpóliza\b|\bapólice\b|\bmutuelle\b|verzeker|\bpolis(?:nummer)?\b|\bpremie\b|jaarpremie|versicherung"
    r"|\bassurances?\b|complémentaire santé|\bassureur|\bseguros?\b|assicurazion|forsikring|försäkring"
    # Phone, internet and their lines (a film's "TV" or an app "on your phone" is not enough).
    r"|sim[- ]only|(?:mobile|phone|cell) (?:plan|bill|contract|line)|\bcell ?phone (?:number|contract|bill)\b|broadband|glasvezel|fibre|\bfiber\b"
    r"|\binternet\b[^.\n]{0,20}\b(?:tv|bellen|telefon\w*)\b|mobilfunk|handyvertrag|festnetz|forfait (?:mobile|internet)"
    r"|fibra|(?:línea|tarifa) (?:móvil|movil)|\bmobiel abonnement|telecom"
    r"|\broaming\b|(?:tu|su|sua|seu) (?:línea|linha)\b|\b(?:línea|linha)\s*:|telefon[ií]a|línea telefónica|linha telefônica"
    r"|banda larga|banda ancha|\bmegas\b|plano (?:pós|pré|controle)|\bkwh\b|conta de (?:luz|energia|água|gás|telefone|celular)"
    r"|保険|受信料|電気料金|ガス料金|水道料金|ユニバーサルサービス料|通信料|光回線|検針|보험|전기 ?요금|가스 ?요금|통신 ?요금|수도 ?요금|관리비"
    r"|保险|电费|燃气费|水费|话费|宽带"
    # Energy and water, by what is supplied and the instalments it is paid in.
    # Italian calls a utility's or a phone line's bill a "bolletta".
    r"|\bbollett[ae]\b|\b(?:energy|energia|energie|énergie)\b(?! (?:cardio|fitness|gym|drinks?|bars?))|electricity|\bgas (?:and|&) electric|energy (?:bill|supply)|\bstroom\b|energierekening|termijnbedrag"
    r"|strom(?:tarif|rechnung|abschlag)|\babschlag|électricité|\bluz y gas\b|luce e gas|water (?:bill|rates)|utility bill"
    # Broadcasting fees, childcare and school fees.
    r"|rundfunkbeitrag|beitragsservice|orf-beitrag|tv licen[cs]e|licence fee|redevance audiovisuelle|canone rai"
    r"|\bkita\b|kindergarten|daycare|childcare|crèche|guardería|asilo nido|kinderopvang|school fees|tuition|schulgeld"
    r"|cantine|restauration scolaire|périscolaire|comedor escolar|mensa scolastica|facture d'eau|consommation d'eau"
    r"|\bbox internet|\bfreebox\b|\bsewerage\b|\bwastewater\b|\bwater (?:usage|charges?|service|supply)\b"
    r"|\bpower and gas\b|\bgas and power\b|\bpower bill\b"
    r"|factura d'aigua|factura de(?:l)? agua|subministrament d'aigua|suministro de agua|\b\d+ ?m³"
    r"|\belnät|\belhandel|\bnätavgift|\bbredband|mobilabonnemang|\bbolån|förskoleavgift|bostadsrättsförening|\bbrf\b"
    r"|\brates (?:instalment|notice|account|assessment|bill)\b|\bcouncil rates\b"
    r"|personal contract purchase|hire purchase|car finance|finance agreement"
    # Gas by its charges and its units; an owners' association's dues and assessments.
    r"|\bgas (?:charges?|usage|bill|supply|service)\b|\b\d+ (?:ccf|therms?)\b"
    r"|\bhomeowners'? association\b|\bcondominium association\b|\bhoa (?:dues|assessment)\b"
    r"|\b(?:monthly|quarterly|annual|q[1-4](?: \d{4})?) assessment\b"
    r"|health (?:insurance|cover|fund)|hospital cover|extras cover|\bbin (?:collection|charges?|service)\b"
    r"|refuse collection|waste collection|vehicle registration|\brego\b|\brates notice\b|\bcouncil rates\b"
    # Taxes and loans.
    # (the taxes households pay in instalments, not "Steuer"/"belasting" in any invoice's VAT line)
    r"|council tax|property tax|gemeentelijke belasting|motorrijtuigenbelasting|waterschapsbelasting"
    r"|afvalstoffenheffing|onroerendezaakbelasting|kfz-steuer|grundsteuer|hundesteuer|taxe foncière|taxe d'habitation|\bloan (?:payment|statement|instalment)"
    r"|\blening\b|kreditrate|kreditvertrag|\bprêt\b|préstamo|hypotheek|mortgage"
    r"|student loans?\b|\bfinanziamento\b|\bprestito\b|empréstimo|financiamento"
)
"""What households pay bills for: insurance, phone and internet, energy and water, taxes, loans."""


BILL_SCAN_CHARS = 600


def is_bill(sender_name: str, subject: str, text: str) -> bool:
    """Whether the mail is about rent, insurance, a phone line, energy, a tax or a loan: said by who
    sends it, its subject or its opening lines (a film store's "rent or buy", a streaming app's
    "watch on your phone" further down do not make a receipt a bill)."""
    about = f"{sender_name}\n{subject}\n{text[:BILL_SCAN_CHARS]}".lower()
    return RENT.search(about) is not None or UTILITY.search(about) is not None


_SUBJECT_WORDS = _rx(
    r"pa(?:y|id|iement|go|gamento)|bill|charg|order|purchase|account|plan\b|premium|welcome|confirm|thank",
    r"willkommen|bienvenu|bienvenid|benvenut|welkom|bem-vind|välkommen|velkommen",
    r"zahlung|beleg|abrechnung|bestätigung|commande|achat|compra|acquisto|aankoop|betaling|cobro|addebito",
    r"statement|relevé|estado de cuenta|extrato|estratto|afschrift|recibo|ricevuta|reçu|factu|fattur|fatura",
    r"cotisation|tarif|mensualit|échéanc|cuota|\bquota\b|contributie|contribution|\bprice|\bprix\b|\bpreis|prijs|precio|prezzo|preço",
    r"支払|決済|請求|領収|購入|料金|更新|会員|支付|付款|扣款|账单|帳單|续费|續費|订阅|訂閱|결제|영수증|청구|요금|갱신",
    r"bedrag|betrag|montant|importe|importo|termijn|\bnota\b|incasso|lastschrift|prélèvement|premie|prämie|beitrag",
    r"kvitto|faktura|avgift|betalning|abonnemang|prenumeration|medlemskap|uppsägning|förnyas",
    # What comes again: a plan's next delivery, one skipped.
    r"\bnext (?:[\w'\u2019-]+ ){0,2}(?:delivery|box|bag|order)\b|\bskipped\b",
)


def subject_says_billing(subject: str) -> bool:
    """Whether a subject line is about money or a subscription ("Your receipt from Apple."), not an
    article title ("Bush Covers the Waterfront"): newsletters carry billing cues in their footers only."""
    lowered = subject.lower()
    return _signal(lowered, "") is not None or bool(
        RECURRING.search(lowered) or _SUBJECT_WORDS.search(lowered)
    )


_TRANSACTIONAL = re.compile(
    r"\breceipt\b|amount paid|total charged|invoice (?:no|number|#)|order total|charged to\b|charged today\b"
)


_CUES = LiteralScreen({"recurring": RECURRING, "one_off": ONE_OFF, "utility": UTILITY})
"""The cue groups counted in every message with a signal: narrowed, as the signals' own patterns are."""


def _is_promotion(text: str, signal: Signal) -> bool:
    if signal == "payment_failed" or not PROMO.search(text):
        return False
    return not _TRANSACTIONAL.search(text)


_ONE_OFF_BUY = re.compile(r"\bone-?(?:off|time) (?:purchase|payment|charge)\b")


def recurring_enough(signal: Signal, recurring: int, one_off: int, known: bool) -> bool:
    if signal == "receipt":
        return recurring >= 3 or (recurring >= 1 and one_off <= recurring - 1) or (known and one_off == 0)
    return (recurring >= 1 and one_off <= recurring) or (known and one_off == 0)
