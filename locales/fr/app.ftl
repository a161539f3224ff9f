# Latchkey desktop app: messages of the user interface (French).
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.

## Général

common-app-name = Latchkey
common-back = Retour
common-retry = Réessayer
common-unlock-now = Déverrouiller mon compte maintenant
common-retrying = Nouvelle tentative…
common-show-password = Afficher
common-hide-password = Masquer
common-rule-met = Respectée :
common-rule-unmet = Non respectée :
common-error-code = Code d’erreur : { $code }
common-helpdesk-intro = Si vous avez besoin d’aide, contactez votre service d’assistance :
common-helpdesk-generic = Si vous avez besoin d’aide, contactez votre service d’assistance informatique.
common-step = Étape { $step } sur { $total } :
common-cancel = Annuler
common-copied = Copié.
common-copy-failed = La copie n’a pas fonctionné. Sélectionnez le texte et copiez-le vous-même.

## Accueil

start-flows-label = Que souhaitez-vous faire ?
start-flow-reset = Réinitialiser mon mot de passe
start-flow-unlock = Déverrouiller mon compte
start-flow-change = Changer mon mot de passe
start-flow-security-info = Mes informations de sécurité
start-offline = Vous êtes hors ligne : { $tenant } est injoignable pour le moment, cet écran utilise donc des paramètres enregistrés. Connectez-vous au réseau avant de continuer.
start-no-flows = Votre organisation n’a activé aucune option en libre-service sur cet appareil. Contactez votre service d’assistance.
start-not-set-up-title = Cette application n’est pas encore configurée
start-not-set-up-help = Votre service informatique doit relier Latchkey sur cet appareil à votre organisation. Contactez-le et indiquez-lui le code d’erreur ci-dessous.
start-unreachable-title = Impossible de joindre le serveur de mots de passe de votre organisation
start-unreachable-help = Vérifiez que cet appareil est connecté au réseau, puis réessayez. Si le problème persiste, contactez votre service d’assistance et indiquez-lui le code d’erreur ci-dessous.
start-failed-title = Latchkey n’a pas pu charger les paramètres de votre organisation
start-failed-help = Réessayez. Si le problème persiste, contactez votre service d’assistance et indiquez-lui le code d’erreur ci-dessous.

## Pied de page

footer-helpdesk-title = Service d’assistance :
footer-helpdesk-web = Web :
footer-helpdesk-email = E-mail :
footer-helpdesk-phone = Téléphone :
footer-language = Langue

## Changer le mot de passe

change-title = Changer votre mot de passe
change-required-notice = Vous devez changer votre mot de passe avant de continuer, par exemple parce que le service d’assistance vous en a donné un temporaire. Choisissez ici un nouveau mot de passe, puis reconnectez-vous pour voir vos informations de sécurité.
change-step = Étape { $step } sur { $total } :
change-step-sign-in = Connexion
change-step-new-password = Choisir un nouveau mot de passe
change-username = Identifiant
change-username-hint = Votre nom d’utilisateur ou votre adresse e-mail
change-current-password = Mot de passe actuel
change-new-password = Nouveau mot de passe
change-confirm-password = Saisissez à nouveau le nouveau mot de passe
change-submit = Changer le mot de passe
change-submitting = Changement du mot de passe…
change-username-required = Saisissez votre identifiant.
change-current-password-required = Saisissez votre mot de passe actuel.
change-new-password-required = Saisissez un nouveau mot de passe.
change-password-not-accepted = Ce nouveau mot de passe ne peut pas être utilisé :
change-done-title = Mot de passe changé
change-done-text = Votre mot de passe a été changé. Utilisez-le pour vous connecter sur cet appareil.
change-done-back = Retour à l’accueil
change-done-returning = { $seconds ->
    [one] Retour à l’écran d’accueil dans { $seconds } seconde.
    [many] Retour à l’écran d’accueil dans { $seconds } secondes.
   *[other] Retour à l’écran d’accueil dans { $seconds } secondes.
}

## Nouveau mot de passe : liste des règles et robustesse

password-rule-heading = Votre nouveau mot de passe doit :
password-rule-length = contenir de { $min } à { $max } caractères
password-rule-not-banned = ne pas être un mot de passe courant ou interdit
password-rule-not-breached = ne figurer dans aucune fuite de données connue
password-rule-strength = être difficile à deviner : au moins « { $level } »
password-rule-no-user-info = ne contenir ni votre nom ni votre identifiant
password-rule-unknown = respecter la règle « { $rule } »
password-strength-label = Robustesse : { $level }
password-strength-none = pas encore évaluée
password-strength-0 = très faible
password-strength-1 = faible
password-strength-2 = moyenne
password-strength-3 = bonne
password-strength-4 = élevée

## Connexion (avant « Mes informations de sécurité »)

sign-in-title = Connexion
sign-in-intro = Connectez-vous pour voir et modifier les moyens de prouver votre identité.
sign-in-password = Mot de passe
sign-in-password-required = Saisissez votre mot de passe.
sign-in-submit = Se connecter
sign-in-submitting = Connexion…
sign-in-again = Se reconnecter

## Vérification renforcée avec une méthode enregistrée

mfa-title = Confirmez votre identité
mfa-intro = Avant de voir ou de modifier vos informations de sécurité, confirmez votre identité avec l’une de vos méthodes.
mfa-choose = Choisissez comment confirmer votre identité
mfa-no-methods = Vous n’avez encore aucune méthode pour confirmer votre identité. Contactez votre service d’assistance ; il peut vous aider à en enregistrer une.
mfa-totp-prompt = Saisissez le code à 6 chiffres de votre application d’authentification
mfa-backup-prompt = Saisissez l’un de vos codes de secours (chacun ne fonctionne qu’une fois)
mfa-questions-intro = Répondez à vos questions de sécurité comme vous l’avez fait lors de leur configuration.
mfa-questions-loading = Chargement de vos questions…
mfa-answers-required = Répondez à toutes les questions.
mfa-submit = Vérifier
mfa-submitting = Vérification…

