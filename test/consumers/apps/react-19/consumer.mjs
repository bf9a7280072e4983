import { controlledInputChecks } from '../../react-checks.mjs';
import { sharedChecks } from '../../shared-checks.mjs';

export default {
  packages: ['@caremode/react'],
  checks: [...sharedChecks(), ...controlledInputChecks()],
};
