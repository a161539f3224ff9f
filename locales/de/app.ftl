# Latchkey-Desktop-App: Texte der Benutzeroberfläche.
# Fehlermeldungen sagen, was passiert ist und was jetzt zu tun ist. Ids: error-<Code mit . und _ als ->.

## Allgemein

common-app-name = Latchkey
common-back = Zurück
common-retry = Erneut versuchen
common-unlock-now = Konto jetzt entsperren
common-retrying = Wird erneut versucht …
common-show-password = Anzeigen
common-hide-password = Verbergen
common-rule-met = Erfüllt:
common-rule-unmet = Nicht erfüllt:
common-error-code = Fehlercode: { $code }
common-helpdesk-intro = Wenn Sie Hilfe brauchen, wenden Sie sich an Ihren Helpdesk:
common-helpdesk-generic = Wenn Sie Hilfe brauchen, wenden Sie sich an Ihren IT-Helpdesk.
common-step = Schritt { $step } von { $total }:
common-cancel = Abbrechen
common-copied = Kopiert.
common-copy-failed = Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.

## Start

start-flows-label = Was möchten Sie tun?
start-flow-reset = Kennwort zurücksetzen
start-flow-unlock = Konto entsperren
start-flow-change = Kennwort ändern
start-flow-security-info = Meine Sicherheitsinformationen
start-offline = Sie sind offline: { $tenant } ist gerade nicht erreichbar, daher zeigt diese Seite gespeicherte Einstellungen. Verbinden Sie sich mit dem Netzwerk, bevor Sie fortfahren.
start-no-flows = Ihre Organisation hat auf diesem Gerät keine Self-Service-Funktionen freigeschaltet. Wenden Sie sich an Ihren Helpdesk.
start-not-set-up-title = Diese App ist noch nicht eingerichtet
start-not-set-up-help = Ihre IT-Abteilung muss Latchkey auf diesem Gerät noch mit Ihrer Organisation verbinden. Wenden Sie sich an sie und nennen Sie den Fehlercode unten.
start-unreachable-title = Der Kennwortserver Ihrer Organisation ist nicht erreichbar
start-unreachable-help = Prüfen Sie, ob dieses Gerät mit dem Netzwerk verbunden ist, und versuchen Sie es erneut. Wenn es weiterhin nicht klappt, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode unten.
start-failed-title = Latchkey konnte die Einstellungen Ihrer Organisation nicht laden
start-failed-help = Versuchen Sie es erneut. Wenn es weiterhin nicht klappt, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode unten.

## Fußzeile

footer-helpdesk-title = Helpdesk:
footer-helpdesk-web = Web:
footer-helpdesk-email = E-Mail:
footer-helpdesk-phone = Telefon:
stay-signed-in = Auf diesem Gerät angemeldet bleiben
stay-signed-in-unreadable = Der Schlüsselbund dieses Geräts konnte nicht gelesen werden, daher kann Ihre gespeicherte Anmeldung nicht verwendet werden. Melden Sie sich an, um fortzufahren; alles andere funktioniert.
managed-by-organization = Von Ihrer Organisation festgelegt
footer-language = Sprache

## Kennwort ändern

change-title = Kennwort ändern
change-required-notice = Sie müssen Ihr Kennwort ändern, bevor Sie fortfahren können, zum Beispiel weil der Helpdesk Ihnen ein vorläufiges gegeben hat. Wählen Sie hier ein neues Kennwort und melden Sie sich dann erneut an, um Ihre Sicherheitsinformationen zu sehen.
change-step = Schritt { $step } von { $total }:
change-step-sign-in = Anmelden
change-step-new-password = Neues Kennwort wählen
change-username = Benutzerkennung
change-username-hint = Ihr Benutzername oder Ihre E-Mail-Adresse
change-current-password = Aktuelles Kennwort
change-new-password = Neues Kennwort
change-confirm-password = Neues Kennwort wiederholen
change-submit = Kennwort ändern
change-submitting = Ihr Kennwort wird geändert …
change-username-required = Geben Sie Ihre Benutzerkennung ein.
change-current-password-required = Geben Sie Ihr aktuelles Kennwort ein.
change-new-password-required = Geben Sie ein neues Kennwort ein.
change-password-not-accepted = Dieses neue Kennwort kann nicht verwendet werden:
change-done-title = Kennwort geändert
change-done-text = Ihr Kennwort wurde geändert. Melden Sie sich damit an diesem Gerät an.
change-done-back = Zurück zum Start
change-done-returning = { $seconds ->
    [one] In { $seconds } Sekunde geht es zurück zur Startseite.
   *[other] In { $seconds } Sekunden geht es zurück zur Startseite.
}

## Neues Kennwort: Checkliste und Stärke

password-rule-heading = Ihr neues Kennwort muss:
password-rule-length = { $min } bis { $max } Zeichen lang sein
password-rule-not-banned = kein gängiges oder gesperrtes Kennwort sein
password-rule-not-breached = in keinem bekannten Datenleck vorkommen
password-rule-strength = schwer zu erraten sein: mindestens „{ $level }“
password-rule-no-user-info = weder Ihren Namen noch Ihre Benutzerkennung enthalten
password-rule-unknown = Regel „{ $rule }“ erfüllen
password-strength-label = Stärke: { $level }
password-strength-none = noch nicht bewertet
password-strength-0 = sehr schwach
password-strength-1 = schwach
password-strength-2 = mittel
password-strength-3 = gut
password-strength-4 = stark

## Anmelden (vor „Meine Sicherheitsinformationen“)

sign-in-title = Anmelden
sign-in-intro = Melden Sie sich an, um zu sehen und zu ändern, womit Sie nachweisen, dass Sie es sind.
sign-in-password = Kennwort
sign-in-password-required = Geben Sie Ihr Kennwort ein.
sign-in-submit = Anmelden
sign-in-submitting = Anmeldung läuft …
sign-in-again = Erneut anmelden
step-up-again = Erneut bestätigen

## Zusätzliche Bestätigung mit einer registrierten Methode

