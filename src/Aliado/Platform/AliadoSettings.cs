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
    public static DatabaseOptions Database(IConfiguration configuration) =>
        Database(configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings(), configuration);

    public static DatabaseOptions Database(DatabaseSettings settings, IConfiguration configuration)
    {
        var provider = settings.Provider?.Trim().ToLowerInvariant();
        switch (provider)
        {
            case null or "" or "sqlite":
                // A full connection string (a busy timeout, a read-only replica) wins over the data folder.
                if (settings.ConnectionString is { Length: > 0 } sqlite)
                {
                    return new DatabaseOptions(DatabaseProvider.Sqlite, Readable(sqlite, s => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(s)));
                }
                var directory = DataDirectory(configuration);
                Directory.CreateDirectory(directory);
                return DatabaseOptions.ForSqliteFile(Path.Combine(directory, "aliado.db"));
            case "postgres" or "postgresql":
                var connectionString = settings.ConnectionString;
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new SettingsException("Database:Provider is 'postgres' but Database:ConnectionString is empty. Set it, for example Database__ConnectionString=\"Host=localhost;Database=aliado;Username=aliado;Password=...\".");
                }
                return new DatabaseOptions(DatabaseProvider.Postgres, Readable(connectionString, s => new Npgsql.NpgsqlConnectionStringBuilder(s)));
            default:
                throw new SettingsException($"Database:Provider '{provider}' is not known. Use 'sqlite' (the default) or 'postgres'.");
        }
    }

    /// <summary>A connection string the driver cannot read is refused here, in a sentence, not at the first query.</summary>
    private static string Readable(string connectionString, Func<string, System.Data.Common.DbConnectionStringBuilder> parse)
    {
        try
        {
            parse(connectionString);
            return connectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new SettingsException($"Database:ConnectionString cannot be read: {e.Message}");
        }
    }

    /// <summary>Whether the schema is created or upgraded when the app starts (on by default).</summary>
    public static bool MigrateOnStart(IConfiguration configuration) =>
        !string.Equals(configuration["Database:MigrateOnStart"], "false", StringComparison.OrdinalIgnoreCase);
}

public sealed class SettingsException(string message) : Exception(message);

/// <summary>The <c>Database</c> section: <c>Provider</c> (sqlite | postgres) and <c>ConnectionString</c>.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public string? Provider { get; set; }

    public string? ConnectionString { get; set; }
}

/// <summary>Checked when the app starts, so a wrong provider or connection string stops it with one sentence.</summary>
public sealed class DatabaseSettingsValidation(IConfiguration configuration) : Microsoft.Extensions.Options.IValidateOptions<DatabaseSettings>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, DatabaseSettings options)
    {
        try
        {
            AliadoSettings.Database(options, configuration);
            return Microsoft.Extensions.Options.ValidateOptionsResult.Success;
        }
        catch (SettingsException e)
        {
            return Microsoft.Extensions.Options.ValidateOptionsResult.Fail(e.Message);
        }
    }
}
