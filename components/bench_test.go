package components_test

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// benchSpec returns a 200-node spec: twelve settings-and-data cards of 16
// nodes (text, badges, a button, input, select, toggles, progress, list,
// table and chart) under a header.
func benchSpec(b *testing.B) []byte {
	n := func(typ string, kv ...any) map[string]any {
		m := map[string]any{"type": typ}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	kids := []any{
		n("heading", "text", "Workspace overview", "level", 1),
		n("text", "text", "Everything that happened in your workspace this week, in one place."),
		n("row", "children", []any{n("button", "text", "Export", "variant", "secondary"), n("button", "text", "Share")}),
		n("divider"),
		n("stat", "label", "Active projects", "text", "12", "delta", "+2"),
	}
	for i := range 12 {
		kids = append(kids, n("card", "title", "Project "+string(rune('A'+i)), "children", []any{
			n("heading", "text", "Deployments", "level", 3),
			n("text", "text", "The latest build finished in 42 seconds and passed every check."),
			n("row", "children", []any{n("badge", "text", "Production", "tone", "success"), n("badge", "text", "v1.4.2"),
				n("spacer"), n("button", "text", "Redeploy", "size", "sm")}),
			n("input", "label", "Domain", "placeholder", "app.example.com"),
			n("select", "label", "Region", "options", []string{"Frankfurt", "Virginia", "Tokyo"}, "value", "Frankfurt"),
			n("checkbox", "label", "Preview deployments", "checked", true),
			n("switch", "label", "Notify on failure"),
			n("progress", "label", "Build minutes", "value", 62),
			n("list", "items", []string{"Faster cold starts", "Smaller bundles"}),
			n("table", "columns", []string{"Build", "Status", "Time"}, "rows", [][]string{{"#812", "Ready", "42s"}, {"#811", "Ready", "40s"}}),
			n("chart", "chartType", "bar", "data", []map[string]any{{"label": "Mon", "value": 4}, {"label": "Tue", "value": 7}, {"label": "Wed", "value": 5}}),
		}))
	}
	data, err := json.Marshal(map[string]any{"version": 1, "root": n("column", "children", kids)})
	if err != nil {
		b.Fatal(err)
	}
	spec, err := genui.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	if c := count(spec.Root); c != 200 {
		b.Fatalf("bench spec has %d nodes, want 200", c)
	}
	return data
}

func count(n *genui.Node) int {
	c := 1
	for _, k := range n.Children {
		c += count(k)
	}
	return c
}

// BenchmarkRender measures layout and SVG encoding of a 200-node spec,
// beside encoding/json unmarshalling the same spec's text (into any, and
// into genui.Spec through its UnmarshalJSON), the yardstick of DESIGN.md.
func BenchmarkRender(b *testing.B) {
	data := benchSpec(b)
	b.Run("layout+svg", func(b *testing.B) {
		spec, _ := genui.Parse(data)
		opt := render.Options{Width: 480, Theme: components.Light}
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			l := render.Layout(spec, opt)
			if err := svg.Encode(io.Discard, l, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("layout", func(b *testing.B) {
		spec, _ := genui.Parse(data)
		opt := render.Options{Width: 480, Theme: components.Light}
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			render.Layout(spec, opt)
		}
	})
	b.Run("json.Unmarshal-any", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Unmarshal-spec", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var s genui.Spec
			if err := json.Unmarshal(data, &s); err != nil {
				b.Fatal(err)
			}
		}
	})
}