mfa-title = Bestätigen Sie, dass Sie es sind
mfa-intro = Bevor Sie Ihre Sicherheitsinformationen sehen oder ändern können, bestätigen Sie mit einer Ihrer Methoden, dass Sie es sind.
mfa-choose = Wählen Sie, wie Sie sich bestätigen
mfa-no-methods = Sie haben noch keine Methode, mit der Sie sich bestätigen können. Wenden Sie sich an Ihren Helpdesk; dort hilft man Ihnen, eine einzurichten.
mfa-totp-prompt = Geben Sie den 6-stelligen Code aus Ihrer Authentifizierungs-App ein
mfa-backup-prompt = Geben Sie einen Ihrer Sicherungscodes ein (jeder funktioniert nur einmal)
mfa-questions-intro = Beantworten Sie Ihre Sicherheitsfragen so, wie Sie es beim Einrichten getan haben.
mfa-questions-loading = Ihre Fragen werden geladen …
mfa-answers-required = Beantworten Sie alle Fragen.
mfa-submit = Bestätigen
mfa-submitting = Wird bestätigt …

## Einmalcodes per E-Mail oder SMS

code-sending = Wird gesendet …
code-sending-to = Ein Code wird an { $hint } gesendet …
code-sent = Wir haben einen Code an { $hint } gesendet.
code-lifetime = { $minutes ->
    [one] Er ist { $minutes } Minute lang gültig.
   *[other] Er ist { $minutes } Minuten lang gültig.
}
code-enter = Code eingeben
code-required = Geben Sie den Code ein, den Sie erhalten haben.
code-resend = Neuen Code senden
code-resend-wait = Neuen Code senden (in { $seconds } s)

## Arten von Methoden

method-kind-totp = Authentifizierungs-App
method-kind-email = E-Mail
method-kind-phone = Mobiltelefon
method-kind-questions = Sicherheitsfragen
method-kind-security-key = Sicherheitsschlüssel
method-kind-backup-codes = Sicherungscodes
method-kind-other = Andere Methode ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } „{ $name }“

## Meine Sicherheitsinformationen

security-info-title = Meine Sicherheitsinformationen
security-info-signed-in-as = Angemeldet als { $user }
security-info-loading = Ihre Sicherheitsinformationen werden geladen …
security-info-list-label = Ihre Methoden
security-info-empty = Sie haben noch keine Methode hinzugefügt.
security-info-registration-required = { $required ->
    [one] Ihre Organisation verlangt { $required } Methode, damit Sie Ihr Kennwort selbst zurücksetzen können. Bisher haben Sie { $count }: Fügen Sie eine mit „Methode hinzufügen“ hinzu.
   *[other] Ihre Organisation verlangt { $required } Methoden, damit Sie Ihr Kennwort selbst zurücksetzen können. Bisher haben Sie { $count }: Fügen Sie weitere mit „Methode hinzufügen“ hinzu.
}
security-info-reconfirm = Bitte bestätigen Sie, dass Ihre Angaben noch aktuell sind. Wenn sich etwas geändert hat, passen Sie es zuerst an; sonst wählen Sie „Bestätigen“.
security-info-reconfirm-button = Bestätigen
security-info-confirmed = Danke: Ihre Sicherheitsinformationen sind bestätigt.
security-info-default = Standard
security-info-unverified = Nicht abgeschlossen
security-info-added-on = Hinzugefügt am { DATETIME($date, dateStyle: "medium") }
security-info-last-used = zuletzt verwendet am { DATETIME($date, dateStyle: "medium") }
security-info-never-used = noch nie verwendet
security-info-make-default = Als Standard festlegen
security-info-default-set = { $method } ist jetzt Ihre Standardmethode.
security-info-remove = Entfernen
security-info-remove-question = { $method } entfernen? Sie können diese Methode dann nicht mehr zur Bestätigung oder zum Zurücksetzen Ihres Kennworts verwenden.
security-info-remove-confirm = Ja, entfernen
security-info-removed = { $method } wurde entfernt.
security-info-add = Methode hinzufügen
security-info-add-label = Wählen Sie die Methode, die Sie hinzufügen möchten
security-info-backup-replaces = Neue Codes ersetzen Ihre alten
security-info-sign-out = Abmelden

## Registrierung: zuerst nach der Anmeldung gefragt (Richtlinie der Organisation)

interrupt-register-title = Ihre Organisation benötigt weitere Angaben, um Ihr Konto zu schützen
interrupt-register-intro = Fügen Sie die Methoden hinzu, die Ihre Organisation verlangt, damit Sie Ihr Kennwort selbst zurücksetzen können, falls Sie es einmal vergessen.
interrupt-register-count = Verlangte Methoden: { $required } · bisher registriert: { $registered }
interrupt-register-button = Meine Methoden einrichten
interrupt-reconfirm-title = Sind Ihre Sicherheitsinformationen noch aktuell?
interrupt-reconfirm-intro = Ihre Organisation bittet Sie, von Zeit zu Zeit zu prüfen, ob die Methoden zum Zurücksetzen Ihres Kennworts noch funktionieren. Registriert sind:
interrupt-reconfirm-confirm = Alles korrekt
interrupt-reconfirm-update = Angaben aktualisieren
interrupt-skip = Vorerst überspringen (noch { $left })
interrupt-skipped = Vorerst übersprungen. Bei der nächsten Anmeldung werden Sie wieder gefragt (verbleibende Male: { $left }).
interrupt-no-skips = Sie haben diesen Schritt so oft übersprungen, wie Ihre Organisation erlaubt. Schließen Sie ihn ab, um fortzufahren.

## Authentifizierungs-App hinzufügen

totp-title = Authentifizierungs-App hinzufügen
totp-loading = Wird vorbereitet …
totp-step-scan = QR-Code scannen
totp-scan-intro = Öffnen Sie Ihre Authentifizierungs-App (zum Beispiel Microsoft Authenticator oder Google Authenticator), fügen Sie ein Konto hinzu und scannen Sie diesen Code.
totp-qr-label = QR-Code für Ihre Authentifizierungs-App
totp-qr-unavailable = Der QR-Code kann nicht angezeigt werden. Geben Sie stattdessen den Schlüssel unten in Ihrer App ein.
totp-key-label = Schlüssel:
totp-copy = Schlüssel kopieren
totp-cant-scan = Sie können den Code nicht scannen?
totp-manual-intro = Wählen Sie in Ihrer App, dass Sie einen Einrichtungsschlüssel von Hand eingeben, und tragen Sie ein:
totp-manual-account = Kontoname
totp-manual-issuer = Aussteller
totp-manual-key = Schlüssel
totp-manual-type = Art
totp-manual-type-value = Zeitbasiert
totp-manual-digits = Stellen
totp-step-code = 6-stelligen Code eingeben
totp-code-label = Der Code, den Ihre App gerade anzeigt
totp-code-hint = Die App zeigt alle 30 Sekunden einen neuen Code. Geben Sie den ein, der gerade angezeigt wird.
totp-submit = Fertigstellen
totp-submitting = Code wird geprüft …
totp-added = Authentifizierungs-App hinzugefügt. Ab jetzt können Sie sich mit ihren Codes bestätigen.

