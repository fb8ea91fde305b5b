/** The form's rules over a read submission, scope on write, and a workbook read and checked as one step. */
package vn.tonghop.validation;
