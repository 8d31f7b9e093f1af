package components_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

func drawSVG(t *testing.T, spec string, th *render.Theme) string {
	t.Helper()
	s, err := genui.Parse([]byte(spec))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := svg.Encode(&b, render.Layout(s, render.Options{Width: 480, Theme: th}), nil); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// declarations turns CSS's output back into a theme name's overrides.
func declarations(css string) string {
	var d []string
	for line := range strings.Lines(css) {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "--") {
			d = append(d, strings.TrimSuffix(line, ";"))
		}
	}
	return strings.Join(d, ";")
}

func TestCSSWritesEveryToken(t *testing.T) {
	css := components.CSS(components.Light, ":root")
	if !strings.HasPrefix(css, ":root {\n") || !strings.HasSuffix(css, "}\n") {
		t.Errorf("frame of %q", css)
	}
	for _, name := range components.TokenVars {
		if n := strings.Count(css, "  "+name+": "); n != 1 {
			t.Errorf("%s written %d times", name, n)
		}
	}
	if got := strings.Count(css, ";\n"); got != len(components.TokenVars) {
		t.Errorf("%d declarations, want %d", got, len(components.TokenVars))
	}
	for _, want := range []string{"--genui-accent: #4f46e5;", "--genui-ring: #4f46e559;", "--genui-text: #09090b;", "--genui-radius: 6px;", "--genui-chart-8: #64748b;"} {
		if !strings.Contains(css, want) {
			t.Errorf("light CSS lacks %q", want)
		}
	}
	dark := components.CSS(components.Dark, ".dark")
	for _, want := range []string{".dark {", "--genui-accent: #6366f1;", "--genui-page: #09090b;", "--genui-info-bg: #172554;"} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark CSS lacks %q", want)
		}
	}
}

// Setting every token to its own value changes nothing: the look comes
// from the table alone, and the names reach every colour and radius.
func TestThemeOfItsOwnTokensDrawsTheSame(t *testing.T) {
	specs, _ := filepath.Glob("../testdata/specs/composite-*.json")
	if len(specs) == 0 {
		t.Fatal("no composite specs")
	}
	for _, base := range []*render.Theme{components.Light, components.Dark} {
		same, err := components.ParseTheme(base.Name + ";" + declarations(components.CSS(base, ":root")))
		if err != nil {
			t.Fatal(err)
		}
		if same.Name == base.Name || !strings.Contains(same.Name, ";--genui-radius:6") {
			t.Errorf("name %q", same.Name)
		}
		for _, path := range specs {
			data, _ := os.ReadFile(path)
			if drawSVG(t, string(data), same) != drawSVG(t, string(data), base) {
				t.Errorf("%s in %s with its own tokens set draws differently", filepath.Base(path), base.Name)
			}
		}
	}
}

const themed = `{"version":1,"root":{"type":"card","title":"T","children":[
	{"type":"button","text":"Go"},{"type":"switch","label":"On","checked":true},
	{"type":"alert","tone":"success","title":"Saved"}]}}`

func TestOverridesRepaint(t *testing.T) {
	th, err := components.ParseTheme(" dark ; --genui-accent: #E11D48; --genui-success-bg:#0f0; --genui-radius: 0px ;")
	if err != nil {
		t.Fatal(err)
	}
	if want := "dark;--genui-accent:#e11d48;--genui-success-bg:#00ff00;--genui-radius:0"; th.Name != want {
		t.Errorf("name %q, want %q", th.Name, want)
	}
	if again, ok := components.ThemeNamed(th.Name); !ok || again.Name != th.Name {
		t.Errorf("the canonical name does not name the theme again: %v %v", again, ok)
	}
	got := drawSVG(t, themed, th)
	plain := drawSVG(t, themed, components.Dark)
	for _, want := range []string{`fill="#e11d48"`, `fill="#00ff00"`, `fill="#09090b"`} {
		if !strings.Contains(got, want) {
			t.Errorf("themed drawing lacks %s", want)
		}
	}
	if strings.Contains(got, `fill="#6366f1"`) || !strings.Contains(plain, `fill="#6366f1"`) {
		t.Error("the dark accent survives the override")
	}
	// Radius 0 squares the card, button and alert; the switch stays a pill.
	if n, m := strings.Count(got, ` rx="`), strings.Count(plain, ` rx="`); n == 0 || n >= m {
		t.Errorf("%d rounded shapes with --genui-radius:0, %d without", n, m)
	}
	css := components.CSS(th, "x")
	for _, want := range []string{"--genui-accent: #e11d48;", "--genui-radius: 0px;", "--genui-page: #09090b;"} {
		if !strings.Contains(css, want) {
			t.Errorf("CSS of the custom theme lacks %q", want)
		}
	}
}

