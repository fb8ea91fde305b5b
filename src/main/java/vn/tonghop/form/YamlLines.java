package vn.tonghop.form;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.List;
import java.util.Optional;

/**
 * Where an entry of a YAML file is: the line of the deepest node a dot-separated path reaches. A list element is
 * reached by its {@code code} or {@code id} value, or by its index. Used only to name faults, so a path that goes
 * astray stops at the last node it found rather than failing.
 */
final class YamlLines {

	private final Node root;

	YamlLines(String text) {
		Node composed;
		try {
			composed = new Compose(LoadSettings.builder().build()).composeString(text).orElse(null);
		}
		catch (RuntimeException unreadable) {
			composed = null;
		}
		this.root = composed;
	}

	/** The 1-based line of the entry, or of its nearest ancestor the file has; 0 when the file has none. */
	int lineOf(String path) {
		if (root == null) {
			return 0;
		}
		Node node = root;
		Node named = root;
		for (String segment : path.split("\\.")) {
			Optional<Node> next = child(node, segment);
			if (next.isEmpty()) {
				break;
			}
			Node parent = node;
			node = next.get();
			// A list or mapping under a key is named at the key's line (its items start on the lines below it).
			named = node instanceof SequenceNode || node instanceof MappingNode ? key(parent, segment).orElse(node) : node;
		}
		return named.getStartMark().map(m -> m.getLine() + 1).orElse(0);
	}

	private static Optional<Node> key(Node parent, String key) {
		if (parent instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
					return Optional.of(tuple.getKeyNode());
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Node> child(Node node, String segment) {
		if (node instanceof MappingNode mapping) {
			return value(mapping, segment);
		}
		if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (Node item : items) {
				if (item instanceof MappingNode m && (segment.equals(scalar(m, "code")) || segment.equals(scalar(m, "id")))) {
					return Optional.of(item);
				}
				if (item instanceof ScalarNode s && segment.equals(s.getValue())) {
					return Optional.of(item);
				}
			}
			if (segment.matches("\\d+") && Integer.parseInt(segment) < items.size()) {
				return Optional.of(items.get(Integer.parseInt(segment)));
			}
		}
		return Optional.empty();
	}

	private static Optional<Node> value(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
				return Optional.of(tuple.getValueNode());
			}
		}
		return Optional.empty();
	}

	private static String scalar(MappingNode mapping, String key) {
		return value(mapping, key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue()).orElse(null);
	}
}
