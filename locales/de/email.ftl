# E-Mails und SMS, die der Server sendet. Variablen: $tenant (Name der Organisation),
# $name (Anzeigename), $helpdesk (Helpdesk-Adresse, -Link oder Portal).

email-password-changed-subject = Ihr { $tenant }-Kennwort wurde geändert
email-password-changed-body =
    Hallo { $name },

    das Kennwort Ihres { $tenant }-Kontos wurde soeben geändert.
    Wenn Sie das waren, müssen Sie nichts weiter tun.
    Wenn nicht, wenden Sie sich sofort an Ihren Helpdesk: { $helpdesk }
