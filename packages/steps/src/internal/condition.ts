/** Answers by field name, as a form submits them: every value of every field. */
export type Answers = Record<string, string[]>;

interface Clause {
  not: boolean;
  name: string;
  op?: '=' | '!=';
  values: string[];
}

// One clause: `name` (answered), `!name` (not answered), `name=a|b` (one of), `name!=a|b` (none of).
const CLAUSE = /^(!?)\s*([^\s=!&|]+)\s*(?:(!?=)\s*([^&=]+))?$/;

/**
 * Reads a `show-if` condition: the same text in HTML (`show-if="married=yes"`) and in a JSON
 * definition (`"showIf": "married=yes"`), so an author learns one way. Clauses joined by `&`
 * must all hold. Returns undefined when the text is not a condition.
 */
export function parseCondition(text: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  for (const part of String(text).split('&')) {
    const m = CLAUSE.exec(part.trim());
    if (!m || (m[1] && m[3])) return undefined;
    const values = m[4]?.split('|').map((v) => v.trim()) ?? [];
    if (values.some((v) => !v)) return undefined;
    clauses.push({ not: !!m[1], name: m[2]!, op: m[3] as Clause['op'], values });
  }
  return clauses;
}

/** Whether a condition holds for the answers; no condition always holds. */
export function holds(text: string | null | undefined, answers: Answers): boolean {
  if (!text?.trim()) return true;
  return (parseCondition(text) ?? []).every(({ not, name, op, values }) => {
    const given = (answers[name] ?? []).filter((v) => v !== '');
    if (!op) return not ? !given.length : given.length > 0;
    const any = given.some((v) => values.includes(v));
    return op === '=' ? any : !any;
  });
}
