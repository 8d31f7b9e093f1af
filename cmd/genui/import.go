package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
	_ "github.com/genui/genui/genui/importer/a2ui"
	_ "github.com/genui/genui/genui/importer/adaptivecards"
)

func init() {
	register(&command{
		name:  "import",
		usage: "FILE [--from auto|adaptivecards|a2ui] [--compact]",
		short: "convert an Adaptive Card or A2UI messages to a genui spec ('-' reads stdin; warnings on stderr)",
		run:   runImport,
	})
}

func runImport(e *env, args []string) error {
	fs := newFlags(e, "import")
	from := fs.String("from", "auto", "source `format`: auto, "+strings.Join(importer.Formats(), " or "))
	compact := fs.Bool("compact", false, "print the spec on one line, as genui.Marshal writes it")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one file (or - for stdin), got %d arguments", errUsage, len(pos))
	}
	name := pos[0]
	data, err := readSpec(e, name)
	if err != nil {
		return err
	}
	if name == "-" {
		name = "stdin"
	}
	format := *from
	if format == "auto" {
		format = importer.Detect(data)
	}
	res, err := importer.ImportAs(format, data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(e.stderr, "genui import: %s: warning: %s\n", name, w)
	}
	out, err := genui.Marshal(res.Spec)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if !*compact {
		var b bytes.Buffer
		json.Indent(&b, out, "", "  ")
		out = b.Bytes()
	}
	_, err = fmt.Fprintf(e.stdout, "%s\n", out)
	return err
}
