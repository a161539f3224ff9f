# Latchkey desktop app: messages of the user interface (Spanish).
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.

## General

common-app-name = Latchkey
common-back = Atrás
common-retry = Reintentar
common-unlock-now = Desbloquear mi cuenta ahora
common-retrying = Reintentando…
common-show-password = Mostrar
common-hide-password = Ocultar
common-rule-met = Se cumple:
common-rule-unmet = No se cumple:
common-error-code = Código de error: { $code }
common-helpdesk-intro = Si necesita ayuda, póngase en contacto con su servicio de asistencia:
common-helpdesk-generic = Si necesita ayuda, póngase en contacto con su servicio de asistencia informática.
common-step = Paso { $step } de { $total }:
common-cancel = Cancelar
common-copied = Copiado.
common-copy-failed = No se pudo copiar. Seleccione el texto y cópielo usted mismo.

## Inicio

start-flows-label = ¿Qué necesita hacer?
start-flow-reset = Restablecer mi contraseña
start-flow-unlock = Desbloquear mi cuenta
start-flow-change = Cambiar mi contraseña
start-flow-security-info = Mi información de seguridad
start-offline = No tiene conexión: ahora mismo no se puede acceder a { $tenant }, así que esta pantalla usa la configuración guardada. Conéctese a la red antes de continuar.
start-no-flows = Su organización no ha activado ninguna opción de autoservicio en este dispositivo. Póngase en contacto con su servicio de asistencia.
start-not-set-up-title = Esta aplicación aún no está configurada
start-not-set-up-help = Su departamento de TI debe conectar Latchkey en este dispositivo con su organización. Póngase en contacto con él e indique el código de error que aparece abajo.
start-unreachable-title = No se puede acceder al servidor de contraseñas de su organización
start-unreachable-help = Compruebe que este dispositivo esté conectado a la red y vuelva a intentarlo. Si sigue sin funcionar, póngase en contacto con su servicio de asistencia e indique el código de error que aparece abajo.
start-failed-title = Latchkey no pudo cargar la configuración de su organización
start-failed-help = Vuelva a intentarlo. Si sigue sin funcionar, póngase en contacto con su servicio de asistencia e indique el código de error que aparece abajo.

## Pie de página

footer-helpdesk-title = Servicio de asistencia:
footer-helpdesk-web = Web:
footer-helpdesk-email = Correo electrónico:
footer-helpdesk-phone = Teléfono:
footer-language = Idioma

## Cambiar la contraseña

change-title = Cambiar su contraseña
change-required-notice = Debe cambiar su contraseña antes de continuar, por ejemplo porque el servicio de asistencia le dio una contraseña temporal. Elija aquí una contraseña nueva y, después, vuelva a iniciar sesión para ver su información de seguridad.
change-step = Paso { $step } de { $total }:
change-step-sign-in = Iniciar sesión
change-step-new-password = Elegir una contraseña nueva
change-username = ID de usuario
change-username-hint = Su nombre de usuario o su dirección de correo electrónico
change-current-password = Contraseña actual
change-new-password = Contraseña nueva
change-confirm-password = Vuelva a escribir la contraseña nueva
change-submit = Cambiar contraseña
change-submitting = Cambiando su contraseña…
change-username-required = Escriba su ID de usuario.
change-current-password-required = Escriba su contraseña actual.
change-new-password-required = Escriba una contraseña nueva.
change-password-not-accepted = Esta contraseña nueva no se puede usar:
change-done-title = Contraseña cambiada
change-done-text = Su contraseña se ha cambiado. Úsela para iniciar sesión en este dispositivo.
change-done-back = Volver al inicio
change-done-returning = { $seconds ->
    [one] Volviendo a la pantalla de inicio en { $seconds } segundo.
    [many] Volviendo a la pantalla de inicio en { $seconds } segundos.
   *[other] Volviendo a la pantalla de inicio en { $seconds } segundos.
}

## Contraseña nueva: lista de requisitos y seguridad

password-rule-heading = Su contraseña nueva debe:
password-rule-length = tener entre { $min } y { $max } caracteres
password-rule-not-banned = no ser una contraseña común ni prohibida
password-rule-not-breached = no aparecer en filtraciones de datos conocidas
password-rule-strength = ser difícil de adivinar: como mínimo «{ $level }»
password-rule-no-user-info = no contener su nombre ni su ID de usuario
password-rule-unknown = cumplir la regla «{ $rule }»
password-strength-label = Seguridad: { $level }
password-strength-none = aún sin evaluar
password-strength-0 = muy baja
password-strength-1 = baja
password-strength-2 = aceptable
password-strength-3 = buena
password-strength-4 = alta

## Iniciar sesión (antes de «Mi información de seguridad»)

sign-in-title = Iniciar sesión
sign-in-intro = Inicie sesión para ver y cambiar las formas de demostrar su identidad.
sign-in-password = Contraseña
sign-in-password-required = Escriba su contraseña.
sign-in-submit = Iniciar sesión
sign-in-submitting = Iniciando sesión…
sign-in-again = Volver a iniciar sesión

## Verificación adicional con un método registrado

