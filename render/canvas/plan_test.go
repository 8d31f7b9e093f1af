package canvas

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/render"
)

func TestPlanRectsAsSVGDrawsThem(t *testing.T) {
	white, edge := render.Hex(0xffffff), render.Hex(0xe4e4e7)
	l := &render.List{Width: 100, Height: 100, Ops: []render.Op{
		{Kind: render.OpRect, Rect: render.XYWH(10, 10, 80, 40), Radius: 8, Fill: white, Stroke: edge, StrokeWidth: 2},
		{Kind: render.OpRect, Rect: render.XYWH(0, 60, 30, 10), Radius: 50, Fill: edge},
	}}
	var p planner
	cmds := p.plan(l)
	if len(cmds) != 3 {
		t.Fatalf("%d calls, want fill, stroke, fill: %+v", len(cmds), cmds)
	}
	// Fill and border follow the rect inset by half the border, radius 8-1.
	inset := "M18 11H82A7 7 0 0 1 89 18V42A7 7 0 0 1 82 49H18A7 7 0 0 1 11 42V18A7 7 0 0 1 18 11Z"
	if c := cmds[0]; c.kind != cmdFill || c.color != white || c.d != inset {
		t.Errorf("fill: %+v", c)
	}
	if c := cmds[1]; c.kind != cmdStroke || c.color != edge || c.width != 2 || c.round || c.d != inset {
		t.Errorf("border: %+v", c)
	}
	// A radius past half the height is clamped to it: a pill.
	if c := cmds[2]; c.d != "M5 60H25A5 5 0 0 1 30 65V65A5 5 0 0 1 25 70H5A5 5 0 0 1 0 65V65A5 5 0 0 1 5 60Z" {
		t.Errorf("pill: %q", c.d)
	}
}

func TestPlanBatchesShapesThatDoNotMeet(t *testing.T) {
	ink, blue := render.Hex(0x09090b), render.Hex(0x4f46e5)
	rect := func(x, y float32, c render.Color) render.Op {
		return render.Op{Kind: render.OpRect, Rect: render.XYWH(x, y, 10, 10), Fill: c}
	}
	l := &render.List{Width: 200, Height: 100, Ops: []render.Op{
		rect(0, 0, ink), rect(20, 0, ink), rect(40, 0, ink), // one call
		rect(45, 5, ink), // meets the last: a call of its own
		{Kind: render.OpBegin, Group: &render.Group{}}, rect(80, 0, ink), {Kind: render.OpEnd}, // groups do not break a batch
		rect(100, 0, blue), // another colour
		{Kind: render.OpText, Text: "Hi", Rect: render.XYWH(0, 50, 20, 20), Baseline: 65, Font: render.Font{Size: 14}, Fill: ink},
		rect(120, 0, blue), // text in between: a new call
	}}
	var p planner
	cmds := p.plan(l)
	var kinds []string
	for _, c := range cmds {
		kinds = append(kinds, [...]string{"fill", "stroke", "text", "image"}[c.kind]+":"+strconv.Itoa(strings.Count(c.d, "M")))
	}
	want := "fill:3 fill:2 fill:1 text:0 fill:1"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("calls %q, want %q", got, want)
	}
}

