/** The deterministic generator of the sample province and its returned forms. */
package vn.tonghop.sampledata;
