// Caremode's elements, their properties and events in templates (vue-tsc, Volar).
import type {} from '@caremode/vue/components';
