package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the app's pages with go-app. The browser program and
// the server both call it: the server renders the first HTML of a page
// from the same components.
func Routes() {
	app.Route("/", func() app.Composer { return &Studio{} })
}
