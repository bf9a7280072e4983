import { sharedChecks } from '../../shared-checks.mjs';

export default {
  packages: ['@caremode/forms', '@caremode/drop-in'],
  checks: sharedChecks(),
};