## E-Mail-Adresse oder Mobiltelefon hinzufügen

contact-email-title = E-Mail-Adresse hinzufügen
contact-phone-title = Mobiltelefon hinzufügen
contact-email-intro = Wir senden einen Code an diese Adresse, um zu prüfen, dass sie Ihnen gehört. Verwenden Sie eine Adresse, die Sie auch erreichen, wenn Ihr Arbeitskonto gesperrt ist.
contact-phone-intro = Wir senden einen Code per SMS an diese Nummer, um zu prüfen, dass sie Ihnen gehört.
contact-email-step = E-Mail-Adresse eingeben
contact-phone-step = Mobilnummer eingeben
contact-email-label = E-Mail-Adresse
contact-email-hint = Zum Beispiel name@example.com
contact-country-label = Land oder Region
contact-country-other = Andere (+ und Ländervorwahl eintippen)
contact-phone-label = Mobilnummer
contact-phone-hint = Die Nummer ohne Ländervorwahl oder die ganze Nummer, beginnend mit +.
contact-phone-preview = Wir senden den Code an { $number }.
contact-send = Code senden
contact-code-step = Code eingeben
contact-email-change = Andere Adresse verwenden
contact-phone-change = Andere Nummer verwenden
contact-verify = Bestätigen
contact-verifying = Wird bestätigt …
contact-email-added = E-Mail-Adresse hinzugefügt.
contact-phone-added = Mobiltelefon hinzugefügt.

## Sicherheitsfragen

questions-title = Sicherheitsfragen einrichten
questions-loading = Die Fragen werden geladen …
questions-intro = { $count ->
    [one] Wählen Sie { $count } Frage und beantworten Sie sie.
   *[other] Wählen Sie { $count } verschiedene Fragen und beantworten Sie jede davon.
}
questions-rules = Jede Antwort braucht { $min } bis { $max } Zeichen, und keine zwei Antworten dürfen gleich sein. Wählen Sie Antworten, die nur Sie kennen und sich genau merken; sie werden so gespeichert, dass niemand sie lesen kann.
questions-number = Frage { $number } von { $total }
questions-question-label = Frage
questions-answer-label = Ihre Antwort
questions-choose = Frage auswählen …
questions-choose-required = Wählen Sie eine Frage für Frage { $number }.
questions-submit = Antworten speichern
questions-saving = Wird gespeichert …
questions-added = Sicherheitsfragen gespeichert.

## Sicherungscodes

backup-title = Sicherungscodes
backup-generating = Ihre Codes werden erstellt …
backup-intro = { $count ->
    [one] Hier ist { $count } Sicherungscode. Er funktioniert einmal, wenn Sie Ihre anderen Methoden nicht verwenden können.
   *[other] Hier sind { $count } Sicherungscodes. Jeder funktioniert einmal, wenn Sie Ihre anderen Methoden nicht verwenden können.
}
backup-once = Sie sehen diese Codes nur jetzt. Sicherungscodes, die Sie vorher hatten, funktionieren nicht mehr.
backup-copy = Kopieren
backup-save = Als Textdatei speichern
backup-saved-file = Sie finden backup-codes.txt in Ihren Downloads.
backup-print = Drucken
backup-saved-confirm = Ich habe diese Codes sicher aufbewahrt
backup-done = Fertig
backup-added = Neue Sicherungscodes erstellt. Bewahren Sie sie sicher auf.
backup-file-title = Sicherungscodes für { $tenant }
backup-file-user = Konto: { $user }
backup-file-date = Erstellt: { DATETIME($date, dateStyle: "long") }
backup-file-note = Jeder Code funktioniert einmal. Halten Sie diese Datei unter Verschluss.

## Sicherheitsschlüssel hinzufügen

security-key-title = Sicherheitsschlüssel hinzufügen
security-key-intro = Ein Sicherheitsschlüssel ist ein kleines USB- oder NFC-Gerät, das mit einer Berührung bestätigt, dass Sie es sind.
security-key-step-name = Schlüssel benennen
security-key-name-label = Name des Schlüssels
security-key-name-hint = Damit Sie Ihre Schlüssel unterscheiden können, zum Beispiel „Blauer Schlüssel“ oder „Schlüsselbund“.
security-key-name-required = Geben Sie dem Schlüssel einen Namen, zum Beispiel „Blauer Schlüssel“.
security-key-register = Weiter
security-key-step-touch = Schlüssel einstecken und berühren
security-key-touch = Stecken Sie Ihren Sicherheitsschlüssel ein und berühren Sie ihn, wenn er blinkt …
security-key-touch-hint = Wenn Ihr Schlüssel eine PIN braucht, fragt diese App Sie danach. Sie haben etwa eine Minute Zeit.
security-key-added = Sicherheitsschlüssel „{ $name }“ hinzugefügt.
security-key-done = Zurück zu meinen Sicherheitsinformationen
security-key-pin-label = PIN des Sicherheitsschlüssels
security-key-pin-hint = Die PIN, die Sie für diesen Sicherheitsschlüssel festgelegt haben, nicht das Kennwort Ihres Kontos. Berühren Sie danach den Schlüssel, wenn er blinkt.
security-key-pin-submit = Weiter
security-key-pin-empty = Geben Sie die PIN Ihres Sicherheitsschlüssels ein.

## Zurücksetzen und Entsperren (ohne Anmeldung)

