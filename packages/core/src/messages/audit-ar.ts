// نص تدقيق المستويات في نموذج التقييم أو السلّم الوظيفي، مستوى بمستوى، وفحص المستندات الثلاثة، بالعربية.
import type { AuditMessages } from './audit-en.ts';

/** A value as it was sent (JSON, of either direction), kept whole inside Arabic text. */
const sent = (value: string) => `\u2068${value}\u2069`;
/** A list of Latin ids, kept whole and left to right inside Arabic text. */
const ids = (allowed: readonly string[]) => `\u2066${allowed.join('، ')}\u2069`;
/** The plural form Arabic wants for `count` things: one, two, or more. */
const plural = (count: number) => new Intl.PluralRules('ar').select(count);

export const auditAr: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `المستوى ${level} يقيّم عمل ${roles} (${phrases}) بدلًا من عمل ${role}: قيّم هذا المستوى بمعايير عمود الدور نفسه.`,
  'analyze.level.lowEvidence': (level: string) =>
    `المستوى ${level} لا يقول ما يكفي عن العمل لمعرفة أي عمود يقيّمه.`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `المستويات تنحرف من عمل ${fromRole} (${from}) إلى عمل ${toRole} (${to}). ينبغي أن يقيّم السلّم الواحد عمل دور واحد في كل مستوى، وأن يطلب نطاقًا أوسع كلما ارتفع.`,

  'check.document.posting': 'إعلان الوظيفة',
  'check.document.rubric': 'نموذج التقييم',
  'check.document.ladder': 'السلّم الوظيفي',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc} يقيّم عمل ${docRole}، لا عمل ${role}.`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) => {
    const form = plural(count);
    if (form === 'one') return `${doc}: المستوى ${levels} يقيّم عمل عمود آخر، لا عمل ${role}.`;
    if (form === 'two') return `${doc}: المستويان ${levels} يقيّمان عمل عمود آخر، لا عمل ${role}.`;
    return `${doc}: المستويات ${levels} تقيّم عمل عمود آخر، لا عمل ${role}.`;
  },
  'check.mismatch.drift': (doc: string) => `${doc}: مستوياته تنحرف من عمود إلى آخر كلما ارتفعت.`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc} يقيس عمل ${role} بمعايير ${roles} (${phrases}).`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc} لا يقول ما يكفي عن العمل لمعرفة أي عمود يقيّمه.`,
  'check.fix.grade': (role: string) => `قيّم العمل على ما يُراد من عمل ${role}:`,
  'check.fix.rewrite': (count: number) => {
    const form = plural(count);
    if (form === 'one') return 'طبّق إعادة الصياغة المقترحة للعبارة التي تقيّم عمودًا آخر.';
    if (form === 'two') return 'طبّق إعادتَي الصياغة المقترحتين للعبارتين اللتين تقيّمان عمودًا آخر.';
    return `طبّق إعادات الصياغة المقترحة، وعددها ${count}، للعبارات التي تقيّم عمودًا آخر.`;
  },
  'check.fix.notEnough':
    'اذكر السؤال الذي يجيب عنه العمل، وما يُنتجه، وما يُقاس عليه، بمصطلحات الدور الذي وُضع العمل من أجله.',
  'check.error.none':
    'أعطِ مستندًا واحدًا على الأقل للتحقق منه: إعلان وظيفة أو نموذج تقييم أو سلّم وظيفي',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `الدور ${sent(value)} غير معروف؛ اختر واحدًا من: ${ids(allowed)}`,
  'check.agree': (role: string) => `كل المستندات تقيّم عمل ${role}.`,
  'check.noRole':
    'لا يقول أيّ من المستندات ما يكفي عن العمل لتسمية دور: أعطِ مستندًا يقول ذلك، أو سمِّ الدور.',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc} يقيّم عمل ${ownRole} فقط، وهو إحدى الوظيفتين اللتين يضمّهما الأسبوع (${both}): الجزء الآخر يبقى بلا تقييم.`,
  'check.fix.twoJobs':
    'قسّم الدور، ولكل جزء إعلانه ونموذج تقييمه وسلّمه الوظيفي؛ أو أبقِ الاثنين وقيّم كل جزء بمعايير عموده:',
  'check.agree.twoJobs': (both: string) =>
    `كل وثيقة تقيّم الوظيفتين اللتين يضمّهما الأسبوع، ${both}: قيّم كل جزء بمعايير عموده.`,
};
