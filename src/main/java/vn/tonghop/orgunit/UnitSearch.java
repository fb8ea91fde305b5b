package vn.tonghop.orgunit;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.tonghop.system.Text;

/** Finds units in a scope by code or name, typed with or without Vietnamese diacritics. */
@Service
public class UnitSearch {

	/** The units in scope whose code or name contains every word of {@code query}, in tree order. */
	public List<OrgUnit> search(Scope scope, String query, int limit) {
		String[] words = Text.fold(query).split(" ");
		return scope.units()
			.stream()
			.filter(u -> {
				String haystack = Text.fold(u.code() + " " + u.name());
				for (String word : words) {
					if (!haystack.contains(word)) {
						return false;
					}
				}
				return true;
			})
			.limit(limit)
			.toList();
	}
}
