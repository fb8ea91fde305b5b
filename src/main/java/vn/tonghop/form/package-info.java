/** The form definition, loaded from data: indicators, types, aggregation classes, rules. Knows no other module. */
package vn.tonghop.form;
