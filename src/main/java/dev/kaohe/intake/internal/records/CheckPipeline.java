package dev.kaohe.intake.internal.records;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and checks an upload on a thread of its own while the caller's thread feeds COPY, so the parsing and checking
 * of one block of rows overlaps PostgreSQL's work on the previous one. The reading thread formats valid rows as COPY
 * text, encodes them and hands them over in blocks of about 64 KB through a small bounded queue (memory stays at a
 * few MB however large the file), with the problems in between in row order. The caller's thread keeps everything
 * that belongs to it: the connection and its transaction, the progress bar and the cancel. Cancelling, a failure on
 * either side or closing the pipeline stops the reading thread before {@link #close} returns.
 */
public final class CheckPipeline implements AutoCloseable {

    private static final int BLOCK = 1 << 16;
    private static final int QUEUE = 32;

    /** The reading side: reads the whole upload, giving each checked row and each problem to the sink. */
    public interface Reader {
        void read(RowChecker.Sink sink, Counter counter);
    }

    /** Where the reading side says how far it got, for the progress bar. */
    public interface Counter {
        /** One more source row has been read; {@code bytes} of the upload are read so far. */
        void row(long bytes);
    }

    /** The caller's side, called on the caller's thread. */
    public interface Progress {
        /** Every {@code every} source rows; may throw to cancel. */
        void rows(long rows, long bytes);
    }

    private record Block(byte[] data, int length, int records, long rows, long bytes) {
    }

    private record Done(long rows, long bytes) {
    }

    private record Failed(Throwable cause) {
    }

    /** Thrown on the reading thread when the pipeline was closed under it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final RecordCopy copy;
    private final Thread thread;
    private volatile boolean stopped;
    private long waitedNanos;
    private long writingNanos;

    public CheckPipeline(String name, RecordCopy copy, Reader reader) {
        this.copy = copy;
        this.thread = new Thread(() -> produce(reader), name);
        this.thread.setDaemon(true);
    }

    /** Starts reading and writes what arrives into the COPY until the upload is read; rethrows what the reader threw. */
    public void run(int every, Progress progress) {
        thread.start();
        long reported = 0;
        while (true) {
            long before = System.nanoTime();
            Object item = take();
            long taken = System.nanoTime();
            waitedNanos += taken - before;
            if (item instanceof Block block) {
                copy.write(block.data(), block.length(), block.records());
                writingNanos += System.nanoTime() - taken;
                if (block.rows() - reported >= every) {
                    reported = block.rows() - block.rows() % every;
                    progress.rows(block.rows(), block.bytes());
                }
            } else if (item instanceof RowChecker.Problem problem) {
                copy.problem(problem);
            } else if (item instanceof Done done) {
                progress.rows(done.rows(), done.bytes());
                return;
            } else if (item instanceof Failed failed) {
                if (failed.cause() instanceof RuntimeException e) {
                    throw e;
                }
                if (failed.cause() instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(failed.cause());
            }
        }
    }

    /**
     * How long the caller's thread waited for the reading thread's next block, in ms: large when parsing and checking
     * are the slower side, small when the server taking the COPY is.
     */
    public long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    /** How long the caller's thread spent handing blocks to the COPY (blocked while the server's socket buffer is full), in ms. */
    public long writingMillis() {
        return writingNanos / 1_000_000;
    }

    /** Stops the reading thread (when it has not finished) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        if (!thread.isAlive()) {
            return;
        }
        thread.interrupt();
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void produce(Reader reader) {
        Writer writer = new Writer();
        try {
            reader.read(writer, writer);
            writer.flush();
            put(new Done(writer.rows, writer.bytes));
        } catch (Stopped ignored) {
            // the caller has gone
        } catch (Throwable e) {
            if (!stopped) {
                try {
                    put(new Failed(e));
                } catch (Stopped ignored) {
                    // the caller has gone
                }
            }
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The reading side's sink: formats rows into the current block, which goes to the queue when full or before a problem. */
    private final class Writer implements RowChecker.Sink, Counter {
        private final StringBuilder line = new StringBuilder(256);
        private byte[] block = new byte[BLOCK + 1024];
        private int length;
        private int records;
        private long rows;
        private long bytes;

        @Override
        public void row(long bytes) {
            if (stopped) {
                throw new Stopped(); // cancelled or failed: stop reading now, not at the next full block
            }
            rows++;
            this.bytes = bytes;
        }

        @Override
        public void record(int row, String[] columns) {
            copy.format(line, row, columns);
            encode(line);
            records++;
            if (length >= BLOCK) {
                flush();
            }
        }

        @Override
        public void problem(RowChecker.Problem problem) {
            flush();
            put(problem);
        }

        void flush() {
            if (stopped) {
                throw new Stopped();
            }
            if (length > 0) {
                put(new Block(block, length, records, rows, bytes));
                block = new byte[BLOCK + 1024];
                length = 0;
                records = 0;
            }
        }

        /** UTF-8, by hand: the JDK's encoders would want a buffer or a String per line. */
        private void encode(CharSequence text) {
            int n = text.length();
            if (length + n * 3 > block.length) {
                byte[] larger = new byte[Math.max(block.length * 2, length + n * 3)];
                System.arraycopy(block, 0, larger, 0, length);
                block = larger;
            }
            byte[] b = block;
            int at = length;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    b[at++] = '?'; // a lone surrogate, as the JDK's encoder replaces it
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            length = at;
        }
    }
}
