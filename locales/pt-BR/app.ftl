# Latchkey desktop app: messages of the user interface (Brazilian Portuguese).
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.

## Geral

common-app-name = Latchkey
common-back = Voltar
common-retry = Tentar novamente
common-unlock-now = Desbloquear minha conta agora
common-retrying = Tentando novamente…
common-show-password = Mostrar
common-hide-password = Ocultar
common-rule-met = Atendido:
common-rule-unmet = Não atendido:
common-error-code = Código de erro: { $code }
common-helpdesk-intro = Se precisar de ajuda, entre em contato com o suporte técnico:
common-helpdesk-generic = Se precisar de ajuda, entre em contato com o suporte técnico de TI.
common-step = Etapa { $step } de { $total }:
common-cancel = Cancelar
common-copied = Copiado.
common-copy-failed = Não foi possível copiar. Selecione o texto e copie você mesmo.

## Início

start-flows-label = O que você precisa fazer?
start-flow-reset = Redefinir minha senha
start-flow-unlock = Desbloquear minha conta
start-flow-change = Alterar minha senha
start-flow-security-info = Minhas informações de segurança
start-offline = Você está off-line: não é possível acessar { $tenant } agora, então esta tela usa configurações salvas. Conecte-se à rede antes de continuar.
start-no-flows = Sua organização não ativou nenhuma opção de autoatendimento neste dispositivo. Entre em contato com o suporte técnico.
start-not-set-up-title = Este aplicativo ainda não está configurado
start-not-set-up-help = O departamento de TI precisa conectar o Latchkey neste dispositivo à sua organização. Entre em contato com o departamento e informe o código de erro abaixo.
start-unreachable-title = Não é possível acessar o servidor de senhas da sua organização
start-unreachable-help = Verifique se este dispositivo está conectado à rede e tente novamente. Se ainda não funcionar, entre em contato com o suporte técnico e informe o código de erro abaixo.
start-failed-title = O Latchkey não conseguiu carregar as configurações da sua organização
start-failed-help = Tente novamente. Se ainda não funcionar, entre em contato com o suporte técnico e informe o código de erro abaixo.

## Rodapé

footer-helpdesk-title = Suporte técnico:
footer-helpdesk-web = Web:
footer-helpdesk-email = Email:
footer-helpdesk-phone = Telefone:
footer-language = Idioma

## Alterar a senha

change-title = Alterar sua senha
change-required-notice = Você precisa alterar sua senha antes de continuar, por exemplo porque o suporte técnico lhe deu uma senha temporária. Escolha uma nova senha aqui e entre novamente para ver suas informações de segurança.
change-step = Etapa { $step } de { $total }:
change-step-sign-in = Entrar
change-step-new-password = Escolher uma nova senha
change-username = ID de usuário
change-username-hint = Seu nome de usuário ou endereço de email
change-current-password = Senha atual
change-new-password = Nova senha
change-confirm-password = Digite a nova senha novamente
change-submit = Alterar senha
change-submitting = Alterando sua senha…
change-username-required = Digite seu ID de usuário.
change-current-password-required = Digite sua senha atual.
change-new-password-required = Digite uma nova senha.
change-password-not-accepted = Esta nova senha não pode ser usada:
change-done-title = Senha alterada
change-done-text = Sua senha foi alterada. Use-a para entrar neste dispositivo.
change-done-back = Voltar ao início
change-done-returning = { $seconds ->
    [one] Voltando à tela inicial em { $seconds } segundo.
    [many] Voltando à tela inicial em { $seconds } segundos.
   *[other] Voltando à tela inicial em { $seconds } segundos.
}

## Nova senha: lista de requisitos e força

password-rule-heading = Sua nova senha precisa:
password-rule-length = ter de { $min } a { $max } caracteres
password-rule-not-banned = não ser uma senha comum ou proibida
password-rule-not-breached = não aparecer em vazamentos de dados conhecidos
password-rule-strength = ser difícil de adivinhar: no mínimo “{ $level }”
password-rule-no-user-info = não conter seu nome nem seu ID de usuário
password-rule-unknown = cumprir a regra “{ $rule }”
password-strength-label = Força: { $level }
password-strength-none = ainda não avaliada
password-strength-0 = muito fraca
password-strength-1 = fraca
password-strength-2 = razoável
password-strength-3 = boa
password-strength-4 = forte

## Entrar (antes de “Minhas informações de segurança”)

sign-in-title = Entrar
sign-in-intro = Entre para ver e alterar as formas de comprovar sua identidade.
sign-in-password = Senha
sign-in-password-required = Digite sua senha.
sign-in-submit = Entrar
sign-in-submitting = Entrando…
sign-in-again = Entrar novamente

## Verificação adicional com um método registrado

mfa-title = Confirme sua identidade
mfa-intro = Antes de ver ou alterar suas informações de segurança, confirme sua identidade com um dos seus métodos.
mfa-choose = Escolha como confirmar sua identidade
mfa-no-methods = Você ainda não tem nenhum método para confirmar sua identidade. Entre em contato com o suporte técnico; a equipe pode ajudar você a registrar um.
mfa-totp-prompt = Digite o código de 6 dígitos do seu aplicativo autenticador
mfa-backup-prompt = Digite um dos seus códigos de backup (cada um funciona uma única vez)
mfa-questions-intro = Responda às suas perguntas de segurança do mesmo jeito que respondeu ao configurá-las.
mfa-questions-loading = Carregando suas perguntas…
mfa-answers-required = Responda a todas as perguntas.
mfa-submit = Verificar
mfa-submitting = Verificando…

