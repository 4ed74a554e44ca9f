package dev.slipway.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SortedSet;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The durable record of what each learner passed, in an embedded H2 database file: known
 * learners, blocks passed and exercises solved, per lesson. Survives restarts; safe to share
 * between threads.
 */
public final class ProgressStore implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS learner (id VARCHAR(64) PRIMARY KEY, created TIMESTAMP DEFAULT CURRENT_TIMESTAMP);
            CREATE TABLE IF NOT EXISTS block_passed (learner VARCHAR(64), lesson VARCHAR(200), block INT,
                passed TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (learner, lesson, block));
            CREATE TABLE IF NOT EXISTS exercise_solved (learner VARCHAR(64), lesson VARCHAR(200), exercise VARCHAR(200),
                solved TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (learner, lesson, exercise));
            """;

    private final JdbcConnectionPool pool;

    private ProgressStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (or makes) the database {@code file} ({@code .mv.db} is added by H2).
     *
     * @throws ProgressException when the file cannot be opened, such as when another Slipway holds it
     */
    public static ProgressStore open(Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "slipway", "");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
            return new ProgressStore(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw new ProgressException("cannot open the progress database " + file + ".mv.db: " + e.getMessage()
                    + ". Is another Slipway server running with the same state folder?", e);
        }
    }

    /** Remembers a learner, so that their cookie is honoured after a restart. */
    public void addLearner(String learner) {
        update("MERGE INTO learner (id) KEY (id) VALUES (?)", learner);
    }

    public boolean knowsLearner(String learner) {
        return query("SELECT 1 FROM learner WHERE id = ?", statement -> statement.setString(1, learner),
                ResultSet::next);
    }

    public void blockPassed(String learner, String lesson, int block) {
        update("MERGE INTO block_passed (learner, lesson, block) KEY (learner, lesson, block) VALUES (?, ?, ?)",
                learner, lesson, block);
    }

    public void exerciseSolved(String learner, String lesson, String exercise) {
        update("MERGE INTO exercise_solved (learner, lesson, exercise) KEY (learner, lesson, exercise) VALUES (?, ?, ?)",
                learner, lesson, exercise);
    }

    /** What {@code learner} did in {@code lesson}; empty sets when nothing yet. */
    public LessonProgress progress(String learner, String lesson) {
        SortedSet<Integer> blocks = new TreeSet<>();
        SortedSet<String> exercises = new TreeSet<>();
        query("SELECT block FROM block_passed WHERE learner = ? AND lesson = ?", bind(learner, lesson), rows -> {
            while (rows.next()) {
                blocks.add(rows.getInt(1));
            }
            return blocks;
        });
        query("SELECT exercise FROM exercise_solved WHERE learner = ? AND lesson = ?", bind(learner, lesson), rows -> {
            while (rows.next()) {
                exercises.add(rows.getString(1));
            }
            return exercises;
        });
        return new LessonProgress(blocks, exercises);
    }

    private static Binder bind(String learner, String lesson) {
        return statement -> {
            statement.setString(1, learner);
            statement.setString(2, lesson);
        };
    }

    private void update(String sql, Object... values) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new ProgressException("cannot save progress: " + e.getMessage(), e);
        }
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new ProgressException("cannot read progress: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
