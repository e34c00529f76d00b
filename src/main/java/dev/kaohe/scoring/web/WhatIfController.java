package dev.kaohe.scoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SchemeSpecs;
import dev.kaohe.scoring.SettingsSpec;
import dev.kaohe.scoring.SimulationRequest;
import dev.kaohe.scoring.SimulationResult;
import dev.kaohe.scoring.Simulations;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.ForcedDistribution;
import dev.kaohe.scoring.domain.GradeScale;
import dev.kaohe.scoring.internal.PopulationFiles;
import dev.kaohe.scoring.internal.SamplePopulation;
import dev.kaohe.scoring.internal.WhatIfComparison;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * What-if pages for HR, executives and admins: one scheme over a population ({@code /scoring/simulate}), or
 * two schemes over the same population side by side ({@code /scoring/what-if}). The population is the
 * built-in sample or an uploaded sheet; nothing is stored.
 */
@Controller
@RequestMapping("/scoring")
class WhatIfController {

    private final Simulations simulations;
    private final int sampleSize;
    private final int maxParticipants;

    WhatIfController(Simulations simulations, @Value("${kaohe.scoring.simulation.sample-size:20}") int sampleSize,
                     @Value("${kaohe.scoring.simulation.max-participants:20000}") int maxParticipants) {
        this.simulations = simulations;
        this.sampleSize = sampleSize;
        this.maxParticipants = maxParticipants;
    }

    /** What the form sends: two schemes (code and optional version), the population, and the shared settings. */
    static final class WhatIfForm {
        private String schemeA = SchemeSpecs.PRESET_A;
        private Integer versionA;
        private String schemeB = SchemeSpecs.PRESET_C;
        private Integer versionB;
        private String population = "sample";
        private MultipartFile file;
        private String gradeScale = "000";
        private String distribution = "";

        public String getSchemeA() { return schemeA; }
        public void setSchemeA(String v) { schemeA = v; }
        public Integer getVersionA() { return versionA; }
        public void setVersionA(Integer v) { versionA = v; }
        public String getSchemeB() { return schemeB; }
        public void setSchemeB(String v) { schemeB = v; }
        public Integer getVersionB() { return versionB; }
        public void setVersionB(Integer v) { versionB = v; }
        public String getPopulation() { return population; }
        public void setPopulation(String v) { population = v; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile v) { file = v; }
        public String getGradeScale() { return gradeScale; }
        public void setGradeScale(String v) { gradeScale = v; }
        public String getDistribution() { return distribution; }
        public void setDistribution(String v) { distribution = v; }

        SettingsSpec settings() {
            SettingsSpec s = SettingsSpec.defaults().withGradeScale(SettingsSpec.GradeScaleSpec.preset(
                    "SABCD".equals(gradeScale) ? "SABCD" : "000")).withPopulations(List.of("team"));
            if ("company".equals(distribution) || "team".equals(distribution)) {
                s = s.withDistribution(SettingsSpec.DistributionSpec.preset("003"), distribution);
            }
            return s;
        }
    }

    @ModelAttribute("schemes")
    List<dev.kaohe.scoring.SchemeSource.Summary> schemes() {
        return simulations.available();
    }

    @GetMapping("/what-if")
    String whatIf(@ModelAttribute("form") WhatIfForm form) {
        requireAnalyst();
        return "scoring/what-if";
    }

    @PostMapping("/what-if")
    String runWhatIf(@ModelAttribute("form") WhatIfForm form, Model model, HttpServletResponse response) {
        requireAnalyst();
        Locale locale = LocaleContextHolder.getLocale();
        return showingProblems("scoring/what-if", model, response, () -> {
            SchemeSpec a = simulations.resolve(form.getSchemeA(), form.getVersionA());
            SchemeSpec b = simulations.resolve(form.getSchemeB(), form.getVersionB());
            List<SimulationRequest.ParticipantInput> people = population(form, List.of(a, b), locale);
            SettingsSpec settings = form.settings();
            SimulationResult ra = simulations.run(a, settings, only(a, people), locale);
            SimulationResult rb = simulations.run(b, settings, only(b, people), locale);
            model.addAttribute("comparison", WhatIfComparison.of(ra, rb, gradeOrder(settings)));
        });
    }