## Códigos de uso único enviados por email ou SMS

code-sending = Enviando…
code-sending-to = Enviando um código para { $hint }…
code-sent = Enviamos um código para { $hint }.
code-lifetime = { $minutes ->
    [one] Ele é válido por { $minutes } minuto.
    [many] Ele é válido por { $minutes } minutos.
   *[other] Ele é válido por { $minutes } minutos.
}
code-enter = Digite o código
code-required = Digite o código que você recebeu.
code-resend = Enviar um novo código
code-resend-wait = Enviar um novo código (em { $seconds } s)

## Tipos de método

method-kind-totp = Aplicativo autenticador
method-kind-email = Email
method-kind-phone = Celular
method-kind-questions = Perguntas de segurança
method-kind-security-key = Chave de segurança
method-kind-backup-codes = Códigos de backup
method-kind-other = Outro método ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } “{ $name }”

## Minhas informações de segurança

security-info-title = Minhas informações de segurança
security-info-signed-in-as = Conectado como { $user }
security-info-loading = Carregando suas informações de segurança…
security-info-list-label = Seus métodos
security-info-empty = Você ainda não adicionou nenhum método.
security-info-registration-required = { $required ->
    [one] Sua organização exige { $required } método para que você possa redefinir sua senha sozinho. Até agora você tem { $count }: adicione um em “Adicionar método”.
    [many] Sua organização exige { $required } métodos para que você possa redefinir sua senha sozinho. Até agora você tem { $count }: adicione mais em “Adicionar método”.
   *[other] Sua organização exige { $required } métodos para que você possa redefinir sua senha sozinho. Até agora você tem { $count }: adicione mais em “Adicionar método”.
}
security-info-reconfirm = Confirme se suas informações estão atualizadas. Se algo mudou, atualize primeiro; caso contrário, escolha “Confirmar”.
security-info-reconfirm-button = Confirmar
security-info-confirmed = Obrigado: suas informações de segurança foram confirmadas.
security-info-default = Padrão
security-info-unverified = Não concluído
security-info-added-on = Adicionado em { DATETIME($date, dateStyle: "medium") }
security-info-last-used = último uso em { DATETIME($date, dateStyle: "medium") }
security-info-never-used = nunca usado
security-info-make-default = Tornar padrão
security-info-default-set = { $method } agora é seu método padrão.
security-info-remove = Remover
security-info-remove-question = Remover { $method }? Você não poderá mais usá-lo para confirmar sua identidade nem para redefinir sua senha.
security-info-remove-confirm = Sim, remover
security-info-removed = Método removido: { $method }.
security-info-add = Adicionar método
security-info-add-label = Escolha um método para adicionar
security-info-backup-replaces = Os novos códigos substituem os antigos
security-info-sign-out = Sair

## Registro: pedido primeiro após entrar (política da organização)

interrupt-register-title = Sua organização precisa de mais informações para manter sua conta segura
interrupt-register-intro = Adicione os métodos exigidos pela sua organização para poder redefinir sua senha por conta própria se você a esquecer.
interrupt-register-count = Métodos exigidos: { $required } · registrados até agora: { $registered }
interrupt-register-button = Configurar meus métodos
interrupt-reconfirm-title = Suas informações de segurança ainda estão atualizadas?
interrupt-reconfirm-intro = Sua organização pede que você verifique de vez em quando se os métodos que usaria para redefinir sua senha ainda funcionam. Estes estão registrados:
interrupt-reconfirm-confirm = Está tudo certo
interrupt-reconfirm-update = Atualizar minhas informações
interrupt-skip = Pular por enquanto (restam { $left })
interrupt-skipped = Pulado por enquanto. Você será perguntado de novo na próxima vez que entrar (vezes restantes: { $left }).
interrupt-no-skips = Você já pulou esta etapa tantas vezes quanto sua organização permite. Conclua-a para continuar.

## Adicionar um aplicativo autenticador

totp-title = Adicionar um aplicativo autenticador
totp-loading = Preparando tudo…
totp-step-scan = Leia o código QR
totp-scan-intro = Abra seu aplicativo autenticador (por exemplo, Microsoft Authenticator ou Google Authenticator), adicione uma conta e leia este código.
totp-qr-label = Código QR para o seu aplicativo autenticador
totp-qr-unavailable = Não é possível mostrar o código QR. Em vez disso, digite no aplicativo a chave abaixo.
totp-key-label = Chave:
totp-copy = Copiar chave
totp-cant-scan = Não consegue ler o código?
totp-manual-intro = No aplicativo, escolha inserir uma chave de configuração manualmente e preencha:
totp-manual-account = Nome da conta
totp-manual-issuer = Emissor
totp-manual-key = Chave
totp-manual-type = Tipo
totp-manual-type-value = Baseado em tempo
totp-manual-digits = Dígitos
totp-step-code = Digite o código de 6 dígitos
totp-code-label = O código que o aplicativo mostra agora
totp-code-hint = O aplicativo mostra um novo código a cada 30 segundos. Digite o que aparece agora.
totp-submit = Concluir
totp-submitting = Verificando o código…
totp-added = Aplicativo autenticador adicionado. A partir de agora, você pode confirmar sua identidade com os códigos dele.

