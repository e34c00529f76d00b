package dev.kaohe.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.org.demo.DemoGenerator;
import dev.kaohe.org.demo.DemoOrganisation;
import dev.kaohe.org.demo.DemoPlan;
import dev.kaohe.org.demo.DemoWriter;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads 华信消费品有限公司, a realistic and deterministic marketing organisation, into the org tables: the
 * same seed gives the same people on the same day (dates are relative to today, so new hires stay new).
 * The caller decides who may do this; setup loads it before any account exists.
 */
@Service
public class DemoCompany {

    public static final String DEFAULT_PREFIX = "KH";
    public static final long DEFAULT_SEED = 20_240_601L;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCompany.class);

    private final DemoWriter writer;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DemoCompany(DemoWriter writer, AuditTrail auditTrail, Clock clock) {
        this.writer = writer;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Summary load(DemoSize size) {
        return generate(DEFAULT_PREFIX, size.employees(), DEFAULT_SEED);
    }

    @Transactional
    public Summary generate(int employees, long seed) {
        return generate(DEFAULT_PREFIX, employees, seed);
    }

    /**
     * @param prefix starts every employee number and code (1–8 capital letters), so several demo companies can
     *               live side by side; a prefix already in use is refused with 409 and nothing is written
     */
    @Transactional
    public Summary generate(String prefix, int employees, long seed) {
        long started = System.nanoTime();
        DemoPlan plan;
        try {
            plan = new DemoPlan(prefix, employees, seed, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().startsWith("prefix") ? "prefix" : "employees", e.getMessage());
        }
        DemoOrganisation organisation = DemoGenerator.generate(plan);
        long generated = System.nanoTime();
        List<String> taken = writer.existingKeys(organisation);
        if (!taken.isEmpty()) {
            throw new ConflictException("演示公司已存在 / the demo company with prefix " + prefix
                    + " is already loaded (existing: " + String.join(", ", taken) + ")");
        }
        long checked = System.nanoTime();
        long[] ids = writer.write(organisation, clock.instant());
        log.info("demo company {}: generated in {} ms, checked in {} ms, written in {} ms", prefix,
                (generated - started) / 1_000_000, (checked - generated) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        Summary summary = summarise(plan, organisation, ids, (System.nanoTime() - started) / 1_000_000);
        auditTrail.record("demo.load", "org", prefix, null, summary.counts());
        return summary;
    }

    private static Summary summarise(DemoPlan plan, DemoOrganisation organisation, long[] ids, long millis) {
        List<Person> people = new ArrayList<>(organisation.people().size());
        for (int i = 0; i < ids.length; i++) {
            DemoOrganisation.Person p = organisation.people().get(i);
            people.add(new Person(ids[i], p.employeeNo(), p.name(), Rank.valueOf(p.rank().name()),
                    p.status() == EmployeeStatus.ACTIVE));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("prefix", plan.prefix());
        counts.put("seed", plan.seed());
        counts.put("referenceDate", plan.referenceDate().toString());
        counts.put("orgUnits", organisation.units().size());
        counts.put("regions", organisation.regions().size());
        counts.put("positions", organisation.positions().size());
        counts.put("employees", people.size());
        counts.put("active", people.stream().filter(Person::active).count());
        counts.put("probation", organisation.people().stream().filter(DemoOrganisation.Person::probation).count());
        return new Summary(plan.prefix(), plan.seed(), organisation.units().size(), organisation.regions().size(),
                organisation.positions().size(), List.copyOf(people), millis, counts);
    }

    /** Where someone stands in the demo company's reporting tree. */
    public enum Rank {
        DIRECTOR, DEPARTMENT_MANAGER, TEAM_LEAD, SUPERVISOR, STAFF
    }

    public record Person(long id, String employeeNo, String name, Rank rank, boolean active) {
    }

    /**
     * What was loaded.
     *
     * @param people everyone, the director first, then department managers, then team by team
     * @param millis generation and writing time
     * @param counts the figures recorded in the audit trail
     */
    public record Summary(String prefix, long seed, int orgUnits, int regions, int positions, List<Person> people,
                          long millis, Map<String, Object> counts) {

        public Person director() {
            return first(Rank.DIRECTOR);
        }

        public Person first(Rank rank) {
            return people.stream().filter(p -> p.rank() == rank && p.active()).findFirst().orElseThrow();
        }

        public int employees() {
            return people.size();
        }
    }
}
