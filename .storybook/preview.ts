import { getPreferencesStore, resolveLocale, type CareContrastChoice } from '@caremode/core';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

// The toolbar drives the real preferences store, exactly as a portal's care-mode toggle does:
// <html> gets the data-care-* attributes and every component restyles through the tokens.
const withCarePreferences: Decorator = (story, context) => {
  const { careMode, textScale, contrast, locale } = context.globals;
  getPreferencesStore().set({
    careMode: careMode === 'on',
    textScale: Number(textScale ?? 1) as 1,
    contrast: (contrast ?? 'auto') as CareContrastChoice,
  });
  document.documentElement.lang = resolveLocale(locale ?? 'en');
  return story();
};

const preview: Preview = {
  decorators: [withCarePreferences],
  globalTypes: {
    careMode: {
      description: 'Care (elder) mode',
      toolbar: { title: 'Care mode', icon: 'heart', items: [{ value: 'off', title: 'Care mode off' }, { value: 'on', title: 'Care mode on' }], dynamicTitle: true },
    },
    textScale: {
      description: 'Text size',
      toolbar: { title: 'Text size', icon: 'zoom', items: ['1', '1.25', '1.5', '2'].map((v) => ({ value: v, title: `Text ${v}×` })), dynamicTitle: true },
    },
    contrast: {
      description: 'Contrast theme',
      toolbar: {
        title: 'Contrast',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Contrast: follow device' },
          { value: 'default', title: 'Contrast: default' },
          { value: 'high', title: 'Contrast: high' },
          { value: 'dark', title: 'Contrast: dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'id', title: 'Bahasa Indonesia' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { careMode: 'off', textScale: '1', contrast: 'auto', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // The same rules as the story audit in npm test: WCAG 2.2 A/AA, AAA contrast, target size.
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        rules: { 'color-contrast-enhanced': { enabled: true }, 'target-size': { enabled: true } },
      },
      test: 'error',
    },
  },
};
export default preview;
