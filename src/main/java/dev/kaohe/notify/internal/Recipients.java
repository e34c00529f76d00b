package dev.kaohe.notify.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What delivery needs to know about a person: name, e-mail address (the org module's {@code employee.email}),
 * whether they are still employed, their language and the kinds they switched off for e-mail. Read-only SQL on
 * the employee table (see the package documentation).
 */
@Component
public class Recipients {

    private final NamedParameterJdbcTemplate jdbc;

    Recipients(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Recipient> find(long employeeId) {
        return jdbc.query("""
                        select e.id, e.name, e.email, e.status, p.language
                        from employee e left join notify_preference p on p.employee_id = e.id
                        where e.id = :id""", Map.of("id", employeeId),
                (rs, i) -> new Recipient(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                        "ACTIVE".equals(rs.getString("status")), rs.getString("language"))).stream().findFirst();
    }

    public Set<String> emailOffKinds(long employeeId) {
        return new TreeSet<>(jdbc.queryForList("select kind from notify_email_off where employee_id = :id",
                Map.of("id", employeeId), String.class));
    }

    /** Kinds this person has received, for the preference page. */
    public List<String> receivedKinds(long employeeId) {
        return jdbc.queryForList("select distinct kind from notice where recipient_employee_id = :id order by kind",
                Map.of("id", employeeId), String.class);
    }

    /**
     * @param language null when the person has not chosen one
     */
    public record Recipient(long employeeId, String name, String email, boolean active, String language) {

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }
}
