package content

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/connectwell/connectwell/build/internal/diag"
)

// decodeYAML strictly decodes a YAML document into v: unknown fields are
// errors, so typos cannot silently drop a value. Errors carry file and line;
// lineOffset is added to YAML's line numbers for documents embedded in a file.
func decodeYAML(file string, lineOffset int, src []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return yamlError(file, lineOffset, err)
	}
	return nil
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// yamlError turns a yaml.v3 error ("yaml: line 3: ...", or a list of
// "line N: ..." for type errors) into positioned errors.
func yamlError(file string, lineOffset int, err error) error {
	var errs diag.List
	for _, l := range strings.Split(err.Error(), "\n") {
		if m := yamlLine.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			errs.Add(diag.At(file, n+lineOffset, tidyYAML(m[2])))
		}
	}
	if len(errs) == 0 {
		return diag.At(file, 0, tidyYAML(strings.TrimPrefix(err.Error(), "yaml: ")))
	}
	return errs.Err()
}

// tidyYAML rewords the parts of yaml.v3's messages that name Go types.
func tidyYAML(msg string) string {
	if f, _, ok := strings.Cut(strings.TrimPrefix(msg, "field "), " not found in type"); ok {
		return "unknown field " + strconv.Quote(f)
	}
	if i := strings.Index(msg, "cannot unmarshal "); i >= 0 {
		return "wrong type of value: " + msg[i+len("cannot unmarshal "):]
	}
	return msg
}

// loadList strictly decodes a YAML file that holds a list, and returns the
// items with the line each one starts on, for errors about a single item.
func loadList[T any](path string) ([]T, []int, error) {
	src, err := readFile(path)
	if err != nil {
		return nil, nil, err
	}
	var list []T
	if err := decodeYAML(path, 0, src, &list); err != nil {
		return nil, nil, err
	}
	return list, itemLines(src), nil
}

// itemLines returns the line of each item of a YAML sequence document.
func itemLines(src []byte) []int {
	var seq []yaml.Node
	if yaml.Unmarshal(src, &seq) != nil {
		return nil
	}
	lines := make([]int, len(seq))
	for i, n := range seq {
		lines[i] = n.Line
	}
	return lines
}

func lineOf(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}
