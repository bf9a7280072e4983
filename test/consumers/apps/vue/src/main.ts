import { createApp } from 'vue';
import App from './App.vue';
import '@caremode/drop-in/define/care-mode-toggle.js';
import '@caremode/forms/define/care-button.js';
import '@caremode/forms/define/care-checkbox.js';
import '@caremode/forms/define/care-checkbox-group.js';
import '@caremode/forms/define/care-code-field.js';
import '@caremode/forms/define/care-date-field.js';
import '@caremode/forms/define/care-id-number-field.js';
import '@caremode/forms/define/care-phone-field.js';
import '@caremode/forms/define/care-radio.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-select.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/forms/define/care-textarea.js';

createApp(App).mount('#app');
