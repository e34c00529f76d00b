package dev.kaohe.org.api;

import java.net.URI;
import java.util.List;

import dev.kaohe.org.RegionForm;
import dev.kaohe.org.RegionNode;
import dev.kaohe.org.RegionView;
import dev.kaohe.org.Regions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    List<RegionView> list() {
        return regions.list();
    }

    @GetMapping("/tree")
    List<RegionNode> tree() {
        return regions.tree();
    }

    @GetMapping("/{id}")
    RegionView get(@PathVariable long id) {
        return regions.get(id);
    }

    @PostMapping
    ResponseEntity<RegionView> create(@RequestBody RegionForm form) {
        RegionView created = regions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    RegionView update(@PathVariable long id, @RequestBody RegionForm form) {
        return regions.update(id, form);
    }

    @PostMapping("/{id}/deactivate")
    RegionView deactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return regions.deactivate(id, VersionRef.of(version));
    }

    @PostMapping("/{id}/reactivate")
    RegionView reactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return regions.reactivate(id, VersionRef.of(version));
    }
}
