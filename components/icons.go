package components

import (
	"github.com/genui/genui/render"
)

// icons holds the parsed icon set: each icon one path of several
// subpaths on the 24 px grid.
var icons = func() map[string]render.Path {
	m := make(map[string]render.Path, len(iconData))
	for name, parts := range iconData {
		var p render.Path
		for _, d := range parts {
			q, err := render.ParsePath(d)
			if err != nil {
				// The set is compiled in; the icon test parses it too.
				panic("components: icon " + name + ": " + err.Error())
			}
			p = append(p, q...)
		}
		m[name] = p
	}
	return m
}()

// drawIcon strokes the icon called name into the square of side size at
// (x, y), 2 px lines on the 24 px grid scaled with it. It reports false
// (drawing nothing) when there is no such icon.
func drawIcon(p *render.Painter, name string, x, y, size float32, c render.Color) bool {
	path, ok := icons[name]
	if !ok {
		return false
	}
	s := size / 24
	p.Stroke(path.Transform(s, x, y), c, max(2*s, 1.25))
	return true
}
