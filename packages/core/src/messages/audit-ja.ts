// 評価シートやキャリアラダーをレベルごとに点検するとき、および三つの文書を突き合わせるときの日本語の文言。
import type { AuditMessages } from './audit-en.ts';

export const auditJa: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level}は${role}の仕事ではなく${roles}の仕事（${phrases}）で評価しています。このレベルは役割そのものの列で評価してください。`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level}は仕事についての記述が少なすぎて、どの列で評価しているか判断できません。`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `レベルが${fromRole}の仕事（${from}）から${toRole}の仕事（${to}）へずれています。一つのラダーはどのレベルでも同じ役割の仕事を評価し、上に行くほど広い範囲を求めるべきです。`,

  'check.document.posting': '求人票',
  'check.document.rubric': '評価シート',
  'check.document.ladder': 'キャリアラダー',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc}は${role}の仕事ではなく、${docRole}の仕事を評価しています。`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc}では、レベル${levels}が${role}の仕事ではなく、別の列の仕事を評価しています。`
      : `${doc}では、${levels}の${count}レベルが${role}の仕事ではなく、別の列の仕事を評価しています。`,
  'check.mismatch.drift': (doc: string) =>
    `${doc}では、レベルが上がるにつれて、評価する列が別の列へずれていきます。`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc}は${role}の仕事を${roles}の基準（${phrases}）で測っています。`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc}は仕事についての記述が少なすぎて、どの列で評価しているか判断できません。`,
  'check.fix.grade': (role: string) => `${role}の仕事が目指すものを評価の基準にしてください：`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? '別の列で評価している語句について、提案された書き換えを適用してください。'
      : `別の列で評価している語句について、提案された${count}件の書き換えを適用してください。`,
  'check.fix.notEnough':
    'その仕事が何に答え、何を生み出し、何で測られるのかを、仕事が属する役割の言葉で書いてください。',
  'check.error.none':
    '確認する文書を一つ以上指定してください（求人票、評価シート、キャリアラダーのいずれか）',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `役割 ${value} はありません。次のいずれかを選んでください：${allowed.join(', ')}`,
  'check.agree': (role: string) => `どの文書も${role}の仕事を評価しています。`,
  'check.noRole':
    'どの文書も、役割を特定できるほど仕事について書かれていません。役割が分かる文書を加えるか、役割を指定してください。',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc}は${ownRole}の仕事しか評価していません。この週には二つの仕事（${both}）があり、もう一方は評価されないままです。`,
  'check.fix.twoJobs':
    '役割を分け、それぞれに求人票・評価シート・キャリアラダーを用意するか、両方を残してそれぞれをその列で評価してください：',
  'check.agree.twoJobs': (both: string) =>
    `どの文書も、この週の二つの仕事（${both}）をどちらも評価しています。それぞれをその列で評価してください。`,
};
