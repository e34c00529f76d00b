package dev.kaohe.org.api;

import java.net.URI;
import java.util.List;

import dev.kaohe.org.PositionForm;
import dev.kaohe.org.PositionView;
import dev.kaohe.org.Positions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/positions")
class PositionApi {

    private final Positions positions;

    PositionApi(Positions positions) {
        this.positions = positions;
    }

    @GetMapping
    List<PositionView> list() {
        return positions.list();
    }

    @GetMapping("/{id}")
    PositionView get(@PathVariable long id) {
        return positions.get(id);
    }

    @PostMapping
    ResponseEntity<PositionView> create(@RequestBody PositionForm form) {
        PositionView created = positions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/positions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    PositionView update(@PathVariable long id, @RequestBody PositionForm form) {
        return positions.update(id, form);
    }

    @PostMapping("/{id}/deactivate")
    PositionView deactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return positions.deactivate(id, VersionRef.of(version));
    }

    @PostMapping("/{id}/reactivate")
    PositionView reactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return positions.reactivate(id, VersionRef.of(version));
    }
}
