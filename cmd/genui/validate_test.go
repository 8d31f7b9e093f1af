package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	valid := file("valid.json", `{"version":1,"root":{"type":"button","text":"Go"}}`)
	invalid := file("invalid.json", `{"version":1,"root":{"type":"column","children":[
		{"type":"buton","text":"Go"},
		{"type":"heading","text":"Hi","level":7},
		{"type":"image","src":"javascript:alert(1)"}]}}`)
	broken := file("broken.json", "{\"version\":1,\n\"root\":{\"type\":\"text\",}}")
	newer := file("newer.json", `{"version":2,"root":{"type":"carousel","fallback":{"type":"divider"}}}`)
	for _, tc := range []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"valid", "", []string{"validate", valid}, 0, ""},
		{"every error", "", []string{"validate", invalid}, 1,
			`/root/children/0/type: unknown component "buton"; did you mean "button"?` + "\n" +
				`/root/children/1/level: 7 is more than the maximum 4` + "\n" +
				`/root/children/2/src: unsafe URL: scheme "javascript:" is not allowed (want https:, http:, a relative URL or data:image/*)` + "\n"},
		{"broken JSON", "", []string{"validate", broken}, 1, "line 2, column 23: expected a string key, found '}' (at /root)\n"},
		{"warnings only", "", []string{"validate", newer}, 0,
			`/root/type: warning: unknown component "carousel" in a version 2 spec: renderers of version 1 show its fallback` + "\n"},
		{"stdin", `{"version":1,"root":{"type":"icon","name":"hom"}}`, []string{"validate", "-"}, 1,
			`/root/name: "hom" is not a valid icon name; did you mean "home"?` + "\n"},
		{"flag after", "", []string{"validate", valid, "--"}, 0, ""},
		{"missing file", "", []string{"validate", filepath.Join(dir, "nope.json")}, 1, "genui validate: open " + filepath.Join(dir, "nope.json") + ": no such file or directory\n"},
		{"directory", "", []string{"validate", dir}, 1, "genui validate: read " + dir + ": read " + dir + ": is a directory\n"},
		{"no file", "", []string{"validate"}, 2, "genui validate: usage: want one spec file, or - for stdin\nusage: genui validate SPEC.json\n"},
		{"two files", "", []string{"validate", valid, valid}, 2, "genui validate: usage: want one spec file, or - for stdin\nusage: genui validate SPEC.json\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.stdin, tc.args...)
			if code != tc.code || stderr != tc.stderr || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr\n%s\nwant exit %d, stderr\n%s", code, stdout, stderr, tc.code, tc.stderr)
			}
		})
	}
}

// TestValidateSharedSpecs checks that the repository's specs validate,
// but for the ones that test lenient rendering of invalid input.
func TestValidateSharedSpecs(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/specs/*.json")
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "lenient-") {
			continue
		}
		if code, _, stderr := runCmd(t, "", "validate", f); code != 0 {
			t.Errorf("%s: exit %d\n%s", f, code, stderr)
		}
	}
}
