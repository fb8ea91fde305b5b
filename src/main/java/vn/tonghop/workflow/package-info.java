/** The round's workflow: deadlines per level, who has reported on time, late or not yet, and whom to call. */
package vn.tonghop.workflow;
