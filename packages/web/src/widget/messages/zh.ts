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
  between: '这份工作介于两者之间',
  twoJobs: '一岗两职',
  and: (a: string, b: string) => `${a}与${b}`,
  confidence: (percent: number) => `置信度${percent}%`,
  work: (kind: string) => `${kind}的工作`,
  spectrum: (position: number) =>
    `在从研究科学家（0）到AI工程师（1）的光谱上，位置为${position.toFixed(2)}`,
  titling: '头衔体系',
  gradeOn: '考核依据',
  gradePart: (role: string, percent: number) => `${role}部分（${percent}%）的考核依据`,
  dontGradeOn: '不作考核依据',
  fullResult: '查看完整结果',
  again: '重新开始',
};