mfa-title = Confirme su identidad
mfa-intro = Antes de ver o cambiar su información de seguridad, confirme su identidad con uno de sus métodos.
mfa-choose = Elija cómo confirmar su identidad
mfa-no-methods = Todavía no tiene ningún método para confirmar su identidad. Póngase en contacto con su servicio de asistencia; allí pueden ayudarle a registrar uno.
mfa-totp-prompt = Escriba el código de 6 dígitos de su aplicación de autenticación
mfa-backup-prompt = Escriba uno de sus códigos de respaldo (cada uno sirve una sola vez)
mfa-questions-intro = Responda a sus preguntas de seguridad tal como lo hizo al configurarlas.
mfa-questions-loading = Cargando sus preguntas…
mfa-answers-required = Responda a todas las preguntas.
mfa-submit = Verificar
mfa-submitting = Verificando…

## Códigos de un solo uso enviados por correo electrónico o SMS

code-sending = Enviando…
code-sending-to = Enviando un código a { $hint }…
code-sent = Hemos enviado un código a { $hint }.
code-lifetime = { $minutes ->
    [one] Es válido durante { $minutes } minuto.
    [many] Es válido durante { $minutes } minutos.
   *[other] Es válido durante { $minutes } minutos.
}
code-enter = Escriba el código
code-required = Escriba el código que ha recibido.
code-resend = Enviar un código nuevo
code-resend-wait = Enviar un código nuevo (en { $seconds } s)

## Tipos de métodos

method-kind-totp = Aplicación de autenticación
method-kind-email = Correo electrónico
method-kind-phone = Teléfono móvil
method-kind-questions = Preguntas de seguridad
method-kind-security-key = Llave de seguridad
method-kind-backup-codes = Códigos de respaldo
method-kind-other = Otro método ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } «{ $name }»

## Mi información de seguridad

security-info-title = Mi información de seguridad
security-info-signed-in-as = Sesión iniciada como { $user }
security-info-loading = Cargando su información de seguridad…
security-info-list-label = Sus métodos
security-info-empty = Todavía no ha añadido ningún método.
security-info-registration-required = { $required ->
    [one] Su organización exige { $required } método para que pueda restablecer su contraseña usted mismo. Por ahora tiene { $count }: añada uno con «Añadir método».
    [many] Su organización exige { $required } métodos para que pueda restablecer su contraseña usted mismo. Por ahora tiene { $count }: añada más con «Añadir método».
   *[other] Su organización exige { $required } métodos para que pueda restablecer su contraseña usted mismo. Por ahora tiene { $count }: añada más con «Añadir método».
}
security-info-reconfirm = Confirme que su información está actualizada. Si algo ha cambiado, actualícelo primero; si no, elija «Confirmar».
security-info-reconfirm-button = Confirmar
security-info-confirmed = Gracias: su información de seguridad está confirmada.
security-info-default = Predeterminado
security-info-unverified = Sin completar
security-info-added-on = Añadido el { DATETIME($date, dateStyle: "medium") }
security-info-last-used = último uso el { DATETIME($date, dateStyle: "medium") }
security-info-never-used = nunca usado
security-info-make-default = Establecer como predeterminado
security-info-default-set = { $method } es ahora su método predeterminado.
security-info-remove = Quitar
security-info-remove-question = ¿Quitar { $method }? Ya no podrá usarlo para confirmar su identidad ni para restablecer su contraseña.
security-info-remove-confirm = Sí, quitar
security-info-removed = Se ha quitado { $method }.
security-info-add = Añadir método
security-info-add-label = Elija el método que quiere añadir
security-info-backup-replaces = Los códigos nuevos sustituyen a los anteriores
security-info-sign-out = Cerrar sesión

## Registro: lo primero tras iniciar sesión (directiva de la organización)

interrupt-register-title = Su organización necesita más información para proteger su cuenta
interrupt-register-intro = Añada los métodos que exige su organización para poder restablecer usted mismo su contraseña si alguna vez la olvida.
interrupt-register-count = Métodos exigidos: { $required } · registrados hasta ahora: { $registered }
interrupt-register-button = Configurar mis métodos
interrupt-reconfirm-title = ¿Su información de seguridad sigue actualizada?
interrupt-reconfirm-intro = Su organización le pide comprobar de vez en cuando que los métodos con los que restablecería su contraseña siguen funcionando. Estos son los registrados:
interrupt-reconfirm-confirm = Todo es correcto
interrupt-reconfirm-update = Actualizar mi información
interrupt-skip = Omitir por ahora (quedan { $left })
interrupt-skipped = Omitido por ahora. Se le volverá a preguntar la próxima vez que inicie sesión (omisiones restantes: { $left }).
interrupt-no-skips = Ya ha omitido este paso tantas veces como permite su organización. Complételo para continuar.

## Añadir una aplicación de autenticación

totp-title = Añadir una aplicación de autenticación
totp-loading = Preparando todo…
totp-step-scan = Escanee el código QR
totp-scan-intro = Abra su aplicación de autenticación (por ejemplo, Microsoft Authenticator o Google Authenticator), añada una cuenta y escanee este código.
totp-qr-label = Código QR para su aplicación de autenticación
totp-qr-unavailable = No se puede mostrar el código QR. En su lugar, escriba en su aplicación la clave que aparece abajo.
totp-key-label = Clave:
totp-copy = Copiar clave
totp-cant-scan = ¿No puede escanear el código?
totp-manual-intro = En su aplicación, elija introducir una clave de configuración manualmente y rellene estos datos:
totp-manual-account = Nombre de la cuenta
totp-manual-issuer = Emisor
totp-manual-key = Clave
totp-manual-type = Tipo
totp-manual-type-value = Basado en el tiempo
totp-manual-digits = Dígitos
totp-step-code = Escriba el código de 6 dígitos
totp-code-label = El código que muestra ahora su aplicación
totp-code-hint = La aplicación muestra un código nuevo cada 30 segundos. Escriba el que aparece ahora.
totp-submit = Finalizar
totp-submitting = Comprobando el código…
totp-added = Aplicación de autenticación añadida. A partir de ahora puede confirmar su identidad con sus códigos.

