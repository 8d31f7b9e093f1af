// Package adaptivecards imports Adaptive Cards (schema 1.0 to 1.6, the
// JSON that Microsoft Teams, Outlook and Bot Framework bots send) as genui
// specs. Importing it registers the format with package importer.
//
//	res, err := adaptivecards.Import(cardJSON)
//	// res.Spec is a valid genui spec; res.Warnings says what was lost.
//
// # Mapping
//
// The card is a small genui card holding the body, then the card's
// actions as a wrapping row of buttons. Element by element:
//
//	TextBlock         heading when its style is "heading", its weight bolder
//	                  or its size large or extraLarge (levels 1–4 from the
//	                  size), a list when every line is a Markdown list item,
//	                  else text with a size token; colours become tones
//	                  (accent info, good success, warning, attention
//	                  danger), isSubtle mutes; Markdown marks are removed,
//	                  {{DATE()}} and {{TIME()}} are written out (UTC, US
//	                  English)
//	RichTextBlock     text of all its runs (the runs' own styles are lost)
//	Image             image (small and medium sizes are genui thumbnails),
//	                  avatar for style "person"
//	Container         column; a styled container is a card tinted by a tone
//	                  (emphasis neutral, good success, attention danger,
//	                  warning, accent info)
//	ColumnSet, Column row of columns; an auto-width column of one element
//	                  becomes that element so it keeps its natural width;
//	                  an empty column is a spacer
//	FactSet           table of title and value rows
//	ImageSet          grid of images
//	Table             table when its cells hold only text (the first row is
//	                  the header unless firstRowAsHeader is false), else a
//	                  grid of the cells' elements
//	ActionSet         row of buttons
//	Input.Text        input (style → input type) or textarea (isMultiline);
//	                  an inlineAction becomes a button beside it
//	Input.Number, Input.Date, Input.Time
//	                  input of type number, date, time
//	Input.Toggle      checkbox, checked when the value is valueOn
//	Input.ChoiceSet   select (compact, filtered), radio (expanded), or a
//	                  labelled group of checkboxes (isMultiSelect)
//	Action.Submit, Action.Execute
//	                  button firing the verb, id or title as its action
//	Action.OpenUrl    link
//	Action.ShowCard   button, and its card shown expanded below the actions
//	Media, unknown    the element's fallback, or a labelled placeholder
//
// Spacing between elements becomes the gap of their container (the most
// common spacing wins), separators become dividers, horizontalAlignment
// becomes the align token and verticalContentAlignment a column's justify.
// Input ids become node ids, so the values a genui renderer reports with
// an action are keyed as Action.Submit keys them; choice values read back
// as their titles, since genui options are strings.
//
// # What is lost, always with a warning
//
// Hidden elements (isVisible: false) and Action.ToggleVisibility, the
// selectAction of cards, containers, columns, images and text runs,
// background images, Action.Submit data (genui actions are names), icons
// and tooltips of actions, disabled actions, input validation (regex,
// min, max, maxLength), column weights (weighted columns share a row
// equally), vertical separators between columns, right-to-left layout,
// monospace text, Media, template expressions (${…}), refresh and
// authentication. Text colour "light" and "dark", maxLines and wrap have
// no genui counterpart and are ignored without a warning: they change how
// text looks, never what it says.
package adaptivecards
