// What an agency's CI script does with @caremode/audit, as a strict TypeScript user writes it.
import { audit, exitCodes, reporters, UsageError, type AuditOptions, type AuditReport, type Finding, type PageResult } from '@caremode/audit';
import { findings } from '@caremode/audit';
import { elderFriendly, type ElderFriendlyOptions } from '@caremode/audit/chai';
import { elderRuleIds } from '@caremode/audit/elder-rules';

const options: AuditOptions = {
  targets: ['https://portal.example.gov/apply/', 'dist/'],
  exclude: ['**/drafts/**'],
  mode: 'care',
  viewport: 'phone',
  failOn: 'serious',
  threshold: 0,
  rules: { 'color-contrast-enhanced': { impact: 'moderate' }, 'caremode-reflow': 'off' },
  pages: [{ match: '**/apply/**', actions: [{ fill: '#name', value: 'Nguyễn Thị Lan' }, { click: 'button[type=submit]' }] }],
  onProgress: ({ done, total, page }) => console.log(`${done}/${total} ${page.id}`),
};

export async function auditPortal(): Promise<number> {
  try {
    const report: AuditReport = await audit(options);
    const failed: PageResult[] = report.pages.filter((page) => page.status === 'failed');
    for (const page of failed) console.error(`${page.id}: ${page.error?.kind}: ${page.error?.message}`);
    const serious: Finding[] = findings(report.pages, 'violations').filter((f) => f.impact === 'serious');
    console.log(reporters.text(report), serious.length, report.summary.counted);
    return report.summary.exitCode;
  } catch (error) {
    if (error instanceof UsageError) return exitCodes.usage;
    throw error;
  }
}

const chaiOptions: ElderFriendlyOptions = { careMode: true, ignoredRules: [elderRuleIds[0] ?? ''] };
export { chaiOptions, elderFriendly };

// The types must catch a mistake, or this line's directive is unused and the check fails.
// @ts-expect-error: "elderly" is not a mode
export const wrongMode: AuditOptions = { mode: 'elderly' };