reset-title = Kennwort zurücksetzen
unlock-title = Konto entsperren
reset-step-who = Wer sind Sie?
reset-who-intro = Geben Sie Ihre Benutzerkennung ein. Danach bestätigen Sie mit Ihren registrierten Methoden, dass Sie es sind, und wählen ein neues Kennwort.
unlock-who-intro = Geben Sie Ihre Benutzerkennung ein. Danach bestätigen Sie mit Ihren registrierten Methoden, dass Sie es sind, und Ihr Konto wird entsperrt. Ihr Kennwort bleibt dasselbe.
reset-next = Weiter
reset-checking = Wird geprüft …
reset-captcha = Wir prüfen, dass Sie kein Bot sind …
reset-switch-to-reset = Stattdessen Kennwort zurücksetzen
reset-step-verify = Bestätigen Sie, dass Sie es sind
reset-verify-intro = { $required ->
    [one] Zum Schutz Ihres Kontos bestätigen Sie mit einer Ihrer registrierten Methoden, dass Sie es sind.
   *[other] Zum Schutz Ihres Kontos bestätigen Sie mit { $required } verschiedenen registrierten Methoden, dass Sie es sind.
}
reset-choose = { $total ->
    [one] Wählen Sie, wie Sie sich bestätigen
   *[other] Wählen Sie, wie Sie sich bestätigen ({ $n } von { $total })
}
reset-verified-title = Bereits bestätigt
reset-verified = bestätigt
reset-verified-notice = { $remaining ->
    [one] { $method }: bestätigt. Wählen Sie jetzt noch eine Methode.
   *[other] { $method }: bestätigt. Wählen Sie jetzt noch { $remaining } Methoden.
}
reset-no-methods = Es ist keine weitere registrierte Methode übrig, mit der Sie sich hier bestätigen können. Wenden Sie sich an Ihren Helpdesk; dort kann man prüfen, dass Sie es sind, und Ihnen helfen.
reset-step-new-password = Neues Kennwort wählen
reset-new-password-intro = Wählen Sie ein neues Kennwort für { $user }.
reset-submit = Neues Kennwort festlegen
reset-submitting = Ihr neues Kennwort wird festgelegt …
unlock-step-confirm = Konto entsperren
unlock-confirm-text = Sie haben bestätigt, dass Sie es sind. { $user } jetzt entsperren? Ihr Kennwort bleibt dasselbe.
unlock-submit = Mein Konto entsperren
unlock-submitting = Wird entsperrt …
reset-timer = Verbleibende Zeit: { NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }. Danach müssen Sie von vorn beginnen.
reset-timer-warning = { $minutes ->
    [one] Es bleibt weniger als { $minutes } Minute.
   *[other] Es bleiben weniger als { $minutes } Minuten.
}
reset-time-limit = { $minutes ->
    [one] Sie haben { $minutes } Minute Zeit. Zum Schutz Ihres Kontos lässt sich diese Zeit nicht verlängern; wenn sie abläuft, beginnen Sie von vorn.
   *[other] Sie haben { $minutes } Minuten Zeit. Zum Schutz Ihres Kontos lässt sich diese Zeit nicht verlängern; wenn sie abläuft, beginnen Sie von vorn.
}
reset-expired-title = Diese Sitzung ist abgelaufen
reset-restart = Neu beginnen
reset-done-title = Kennwort geändert
reset-done-text = Ihr Kennwort wurde geändert. Melden Sie sich auf diesem Gerät damit an.
unlock-done-title = Konto entsperrt
unlock-done-text = Ihr Konto ist entsperrt. Melden Sie sich mit Ihrem bisherigen Kennwort an.
reset-done-notified = Wir haben eine Benachrichtigung an Ihre registrierte E-Mail-Adresse und Telefonnummer gesendet. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.

## Fehler
## Jede Meldung sagt, was passiert ist und was jetzt zu tun ist.

error-unknown = Der Server hat mit einem Fehler geantwortet, den diese App noch nicht kennt (Code: { $code }). Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Code.

error-auth = Die Anmeldung hat nicht geklappt. Prüfen Sie Benutzerkennung und Kennwort und versuchen Sie es erneut; wenn es weiterhin scheitert, wenden Sie sich an Ihren Helpdesk.
error-auth-invalid-credentials = Benutzerkennung oder aktuelles Kennwort ist falsch. Prüfen Sie beides (ist die Feststelltaste aktiv?) und versuchen Sie es erneut.
error-auth-account-locked = { $minutes ->
    [one] Ihr Konto ist nach zu vielen Versuchen gesperrt. Warten Sie { $minutes } Minute und versuchen Sie es erneut, oder lassen Sie es von Ihrem Helpdesk entsperren.
   *[other] Ihr Konto ist nach zu vielen Versuchen gesperrt. Warten Sie { $minutes } Minuten und versuchen Sie es erneut, oder lassen Sie es von Ihrem Helpdesk entsperren.
}
error-auth-account-disabled = Ihr Konto ist deaktiviert, daher kann das Kennwort hier nicht geändert werden. Wenden Sie sich an Ihren Helpdesk.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Zu viele Versuche. Warten Sie { $retry_after_secs } Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Warten Sie { $retry_after_secs } Sekunden und versuchen Sie es dann erneut.
}
error-auth-mfa-required = Bestätigen Sie zuerst mit einer Ihrer registrierten Methoden, dass Sie es sind. Melden Sie sich erneut an, um fortzufahren.
error-auth-step-up-required = Zum Schutz Ihres Kontos bestätigen Sie bitte erneut mit einer Ihrer registrierten Methoden, dass Sie es sind, bevor Sie Ihre Sicherheitsinformationen oder Ihr Kennwort ändern.
error-auth-password-change-required = Sie müssen Ihr Kennwort ändern, bevor Sie fortfahren können. Ändern Sie es und melden Sie sich dann erneut an.
error-auth-token-missing = Sie sind nicht mehr angemeldet. Melden Sie sich erneut an, um fortzufahren.
error-auth-token-invalid = Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an, um fortzufahren.

