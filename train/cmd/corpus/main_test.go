package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The corpus is a function of the seed and the flags, not of how many
// workers make it; it starts with the header and holds n samples.
func TestRun(t *testing.T) {
	var one, four, stderr bytes.Buffer
	if err := run([]string{"-seed", "5", "-n", "300", "-workers", "1"}, &one, &stderr); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-seed", "5", "-n", "300", "-workers", "4"}, &four, &stderr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), four.Bytes()) {
		t.Fatal("output depends on -workers")
	}
	lines := strings.Split(strings.TrimSuffix(one.String(), "\n"), "\n")
	if len(lines) != 301 {
		t.Fatalf("%d lines, want a header and 300 samples", len(lines))
	}
	var head struct{ Specials []string }
	if err := json.Unmarshal([]byte(lines[0]), &head); err != nil || len(head.Specials) != 6 || head.Specials[5] != "<|end|>" {
		t.Fatalf("header %s: %v", lines[0], err)
	}
	for _, l := range lines[1:] {
		var s struct{ Task, Lang, Kind, Input, Output string }
		if err := json.Unmarshal([]byte(l), &s); err != nil || s.Input == "" || !strings.HasSuffix(s.Output, "<|end|>") {
			t.Fatalf("line %s: %v", l, err)
		}
	}
	var st bytes.Buffer
	if err := run([]string{"-n", "200", "-stats"}, &st, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(st.String(), "components") || !strings.Contains(st.String(), "kinds (") {
		t.Errorf("stats report lacks sections:\n%s", st.String())
	}
	if err := run([]string{"-n", "-1"}, &st, &stderr); err == nil {
		t.Error("-n -1: want an error")
	}
}
