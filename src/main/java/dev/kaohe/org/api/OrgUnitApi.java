package dev.kaohe.org.api;

import java.net.URI;
import java.util.List;

import dev.kaohe.org.OrgUnitForm;
import dev.kaohe.org.OrgUnitNode;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.OrgUnits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApi {

    private final OrgUnits units;

    OrgUnitApi(OrgUnits units) {
        this.units = units;
    }

    @GetMapping
    List<OrgUnitView> list() {
        return units.list();
    }

    @GetMapping("/tree")
    List<OrgUnitNode> tree() {
        return units.tree();
    }

    @GetMapping("/{id}")
    OrgUnitView get(@PathVariable long id) {
        return units.get(id);
    }

    @PostMapping
    ResponseEntity<OrgUnitView> create(@RequestBody OrgUnitForm form) {
        OrgUnitView created = units.create(form);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    OrgUnitView update(@PathVariable long id, @RequestBody OrgUnitForm form) {
        return units.update(id, form);
    }

    @PostMapping("/{id}/deactivate")
    OrgUnitView deactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return units.deactivate(id, VersionRef.of(version));
    }

    @PostMapping("/{id}/reactivate")
    OrgUnitView reactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return units.reactivate(id, VersionRef.of(version));
    }
}
