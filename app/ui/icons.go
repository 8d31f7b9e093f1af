package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The app's icons: 24-pixel line drawings, stroked with the text colour.
// They are constant markup written here (never data), inserted with
// app.Raw, and hidden from assistive technology (the controls carrying
// them have labels).
const (
	iconSparkle  = `<path d="M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9z"/><path d="M19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z"/>`
	iconStop     = `<rect x="6" y="6" width="12" height="12" rx="2"/>`
	iconGrid     = `<rect x="3" y="3" width="7.5" height="7.5" rx="1.5"/><rect x="13.5" y="3" width="7.5" height="7.5" rx="1.5"/><rect x="3" y="13.5" width="7.5" height="7.5" rx="1.5"/><rect x="13.5" y="13.5" width="7.5" height="7.5" rx="1.5"/>`
	iconGallery  = `<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="M21 16l-5-5-9 9"/>`
	iconSettings = `<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0"/><circle cx="16" cy="6" r="2"/><circle cx="10" cy="12" r="2"/><circle cx="18" cy="18" r="2"/>`
	iconSun      = `<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`
	iconMoon     = `<path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z"/>`
	iconDownload = `<path d="M12 3v12M7 10l5 5 5-5M4 21h16"/>`
	iconSave     = `<path d="M5 3h11l5 5v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/><path d="M7 3v5h8M7 21v-7h10v7"/>`
	iconClose    = `<path d="M6 6l12 12M18 6L6 18"/>`
	iconWand     = `<path d="M4 20L15 9M13 4v3M18 9h3M15.5 5.5l2-2M19 12l2 2"/>`
	iconUpload   = `<path d="M12 21V9M7 14l5-5 5 5M4 3h16"/>`
	iconCopy     = `<rect x="8" y="8" width="13" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3"/>`
	iconFit      = `<path d="M4 9V5a1 1 0 0 1 1-1h4M15 4h4a1 1 0 0 1 1 1v4M20 15v4a1 1 0 0 1-1 1h-4M9 20H5a1 1 0 0 1-1-1v-4"/>`
)

// icon draws one of the icons above.
func icon(paths string) app.UI {
	return app.Raw(`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">` + paths + `</svg>`)
}
