// رسائل أخطاء الخادم بالعربية؛ رموز الأخطاء وأسماء الحقول والترويسات ومتغيرات البيئة والوحدات تبقى كما هي في الإنجليزية.
import type { Messages } from './en.ts';

type Forms = { one: string; two: string; few: string; many: string; other: string };
/** A counted noun as Arabic says it: "ثانية واحدة", "ثانيتين", "3 ثوانٍ", "11 ثانية", "100 ثانية". */
const counted = (n: number, forms: Forms) => {
  const form = new Intl.PluralRules('ar').select(n);
  if (form === 'one') return forms.one;
  if (form === 'two') return forms.two;
  return `${n} ${form === 'few' ? forms.few : form === 'many' ? forms.many : forms.other}`;
};
/** After "بعد" (genitive). */
const SECONDS: Forms = {
  one: 'ثانية واحدة',
  two: 'ثانيتين',
  few: 'ثوانٍ',
  many: 'ثانية',
  other: 'ثانية',
};
/** As an object (accusative). */
const DAYS: Forms = { one: 'يومًا واحدًا', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' };
/** After "إلى" (genitive). */
const MORE_ANSWERS: Forms = {
  one: 'إجابة واحدة أخرى',
  two: 'إجابتين أخريين',
  few: 'إجابات أخرى',
  many: 'إجابة أخرى',
  other: 'إجابة أخرى',
};
const API = 'وصف الـ API موجود في /api/openapi.json';

export const ar: Messages = {
  not_found: (where: string) => `لا يوجد شيء عند ${where}؛ ${API}`,
  malformed_json: 'جسم الطلب ليس JSON صالحًا',
  'http.bad_request': `تعذّر على الخادم قراءة هذا الطلب؛ ${API}`,
  'http.not_found': `لا يوجد شيء هنا؛ ${API}`,
  'http.method_not_allowed': `هذه الطريقة غير مسموح بها هنا؛ ${API}`,
  'http.body_too_large': 'جسم الطلب أكبر مما يقبله الخادم',
  'http.unsupported_media_type': 'أرسل جسم الطلب بصيغة JSON مع Content-Type: application/json',
  internal_error: 'حدث خطأ من جهتنا، وقد سُجّل',

  database_unavailable:
    'قاعدة البيانات لا تستجيب الآن؛ أعد المحاولة بعد بضع ثوانٍ (إعادة إرسال الإجابة نفسها بالمعرّف id نفسه آمنة: فهي لا تُخزَّن مرتين أبدًا)',
  storage_full:
    'قرص الخادم ممتلئ، فلا يمكن تخزين أي شيء جديد؛ أعد المحاولة لاحقًا (يرى مشغّل الخادم ذلك في السجلات)',

  'rate_limited.writes': (seconds: number) =>
    `طلبات كثيرة جدًا من هذا العميل؛ أعد المحاولة بعد ${counted(seconds, SECONDS)}`,
  'rate_limited.guesses': (seconds: number) =>
    `بيانات اعتماد مرفوضة كثيرة جدًا من هذا العميل؛ أعد المحاولة بعد ${counted(seconds, SECONDS)}`,

  body_too_large: (maxBytes: number) => `الحد الأقصى لجسم الطلب ${maxBytes} بايت`,
  body_incomplete: 'انتهى جسم الطلب قبل اكتماله؛ أرسله مرة أخرى',
  unsupported_media_type: (contentType: string) =>
    `أرسل جسم الطلب بصيغة JSON مع Content-Type: application/json (${contentType ? `المُستلَم: "${contentType}"` : 'لم يُرسَل أي Content-Type'})`,
  invalid_utf8: 'جسم الطلب ليس نصًا صالحًا بترميز UTF-8',
  'unstorable_text.address':
    'يحتوي العنوان على محرف NUL (U+0000) أو على نصف زوج بديل (surrogate pair) في UTF-16؛ أرسل نص Unicode عاديًا',
  'unstorable_text.body':
    'يحتوي جسم الطلب على محرف NUL (U+0000) أو على نصف زوج بديل (surrogate pair) في UTF-16؛ أرسل نص Unicode عاديًا',

  headers_too_large: 'ترويسات الطلب أكبر مما يقبله الخادم؛ أرسل ترويسات أقل عددًا أو أصغر حجمًا',
  request_timeout: 'استغرق وصول الطلب وقتًا طويلًا جدًا؛ أرسله مرة أخرى دفعة واحدة',
  'bad_request.http': 'الطلب ليس HTTP/1.1 صالحًا',

  'unauthorized.org':
    'يتطلب هذا رابط إدارة المنظمة (Authorization: Bearer <سر الإدارة>)؛ افتح رابط الإدارة الذي حفظته عند إنشاء المنظمة. وإضافة فريق تتطلب أيضًا معرّف الفريق وسر الإدارة الخاص بقائده',
  'unauthorized.team':
    'يتطلب هذا رابط إدارة الفريق (Authorization: Bearer <admin secret>)؛ افتح رابط الإدارة الذي حفظته عند إنشاء الفريق',
  'unauthorized.owner_wrong':
    'رمز المالك غير صحيح؛ استخدم ROLEFIT_ADMIN_TOKEN أو الرمز الذي طُبع عند أول تشغيل',
  'unauthorized.owner_missing':
    'أرسل رمز المالك على شكل Authorization: Bearer <token> (ROLEFIT_ADMIN_TOKEN، أو الرمز الذي طُبع عند أول تشغيل)',

  empty_text: 'الحقل text فارغ؛ أرسل نص إعلان وظيفة أو معايير تقييم',
  'empty_text.document': (field: string) => `${field} فارغ؛ أرسل نص ذلك المستند، أو احذف ${field}`,
  unknown_team: 'رمز الانضمام هذا لا يخص أي فريق؛ اطلب من قائد فريقك رابط انضمام جديدًا',
  id_conflict: (id: string) =>
    `المعرّف id ${id} استُخدم من قبل لإجابات أخرى؛ اختر UUID جديدًا لكل اختبار مكتمل`,
  unknown_question: (questionId: string) =>
    `لا يحتوي الاختبار على سؤال "${questionId}"؛ استخدم معرّف id من GET /api/quiz`,
  'invalid_range.order': (from: string, to: string) => `from (${from}) يقع بعد to (${to})`,
  'invalid_range.span': (days: number) => `اطلب ${counted(days, DAYS)} على الأكثر في كل مرة`,
  round_empty: (round: number) =>
    `الجولة ${round} بلا إجابات بعد: شارك رابط الانضمام، وافتح الجولة التالية بعد أن يجيب الأعضاء`,
  too_few_responses: (missing: number) =>
    `يحتاج تصدير الإجابات إلى ${counted(missing, MORE_ANSWERS)}، حتى لا يمكن التعرّف على أحد بعينه`,
  host_not_allowed: (host: string, hostname: string) =>
    `لا يمكن بناء روابط الفريق على "${host}"، فهذا الخادم لا يعرفه عنوانًا له؛ اضبط ROLEFIT_PUBLIC_URL على العنوان الذي يصل به الناس إليه، أو أضف ${hostname} إلى ROLEFIT_ALLOWED_HOSTS`,

  unknown_webhook: 'لا يوجد Webhook بهذا المعرّف id؛ يعرضها GET /api/webhooks كلها',
  too_many_webhooks: (max: number) =>
    `يوجد الآن ${max} Webhook، وهو أقصى ما يحفظه الخادم؛ احذف واحدًا أولًا (DELETE /api/webhooks/<id>)`,
  'invalid_webhook_url.syntax':
    'قيمة url ليست عنوان URL كاملًا؛ أعطِ العنوان كاملًا، مثل https://hooks.example.com/rolefit',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `يجب أن تستخدم عناوين Webhook البروتوكول https لا ${scheme}: (لا يُقبل http العادي إلا إذا كان الخادم يعمل مع ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1)`,
  'invalid_webhook_url.credentials':
    'لا تضع اسم المستخدم وكلمة المرور في عنوان Webhook؛ يتحقق المستقبِل من الترويسة Rolefit-Signature بدلًا من ذلك',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `لا يُترجَم ${host} إلى أي عنوان؛ تحقّق من اسم المضيف`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} ليس عنوانًا عامًا (عنوان استرجاع أو خاص أو محلي للرابط أو لبيانات السحابة الوصفية أو محجوز)، ولا تُرسَل Webhooks إلى مثله أبدًا؛ استخدم عنوان https عامًا (يرفع ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 هذا القيد للاختبار المحلي)`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `يُترجَم ${host} إلى ${address}، وهو ليس عنوانًا عامًا (عنوان استرجاع أو خاص أو محلي للرابط أو لبيانات السحابة الوصفية أو محجوز)، ولا تُرسَل Webhooks إلى مثله أبدًا؛ استخدم عنوان https عامًا (يرفع ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 هذا القيد للاختبار المحلي)`,

  'request.workstream.oneOf': 'أعطِ واحدًا فقط من "work" (research أو rnd أو product) أو "shares"',
  'request.workstream.zeroShares': 'يجب ألّا تكون قيم shares كلها أصفارًا',
  'request.event.needsQuestion': 'يحتاج حدث answered إلى questionId',
  'request.event.noQuestion': 'لا يحمل questionId إلا حدث answered',
  'request.day.format': 'اكتب اليوم بالشكل YYYY-MM-DD',
  'request.day.calendar': 'هذا اليوم غير موجود في التقويم',
  'request.stats.fieldValue': 'اذكر field و value معًا، مثل field=utm_source&value=newsletter',
  'request.rubric.role':
    'اذكر واحدًا من research-scientist أو research-engineer أو ai-engineer أو research-scientist+ai-engineer (وظيفتان في وظيفة واحدة؛ أو قائمة بطرفيها)',
};