## Codes à usage unique envoyés par e-mail ou SMS

code-sending = Envoi…
code-sending-to = Envoi d’un code à { $hint }…
code-sent = Nous avons envoyé un code à { $hint }.
code-lifetime = { $minutes ->
    [one] Il est valable { $minutes } minute.
    [many] Il est valable { $minutes } minutes.
   *[other] Il est valable { $minutes } minutes.
}
code-enter = Saisissez le code
code-required = Saisissez le code que vous avez reçu.
code-resend = Envoyer un nouveau code
code-resend-wait = Envoyer un nouveau code (dans { $seconds } s)

## Types de méthodes

method-kind-totp = Application d’authentification
method-kind-email = E-mail
method-kind-phone = Téléphone mobile
method-kind-questions = Questions de sécurité
method-kind-security-key = Clé de sécurité
method-kind-backup-codes = Codes de secours
method-kind-other = Autre méthode ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } « { $name } »

## Mes informations de sécurité

security-info-title = Mes informations de sécurité
security-info-signed-in-as = Connecté en tant que { $user }
security-info-loading = Chargement de vos informations de sécurité…
security-info-list-label = Vos méthodes
security-info-empty = Vous n’avez encore ajouté aucune méthode.
security-info-registration-required = { $required ->
    [one] Votre organisation exige { $required } méthode pour que vous puissiez réinitialiser vous-même votre mot de passe. Vous en avez { $count } pour l’instant : ajoutez-en une avec « Ajouter une méthode ».
    [many] Votre organisation exige { $required } méthodes pour que vous puissiez réinitialiser vous-même votre mot de passe. Vous en avez { $count } pour l’instant : ajoutez-en d’autres avec « Ajouter une méthode ».
   *[other] Votre organisation exige { $required } méthodes pour que vous puissiez réinitialiser vous-même votre mot de passe. Vous en avez { $count } pour l’instant : ajoutez-en d’autres avec « Ajouter une méthode ».
}
security-info-reconfirm = Confirmez que vos informations sont à jour. Si quelque chose a changé, mettez-le d’abord à jour ; sinon, choisissez « Confirmer ».
security-info-reconfirm-button = Confirmer
security-info-confirmed = Merci : vos informations de sécurité sont confirmées.
security-info-default = Par défaut
security-info-unverified = Non terminée
security-info-added-on = Ajoutée le { DATETIME($date, dateStyle: "medium") }
security-info-last-used = dernière utilisation le { DATETIME($date, dateStyle: "medium") }
security-info-never-used = jamais utilisée
security-info-make-default = Définir par défaut
security-info-default-set = { $method } est maintenant votre méthode par défaut.
security-info-remove = Supprimer
security-info-remove-question = Supprimer { $method } ? Vous ne pourrez plus l’utiliser pour confirmer votre identité ni pour réinitialiser votre mot de passe.
security-info-remove-confirm = Oui, supprimer
security-info-removed = Méthode supprimée : { $method }.
security-info-add = Ajouter une méthode
security-info-add-label = Choisissez une méthode à ajouter
security-info-backup-replaces = Les nouveaux codes remplacent les anciens
security-info-sign-out = Se déconnecter

## Enregistrement : demandé d’abord après la connexion (stratégie de l’organisation)

interrupt-register-title = Votre organisation a besoin de plus d’informations pour protéger votre compte
interrupt-register-intro = Ajoutez les méthodes exigées par votre organisation afin de pouvoir réinitialiser vous-même votre mot de passe si vous l’oubliez.
interrupt-register-count = Méthodes exigées : { $required } · enregistrées jusqu’ici : { $registered }
interrupt-register-button = Configurer mes méthodes
interrupt-reconfirm-title = Vos informations de sécurité sont-elles toujours à jour ?
interrupt-reconfirm-intro = Votre organisation vous demande de vérifier de temps en temps que les méthodes qui vous permettraient de réinitialiser votre mot de passe fonctionnent toujours. Voici celles qui sont enregistrées :
interrupt-reconfirm-confirm = Tout est correct
interrupt-reconfirm-update = Mettre à jour mes informations
interrupt-skip = Ignorer pour l’instant (reste : { $left })
interrupt-skipped = Ignoré pour l’instant. La question vous sera reposée à votre prochaine connexion (reports restants : { $left }).
interrupt-no-skips = Vous avez ignoré cette étape autant de fois que votre organisation le permet. Terminez-la pour continuer.

## Ajouter une application d'authentification

totp-title = Ajouter une application d’authentification
totp-loading = Préparation…
totp-step-scan = Scannez le code QR
totp-scan-intro = Ouvrez votre application d’authentification (par exemple Microsoft Authenticator ou Google Authenticator), ajoutez un compte et scannez ce code.
totp-qr-label = Code QR pour votre application d’authentification
totp-qr-unavailable = Le code QR ne peut pas être affiché. Saisissez plutôt la clé ci-dessous dans votre application.
totp-key-label = Clé :
totp-copy = Copier la clé
totp-cant-scan = Vous ne pouvez pas scanner le code ?
totp-manual-intro = Dans votre application, choisissez de saisir une clé de configuration manuellement, puis renseignez :
totp-manual-account = Nom du compte
totp-manual-issuer = Émetteur
totp-manual-key = Clé
totp-manual-type = Type
totp-manual-type-value = Basé sur l’heure
totp-manual-digits = Chiffres
totp-step-code = Saisissez le code à 6 chiffres
totp-code-label = Le code affiché actuellement par votre application
totp-code-hint = L’application affiche un nouveau code toutes les 30 secondes. Saisissez celui qui est affiché maintenant.
totp-submit = Terminer
totp-submitting = Vérification du code…
totp-added = Application d’authentification ajoutée. Vous pouvez désormais confirmer votre identité avec ses codes.

