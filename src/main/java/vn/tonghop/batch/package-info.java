/** The only orchestrator of a run: the Spring Batch job (snapshot, intake, roll-up, outputs), its steps, run serialisation and restart (table run). */
package vn.tonghop.batch;
