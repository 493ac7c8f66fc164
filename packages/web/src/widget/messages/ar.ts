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
  between: 'يقع العمل بين',
  twoJobs: 'وظيفتان في وظيفة واحدة',
  and: (a: string, b: string) => `${a} و${b}`,
  confidence: (percent: number) => `الثقة ${percent}%`,
  work: (kind: string) => `عمل ${kind}`,
  spectrum: (position: number) =>
    `الموقع ${position.toFixed(2)} على الخط الممتد من عالم أبحاث (0) إلى مهندس ذكاء اصطناعي (1)`,
  titling: 'المسمّيات الوظيفية',
  gradeOn: 'يُقيَّم على',
  gradePart: (role: string, percent: number) => `يُقيَّم جزء «${role}» (${percent}%) على`,
  dontGradeOn: 'لا يُقيَّم على',
  fullResult: 'اعرض النتيجة كاملة',
  again: 'ابدأ من جديد',
};