## Ajouter une adresse e-mail ou un téléphone mobile

contact-email-title = Ajouter une adresse e-mail
contact-phone-title = Ajouter un téléphone mobile
contact-email-intro = Nous enverrons un code à cette adresse pour vérifier qu’elle vous appartient. Utilisez une adresse que vous pouvez consulter même lorsque votre compte professionnel est bloqué.
contact-phone-intro = Nous enverrons un code par SMS à ce numéro pour vérifier qu’il vous appartient.
contact-email-step = Saisissez votre adresse e-mail
contact-phone-step = Saisissez votre numéro de mobile
contact-email-label = Adresse e-mail
contact-email-hint = Par exemple nom@example.com
contact-country-label = Pays ou région
contact-country-other = Autre (saisissez + et l’indicatif du pays)
contact-phone-label = Numéro de mobile
contact-phone-hint = Le numéro sans l’indicatif du pays, ou le numéro complet commençant par +.
contact-phone-preview = Nous enverrons le code au { $number }.
contact-send = Envoyer le code
contact-code-step = Saisissez le code
contact-email-change = Utiliser une autre adresse
contact-phone-change = Utiliser un autre numéro
contact-verify = Vérifier
contact-verifying = Vérification…
contact-email-added = Adresse e-mail ajoutée.
contact-phone-added = Téléphone mobile ajouté.

## Questions de sécurité

questions-title = Configurer les questions de sécurité
questions-loading = Chargement des questions…
questions-intro = { $count ->
    [one] Choisissez { $count } question et répondez-y.
    [many] Choisissez { $count } questions différentes et répondez à chacune.
   *[other] Choisissez { $count } questions différentes et répondez à chacune.
}
questions-rules = Chaque réponse doit contenir de { $min } à { $max } caractères, et deux réponses ne peuvent pas être identiques. Choisissez des réponses que vous seul connaissez et dont vous vous souviendrez exactement ; elles sont enregistrées de façon que personne ne puisse les lire.
questions-number = Question { $number } sur { $total }
questions-question-label = Question
questions-answer-label = Votre réponse
questions-choose = Choisissez une question…
questions-choose-required = Choisissez une question pour la question { $number }.
questions-submit = Enregistrer les réponses
questions-saving = Enregistrement…
questions-added = Questions de sécurité enregistrées.

## Codes de secours

backup-title = Codes de secours
backup-generating = Création de vos codes…
backup-intro = { $count ->
    [one] Voici { $count } code de secours. Il fonctionne une seule fois, quand vous ne pouvez pas utiliser vos autres méthodes.
    [many] Voici { $count } codes de secours. Chacun fonctionne une seule fois, quand vous ne pouvez pas utiliser vos autres méthodes.
   *[other] Voici { $count } codes de secours. Chacun fonctionne une seule fois, quand vous ne pouvez pas utiliser vos autres méthodes.
}
backup-once = Ces codes ne s’affichent que maintenant. Vos anciens codes de secours ne fonctionnent plus.
backup-copy = Copier
backup-save = Enregistrer dans un fichier texte
backup-saved-file = Le fichier backup-codes.txt se trouve dans vos téléchargements.
backup-print = Imprimer
backup-saved-confirm = J’ai conservé ces codes en lieu sûr
backup-done = Terminé
backup-added = Nouveaux codes de secours créés. Conservez-les en lieu sûr.
backup-file-title = Codes de secours pour { $tenant }
backup-file-user = Compte : { $user }
backup-file-date = Date de création : { DATETIME($date, dateStyle: "long") }
backup-file-note = Chaque code fonctionne une seule fois. Ne communiquez ce fichier à personne.

## Ajouter une clé de sécurité

security-key-title = Ajouter une clé de sécurité
security-key-intro = Une clé de sécurité est un petit appareil USB ou NFC qui prouve votre identité d’un simple toucher.
security-key-step-name = Nommez votre clé
security-key-name-label = Nom de la clé
security-key-name-hint = Pour distinguer vos clés, par exemple « Clé bleue » ou « Porte-clés ».
security-key-name-required = Donnez un nom à la clé, par exemple « Clé bleue ».
security-key-register = Suivant
security-key-step-touch = Insérez et touchez votre clé
security-key-touch = Insérez votre clé de sécurité et touchez-la quand elle clignote…
security-key-touch-hint = Si votre clé a besoin de son code PIN, l’application vous le demandera. Vous disposez d’environ une minute.
security-key-added = Clé de sécurité « { $name } » ajoutée.
security-key-done = Retour à mes informations de sécurité
security-key-pin-label = Code PIN de la clé de sécurité
security-key-pin-hint = Le code PIN que vous avez défini pour cette clé de sécurité, pas le mot de passe de votre compte. Après avoir continué, touchez la clé quand elle clignote.
security-key-pin-submit = Continuer
security-key-pin-empty = Saisissez le code PIN de votre clé de sécurité.

## Réinitialiser et déverrouiller (sans connexion)