## Adicionar um endereço de email ou um celular

contact-email-title = Adicionar um endereço de email
contact-phone-title = Adicionar um celular
contact-email-intro = Enviaremos um código para este endereço para confirmar que ele é seu. Use um endereço que você consiga acessar mesmo quando sua conta de trabalho estiver bloqueada.
contact-phone-intro = Enviaremos um código por SMS para este número para confirmar que ele é seu.
contact-email-step = Digite seu endereço de email
contact-phone-step = Digite o número do seu celular
contact-email-label = Endereço de email
contact-email-hint = Por exemplo, nome@example.com
contact-country-label = País ou região
contact-country-other = Outro (digite + e o código do país)
contact-phone-label = Número do celular
contact-phone-hint = O número sem o código do país, ou o número completo começando com +.
contact-phone-preview = Enviaremos o código para { $number }.
contact-send = Enviar código
contact-code-step = Digite o código
contact-email-change = Usar outro endereço
contact-phone-change = Usar outro número
contact-verify = Verificar
contact-verifying = Verificando…
contact-email-added = Endereço de email adicionado.
contact-phone-added = Celular adicionado.

## Perguntas de segurança

questions-title = Configurar perguntas de segurança
questions-loading = Carregando as perguntas…
questions-intro = { $count ->
    [one] Escolha { $count } pergunta e responda a ela.
    [many] Escolha { $count } perguntas diferentes e responda a cada uma.
   *[other] Escolha { $count } perguntas diferentes e responda a cada uma.
}
questions-rules = Cada resposta precisa ter de { $min } a { $max } caracteres, e duas respostas não podem ser iguais. Escolha respostas que só você saiba e das quais vai se lembrar exatamente; elas são armazenadas de forma que ninguém consiga lê-las.
questions-number = Pergunta { $number } de { $total }
questions-question-label = Pergunta
questions-answer-label = Sua resposta
questions-choose = Escolha uma pergunta…
questions-choose-required = Escolha uma pergunta para a pergunta { $number }.
questions-submit = Salvar respostas
questions-saving = Salvando…
questions-added = Perguntas de segurança salvas.

## Códigos de backup

backup-title = Códigos de backup
backup-generating = Criando seus códigos…
backup-intro = { $count ->
    [one] Aqui está { $count } código de backup. Ele funciona uma única vez, quando você não puder usar seus outros métodos.
    [many] Aqui estão { $count } códigos de backup. Cada um funciona uma única vez, quando você não puder usar seus outros métodos.
   *[other] Aqui estão { $count } códigos de backup. Cada um funciona uma única vez, quando você não puder usar seus outros métodos.
}
backup-once = Você só verá estes códigos agora. Os códigos de backup que você tinha antes não funcionam mais.
backup-copy = Copiar
backup-save = Salvar como arquivo de texto
backup-saved-file = Procure backup-codes.txt na sua pasta de downloads.
backup-print = Imprimir
backup-saved-confirm = Guardei estes códigos em um lugar seguro
backup-done = Concluído
backup-added = Novos códigos de backup criados. Guarde-os em um lugar seguro.
backup-file-title = Códigos de backup de { $tenant }
backup-file-user = Conta: { $user }
backup-file-date = Criados em: { DATETIME($date, dateStyle: "long") }
backup-file-note = Cada código funciona uma única vez. Não compartilhe este arquivo.

## Adicionar uma chave de segurança

security-key-title = Adicionar uma chave de segurança
security-key-intro = Uma chave de segurança é um pequeno dispositivo USB ou NFC que comprova sua identidade com um toque.
security-key-step-name = Dê um nome à sua chave
security-key-name-label = Nome da chave
security-key-name-hint = Para diferenciar suas chaves, por exemplo “Chave azul” ou “Chaveiro”.
security-key-name-required = Dê um nome à chave, por exemplo “Chave azul”.
security-key-register = Avançar
security-key-step-touch = Insira e toque na sua chave
security-key-touch = Insira sua chave de segurança e toque nela quando piscar…
security-key-touch-hint = Se a chave precisar do PIN, este aplicativo vai pedir. Você tem cerca de um minuto.
security-key-added = Chave de segurança “{ $name }” adicionada.
security-key-done = Voltar para minhas informações de segurança
security-key-pin-label = PIN da chave de segurança
security-key-pin-hint = O PIN que você definiu para esta chave de segurança, não a senha da sua conta. Depois de continuar, toque na chave quando ela piscar.
security-key-pin-submit = Continuar
security-key-pin-empty = Digite o PIN da sua chave de segurança.

## Redefinir e desbloquear (sem entrar)

