/** What staff write into a unit's report: its section texts and settings, with who changed them and when (table report_edit). */
package vn.tonghop.reporttext;
