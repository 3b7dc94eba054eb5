package checkcmd

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/connectwell/connectwell/build/internal/diag"
)

// The config file: the settings of the flags that describe the notes, kept
// beside them so that every run in a folder of notes to premium contacts, or
// with a rule a team has turned off, need not repeat them.
//
//	# .connectwell.yaml
//	account: premium          # free (the default) or premium
//	name: Priya               # the recipient's first name
//	relationship: met         # stranger (the default), met, colleague, interviewer or close
//	disable: [no-introduction, closed-question]
//
// It holds no output format: how a run prints is up to whoever runs it, and
// a format picked for a folder would surprise the next person there.

// configName is the file looked for in the current directory and its
// parents when --config is not given.
const configName = ".connectwell.yaml"

// configKeys lists the keys a config file may hold, for error messages.
const configKeys = "account, name, relationship or disable"

// findConfig returns the nearest config file in dir or one of its parents,
// or "" when there is none.
func findConfig(dir string) (string, error) {
	for dir != "" {
		p := filepath.Join(dir, configName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", errors.New(cannot("read", p, err))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", nil
}

// loadConfig reads the config file at path, named shown in errors. Every
// problem in it is reported, each with its line, so that one run shows all
// there is to mend.
func loadConfig(path, shown string) (settings, error) {
	var s settings
	src, err := os.ReadFile(path)
	if err != nil {
		return s, errors.New(cannot("read", shown, err))
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return s, nil // empty, or only comments
		}
		return s, yamlError(shown, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); err == nil {
		return s, diag.At(shown, more.Line, "a config file holds one YAML document; this is a second")
	} else if !errors.Is(err, io.EOF) {
		return s, yamlError(shown, err)
	}
	root := doc.Content[0]
	if isNull(root) {
		return s, nil
	}
	if root.Kind != yaml.MappingNode {
		return s, diag.At(shown, root.Line, "want settings as keys and values, such as account: premium")
	}

	var errs diag.List
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		at := func(msg string) { errs.Add(diag.At(shown, v.Line, k.Value+": "+msg)) }
		if first, ok := seen[k.Value]; ok {
			errs.Add(diag.At(shown, k.Line, k.Value+" is set twice (first at line "+strconv.Itoa(first)+")"))
			continue
		}
		seen[k.Value] = k.Line
		if isNull(v) {
			continue // "name:" with nothing after it leaves the setting unset
		}
		switch k.Value {
		case "account", "name", "relationship":
			if v.Kind != yaml.ScalarNode {
				at("want a single value")
				continue
			}
			val := v.Value
			switch k.Value {
			case "account":
				if !validAccount(val) {
					at("unknown value " + strconv.Quote(val) + ": want " + wantAccount)
					continue
				}
				s.account = &val
			case "name":
				s.name = &val
			case "relationship":
				if !validRelationship(val) {
					at("unknown value " + strconv.Quote(val) + ": want " + wantRelationship())
					continue
				}
				s.relationship = &val
			}
		case "disable":
			if v.Kind != yaml.SequenceNode {
				at("want a list of rule ids, such as [link, shouting]")
				continue
			}
			ids := []string{} // given, even when empty
			for _, item := range v.Content {
				switch {
				case item.Kind != yaml.ScalarNode || isNull(item):
					errs.Add(diag.At(shown, item.Line, "disable: want a rule id, such as link"))
				case !knownRule(item.Value):
					errs.Add(diag.At(shown, item.Line, "disable: unknown rule "+strconv.Quote(item.Value)+": want "+wantRule()))
				default:
					ids = append(ids, item.Value)
				}
			}
			s.disable = ids
		case "format":
			errs.Add(diag.At(shown, k.Line, "format is not a setting of the file: choose it for each run with --format"))
		default:
			errs.Add(diag.At(shown, k.Line, "unknown key "+strconv.Quote(k.Value)+": want "+configKeys))
		}
	}
	return s, errs.Err()
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)`)

// yamlError positions a yaml.v3 syntax error ("yaml: line 3: could not find
// expected ':'"). yaml.v3 counts the lines of its parser's errors from 0 and
// those of its scanner's from 1, and names no line 0, so an error without
// a line is on the first; parserProblems tells the two kinds apart.
func yamlError(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if parserProblems[msg] {
			line++
		}
	}
	return diag.At(file, line, msg)
}

// parserProblems are the messages of yaml.v3's parser (parserc.go), as
// opposed to its scanner.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// cannot says that an operation on a file failed, with the reason alone
// ("permission denied") rather than Go's "open FILE: permission denied",
// which would repeat the name.
func cannot(op, name string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return "cannot " + op + " " + name + ": " + err.Error()
}
