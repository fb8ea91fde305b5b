/** What a run leaves on disk: totals.csv, findings.csv, annotated copies, each unit's report files and exports, and latest/. */
package vn.tonghop.outputs;
