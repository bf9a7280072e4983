/** Colour themes. The pairs components may combine are declared in pairs.ts. */
export interface CareColors {
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  link: string;
  primary: string;
  primaryHover: string;
  onPrimary: string;
  warning: string;
  warningHover: string;
  onWarning: string;
  danger: string;
  success: string;
  caution: string;
  border: string;
  focus: string;
}

export type CareThemeName = 'default' | 'high' | 'dark';

export const themes: Record<CareThemeName, CareColors> = {
  default: {
    background: '#ffffff',
    surface: '#f2f4f7',
    text: '#1b1f24',
    textMuted: '#3d4652',
    link: '#0a4a99',
    primary: '#0a4a99',
    primaryHover: '#083a78',
    onPrimary: '#ffffff',
    warning: '#7a3d00',
    warningHover: '#5e2f00',
    onWarning: '#ffffff',
    danger: '#9c1519',
    success: '#075226',
    caution: '#6e3700',
    border: '#5e6873',
    focus: '#6b2fbf',
  },
  high: {
    background: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    textMuted: '#1a1a1a',
    link: '#00007a',
    primary: '#000000',
    primaryHover: '#262626',
    onPrimary: '#ffffff',
    warning: '#4d2600',
    warningHover: '#000000',
    onWarning: '#ffffff',
    danger: '#700000',
    success: '#003d12',
    caution: '#4d2600',
    border: '#000000',
    focus: '#0000cc',
  },
  dark: {
    background: '#121417',
    surface: '#1e2227',
    text: '#e8eaed',
    textMuted: '#c6ccd3',
    link: '#8ab8ff',
    primary: '#8ab8ff',
    primaryHover: '#a9c9ff',
    onPrimary: '#0b1a2e',
    warning: '#ffb85c',
    warningHover: '#ffcb85',
    onWarning: '#1a0f00',
    danger: '#ff9b94',
    success: '#7fd99a',
    caution: '#ffb85c',
    border: '#8d96a0',
    focus: '#ffc857',
  },
};

export type ColorName = keyof CareColors;

/** System colours used under `forced-colors: active`, so Windows high contrast decides. */
export const forcedColors: Record<ColorName, string> = {
  background: 'Canvas',
  surface: 'Canvas',
  text: 'CanvasText',
  textMuted: 'CanvasText',
  link: 'LinkText',
  primary: 'ButtonText',
  primaryHover: 'Highlight',
  onPrimary: 'ButtonFace',
  warning: 'ButtonText',
  warningHover: 'Highlight',
  onWarning: 'ButtonFace',
  danger: 'CanvasText',
  success: 'CanvasText',
  caution: 'CanvasText',
  border: 'ButtonText',
  focus: 'Highlight',
};