## Añadir una dirección de correo electrónico o un teléfono móvil

contact-email-title = Añadir una dirección de correo electrónico
contact-phone-title = Añadir un teléfono móvil
contact-email-intro = Enviaremos un código a esta dirección para comprobar que es suya. Use una dirección a la que pueda acceder aunque su cuenta del trabajo esté bloqueada.
contact-phone-intro = Enviaremos un código por SMS a este número para comprobar que es suyo.
contact-email-step = Escriba su dirección de correo electrónico
contact-phone-step = Escriba su número de móvil
contact-email-label = Dirección de correo electrónico
contact-email-hint = Por ejemplo, nombre@example.com
contact-country-label = País o región
contact-country-other = Otro (escriba + y el prefijo del país)
contact-phone-label = Número de móvil
contact-phone-hint = El número sin el prefijo del país, o el número completo empezando por +.
contact-phone-preview = Enviaremos el código al { $number }.
contact-send = Enviar código
contact-code-step = Escriba el código
contact-email-change = Usar otra dirección
contact-phone-change = Usar otro número
contact-verify = Verificar
contact-verifying = Verificando…
contact-email-added = Dirección de correo electrónico añadida.
contact-phone-added = Teléfono móvil añadido.

## Preguntas de seguridad

questions-title = Configurar preguntas de seguridad
questions-loading = Cargando las preguntas…
questions-intro = { $count ->
    [one] Elija { $count } pregunta y respóndala.
    [many] Elija { $count } preguntas distintas y responda a cada una.
   *[other] Elija { $count } preguntas distintas y responda a cada una.
}
questions-rules = Cada respuesta debe tener entre { $min } y { $max } caracteres, y no puede haber dos respuestas iguales. Elija respuestas que solo usted conozca y que vaya a recordar exactamente; se guardan de forma que nadie pueda leerlas.
questions-number = Pregunta { $number } de { $total }
questions-question-label = Pregunta
questions-answer-label = Su respuesta
questions-choose = Elija una pregunta…
questions-choose-required = Elija una pregunta para la pregunta { $number }.
questions-submit = Guardar respuestas
questions-saving = Guardando…
questions-added = Preguntas de seguridad guardadas.

## Códigos de respaldo

backup-title = Códigos de respaldo
backup-generating = Creando sus códigos…
backup-intro = { $count ->
    [one] Este es { $count } código de respaldo. Sirve una sola vez, cuando no pueda usar sus otros métodos.
    [many] Estos son { $count } códigos de respaldo. Cada uno sirve una sola vez, cuando no pueda usar sus otros métodos.
   *[other] Estos son { $count } códigos de respaldo. Cada uno sirve una sola vez, cuando no pueda usar sus otros métodos.
}
backup-once = Solo verá estos códigos ahora. Los códigos de respaldo que tenía antes ya no funcionan.
backup-copy = Copiar
backup-save = Guardar como archivo de texto
backup-saved-file = Busque backup-codes.txt en sus descargas.
backup-print = Imprimir
backup-saved-confirm = He guardado estos códigos en un lugar seguro
backup-done = Listo
backup-added = Se han creado códigos de respaldo nuevos. Guárdelos en un lugar seguro.
backup-file-title = Códigos de respaldo de { $tenant }
backup-file-user = Cuenta: { $user }
backup-file-date = Fecha de creación: { DATETIME($date, dateStyle: "long") }
backup-file-note = Cada código sirve una sola vez. No comparta este archivo.

## Añadir una llave de seguridad

security-key-title = Añadir una llave de seguridad
security-key-intro = Una llave de seguridad es un pequeño dispositivo USB o NFC que demuestra su identidad con solo tocarlo.
security-key-step-name = Ponga nombre a su llave
security-key-name-label = Nombre de la llave
security-key-name-hint = Para distinguir sus llaves, por ejemplo «Llave azul» o «Llavero».
security-key-name-required = Ponga un nombre a la llave, por ejemplo «Llave azul».
security-key-register = Siguiente
security-key-step-touch = Inserte y toque su llave
security-key-touch = Inserte su llave de seguridad y tóquela cuando parpadee…
security-key-touch-hint = Si su llave necesita su PIN, esta aplicación se lo pedirá. Tiene aproximadamente un minuto.
security-key-added = Llave de seguridad «{ $name }» añadida.
security-key-done = Volver a mi información de seguridad
security-key-pin-label = PIN de la llave de seguridad
security-key-pin-hint = El PIN que configuró para esta llave de seguridad, no la contraseña de su cuenta. Después de continuar, toque la llave cuando parpadee.
security-key-pin-submit = Continuar
security-key-pin-empty = Escriba el PIN de su llave de seguridad.

## Restablecer y desbloquear (sin iniciar sesión)

