# Latchkey-Desktop-App: Texte der Benutzeroberfläche.
# Fehlermeldungen sagen, was passiert ist und was jetzt zu tun ist. Ids: error-<Code mit . und _ als ->.

## Allgemein

common-app-name = Latchkey
common-back = Zurück
common-retry = Erneut versuchen
common-retrying = Wird erneut versucht …
common-show-password = Anzeigen
common-hide-password = Verbergen
common-rule-met = Erfüllt:
common-rule-unmet = Nicht erfüllt:
common-error-code = Fehlercode: { $code }
common-helpdesk-intro = Wenn Sie Hilfe brauchen, wenden Sie sich an Ihren Helpdesk:
common-helpdesk-generic = Wenn Sie Hilfe brauchen, wenden Sie sich an Ihren IT-Helpdesk.

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
footer-language = Sprache

## Kennwort ändern

change-title = Kennwort ändern
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

## Fehler
## Jede Meldung sagt, was passiert ist und was jetzt zu tun ist.

error-unknown = Der Server hat mit einem Fehler geantwortet, den diese App noch nicht kennt (Code: { $code }). Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Code.

error-auth = Die Anmeldung hat nicht geklappt. Prüfen Sie Benutzerkennung und Kennwort und versuchen Sie es erneut; wenn es weiterhin scheitert, wenden Sie sich an Ihren Helpdesk.
error-auth-invalid-credentials = Benutzerkennung oder aktuelles Kennwort ist falsch. Prüfen Sie beides (ist die Feststelltaste aktiv?) und versuchen Sie es erneut.
error-auth-account-locked = Ihr Konto ist nach zu vielen Versuchen gesperrt. Warten Sie eine Weile und versuchen Sie es erneut, oder lassen Sie es von Ihrem Helpdesk entsperren.
error-auth-account-disabled = Ihr Konto ist deaktiviert, daher kann das Kennwort hier nicht geändert werden. Wenden Sie sich an Ihren Helpdesk.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Zu viele Versuche. Warten Sie { $retry_after_secs } Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Warten Sie { $retry_after_secs } Sekunden und versuchen Sie es dann erneut.
}

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

error-tenant = Die Einstellungen Ihrer Organisation auf dem Kennwortserver sind fehlerhaft. Wenden Sie sich an Ihren Helpdesk.
error-tenant-not-found = Der Kennwortserver kennt die Organisation nicht, für die dieses Gerät eingerichtet ist. Wenden Sie sich an Ihren Helpdesk.

error-network = Latchkey konnte nicht mit dem Kennwortserver sprechen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.
error-network-unreachable = Der Kennwortserver ist nicht erreichbar. Prüfen Sie, ob dieses Gerät mit dem Netzwerk verbunden ist, und versuchen Sie es erneut.
error-network-timeout = Der Kennwortserver hat zu lange nicht geantwortet. Warten Sie einen Moment und versuchen Sie es erneut.
error-network-tls = Das Sicherheitszertifikat des Kennwortservers konnte nicht überprüft werden, daher wurde nichts gesendet. Versuchen Sie es nicht in einem anderen Netzwerk, sondern wenden Sie sich an Ihren Helpdesk.
error-network-bad-response = Der Kennwortserver hat eine Antwort geschickt, die diese App nicht lesen konnte. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.

error-config = Latchkey ist auf diesem Gerät nicht richtig eingerichtet. Wenden Sie sich an Ihren Helpdesk.
error-config-no-tenant = Dieses Gerät ist noch nicht mit dem Kennwortserver Ihrer Organisation verbunden. Ihre IT-Abteilung muss es einrichten.

error-request = Der Kennwortserver konnte die Anfrage dieser App nicht annehmen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.
error-request-invalid = Der Kennwortserver konnte die Anfrage dieser App nicht annehmen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-request-too-large = Ihre Eingabe ist zu lang. Kürzen Sie sie und versuchen Sie es erneut.

error-session = Ihre Sitzung ist beendet. Beginnen Sie von vorn.
error-session-expired = Ihre Sitzung ist zum Schutz Ihres Kontos abgelaufen. Gehen Sie zurück zum Start und beginnen Sie von vorn.

error-internal = In Latchkey ist ein interner Fehler aufgetreten, der Vorgang wurde nicht abgeschlossen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode.
error-internal-error = In Latchkey ist ein interner Fehler aufgetreten, der Vorgang wurde nicht abgeschlossen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk und nennen Sie den Fehlercode.
