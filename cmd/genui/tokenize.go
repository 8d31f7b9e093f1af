package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tokenizer"
)

func init() {
	register(&command{
		name:  "tokenize",
		usage: "--model MODEL.gguf [--ids-only] [--no-bos] [--no-parse-special] [TEXT]",
		short: "print the token ids (and pieces) of text under a model's tokenizer",
		run:   runTokenize,
	})
}

func runTokenize(e *env, args []string) error {
	fs := newFlags(e, "tokenize")
	model := fs.String("model", "", "the GGUF file whose tokenizer to use")
	idsOnly := fs.Bool("ids-only", false, "print only the ids, on one line")
	noBOS := fs.Bool("no-bos", false, "do not add the BOS/EOS tokens the model asks for")
	noSpecial := fs.Bool("no-parse-special", false, "treat control tokens written in the text (<|im_end|>) as text")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *model == "" || len(pos) > 1 {
		return fmt.Errorf("%w: want --model and at most one TEXT (none: read standard input)", errUsage)
	}
	var text string
	if len(pos) == 1 {
		text = pos[0]
	} else {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return err
		}
		text = string(b)
	}
	f, err := gguf.Open(*model)
	if err != nil {
		return err
	}
	defer f.Close()
	v, err := tokenizer.FromGGUF(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *model, err)
	}
	tok, err := tokenizer.New(v)
	if err != nil {
		return fmt.Errorf("%s: %w", *model, err)
	}
	ids := tok.Encode(text, tokenizer.Options{AddSpecial: !*noBOS, ParseSpecial: !*noSpecial})
	if *idsOnly {
		s := make([]string, len(ids))
		for i, id := range ids {
			s[i] = strconv.Itoa(int(id))
		}
		_, err = fmt.Fprintln(e.stdout, strings.Join(s, " "))
		return err
	}
	var b strings.Builder
	for _, id := range ids {
		// Text tokens show the bytes they add, quoted; control tokens
		// their name.
		piece := tok.Token(id)
		if p := tok.TokenBytes(id); p != nil {
			piece = strconv.Quote(string(p))
		}
		fmt.Fprintf(&b, "%7d  %s\n", id, piece)
	}
	_, err = io.WriteString(e.stdout, b.String())
	return err
}