error-password = Dieses Kennwort kann nicht verwendet werden. Wählen Sie ein anderes, das die Regeln in der Liste erfüllt.
error-password-too-short = Es ist zu kurz. Verwenden Sie mehr Zeichen.
error-password-too-long = Es ist zu lang. Verwenden Sie weniger Zeichen.
error-password-banned = Es steht auf der Liste gängiger oder gesperrter Kennwörter. Wählen Sie etwas weniger Vorhersehbares.
error-password-breached = Es wurde in einer Liste gestohlener Kennwörter gefunden, Angreifer könnten es also ausprobieren. Wählen Sie eines, das Sie noch nirgends verwendet haben.
error-password-too-weak = Es ist zu leicht zu erraten. Machen Sie es länger, zum Beispiel mit mehreren Wörtern, die nichts miteinander zu tun haben.
error-password-contains-user-info = Es enthält Ihren Namen oder Ihre Benutzerkennung. Lassen Sie diese weg.
error-password-reused = Dieses Kennwort haben Sie schon einmal verwendet. Wählen Sie eines, das Sie hier noch nicht benutzt haben.
error-password-mismatch = Die beiden neuen Kennwörter stimmen nicht überein. Geben Sie in beiden Feldern dasselbe Kennwort ein.
error-password-same-as-current = Das neue Kennwort ist dasselbe wie Ihr aktuelles. Wählen Sie ein anderes Kennwort.
error-password-evaluate-rate-limited = Zu viele Kennwortprüfungen von dieser Adresse. Warten Sie eine Minute und tippen Sie dann weiter.

error-tenant = Die Einstellungen Ihrer Organisation auf dem Kennwortserver sind fehlerhaft. Wenden Sie sich an Ihren Helpdesk.
error-tenant-not-found = Der Kennwortserver kennt die Organisation nicht, für die dieses Gerät eingerichtet ist. Wenden Sie sich an Ihren Helpdesk.

error-network = Latchkey konnte nicht mit dem Kennwortserver sprechen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.
error-network-unreachable = Der Kennwortserver ist nicht erreichbar. Prüfen Sie, ob dieses Gerät mit dem Netzwerk verbunden ist, und versuchen Sie es erneut.
error-network-timeout = Der Kennwortserver hat zu lange nicht geantwortet. Warten Sie einen Moment und versuchen Sie es erneut.
error-network-tls = Das Sicherheitszertifikat des Kennwortservers konnte nicht überprüft werden, daher wurde nichts gesendet. Versuchen Sie es nicht in einem anderen Netzwerk, sondern wenden Sie sich an Ihren Helpdesk.
error-network-bad-response = Der Kennwortserver hat eine Antwort geschickt, die diese App nicht lesen konnte. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.

error-config = Latchkey ist auf diesem Gerät nicht richtig eingerichtet. Wenden Sie sich an Ihren Helpdesk.
error-config-no-tenant = Dieses Gerät ist noch nicht mit dem Kennwortserver Ihrer Organisation verbunden. Ihre IT-Abteilung muss es einrichten.
error-config-policy-invalid = Die Richtlinie { $path }, die Ihre IT-Abteilung eingerichtet hat, enthält einen Fehler in der Einstellung { $key }: { $detail }. Wenden Sie sich an Ihren Helpdesk.
error-keyring-unavailable = Der Schlüsselbund dieses Geräts kann Ihre Anmeldung nicht speichern; Sie müssen sich beim nächsten Mal erneut anmelden. Alles andere funktioniert.
error-config-no-policy = Die Kennwortregeln Ihrer Organisation konnten noch nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.

error-request = Der Kennwortserver konnte die Anfrage dieser App nicht annehmen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.
error-request-invalid = Der Kennwortserver konnte die Anfrage dieser App nicht annehmen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-request-too-large = Ihre Eingabe ist zu lang. Kürzen Sie sie und versuchen Sie es erneut.
error-request-timeout = Der Kennwortserver hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal; wenn es weiterhin passiert, wenden Sie sich an Ihren Helpdesk.

error-session = Ihre Sitzung ist beendet. Beginnen Sie von vorn.
error-session-expired = Ihre Sitzung ist zum Schutz Ihres Kontos abgelaufen. Gehen Sie zurück zum Start und beginnen Sie von vorn.

error-internal = In Latchkey ist ein interner Fehler aufgetreten, der Vorgang wurde nicht abgeschlossen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode.
error-internal-error = In Latchkey ist ein interner Fehler aufgetreten, der Vorgang wurde nicht abgeschlossen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode.
error-internal-unavailable = Der Kennwortserver erreicht gerade seine Datenbank oder sein Verzeichnis nicht. Warten Sie einige Minuten und versuchen Sie es erneut.
error-password-too-young = Ihr Kennwort wurde erst vor Kurzem geändert. Warten Sie eine Weile, bevor Sie es erneut ändern.
error-account-expired = Ihr Konto ist abgelaufen. Wenden Sie sich an Ihren Helpdesk.
error-account-cannot-change-password = Ihr Konto darf sein Kennwort nicht ändern. Wenden Sie sich an Ihren Helpdesk.
error-account-protected = Dieses Konto ist geschützt: Sein Kennwort kann nur der Helpdesk zurücksetzen.
error-directory-unavailable = Der Kennwortserver erreicht das Verzeichnis Ihrer Organisation gerade nicht. Es wurde nichts geändert; warten Sie einige Minuten und versuchen Sie es erneut.
error-directory-timeout = Das Verzeichnis Ihrer Organisation hat nicht rechtzeitig geantwortet. Es wurde nichts geändert; warten Sie einige Minuten und versuchen Sie es erneut.
error-directory-tls = Der Kennwortserver konnte das Zertifikat des Verzeichnisses Ihrer Organisation nicht prüfen, daher wurde nichts gesendet oder geändert. Wenden Sie sich an Ihren Helpdesk.
error-directory-refused = Das Verzeichnis Ihrer Organisation hat die Änderung abgelehnt. Versuchen Sie ein anderes Kennwort oder wenden Sie sich an Ihren Helpdesk.

