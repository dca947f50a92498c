// Package goldtest scores the checker against hand-labelled test cases;
// it is the engine behind "factlint test".
//
// A case is a folder of sources with a gold.json that lists the conflicts
// the checker must report and the traps (look-alike disagreements) it must
// not. Discover finds the cases, Load reads one, Run checks them all with
// a CheckFunc, and WriteText and WriteJSON print the result.
//
// # Matching
//
// Only failing findings count: those whose severity ranks at or above the
// fail level (report.SeverityRank). Report paths are display paths, so a
// report mention names a gold file when, cut to the case folder (as given
// or made absolute), it equals the gold file name, or, when it lies
// elsewhere, when its cleaned slash-separated path ends with the gold file
// name at a folder boundary.
//
// A report mention stands at a gold mention when it names the same file and
// starts on the same line and, when the report gives columns, its text
// overlaps the gold text there (Load finds where the gold text stands).
// Many sources hold a whole paragraph on one line; the span tells apart
// the values that share it.
//
// A gold conflict is found when one failing finding has mentions at two of
// its mentions whose gold values differ, under two different values of the
// finding (a finding that puts both on one side does not say they
// disagree), and each finding value is compatible with its gold value. The
// two mentions may be in one file, for a source that contradicts itself.
//
// Compatibility is lenient, because the position is the strong signal: it
// fails only when both values read the same way and clearly disagree.
// Dates, years, decades ("1890s") and intervals ("1890/1899") compare as
// day ranges that must meet, so "1993-04" matches "1993-04-15". Amounts
// compare as ranges widened by 0.5% ("57-58%", ">1"); amounts in different
// units are not compared. Names agree when they share a folded token
// ("Barry Meehan; Eddie Brennan" and "Meehan"). The conflict's kind picks
// the reading; "internal" tries each in turn. A gold value that reads no
// way ("handful") is accepted on position alone.
//
// A trap is violated when a failing finding has mentions at two of its
// mentions under two different values; position alone decides, and it
// counts even when the finding also finds a gold conflict.
//
// # Scoring
//
// Every failing finding is counted once: matched when it finds a gold
// conflict, a trap violation when it finds none but violates a trap, and
// false otherwise. Precision is matched findings over failing findings,
// so trap violations lower it too; with no failing findings it is 1.
// Recall is conflicts found over conflicts expected, 1 when none are.
// Conflicts marked "explicit": false need arithmetic or reasoning; they
// are counted apart and have no target.
//
// A case passes when its explicit recall reaches min_recall, its precision
// reaches min_precision (both 1 unless gold.json sets them), no trap is
// violated and the checker ran.
package goldtest