reset-title = Restablecer su contraseña
unlock-title = Desbloquear su cuenta
reset-step-who = ¿Quién es usted?
reset-who-intro = Escriba su ID de usuario. Después confirmará su identidad con los métodos que registró y elegirá una contraseña nueva.
unlock-who-intro = Escriba su ID de usuario. Después confirmará su identidad con los métodos que registró y su cuenta se desbloqueará. Su contraseña no cambia.
reset-next = Siguiente
reset-checking = Comprobando…
reset-captcha = Comprobando que no es un bot…
reset-switch-to-reset = Prefiero restablecer mi contraseña
reset-step-verify = Confirme su identidad
reset-verify-intro = { $required ->
    [one] Para proteger su cuenta, confirme su identidad con uno de sus métodos registrados.
    [many] Para proteger su cuenta, confirme su identidad con { $required } métodos registrados distintos.
   *[other] Para proteger su cuenta, confirme su identidad con { $required } métodos registrados distintos.
}
reset-choose = { $total ->
    [one] Elija cómo confirmar su identidad
    [many] Elija cómo confirmar su identidad ({ $n } de { $total })
   *[other] Elija cómo confirmar su identidad ({ $n } de { $total })
}
reset-verified-title = Ya verificados
reset-verified = verificado
reset-verified-notice = { $remaining ->
    [one] { $method }: verificado. Ahora elija un método más.
    [many] { $method }: verificado. Ahora elija { $remaining } métodos más.
   *[other] { $method }: verificado. Ahora elija { $remaining } métodos más.
}
reset-no-methods = Aquí no le queda ningún otro método registrado para confirmar su identidad. Póngase en contacto con su servicio de asistencia; allí pueden confirmar su identidad y ayudarle.
reset-step-new-password = Elija una contraseña nueva
reset-new-password-intro = Elija una contraseña nueva para { $user }.
reset-submit = Establecer contraseña nueva
reset-submitting = Estableciendo su contraseña nueva…
unlock-step-confirm = Desbloquear su cuenta
unlock-confirm-text = Ha confirmado su identidad. ¿Desbloquear { $user } ahora? Su contraseña no cambia.
unlock-submit = Desbloquear mi cuenta
unlock-submitting = Desbloqueando…
reset-timer = Tiempo restante: { NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }. Después tendrá que empezar de nuevo.
reset-timer-warning = { $minutes ->
    [one] Queda menos de { $minutes } minuto.
    [many] Quedan menos de { $minutes } minutos.
   *[other] Quedan menos de { $minutes } minutos.
}
reset-time-limit = { $minutes ->
    [one] Tiene { $minutes } minuto para terminar. Para proteger su cuenta, este tiempo no se puede ampliar; si se agota, empiece de nuevo.
    [many] Tiene { $minutes } minutos para terminar. Para proteger su cuenta, este tiempo no se puede ampliar; si se agota, empiece de nuevo.
   *[other] Tiene { $minutes } minutos para terminar. Para proteger su cuenta, este tiempo no se puede ampliar; si se agota, empiece de nuevo.
}
reset-expired-title = Esta sesión ha finalizado
reset-restart = Empezar de nuevo
reset-done-title = Contraseña cambiada
reset-done-text = Su contraseña se ha cambiado. Úsela para iniciar sesión en este dispositivo.
unlock-done-title = Cuenta desbloqueada
unlock-done-text = Su cuenta está desbloqueada. Inicie sesión con su contraseña actual.
reset-done-notified = Hemos enviado un aviso a su dirección de correo electrónico y a su teléfono registrados. Si no ha sido usted, póngase en contacto con su servicio de asistencia de inmediato.

## Errores
## Cada uno dice qué ha pasado y qué hacer a continuación.

error-unknown = El servidor respondió con un error que esta aplicación aún no conoce (código: { $code }). Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia e indique el código.

error-auth = No se pudo iniciar sesión. Compruebe su ID de usuario y su contraseña y vuelva a intentarlo; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-auth-invalid-credentials = El ID de usuario o la contraseña actual no son correctos. Compruebe ambos (¿está activado Bloq Mayús?) y vuelva a intentarlo.
error-auth-account-locked = { $minutes ->
    [one] Su cuenta se ha bloqueado tras demasiados intentos. Espere { $minutes } minuto y vuelva a intentarlo, o póngase en contacto con su servicio de asistencia para desbloquearla.
    [many] Su cuenta se ha bloqueado tras demasiados intentos. Espere { $minutes } minutos y vuelva a intentarlo, o póngase en contacto con su servicio de asistencia para desbloquearla.
   *[other] Su cuenta se ha bloqueado tras demasiados intentos. Espere { $minutes } minutos y vuelva a intentarlo, o póngase en contacto con su servicio de asistencia para desbloquearla.
}
error-auth-account-disabled = Su cuenta está deshabilitada, así que su contraseña no se puede cambiar aquí. Póngase en contacto con su servicio de asistencia.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Demasiados intentos. Espere { $retry_after_secs } segundo y vuelva a intentarlo.
    [many] Demasiados intentos. Espere { $retry_after_secs } segundos y vuelva a intentarlo.
   *[other] Demasiados intentos. Espere { $retry_after_secs } segundos y vuelva a intentarlo.
}
error-auth-mfa-required = Primero confirme su identidad con uno de sus métodos registrados. Vuelva a iniciar sesión para continuar.
error-auth-password-change-required = Debe cambiar su contraseña antes de continuar. Cámbiela y vuelva a iniciar sesión.
error-auth-token-missing = Su sesión ya no está iniciada. Vuelva a iniciar sesión para continuar.
error-auth-token-invalid = Su inicio de sesión ya no es válido. Vuelva a iniciar sesión para continuar.

