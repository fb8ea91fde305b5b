/** The congress term targets per unit and indicator (table target). */
package vn.tonghop.targets;