reset-title = Redefinir sua senha
unlock-title = Desbloquear sua conta
reset-step-who = Quem é você?
reset-who-intro = Digite seu ID de usuário. Em seguida, você vai confirmar sua identidade com os métodos que registrou e escolher uma nova senha.
unlock-who-intro = Digite seu ID de usuário. Em seguida, você vai confirmar sua identidade com os métodos que registrou, e sua conta será desbloqueada. Sua senha continua a mesma.
reset-next = Avançar
reset-checking = Verificando…
reset-captcha = Verificando se você não é um robô…
reset-switch-to-reset = Prefiro redefinir minha senha
reset-step-verify = Confirme sua identidade
reset-verify-intro = { $required ->
    [one] Para manter sua conta segura, confirme sua identidade com um dos seus métodos registrados.
    [many] Para manter sua conta segura, confirme sua identidade com { $required } métodos registrados diferentes.
   *[other] Para manter sua conta segura, confirme sua identidade com { $required } métodos registrados diferentes.
}
reset-choose = { $total ->
    [one] Escolha como confirmar sua identidade
    [many] Escolha como confirmar sua identidade ({ $n } de { $total })
   *[other] Escolha como confirmar sua identidade ({ $n } de { $total })
}
reset-verified-title = Já verificados
reset-verified = verificado
reset-verified-notice = { $remaining ->
    [one] { $method }: verificado. Agora escolha mais um método.
    [many] { $method }: verificado. Agora escolha mais { $remaining } métodos.
   *[other] { $method }: verificado. Agora escolha mais { $remaining } métodos.
}
reset-no-methods = Não há mais nenhum método registrado para confirmar sua identidade aqui. Entre em contato com o suporte técnico; a equipe pode confirmar sua identidade e ajudar você.
reset-step-new-password = Escolha uma nova senha
reset-new-password-intro = Escolha uma nova senha para { $user }.
reset-submit = Definir nova senha
reset-submitting = Definindo sua nova senha…
unlock-step-confirm = Desbloquear sua conta
unlock-confirm-text = Você confirmou sua identidade. Desbloquear { $user } agora? Sua senha continua a mesma.
unlock-submit = Desbloquear minha conta
unlock-submitting = Desbloqueando…
reset-timer = Tempo restante: { NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }. Depois disso, você precisará começar de novo.
reset-timer-warning = { $minutes ->
    [one] Falta menos de { $minutes } minuto.
    [many] Faltam menos de { $minutes } minutos.
   *[other] Faltam menos de { $minutes } minutos.
}
reset-time-limit = { $minutes ->
    [one] Você tem { $minutes } minuto para concluir. Para manter sua conta segura, esse tempo não pode ser prorrogado; se ele acabar, comece de novo.
    [many] Você tem { $minutes } minutos para concluir. Para manter sua conta segura, esse tempo não pode ser prorrogado; se ele acabar, comece de novo.
   *[other] Você tem { $minutes } minutos para concluir. Para manter sua conta segura, esse tempo não pode ser prorrogado; se ele acabar, comece de novo.
}
reset-expired-title = Esta sessão terminou
reset-restart = Começar de novo
reset-done-title = Senha alterada
reset-done-text = Sua senha foi alterada. Use-a para entrar neste dispositivo.
unlock-done-title = Conta desbloqueada
unlock-done-text = Sua conta está desbloqueada. Entre com sua senha atual.
reset-done-notified = Enviamos uma notificação para o seu email e o seu telefone registrados. Se não foi você, entre em contato com o suporte técnico imediatamente.

## Erros
## Cada um diz o que aconteceu e o que fazer em seguida.

error-unknown = O servidor respondeu com um erro que este aplicativo ainda não conhece (código: { $code }). Tente novamente; se acontecer de novo, entre em contato com o suporte técnico e informe o código.

error-auth = Não foi possível entrar. Verifique seu ID de usuário e sua senha e tente novamente; se continuar falhando, entre em contato com o suporte técnico.
error-auth-invalid-credentials = O ID de usuário ou a senha atual estão incorretos. Verifique os dois (o Caps Lock está ativado?) e tente novamente.
error-auth-account-locked = { $minutes ->
    [one] Sua conta foi bloqueada após muitas tentativas. Aguarde { $minutes } minuto e tente novamente, ou entre em contato com o suporte técnico para desbloqueá-la.
    [many] Sua conta foi bloqueada após muitas tentativas. Aguarde { $minutes } minutos e tente novamente, ou entre em contato com o suporte técnico para desbloqueá-la.
   *[other] Sua conta foi bloqueada após muitas tentativas. Aguarde { $minutes } minutos e tente novamente, ou entre em contato com o suporte técnico para desbloqueá-la.
}
error-auth-account-disabled = Sua conta está desativada, então a senha dela não pode ser alterada aqui. Entre em contato com o suporte técnico.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Muitas tentativas. Aguarde { $retry_after_secs } segundo e tente novamente.
    [many] Muitas tentativas. Aguarde { $retry_after_secs } segundos e tente novamente.
   *[other] Muitas tentativas. Aguarde { $retry_after_secs } segundos e tente novamente.
}
error-auth-mfa-required = Primeiro confirme sua identidade com um dos seus métodos registrados. Entre novamente para continuar.
error-auth-password-change-required = Você precisa alterar sua senha antes de continuar. Altere-a e entre novamente.
error-auth-token-missing = Você não está mais conectado. Entre novamente para continuar.
error-auth-token-invalid = Sua sessão não é mais válida. Entre novamente para continuar.

