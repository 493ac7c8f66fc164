// 小组件的简体中文文本。
import type { Messages } from './en.ts';

export const zh: Messages = {
  progress: (step: number, total: number) => `第${step}题，共${total}题`,
  back: '上一题',
  next: '下一题',
  finish: '查看结果',
  pickFirst: '请先选一个答案。',
  keys: (options: number) => `按键：方向键或1–${options}选择，Enter继续。`,
  callsFor: '这份工作需要的是',
  sitsBetween: '这份工作介于两者之间',
  twoJobsInOne: '一岗两职',
  and: (a: string, b: string) => `${a}与${b}`,
  fills: (kind: string) => `${kind}的工作占了一周的大部分。`,
  leads: (role: string) => `${role}的工作在一周里占得稍多一些。`,
  even: '两者在一周里各占一半。',
  bands: { high: '高', moderate: '中等', low: '低' },
  badge: (band: string, percent: number) => `置信度${band} · ${percent}%`,
  away: (changes: number, role: string) =>
    `只差${'零一两三四五六七八九十'[changes] ?? changes}个答案，${role}就会领先。`,
  flip: (role: string, prompt: string, label: string) =>
    `只改一个答案就会变成${role}：“${prompt}”→“${label}”。`,
  spectrum: (percent: number) => `这份工作位于从研究科学家到AI工程师的光谱上${percent}%的位置`,
  titling: '头衔体系',
  gradeOnTitle: '考核依据',
  gradePart: (role: string, percent: number) => `${role}部分（${percent}%）的考核依据`,
  dontGradeOnTitle: '不作考核依据',
  fullResult: '查看完整结果',
  again: '重新开始',
  closeDialog: '关闭',
};