error-password = Esta contraseña no se puede usar. Elija otra que cumpla las reglas de la lista.
error-password-too-short = Es demasiado corta. Añada más caracteres.
error-password-too-long = Es demasiado larga. Use menos caracteres.
error-password-banned = Está en la lista de contraseñas comunes o prohibidas. Elija algo menos predecible.
error-password-breached = Aparece en una lista de contraseñas filtradas, así que los atacantes podrían probarla. Elija una que no haya usado nunca en ningún sitio.
error-password-too-weak = Es demasiado fácil de adivinar. Hágala más larga, por ejemplo con varias palabras sin relación entre sí.
error-password-contains-user-info = Contiene su nombre o su ID de usuario. No los incluya.
error-password-reused = Ya ha usado esta contraseña antes. Elija una que no haya usado aquí.
error-password-mismatch = Las dos contraseñas nuevas no coinciden. Escriba la misma contraseña en ambos campos.
error-password-same-as-current = La contraseña nueva es igual que la actual. Elija una contraseña distinta.
error-password-evaluate-rate-limited = Llegaron demasiadas comprobaciones de contraseña desde esta dirección. Espere un minuto y siga escribiendo.

error-tenant = La configuración de su organización en el servidor de contraseñas tiene un problema. Póngase en contacto con su servicio de asistencia.
error-tenant-not-found = El servidor de contraseñas no conoce la organización para la que está configurado este dispositivo. Póngase en contacto con su servicio de asistencia.

error-network = Latchkey no pudo comunicarse con el servidor de contraseñas. Compruebe su conexión de red y vuelva a intentarlo.
error-network-unreachable = No se puede acceder al servidor de contraseñas. Compruebe que este dispositivo esté conectado a la red y vuelva a intentarlo.
error-network-timeout = El servidor de contraseñas tardó demasiado en responder. Espere un momento y vuelva a intentarlo.
error-network-tls = No se pudo verificar el certificado de seguridad del servidor de contraseñas, así que no se envió nada. No lo intente desde otra red; póngase en contacto con su servicio de asistencia.
error-network-bad-response = El servidor de contraseñas envió una respuesta que esta aplicación no pudo leer. Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia.

error-config = Latchkey no está bien configurado en este dispositivo. Póngase en contacto con su servicio de asistencia.
error-config-no-tenant = Este dispositivo aún no está conectado al servidor de contraseñas de su organización. Su departamento de TI debe configurarlo.
error-config-policy-invalid = La directiva del equipo { $path }, configurada por su departamento de TI, contiene un error en la opción { $key }: { $detail }. Comuníqueselo a su servicio de asistencia.
error-config-no-policy = Aún no se han podido cargar las reglas de contraseñas de su organización. Compruebe la conexión y vuelva a intentarlo.

error-request = El servidor de contraseñas no pudo aceptar lo que envió esta aplicación. Compruebe lo que ha escrito y vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia.
error-request-invalid = El servidor de contraseñas no pudo aceptar lo que envió esta aplicación. Compruebe lo que ha escrito y vuelva a intentarlo.
error-request-too-large = Lo que ha escrito es demasiado largo. Acórtelo y vuelva a intentarlo.

error-session = Su sesión ha finalizado. Empiece de nuevo.
error-session-expired = Su sesión ha caducado para proteger su cuenta. Vuelva al inicio y empiece de nuevo.

error-internal = Latchkey tuvo un problema interno y no pudo terminar. Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia e indique el código de error.
error-internal-error = Latchkey tuvo un problema interno y no pudo terminar. Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia e indique el código de error.
error-internal-unavailable = El servidor de contraseñas no puede acceder ahora mismo a su base de datos o a su directorio. Espere unos minutos y vuelva a intentarlo.
error-password-too-young = Su contraseña se cambió hace muy poco. Espere un tiempo antes de volver a cambiarla.
error-account-expired = Su cuenta ha caducado. Póngase en contacto con su servicio de asistencia.
error-account-cannot-change-password = Su cuenta no tiene permiso para cambiar su contraseña. Póngase en contacto con su servicio de asistencia.
error-account-protected = Esta cuenta está protegida: solo el servicio de asistencia puede restablecer su contraseña.
error-directory-unavailable = El servidor de contraseñas no puede acceder ahora mismo al directorio de su organización. No se ha cambiado nada; espere unos minutos y vuelva a intentarlo.
error-directory-timeout = El directorio de su organización no respondió a tiempo. No se ha cambiado nada; espere unos minutos y vuelva a intentarlo.
error-directory-tls = El servidor de contraseñas no pudo verificar el certificado del directorio de su organización, así que no se ha enviado ni cambiado nada. Póngase en contacto con su servicio de asistencia.
error-directory-refused = El directorio de su organización rechazó el cambio. Pruebe con otra contraseña o póngase en contacto con su servicio de asistencia.

error-mfa = No se pudo confirmar su identidad. Vuelva a intentarlo o elija otro método; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-mfa-code-invalid = Ese código no es correcto. Compruébelo y vuelva a escribirlo, u obtenga un código nuevo.
error-mfa-code-expired = Ese código ha caducado. Envíe un código nuevo y escríbalo en cuanto llegue.
error-mfa-attempts-exceeded = Demasiados intentos fallidos con este método. Elija otro método o vuelva a intentarlo más tarde; si no puede continuar, póngase en contacto con su servicio de asistencia.
error-mfa-method-not-verified = La configuración de este método nunca se completó, así que no se puede usar para confirmar su identidad. Elija otro método.
error-mfa-not-required = Ya ha confirmado su identidad. Continúe a su información de seguridad.

