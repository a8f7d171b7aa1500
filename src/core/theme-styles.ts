/** The light theme's tokens (`THEME_CSS` of `theme.ts`) as a Lit stylesheet, applied to every widget's host and the period control. */
import { unsafeCSS } from 'lit';
import { THEME_CSS } from './theme.js';

export const themeStyles = unsafeCSS(THEME_CSS);
