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
  between: 'この仕事は次の二つのあいだ',
  twoJobs: '一人二役',
  and: (a: string, b: string) => `${a}と${b}`,
  confidence: (percent: number) => `確信度 ${percent}%`,
  work: (kind: string) => `${kind}の仕事`,
  spectrum: (position: number) =>
    `リサーチサイエンティスト（0）からAIエンジニア（1）までの線上で、位置は${position.toFixed(2)}`,
  titling: '肩書き',
  gradeOn: '評価の基準',
  gradePart: (role: string, percent: number) => `${role}のパート（${percent}%）の評価の基準`,
  dontGradeOn: '評価の基準にしないもの',
  fullResult: '詳しい結果を見る',
  again: '最初からやり直す',
};
