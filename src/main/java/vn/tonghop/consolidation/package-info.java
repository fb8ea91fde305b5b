/** Roll-up of accepted submissions along the tree by aggregation class, a unit's figures, completeness (tables unit_total, rollup_sums). */
package vn.tonghop.consolidation;
