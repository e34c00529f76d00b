package dev.kaohe.org.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Departments, positions or regions by code and by name, for resolving what a sheet names. A value is
 * looked up as a code first, then as a name; a name shared by two records must be given as a code.
 */
final class Catalogue {

    record Entry(long id, String code, String name, boolean active) {
    }

    /** Either the entry found, or the message key of why not. */
    record Resolution(Entry entry, String problemKey) {
    }

    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final List<Entry> entries;

    Catalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            byCode.put(entry.code(), entry);
            byName.computeIfAbsent(entry.name(), name -> new ArrayList<>()).add(entry);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Entry byCode(String code) {
        return byCode.get(code);
    }

    Resolution resolve(String value, String unknownKey) {
        Entry entry = byCode.get(value);
        if (entry != null) {
            return new Resolution(entry, null);
        }
        List<Entry> named = byName.getOrDefault(value, List.of());
        if (named.size() == 1) {
            return new Resolution(named.get(0), null);
        }
        return new Resolution(null, named.isEmpty() ? unknownKey : "import.problem.ambiguousName");
    }
}
