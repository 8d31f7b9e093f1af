package main

import (
	"bytes"
	"strings"
	"testing"
)

// runCmd runs a genui command line in-process and returns its exit status
// and output streams.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestUnknownCommand(t *testing.T) {
	code, _, stderr := runCmd(t, "", "frobnicate")
	if code != 2 || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
}

func TestHelpListsCommands(t *testing.T) {
	code, stdout, _ := runCmd(t, "", "help")
	if code != 0 || !strings.Contains(stdout, "commands:") {
		t.Fatalf("code %d, stdout %q", code, stdout)
	}
	for name := range commands {
		if !strings.Contains(stdout, name) {
			t.Errorf("help does not list %q", name)
		}
	}
}
