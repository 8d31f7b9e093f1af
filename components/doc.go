// Package components is catalog v1: the 30 component types of the genui
// spec, each in its own file, registered with package render in init.
// Import it (for its side effect, or for its themes) wherever specs are
// drawn:
//
//	l := render.Layout(spec, render.Options{Width: 480, Theme: components.Dark})
//
// Each component says how wide it can be, how tall it is at a width, what
// it is to assistive technology (role, accessible name, interaction) and
// how it paints, from the node's fields and design tokens:
//
//   - variant: primary (solid accent), secondary (surface with a hairline
//     edge), ghost (no surface) and danger (solid red) for buttons and
//     badges; secondary also mutes text.
//   - tone: neutral mutes text and icons; info, success, warning and danger
//     tint alerts, badges, cards, progress bars, avatars and list marks.
//   - size: sm, md (default), lg and xl step control heights (32–44 px),
//     type sizes, icon and avatar sizes, chart heights and card padding.
//   - align: a container's children on the cross axis; a leaf's own place
//     in its column; text and headings align their lines.
//   - gap: none, xs, sm, md, lg, xl = 0, 4, 8, 12, 16, 24 px.
//
// # The look
//
// The design system follows shadcn/ui and Tailwind UI: Tailwind's zinc
// neutrals with an indigo accent, hairline borders, 6 px radii on controls
// and 12 px on cards with a soft one-pixel shadow, a 4 px spacing grid and
// Tailwind's type scale (12/16, 14/20, 16/24, 18/28 … 28/36) set in the Go
// fonts, medium weight for labels and bold for headings and figures. Light
// and dark themes are the two columns of one token table (theme.go), so
// they cannot drift apart. Interaction state (render.State) shows as focus
// rings, hover fills, typed values, toggles and the chosen tab; without it
// the rendering is the static, focus-free look of the spec.
//
// # Theming
//
// Every token of the table has a CSS custom property name, listed by
// TokenVars; CSS writes a theme's values under them (light and dark, or
// a custom theme). A theme name can override tokens in that syntax, so a
// theme is still found by its name alone (render.Theme.Name):
//
//	th, err := components.ParseTheme("dark;--genui-accent:#e11d48;--genui-radius:4px")
//
// The names are:
//
//   - --genui-page, --genui-surface (cards, inputs), --genui-muted (quiet
//     fills, tracks, table heads), --genui-text, --genui-text-muted,
//     --genui-border (hairlines), --genui-input (field edges),
//     --genui-accent (primary buttons, checked controls, links),
//     --genui-accent-fg (text on the accent), --genui-accent-hover,
//     --genui-ring (focus rings), --genui-shadow, --genui-danger,
//     --genui-danger-fg, --genui-thumb (switch and slider thumbs);
//   - for each tone (neutral, info, success, warning, danger)
//     --genui-TONE-text, -bg, -border and -solid;
//   - --genui-chart-1 … --genui-chart-8, the chart palette;
//   - --genui-radius, the corner radius of controls (6px); checkboxes,
//     cards, tables and the rest keep their proportion to it (4, 8 and
//     12 px by default) and pills stay pills.
//
// Colours are #rgb, #rgba, #rrggbb or #rrggbbaa. <genui-widget> reads
// these properties from its host element (web/embed.js), and `genui
// render --theme` takes such a name. Without overrides the drawing is
// exactly that of Light or Dark.
//
// Icons are this package's own 24 px line icons (icondata.go), one for each
// of genui.IconNames, stroked 2 px with round ends. Charts (bar, line,
// area, pie, donut) and tables are laid out from their data: round axis
// ticks, short numbers, legends, columns sized from their content.
//
// Every value a spec supplies is treated as hostile: URLs go through
// render.Context.URL (genui.SafeURL), numbers through render.Finite, lists
// and tables are cut to bounded lengths with a warning.
package components
