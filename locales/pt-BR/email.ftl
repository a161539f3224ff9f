# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = Sua senha de { $tenant } foi alterada
email-password-changed-body =
    Olá, { $name },

    A senha da sua conta de { $tenant } acabou de ser alterada.
    Se foi você, não é preciso fazer mais nada.
    Se não foi você, entre em contato com o suporte técnico imediatamente: { $helpdesk }

email-code-subject = Seu código de verificação de { $tenant }
email-code-body =
    Seu código de verificação de { $tenant } é { $code }.
    { $minutes ->
        [one] Ele é válido por { $minutes } minuto.
        [many] Ele é válido por { $minutes } minutos.
       *[other] Ele é válido por { $minutes } minutos.
    } Se você não o solicitou, ignore este email e avise o suporte técnico.
sms-code = { $code } é seu código de verificação de { $tenant }. Válido por { $minutes } min. Nunca o compartilhe.

email-security-info-changed-subject = Suas informações de segurança de { $tenant } foram alteradas
email-security-info-changed-body =
    Olá, { $name },

    As informações de segurança da sua conta de { $tenant } foram alteradas: { $method }.
    Se não foi você, entre em contato com o suporte técnico imediatamente.
sms-security-info-changed = { $tenant }: suas informações de segurança foram alteradas ({ $method }). Não foi você? Fale com o suporte técnico.

email-method-totp = aplicativo autenticador
email-method-email = endereço de email
email-method-phone = número de telefone
email-method-questions = perguntas de segurança
email-method-security-key = chave de segurança
email-method-backup-codes = códigos de backup

email-reset-subject = Sua senha de { $tenant } foi redefinida
email-reset-body =
    Olá, { $name },

    A senha da sua conta de { $tenant } acabou de ser redefinida por autoatendimento, e todas as suas sessões foram encerradas.
    Se não foi você, entre em contato com o suporte técnico imediatamente.
sms-reset = { $tenant }: sua senha foi redefinida. Não foi você? Fale com o suporte técnico agora.
email-unlock-subject = Sua conta de { $tenant } foi desbloqueada
email-unlock-body =
    Olá, { $name },

    Sua conta de { $tenant } acabou de ser desbloqueada por autoatendimento. Sua senha não foi alterada.
    Se não foi você, entre em contato com o suporte técnico imediatamente.
sms-unlock = { $tenant }: sua conta foi desbloqueada. Não foi você? Fale com o suporte técnico agora.
email-admin-reset-subject = { $tenant }: um administrador usou a redefinição por autoatendimento
email-admin-reset-body =
    A conta de administrador { $user } ({ $name }) acabou de usar a redefinição de senha ou o desbloqueio por autoatendimento.
    Se isso não era esperado, verifique o log de auditoria.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = Esta mensagem foi enviada automaticamente por { $tenant }. As respostas a ela não são lidas.
email-footer-helpdesk = Entrar em contato com o suporte técnico
email-portal-link = Redefina sua senha, desbloqueie sua conta ou revise suas informações de segurança em qualquer navegador