error-methods = No se pudo cambiar su información de seguridad. Vuelva a intentarlo; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-methods-would-leave-too-few = No puede quitar este método: su organización exige un número mínimo de métodos. Añada primero otro método y después quite este.
error-methods-not-allowed = Su organización no permite «{ $kind }» como método. Elija otro tipo de método.
error-methods-not-found = Este método ya no existe; puede que se haya quitado desde otro dispositivo. Revise la lista actualizada.
error-methods-limit-reached = Ya tiene el número máximo de métodos de este tipo. Quite uno antes de añadir otro.

error-totp = No se pudo añadir la aplicación de autenticación. Empiece de nuevo; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-totp-code-invalid = Ese código no coincide. Compruebe que ha escrito el código de la cuenta que acaba de añadir y que el reloj de este dispositivo está en hora; después pruebe con el código que aparece ahora.
error-totp-code-reused = Ese código ya se ha usado. Espere a que la aplicación muestre un código nuevo y escríbalo.
error-totp-code-malformed = Escriba los 6 dígitos que muestra su aplicación de autenticación, sin letras.

error-contact = Esa dirección o ese número no se puede usar. Compruébelo y vuelva a intentarlo.
error-contact-email-invalid = Esa dirección de correo electrónico no está completa. Compruébela (por ejemplo, nombre@example.com) y vuelva a intentarlo.
error-contact-phone-invalid = Ese número de teléfono no está completo. Escríbalo con + y el prefijo del país, por ejemplo +34 612 34 56 78 (de 8 a 15 dígitos).

error-code = No se pudo comprobar el código. Envíe un código nuevo y vuelva a intentarlo.
error-code-invalid = Ese código no es correcto. Compruébelo y vuelva a escribirlo, o envíe un código nuevo.
error-code-expired = { $minutes ->
    [one] Ese código ha caducado. Envíe un código nuevo y escríbalo antes de que pase { $minutes } minuto.
    [many] Ese código ha caducado. Envíe un código nuevo y escríbalo antes de que pasen { $minutes } minutos.
   *[other] Ese código ha caducado. Envíe un código nuevo y escríbalo antes de que pasen { $minutes } minutos.
}
error-code-attempts-exceeded = Demasiados códigos incorrectos. Envíe un código nuevo y vuelva a intentarlo.
error-code-rate-limited = { $retry_after_secs ->
    [one] Se han enviado demasiados códigos. Espere { $retry_after_secs } segundo antes de pedir otro.
    [many] Se han enviado demasiados códigos. Espere { $retry_after_secs } segundos antes de pedir otro.
   *[other] Se han enviado demasiados códigos. Espere { $retry_after_secs } segundos antes de pedir otro.
}

error-delivery = No se pudo enviar el código. Vuelva a intentarlo dentro de unos minutos; si sigue sin funcionar, póngase en contacto con su servicio de asistencia.
error-delivery-failed = No se pudo enviar el código. Compruebe la dirección o el número y vuelva a intentarlo; si no llega ningún código, póngase en contacto con su servicio de asistencia.
error-delivery-undelivered = No se pudo entregar el código. Solicite un código nuevo o use otro método; si sigue fallando, póngase en contacto con su servicio de asistencia.

error-questions = No se pudieron guardar sus preguntas de seguridad. Compruebe sus respuestas y vuelva a intentarlo.
error-questions-too-few = { $min ->
    [one] Responda al menos a { $min } pregunta.
    [many] Responda al menos a { $min } preguntas.
   *[other] Responda al menos a { $min } preguntas.
}
error-questions-answer-too-short = La respuesta { $index } es demasiado corta. Use al menos { $min } caracteres.
error-questions-answer-too-long = La respuesta { $index } es demasiado larga. Use como máximo { $max } caracteres.
error-questions-duplicate-answer = La respuesta { $index } es igual que otra respuesta. Dé una respuesta distinta a cada pregunta.
error-questions-unknown-question = Una de las preguntas elegidas ya no está disponible. Vuelva a elegir sus preguntas.
error-questions-not-allowed-for-admins = Las cuentas de administrador no pueden usar preguntas de seguridad, para mantenerlas protegidas. Añada otro tipo de método.
error-questions-disabled = Su organización ha desactivado las preguntas de seguridad. Añada otro tipo de método.

error-questions-wrong-answers = Una o varias respuestas no son correctas. Revíselas (ortografía y espacios tal como las configuró) y vuelva a intentarlo, o elija otro método.

error-backup-code-invalid = Ese código de respaldo no es correcto o ya se ha usado. Compruébelo o use otro de sus códigos.

