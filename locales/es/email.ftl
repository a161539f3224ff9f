# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = Se ha cambiado su contraseña de { $tenant }
email-password-changed-body =
    Hola, { $name }:

    Se acaba de cambiar la contraseña de su cuenta de { $tenant }.
    Si ha sido usted, no tiene que hacer nada más.
    Si no ha sido usted, póngase en contacto con su servicio de asistencia de inmediato: { $helpdesk }

email-code-subject = Su código de verificación de { $tenant }
email-code-body =
    Su código de verificación de { $tenant } es { $code }.
    { $minutes ->
        [one] Es válido durante { $minutes } minuto.
        [many] Es válido durante { $minutes } minutos.
       *[other] Es válido durante { $minutes } minutos.
    } Si no lo ha solicitado, ignore este correo y avise a su servicio de asistencia.
sms-code = { $code } es su código de verificación de { $tenant }. Válido durante { $minutes } min. No lo comparta nunca.

email-security-info-changed-subject = Se ha cambiado su información de seguridad de { $tenant }
email-security-info-changed-body =
    Hola, { $name }:

    Se ha cambiado la información de seguridad de su cuenta de { $tenant }: { $method }.
    Si no ha sido usted, póngase en contacto con su servicio de asistencia de inmediato.
sms-security-info-changed = { $tenant }: se ha cambiado su información de seguridad ({ $method }). ¿No ha sido usted? Contacte con su servicio de asistencia.

email-method-totp = aplicación de autenticación
email-method-email = dirección de correo electrónico
email-method-phone = número de teléfono
email-method-questions = preguntas de seguridad
email-method-security-key = llave de seguridad
email-method-backup-codes = códigos de respaldo

email-reset-subject = Se ha restablecido su contraseña de { $tenant }
email-reset-body =
    Hola, { $name }:

    Se acaba de restablecer la contraseña de su cuenta de { $tenant } mediante el autoservicio, y se han cerrado todas sus sesiones.
    Si no ha sido usted, póngase en contacto con su servicio de asistencia de inmediato.
sms-reset = { $tenant }: se ha restablecido su contraseña. ¿No ha sido usted? Contacte ya con su servicio de asistencia.
email-unlock-subject = Se ha desbloqueado su cuenta de { $tenant }
email-unlock-body =
    Hola, { $name }:

    Se acaba de desbloquear su cuenta de { $tenant } mediante el autoservicio. Su contraseña no ha cambiado.
    Si no ha sido usted, póngase en contacto con su servicio de asistencia de inmediato.
sms-unlock = { $tenant }: se ha desbloqueado su cuenta. ¿No ha sido usted? Contacte ya con su servicio de asistencia.
email-admin-reset-subject = { $tenant }: un administrador ha usado el restablecimiento de autoservicio
email-admin-reset-body =
    La cuenta de administrador { $user } ({ $name }) acaba de usar el restablecimiento de contraseña o el desbloqueo de autoservicio.
    Si no era lo esperado, revise el registro de auditoría.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = { $tenant } ha enviado este mensaje automáticamente. Las respuestas a este mensaje no se leen.
email-footer-helpdesk = Contactar con su servicio de asistencia
email-portal-link = Restablezca su contraseña, desbloquee su cuenta o revise su información de seguridad desde cualquier navegador