error-password = Esta senha não pode ser usada. Escolha outra que cumpra as regras da lista.
error-password-too-short = Ela é curta demais. Adicione mais caracteres.
error-password-too-long = Ela é longa demais. Use menos caracteres.
error-password-banned = Ela está na lista de senhas comuns ou proibidas. Escolha algo menos previsível.
error-password-breached = Ela foi encontrada em uma lista de senhas vazadas, então invasores podem tentar usá-la. Escolha uma que você nunca tenha usado em nenhum lugar.
error-password-too-weak = Ela é fácil demais de adivinhar. Deixe-a mais longa, por exemplo com várias palavras sem relação entre si.
error-password-contains-user-info = Ela contém seu nome ou seu ID de usuário. Deixe-os de fora.
error-password-reused = Você já usou esta senha antes. Escolha uma que ainda não tenha usado aqui.
error-password-mismatch = As duas novas senhas não coincidem. Digite a mesma senha nos dois campos.
error-password-same-as-current = A nova senha é igual à atual. Escolha uma senha diferente.
error-password-evaluate-rate-limited = Muitas verificações de senha vieram deste endereço. Aguarde um minuto e continue digitando.

error-tenant = As configurações da sua organização no servidor de senhas têm um problema. Entre em contato com o suporte técnico.
error-tenant-not-found = O servidor de senhas não conhece a organização para a qual este dispositivo está configurado. Entre em contato com o suporte técnico.

error-network = O Latchkey não conseguiu se comunicar com o servidor de senhas. Verifique sua conexão de rede e tente novamente.
error-network-unreachable = Não é possível acessar o servidor de senhas. Verifique se este dispositivo está conectado à rede e tente novamente.
error-network-timeout = O servidor de senhas demorou demais para responder. Aguarde um momento e tente novamente.
error-network-tls = Não foi possível verificar o certificado de segurança do servidor de senhas, então nada foi enviado. Não tente novamente em outra rede; entre em contato com o suporte técnico.
error-network-bad-response = O servidor de senhas enviou uma resposta que este aplicativo não conseguiu ler. Tente novamente; se acontecer de novo, entre em contato com o suporte técnico.

error-config = O Latchkey não está configurado corretamente neste dispositivo. Entre em contato com o suporte técnico.
error-config-no-tenant = Este dispositivo ainda não está conectado ao servidor de senhas da sua organização. O departamento de TI precisa configurá-lo.
error-config-policy-invalid = A política do computador { $path }, configurada pelo departamento de TI, contém um erro na configuração { $key }: { $detail }. Informe o suporte técnico.
error-config-no-policy = Ainda não foi possível carregar as regras de senha da sua organização. Verifique a conexão e tente novamente.

error-request = O servidor de senhas não conseguiu aceitar o que este aplicativo enviou. Verifique o que você digitou e tente novamente; se acontecer de novo, entre em contato com o suporte técnico.
error-request-invalid = O servidor de senhas não conseguiu aceitar o que este aplicativo enviou. Verifique o que você digitou e tente novamente.
error-request-too-large = O que você digitou é longo demais. Encurte o texto e tente novamente.

error-session = Sua sessão terminou. Comece de novo.
error-session-expired = Sua sessão expirou, para manter sua conta segura. Volte ao início e comece de novo.

error-internal = O Latchkey encontrou um problema interno e não conseguiu concluir. Tente novamente; se acontecer de novo, entre em contato com o suporte técnico e informe o código de erro.
error-internal-error = O Latchkey encontrou um problema interno e não conseguiu concluir. Tente novamente; se acontecer de novo, entre em contato com o suporte técnico e informe o código de erro.
error-internal-unavailable = O servidor de senhas não consegue acessar o banco de dados ou o diretório no momento. Aguarde alguns minutos e tente novamente.
error-password-too-young = Sua senha foi alterada há pouco tempo. Aguarde um pouco antes de alterá-la novamente.
error-account-expired = Sua conta expirou. Entre em contato com o suporte técnico.
error-account-cannot-change-password = Sua conta não tem permissão para alterar a própria senha. Entre em contato com o suporte técnico.
error-account-protected = Esta conta é protegida: somente o suporte técnico pode redefinir a senha dela.
error-directory-unavailable = O servidor de senhas não consegue acessar o diretório da sua organização no momento. Nada foi alterado; aguarde alguns minutos e tente novamente.
error-directory-timeout = O diretório da sua organização não respondeu a tempo. Nada foi alterado; aguarde alguns minutos e tente novamente.
error-directory-tls = O servidor de senhas não conseguiu verificar o certificado do diretório da sua organização, então nada foi enviado nem alterado. Entre em contato com o suporte técnico.
error-directory-refused = O diretório da sua organização recusou a alteração. Tente outra senha ou entre em contato com o suporte técnico.

error-mfa = Não foi possível confirmar sua identidade. Tente novamente ou escolha outro método; se continuar falhando, entre em contato com o suporte técnico.
error-mfa-code-invalid = Esse código não está correto. Confira e digite-o novamente, ou obtenha um novo código.
error-mfa-code-expired = Esse código expirou. Envie um novo código e digite-o logo depois que ele chegar.
error-mfa-attempts-exceeded = Muitas tentativas erradas com este método. Escolha outro método ou tente novamente mais tarde; se não conseguir continuar, entre em contato com o suporte técnico.
error-mfa-method-not-verified = A configuração deste método nunca foi concluída, então ele não pode ser usado para confirmar sua identidade. Escolha outro método.
error-mfa-not-required = Sua identidade já foi confirmada. Continue para suas informações de segurança.

