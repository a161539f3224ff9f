# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).
# Lines start with an Arabic word so that clients guessing the direction choose right-to-left.

email-password-changed-subject = تم تغيير كلمة مرور حسابك في { $tenant }
email-password-changed-body =
    مرحبًا { $name }،

    تم للتو تغيير كلمة مرور حسابك في { $tenant }.
    إذا كان هذا التغيير بطلب منك، فلا حاجة إلى أي إجراء آخر.
    وإذا لم يكن كذلك، يُرجى التواصل مع مكتب المساعدة فورًا: { $helpdesk }

email-code-subject = رمز التحقق الخاص بك في { $tenant }
email-code-body =
    رمز التحقق الخاص بك في { $tenant } هو { $code }.
    { $minutes ->
        [zero] الرمز صالح لمدة { $minutes } دقيقة.
        [one] الرمز صالح لمدة دقيقة واحدة.
        [two] الرمز صالح لمدة دقيقتين.
        [few] الرمز صالح لمدة { $minutes } دقائق.
        [many] الرمز صالح لمدة { $minutes } دقيقة.
       *[other] الرمز صالح لمدة { $minutes } دقيقة.
    } إذا لم يكن هذا الرمز بطلب منك، يُرجى تجاهل هذه الرسالة وإبلاغ مكتب المساعدة.
sms-code = رمز التحقق الخاص بك في { $tenant } هو { $code }. مدة الصلاحية بالدقائق: { $minutes }. يُرجى عدم مشاركته مع أي شخص.

email-security-info-changed-subject = تم تغيير معلومات الأمان لحسابك في { $tenant }
email-security-info-changed-body =
    مرحبًا { $name }،

    تم تغيير معلومات الأمان لحسابك في { $tenant }: { $method }.
    إذا لم يكن هذا التغيير بطلب منك، يُرجى التواصل مع مكتب المساعدة فورًا.
sms-security-info-changed = من { $tenant }: تم تغيير معلومات الأمان الخاصة بك ({ $method }). إذا لم يكن ذلك منك، يُرجى التواصل مع مكتب المساعدة.

email-method-totp = تطبيق المصادقة
email-method-email = عنوان البريد الإلكتروني
email-method-phone = رقم الهاتف
email-method-questions = أسئلة الأمان
email-method-security-key = مفتاح الأمان
email-method-backup-codes = الرموز الاحتياطية

email-reset-subject = تمت إعادة تعيين كلمة مرور حسابك في { $tenant }
email-reset-body =
    مرحبًا { $name }،

    تمت للتو إعادة تعيين كلمة مرور حسابك في { $tenant } عبر خدمة إعادة تعيين كلمة المرور الذاتية، وتم تسجيل الخروج من جميع جلساتك.
    إذا لم يكن ذلك بطلب منك، يُرجى التواصل مع مكتب المساعدة فورًا.
sms-reset = من { $tenant }: تمت إعادة تعيين كلمة مرورك. إذا لم يكن ذلك منك، يُرجى التواصل مع مكتب المساعدة الآن.
email-unlock-subject = تم إلغاء قفل حسابك في { $tenant }
email-unlock-body =
    مرحبًا { $name }،

    تم للتو إلغاء قفل حسابك في { $tenant } عبر خدمة إلغاء القفل الذاتية. لم تتغير كلمة المرور.
    إذا لم يكن ذلك بطلب منك، يُرجى التواصل مع مكتب المساعدة فورًا.
sms-unlock = من { $tenant }: تم إلغاء قفل حسابك. إذا لم يكن ذلك منك، يُرجى التواصل مع مكتب المساعدة الآن.
email-admin-reset-subject = استخدم أحد المسؤولين في { $tenant } إعادة التعيين الذاتية
email-admin-reset-body =
    استخدم حساب المسؤول { $user } ({ $name }) للتو خدمة إعادة تعيين كلمة المرور أو إلغاء القفل الذاتية.
    إذا لم يكن ذلك متوقعًا، يُرجى مراجعة سجل التدقيق.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = أُرسلت هذه الرسالة تلقائيًا من { $tenant }. لا تتم قراءة الردود عليها.
email-footer-helpdesk = التواصل مع مكتب المساعدة
email-portal-link = أعد تعيين كلمة المرور أو ألغِ قفل حسابك أو راجع معلومات الأمان من أي متصفح
