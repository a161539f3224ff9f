# E-Mails und SMS, die der Server sendet. Variablen: $tenant (Name der Organisation),
# $name (Anzeigename), $helpdesk (Helpdesk-Adresse, -Link oder Portal).

email-password-changed-subject = Ihr { $tenant }-Kennwort wurde geändert
email-password-changed-body =
    Hallo { $name },

    das Kennwort Ihres { $tenant }-Kontos wurde soeben geändert.
    Wenn Sie das waren, müssen Sie nichts weiter tun.
    Wenn nicht, wenden Sie sich sofort an Ihren Helpdesk: { $helpdesk }

email-code-subject = Ihr { $tenant }-Bestätigungscode
email-code-body =
    Ihr { $tenant }-Bestätigungscode lautet { $code }.
    { $minutes ->
        [one] Er ist { $minutes } Minute gültig.
       *[other] Er ist { $minutes } Minuten gültig.
    } Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail und informieren Sie Ihren Helpdesk.
sms-code = { $code } ist Ihr { $tenant }-Bestätigungscode. { $minutes } Min. gültig. Niemals weitergeben.
email-security-info-changed-subject = Ihre { $tenant }-Sicherheitsinformationen wurden geändert
email-security-info-changed-body =
    Hallo { $name },

    die Sicherheitsinformationen Ihres { $tenant }-Kontos wurden geändert: { $method }.
    Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.
sms-security-info-changed = { $tenant }: Ihre Sicherheitsinformationen wurden geändert ({ $method }). Nicht Sie? Helpdesk kontaktieren.

email-method-totp = Authenticator-App
email-method-email = E-Mail-Adresse
email-method-phone = Telefonnummer
email-method-questions = Sicherheitsfragen
email-method-security-key = Sicherheitsschlüssel
email-method-backup-codes = Sicherungscodes

email-reset-subject = Ihr { $tenant }-Kennwort wurde zurückgesetzt
email-reset-body =
    Hallo { $name },

    das Kennwort Ihres { $tenant }-Kontos wurde soeben per Self-Service zurückgesetzt, und alle Ihre Sitzungen wurden abgemeldet.
    Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.
sms-reset = { $tenant }: Ihr Kennwort wurde zurückgesetzt. Nicht Sie? Sofort Helpdesk kontaktieren.
email-unlock-subject = Ihr { $tenant }-Konto wurde entsperrt
email-unlock-body =
    Hallo { $name },

    Ihr { $tenant }-Konto wurde soeben per Self-Service entsperrt. Ihr Kennwort hat sich nicht geändert.
    Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.
sms-unlock = { $tenant }: Ihr Konto wurde entsperrt. Nicht Sie? Sofort Helpdesk kontaktieren.
email-admin-reset-subject = { $tenant }: Ein Administrator hat den Self-Service-Reset verwendet
email-admin-reset-body =
    Das Administratorkonto { $user } ({ $name }) hat soeben den Self-Service-Kennwortreset oder die Entsperrung verwendet.
    Falls das nicht erwartet war, prüfen Sie das Überwachungsprotokoll.

# Under every email (HTML and plain text).
email-footer = Diese Nachricht wurde automatisch von { $tenant } gesendet. Antworten darauf werden nicht gelesen.
email-footer-helpdesk = Ihren Helpdesk kontaktieren
email-portal-link = Kennwort zurücksetzen, Konto entsperren oder Sicherheitsinformationen prüfen, in jedem Browser
