package dev.kaohe.platform.jobs;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@IntegrationTest
class BackgroundJobsIT {

    private static final CurrentUser OWNER = TestUsers.user("job-owner", null, Role.HR);
    private static final CurrentUser SOMEONE_ELSE = TestUsers.user("job-other", null, Role.HR);

    @Autowired BackgroundJobs jobs;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aJobReportsProgressAndEndsWithItsResultLink() throws Exception {
        UUID id = startAs(OWNER, progress -> {
            for (int i = 1; i <= 50; i++) {
                progress.update(i, 50L, "row " + i);
            }
            return "/org/import/done";
        });

        JobView job = awaitFinished(OWNER, id);
        assertThat(job.status()).isEqualTo(JobView.JobStatus.DONE);
        assertThat(job.done()).isEqualTo(50);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.resultLink()).isEqualTo("/org/import/done");
        assertThat(job.owner()).isEqualTo("job-owner");
    }

    @Test
    void progressShowsWhileTheWorkIsStillInsideItsTransaction() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID id = startAs(OWNER, progress -> transactions.execute(tx -> {
            jdbc.queryForObject("select 1", Integer.class);
            progress.update(7, 10L, "halfway");
            reported.countDown();
            await(release);
            return null;
        }));

        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        JobView running = asUser(OWNER, () -> jobs.get(id));
        assertThat(running.status()).isEqualTo(JobView.JobStatus.RUNNING);
        assertThat(running.done()).isEqualTo(7);
        assertThat(running.percent()).isEqualTo(70);
        release.countDown();
        assertThat(awaitFinished(OWNER, id).status()).isEqualTo(JobView.JobStatus.DONE);
    }

    @Test
    void theOwnerCancelsAJobBetweenUnitsOfWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        UUID id = startAs(OWNER, progress -> {
            started.countDown();
            for (int i = 0; i < 10_000; i++) {
                progress.checkCancelled();
                Thread.sleep(5);
            }
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        asUser(OWNER, () -> jobs.cancel(id));

        assertThat(awaitFinished(OWNER, id).status()).isEqualTo(JobView.JobStatus.CANCELLED);
    }

    @Test
    void aFailingJobSaysWhy() throws Exception {
        UUID id = startAs(OWNER, progress -> {
            throw new IllegalStateException("第 3 行:部门不存在");
        });

        JobView job = awaitFinished(OWNER, id);
        assertThat(job.status()).isEqualTo(JobView.JobStatus.FAILED);
        assertThat(job.message()).contains("第 3 行");
    }

    @Test
    void onlyTheOwnerOrAnAdminSeesAJob() throws Exception {
        UUID id = startAs(OWNER, progress -> null);
        awaitFinished(OWNER, id);

        assertThatThrownBy(() -> asUser(SOMEONE_ELSE, () -> jobs.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(asUser(TestUsers.user("job-admin", null, Role.ADMIN), () -> jobs.get(id)).id()).isEqualTo(id);
        mvc.perform(get("/api/v1/jobs/{id}", id).with(TestUsers.as(SOMEONE_ELSE))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageShowsAProgressBarAndHtmxGetsOnlyTheFragment() throws Exception {
        UUID id = startAs(OWNER, progress -> "/employees");
        awaitFinished(OWNER, id);

        mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-bar\"")))
                .andExpect(content().string(containsString("id=\"job-result\"")))
                .andExpect(content().string(containsString("<nav")));
        mvc.perform(get("/jobs/{id}", id).header("HX-Request", "true").with(TestUsers.as(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-progress\"")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    private UUID startAs(CurrentUser user, BackgroundJobs.Work work) {
        return asUser(user, () -> jobs.start("org.import", work));
    }

    private JobView awaitFinished(CurrentUser user, UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JobView job = asUser(user, () -> jobs.get(id));
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            job = asUser(user, () -> jobs.get(id));
        }
        return job;
    }

    private static <T> T asUser(CurrentUser user, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
