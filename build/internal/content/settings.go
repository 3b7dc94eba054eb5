package content

import (
	"regexp"

	"github.com/connectwell/connectwell/build/internal/diag"
)

func loadSettings(path string, s *Settings) error {
	src, err := readFile(path)
	if err != nil {
		return err
	}
	if err := decodeYAML(path, 0, src, s); err != nil {
		return err
	}
	var errs diag.List
	if s.Title == "" {
		errs.Add(diag.At(path, 0, "title is missing"))
	}
	if s.Language == "" {
		s.Language = "en"
	}
	return errs.Err()
}

// Advice is one point the guide must teach (ids A1 to E10).
type Advice struct {
	ID      string `yaml:"id"`
	Summary string `yaml:"summary"`
	Line    int    `yaml:"-"`
}

var adviceID = regexp.MustCompile(`^[A-Z][0-9]+$`)

func loadAdvice(path string) ([]Advice, error) {
	list, lines, err := loadList[Advice](path)
	if err != nil {
		return nil, err
	}
	var errs diag.List
	seen := map[string]bool{}
	for i := range list {
		a := &list[i]
		a.Line = lineOf(lines, i)
		switch {
		case !adviceID.MatchString(a.ID):
			errs.Add(diag.At(path, a.Line, "advice id "+quote(a.ID)+" must be a letter and a number, such as B7"))
		case seen[a.ID]:
			errs.Add(diag.At(path, a.Line, "advice id "+a.ID+" is listed twice"))
		case a.Summary == "":
			errs.Add(diag.At(path, a.Line, "advice "+a.ID+" has no summary"))
		}
		seen[a.ID] = true
	}
	return list, errs.Err()
}
