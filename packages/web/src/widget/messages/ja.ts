// ウィジェットの日本語テキスト。
import type { Messages } from './en.ts';

export const ja: Messages = {
  progress: (step: number, total: number) => `${total}問中${step}問目`,
  back: '戻る',
  next: '次へ',
  finish: '結果を見る',
  pickFirst: '先に回答を選んでください。',
  keys: (options: number) => `矢印キーか1–${options}で選択、Enterで次へ。`,
  callsFor: 'この仕事に必要なのは',
  sitsBetween: 'この仕事は次の二つのあいだ',
  twoJobsInOne: '一人二役',
  and: (a: string, b: string) => `${a}と${b}`,
  fills: (kind: string) => `${kind}の仕事が、週の大半を占めています。`,
  leads: (role: string) => `${role}の仕事のほうが、週のわずかに多くを占めています。`,
  even: '二つが週を半分ずつ占めています。',
  bands: { high: '高', moderate: '中', low: '低' },
  badge: (band: string, percent: number) => `確信度 ${band} · ${percent}%`,
  away: (changes: number, role: string) => `回答を${changes}問変えると、${role}が優勢になります。`,
  flip: (role: string, prompt: string, label: string) =>
    `回答を一つ変えるだけで${role}になります：「${prompt}」→「${label}」。`,
  spectrum: (percent: number) =>
    `この仕事は、リサーチサイエンティストからAIエンジニアまでの線上の${percent}%の位置にあります`,
  titling: '肩書き',
  gradeOnTitle: '評価の基準',
  gradePart: (role: string, percent: number) => `${role}のパート（${percent}%）の評価の基準`,
  dontGradeOnTitle: '評価の基準にしないもの',
  fullResult: '詳しい結果を見る',
  again: '最初からやり直す',
  closeDialog: '閉じる',
};