error-methods = Não foi possível alterar suas informações de segurança. Tente novamente; se continuar falhando, entre em contato com o suporte técnico.
error-methods-would-leave-too-few = Você não pode remover este método: sua organização exige um número mínimo de métodos. Adicione outro método primeiro e depois remova este.
error-methods-not-allowed = Sua organização não permite “{ $kind }” como método. Escolha outro tipo de método.
error-methods-not-found = Este método não existe mais; talvez tenha sido removido em outro dispositivo. Confira a lista atualizada.
error-methods-limit-reached = Você já tem o número máximo de métodos deste tipo. Remova um antes de adicionar outro.

error-totp = Não foi possível adicionar o aplicativo autenticador. Comece de novo; se continuar falhando, entre em contato com o suporte técnico.
error-totp-code-invalid = Esse código não confere. Verifique se você digitou o código da conta que acabou de adicionar e se o relógio deste dispositivo está certo; depois, tente o código que aparece agora.
error-totp-code-reused = Esse código já foi usado. Aguarde o aplicativo mostrar um novo código e digite esse.
error-totp-code-malformed = Digite os 6 dígitos que o seu aplicativo autenticador mostra, sem letras.

error-contact = Esse endereço ou número não pode ser usado. Confira e tente novamente.
error-contact-email-invalid = Esse endereço de email não está completo. Confira (por exemplo, nome@example.com) e tente novamente.
error-contact-phone-invalid = Esse número de telefone não está completo. Digite-o com + e o código do país, por exemplo +55 11 91234-5678 (de 8 a 15 dígitos).

error-code = Não foi possível verificar o código. Envie um novo código e tente novamente.
error-code-invalid = Esse código não está correto. Confira e digite-o novamente, ou envie um novo código.
error-code-expired = { $minutes ->
    [one] Esse código expirou. Envie um novo código e digite-o em até { $minutes } minuto.
    [many] Esse código expirou. Envie um novo código e digite-o em até { $minutes } minutos.
   *[other] Esse código expirou. Envie um novo código e digite-o em até { $minutes } minutos.
}
error-code-attempts-exceeded = Muitos códigos errados. Envie um novo código e tente novamente.
error-code-rate-limited = { $retry_after_secs ->
    [one] Muitos códigos foram enviados. Aguarde { $retry_after_secs } segundo antes de pedir outro.
    [many] Muitos códigos foram enviados. Aguarde { $retry_after_secs } segundos antes de pedir outro.
   *[other] Muitos códigos foram enviados. Aguarde { $retry_after_secs } segundos antes de pedir outro.
}

error-delivery = Não foi possível enviar o código. Tente novamente em alguns minutos; se ainda não funcionar, entre em contato com o suporte técnico.
error-delivery-failed = Não foi possível enviar o código. Confira o endereço ou o número e tente novamente; se nenhum código chegar, entre em contato com o suporte técnico.
error-delivery-undelivered = Não foi possível entregar o código. Peça um novo código ou use outro método; se continuar falhando, entre em contato com o suporte técnico.

error-questions = Não foi possível salvar suas perguntas de segurança. Confira suas respostas e tente novamente.
error-questions-too-few = { $min ->
    [one] Responda a pelo menos { $min } pergunta.
    [many] Responda a pelo menos { $min } perguntas.
   *[other] Responda a pelo menos { $min } perguntas.
}
error-questions-answer-too-short = A resposta { $index } é curta demais. Use pelo menos { $min } caracteres.
error-questions-answer-too-long = A resposta { $index } é longa demais. Use no máximo { $max } caracteres.
error-questions-duplicate-answer = A resposta { $index } é igual a outra resposta. Dê uma resposta diferente para cada pergunta.
error-questions-unknown-question = Uma das perguntas escolhidas não está mais disponível. Escolha suas perguntas novamente.
error-questions-not-allowed-for-admins = Contas de administrador não podem usar perguntas de segurança, para mantê-las seguras. Adicione outro tipo de método.
error-questions-disabled = Sua organização desativou as perguntas de segurança. Adicione outro tipo de método.

error-questions-wrong-answers = Uma ou mais respostas não estão corretas. Confira-as (ortografia e espaços como na configuração) e tente novamente, ou escolha outro método.

error-backup-code-invalid = Esse código de backup está errado ou já foi usado. Confira-o ou use outro dos seus códigos.

