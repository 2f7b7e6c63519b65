package org.smtpsentry.audit.password;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tries each account's candidates against its stored password, in parallel on a fixed set of threads. Cheap schemes
 * go first, whole; slow schemes (bcrypt, Argon2, PBKDF2, SCRAM) go last, round-robin over the accounts so that the
 * time budget is spent on every account's likeliest guesses before anyone's unlikely ones. The budget starts with
 * the first slow check.
 */
public final class PasswordAudit {

    /** {@code year} is the one candidates append ("anna2026"); {@code threads} at least 1. */
    public record Settings(Duration budget, int threads, List<String> common, int year) {
        public Settings {
            common = List.copyOf(common);
            threads = Math.max(1, threads);
        }
    }

    /**
     * Told how far the audit got; called from worker threads. {@code budgetLeft} is null until the first slow
     * check starts the budget.
     */
    public interface Progress {
        Progress NONE = (done, planned, budgetLeft) -> { };

        void update(long done, long planned, Duration budgetLeft);
    }

    private static final int FAST_CHUNK = 512;
    private static final int MODERATE_CHUNK = 8;

    private final Settings settings;
    private final InstantSource clock;
    private final Progress progress;

    public PasswordAudit(Settings settings, InstantSource clock, Progress progress) {
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
    }

    public PasswordFindings run(List<Account> accounts) {
        Instant start = clock.instant();
        Candidates candidates = new Candidates(settings.common(), settings.year());
        List<Job> jobs = new ArrayList<>();
        AccountResult[] results = new AccountResult[accounts.size()];
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            Scheme scheme = account.password() == null
                    ? new Scheme.NotCheckable("NONE", "no password field")
                    : Schemes.read(account.password(), account.login());
            switch (scheme) {
                case Scheme.Checkable c -> jobs.add(new Job(i, account, c, candidates.of(account)));
                case Scheme.NotCheckable n -> results[i] = new AccountResult(account, n.name(),
                        Scheme.Weakness.NONE, AccountResult.Status.NOT_CHECKABLE, null, 0, 0, n.reason());
            }
        }
        Work work = new Work(jobs, settings.budget(), clock, progress);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            threads.add(Thread.ofPlatform().name("audit-" + t).start(work::drain));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                work.stop();
            }
        }
        for (Job job : jobs) {
            results[job.index] = job.result();
        }
        List<SchemeRate> rates = new ArrayList<>();
        work.rates.forEach((name, rate) -> rates.add(new SchemeRate(name, rate.checks.sum(), rate.nanos.sum())));
        return new PasswordFindings(List.of(results), rates, Duration.between(start, clock.instant()),
                settings.budget(), settings.threads());
    }

    /** One account's candidates and how far they got. */
    private static final class Job {
        final int index;
        final Account account;
        final Scheme.Checkable scheme;
        final List<Candidate> candidates;
        final AtomicInteger tried = new AtomicInteger();
        final AtomicReference<Candidate> found = new AtomicReference<>();
        volatile boolean cutShort;

        Job(int index, Account account, Scheme.Checkable scheme, List<Candidate> candidates) {
            this.index = index;
            this.account = account;
            this.scheme = scheme;
            this.candidates = candidates;
        }

        Cost cost() {
            return scheme.verifier().cost();
        }

        AccountResult result() {
            Candidate f = found.get();
            AccountResult.Status status = f != null ? AccountResult.Status.GUESSED
                    : cutShort || tried.get() < candidates.size() ? AccountResult.Status.OUT_OF_BUDGET
                    : AccountResult.Status.NOT_GUESSED;
            return new AccountResult(account, scheme.name(), scheme.weakness(), status, f, tried.get(),
                    candidates.size(), null);
        }
    }

    /** A slice of one job's candidates. */
    private record Slice(Job job, int from, int to) {
    }

    private static final class Rate {
        final LongAdder checks = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    /** The queue of slices, handed out in cost order; fast and moderate jobs whole, slow ones round-robin. */
    private static final class Work {
        private final List<Slice> ordered = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final Duration budget;
        private final InstantSource clock;
        private final Progress progress;
        private final AtomicReference<Instant> slowDeadline = new AtomicReference<>();
        private final AtomicLong done = new AtomicLong();
        private final long planned;
        private final Map<String, Rate> rates = new LinkedHashMap<>();
        private volatile boolean stopped;

        Work(List<Job> jobs, Duration budget, InstantSource clock, Progress progress) {
            this.budget = budget;
            this.clock = clock;
            this.progress = progress;
            List<Job> sorted = new ArrayList<>(jobs);
            sorted.sort(Comparator.comparing(Job::cost));
            long total = 0;
            for (Job job : sorted) {
                rates.computeIfAbsent(job.scheme.name(), k -> new Rate());
                total += job.candidates.size();
                if (job.cost() == Cost.FAST) {
                    for (int i = 0; i < job.candidates.size(); i += FAST_CHUNK) {
                        ordered.add(new Slice(job, i, Math.min(job.candidates.size(), i + FAST_CHUNK)));
                    }
                }
            }
            this.planned = total;
            roundRobin(sorted.stream().filter(j -> j.cost() == Cost.MODERATE).toList(), MODERATE_CHUNK);
            roundRobin(sorted.stream().filter(j -> j.cost() == Cost.SLOW).toList(), 1);
        }

        private void roundRobin(List<Job> jobs, int chunk) {
            int longest = jobs.stream().mapToInt(j -> j.candidates.size()).max().orElse(0);
            for (int i = 0; i < longest; i += chunk) {
                for (Job job : jobs) {
                    if (i < job.candidates.size()) {
                        ordered.add(new Slice(job, i, Math.min(job.candidates.size(), i + chunk)));
                    }
                }
            }
        }

        void stop() {
            stopped = true;
        }

        void drain() {
            int i;
            while (!stopped && (i = next.getAndIncrement()) < ordered.size()) {
                check(ordered.get(i));
            }
        }

        private void check(Slice slice) {
            Job job = slice.job;
            if (job.found.get() != null) {
                return;
            }
            if (job.cost() == Cost.SLOW && pastBudget()) {
                job.cutShort = true;
                return;
            }
            Rate rate = rates.get(job.scheme.name());
            Verifier verifier = job.scheme.verifier();
            for (int c = slice.from; c < slice.to && job.found.get() == null; c++) {
                Candidate candidate = job.candidates.get(c);
                long t0 = System.nanoTime();
                boolean match = matches(verifier, candidate.password());
                rate.nanos.add(System.nanoTime() - t0);
                rate.checks.increment();
                job.tried.incrementAndGet();
                if (match) {
                    job.found.compareAndSet(null, candidate);
                }
                Instant deadline = slowDeadline.get();
                progress.update(done.incrementAndGet(), planned,
                        deadline == null ? null : Duration.between(clock.instant(), deadline));
            }
        }

        private boolean pastBudget() {
            Instant now = clock.instant();
            Instant deadline = slowDeadline.updateAndGet(d -> d != null ? d : now.plus(budget));
            return !now.isBefore(deadline);
        }

        /** A library that throws on a candidate (e.g. an empty PBKDF2 key) has not matched it. */
        private static boolean matches(Verifier verifier, String candidate) {
            try {
                return verifier.matches(candidate);
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