reset-title = Réinitialiser votre mot de passe
unlock-title = Déverrouiller votre compte
reset-step-who = Qui êtes-vous ?
reset-who-intro = Saisissez votre identifiant. Vous confirmerez ensuite votre identité avec les méthodes que vous avez enregistrées, puis vous choisirez un nouveau mot de passe.
unlock-who-intro = Saisissez votre identifiant. Vous confirmerez ensuite votre identité avec les méthodes que vous avez enregistrées, puis votre compte sera déverrouillé. Votre mot de passe ne change pas.
reset-next = Suivant
reset-checking = Vérification…
reset-captcha = Vérification que vous n’êtes pas un robot…
reset-switch-to-reset = Réinitialiser plutôt mon mot de passe
reset-step-verify = Confirmez votre identité
reset-verify-intro = { $required ->
    [one] Pour protéger votre compte, confirmez votre identité avec l’une de vos méthodes enregistrées.
    [many] Pour protéger votre compte, confirmez votre identité avec { $required } méthodes enregistrées différentes.
   *[other] Pour protéger votre compte, confirmez votre identité avec { $required } méthodes enregistrées différentes.
}
reset-choose = { $total ->
    [one] Choisissez comment confirmer votre identité
    [many] Choisissez comment confirmer votre identité ({ $n } sur { $total })
   *[other] Choisissez comment confirmer votre identité ({ $n } sur { $total })
}
reset-verified-title = Déjà vérifiées
reset-verified = vérification réussie
reset-verified-notice = { $remaining ->
    [one] { $method } : vérification réussie. Choisissez maintenant une autre méthode.
    [many] { $method } : vérification réussie. Choisissez maintenant { $remaining } autres méthodes.
   *[other] { $method } : vérification réussie. Choisissez maintenant { $remaining } autres méthodes.
}
reset-no-methods = Il ne reste ici aucune autre méthode enregistrée pour confirmer votre identité. Contactez votre service d’assistance ; il pourra confirmer votre identité et vous aider.
reset-step-new-password = Choisissez un nouveau mot de passe
reset-new-password-intro = Choisissez un nouveau mot de passe pour { $user }.
reset-submit = Définir le nouveau mot de passe
reset-submitting = Enregistrement de votre nouveau mot de passe…
unlock-step-confirm = Déverrouiller votre compte
unlock-confirm-text = Vous avez confirmé votre identité. Déverrouiller { $user } maintenant ? Votre mot de passe ne change pas.
unlock-submit = Déverrouiller mon compte
unlock-submitting = Déverrouillage…
reset-timer = Temps restant : { NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }. Passé ce délai, vous devrez recommencer.
reset-timer-warning = { $minutes ->
    [one] Il reste moins de { $minutes } minute.
    [many] Il reste moins de { $minutes } minutes.
   *[other] Il reste moins de { $minutes } minutes.
}
reset-time-limit = { $minutes ->
    [one] Vous disposez de { $minutes } minute pour terminer. Pour protéger votre compte, ce délai ne peut pas être prolongé ; s’il est dépassé, recommencez.
    [many] Vous disposez de { $minutes } minutes pour terminer. Pour protéger votre compte, ce délai ne peut pas être prolongé ; s’il est dépassé, recommencez.
   *[other] Vous disposez de { $minutes } minutes pour terminer. Pour protéger votre compte, ce délai ne peut pas être prolongé ; s’il est dépassé, recommencez.
}
reset-expired-title = Cette session est terminée
reset-restart = Recommencer
reset-done-title = Mot de passe changé
reset-done-text = Votre mot de passe a été changé. Utilisez-le pour vous connecter sur cet appareil.
unlock-done-title = Compte déverrouillé
unlock-done-text = Votre compte est déverrouillé. Connectez-vous avec votre mot de passe actuel.
reset-done-notified = Nous avons envoyé une notification à votre adresse e-mail et à votre téléphone enregistrés. Si vous n’êtes pas à l’origine de cette action, contactez immédiatement votre service d’assistance.

## Erreurs
## Chacune indique ce qui s'est passé et ce qu'il faut faire.

error-unknown = Le serveur a répondu par une erreur que cette application ne connaît pas encore (code : { $code }). Réessayez ; si cela se reproduit, contactez votre service d’assistance et indiquez-lui le code.

error-auth = La connexion n’a pas fonctionné. Vérifiez votre identifiant et votre mot de passe, puis réessayez ; si l’échec persiste, contactez votre service d’assistance.
error-auth-invalid-credentials = L’identifiant ou le mot de passe actuel est incorrect. Vérifiez les deux (la touche Verr. Maj est-elle activée ?) et réessayez.
error-auth-account-locked = { $minutes ->
    [one] Votre compte est verrouillé après trop de tentatives. Patientez { $minutes } minute et réessayez, ou contactez votre service d’assistance pour le déverrouiller.
    [many] Votre compte est verrouillé après trop de tentatives. Patientez { $minutes } minutes et réessayez, ou contactez votre service d’assistance pour le déverrouiller.
   *[other] Votre compte est verrouillé après trop de tentatives. Patientez { $minutes } minutes et réessayez, ou contactez votre service d’assistance pour le déverrouiller.
}
error-auth-account-disabled = Votre compte est désactivé ; son mot de passe ne peut donc pas être changé ici. Contactez votre service d’assistance.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Trop de tentatives. Patientez { $retry_after_secs } seconde, puis réessayez.
    [many] Trop de tentatives. Patientez { $retry_after_secs } secondes, puis réessayez.
   *[other] Trop de tentatives. Patientez { $retry_after_secs } secondes, puis réessayez.
}
error-auth-mfa-required = Confirmez d’abord votre identité avec l’une de vos méthodes enregistrées. Reconnectez-vous pour continuer.
error-auth-password-change-required = Vous devez changer votre mot de passe avant de continuer. Changez-le, puis reconnectez-vous.
error-auth-token-missing = Vous n’êtes plus connecté. Reconnectez-vous pour continuer.
error-auth-token-invalid = Votre connexion n’est plus valide. Reconnectez-vous pour continuer.

