using System.ComponentModel;
using System.Diagnostics;
using Aliado.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aliado.Features.Backups;

/// <summary>The outcome of a backup or restore: done, or a sentence key (with its argument) saying why not.</summary>
public sealed record BackupOutcome(bool Done, string MessageKey, string Argument);

/// <summary>
/// Consistent copies of the whole database while the app runs, and putting one back.
/// SQLite: <c>VACUUM INTO</c> writes a compact snapshot that includes what is still in the write-ahead
/// log (a plain file copy would miss it). PostgreSQL: the server's own <c>pg_dump</c>/<c>pg_restore</c>
/// in their custom format — the tool every PostgreSQL operator already trusts, consistent through a
/// single snapshot, and restorable with the usual tools even without Aliado.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<BackupOutcome> BackupAsync(DatabaseOptions database, string file, bool force, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path) && !force)
        {
            return new(false, "backup.exists", path);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO @path";
            vacuum.Parameters.AddWithValue("@path", path);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
            return new(true, "backup.done", path);
        }
        return await PostgresToolAsync("pg_dump", database.ConnectionString, ["--format=custom", "--no-owner", $"--file={path}"], path, cancellationToken);
    }

    public static async Task<BackupOutcome> RestoreAsync(DatabaseOptions database, string file, bool force, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            return new(false, "backup.no-file", path);
        }
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var target = Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
            if (await SqliteCheckAsync(path, cancellationToken) is { } problem)
            {
                return new(false, "backup.not-a-backup", problem);
            }
            if (File.Exists(target) && new FileInfo(target).Length > 0 && !force)
            {
                return new(false, "backup.target-not-empty", target);
            }
            SqliteConnection.ClearAllPools();
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            foreach (var stale in new[] { target + "-wal", target + "-shm" })
            {
                File.Delete(stale);
            }
            File.Copy(path, target, overwrite: true);
            return new(true, "backup.restored", target);
        }
        await EnsurePostgresDatabaseAsync(database.ConnectionString, cancellationToken);
        if (!force && await PostgresHasTablesAsync(database.ConnectionString, cancellationToken))
        {
            return new(false, "backup.target-not-empty", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? string.Empty);
        }
        return await PostgresToolAsync("pg_restore", database.ConnectionString, ["--clean", "--if-exists", "--no-owner", "--exit-on-error", path], path, cancellationToken);
    }

    /// <summary>A backup file must be a healthy SQLite database made by Aliado; null when it is.</summary>
    private static async Task<string?> SqliteCheckAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var integrity = (string?)await check.ExecuteScalarAsync(cancellationToken);
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
            var ours = (long)(await check.ExecuteScalarAsync(cancellationToken))!;
            return integrity != "ok" ? integrity ?? "integrity" : ours == 0 ? "no Aliado tables" : null;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    /// <summary>Restoring onto a new server: the database named in the settings is created when it does not exist yet.</summary>
    private static async Task EnsurePostgresDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var name = settings.Database ?? throw new InvalidOperationException("The PostgreSQL connection string names no database.");
        settings.Database = "postgres";
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<bool> PostgresHasTablesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>Runs pg_dump or pg_restore against the configured database; the password travels in the environment, never on the command line.</summary>
    private static async Task<BackupOutcome> PostgresToolAsync(string tool, string connectionString, string[] arguments, string path, CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { $"--host={settings.Host}", $"--port={settings.Port}", $"--username={settings.Username}", $"--dbname={settings.Database}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PGPASSWORD"] = settings.Password ?? string.Empty;
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? new(true, tool == "pg_dump" ? "backup.done" : "backup.restored", path) : new(false, "backup.tool-failed", $"{tool}: {(await errors).Trim()}");
        }
        catch (Win32Exception)
        {
            return new(false, "backup.no-tool", tool);
        }
    }
}
