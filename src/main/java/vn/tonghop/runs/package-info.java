/** The consolidation runs and their history (table run): the one answer to "latest completed run". */
package vn.tonghop.runs;
