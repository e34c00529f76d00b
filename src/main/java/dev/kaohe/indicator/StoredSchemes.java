package dev.kaohe.indicator;

import java.util.List;
import java.util.Optional;

import dev.kaohe.scoring.SchemeSource;
import dev.kaohe.scoring.SchemeSpec;
import org.springframework.stereotype.Component;

/** The scoring engine's view of the stored schemes: by code and version number, null meaning the latest. */
@Component
class StoredSchemes implements SchemeSource {

    private final Schemes schemes;

    StoredSchemes(Schemes schemes) {
        this.schemes = schemes;
    }

    @Override
    public Optional<SchemeSpec> find(String code, Integer version) {
        return code == null ? Optional.empty() : schemes.find(code, version);
    }

    @Override
    public List<Summary> available() {
        return schemes.allActive().stream().filter(s -> s.latestVersion() > 0)
                .map(s -> new Summary(s.code(), s.name(), s.latestVersion())).toList();
    }
}