error-password = Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre qui respecte les règles de la liste.
error-password-too-short = Il est trop court. Ajoutez des caractères.
error-password-too-long = Il est trop long. Utilisez moins de caractères.
error-password-banned = Il figure dans la liste des mots de passe courants ou interdits. Choisissez quelque chose de moins prévisible.
error-password-breached = Il figure dans une liste de mots de passe divulgués : des attaquants pourraient l’essayer. Choisissez-en un que vous n’avez jamais utilisé nulle part.
error-password-too-weak = Il est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots sans rapport entre eux.
error-password-contains-user-info = Il contient votre nom ou votre identifiant. Retirez-les.
error-password-reused = Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n’avez pas encore utilisé ici.
error-password-mismatch = Les deux nouveaux mots de passe ne correspondent pas. Saisissez le même mot de passe dans les deux champs.
error-password-same-as-current = Le nouveau mot de passe est identique à l’actuel. Choisissez un autre mot de passe.
error-password-evaluate-rate-limited = Trop de vérifications de mot de passe sont venues de cette adresse. Patientez une minute, puis continuez à taper.

error-tenant = Les paramètres de votre organisation sur le serveur de mots de passe présentent un problème. Contactez votre service d’assistance.
error-tenant-not-found = Le serveur de mots de passe ne connaît pas l’organisation pour laquelle cet appareil est configuré. Contactez votre service d’assistance.

error-network = Latchkey n’a pas pu communiquer avec le serveur de mots de passe. Vérifiez votre connexion réseau et réessayez.
error-network-unreachable = Impossible de joindre le serveur de mots de passe. Vérifiez que cet appareil est connecté au réseau, puis réessayez.
error-network-timeout = Le serveur de mots de passe a mis trop de temps à répondre. Patientez un instant et réessayez.
error-network-tls = Le certificat de sécurité du serveur de mots de passe n’a pas pu être vérifié ; rien n’a donc été envoyé. Ne réessayez pas depuis un autre réseau ; contactez votre service d’assistance.
error-network-bad-response = Le serveur de mots de passe a envoyé une réponse que cette application n’a pas pu lire. Réessayez ; si cela se reproduit, contactez votre service d’assistance.

error-config = Latchkey n’est pas configuré correctement sur cet appareil. Contactez votre service d’assistance.
error-config-no-tenant = Cet appareil n’est pas encore relié au serveur de mots de passe de votre organisation. Votre service informatique doit le configurer.
error-config-policy-invalid = La stratégie de l’appareil { $path }, configurée par votre service informatique, contient une erreur dans le paramètre { $key } : { $detail }. Signalez-le à votre service d’assistance.
error-config-no-policy = Les règles de mot de passe de votre organisation n’ont pas encore pu être chargées. Vérifiez la connexion et réessayez.

error-request = Le serveur de mots de passe n’a pas pu accepter ce que cette application a envoyé. Vérifiez ce que vous avez saisi et réessayez ; si cela se reproduit, contactez votre service d’assistance.
error-request-invalid = Le serveur de mots de passe n’a pas pu accepter ce que cette application a envoyé. Vérifiez ce que vous avez saisi et réessayez.
error-request-too-large = Ce que vous avez saisi est trop long. Raccourcissez-le et réessayez.

error-session = Votre session est terminée. Recommencez.
error-session-expired = Votre session a expiré, pour protéger votre compte. Revenez à l’accueil et recommencez.

error-internal = Latchkey a rencontré un problème interne et n’a pas pu terminer. Réessayez ; si cela se reproduit, contactez votre service d’assistance et indiquez-lui le code d’erreur.
error-internal-error = Latchkey a rencontré un problème interne et n’a pas pu terminer. Réessayez ; si cela se reproduit, contactez votre service d’assistance et indiquez-lui le code d’erreur.
error-internal-unavailable = Le serveur de mots de passe ne peut pas joindre sa base de données ou son annuaire pour le moment. Patientez quelques minutes et réessayez.
error-password-too-young = Votre mot de passe a été modifié trop récemment. Patientez un peu avant de le modifier à nouveau.
error-account-expired = Votre compte a expiré. Contactez votre service d’assistance.
error-account-cannot-change-password = Votre compte n’est pas autorisé à modifier son mot de passe. Contactez votre service d’assistance.
error-account-protected = Ce compte est protégé : seul le service d’assistance peut réinitialiser son mot de passe.
error-directory-unavailable = Le serveur de mots de passe ne peut pas joindre l’annuaire de votre organisation pour le moment. Rien n’a été modifié ; patientez quelques minutes et réessayez.
error-directory-timeout = L’annuaire de votre organisation n’a pas répondu à temps. Rien n’a été modifié ; patientez quelques minutes et réessayez.
error-directory-tls = Le serveur de mots de passe n’a pas pu vérifier le certificat de l’annuaire de votre organisation : rien n’a été envoyé ni modifié. Contactez votre service d’assistance.
error-directory-refused = L’annuaire de votre organisation a refusé la modification. Essayez un autre mot de passe ou contactez votre service d’assistance.

error-mfa = La confirmation de votre identité n’a pas fonctionné. Réessayez ou choisissez une autre méthode ; si l’échec persiste, contactez votre service d’assistance.
error-mfa-code-invalid = Ce code est incorrect. Vérifiez-le et saisissez-le à nouveau, ou obtenez un nouveau code.
error-mfa-code-expired = Ce code a expiré. Envoyez un nouveau code et saisissez-le dès sa réception.
error-mfa-attempts-exceeded = Trop d’essais incorrects avec cette méthode. Choisissez une autre méthode ou réessayez plus tard ; si vous êtes bloqué, contactez votre service d’assistance.
error-mfa-method-not-verified = La configuration de cette méthode n’a jamais été terminée ; elle ne peut donc pas servir à confirmer votre identité. Choisissez une autre méthode.
error-mfa-not-required = Votre identité est déjà confirmée. Passez à vos informations de sécurité.