error-reset = Não foi possível continuar a redefinição de senha. Comece de novo; se continuar falhando, entre em contato com o suporte técnico.
error-reset-disabled = Sua organização não ativou a redefinição de senha por autoatendimento. Entre em contato com o suporte técnico para redefinir sua senha ou desbloquear sua conta.
error-reset-expired = { $minutes ->
    [one] Para manter sua conta segura, uma sessão de redefinição dura apenas { $minutes } minuto, e esta terminou. Nada foi alterado. Comece de novo.
    [many] Para manter sua conta segura, uma sessão de redefinição dura apenas { $minutes } minutos, e esta terminou. Nada foi alterado. Comece de novo.
   *[other] Para manter sua conta segura, uma sessão de redefinição dura apenas { $minutes } minutos, e esta terminou. Nada foi alterado. Comece de novo.
}
error-reset-not-found = O servidor de senhas não reconhece mais esta redefinição, por exemplo porque ela terminou. Nada foi alterado. Comece de novo.
error-reset-blocked = { $hours ->
    [one] Houve muitas tentativas, então a redefinição ou o desbloqueio desta conta aqui está bloqueado pela próxima hora. Entre em contato com o suporte técnico; a equipe pode confirmar sua identidade e ajudar você agora.
    [many] Houve muitas tentativas, então a redefinição ou o desbloqueio desta conta aqui está bloqueado pelas próximas { $hours } horas. Entre em contato com o suporte técnico; a equipe pode confirmar sua identidade e ajudar você agora.
   *[other] Houve muitas tentativas, então a redefinição ou o desbloqueio desta conta aqui está bloqueado pelas próximas { $hours } horas. Entre em contato com o suporte técnico; a equipe pode confirmar sua identidade e ajudar você agora.
}
error-reset-more-methods-needed = { $remaining ->
    [one] Primeiro confirme sua identidade com mais um método.
    [many] Primeiro confirme sua identidade com mais { $remaining } métodos.
   *[other] Primeiro confirme sua identidade com mais { $remaining } métodos.
}
error-reset-strong-method-required = Sua organização exige que um dos métodos seja de alta segurança. Confirme sua identidade também com seu aplicativo autenticador ou sua chave de segurança; se você não tiver nenhum dos dois, entre em contato com o suporte técnico.
error-reset-unlock-disabled = Sua organização não permite desbloquear uma conta sem escolher uma nova senha. Redefina sua senha ou entre em contato com o suporte técnico.

error-captcha = A verificação de que você não é um robô não funcionou. Escolha “Avançar” para tentar novamente.
error-captcha-invalid = A verificação de que você não é um robô não foi aprovada. Escolha “Avançar” para tentar novamente; se continuar falhando, entre em contato com o suporte técnico.
error-captcha-expired = A verificação de que você não é um robô demorou demais e expirou. Escolha “Avançar” para tentar novamente.

error-security-key = A chave de segurança não funcionou. Tente novamente ou use outra chave ou outro método.
error-security-key-no-device = Nenhuma chave de segurança foi encontrada. Insira sua chave (ou aproxime-a do leitor) e tente novamente.
error-security-key-timeout = A chave não foi tocada a tempo. Tente novamente e toque na chave quando ela piscar.
error-security-key-cancelled = A solicitação da chave de segurança foi cancelada. Tente novamente quando estiver pronto.
error-security-key-rejected = A chave de segurança recusou a solicitação. Tente novamente; se ela continuar recusando, use outra chave ou outro método.
error-security-key-counter-regressed = Esta chave de segurança deu uma resposta que sugere que ela pode ter sido copiada, então ela não foi aceita. Use outro método e entre em contato com o suporte técnico.
error-security-key-unavailable = Ainda não é possível usar chaves de segurança com este servidor: ele precisa de um endereço público com nome de host. Use outro método e avise o suporte técnico.
error-security-key-response-malformed = Não foi possível ler a resposta da chave de segurança. Tente novamente; se continuar falhando, use outra chave ou outro método.
error-security-key-response-invalid = A resposta da chave de segurança não confere. Use a chave que você registrou para esta conta e tente novamente.
error-security-key-challenge-missing = Esta solicitação de chave de segurança já foi usada ou expirou. Comece de novo.
error-security-key-already-registered = Esta chave de segurança já está registrada na sua conta. Use outra chave ou mantenha a que você já tem.
error-security-key-name-invalid = Dê à chave um nome de até 64 caracteres, por exemplo “Chave azul”.
error-security-key-pin-required = Esta chave precisa do PIN. Digite o PIN da chave e tente novamente.
error-security-key-pin-invalid = O PIN da chave está errado. Confira e tente novamente; depois de muitos PINs errados, a chave se bloqueia.

kiosk-idle-warning = Ainda está aí? Esta tela será limpa em { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} para proteger suas informações.
kiosk-idle-stay = Ainda estou aqui

## Nova verificação e outras mensagens de erro

step-up-again = Confirmar sua identidade novamente
error-auth-step-up-required = Para manter sua conta segura, confirme sua identidade novamente com um dos seus métodos registrados antes de alterar suas informações de segurança ou sua senha.
error-request-timeout = O servidor de senhas demorou demais para responder. Tente novamente daqui a pouco; se continuar acontecendo, entre em contato com o suporte técnico.
error-mfa-questions-not-allowed = As perguntas de segurança não podem confirmar uma entrada. Escolha outro método, como seu aplicativo autenticador, um código por email ou SMS, ou uma chave de segurança.
error-policy-questions-alone = As perguntas de segurança nunca bastam sozinhas: permita-as somente quando dois métodos forem exigidos para a redefinição.
error-registration-not-due = Sua organização não está pedindo que você atualize suas informações de segurança agora. Continue para suas informações de segurança.
error-registration-skip-not-allowed = Sua organização não permite pular esta etapa. Conclua-a para continuar.
error-registration-skips-used-up = Você já pulou esta etapa tantas vezes quanto sua organização permite (no máximo { $allowed }). Conclua-a para continuar.
error-totp-attempts-exceeded = Muitos códigos errados do aplicativo autenticador nesta redefinição. Comece a redefinição de novo e verifique se o relógio deste dispositivo está certo.
error-questions-locale-unknown = O idioma { $locale } não existe. Use um destes: { $available }.
error-questions-exists = Essa pergunta já existe neste idioma.
error-questions-limit-reached = Este idioma já tem o número máximo de perguntas ({ $max }). Remova uma primeiro.
error-questions-in-use = Esta pergunta não pode ser removida: usuários já a responderam (total: { $users }) e não poderiam mais redefinir a senha com suas perguntas.

