package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.Optional;

import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.RoundRejected;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;

/** The round a command's {@code --round} names, or the only open one; why not, in words, when there is none. */
final class RoundOption {

	private RoundOption() {
	}

	static Optional<Round> choose(Rounds rounds, String code, Messages messages, PrintWriter err) {
		try {
			return Optional.of(rounds.chosen(code));
		}
		catch (RoundRejected rejected) {
			err.println(messages.get(rejected.key(), rejected.messageArgs()));
			return Optional.empty();
		}
	}
}
