/** Settings, the data directory, messages, the Vietnamese formatter, metrics and fault points: the ground every module stands on. */
package vn.tonghop.system;
