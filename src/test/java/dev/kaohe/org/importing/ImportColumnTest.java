package dev.kaohe.org.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportColumnTest {

    @Test
    void headersMatchInChineseEnglishAndWithHints() {
        assertThat(ImportColumn.forHeader("试用期（是/否）")).contains(ImportColumn.PROBATION);
        assertThat(ImportColumn.forHeader(" Employee_No ")).contains(ImportColumn.EMPLOYEE_NO);
        assertThat(ImportColumn.forHeader("*部门")).contains(ImportColumn.ORG_UNIT);
        assertThat(ImportColumn.forHeader("工资")).isEmpty();
    }
}
