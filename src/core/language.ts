/** The languages the app speaks: names, captions, panels and exports each take one of these. */
export type Language = 'en' | 'zh';
