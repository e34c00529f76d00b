package dev.kaohe.org.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.OrgUnitForm;
import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.org.PositionForm;
import dev.kaohe.org.Positions;
import dev.kaohe.org.RegionForm;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.Regions;
import dev.kaohe.platform.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation page (unit tree, regions, positions) and the HR forms for each. */
@Controller
class OrgController {

    private final OrgUnits units;
    private final Regions regions;
    private final Positions positions;
    private final AccessPolicy access;
    private final Messages messages;
    private final FormActions forms;

    OrgController(OrgUnits units, Regions regions, Positions positions, AccessPolicy access, Messages messages) {
        this.units = units;
        this.regions = regions;
        this.positions = positions;
        this.access = access;
        this.messages = messages;
        this.forms = new FormActions(messages);
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/org")
    String index(Model model) {
        model.addAttribute("units", units.tree());
        model.addAttribute("regions", regions.tree());
        model.addAttribute("positions", positions.list());
        model.addAttribute("canManage", access.canManageOrg(CurrentUser.get()));
        return "org/index";
    }

    // --- units

    @GetMapping("/org/units/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        access.requireOrgManager(CurrentUser.get());
        UnitFormData form = new UnitFormData();
        form.parentId = parentId;
        form.kind = parentId == null ? OrgUnitKind.COMPANY : OrgUnitKind.TEAM;
        return unitForm(model, form, null, Map.of());
    }

    @GetMapping("/org/units/{id}/edit")
    String editUnit(@PathVariable long id, Model model) {
        access.requireOrgManager(CurrentUser.get());
        return unitForm(model, UnitFormData.of(OrgUnitForm.of(units.get(id))), id, Map.of());
    }

    @PostMapping({"/org/units", "/org/units/{id}"})
    String saveUnit(@PathVariable(required = false) Long id, @ModelAttribute("form") UnitFormData form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        return save(binding, model, redirect, errors -> unitForm(model, form, id, errors),
                () -> id == null ? units.create(form.toForm()) : units.update(id, form.toForm()));
    }

    @PostMapping("/org/units/{id}/{action:deactivate|reactivate}")
    String unitStatus(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        return status("/org/units/", id, action, version, units::deactivate, units::reactivate, redirect);
    }

    private String unitForm(Model model, UnitFormData form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("unit", id == null ? null : units.get(id));
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("unitOptions", Options.ofUnits(units.tree()));
        return "org/unit-form";
    }

    // --- regions

    @GetMapping("/org/regions/new")
    String newRegion(@RequestParam(required = false) Long parentId, Model model) {
        access.requireOrgManager(CurrentUser.get());
        RegionFormData form = new RegionFormData();
        form.parentId = parentId;
        form.level = parentId == null ? RegionLevel.MACRO : RegionLevel.CITY;
        return regionForm(model, form, null, Map.of());
    }

    @GetMapping("/org/regions/{id}/edit")
    String editRegion(@PathVariable long id, Model model) {
        access.requireOrgManager(CurrentUser.get());
        return regionForm(model, RegionFormData.of(RegionForm.of(regions.get(id))), id, Map.of());
    }

    @PostMapping({"/org/regions", "/org/regions/{id}"})
    String saveRegion(@PathVariable(required = false) Long id, @ModelAttribute("form") RegionFormData form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        return save(binding, model, redirect, errors -> regionForm(model, form, id, errors),
                () -> id == null ? regions.create(form.toForm()) : regions.update(id, form.toForm()));
    }

    @PostMapping("/org/regions/{id}/{action:deactivate|reactivate}")
    String regionStatus(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
                        RedirectAttributes redirect) {
        return status("/org/regions/", id, action, version, regions::deactivate, regions::reactivate, redirect);
    }

    private String regionForm(Model model, RegionFormData form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("regionId", id);
        model.addAttribute("region", id == null ? null : regions.get(id));
        model.addAttribute("errors", errors);
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("regionOptions", Options.ofRegions(regions.tree()));
        return "org/region-form";
    }

    // --- positions

    @GetMapping("/org/positions/new")
    String newPosition(Model model) {
        access.requireOrgManager(CurrentUser.get());
        return positionForm(model, new PositionFormData(), null, Map.of());
    }

    @GetMapping("/org/positions/{id}/edit")
    String editPosition(@PathVariable long id, Model model) {
        access.requireOrgManager(CurrentUser.get());
        return positionForm(model, PositionFormData.of(PositionForm.of(positions.get(id))), id, Map.of());
    }

    @PostMapping({"/org/positions", "/org/positions/{id}"})
    String savePosition(@PathVariable(required = false) Long id, @ModelAttribute("form") PositionFormData form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        return save(binding, model, redirect, errors -> positionForm(model, form, id, errors),
                () -> id == null ? positions.create(form.toForm()) : positions.update(id, form.toForm()));
    }

    @PostMapping("/org/positions/{id}/{action:deactivate|reactivate}")
    String positionStatus(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        return status("/org/positions/", id, action, version, positions::deactivate, positions::reactivate, redirect);
    }

    private String positionForm(Model model, PositionFormData form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("positionId", id);
        model.addAttribute("position", id == null ? null : positions.get(id));
        model.addAttribute("errors", errors);
        model.addAttribute("families", PositionFamily.values());
        return "org/position-form";
    }

    // --- shared

    private String save(BindingResult binding, Model model, RedirectAttributes redirect,
                        Function<Map<String, String>, String> showForm, Supplier<?> write) {
        return forms.save(FormErrors.ofBinding(binding, messages), Map.of(), model, redirect, showForm, () -> {
            write.get();
            return "/org";
        });
    }

    private String status(String path, long id, String action, Long version, BiConsumer<Long, Long> deactivate,
                          BiConsumer<Long, Long> reactivate, RedirectAttributes redirect) {
        boolean deactivating = action.equals("deactivate");
        BiConsumer<Long, Long> change = deactivating ? deactivate : reactivate;
        return forms.changeStatus(deactivating, () -> change.accept(id, version), "/org", path + id + "/edit", redirect);
    }

    public static class UnitFormData {
        public String code;
        public String name;
        public OrgUnitKind kind;
        public Long parentId;
        public Integer sortOrder;
        public Long version;

        static UnitFormData of(OrgUnitForm f) {
            UnitFormData d = new UnitFormData();
            d.code = f.code();
            d.name = f.name();
            d.kind = f.kind();
            d.parentId = f.parentId();
            d.sortOrder = f.sortOrder();
            d.version = f.version();
            return d;
        }

        OrgUnitForm toForm() {
            return new OrgUnitForm(code, name, kind, parentId, sortOrder, version);
        }
    }

    public static class RegionFormData {
        public String code;
        public String name;
        public RegionLevel level;
        public Long parentId;
        public String tags;
        public Long version;

        static RegionFormData of(RegionForm f) {
            RegionFormData d = new RegionFormData();
            d.code = f.code();
            d.name = f.name();
            d.level = f.level();
            d.parentId = f.parentId();
            d.tags = f.tags() == null ? null : String.join(", ", f.tags());
            d.version = f.version();
            return d;
        }

        RegionForm toForm() {
            return new RegionForm(code, name, level, parentId, tags == null ? List.of() : List.of(tags), version);
        }
    }

    public static class PositionFormData {
        public String code;
        public String name;
        public PositionFamily family;
        public String description;
        public Long version;

        static PositionFormData of(PositionForm f) {
            PositionFormData d = new PositionFormData();
            d.code = f.code();
            d.name = f.name();
            d.family = f.family();
            d.description = f.description();
            d.version = f.version();
            return d;
        }

        PositionForm toForm() {
            return new PositionForm(code, name, family, description, version);
        }
    }
}
