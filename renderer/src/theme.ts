import { createTheme } from '@mantine/core';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif';

/** A calm, dense desktop look: office clerks work long hours with many fields on screen. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 7,
  fontFamily: FONT,
  fontFamilyMonospace: '"Noto Sans Mono CJK SC", "Cascadia Mono", Consolas, monospace',
  headings: { fontFamily: FONT, fontWeight: '600' },
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  components: {
    // Closed dropdowns are unmounted: a hidden listbox labelled by its field would share the field's label.
    Combobox: { defaultProps: { keepMounted: false } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', comboboxProps: { withinPortal: true } } },
    Button: { defaultProps: { size: 'sm' } },
  },
});
