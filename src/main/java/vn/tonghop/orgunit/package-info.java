/** The registry tree with validity dates, and scopes within it (tables org_unit and its change log). */
package vn.tonghop.orgunit;
