package main

import (
	"fmt"

	"github.com/genui/genui/genui"
)

func init() {
	register(&command{
		name:  "validate",
		usage: "SPEC.json",
		short: "check a spec strictly and list every problem (- reads stdin)",
		run:   runValidate,
	})
}

// runValidate checks one spec with genui.Validate. It writes every problem
// to stderr, one per line, each starting with its JSON Pointer (or, for
// broken JSON, its line and column), and fails when any is an error
// rather than a warning.
func runValidate(e *env, args []string) error {
	fs := newFlags(e, "validate")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one spec file, or - for stdin", errUsage)
	}
	data, err := readSpec(e, pos[0])
	if err != nil {
		return err
	}
	es := genui.Validate(data)
	for _, pe := range es {
		fmt.Fprintln(e.stderr, pe)
	}
	if es.Err() != nil {
		return errSilent
	}
	return nil
}
