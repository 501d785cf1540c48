package detect

import "testing"

func TestAcceptIt(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Your mission, should you choose to accept it, is to find the goats.", true},
		{"should you choose to accept\nit: nine washes", true},
		{"SHOULD YOU CHOOSE TO ACCEPT IT", true},
		{"Accept it or not.", true},
		{"We accept card payments at the counter.", false},
		{"accepting it", false},
		{"accept", false},
		{"", false},
	} {
		if got := acceptIt([]byte(tc.body)); got != tc.want {
			t.Errorf("acceptIt(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

func TestNameShapedIn(t *testing.T) {
	// It must find every shape kindAsName accepts; it may find some it
	// rejects ("Our Vision is …"), and must find none where no word in
	// lower case stands on both sides.
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"We named Vision after the view from the window.", true},
		{"we stop after *Vision* and go straight to the encore", true},
		{"the last tune,\nVision and the reprise", true},
		{"the encore, Vision and the reprise", true},
		{"## Vision\n\nEvery town has a lido.", false},
		{"Vision 2030 starts here.", false},
		{"We named it Vision.", false},
		{"", false},
	} {
		if got := nameShapedIn([]byte(tc.body), "Vision"); got != tc.want {
			t.Errorf("nameShapedIn(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}
