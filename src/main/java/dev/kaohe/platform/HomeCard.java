package dev.kaohe.platform;

import java.util.Set;

/**
 * A tile on a person's home page. Each module contributes the tiles of its capabilities; a tile shows
 * for anyone holding one of {@code roles} (role names such as {@code HR}).
 */
public record HomeCard(int order, String titleKey, String textKey, String link, Set<String> roles) {

    /** Implemented by modules that put tiles on the home page. */
    public interface Provider {
        java.util.List<HomeCard> homeCards();
    }
}