error-methods = Vos informations de sécurité n’ont pas pu être modifiées. Réessayez ; si l’échec persiste, contactez votre service d’assistance.
error-methods-would-leave-too-few = Vous ne pouvez pas supprimer cette méthode : votre organisation exige un nombre minimal de méthodes. Ajoutez d’abord une autre méthode, puis supprimez celle-ci.
error-methods-not-allowed = Votre organisation n’autorise pas « { $kind } » comme méthode. Choisissez un autre type de méthode.
error-methods-not-found = Cette méthode n’existe plus ; elle a peut-être été supprimée depuis un autre appareil. Consultez la liste mise à jour.
error-methods-limit-reached = Vous avez déjà le nombre maximal de méthodes de ce type. Supprimez-en une avant d’en ajouter une autre.

error-totp = L’application d’authentification n’a pas pu être ajoutée. Recommencez ; si l’échec persiste, contactez votre service d’assistance.
error-totp-code-invalid = Ce code ne correspond pas. Vérifiez que vous avez saisi le code du compte que vous venez d’ajouter et que l’horloge de cet appareil est à l’heure, puis essayez le code affiché maintenant.
error-totp-code-reused = Ce code a déjà été utilisé. Attendez que l’application affiche un nouveau code, puis saisissez-le.
error-totp-code-malformed = Saisissez les 6 chiffres affichés par votre application d’authentification, sans lettres.

error-contact = Cette adresse ou ce numéro ne peut pas être utilisé. Vérifiez-le et réessayez.
error-contact-email-invalid = Cette adresse e-mail est incomplète. Vérifiez-la (par exemple nom@example.com) et réessayez.
error-contact-phone-invalid = Ce numéro de téléphone est incomplet. Saisissez-le avec + et l’indicatif du pays, par exemple +33 6 12 34 56 78 (8 à 15 chiffres).

error-code = Le code n’a pas pu être vérifié. Envoyez un nouveau code et réessayez.
error-code-invalid = Ce code est incorrect. Vérifiez-le et saisissez-le à nouveau, ou envoyez un nouveau code.
error-code-expired = { $minutes ->
    [one] Ce code a expiré. Envoyez un nouveau code et saisissez-le dans un délai de { $minutes } minute.
    [many] Ce code a expiré. Envoyez un nouveau code et saisissez-le dans un délai de { $minutes } minutes.
   *[other] Ce code a expiré. Envoyez un nouveau code et saisissez-le dans un délai de { $minutes } minutes.
}
error-code-attempts-exceeded = Trop de codes incorrects. Envoyez un nouveau code et réessayez.
error-code-rate-limited = { $retry_after_secs ->
    [one] Trop de codes ont été envoyés. Patientez { $retry_after_secs } seconde avant d’en demander un autre.
    [many] Trop de codes ont été envoyés. Patientez { $retry_after_secs } secondes avant d’en demander un autre.
   *[other] Trop de codes ont été envoyés. Patientez { $retry_after_secs } secondes avant d’en demander un autre.
}

error-delivery = Le code n’a pas pu être envoyé. Réessayez dans quelques minutes ; si cela ne fonctionne toujours pas, contactez votre service d’assistance.
error-delivery-failed = Le code n’a pas pu être envoyé. Vérifiez l’adresse ou le numéro et réessayez ; si aucun code n’arrive, contactez votre service d’assistance.
error-delivery-undelivered = Le code n’a pas pu être remis. Demandez un nouveau code ou utilisez une autre méthode ; si l’échec persiste, contactez votre service d’assistance.

error-questions = Vos questions de sécurité n’ont pas pu être enregistrées. Vérifiez vos réponses et réessayez.
error-questions-too-few = { $min ->
    [one] Répondez à au moins { $min } question.
    [many] Répondez à au moins { $min } questions.
   *[other] Répondez à au moins { $min } questions.
}
error-questions-answer-too-short = La réponse { $index } est trop courte. Utilisez au moins { $min } caractères.
error-questions-answer-too-long = La réponse { $index } est trop longue. Utilisez au plus { $max } caractères.
error-questions-duplicate-answer = La réponse { $index } est identique à une autre réponse. Donnez une réponse différente à chaque question.
error-questions-unknown-question = L’une des questions choisies n’est plus proposée. Choisissez à nouveau vos questions.
error-questions-not-allowed-for-admins = Les comptes administrateur ne peuvent pas utiliser de questions de sécurité, pour des raisons de sécurité. Ajoutez plutôt un autre type de méthode.
error-questions-disabled = Votre organisation a désactivé les questions de sécurité. Ajoutez plutôt un autre type de méthode.

error-questions-wrong-answers = Une ou plusieurs réponses sont incorrectes. Vérifiez-les (orthographe et espaces comme lors de la configuration) et réessayez, ou choisissez une autre méthode.

error-backup-code-invalid = Ce code de secours est incorrect ou a déjà été utilisé. Vérifiez-le, ou utilisez un autre de vos codes.

