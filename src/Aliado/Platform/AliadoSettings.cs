using Aliado.Data;

namespace Aliado.Platform;

/// <summary>
/// Where the data lives, read the same way by the web app and the command line:
/// <c>Database:Provider</c> (sqlite | postgres), <c>Database:ConnectionString</c> (PostgreSQL), and the
/// data folder for SQLite (<c>ALIADO_DATA_DIR</c>, else a per-user application-data folder).
/// </summary>
public static class AliadoSettings
{
    public const string DataDirectoryVariable = "ALIADO_DATA_DIR";

    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration[DataDirectoryVariable] ?? configuration["DataDirectory"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return Path.Combine(root, "Aliado");
    }

    /// <summary>Reads the database settings; throws <see cref="SettingsException"/> with a sentence a user can act on.</summary>
    public static DatabaseOptions Database(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"]?.Trim().ToLowerInvariant();
        switch (provider)
        {
            case null or "" or "sqlite":
                // A full connection string (a busy timeout, a read-only replica) wins over the data folder.
                if (configuration["Database:ConnectionString"] is { Length: > 0 } sqlite)
                {
                    return new DatabaseOptions(DatabaseProvider.Sqlite, sqlite);
                }
                var directory = DataDirectory(configuration);
                Directory.CreateDirectory(directory);
                return DatabaseOptions.ForSqliteFile(Path.Combine(directory, "aliado.db"));
            case "postgres" or "postgresql":
                var connectionString = configuration["Database:ConnectionString"];
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new SettingsException("Database:Provider is 'postgres' but Database:ConnectionString is empty. Set it, for example Database__ConnectionString=\"Host=localhost;Database=aliado;Username=aliado;Password=...\".");
                }
                return new DatabaseOptions(DatabaseProvider.Postgres, connectionString);
            default:
                throw new SettingsException($"Database:Provider '{provider}' is not known. Use 'sqlite' (the default) or 'postgres'.");
        }
    }

    /// <summary>Whether the schema is created or upgraded when the app starts (on by default).</summary>
    public static bool MigrateOnStart(IConfiguration configuration) =>
        !string.Equals(configuration["Database:MigrateOnStart"], "false", StringComparison.OrdinalIgnoreCase);
}

public sealed class SettingsException(string message) : Exception(message);