error-mfa = Die Bestätigung hat nicht geklappt. Versuchen Sie es erneut oder wählen Sie eine andere Methode; wenn es weiterhin scheitert, wenden Sie sich an Ihren Helpdesk.
error-mfa-code-invalid = Dieser Code stimmt nicht. Prüfen Sie ihn und geben Sie ihn erneut ein, oder fordern Sie einen neuen Code an.
error-mfa-code-expired = Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an und geben Sie ihn bald nach dem Empfang ein.
error-mfa-attempts-exceeded = Zu viele falsche Versuche mit dieser Methode. Wählen Sie eine andere Methode oder versuchen Sie es später erneut; wenn Sie nicht weiterkommen, wenden Sie sich an Ihren Helpdesk.
error-mfa-method-not-verified = Diese Methode wurde nie fertig eingerichtet und kann daher nicht zur Bestätigung verwendet werden. Wählen Sie eine andere Methode.
error-mfa-not-required = Sie sind bereits bestätigt. Fahren Sie mit Ihren Sicherheitsinformationen fort.
error-mfa-questions-not-allowed = Sicherheitsfragen können eine Anmeldung nicht bestätigen. Wählen Sie eine andere Methode, etwa Ihre Authentifizierungs-App, einen Code per E-Mail oder SMS oder einen Sicherheitsschlüssel.
error-policy-questions-alone = Sicherheitsfragen reichen nie allein: Erlauben Sie sie nur, wenn zum Zurücksetzen zwei Methoden verlangt werden.
error-registration-not-due = Ihre Organisation bittet Sie derzeit nicht, Ihre Sicherheitsinformationen zu aktualisieren. Fahren Sie mit Ihren Sicherheitsinformationen fort.
error-registration-skip-not-allowed = Ihre Organisation erlaubt nicht, diesen Schritt zu überspringen. Schließen Sie ihn ab, um fortzufahren.
error-registration-skips-used-up = Sie haben diesen Schritt so oft übersprungen, wie Ihre Organisation erlaubt (höchstens { $allowed }). Schließen Sie ihn ab, um fortzufahren.

error-methods = Ihre Sicherheitsinformationen konnten nicht geändert werden. Versuchen Sie es erneut; wenn es weiterhin scheitert, wenden Sie sich an Ihren Helpdesk.
error-methods-would-leave-too-few = Sie können diese Methode nicht entfernen: Ihre Organisation verlangt eine Mindestzahl an Methoden. Fügen Sie zuerst eine andere Methode hinzu und entfernen Sie dann diese.
error-methods-not-allowed = Ihre Organisation erlaubt „{ $kind }“ nicht als Methode. Wählen Sie eine andere Art von Methode.
error-methods-not-found = Diese Methode gibt es nicht mehr; vielleicht wurde sie auf einem anderen Gerät entfernt. Prüfen Sie die aktualisierte Liste.
error-methods-limit-reached = Sie haben bereits so viele Methoden dieser Art wie erlaubt. Entfernen Sie eine, bevor Sie eine weitere hinzufügen.

error-totp = Die Authentifizierungs-App konnte nicht hinzugefügt werden. Beginnen Sie von vorn; wenn es weiterhin scheitert, wenden Sie sich an Ihren Helpdesk.
error-totp-code-invalid = Dieser Code passt nicht. Prüfen Sie, ob Sie den Code des gerade hinzugefügten Kontos eingegeben haben und ob die Uhr dieses Geräts stimmt, und geben Sie dann den aktuell angezeigten Code ein.
error-totp-code-reused = Dieser Code wurde bereits verwendet. Warten Sie, bis die App einen neuen Code anzeigt, und geben Sie diesen ein.
error-totp-code-malformed = Geben Sie die 6 Ziffern ein, die Ihre Authentifizierungs-App anzeigt, ohne Buchstaben.
error-totp-attempts-exceeded = Zu viele falsche Codes der Authentifizierungs-App in diesem Zurücksetzen. Beginnen Sie das Zurücksetzen von vorn und prüfen Sie, ob die Uhr dieses Geräts stimmt.

error-contact = Diese Adresse oder Nummer kann nicht verwendet werden. Prüfen Sie sie und versuchen Sie es erneut.
error-contact-email-invalid = Das ist keine vollständige E-Mail-Adresse. Prüfen Sie sie (zum Beispiel name@example.com) und versuchen Sie es erneut.
error-contact-phone-invalid = Das ist keine vollständige Telefonnummer. Geben Sie sie mit + und Ländervorwahl ein, zum Beispiel +49 170 1234567 (8 bis 15 Ziffern).

error-code = Der Code konnte nicht geprüft werden. Fordern Sie einen neuen Code an und versuchen Sie es erneut.
error-code-invalid = Dieser Code stimmt nicht. Prüfen Sie ihn und geben Sie ihn erneut ein, oder fordern Sie einen neuen Code an.
error-code-expired = { $minutes ->
    [one] Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an und geben Sie ihn innerhalb von { $minutes } Minute ein.
   *[other] Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an und geben Sie ihn innerhalb von { $minutes } Minuten ein.
}
error-code-attempts-exceeded = Zu viele falsche Codes. Fordern Sie einen neuen Code an und versuchen Sie es erneut.
error-code-rate-limited = { $retry_after_secs ->
    [one] Es wurden zu viele Codes gesendet. Warten Sie { $retry_after_secs } Sekunde, bevor Sie einen weiteren anfordern.
   *[other] Es wurden zu viele Codes gesendet. Warten Sie { $retry_after_secs } Sekunden, bevor Sie einen weiteren anfordern.
}

error-delivery = Der Code konnte nicht gesendet werden. Versuchen Sie es in einigen Minuten erneut; wenn es weiterhin nicht klappt, wenden Sie sich an Ihren Helpdesk.
error-delivery-failed = Der Code konnte nicht gesendet werden. Prüfen Sie die Adresse oder Nummer und versuchen Sie es erneut; wenn kein Code ankommt, wenden Sie sich an Ihren Helpdesk.
error-delivery-undelivered = Der Code konnte nicht zugestellt werden. Fordern Sie einen neuen Code an oder verwenden Sie eine andere Methode; wenn es weiterhin fehlschlägt, wenden Sie sich an Ihren Helpdesk.

error-questions = Ihre Sicherheitsfragen konnten nicht gespeichert werden. Prüfen Sie Ihre Antworten und versuchen Sie es erneut.
error-questions-too-few = { $min ->
    [one] Beantworten Sie mindestens { $min } Frage.
   *[other] Beantworten Sie mindestens { $min } Fragen.
}
error-questions-answer-too-short = Antwort { $index } ist zu kurz. Verwenden Sie mindestens { $min } Zeichen.
error-questions-answer-too-long = Antwort { $index } ist zu lang. Verwenden Sie höchstens { $max } Zeichen.
error-questions-duplicate-answer = Antwort { $index } ist dieselbe wie eine andere Antwort. Geben Sie auf jede Frage eine andere Antwort.
error-questions-unknown-question = Eine der gewählten Fragen wird nicht mehr angeboten. Wählen Sie Ihre Fragen erneut.
error-questions-not-allowed-for-admins = Administratorkonten können zu ihrem Schutz keine Sicherheitsfragen verwenden. Fügen Sie stattdessen eine andere Art von Methode hinzu.
error-questions-disabled = Ihre Organisation hat Sicherheitsfragen abgeschaltet. Fügen Sie stattdessen eine andere Art von Methode hinzu.

