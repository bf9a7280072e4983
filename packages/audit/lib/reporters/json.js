/**
 * The whole report as JSON. It holds nothing that changes from run to run (no times, no
 * ports of the local server), so two runs over the same pages give the same bytes.
 * @param {import('../audit.js').AuditReport} report
 */
export function jsonReport(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}
