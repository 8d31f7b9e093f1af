package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listenKeys installs the app's shortcuts: Ctrl+Enter (⌘+Enter)
// generates, Escape stops (or closes what is open), Ctrl+S saves to the
// gallery; on the artboard, + − 0 and the arrows zoom and pan.
func (s *Studio) listenKeys(ctx app.Context) {
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := app.Event{Value: args[0]}
		key := e.Get("key").String()
		mod := e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()
		switch {
		case mod && key == "Enter":
			e.PreventDefault()
			s.ctx.Dispatch(func(ctx app.Context) {
				if s.board.open {
					s.board.start(ctx)
					return
				}
				s.generate(ctx)
			})
		case mod && (key == "s" || key == "S"):
			e.PreventDefault()
			s.ctx.Dispatch(s.save)
		case key == "Escape":
			s.ctx.Dispatch(func(ctx app.Context) {
				switch {
				case s.job != nil:
					s.stopJob()
				case s.board.open:
					s.board.close()
				case s.panel != "":
					s.panel = ""
				default:
					ctx.PreventUpdate()
				}
			})
		case boardKeys[key] && s.board.open && !typing(e):
			e.PreventDefault()
			s.ctx.Dispatch(func(ctx app.Context) {
				if s.board.open {
					s.board.key(key)
				}
				ctx.PreventUpdate()
			})
		}
		return nil
	})
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "keydown", fn)
	s.unlisten = append(s.unlisten, func() { doc.Call("removeEventListener", "keydown", fn); fn.Release() })
}

// typing reports whether a key goes to a text field.
func typing(e app.Event) bool {
	t := e.Get("target")
	if !t.Truthy() {
		return false
	}
	switch t.Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		return true
	}
	return t.Get("isContentEditable").Bool()
}
