package dev.kaohe.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts and employees made for one test, with names no other test uses. */
final class IdentityFixtures {

    static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private IdentityFixtures() {
    }

    static String unique(String stem) {
        return stem + "-" + Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }

    /** Creates an account as first-run setup would (no signed-in caller). */
    static CurrentUser account(AccountService accounts, String username, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        long id = accounts.create(new AccountService.NewAccount(username, PASSWORD, username, null, set));
        return new CurrentUser(id, username, username, null, Set.copyOf(set), Set.of());
    }

    /** An active employee in a department of its own; returns {id, employeeNo}. */
    static Object[] employee(JdbcTemplate jdbc) {
        String code = unique("IDT").toUpperCase();
        Long unit = jdbc.queryForObject("insert into org_unit (code, name, kind) values (?, ?, 'DEPARTMENT') returning id",
                Long.class, code, "部门" + code);
        Long position = jdbc.queryForObject("insert into job_position (code, name, family) values (?, '销售代表', 'SALES_REP') returning id",
                Long.class, code);
        String employeeNo = code.length() > 30 ? code.substring(0, 30) : code;
        Long id = jdbc.queryForObject("""
                insert into employee (employee_no, name, org_unit_id, position_id, hire_date)
                values (?, '测试员工', ?, ?, date '2020-01-01') returning id""", Long.class, employeeNo, unit, position);
        return new Object[]{id, employeeNo};
    }
}
