# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = Votre mot de passe { $tenant } a été changé
email-password-changed-body =
    Bonjour { $name },

    Le mot de passe de votre compte { $tenant } vient d’être changé.
    Si vous êtes à l’origine de ce changement, vous n’avez rien d’autre à faire.
    Sinon, contactez immédiatement votre service d’assistance : { $helpdesk }

email-code-subject = Votre code de vérification { $tenant }
email-code-body =
    Votre code de vérification { $tenant } est { $code }.
    { $minutes ->
        [one] Il est valable { $minutes } minute.
        [many] Il est valable { $minutes } minutes.
       *[other] Il est valable { $minutes } minutes.
    } Si vous ne l’avez pas demandé, ignorez cet e-mail et prévenez votre service d’assistance.
sms-code = { $code } est votre code de vérification { $tenant }. Valable { $minutes } min. Ne le communiquez jamais.

email-security-info-changed-subject = Vos informations de sécurité { $tenant } ont été modifiées
email-security-info-changed-body =
    Bonjour { $name },

    Les informations de sécurité de votre compte { $tenant } ont été modifiées : { $method }.
    Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement votre service d’assistance.
sms-security-info-changed = { $tenant } : vos informations de sécurité ont été modifiées ({ $method }). Ce n’était pas vous ? Contactez votre service d’assistance.

email-method-totp = application d’authentification
email-method-email = adresse e-mail
email-method-phone = numéro de téléphone
email-method-questions = questions de sécurité
email-method-security-key = clé de sécurité
email-method-backup-codes = codes de secours

email-reset-subject = Votre mot de passe { $tenant } a été réinitialisé
email-reset-body =
    Bonjour { $name },

    Le mot de passe de votre compte { $tenant } vient d’être réinitialisé en libre-service, et toutes vos sessions ont été fermées.
    Si vous n’êtes pas à l’origine de cette action, contactez immédiatement votre service d’assistance.
sms-reset = { $tenant } : votre mot de passe a été réinitialisé. Ce n’était pas vous ? Contactez tout de suite votre service d’assistance.
email-unlock-subject = Votre compte { $tenant } a été déverrouillé
email-unlock-body =
    Bonjour { $name },

    Votre compte { $tenant } vient d’être déverrouillé en libre-service. Votre mot de passe n’a pas changé.
    Si vous n’êtes pas à l’origine de cette action, contactez immédiatement votre service d’assistance.
sms-unlock = { $tenant } : votre compte a été déverrouillé. Ce n’était pas vous ? Contactez tout de suite votre service d’assistance.
email-admin-reset-subject = { $tenant } : un administrateur a utilisé la réinitialisation en libre-service
email-admin-reset-body =
    Le compte administrateur { $user } ({ $name }) vient d’utiliser la réinitialisation du mot de passe ou le déverrouillage en libre-service.
    Si ce n’était pas prévu, consultez le journal d’audit.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = Ce message a été envoyé automatiquement par { $tenant }. Les réponses à ce message ne sont pas lues.
email-footer-helpdesk = Contacter votre service d’assistance
email-portal-link = Réinitialisez votre mot de passe, déverrouillez votre compte ou vérifiez vos informations de sécurité depuis n’importe quel navigateur
