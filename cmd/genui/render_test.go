package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const loginSpec = `{"version": 1, "title": "Sign in", "root": {"type": "card", "title": "Sign in", "children": [
  {"type": "input", "label": "Email", "inputType": "email"},
  {"type": "button", "text": "Continue"}]}}`

func TestRenderSVGAndPNG(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "login.json")
	os.WriteFile(spec, []byte(loginSpec), 0o644)

	svgOut := filepath.Join(dir, "login.svg")
	if code, _, stderr := runCmd(t, "", "render", spec, "-o", svgOut); code != 0 {
		t.Fatalf("svg: exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(svgOut)
	if !bytes.HasPrefix(data, []byte("<?xml")) || !bytes.Contains(data, []byte("base64,")) || !bytes.Contains(data, []byte(">Continue</text>")) {
		t.Errorf("svg output:\n%.400s", data)
	}

	pngOut := filepath.Join(dir, "login.png")
	if code, _, stderr := runCmd(t, "", "render", "--width", "320", "--theme", "dark", spec, "-o", pngOut); code != 0 {
		t.Fatalf("png: exit %d: %s", code, stderr)
	}
	f, _ := os.Open(pngOut)
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 640 { // --scale 2 by default
		t.Errorf("png width %d", img.Bounds().Dx())
	}
}

func TestRenderStdinToStdout(t *testing.T) {
	code, stdout, stderr := runCmd(t, loginSpec, "render", "-", "-o", "-", "--font", "ref")
	if code != 0 || !strings.Contains(stdout, `aria-label="Continue"`) || strings.Contains(stdout, "base64,") {
		t.Errorf("exit %d, stderr %q, stdout %.300q", code, stderr, stdout)
	}
}

func TestRenderWarnsAndDrawsTheRest(t *testing.T) {
	spec := `{"version": 1, "root": {"type": "column", "children": [
	  {"type": "link", "text": "Click", "href": "javascript:alert(1)"},
	  {"type": "text", "text": "still drawn"}]}}`
	code, stdout, stderr := runCmd(t, spec, "render", "-", "-o", "-", "--font", "ref")
	if code != 0 || !strings.Contains(stderr, "genui render: stdin: warning: /root/children/0/href: unsafe URL dropped") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if strings.Contains(stdout, "javascript:") || !strings.Contains(stdout, ">still drawn</text>") {
		t.Errorf("stdout %.500s", stdout)
	}
}

func TestRenderErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"", []string{"render", filepath.Join(dir, "missing.json"), "-o", "x.svg"}, 1, "no such file"},
		{"{\"version\": 1,\n  \"root\": {\"type\": }}", []string{"render", "-", "-o", "-"}, 1, "stdin:2:20: expected a value"},
		{loginSpec, []string{"render", "-", "-o", "out.gif"}, 2, "cannot tell the format"},
		{loginSpec, []string{"render", "-", "-o", "x.svg", "--theme", "neon"}, 2, `--theme: components: bad theme: "neon" is not a theme`},
		{loginSpec, []string{"render", "-", "-o", "x.svg", "--theme", "dark;--genui-accent:red"}, 2, `--genui-accent: "red" is not a colour`},
		{loginSpec, []string{"render", "-", "-o", "x.svg", "--width", "5"}, 2, "--width 5 is outside"},
		{loginSpec, []string{"render", "-"}, 2, "-o OUT.svg, -o OUT.png or -o OUT.html is required"},
		{loginSpec, []string{"render", "a.json", "b.json", "-o", "x.svg"}, 2, "want one spec file"},
		{`{"version": 1, "root": {"type": "text", "text": 5}}`, []string{"render", "-", "-o", "-"}, 1, "/root/text"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, tt.stdin, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

func TestRenderHTML(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "login.json")
	os.WriteFile(spec, []byte(loginSpec), 0o644)
	for _, fonts := range []string{"embed", "ref"} {
		out := filepath.Join(dir, "login-"+fonts+".HTML")
		if code, _, stderr := runCmd(t, "", "render", spec, "-o", out, "--font", fonts, "--width", "360"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		data, _ := os.ReadFile(out)
		page := string(data)
		for _, want := range []string{"<!doctype html>", `<meta http-equiv="Content-Security-Policy" content="default-src 'none'`,
			"<title>Sign in</title>", `<svg width="360"`, `id="genui-parts"`, `id="genui-spec"`, `data-interact="edit"`} {
			if !strings.Contains(page, want) {
				t.Errorf("--font %s: the page lacks %q", fonts, want)
			}
		}
		if embedded := strings.Contains(page, "data:font/ttf;base64,"); embedded != (fonts == "embed") {
			t.Errorf("--font %s: fonts embedded: %v", fonts, embedded)
		}
	}
}

func TestRenderThemeOverrides(t *testing.T) {
	code, stdout, stderr := runCmd(t, loginSpec, "render", "-", "-o", "-", "--font", "ref", "--theme", "dark; --genui-accent: #E11D48; --genui-radius: 0")
	if code != 0 || !strings.Contains(stdout, `fill="#e11d48"`) || !strings.Contains(stdout, `fill="#09090b"`) || strings.Contains(stdout, `fill="#6366f1"`) {
		t.Errorf("exit %d, stderr %q, stdout %.300q", code, stderr, stdout)
	}
}
