/** The reporting rounds (đợt báo cáo): a form, its years, the date the tree is taken at, a title. */
package vn.tonghop.rounds;