error-reset = No se pudo continuar con el restablecimiento de la contraseña. Empiece de nuevo; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-reset-disabled = Su organización no ha activado el restablecimiento de contraseña de autoservicio. Póngase en contacto con su servicio de asistencia para restablecer su contraseña o desbloquear su cuenta.
error-reset-expired = { $minutes ->
    [one] Para proteger su cuenta, una sesión de restablecimiento dura solo { $minutes } minuto, y esta ha finalizado. No se ha cambiado nada. Empiece de nuevo.
    [many] Para proteger su cuenta, una sesión de restablecimiento dura solo { $minutes } minutos, y esta ha finalizado. No se ha cambiado nada. Empiece de nuevo.
   *[other] Para proteger su cuenta, una sesión de restablecimiento dura solo { $minutes } minutos, y esta ha finalizado. No se ha cambiado nada. Empiece de nuevo.
}
error-reset-not-found = El servidor de contraseñas ya no reconoce este restablecimiento, por ejemplo porque ha finalizado. No se ha cambiado nada. Empiece de nuevo.
error-reset-blocked = { $hours ->
    [one] Ha habido demasiados intentos, así que aquí no se puede restablecer ni desbloquear esta cuenta durante la próxima hora. Póngase en contacto con su servicio de asistencia; allí pueden confirmar su identidad y ayudarle ahora.
    [many] Ha habido demasiados intentos, así que aquí no se puede restablecer ni desbloquear esta cuenta durante las próximas { $hours } horas. Póngase en contacto con su servicio de asistencia; allí pueden confirmar su identidad y ayudarle ahora.
   *[other] Ha habido demasiados intentos, así que aquí no se puede restablecer ni desbloquear esta cuenta durante las próximas { $hours } horas. Póngase en contacto con su servicio de asistencia; allí pueden confirmar su identidad y ayudarle ahora.
}
error-reset-more-methods-needed = { $remaining ->
    [one] Primero confirme su identidad con un método más.
    [many] Primero confirme su identidad con { $remaining } métodos más.
   *[other] Primero confirme su identidad con { $remaining } métodos más.
}
error-reset-strong-method-required = Su organización exige que uno de los métodos sea de alta seguridad. Confirme también su identidad con su aplicación de autenticación o su llave de seguridad; si no tiene ninguna de las dos, póngase en contacto con su servicio de asistencia.
error-reset-unlock-disabled = Su organización no permite desbloquear una cuenta sin elegir una contraseña nueva. Restablezca su contraseña o póngase en contacto con su servicio de asistencia.

error-captcha = La comprobación de que no es un bot no funcionó. Elija «Siguiente» para volver a intentarlo.
error-captcha-invalid = No se superó la comprobación de que no es un bot. Elija «Siguiente» para volver a intentarlo; si sigue fallando, póngase en contacto con su servicio de asistencia.
error-captcha-expired = La comprobación de que no es un bot tardó demasiado y caducó. Elija «Siguiente» para volver a intentarlo.

error-security-key = La llave de seguridad no funcionó. Vuelva a intentarlo o use otra llave u otro método.
error-security-key-no-device = No se encontró ninguna llave de seguridad. Inserte su llave (o acérquela al lector) y vuelva a intentarlo.
error-security-key-timeout = La llave no se tocó a tiempo. Vuelva a intentarlo y toque la llave cuando parpadee.
error-security-key-cancelled = Se canceló la solicitud de la llave de seguridad. Vuelva a intentarlo cuando esté listo.
error-security-key-rejected = La llave de seguridad rechazó la solicitud. Vuelva a intentarlo; si la sigue rechazando, use otra llave u otro método.
error-security-key-counter-regressed = Esta llave de seguridad dio una respuesta que indica que podría haber sido copiada, así que no se aceptó. Use otro método y póngase en contacto con su servicio de asistencia.
error-security-key-unavailable = Aún no se pueden usar llaves de seguridad con este servidor: necesita una dirección pública con nombre de host. Use otro método y avise a su servicio de asistencia.
error-security-key-response-malformed = No se pudo leer la respuesta de la llave de seguridad. Vuelva a intentarlo; si sigue fallando, use otra llave u otro método.
error-security-key-response-invalid = La respuesta de la llave de seguridad no coincide. Use la llave que registró para esta cuenta y vuelva a intentarlo.
error-security-key-challenge-missing = Esta solicitud de llave de seguridad ya se usó o ha caducado. Empiece de nuevo.
error-security-key-already-registered = Esta llave de seguridad ya está registrada en su cuenta. Use otra llave o conserve la que tiene.
error-security-key-name-invalid = Ponga a la llave un nombre de hasta 64 caracteres, por ejemplo «Llave azul».
error-security-key-pin-required = Esta llave necesita su PIN. Escriba el PIN de la llave y vuelva a intentarlo.
error-security-key-pin-invalid = El PIN de la llave no es correcto. Compruébelo y vuelva a intentarlo; tras demasiados PIN incorrectos, la llave se bloquea.

kiosk-idle-warning = ¿Sigue ahí? Esta pantalla se borrará en { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} para proteger su información.
kiosk-idle-stay = Sigo aquí

## Nueva verificación y otros mensajes de error

step-up-again = Volver a confirmar su identidad
error-auth-step-up-required = Para proteger su cuenta, vuelva a confirmar su identidad con uno de sus métodos registrados antes de cambiar su información de seguridad o su contraseña.
error-request-timeout = El servidor de contraseñas tardó demasiado en responder. Vuelva a intentarlo en un momento; si sigue ocurriendo, póngase en contacto con su servicio de asistencia.
error-mfa-questions-not-allowed = Las preguntas de seguridad no sirven para confirmar un inicio de sesión. Elija otro método, como su aplicación de autenticación, un código por correo electrónico o SMS, o una llave de seguridad.
error-policy-questions-alone = Las preguntas de seguridad nunca bastan por sí solas: permítalas solo cuando se exijan dos métodos para restablecer.
error-registration-not-due = Su organización no le pide actualizar su información de seguridad en este momento. Continúe a su información de seguridad.
error-registration-skip-not-allowed = Su organización no permite omitir este paso. Complételo para continuar.
error-registration-skips-used-up = Ya ha omitido este paso tantas veces como permite su organización (como máximo { $allowed }). Complételo para continuar.
error-totp-attempts-exceeded = Demasiados códigos incorrectos de la aplicación de autenticación en este restablecimiento. Vuelva a empezar el restablecimiento y compruebe que el reloj de este dispositivo está en hora.
error-questions-locale-unknown = No existe el idioma { $locale }. Use uno de estos: { $available }.
error-questions-exists = Esa pregunta ya existe en este idioma.
error-questions-limit-reached = Este idioma ya tiene el número máximo de preguntas ({ $max }). Quite una primero.
error-questions-in-use = Esta pregunta no se puede quitar: la han respondido usuarios (total: { $users }) y ya no podrían restablecer su contraseña con sus preguntas.

