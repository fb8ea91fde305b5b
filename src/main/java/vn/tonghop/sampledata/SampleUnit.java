package vn.tonghop.sampledata;

import vn.tonghop.orgunit.OrgUnit;

/** A generated grassroots union with the kind its figures are drawn for. */
record SampleUnit(OrgUnit unit, UnitKind kind) {
}
