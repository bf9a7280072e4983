import vue from '@vitejs/plugin-vue';
import { careModel } from '@caremode/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // Caremode's tags are custom elements, not Vue components.
          isCustomElement: (tag) => tag.startsWith('care-'),
          // v-model on <care-checkbox> binds `checked`, as on <input type="checkbox">.
          nodeTransforms: [careModel],
        },
      },
    }),
  ],
});