func TestPlanPathsAndText(t *testing.T) {
	var path render.Path
	path.MoveTo(1.23456, 2)
	path.QuadTo(3, 4, 5, 6)
	path.CubeTo(7, 8, 9, 10, 11, float32(math.NaN()))
	path.Close()
	l := &render.List{Width: 50, Height: 50, Ops: []render.Op{
		{Kind: render.OpPath, Path: path, Fill: render.Hex(0xff0000).Alpha(0.5), Stroke: render.Hex(0x00ff00), StrokeWidth: 1.5},
		{Kind: render.OpText, Text: "Mono", Baseline: 30.25, Rect: render.XYWH(4.5, 20, 30, 14), Font: render.Font{Face: render.Mono, Size: 12.5}, Fill: render.Hex(0)},
		{Kind: render.OpText, Text: "", Fill: render.Hex(0), Font: render.Font{Size: 12}},
		{Kind: render.OpImage, Text: "data:image/png;base64,AAAA", Rect: render.XYWH(0, 0, 10, 10), Radius: 2},
	}}
	var p planner
	cmds := p.plan(l)
	if len(cmds) != 4 {
		t.Fatalf("%d calls: %+v", len(cmds), cmds)
	}
	if d := "M1.235 2 Q3 4 5 6 C7 8 9 10 11 0 Z"; cmds[0].d != d || cmds[1].d != d || !cmds[1].round || cmds[1].width != 1.5 {
		t.Errorf("path: %+v %+v", cmds[0], cmds[1])
	}
	if c := cmds[2]; c.kind != cmdText || c.x != 4.5 || c.y != 30.25 || cssFont(c.font) != `400 12.5px `+render.Mono.CSSFamily() {
		t.Errorf("text: %+v", c)
	}
	if c := cmds[3]; c.kind != cmdImage || c.rect.W != 10 || c.radius != 2 {
		t.Errorf("image: %+v", c)
	}
	if got := cssColor(render.Hex(0xff0000).Alpha(0.5)); got != "rgba(255,0,0,0.5020)" {
		t.Errorf("translucent colour %q", got)
	}
	if got := cssColor(render.Hex(0x4f46e5)); got != "#4f46e5" {
		t.Errorf("opaque colour %q", got)
	}
	if got := cssFont(render.Font{Face: render.Medium, Size: 14}); got != `500 14px "Go",`+render.CJKFamilies+`,sans-serif` {
		t.Errorf("font %q", got)
	}
}

func TestFontURL(t *testing.T) {
	for prefix, want := range map[string]string{
		"/fonts/":                   `url("/fonts/Go-Bold.ttf") format("truetype")`,
		`/f"onts\/`:                 `url("/fonts/Go-Bold.ttf") format("truetype")`,
		"javascript:alert(1)//":     "",
		"data:text/html,<script>//": "",
		"":                          "",
	} {
		if got := fontURL(prefix, render.Bold); got != want {
			t.Errorf("fontURL(%q) = %q, want %q", prefix, got, want)
		}
	}
}

func TestFitScale(t *testing.T) {
	l := &render.List{Width: 500, Height: 1000}
	if s := fitScale(l, 1.5, 2, 16384, 1<<25); s != 3 {
		t.Errorf("scale %v, want 3", s)
	}
	// 8× zoom at 2× density would be 8000×16000 pixels: a side limit of
	// 4096 brings it to 2048×4096.
	if s := fitScale(l, 8, 2, 4096, 1<<25); s != 4.096 {
		t.Errorf("side-limited scale %v, want 4.096", s)
	}
	if s := fitScale(l, 8, 2, 1<<20, 1<<20); math.Abs(float64(s*s*500*1000-(1<<20))) > 1e3 {
		t.Errorf("area-limited scale %v gives %v pixels", s, s*s*500*1000)
	}
	for _, bad := range []float32{0, -1, float32(math.NaN()), float32(math.Inf(1))} {
		if s := fitScale(l, bad, bad, 16384, 1<<25); s != 1 {
			t.Errorf("scale %v: %v, want 1", bad, s)
		}
	}
}

func TestCoverCrop(t *testing.T) {
	// A 400×100 picture in a 100×100 box: its middle 100×100.
	if sx, sy, sw, sh := coverCrop(400, 100, 100, 100); sx != 150 || sy != 0 || sw != 100 || sh != 100 {
		t.Errorf("wide: %v %v %v %v", sx, sy, sw, sh)
	}
	// A 100×400 picture in a 200×100 box: a 100×50 band at its middle.
	if sx, sy, sw, sh := coverCrop(100, 400, 200, 100); sx != 0 || sy != 175 || sw != 100 || sh != 50 {
		t.Errorf("tall: %v %v %v %v", sx, sy, sw, sh)
	}
}

func BenchmarkPlan(b *testing.B) {
	l := &render.List{Width: 960, Height: 720}
	for i := range 400 {
		x, y := float32(i%20)*48, float32(i/20)*36
		l.Ops = append(l.Ops,
			render.Op{Kind: render.OpRect, Rect: render.XYWH(x, y, 40, 30), Radius: 6, Fill: render.Hex(0xffffff), Stroke: render.Hex(0xe4e4e7), StrokeWidth: 1},
			render.Op{Kind: render.OpText, Text: "Label", Rect: render.XYWH(x+4, y+4, 30, 16), Baseline: y + 16, Font: render.Font{Size: 12}, Fill: render.Hex(0)})
	}
	var p planner
	b.ReportAllocs()
	for b.Loop() {
		p.plan(l)
	}
}
