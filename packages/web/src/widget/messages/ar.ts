// The widget's Arabic text (the quiz and role names come from elsewhere).
import type { Messages } from './en.ts';

export const ar: Messages = {
  progress: (step: number, total: number) => `السؤال ${step} من ${total}`,
  back: 'رجوع',
  next: 'التالي',
  finish: 'اعرض النتيجة',
  pickFirst: 'اختر إجابة أولًا.',
  keys: (options: number) =>
    `المفاتيح: الأسهم أو الأرقام من 1 إلى ${options} للاختيار، وEnter للمتابعة.`,
  callsFor: 'يتطلّب هذا العمل',
  sitsBetween: 'يقع العمل بين',
  twoJobsInOne: 'وظيفتان في وظيفة واحدة',
  and: (a: string, b: string) => `${a} و${b}`,
  fills: (kind: string) => `عمل ${kind} يشغل معظم الأسبوع.`,
  leads: (role: string) => `عمل «${role}» يشغل من الأسبوع أكثر بقليل.`,
  even: 'يتقاسم الاثنان الأسبوع بالتساوي.',
  bands: { high: 'عالية', moderate: 'متوسطة', low: 'منخفضة' },
  badge: (band: string, percent: number) => `ثقة ${band} · ${percent}%`,
  // As the app counts answers: one and two in words, 3 to 10 with the plural (the quiz has five).
  away: (changes: number, role: string) =>
    `يكفي تغيير ${changes === 1 ? 'إجابة واحدة' : changes === 2 ? 'إجابتين' : `${changes} إجابات`} ليتقدّم ${role}.`,
  flip: (role: string, prompt: string, label: string) =>
    `إجابة واحدة تكفي ليصبح ${role}: «${prompt}» ← «${label}».`,
  spectrum: (percent: number) =>
    `يقع هذا العمل عند ${percent}% من الخط الممتد من عالم أبحاث إلى مهندس ذكاء اصطناعي`,
  titling: 'المسمّيات الوظيفية',
  gradeOnTitle: 'يُقيَّم على',
  gradePart: (role: string, percent: number) => `يُقيَّم جزء «${role}» (${percent}%) على`,
  dontGradeOnTitle: 'لا يُقيَّم على',
  fullResult: 'اعرض النتيجة كاملة',
  again: 'ابدأ من جديد',
  closeDialog: 'إغلاق',
};
