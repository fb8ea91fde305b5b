/** Rendering only: the mid-term review as JasperReports PDF, from values it is handed. */
package vn.tonghop.report;
