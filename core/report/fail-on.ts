// Which severity of finding fails a CI run, shared by the command line and the panel's JSON report.
import { LEAK_SEVERITIES, type LeakSeverity } from '../leaks/leak-finding';

/** `none`: findings never fail the run; they are all warnings. */
export type FailOn = LeakSeverity | 'none';
export const FAIL_ON_LEVELS: readonly FailOn[] = [...LEAK_SEVERITIES, 'none'];
/**
 * Medium and up: stack traces, debug pages, database errors, secrets and paths fail a build; a
 * version banner (low) is a warning, since most servers send one and it is rarely urgent.
 */
export const DEFAULT_FAIL_ON: FailOn = 'medium';

export function isFailOn(value: unknown): value is FailOn {
  return (FAIL_ON_LEVELS as readonly unknown[]).includes(value);
}
