package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

const acCard = `{"type":"AdaptiveCard","version":"1.5","body":[
  {"type":"TextBlock","text":"Hello","style":"heading"},
  {"type":"Media","sources":[]}],
 "actions":[{"type":"Action.Submit","title":"OK"}]}`

func TestImportAdaptiveCard(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "card.json")
	os.WriteFile(path, []byte(acCard), 0o644)
	code, stdout, stderr := runCmd(t, "", "import", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if errs := genui.Validate([]byte(stdout)); errs.Err() != nil {
		t.Errorf("output is not a valid spec: %v\n%s", errs.Err(), stdout)
	}
	if !strings.Contains(stdout, "\n  \"root\": {") || !strings.Contains(stdout, `"text": "Hello"`) {
		t.Errorf("stdout:\n%s", stdout)
	}
	if !strings.Contains(stderr, "genui import: "+path+": warning: /body/1: Media is not supported") {
		t.Errorf("stderr: %q", stderr)
	}
}

func TestImportA2UIFromStdinCompact(t *testing.T) {
	msgs := `{"version":"v0.9","updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Text","text":"hi"}]}}`
	code, stdout, stderr := runCmd(t, msgs, "import", "--compact", "-")
	want := `{"version":1,"root":{"type":"text","id":"root","text":"hi"}}` + "\n"
	if code != 0 || stdout != want || stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		stdin string
		args  []string
		code  int
		want  string
	}{
		{`{"a":1}`, []string{"import", "-"}, 1, "stdin: importer: unknown format"},
		{acCard, []string{"import", "--from", "a2ui", "-"}, 1, "stdin: a2ui: no A2UI messages"},
		{`{"type":"AdaptiveCard"`, []string{"import", "-"}, 1, ""},
		{acCard, []string{"import", "--from", "xml", "-"}, 1, `unknown format "xml"`},
		{"", []string{"import"}, 2, "want one file"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, tt.stdin, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}