error-reset = La réinitialisation du mot de passe n’a pas pu continuer. Recommencez ; si l’échec persiste, contactez votre service d’assistance.
error-reset-disabled = Votre organisation n’a pas activé la réinitialisation du mot de passe en libre-service. Contactez votre service d’assistance pour réinitialiser votre mot de passe ou déverrouiller votre compte.
error-reset-expired = { $minutes ->
    [one] Pour protéger votre compte, une session de réinitialisation ne dure que { $minutes } minute, et celle-ci est terminée. Rien n’a été modifié. Recommencez.
    [many] Pour protéger votre compte, une session de réinitialisation ne dure que { $minutes } minutes, et celle-ci est terminée. Rien n’a été modifié. Recommencez.
   *[other] Pour protéger votre compte, une session de réinitialisation ne dure que { $minutes } minutes, et celle-ci est terminée. Rien n’a été modifié. Recommencez.
}
error-reset-not-found = Le serveur de mots de passe ne reconnaît plus cette réinitialisation, par exemple parce qu’elle est terminée. Rien n’a été modifié. Recommencez.
error-reset-blocked = { $hours ->
    [one] Il y a eu trop de tentatives : la réinitialisation ou le déverrouillage de ce compte est bloqué ici pendant { $hours } heure. Contactez votre service d’assistance ; il peut confirmer votre identité et vous aider dès maintenant.
    [many] Il y a eu trop de tentatives : la réinitialisation ou le déverrouillage de ce compte est bloqué ici pendant { $hours } heures. Contactez votre service d’assistance ; il peut confirmer votre identité et vous aider dès maintenant.
   *[other] Il y a eu trop de tentatives : la réinitialisation ou le déverrouillage de ce compte est bloqué ici pendant { $hours } heures. Contactez votre service d’assistance ; il peut confirmer votre identité et vous aider dès maintenant.
}
error-reset-more-methods-needed = { $remaining ->
    [one] Confirmez d’abord votre identité avec une méthode de plus.
    [many] Confirmez d’abord votre identité avec { $remaining } méthodes de plus.
   *[other] Confirmez d’abord votre identité avec { $remaining } méthodes de plus.
}
error-reset-strong-method-required = Votre organisation exige que l’une des méthodes soit une méthode forte. Confirmez aussi votre identité avec votre application d’authentification ou votre clé de sécurité ; si vous n’avez ni l’une ni l’autre, contactez votre service d’assistance.
error-reset-unlock-disabled = Votre organisation n’autorise pas le déverrouillage d’un compte sans choisir de nouveau mot de passe. Réinitialisez plutôt votre mot de passe, ou contactez votre service d’assistance.

error-captcha = La vérification anti-robot n’a pas fonctionné. Choisissez « Suivant » pour réessayer.
error-captcha-invalid = La vérification anti-robot a échoué. Choisissez « Suivant » pour réessayer ; si l’échec persiste, contactez votre service d’assistance.
error-captcha-expired = La vérification anti-robot a pris trop de temps et a expiré. Choisissez « Suivant » pour réessayer.

error-security-key = La clé de sécurité n’a pas fonctionné. Réessayez, ou utilisez une autre clé ou une autre méthode.
error-security-key-no-device = Aucune clé de sécurité n’a été trouvée. Insérez votre clé (ou approchez-la du lecteur) et réessayez.
error-security-key-timeout = La clé n’a pas été touchée à temps. Réessayez et touchez la clé quand elle clignote.
error-security-key-cancelled = La demande de clé de sécurité a été annulée. Réessayez quand vous êtes prêt.
error-security-key-rejected = La clé de sécurité a refusé la demande. Réessayez ; si elle refuse encore, utilisez une autre clé ou une autre méthode.
error-security-key-counter-regressed = Cette clé de sécurité a donné une réponse qui laisse penser qu’elle a pu être copiée ; elle n’a donc pas été acceptée. Utilisez une autre méthode et contactez votre service d’assistance.
error-security-key-unavailable = Les clés de sécurité ne peuvent pas encore être utilisées avec ce serveur : il lui faut une adresse publique avec un nom d’hôte. Utilisez une autre méthode et prévenez votre service d’assistance.
error-security-key-response-malformed = La réponse de la clé de sécurité n’a pas pu être lue. Réessayez ; si l’échec persiste, utilisez une autre clé ou une autre méthode.
error-security-key-response-invalid = La réponse de la clé de sécurité ne correspond pas. Utilisez la clé que vous avez enregistrée pour ce compte et réessayez.
error-security-key-challenge-missing = Cette demande de clé de sécurité a déjà été utilisée ou a expiré. Recommencez.
error-security-key-already-registered = Cette clé de sécurité est déjà enregistrée pour votre compte. Utilisez une autre clé, ou gardez celle que vous avez.
error-security-key-name-invalid = Donnez à la clé un nom de 64 caractères au maximum, par exemple « Clé bleue ».
error-security-key-pin-required = Cette clé a besoin de son code PIN. Saisissez le code PIN de la clé et réessayez.
error-security-key-pin-invalid = Le code PIN de la clé est incorrect. Vérifiez-le et réessayez ; après trop de codes PIN incorrects, la clé se verrouille.

kiosk-idle-warning = Vous êtes toujours là ? Cet écran s’effacera dans { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } secondes
   *[other] { $seconds } secondes
} pour protéger vos informations.
kiosk-idle-stay = Je suis toujours là

## Nouvelle vérification et autres messages d'erreur

step-up-again = Confirmer de nouveau votre identité
error-auth-step-up-required = Pour protéger votre compte, confirmez de nouveau votre identité avec l’une de vos méthodes enregistrées avant de modifier vos informations de sécurité ou votre mot de passe.
error-request-timeout = Le serveur de mots de passe a mis trop de temps à répondre. Réessayez dans un instant ; si cela se reproduit, contactez votre service d’assistance.
error-mfa-questions-not-allowed = Les questions de sécurité ne permettent pas de confirmer une connexion. Choisissez une autre méthode, par exemple votre application d’authentification, un code par e-mail ou SMS, ou une clé de sécurité.
error-policy-questions-alone = Les questions de sécurité ne suffisent jamais seules : ne les autorisez que si deux méthodes sont exigées pour la réinitialisation.
error-registration-not-due = Votre organisation ne vous demande pas de mettre à jour vos informations de sécurité pour le moment. Continuez vers vos informations de sécurité.
error-registration-skip-not-allowed = Votre organisation ne permet pas d’ignorer cette étape. Terminez-la pour continuer.
error-registration-skips-used-up = Vous avez ignoré cette étape autant de fois que votre organisation le permet (au plus { $allowed }). Terminez-la pour continuer.
error-totp-attempts-exceeded = Trop de codes incorrects de l’application d’authentification pendant cette réinitialisation. Recommencez la réinitialisation et vérifiez que l’horloge de cet appareil est à l’heure.
error-questions-locale-unknown = La langue { $locale } n’existe pas. Utilisez l’une des suivantes : { $available }.
error-questions-exists = Cette question existe déjà dans cette langue.
error-questions-limit-reached = Cette langue compte déjà le nombre maximal de questions ({ $max }). Supprimez-en une d’abord.
error-questions-in-use = Cette question ne peut pas être supprimée : des utilisateurs y ont répondu (nombre : { $users }) et ne pourraient plus réinitialiser leur mot de passe avec leurs questions.

