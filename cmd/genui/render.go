package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/genui/genui/app/export"
	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
	"github.com/genui/genui/render/svg"
)

func init() {
	register(&command{
		name:  "render",
		usage: "SPEC.json -o OUT.svg|OUT.png|OUT.html [--width 480] [--theme light|dark[;--genui-TOKEN:VALUE…]] [--scale 2] [--font embed|ref]",
		short: "draw a spec as an SVG, a PNG or a standalone interactive HTML page ('-' reads the spec from stdin)",
		run:   runRender,
	})
}

func runRender(e *env, args []string) error {
	fs := newFlags(e, "render")
	out := fs.String("o", "", "output `file`: .svg, .png or .html by its extension; - writes SVG to stdout")
	width := fs.Float64("width", render.DefaultWidth, "page width in CSS `pixels`")
	themeName := fs.String("theme", "light", "`theme`: "+strings.Join(components.ThemeNames, " or ")+
		", optionally with token overrides: \"dark;--genui-accent:#e11d48;--genui-radius:4\"")
	scale := fs.Float64("scale", 2, "PNG `pixels` per CSS pixel")
	fontMode := fs.String("font", "embed", "SVG and HTML fonts: embed (a standalone file) or ref (referenced by name; smaller)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one spec file (or - for stdin), got %d arguments", errUsage, len(pos))
	}
	if *out == "" {
		return fmt.Errorf("%w: -o OUT.svg, -o OUT.png or -o OUT.html is required", errUsage)
	}
	format := strings.ToLower(filepath.Ext(*out))
	if *out == "-" {
		format = ".svg"
	}
	if format != ".svg" && format != ".png" && format != ".html" {
		return fmt.Errorf("%w: cannot tell the format of %q: want a .svg, .png or .html file", errUsage, *out)
	}
	theme, err := components.ParseTheme(*themeName)
	if err != nil {
		return fmt.Errorf("%w: --theme: %w", errUsage, err)
	}
	if !(*width >= render.MinWidth && *width <= render.MaxWidth) {
		return fmt.Errorf("%w: --width %v is outside %d…%d", errUsage, *width, render.MinWidth, render.MaxWidth)
	}
	if !(*scale > 0 && *scale <= 8) {
		return fmt.Errorf("%w: --scale %v is outside (0, 8]", errUsage, *scale)
	}
	if *fontMode != "embed" && *fontMode != "ref" {
		return fmt.Errorf("%w: --font %q: want embed or ref", errUsage, *fontMode)
	}

	name := pos[0]
	data, err := readSpec(e, name)
	if err != nil {
		return err
	}
	if name == "-" {
		name = "stdin"
	}
	spec, err := genui.Parse(data)
	if err != nil {
		return located(name, err)
	}
	l := render.Layout(spec, render.Options{Width: float32(*width), Theme: theme})
	for _, w := range l.Warnings {
		fmt.Fprintf(e.stderr, "genui render: %s: warning: %s\n", name, w)
	}

	var fonts map[render.Face][]byte
	if *fontMode == "embed" {
		fonts = map[render.Face][]byte{}
		for _, f := range []render.Face{render.Regular, render.Medium, render.Bold, render.Mono} {
			fonts[f] = raster.TTF(f)
		}
	}
	write := func(w io.Writer) error {
		switch format {
		case ".png":
			return raster.EncodePNG(w, l, raster.Options{Scale: float32(*scale)})
		case ".html":
			page, err := export.HTML(spec, export.Options{Width: float32(*width), Theme: theme, Fonts: fonts})
			if err != nil {
				return err
			}
			_, err = w.Write(page)
			return err
		}
		return svg.Encode(w, l, &svg.Options{Fonts: fonts})
	}
	if *out == "-" {
		return write(e.stdout)
	}
	return writeFile(*out, write)
}

// readSpec reads the spec text from the file name, or stdin for "-".
func readSpec(e *env, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err // *PathError: "open NAME: no such file or directory"
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, genui.MaxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > genui.MaxSpecBytes {
		return nil, fmt.Errorf("%s: the spec is longer than %d bytes", name, genui.MaxSpecBytes)
	}
	return data, nil
}

// located prefixes a parse error with the file and, where known, the line
// and column: "login.json:3:14: /root/children/0: …".
func located(name string, err error) error {
	var pe *genui.Error
	if errors.As(err, &pe) && pe.Line > 0 {
		msg := pe.Msg
		if pe.Pointer != "" {
			msg += " (at " + pe.Pointer + ")"
		}
		return fmt.Errorf("%s:%d:%d: %s", name, pe.Line, pe.Column, msg)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// writeFile writes path through write, leaving no half-written file behind
// on failure.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
