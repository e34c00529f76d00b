package dev.kaohe.intake.internal.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded file in PostgreSQL as rows of intake_upload_chunk, written and read back one chunk at a time,
 * so neither the upload nor the dry run holds the whole file in memory.
 */
@Component
public class UploadChunks {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    UploadChunks(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Stores {@code content} in the caller's transaction; the digest sees every byte. Returns the size in bytes. */
    public long store(UUID batchId, InputStream content, MessageDigest digest, int chunkBytes) {
        long size = 0;
        int seq = 0;
        try (InputStream in = new DigestInputStream(content, digest)) {
            while (true) {
                byte[] chunk = in.readNBytes(chunkBytes);
                if (chunk.length == 0) {
                    break;
                }
                jdbc.update("insert into intake_upload_chunk (batch_id, seq, data) values (?, ?, ?)", batchId, seq++, chunk);
                size += chunk.length;
                if (chunk.length < chunkBytes) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size;
    }

    public void delete(UUID batchId) {
        jdbc.update("delete from intake_upload_chunk where batch_id = ?", batchId);
    }

    /**
     * The stored file as a stream, read chunk by chunk on a connection of its own (the caller's connection may be
     * busy with a COPY). Close it to give the connection back.
     */
    public InputStream open(UUID batchId) {
        try {
            return new ChunkStream(dataSource.getConnection(), batchId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class ChunkStream extends InputStream {
        private final Connection connection;
        private final PreparedStatement select;
        private byte[] chunk = new byte[0];
        private int position;
        private int seq;
        private boolean end;

        ChunkStream(Connection connection, UUID batchId) throws SQLException {
            this.connection = connection;
            this.select = connection.prepareStatement("select data from intake_upload_chunk where batch_id = ? and seq = ?");
            select.setObject(1, batchId);
        }

        private boolean fill() throws IOException {
            if (end) {
                return false;
            }
            try {
                select.setInt(2, seq++);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        end = true;
                        chunk = new byte[0];
                        return false;
                    }
                    chunk = rs.getBytes(1);
                    position = 0;
                    return true;
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public int read() throws IOException {
            while (position >= chunk.length) {
                if (!fill()) {
                    return -1;
                }
            }
            return chunk[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position >= chunk.length) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                select.close();
                connection.close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
