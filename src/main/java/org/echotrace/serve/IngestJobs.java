package org.echotrace.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest runs started from the server, one at a time on a background thread (the store has one writer), with
 * their progress for the ingest page to poll. The last {@value #KEPT} jobs are remembered.
 */
public final class IngestJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    static final int KEPT = 50;

    private final Ingester ingester;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "echotrace-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger counter = new AtomicInteger();

    public IngestJobs(Ingester ingester) {
        this.ingester = ingester;
    }

    /** Queues an ingest of {@code inputs} (which must exist); {@code cleanup} is deleted afterwards (uploads). */
    public String start(String label, List<Path> inputs, Path cleanup) {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw ApiException.badRequest("no such file or folder on the server: " + Params.clip(p.toString()));
            }
        }
        String id = "j" + counter.incrementAndGet();
        Job job = new Job(id, label, inputs.size());
        synchronized (jobs) {
            jobs.put(id, job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        worker.submit(() -> run(job, List.copyOf(inputs), cleanup));
        return id;
    }

    private void run(Job job, List<Path> inputs, Path cleanup) {
        job.state = "running";
        job.started = Instant.now().toString();
        try {
            long added = ingester.ingest(inputs, (done, total, posts, problems, last) -> {
                job.inputsDone = done;
                job.inputsTotal = total;
                job.posts = posts;
                job.problems = problems;
                if (last != null) {
                    job.lastProblem = last;
                }
            });
            job.posts = Math.max(job.posts, added);
            job.inputsDone = job.inputsTotal;
            job.state = "done";
        } catch (Exception e) {
            LOG.warn("ingest job {} failed", job.id, e);
            job.state = "failed";
            job.lastProblem = e.getMessage() == null ? "ingest failed" : e.getMessage();
        } finally {
            job.finished = Instant.now().toString();
            if (cleanup != null) {
                Uploads.deleteTree(cleanup);
            }
        }
    }

    public Optional<Answer> status(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.answer());
    }

    /** Every remembered job, newest first. */
    public Table list() {
        List<List<Object>> rows = new ArrayList<>();
        List<Job> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        for (Job j : all) {
            rows.add(java.util.Arrays.asList(j.id, j.label, j.state, j.inputsDone, j.inputsTotal, j.posts, j.problems,
                    j.started, j.finished));
        }
        return Table.of(List.of("id", "label", "state", "inputs_done", "inputs_total", "posts", "problems", "started",
                "finished"), rows);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final String label;
        volatile String state = "queued";
        volatile int inputsDone;
        volatile int inputsTotal;
        volatile long posts;
        volatile long problems;
        volatile String lastProblem;
        volatile String started;
        volatile String finished;

        Job(String id, String label, int inputs) {
            this.id = id;
            this.label = label;
            this.inputsTotal = inputs;
        }

        Answer answer() {
            return Answer.of().put("id", id).put("label", label).put("state", state).put("inputs_done", inputsDone)
                    .put("inputs_total", inputsTotal).put("posts", posts).put("problems", problems)
                    .put("last_problem", lastProblem).put("started", started).put("finished", finished);
        }
    }
}
