/** The performance benchmark: a generated province run end to end against bare-read floors. */
package vn.tonghop.bench;
