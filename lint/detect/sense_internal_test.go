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
