// Command genui describes, generates, renders and serves generative UI specs.
//
// Usage:
//
//	genui <command> [flags] [arguments]
//
// Each command lives in its own file of this package and registers itself
// in commands; `genui help` lists them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand of the genui binary.
type command struct {
	name  string
	usage string // the argument synopsis, e.g. "SPEC.json -o OUT.svg"
	short string // one line for `genui help`
	// run executes the command with the arguments after its name. It
	// returns errUsage (possibly wrapped) when the arguments are wrong.
	run func(ctx *env, args []string) error
}

// env is what a command may touch: its streams, so tests can run commands
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errUsage marks an error in how a command was called; main prints the
// command's usage after it and exits with status 2.
var errUsage = errors.New("usage")

// errSilent reports failure after the command already wrote what went
// wrong (e.g. validate's list of errors); main exits 1 printing nothing more.
var errSilent = errors.New("failed")

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("genui: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

func main() {
	os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

// run executes one command line and returns the process exit status.
func run(e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fmt.Fprintf(e.stdout, "usage: genui %s %s\n\n%s\n", c.name, c.usage, c.short)
				return 0
			}
		}
		help(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "genui: unknown command %q\n\n", args[0])
		help(e.stderr)
		return 2
	}
	err := c.run(e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errSilent):
		return 1
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "genui %s: %v\nusage: genui %s %s\n", c.name, err, c.name, c.usage)
		return 2
	default:
		fmt.Fprintf(e.stderr, "genui %s: %v\n", c.name, err)
		return 1
	}
}

func help(w io.Writer) {
	fmt.Fprintln(w, "genui turns descriptions into rendered user interfaces.")
	fmt.Fprintln(w, "\nusage: genui <command> [flags] [arguments]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].short)
	}
	fmt.Fprintln(w, "\nrun 'genui help <command>' for a command's flags.")
}

// newFlags returns a flag set for command c that writes its messages to
// e.stderr and does not exit the process.
func newFlags(e *env, c string) *flag.FlagSet {
	fs := flag.NewFlagSet("genui "+c, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parseFlags parses flags that may appear before or after positional
// arguments ("genui render in.json -o out.svg" and "genui render -o out.svg
// in.json" both work) and returns the positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