func TestParseThemeColours(t *testing.T) {
	for in, want := range map[string]string{
		"#abc": "#aabbcc", "#abcd": "#aabbccdd", "#A1B2C3": "#a1b2c3", "#a1b2c380": "#a1b2c380", "#a1b2c3ff": "#a1b2c3",
	} {
		th, err := components.ParseTheme("light;--genui-surface:" + in)
		if err != nil || th.Name != "light;--genui-surface:"+want {
			t.Errorf("%s: %v %v, want %s", in, th, err, want)
		}
	}
}

func TestParseThemeErrors(t *testing.T) {
	for _, name := range []string{
		"", "sepia", "sepia;--genui-accent:#fff", "light;--genui-nope:#fff", "light;--genui-accent",
		"light;--genui-accent:red", "light;--genui-accent:#ff", "light;--genui-accent:#0x12", "light;--genui-accent:#+12",
		"light;--genui-radius:-1", "light;--genui-radius:65px", "light;--genui-radius:NaN", "light;--genui-radius:1em",
		"light;--genui-accent:#fff" + strings.Repeat(";", 5000),
	} {
		if th, err := components.ParseTheme(name); !errors.Is(err, components.ErrTheme) || th != nil {
			t.Errorf("%.40q: %v, %v", name, th, err)
		}
		if _, ok := components.ThemeNamed(name); ok {
			t.Errorf("ThemeNamed(%.40q) is ok", name)
		}
	}
}

// More custom themes than the cache holds still draw right.
func TestManyCustomThemes(t *testing.T) {
	for i := range 200 {
		name := fmt.Sprintf("light;--genui-accent:#0000%02x", i)
		th, ok := components.ThemeNamed(name)
		if !ok {
			t.Fatal(name)
		}
		if i%37 == 0 && !strings.Contains(drawSVG(t, themed, th), fmt.Sprintf(`fill="#0000%02x"`, i)) {
			t.Errorf("%s: the accent is not drawn", name)
		}
	}
}

// A hand-built theme components does not know paints as Light.
func TestUnknownThemePaintsLight(t *testing.T) {
	odd := *components.Light
	odd.Name = "odd;theme"
	if drawSVG(t, themed, &odd) != drawSVG(t, themed, components.Light) {
		t.Error("an unknown theme does not paint as Light")
	}
}

func FuzzParseTheme(f *testing.F) {
	f.Add("dark;--genui-accent:#e11d48;--genui-radius:4px")
	f.Add("light; --genui-chart-3: #abc ;;")
	f.Add("light;--genui-radius:1e1")
	f.Fuzz(func(t *testing.T, name string) {
		th, err := components.ParseTheme(name)
		if err != nil {
			return
		}
		again, err := components.ParseTheme(th.Name)
		if err != nil || again.Name != th.Name || *again != *th {
			t.Errorf("%q → %q does not read back: %v", name, th.Name, err)
		}
	})
}

func ExampleCSS() {
	th, err := components.ParseTheme("dark;--genui-accent:#e11d48;--genui-radius:4px")
	if err != nil {
		panic(err)
	}
	fmt.Println(th.Name)
	for line := range strings.Lines(components.CSS(th, "genui-widget")) {
		if strings.Contains(line, "accent") || strings.Contains(line, "radius") || strings.Contains(line, "{") {
			fmt.Print(line)
		}
	}
	// Output:
	// dark;--genui-accent:#e11d48;--genui-radius:4
	// genui-widget {
	//   --genui-accent: #e11d48;
	//   --genui-accent-fg: #ffffff;
	//   --genui-accent-hover: #818cf8;
	//   --genui-radius: 4px;
}
