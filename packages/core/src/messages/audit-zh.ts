// 逐级审查考核细则或职级体系、核对三份文档时的中文文本。
import type { AuditMessages } from './audit-en.ts';

export const auditZh: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level}考核的是${roles}的工作（${phrases}），而不是${role}的工作：请按这个岗位自己的列来考核这一级。`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level}对工作的描述太少，看不出它考核的是哪一列。`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `各级标准从${fromRole}的工作（${from}）漂移到了${toRole}的工作（${to}）。同一套职级体系应在每一级都考核同一岗位的工作，级别越高，要求的范围越大。`,

  'check.document.posting': '招聘启事',
  'check.document.rubric': '考核细则',
  'check.document.ladder': '职级体系',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc}考核的是${docRole}的工作，而不是${role}的工作。`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc}：${levels}这一级考核的是另一列的工作，而不是${role}的工作。`
      : `${doc}：${levels}这${count}级考核的是另一列的工作，而不是${role}的工作。`,
  'check.mismatch.drift': (doc: string) =>
    `${doc}：随着级别升高，各级考核的内容从一列漂移到了另一列。`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc}按${roles}的标准（${phrases}）衡量${role}的工作。`,
  'check.mismatch.notEnough': (doc: string) => `${doc}对工作的描述太少，看不出它考核的是哪一列。`,
  'check.fix.grade': (role: string) => `请按${role}的工作要达成的目标来考核：`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? '请采用建议的改写，替换那条按另一列考核的表述。'
      : `请采用建议的${count}处改写，替换那些按另一列考核的表述。`,
  'check.fix.notEnough': '请用这份工作所属岗位的说法，写清它回答什么问题、产出什么、按什么衡量。',
  'check.error.none': '请至少提供一份待检查的文档：招聘启事、考核细则或职级体系',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `未知角色${value}；请从以下选项中选择一个：${allowed.join(', ')}`,
  'check.agree': (role: string) => `所有文档考核的都是${role}的工作。`,
  'check.noRole':
    '没有一份文档对工作的描述足以确定岗位：请提供一份能确定岗位的文档，或直接指定岗位。',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc}只考核${ownRole}的工作，而这一周包含两份工作（${both}）：另一部分没有被考核。`,
  'check.fix.twoJobs':
    '把岗位拆开，每部分各有自己的招聘启事、考核细则和职级体系；或者两者都保留，各自按自己的列考核：',
  'check.agree.twoJobs': (both: string) =>
    `每份文档都考核了这一周的两份工作（${both}）：请各自按自己的列考核。`,
};