## Check connection, managed settings, stay signed in
stay-signed-in = Manter conectado neste dispositivo
stay-signed-in-unreadable = Não foi possível ler o chaveiro deste dispositivo, então seu login guardado não pode ser usado. Entre para continuar; todo o resto funciona.
managed-by-organization = Definido pela sua organização
error-keyring-unavailable = O chaveiro deste dispositivo não consegue guardar seu login, então você precisará entrar de novo na próxima vez. Todo o resto funciona.
footer-check-connection = Verificar conexão
diag-title = Verificar conexão
diag-intro = Estas verificações mostram onde falha a conexão com o servidor de senhas da sua organização. Leia os resultados e seus códigos para o suporte técnico.
diag-run = Verificar novamente
diag-running = Verificando…
diag-copy = Copiar relatório
diag-read-out = Leia isto para o suporte técnico:
diag-back = Voltar
diag-status-ok = OK
diag-status-warn = Aviso
diag-status-fail = Falhou
diag-status-skipped = Ignorado
diag-check-policy = Configurações do seu departamento de TI
diag-check-dns = Resolução de nomes (DNS)
diag-check-proxy = Proxy
diag-check-tcp = Conexão
diag-check-tls = Conexão segura (certificado TLS)
diag-check-clock = Relógio
diag-check-api = Servidor de senhas
diag-skipped = Não verificado porque uma verificação anterior falhou.
diag-policy-ok = Configurado para { $tenant } em { $url }.
diag-policy-invalid = A política do computador { $path } contém um erro na configuração { $key }.
diag-no-tenant = Este dispositivo ainda não está conectado a um servidor de senhas.
diag-url-invalid = O endereço do servidor { $url } não é um endereço web válido.
diag-dns-ip = { $host } é um endereço IP; não é preciso resolver nomes.
diag-dns-ok = { $host } foi encontrado ({ $addresses }).
diag-dns-failed = O nome { $host } não foi encontrado. Verifique a conexão de rede ou as configurações de DNS.
diag-proxy-none = Nenhum proxy está definido.
diag-proxy-ok = O proxy { $proxy } responde.
diag-proxy-unreachable = Não é possível alcançar o proxy { $proxy }.
diag-tcp-via-proxy = A conexão passa pelo proxy.
diag-proxy-refused = O proxy { $proxy } recusou abrir uma conexão com { $address }. A TI precisa permitir este endereço e esta porta no proxy.
diag-proxy-auth-required = O proxy { $proxy } pede um login antes de se conectar a { $address }. A TI precisa liberar este dispositivo ou configurar o login do proxy.
diag-tcp-ok = Conectado a { $address } em { $ms } ms.
diag-tcp-refused = { $address } recusou a conexão: o servidor pode estar fora do ar.
diag-tcp-timeout = { $address } não respondeu a tempo: um firewall pode estar bloqueando.
diag-tcp-failed = Não foi possível conectar a { $address }.
diag-tls-ok = O certificado de { $host } é válido e confiável.
diag-tls-not-used = { $url } não é criptografado (http). Aceitável apenas para um servidor de teste neste computador.
diag-tls-expired = O certificado de { $host } expirou ou ainda não é válido (verifique também a data deste dispositivo).
diag-tls-name-mismatch = O certificado não pertence a { $host }.
diag-tls-untrusted = O certificado de { $host } não é de uma autoridade confiável. Um proxy pode estar inspecionando o tráfego, ou a TI precisa instalar o certificado da organização.
diag-tls-failed = A conexão segura com { $host } falhou.
diag-http-timeout = { $url } não respondeu a tempo.
diag-http-failed = { $url } não respondeu.
diag-clock-ok = O relógio deste dispositivo está certo (diferença de { $skew_secs } s).
diag-clock-skew = O relógio deste dispositivo está com diferença de { $skew_secs } segundos. Os códigos de aplicativos autenticadores vão falhar; acerte a hora.
diag-clock-unknown = O servidor não informou a hora.
diag-api-ok = O servidor Latchkey { $version } responde para { $tenant }.
diag-api-not-latchkey = { $url } não é um servidor Latchkey.
diag-api-incompatible = O servidor executa a versão { $version }, com a qual este aplicativo ({ $expected }) não consegue se comunicar. Atualize o aplicativo ou o servidor.
diag-tenant-unknown = O servidor não conhece a organização { $tenant }.
diag-api-failed = O servidor respondeu com um erro ({ $code }).
