/** Apache POI only: the template writer, the tolerant reader and the annotated-copy writer. */
package vn.tonghop.workbook;
