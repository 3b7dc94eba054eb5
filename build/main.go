// Command build builds, serves and checks connectwell.
//
//	go run ./build [build] [--base-url URL] [--out DIR]
//	go run ./build serve [--port N]
//	go run ./build check [--account free|premium] [--name NAME] [--relationship R] [--format text|json]
//	                     [--fix | --diff] [--disable RULE,...] [--config FILE] [FILE ...]
//
// build renders content/ with the layouts, assets and checker in site/ and
// wasm/ into public/. serve builds, serves the site on localhost and rebuilds
// and reloads open pages when a source changes. check runs the checker's
// rules on notes from files or standard input, and with --fix applies the
// fixes they offer.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/connectwell/connectwell/build/internal/checkcmd"
	"github.com/connectwell/connectwell/build/internal/devserver"
	"github.com/connectwell/connectwell/build/internal/pipeline"
)

const usage = `usage:
  go run ./build [build] [--base-url URL] [--out DIR]   build the site into public/
  go run ./build serve [--port N]                       build, serve on localhost, rebuild on change
  go run ./build check [flags] [FILE ...]               check notes; see go run ./build check --help
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "build":
		return build(args, stdout, stderr)
	case "serve":
		return serve(args, stdout, stderr)
	case "check":
		return checkcmd.Run(args, stdin, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "build: unknown command %q\n%s", cmd, usage)
	return 2
}

func build(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts pipeline.Options
	fs.StringVar(&opts.BaseURL, "base-url", "", "URL the site is published at (default: baseURL in content/site.yaml)")
	fs.StringVar(&opts.Out, "out", "public", "output folder")
	if err := fs.Parse(args); err != nil {
		return exitFlag(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "build: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	b, err := pipeline.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	res, err := b.Build()
	if err != nil {
		fmt.Fprintln(stderr, err)
		fmt.Fprintln(stderr, "build failed; "+opts.Out+"/ is unchanged")
		return 1
	}
	fmt.Fprintf(stdout, "built %d pages, %d files (%.1f MB) into %s/ in %v\n", res.Pages, res.Files, float64(res.Bytes)/1e6, opts.Out, res.Took.Round(1e6))
	return 0
}

func serve(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	port := fs.Int("port", 8080, "port to listen on (localhost only)")
	if err := fs.Parse(args); err != nil {
		return exitFlag(err)
	}
	if err := devserver.Run(devserver.Options{Root: ".", Port: *port, Log: stdout}); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	return 0
}

func exitFlag(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