## Check connection, managed settings, stay signed in
stay-signed-in = Mantener la sesión iniciada en este dispositivo
stay-signed-in-unreadable = No se pudo leer el llavero de este dispositivo, así que no se puede usar su sesión guardada. Inicie sesión para continuar; todo lo demás funciona.
managed-by-organization = Establecido por su organización
error-keyring-unavailable = El llavero de este dispositivo no puede guardar su sesión, así que tendrá que iniciar sesión de nuevo la próxima vez. Todo lo demás funciona.
footer-check-connection = Comprobar la conexión
diag-title = Comprobar la conexión
diag-intro = Estas comprobaciones muestran dónde falla la conexión con el servidor de contraseñas de su organización. Lea los resultados y sus códigos a su servicio de asistencia.
diag-run = Comprobar de nuevo
diag-running = Comprobando…
diag-copy = Copiar informe
diag-read-out = Lea esto a su servicio de asistencia:
diag-back = Atrás
diag-status-ok = Correcto
diag-status-warn = Advertencia
diag-status-fail = Error
diag-status-skipped = Omitido
diag-check-policy = Configuración de su departamento de TI
diag-check-dns = Resolución de nombres (DNS)
diag-check-proxy = Proxy
diag-check-tcp = Conexión
diag-check-tls = Conexión segura (certificado TLS)
diag-check-clock = Reloj
diag-check-api = Servidor de contraseñas
diag-skipped = No se comprobó porque falló una comprobación anterior.
diag-policy-ok = Configurado para { $tenant } en { $url }.
diag-policy-invalid = La directiva del equipo { $path } contiene un error en la opción { $key }.
diag-no-tenant = Este dispositivo aún no está conectado a ningún servidor de contraseñas.
diag-url-invalid = La dirección del servidor { $url } no es una dirección web válida.
diag-dns-ip = { $host } es una dirección IP; no hace falta resolver el nombre.
diag-dns-ok = Se encontró { $host } ({ $addresses }).
diag-dns-failed = No se encontró el nombre { $host }. Compruebe la conexión de red o la configuración DNS.
diag-proxy-none = No hay ningún proxy configurado.
diag-proxy-ok = El proxy { $proxy } responde.
diag-proxy-unreachable = No se puede acceder al proxy { $proxy }.
diag-tcp-via-proxy = La conexión pasa por el proxy.
diag-proxy-refused = El proxy { $proxy } rechazó abrir una conexión con { $address }. TI debe permitir esta dirección y este puerto en el proxy.
diag-proxy-auth-required = El proxy { $proxy } pide un inicio de sesión antes de conectarse a { $address }. TI debe dejar pasar este dispositivo o configurar el inicio de sesión del proxy.
diag-tcp-ok = Conectado a { $address } en { $ms } ms.
diag-tcp-refused = { $address } rechazó la conexión: puede que el servidor esté caído.
diag-tcp-timeout = { $address } no respondió a tiempo: puede que un cortafuegos lo bloquee.
diag-tcp-failed = No se pudo conectar a { $address }.
diag-tls-ok = El certificado de { $host } es válido y de confianza.
diag-tls-not-used = { $url } no está cifrado (http). Solo es aceptable para un servidor de prueba en este equipo.
diag-tls-expired = El certificado de { $host } ha caducado o aún no es válido (compruebe también la fecha de este dispositivo).
diag-tls-name-mismatch = El certificado no pertenece a { $host }.
diag-tls-untrusted = El certificado de { $host } no procede de una autoridad de confianza. Puede que un proxy esté inspeccionando el tráfico, o TI debe instalar el certificado de la organización.
diag-tls-failed = La conexión segura con { $host } falló.
diag-http-timeout = { $url } no respondió a tiempo.
diag-http-failed = { $url } no respondió.
diag-clock-ok = El reloj de este dispositivo es correcto (diferencia de { $skew_secs } s).
diag-clock-skew = El reloj de este dispositivo tiene una diferencia de { $skew_secs } segundos. Los códigos de las aplicaciones de autenticación fallarán; ajuste la hora correcta.
diag-clock-unknown = El servidor no indicó su hora.
diag-api-ok = El servidor Latchkey { $version } responde para { $tenant }.
diag-api-not-latchkey = { $url } no es un servidor Latchkey.
diag-api-incompatible = El servidor ejecuta la versión { $version }, con la que esta aplicación ({ $expected }) no puede comunicarse. Actualice la aplicación o el servidor.
diag-tenant-unknown = El servidor no conoce la organización { $tenant }.
diag-api-failed = El servidor respondió con un error ({ $code }).