error-questions-wrong-answers = Mindestens eine Antwort stimmt nicht. Prüfen Sie sie (Schreibweise und Leerzeichen wie beim Einrichten) und versuchen Sie es erneut, oder wählen Sie eine andere Methode.
error-questions-locale-unknown = Die Sprache { $locale } gibt es nicht. Verwenden Sie eine von: { $available }.
error-questions-exists = Diese Frage gibt es in dieser Sprache bereits.
error-questions-limit-reached = In dieser Sprache gibt es bereits { $max } Fragen. Entfernen Sie zuerst eine.
error-questions-in-use = { $users } Benutzer haben diese Frage beantwortet, daher kann sie nicht entfernt werden; sie könnten sonst nicht mehr mit ihren Fragen zurücksetzen.

error-backup-code-invalid = Dieser Sicherungscode ist falsch oder wurde schon verwendet. Prüfen Sie ihn oder verwenden Sie einen anderen Ihrer Codes.

error-reset = Das Zurücksetzen konnte nicht fortgesetzt werden. Beginnen Sie von vorn; wenn es weiterhin nicht klappt, wenden Sie sich an Ihren Helpdesk.
error-reset-disabled = Ihre Organisation hat das Zurücksetzen des Kennworts per Self-Service nicht eingeschaltet. Wenden Sie sich an Ihren Helpdesk, um Ihr Kennwort zurückzusetzen oder Ihr Konto zu entsperren.
error-reset-expired = { $minutes ->
    [one] Zum Schutz Ihres Kontos gilt eine Sitzung zum Zurücksetzen nur { $minutes } Minute, und diese ist abgelaufen. Es wurde nichts geändert. Beginnen Sie von vorn.
   *[other] Zum Schutz Ihres Kontos gilt eine Sitzung zum Zurücksetzen nur { $minutes } Minuten, und diese ist abgelaufen. Es wurde nichts geändert. Beginnen Sie von vorn.
}
error-reset-not-found = Der Kennwortserver kennt diesen Vorgang nicht mehr, zum Beispiel weil er abgelaufen ist. Es wurde nichts geändert. Beginnen Sie von vorn.
error-reset-blocked = { $hours ->
    [one] Es gab zu viele Versuche, daher ist das Zurücksetzen oder Entsperren dieses Kontos hier für die nächste Stunde gesperrt. Wenden Sie sich an Ihren Helpdesk; dort kann man prüfen, dass Sie es sind, und Ihnen sofort helfen.
   *[other] Es gab zu viele Versuche, daher ist das Zurücksetzen oder Entsperren dieses Kontos hier für die nächsten { $hours } Stunden gesperrt. Wenden Sie sich an Ihren Helpdesk; dort kann man prüfen, dass Sie es sind, und Ihnen sofort helfen.
}
error-reset-more-methods-needed = { $remaining ->
    [one] Bestätigen Sie zuerst mit einer weiteren Methode, dass Sie es sind.
   *[other] Bestätigen Sie zuerst mit { $remaining } weiteren Methoden, dass Sie es sind.
}
error-reset-strong-method-required = Ihre Organisation verlangt, dass eine der Methoden eine starke ist. Bestätigen Sie sich zusätzlich mit Ihrer Authentifizierungs-App oder Ihrem Sicherheitsschlüssel; wenn Sie keins von beiden haben, wenden Sie sich an Ihren Helpdesk.
error-reset-unlock-disabled = Ihre Organisation erlaubt das Entsperren eines Kontos nur zusammen mit einem neuen Kennwort. Setzen Sie stattdessen Ihr Kennwort zurück oder wenden Sie sich an Ihren Helpdesk.

error-captcha = Die Prüfung, dass Sie kein Bot sind, hat nicht funktioniert. Wählen Sie „Weiter“, um es erneut zu versuchen.
error-captcha-invalid = Die Prüfung, dass Sie kein Bot sind, wurde nicht bestanden. Wählen Sie „Weiter“, um es erneut zu versuchen; wenn es weiterhin nicht klappt, wenden Sie sich an Ihren Helpdesk.
error-captcha-expired = Die Prüfung, dass Sie kein Bot sind, hat zu lange gedauert und ist abgelaufen. Wählen Sie „Weiter“, um es erneut zu versuchen.

error-security-key = Der Sicherheitsschlüssel hat nicht funktioniert. Versuchen Sie es erneut oder verwenden Sie einen anderen Schlüssel oder eine andere Methode.
error-security-key-no-device = Es wurde kein Sicherheitsschlüssel gefunden. Stecken Sie Ihren Schlüssel ein (oder halten Sie ihn an das Lesegerät) und versuchen Sie es erneut.
error-security-key-timeout = Der Schlüssel wurde nicht rechtzeitig berührt. Versuchen Sie es erneut und berühren Sie den Schlüssel, wenn er blinkt.
error-security-key-cancelled = Der Vorgang mit dem Sicherheitsschlüssel wurde abgebrochen. Versuchen Sie es erneut, wenn Sie bereit sind.
error-security-key-rejected = Der Sicherheitsschlüssel hat die Anfrage abgelehnt. Versuchen Sie es erneut; wenn er weiterhin ablehnt, verwenden Sie einen anderen Schlüssel oder eine andere Methode.
error-security-key-counter-regressed = Die Antwort dieses Sicherheitsschlüssels deutet darauf hin, dass er kopiert worden sein könnte; sie wurde daher nicht angenommen. Verwenden Sie eine andere Methode und wenden Sie sich an Ihren Helpdesk.
error-security-key-unavailable = Sicherheitsschlüssel können mit diesem Server noch nicht verwendet werden: Er braucht eine öffentliche Adresse mit Hostnamen. Verwenden Sie eine andere Methode und informieren Sie Ihren Helpdesk.
error-security-key-response-malformed = Die Antwort des Sicherheitsschlüssels konnte nicht gelesen werden. Versuchen Sie es erneut; wenn es weiterhin scheitert, verwenden Sie einen anderen Schlüssel oder eine andere Methode.
error-security-key-response-invalid = Die Antwort des Sicherheitsschlüssels passt nicht. Verwenden Sie den Schlüssel, den Sie für dieses Konto registriert haben, und versuchen Sie es erneut.
error-security-key-challenge-missing = Diese Anfrage an den Sicherheitsschlüssel wurde bereits verwendet oder ist abgelaufen. Beginnen Sie von vorn.
error-security-key-already-registered = Dieser Sicherheitsschlüssel ist bereits für Ihr Konto registriert. Verwenden Sie einen anderen Schlüssel oder behalten Sie den vorhandenen.
error-security-key-name-invalid = Geben Sie dem Schlüssel einen Namen mit höchstens 64 Zeichen, zum Beispiel „Blauer Schlüssel“.
error-security-key-pin-required = Dieser Schlüssel braucht seine PIN. Geben Sie die PIN des Schlüssels ein und versuchen Sie es erneut.
error-security-key-pin-invalid = Die PIN des Schlüssels war falsch. Prüfen Sie sie und versuchen Sie es erneut; nach zu vielen falschen PINs sperrt sich der Schlüssel.

