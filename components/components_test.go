package components

import (
	"slices"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

func TestEveryCatalogTypeIsRegistered(t *testing.T) {
	for _, c := range genui.Catalog {
		if !render.Registered(c.Name) {
			t.Errorf("no component draws %q", c.Name)
		}
	}
}

func TestIconSet(t *testing.T) {
	for _, name := range genui.IconNames {
		p, ok := icons[name]
		if !ok {
			t.Errorf("icon %q is not drawn", name)
			continue
		}
		b := p.Bounds()
		if (b.W <= 0 && b.H <= 0) || b.X < 0 || b.Y < 0 || b.X+b.W > 24.5 || b.Y+b.H > 24.5 {
			t.Errorf("icon %q leaves the 24 px grid: %v", name, b)
		}
	}
	for name := range iconData {
		if !slices.Contains(genui.IconNames, name) {
			t.Errorf("icon %q is not in genui.IconNames", name)
		}
	}
}

func TestThemes(t *testing.T) {
	if l, ok := ThemeNamed("light"); !ok || l != Light {
		t.Error("light")
	}
	if d, ok := ThemeNamed("dark"); !ok || d != Dark || d.Page == Light.Page {
		t.Error("dark")
	}
	if _, ok := ThemeNamed("neon"); ok {
		t.Error("unknown theme found")
	}
	// Both columns of the table are filled in.
	for k := range numCols {
		if tokens[k][0] == (render.Color{}) || tokens[k][1] == (render.Color{}) {
			t.Errorf("colour %d has an empty column", k)
		}
	}
}

func TestInitials(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Lovelace": "AL", "grace": "G", "Jean-Luc Picard": "JP", "  ": "", "émile zola": "ÉZ",
	} {
		if got := initials(in); got != want {
			t.Errorf("initials(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShortNumbers(t *testing.T) {
	for in, want := range map[float64]string{
		0: "0", 950: "950", 1200: "1200", 12000: "12k", 3456789: "3.5M", 2.1e9: "2.1B", 0.25: "0.25", -15000: "-15k",
	} {
		if got := short(in); got != want {
			t.Errorf("short(%v) = %q, want %q", in, got, want)
		}
	}
	if got := ticks(0, 305, 4); !slices.Equal(got, []float64{0, 100, 200, 300, 400}) {
		t.Errorf("ticks(0, 305) = %v", got)
	}
	if got := ticks(-12, 30, 4); got[0] > -12 || got[len(got)-1] < 30 {
		t.Errorf("ticks(-12, 30) = %v", got)
	}
}

func TestDeltaTone(t *testing.T) {
	for in, want := range map[string]genui.Tone{"+12%": genui.Success, "-3": genui.DangerTone, "−3": genui.DangerTone, "flat": genui.Neutral} {
		if got := deltaTone(in); got != want {
			t.Errorf("deltaTone(%q) = %q", in, got)
		}
	}
}