## Check connection, managed settings, stay signed in
stay-signed-in = Rester connecté sur cet appareil
stay-signed-in-unreadable = Le trousseau de cet appareil n'a pas pu être lu : votre connexion conservée ne peut pas être utilisée. Connectez-vous pour continuer ; tout le reste fonctionne.
managed-by-organization = Défini par votre organisation
error-keyring-unavailable = Le trousseau de cet appareil ne peut pas conserver votre connexion : vous devrez vous reconnecter la prochaine fois. Tout le reste fonctionne.
footer-check-connection = Vérifier la connexion
diag-title = Vérifier la connexion
diag-intro = Ces vérifications montrent où la connexion au serveur de mots de passe de votre organisation échoue. Lisez les résultats et leurs codes à votre service d’assistance.
diag-run = Vérifier à nouveau
diag-running = Vérification…
diag-copy = Copier le rapport
diag-read-out = Lisez ceci à votre service d’assistance :
diag-back = Retour
diag-status-ok = OK
diag-status-warn = Avertissement
diag-status-fail = Échec
diag-status-skipped = Non vérifié
diag-check-policy = Paramètres de votre service informatique
diag-check-dns = Résolution de nom (DNS)
diag-check-proxy = Proxy
diag-check-tcp = Connexion
diag-check-tls = Connexion sécurisée (certificat TLS)
diag-check-clock = Horloge
diag-check-api = Serveur de mots de passe
diag-skipped = Non vérifié, car une vérification précédente a échoué.
diag-policy-ok = Configuré pour { $tenant } à l’adresse { $url }.
diag-policy-invalid = La stratégie de l’appareil { $path } contient une erreur dans le paramètre { $key }.
diag-no-tenant = Cet appareil n’est encore connecté à aucun serveur de mots de passe.
diag-url-invalid = L’adresse du serveur { $url } n’est pas une adresse web valide.
diag-dns-ip = { $host } est une adresse IP : aucune résolution de nom n’est nécessaire.
diag-dns-ok = { $host } a été trouvé ({ $addresses }).
diag-dns-failed = Le nom { $host } est introuvable. Vérifiez la connexion réseau ou les paramètres DNS.
diag-proxy-none = Aucun proxy n’est défini.
diag-proxy-ok = Le proxy { $proxy } répond.
diag-proxy-unreachable = Le proxy { $proxy } est injoignable.
diag-tcp-via-proxy = La connexion passe par le proxy.
diag-proxy-refused = Le proxy { $proxy } a refusé d’ouvrir une connexion vers { $address }. Le service informatique doit autoriser cette adresse et ce port sur le proxy.
diag-proxy-auth-required = Le proxy { $proxy } demande une identification avant de se connecter à { $address }. Le service informatique doit laisser passer cet appareil ou configurer l’identification du proxy.
diag-tcp-ok = Connecté à { $address } en { $ms } ms.
diag-tcp-refused = { $address } a refusé la connexion : le serveur est peut-être arrêté.
diag-tcp-timeout = { $address } n’a pas répondu à temps : un pare-feu le bloque peut-être.
diag-tcp-failed = Impossible de se connecter à { $address }.
diag-tls-ok = Le certificat de { $host } est valide et approuvé.
diag-tls-not-used = { $url } n’est pas chiffré (http). Acceptable uniquement pour un serveur de test sur cet appareil.
diag-tls-expired = Le certificat de { $host } a expiré ou n’est pas encore valide (vérifiez aussi la date de cet appareil).
diag-tls-name-mismatch = Le certificat n’appartient pas à { $host }.
diag-tls-untrusted = Le certificat de { $host } ne provient pas d’une autorité approuvée. Un proxy inspecte peut-être le trafic, ou le service informatique doit installer le certificat de l’organisation.
diag-tls-failed = La connexion sécurisée à { $host } a échoué.
diag-http-timeout = { $url } n’a pas répondu à temps.
diag-http-failed = { $url } n’a pas répondu.
diag-clock-ok = L’horloge de cet appareil est juste (écart de { $skew_secs } s).
diag-clock-skew = L’horloge de cet appareil a un écart de { $skew_secs } secondes. Les codes des applications d’authentification échoueront ; réglez l’heure correcte.
diag-clock-unknown = Le serveur n’a pas indiqué son heure.
diag-api-ok = Le serveur Latchkey { $version } répond pour { $tenant }.
diag-api-not-latchkey = { $url } n’est pas un serveur Latchkey.
diag-api-incompatible = Le serveur utilise la version { $version }, avec laquelle cette application ({ $expected }) ne peut pas communiquer. Mettez à jour l’application ou le serveur.
diag-tenant-unknown = Le serveur ne connaît pas l’organisation { $tenant }.
diag-api-failed = Le serveur a répondu par une erreur ({ $code }).