kiosk-idle-warning = Noch da? Dieser Bildschirm leert sich in { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}, damit Ihre Angaben privat bleiben.
kiosk-idle-stay = Ich bin noch da

## Verbindung prüfen (Diagnose): der Bildschirm und `latchkey --diagnose`
footer-check-connection = Verbindung prüfen
diag-title = Verbindung prüfen
diag-intro = Diese Prüfungen zeigen, wo die Verbindung zum Kennwortserver Ihrer Organisation scheitert. Lesen Sie die Ergebnisse und ihre Codes Ihrem Helpdesk vor.
diag-run = Erneut prüfen
diag-running = Wird geprüft…
diag-copy = Bericht kopieren
diag-read-out = Lesen Sie dies Ihrem Helpdesk vor:
diag-back = Zurück
diag-status-ok = OK
diag-status-warn = Warnung
diag-status-fail = Fehler
diag-status-skipped = Übersprungen
diag-check-policy = Einstellungen Ihrer IT-Abteilung
diag-check-dns = Namensauflösung (DNS)
diag-check-proxy = Proxy
diag-check-tcp = Verbindung
diag-check-tls = Sichere Verbindung (TLS-Zertifikat)
diag-check-clock = Uhrzeit
diag-check-api = Kennwortserver
diag-skipped = Nicht geprüft, weil eine vorherige Prüfung fehlschlug.
diag-policy-ok = Eingerichtet für { $tenant } unter { $url }.
diag-policy-invalid = Die Richtlinie { $path } enthält einen Fehler in der Einstellung { $key }.
diag-no-tenant = Dieses Gerät ist noch mit keinem Kennwortserver verbunden.
diag-url-invalid = Die Serveradresse { $url } ist keine gültige Webadresse.
diag-dns-ip = { $host } ist eine IP-Adresse; keine Namensauflösung nötig.
diag-dns-ok = { $host } wurde gefunden ({ $addresses }).
diag-dns-failed = Der Name { $host } wurde nicht gefunden. Prüfen Sie die Netzwerkverbindung oder die DNS-Einstellungen.
diag-proxy-none = Kein Proxy eingestellt.
diag-proxy-ok = Der Proxy { $proxy } antwortet.
diag-proxy-unreachable = Der Proxy { $proxy } ist nicht erreichbar.
diag-tcp-via-proxy = Die Verbindung läuft über den Proxy.
diag-proxy-refused = Der Proxy { $proxy } hat die Verbindung zu { $address } abgelehnt. Die IT muss diese Adresse und diesen Port im Proxy freigeben.
diag-proxy-auth-required = Der Proxy { $proxy } verlangt eine Anmeldung, bevor er sich mit { $address } verbindet. Die IT muss dieses Gerät freigeben oder die Anmeldung für den Proxy einrichten.
diag-tcp-ok = Verbunden mit { $address } in { $ms } ms.
diag-tcp-refused = { $address } hat die Verbindung abgelehnt: Der Server läuft vielleicht nicht.
diag-tcp-timeout = { $address } hat nicht rechtzeitig geantwortet: Eine Firewall blockiert vielleicht.
diag-tcp-failed = Keine Verbindung zu { $address }.
diag-tls-ok = Das Zertifikat von { $host } ist gültig und vertrauenswürdig.
diag-tls-not-used = { $url } ist nicht verschlüsselt (http). Nur für einen Testserver auf diesem Gerät akzeptabel.
diag-tls-expired = Das Zertifikat von { $host } ist abgelaufen oder noch nicht gültig (prüfen Sie auch das Datum dieses Geräts).
diag-tls-name-mismatch = Das Zertifikat gehört nicht zu { $host }.
diag-tls-untrusted = Das Zertifikat von { $host } stammt nicht von einer vertrauenswürdigen Stelle. Ein Proxy prüft vielleicht den Verkehr, oder die IT muss das Zertifikat der Organisation installieren.
diag-tls-failed = Die sichere Verbindung zu { $host } ist fehlgeschlagen.
diag-http-timeout = { $url } hat nicht rechtzeitig geantwortet.
diag-http-failed = { $url } hat nicht geantwortet.
diag-clock-ok = Die Uhr dieses Geräts stimmt (Abweichung { $skew_secs } s).
diag-clock-skew = Die Uhr dieses Geräts geht um { $skew_secs } Sekunden falsch. Codes aus Authentifizierungs-Apps werden scheitern; stellen Sie die richtige Zeit ein.
diag-clock-unknown = Der Server hat seine Uhrzeit nicht mitgeteilt.
diag-api-ok = Latchkey-Server { $version } antwortet für { $tenant }.
diag-api-not-latchkey = { $url } ist kein Latchkey-Server.
diag-api-incompatible = Der Server hat Version { $version }, mit der diese App ({ $expected }) nicht arbeiten kann. Aktualisieren Sie die App oder den Server.
diag-tenant-unknown = Der Server kennt die Organisation { $tenant } nicht.
diag-api-failed = Der Server hat mit einem Fehler geantwortet ({ $code }).
