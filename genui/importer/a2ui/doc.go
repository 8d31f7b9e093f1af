// Package a2ui imports A2UI (Agent to UI, protocol v0.9) messages written
// against the basic catalog as genui specs. Importing it registers the
// format with package importer.
//
// A2UI is a stream: createSurface, then updateComponents with a flat list
// of components that reference each other by id, and updateDataModel
// messages that fill a JSON data model the components bind to. Import
// plays the messages of the first surface in order, as a client would,
// and converts what the surface shows at that point, evaluating every
// binding ({"path": …}, relative paths inside templates) and the basic
// catalog's functions (formatString with ${…} interpolation,
// formatNumber, formatCurrency, formatDate, pluralize, and, or, not). It
// reads a single message, an array of messages, an object with a
// "messages" array, or JSON Lines.
//
// # Mapping
//
//	Text            heading for h1–h5 (h5 is level 4) and Markdown "#"
//	                lines, list for Markdown lists, text (caption: small
//	                and muted); Markdown marks are removed
//	Image           image (icon and smallFeature small, mediumFeature
//	                medium), avatar for the avatar variant
//	Icon            icon, names mapped to genui's set
//	Row, Column     row, column (spaceBetween, spaceAround and
//	                spaceEvenly all justify "between")
//	List            column, or a wrapping row when horizontal
//	Card            card (a Column child's children go straight in)
//	Tabs            tabs of tab nodes
//	Divider         divider
//	Button          button labelled by its child's text, firing the event
//	                name; openUrl becomes a link
//	TextField       input (number, obscured → password) or textarea
//	CheckBox        checkbox
//	ChoicePicker    radio (up to five options) or select; checkboxes for
//	                multipleSelection
//	Slider          slider
//	DateTimeInput   date input, time input, or both in a row
//	Modal           its trigger, and its content in a card below
//	Video, AudioPlayer, components outside the catalog
//	                a labelled placeholder
//
// Templates (children bound to a data array) are expanded, one instance
// per item; an instance's node id is the component id with "@" and its
// data pointer. Other nodes keep their component id.
//
// # What is lost, always with a warning
//
// Surfaces after the first, themes, action contexts (genui actions report
// the form's values instead), local function calls other than openUrl,
// validation patterns and checks (a "required" check marks the field
// required), vertical dividers, icons genui draws with a stand-in, the
// dialog behaviour of Modal, Video and AudioPlayer. The two-way binding
// itself is a client's business: the spec holds each input's value as
// the data model gave it.
package a2ui