    @GetMapping("/what-if/template")
    ResponseEntity<byte[]> template(@ModelAttribute("form") WhatIfForm form) {
        requireAnalyst();
        List<SchemeSpec> chosen = new ArrayList<>();
        chosen.add(simulations.resolve(form.getSchemeA(), form.getVersionA()));
        if (form.getSchemeB() != null && !form.getSchemeB().isBlank()) {
            chosen.add(simulations.resolve(form.getSchemeB(), form.getVersionB()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("population-template.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(PopulationFiles.template(chosen));
    }

    @GetMapping("/simulate")
    String simulate(@ModelAttribute("form") WhatIfForm form) {
        requireAnalyst();
        return "scoring/simulate";
    }

    @PostMapping("/simulate")
    String runSimulate(@ModelAttribute("form") WhatIfForm form, Model model, HttpServletResponse response) {
        requireAnalyst();
        Locale locale = LocaleContextHolder.getLocale();
        return showingProblems("scoring/simulate", model, response, () -> {
            SchemeSpec a = simulations.resolve(form.getSchemeA(), form.getVersionA());
            List<SimulationRequest.ParticipantInput> people = population(form, List.of(a), locale);
            SimulationResult result = simulations.run(a, form.settings(), only(a, people), locale);
            List<SimulationResult.Person> ranked = new ArrayList<>(result.people());
            ranked.sort(java.util.Comparator.comparing((SimulationResult.Person p) -> p.companyPlace() == null ? Integer.MAX_VALUE
                    : p.companyPlace().rank()).thenComparing(SimulationResult.Person::id));
            model.addAttribute("result", result);
            model.addAttribute("ranked", ranked);
        });
    }

    /** Runs {@code work}; bad input or an unknown scheme shows on the same page with 400 or 404. */
    private static String showingProblems(String view, Model model, HttpServletResponse response, Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problems", List.of(FieldProblem.of("scheme", e.getMessage())));
        }
        return view;
    }

    private List<SimulationRequest.ParticipantInput> population(WhatIfForm form, List<SchemeSpec> schemes, Locale locale) {
        if (!"file".equals(form.getPopulation())) {
            return SamplePopulation.of(sampleSize, schemes);
        }
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", dev.kaohe.scoring.domain.Describable.pick(locale, "请选择文件", "choose a file"));
        }
        try (InputStream in = file.getInputStream()) {
            return PopulationFiles.read(file.getOriginalFilename(), in, schemes, maxParticipants, locale);
        } catch (IOException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    /** The population's values for the items of {@code scheme}; a sheet may carry columns of the other scheme. */
    private static List<SimulationRequest.ParticipantInput> only(SchemeSpec scheme, List<SimulationRequest.ParticipantInput> people) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        scheme.items().forEach(i -> codes.add(i.code()));
        return people.stream().map(p -> {
            java.util.Map<String, SimulationRequest.ItemValues> inputs = new java.util.LinkedHashMap<>(p.inputs());
            inputs.keySet().retainAll(codes);
            return new SimulationRequest.ParticipantInput(p.id(), p.name(), p.groups(), inputs, p.teamAttainment(), p.bonuses());
        }).toList();
    }

    /** Grade codes best first, for counting how many grades someone moved. */
    private static List<String> gradeOrder(SettingsSpec spec) {
        EvaluationSettings settings = SchemeSpecs.settingsToDomain(spec);
        if (settings.officialGrade() == EvaluationSettings.OfficialGrade.DISTRIBUTION) {
            return settings.distribution().bands().stream().map(ForcedDistribution.QuotaBand::grade).map(g -> g.code()).toList();
        }
        return settings.gradeScale().bands().stream().map(GradeScale.Band::grade).map(g -> g.code()).toList();
    }

    private static void requireAnalyst() {
        if (!CurrentUser.get().hasAny(Role.HR, Role.EXECUTIVE, Role.ADMIN)) {
            throw new AccessDeniedException("what-if simulations are for HR, executives and admins");
        }
    }
}
